"""Benchmark: customer look-up at the till on a large store, service vs raw SQL.

    python benchmarks/search.py --store DIR --password PW [--queries 200]
    python benchmarks/search.py --customers 100000          # builds a temporary demo store

For each kind of query a cashier types, prints p50/p95 latency of the search service
(``services.customers.search_customers``: classify, SQL, rows → dataclasses, one unit of work)
beside the same look-up as raw SQL on a raw SQLCipher connection in the same run (both ways
warmed over every query first, see below), the service's CPU time p95 (which a busy machine
disturbs far less than the wall time), plus the time to open the customer list (all ids sorted
by name + the first page of rows), and the load average before and after (the figures are only
comparable at a similar load).

The "pinyin" row's raw SQL is the grouped statement (every match grouped and sorted, then the
top 20: the search before issue 23 point 3); "pinyin, grouped" is the service made to use it
again in the same run, so the paged search (data/customer_search.py) can be compared with it.
Likewise "name, ranked" is the name-fragment search with the statement that ranked every
customer with the fragment's gram (the row's raw SQL), against data/name_search.py.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pypinyin import Style, lazy_pinyin


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) * 1000 / repeat


RAW = {
    "name fragment": (
        "SELECT s.customer_id FROM customer_search s JOIN customer_grams g "
        "ON g.customer_id = s.customer_id WHERE g.gram = ? AND s.archived = 0 "
        "AND instr(lower(s.name), ?) > 0 "
        "ORDER BY CASE WHEN s.name = ? THEN 0 WHEN s.name >= ? AND s.name < ? || char(1114111) "
        "THEN 1 ELSE 2 END, length(s.name), s.customer_id DESC LIMIT 20"
    ),
    "pinyin": (
        "SELECT k.customer_id FROM (SELECT customer_id, min(CASE WHEN key = ? THEN 0 ELSE 1 END)"
        " AS rank FROM customer_keys WHERE key >= ? AND key < ? || char(1114111) "
        "GROUP BY customer_id) k JOIN customer_search s ON s.customer_id = k.customer_id "
        "WHERE s.archived = 0 ORDER BY k.rank, length(s.name), k.customer_id DESC LIMIT 20"
    ),
    # The same page as the service's (which also looks the digits up as a card and a whole
    # phone, two index seeks): the last digits' matches, the latest visitor first.
    "phone tail": (
        "SELECT id FROM customers WHERE phone_rev >= ? AND phone_rev < ? || char(1114111) "
        "AND archived_at IS NULL "
        "ORDER BY last_visit_at IS NULL, last_visit_at DESC, id DESC LIMIT 20"
    ),
    "full phone": "SELECT id FROM customers WHERE phone = ? AND archived_at IS NULL LIMIT 20",
    "card": "SELECT id FROM customers WHERE card_no = ? AND archived_at IS NULL LIMIT 20",
}


# The searches read in the shown order and stopped once the page is full, and the bound that
# makes the service use the statement ranking every match again (the search before).
_SINGLE_STATEMENT = {
    "pinyin": ("LETTERS_PAGED_UP_TO", "pinyin, grouped"),
    "name fragment": ("NAMES_PAGED_UP_TO", "name, ranked"),
}


def raw_args(kind: str, q: str) -> tuple[str, ...]:
    if kind == "name fragment":
        return (q[:2], q, q, q, q)
    if kind == "pinyin":
        return (q, q, q)
    if kind == "phone tail":
        return (q[::-1], q[::-1])
    return (q,)


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:  # not Linux
        return "?"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path)
    parser.add_argument("--password", default=os.environ.get("STORECRM_PASSWORD", "bench-pass-1"))
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()

    if args.store is None:
        work = Path(tempfile.mkdtemp(prefix="storecrm-search-"))
        args.store = work / "store"
        env = dict(os.environ, STORECRM_PASSWORD=args.password, STORECRM_HOME=str(work / "home"))
        for cmd in (
            ["init", "--store", str(args.store), "--name", "基准门店", "--owner", "boss"],
            ["demo-data", "--store", str(args.store), "--customers", str(args.customers)],
        ):
            subprocess.run([sys.executable, "-m", "storecrm", *cmd], env=env, check=True)

    from storecrm.data import customer_repository as repository
    from storecrm.data.engine import connect_raw
    from storecrm.services import customers as svc
    from storecrm.services import session
    from storecrm.services.customers import CustomerFilter

    print(f"load average before: {_load()}")
    ctx = session.sign_in(args.store, None, args.password, read_only=True)
    rng = random.Random(7)
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - benchmark picks real customers
        sample = uow.connection.exec_driver_sql(
            "SELECT name, phone, card_no FROM customers WHERE archived_at IS NULL"
        ).all()
        total = len(sample)
    picks = [sample[rng.randrange(total)] for _ in range(args.queries)]
    queries: dict[str, list[str]] = {
        "name fragment": [str(n)[1:] or str(n) for n, _, _ in picks],  # given name, no surname
        "pinyin": ["".join(lazy_pinyin(str(n), style=Style.FIRST_LETTER)) for n, _, _ in picks],
        "phone tail": [str(p)[-4:] for _, p, _ in picks if p],
        "full phone": [str(p) for _, p, _ in picks if p],
        "card": [str(c) for _, _, c in picks if c],
    }
    raw = connect_raw(args.store / "store.db", ctx._store.db_key, read_only=True)  # noqa: SLF001
    print(f"store: {args.store}  customers: {total}  queries per kind: {args.queries}")
    print(
        f"{'query kind':<15}{'service p50':>12}{'p95':>8}{'raw SQL p50':>13}{'p95':>8}"
        f"{'CPU p95':>10}  (ms)"
    )
    worst = 0.0
    for kind, texts in queries.items():
        # Both ways read every query once before either is timed: the pages each reads are in
        # the OS cache and in its connection's own cache, as a running program has them. (Only
        # the service went over the first 10 before, so on a store larger than what the OS
        # kept in memory the service read each customer's index pages from disk and the raw SQL
        # read them right after from memory: at 1M customers with the store file out of the OS
        # cache, a raw full-phone look-up read 1.1 pages a call from disk when it went first,
        # p95 0.37 ms, and none after the service, p95 0.10 ms.)
        for q in texts:
            ctx.call(svc.search_customers, q)
            raw.execute(RAW[kind], raw_args(kind, q)).fetchall()
        service: list[float] = []
        cpu: list[float] = []
        for q in texts:
            cpu_start = time.process_time()
            service.append(timed(lambda q=q: ctx.call(svc.search_customers, q)))
            cpu.append((time.process_time() - cpu_start) * 1000)
        sql = [
            timed(lambda q=q, k=kind: raw.execute(RAW[k], raw_args(k, q)).fetchall()) for q in texts
        ]
        worst = max(worst, percentile(service, 0.95))
        print(
            f"{kind:<15}{statistics.median(service):>12.2f}{percentile(service, 0.95):>8.2f}"
            f"{statistics.median(sql):>13.2f}{percentile(sql, 0.95):>8.2f}"
            f"{percentile(cpu, 0.95):>10.2f}"
        )
        bound, label = _SINGLE_STATEMENT.get(kind, ("", ""))
        if hasattr(repository, bound):
            paged_up_to = getattr(repository, bound)
            setattr(repository, bound, 0)  # the one statement ranking every match, as before
            try:
                grouped = [timed(lambda q=q: ctx.call(svc.search_customers, q)) for q in texts]
            finally:
                setattr(repository, bound, paged_up_to)
            print(
                f"{label:<15}{statistics.median(grouped):>12.2f}{percentile(grouped, 0.95):>8.2f}"
            )
    opens = []
    for _ in range(5):
        start = time.perf_counter()
        ids = ctx.call(svc.list_customer_ids, CustomerFilter(), "name", False)
        ctx.call(svc.customer_rows, ids[:200])
        opens.append((time.perf_counter() - start) * 1000)
    print(
        f"open the list (all {len(ids)} ids by name + first 200 rows): "
        f"median {statistics.median(opens):.0f} ms"
    )
    raw.close()
    ctx.close()
    print(f"worst p95: {worst:.2f} ms ({'OK' if worst < 16 else 'over'} the 16 ms goal)")
    print(f"load average after: {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
