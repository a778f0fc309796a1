"""Settings → Staff accounts: disabling an account changes the store's key in the background,
and an old copy of the key file opens nothing afterwards; enabling it asks for a new password;
a new recovery code (after an old keyring's key change) is shown once and must be confirmed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from storecrm.data.engine import connect_raw
from storecrm.data.keyring import Keyring
from storecrm.domain.errors import NotAStore
from storecrm.gui.app import create_application
from storecrm.gui.key_change import NewRecoveryCodeDialog, show_key_change
from storecrm.gui.screens.settings_screen import PasswordDialog, UsersTab
from storecrm.services import session
from storecrm.services.dto import UserInfo
from storecrm.services.keys import KeyChange
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


def _when_modal(action: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog as soon as it is shown."""

    def act() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, act)
            return
        action(widget)

    QTimer.singleShot(0, act)


def _row(tab: UsersTab, username: str) -> UserInfo:
    return next(
        tab.model.row(i)
        for i in range(tab.model.rowCount())
        if tab.model.row(i).username == username
    )


def _select(tab: UsersTab, username: str) -> None:
    row = next(i for i in range(tab.model.rowCount()) if tab.model.row(i).username == username)
    tab.table.selectRow(row)


def test_disabling_a_cashier_changes_the_key_and_enabling_asks_for_a_password(
    qtbot: QtBot, owner: StoreContext, store_dir: Path, tmp_path: Path
) -> None:
    stolen = tmp_path / "keyring-copy.json"
    shutil.copy2(store_dir / "keyring.json", stolen)
    old_key = Keyring.load(stolen).unlock_user(CASHIER, CASHIER_PASSWORD)[1]
    tab = UsersTab(owner)
    qtbot.addWidget(tab)
    tab.show()
    _select(tab, CASHIER)
    asked: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    _when_modal(yes)
    tab.toggle_active()
    assert asked and "key" in asked[0]
    # The list is read again only once the key change has finished.
    qtbot.waitUntil(lambda: not _row(tab, CASHIER).active, timeout=30_000)
    with pytest.raises(NotAStore):
        connect_raw(store_dir / "store.db", old_key, read_only=True)

    _select(tab, CASHIER)

    def new_password(dialog: QWidget) -> None:
        assert isinstance(dialog, PasswordDialog)
        dialog.password_edit.setText("cashier-pass-2")
        dialog.repeat_edit.setText("cashier-pass-2")
        dialog._check()  # noqa: SLF001 - the OK button's slot

    _when_modal(new_password)
    tab.toggle_active()
    assert _row(tab, CASHIER).active
    owner.close()
    session.sign_in(store_dir, CASHIER, "cashier-pass-2").close()


def test_a_new_recovery_code_must_be_confirmed_before_the_dialog_closes(qtbot: QtBot) -> None:
    dialog = NewRecoveryCodeDialog("ABCDE-FGHJK-MNPQR-STVWX-YZ012", "测试门店")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page.code_label.text() == "ABCDE-FGHJK-MNPQR-STVWX-YZ012"
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.reject()  # Esc: the only copy of the code is not thrown away
    assert dialog.isVisible()
    dialog.page.confirm.setChecked(True)
    assert ok.isEnabled()
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_accounts_that_need_a_new_password_are_named(qtbot: QtBot) -> None:
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    _when_modal(read)
    show_key_change(None, KeyChange(1.0, ("amei", "zhang"), None), "测试门店")
    assert seen and "amei, zhang" in seen[0]


def test_a_key_change_finished_at_sign_in_is_told_when_the_window_opens(
    qtbot: QtBot, owner: StoreContext
) -> None:
    from storecrm.gui.app import AppController

    owner.key_change = KeyChange(2.0, ("amei",), None)
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    controller = AppController()
    _when_modal(read)
    controller.show_main(owner)
    assert seen and "amei" in seen[0]
    assert controller.main_window is not None
    controller.main_window.close()
