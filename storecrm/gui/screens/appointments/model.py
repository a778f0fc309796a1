"""The day's book as a table: a row per slot (15 minutes) from opening to closing, a column per
staff member on the roster. An appointment covers the cells of its staff member from its start
to its end (the view spans them into one block); the cells a staff member does not work are
grey."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from storecrm.domain.appointments import HOLDING, SLOT_MINUTES, AppointmentStatus
from storecrm.services.appointments.dto import AppointmentInfo, DayRoster

Index = QModelIndex | QPersistentModelIndex

#: The colour of an appointment's block by its status (the legend shows the same).
STATUS_COLOURS = {
    AppointmentStatus.BOOKED: "#cfe3ff",
    AppointmentStatus.ARRIVED: "#ffe08a",
    AppointmentStatus.DONE: "#c6efce",
    AppointmentStatus.NO_SHOW: "#ffc7c7",
    AppointmentStatus.CANCELLED: "#e4e4e4",
}
OFF_SHIFT = "#d9d9d9"
OFF_SHIFT_TEXT = "#8a8a8a"


class DayBookModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.roster: DayRoster | None = None
        self.times: list[datetime] = []
        self.cells: dict[tuple[int, int], AppointmentInfo] = {}
        self.blocks: list[tuple[int, int, int, AppointmentInfo]] = []  # row, column, rows, info
        self.working: list[list[bool]] = []  # [column][row]
        self.closed = False

    # -- filling --------------------------------------------------------------------------------
    def set_roster(self, roster: DayRoster) -> None:
        self.beginResetModel()
        self.roster = roster
        self.closed = roster.opens is None or roster.closes is None
        opens = roster.opens or datetime.combine(roster.day, datetime.min.time()).replace(hour=9)
        closes = roster.closes or opens.replace(hour=21)
        self.times = []
        at = opens
        while at < closes:
            self.times.append(at)
            at += timedelta(minutes=SLOT_MINUTES)
        self.working = [
            [
                not self.closed and any(w.start <= t and t < w.end for w in person.working)
                for t in self.times
            ]
            for person in roster.staff
        ]
        self.cells, self.blocks = {}, []
        columns = {person.staff_id: n for n, person in enumerate(roster.staff)}
        # Those holding their time first; a no-show or a cancellation shows where it is free.
        ordered = sorted(roster.appointments, key=lambda a: (a.status not in HOLDING, a.start))
        for info in ordered:
            column = columns.get(info.staff_id) if info.staff_id is not None else None
            if column is None:
                continue
            rows = [r for r, t in enumerate(self.times) if info.start <= t < info.end]
            if not rows or any((r, column) in self.cells for r in rows):
                continue
            for row in rows:
                self.cells[(row, column)] = info
            self.blocks.append((rows[0], column, len(rows), info))
        self.endResetModel()

    # -- reading --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.times)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() or self.roster is None else len(self.roster.staff)

    def appointment(self, index: Index) -> AppointmentInfo | None:
        return self.cells.get((index.row(), index.column()))

    def slot(self, index: Index) -> tuple[datetime, int] | None:
        """The time and staff member of a cell."""
        if self.roster is None or not index.isValid():
            return None
        return self.times[index.row()], self.roster.staff[index.column()].staff_id

    def is_working(self, row: int, column: int) -> bool:
        return self.working[column][row]

    def index_of(self, appointment_id: int) -> QModelIndex:
        for row, column, _rows, info in self.blocks:
            if info.appointment_id == appointment_id:
                return self.index(row, column)
        return QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        info = self.appointment(index)
        if role == Qt.ItemDataRole.DisplayRole:
            above = self.cells.get((index.row() - 1, index.column()))
            if info is None or above is info:
                return None  # the block's text is in its first cell
            return self.block_text(info)
        if role == Qt.ItemDataRole.BackgroundRole:
            if info is not None:
                return QBrush(QColor(STATUS_COLOURS[info.status]))
            if not self.is_working(index.row(), index.column()):
                return QBrush(QColor(OFF_SHIFT))
            return None
        faded = (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)
        if role == Qt.ItemDataRole.ForegroundRole and info is not None and info.status in faded:
            return QBrush(QColor(OFF_SHIFT_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole and info is not None:
            return self.block_text(info) + "\n" + status_name(info.status)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.block_text(info) if info else None
        return None

    def block_text(self, info: AppointmentInfo) -> str:
        services = "、".join(s.name for s in info.services)
        span = f"{info.start:%H:%M}–{info.end:%H:%M}"
        mark = " " + self.tr("(requested)") if info.requested else ""
        room = f" · {info.resource_name}" if info.resource_name else ""
        return f"{info.customer_name}{mark}\n{span} {services}{room}"

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or self.roster is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            person = self.roster.staff[section]
            shift = person.shift_name or self.tr("Day off")
            return f"{person.name}\n{shift}"
        at = self.times[section]
        return f"{at:%H:%M}" if at.minute == 0 else f"  :{at:%M}"


class BlockDelegate(QStyledItemDelegate):
    """Paints each cell's colour itself (the stylesheet's item background would hide it) and
    an appointment's text from the top of its block."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(brush, QBrush):
            painter.fillRect(option.rect, brush)
        super().paint(painter, option, index)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        option.backgroundBrush = QBrush()


def status_name(status: AppointmentStatus) -> str:
    names = {
        AppointmentStatus.BOOKED: QCoreApplication.translate("DayBookModel", "Booked"),
        AppointmentStatus.ARRIVED: QCoreApplication.translate("DayBookModel", "Arrived"),
        AppointmentStatus.DONE: QCoreApplication.translate("DayBookModel", "Done"),
        AppointmentStatus.NO_SHOW: QCoreApplication.translate("DayBookModel", "No-show"),
        AppointmentStatus.CANCELLED: QCoreApplication.translate("DayBookModel", "Cancelled"),
    }
    return names[status]
