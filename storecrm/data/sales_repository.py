"""SQL for the catalogue, tiers, card plans, customers' cards and sales (lines, payments).

Sales, their lines and payments are append-only (triggers refuse UPDATE and DELETE); a refund
is a new sale pointing at the one it reverses. Balances are moved only through
``CustomerRepository.add_ledger_entries`` so the caches and the ledger move together.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    and_,
    bindparam,
    case,
    cast,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.sql.elements import ColumnElement

from storecrm.data.customer_repository import SPEND, VISIT
from storecrm.data.reminder_repository import ReminderRepository
from storecrm.data.rows import (
    CardPlanRow,
    CardPlanWithItem,
    CardRow,
    CustomerSale,
    ItemRow,
    KindTotal,
    LedgerEntryRow,
    LedgerTotal,
    LineCount,
    MethodTotal,
    PaymentRow,
    SaleDetail,
    SaleLineRow,
    SaleListRow,
    SaleRow,
    StaffTotal,
    TierRow,
    TierWithMembers,
    new_id,
    row_as,
    rows_as,
)
from storecrm.data.schema import (
    card_plans,
    catalogue_items,
    customer_cards,
    customers,
    ledger_entries,
    sale_lines,
    sale_payments,
    sales,
    tiers,
    users,
)
from storecrm.domain.errors import NotFound

# Aliases built once (building them per call costs more than the query on a warm cache).
_STAFF = users.alias("staff")
_CASHIER = users.alias("cashier")
_APPROVER = users.alias("approver")
_ORIGINAL = sales.alias("original")
_SALE = (
    select(
        sales,
        customers.c.name.label("customer_name"),
        customers.c.phone.label("customer_phone"),
        _STAFF.c.display_name.label("staff_name"),
        _CASHIER.c.display_name.label("cashier_name"),
        _APPROVER.c.display_name.label("approved_by_name"),
        _ORIGINAL.c.no.label("refund_of_no"),
    )
    .outerjoin(customers, customers.c.id == sales.c.customer_id)
    .outerjoin(_STAFF, _STAFF.c.id == sales.c.staff_id)
    .outerjoin(_CASHIER, _CASHIER.c.id == sales.c.cashier_id)
    .outerjoin(_APPROVER, _APPROVER.c.id == sales.c.approved_by)
    .outerjoin(_ORIGINAL, _ORIGINAL.c.id == sales.c.refund_of_id)
    .where(sales.c.id == bindparam("id"))
)


def _period(start: datetime, end: datetime, staff_id: int | None) -> list[ColumnElement[bool]]:
    """Sales in [start, end), served by ``staff_id`` when given (the day summary's filter)."""
    where = [sales.c.at >= start, sales.c.at < end]
    if staff_id is not None:
        where.append(sales.c.staff_id == staff_id)
    return where


# The statements a sale runs (priced, recorded, read back for the receipt), built once and
# only bound per call: building and compiling them each time cost more than running them.
_INSERT_SALE = insert(sales)
_INSERT_LINE = insert(sale_lines)
_ITEM = select(catalogue_items).where(catalogue_items.c.id == bindparam("id"))
_TIER = select(tiers).where(tiers.c.id == bindparam("id"))
_CARDS_OF = (
    select(customer_cards)
    .where(customer_cards.c.customer_id == bindparam("id"))
    .order_by(customer_cards.c.bought_at, customer_cards.c.id)
)
_NO_PREFIX = len("YYYYMMDD-")
_LAST_NO = select(func.max(cast(func.substr(sales.c.no, _NO_PREFIX + 1), Integer))).where(
    and_(sales.c.no >= bindparam("low"), sales.c.no < bindparam("high"))
)
_HIGHEST_NO = (
    select(sales.c.no)
    .where(and_(sales.c.no >= bindparam("low"), sales.c.no < bindparam("high")))
    .order_by(sales.c.no.desc())
    .limit(1)
)
_LINES = (
    select(sale_lines).where(sale_lines.c.sale_id == bindparam("id")).order_by(sale_lines.c.line_no)
)
_PAYMENTS = (
    select(sale_payments)
    .where(sale_payments.c.sale_id == bindparam("id"))
    .order_by(sale_payments.c.id)
)
_REFUNDS_OF = select(sales).where(sales.c.refund_of_id == bindparam("id")).order_by(sales.c.id)
_LEDGER_OF_SALE = (
    select(ledger_entries)
    .where(ledger_entries.c.sale_id == bindparam("id"))
    .order_by(ledger_entries.c.id)
)


class CatalogueRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- items -------------------------------------------------------------------------------
    def items(self, include_inactive: bool = False) -> list[ItemRow]:
        query = select(catalogue_items).order_by(catalogue_items.c.category, catalogue_items.c.name)
        if not include_inactive:
            query = query.where(catalogue_items.c.active.is_(True))
        return rows_as(ItemRow, self.conn.execute(query))

    def item(self, item_id: int) -> ItemRow:
        row = row_as(ItemRow, self.conn.execute(_ITEM, {"id": item_id}).first())
        if row is None:
            raise NotFound("item", item_id)
        return row

    def item_by_name(self, name: str) -> ItemRow | None:
        return row_as(
            ItemRow,
            self.conn.execute(
                select(catalogue_items).where(catalogue_items.c.name == name)
            ).first(),
        )

    def insert_item(self, values: Mapping[str, Any]) -> int:
        return new_id(self.conn.execute(insert(catalogue_items).values(**values)))

    def update_item(self, item_id: int, values: Mapping[str, Any]) -> None:
        self.conn.execute(
            update(catalogue_items).where(catalogue_items.c.id == item_id).values(**values)
        )

    # -- tiers -------------------------------------------------------------------------------
    def tiers(self, include_inactive: bool = False) -> list[TierRow]:
        query = select(tiers).order_by(tiers.c.rank, tiers.c.id)
        if not include_inactive:
            query = query.where(tiers.c.active.is_(True))
        return rows_as(TierRow, self.conn.execute(query))

    def tiers_with_members(self, include_inactive: bool = False) -> list[TierWithMembers]:
        """Tiers by rank, each with its member count (a scan of the customers, for the
        settings screen — not for the till)."""
        counts = (
            select(func.count())
            .where(and_(customers.c.tier_id == tiers.c.id, customers.c.archived_at.is_(None)))
            .scalar_subquery()
        )
        query = select(tiers, counts.label("members")).order_by(tiers.c.rank, tiers.c.id)
        if not include_inactive:
            query = query.where(tiers.c.active.is_(True))
        return rows_as(TierWithMembers, self.conn.execute(query))

    def tier(self, tier_id: int) -> TierRow:
        row = row_as(TierRow, self.conn.execute(_TIER, {"id": tier_id}).first())
        if row is None:
            raise NotFound("tier", tier_id)
        return row

    def tier_by_name(self, name: str) -> TierRow | None:
        return row_as(TierRow, self.conn.execute(select(tiers).where(tiers.c.name == name)).first())

    def insert_tier(self, values: Mapping[str, Any]) -> int:
        return new_id(self.conn.execute(insert(tiers).values(**values)))

    def update_tier(self, tier_id: int, values: Mapping[str, Any]) -> None:
        self.conn.execute(update(tiers).where(tiers.c.id == tier_id).values(**values))

    # -- card plans --------------------------------------------------------------------------
    def plans(self, include_inactive: bool = False) -> list[CardPlanWithItem]:
        query = (
            select(card_plans, catalogue_items.c.name.label("item_name"))
            .outerjoin(catalogue_items, catalogue_items.c.id == card_plans.c.item_id)
            .order_by(card_plans.c.name)
        )
        if not include_inactive:
            query = query.where(card_plans.c.active.is_(True))
        return rows_as(CardPlanWithItem, self.conn.execute(query))

    def plan(self, plan_id: int) -> CardPlanWithItem:
        query = (
            select(card_plans, catalogue_items.c.name.label("item_name"))
            .outerjoin(catalogue_items, catalogue_items.c.id == card_plans.c.item_id)
            .where(card_plans.c.id == plan_id)
        )
        row = row_as(CardPlanWithItem, self.conn.execute(query).first())
        if row is None:
            raise NotFound("card_plan", plan_id)
        return row

    def plan_by_name(self, name: str) -> CardPlanRow | None:
        query = select(card_plans).where(card_plans.c.name == name)
        return row_as(CardPlanRow, self.conn.execute(query).first())

    def insert_plan(self, values: Mapping[str, Any]) -> int:
        return new_id(self.conn.execute(insert(card_plans).values(**values)))

    def update_plan(self, plan_id: int, values: Mapping[str, Any]) -> None:
        self.conn.execute(update(card_plans).where(card_plans.c.id == plan_id).values(**values))


class SalesRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- cards -------------------------------------------------------------------------------
    def cards_of(self, customer_id: int) -> list[CardRow]:
        return rows_as(CardRow, self.conn.execute(_CARDS_OF, {"id": customer_id}))

    def usable_cards_of(self, customer_ids: Sequence[int], today: date) -> list[CardRow]:
        """Active cards of these customers that are neither expired nor used up."""
        if not customer_ids:
            return []
        c = customer_cards.c
        query = (
            select(customer_cards)
            .where(
                and_(
                    c.customer_id.in_(list(customer_ids)),
                    c.status == "active",
                    or_(c.expires_on.is_(None), c.expires_on >= today),
                    or_(c.kind == "period", c.sessions_left > 0),
                )
            )
            .order_by(c.customer_id, c.expires_on, c.id)
        )
        return rows_as(CardRow, self.conn.execute(query))

    def card(self, card_id: int) -> CardRow:
        query = select(customer_cards).where(customer_cards.c.id == card_id)
        row = row_as(CardRow, self.conn.execute(query).first())
        if row is None:
            raise NotFound("card", card_id)
        return row

    def insert_card(self, values: Mapping[str, Any]) -> int:
        return new_id(self.conn.execute(insert(customer_cards).values(**values)))

    def set_card_status(self, card_id: int, status: str) -> None:
        self.conn.execute(
            update(customer_cards).where(customer_cards.c.id == card_id).values(status=status)
        )

    def move_cards(self, from_id: int, to_id: int) -> list[CardRow]:
        cards = self.cards_of(from_id)
        self.conn.execute(
            update(customer_cards)
            .where(customer_cards.c.customer_id == from_id)
            .values(customer_id=to_id)
        )
        return cards

    def top_ups_not_refunded(self, customer_id: int) -> list[SaleRow]:
        refund = sales.alias("refund")
        refunded = (
            select(refund.c.refund_of_id)
            .where(and_(refund.c.customer_id == customer_id, refund.c.refund_of_id.is_not(None)))
            .scalar_subquery()
        )
        query = select(sales).where(
            and_(
                sales.c.customer_id == customer_id,
                sales.c.kind == "top_up",
                sales.c.id.not_in(refunded),
            )
        )
        return rows_as(SaleRow, self.conn.execute(query))

    def move_sales(self, from_id: int, to_id: int) -> None:
        self.conn.execute(
            update(sales).where(sales.c.customer_id == from_id).values(customer_id=to_id)
        )

    # -- sales -------------------------------------------------------------------------------
    def next_no(self, day: date) -> str:
        prefix = day.strftime("%Y%m%d") + "-"
        # The range ("YYYYMMDD-" up to "YYYYMMDD.") lets SQLite search the unique index, LIKE
        # does not. The day's highest string first: one step down the index (issue 23: the
        # numeric maximum read every number of the day, each sale a little slower than the
        # last). Numbers are given one after another from 0001, so below 9999 the highest
        # string is the highest number; at "-9999" ("-10000" sorts before it), or for a number
        # not written as four digits, the highest number is looked for among them all.
        bounds = {"low": prefix, "high": prefix[:-1] + "."}
        highest = self.conn.execute(_HIGHEST_NO, bounds).scalar()
        if highest is None:
            return f"{prefix}0001"
        last = str(highest)[len(prefix) :]
        if len(last) == 4 and last.isascii() and last.isdigit() and last != "9999":
            number = int(last) + 1
        else:
            highest_number = self.conn.execute(_LAST_NO, bounds).scalar()
            number = int(highest_number) + 1 if highest_number else 1
        return f"{prefix}{number:04d}"

    def insert_sale(self, sale: Mapping[str, Any]) -> int:
        # The row bound as parameters of a statement built once: values(**row) built a new
        # statement per sale, and its cache key and coercions cost more than the insert.
        return new_id(self.conn.execute(_INSERT_SALE, dict(sale)))

    def insert_lines_and_payments(
        self,
        sale_id: int,
        lines: Sequence[Mapping[str, Any]],
        payments: Sequence[Mapping[str, Any]],
    ) -> list[int]:
        """Insert a sale's lines (numbered in order) and payments; returns the line ids.

        This is the last step of writing a sale, so it also counts the sale in ``item_last``
        (the reminders' cache of who last bought what)."""
        line_ids = []
        for number, line in enumerate(lines, start=1):
            values = {"refund_of_line_id": None, "item_id": None, "card_id": None} | dict(line)
            result = self.conn.execute(
                _INSERT_LINE, values | {"sale_id": sale_id, "line_no": number}
            )
            line_ids.append(new_id(result))
        if payments:
            self.conn.execute(
                insert(sale_payments),
                [{"sale_id": sale_id, "points": 0} | dict(p) for p in payments],
            )
        ReminderRepository(self.conn).keep_item_last()
        return line_ids

    def sale(self, sale_id: int) -> SaleDetail:
        row = row_as(SaleDetail, self.conn.execute(_SALE, {"id": sale_id}).first())
        if row is None:
            raise NotFound("sale", sale_id)
        return row

    def lines(self, sale_id: int) -> list[SaleLineRow]:
        return rows_as(SaleLineRow, self.conn.execute(_LINES, {"id": sale_id}))

    def payments(self, sale_id: int) -> list[PaymentRow]:
        return rows_as(PaymentRow, self.conn.execute(_PAYMENTS, {"id": sale_id}))

    def refunds_of(self, sale_id: int) -> list[SaleRow]:
        return rows_as(SaleRow, self.conn.execute(_REFUNDS_OF, {"id": sale_id}))

    def ledger_of_sale(self, sale_id: int) -> list[LedgerEntryRow]:
        return rows_as(LedgerEntryRow, self.conn.execute(_LEDGER_OF_SALE, {"id": sale_id}))

    def ledger_of_sales(self, sale_ids: Iterable[int]) -> list[LedgerEntryRow]:
        ids = list(sale_ids)
        if not ids:
            return []
        query = select(ledger_entries).where(ledger_entries.c.sale_id.in_(ids))
        return rows_as(LedgerEntryRow, self.conn.execute(query))

    def lines_of_sales(self, sale_ids: Iterable[int]) -> list[SaleLineRow]:
        ids = list(sale_ids)
        if not ids:
            return []
        query = select(sale_lines).where(sale_lines.c.sale_id.in_(ids))
        return rows_as(SaleLineRow, self.conn.execute(query))

    def payments_of_sales(self, sale_ids: Iterable[int]) -> list[PaymentRow]:
        ids = list(sale_ids)
        if not ids:
            return []
        query = (
            select(sale_payments)
            .where(sale_payments.c.sale_id.in_(ids))
            .order_by(sale_payments.c.sale_id, sale_payments.c.id)
        )
        return rows_as(PaymentRow, self.conn.execute(query))

    def record_visit(self, customer_id: int, at: datetime, spend_fen: int, visit: bool) -> None:
        """Move the customer's visit summary with a sale (or a refund: ``visit`` False)."""
        self.conn.execute(
            VISIT if visit else SPEND,
            {"visit_customer": customer_id, "visit_spend": spend_fen, "visit_at": at},
        )

    def set_tier(self, customer_id: int, tier_id: int | None) -> None:
        self.conn.execute(
            update(customers).where(customers.c.id == customer_id).values(tier_id=tier_id)
        )

    def item_visits(
        self, customer_id: int | None, since: datetime, max_sales: int
    ) -> dict[int, int]:
        """On how many sales each catalogue item was bought and kept (domain/usual_items.py):
        a sale counts once per item, as an item line or a card session, and not when its lines
        of that item were refunded in full. The customer's sales since ``since``, or the
        store's (``customer_id`` None), the latest ``max_sales`` of them."""
        recent = select(sales.c.id).where(and_(sales.c.kind == "sale", sales.c.at >= since))
        if customer_id is not None:
            recent = recent.where(sales.c.customer_id == customer_id)
        recent = recent.order_by(sales.c.id.desc()).limit(max_sales)
        chosen = select(recent.subquery().c.id)
        lines = self.conn.execute(
            select(sale_lines.c.id, sale_lines.c.sale_id, sale_lines.c.item_id, sale_lines.c.qty)
            .where(sale_lines.c.sale_id.in_(chosen))
            .where(sale_lines.c.kind.in_(("item", "session")))
            .where(sale_lines.c.item_id.is_not(None))
        ).all()
        if not lines:
            return {}
        refunds = select(sales.c.id).where(sales.c.refund_of_id.in_(chosen))
        back: dict[int, int] = {
            int(line_id): int(qty)
            for line_id, qty in self.conn.execute(
                select(sale_lines.c.refund_of_line_id, func.sum(sale_lines.c.qty))
                .where(sale_lines.c.sale_id.in_(refunds))
                .where(sale_lines.c.refund_of_line_id.is_not(None))
                .group_by(sale_lines.c.refund_of_line_id)
            ).all()
        }
        kept: dict[tuple[int, int], int] = {}
        for line_id, sale_id, item_id, qty in lines:
            key = (int(sale_id), int(item_id))
            kept[key] = kept.get(key, 0) + int(qty) + back.get(int(line_id), 0)
        visits: dict[int, int] = {}
        for (_sale_id, item_id), qty in kept.items():
            if qty > 0:
                visits[item_id] = visits.get(item_id, 0) + 1
        return visits

    def customer_sales(self, customer_id: int, limit: int = 500) -> list[CustomerSale]:
        """A customer's sales, top-ups, refunds… newest first, with what was bought.

        What was bought is a correlated subquery per sale (by the lines' sale index), so only
        this customer's sales are read, never the whole lines table."""
        what = (
            select(
                func.group_concat(
                    case(
                        (sale_lines.c.description == "", None),
                        (
                            func.abs(sale_lines.c.qty) > 1,
                            sale_lines.c.description + " ×" + func.abs(sale_lines.c.qty),
                        ),
                        else_=sale_lines.c.description,
                    ),
                    "、",
                )
            )
            .where(sale_lines.c.sale_id == sales.c.id)
            .correlate(sales)
            .scalar_subquery()
        )
        query = (
            select(sales, what.label("what"), users.c.display_name)
            .outerjoin(users, users.c.id == sales.c.cashier_id)
            .where(sales.c.customer_id == customer_id)
            .order_by(sales.c.at.desc(), sales.c.id.desc())
            .limit(limit)
        )
        return rows_as(CustomerSale, self.conn.execute(query))

    # -- the sales list ------------------------------------------------------------------------
    def list_ids(
        self,
        *,
        start: datetime | None,
        end: datetime | None,
        staff_id: int | None,
        method: str | None,
        customer_id: int | None,
        kind: str | None,
        newest_first: bool = True,
    ) -> list[int]:
        conditions: list[ColumnElement[bool]] = []
        if start is not None:
            conditions.append(sales.c.at >= start)
        if end is not None:
            conditions.append(sales.c.at < end)
        if staff_id is not None:
            conditions.append(sales.c.staff_id == staff_id)
        if customer_id is not None:
            conditions.append(sales.c.customer_id == customer_id)
        if kind is not None:
            conditions.append(sales.c.kind == kind)
        if method is not None:  # correlated: uses the payments' sale index, no full scan
            conditions.append(
                select(sale_payments.c.id)
                .where(
                    and_(sale_payments.c.sale_id == sales.c.id, sale_payments.c.method == method)
                )
                .exists()
            )
        order = (sales.c.at.desc(), sales.c.id.desc()) if newest_first else (sales.c.at, sales.c.id)
        query = select(sales.c.id).where(*conditions).order_by(*order)
        return [int(r[0]) for r in self.conn.execute(query)]

    def rows(self, sale_ids: Sequence[int]) -> list[SaleListRow]:
        if not sale_ids:
            return []
        staff = users.alias("staff")
        cashier = users.alias("cashier")
        query = (
            select(
                sales,
                customers.c.name.label("customer_name"),
                staff.c.display_name.label("staff_name"),
                cashier.c.display_name.label("cashier_name"),
            )
            .outerjoin(customers, customers.c.id == sales.c.customer_id)
            .outerjoin(staff, staff.c.id == sales.c.staff_id)
            .outerjoin(cashier, cashier.c.id == sales.c.cashier_id)
            .where(sales.c.id.in_(list(sale_ids)))
        )
        return rows_as(SaleListRow, self.conn.execute(query))

    # -- summaries -----------------------------------------------------------------------------
    def kind_totals(self, start: datetime, end: datetime, staff_id: int | None) -> list[KindTotal]:
        where = _period(start, end, staff_id)
        query = (
            select(
                sales.c.kind,
                func.count().label("n"),
                func.coalesce(func.sum(sales.c.total_fen), 0).label("total"),
                func.coalesce(func.sum(sales.c.discount_fen), 0).label("discount"),
                func.coalesce(func.sum(sales.c.points_earned), 0).label("points"),
            )
            .where(and_(*where))
            .group_by(sales.c.kind)
        )
        return rows_as(KindTotal, self.conn.execute(query))

    def method_totals(
        self, start: datetime, end: datetime, staff_id: int | None
    ) -> list[MethodTotal]:
        where = _period(start, end, staff_id)
        query = (
            select(
                sales.c.kind,
                sale_payments.c.method,
                func.sum(sale_payments.c.amount_fen).label("amount"),
                func.sum(sale_payments.c.points).label("points"),
            )
            .join(sales, sales.c.id == sale_payments.c.sale_id)
            .where(and_(*where))
            .group_by(sales.c.kind, sale_payments.c.method)
        )
        return rows_as(MethodTotal, self.conn.execute(query))

    def ledger_totals(
        self, start: datetime, end: datetime, staff_id: int | None
    ) -> list[LedgerTotal]:
        where = _period(start, end, staff_id)
        query = (
            select(
                sales.c.kind,
                ledger_entries.c.account,
                func.sum(ledger_entries.c.delta).label("delta"),
            )
            .join(sales, sales.c.id == ledger_entries.c.sale_id)
            .where(and_(*where))
            .group_by(sales.c.kind, ledger_entries.c.account)
        )
        return rows_as(LedgerTotal, self.conn.execute(query))

    def line_counts(self, start: datetime, end: datetime, staff_id: int | None) -> list[LineCount]:
        where = _period(start, end, staff_id)
        query = (
            select(sale_lines.c.kind, func.sum(sale_lines.c.qty).label("qty"))
            .join(sales, sales.c.id == sale_lines.c.sale_id)
            .where(and_(*where))
            .group_by(sale_lines.c.kind)
        )
        return rows_as(LineCount, self.conn.execute(query))

    def staff_totals(
        self, start: datetime, end: datetime, staff_id: int | None
    ) -> list[StaffTotal]:
        where = [*_period(start, end, staff_id), sales.c.kind.in_(("sale", "refund"))]
        staff = users.alias("staff")
        query = (
            select(
                staff.c.display_name.label("name"),
                func.sum(case((sales.c.kind == "sale", 1), else_=0)).label("n"),
                func.sum(sales.c.total_fen).label("total"),
            )
            .outerjoin(staff, staff.c.id == sales.c.staff_id)
            .where(and_(*where))
            .group_by(sales.c.staff_id)
            .order_by(func.sum(sales.c.total_fen).desc())
        )
        return rows_as(StaffTotal, self.conn.execute(query))
