"""Dragging a booked appointment on the day's book to another time or staff member.

A press on a booked block picks it up, the move (past the platform's drag distance) follows the
mouse with the current cell, the release places it where the block's top would land (the
block keeps where it was grabbed: grabbed by its third slot, it starts two slots above the
drop). The placing is the keyboard move's (M, Enter): the same rules and the same sentences
when it does not fit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QTableView

from storecrm.domain.appointments import AppointmentStatus
from storecrm.services.appointments.dto import AppointmentInfo


class BookGrid(Protocol):
    """What a drag needs of a book's model (the day's, or the week's for one staff member)."""

    def appointment(self, index: QModelIndex | QPersistentModelIndex) -> AppointmentInfo | None: ...

    def index_of(self, appointment_id: int) -> QModelIndex: ...

    def rowCount(self, parent: QModelIndex = ...) -> int: ...  # noqa: N802 - Qt API


class BlockDrag(QObject):
    def __init__(
        self,
        table: QTableView,
        model: BookGrid,
        place: Callable[[AppointmentInfo, int, int], None],
        active: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self.place = place  # (appointment, row of its new start, column)
        self.active = active  # the week drags only when one staff member is shown
        self.picked: AppointmentInfo | None = None
        self.offset = 0  # the grabbed slot below the block's first
        self.pressed_at = QPoint()
        self.dragging = False
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.MouseButtonRelease,
        ):
            return False
        assert isinstance(event, QMouseEvent)
        point = event.position().toPoint()
        index = self.table.indexAt(point)
        if kind == QEvent.Type.MouseButtonPress:
            self.picked, self.dragging = None, False
            if not self.active():
                return False
            info = self.model.appointment(index)
            left = event.button() == Qt.MouseButton.LeftButton
            if left and info is not None and info.status is AppointmentStatus.BOOKED:
                top = self.model.index_of(info.appointment_id)
                self.picked = info
                self.offset = max(0, index.row() - top.row())
                self.pressed_at = point
            return False
        if self.picked is None:
            return False
        if kind == QEvent.Type.MouseMove:
            distance = (point - self.pressed_at).manhattanLength()
            if not self.dragging and distance >= QApplication.startDragDistance():
                self.dragging = True
                self.table.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if self.dragging and index.isValid():
                self.table.setCurrentIndex(index)
            return self.dragging
        # The release.
        picked, dragging = self.picked, self.dragging
        self.picked, self.dragging = None, False
        self.table.viewport().unsetCursor()
        if not dragging or not index.isValid():
            return False
        row = min(max(index.row() - self.offset, 0), self.model.rowCount() - 1)
        self.place(picked, row, index.column())
        return True
