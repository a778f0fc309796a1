"""A staff member's commission statement for a month (提成明细): the month's figures and every
entry behind the total — each line they served (sale, customer, what, role, 指定, the basis,
the rate, their share, the amount), each refund taking some back, each tier adjustment with the
month's performance and the rate it reached. ← and → move a month."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.commission import PPM, Basis, TierMode
from storecrm.domain.errors import StoreCRMError
from storecrm.gui.format import datetime_text, money
from storecrm.gui.look import icon
from storecrm.gui.models import ListTableModel
from storecrm.gui.screens.staff.words import (
    basis_name,
    kind_name,
    mode_name,
    permille_text,
    rate_text,
    role_name,
)
from storecrm.gui.widgets import error_label, show_error, subtitle_label, title_label
from storecrm.services.session import StoreContext
from storecrm.services.staff import figures
from storecrm.services.staff.dto import Statement, StatementLine


def shift_month(month: str, step: int) -> str:
    year, mon = int(month[:4]), int(month[5:7]) + step
    while mon < 1:
        year, mon = year - 1, mon + 12
    while mon > 12:
        year, mon = year + 1, mon - 12
    return f"{year:04d}-{mon:02d}"


def what_text(line: StatementLine) -> str:
    if line.kind == "tier":
        try:
            facts = json.loads(line.detail)
        except ValueError:
            return ""
        return tier_text(facts)
    if line.line_kind == "top_up":  # a top-up's line has no text of its own
        return QCoreApplication.translate("StaffWords", "Top-up")
    return line.description


def tier_text(facts: dict[str, Any]) -> str:
    """A tier adjustment's figures in words."""
    try:
        mode = mode_name(TierMode(str(facts.get("mode", ""))))
    except ValueError:
        mode = str(facts.get("mode", ""))
    return (
        QCoreApplication.translate(
            "StatementDialog",
            "Month's performance %1 reaches %2 (%3): the month comes to %4, the entries made %5",
        )
        .replace("%1", money(int(facts.get("performance_fen", 0))))
        .replace("%2", rate_text(int(facts.get("rate_bp", 0))))
        .replace("%3", mode)
        .replace("%4", money(int(facts.get("month_fen", 0))))
        .replace("%5", money(int(facts.get("before_fen", 0))))
    )


class LinesModel(ListTableModel[StatementLine]):
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() >= 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return what_text(self.row(index.row()))
        return super().data(index, role)


class StatementDialog(QDialog):
    def __init__(
        self, context: StoreContext, staff_id: int, month: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.staff_id = staff_id
        self.month = month
        self.statement: Statement | None = None
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = title_label("")
        self.previous_button = QPushButton(icon("chevron-left"), "")
        self.previous_button.setToolTip(self.tr("The month before (←)"))
        self.month_label = QLabel()
        self.month_label.setObjectName("SectionTitle")
        self.next_button = QPushButton(icon("chevron-right"), "")
        self.next_button.setToolTip(self.tr("The month after (→)"))
        head.addWidget(self.title, 1)
        for widget in (self.previous_button, self.month_label, self.next_button):
            head.addWidget(widget)
        layout.addLayout(head)
        self.summary = subtitle_label("")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = LinesModel(
            [
                (self.tr("When"), lambda x: datetime_text(x.at)),
                (self.tr("Entry"), lambda x: kind_name(x.kind)),
                (self.tr("Ticket"), lambda x: x.sale_no or ""),
                (self.tr("Customer"), self._customer),
                (self.tr("What"), what_text),
                (self.tr("Role"), lambda x: "" if x.kind == "tier" else self._role(x)),
                (self.tr("Basis"), lambda x: self._basis(x)),
                (self.tr("Rate"), lambda x: rate_text(x.rate_bp)),
                (self.tr("Share"), lambda x: "" if x.kind == "tier" else self._share(x)),
                (self.tr("Plan"), lambda x: self.tr("v%1").replace("%1", str(x.plan_version))),
                (self.tr("Commission"), lambda x: money(x.amount_fen)),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.total_label = QLabel()
        self.total_label.setObjectName("SectionTitle")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.total_label)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.previous_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        QShortcut(QKeySequence("Left"), self, lambda: self.step_month(-1))
        QShortcut(QKeySequence("Right"), self, lambda: self.step_month(1))
        self.load()

    def _customer(self, line: StatementLine) -> str:
        if line.kind == "tier":
            return ""
        return line.customer or self.tr("Walk-in")

    def _role(self, line: StatementLine) -> str:
        text = role_name(line.role)
        return f"{text} · 指定" if line.requested else text

    def _basis(self, line: StatementLine) -> str:
        if line.kind == "tier":
            return ""
        if line.rate_bp is None:
            return self.tr("%n unit(s)", "", abs(line.units)) if line.units >= 0 else (
                "−" + self.tr("%n unit(s)", "", abs(line.units))
            )  # fmt: skip
        return f"{money(line.measure_fen)} · {basis_name(Basis(line.basis))}"

    def _share(self, line: StatementLine) -> str:
        return "" if line.weight_ppm == PPM else permille_text(line.weight_ppm // 1000)

    @Slot()
    def load(self) -> None:
        try:
            statement = self.context.call(figures.commission_statement, self.staff_id, self.month)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.statement = statement
        person, f = statement.staff, statement.figures
        self.setWindowTitle(
            self.tr("Commission statement: %1 %2")
            .replace("%1", person.name)
            .replace("%2", self.month)
        )
        self.title.setText(f"{person.no} {person.name} · {person.position} {person.grade}".strip())
        self.month_label.setText(self.month)
        self.summary.setText(
            self.tr(
                "Cash performance %1 · consumption %2 · visits %3 · card sales %4 · "
                "top-ups %5 · commission %6 + tier adjustments %7"
            )
            .replace("%1", money(f.cash_fen))
            .replace("%2", money(f.consumption_fen))
            .replace("%3", f"{f.visits:,}")
            .replace("%4", money(f.card_sales_fen))
            .replace("%5", money(f.top_ups_fen))
            .replace("%6", money(f.commission_fen))
            .replace("%7", money(f.tier_adjust_fen))
        )
        self.model.set_rows(statement.lines)
        self.total_label.setText(
            self.tr("%n entry(ies)", "", len(statement.lines))
            + " · "
            + self.tr("commission due %1").replace("%1", money(statement.total_fen))
        )
        show_error(self.error, "")

    def step_month(self, step: int) -> None:
        self.month = shift_month(self.month, step)
        self.load()


__all__ = ["StatementDialog", "shift_month"]
