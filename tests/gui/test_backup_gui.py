"""Settings → Backups, the scheduler and its status bar entry, the restore dialog, and the wizard's
"restore from a backup file" on a new PC."""

from __future__ import annotations

import shutil
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from storecrm.domain import clock
from storecrm.gui.app import AppController, create_application
from storecrm.gui.backup_scheduler import BackupScheduler, BackupStatusLabel
from storecrm.gui.screens.backup_settings import BackupSettingsTab, RestoreDialog
from storecrm.services import backup, demo, info, session
from storecrm.services.backup import BackupResult, RestoreResult
from storecrm.services.session import StoreContext
from tests.conftest import OWNER, OWNER_PASSWORD
from tests.data.test_backup import store_hashes


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@pytest.fixture
def usb(owner: StoreContext, tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    owner.call(backup.set_backup_settings, folder=str(folder))
    return folder


def _tab(qtbot: QtBot, ctx: StoreContext) -> BackupSettingsTab:
    tab = BackupSettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not tab.list_pending())
    return tab


def _backup(ctx: StoreContext) -> Path:
    return Path(ctx.call(backup.run_backup).info.path)


# -- the tab --------------------------------------------------------------------------------------
def test_the_tab_saves_folder_time_and_how_many_to_keep(
    qtbot: QtBot, owner: StoreContext, tmp_path: Path
) -> None:
    tab = _tab(qtbot, owner)
    assert "store-backups" in tab.folder_edit.text()
    tab.set_folder(str(tmp_path))
    tab.time_edit.setTime(tab.time_edit.time().fromString("21:15", "HH:mm"))
    tab.daily_spin.setValue(10)
    tab.monthly_spin.setValue(6)
    tab.on_exit_check.setChecked(False)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saved = owner.call(backup.get_backup_settings)
    assert saved.folder == str(tmp_path.resolve()) and saved.daily_time == time(21, 15)
    assert (saved.keep_daily, saved.keep_monthly, saved.on_exit) == (10, 6, False)
    assert tab.note.text() == "Saved."

    tab.set_folder(str(tmp_path / "not-plugged-in"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.error.isVisible() and "USB drive" in tab.error.text()


def test_back_up_now_runs_in_the_background_and_lists_the_file(
    qtbot: QtBot, owner: StoreContext, usb: Path
) -> None:
    tab = _tab(qtbot, owner)
    assert tab.model.rowCount() == 0
    assert tab.status_label.text() == "No backup has been made yet."
    with qtbot.waitSignal(tab.scheduler.backup_finished, timeout=30_000) as blocker:
        qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
        assert not tab.backup_button.isEnabled()  # the click returned while it runs
    result = blocker.args[0]
    assert isinstance(result, BackupResult)
    assert Path(result.info.path).parent == usb
    assert tab.backup_button.isEnabled()
    assert "verified" in tab.note.text()
    qtbot.waitUntil(lambda: not tab.list_pending())
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, 6)) == result.info.file_name
    assert tab.status_label.text().startswith("Last good backup: ")


def test_a_failed_backup_says_why(qtbot: QtBot, owner: StoreContext, usb: Path) -> None:
    tab = _tab(qtbot, owner)
    shutil.rmtree(usb)  # the USB drive was pulled out
    with qtbot.waitSignal(tab.scheduler.backup_failed, timeout=30_000):
        qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    assert tab.error.isVisible() and "not there" in tab.error.text()
    qtbot.waitUntil(lambda: not tab.list_pending())
    assert tab.status_label.property("error") is True
    assert "not there" in tab.status_label.text()


def test_a_cashier_sees_the_backups_but_changes_nothing(
    qtbot: QtBot, cashier: StoreContext
) -> None:
    tab = _tab(qtbot, cashier)
    assert not tab.save_button.isEnabled() and not tab.choose_button.isEnabled()
    assert not tab.backup_button.isEnabled()
    assert tab.restore_button.isHidden()
    assert tab.open_restore() is None


# -- the scheduler and the status bar -------------------------------------------------------------
def test_the_daily_backup_runs_when_due_and_the_status_bar_follows(
    qtbot: QtBot, owner: StoreContext, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner.call(backup.set_backup_settings, daily_time=time(13, 0))
    fake = [datetime(2026, 5, 4, 12, 59)]
    monkeypatch.setattr(clock, "now", lambda: fake[0])
    scheduler = BackupScheduler(owner, now=lambda: fake[0])
    label = BackupStatusLabel(scheduler)
    qtbot.addWidget(label)
    scheduler.start()
    assert label.text() == "No backup yet" and label.warning
    scheduler.tick()
    assert not scheduler.running  # 12:59: not yet
    fake[0] = datetime(2026, 5, 4, 13, 0)
    with qtbot.waitSignal(scheduler.backup_finished, timeout=30_000) as blocker:
        scheduler.tick()
        assert scheduler.running and label.text() == "Backing up…"
    assert blocker.args[0].info.kind == "scheduled"
    assert label.text() == "Last backup: 2026-05-04 13:00" and not label.warning
    fake[0] = datetime(2026, 5, 4, 18, 0)
    scheduler.tick()
    assert not scheduler.running  # today's is done
    fake[0] = datetime(2026, 5, 6, 13, 1)  # 48 h and a minute later, nothing since
    scheduler.refresh_status()
    assert label.text() == "No backup since 2026-05-04 13:00" and label.warning
    assert str(usb) in label.toolTip()
    scheduler.stop()


def test_a_missing_folder_warns_and_is_not_retried_every_minute(
    qtbot: QtBot, owner: StoreContext, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner.call(backup.set_backup_settings, daily_time=time(9, 0))
    fake = [datetime(2026, 5, 4, 9, 30)]
    monkeypatch.setattr(clock, "now", lambda: fake[0])
    scheduler = BackupScheduler(owner, now=lambda: fake[0])
    label = BackupStatusLabel(scheduler)
    qtbot.addWidget(label)
    shutil.rmtree(usb)
    scheduler.refresh_status()
    assert label.text() == "Backup folder missing" and label.warning
    with qtbot.waitSignal(scheduler.backup_failed, timeout=30_000) as blocker:
        scheduler.tick()
    assert "USB drive" in blocker.args[0]
    assert "last attempt failed" in label.text() and "USB drive" in label.toolTip()
    fake[0] = datetime(2026, 5, 4, 9, 45)
    scheduler.tick()
    assert not scheduler.running  # waits before trying again
    fake[0] = datetime(2026, 5, 4, 10, 5)
    usb.mkdir()  # plugged in again
    with qtbot.waitSignal(scheduler.backup_finished, timeout=30_000):
        scheduler.tick()
    assert label.text() == "Last backup: 2026-05-04 10:05"


def test_a_backup_is_made_on_closing_when_wanted(
    qtbot: QtBot, owner: StoreContext, usb: Path
) -> None:
    scheduler = BackupScheduler(owner)
    assert scheduler.backup_on_exit() is True
    kinds = [e.info.kind for e in owner.call(backup.list_backups) if e.info]
    assert kinds == ["exit"]
    owner.call(backup.set_backup_settings, on_exit=False)
    assert scheduler.backup_on_exit() is False
    assert len(list(usb.iterdir())) == 1
    owner.close()
    assert scheduler.backup_on_exit() is False  # a closed store: nothing to do


# -- restoring ------------------------------------------------------------------------------------
def _restore_dialog(qtbot: QtBot, tab: BackupSettingsTab, path: Path) -> RestoreDialog:
    dialog = tab.open_restore()
    assert dialog is not None and dialog.isVisible()
    dialog.set_file(path)
    return dialog


def test_restore_over_the_open_store(
    qtbot: QtBot, owner: StoreContext, usb: Path, store_dir: Path
) -> None:
    path = _backup(owner)
    owner.call(demo.add_demo_customers, 5, 1)  # changes after the backup
    tab = _tab(qtbot, owner)
    assert tab.model.rowCount() == 1
    dialog = _restore_dialog(qtbot, tab, path)
    assert dialog.labels["store"].text() == "测试门店"
    assert dialog.labels["counts"].text() == "0 customers, 0 sales"
    assert "checked before anything is replaced" in dialog.note.text()
    assert not dialog.restore_button.isEnabled()
    qtbot.keyClicks(dialog.secret_edit, OWNER_PASSWORD)
    assert not dialog.restore_button.isEnabled()  # not confirmed yet
    dialog.confirm.setChecked(True)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(tab.store_closed, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert isinstance(result, RestoreResult) and result.safety_folder
    assert owner.closed and Path(result.safety_folder).is_dir()
    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        assert ctx.call(info.store_info).counts["customers"] == 0
    finally:
        ctx.sign_out()


def test_a_wrong_password_or_a_damaged_file_keeps_the_store(
    qtbot: QtBot, owner: StoreContext, usb: Path, store_dir: Path, tmp_path: Path
) -> None:
    path = _backup(owner)
    tab = _tab(qtbot, owner)
    dialog = _restore_dialog(qtbot, tab, path)
    dialog.confirm.setChecked(True)
    qtbot.keyClicks(dialog.secret_edit, "wrong-password")
    dialog.restore()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert "does not open the backup" in dialog.error.text()
    assert dialog.isVisible() and not owner.closed

    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10  # inside the database: the header still reads
    damaged = tmp_path / "damaged.storecrm-backup"
    damaged.write_bytes(bytes(data))
    dialog.set_file(damaged)
    assert dialog.restore_button.isEnabled()
    dialog.secret_edit.setText(OWNER_PASSWORD)
    before = {k: v for k, v in store_hashes(store_dir).items() if "store.db" not in k}
    dialog.restore()
    qtbot.waitUntil(lambda: "damaged" in dialog.error.text(), timeout=30_000)
    assert not owner.closed
    assert owner.call(info.store_info).counts["users"] == 2
    after = {k: v for k, v in store_hashes(store_dir).items() if "store.db" not in k}
    assert after == before and not (store_dir / "safety").exists()

    truncated = tmp_path / "cut.storecrm-backup"
    truncated.write_bytes(path.read_bytes()[:1000])
    dialog.set_file(truncated)
    assert "incomplete" in dialog.error.text() and not dialog.restore_button.isEnabled()
    dialog.reject()


def test_the_wizard_restores_a_backup_on_a_new_pc(
    qtbot: QtBot, owner: StoreContext, usb: Path, tmp_path: Path
) -> None:
    path = _backup(owner)
    owner.close()
    controller = AppController()
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    qtbot.mouseClick(wizard.welcome_page.restore_button, Qt.MouseButton.LeftButton)
    dialog = wizard.welcome_page.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    dialog.set_file(path)
    assert dialog.folder_edit.text().endswith("测试门店")  # suggested from the store's name
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "photo.jpg").write_bytes(b"x")
    dialog.folder_edit.setText(str(taken))
    dialog.secret_edit.setText(OWNER_PASSWORD)
    dialog.restore()  # never over a folder with files in it
    assert "not empty" in dialog.error.text() and dialog.isEnabled()
    assert [p.name for p in taken.iterdir()] == ["photo.jpg"]
    dialog.secret_edit.clear()
    target = tmp_path / "new-pc" / "店"
    dialog.folder_edit.setText(str(target))
    dialog.code_radio.setChecked(True)
    assert dialog.secret_edit.echoMode() == dialog.secret_edit.EchoMode.Normal
    dialog.password_radio.setChecked(True)
    qtbot.keyClicks(dialog.secret_edit, OWNER_PASSWORD)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.login_dialog is not None, timeout=30_000)
    login = controller.login_dialog
    assert login is not None and login.folder == target.resolve()
    assert controller.wizard is None
    assert login.notice_label.isVisibleTo(login)
    assert "测试门店" in login.notice_label.text()
    assert backup.read_manifest(path).created_at.strftime("%Y-%m-%d %H:%M") in (
        login.notice_label.text()
    )
    login.close()
    ctx = session.sign_in(target, OWNER, OWNER_PASSWORD)
    try:
        assert ctx.call(info.store_info).counts["users"] == 2
    finally:
        ctx.close()


def test_the_status_label_shows_a_recent_backup_plainly(
    qtbot: QtBot, owner: StoreContext, usb: Path
) -> None:
    _backup(owner)
    scheduler = BackupScheduler(owner)
    scheduler.refresh_status()
    label = BackupStatusLabel(scheduler)
    qtbot.addWidget(label)
    assert label.text().startswith("Last backup: ") and not label.warning
    status = scheduler.status
    assert status is not None and status.last_at is not None
    assert datetime.now() - status.last_at < timedelta(minutes=5)


def test_the_owner_deletes_a_backup_from_the_list_after_confirming(
    qtbot: QtBot, owner: StoreContext, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _backup(owner)
    tab = _tab(qtbot, owner)
    assert tab.delete_button.isVisible() and not tab.delete_button.isEnabled()  # none selected
    tab.table.selectRow(0)
    assert tab.delete_button.isEnabled()
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not tab.delete_selected()  # "No": nothing happens
    assert path.exists() and "By hand" in asked[0]
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.list_pending())
    assert not path.exists() and tab.model.rowCount() == 0
    assert path.name in tab.note.text()
    assert tab.status_label.text() == "No backup has been made yet."


def test_a_cashier_is_not_offered_to_delete_backups(
    qtbot: QtBot, store_dir: Path, cashier: StoreContext
) -> None:
    tab = _tab(qtbot, cashier)
    assert not tab.delete_button.isVisibleTo(tab)
