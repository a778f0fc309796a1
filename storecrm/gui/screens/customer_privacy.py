"""A customer's personal-data rights from the profile (PIPL): a full copy for the person (PDF
and Excel), withdrawing marketing consent, and erasing the person.

The profile's "More" menu opens these; the services decide who may (export and erase: owner
and manager; withdrawal: whoever may edit customers) and audit each.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain import clock
from storecrm.domain.errors import StoreCRMError
from storecrm.domain.privacy import ConsentChannel
from storecrm.gui.bus import store_bus
from storecrm.gui.format import date_text
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import error_box, error_label, ok_cancel_buttons, show_error
from storecrm.services import person_export, privacy
from storecrm.services.dto import CustomerDetail
from storecrm.services.session import StoreContext


def channel_names() -> list[tuple[ConsentChannel, str]]:
    """How a customer may tell the store they withdraw their consent."""
    return [
        (ConsentChannel.IN_STORE, QCoreApplication.translate("CustomerPrivacy", "In the store")),
        (ConsentChannel.PHONE, QCoreApplication.translate("CustomerPrivacy", "By phone")),
        (ConsentChannel.WECHAT, QCoreApplication.translate("CustomerPrivacy", "On WeChat")),
        (ConsentChannel.SMS, QCoreApplication.translate("CustomerPrivacy", "By text message")),
        (ConsentChannel.OTHER, QCoreApplication.translate("CustomerPrivacy", "Another way")),
    ]


def export_person(
    parent: QWidget,
    context: StoreContext,
    customer: CustomerDetail,
    pdf_path: Path | None = None,
    done: Callable[[person_export.PersonExport], None] | None = None,
) -> Task | None:
    """Ask where to save the PDF (the workbook goes beside it, same name), then write both in
    the background."""
    if pdf_path is None:
        suggested = QCoreApplication.translate(
            "CustomerPrivacy", "Personal data of %1.pdf"
        ).replace("%1", customer.name)
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("CustomerPrivacy", "Save everything about this person"),
            suggested,
            QCoreApplication.translate("CustomerPrivacy", "PDF (*.pdf)"),
        )
        if not name:
            return None
        pdf_path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
    target: Path = pdf_path
    xlsx_path = target.with_suffix(".xlsx")
    customer_id = customer.customer_id

    def work() -> person_export.PersonExport:
        return context.call(person_export.export_person, customer_id, target, xlsx_path)

    def finished(result: person_export.PersonExport) -> None:
        if done is not None:
            done(result)
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("CustomerPrivacy", "Personal data saved"),
            QCoreApplication.translate(
                "CustomerPrivacy",
                "Everything the store holds about this person was saved:\n%1\n%2\n\n"
                "Hand the files to the customer; keep no other copy.",
            )
            .replace("%1", str(result.pdf))
            .replace("%2", str(result.xlsx)),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("PersonExported")
        box.open()

    def failed(exc: BaseException) -> None:
        error_box(parent, exc)

    return run_in_background(
        work,
        parent,
        QCoreApplication.translate("CustomerPrivacy", "Writing the person's data…"),
        finished,
        failed,
    )


class WithdrawConsentDialog(QDialog):
    """Record that the customer withdrew their consent to marketing messages: when they said
    so and how. The consent history keeps every change."""

    def __init__(
        self, context: StoreContext, customer: CustomerDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.customer = customer
        self.setWindowTitle(self.tr("Withdraw marketing consent"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "%1 agreed to marketing messages on %2. From now on, reminders and message "
                "exports leave them out. The history of consent is kept."
            )
            .replace("%1", customer.name)
            .replace("%2", date_text(customer.marketing_consent_at) or "—")
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        today = clock.now().date()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        given = customer.marketing_consent_at
        if given is not None:
            self.date_edit.setMinimumDate(QDate(given.year, given.month, given.day))
        self.channel_combo = QComboBox()
        for value, label in channel_names():
            self.channel_combo.addItem(label, value.value)
        form.addRow(self.tr("Withdrawn &on"), self.date_edit)
        form.addRow(self.tr("&How they told us"), self.channel_combo)
        self.error = error_label()
        form.addRow(self.error)
        buttons, self.ok_button = ok_cancel_buttons(self, self.submit, self.tr("&Withdraw consent"))
        form.addRow(buttons)

    @Slot()
    def submit(self) -> None:
        chosen = self.date_edit.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        try:
            self.context.call(
                privacy.withdraw_consent,
                self.customer.customer_id,
                on=day,
                channel=ConsentChannel(self.channel_combo.currentData()),
            )
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        store_bus().changed.emit("customers")
        self.accept()


class EraseCustomerDialog(QDialog):
    """Erase a person for good, after saying what goes and what stays, and only once the user
    has typed the customer's name (or number) to confirm."""

    def __init__(
        self, context: StoreContext, customer: CustomerDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.customer = customer
        self.setWindowTitle(self.tr("Erase this person's data"))
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "<p><b>This cannot be undone.</b></p>"
                "<p>Erased for good: the name, phones, card number, birthday, address, notes, "
                "preferences, tags, the search keys, and what staff wrote about %1 on the "
                "timeline, in contacts, tasks, service records and sale notes.</p>"
                "<p>Kept, under “%2”: the sales and the ledger (the books must still add up), "
                "visits and amounts. Unused points lapse.</p>"
                "<p>Backups made before now still hold the data: they are marked in the "
                "backup list and removed by the next good backup.</p>"
            )
            .replace("%1", _escape(customer.name))
            .replace("%2", f"已删除客户 #{customer.customer_id}")
        )
        text.setWordWrap(True)
        column.addWidget(text)
        form = QFormLayout()
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setPlaceholderText(customer.name)
        form.addRow(
            self.tr("Type the customer's name to confirm:"),
            self.confirm_edit,
        )
        column.addLayout(form)
        self.error = error_label()
        column.addWidget(self.error)
        buttons, self.ok_button = ok_cancel_buttons(
            self, self.submit, self.tr("&Erase for good"), look="danger"
        )
        self.ok_button.setEnabled(False)
        self.confirm_edit.textChanged.connect(self._check)
        column.addWidget(buttons)

    @Slot(str)
    def _check(self, typed: str) -> None:
        wanted = {self.customer.name.strip(), str(self.customer.customer_id)}
        self.ok_button.setEnabled(typed.strip() in wanted)

    @Slot()
    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            self.context.call(privacy.erase_customer, self.customer.customer_id)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        store_bus().changed.emit("customers")
        self.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = [
    "EraseCustomerDialog",
    "WithdrawConsentDialog",
    "channel_names",
    "export_person",
]
