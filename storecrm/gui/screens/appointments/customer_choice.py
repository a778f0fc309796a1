"""Who a booking or a reservation is for: a customer found by phone (or its last digits) or
name, or a new one from a name and a phone. Both dialogs put the same three rows in their form
(``add_rows``) and read the choice back (``customer_id``, ``new_name``, ``new_phone``); a
search the store refuses is said in the dialog's error line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLineEdit

from storecrm.domain.errors import StoreCRMError
from storecrm.services import customers
from storecrm.services.dto import CustomerHit
from storecrm.services.session import StoreContext


class CustomerChoice(QObject):
    def __init__(
        self, context: StoreContext, refused: Callable[[StoreCRMError], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.refused = refused
        self.hits: list[CustomerHit] = []
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Phone (or its last digits) or name"))
        self.search_edit.textEdited.connect(self.search)
        self.customer_combo = QComboBox()
        self.customer_combo.setMinimumContentsLength(16)
        self.new_box = QCheckBox(self.tr("New c&ustomer"))
        self.new_box.toggled.connect(self.new_toggled)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.name_edit.setMaxLength(32)
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("Mobile phone"))
        self.phone_edit.setMaxLength(20)

    def add_rows(self, form: QFormLayout, label: str) -> None:
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_box)
        new_row.addWidget(self.name_edit, 1)
        new_row.addWidget(self.phone_edit, 1)
        form.addRow(label, self.search_edit)
        form.addRow("", self.customer_combo)
        form.addRow("", new_row)

    def start(self) -> None:
        """The dialog is built: an existing customer is looked for first."""
        self.new_toggled(False)
        self.search_edit.setFocus()

    @Slot(str)
    def search(self, text: str) -> None:
        self.customer_combo.clear()
        self.hits = []
        typed = text.strip()
        if len(typed) < 2 and not (typed and not typed.isascii()):  # one 汉字 is a name
            return
        try:
            self.hits = self.context.call(customers.search_customers, text, limit=20)
        except StoreCRMError as exc:
            self.refused(exc)
            return
        for hit in self.hits:
            self.customer_combo.addItem(f"{hit.name}  {hit.phone or ''}".strip(), hit.customer_id)
        if not self.hits:
            self.customer_combo.addItem(self.tr("Nobody found: tick New customer"), None)

    @Slot(bool)
    def new_toggled(self, new: bool) -> None:
        self.name_edit.setEnabled(new)
        self.phone_edit.setEnabled(new)
        self.customer_combo.setEnabled(not new)
        self.search_edit.setEnabled(not new)
        if new:
            typed = self.search_edit.text().strip()
            if typed.isdigit() and not self.phone_edit.text():
                self.phone_edit.setText(typed)
            elif typed and not self.name_edit.text():
                self.name_edit.setText(typed)
            self.name_edit.setFocus()

    @property
    def is_new(self) -> bool:
        return self.new_box.isChecked()

    def customer_id(self) -> int | None:
        if self.is_new:
            return None
        found = self.customer_combo.currentData()
        return int(found) if found is not None else None

    def new_name(self) -> str:
        return self.name_edit.text() if self.is_new else ""

    def new_phone(self) -> str:
        return self.phone_edit.text() if self.is_new else ""
