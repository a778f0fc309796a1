"""A restaurant's tables (桌位): each table's name, area (大厅, 包间 or the store's own) and
seats, and whether it is in use; a new table added at once; and how long a reservation holds
its table (the sitting, for those who change the settings). Managers and owners open it."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from storecrm.domain.reservations import DEFAULT_AREAS, NAME_MAX, SEATS_RANGE, SITTING_RANGE
from storecrm.domain.roles import Permission
from storecrm.gui.widgets import error_label, ok_cancel_buttons, plural_suffix, show_error
from storecrm.services.appointments import tables
from storecrm.services.appointments.dto import TableInfo
from storecrm.services.session import StoreContext

Row = tuple[TableInfo, QLineEdit, QComboBox, QSpinBox, QCheckBox]


class TablesDialog(QDialog):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Tables"))
        layout = QVBoxLayout(self)
        self.grid = QGridLayout()
        for column, text in enumerate(
            (self.tr("Table"), self.tr("Area"), self.tr("Seats"), self.tr("In use"))
        ):
            self.grid.addWidget(QLabel(text), 0, column)
        self.rows: list[Row] = []
        for table in context.call(tables.list_tables, include_inactive=True):
            self._add_row(table)
        inner = QWidget()
        inner.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMinimumHeight(220)
        layout.addWidget(scroll, 1)

        self.name_edit, self.area_combo, self.seats_spin = self._fields(TableInfo(0, "", "", 4))
        self.name_edit.setPlaceholderText(self.tr("New table, e.g. A5"))
        self.add_button = QPushButton(self.tr("&Add table"))
        self.add_button.clicked.connect(self.add_table)
        new_row = QHBoxLayout()
        for widget in (self.name_edit, self.area_combo, self.seats_spin, self.add_button):
            new_row.addWidget(widget)
        layout.addLayout(new_row)

        self.sitting_spin = QSpinBox()
        self.sitting_spin.setRange(*SITTING_RANGE)
        self.sitting_spin.setSingleStep(15)
        plural_suffix(self.sitting_spin, lambda n: self.tr(" minute(s)", "", n))
        self.sitting_spin.setValue(context.call(tables.sitting_minutes))
        self.sitting_spin.setEnabled(context.actor.can(Permission.CHANGE_SETTINGS))
        sitting_row = QHBoxLayout()
        sitting_row.addWidget(QLabel(self.tr("A reservation holds its table")))
        sitting_row.addWidget(self.sitting_spin)
        sitting_row.addStretch(1)
        layout.addLayout(sitting_row)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.ok_button = ok_cancel_buttons(self, self.save, self.tr("&Save"))
        layout.addWidget(buttons)

    def _fields(self, table: TableInfo) -> tuple[QLineEdit, QComboBox, QSpinBox]:
        name = QLineEdit(table.name)
        name.setMaxLength(NAME_MAX)
        area = QComboBox()
        area.setEditable(True)
        area.addItems(list(DEFAULT_AREAS))
        area.setCurrentText(table.area or DEFAULT_AREAS[0])
        seats = QSpinBox()
        seats.setRange(*SEATS_RANGE)
        seats.setValue(table.seats)
        plural_suffix(seats, lambda n: self.tr(" seat(s)", "", n))
        return name, area, seats

    def _add_row(self, table: TableInfo) -> None:
        name, area, seats = self._fields(table)
        used = QCheckBox()
        used.setChecked(table.active)
        row = len(self.rows) + 1
        for column, widget in enumerate((name, area, seats, used)):
            self.grid.addWidget(widget, row, column)
        self.rows.append((table, name, area, seats, used))

    @Slot()
    def add_table(self) -> None:
        draft = TableInfo(
            0,
            self.name_edit.text(),
            self.area_combo.currentText(),
            self.seats_spin.value(),
            position=len(self.rows) + 1,
        )
        try:
            saved = self.context.call(tables.save_table, draft)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self._add_row(saved)
        self.name_edit.clear()
        self.error.hide()
        self.name_edit.setFocus()

    @Slot()
    def save(self) -> None:
        try:
            for table, name, area, seats, used in self.rows:
                changed = TableInfo(
                    table.table_id,
                    name.text(),
                    area.currentText(),
                    seats.value(),
                    table.position,
                    used.isChecked(),
                )
                if changed != table:
                    self.context.call(tables.save_table, changed)
            if self.sitting_spin.isEnabled():
                minutes = self.sitting_spin.value()
                if minutes != self.context.call(tables.sitting_minutes):
                    self.context.call(tables.set_sitting_minutes, minutes)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.accept()
