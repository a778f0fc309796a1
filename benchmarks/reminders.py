"""Benchmark: computing today's reminder list on a large store, service vs raw SQL.

    python benchmarks/reminders.py --store DIR --password PW [--date 2026-11-23] [--runs 7]

Times ``services.reminders.compute``, what ``due_reminders`` runs: every kind the owner turned
on (birthdays solar and lunar, return visits by the customer's own rhythm and by item cycles,
dormant, cards, low stored value, anniversaries, follow-ups, overdue service records), minus
what was acted on. Prints the median, the fastest and the slowest run with the count per kind,
then the time to put them in display order (the screen's worker) and to make every line's
object (the command line, exports), and, for
comparison in the same run, the three biggest candidate queries in raw SQL.
With ``--screen`` it also opens the main window on the reminders screen (offscreen, zh_CN) and
times the whole round the owner waits for: from asking for the list to the lines painted
(worked out and built in the screen's worker, then shown), with the longest time the GUI
thread was busy meanwhile (what would look like a freeze); ``--shot PNG`` saves the view.
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
    parser.add_argument("--screen", action="store_true", help="time the today view too")
    parser.add_argument("--shot", type=Path, default=None, help="save the today view as PNG")
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
    with ctx._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001 - as the screen reads
        times: list[float] = []
        result = None
        for _ in range(args.runs):
            start = time.perf_counter()
            result = reminders.compute(uow, day, rules)
            times.append((time.perf_counter() - start) * 1000)
    assert result is not None
    order_ms: list[float] = []
    build_ms: list[float] = []
    for _ in range(3):
        fresh = reminders.ReminderList(result.today, result._entries)  # noqa: SLF001
        start = time.perf_counter()
        fresh.prepare()  # what the screen's worker adds: every kind in display order
        order_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        fresh.items  # noqa: B018 - every line made, as the command line and exports do
        build_ms.append((time.perf_counter() - start) * 1000)
    key = ctx._store.db_key  # noqa: SLF001
    folder = ctx.folder
    ctx.sign_out()

    raw = connect_raw(folder / "store.db", key)
    lo = day - timedelta(days=rules.return_overdue_days)
    hi = day + timedelta(days=rules.return_days_ahead)
    cycles = raw.execute(
        "SELECT id, revisit_days FROM catalogue_items WHERE revisit_days IS NOT NULL"
    ).fetchall()
    facts = "c.id, c.name, c.phone, c.last_visit_at, c.visit_count, c.balance_fen, c.points"
    since = (day - timedelta(days=rules.dormant_days - 1)).isoformat()
    raw_ms: list[float] = []
    for _ in range(args.runs):
        start = time.perf_counter()
        raw.execute(
            f"SELECT {facts}, c.return_due FROM customers c WHERE c.archived_at IS NULL "
            "AND c.return_due BETWEEN ? AND ? AND c.last_visit_at >= ? AND c.visit_count >= ?",
            (lo.isoformat(), hi.isoformat(), since, rules.return_min_visits),
        ).fetchall()
        for item_id, days in cycles:
            raw.execute(
                f"SELECT {facts}, il.last_at FROM item_last il "
                "JOIN customers c ON c.id = il.customer_id "
                "WHERE c.archived_at IS NULL AND il.item_id = ? AND il.last_at >= ? "
                "AND il.last_at < ?",
                (
                    item_id,
                    (lo - timedelta(days=days)).isoformat(),
                    (hi - timedelta(days=days - 1)).isoformat(),
                ),
            ).fetchall()
        raw.execute(
            f"SELECT {facts} FROM customers c WHERE c.archived_at IS NULL "
            "AND c.balance_fen > 0 AND c.balance_fen < ?",
            (rules.balance_low_fen,),
        ).fetchall()
        raw_ms.append((time.perf_counter() - start) * 1000)
    raw.close()
    screen_line = screen_figures(args) if args.screen or args.shot else ""

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"date {day}  runs {args.runs}  load average {load:.2f}")
    print(f"item_last brought up to date: {caught_up} sales read in {catch_up_ms:.0f} ms")
    print(f"reminders: {len(result)} due")
    for kind, count in result.counts().items():
        print(f"  {kind:<14} {count:>7}")
    print(
        f"due_reminders: median {statistics.median(times):.0f} ms, "
        f"min {min(times):.0f} ms, max {max(times):.0f} ms"
    )
    print(
        f"putting every kind in display order (the screen's worker does this): "
        f"median {statistics.median(order_ms):.0f} ms; then making every line's object "
        f"(the command line and exports; the screen makes the lines it shows): "
        f"median {statistics.median(build_ms):.0f} ms"
    )
    print(
        f"raw SQL of the three biggest candidate queries alone (returns by rhythm, by item "
        f"cycle, low balances; no Python): "
        f"median {statistics.median(raw_ms):.0f} ms"
    )
    if screen_line:
        print(screen_line)
    return 0


def screen_figures(args: argparse.Namespace) -> str:
    """Open the reminders screen and time its list, as the owner sees it, over --runs.

    The GUI thread waits in a real event loop, as in the program (a loop spinning on
    processEvents would fight the worker for Python's GIL and time itself), and a 10 ms timer
    on it records the longest gap: how long the window could not have answered."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from storecrm.gui.app import create_application, freeze_startup_objects
    from storecrm.gui.main_window import MainWindow
    from storecrm.gui.preferences import Preferences
    from storecrm.gui.screens.reminders_screen import RemindersScreen
    from storecrm.services import session

    app = create_application("zh_CN")
    context = session.sign_in(args.store, args.user, args.password)
    window = MainWindow(context, Preferences())
    window.resize(1200, 760)
    window.show()
    freeze_startup_objects()  # as the program does before its event loop
    window.show_screen("reminders")
    screen = window.screens["reminders"]
    assert isinstance(screen, RemindersScreen)
    today = screen.today
    loop = QEventLoop()
    today.loaded.connect(loop.quit)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)

    def wait() -> None:
        give_up.start(60_000)
        loop.exec()
        if not give_up.isActive():
            raise SystemExit("the today view did not load within a minute")
        give_up.stop()

    if today.loading():  # the one started when the window opened
        wait()
    rounds: list[float] = []
    busiest = 0.0
    for _ in range(args.runs):
        ticks.clear()
        timer.start()
        start = time.perf_counter()
        today.reload()
        wait()
        today.table.viewport().repaint()
        end = time.perf_counter()
        timer.stop()
        rounds.append((end - start) * 1000)
        marks = [start, *ticks, end]
        busiest = max(busiest, *(b - a for a, b in zip(marks, marks[1:], strict=False)))
    lines = today.model.rowCount()
    if args.shot is not None:
        app.processEvents()
        window.grab().save(str(args.shot))
    context.close()  # first: no backup on exit, no sign-out entry (the benchmark only reads)
    window.close()
    app.quit()
    return (
        f"today view: list asked for → {lines:,} lines of the first kind painted: "
        f"median {statistics.median(rounds):.0f} ms (worked out and put in order in the worker); "
        f"longest the window could not answer meanwhile: {busiest * 1000:.0f} ms"
    )


if __name__ == "__main__":
    sys.exit(main())
