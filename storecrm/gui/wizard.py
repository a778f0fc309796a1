"""First run: create a store (name, business type, owner account, recovery code) or open one."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from storecrm import messages, paths
from storecrm.domain.errors import NotAStore, StoreCRMError, StoreExists, ValidationError
from storecrm.domain.store_profile import BusinessType
from storecrm.gui.file_dialogs import Purpose, choose_folder
from storecrm.gui.look import set_property
from storecrm.gui.tasks import run_in_background
from storecrm.gui.widgets import buddy_label, error_label, passwords_match, show_error
from storecrm.services import session
from storecrm.services.backup import RestoreResult
from storecrm.services.session import NewStore, StoreContext


def business_type_names() -> list[tuple[BusinessType, str]]:
    return [
        (BusinessType.RETAIL, QCoreApplication.translate("BusinessType", "Retail shop")),
        (
            BusinessType.RESTAURANT,
            QCoreApplication.translate("BusinessType", "Restaurant / café"),
        ),
        (BusinessType.BEAUTY, QCoreApplication.translate("BusinessType", "Beauty / hair salon")),
        (BusinessType.OTHER, QCoreApplication.translate("BusinessType", "Other")),
    ]


def _folder_name(store_name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', "-", store_name.strip()).strip("-.")
    return cleaned or "my-store"


class WelcomePage(QWizardPage):
    def __init__(self, wizard: StoreWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Welcome to StoreCRM"))
        self.setSubTitle(
            self.tr("Customer archive and membership for your store. Everything stays on this PC.")
        )
        layout = QVBoxLayout(self)
        self.create_button = QPushButton(self.tr("&Create a new store"))
        set_property(self.create_button, "primary", True)
        self.create_button.setMinimumHeight(44)
        self.open_button = QPushButton(self.tr("&Open an existing store folder…"))
        self.open_button.setMinimumHeight(44)
        self.restore_button = QPushButton(self.tr("&Restore from a backup file (new PC)…"))
        self.restore_button.setMinimumHeight(44)
        layout.addWidget(self.create_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.restore_button)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.create_button.clicked.connect(wizard.next)
        self.open_button.clicked.connect(self.choose_existing)
        self.restore_button.clicked.connect(self.restore_from_backup)
        self.restore_dialog: QWidget | None = None

    @Slot()
    def choose_existing(self) -> None:
        folder = choose_folder(
            self,
            Purpose.STORE_FOLDER,
            self.tr("Choose the store's folder"),
            fallback=paths.data_dir(),
        )
        if folder is not None:
            self.open_existing(folder)

    def open_existing(self, folder: Path) -> None:
        if not session.is_store_folder(folder):
            show_error(self.error, messages.error_text(NotAStore(str(folder))))
            return
        self._wizard.chosen_folder = folder
        self._wizard.done(StoreWizard.OPENED_EXISTING)

    @Slot()
    def restore_from_backup(self) -> None:
        """A new PC: make the store from a backup file, then sign in to it."""
        from storecrm.gui.screens.backup_settings import RestoreDialog

        dialog = RestoreDialog(self)
        self.restore_dialog = dialog

        def finished() -> None:
            self.restore_dialog = None
            dialog.deleteLater()
            if dialog.restored_folder is not None:
                self._wizard.restored = dialog.result_info
                self.open_existing(dialog.restored_folder)

        dialog.finished.connect(finished)
        dialog.open()


class StorePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your store"))
        self.setSubTitle(self.tr("The name is printed on receipts and reports."))
        form = QFormLayout(self)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.name_edit.setPlaceholderText(self.tr("e.g. 悦容美发沙龙"))
        self.type_combo = QComboBox()
        for value, label in business_type_names():
            self.type_combo.addItem(label, value.value)
        self.folder_edit = QLineEdit()
        browse = QPushButton(self.tr("Br&owse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Store na&me"), self.name_edit)
        form.addRow(self.tr("Business &type"), self.type_combo)
        form.addRow(buddy_label(self.tr("Data &folder"), self.folder_edit), row)
        self.error = error_label()
        form.addRow("", self.error)
        self._folder_touched = False
        self.name_edit.textChanged.connect(self._suggest_folder)
        self.folder_edit.textEdited.connect(self._touch_folder)
        self.registerField("storeName*", self.name_edit)
        self._suggest_folder("")

    @Slot(str)
    def _suggest_folder(self, name: str) -> None:
        if not self._folder_touched:
            self.folder_edit.setText(str(paths.default_store_dir(_folder_name(name))))

    @Slot()
    def _touch_folder(self) -> None:
        self._folder_touched = True

    @Slot()
    def browse(self) -> None:
        folder = choose_folder(
            self,
            Purpose.STORE_FOLDER,
            self.tr("Where to keep the store's data"),
            fallback=paths.data_dir(),
        )
        if folder is not None:
            self._folder_touched = True
            name = _folder_name(self.name_edit.text())
            self.folder_edit.setText(str(folder / name))

    def business_type(self) -> BusinessType:
        return BusinessType(self.type_combo.currentData())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        folder = Path(self.folder_edit.text().strip())
        if not self.folder_edit.text().strip():
            show_error(self.error, messages.validation_text(ValidationError("folder", "required")))
            return False
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            show_error(self.error, messages.error_text(StoreExists(str(folder))))
            return False
        show_error(self.error, "")
        return True


class OwnerPage(QWizardPage):
    def __init__(self, wizard: StoreWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("The owner's account"))
        self.setSubTitle(
            self.tr(
                "The owner can do everything, including adding staff accounts. "
                "The password also protects the store's data, which is kept encrypted."
            )
        )
        form = QFormLayout(self)
        self.username_edit = QLineEdit("owner")
        self.display_edit = QLineEdit()
        self.display_edit.setPlaceholderText(self.tr("e.g. 王店长"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username_edit)
        form.addRow(self.tr("&Display name"), self.display_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        form.addRow(self.tr("&Repeat password"), self.repeat_edit)
        self.error = error_label()
        form.addRow("", self.error)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self._wizard.created is not None:
            return True
        if not passwords_match(self.password_edit, self.repeat_edit, self.error):
            return False
        store_page = self._wizard.store_page
        args = {
            "store_name": store_page.name_edit.text(),
            "business_type": store_page.business_type(),
            "owner_username": self.username_edit.text(),
            "owner_display_name": self.display_edit.text(),
            "owner_password": self.password_edit.text(),
        }
        folder = Path(store_page.folder_edit.text().strip())
        outcome: list[object] = []
        loop = QEventLoop()

        def finish(result: object) -> None:
            outcome.append(result)
            loop.quit()

        self.setEnabled(False)
        run_in_background(
            lambda: session.create_store(folder, **args),  # type: ignore[arg-type]
            self,
            self.tr("Creating the store…"),
            finish,
            finish,
        )
        loop.exec()  # the window keeps repainting while the store is created
        self.setEnabled(True)
        result = outcome[0]
        if isinstance(result, BaseException):
            show_error(self.error, messages.error_text(result))
            if not isinstance(result, StoreCRMError):
                raise result
            return False
        assert isinstance(result, NewStore)
        self._wizard.created = result
        self._wizard.recovery_page.set_code(result.recovery_code, store_page.name_edit.text())
        return True


class RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(
            self.tr(
                "If the owner's password is ever forgotten, this code is the only way into the "
                "store's data. Print it or write it down, and keep it somewhere safe. "
                "It is shown only now."
            )
        )
        layout = QVBoxLayout(self)
        self.code_label = QLabel()
        self.code_label.setObjectName("RecoveryCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code_label)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_sheet)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.confirm = QCheckBox(self.tr("I have printed or written down the recovery code"))
        self.confirm.toggled.connect(self.completeChanged)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        self.code = ""
        self.store_name = ""

    def set_code(self, code: str, store_name: str) -> None:
        self.code = code
        self.store_name = store_name
        self.code_label.setText(code)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.code) and self.confirm.isChecked()

    def sheet(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setHtml(
            "<h2>{title}</h2><p>{store}</p><p style='font-size:20pt; letter-spacing:2px'>"
            "<b>{code}</b></p><p>{explain}</p>".format(
                title=self.tr("StoreCRM recovery code"),
                store=self.store_name,
                code=self.code,
                explain=self.tr(
                    "Keep this sheet safe. With this code anyone can reset the owner's "
                    "password and open the store's customer data."
                ),
            )
        )
        return doc

    def print_to(self, printer: QPrinter) -> None:
        self.sheet().print_(printer)

    @Slot()
    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)


class StoreWizard(QWizard):
    """Finishes with ``Accepted`` (``created`` holds the new, signed-in store) or with
    ``OPENED_EXISTING`` (``chosen_folder`` holds a store to sign in to)."""

    OPENED_EXISTING = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("StoreCRM — set up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.created: NewStore | None = None
        self.chosen_folder: Path | None = None
        self.restored: RestoreResult | None = None  # the chosen folder was just restored
        self.welcome_page = WelcomePage(self)
        self.store_page = StorePage()
        self.owner_page = OwnerPage(self)
        self.recovery_page = RecoveryPage()
        for page in (self.welcome_page, self.store_page, self.owner_page, self.recovery_page):
            self.addPage(page)
        self.resize(640, 480)

    @property
    def context(self) -> StoreContext | None:
        return self.created.context if self.created else None
