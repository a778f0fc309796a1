"""Benchmark: the customer list's first page for every filter x sort column x direction.

    python benchmarks/customer_list_matrix.py --store DIR --password PW [--only vip,王]

Calls the list's service (services/customer_list.customer_page, no GUI) the way the list
model does: page after page until 60 customers are read or the list ends (a read that walked
its time out returns a short page and where to go on). Prints for each combination the wall
and CPU time until the page was full, how many reads it took, the longest single read (what
the window waits for at most) and when the first customers arrived; then the worst ten.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SORTS = ("name", "last_visit", "visits", "total_spend", "balance")
CATEGORIES = ("potential", "vip", "at_risk", "new", "regular", "occasional")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--user", default=None, help="sign in as (default: the owner)")
    parser.add_argument("--password", default=os.environ.get("STORECRM_PASSWORD", ""))
    parser.add_argument("--only", default="", help="filter names, comma-separated")
    args = parser.parse_args()

    from storecrm.services import customer_list, session
    from storecrm.services.customers import CustomerFilter, list_tags

    context = session.sign_in(args.store, args.user, args.password, read_only=True)
    tags = sorted(context.call(list_tags), key=lambda t: t.customers)
    filters: dict[str, CustomerFilter] = {"none": CustomerFilter()}
    filters |= {c: CustomerFilter(category=c) for c in CATEGORIES}
    if tags:
        filters["tag_rare"] = CustomerFilter(tag_id=tags[0].tag_id)
        filters["tag_common"] = CustomerFilter(tag_id=tags[-1].tag_id)
        filters["vip+tag_rare"] = CustomerFilter(category="vip", tag_id=tags[0].tag_id)
    filters["王"] = CustomerFilter(text="王")
    filters["138"] = CustomerFilter(text="138")
    filters["王+regular"] = CustomerFilter(text="王", category="regular")
    only = set(args.only.split(",")) if args.only else set(filters)
    results = []
    for name, flt in filters.items():
        if name not in only:
            continue
        for sort in SORTS:
            for descending in (False, True):
                started, cpu = time.perf_counter(), time.process_time()
                after, rows, reads, longest, first = None, 0, 0, 0.0, None
                while True:
                    read = time.perf_counter()
                    page = context.call(
                        customer_list.customer_page, flt, sort, descending, after, 60
                    )
                    longest = max(longest, time.perf_counter() - read)
                    reads += 1
                    rows += len(page.ids)
                    if first is None and page.ids:
                        first = time.perf_counter() - started
                    after = page.next_key
                    if after is None or rows >= 60:
                        break
                wall = time.perf_counter() - started
                used = time.process_time() - cpu
                results.append((longest, wall, name, sort, descending))
                print(
                    f"{name:12s} {sort:11s} {'desc' if descending else 'asc ':4s} "
                    f"page {wall * 1000:8.1f} ms (cpu {used * 1000:8.1f}) in {reads:3d} "
                    f"read(s), longest read {longest * 1000:6.1f} ms, first rows "
                    f"{(first or wall) * 1000:8.1f} ms",
                    flush=True,
                )
    print("load average:", Path("/proc/loadavg").read_text().strip())
    print("the longest single reads:")
    for longest, wall, name, sort, descending in sorted(results, reverse=True)[:10]:
        direction = "desc" if descending else "asc"
        print(
            f"  {name} by {sort} {direction}: {longest * 1000:.1f} ms (page {wall * 1000:.0f} ms)"
        )
    context.sign_out()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
