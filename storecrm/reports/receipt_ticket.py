"""A receipt as an ESC/POS ticket (``hardware/ticket.py``) for a thermal printer: the same
facts and words as the HTML receipt (``receipt.py``), in the printer's own columns (32 on a
58 mm roll, 48 on 80 mm), the total in double size, the sale's number as a QR code (the sales
list finds a sale by it), then the cut. A cash payment also opens the drawer, first, so the
cashier can give change while the paper comes out.

Pure, like the HTML receipt: the GUI passes the sale, the store's name and translated labels.
"""

from __future__ import annotations

from collections.abc import Mapping

from storecrm.domain.money import amount_text as fen_text
from storecrm.domain.money import money_text
from storecrm.hardware.ticket import (
    COLUMNS,
    Align,
    Cut,
    Drawer,
    Feed,
    Item,
    Qr,
    Text,
    Ticket,
    row,
    rule,
    width,
    wrap,
)
from storecrm.reports.receipt import (
    DEFAULT_LABELS,
    Labels,
    discount_parts,
    line_discount,
    line_name,
    method_sort_key,
    saving_parts,
    when,
)
from storecrm.services.dto import MemberBalances, SaleInfo

FEED_BEFORE_CUT = 4  # lines from the print head to the cutter


class _Lines:
    def __init__(self, columns: int) -> None:
        self.columns = columns
        self.items: list[Item] = []

    def text(
        self,
        text: str,
        *,
        align: Align = Align.LEFT,
        bold: bool = False,
        wide: bool = False,
        tall: bool = False,
    ) -> None:
        self.items.append(Text(text, align, bold, wide, tall))

    def row(self, left: str, right: str, *, bold: bool = False) -> None:
        for line in row(left, right, self.columns):
            self.text(line, bold=bold)

    def centre(self, text: str, *, bold: bool = False, double: bool = False) -> None:
        columns = self.columns // 2 if double else self.columns
        for line in wrap(text, columns):
            self.text(line, align=Align.CENTER, bold=bold, wide=double, tall=double)

    def rule(self) -> None:
        self.text(rule(self.columns))


def paid_in_cash(sale: SaleInfo) -> bool:
    """A sale (or top-up) with money taken in cash: the drawer opens for it."""
    return sale.kind in ("sale", "top_up") and any(
        p.method == "cash" and p.amount_fen > 0 for p in sale.payments
    )


def receipt_ticket(
    sale: SaleInfo,
    store_name: str,
    labels: Mapping[str, str] | None = None,
    paper: str = "58mm",
    *,
    cash_tendered_fen: int | None = None,
    open_drawer: bool = False,
    qr: bool = True,
) -> Ticket:
    """The ticket of one sale, top-up, refund, withdrawal or gift. ``open_drawer``: a pulse
    for the cash drawer first (the caller decides: only for cash, only when set up)."""
    label = Labels(labels)
    out = _Lines(COLUMNS.get(paper, 32))
    if open_drawer:
        out.items.append(Drawer())
    double_name = width(store_name) * 2 <= out.columns
    out.centre(store_name, bold=True, double=double_name)
    title_key = f"title.{sale.kind}"
    out.centre(label(title_key) if title_key in DEFAULT_LABELS else sale.kind)
    out.rule()
    out.row(label("no"), sale.no)
    out.row(label("time"), when(sale.at))
    out.row(label("cashier"), sale.cashier_name)
    served = sale.served_by_text  # the staff who served, main first, else the account named
    if served and served != sale.cashier_name:
        out.row(label("staff"), served)
    if sale.approved_by_name:
        out.row(label("approved_by"), sale.approved_by_name)
    if sale.customer_id is not None:
        who = sale.customer_name or ""
        if sale.customer_phone:
            who += " " + sale.customer_phone
        out.row(label("member"), who)
        if sale.tier_name:
            out.row(label("tier"), sale.tier_name)
    else:
        out.row(label("member"), label("walk_in"))
    if sale.refund_of_no:
        out.text(label("refund_of", sale.refund_of_no), bold=True)
    out.rule()

    for line in sale.lines:
        for part in wrap(line_name(line, label, sale.kind), out.columns):
            out.text(part)
        out.row(f"  {line.qty} × {fen_text(line.unit_fen)}", fen_text(line.list_fen))
        if line_discount(line):
            out.row(f"  {label('discount')}", fen_text(-line_discount(line)))
    out.rule()

    if sale.discount_fen:
        out.row(label("subtotal"), fen_text(sale.list_fen))
        for key, fen in discount_parts(sale):
            out.row(label(key), fen_text(-fen))
        for name, fen in saving_parts(sale):
            out.row(name, fen_text(-fen))
    total_key = "refund_total" if sale.kind == "refund" else "total"
    for text in row(label(total_key), money_text(sale.total_fen), out.columns // 2):
        out.text(text, bold=True, wide=True, tall=True)

    payments = sorted(sale.payments, key=lambda p: method_sort_key(p.method))
    if payments:
        out.text(label("payments_back" if sale.total_fen < 0 else "payments"))
    for p in payments:
        name = label.method(p.method)
        if p.method == "points" and p.points:
            name += " " + label("points_used", f"{abs(p.points):,}")
        out.row(name, fen_text(p.amount_fen))
        if p.reference:
            out.text("  " + label("reference", p.reference))
    cash = sum(p.amount_fen for p in sale.payments if p.method == "cash")
    if cash_tendered_fen is not None and cash_tendered_fen > cash >= 0 and sale.kind == "sale":
        out.row(label("tendered"), fen_text(cash_tendered_fen))
        out.row(label("change"), fen_text(cash_tendered_fen - cash), bold=True)
    if sale.kind in ("top_up", "withdrawal") and sale.sv_bonus_fen:
        out.row(label("bonus"), fen_text(sale.sv_bonus_fen, sign=True))
    if sale.customer_id is not None and sale.points_earned > 0:
        out.row(label("points_earned"), f"{sale.points_earned:+,}")
    elif sale.customer_id is not None and sale.points_earned < 0:
        out.row(label("points_reversed"), f"{sale.points_earned:,}")

    if sale.balances_after is not None:
        out.rule()
        out.text(label("balances"))
        _balances(out, sale.balances_after, label)
    if sale.refunds or sale.note:
        out.rule()
        for no in sale.refunds:
            out.text(label("refunded_by", no))
        if sale.note:
            key = "reason" if sale.kind in ("refund", "withdrawal") else "note"
            for part in wrap(f"{label(key)}: {sale.note}", out.columns):
                out.text(part)
    out.rule()
    out.centre(label("thanks"))
    if qr:
        out.items.append(Qr(sale.no, 6))
        out.centre(sale.no)
    out.items.append(Feed(FEED_BEFORE_CUT))
    out.items.append(Cut())
    return Ticket(tuple(out.items), out.columns)


def _balances(out: _Lines, balances: MemberBalances, label: Labels) -> None:
    if balances.balance_fen or balances.bonus_fen or not balances.cards:
        out.row(label("balance"), fen_text(balances.balance_fen))
        if balances.bonus_fen:
            out.row("  " + label("principal"), fen_text(balances.principal_fen))
            out.row("  " + label("bonus"), fen_text(balances.bonus_fen))
    out.row(label("points"), f"{balances.points:,}")
    for card in balances.cards:
        if not card.usable:
            continue
        parts = []
        if card.sessions_left is not None:
            parts.append(label("sessions_left", card.sessions_left))
        if card.expires_on is not None:
            parts.append(label("expires", card.expires_on.isoformat()))
        out.row(card.name, " · ".join(parts))


def sample_ticket(store_name: str, labels: Mapping[str, str], paper: str) -> Ticket:
    """What "Test print" prints: the store's name, the paper width ruled out, Chinese and
    ASCII, the styles, a QR code and the cut; enough to see the printer is set up right."""
    label = Labels(labels)
    out = _Lines(COLUMNS.get(paper, 32))
    out.centre(store_name, bold=True, double=width(store_name) * 2 <= out.columns)
    out.centre(label("test.title"))
    out.rule()
    out.text("".join(str(n % 10) for n in range(1, out.columns + 1)))
    out.text("收银小票打印测试 ABC abc 0123")
    out.text(label("test.bold"), bold=True)
    for line in row(label("total"), money_text(12345), out.columns // 2):
        out.text(line, bold=True, wide=True, tall=True)
    out.row(label("test.paper"), paper)
    out.rule()
    out.items.append(Qr("StoreCRM", 6))
    out.items.append(Feed(FEED_BEFORE_CUT))
    out.items.append(Cut())
    return Ticket(tuple(out.items), out.columns)


__all__ = ["paid_in_cash", "receipt_ticket", "sample_ticket"]
