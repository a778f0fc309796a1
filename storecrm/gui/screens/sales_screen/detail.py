"""``SaleDetailPanel``: the selected ticket beside the list: who, what, how it was paid,
what became of it (refunds link to their sale)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from storecrm.gui.format import datetime_text, money
from storecrm.gui.names import method_name, sale_kind_name
from storecrm.gui.sale_model import walk_in_name
from storecrm.gui.widgets import badge, placeholder_label
from storecrm.reports.receipt import method_sort_key
from storecrm.services.dto import SaleInfo

REFUNDABLE = ("sale", "top_up")
KIND_COLORS = {  # badge text, background
    "sale": ("#0F766E", "#CCFBF1"),
    "top_up": ("#1D4ED8", "#DBEAFE"),
    "refund": ("#B91C1C", "#FEE2E2"),
    "withdrawal": ("#B91C1C", "#FEE2E2"),
    "gift": ("#92400E", "#FEF3C7"),
}


class SaleDetailPanel(QFrame):
    """The selected ticket: who, what, how it was paid, what became of it."""

    link_activated = Signal(int)  # another sale (the one a refund gave back)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.sale: SaleInfo | None = None
        self.setMinimumWidth(320)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(8)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.empty = placeholder_label(self.tr("Choose a sale in the list to see it here."))
        self.pages.addWidget(self.empty)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.no_label = QLabel()
        self.no_label.setObjectName("SectionTitle")
        self.no_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.no_label)
        self.kind_badge = badge("")
        head.addWidget(self.kind_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addStretch(1)
        column.addLayout(head)
        self.time_label = QLabel()
        self.time_label.setObjectName("PageSubtitle")
        column.addWidget(self.time_label)
        self.body = QTextBrowser()
        self.body.setObjectName("SaleDetail")
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setStyleSheet("QTextBrowser#SaleDetail { border: none; padding: 0px; }")
        self.body.anchorClicked.connect(self._open_link)
        column.addWidget(self.body, 1)
        self.pages.addWidget(content)

        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        outer.addLayout(self.buttons)

    def clear(self) -> None:
        self.sale = None
        self.pages.setCurrentWidget(self.empty)

    def show_sale(self, sale: SaleInfo) -> None:
        self.sale = sale
        self.no_label.setText(self.tr("No. %1").replace("%1", sale.no))
        self.kind_badge.setText(sale_kind_name(sale.kind))
        foreground, background = KIND_COLORS.get(sale.kind, ("#374151", "#E5E7EB"))
        self.kind_badge.setStyleSheet(
            f"QLabel#Badge {{ background-color: {background}; color: {foreground}; }}"
        )
        self.time_label.setText(datetime_text(sale.at))
        self.body.setHtml(self._html(sale))
        self.pages.setCurrentIndex(1)

    def text(self) -> str:
        return self.body.toPlainText() if self.sale is not None else ""

    def _html(self, sale: SaleInfo) -> str:
        e = escape
        muted = "color:#6B7280;"
        red = "color:#B91C1C;"
        parts: list[str] = []

        def row(label: str, value: str, style: str = "") -> str:
            return (
                f'<tr><td style="{muted}">{e(label)}</td>'
                f'<td align="right" style="{style}">{value}</td></tr>'
            )

        who = e(sale.customer_name or walk_in_name())
        if sale.customer_phone:
            who += f" <span style='{muted}'>{e(sale.customer_phone)}</span>"
        people = [row(self.tr("Customer"), who)]
        if sale.tier_name:
            people.append(row(self.tr("Tier"), e(sale.tier_name)))
        if sale.served_by_text:
            people.append(row(self.tr("Served by"), e(sale.served_by_text)))
        people.append(row(self.tr("Cashier"), e(sale.cashier_name)))
        if sale.approved_by_name:
            people.append(row(self.tr("Approved by"), e(sale.approved_by_name)))
        parts.append(_table("".join(people)))
        if sale.refund_of_id is not None:
            parts.append(
                "<p>"
                + e(self.tr("Refund of"))
                + f' <a href="sale:{sale.refund_of_id}">{e(sale.refund_of_no or "")}</a></p>'
            )
        parts.append("<hr/>")

        lines = []
        for line in sale.lines:
            name = line.description or sale_kind_name(line.kind)
            if line.kind == "top_up":
                name = self.tr("Stored value top-up")
            refunded = ""
            if line.refunded_qty:
                refunded = (
                    f"<br/><span style='{red}'>"
                    + e(self.tr("%1 refunded").replace("%1", str(line.refunded_qty)))
                    + "</span>"
                )
            lines.append(
                f"<tr><td>{e(name)}<br/><span style='{muted}'>{line.qty} × "
                f"{e(money(line.unit_fen))}</span>{refunded}</td>"
                f'<td align="right">{e(money(line.amount_fen))}'
                + (
                    f"<br/><span style='{muted}'>"
                    + e(self.tr("discount %1").replace("%1", money(line.discount_fen)))
                    + "</span>"
                    if line.discount_fen
                    else ""
                )
                + "</td></tr>"
            )
        parts.append(_table("".join(lines)))
        parts.append("<hr/>")

        totals = []
        if sale.discount_fen:
            totals.append(row(self.tr("Before discount"), e(money(sale.list_fen))))
            totals.append(row(self.tr("Discount"), e(money(-sale.discount_fen))))
        style = "font-weight:600;" + (red if sale.total_fen < 0 else "")
        totals.append(row(self.tr("Total"), e(money(sale.total_fen)), style))
        for p in sorted(sale.payments, key=lambda p: method_sort_key(p.method)):
            amount = money(p.amount_fen)
            if p.method == "points" and p.points:
                amount += " " + self.tr("(%1 pts)").replace("%1", f"{abs(p.points):,}")
            totals.append(row(method_name(p.method), e(amount)))
        if sale.kind in ("top_up", "withdrawal") and sale.sv_bonus_fen:
            totals.append(row(self.tr("Bonus"), e(money(sale.sv_bonus_fen))))
        if sale.customer_id is not None and sale.points_earned:
            totals.append(row(self.tr("Points earned"), f"{sale.points_earned:+,}"))
        parts.append(_table("".join(totals)))

        if sale.refunds or (sale.kind in REFUNDABLE and sale.refundable_fen != sale.total_fen):
            parts.append("<hr/>")
            if sale.refunds:
                parts.append(
                    f"<p style='{red}'>"
                    + e(self.tr("Refunded: %1").replace("%1", ", ".join(sale.refunds)))
                    + "</p>"
                )
            if sale.kind in REFUNDABLE:
                parts.append(
                    f"<p style='{muted}'>"
                    + e(self.tr("Left to refund: %1").replace("%1", money(sale.refundable_fen)))
                    + "</p>"
                )
        if sale.note:
            label = self.tr("Reason") if sale.kind in ("refund", "withdrawal") else self.tr("Note")
            parts.append(
                "<hr/>" + f"<p><span style='{muted}'>{e(label)}:</span> {e(sale.note)}</p>"
            )
        return "".join(parts)

    @Slot(object)
    def _open_link(self, url: object) -> None:
        text = url.toString() if hasattr(url, "toString") else str(url)
        if text.startswith("sale:"):
            self.link_activated.emit(int(text.split(":", 1)[1]))


def _table(rows: str) -> str:
    return f'<table width="100%" cellspacing="0" cellpadding="2">{rows}</table>'
