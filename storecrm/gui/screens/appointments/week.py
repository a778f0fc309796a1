"""The roster's week (排班): a row per staff member, a column per weekday, the shift (早班,
晚班 …) or 休息 in each cell. Saved in one go; the day's book shows it at once."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QTime, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError
from storecrm.gui.widgets import error_label, ok_cancel_buttons, show_error
from storecrm.services.appointments import roster
from storecrm.services.session import StoreContext
from storecrm.services.staff import roster as staff_roster
from storecrm.services.staff.dto import StaffMember


class WeekDialog(QDialog):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Roster: the week"))
        people = context.call(staff_roster.list_staff_members)
        shifts = context.call(roster.list_shifts)
        weeks = context.call(roster.list_weeks)
        days = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        for column, name in enumerate(days, start=1):
            grid.addWidget(QLabel(name), 0, column)
        self.cells: dict[tuple[int, int], QComboBox] = {}
        for row, person in enumerate(people, start=1):
            grid.addWidget(QLabel(person.name), row, 0)
            week = weeks.get(person.staff_id, {})
            for weekday in range(7):
                combo = QComboBox()
                combo.addItem(self.tr("Day off"), None)
                for shift in shifts:
                    combo.addItem(shift.name, shift.shift_id)
                combo.setCurrentIndex(max(0, combo.findData(week.get(weekday))))
                grid.addWidget(combo, row, weekday + 1)
                self.cells[(person.staff_id, weekday)] = combo
        grid.setRowStretch(len(people) + 1, 1)  # the rows stay at the top
        grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        layout = QVBoxLayout(self)
        legend = QLabel("  ·  ".join(f"{s.name} {s.start:%H:%M}–{s.end:%H:%M}" for s in shifts))
        legend.setWordWrap(True)
        layout.addWidget(legend)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._leave_row(people))
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.ok_button = ok_cancel_buttons(self, self.save, self.tr("&Save"))
        layout.addWidget(buttons)
        self.resize(900, 520)

    def _leave_row(self, people: list[StaffMember]) -> QHBoxLayout:
        """Leave (请假): a staff member away for part of a day, saved at once."""
        self.leave_staff = QComboBox()
        for person in people:
            self.leave_staff.addItem(person.name, person.staff_id)
        self.leave_day = QDateEdit(QDate.currentDate())
        self.leave_day.setCalendarPopup(True)
        self.leave_day.setDisplayFormat("yyyy-MM-dd")
        self.leave_from = QTimeEdit(QTime(9, 0))
        self.leave_to = QTimeEdit(QTime(21, 0))
        for edit in (self.leave_from, self.leave_to):
            edit.setDisplayFormat("HH:mm")
        self.leave_reason = QLineEdit()
        self.leave_reason.setMaxLength(60)
        self.leave_reason.setPlaceholderText(self.tr("Reason"))
        self.leave_button = QPushButton(self.tr("Add &leave"))
        self.leave_button.clicked.connect(self.add_leave)
        self.leave_done = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Leave:")))
        for widget in (self.leave_staff, self.leave_day, self.leave_from, self.leave_to):
            row.addWidget(widget)
        row.addWidget(self.leave_reason, 1)
        row.addWidget(self.leave_button)
        row.addWidget(self.leave_done)
        return row

    @Slot()
    def add_leave(self) -> None:
        day = self.leave_day.date().toPython()
        start, end = self.leave_from.time().toPython(), self.leave_to.time().toPython()
        assert isinstance(day, date) and isinstance(start, time) and isinstance(end, time)
        try:
            self.context.call(
                roster.add_leave,
                self.leave_staff.currentData(),
                datetime.combine(day, start),
                datetime.combine(day, end),
                self.leave_reason.text(),
            )
        except StoreCRMError as exc:
            self.leave_done.clear()
            show_error(self.error, messages.error_text(exc))
            return
        show_error(self.error, "")
        self.leave_done.setText(self.tr("Saved."))
        self.leave_reason.clear()

    def weeks(self) -> dict[int, dict[int, int | None]]:
        chosen: dict[int, dict[int, int | None]] = {}
        for (staff_id, weekday), combo in self.cells.items():
            chosen.setdefault(staff_id, {})[weekday] = combo.currentData()
        return chosen

    @Slot()
    def save(self) -> None:
        try:
            self.context.call(roster.set_weeks, self.weeks())
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.accept()
