"""The counter at its busiest (issue 16): 200 sales and 50 top-ups recorded from the GUI thread
of the real main window while the reminders, the sales list, the dashboard and back-to-back
backups work in the background, with a CPU hog on every core beside it. Nothing may fail: no
error logged, no crash dialog, no message box, every sale saved and the ledgers adding up.

Before the one writer, the reminders' refresh wrote inside its read and a sale committed in
between made SQLite refuse it ("database is locked": the crash dialog after a sale). The sales
are recorded faster than a cashier could, so the screens are told of a change after every fifth
(each change starts a refresh of its own; the pool's two threads would otherwise be swamped).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from storecrm import logging_setup
from storecrm.gui.app import create_application
from storecrm.gui.bus import store_bus
from storecrm.gui.main_window import MainWindow
from storecrm.gui.preferences import Preferences
from storecrm.gui.screens.reports_screen import ReportsScreen
from storecrm.services import catalogue, customers, demo, membership, sales, session
from storecrm.services.dto import ItemInfo, LineDraft, PaymentDraft, SaleDraft
from storecrm.services.session import StoreContext

pytestmark = pytest.mark.slow

SALES = 200
TOP_UPS = 50
SPIN = """
import os
parent = os.getppid()
while os.getppid() == parent:  # spins until killed, or until the test's process is gone
    for _ in range(1_000_000):
        pass
"""


@pytest.fixture
def cpu_hog() -> Iterator[None]:
    """A process spinning on every core (at least two) for as long as the test runs."""
    spinners = [
        subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(max(2, os.cpu_count() or 2))
    ]
    yield
    for spinner in spinners:
        spinner.kill()
        spinner.wait()


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(f"{record.name}: {record.getMessage()}")


@pytest.fixture
def watched(qapp: QApplication) -> Iterator[tuple[list[str], list[str], list[str]]]:
    """(errors logged, crash dialogs, message boxes), with the program's own crash handler."""
    errors = _Errors()
    crashes: list[str] = []
    boxes: list[str] = []
    root = logging.getLogger()
    root.addHandler(errors)
    hooks = sys.excepthook, threading.excepthook
    logging_setup.install_crash_handler(crashes.append)

    def close_boxes() -> None:  # a message box would wait for a click: note it, close it
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append(box.text())
            box.close()

    watcher = QTimer()
    watcher.timeout.connect(close_boxes)
    watcher.start(50)
    try:
        yield errors.records, crashes, boxes
    finally:
        watcher.stop()
        sys.excepthook, threading.excepthook = hooks
        root.removeHandler(errors)


def _record(context: StoreContext, n: int, members: list[int], items: list[ItemInfo]) -> int:
    """Sale ``n``: every fifth a top-up, the others a member's or a walk-in's sale."""
    customer = members[n % len(members)]
    if n % 5 == 4:
        return context.call(membership.top_up, customer, 10_000 + n, "wechat").sale_id
    item = items[n % len(items)]
    draft = SaleDraft(
        customer_id=customer if n % 3 else None,
        lines=(LineDraft("item", 1 + n % 2, item_id=item.item_id),),
        payments=(),
    )
    total = context.call(sales.quote_sale, draft).total_fen  # as the till shows it
    paid = SaleDraft(draft.customer_id, draft.lines, (PaymentDraft("cash", total),))
    return context.call(sales.record_sale, paid).sale_id


def test_a_busy_counter_records_every_sale_without_a_crash(
    qtbot: QtBot,
    tmp_path: Path,
    cpu_hog: None,
    watched: tuple[list[str], list[str], list[str]],
) -> None:
    create_application("en")
    folder = tmp_path / "demo"
    demo.create_demo_store(folder, customers_count=200, months=2)
    context = session.sign_in(folder, demo.DEMO_OWNER, demo.DEMO_PASSWORD)
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.show()
    window.show_screen("reports")  # the dashboard computes when shown
    dashboard = window.screens["reports"]
    assert isinstance(dashboard, ReportsScreen)
    today = window.screens["reminders"].today
    scheduler = window.backup_scheduler

    counts = {"reminders": 0, "dashboards": 0, "backups": 0}
    today.loaded.connect(lambda: counts.__setitem__("reminders", counts["reminders"] + 1))
    dashboard.report_loaded.connect(
        lambda _r: counts.__setitem__("dashboards", counts["dashboards"] + 1)
    )
    scheduler.backup_finished.connect(
        lambda _r: counts.__setitem__("backups", counts["backups"] + 1)
    )

    items = [i for i in context.call(catalogue.list_items) if i.points_cost is None]
    members = context.call(customers.list_customer_ids)[:40]
    recorded: list[int] = []
    failed: list[str] = []
    seen = dict(counts)
    for n in range(SALES + TOP_UPS):
        try:
            recorded.append(_record(context, n, members, items))
        except Exception as exc:  # noqa: BLE001 - the cashier's error message: a finding
            failed.append(repr(exc))
        if n % 5 == 0:  # what the till says after a sale: every screen refreshes
            store_bus().changed.emit("sales")
            store_bus().changed.emit("membership")
        if n % 10 == 0 and not dashboard.loading():
            dashboard.refresh()  # the owner pressing F5 on the dashboard now and then
        if n % 20 == 0:
            scheduler.run("scheduled")  # the daily backup, on a short interval
        QApplication.processEvents()
        if n % 50 == 49:  # every background job has finished work during these 50
            qtbot.waitUntil(
                lambda: any(watched) or all(counts[k] > seen[k] for k in counts),
                timeout=120_000,
            )
            if any(watched):
                break  # something failed already: the assertions below say what
            seen.update(counts)
    pool = QThreadPool.globalInstance()  # every refresh asked for has run, stale ones too
    qtbot.waitUntil(
        lambda: pool.activeThreadCount() == 0 and not scheduler.running, timeout=180_000
    )
    errors, crashes, boxes = watched
    assert (failed, errors, crashes, boxes) == ([], [], [], [])
    assert min(counts.values()) >= 5
    assert len(context.call(sales.sale_rows, recorded)) == SALES + TOP_UPS
    assert context.call(membership.check_ledgers).ok
    window.close()
