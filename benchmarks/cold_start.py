"""Benchmark: a cold start, from a new process to the customer list painted, and its memory.

    python benchmarks/cold_start.py --store DIR [--user U] [--password PW] [--runs 3]

Each run starts a fresh Python process (offscreen) that imports the program, signs in (the key
slot's scrypt included; the sign-in dialog itself is left out), builds the main window, shows it
and paints the customer list with its first rows. The time is counted from just before the
process is started; the peak resident memory is the child's. Prints the median of the runs.
The password comes from --password or STORECRM_PASSWORD (the child gets it by environment).

--bytecode says what compiled bytecode (.pyc) the started process finds, for every module (the
program's and the libraries'), in a private PYTHONPYCACHEPREFIX folder: "cached" (written by
one start before the measured ones: an installed program's usual start), "none" (an empty
folder and PYTHONDONTWRITEBYTECODE: everything compiled from source, the first start after an
install that ships no .pyc), or "as-is" (the environment's own: with PYTHONDONTWRITEBYTECODE
set and no __pycache__ in the checkout, the program is compiled on every run while the
libraries use the .pyc written when they were installed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_CHILD = "--child"


def child(store: Path, user: str | None) -> int:
    """Runs in the measured process: everything a start does up to the list painted."""
    import resource

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from PySide6.QtWidgets import QApplication

    from storecrm.gui.app import create_application
    from storecrm.gui.main_window import MainWindow
    from storecrm.gui.preferences import Preferences
    from storecrm.services import session

    app = create_application("zh_CN")
    context = session.sign_in(store, user, os.environ["STORECRM_PASSWORD"])
    window = MainWindow(context, Preferences())
    window.resize(1200, 760)
    window.show()
    screen = window.screens["customers"]
    deadline = time.monotonic() + 60
    while screen.model.rowCount() == 0 and time.monotonic() < deadline:  # type: ignore[attr-defined]
        app.processEvents()
    QApplication.processEvents()
    screen.table.viewport().repaint()  # type: ignore[attr-defined]
    painted = time.time()
    rows = screen.model.rowCount()  # type: ignore[attr-defined]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    cpu = time.process_time()
    print(f"painted {painted:.6f} rows {rows} peak_mb {peak_mb:.1f} cpu {cpu:.3f}", flush=True)
    context.close()  # first: closing the window must not make a backup of the big store
    os._exit(0)  # the figure is taken; tearing Qt down is not part of a start


def one_run(store: Path, user: str | None, env: dict[str, str]) -> tuple[float, float, int, float]:
    """(seconds to the list painted, peak MB, rows in the list, CPU seconds of the process
    to then) of one fresh process."""
    args = [sys.executable, str(Path(__file__).resolve()), _CHILD, "--store", str(store)]
    if user:
        args += ["--user", user]
    started = time.time()
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    for line in done.stdout.splitlines():
        parts = line.split()
        if parts[:1] == ["painted"]:
            return float(parts[1]) - started, float(parts[5]), int(parts[3]), float(parts[7])
    raise RuntimeError(f"the start did not paint the list: {done.stderr.strip()[-500:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(_CHILD, action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--user", default=None, help="sign in as (default: the owner)")
    parser.add_argument("--password", default=os.environ.get("STORECRM_PASSWORD", ""))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--bytecode",
        choices=("cached", "none", "as-is"),
        default="cached",
        help="the .pyc the started process finds (default: cached, see above)",
    )
    args = parser.parse_args()
    if args.child:
        return child(args.store, args.user)
    env = dict(os.environ, STORECRM_PASSWORD=args.password, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="cold-start-pyc-") as pyc:
        if args.bytecode != "as-is":
            env["PYTHONPYCACHEPREFIX"] = pyc
        if args.bytecode == "cached":
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            one_run(args.store, args.user, env)  # writes the .pyc of everything a start loads
        elif args.bytecode == "none":
            env["PYTHONDONTWRITEBYTECODE"] = "1"  # the folder stays empty
        runs = [one_run(args.store, args.user, env) for _ in range(args.runs)]
    print(f"bytecode: {args.bytecode}")
    print(f"customers in the list: {runs[-1][2]:,}")
    print(f"cold start to the list painted: median {statistics.median(r[0] for r in runs):.2f} s")
    print(f"peak memory: {max(r[1] for r in runs):.0f} MB (resident, the started process)")
    print(
        f"CPU of the started process to the list painted: median "
        f"{statistics.median(r[3] for r in runs):.2f} s"
    )
    print(f"runs: {args.runs}; load average {os.getloadavg()[0]:.2f} after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
