"""新建会员 from the till: a phone number or card that matched nobody becomes a member in three
fields (name, phone, birthday if the customer wants to say it), without leaving the till. The
full profile can be filled in later."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from storecrm import messages
from storecrm.domain import clock
from storecrm.domain.birthday import Birthday, Calendar, check_birthday
from storecrm.domain.customer import CustomerDraft, QueryKind, classify_query
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.gui.screens.member_dialogs import caption, ctrl_enter
from storecrm.gui.widgets import error_label, ok_cancel_buttons, show_error
from storecrm.services import customers
from storecrm.services.dto import CustomerDetail
from storecrm.services.session import StoreContext

_BIRTHDAY = re.compile(r"(?:(\d{4})[-./年])?(\d{1,2})[-./月](\d{1,2})日?")


def parse_birthday(text: str) -> Birthday | None:
    """ "1990-05-20", "05-20", "5月20日" → a solar birthday (the year optional); None when
    blank; ``ValidationError`` when it is not a date."""
    raw = text.strip()
    if not raw:
        return None
    found = _BIRTHDAY.fullmatch(raw)
    if found is None:
        raise ValidationError("birthday", "impossible_date")
    year = int(found.group(1)) if found.group(1) else None
    month, day = int(found.group(2)), int(found.group(3))
    return check_birthday(Calendar.SOLAR, month, day, year, today=clock.now().date())


def prefill(text: str) -> tuple[str, str, str]:
    """(name, phone, card number) from what found nobody: a mobile number, a card number (any
    other run of digits and letters), or a name."""
    kind, value = classify_query(text)
    if kind is QueryKind.DIGITS and len(value) == 11 and value.startswith("1"):
        return "", value, ""
    if kind in (QueryKind.DIGITS, QueryKind.LETTERS) and len(value) >= 6:
        return "", "", value
    if kind is QueryKind.TEXT:
        return value, "", ""
    return "", "", ""


class QuickMemberDialog(QDialog):
    """Name, phone, birthday (and the card number that found nobody, if one did)."""

    def __init__(self, context: StoreContext, typed: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created: CustomerDetail | None = None
        self.setWindowTitle(self.tr("New member"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        name, phone, card_no = prefill(typed)
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(40)
        self.phone_edit = QLineEdit(phone)
        self.phone_edit.setMaxLength(20)
        self.birthday_edit = QLineEdit()
        self.birthday_edit.setPlaceholderText(self.tr("1990-05-20 or 05-20 (optional)"))
        self.birthday_edit.setMaxLength(12)
        self.card_edit = QLineEdit(card_no)
        self.card_edit.setMaxLength(32)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Phone"), self.phone_edit)
        form.addRow(self.tr("&Birthday"), self.birthday_edit)
        form.addRow(self.tr("&Card no."), self.card_edit)
        form.setRowVisible(self.card_edit, bool(card_no))
        layout.addLayout(form)
        layout.addWidget(caption(self.tr("The rest of the profile can be filled in later.")))
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, self.save, self.tr("&Create and sell")
        )
        layout.addWidget(self.buttons)
        ctrl_enter(self, self.save)
        (self.phone_edit if name else self.name_edit).setFocus()

    def save(self) -> bool:
        try:
            birthday = parse_birthday(self.birthday_edit.text())
            draft = CustomerDraft(
                name=self.name_edit.text(),
                phone=self.phone_edit.text(),
                card_no=self.card_edit.text(),
            )
            self.created = self.context.call(customers.create_customer, draft, birthday=birthday)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return False
        self.accept()
        return True


__all__ = ["QuickMemberDialog", "parse_birthday", "prefill"]
