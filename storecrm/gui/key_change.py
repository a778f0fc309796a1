"""Disabling a staff account from Settings → Staff: the question, the change of the store's key
in the background with a progress dialog, and what the owner must know afterwards (a new
recovery code to write down, accounts that need a new password). See ``services/keys.py``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreBusy, StoreCRMError
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import error_box, subtitle_label
from storecrm.gui.wizard import RecoveryPage
from storecrm.services import users
from storecrm.services.dto import UserInfo
from storecrm.services.keys import KeyChange
from storecrm.services.session import StoreContext


class NewRecoveryCodeDialog(QDialog):
    """The store's new recovery code, shown once; OK only after the owner says it is kept."""

    def __init__(self, code: str, store_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery code"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            subtitle_label(
                self.tr(
                    "The store's key was changed. The old recovery code no longer opens the "
                    "store: this is the new one. Print it or write it down and keep it "
                    "somewhere safe; it is shown only now."
                )
            )
        )
        self.page = RecoveryPage()
        self.page.set_code(code, store_name)
        layout.addWidget(self.page)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.page.confirm.toggled.connect(ok.setEnabled)

    def reject(self) -> None:  # Esc must not lose the only copy of the code
        if self.page.confirm.isChecked():
            super().reject()


def show_key_change(parent: QWidget | None, change: KeyChange, store_name: str) -> None:
    """What a finished key change means for the owner (nothing when all went as usual)."""
    if change.new_recovery_code:
        NewRecoveryCodeDialog(change.new_recovery_code, store_name, parent).exec()
    if change.users_without_key:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("KeyChange", "Accounts that need a new password"),
            QCoreApplication.translate(
                "KeyChange",
                "These accounts have not signed in since StoreCRM was updated, so their "
                "passwords could not be carried over to the store's new key: %1. Give each "
                "a new password (Reset password).",
            ).replace("%1", ", ".join(change.users_without_key)),
        )


def disable_account(
    parent: QWidget,
    context: StoreContext,
    user: UserInfo,
    store_name: str,
    on_done: Callable[[], None],
) -> Task | None:
    """Ask, then disable ``user`` and change the store's key off the GUI thread."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("KeyChange", "Disable an account"),
        QCoreApplication.translate(
            "KeyChange",
            "Disable %1? They can no longer sign in. Their key is taken out of the store and "
            "the store's key is changed, so a copy of the key file taken earlier opens "
            "nothing written from now on. On a large store this takes a minute.",
        ).replace("%1", user.display_name or user.username),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None

    def work(report: Callable[[int, int], None]) -> KeyChange:
        context.call(users.update_user, user.user_id, active=False)
        return context.rekey(report)

    def done(change: KeyChange) -> None:
        on_done()
        show_key_change(parent, change, store_name)

    def failed(exc: BaseException) -> None:
        on_done()
        if not isinstance(exc, Exception):
            raise exc
        if isinstance(exc, StoreBusy):
            QMessageBox.warning(
                parent,
                "StoreCRM",
                QCoreApplication.translate("KeyChange", "The account is disabled. %1").replace(
                    "%1", messages.error_text(exc)
                ),
            )
        elif isinstance(exc, StoreCRMError):
            error_box(parent, exc)
        else:
            from storecrm import logging_setup

            logging_setup.log_exception(type(exc), exc, exc.__traceback__)
            error_box(parent, exc)

    return run_in_background(
        work,
        parent,
        QCoreApplication.translate(
            "KeyChange", "Disabling the account and changing the store's key…"
        ),
        done,
        failed,
        with_progress=True,
    )
