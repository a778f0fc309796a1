"""Benchmark: back up a store and verify the backup (median of --runs each).

    STORECRM_PASSWORD=… python benchmarks/backup.py STORE_DIR [--runs 3] [--to DIR]

Signs in read-only as the owner (no lock is taken and nothing is written to the store), writes
each backup into a temporary folder (or --to), and times:

- backup: copying store.db's bytes from a snapshot it holds while every page's HMAC is checked
  on the bytes copied and the counts and audit chain are read, writing the file with its
  checksums, reading it back (one SHA-256), rename (``services.backup.run_backup``);
- verify (no key): the whole-file checksum and structure (``storecrm verify FILE``);
- verify (key): the above in the same read plus the database's SHA-256, the header's MAC and
  page 1's HMAC under the password's key, in the file where it lies (a backup made before its
  checks were recorded is written out and opened instead, as a restore does).
"""

from __future__ import annotations

import argparse
import getpass
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storecrm.services import backup, session  # noqa: E402

LOAD = float("nan")
CPU: list[float] = []  # process CPU seconds of each timed call, in order


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    started, cpu = time.perf_counter(), time.process_time()
    fn()
    CPU.append(time.process_time() - cpu)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--to", type=Path, help="write the backups here (default: a temp folder)")
    parser.add_argument("--user", help="sign in as this user (default: the owner)")
    args = parser.parse_args()
    global LOAD
    LOAD = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    password = os.environ.get("STORECRM_PASSWORD") or getpass.getpass("Owner's password: ")
    ctx = session.sign_in(args.store, args.user, password, read_only=True)
    with tempfile.TemporaryDirectory(prefix="storecrm-bench-") as tmp:
        target = args.to or Path(tmp)
        target.mkdir(parents=True, exist_ok=True)
        try:
            made: list[backup.BackupResult] = []
            backup_times = [
                timed(lambda: made.append(ctx.call(backup.run_backup, target)))
                for _ in range(args.runs)
            ]
        finally:
            ctx.close()
        path = Path(made[-1].info.path)
        keyless = [timed(lambda: backup.verify_backup(path)) for _ in range(args.runs)]
        keyed = [
            timed(lambda: backup.verify_backup(path, password=password)) for _ in range(args.runs)
        ]
        info = made[-1].info
        db_size = (args.store / "store.db").stat().st_size
        print(f"store: {args.store}  ({db_size / 1e6:.1f} MB store.db)")
        print(
            f"  {info.customers} customers, {info.sales} sales, "
            f"{sum(info.counts.values())} rows in {len(info.counts)} tables"
        )
        print(f"backup file: {info.size_bytes / 1e6:.1f} MB")
        n = args.runs
        cpu = [statistics.median(CPU[i * n : (i + 1) * n]) for i in range(3)]
        print(
            f"backup (write + verify):   median {statistics.median(backup_times):6.2f} s"
            f"   (CPU {cpu[0]:.2f} s)"
        )
        print(
            f"verify without password:   median {statistics.median(keyless):6.2f} s"
            f"   (CPU {cpu[1]:.2f} s)"
        )
        print(
            f"verify with password:      median {statistics.median(keyed):6.2f} s"
            f"   (CPU {cpu[2]:.2f} s)"
        )
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"runs: {n}; {os.cpu_count()} CPUs; load average {LOAD:.2f} before, {load:.2f} after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
