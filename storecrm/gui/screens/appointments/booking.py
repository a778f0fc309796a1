"""A booking (预约): the customer (found by phone or name, or a new one from name and phone),
the services from the catalogue, the staff member or anyone (指定 when the customer asked for
them), the day and time, where it came from, and a note. A refusal (the staff member off shift
or already booked, the store closed …) is said under the form and nothing typed is lost."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QWidget,
)

from storecrm import messages
from storecrm.domain.appointments import AppointmentSource
from storecrm.domain.errors import StoreCRMError
from storecrm.gui.screens.appointments.customer_choice import CustomerChoice
from storecrm.gui.widgets import buddy_label, error_label, ok_cancel_buttons, show_error
from storecrm.services import catalogue
from storecrm.services.appointments import book, rooms
from storecrm.services.appointments.dto import AppointmentInfo, BookingDraft, StaffDay
from storecrm.services.session import StoreContext

# The room chooser's "any free room" (0 is "no room"; a room is its id).
ANY_ROOM = -1


class BookingDialog(QDialog):
    def __init__(
        self,
        context: StoreContext,
        staff: tuple[StaffDay, ...],
        start: datetime,
        staff_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: AppointmentInfo | None = None
        self.setWindowTitle(self.tr("New appointment"))
        form = QFormLayout(self)

        self.choice = CustomerChoice(
            context, lambda exc: show_error(self.error, messages.error_text(exc)), self
        )

        self.services_list = QListWidget()
        self.services_list.setMinimumHeight(96)
        for item in context.call(catalogue.list_items):
            if item.kind != "service":
                continue
            minutes = item.duration_min or 30
            entry = QListWidgetItem(f"{item.name}  ·  {self.minutes_text(minutes)}")
            entry.setData(Qt.ItemDataRole.UserRole, item.item_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.services_list.addItem(entry)
        if self.services_list.count():
            self.services_list.setCurrentRow(0)

        self.staff_combo = QComboBox()
        self.staff_combo.addItem(self.tr("Anyone free"), None)
        for person in staff:
            self.staff_combo.addItem(person.name, person.staff_id)
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(staff_id)))
        self.requested_box = QCheckBox(self.tr("Re&quested"))
        self.requested_box.setToolTip(self.tr("The customer asked for this staff member"))
        staff_row = QHBoxLayout()
        staff_row.addWidget(self.staff_combo, 1)
        staff_row.addWidget(self.requested_box)

        self.day_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.time_edit = QTimeEdit(QTime(start.hour, start.minute))
        self.time_edit.setDisplayFormat("HH:mm")
        when_row = QHBoxLayout()
        when_row.addWidget(self.day_edit, 1)
        when_row.addWidget(self.time_edit, 1)

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

        self.choice.add_rows(form, self.tr("&Customer"))
        form.addRow(self.tr("&Services"), self.services_list)
        form.addRow(buddy_label(self.tr("S&taff"), self.staff_combo), staff_row)
        form.addRow(buddy_label(self.tr("&When"), self.day_edit), when_row)
        # A room, bed or chair (only when the store has some): none, any free one, or one.
        self.room_combo = QComboBox()
        self.room_combo.addItem(self.tr("No room"), 0)
        self.room_combo.addItem(self.tr("Any free room"), ANY_ROOM)
        for room in context.call(rooms.list_rooms):
            label = self.tr("%1 (takes %n appointment(s) at once)", "", room.capacity).replace(
                "%1", room.name
            )
            self.room_combo.addItem(label, room.room_id)
        self.room_label = buddy_label(self.tr("&Room"), self.room_combo)
        if self.room_combo.count() > 2:
            form.addRow(self.room_label, self.room_combo)
        else:
            self.room_combo.hide()
        form.addRow(self.tr("S&ource"), self.source_combo)
        form.addRow(self.tr("&Note"), self.note_edit)
        self.error = error_label()
        form.addRow(self.error)
        buttons, self.ok_button = ok_cancel_buttons(self, self.save, self.tr("&Book"))
        form.addRow(buttons)
        self.choice.start()

    def minutes_text(self, minutes: int) -> str:
        return self.tr("%n min", "", minutes)

    def item_ids(self) -> tuple[int, ...]:
        chosen = []
        for row in range(self.services_list.count()):
            entry = self.services_list.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                chosen.append(int(entry.data(Qt.ItemDataRole.UserRole)))
        return tuple(chosen)

    def start(self) -> datetime:
        day = self.day_edit.date().toPython()
        clock = self.time_edit.time().toPython()
        assert isinstance(day, date) and isinstance(clock, time)
        return datetime.combine(day, clock.replace(second=0, microsecond=0))

    def draft(self) -> BookingDraft:
        staff_id = self.staff_combo.currentData()
        room = int(self.room_combo.currentData())
        return BookingDraft(
            start=self.start(),
            item_ids=self.item_ids(),
            staff_id=staff_id,
            customer_id=self.choice.customer_id(),
            new_name=self.choice.new_name(),
            new_phone=self.choice.new_phone(),
            requested=self.requested_box.isChecked() and staff_id is not None,
            source=AppointmentSource(self.source_combo.currentData()),
            note=self.note_edit.text(),
            resource_id=room if room > 0 else None,
            any_room=room == ANY_ROOM,
        )

    @Slot()
    def save(self) -> None:
        draft = self.draft()
        if draft.customer_id is None and not draft.new_name.strip():
            show_error(self.error, self.tr("Find the customer, or tick New customer."))
            return
        try:
            self.saved = self.context.call(book.book_appointment, draft)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.accept()
