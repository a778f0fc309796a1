"""Backups in the main window: the status bar entry, the Backups tab in Settings, a backup when
the program closes, and back to the login after a restore replaced the store.

Skipped until ``MainWindow`` has its ``backup_scheduler`` (the wiring of issue 7)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.gui.app import AppController, create_application
from storecrm.gui.main_window import MainWindow
from storecrm.services import backup
from storecrm.services.backup import RestoreResult
from tests.conftest import OWNER, OWNER_PASSWORD

pytestmark = pytest.mark.skipif(
    "backup_scheduler" not in MainWindow.__init__.__code__.co_names,
    reason="the backup scheduler is not wired into the main window yet",
)


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[AppController]:
    create_application("en")
    ctl = AppController()
    yield ctl
    for window in (ctl.main_window, ctl.login_dialog, ctl.wizard):
        if window is not None:
            window.close()
    QApplication.processEvents()


def _signed_in(qtbot: QtBot, controller: AppController, folder: Path) -> MainWindow:
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


def test_status_bar_tab_and_a_backup_on_closing(
    qtbot: QtBot, controller: AppController, store_dir: Path
) -> None:
    window = _signed_in(qtbot, controller, store_dir)
    assert window.backup_label.text() == "No backup yet"
    settings = window.screens["settings"]
    titles = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    assert "Backups" in titles
    window.close()  # quitting makes the on-exit backup first
    backups = list((store_dir.parent / "store-backups").glob("*.storecrm-backup"))
    assert len(backups) == 1
    assert backup.read_manifest(backups[0]).kind == "exit"


def test_after_a_restore_the_window_goes_back_to_the_login(
    qtbot: QtBot, controller: AppController, store_dir: Path
) -> None:
    window = _signed_in(qtbot, controller, store_dir)
    path = Path(window.context.call(backup.run_backup).info.path)
    tab = window.screens["settings"].backup_tab
    dialog = tab.open_restore()
    assert dialog is not None
    dialog.set_file(path)
    dialog.secret_edit.setText(OWNER_PASSWORD)
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(tab.store_closed, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert isinstance(blocker.args[0], RestoreResult)
    qtbot.waitUntil(lambda: controller.login_dialog is not None, timeout=30_000)
    assert controller.main_window is None
    assert controller.login_dialog is not None
    assert controller.login_dialog.folder == store_dir.resolve()


def test_after_a_restore_the_login_says_what_was_restored_and_the_status_shows_the_backup(
    qtbot: QtBot, controller: AppController, store_dir: Path
) -> None:
    window = _signed_in(qtbot, controller, store_dir)
    made = window.context.call(backup.run_backup).info
    when = made.created_at.strftime("%Y-%m-%d %H:%M")
    tab = window.screens["settings"].backup_tab
    dialog = tab.open_restore()
    assert dialog is not None
    dialog.set_file(Path(made.path))
    dialog.secret_edit.setText(OWNER_PASSWORD)
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.login_dialog is not None, timeout=30_000)
    login = controller.login_dialog
    assert login is not None
    # The login says which store was restored from which backup, and where the old data went.
    assert login.notice_label.isVisibleTo(login)
    notice = login.notice_label.text()
    assert "测试门店" in notice and when in notice and "safety" in notice

    window = _signed_in(qtbot, controller, store_dir)  # the same login, signed in again
    assert not controller.login_dialog
    # The status bar and Settings name the good backup, as the list beside them does.
    assert window.backup_label.text() == f"Last backup: {when}"
    tab = window.screens["settings"].backup_tab
    qtbot.waitUntil(lambda: not tab.list_pending(), timeout=30_000)
    assert tab.status_label.text() == f"Last good backup: {when}"
    assert tab.model.rowCount() == 1

    window.sign_out()  # a later login says nothing more about the restore
    qtbot.waitUntil(lambda: controller.login_dialog is not None, timeout=30_000)
    assert not controller.login_dialog.notice_label.isVisibleTo(controller.login_dialog)
