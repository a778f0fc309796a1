"""The RFM segments of the report, counted in the one pass over the customers' sales (with the
customers cut into several ranges, as on a big store), equal segments worked out from the raw
sales one customer at a time."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from storecrm.domain.reports import RfmScale, RfmSegment
from storecrm.services import demo, demo_sales, report_customers, reports
from storecrm.services.session import StoreContext


def _reference(
    owner: StoreContext, start: date, end: date
) -> tuple[RfmScale, dict[str, list[int]]]:
    """(scale, segment → [customers, spend, visits]) from the sales table, in Python."""
    with owner._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001 - the raw rows
        rows = uow.connection.exec_driver_sql(
            "SELECT s.customer_id, s.at, s.kind, s.total_fen, o.kind FROM sales s "
            "LEFT JOIN sales o ON o.id = s.refund_of_id WHERE s.customer_id IS NOT NULL"
        ).all()
    visits: dict[int, int] = defaultdict(int)
    spend: dict[int, int] = defaultdict(int)
    last: dict[int, date] = {}
    for customer, at, kind, total, original in rows:
        day = date.fromisoformat(str(at)[:10])
        if not start <= day <= end:
            continue
        if kind == "sale":
            visits[customer] += 1
            spend[customer] += total
            last[customer] = max(last.get(customer, day), day)
        elif kind == "refund" and original == "sale":
            spend[customer] += total
    values = {c: ((end - last[c]).days, visits[c], spend[c]) for c in last}
    scale = RfmScale.of(values.values())
    segments: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for recency, n, money in values.values():
        total = segments[scale.segment(recency, n, money).value]
        total[0] += 1
        total[1] += money
        total[2] += n
    return scale, dict(segments)


def test_segments_counted_in_one_pass_equal_the_raw_sales(
    owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner.call(demo.add_demo_customers, 240, 11)
    owner.call(demo_sales.add_demo_history, 3, 11)
    monkeypatch.setattr(report_customers, "RANGE_CUSTOMERS", 37)  # several ranges, merged
    end = date.today()
    report = owner.call(
        reports.build_report, reports.ReportRequest(date(end.year, end.month, 1), end)
    )
    rfm = report.rfm
    scale, expected = _reference(owner, rfm.window.start, rfm.window.end)
    assert rfm.scale == scale and scale.customers > 100
    got = {r.segment.value: [r.customers, r.spend_fen, r.visits] for r in rfm.rows if r.customers}
    assert got == expected
    assert len(got) >= 4  # a demo year spreads its customers over several segments
    assert {r.segment for r in rfm.rows} == set(RfmSegment)  # every segment has its row
