"""The till's pick lists (the parked sales, a member's coupon wallet): a table of whole rows
a finger can tap, a line in its place when there is nothing to pick, and the buttons that need
a row enabled only when there is one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableView

from storecrm.gui.models import ListTableModel

T = TypeVar("T")


def pick_table(model: ListTableModel[T], stretch: int, picked: Callable[[], object]) -> QTableView:
    """One row selected at a time, read-only, 40 px rows; Enter or a tap on a row is
    ``picked``; column ``stretch`` takes the room left."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(40)  # a finger's row
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.activated.connect(lambda _index: picked())
    return table


def show_rows(
    model: ListTableModel[T],
    table: QTableView,
    empty: QLabel,
    buttons: Iterable[QPushButton],
    rows: Sequence[T],
) -> None:
    """The rows in the table (the first one selected, the table focused), or the empty line."""
    model.set_rows(rows)
    empty.setVisible(not rows)
    table.setVisible(bool(rows))
    for button in buttons:
        button.setEnabled(bool(rows))
    if rows:
        table.selectRow(0)
        table.setFocus()


def selected_row(model: ListTableModel[T], table: QTableView) -> T | None:
    rows = table.selectionModel().selectedRows()
    return model.row(rows[0].row()) if rows else None
