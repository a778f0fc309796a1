"""SQL for the reports: sums over sales, payments, sale lines, the ledger and customers.

Every figure is summed in SQL and only sums come back (a few thousand rows for a year of a
100,000-customer store). The big tables are read in slices of their primary key (``*_chunk``):
each slice is a short range scan whose GROUP BY sorts a few thousand rows in memory, which is
much cheaper on SQLite than one sort of a million rows, and it lets the caller report progress
and stop between slices. A slice is filtered by time as well, so the sums are right whatever
order the ids were written in; they are fast when ids follow time, as they do.

A report may read on several connections at once (one per processor). They agree because
every query is bounded by :class:`Marks`, the highest ids when the report began: sales, ledger
entries, customers, cards and reminder actions are only ever appended, so everything at or
below a mark was committed before it was read and looks the same on every connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.sql.elements import ColumnElement

from storecrm.data.schema import (
    catalogue_items,
    customer_cards,
    customers,
    ledger_entries,
    reminder_actions,
    sale_lines,
    sale_payments,
    sales,
    tiers,
    users,
)

Rows = list[Any]
SCAN_CACHE_KB = -8192  # 8 MB of decrypted pages for a connection that reads slices in order


@dataclass(frozen=True, slots=True)
class Marks:
    """The highest ids at the moment a report began (0: none yet)."""

    sale: int
    entry: int
    customer: int
    card: int
    reminder: int


_ORIGINAL = sales.alias("original")  # the sale a refund gives back (its kind tells sale/top-up)
_REFUND = sales.alias("refund")
_SALE_LINE_KINDS = ("item", "amount", "card", "session")  # lines only sales (and refunds) have


def _day(column: Any) -> ColumnElement[str]:
    """'YYYY-MM-DD' of a stored DATETIME (stored as text 'YYYY-MM-DD HH:MM:SS.ffffff')."""
    return func.substr(column, 1, 10)


def _alias(name: str) -> ColumnElement[Any]:
    """A result column by its name in GROUP BY: the expression (with its bound values) is
    written once, so SQLite sees one grouping term."""
    return literal_column(name)


def _net_of_sales() -> ColumnElement[bool]:
    """A sale, or the refund of a sale (not of a top-up)."""
    return or_(sales.c.kind == "sale", _ORIGINAL.c.kind == "sale")


class ReportRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def small_cache(self) -> int:
        """A small page cache while this connection reads a report's slices (they are read
        once, in order: a large cache would only hold memory); returns the size to put back."""
        before = int(self.conn.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
        self.conn.exec_driver_sql(f"PRAGMA cache_size = {SCAN_CACHE_KB}")
        return before

    def release_memory(self, cache_size: int | None = None) -> None:
        """Give back the pages and sort buffers a report filled (the connection is pooled),
        and put its page cache size back."""
        self.conn.exec_driver_sql("PRAGMA shrink_memory")
        if cache_size is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")

    # -- marks and spans ---------------------------------------------------------------------
    def marks(self) -> Marks:
        def top(table: Any) -> int:
            return int(
                self.conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
            )

        return Marks(
            sale=top(sales),
            entry=top(ledger_entries),
            customer=top(customers),
            card=top(customer_cards),
            reminder=top(reminder_actions),
        )

    def sale_id_span(self, start: datetime, end: datetime, marks: Marks) -> tuple[int, int] | None:
        """The lowest and highest id of the sales in [start, end), from the time index."""
        lo, hi = self.conn.execute(
            select(func.min(sales.c.id), func.max(sales.c.id)).where(
                sales.c.at >= start, sales.c.at < end, sales.c.id <= marks.sale
            )
        ).one()
        return None if lo is None else (int(lo), int(hi))

    def ledger_id_span(self, marks: Marks) -> tuple[int, int] | None:
        lo = self.conn.execute(select(func.min(ledger_entries.c.id))).scalar_one()
        return None if lo is None or marks.entry < int(lo) else (int(lo), marks.entry)

    # -- sales, payments, lines: one slice of sale ids ----------------------------------------
    # GROUP BY on SQLite sorts every row it groups, and the cost grows with the width of what
    # is sorted: the queries below group on two or three narrow keys and fold the rest into
    # CASE sums, and the kind of the sale a refund reverses is looked up for refunds only.

    def holds_exactly(self, span: tuple[int, int], start: datetime, end: datetime) -> bool:
        """Whether every sale with an id in ``span`` (the ids of the sales in [start, end)) lies
        in [start, end) — true when ids follow time, as they do; their lines can then be read
        by id alone. Only the time index's entries outside the period are looked at."""
        lo, hi = span
        sale_id = sales.c.id + 0  # not a range of the table: the time index is the way in
        for outside in (sales.c.at < start, sales.c.at >= end):
            found = self.conn.execute(
                select(sales.c.id).where(outside, sale_id >= lo, sale_id <= hi).limit(1)
            ).first()
            if found is not None:
                return False
        return True

    def child_id_span(self, table: str, sale_ids: tuple[int, int]) -> tuple[int, int] | None:
        """The ids of the lines or payments of the sales with ids in ``sale_ids`` (from the
        sale index, without reading the rows), so they can be read by id, page after page."""
        lo, hi = sale_ids
        t = sale_lines if table == "lines" else sale_payments
        first, last = self.conn.execute(
            select(func.min(t.c.id), func.max(t.c.id)).where(t.c.sale_id >= lo, t.c.sale_id <= hi)
        ).one()
        return None if first is None else (int(first), int(last))

    def sales_chunk(self, lo: int, hi: int, start: datetime, end: datetime) -> Rows:
        """Per day, kind and staff: count, total, discount and the walk-ins' total of the sales
        in [start, end) with ids lo…hi."""
        s = sales.c
        query = (
            select(
                _day(s.at).label("day"),
                s.kind,
                s.staff_id,
                func.count().label("n"),
                func.sum(s.total_fen).label("total"),
                func.sum(s.discount_fen).label("discount"),
                func.sum(case((s.customer_id.is_(None), s.total_fen), else_=0)).label("walk_in"),
            )
            .where(s.id >= lo, s.id <= hi, s.at >= start, s.at < end)
            .group_by(_alias("day"), s.kind, s.staff_id)
        )
        return list(self.conn.execute(query).all())

    def top_up_refunds_chunk(self, lo: int, hi: int, start: datetime, end: datetime) -> Rows:
        """Per day and staff: the refunds of top-ups among the sales of :meth:`sales_chunk`."""
        s = sales.c
        query = (
            select(
                _day(s.at).label("day"),
                s.staff_id,
                func.count().label("n"),
                func.sum(s.total_fen).label("total"),
            )
            .select_from(sales.join(_ORIGINAL, _ORIGINAL.c.id == s.refund_of_id))
            .where(
                s.id >= lo,
                s.id <= hi,
                s.at >= start,
                s.at < end,
                s.kind == "refund",
                _ORIGINAL.c.kind == "top_up",
            )
            .group_by(_alias("day"), s.staff_id)
        )
        return list(self.conn.execute(query).all())

    def payments_chunk(
        self,
        ids: tuple[int, int],
        sale_ids: tuple[int, int],
        previous: tuple[datetime, datetime],
        start: datetime,
        end: datetime,
    ) -> Rows:
        """Per kind and method: the payments with ids in ``ids`` of the sales (ids in
        ``sale_ids``) in [start, end), and of those in the ``previous`` period."""
        lo, hi = sale_ids
        s = sales.c
        p = sale_payments.c
        before = and_(s.at >= previous[0], s.at < previous[1])
        query = (
            select(
                s.kind,
                p.method,
                func.sum(case((s.at >= start, p.amount_fen), else_=0)).label("amount"),
                func.sum(case((before, p.amount_fen), else_=0)).label("before"),
            )
            .select_from(sale_payments.join(sales, s.id == p.sale_id))
            .where(
                p.id >= ids[0],
                p.id <= ids[1],
                p.sale_id >= lo,
                p.sale_id <= hi,
                s.at >= min(previous[0], start),
                s.at < end,
            )
            .group_by(s.kind, p.method)
        )
        return list(self.conn.execute(query).all())

    def lines_chunk(
        self,
        ids: tuple[int, int],
        sale_ids: tuple[int, int],
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> Rows:
        """Per line kind, item and card plan: quantity, amount and discount of the lines (ids
        in ``ids``) of the sales and refunds of sales with ids lo…hi in [start, end) — or of all
        of them when no times are given (the caller knows they all lie in the period). Line
        kinds item, amount, card and session occur only in sales and their refunds."""
        lo, hi = sale_ids
        s = sales.c
        line = sale_lines.c
        card_name = case((line.kind == "card", line.description), else_=None)
        where: list[ColumnElement[bool]] = [
            line.id >= ids[0],
            line.id <= ids[1],
            line.sale_id >= lo,
            line.sale_id <= hi,
            line.kind.in_(_SALE_LINE_KINDS),
        ]
        source: Any = sale_lines
        if start is not None and end is not None:
            source = sale_lines.join(sales, s.id == line.sale_id)
            where += [s.at >= start, s.at < end]
        query = (
            select(
                line.kind,
                line.item_id,
                card_name.label("card_name"),
                func.sum(line.qty).label("qty"),
                func.sum(line.amount_fen).label("amount"),
                func.sum(line.discount_fen).label("discount"),
            )
            .select_from(source)
            .where(*where)
            .group_by(line.kind, line.item_id, _alias("card_name"))
        )
        return list(self.conn.execute(query).all())

    # -- the ledger: one slice of entry ids ---------------------------------------------------
    def ledger_chunk(
        self, lo: int, hi: int, split: datetime, end: datetime, *, points: bool = False
    ) -> Rows:
        """Per account, kind and (for sessions) card, for the entries before ``end`` with ids
        lo…hi: the sum before ``split``, and the increases and decreases from ``split`` on.
        Points (most of the ledger) apart from the rest, so each sort stays small."""
        c = ledger_entries.c
        after = c.at >= split
        card = case((c.account == "sessions", c.card_id), else_=None)
        query = (
            select(
                c.account,
                c.kind,
                card.label("card"),
                func.sum(case((c.at < split, c.delta), else_=0)).label("before"),
                func.sum(case((and_(after, c.delta > 0), c.delta), else_=0)).label("up"),
                func.sum(case((and_(after, c.delta < 0), c.delta), else_=0)).label("down"),
            )
            .where(
                c.id >= lo,
                c.id <= hi,
                c.at < end,
                c.account == "points" if points else c.account != "points",
            )
            .group_by(c.account, c.kind, _alias("card"))
        )
        return list(self.conn.execute(query).all())

    # -- customers ---------------------------------------------------------------------------
    def customer_sums(self, span: tuple[int, int], start: datetime, end: datetime) -> Rows:
        """Per customer: visits, net spend and the day of the last visit in [start, end), of
        the sales with ids in ``span`` (one sort of the window's customer sales)."""
        s = sales.c
        refund_of_sale = and_(
            s.kind == "refund",
            select(_ORIGINAL.c.kind)
            .where(_ORIGINAL.c.id == s.refund_of_id)
            .correlate(sales)
            .scalar_subquery()
            == "sale",
        )
        query = (
            select(
                s.customer_id,
                func.sum(case((s.kind == "sale", 1), else_=0)).label("visits"),
                func.sum(s.total_fen).label("spend"),
                _day(func.max(case((s.kind == "sale", s.at), else_=None))).label("last_day"),
            )
            .where(
                s.id >= span[0],
                s.id <= span[1],
                s.at >= start,
                s.at < end,
                s.customer_id.is_not(None),
                or_(s.kind == "sale", refund_of_sale),
            )
            .group_by(s.customer_id)
        )
        return list(self.conn.execute(query).all())

    def new_customers_by_day(self, start: datetime, end: datetime, marks: Marks) -> Rows:
        """Profiles created per day in [start, end), not counting duplicates merged away."""
        c = customers.c
        query = (
            select(_day(c.created_at).label("day"), func.count().label("n"))
            .where(
                c.created_at >= start,
                c.created_at < end,
                c.merged_into_id.is_(None),
                c.id <= marks.customer,
            )
            .group_by(_alias("day"))
        )
        return list(self.conn.execute(query).all())

    def customers_on_file(self, at: datetime, marks: Marks) -> int:
        """Customers created before ``at`` and neither archived nor merged by then."""
        c = customers.c
        query = select(func.count()).where(
            c.created_at < at,
            c.merged_into_id.is_(None),
            c.id <= marks.customer,
            or_(c.archived_at.is_(None), c.archived_at >= at),
        )
        return int(self.conn.execute(query).scalar_one())

    def first_time_customers(self, start: datetime, end: datetime, marks: Marks) -> int:
        """Customers whose first visit ever lies in [start, end)."""
        c = customers.c
        query = select(func.count()).where(
            c.first_visit_at >= start,
            c.first_visit_at < end,
            c.merged_into_id.is_(None),
            c.id <= marks.customer,
        )
        return int(self.conn.execute(query).scalar_one())

    def customer_rows(self, customer_ids: Sequence[int]) -> Rows:
        """Name, phone, tier and stored value now of a few customers."""
        if not customer_ids:
            return []
        c = customers.c
        query = (
            select(c.id, c.name, c.phone, tiers.c.name.label("tier"), c.balance_fen)
            .select_from(customers.outerjoin(tiers, tiers.c.id == c.tier_id))
            .where(c.id.in_(list(customer_ids)))
        )
        return list(self.conn.execute(query).all())

    # -- cards, staff, catalogue -------------------------------------------------------------
    def cards_bought_before(self, end: datetime, marks: Marks) -> Rows:
        c = customer_cards.c
        query = select(
            c.id, c.kind, c.price_fen, c.sessions_total, c.expires_on, c.bought_at, c.status
        ).where(c.bought_at < end, c.id <= marks.card)
        return list(self.conn.execute(query).all())

    def staff_names(self) -> dict[int, str]:
        return {
            int(r.id): str(r.display_name)
            for r in self.conn.execute(select(users.c.id, users.c.display_name))
        }

    def catalogue(self) -> dict[int, tuple[str, str]]:
        """Item id → (name, category), inactive items included."""
        i = catalogue_items.c
        return {
            int(r.id): (str(r.name), str(r.category))
            for r in self.conn.execute(select(i.id, i.name, i.category))
        }

    # -- reminders ---------------------------------------------------------------------------
    def reminder_contacts(self, start: datetime, end: datetime, marks: Marks) -> Rows:
        """Reminders marked *contacted* in [start, end): kind, customer, when."""
        r = reminder_actions.c
        query = (
            select(r.kind, r.customer_id, r.at)
            .where(r.action == "contacted", r.at >= start, r.at < end, r.id <= marks.reminder)
            .order_by(r.at, r.id)
        )
        return list(self.conn.execute(query).all())

    def sales_after_contacts(
        self, start: datetime, end: datetime, until: datetime, marks: Marks
    ) -> Rows:
        """The sales (net of their refunds) after ``start`` and up to ``until`` of the
        customers contacted in [start, end)."""
        s = sales.c
        r = reminder_actions.c
        contacted = (
            select(r.customer_id)
            .where(r.action == "contacted", r.at >= start, r.at < end, r.id <= marks.reminder)
            .distinct()
        )
        refunded = (
            select(func.coalesce(func.sum(_REFUND.c.total_fen), 0))
            .where(_REFUND.c.refund_of_id == s.id, _REFUND.c.id <= marks.sale)
            .correlate(sales)
            .scalar_subquery()
        )
        query = select(s.id, s.customer_id, s.at, (s.total_fen + refunded).label("net")).where(
            s.customer_id.in_(contacted),
            s.kind == "sale",
            s.at > start,
            s.at <= until,
            s.id <= marks.sale,
        )
        return list(self.conn.execute(query).all())

    # -- a plain aggregate, for the benchmark's comparison -----------------------------------
    def revenue(self, start: datetime, end: datetime) -> int:
        """Sales net of their refunds in [start, end), in one statement."""
        s = sales.c
        query = (
            select(func.coalesce(func.sum(s.total_fen), literal(0)))
            .select_from(sales.outerjoin(_ORIGINAL, _ORIGINAL.c.id == s.refund_of_id))
            .where(s.at >= start, s.at < end, _net_of_sales())
        )
        return int(self.conn.execute(query).scalar_one())
