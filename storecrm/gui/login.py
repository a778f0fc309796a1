"""Signing in: the login dialog and the recovery-code dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import WrongPassword
from storecrm.gui.forms.ui_login_dialog import Ui_LoginDialog
from storecrm.gui.look import set_property
from storecrm.gui.tasks import run_in_background
from storecrm.gui.widgets import error_label, passwords_match, show_error, subtitle_label
from storecrm.services import session
from storecrm.services.session import StoreContext


class LoginDialog(QDialog):
    """Asks for user name and password; signs in off the GUI thread (key derivation, upgrade)."""

    other_store_requested = Signal()

    def __init__(
        self,
        folder: Path,
        store_name: str = "",
        username: str = "",
        password: str = "",
        parent: QWidget | None = None,
        notice: str = "",
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.context: StoreContext | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.storeNameLabel.setObjectName("PageTitle")
        self.ui.storePathLabel.setObjectName("PageSubtitle")
        set_property(self.ui.signInButton, "primary", True)
        set_property(self.ui.errorLabel, "error", True)
        self.ui.storeNameLabel.setText(store_name or self.tr("Sign in"))
        self.ui.storePathLabel.setText(str(folder))
        self.ui.usernameEdit.setText(username)
        self.ui.passwordEdit.setText(password)
        self.ui.errorLabel.hide()
        # What just happened to the store (a restore), said once above the sign-in fields.
        self.notice_label = QLabel(notice)
        self.notice_label.setObjectName("SuccessNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_label.setVisible(bool(notice))
        self.ui.mainLayout.insertWidget(
            self.ui.mainLayout.indexOf(self.ui.storePathLabel) + 1, self.notice_label
        )
        if notice:  # room for the sentence, wrapped
            width = max(self.width(), 480)
            self.ui.mainLayout.activate()
            self.resize(width, max(self.height(), self.ui.mainLayout.totalHeightForWidth(width)))
        self.ui.signInButton.clicked.connect(self.sign_in)
        self.ui.forgotButton.clicked.connect(self.forgot_password)
        self.ui.otherStoreButton.clicked.connect(self.other_store_requested)
        if username:
            self.ui.passwordEdit.setFocus()
        else:
            self.ui.usernameEdit.setFocus()

    @Slot()
    def sign_in(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username or not password:
            show_error(self.ui.errorLabel, self.tr("Enter your user name and password."))
            return
        self._busy(True)
        run_in_background(
            lambda: session.sign_in(self.folder, username, password),
            self,
            self.tr("Opening the store…"),
            self._signed_in,
            self._failed,
        )

    def _busy(self, busy: bool) -> None:
        for widget in (self.ui.signInButton, self.ui.usernameEdit, self.ui.passwordEdit):
            widget.setEnabled(not busy)
        if busy:
            show_error(self.ui.errorLabel, "")

    def _signed_in(self, context: StoreContext) -> None:
        self._busy(False)
        self.context = context
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        show_error(self.ui.errorLabel, messages.error_text(exc))
        if isinstance(exc, WrongPassword):
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()

    @Slot()
    def forgot_password(self) -> None:
        dialog = RecoveryDialog(self.folder, self.ui.usernameEdit.text().strip(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.context is not None:
            self.context = dialog.context
            self.accept()


class RecoveryDialog(QDialog):
    """Sets a new password with the recovery code printed when the store was created."""

    def __init__(self, folder: Path, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.context: StoreContext | None = None
        self.setWindowTitle(self.tr("Reset a password with the recovery code"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            subtitle_label(
                self.tr(
                    "Type the recovery code that was printed or written down when the store "
                    "was created, then choose a new password for the account."
                )
            )
        )
        form = QFormLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.username_edit = QLineEdit(username)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Recovery code"), self.code_edit)
        form.addRow(self.tr("&User name"), self.username_edit)
        form.addRow(self.tr("&New password"), self.password_edit)
        form.addRow(self.tr("R&epeat password"), self.repeat_edit)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.code_edit.setFocus()

    @Slot()
    def submit(self) -> None:
        if not passwords_match(self.password_edit, self.repeat_edit, self.error):
            return
        code, user, password = (
            self.code_edit.text(),
            self.username_edit.text().strip(),
            self.password_edit.text(),
        )
        self.buttons.setEnabled(False)
        run_in_background(
            lambda: session.recover_with_code(self.folder, code, user, password),
            self,
            self.tr("Checking the recovery code…"),
            self._done,
            self._failed,
        )

    def _done(self, context: StoreContext) -> None:
        self.context = context
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self.error, messages.error_text(exc))
