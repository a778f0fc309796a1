"""Benchmark: recording one sale at the till on a large store, service vs raw SQL.

    python benchmarks/sales.py --store DIR --password PW [--sales 200]

Records ``--sales`` member sales through ``services.sales.record_sale`` (quote, checks, sale,
lines, payments, ledger entries, visit summary, tier check, commit with synchronous=FULL),
each for a random member paying part by stored value when they have some and the rest by
WeChat; then writes the same rows with hand-written SQL on a raw SQLCipher connection (one
transaction per sale, same pragmas) and prints p50/p95 of both. The sales are real: run it on a
copy of a benchmark store. ``storecrm check``'s ledger check follows (minutes on a big store;
``--no-check`` leaves it out, as ``run_all.py`` does).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--password", default=os.environ.get("STORECRM_PASSWORD", ""))
    parser.add_argument("--user", default=None)
    parser.add_argument("--sales", type=int, default=200)
    parser.add_argument("--no-check", action="store_true", help="skip the ledger check after")
    args = parser.parse_args()

    from storecrm.data.engine import connect_raw
    from storecrm.services import catalogue, membership, sales, session
    from storecrm.services.dto import LineDraft, PaymentDraft, SaleDraft

    ctx = session.sign_in(args.store, args.user, args.password)
    rng = random.Random(7)
    items = [i for i in ctx.call(catalogue.list_items) if i.points_cost is None]
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - benchmark picks members directly
        member_ids = [
            int(r[0])
            for r in uow.connection.exec_driver_sql(
                "SELECT id FROM customers WHERE archived_at IS NULL AND card_no IS NOT NULL"
            )
        ]
    service_ms: list[float] = []
    cpu_ms: list[float] = []  # this process's CPU: less noisy than wall time on a busy machine
    for _ in range(args.sales):
        cid = rng.choice(member_ids)
        lines = tuple(
            LineDraft("item", 1, item_id=i.item_id) for i in rng.sample(items, rng.randint(1, 3))
        )
        quote = ctx.call(sales.quote_sale, SaleDraft(cid, lines, ()))
        balance = quote.before.balance_fen if quote.before else 0
        sv = min(balance, quote.total_fen // 2)
        payments = (PaymentDraft("stored_value", sv),) if sv else ()
        payments += (PaymentDraft("wechat", quote.total_fen - sv),)
        draft = SaleDraft(cid, lines, payments, staff_id=ctx.actor.user_id)
        start, cpu = time.perf_counter(), time.process_time()
        ctx.call(sales.record_sale, draft)
        service_ms.append((time.perf_counter() - start) * 1000)
        cpu_ms.append((time.process_time() - cpu) * 1000)
    report = None if args.no_check else ctx.call(membership.check_ledgers)
    key = ctx._store.db_key  # noqa: SLF001
    folder = ctx.folder
    ctx.sign_out()

    raw = connect_raw(folder / "store.db", key)
    raw.isolation_level = None
    raw_ms: list[float] = []
    now = time.strftime("%Y-%m-%d %H:%M:%S.000000")
    run = time.strftime("%H%M%S")  # numbers of their own: a store may hold an earlier run's
    for n in range(args.sales):
        cid = rng.choice(member_ids)
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        cur = raw.execute(
            "INSERT INTO sales (no, kind, at, customer_id, staff_id, cashier_id, tier_name, "
            "list_fen, discount_fen, total_fen, points_earned, note) "
            "VALUES (?, 'sale', ?, ?, 1, 1, '', 17600, 0, 17600, 176, '')",
            (f"RAW-{run}-{n:06d}", now, cid),
        )
        sale_id = cur.lastrowid
        for line_no in (1, 2):
            raw.execute(
                "INSERT INTO sale_lines (sale_id, line_no, kind, item_id, description, qty, "
                "unit_fen, list_fen, discount_fen, amount_fen) "
                "VALUES (?, ?, 'item', 1, '洗剪吹', 1, 8800, 8800, 0, 8800)",
                (sale_id, line_no),
            )
        raw.execute(
            "INSERT INTO sale_payments (sale_id, method, amount_fen, points) "
            "VALUES (?, 'wechat', 17600, 0)",
            (sale_id,),
        )
        raw.execute(
            "INSERT INTO ledger_entries (customer_id, account, kind, delta, at, user_id, note, "
            "sale_id) VALUES (?, 'points', 'earn', 176, ?, 1, '', ?)",
            (cid, now, sale_id),
        )
        raw.execute(
            "UPDATE customers SET points = points + 176, visit_count = visit_count + 1, "
            "total_spend_fen = total_spend_fen + 17600, last_visit_at = ? WHERE id = ?",
            (now, cid),
        )
        raw.execute("COMMIT")
        raw_ms.append((time.perf_counter() - start) * 1000)
    raw.close()

    print(f"members: {len(member_ids)}; sales recorded: {args.sales} by each path")
    loadavg = Path("/proc/loadavg")
    if loadavg.exists():
        print("load average:", " ".join(loadavg.read_text().split()[:3]))
    print(f"{'':<28}{'p50':>8}{'p95':>8}{'max':>8}  (ms)")
    rows = (
        ("record_sale (service)", service_ms),
        ("raw SQL, same rows", raw_ms),
        ("record_sale, CPU only", cpu_ms),
    )
    for label, values in rows:
        print(
            f"{label:<28}{statistics.median(values):>8.2f}{percentile(values, 0.95):>8.2f}"
            f"{max(values):>8.2f}"
        )
    if report is None:
        return 0
    print(f"storecrm check after: {len(report.mismatches)} mismatch(es)")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
