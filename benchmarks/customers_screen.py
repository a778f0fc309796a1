"""Benchmark: the Customers screen on a large store (offscreen, no display needed).

    python benchmarks/customers_screen.py --store DIR --user boss --password PW [--runs 3]

Prints, as medians of --runs: the time from constructing the main window to its first paint
with the customer list on screen (every screen is built: the other screens' work counts too),
the same for the customers screen alone, the time of one scroll step (three rows) and of a jump with
the scroll bar to a part of the list not seen yet, re-sorting by total spend, and filtering for
a few typical look-ups (each until the list is painted again; sorted by total spend, and "王"
once more sorted by name: the name fragment then matches late in the order the list walks).
Also how many pages of rows the list had to read and the process's peak memory.

The list reads a page at a time and the next page when the view is scrolled to the end of what
it has (canFetchMore/fetchMore): the scroll steps cross several pages, the jumps land on rows
read but maybe dropped from the cache.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storecrm.gui.screens.customers_screen import CustomersScreen

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def measure(
    screen: CustomersScreen,
    steps: list[float],
    jumps: list[float],
    sorts: list[float],
    searches: dict[str, list[float]],
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from storecrm.gui.customer_model import Column

    table = screen.table
    bar = table.verticalScrollBar()

    def repaint_at(value: int) -> None:
        bar.setValue(value)
        table.viewport().repaint()

    for _step in range(100):
        steps.append(timed(lambda: repaint_at(bar.value() + 108)))
    for position in range(1, 21):
        target = bar.maximum() * position // 21
        jumps.append(timed(lambda t=target: repaint_at(t)))  # type: ignore[misc]

    # Each until the list is painted again with its first page complete: the rows a page shows
    # are read to paint them, and a walk bounded in time reads on from the event loop.
    def complete() -> None:
        while screen.model.reading_on:
            QApplication.processEvents()
        table.viewport().repaint()

    def sort_painted() -> None:
        screen.sort_by(Column.TOTAL_SPEND, Qt.SortOrder.DescendingOrder)
        complete()

    def filter_painted() -> None:
        screen.apply_filter()
        complete()

    sorts.append(timed(sort_painted))
    for typed in ("zs", "5678", "138", "王"):
        screen.search_box.setText(typed)
        searches.setdefault(typed, []).append(timed(filter_painted))
    screen.sort_by(Column.NAME, Qt.SortOrder.AscendingOrder)
    screen.search_box.setText("王")
    searches.setdefault("王 by name", []).append(timed(filter_painted))
    screen.search_box.clear()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--user", default=None, help="sign in as (default: the owner)")
    parser.add_argument("--password", default=os.environ.get("STORECRM_PASSWORD", ""))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from storecrm.gui.app import create_application
    from storecrm.gui.main_window import MainWindow
    from storecrm.gui.preferences import Preferences
    from storecrm.gui.screens.customers_screen import CustomersScreen
    from storecrm.services import session

    app = create_application("zh_CN")
    context = session.sign_in(args.store, args.user, args.password)
    opens, screen_opens, steps, jumps, sorts = [], [], [], [], []
    searches: dict[str, list[float]] = {}
    pages = 0
    rows = 0
    for _ in range(args.runs):
        window: MainWindow | None = None

        def open_window() -> None:
            nonlocal window
            window = MainWindow(context, Preferences())
            window.resize(1200, 760)
            window.show()
            QApplication.processEvents()

        opens.append(timed(open_window))
        alone: CustomersScreen | None = None

        def open_screen() -> None:
            nonlocal alone
            alone = CustomersScreen(context)
            alone.resize(1200, 700)
            alone.show()
            QApplication.processEvents()

        screen_opens.append(timed(open_screen))
        assert alone is not None
        alone.close()
        alone.deleteLater()
        assert window is not None
        screen = window.screens["customers"]
        assert isinstance(screen, CustomersScreen)
        # The window may open on another screen (appointments, reminders due): the list is
        # measured on screen, where painting reads its rows.
        window.show_screen("customers")
        QApplication.processEvents()
        rows = screen.model.rowCount()
        measure(screen, steps, jumps, sorts, searches)
        pages = screen.model.page_fetches
        context.close()  # first: closing the window must not make a backup of the big store
        window.close()
        QApplication.processEvents()

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms"

    print(f"customers in the list: {rows:,}")
    print(f"open the main window with the list painted: {ms(opens)}")
    print(f"open the customers screen alone, painted: {ms(screen_opens)}")
    print(f"scroll step (3 rows): {ms(steps)} (max {max(steps) * 1000:.0f} ms)")
    print(f"scroll-bar jump to unseen rows: {ms(jumps)} (max {max(jumps) * 1000:.0f} ms)")
    print(f"sort by total spend: {ms(sorts)}")
    for typed, values in searches.items():
        print(f"filter {typed!r}: {ms(values)}")
    print(f"pages of rows read in the last run: {pages}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"peak memory (RSS): {peak} MB")
    context.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
