"""Every measure of issue 23 on one store, as one table: the goal, the median, raw SQL, the load.

    STORECRM_PASSWORD=… python benchmarks/run_all.py --store DIR [--runs 3] [--user U]
        [--only backup,report,sale,start,search,list]

Each measure is a small adapter around a benchmark script of its own (``backup.py``,
``reports.py``, ``sales.py``, ``cold_start.py``, ``search.py``, ``customers_screen.py``): the
script runs in a fresh process once per run (``--runs 1``), so what it measures and how stays
in that script, and its figures are read from what it prints. A figure a script did not print
(its output changed, or it failed) is shown as "—" with the reason under the table, and the
exit code is 1. The table shows the median of the runs, the raw SQL figure of the same runs
where the script has one, the goal — the 100k goals, or the 1M goals for a store of more than
300,000 customers — and the load average before and after.

The sale is recorded on a copy of the store in a temporary folder (the benchmark writes real
sales); ``--sale-in-place`` writes them into the store itself (a store kept for benchmarks).
Nothing else writes to the store, apart from the audit entries of signing in and of the report
and backup the scripts make.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIG = 300_000  # customers above which the 1M goals apply

Figures = dict[str, tuple[float, float | None]]  # row → (value, raw SQL value)


@dataclass(frozen=True)
class Row:
    """A line of the table: its goal at each scale, ``None`` where the issue sets none."""

    key: str
    label: str
    unit: str  # "s", "ms" or "MB"
    goal_100k: float | None
    goal_1m: float | None
    note: str = ""  # what else the goal says
    raw_factor: tuple[float, float] | None = None  # also ≤ a × raw + b (the search)


@dataclass
class Measure:
    name: str
    rows: tuple[Row, ...]
    run: Callable[[Context], Figures]


@dataclass
class Context:
    store: Path
    env: dict[str, str]
    user: str | None
    work: Path
    sale_store: Path | None = None
    problems: list[str] = field(default_factory=list)


def _script(ctx: Context, name: str, *args: str, timeout: float = 3600) -> str:
    """Run ``benchmarks/NAME`` once; what it printed."""
    done = subprocess.run(
        [sys.executable, str(HERE / name), *args],
        env=ctx.env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        tail = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:]
        raise RuntimeError(f"{name} exited {done.returncode}: {' '.join(tail)[:300]}")
    return done.stdout


def _number(text: str, pattern: str) -> float:
    found = re.search(pattern, text, re.MULTILINE)
    if found is None:
        raise LookupError(pattern)
    return float(found.group(1).replace(",", ""))


def _user(ctx: Context) -> list[str]:
    return ["--user", ctx.user] if ctx.user else []


# -- the adapters ------------------------------------------------------------------------------
def backup(ctx: Context) -> Figures:
    out = _script(ctx, "backup.py", str(ctx.store), "--runs", "1", *_user(ctx))
    made = _number(out, r"^backup \(write \+ verify\):\s+median\s+([\d.]+) s")
    keyless = _number(out, r"^verify without password:\s+median\s+([\d.]+) s")
    keyed = _number(out, r"^verify with password:\s+median\s+([\d.]+) s")
    return {"backup": (made + keyless, None), "backup_keyed": (made + keyed, None)}


def report(ctx: Context) -> Figures:
    today = date.today()
    period = ["--from", str(today - timedelta(days=364)), "--to", str(today)]
    out = _script(ctx, "reports.py", str(ctx.store), *period, "--runs", "1", *_user(ctx))
    raw = _number(out, r"raw SQL: revenue by day and kind, one statement\s+([\d.]+) s")
    return {
        "report": (_number(out, r"^\s*total\s+median ([\d.]+) s"), raw),
        "report_rss": (_number(out, r"^\s*peak memory\s+([\d.]+) MB"), None),
    }


def sale(ctx: Context) -> Figures:
    if ctx.sale_store is None:  # one copy for all the runs
        ctx.sale_store = ctx.work / "sale-copy"
        shutil.copytree(ctx.store, ctx.sale_store, ignore=shutil.ignore_patterns("store.lock*"))
    args = ["--store", str(ctx.sale_store), "--no-check", *_user(ctx)]
    out = _script(ctx, "sales.py", *args)
    service = re.search(r"^record_sale \(service\)\s+([\d.]+)\s+([\d.]+)", out, re.MULTILINE)
    raw = re.search(r"^raw SQL, same rows\s+([\d.]+)\s+([\d.]+)", out, re.MULTILINE)
    if service is None or raw is None:
        raise LookupError("record_sale / raw SQL p95")
    return {"sale": (float(service.group(2)), float(raw.group(2)))}


def start(ctx: Context) -> Figures:
    out = _script(ctx, "cold_start.py", "--store", str(ctx.store), "--runs", "1", *_user(ctx))
    return {
        "start": (_number(out, r"cold start to the list painted: median ([\d.]+) s"), None),
        "start_rss": (_number(out, r"^peak memory: ([\d.]+) MB"), None),
    }


SEARCH_KINDS = ("name fragment", "pinyin", "phone tail", "full phone", "card")


def search(ctx: Context) -> Figures:
    out = _script(ctx, "search.py", "--store", str(ctx.store))
    figures: Figures = {}
    for kind in SEARCH_KINDS:
        found = re.search(
            rf"^{re.escape(kind)}\s+[\d.]+\s+([\d.]+)\s+[\d.]+\s+([\d.]+)", out, re.MULTILINE
        )
        if found is not None:
            figures[f"search:{kind}"] = (float(found.group(1)), float(found.group(2)))
    return figures


LIST_FILTERS = ("138", "王")


def customer_list(ctx: Context) -> Figures:
    out = _script(ctx, "customers_screen.py", "--store", str(ctx.store), "--runs", "1", *_user(ctx))
    figures: Figures = {
        "list_open": (_number(out, r"^open the main window with the list painted: (\d+) ms"), None),
        "list_sort": (_number(out, r"^sort by total spend: (\d+) ms"), None),
    }
    for typed in LIST_FILTERS:
        figures[f"list_filter:{typed}"] = (
            _number(out, rf"^filter {re.escape(repr(typed))}: (\d+) ms"),
            None,
        )
    return figures


SEARCH_NOTE = "and ≤ 3× raw + 0.5 ms"
MEASURES = (
    Measure(
        "backup",
        (
            Row("backup", "backup + verify", "s", 10, None),
            Row("backup_keyed", "backup + verify with password", "s", None, 90),
        ),
        backup,
    ),
    Measure(
        "report",
        (
            Row("report", "year report: compute + PDF + xlsx", "s", 5, 30),
            Row("report_rss", "year report: peak memory", "MB", 400, 800),
        ),
        report,
    ),
    Measure(
        "sale",
        (Row("sale", "record one sale, p95", "ms", 10, 10, "< 20 ms at load ≥ 6"),),
        sale,
    ),
    Measure(
        "start",
        (
            Row("start", "cold start to the painted list", "s", 1.5, None),
            Row("start_rss", "cold start: peak memory", "MB", 250, None),
        ),
        start,
    ),
    Measure(
        "search",
        tuple(
            Row(f"search:{k}", f"search p95: {k}", "ms", 16, 16, SEARCH_NOTE, (3, 0.5))
            for k in SEARCH_KINDS
        ),
        search,
    ),
    Measure(
        "list",
        (
            Row("list_open", "customer list: open (window painted)", "ms", 1500, 1500),
            Row("list_sort", "customer list: sort by spend", "ms", 200, 200),
            *(
                Row(f"list_filter:{t}", f"customer list: filter “{t}”", "ms", 200, 200)
                for t in LIST_FILTERS
            ),
        ),
        customer_list,
    ),
)


# -- the table ---------------------------------------------------------------------------------
def customers_of(ctx: Context) -> int:
    """The store's customers, as ``storecrm info`` counts them."""
    args = [sys.executable, "-m", "storecrm", "info", "--store", str(ctx.store), "--json"]
    done = subprocess.run(
        [*args, *_user(ctx)], env=ctx.env, capture_output=True, text=True, check=True
    )
    info = json.loads(done.stdout)
    counts = info.get("counts") or info.get("rows") or {}
    return int(counts.get("customers", 0))


def _shown(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s" or (unit == "ms" and value < 10):
        return f"{value:.2f} {unit}"
    return f"{value:,.1f} {unit}" if unit == "ms" and value < 100 else f"{value:,.0f} {unit}"


def _goal(value: float, unit: str) -> str:
    return f"< {value:,g} {unit}"


def verdict(
    row: Row, goal: float | None, value: float | None, raw: float | None, load: float
) -> str:
    if value is None:
        return "no figure"
    if goal is None:
        return "—"
    if row.key == "sale" and load >= 6:
        goal = 20
    within = value < goal
    if row.raw_factor is not None and raw is not None:
        within = within and value <= row.raw_factor[0] * raw + row.raw_factor[1]
    return "ok" if within else "MISS"


def table(
    results: dict[str, list[tuple[float, float | None]]],
    big: bool,
    load_before: float,
    measures: Sequence[Measure],
) -> list[str]:
    header = ("measure", "goal", "median", "raw SQL", "")
    lines = [header]
    for measure in measures:
        for row in measure.rows:
            goal = row.goal_1m if big else row.goal_100k
            got = results.get(row.key, [])
            value = statistics.median(v for v, _ in got) if got else None
            raws = [r for _, r in got if r is not None]
            raw = statistics.median(raws) if raws else None
            goal_text = "—" if goal is None else _goal(goal, row.unit)
            if row.note and goal is not None:
                goal_text += f" ({row.note})"
            lines.append(
                (
                    row.label,
                    goal_text,
                    _shown(value, row.unit),
                    _shown(raw, row.unit if row.unit != "MB" else "s"),
                    verdict(row, goal, value, raw, load_before),
                )
            )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        out.append("| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--user", default=None, help="sign in as (default: the owner)")
    parser.add_argument("--password", default=None, help="else STORECRM_PASSWORD")
    parser.add_argument("--only", default="", help="measures, comma-separated: " + ", ".join(
        m.name for m in MEASURES))  # fmt: skip
    parser.add_argument("--sale-in-place", action="store_true")
    args = parser.parse_args(argv)
    password = args.password or os.environ.get("STORECRM_PASSWORD")
    if not password:
        parser.error("give the password with --password or STORECRM_PASSWORD")
    wanted = {x.strip() for x in args.only.split(",") if x.strip()}
    unknown = wanted - {m.name for m in MEASURES}
    if unknown:
        parser.error(f"unknown measure(s): {', '.join(sorted(unknown))}")
    measures = [m for m in MEASURES if not wanted or m.name in wanted]
    env = dict(os.environ, STORECRM_PASSWORD=password, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(
        [str(HERE.parent), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    with tempfile.TemporaryDirectory(prefix="storecrm-run-all-") as work:
        ctx = Context(args.store.resolve(), env, args.user, Path(work))
        if args.sale_in_place:
            ctx.sale_store = ctx.store
        customers = customers_of(ctx)
        big = customers > BIG
        load_before = os.getloadavg()
        results: dict[str, list[tuple[float, float | None]]] = {}
        for run in range(1, max(1, args.runs) + 1):
            for measure in measures:
                try:
                    figures = measure.run(ctx)
                except (RuntimeError, LookupError, subprocess.SubprocessError, OSError) as exc:
                    ctx.problems.append(f"run {run}, {measure.name}: {exc}")
                    continue
                for key, figure in figures.items():
                    results.setdefault(key, []).append(figure)
                missing = [r.label for r in measure.rows if r.key not in figures]
                if missing:
                    ctx.problems.append(f"run {run}, {measure.name}: no figure for {missing}")
            print(f"run {run} of {args.runs} done", file=sys.stderr, flush=True)
        load_after = os.getloadavg()
    scale = "1M goals" if big else "100k goals"
    print(f"store: {args.store}  customers: {customers:,}  ({scale}); median of {args.runs} run(s)")
    print("\n".join(table(results, big, load_before[0], measures)))
    print(
        "load average before: {:.2f} {:.2f} {:.2f}; after: {:.2f} {:.2f} {:.2f}; {} CPUs".format(
            *load_before, *load_after, os.cpu_count()
        )
    )
    for problem in ctx.problems:
        print(f"problem: {problem}")
    return 1 if ctx.problems else 0


if __name__ == "__main__":
    sys.exit(main())
