"""取单: the parked sales (挂单), oldest first, with the time, the customer, how many items and
the total; the cashier resumes one (Enter, or a tap) or drops one the customer will not come
back for."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storecrm.domain.errors import StoreCRMError
from storecrm.gui.format import money
from storecrm.gui.look import icon, set_property
from storecrm.gui.models import ListTableModel
from storecrm.gui.widgets import error_box
from storecrm.services import parked
from storecrm.services.dto import ParkedSaleInfo
from storecrm.services.session import StoreContext

Index = QModelIndex | QPersistentModelIndex


class ParkedModel(ListTableModel[ParkedSaleInfo]):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and role == Qt.ItemDataRole.TextAlignmentRole
            and index.column()
            in (
                2,
                3,
            )
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class ParkedSalesDialog(QDialog):
    """The parked sales; ``chosen`` is the one to resume once accepted."""

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.chosen: ParkedSaleInfo | None = None
        self.setWindowTitle(self.tr("Parked sales"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.model = ParkedModel(
            [
                (self.tr("Parked"), lambda p: p.parked_at.strftime("%m-%d %H:%M")),
                (self.tr("Customer"), lambda p: p.customer_name or self.tr("Walk-in")),
                (self.tr("Items"), lambda p: p.lines),
                (self.tr("Total"), lambda p: money(p.total_fen)),
                (self.tr("Note"), lambda p: p.note),
                (self.tr("By"), lambda p: p.parked_by),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)  # a finger's row
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.resume())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No sale is parked."))
        self.empty.setObjectName("PlaceholderText")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.discard_button = QPushButton(icon("delete"), self.tr("&Drop…"))
        self.discard_button.setToolTip(self.tr("The customer will not come back for it"))
        self.close_button = QPushButton(self.tr("Close"))
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.resume_button.setToolTip(self.tr("Back into the till (Enter)"))
        set_property(self.resume_button, "primary", True)
        self.resume_button.setDefault(True)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.resume_button)
        layout.addLayout(row)
        self.discard_button.clicked.connect(self.discard)
        self.close_button.clicked.connect(self.reject)
        self.resume_button.clicked.connect(lambda: self.resume())
        self.reload()

    def reload(self) -> None:
        try:
            rows = self.context.call(parked.list_parked)
        except StoreCRMError as exc:
            error_box(self, exc)
            rows = []
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        for button in (self.resume_button, self.discard_button):
            button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)
            self.table.setFocus()

    def selected(self) -> ParkedSaleInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def resume(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        self.chosen = chosen
        self.accept()
        return True

    def discard(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Drop the parked sale?"),
            self.tr("Drop the parked sale of %1 (%2)? It cannot be resumed after.")
            .replace("%1", chosen.customer_name or self.tr("a walk-in"))
            .replace("%2", money(chosen.total_fen)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.context.call(parked.discard_parked, chosen.parked_id)
        except StoreCRMError as exc:
            error_box(self, exc)
        self.reload()


__all__ = ["ParkedSalesDialog"]
