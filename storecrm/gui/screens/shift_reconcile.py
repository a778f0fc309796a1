"""The day summary's lists for checking the day: every WeChat, Alipay and bank card payment with
its reference (to tick off against the platform's statement), and the sales parked at the till
that were not finished."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storecrm.gui.format import money
from storecrm.gui.models import ListTableModel
from storecrm.gui.names import method_name
from storecrm.services.dto import ParkedSaleInfo, PaymentReference, ShiftSummary

Index = QModelIndex | QPersistentModelIndex
MUTED = QColor("#6B7280")


class ReferencesModel(ListTableModel[PaymentReference]):
    AMOUNT, REFERENCE = 3, 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ref = self.row(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.REFERENCE:
            return MUTED if not ref.reference else None
        return super().data(index, role)


def _table(model: ListTableModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(120)
    return view


class ReconcileSection(QWidget):
    """The references and the parked sales of the period (hidden while there are none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.references_title = QLabel(self.tr("WeChat, Alipay and bank card payments"))
        self.references_title.setObjectName("SectionTitle")
        self.references_model = ReferencesModel(
            [
                (self.tr("Time"), lambda r: r.at.strftime("%H:%M")),
                (self.tr("No."), lambda r: r.sale_no),
                (self.tr("Method"), lambda r: method_name(r.method)),
                (self.tr("Amount"), lambda r: money(r.amount_fen)),
                (self.tr("Reference"), lambda r: r.reference or self.tr("(none given)")),
            ],
            self,
        )
        self.references_table = _table(self.references_model)
        self.references_table.setToolTip(
            self.tr("Tick these off against the payment platform's statement")
        )
        layout.addWidget(self.references_title)
        layout.addWidget(self.references_table)
        self.parked_title = QLabel(self.tr("Parked sales not finished"))
        self.parked_title.setObjectName("SectionTitle")
        self.parked_model: ListTableModel[ParkedSaleInfo] = ListTableModel(
            [
                (self.tr("Parked"), lambda p: p.parked_at.strftime("%m-%d %H:%M")),
                (self.tr("Customer"), lambda p: p.customer_name or self.tr("Walk-in")),
                (self.tr("Total"), lambda p: money(p.total_fen)),
                (self.tr("By"), lambda p: p.parked_by),
                (self.tr("Note"), lambda p: p.note),
            ],
            self,
        )
        self.parked_table = _table(self.parked_model)
        layout.addWidget(self.parked_title)
        layout.addWidget(self.parked_table)

    def show_summary(self, summary: ShiftSummary) -> None:
        self.references_model.set_rows(summary.payment_references)
        self.parked_model.set_rows(summary.parked)
        for widget in (self.references_title, self.references_table):
            widget.setVisible(bool(summary.payment_references))
        for widget in (self.parked_title, self.parked_table):
            widget.setVisible(bool(summary.parked))
        self.setVisible(bool(summary.payment_references or summary.parked))


__all__ = ["ReconcileSection"]
