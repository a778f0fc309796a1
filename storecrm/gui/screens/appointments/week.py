"""The roster's week (排班): a row per staff member, a column per weekday, the shift (早班,
晚班 …) or 休息 in each cell. The grid shows the dated week chosen below it (the book's, by
default) as it will be worked: the usual week with that week's days of their own, which are
shaded (as is any cell changed away from the usual week). It is saved either as the usual week
(every week; that week's own days go) or for that week only (the cells that differ from the
usual week become days of their own: ``roster.save_week``); the day's book shows it at once.

Below it: 复制上周 makes that week what the week before was (its shifts as days of their own
where they differ from the usual week:
``roster.copy_last_week``), and 打印本周排班 prints that week as it will be worked (A4
landscape, in the print preview)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
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
from storecrm.domain import clock
from storecrm.domain.errors import StoreCRMError
from storecrm.gui.widgets import error_label, ok_cancel_buttons, show_error
from storecrm.services.appointments import roster
from storecrm.services.appointments.dto import WeekShifts
from storecrm.services.session import StoreContext
from storecrm.services.staff import roster as staff_roster
from storecrm.services.staff.dto import StaffMember


class WeekDialog(QDialog):
    copied = Signal()  # a week was copied: the book shows it

    def __init__(
        self, context: StoreContext, parent: QWidget | None = None, *, day: date | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.day = day or clock.now().date()
        self.setWindowTitle(self.tr("Roster: the week"))
        people = context.call(staff_roster.list_staff_members)
        shifts = context.call(roster.list_shifts)
        self.shift_names = {s.shift_id: s.name for s in shifts}
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
            for weekday in range(7):
                combo = QComboBox()
                combo.addItem(self.tr("Day off"), None)
                for shift in shifts:
                    combo.addItem(shift.name, shift.shift_id)
                combo.currentIndexChanged.connect(
                    lambda _n, key=(person.staff_id, weekday): self._mark(*key)
                )
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
        self.own_legend = QLabel(
            self.tr(
                "Shaded: a day of its own in this week (not the usual week). "
                "The grid shows the week chosen below."
            )
        )
        self.own_legend.setWordWrap(True)
        layout.addWidget(self.own_legend)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._leave_row(people))
        self.shown: WeekShifts | None = None
        layout.addLayout(self._dated_week_row())
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.ok_button = ok_cancel_buttons(
            self,
            self.save,
            self.tr("Save as the &usual week"),
            self.tr("Every week is worked like this from now on"),
        )
        self.this_week_button = QPushButton(self.tr("Save for this &week only"))
        self.this_week_button.setToolTip(
            self.tr("Only the week chosen below; the usual week stays as it is")
        )
        self.this_week_button.clicked.connect(self.save_this_week)
        buttons.addButton(self.this_week_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.resize(900, 540)

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

    def _dated_week_row(self) -> QHBoxLayout:
        """A dated week: copy the week before into it, print it."""
        self.week_of = QDateEdit(QDate(self.day.year, self.day.month, self.day.day))
        self.week_of.setCalendarPopup(True)
        self.week_of.setDisplayFormat("yyyy-MM-dd")
        self.week_of.dateChanged.connect(lambda _d: self._show_week_span())
        self.week_span = QLabel()
        self.copy_button = QPushButton(self.tr("&Copy last week"))
        self.copy_button.setToolTip(
            self.tr("This week's shifts become what they were the week before")
        )
        self.copy_button.clicked.connect(self.copy_last_week)
        self.print_button = QPushButton(self.tr("&Print the week…"))
        self.print_button.clicked.connect(self.print_week)
        self.copy_done = QLabel()
        self.copy_done.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Week of:")))
        row.addWidget(self.week_of)
        row.addWidget(self.week_span)
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addWidget(self.copy_done, 1)
        self._show_week_span()
        return row

    def monday(self) -> date:
        chosen = self.week_of.date().toPython()
        assert isinstance(chosen, date)
        return chosen - timedelta(days=chosen.weekday())

    def _show_week_span(self) -> None:
        monday = self.monday()
        self.week_span.setText(f"{monday:%m-%d} – {monday + timedelta(days=6):%m-%d}")
        self.copy_done.clear()
        if self.shown is None or self.shown.monday != monday:
            self.load_week()

    def load_week(self) -> None:
        """The grid shows the chosen week as it will be worked (its own days shaded)."""
        try:
            self.shown = self.context.call(roster.week_shifts, self.monday())
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        for (staff_id, weekday), combo in self.cells.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(self.shown.shift_on(staff_id, weekday))))
            combo.blockSignals(False)
            self._mark(staff_id, weekday)

    def _mark(self, staff_id: int, weekday: int) -> None:
        """Shade a cell that differs from the usual week (a day of its own, or one to be)."""
        combo = self.cells[(staff_id, weekday)]
        usual = None if self.shown is None else self.shown.usual.get(staff_id, {}).get(weekday)
        own = self.shown is not None and combo.currentData() != usual
        combo.setProperty("ownDay", own)
        combo.style().unpolish(combo)
        combo.style().polish(combo)
        usual_name = (
            self.shift_names.get(usual, self.tr("Day off")) if usual else self.tr("Day off")
        )
        combo.setToolTip(
            self.tr("This week only (the usual week: %1)").replace("%1", usual_name) if own else ""
        )

    def own_days(self) -> set[tuple[int, int]]:
        """The cells shaded as days of their own (staff id, weekday)."""
        return {key for key, combo in self.cells.items() if combo.property("ownDay")}

    @Slot()
    def copy_last_week(self) -> None:
        monday = self.monday()
        try:
            own = self.context.call(roster.copy_last_week, monday)
        except StoreCRMError as exc:
            self.copy_done.clear()
            show_error(self.error, messages.error_text(exc))
            return
        show_error(self.error, "")
        self.copy_done.setText(self.tr("Copied: %n day(s) differ from the usual week.", "", own))
        self.load_week()
        self.copied.emit()

    @Slot()
    def print_week(self) -> None:
        from storecrm.gui.screens.appointments import printing

        monday, context = self.monday(), self.context
        title = self.tr("Roster %1").replace("%1", monday.isoformat())
        printing.preview_pdf(
            self, lambda: printing.week_roster_bytes(context, monday), title, landscape=True
        )

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
        """The grid becomes the usual week (every week); the chosen week's own days go."""
        self._save(usual=True)

    @Slot()
    def save_this_week(self) -> None:
        """The grid holds for the chosen week only (days of their own where it differs)."""
        self._save(usual=False)

    def _save(self, *, usual: bool) -> None:
        try:
            self.context.call(roster.save_week, self.monday(), self.weeks(), usual=usual)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.accept()
