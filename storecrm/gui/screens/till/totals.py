"""The sale's figures as the quote has them: total, before discount and the discount (the
tier's), the whole-order discount (整单折扣) and the rounding (抹零) on rows of their own, paid,
still due, change, points earned and used; under them what stops the sale from being recorded.

Every figure comes from ``SaleQuote`` (services/sales.quote_sale); nothing is added up here.
Each promotion's and coupon's saving has a row of its own under the tier's discount.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from storecrm.gui.format import money
from storecrm.gui.names import discount_text
from storecrm.gui.screens.member_dialogs import caption
from storecrm.gui.widgets import error_label, show_error
from storecrm.services.dto import SaleQuote


def percent_text(permille: int) -> str:
    """258 → "25.8", 100 → "10" (permille as a percentage, no float)."""
    whole, tenth = divmod(permille, 10)
    return f"{whole}.{tenth}" if tenth else str(whole)


class TotalsPanel(QFrame):
    """The figures of the quote, a big total first, and the problems under them (a card)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        self.totals: dict[str, QLabel] = {}
        self.total_captions: dict[str, QLabel] = {}
        rows = (
            ("total", self.tr("Total")),
            ("list", self.tr("Before discount")),
            ("discount", self.tr("Discount")),
            ("order_discount", self.tr("Order discount")),
            ("rounding", self.tr("Rounding")),
            ("paid", self.tr("Paid")),
            ("due", self.tr("Still due")),
            ("change", self.tr("Change")),
            ("points", self.tr("Points")),
        )
        self.savings_box = QWidget()
        self.savings_grid = QGridLayout(self.savings_box)
        self.savings_grid.setContentsMargins(0, 0, 0, 0)
        self.savings_grid.setHorizontalSpacing(12)
        self.savings_grid.setVerticalSpacing(3)
        self.savings_grid.setColumnStretch(1, 1)
        self.saving_rows: list[tuple[QLabel, QLabel]] = []
        for row, (key, text) in enumerate(rows):
            if key == "order_discount":  # the savings go between the tier's and the order's
                grid.addWidget(self.savings_box, 2 * row - 1, 0, 1, 2)
            name = caption(text)
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, 2 * row, 0)
            grid.addWidget(value, 2 * row, 1)
            self.totals[key] = value
            self.total_captions[key] = name
        big = QFont(self.totals["total"].font())
        big.setPointSizeF(big.pointSizeF() * 1.9)
        big.setWeight(QFont.Weight.Bold)
        self.totals["total"].setFont(big)
        self.totals["total"].setStyleSheet("QLabel { color: #0F766E; }")
        self.total_captions["total"].setStyleSheet("QLabel { font-weight: 600; }")
        change_font = QFont(self.totals["change"].font())
        change_font.setPointSizeF(change_font.pointSizeF() * 1.3)
        change_font.setWeight(QFont.Weight.DemiBold)
        self.totals["change"].setFont(change_font)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.grid, self.layout_ = grid, layout
        self.problems = error_label()
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.setMinimumWidth(320)

    def show_quote(self, quote: SaleQuote, member: bool) -> None:
        t = self.totals
        t["total"].setText(money(quote.total_fen))
        t["list"].setText(money(quote.list_fen))
        savings = quote.savings_fen
        own = quote.discount_fen - quote.order_discount_fen - quote.rounding_fen - savings
        discount = money(-own) if own else money(0)
        if quote.tier_name and quote.discount_permille < 1000 and quote.tier_applied:
            discount = f"{discount}  ({quote.tier_name} {discount_text(quote.discount_permille)})"
        self._show_savings(quote)
        t["discount"].setText(discount)
        order = money(-quote.order_discount_fen)
        if quote.order_discount_permille:
            order += "  " + self.tr("(%1 % off)").replace(
                "%1", percent_text(quote.order_discount_permille)
            )
        t["order_discount"].setText(order)
        t["rounding"].setText(money(-quote.rounding_fen))
        shown = {
            "list": bool(quote.discount_fen),
            "discount": bool(own),
            "order_discount": bool(quote.order_discount_fen),
            "rounding": bool(quote.rounding_fen),
        }
        for key, visible in shown.items():
            t[key].setVisible(visible)
            self.total_captions[key].setVisible(visible)
        t["paid"].setText(money(quote.paid_fen))
        t["due"].setText(money(quote.due_fen))
        due_sheet = "QLabel { color: #DC2626; font-weight: 600; }" if quote.due_fen else ""
        if t["due"].styleSheet() != due_sheet:  # a new sheet re-polishes: only when it changes
            t["due"].setStyleSheet(due_sheet)
        t["change"].setText(money(quote.change_fen))
        change_sheet = "QLabel { color: #B45309; }" if quote.change_fen else ""
        if t["change"].styleSheet() != change_sheet:
            t["change"].setStyleSheet(change_sheet)
        points = []
        if quote.points_earned:
            points.append(self.tr("+%1 earned").replace("%1", f"{quote.points_earned:,}"))
        if quote.points_used:
            points.append(self.tr("−%1 used").replace("%1", f"{quote.points_used:,}"))
        t["points"].setText(", ".join(points) or "—")
        t["points"].setVisible(member)
        self.total_captions["points"].setVisible(member)

    def _show_savings(self, quote: SaleQuote) -> None:
        """One row per promotion and coupon: its name and what it takes off."""
        wanted = [(s.name, money(-s.amount_fen)) for s in quote.savings]
        while len(self.saving_rows) < len(wanted):
            n = len(self.saving_rows)
            name, value = caption(""), QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setStyleSheet("QLabel { color: #B45309; }")
            self.savings_grid.addWidget(name, n, 0)
            self.savings_grid.addWidget(value, n, 1)
            self.saving_rows.append((name, value))
        for i, (name, value) in enumerate(self.saving_rows):
            shown = i < len(wanted)
            if shown:
                name.setText(wanted[i][0])
                value.setText(wanted[i][1])
            name.setVisible(shown)
            value.setVisible(shown)
        self.savings_box.setVisible(bool(wanted))

    def saving_texts(self) -> list[tuple[str, str]]:
        """The savings as shown: (name, amount) per row."""
        return [(n.text(), v.text()) for n, v in self.saving_rows if not n.isHidden()]

    def tighten(self) -> None:
        """Less air between the rows (the touch layout's short column)."""
        self.grid.setVerticalSpacing(0)
        self.layout_.setContentsMargins(12, 6, 12, 6)
        self.layout_.setSpacing(2)

    def show_problems(self, texts: list[str]) -> None:
        """One line per problem; none clears them."""
        show_error(self.problems, "\n".join(texts))

    def problem_texts(self) -> list[str]:
        return [t for t in self.problems.text().split("\n") if t]
