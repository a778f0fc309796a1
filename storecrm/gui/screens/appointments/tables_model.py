"""A restaurant's book (订座): the day's grid with a column per table (grouped by area: 大厅,
包间, then the store's own) instead of per staff member. A reservation covers its table's cells
for its sitting; every table is open while the restaurant is."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from storecrm.domain.appointments import HOLDING, SLOT_MINUTES
from storecrm.gui.screens.appointments.model import DayBookModel
from storecrm.services.appointments.dto import AppointmentInfo, DayRoster

Index = QModelIndex | QPersistentModelIndex


class TableBookModel(DayBookModel):
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
        self.working = [[not self.closed for _ in self.times] for _ in roster.tables]
        self.cells, self.blocks = {}, []
        columns = {table.table_id: n for n, table in enumerate(roster.tables)}
        ordered = sorted(roster.appointments, key=lambda a: (a.status not in HOLDING, a.start))
        for info in ordered:
            column = None if info.table_id is None else columns.get(info.table_id)
            if column is None:
                continue
            rows = [r for r, t in enumerate(self.times) if info.start <= t < info.end]
            if not rows or any((r, column) in self.cells for r in rows):
                continue
            for row in rows:
                self.cells[(row, column)] = info
            self.blocks.append((rows[0], column, len(rows), info))
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() or self.roster is None else len(self.roster.tables)

    def slot(self, index: Index) -> tuple[datetime, int] | None:
        """The time and table of a cell."""
        if self.roster is None or not index.isValid():
            return None
        return self.times[index.row()], self.roster.tables[index.column()].table_id

    def block_text(self, info: AppointmentInfo) -> str:
        party = self.tr("%n guest(s)", "", info.party_size)
        span = f"{info.start:%H:%M}–{info.end:%H:%M}"
        return f"{info.customer_name}\n{party}\n{span}"  # narrow columns: a line each

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and self.roster is not None
        ):
            table = self.roster.tables[section]
            seats = self.tr("%n seat(s)", "", table.seats)
            return f"{table.area} · {table.name}\n{seats}"
        return super().headerData(section, orientation, role)
