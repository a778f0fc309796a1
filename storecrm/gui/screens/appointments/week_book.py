"""The book's week view: a column per day (seven, Monday first), the times down the side.

For one staff member each appointment is a block over its cells (spanned, as on the day's
book) coloured by its status, and the time they do not work is grey. For everyone a cell
names the appointments that start in it (the staff member and the customer), is coloured by
the first that holds the time, and is grey when nobody works then. A closed day is grey all
down.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storecrm.domain.appointments import HOLDING, SLOT_MINUTES, AppointmentStatus
from storecrm.gui.screens.appointments.model import (
    OFF_SHIFT,
    OFF_SHIFT_TEXT,
    STATUS_COLOURS,
    BlockDelegate,
    Index,
    status_name,
)
from storecrm.services.appointments.dto import AppointmentInfo, DayRoster


class WeekBookModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.days: tuple[DayRoster, ...] = ()
        self.staff_id: int | None = None  # None: everyone
        self.times: list[time] = []
        self.cells: dict[tuple[int, int], list[AppointmentInfo]] = {}
        self.starting: dict[tuple[int, int], list[AppointmentInfo]] = {}
        self.blocks: list[tuple[int, int, int, AppointmentInfo]] = []  # row, column, rows, info
        self.working: list[list[bool]] = []  # [column][row]

    # -- filling --------------------------------------------------------------------------------
    def set_week(self, days: tuple[DayRoster, ...], staff_id: int | None) -> None:
        self.beginResetModel()
        self.days = days
        known = {person.staff_id for day in days for person in day.staff}
        self.staff_id = staff_id if staff_id in known else None
        open_days = [d for d in days if d.opens is not None and d.closes is not None]
        first = min((d.opens.time() for d in open_days if d.opens), default=time(9))
        last = max((d.closes.time() for d in open_days if d.closes), default=time(21))
        self.times = []
        at = datetime.combine(date.min, first)
        while at.time() < last and at.date() == date.min:
            self.times.append(at.time())
            at += timedelta(minutes=SLOT_MINUTES)
        self.working = [[self._works(day, t) for t in self.times] for day in days]
        self.cells, self.starting, self.blocks = {}, {}, []
        for column, day in enumerate(days):
            ordered = sorted(day.appointments, key=lambda a: (a.status not in HOLDING, a.start))
            for info in ordered:
                if self.staff_id is not None and info.staff_id != self.staff_id:
                    continue
                rows = self._rows(day, info)
                if not rows:
                    continue
                self.starting.setdefault((rows[0], column), []).append(info)
                if self.staff_id is not None:
                    if any((r, column) in self.cells for r in rows):
                        continue  # a no-show under a later booking: the later one shows
                    self.blocks.append((rows[0], column, len(rows), info))
                for row in rows:
                    self.cells.setdefault((row, column), []).append(info)
        self.endResetModel()

    def _rows(self, day: DayRoster, info: AppointmentInfo) -> range:
        """The slots an appointment covers in its day's column (the slots whose start falls
        within it), by arithmetic: the week of a big salon has thousands."""
        if not self.times:
            return range(0)
        base = datetime.combine(day.day, self.times[0])
        slot = timedelta(minutes=SLOT_MINUTES)
        first = -((base - info.start) // slot)  # ceiling division
        last = -((base - info.end) // slot)
        return range(max(first, 0), min(last, len(self.times)))

    def _works(self, day: DayRoster, at: time) -> bool:
        if day.opens is None or day.closes is None:
            return False
        moment = datetime.combine(day.day, at)
        if not day.opens <= moment < day.closes:
            return False
        return any(
            w.start <= moment < w.end
            for person in day.staff
            if self.staff_id is None or person.staff_id == self.staff_id
            for w in person.working
        )

    # -- reading --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.times)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.days)

    def moment(self, row: int, column: int) -> datetime:
        return datetime.combine(self.days[column].day, self.times[row])

    def slot(self, index: Index) -> tuple[datetime, int | None] | None:
        """The day and time of a cell, and the staff member shown (None: everyone)."""
        if not index.isValid() or not self.days:
            return None
        return self.moment(index.row(), index.column()), self.staff_id

    def appointment(self, index: Index) -> AppointmentInfo | None:
        """The appointment a cell shows first (one starting there, else one covering it)."""
        key = (index.row(), index.column())
        shown = self.starting.get(key) or self.cells.get(key)
        return shown[0] if shown else None

    def is_working(self, row: int, column: int) -> bool:
        return self.working[column][row]

    def index_of(self, appointment_id: int) -> QModelIndex:
        for (row, column), infos in self.starting.items():
            if any(i.appointment_id == appointment_id for i in infos):
                return self.index(row, column)
        return QModelIndex()

    def cell_text(self, row: int, column: int) -> str:
        infos = self.starting.get((row, column), [])
        if self.staff_id is not None:
            return "\n".join(
                f"{i.customer_name}\n{i.start:%H:%M}–{i.end:%H:%M} "
                + "、".join(s.name for s in i.services)
                for i in infos
            )
        if not infos:
            return ""
        # One line a cell for everyone: the first, and how many more start then (the tooltip
        # lists them all).
        first = f"{infos[0].staff_name or '?'} · {infos[0].customer_name}"
        return first if len(infos) == 1 else f"+{len(infos) - 1} {first}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        covering = self.cells.get((row, column), [])
        holding = [i for i in covering if i.status in HOLDING]
        shown = holding or covering
        first = shown[0] if shown else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if first is not None:
                return QBrush(QColor(STATUS_COLOURS[first.status]))
            if not self.is_working(row, column):
                return QBrush(QColor(OFF_SHIFT))
            return None
        faded = (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)
        if role == Qt.ItemDataRole.ForegroundRole and first is not None and first.status in faded:
            return QBrush(QColor(OFF_SHIFT_TEXT))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and covering:
            return "\n".join(
                f"{i.start:%H:%M}–{i.end:%H:%M} {i.staff_name} · {i.customer_name} · "
                + status_name(i.status)
                for i in covering
            )
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self.days):
                return None
            day = self.days[section]
            names = (
                self.tr("Mon"),
                self.tr("Tue"),
                self.tr("Wed"),
                self.tr("Thu"),
                self.tr("Fri"),
                self.tr("Sat"),
                self.tr("Sun"),
            )
            text = f"{names[day.day.weekday()]} {day.day:%m-%d}"
            if day.opens is None:
                return text + "\n" + self.tr("Closed")
            count = sum(
                1
                for a in day.appointments
                if a.status in HOLDING and (self.staff_id is None or a.staff_id == self.staff_id)
            )
            return text + "\n" + self.tr("%n booked", "", count)
        if section >= len(self.times):
            return None
        at = self.times[section]
        return f"{at:%H:%M}" if at.minute == 0 else f"  :{at:%M}"


class WeekBookTable(QTableView):
    """The week's grid with its model, on a page (``page``) under the chooser of whose week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WeekBook")
        self.week_model = WeekBookModel()
        self.setModel(self.week_model)
        self.setItemDelegate(BlockDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(26)
        self.staff_chooser = QComboBox()
        self.staff_chooser.setToolTip(self.tr("Whose week: one staff member, or everyone"))
        # The page the screen shows: whose week above the grid (the day's bar is full).
        self.page = QWidget()
        column = QVBoxLayout(self.page)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        whose = QLabel(self.tr("&Whose week:"))
        whose.setBuddy(self.staff_chooser)
        row.addWidget(whose)
        row.addWidget(self.staff_chooser)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self, 1)

    def show_week(self, days: tuple[DayRoster, ...], day: date) -> None:
        """The week's books, the chooser kept on whom it showed, ``day``'s column current."""
        current = self.currentIndex()
        chooser = self.staff_chooser
        chosen = chooser.currentData()
        chooser.blockSignals(True)
        chooser.clear()
        chooser.addItem(self.tr("Everyone"), None)
        for person in days[0].staff if days else ():
            chooser.addItem(person.name, person.staff_id)
        chooser.setCurrentIndex(max(0, chooser.findData(chosen)))
        chooser.blockSignals(False)
        self.week_model.set_week(days, chooser.currentData())
        # One staff member: blocks as tall as the appointment; everyone: a line per cell.
        self.setWordWrap(self.week_model.staff_id is not None)
        self.clearSpans()
        for row, column, rows, _info in self.week_model.blocks:
            if rows > 1:
                self.setSpan(row, column, rows, 1)
        if self.week_model.rowCount():
            row = min(max(current.row(), 0), self.week_model.rowCount() - 1)
            self.setCurrentIndex(self.week_model.index(row, day.weekday()))
