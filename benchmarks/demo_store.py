"""Benchmark: build a demo store of N customers through the real CLI, then prove it is encrypted.

    python benchmarks/demo_store.py --customers 100000 --seed 1 [--keep DIR]

Prints the wall time of ``storecrm demo-data`` (median of --runs fresh stores), the row counts
``storecrm info --json`` reports, and the result of scanning every raw file of the store for the
customers' phone numbers and of opening it with Python's own sqlite3.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "bench-pass-1"


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "storecrm", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )


def build(folder: Path, customers: int, seed: int, env: dict[str, str]) -> float:
    cli("init", "--store", str(folder), "--name", "基准门店", "--owner", "boss", env=env)
    started = time.perf_counter()
    cli(
        "demo-data",
        "--store",
        str(folder),
        "--customers",
        str(customers),
        "--seed",
        str(seed),
        env=env,
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="build the (last) store here and keep it")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="storecrm-bench-"))
    env = dict(
        os.environ, STORECRM_PASSWORD=PASSWORD, STORECRM_HOME=str(work / "home"), STORECRM_LANG="en"
    )
    times = []
    folder = work / "store"
    for run in range(args.runs):
        folder = args.keep if (args.keep and run == args.runs - 1) else work / f"store{run}"
        times.append(build(folder, args.customers, args.seed, env))
    info = json.loads(cli("info", "--store", str(folder), "--json", env=env).stdout)

    # What the generator produced: the same seed gives the same phones.
    from datetime import date

    from storecrm.domain import demo_people

    phones = {
        p.phone.encode()
        for p in demo_people.generate(args.customers, args.seed, today=date.today())
    }
    found = 0
    scanned = 0
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            scanned += len(data)
            found += sum(1 for m in re.finditer(rb"1[3-9]\d{9}", data) if m.group() in phones)
    try:
        sqlite3.connect(folder / "store.db").execute("SELECT * FROM sqlite_master").fetchall()
        plain_sqlite = "READABLE (bad)"
    except sqlite3.DatabaseError as exc:
        plain_sqlite = f"refused: {exc}"

    print(
        f"demo-data --customers {args.customers}: median {statistics.median(times):.1f} s "
        f"over {len(times)} run(s) {[f'{t:.1f}' for t in times]}"
    )
    print(f"info: customers={info['counts']['customers']} revision={info['schema_revision']}")
    print(
        f"raw files scanned: {scanned / 1e6:.1f} MB, customers' phones found in plain text: {found}"
    )
    print(f"python sqlite3 on store.db: {plain_sqlite}")
    return 0 if found == 0 and info["counts"]["customers"] == args.customers else 1


if __name__ == "__main__":
    sys.exit(main())
