"""The small, fully loaded record tables every membership tab shows (also used by the
customer profile and the reminder tabs): the model, the view, and selecting a row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from storecrm.gui.models import Index, ListTableModel

T = TypeVar("T")

GREY = QColor("#9CA3AF")


class RecordModel(ListTableModel[T]):
    """A small, fully loaded list as a table: numbers right-aligned, inactive rows greyed."""

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[T], Any]]],
        parent: Any = None,
        *,
        numeric: Sequence[int] = (),
        greyed: Callable[[T], bool] | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._numeric = frozenset(numeric)
        self._greyed = greyed

    def rows(self) -> list[T]:
        return [self.row(i) for i in range(self.rowCount())]

    def texts(self, column: int) -> list[str]:
        """One column as shown (for tests and copying)."""
        return [str(self.index(r, column).data()) for r in range(self.rowCount())]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            if role == Qt.ItemDataRole.TextAlignmentRole:
                side = (
                    Qt.AlignmentFlag.AlignRight
                    if index.column() in self._numeric
                    else Qt.AlignmentFlag.AlignLeft
                )
                return side | Qt.AlignmentFlag.AlignVCenter
            if (
                role == Qt.ItemDataRole.ForegroundRole
                and self._greyed is not None
                and self._greyed(self.row(index.row()))
            ):
                return GREY
        return super().data(index, role)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and section in self._numeric
        ):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().headerData(section, orientation, role)


def record_table(model: ListTableModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(34)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def selected_row(view: QTableView, model: ListTableModel[T]) -> T | None:
    rows = view.selectionModel().selectedRows()
    return model.row(rows[0].row()) if rows else None


def select_where(view: QTableView, model: RecordModel[T], match: Callable[[T], bool]) -> None:
    for position, row in enumerate(model.rows()):
        if match(row):
            view.selectRow(position)
            view.scrollTo(model.index(position, 0))
            return
