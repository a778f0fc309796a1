"""The ledger tab of the customer panel: every change of stored value, points and sessions
with the balance after, newest first, one account or all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTableView, QVBoxLayout, QWidget

from storecrm.gui.format import datetime_text
from storecrm.gui.names import account_name, ledger_kind_name
from storecrm.gui.screens.customer_detail.words import ledger_amount
from storecrm.gui.screens.membership_screen.tables import RecordModel, record_table

if TYPE_CHECKING:
    from storecrm.gui.screens.customer_detail.panel import CustomerDetailPanel


def build_ledger(panel: CustomerDetailPanel) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.setSpacing(8)
    panel.ledger_filter = QComboBox()
    panel.ledger_filter.addItem(
        QCoreApplication.translate("CustomerDetailPanel", "All accounts"), None
    )
    panel.ledger_filter.addItem(
        QCoreApplication.translate("CustomerDetailPanel", "Stored value"), ("principal", "bonus")
    )
    panel.ledger_filter.addItem(
        QCoreApplication.translate("CustomerDetailPanel", "Points"), ("points",)
    )
    panel.ledger_filter.addItem(
        QCoreApplication.translate("CustomerDetailPanel", "Sessions"), ("sessions",)
    )
    panel.ledger_filter.setToolTip(
        QCoreApplication.translate("CustomerDetailPanel", "Show one account only")
    )
    panel.ledger_filter.currentIndexChanged.connect(lambda _i: show_ledger(panel))
    layout.addWidget(panel.ledger_filter, 0, Qt.AlignmentFlag.AlignLeft)
    panel.ledger_model = RecordModel(
        # The panel is narrow: what moved and by how much first, then when and by whom.
        [
            (
                QCoreApplication.translate("CustomerDetailPanel", "Account"),
                lambda e: account_name(e.account, e.card_name),
            ),
            (
                QCoreApplication.translate("CustomerDetailPanel", "Change"),
                lambda e: ledger_amount(e.account, e.delta, signed=True),
            ),
            (
                QCoreApplication.translate("CustomerDetailPanel", "Balance"),
                lambda e: ledger_amount(e.account, e.balance_after),
            ),
            (
                QCoreApplication.translate("CustomerDetailPanel", "What"),
                lambda e: ledger_kind_name(e.kind),
            ),
            (
                QCoreApplication.translate("CustomerDetailPanel", "Time"),
                lambda e: datetime_text(e.at),
            ),
            (
                QCoreApplication.translate("CustomerDetailPanel", "Ticket"),
                lambda e: e.sale_no or "",
            ),
            (QCoreApplication.translate("CustomerDetailPanel", "By"), lambda e: e.username),
        ],
        panel,
        numeric=(1, 2),
    )
    panel.ledger_table = record_table(panel.ledger_model)
    panel.ledger_table.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
    layout.addWidget(panel.ledger_table, 1)
    panel.ledger_empty = QLabel(
        QCoreApplication.translate("CustomerDetailPanel", "No stored value, points or cards yet.")
    )
    panel.ledger_empty.setObjectName("PageSubtitle")
    layout.addWidget(panel.ledger_empty)
    return page


def show_ledger(panel: CustomerDetailPanel) -> None:
    accounts = panel.ledger_filter.currentData()
    shown = [e for e in reversed(panel.ledger_lines) if not accounts or e.account in accounts]
    panel.ledger_model.set_rows(shown)  # newest first
    panel.ledger_empty.setVisible(not panel.ledger_lines)
