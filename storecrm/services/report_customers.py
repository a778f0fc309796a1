"""The per-customer figures of a report, in memory that does not grow with the customers.

Active, repeat, retained and churned customers, the best and the lapsed ones, and the RFM
segments all need each customer's visits and spend in a few windows. Those sums stream from
SQL one customer at a time (``ReportRepository.customer_windows``, in the order of
``ix_sales_customer``: SQLite sorts nothing) and are counted as they pass: what is kept is a
handful of counters, the :data:`TOP_CUSTOMERS` best and :data:`LAPSED_CUSTOMERS` lapsed
customers, and the sums the RFM averages are made of. The segments need those averages first,
so they are a second pass, counted in SQL (``ReportRepository.rfm_segments``).

Both passes are cut into ranges of customer ids, which run side by side on connections of their
own (see ``services/reports._run_parts``) and are added together.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from storecrm.data.report_repository import CustomerWindows, Marks, ReportRepository
from storecrm.domain.reports import RfmScale, RfmSegment, rfm_segment

TOP_CUSTOMERS = 50
LAPSED_CUSTOMERS = 30
RANGE_CUSTOMERS = 25_000  # customer ids per range (a step of the progress, a place to stop)
MAX_RANGES = 32

# (recency days, visits, spend) in the RFM window, or None without a visit there.
Rfm = tuple[int, int, int] | None
# (spend, -id, visits, last visit, rfm): ordered by spend, ties to the lower id.
Entry = tuple[int, int, int, date | None, Rfm]


@dataclass
class CustomerPart:
    """What one range of customers adds to the report (or all of them, merged)."""

    active: int = 0
    repeat: int = 0
    previous_active: int = 0
    previous_repeat: int = 0
    retained: int = 0
    churned: int = 0
    rfm_customers: int = 0
    recency_sum: int = 0
    visits_sum: int = 0
    spend_sum: int = 0
    top: list[Entry] = field(default_factory=list)
    lapsed: list[Entry] = field(default_factory=list)

    @classmethod
    def merged(cls, parts: list[CustomerPart]) -> CustomerPart:
        total = cls()
        for part in parts:
            for name in (
                "active", "repeat", "previous_active", "previous_repeat", "retained",
                "churned", "rfm_customers", "recency_sum", "visits_sum", "spend_sum",
            ):  # fmt: skip
                setattr(total, name, getattr(total, name) + getattr(part, name))
            for entry in part.top:
                _keep_top(total.top, TOP_CUSTOMERS, entry)
            for entry in part.lapsed:
                _keep_top(total.lapsed, LAPSED_CUSTOMERS, entry)
        return total

    @property
    def scale(self) -> RfmScale:
        return RfmScale(self.rfm_customers, self.recency_sum, self.visits_sum, self.spend_sum)


def _keep_top(heap: list[Any], size: int, entry: tuple[Any, ...]) -> None:
    """Keep the ``size`` largest entries (a min-heap); ties go to the lower customer id."""
    if len(heap) < size:
        heapq.heappush(heap, entry)
    elif entry > heap[0]:
        heapq.heapreplace(heap, entry)


def customer_ranges(highest_id: int) -> list[tuple[int, int]]:
    """Customer ids 1…highest cut into ranges (at least one)."""
    count = max(1, min(MAX_RANGES, -(-highest_id // RANGE_CUSTOMERS)))
    size = max(1, -(-highest_id // count))
    return [(low, low + size - 1) for low in range(1, max(highest_id, 1) + 1, size)]


def read_customers(
    repo: ReportRepository,
    ids: tuple[int, int],
    windows: CustomerWindows,
    marks: Marks,
    period_end: date,
) -> CustomerPart:
    """The first pass over the customers with ids in ``ids``: counts, the best and the lapsed,
    and the RFM sums; one customer's row at a time."""
    part = CustomerPart()
    top, lapsed = part.top, part.lapsed
    for (
        cid,
        visits,
        spend,
        before,
        spent_before,
        rfm_visits,
        rfm_spend,
        last_day,
    ) in repo.customer_windows(ids, windows, marks):
        last = None if last_day is None else date.fromisoformat(last_day)
        rfm: Rfm = None
        if rfm_visits and last is not None:
            rfm = ((period_end - last).days, rfm_visits, rfm_spend)
            part.rfm_customers += 1
            part.recency_sum += rfm[0]
            part.visits_sum += rfm_visits
            part.spend_sum += rfm_spend
        if visits:
            part.active += 1
            part.repeat += visits >= 2
            _keep_top(top, TOP_CUSTOMERS, (spend, -cid, visits, last, rfm))
        if before:
            part.previous_active += 1
            part.previous_repeat += before >= 2
            if visits:
                part.retained += 1
            else:
                part.churned += 1
                _keep_top(lapsed, LAPSED_CUSTOMERS, (spent_before, -cid, before, last, rfm))
    return part


def read_segments(
    repo: ReportRepository,
    ids: tuple[int, int],
    windows: CustomerWindows,
    marks: Marks,
    period_end: date,
    scale: RfmScale,
) -> dict[RfmSegment, list[int]]:
    """The second pass: per RFM segment, [customers, spend, visits] of the customers with ids
    in ``ids`` (counted in SQL against ``scale``)."""
    rows = repo.rfm_segments(
        ids,
        windows,
        marks,
        period_end.isoformat(),
        (scale.customers, scale.recency_days_sum, scale.visits_sum, scale.spend_fen_sum),
    )
    return {
        rfm_segment(bool(code & 4), bool(code & 2), bool(code & 1)): [n, spend, visits]
        for code, n, spend, visits in rows
    }


__all__ = [
    "LAPSED_CUSTOMERS",
    "TOP_CUSTOMERS",
    "CustomerPart",
    "customer_ranges",
    "read_customers",
    "read_segments",
]
