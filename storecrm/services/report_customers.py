"""The per-customer figures of a report, in one pass over the customers' sales.

Active, repeat, retained and churned customers, the best and the lapsed ones, and the RFM
segments all need each customer's visits and spend in a few windows. Those sums stream from
SQL one customer at a time (``ReportRepository.customer_windows``, in the order of
``ix_sales_customer``: SQLite sorts nothing) and are counted as they pass: what is kept is a
handful of counters, the :data:`TOP_CUSTOMERS` best and :data:`LAPSED_CUSTOMERS` lapsed
customers, and, for the RFM segments, each customer's (recency, visits, spend) in the RFM window
in three compact arrays (16 bytes a customer with a visit there: 9.6 MB for 600,000 such
customers of a 1M store). The segments compare each customer with the averages, which are known
only once every customer has passed, so they are counted from those arrays afterwards
(:func:`count_segments`). It used to be a second pass over the sales in SQL: on the 1M store that
pass was about 40 % of the report's time (48 s of SQL statements, 2 connections, at load 7).

The pass is cut into ranges of customer ids, which run side by side on connections of their
own (see ``services/reports._run_parts``) and are added together.
"""

from __future__ import annotations

import heapq
from array import array
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
    # (recency days, visits, spend) of each customer with a visit in the RFM window
    recency: array[int] = field(default_factory=lambda: array("i"))
    visits: array[int] = field(default_factory=lambda: array("i"))
    spend: array[int] = field(default_factory=lambda: array("q"))

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
            total.recency.extend(part.recency)
            total.visits.extend(part.visits)
            total.spend.extend(part.spend)
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
            part.recency.append(rfm[0])
            part.visits.append(rfm_visits)
            part.spend.append(rfm_spend)
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


def count_segments(part: CustomerPart) -> dict[RfmSegment, list[int]]:
    """Per RFM segment, [customers, spend, visits] of the customers in ``part`` (all of them,
    merged), each compared with the averages of all (exactly: value × n against the sum).
    The same comparisons as :meth:`RfmScale.segment`, written out because they run once per
    customer (600,000 times on the 1M store); tests/services/test_report_rfm_pass.py checks
    the two agree."""
    n = part.rfm_customers
    recency_sum, visits_sum, spend_sum = part.recency_sum, part.visits_sum, part.spend_sum
    totals = [[0, 0, 0] for _code in range(8)]
    for recency, visits, spend in zip(part.recency, part.visits, part.spend, strict=True):
        total = totals[
            (4 if recency * n < recency_sum else 0)
            | (2 if visits * n > visits_sum else 0)
            | (1 if spend * n > spend_sum else 0)
        ]
        total[0] += 1
        total[1] += spend
        total[2] += visits
    return {
        rfm_segment(bool(code & 4), bool(code & 2), bool(code & 1)): total
        for code, total in enumerate(totals)
    }


__all__ = [
    "LAPSED_CUSTOMERS",
    "TOP_CUSTOMERS",
    "CustomerPart",
    "count_segments",
    "customer_ranges",
    "read_customers",
]
