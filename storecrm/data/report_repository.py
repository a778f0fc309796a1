"""SQL for the reports: the summaries per day, the cards, and the sums per customer.

What is summed by day (sales, payments, sale lines, the ledger) is read from the summaries that
triggers keep beside the rows (migration 0012, ``data/summary_repository.py``): a year is a few
thousand rows, whatever the store's size. What is summed per customer (active, repeat, churned,
the best and the lapsed, the RFM segments) streams over ``ix_sales_customer``, one customer at
a time in the index's order, so neither SQLite nor the caller keeps anything per customer; the
RFM segments are counted in SQL. The cards' sessions on a day are added up in SQL from their
ledger entries (``ix_ledger_entries_sessions``).

A report may read on several connections at once (one per processor). They agree because
every query is bounded by :class:`Marks`, the highest ids when the report began: sales, ledger
entries, customers, cards and reminder actions are only ever appended, so everything at or
below a mark was committed before it was read and looks the same on every connection. The
summaries are read on the report's own connection, in the snapshot the marks were read in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
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


@dataclass(frozen=True, slots=True)
class CustomerWindows:
    """The days a report sums per customer, as 'YYYY-MM-DD' bounds (a stored time compares
    with them as text: '2025-05-31 20:10:00' < '2025-06-01')."""

    start: str  # this period: [start, end)
    end: str
    previous: tuple[str, str]  # the period compared with (empty when start == end)
    rfm_start: str  # the RFM window: [rfm_start, end)
    read_start: str  # the earliest of them


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

    # -- the summaries (migration 0012): a few thousand rows a year ---------------------------
    # Read on the report's own unit of work, in the snapshot its marks were read in.
    def sales_days(self, first_day: str, end_day: str) -> Rows:
        """Per day, kind, kind given back (refunds) and staff (0: none): count, total,
        discount and the walk-ins' total, for the days in [first_day, end_day)."""
        return list(
            self.conn.exec_driver_sql(
                "SELECT day, kind, of_kind, staff_id, n, total_fen, discount_fen, walk_in_fen "
                "FROM sales_by_day WHERE day >= ? AND day < ?",
                (first_day, end_day),
            )
        )

    def payments_by_method(self, start_day: str, end_day: str, previous: tuple[str, str]) -> Rows:
        """Per sale kind and method: the amount in [start_day, end_day) and in the
        ``previous`` days."""
        lo = min(previous[0], start_day)
        return list(
            self.conn.exec_driver_sql(
                "SELECT kind, method, "
                "sum(CASE WHEN day >= ? THEN amount_fen ELSE 0 END), "
                "sum(CASE WHEN day >= ? AND day < ? THEN amount_fen ELSE 0 END) "
                "FROM payments_by_day WHERE day >= ? AND day < ? GROUP BY kind, method",
                (start_day, previous[0], previous[1], lo, end_day),
            )
        )

    def lines_by_item(self, start_day: str, end_day: str) -> Rows:
        """Per line kind, item (None: none) and card name: quantity, amount and discount of
        the lines of sales and their refunds in [start_day, end_day)."""
        kinds = ", ".join(f"'{k}'" for k in _SALE_LINE_KINDS)
        return list(
            self.conn.exec_driver_sql(
                "SELECT kind, NULLIF(item_id, 0), CASE WHEN kind = 'card' THEN card_name END, "
                "sum(qty), sum(amount_fen), sum(discount_fen) FROM lines_by_day "
                f"WHERE day >= ? AND day < ? AND kind IN ({kinds}) "
                "GROUP BY kind, item_id, card_name",
                (start_day, end_day),
            )
        )

    def ledger_by_kind(self, start_day: str, end_day: str) -> Rows:
        """Per account and kind, for the entries before ``end_day``: the sum before
        ``start_day``, and the increases and decreases from it on."""
        return list(
            self.conn.exec_driver_sql(
                "SELECT account, kind, sum(CASE WHEN day < ? THEN up + down ELSE 0 END), "
                "sum(CASE WHEN day >= ? THEN up ELSE 0 END), "
                "sum(CASE WHEN day >= ? THEN down ELSE 0 END) "
                "FROM ledger_by_day WHERE day < ? GROUP BY account, kind",
                (start_day, start_day, start_day, end_day),
            )
        )

    # -- cards -------------------------------------------------------------------------------
    def card_balances(self, at: str, day: str, marks: Marks) -> tuple[int, int, int, int]:
        """The cards bought before ``at`` and valid on ``day``: (sessions left on count cards,
        count cards with sessions left, the price paid for those sessions, period cards not
        refunded) — added up in SQL, each card's sessions from its ledger entries before
        ``at`` (``ix_ledger_entries_sessions``)."""
        row = self.conn.exec_driver_sql(
            "SELECT sum(CASE WHEN kind = 'period' AND status != 'refunded' THEN 1 ELSE 0 END), "
            "sum(CASE WHEN left_ > 0 THEN left_ ELSE 0 END), "
            "sum(CASE WHEN left_ > 0 THEN 1 ELSE 0 END), "
            "sum(CASE WHEN left_ > 0 AND whole > 0 THEN "
            "(abs(price_fen * left_) * 2 + whole) / (2 * whole) * "
            "(CASE WHEN price_fen < 0 THEN -1 ELSE 1 END) ELSE 0 END) "
            "FROM (SELECT kind, status, price_fen, left_, "
            "COALESCE(NULLIF(sessions_total, 0), left_) AS whole FROM ("
            "SELECT c.kind, c.status, c.price_fen, c.sessions_total, "
            "CASE WHEN c.kind = 'period' THEN 0 ELSE "
            "(SELECT COALESCE(sum(l.delta), 0) FROM ledger_entries AS l "
            "WHERE l.account = 'sessions' AND l.card_id = c.id AND l.at < ? AND l.id <= ?) "
            "END AS left_ FROM customer_cards AS c "
            "WHERE c.bought_at < ? AND c.id <= ? AND (c.expires_on IS NULL OR c.expires_on >= ?)"
            "))",
            (at, marks.entry, at, marks.card, day),
        ).one()
        periods, sessions, cards, worth = (int(v or 0) for v in row)
        return sessions, cards, worth, periods

    # -- per customer, streamed: nothing kept per customer ------------------------------------
    # Each customer's sales in the windows of a report, summed over ``ix_sales_customer`` (its
    # entries hold the time, kind, total and refunded sale: no row is read), grouped in the
    # index's order, so SQLite sorts nothing and the caller sees one row per customer at a
    # time. Bounded by the marks like every other part.
    _CUSTOMER_WHERE = (
        "FROM sales INDEXED BY ix_sales_customer "
        "WHERE customer_id BETWEEN ? AND ? AND at >= ? AND at < ? AND id <= ? "
        "AND (kind = 'sale' OR (kind = 'refund' AND "
        "(SELECT o.kind FROM sales AS o WHERE o.id = sales.refund_of_id) = 'sale')) "
        "GROUP BY customer_id"
    )

    def customer_windows(
        self, customers_: tuple[int, int], windows: CustomerWindows, marks: Marks
    ) -> Any:
        """Per customer with ids in ``customers_`` (a range) and a sale or refund of one in
        the windows: (id, visits and spend this period, in the previous one, in the RFM
        window, the last visit's day). An iterator: read it once, as it comes."""
        w = windows
        return self.conn.exec_driver_sql(
            "SELECT customer_id, "
            "sum(CASE WHEN at >= ? THEN kind = 'sale' ELSE 0 END), "
            "sum(CASE WHEN at >= ? THEN total_fen ELSE 0 END), "
            "sum(CASE WHEN at >= ? AND at < ? THEN kind = 'sale' ELSE 0 END), "
            "sum(CASE WHEN at >= ? AND at < ? THEN total_fen ELSE 0 END), "
            "sum(CASE WHEN at >= ? THEN kind = 'sale' ELSE 0 END), "
            "sum(CASE WHEN at >= ? THEN total_fen ELSE 0 END), "
            "substr(max(CASE WHEN kind = 'sale' THEN at END), 1, 10) " + self._CUSTOMER_WHERE,
            (
                w.start, w.start, w.previous[0], w.previous[1], w.previous[0], w.previous[1],
                w.rfm_start, w.rfm_start,
                customers_[0], customers_[1], w.read_start, w.end, marks.sale,
            ),
        )  # fmt: skip

    # -- customers ---------------------------------------------------------------------------
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

    # -- staff, catalogue -------------------------------------------------------------------
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
