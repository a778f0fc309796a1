"""取单: the parked sales (挂单), oldest first, with the time, the customer, how many items and
the total; the cashier resumes one (Enter, or a tap) or drops one the customer will not come
back for."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storecrm.domain.errors import StoreCRMError
from storecrm.gui.format import money
from storecrm.gui.look import icon, set_property
from storecrm.gui.models import ListTableModel
from storecrm.gui.screens.till.pick_table import pick_table, selected_row, show_rows
from storecrm.gui.widgets import error_box
from storecrm.services import parked
from storecrm.services.dto import ParkedSaleInfo
from storecrm.services.session import StoreContext

Index = QModelIndex | QPersistentModelIndex


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
        self.model = ListTableModel[ParkedSaleInfo](
            [
                (self.tr("Parked"), lambda p: p.parked_at.strftime("%m-%d %H:%M")),
                (self.tr("Customer"), lambda p: p.customer_name or self.tr("Walk-in")),
                (self.tr("Items"), lambda p: p.lines),
                (self.tr("Total"), lambda p: money(p.total_fen)),
                (self.tr("Note"), lambda p: p.note),
                (self.tr("By"), lambda p: p.parked_by),
            ],
            self,
            numbers=(2, 3),
        )
        self.table = pick_table(self.model, 1, self.resume)
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
        show_rows(
            self.model, self.table, self.empty, (self.resume_button, self.discard_button), rows
        )

    def selected(self) -> ParkedSaleInfo | None:
        return selected_row(self.model, self.table)

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
