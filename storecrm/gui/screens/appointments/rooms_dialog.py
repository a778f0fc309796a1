"""Rooms, beds and chairs (房间、床位、座椅): each one's name, how many appointments it takes at
once, and whether it is in use; a new one added at once. A booking may then take one (the
booking dialog's 房间). Managers and owners open it (the book's 设置 → 房间…)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError
from storecrm.gui.widgets import error_label, ok_cancel_buttons, plural_suffix, show_error
from storecrm.services.appointments import rooms
from storecrm.services.appointments.dto import RoomInfo
from storecrm.services.session import StoreContext

Row = tuple[RoomInfo, QLineEdit, QSpinBox, QCheckBox]


class RoomsDialog(QDialog):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Rooms, beds and chairs"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "A booking may take a room (bed, chair); it takes as many appointments at once "
                "as its capacity."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.grid = QGridLayout()
        for column, text in enumerate(
            (self.tr("Room"), self.tr("Takes at once"), self.tr("In use"))
        ):
            self.grid.addWidget(QLabel(text), 0, column)
        self.rows: list[Row] = []
        for room in context.call(rooms.list_rooms, include_inactive=True):
            self._add_row(room)
        inner = QWidget()
        inner.setLayout(self.grid)
        self.grid.setRowStretch(999, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMinimumHeight(200)
        layout.addWidget(scroll, 1)

        self.name_edit, self.capacity_spin = self._fields(RoomInfo(0, "", 1))
        self.name_edit.setPlaceholderText(self.tr("New room, e.g. VIP room or bed 2"))
        self.add_button = QPushButton(self.tr("&Add room"))
        self.add_button.clicked.connect(self.add_room)
        new_row = QHBoxLayout()
        new_row.addWidget(self.name_edit, 1)
        new_row.addWidget(self.capacity_spin)
        new_row.addWidget(self.add_button)
        layout.addLayout(new_row)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.ok_button = ok_cancel_buttons(self, self.save, self.tr("&Save"))
        layout.addWidget(buttons)
        self.resize(460, 380)
        self.name_edit.setFocus()

    def _fields(self, room: RoomInfo) -> tuple[QLineEdit, QSpinBox]:
        name = QLineEdit(room.name)
        name.setMaxLength(rooms.NAME_MAX)
        capacity = QSpinBox()
        capacity.setRange(*rooms.CAPACITY_RANGE)
        capacity.setValue(room.capacity)
        plural_suffix(capacity, lambda n: self.tr(" appointment(s)", "", n))
        return name, capacity

    def _add_row(self, room: RoomInfo) -> None:
        name, capacity = self._fields(room)
        used = QCheckBox()
        used.setChecked(room.active)
        row = len(self.rows) + 1
        for column, widget in enumerate((name, capacity, used)):
            self.grid.addWidget(widget, row, column)
        self.rows.append((room, name, capacity, used))

    @Slot()
    def add_room(self) -> None:
        draft = RoomInfo(0, self.name_edit.text(), self.capacity_spin.value())
        try:
            saved = self.context.call(rooms.save_room, draft)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self._add_row(saved)
        self.name_edit.clear()
        self.capacity_spin.setValue(1)
        self.error.hide()
        self.name_edit.setFocus()

    @Slot()
    def save(self) -> None:
        try:
            for room, name, capacity, used in self.rows:
                changed = RoomInfo(room.room_id, name.text(), capacity.value(), used.isChecked())
                if changed != room:
                    self.context.call(rooms.save_room, changed)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.accept()
