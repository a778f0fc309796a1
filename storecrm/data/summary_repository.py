"""SQL for the report summaries (``sales_by_day``, ``payments_by_day``, ``lines_by_day``,
``ledger_by_day``): adding them up again from the rows, comparing, rebuilding, and a bulk
writer's pause.

The summaries are kept by triggers (migration 0012) in the transaction of every insert, so no
writer has to remember them; this module proves them (``storecrm check``) and builds them again
(``storecrm rebuild-summaries``). The rows are added up a slice of ids at a time: each slice's
GROUP BY sorts a few hundred thousand narrow rows in memory, and the sums per day are a few
thousand keys, whatever the number of customers or sales.

A trigger costs some 10 µs a row: nothing for a sale (a dozen rows), but minutes for a bulk
history of millions. So the demo history :meth:`~SummaryRepository.pause` s them (drops the
triggers inside its write unit, which holds the store's one writer) and
:meth:`~SummaryRepository.resume` s them at the end (adds up the rows written meanwhile, a
slice at a time, and creates the triggers again). Should the program die in between, opening
the store finds a trigger missing and builds the summaries again (:meth:`ensure`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

SLICE = 200_000  # ids of the source table per statement

Key = tuple[Any, ...]
Sums = dict[Key, tuple[int, ...]]
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Summary:
    """One summary table: its key and sum columns, and how the rows add up into it."""

    table: str
    keys: tuple[str, ...]
    sums: tuple[str, ...]
    source: str  # the table whose ids are sliced
    select: str  # key columns, then sum columns, of the source rows with ids BETWEEN ? AND ?

    def columns(self) -> str:
        return ", ".join(self.keys + self.sums)

    def upsert(self) -> str:
        added = ", ".join(f"{c} = {c} + excluded.{c}" for c in self.sums)
        return (
            f"INSERT INTO {self.table} ({self.columns()}) {self.select} "
            f"ON CONFLICT ({', '.join(self.keys)}) DO UPDATE SET {added}"
        )


SUMMARIES: tuple[Summary, ...] = (
    Summary(
        "sales_by_day",
        ("day", "kind", "of_kind", "staff_id"),
        ("n", "total_fen", "discount_fen", "walk_in_fen"),
        "sales",
        "SELECT substr(s.at, 1, 10), s.kind, COALESCE(o.kind, ''), COALESCE(s.staff_id, 0), "
        "count(*), sum(s.total_fen), sum(s.discount_fen), "
        "sum(CASE WHEN s.customer_id IS NULL THEN s.total_fen ELSE 0 END) "
        "FROM sales AS s LEFT JOIN sales AS o ON o.id = s.refund_of_id "
        "WHERE s.id BETWEEN ? AND ? GROUP BY 1, 2, 3, 4",
    ),
    Summary(
        "payments_by_day",
        ("day", "kind", "method"),
        ("n", "amount_fen", "points"),
        "sale_payments",
        "SELECT substr(s.at, 1, 10), s.kind, p.method, count(*), sum(p.amount_fen), "
        "sum(p.points) FROM sale_payments AS p JOIN sales AS s ON s.id = p.sale_id "
        "WHERE p.id BETWEEN ? AND ? GROUP BY 1, 2, 3",
    ),
    Summary(
        "lines_by_day",
        ("day", "kind", "item_id", "card_name"),
        ("n", "qty", "amount_fen", "discount_fen"),
        "sale_lines",
        "SELECT substr(s.at, 1, 10), l.kind, COALESCE(l.item_id, 0), "
        "CASE WHEN l.kind = 'card' THEN l.description ELSE '' END, count(*), sum(l.qty), "
        "sum(l.amount_fen), sum(l.discount_fen) FROM sale_lines AS l "
        "JOIN sales AS s ON s.id = l.sale_id WHERE l.id BETWEEN ? AND ? GROUP BY 1, 2, 3, 4",
    ),
    Summary(
        "ledger_by_day",
        ("day", "account", "kind"),
        ("n", "up", "down"),
        "ledger_entries",
        "SELECT substr(at, 1, 10), account, kind, count(*), "
        "sum(CASE WHEN delta > 0 THEN delta ELSE 0 END), "
        "sum(CASE WHEN delta < 0 THEN delta ELSE 0 END) FROM ledger_entries "
        "WHERE id BETWEEN ? AND ? GROUP BY 1, 2, 3",
    ),
)


# The triggers of migration 0012 (the migration keeps its own copy, as it was).
_OF_KIND = "COALESCE((SELECT o.kind FROM sales AS o WHERE o.id = NEW.refund_of_id), '')"
TRIGGERS: dict[str, str] = {
    "sales_by_day_add": (
        "CREATE TRIGGER sales_by_day_add AFTER INSERT ON sales BEGIN "
        "INSERT INTO sales_by_day (day, kind, of_kind, staff_id, n, total_fen, discount_fen, "
        f"walk_in_fen) VALUES (substr(NEW.at, 1, 10), NEW.kind, {_OF_KIND}, "
        "COALESCE(NEW.staff_id, 0), 1, NEW.total_fen, NEW.discount_fen, "
        "CASE WHEN NEW.customer_id IS NULL THEN NEW.total_fen ELSE 0 END) "
        "ON CONFLICT (day, kind, of_kind, staff_id) DO UPDATE SET n = n + 1, "
        "total_fen = total_fen + excluded.total_fen, "
        "discount_fen = discount_fen + excluded.discount_fen, "
        "walk_in_fen = walk_in_fen + excluded.walk_in_fen; END"
    ),
    "sales_by_day_customer": (
        "CREATE TRIGGER sales_by_day_customer AFTER UPDATE OF customer_id ON sales "
        "WHEN (OLD.customer_id IS NULL) != (NEW.customer_id IS NULL) BEGIN "
        "UPDATE sales_by_day SET walk_in_fen = walk_in_fen + "
        "CASE WHEN NEW.customer_id IS NULL THEN NEW.total_fen ELSE -NEW.total_fen END "
        f"WHERE day = substr(NEW.at, 1, 10) AND kind = NEW.kind AND of_kind = {_OF_KIND} "
        "AND staff_id = COALESCE(NEW.staff_id, 0); END"
    ),
    "payments_by_day_add": (
        "CREATE TRIGGER payments_by_day_add AFTER INSERT ON sale_payments BEGIN "
        "INSERT INTO payments_by_day (day, kind, method, n, amount_fen, points) "
        "SELECT substr(s.at, 1, 10), s.kind, NEW.method, 1, NEW.amount_fen, NEW.points "
        "FROM sales AS s WHERE s.id = NEW.sale_id "
        "ON CONFLICT (day, kind, method) DO UPDATE SET n = n + 1, "
        "amount_fen = amount_fen + excluded.amount_fen, points = points + excluded.points; END"
    ),
    "lines_by_day_add": (
        "CREATE TRIGGER lines_by_day_add AFTER INSERT ON sale_lines BEGIN "
        "INSERT INTO lines_by_day (day, kind, item_id, card_name, n, qty, amount_fen, "
        "discount_fen) SELECT substr(s.at, 1, 10), NEW.kind, COALESCE(NEW.item_id, 0), "
        "CASE WHEN NEW.kind = 'card' THEN NEW.description ELSE '' END, 1, NEW.qty, "
        "NEW.amount_fen, NEW.discount_fen FROM sales AS s WHERE s.id = NEW.sale_id "
        "ON CONFLICT (day, kind, item_id, card_name) DO UPDATE SET n = n + 1, "
        "qty = qty + excluded.qty, amount_fen = amount_fen + excluded.amount_fen, "
        "discount_fen = discount_fen + excluded.discount_fen; END"
    ),
    "ledger_by_day_add": (
        "CREATE TRIGGER ledger_by_day_add AFTER INSERT ON ledger_entries BEGIN "
        "INSERT INTO ledger_by_day (day, account, kind, n, up, down) "
        "VALUES (substr(NEW.at, 1, 10), NEW.account, NEW.kind, 1, max(NEW.delta, 0), "
        "min(NEW.delta, 0)) ON CONFLICT (day, account, kind) DO UPDATE SET n = n + 1, "
        "up = up + excluded.up, down = down + excluded.down; END"
    ),
}


@dataclass(frozen=True, slots=True)
class Paused:
    """The highest id of each source table when the triggers were paused."""

    ids: dict[str, int]


@dataclass(frozen=True, slots=True)
class SummaryDifference:
    """A key whose stored sums are not what the rows add up to (None: no row)."""

    table: str
    key: Key
    stored: tuple[int, ...] | None
    from_rows: tuple[int, ...] | None


class SummaryRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _slices(self, summary: Summary, after: int = 0) -> list[tuple[int, int]]:
        low, high = self.conn.exec_driver_sql(
            f"SELECT min(id), max(id) FROM {summary.source} WHERE id > ?", (after,)
        ).one()
        if low is None:
            return []
        return [(a, a + SLICE - 1) for a in range(int(low), int(high) + 1, SLICE)]

    def steps(self) -> int:
        """The slices every summary is read or built in (for progress)."""
        return sum(len(self._slices(s)) for s in SUMMARIES)

    def from_rows(self, summary: Summary, step: Callable[[], None] | None = None) -> Sums:
        """What the rows add up to, by key."""
        n = len(summary.keys)
        sums: Sums = {}
        for low, high in self._slices(summary):
            for row in self.conn.exec_driver_sql(summary.select, (low, high)):
                key, values = tuple(row[:n]), tuple(int(v or 0) for v in row[n:])
                before = sums.get(key)
                sums[key] = (
                    values
                    if before is None
                    else tuple(a + b for a, b in zip(before, values, strict=True))
                )
            if step is not None:
                step()
        return sums

    def stored(self, summary: Summary) -> Sums:
        n = len(summary.keys)
        return {
            tuple(row[:n]): tuple(int(v) for v in row[n:])
            for row in self.conn.exec_driver_sql(f"SELECT {summary.columns()} FROM {summary.table}")
        }

    def differences(self, step: Callable[[], None] | None = None) -> Iterator[SummaryDifference]:
        """Every key whose stored sums differ from the rows', table by table."""
        for summary in SUMMARIES:
            rows = self.from_rows(summary, step)
            stored = self.stored(summary)
            for key in sorted(rows.keys() | stored.keys(), key=repr):
                if rows.get(key) != stored.get(key):
                    yield SummaryDifference(summary.table, key, stored.get(key), rows.get(key))

    def rebuild(self, step: Callable[[], None] | None = None) -> None:
        """Empty every summary and add the rows up into it again (a write: the writer's)."""
        for summary in SUMMARIES:
            self.conn.exec_driver_sql(f"DELETE FROM {summary.table}")
            for low, high in self._slices(summary):
                self.conn.exec_driver_sql(summary.upsert(), (low, high))
                if step is not None:
                    step()

    # -- a bulk writer's pause ----------------------------------------------------------------
    def _present(self) -> set[str]:
        return {
            str(name)
            for (name,) in self.conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            )
        } & set(TRIGGERS)

    def pause(self) -> Paused:
        """Drop the summaries' triggers for a bulk write (in the caller's write unit, which
        holds the one writer); :meth:`resume` adds up what was written meanwhile."""
        ids = {
            s.source: int(
                self.conn.exec_driver_sql(f"SELECT COALESCE(max(id), 0) FROM {s.source}").scalar()
                or 0
            )
            for s in SUMMARIES
        }
        for name in self._present():
            self.conn.exec_driver_sql(f"DROP TRIGGER {name}")
        return Paused(ids)

    def resume(self, paused: Paused) -> None:
        """Add the rows written since :meth:`pause` to the summaries; create the triggers."""
        for summary in SUMMARIES:
            for low, high in self._slices(summary, after=paused.ids[summary.source]):
                self.conn.exec_driver_sql(summary.upsert(), (low, high))
        self._create_missing()

    def _create_missing(self) -> None:
        present = self._present()
        for name, ddl in TRIGGERS.items():
            if name not in present:
                self.conn.exec_driver_sql(ddl)

    def ensure(self) -> bool:
        """After a bulk writer died paused: build the summaries again and create the
        triggers. Returns whether anything was missing (a write: the writer's)."""
        if self._present() == set(TRIGGERS):
            return False
        self.rebuild()
        self._create_missing()
        return True
