"""SQL for the staff roster, commission plans, who served each sale line (``sale_line_staff``)
and the commission ledger (``commission_entries``).

``sale_line_staff``, ``commission_entries`` and the plans' rules are append-only (triggers
refuse UPDATE and DELETE); a plan is changed by saving a new version. The figures for a period
are summed in SQL over narrow indexes (``ix_sale_line_staff_at`` covers the performance sums,
``ix_commission_entries_month`` the commission sums) so a month of a 100,000-customer store
adds up in a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Integer, and_, bindparam, cast, func, insert, select, update
from sqlalchemy.sql.elements import ColumnElement

from storecrm.data.rows import new_id, row_as, rows_as
from storecrm.data.schema import (
    catalogue_items,
    commission_entries,
    commission_plans,
    commission_rules,
    customer_cards,
    customers,
    sale_line_staff,
    sale_lines,
    sales,
    staff,
    users,
)
from storecrm.data.staff_rows import (
    CommissionEntryRow,
    CommissionRuleRow,
    CommissionSum,
    LineStaffWithName,
    PerformanceSum,
    PlanWithAuthor,
    StaffRow,
    StaffWithAccount,
    StatementEntry,
    VisitCount,
)
from storecrm.domain.errors import NotFound

Row = Mapping[str, Any]


_LINE_STAFF_COLUMNS = tuple(c.name for c in sale_line_staff.columns)
_ENTRY_COLUMNS = tuple(c.name for c in commission_entries.columns)


def _text(moment: datetime) -> str:
    """A time as SQLAlchemy's SQLite DateTime stores it (raw SQL compares like its own)."""
    return moment.isoformat(" ", "microseconds")


# What every sale's posting reads, built once and only bound per call.
_STAFF = (
    select(staff, users.c.username, users.c.role.label("user_role"))
    .outerjoin(users, users.c.id == staff.c.user_id)
    .where(staff.c.id == bindparam("id"))
)
# The highest ids of both posting tables, in one statement (issue 23: a sale ran two).
_MAX_IDS = select(
    select(func.coalesce(func.max(sale_line_staff.c.id), 0)).scalar_subquery(),
    select(func.coalesce(func.max(commission_entries.c.id), 0)).scalar_subquery(),
)
# Who served each line of a sale, for its receipt (built once, bound per call).
_LINE_STAFF_OF_LINES = (
    select(sale_line_staff, staff.c.name.label("staff_name"))
    .join(staff, staff.c.id == sale_line_staff.c.staff_id)
    .where(sale_line_staff.c.line_id.in_(bindparam("ids", expanding=True)))
    .order_by(sale_line_staff.c.id)
)
_GROUP_RULES = (
    select(commission_entries.c.rule_id)
    .where(
        and_(
            commission_entries.c.staff_id == bindparam("staff"),
            commission_entries.c.month == bindparam("month"),
        )
    )
    .group_by(commission_entries.c.rule_id)
)

# A staff member's performance credited after known figures: the primary key's range picks the
# rows (NOT INDEXED keeps SQLite off the (staff, at) and (at) indexes, whose range is the month).
_MONTH_ADDED = (
    "SELECT coalesce(sum(cash_fen), 0), coalesce(sum(consumption_fen), 0), "
    "coalesce(sum(bonus_fen), 0) FROM sale_line_staff NOT INDEXED "
    "WHERE id > ? AND id <= ? AND staff_id = ? AND at >= ? AND at < ?"
)

_CONVERT: dict[str, Callable[[Any], Any]] = {
    "at": lambda value: value.isoformat(" ", "microseconds"),
    "requested": int,
}


@dataclass(frozen=True, slots=True)
class SaleToPost:
    """A ticket as the bulk poster reads it. ``lines``: (id, kind, item_id, card_id, qty,
    unit_fen, list_fen, amount_fen, refund_of_line_id)."""

    sale_id: int
    kind: str
    at: datetime
    customer_id: int | None
    account_id: int | None  # sales.staff_id: the account that served
    lines: list[tuple[Any, ...]]
    payments: dict[str, int]
    bonus_spent_fen: int


class StaffRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- the roster ----------------------------------------------------------------------------
    def roster(self, include_inactive: bool = True) -> list[StaffWithAccount]:
        query = (
            select(staff, users.c.username, users.c.role.label("user_role"))
            .outerjoin(users, users.c.id == staff.c.user_id)
            .order_by(staff.c.no)
        )
        if not include_inactive:
            query = query.where(staff.c.active.is_(True))
        return rows_as(StaffWithAccount, self.conn.execute(query))

    def get(self, staff_id: int) -> StaffWithAccount:
        row = row_as(StaffWithAccount, self.conn.execute(_STAFF, {"id": staff_id}).first())
        if row is None:
            raise NotFound("staff", staff_id)
        return row

    def of_user(self, user_id: int) -> StaffRow | None:
        return row_as(
            StaffRow, self.conn.execute(select(staff).where(staff.c.user_id == user_id)).first()
        )

    def by_no(self, no: str) -> StaffRow | None:
        return row_as(StaffRow, self.conn.execute(select(staff).where(staff.c.no == no)).first())

    def next_no(self) -> str:
        numbers = [int(n) for (n,) in self.conn.execute(select(staff.c.no)) if str(n).isdigit()]
        return f"{max(numbers, default=0) + 1:03d}"

    def insert(self, values: Mapping[str, Any]) -> int:
        return new_id(self.conn.execute(insert(staff).values(**values)))

    def update(self, staff_id: int, values: Mapping[str, Any]) -> None:
        self.conn.execute(update(staff).where(staff.c.id == staff_id).values(**values))

    def grades(self) -> dict[int, str]:
        return {int(i): str(g) for i, g in self.conn.execute(select(staff.c.id, staff.c.grade))}

    # -- plans -------------------------------------------------------------------------------
    def plans(self) -> list[PlanWithAuthor]:
        query = (
            select(commission_plans, users.c.display_name.label("created_by_name"))
            .outerjoin(users, users.c.id == commission_plans.c.created_by)
            .order_by(commission_plans.c.effective_from, commission_plans.c.id)
        )
        return rows_as(PlanWithAuthor, self.conn.execute(query))

    def rules(self, plan_ids: Iterable[int] | None = None) -> list[CommissionRuleRow]:
        query = select(commission_rules).order_by(commission_rules.c.id)
        if plan_ids is not None:
            query = query.where(commission_rules.c.plan_id.in_(list(plan_ids)))
        return rows_as(CommissionRuleRow, self.conn.execute(query))

    def insert_plan(self, values: Mapping[str, Any], rules: Sequence[Mapping[str, Any]]) -> int:
        plan_id = new_id(self.conn.execute(insert(commission_plans).values(**values)))
        if rules:
            self.conn.execute(
                insert(commission_rules), [dict(r) | {"plan_id": plan_id} for r in rules]
            )
        return plan_id

    # -- who served, and the commission ledger -------------------------------------------------
    def max_ids(self) -> tuple[int, int]:
        """The highest ``sale_line_staff`` and ``commission_entries`` ids (0 when empty)."""
        a, b = self.conn.execute(_MAX_IDS).one()
        return int(a), int(b)

    def insert_line_staff(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Append rows (every column given, ids included), in one statement per slice."""
        self._insert_all(sale_line_staff.name, _LINE_STAFF_COLUMNS, rows)

    def insert_entries(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self._insert_all(commission_entries.name, _ENTRY_COLUMNS, rows)

    def _insert_all(
        self, table: str, columns: tuple[str, ...], rows: Sequence[Mapping[str, Any]]
    ) -> None:
        # Plain DB-API executemany: building SQLAlchemy parameters per row cost more than
        # the insert itself for a year of demo history. Times are written as SQLAlchemy's
        # SQLite DateTime writes them, so they compare like its own.
        if not rows:
            return
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        )
        converters = [_CONVERT.get(c) for c in columns]
        values = [
            tuple(
                row[c] if convert is None or row[c] is None else convert(row[c])
                for c, convert in zip(columns, converters, strict=True)
            )
            for row in rows
        ]
        self.conn.exec_driver_sql(sql, values)

    def line_staff_of_lines(self, line_ids: Iterable[int]) -> list[LineStaffWithName]:
        ids = list(line_ids)
        if not ids:
            return []
        return rows_as(LineStaffWithName, self.conn.execute(_LINE_STAFF_OF_LINES, {"ids": ids}))

    def entries_of_line_staff(self, row_ids: Iterable[int]) -> list[CommissionEntryRow]:
        ids = list(row_ids)
        if not ids:
            return []
        query = (
            select(commission_entries)
            .where(
                and_(
                    commission_entries.c.line_staff_id.in_(ids),
                    commission_entries.c.kind == "line",
                )
            )
            .order_by(commission_entries.c.id)
        )
        return rows_as(CommissionEntryRow, self.conn.execute(query))

    def month_performance(
        self, staff_id: int, start: datetime, end: datetime
    ) -> tuple[int, int, int]:
        """Cash, consumption and its bonus part credited to a staff member in [start, end)."""
        s = sale_line_staff.c
        row = self.conn.execute(
            select(
                func.coalesce(func.sum(s.cash_fen), 0),
                func.coalesce(func.sum(s.consumption_fen), 0),
                func.coalesce(func.sum(s.bonus_fen), 0),
            ).where(and_(s.staff_id == staff_id, s.at >= start, s.at < end))
        ).one()
        return int(row[0]), int(row[1]), int(row[2])

    def month_performance_added(
        self, staff_id: int, start: datetime, end: datetime, after_id: int, through_id: int
    ) -> tuple[int, int, int]:
        """As :meth:`month_performance`, over the rows ``after_id`` < id ≤ ``through_id`` only:
        what was credited since figures known through ``after_id`` (read by the primary key,
        a few rows, where the month's index range is the whole month)."""
        row = self.conn.exec_driver_sql(
            _MONTH_ADDED, (after_id, through_id, staff_id, _text(start), _text(end))
        ).one()
        return int(row[0]), int(row[1]), int(row[2])

    def group_state(self, staff_id: int, month: str, rule_id: int) -> tuple[int, int]:
        """For a tiered rule's month: Σ measure × weight of the lines and reversals paid at a
        rate, and Σ of their amounts and the tier adjustments (an assistant's fixed amount
        under the rule is not part of the tiers)."""
        e = commission_entries.c
        row = self.conn.execute(
            select(
                func.coalesce(
                    func.sum(
                        (e.measure_fen * e.weight_ppm)
                        * (e.kind != "tier")
                        * (e.rate_bp.is_not(None))
                    ),
                    0,
                ),
                func.coalesce(
                    func.sum(e.amount_fen * ((e.kind == "tier") | e.rate_bp.is_not(None))), 0
                ),
            ).where(and_(e.staff_id == staff_id, e.month == month, e.rule_id == rule_id))
        ).one()
        return int(row[0]), int(row[1])

    def all_tier_groups(self, rule_ids: Sequence[int]) -> list[tuple[int, str, int, int, int]]:
        """(staff, month, rule, weighted basis, amount) of every month of these rules, as
        :meth:`group_state` adds each up — in one pass (``storecrm check``)."""
        if not rule_ids:
            return []
        e = commission_entries.c
        query = (
            select(
                e.staff_id,
                e.month,
                e.rule_id,
                func.sum(
                    (e.measure_fen * e.weight_ppm) * (e.kind != "tier") * (e.rate_bp.is_not(None))
                ),
                func.sum(e.amount_fen * ((e.kind == "tier") | e.rate_bp.is_not(None))),
            )
            .where(e.rule_id.in_(list(rule_ids)))
            .group_by(e.staff_id, e.month, e.rule_id)
        )
        return [
            (int(a), str(b), int(c), int(d or 0), int(f or 0))
            for a, b, c, d, f in self.conn.execute(query)
        ]

    def all_month_performance(self) -> dict[tuple[int, str], tuple[int, int, int]]:
        """(staff, month) → cash, consumption, bonus, for every month (``storecrm check``)."""
        s = sale_line_staff.c
        month = func.substr(s.at, 1, 7)
        query = select(
            s.staff_id, month, func.sum(s.cash_fen), func.sum(s.consumption_fen),
            func.sum(s.bonus_fen),
        ).group_by(s.staff_id, month)  # fmt: skip
        return {
            (int(a), str(b)): (int(c or 0), int(d or 0), int(f or 0))
            for a, b, c, d, f in self.conn.execute(query)
        }

    def group_rules(self, staff_id: int, month: str) -> list[int]:
        rows = self.conn.execute(_GROUP_RULES, {"staff": staff_id, "month": month})
        return [int(r[0]) for r in rows]

    # -- figures for a period --------------------------------------------------------------------
    def performance_sums(
        self, start: datetime, end: datetime, staff_id: int | None
    ) -> list[PerformanceSum]:
        """Per staff member and target: cash, consumption, bonus part, in [start, end)."""
        s = sale_line_staff.c
        where = [s.at >= start, s.at < end]
        if staff_id is not None:
            where.append(s.staff_id == staff_id)
        query = (
            select(
                s.staff_id,
                s.target,
                func.sum(s.cash_fen).label("cash"),
                func.sum(s.consumption_fen).label("consumption"),
                func.sum(s.bonus_fen).label("bonus"),
            )
            .where(and_(*where))
            .group_by(s.staff_id, s.target)
        )
        return rows_as(PerformanceSum, self.conn.execute(query))

    def commission_sums(self, months: Sequence[str], staff_id: int | None) -> list[CommissionSum]:
        """Per staff member, month and kind of entry: the commission."""
        e = commission_entries.c
        where: list[ColumnElement[bool]] = [e.month.in_(list(months))]
        if staff_id is not None:
            where.append(e.staff_id == staff_id)
        query = (
            select(e.staff_id, e.kind, func.sum(e.amount_fen).label("amount"))
            .where(and_(*where))
            .group_by(e.staff_id, e.kind)
        )
        return rows_as(CommissionSum, self.conn.execute(query))

    def commission_between(
        self, start: datetime, end: datetime, staff_id: int | None
    ) -> list[CommissionSum]:
        """Per staff member and kind of entry: the commission posted in [start, end)."""
        e = commission_entries.c
        where = [e.at >= start, e.at < end]
        if staff_id is not None:
            where.append(e.staff_id == staff_id)
        query = (
            select(e.staff_id, e.kind, func.sum(e.amount_fen).label("amount"))
            .where(and_(*where))
            .group_by(e.staff_id, e.kind)
        )
        return rows_as(CommissionSum, self.conn.execute(query))

    def visits(self, start: datetime, end: datetime, staff_id: int | None) -> list[VisitCount]:
        """Per staff member: the sale tickets they were main staff on in [start, end), and how
        many of those had them requested (指定)."""
        s = sale_line_staff.c
        where = [s.at >= start, s.at < end, s.role == "main", s.of_id.is_(None), s.target == "line"]
        if staff_id is not None:
            where.append(s.staff_id == staff_id)
        per_sale = (
            select(
                s.staff_id.label("staff_id"),
                s.sale_id.label("sale_id"),
                func.max(cast(s.requested, Integer)).label("requested"),
            )
            .where(and_(*where))
            .group_by(s.staff_id, s.sale_id)
            .subquery()
        )
        query = select(
            per_sale.c.staff_id,
            func.count().label("visits"),
            func.sum(per_sale.c.requested).label("requested"),
        ).group_by(per_sale.c.staff_id)
        return rows_as(VisitCount, self.conn.execute(query))

    def returns(
        self, start: datetime, end: datetime, staff_id: int | None, days: int
    ) -> dict[int, tuple[int, int]]:
        """Per staff member: the members they served (main staff, a line sale) in [start, end),
        and how many of those came back — another sale within ``days`` after the first visit
        they served in the period. One statement: each customer's return is an index seek on
        their sales."""
        where = (
            "s.at >= ? AND s.at < ? AND s.role = 'main' AND s.of_id IS NULL AND s.target = 'line'"
        )
        params: list[Any] = [_text(start), _text(end)]
        if staff_id is not None:
            where += " AND s.staff_id = ?"
            params.append(staff_id)
        sql = (
            "SELECT x.staff_id, count(*), sum(EXISTS (SELECT 1 FROM sales b "
            "WHERE b.customer_id = x.cid AND b.kind = 'sale' AND b.at > x.first "
            "AND b.at <= strftime('%Y-%m-%d %H:%M:%f', x.first, ?) || '999')) "
            "FROM (SELECT s.staff_id AS staff_id, v.customer_id AS cid, min(s.at) AS first "
            f"FROM sale_line_staff s JOIN sales v ON v.id = s.sale_id WHERE {where} "
            "AND v.customer_id IS NOT NULL GROUP BY s.staff_id, v.customer_id) x "
            "GROUP BY x.staff_id"
        )
        rows = self.conn.exec_driver_sql(sql, (f"+{int(days)} days", *params))
        return {int(a): (int(b), int(c or 0)) for a, b, c in rows}

    def statement_entries(self, staff_id: int, month: str) -> list[StatementEntry]:
        """Every commission entry of a staff member's month, with the sale and line behind it."""
        e = commission_entries.c
        query = (
            select(
                commission_entries,
                sales.c.no.label("sale_no"),
                sales.c.at.label("sale_at"),
                sales.c.customer_id,
                customers.c.name.label("customer_name"),
                sale_lines.c.description,
                sale_lines.c.qty,
                sale_lines.c.kind.label("line_kind"),
                sale_line_staff.c.requested,
            )
            .outerjoin(sales, sales.c.id == e.sale_id)
            .outerjoin(customers, customers.c.id == sales.c.customer_id)
            .outerjoin(sale_lines, sale_lines.c.id == e.line_id)
            .outerjoin(sale_line_staff, sale_line_staff.c.id == e.line_staff_id)
            .where(and_(e.staff_id == staff_id, e.month == month))
            .order_by(e.id)
        )
        return rows_as(StatementEntry, self.conn.execute(query))

    def sales_to_post(self, after_id: int, limit: int) -> list[SaleToPost]:
        """The next ``limit`` tickets after ``after_id`` (sales, top-ups, refunds) with their
        lines, payments by method and the bonus stored value they spent, for posting in bulk."""
        rows = self.conn.execute(
            select(sales.c.id, sales.c.kind, sales.c.at, sales.c.customer_id, sales.c.staff_id)
            .where(and_(sales.c.id > after_id, sales.c.kind.in_(("sale", "top_up", "refund"))))
            .order_by(sales.c.id)
            .limit(limit)
        ).all()
        if not rows:
            return []
        low, high = int(rows[0][0]), int(rows[-1][0])
        lines: dict[int, list[tuple[Any, ...]]] = {}
        for line in self.conn.exec_driver_sql(
            "SELECT sale_id, id, kind, item_id, card_id, qty, unit_fen, list_fen, amount_fen, "
            "refund_of_line_id FROM sale_lines WHERE sale_id BETWEEN ? AND ? ORDER BY id",
            (low, high),
        ):
            lines.setdefault(int(line[0]), []).append(tuple(line[1:]))
        payments: dict[int, dict[str, int]] = {}
        for sid, method, amount in self.conn.exec_driver_sql(
            "SELECT sale_id, method, SUM(amount_fen) FROM sale_payments "
            "WHERE sale_id BETWEEN ? AND ? GROUP BY sale_id, method",
            (low, high),
        ):
            payments.setdefault(int(sid), {})[str(method)] = int(amount)
        bonus: dict[int, int] = {}
        for sid, delta in self.conn.exec_driver_sql(
            "SELECT sale_id, -SUM(delta) FROM ledger_entries WHERE sale_id BETWEEN ? AND ? "
            "AND account = 'bonus' AND kind = 'sale' GROUP BY sale_id",
            (low, high),
        ):
            bonus[int(sid)] = int(delta)
        return [
            SaleToPost(
                int(r[0]), str(r[1]), r[2], r[3], r[4], lines.get(int(r[0]), []),
                payments.get(int(r[0]), {}), bonus.get(int(r[0]), 0),
            )
            for r in rows
        ]  # fmt: skip

    def line_quantities(self, line_ids: Iterable[int]) -> dict[int, int]:
        ids = list(line_ids)
        if not ids:
            return {}
        query = select(sale_lines.c.id, sale_lines.c.qty).where(sale_lines.c.id.in_(ids))
        return {int(i): int(q) for i, q in self.conn.execute(query)}

    def cards(self, card_ids: Iterable[int]) -> dict[int, tuple[int, int, str]]:
        """Card id → (price, sessions bought, kind)."""
        ids = list(card_ids)
        if not ids:
            return {}
        query = select(
            customer_cards.c.id,
            customer_cards.c.price_fen,
            customer_cards.c.sessions_total,
            customer_cards.c.kind,
        ).where(customer_cards.c.id.in_(ids))
        return {int(i): (int(p), int(t or 0), str(k)) for i, p, t, k in self.conn.execute(query)}

    def items_category(self, item_ids: Iterable[int]) -> dict[int, str]:
        ids = list(item_ids)
        if not ids:
            return {}
        query = select(catalogue_items.c.id, catalogue_items.c.category).where(
            catalogue_items.c.id.in_(ids)
        )
        return {int(i): str(c or "") for i, c in self.conn.execute(query)}
