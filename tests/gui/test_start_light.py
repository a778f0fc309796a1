"""The start builds only what the first screen shows (issue 23, point 6).

Importing the program and opening the main window load no spreadsheet or PDF library, no
Alembic, no ORM, and none of the screens not shown (checked in a fresh process, where nothing
else has imported them); each other screen is built on its first opening. What the first screen
does not show waits until the window is painted and still happens: the day's lifecycle coupons
are issued, and the reminders due today are counted on the navigation (and open the reminders
screen when the user asked for that)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from storecrm.domain import clock
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.promotions.lifecycle import LifecycleKind
from storecrm.gui.app import create_application
from storecrm.gui.main_window import NAV_KEYS, MainWindow
from storecrm.gui.preferences import Preferences
from storecrm.gui.screens.reminders_screen import RemindersScreen
from storecrm.services import customers
from storecrm.services.campaigns import lifecycle
from storecrm.services.session import StoreContext
from tests.conftest import FAST_SCRYPT, OWNER, OWNER_PASSWORD
from tests.services.test_campaigns import add_template
from tests.services.test_sales import Clock

#: Loaded only when a screen that needs them is opened, or a file is written.
NOT_AT_START = (
    "openpyxl",
    "reportlab",
    "alembic",
    "sqlalchemy.orm",
    "storecrm.services.demo",
    "storecrm.reports.coupon_export",
    "storecrm.reports.customer_export",
    "storecrm.gui.screens.appointments.screen",
    "storecrm.gui.screens.campaigns.screen",
    "storecrm.gui.screens.promotions.screen",
    "storecrm.gui.screens.reminders_screen",
    "storecrm.gui.screens.reports_screen.screen",
    "storecrm.gui.screens.sales_screen",
    "storecrm.gui.screens.settings_screen",
    "storecrm.gui.screens.staff.screen",
)

_CHILD = textwrap.dedent(
    """
    import json, os, sys, time
    from pathlib import Path

    heavy = json.loads(sys.argv[2])
    import storecrm.gui.app
    loaded = {"import": [m for m in heavy if m in sys.modules]}

    from PySide6.QtWidgets import QApplication
    from storecrm.data import keyring
    from storecrm.gui.main_window import MainWindow
    from storecrm.gui.preferences import Preferences
    from storecrm.services import session

    keyring.MIN_SCRYPT_N = int(sys.argv[3])  # the fixtures' store has a cheap key slot
    app = storecrm.gui.app.create_application("en")
    context = session.sign_in(Path(sys.argv[1]), sys.argv[4], sys.argv[5])
    window = MainWindow(context, Preferences())
    window.show()
    screen = window.screens["customers"]
    deadline = time.monotonic() + 60
    counter = getattr(window, "reminder_counter", None)  # (the old start had none)
    while time.monotonic() < deadline and not (
        screen.model.rowCount() and window.reminder_count >= 0
        and window.lifecycle_opening.task is None and getattr(counter, "task", None) is None
    ):
        app.processEvents()
    loaded["window"] = [m for m in heavy if m in sys.modules]
    loaded["rows"] = screen.model.rowCount()
    loaded["reminder_count"] = window.reminder_count
    import linecache
    loaded["sources_kept"] = sorted(
        k for k in linecache.cache if k.endswith(".py") and ("storecrm" in k or "sqlalchemy" in k)
    )
    print(json.dumps(loaded), flush=True)
    context.close()
    os._exit(0)
    """
)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@pytest.mark.slow
def test_the_start_loads_only_what_the_first_screen_needs(owner: StoreContext) -> None:
    for n in range(3):
        owner.call(customers.create_customer, CustomerDraft(name=f"客{n}", phone=f"1380000000{n}"))
    folder = owner.folder
    owner.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _CHILD,
            str(folder),
            json.dumps(NOT_AT_START),
            str(FAST_SCRYPT["n"]),
            OWNER,
            OWNER_PASSWORD,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
        cwd=Path(__file__).resolve().parents[2],
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-2000:]
    loaded = json.loads(lines[-1])
    assert loaded["rows"] == 3  # the list was there: the window really opened
    assert loaded["reminder_count"] >= 0  # and the work after the first paint ran
    assert loaded["import"] == []
    assert loaded["window"] == []
    # PySide6's check of each import read its source and kept it (~400 files, 18 MB): no more
    assert loaded["sources_kept"] == []


def _welcome_due(owner: StoreContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """A welcome coupon switched on yesterday for a customer who joined yesterday: today's
    opening issues one, and it is a reminder due today."""
    now = Clock(datetime(2025, 5, 10, 9, 0, 0))
    monkeypatch.setattr(clock, "now", now)
    template = add_template(owner, "开卡礼券")
    welcome = owner.call(lifecycle.get_settings).of(LifecycleKind.WELCOME)
    owner.call(
        lifecycle.set_kind,
        LifecycleKind.WELCOME,
        replace(welcome, enabled=True, template_id=template, holdout_percent=0),
    )
    draft = CustomerDraft(name="周新", phone="13800000009", marketing_consent=True)
    owner.call(customers.create_customer, draft)
    now.at = datetime(2025, 5, 11, 8, 30, 0)


def _built(window: MainWindow) -> list[str]:
    return [key for key in NAV_KEYS if window.screens.built(key) is not None]


def test_the_lifecycle_coupons_and_the_reminder_count_come_after_the_first_paint(
    qtbot: QtBot, owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _welcome_due(owner, monkeypatch)
    prefs = Preferences()
    prefs.set_reminders_at_start(False)
    window = MainWindow(owner, prefs)
    qtbot.addWidget(window)
    assert _built(window) == ["customers"]
    assert window.lifecycle_opening.task is None  # not before the window is painted
    assert window.reminder_count < 0
    with qtbot.waitSignal(window.lifecycle_opening.finished, timeout=20_000) as issued:
        window.show()
    assert issued.args[0].issued == {"welcome": 1}
    assert window.statusBar().currentMessage() == "1 lifecycle coupon issued today"
    reminders_item = window.nav.item(NAV_KEYS.index("reminders"))
    qtbot.waitUntil(lambda: reminders_item.text() == "Reminders  1", timeout=20_000)
    assert window.reminder_count == 1
    assert _built(window) == ["customers"]  # counted without building the reminders screen

    window.show_screen("reminders")  # its first opening builds it, in the stand-in's place
    screen = window.screens["reminders"]
    assert isinstance(screen, RemindersScreen)
    assert window.stack.currentWidget() is screen and screen.isVisible()
    assert window.stack.indexOf(screen) == NAV_KEYS.index("reminders")
    assert window.stack.count() == len(NAV_KEYS)
    qtbot.waitUntil(lambda: screen.today.result is not None, timeout=20_000)
    assert len(screen.today.result or []) == 1


def test_due_reminders_still_open_their_screen_at_start(
    qtbot: QtBot, owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _welcome_due(owner, monkeypatch)
    window = MainWindow(owner, Preferences())  # reminders at start: the default
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_screen_key() == "reminders", timeout=20_000)
    screen = window.screens.built("reminders")
    assert isinstance(screen, RemindersScreen) and screen.isVisible()
    qtbot.waitUntil(lambda: screen.today.result is not None, timeout=20_000)
    qtbot.waitUntil(lambda: window.reminder_count == 1, timeout=20_000)


def test_a_screens_first_opening_says_so_while_it_is_built(
    qtbot: QtBot, owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A screen's first opening imports its modules and reads its first figures (up to a few
    hundred ms on a large store): the status bar says what is being opened, with the busy
    cursor, and both go when it is there. A second opening builds nothing."""
    prefs = Preferences()
    prefs.set_reminders_at_start(False)
    window = MainWindow(owner, prefs)
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[str, object]] = []
    real = window._new_screen

    def watched(key: str) -> QWidget:
        cursor = QApplication.overrideCursor()
        seen.append((window.statusBar().currentMessage(), cursor and cursor.shape()))
        return real(key)

    monkeypatch.setattr(window, "_new_screen", watched)
    window.show_screen("staff")
    assert seen == [("Opening Staff…", Qt.CursorShape.WaitCursor)]
    assert window.statusBar().currentMessage() == ""
    assert QApplication.overrideCursor() is None
    assert window.stack.currentWidget() is window.screens.built("staff")
    window.show_screen("customers")
    window.show_screen("staff")
    assert len(seen) == 1
