"""Restoring a backup of a different store over the current one is never silent (issue 17,
finding 11): the service refuses unless told, the CLI names both stores and wants
--replace-other-store, the window shows both names and asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from storecrm.domain.errors import OtherStoreBackup
from storecrm.gui.app import create_application
from storecrm.gui.screens.backup_settings import RestoreDialog
from storecrm.services import backup, info, session
from tests.conftest import OWNER, OWNER_PASSWORD, make_store
from tests.data.test_backup import store_hashes
from tests.test_cli import run


@pytest.fixture
def other_backup(tmp_path: Path) -> Path:
    ctx = make_store(tmp_path / "other", store_name="隔壁理发店").context
    (tmp_path / "usb").mkdir()
    made = ctx.call(backup.run_backup, tmp_path / "usb")
    ctx.sign_out()
    return Path(made.info.path)


def _store_name(folder: Path) -> str:
    ctx = session.sign_in(folder, OWNER, OWNER_PASSWORD, read_only=True)
    try:
        return ctx.call(info.store_info).store_name
    finally:
        ctx.close()


def test_the_service_refuses_another_stores_backup_unless_told(
    store_dir: Path, other_backup: Path
) -> None:
    before = store_hashes(store_dir)
    with pytest.raises(OtherStoreBackup) as refused:
        backup.restore_backup(other_backup, store_dir, password=OWNER_PASSWORD)
    assert refused.value.backup_store == "隔壁理发店"
    assert refused.value.current_store == "测试门店"
    assert store_hashes(store_dir) == before
    backup.restore_backup(
        other_backup, store_dir, password=OWNER_PASSWORD, replace_other_store=True
    )
    assert _store_name(store_dir) == "隔壁理发店"


def test_the_cli_names_both_stores_and_wants_the_flag(store_dir: Path, other_backup: Path) -> None:
    before = store_hashes(store_dir)
    refused = run(
        "restore", str(other_backup), "--store", str(store_dir), "--yes", password=OWNER_PASSWORD
    )
    assert refused.returncode == 2
    assert "隔壁理发店" in refused.stderr and "测试门店" in refused.stderr
    assert "--replace-other-store" in refused.stderr
    assert store_hashes(store_dir) == before
    done = run(
        "restore",
        str(other_backup),
        "--store",
        str(store_dir),
        "--yes",
        "--replace-other-store",
        password=OWNER_PASSWORD,
    )
    assert done.returncode == 0, done.stderr
    assert _store_name(store_dir) == "隔壁理发店"


def test_the_window_shows_both_names_and_asks(
    qtbot: QtBot, qapp: QApplication, store_dir: Path, other_backup: Path
) -> None:
    create_application("en")
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    dialog = RestoreDialog(None, owner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(other_backup)
    dialog.secret_edit.setText(OWNER_PASSWORD)
    dialog.confirm.setChecked(True)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    dialog.restore()
    assert asked and "隔壁理发店" in asked[0] and "测试门店" in asked[0]
    assert not owner.closed and dialog.isVisible()  # said no: nothing happened

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    dialog.restore()
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=30_000)
    assert owner.closed
    assert _store_name(store_dir) == "隔壁理发店"


def test_a_backup_of_the_same_store_is_not_questioned(store_dir: Path, tmp_path: Path) -> None:
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    made = owner.call(backup.run_backup, tmp_path)
    owner.sign_out()
    backup.restore_backup(Path(made.info.path), store_dir, password=OWNER_PASSWORD)
