"""The program as a person uses it: wizard → recovery code → main window → every screen →
sign out → login (wrong, then right password)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QWizard
from pytestqt.qtbot import QtBot

from storecrm.gui import fit
from storecrm.gui.app import AppController, create_application
from storecrm.gui.main_window import NAV_KEYS, MainWindow
from storecrm.gui.screens.settings_screen import SettingsScreen
from storecrm.services import session
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[AppController]:
    create_application("en")
    ctl = AppController()
    yield ctl
    # Windows delete themselves on close; close whatever a test left open (signs out too).
    for window in (ctl.main_window, ctl.login_dialog, ctl.wizard):
        if window is not None:
            window.close()
    QApplication.processEvents()


def _finish_wizard(qtbot: QtBot, controller: AppController, folder: Path) -> str:
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    qtbot.mouseClick(wizard.welcome_page.create_button, Qt.MouseButton.LeftButton)
    page = wizard.store_page
    assert wizard.currentPage() is page
    page.name_edit.insert("悦容美发")  # QTest types ASCII only; an IME inserts text
    page.type_combo.setCurrentIndex(page.type_combo.findData("beauty"))
    page.folder_edit.setText(str(folder))
    wizard.next()
    owner_page = wizard.owner_page
    assert wizard.currentPage() is owner_page
    owner_page.username_edit.setText(OWNER)
    owner_page.display_edit.insert("王店长")
    qtbot.keyClicks(owner_page.password_edit, OWNER_PASSWORD)
    qtbot.keyClicks(owner_page.repeat_edit, "different")
    wizard.next()
    assert wizard.currentPage() is owner_page  # refused: passwords differ
    assert owner_page.error.isVisible() and owner_page.error.text()
    owner_page.repeat_edit.setText(OWNER_PASSWORD)
    wizard.next()  # creates the store (off the GUI thread)
    recovery = wizard.recovery_page
    assert wizard.currentPage() is recovery
    code = recovery.code_label.text()
    assert len(code.replace("-", "")) == 25
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    recovery.confirm.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    return code


def test_wizard_login_and_every_navigation_entry(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    folder = tmp_path / "salon"
    code = _finish_wizard(qtbot, controller, folder)
    window = controller.main_window
    assert isinstance(window, MainWindow)
    assert window.windowTitle().startswith("悦容美发")
    assert "王店长" in window.user_label.text()
    window.activateWindow()  # shortcuts go to the active window, as on a real desktop
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    for position, key in enumerate(NAV_KEYS):
        digit = Qt.Key(Qt.Key.Key_0 + (position + 1) % 10)  # Ctrl+1 … Ctrl+9, Ctrl+0 for the tenth
        qtbot.keyClick(window, digit, Qt.KeyboardModifier.ControlModifier)
        assert window.current_screen_key() == key
        screen = window.stack.currentWidget()
        assert screen is window.screens[key] and screen.isVisible()
        title = screen.findChild(QLabel, "PageTitle")
        label = window.nav.item(position).text().split("  ")[0]  # without a count badge
        assert title is not None and title.text() == label
    assert isinstance(window.screens["settings"], SettingsScreen)

    # Sign out → login dialog for the same store.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.login_dialog is not None)
    assert controller.main_window is None
    dialog = controller.login_dialog
    assert dialog is not None and dialog.folder == folder.resolve()
    dialog.ui.usernameEdit.setText(OWNER)
    qtbot.keyClicks(dialog.ui.passwordEdit, "wrong-password")
    qtbot.mouseClick(dialog.ui.signInButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible())
    assert "not correct" in dialog.ui.errorLabel.text()
    assert dialog.ui.passwordEdit.text() == ""
    qtbot.keyClicks(dialog.ui.passwordEdit, OWNER_PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    window = controller.main_window
    assert window is not None
    window.close()
    # The recovery code shown once really opens the store.
    session.recover_with_code(folder, code, OWNER, "after-recovery").close()


def test_recovery_sheet_prints_the_code(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is required; .ci/run installs it")
    from storecrm.gui.wizard import RecoveryPage

    page = RecoveryPage()
    qtbot.addWidget(page)
    page.set_code("ABCDE-FGHJK-MNPQR-STVWX-YZ012", "悦容美发")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf = tmp_path / "recovery.pdf"
    printer.setOutputFileName(str(pdf))
    page.print_to(printer)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "ABCDE-FGHJK-MNPQR-STVWX-YZ012" in text
    assert "悦容美发" in text


def test_cashier_sees_settings_read_only_and_no_staff_buttons(
    qtbot: QtBot, controller: AppController, store_dir: Path
) -> None:
    controller.start(store=store_dir)
    dialog = controller.login_dialog
    assert dialog is not None
    dialog.ui.usernameEdit.setText(CASHIER)
    dialog.ui.passwordEdit.setText(CASHIER_PASSWORD)
    dialog.sign_in()
    qtbot.waitUntil(lambda: controller.main_window is not None)
    window = controller.main_window
    assert window is not None
    window.show_screen("settings")
    screen = window.screens["settings"]
    assert isinstance(screen, SettingsScreen)
    assert not screen.store_tab.name_edit.isEnabled()
    assert not screen.users_tab.add_button.isVisibleTo(screen)
    assert screen.audit_tab is None  # cashiers do not see the audit log
    window.close()


def test_owner_adds_a_cashier_from_settings(
    qtbot: QtBot, controller: AppController, store_dir: Path
) -> None:
    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    controller.show_main(ctx)
    window = controller.main_window
    assert window is not None
    screen = window.screens["settings"]
    assert isinstance(screen, SettingsScreen)
    from storecrm.gui.screens.settings_screen import UserDialog

    dialog = UserDialog(ctx, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username_edit, "amei")
    dialog.display_edit.insert("阿美")
    dialog.password_edit.setText("amei-pass-1")
    dialog.repeat_edit.setText("amei-pass-1")
    dialog.submit()
    assert dialog.created is not None and dialog.created.username == "amei"
    screen.users_tab.reload()
    names = [
        screen.users_tab.model.row(i).username for i in range(screen.users_tab.model.rowCount())
    ]
    assert names == [OWNER, CASHIER, "amei"]
    window.close()
    session.sign_in(store_dir, "amei", "amei-pass-1").close()


def test_login_refuses_a_store_open_in_another_copy(
    qtbot: QtBot, controller: AppController, store_dir: Path
) -> None:
    other = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)  # "another copy" holds the lock
    try:
        controller.start(store=store_dir)
        dialog = controller.login_dialog
        assert dialog is not None
        dialog.ui.usernameEdit.setText(CASHIER)
        dialog.ui.passwordEdit.setText(CASHIER_PASSWORD)
        dialog.sign_in()
        qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible())
        assert "already open in another copy" in dialog.ui.errorLabel.text()
        assert controller.main_window is None
    finally:
        other.close()


def test_opening_a_folder_that_is_not_a_store_says_so(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    (tmp_path / "photos").mkdir()
    wizard.welcome_page.open_existing(tmp_path / "photos")
    assert wizard.welcome_page.error.isVisible()
    assert "not a StoreCRM store" in wizard.welcome_page.error.text()
    assert controller.login_dialog is None


def test_window_geometry_is_remembered(
    qtbot: QtBot, controller: AppController, store_dir: Path
) -> None:
    controller.show_main(session.sign_in(store_dir, OWNER, OWNER_PASSWORD))
    window = controller.main_window
    assert window is not None
    default = window.geometry()
    window.setGeometry(default.x() + 17, default.y() + 23, default.width(), default.height() - 31)
    moved = window.geometry()
    assert moved != default
    window.close()
    controller.show_main(session.sign_in(store_dir, OWNER, OWNER_PASSWORD))
    again = controller.main_window
    assert again is not None
    saved = controller.prefs.window_geometry()
    assert saved is not None
    # The offscreen screen is small, so Qt and gui/fit.py fit a restored window onto it;
    # whatever they make of the saved geometry, the new window must be exactly that, not the
    # default size.
    probe = MainWindow.__base__()  # a plain QMainWindow
    probe.setMinimumSize(again.minimumSize())
    assert probe.restoreGeometry(saved)
    fit.fit_window(probe)
    assert again.geometry() == probe.geometry()
    assert (
        again.geometry().size() != default.size() or again.geometry().topLeft() != default.topLeft()
    )


def test_owner_tunes_the_category_rules(
    qtbot: QtBot, controller: AppController, store_dir: Path
) -> None:
    from storecrm.services import customers

    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    controller.show_main(ctx)
    window = controller.main_window
    assert window is not None
    screen = window.screens["settings"]
    assert isinstance(screen, SettingsScreen)
    tab = screen.rules_tab
    assert tab.at_risk_days.value() == 90 and tab.vip_yuan.value() == 5000
    tab.at_risk_days.setValue(45)
    tab.vip_yuan.setValue(8000)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    rules = ctx.call(customers.get_category_rules)
    assert (rules.at_risk_days, rules.vip_spend_fen) == (45, 800_000)
    assert "Saved" in tab.note.text()
