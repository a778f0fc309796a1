"""Benchmark: computing today's reminder list on a large store, service vs raw SQL.

    python benchmarks/reminders.py --store DIR --password PW [--date 2026-11-23] [--runs 7]

Times ``services.reminders.due_reminders`` (every kind the owner turned on: birthdays solar and
lunar, return visits by the customer's own rhythm and by item cycles, dormant, cards, low
stored value, anniversaries, follow-ups, overdue service records, minus what was acted on) and
prints the median and the slowest run with the count per kind. For comparison it times, in the
same run, the raw SQL of the two heaviest candidate queries on a raw SQLCipher connection.
Read-only: nothing is written to the store (except a migration, the first time).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--password", default=os.environ.get("STORECRM_PASSWORD", ""))
    parser.add_argument("--user", default=None)
    parser.add_argument("--date", type=date.fromisoformat, default=None)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--all-kinds", action="store_true", help="turn every kind on")
    args = parser.parse_args()

    from storecrm.data.engine import connect_raw
    from storecrm.services import reminders, session

    ctx = session.sign_in(args.store, args.user, args.password)
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - benchmark reads directly
        rules = reminders.load_rules(uow)
        if args.all_kinds:
            rules = replace(rules, anniversary=True)
        day = args.date or date.today()
        start = time.perf_counter()
        caught_up = uow.reminders.catch_up_item_last(reminders.ITEM_LAST_KEY)
        uow.commit()
        catch_up_ms = (time.perf_counter() - start) * 1000
        times: list[float] = []
        result = None
        for _ in range(args.runs):
            start = time.perf_counter()
            result = reminders.compute(uow, day, rules)
            times.append((time.perf_counter() - start) * 1000)
    assert result is not None
    key = ctx._store.db_key  # noqa: SLF001
    folder = ctx.folder
    ctx.sign_out()

    raw = connect_raw(folder / "store.db", key)
    lo = day - timedelta(days=rules.return_overdue_days)
    hi = day + timedelta(days=rules.return_days_ahead)
    raw_ms: list[float] = []
    for _ in range(args.runs):
        start = time.perf_counter()
        raw.execute(
            "SELECT id, name, phone, first_visit_at, last_visit_at, visit_count FROM customers "
            "WHERE archived_at IS NULL AND last_visit_at >= ? AND visit_count >= ? "
            "AND first_visit_at IS NOT NULL",
            ((day - timedelta(days=rules.dormant_days - 1)).isoformat(), rules.return_min_visits),
        ).fetchall()
        raw.execute(
            "SELECT s.customer_id, l.item_id, max(s.at) FROM sales s "
            "JOIN sale_lines l ON l.sale_id = s.id "
            "JOIN catalogue_items i ON i.id = l.item_id AND i.revisit_days IS NOT NULL "
            "WHERE s.kind = 'sale' AND s.customer_id IS NOT NULL "
            "AND s.at >= date(?, '-' || i.revisit_days || ' days') "
            "AND s.at < date(?, '-' || i.revisit_days || ' days', '+1 day') "
            "GROUP BY 1, 2",
            (lo.isoformat(), hi.isoformat()),
        ).fetchall()
        raw_ms.append((time.perf_counter() - start) * 1000)
    raw.close()

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"date {day}  runs {args.runs}  load average {load:.2f}")
    print(f"item_last brought up to date: {caught_up} sales read in {catch_up_ms:.0f} ms")
    print(f"reminders: {len(result.items)} due")
    for kind, count in result.counts().items():
        print(f"  {kind:<14} {count:>7}")
    print(
        f"due_reminders: median {statistics.median(times):.0f} ms, "
        f"min {min(times):.0f} ms, max {max(times):.0f} ms"
    )
    print(
        f"raw SQL (regulars + last purchases of cycle items, no rules applied): "
        f"median {statistics.median(raw_ms):.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
