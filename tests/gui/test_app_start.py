"""When the program ends: the controller decides, not Qt's last-window rule. On the first run
of the demo a progress dialog is the only window while the store is built; closing it must not
end the program before the login is up."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from storecrm import paths
from storecrm.gui.app import AppController, create_application, run_gui
from storecrm.gui.login import LoginDialog
from storecrm.gui.main_window import MainWindow
from storecrm.services import demo, session
from tests.conftest import OWNER, OWNER_PASSWORD


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[AppController]:
    create_application("en")
    ctl = AppController()
    yield ctl
    for window in (ctl.main_window, ctl.login_dialog, ctl.wizard):
        if window is not None:
            window.close()
    QApplication.processEvents()


@pytest.mark.slow
def test_first_demo_run_shows_the_login_instead_of_ending(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The program as `storecrm --demo` runs it, event loop and all, in a fresh STORECRM_HOME:
    the demo store is built behind "Preparing the demo store…", then the login must appear
    while the program is still running (it used to end with exit code 0 right there)."""
    assert not session.is_store_folder(paths.demo_store_dir())
    # run_gui installs the crash handler and freezes the start-up objects: undo both after.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    seen: list[str] = []

    def watch() -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            if isinstance(widget, QProgressDialog) and "progress" not in seen:
                seen.append("progress")
            elif isinstance(widget, LoginDialog):
                seen.append(f"login:{widget.ui.usernameEdit.text()}")
                watcher.stop()
                widget.reject()  # the only window: closing it ends the program

    watcher = QTimer()
    watcher.timeout.connect(watch)
    watcher.start(20)
    # A guard, never reached when the test passes: a hang fails instead of blocking the run.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    guard.start(300_000)
    try:
        code = run_gui(demo=True, language="en")
    finally:
        watcher.stop()
        guard.stop()
        gc.unfreeze()
        qapp.setQuitOnLastWindowClosed(True)
    assert session.is_store_folder(paths.demo_store_dir())
    assert seen == ["progress", f"login:{demo.DEMO_OWNER}"]
    assert code == 0


def _sign_in(qtbot: QtBot, controller: AppController, folder: Path) -> MainWindow:
    controller.show_login(folder)
    dialog = controller.login_dialog
    assert dialog is not None
    dialog.ui.usernameEdit.setText(OWNER)
    dialog.ui.passwordEdit.setText(OWNER_PASSWORD)
    qtbot.mouseClick(dialog.ui.signInButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
    window = controller.main_window
    assert isinstance(window, MainWindow)
    return window


def test_signing_out_goes_to_the_login_and_closing_the_window_ends(
    qtbot: QtBot, controller: AppController, store_dir: Path
) -> None:
    ended: list[bool] = []
    controller.finished.connect(lambda: ended.append(True))
    window = _sign_in(qtbot, controller, store_dir)
    window.sign_out()
    assert controller.login_dialog is not None and controller.login_dialog.isVisible()
    assert ended == []
    window = _sign_in(qtbot, controller, store_dir)
    assert ended == []
    window.close()
    assert controller.top_window() is None
    assert ended == [True]


def test_closing_the_login_ends_but_asking_for_another_store_does_not(
    qtbot: QtBot, controller: AppController, store_dir: Path
) -> None:
    ended: list[bool] = []
    controller.finished.connect(lambda: ended.append(True))
    controller.show_login(store_dir)
    login = controller.login_dialog
    assert login is not None
    login.other_store_requested.emit()  # "Other store…": the wizard replaces the login
    assert controller.login_dialog is None and controller.wizard is not None
    assert ended == []
    controller.wizard.reject()
    assert controller.top_window() is None
    assert ended == [True]
