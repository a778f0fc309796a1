"""The store's opening hours (营业时间) per weekday, or closed (休息) that weekday, and the days
it is closed (店休: a holiday, a refit). Bookings outside them are refused."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain import clock
from storecrm.domain.errors import StoreCRMError
from storecrm.gui.widgets import error_label, ok_cancel_buttons, show_error
from storecrm.services.appointments import roster
from storecrm.services.session import StoreContext


def _qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


class HoursDialog(QDialog):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Opening hours"))
        hours, closed_days = context.call(roster.store_hours)
        names = [
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ]
        grid = QGridLayout()
        self.rows: dict[int, tuple[QTimeEdit, QTimeEdit, QCheckBox]] = {}
        for weekday, name in enumerate(names):
            span = hours.get(weekday)
            opens = QTimeEdit(_qtime(span[0] if span else time(9)))
            closes = QTimeEdit(_qtime(span[1] if span else time(21)))
            for edit in (opens, closes):
                edit.setDisplayFormat("HH:mm")
            shut = QCheckBox(self.tr("Closed"))
            shut.toggled.connect(opens.setDisabled)
            shut.toggled.connect(closes.setDisabled)
            shut.setChecked(span is None)
            grid.addWidget(QLabel(name), weekday, 0)
            grid.addWidget(opens, weekday, 1)
            grid.addWidget(QLabel("–"), weekday, 2)
            grid.addWidget(closes, weekday, 3)
            grid.addWidget(shut, weekday, 4)
            self.rows[weekday] = (opens, closes, shut)

        self.closed_label = QLabel()
        self.closed_label.setWordWrap(True)
        self._show_closed(closed_days)
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(60)
        self.note_edit.setPlaceholderText(self.tr("Why (e.g. Spring Festival)"))
        self.add_button = QPushButton(self.tr("Add a &closed day"))
        self.add_button.clicked.connect(self.add_closed_day)
        closed_row = QHBoxLayout()
        closed_row.addWidget(self.day_edit)
        closed_row.addWidget(self.note_edit, 1)
        closed_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.closed_label)
        layout.addLayout(closed_row)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.ok_button = ok_cancel_buttons(self, self.save, self.tr("&Save"))
        layout.addWidget(buttons)

    def _show_closed(self, days: list[date]) -> None:
        listed = "、".join(d.isoformat() for d in days) or self.tr("none")
        self.closed_label.setText(self.tr("Closed days ahead: %1").replace("%1", listed))

    def hours(self) -> dict[int, tuple[time, time] | None]:
        chosen: dict[int, tuple[time, time] | None] = {}
        for weekday, (opens, closes, shut) in self.rows.items():
            start, end = opens.time().toPython(), closes.time().toPython()
            assert isinstance(start, time) and isinstance(end, time)
            chosen[weekday] = None if shut.isChecked() else (start, end)
        return chosen

    @Slot()
    def add_closed_day(self) -> None:
        day = self.day_edit.date().toPython()
        assert isinstance(day, date)
        if day < clock.now().date():
            show_error(self.error, self.tr("A closed day is today or later."))
            return
        try:
            self.context.call(roster.add_closed_day, day, self.note_edit.text())
            _hours, closed_days = self.context.call(roster.store_hours)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        show_error(self.error, "")
        self.note_edit.clear()
        self._show_closed(closed_days)

    @Slot()
    def save(self) -> None:
        try:
            self.context.call(roster.set_store_hours, self.hours())
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.accept()
