"""A table reservation (订座): the customer (found by phone or name, or a new one from name and
phone), how many people, the table or "any that fits", the day and time, where it came from,
and a note. The sitting length is the store's. A refusal (the table taken, the party larger
than the table, no table fits, the restaurant closed …) is said under the form and nothing
typed is lost."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QTime, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from storecrm import messages
from storecrm.domain.appointments import AppointmentSource
from storecrm.domain.errors import StoreCRMError
from storecrm.domain.reservations import PARTY_RANGE
from storecrm.gui.screens.appointments.customer_choice import CustomerChoice
from storecrm.gui.widgets import (
    buddy_label,
    error_label,
    ok_cancel_buttons,
    plural_suffix,
    show_error,
    subtitle_label,
)
from storecrm.services.appointments import tables
from storecrm.services.appointments.dto import AppointmentInfo, ReservationDraft, TableInfo
from storecrm.services.session import StoreContext


class ReservationDialog(QDialog):
    def __init__(
        self,
        context: StoreContext,
        table_list: tuple[TableInfo, ...],
        start: datetime,
        table_id: int | None,
        sitting_minutes: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: AppointmentInfo | None = None
        self.setWindowTitle(self.tr("New reservation"))
        form = QFormLayout(self)

        self.choice = CustomerChoice(
            context, lambda exc: show_error(self.error, messages.error_text(exc)), self
        )

        self.party_spin = QSpinBox()
        self.party_spin.setRange(*PARTY_RANGE)
        self.party_spin.setValue(2)
        plural_suffix(self.party_spin, lambda n: self.tr(" guest(s)", "", n))
        self.table_combo = QComboBox()
        self.table_combo.addItem(self.tr("Any table that fits"), None)
        for table in table_list:
            seats = self.tr("%n seat(s)", "", table.seats)
            self.table_combo.addItem(f"{table.area} · {table.name} ({seats})", table.table_id)
        self.table_combo.setCurrentIndex(max(0, self.table_combo.findData(table_id)))

        self.day_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.time_edit = QTimeEdit(QTime(start.hour, start.minute))
        self.time_edit.setDisplayFormat("HH:mm")
        when_row = QHBoxLayout()
        when_row.addWidget(self.day_edit, 1)
        when_row.addWidget(self.time_edit, 1)
        sitting = subtitle_label(self.tr("The table is held %n minute(s).", "", sitting_minutes))

        self.source_combo = QComboBox()
        for source, label in (
            (AppointmentSource.PHONE, self.tr("Phone")),
            (AppointmentSource.WECHAT, self.tr("WeChat")),
            (AppointmentSource.WALK_IN, self.tr("Walk-in")),
            (AppointmentSource.ONLINE, self.tr("Online")),
        ):
            self.source_combo.addItem(label, source)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(200)
        self.note_edit.setPlaceholderText(self.tr("High chair, birthday, window seat …"))

        self.choice.add_rows(form, self.tr("&Customer"))
        form.addRow(buddy_label(self.tr("&Party"), self.party_spin), self.party_spin)
        form.addRow(buddy_label(self.tr("&Table"), self.table_combo), self.table_combo)
        form.addRow(buddy_label(self.tr("&When"), self.day_edit), when_row)
        form.addRow("", sitting)
        form.addRow(self.tr("S&ource"), self.source_combo)
        form.addRow(self.tr("&Note"), self.note_edit)
        self.error = error_label()
        form.addRow(self.error)
        buttons, self.ok_button = ok_cancel_buttons(self, self.save, self.tr("&Reserve"))
        form.addRow(buttons)
        self.choice.start()

    def start(self) -> datetime:
        day = self.day_edit.date().toPython()
        clock = self.time_edit.time().toPython()
        assert isinstance(day, date) and isinstance(clock, time)
        return datetime.combine(day, clock.replace(second=0, microsecond=0))

    def draft(self) -> ReservationDraft:
        return ReservationDraft(
            start=self.start(),
            party_size=self.party_spin.value(),
            table_id=self.table_combo.currentData(),
            customer_id=self.choice.customer_id(),
            new_name=self.choice.new_name(),
            new_phone=self.choice.new_phone(),
            source=AppointmentSource(self.source_combo.currentData()),
            note=self.note_edit.text(),
        )

    @Slot()
    def save(self) -> None:
        draft = self.draft()
        if draft.customer_id is None and not draft.new_name.strip():
            show_error(self.error, self.tr("Find the customer, or tick New customer."))
            return
        try:
            self.saved = self.context.call(tables.reserve, draft)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.accept()
