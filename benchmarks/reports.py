"""Benchmark: the business report of a large store, end to end, beside raw SQL.

    python benchmarks/reports.py STORE_DIR --from 2025-11-23 --to 2026-11-23 [--runs 3]
        [--user boss] [--password PW | STORECRM_PASSWORD] [--out DIR] [--workers N]

Each run computes the report (``services.reports.build_report``: every section, one snapshot),
writes the PDF and the Excel workbook (``export_report``, audited as in the program), and times
each step. Prints the median of the runs, the CPU time, the peak resident memory of the process,
and, for comparison in the same run, the raw SQL time of the report's main aggregate — the
period's revenue by day and kind in one statement on a plain SQLCipher connection — and of a
bare scan of the sales table. ``--workers 1`` reads on one connection (a one-processor PC).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, KiB else


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("--from", dest="date_from", required=True)
    parser.add_argument("--to", dest="date_to", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--user", default=None)
    parser.add_argument("--password", default=os.environ.get("STORECRM_PASSWORD", ""))
    parser.add_argument("--out", type=Path, default=None, help="keep the files here")
    parser.add_argument("--workers", type=int, default=None, help="connections reading at once")
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication

    from storecrm.data.engine import connect_raw
    from storecrm.gui.report_printing import report_labels
    from storecrm.services import reports, session

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # noqa: F841
    if args.workers is not None:
        reports.WORKERS = max(1, args.workers)
    start, end = date.fromisoformat(args.date_from), date.fromisoformat(args.date_to)
    out = args.out or Path(os.environ.get("TMPDIR", "/tmp")) / "storecrm-report-bench"
    out.mkdir(parents=True, exist_ok=True)
    labels = report_labels()

    ctx = session.sign_in(args.store, args.user, args.password)
    timings: dict[str, list[float]] = {"compute": [], "cpu": [], "pdf": [], "xlsx": [], "total": []}
    try:
        for run in range(1, args.runs + 1):
            began, cpu = time.perf_counter(), time.process_time()
            report = ctx.call(reports.build_report, reports.ReportRequest(start, end))
            computed = time.perf_counter()
            timings["cpu"].append(time.process_time() - cpu)
            pdf = ctx.call(reports.export_report, report, out / "report.pdf", "pdf", labels)
            printed = time.perf_counter()
            xlsx = ctx.call(reports.export_report, report, out / "report.xlsx", "xlsx", labels)
            done = time.perf_counter()
            timings["compute"].append(computed - began)
            timings["pdf"].append(printed - computed)
            timings["xlsx"].append(done - printed)
            timings["total"].append(done - began)
            print(
                f"run {run}: compute {computed - began:.2f} s, pdf {printed - computed:.2f} s, "
                f"xlsx {done - printed:.2f} s, total {done - began:.2f} s"
            )
        # The report's own peak, before the raw SQL below (its GROUP BY of every sale of the
        # period sorts in this process too: on the 1M store it alone took the peak to 766 MB).
        report_peak = _peak_rss_mb()
        key = ctx._store.db_key  # noqa: SLF001 - the benchmark's raw connection
        db = ctx._store.paths.db  # noqa: SLF001
    finally:
        ctx.close()

    # The same store on a plain connection: the main aggregate in one statement.
    raw = connect_raw(db, key, read_only=True)
    lo = datetime.combine(start, datetime.min.time()).isoformat(" ") + ".000000"
    hi = datetime.combine(end + timedelta(days=1), datetime.min.time()).isoformat(" ") + ".000000"
    by_day = (
        "SELECT substr(s.at, 1, 10), s.kind, o.kind, count(*), sum(s.total_fen) "
        "FROM sales s LEFT JOIN sales o ON o.id = s.refund_of_id "
        "WHERE s.at >= ? AND s.at < ? GROUP BY 1, 2, 3"
    )
    scan = "SELECT count(*), sum(total_fen) FROM sales WHERE at >= ? AND at < ?"
    raw_times: dict[str, list[float]] = {"by_day": [], "scan": []}
    for _ in range(args.runs):
        for name, sql in (("by_day", by_day), ("scan", scan)):
            t = time.perf_counter()
            raw.execute(sql, (lo, hi)).fetchall()
            raw_times[name].append(time.perf_counter() - t)
    raw.close()

    def median(values: list[float]) -> str:
        return f"{statistics.median(values):.2f} s"

    print()
    print(f"period {start} to {end}, {args.runs} runs, {reports.WORKERS} reading connections")
    print(f"  compute report  median {median(timings['compute'])} (CPU {median(timings['cpu'])})")
    print(f"  write PDF       median {median(timings['pdf'])} ({pdf.stat().st_size:,} bytes)")
    print(f"  write xlsx      median {median(timings['xlsx'])} ({xlsx.stat().st_size:,} bytes)")
    print(f"  total           median {median(timings['total'])}")
    print(f"  peak memory     {report_peak:.0f} MB (resident, whole process, before the raw SQL)")
    print(f"  peak with raw   {_peak_rss_mb():.0f} MB (after the raw SQL below)")
    print(f"  raw SQL: revenue by day and kind, one statement   {median(raw_times['by_day'])}")
    print(f"  raw SQL: count and sum of the period's sales      {median(raw_times['scan'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
