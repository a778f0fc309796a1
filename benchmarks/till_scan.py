"""Benchmark: a member card scanned at the till, to the member shown (offscreen, the real dialog).

    python benchmarks/till_scan.py --store DIR --user boss --password PW [--scans 200]

A card reader types the card number and Enter into the till's member box. For --scans cards
of random members this drives the real ``SaleDialog`` as the reader would (the digits as key
presses, then Enter) and times until the member is on the screen, painted: their name, tier,
balances and cards, the usual items, the sale priced again for them. Printed as p50/p95:

- from Enter to the member on the screen, the parts that changed painted (what the cashier
  waits for: Qt paints what was updated, as at the counter);
- the same with the whole window painted again on top (an upper bound);
- from the first digit to the member on the screen (the reader's own typing included);
- the card look-up alone in raw SQL on a raw SQLCipher connection, in the same run;
- the CPU time this process spent from Enter to the member shown (``time.process_time``):
  what the scan costs the machine, much less moved by other programs' load than the wall
  clock figures (on a shared machine the wall clock also counts the time waiting for a core).

The machine's load average is printed beside them: the figures are noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def load_average() -> str:
    try:
        return Path("/proc/loadavg").read_text().split(" ", 3)[:3].__str__()
    except OSError:
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--user", default="boss")
    parser.add_argument("--password", default=os.environ.get("STORECRM_PASSWORD", ""))
    parser.add_argument("--scans", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from storecrm.data.engine import connect_raw
    from storecrm.gui.app import create_application
    from storecrm.gui.screens.till import SaleDialog
    from storecrm.services import session

    app = create_application("zh_CN")
    started = time.perf_counter()
    ctx = session.sign_in(args.store, args.user, args.password)
    opened = time.perf_counter() - started
    print(f"signed in (and upgraded, if the store was older) in {opened:.1f} s")
    raw = connect_raw(args.store / "store.db", ctx._store.db_key, read_only=True)  # noqa: SLF001
    cards = [
        (str(card), str(name))
        for card, name in raw.execute(
            "SELECT card_no, name FROM customers WHERE card_no IS NOT NULL AND archived_at IS NULL"
        )
    ]
    members = raw.execute("SELECT count(*) FROM customers").fetchone()[0]
    rng = random.Random(args.seed)
    chosen = rng.sample(cards, min(args.scans, len(cards)))
    print(f"customers: {members:,}; with a card number: {len(cards):,}; scans: {len(chosen)}")

    dialog = SaleDialog(ctx, compact=False)
    dialog.resize(1366, 728)
    dialog.show()
    QApplication.processEvents()
    box = dialog.member_search
    # Warm up: the first look-ups read the store's pages into the cache.
    for card, _name in chosen[:5]:
        QTest.keyClicks(box, card)
        QTest.keyClick(box, Qt.Key.Key_Return)
        dialog.toggle_walk_in()
        QApplication.processEvents()
    enter_ms: list[float] = []
    whole_ms: list[float] = []
    typed_ms: list[float] = []
    raw_ms: list[float] = []
    cpu_ms: list[float] = []
    for card, name in chosen:
        box.setFocus()
        first = time.perf_counter()
        QTest.keyClicks(box, card)  # the reader's digits
        enter = time.perf_counter()
        cpu = time.process_time()
        QTest.keyClick(box, Qt.Key.Key_Return)
        QApplication.processEvents()  # the updated parts are painted
        done = time.perf_counter()
        cpu_ms.append((time.process_time() - cpu) * 1000)
        dialog.repaint()  # and the whole window again, for the upper bound
        whole = time.perf_counter()
        if dialog.member is None or dialog.member.name != name:
            print(f"card {card}: found {dialog.member and dialog.member.name!r}, not {name!r}")
            return 1
        enter_ms.append((done - enter) * 1000)
        whole_ms.append((whole - enter) * 1000)
        typed_ms.append((done - first) * 1000)
        t0 = time.perf_counter()
        raw.execute(
            "SELECT id FROM customers WHERE card_no = ? AND archived_at IS NULL LIMIT 20", (card,)
        ).fetchall()
        raw_ms.append((time.perf_counter() - t0) * 1000)
        dialog.toggle_walk_in()  # the next customer
        QApplication.processEvents()

    def line(label: str, values: list[float]) -> str:
        return (
            f"{label}: p50 {percentile(values, 0.5):.1f} ms, p95 {percentile(values, 0.95):.1f} ms,"
            f" max {max(values):.1f} ms"
        )

    print(line("card scanned, Enter → member shown (updated parts painted)", enter_ms))
    print(line("card scanned, Enter → member shown, whole window repainted", whole_ms))
    print(line("card scanned, first digit → member shown (painted)", typed_ms))
    print(line("raw SQL card look-up", raw_ms))
    print(line("CPU time of this process, Enter → member shown", cpu_ms))
    print(f"load average: {load_average()}")
    dialog.close()
    raw.close()
    ctx.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
