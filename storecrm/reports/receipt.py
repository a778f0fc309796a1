"""Receipts (小票) as HTML for a Qt text document, and the page parts and words the shift
summary (``shift_summary.py``) and the ESC/POS receipt (``receipt_ticket.py``) share.

Pure: no Qt, no SQL. The GUI passes the sale or the summary it got from the services, the
store's name and a ``labels`` mapping of already translated words (see :data:`DEFAULT_LABELS`
for the keys; a missing key falls back to the English default). Money stays integer fen until
:func:`fen_text` ("123.45") or :func:`money_text` ("¥123.45") writes it (``domain/money.py``).

Three paper widths are supported: 58 mm and 80 mm thermal rolls, where every row must fit a
narrow column, and A4.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from html import escape

from storecrm.domain.money import amount_text as fen_text
from storecrm.domain.money import money_text
from storecrm.services.dto import MemberBalances, SaleInfo, SaleLineInfo


@dataclass(frozen=True, slots=True)
class Paper:
    key: str
    width_mm: float
    side_mm: float  # left and right margins
    top_mm: float  # top and bottom margins
    font_pt: float  # the body text
    roll: bool  # a thermal roll: one page exactly as long as the content

    @property
    def narrow(self) -> bool:
        return self.width_mm < 70

    @property
    def content_mm(self) -> float:
        return self.width_mm - 2 * self.side_mm


PAPERS: dict[str, Paper] = {
    "58mm": Paper("58mm", 58, 2.5, 2.5, 7.5, True),
    "80mm": Paper("80mm", 80, 3.5, 3.0, 8.5, True),
    # A4 keeps a column of 130 mm in the middle: label and figure stay close enough to read.
    "A4": Paper("A4", 210, 40, 20, 10.5, False),
}
DEFAULT_PAPER = "58mm"

# The order payment methods are listed in; others follow in alphabetical order.
METHOD_ORDER = ("cash", "wechat", "alipay", "bank_card", "stored_value", "points")
MONEY_METHODS = ("cash", "wechat", "alipay", "bank_card")

DEFAULT_LABELS: dict[str, str] = {
    # titles
    "title.sale": "Sales receipt",
    "title.top_up": "Top-up receipt",
    "title.refund": "Refund receipt",
    "title.withdrawal": "Withdrawal receipt",
    "title.gift": "Gift redemption",
    # the head
    "no": "No.",
    "time": "Time",
    "cashier": "Cashier",
    "staff": "Served by",
    "approved_by": "Approved by",
    "member": "Member",
    "walk_in": "Walk-in customer",
    "tier": "Tier",
    "refund_of": "Refund of No. %1",
    # lines
    "item": "Item",
    "qty": "Qty",
    "price": "Price",
    "amount": "Amount",
    "discount": "Discount",
    "line.top_up": "Stored value top-up",
    "line.withdrawal": "Stored value paid back",
    "line.card": "Card",
    "line.session": "Session from card",
    "line.gift": "Gift",
    # totals and payments
    "subtotal": "Subtotal",
    "order_discount": "Order discount",
    "rounding": "Rounding",
    "reference": "Ref. %1",
    # the test print (Settings → Hardware)
    "test.title": "Printer test",
    "test.bold": "Bold text",
    "test.paper": "Paper",
    "total": "Total",
    "refund_total": "Refunded",
    "payments": "Payment",
    "payments_back": "Paid back",
    "tendered": "Cash received",
    "change": "Change",
    "points_used": "(%1)",  # after "Points": how many were paid with
    "bonus": "Bonus",
    # the member after the sale
    "points_earned": "Points earned",
    "points_reversed": "Points taken back",
    "balances": "Balances",
    "balance": "Stored value",
    "principal": "Principal",
    "points": "Points",
    "sessions_left": "%1 left",
    "expires": "until %1",
    "refunded_by": "Refunded: No. %1",
    "note": "Note",
    "reason": "Reason",
    "thanks": "Thank you, see you again soon!",
    # payment methods
    "method.cash": "Cash",
    "method.wechat": "WeChat",
    "method.alipay": "Alipay",
    "method.bank_card": "Bank card",
    "method.stored_value": "Stored value",
    "method.points": "Points",
    # the shift summary
    "shift.title": "Shift summary",
    "shift.period": "Period",
    "shift.from": "From",
    "shift.to": "To",
    "shift.staff": "Staff",
    "shift.all_staff": "All staff",
    "shift.printed": "Printed",
    "shift.sales": "Sales",
    "shift.sales_count": "Number of sales",
    "shift.sales_total": "Sales total",
    "shift.discount": "Discounts given",
    "shift.by_method": "By payment method",
    "shift.method": "Method",
    "shift.col_sales": "Sales",
    "shift.col_top_ups": "Top-ups",
    "shift.col_refunds": "Refunds",
    "shift.col_withdrawals": "Paid out",
    "shift.col_net": "Net",
    "shift.not_money": "not money in the till",
    "shift.top_ups": "Top-ups",
    "shift.top_ups_count": "Number of top-ups",
    "shift.top_ups_total": "Paid in",
    "shift.bonus_given": "Bonus given",
    "shift.refunds": "Refunds",
    "shift.refunds_count": "Number of refunds",
    "shift.refunds_total": "Given back",
    "shift.withdrawals": "Stored value paid out",
    "shift.members": "Members",
    "shift.stored_value_spent": "Stored value spent",
    "shift.points_earned": "Points earned",
    "shift.points_redeemed": "Points redeemed",
    "shift.sessions_used": "Sessions used",
    "shift.cards_sold": "Cards sold",
    "shift.per_staff": "By staff",
    "shift.staff_name": "Staff",
    "shift.staff_sales": "Sales",
    "shift.staff_total": "Total",
    "shift.no_staff": "(nobody named)",
    "shift.cash": "Cash drawer",
    "shift.cash_period": "Cash taken in (net)",
    "shift.float": "Opening float",
    "shift.cash_expected": "Cash expected in the drawer",
    "shift.signature": "Handed over by / received by",
    "shift.nothing": "Nothing was sold in this period.",
    "shift.order_discount": "of which whole-order discounts",
    "shift.rounding": "of which rounding",
    "shift.references": "WeChat, Alipay and bank card payments",
    "shift.ref_time": "Time",
    "shift.ref_no": "No.",
    "shift.ref_amount": "Amount",
    "shift.ref_reference": "Reference",
    "shift.no_reference": "(none given)",
    "shift.parked": "Parked sales not finished",
    "shift.parked_walk_in": "Walk-in",
}

_MUTED = "#6B7280"
_RED = "#B91C1C"


# -- small helpers --------------------------------------------------------------------------------
def when(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def esc(text: object) -> str:
    return escape(str(text), quote=True)


class Labels:
    """The receipt's words: ``labels[key]`` translated by the caller, else the English
    default; ``%1``… filled in order."""

    def __init__(self, labels: Mapping[str, str] | None) -> None:
        self._labels = labels or {}

    def __call__(self, key: str, *values: object) -> str:
        text = self._labels.get(key) or DEFAULT_LABELS.get(key, key)
        for n, value in enumerate(values, start=1):
            text = text.replace(f"%{n}", str(value))
        return text

    def method(self, method: str) -> str:
        return self(f"method.{method}") if f"method.{method}" in DEFAULT_LABELS else method


def method_sort_key(method: str) -> tuple[int, str]:
    return (METHOD_ORDER.index(method) if method in METHOD_ORDER else len(METHOD_ORDER), method)


def paper_spec(paper: str) -> Paper:
    try:
        return PAPERS[paper]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}; one of {', '.join(PAPERS)}") from None


class Html:
    """A receipt is a stack of blocks; each key/value row is a two-cell table row."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.parts: list[str] = []

    def add(self, html: str) -> None:
        self.parts.append(html)

    def centre(self, text: str, scale: float = 1.0, bold: bool = False) -> None:
        size = self.paper.font_pt * scale
        weight = "font-weight:bold;" if bold else ""
        self.add(f'<p align="center" style="font-size:{size:.1f}pt; {weight}">{text}</p>')

    def rule(self) -> None:
        self.add("<hr/>")

    def gap(self) -> None:
        self.add('<p style="font-size:4pt;">&nbsp;</p>')

    def rows(self, rows: Iterable[tuple[str, str]], *, bold_last: bool = False) -> None:
        """Label on the left, value on the right; an empty label spans (a sub-heading)."""
        items = list(rows)
        if not items:
            return
        cells = []
        for n, (label, value) in enumerate(items):
            style = ' style="font-weight:bold;"' if bold_last and n == len(items) - 1 else ""
            cells.append(f'<tr{style}><td>{label}</td><td align="right">{value}</td></tr>')
        self.add(table("".join(cells)))

    def html(self) -> str:
        font = f"font-size:{self.paper.font_pt:.1f}pt;"
        return (
            "<html><head><meta charset='utf-8'/><style>"
            "p { margin-top:0; margin-bottom:0; }"
            "td { vertical-align: top; }"
            f"th {{ font-weight:bold; color:{_MUTED}; }}"
            "hr { margin-top:2px; margin-bottom:2px; }"
            f"</style></head><body style='{font}'>" + "".join(self.parts) + "</body></html>"
        )


def table(rows_html: str, header: str = "") -> str:
    return (
        '<table width="100%" cellspacing="0" cellpadding="1" border="0">'
        f"{header}{rows_html}</table>"
    )


def muted(text: str) -> str:
    return f'<span style="color:{_MUTED};">{text}</span>'


# -- the receipt ----------------------------------------------------------------------------------
def line_discount(line: SaleLineInfo) -> int:
    """The line's own discount (the tier's), without its share of the whole-order discount
    and rounding, which the receipt shows once for the sale."""
    return line.discount_fen - line.order_discount_fen - line.rounding_fen


def discount_parts(sale: SaleInfo) -> list[tuple[str, int]]:
    """The sale's discount in its parts, each a label key and fen (signed as taken off):
    the lines' own discounts (the tier's), the whole-order discount, the rounding; parts of 0
    left out. The promotions' and coupons' savings are ``saving_parts``."""
    own = sale.discount_fen - sale.order_discount_fen - sale.rounding_fen
    own -= sum(s.amount_fen for s in sale.savings)
    parts = [("discount", own), ("order_discount", sale.order_discount_fen)]
    parts.append(("rounding", sale.rounding_fen))
    return [(key, fen) for key, fen in parts if fen]


def saving_parts(sale: SaleInfo) -> list[tuple[str, int]]:
    """Each promotion's and coupon's saving on the sale, by its name (as it was then)."""
    return [(s.name, s.amount_fen) for s in sale.savings if s.amount_fen]


def line_name(line: SaleLineInfo, label: Labels, kind: str) -> str:
    if line.description:
        return line.description
    if line.kind == "top_up":
        return label("line.withdrawal") if kind == "withdrawal" else label("line.top_up")
    return label(f"line.{line.kind}") if f"line.{line.kind}" in DEFAULT_LABELS else line.kind


def _lines_html(sale: SaleInfo, paper: Paper, label: Labels) -> str:
    rows = []
    if paper.narrow:
        # Two rows a line: the name across the width, then "qty × price" and the amount.
        for line in sale.lines:
            rows.append(f'<tr><td colspan="2">{esc(line_name(line, label, sale.kind))}</td></tr>')
            rows.append(
                f"<tr><td>&nbsp;&nbsp;{line.qty} × {fen_text(line.unit_fen)}</td>"
                f'<td align="right">{fen_text(line.list_fen)}</td></tr>'
            )
            if line_discount(line):
                rows.append(
                    f"<tr><td>&nbsp;&nbsp;{muted(esc(label('discount')))}</td>"
                    f'<td align="right">{muted(fen_text(-line_discount(line)))}</td></tr>'
                )
        return table("".join(rows))
    header = (
        f"<tr><th align='left'>{esc(label('item'))}</th>"
        f"<th align='right'>{esc(label('qty'))}</th>"
        f"<th align='right'>{esc(label('price'))}</th>"
        f"<th align='right'>{esc(label('amount'))}</th></tr>"
    )
    for line in sale.lines:
        rows.append(
            f"<tr><td>{esc(line_name(line, label, sale.kind))}</td>"
            f'<td align="right">{line.qty}</td>'
            f'<td align="right">{fen_text(line.unit_fen)}</td>'
            f'<td align="right">{fen_text(line.list_fen)}</td></tr>'
        )
        if line_discount(line):
            rows.append(
                f"<tr><td>&nbsp;&nbsp;{muted(esc(label('discount')))}</td><td></td><td></td>"
                f'<td align="right">{muted(fen_text(-line_discount(line)))}</td></tr>'
            )
    return table("".join(rows), header)


def _balances_rows(balances: MemberBalances, label: Labels) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if balances.balance_fen or balances.bonus_fen:
        value = fen_text(balances.balance_fen)
        rows.append((esc(label("balance")), value))
        if balances.bonus_fen:  # bonus value is spent alongside, but never paid back
            rows.append(
                (
                    f"&nbsp;&nbsp;{muted(esc(label('principal')))}",
                    muted(fen_text(balances.principal_fen)),
                )
            )
            rows.append(
                (f"&nbsp;&nbsp;{muted(esc(label('bonus')))}", muted(fen_text(balances.bonus_fen)))
            )
    elif not balances.cards:
        rows.append((esc(label("balance")), fen_text(0)))
    rows.append((esc(label("points")), f"{balances.points:,}"))
    for card in balances.cards:
        if not card.usable:
            continue
        parts = []
        if card.sessions_left is not None:
            parts.append(label("sessions_left", card.sessions_left))
        if card.expires_on is not None:
            parts.append(label("expires", card.expires_on.isoformat()))
        rows.append((esc(card.name), esc(" · ".join(parts))))
    return rows


def receipt_html(
    sale: SaleInfo,
    store_name: str,
    labels: Mapping[str, str] | None = None,
    paper: str = DEFAULT_PAPER,
    *,
    cash_tendered_fen: int | None = None,
) -> str:
    """The receipt of one sale, top-up, refund, withdrawal or gift.

    ``cash_tendered_fen``: the cash the customer handed over, when the till knows it; the sale
    itself keeps only the cash that stayed, so the change is printed only when this is given.
    """
    spec = paper_spec(paper)
    label = Labels(labels)
    out = Html(spec)
    out.centre(esc(store_name), 1.45, bold=True)
    title_key = f"title.{sale.kind}"
    out.centre(esc(label(title_key) if title_key in DEFAULT_LABELS else sale.kind), 1.1)
    out.gap()

    head: list[tuple[str, str]] = [
        (esc(label("no")), esc(sale.no)),
        (esc(label("time")), when(sale.at)),
        (esc(label("cashier")), esc(sale.cashier_name)),
    ]
    served = sale.served_by_text  # the staff members who served, else the account named
    if served and served != sale.cashier_name:
        head.append((esc(label("staff")), esc(served)))
    if sale.approved_by_name:
        head.append((esc(label("approved_by")), esc(sale.approved_by_name)))
    if sale.customer_id is not None:
        who = esc(sale.customer_name or "")
        if sale.customer_phone:
            who += " " + esc(sale.customer_phone)
        head.append((esc(label("member")), who))
        if sale.tier_name:
            head.append((esc(label("tier")), esc(sale.tier_name)))
    else:
        head.append((esc(label("member")), esc(label("walk_in"))))
    out.rows(head)
    if sale.refund_of_no:
        out.add(f"<p><b>{esc(label('refund_of', sale.refund_of_no))}</b></p>")
    out.rule()

    out.add(_lines_html(sale, spec, label))
    out.rule()

    totals: list[tuple[str, str]] = []
    if sale.discount_fen:
        totals.append((esc(label("subtotal")), fen_text(sale.list_fen)))
        for key, fen in discount_parts(sale):
            totals.append((esc(label(key)), fen_text(-fen)))
        for name, fen in saving_parts(sale):
            totals.append((esc(name), fen_text(-fen)))
    total_key = "refund_total" if sale.kind == "refund" else "total"
    big = f"font-size:{spec.font_pt * 1.3:.1f}pt;"
    out.rows(totals)
    out.add(
        table(
            f'<tr style="font-weight:bold; {big}"><td>{esc(label(total_key))}</td>'
            f'<td align="right">{money_text(sale.total_fen)}</td></tr>'
        )
    )

    payments: list[tuple[str, str]] = []
    for p in sorted(sale.payments, key=lambda p: method_sort_key(p.method)):
        name = label.method(p.method)
        if p.method == "points" and p.points:
            name += " " + label("points_used", f"{abs(p.points):,}")
        payments.append((esc(name), fen_text(p.amount_fen)))
        if p.reference:
            payments.append((f"&nbsp;&nbsp;{muted(esc(label('reference', p.reference)))}", ""))
    cash = sum(p.amount_fen for p in sale.payments if p.method == "cash")
    if cash_tendered_fen is not None and cash_tendered_fen > cash >= 0 and sale.kind == "sale":
        payments.append((esc(label("tendered")), fen_text(cash_tendered_fen)))
        payments.append((esc(label("change")), fen_text(cash_tendered_fen - cash)))
    if payments:
        heading = "payments_back" if sale.total_fen < 0 else "payments"
        out.add(f"<p>{muted(esc(label(heading)))}</p>")
        out.rows(payments)

    extra: list[tuple[str, str]] = []
    if sale.kind in ("top_up", "withdrawal") and sale.sv_bonus_fen:
        # The bonus a top-up earned (or a withdrawal forfeited); payments show the rest.
        extra.append((esc(label("bonus")), fen_text(sale.sv_bonus_fen, sign=True)))
    if sale.customer_id is not None and sale.points_earned > 0:
        extra.append((esc(label("points_earned")), f"{sale.points_earned:+,}"))
    elif sale.customer_id is not None and sale.points_earned < 0:
        extra.append((esc(label("points_reversed")), f"{sale.points_earned:,}"))
    if extra:
        if payments:
            out.gap()
        out.rows(extra)

    if sale.balances_after is not None:
        out.rule()
        out.add(f"<p>{muted(esc(label('balances')))}</p>")
        out.rows(_balances_rows(sale.balances_after, label))

    if sale.refunds or sale.note:
        out.rule()
        for no in sale.refunds:
            out.add(f'<p style="color:{_RED};">{esc(label("refunded_by", no))}</p>')
        if sale.note:
            key = "reason" if sale.kind in ("refund", "withdrawal") else "note"
            out.add(f"<p>{esc(label(key))}: {esc(sale.note)}</p>")
    out.rule()
    out.centre(esc(label("thanks")))
    return out.html()


__all__ = [
    "DEFAULT_LABELS",
    "DEFAULT_PAPER",
    "METHOD_ORDER",
    "MONEY_METHODS",
    "PAPERS",
    "Html",
    "Labels",
    "Paper",
    "discount_parts",
    "esc",
    "fen_text",
    "line_discount",
    "line_name",
    "method_sort_key",
    "money_text",
    "muted",
    "paper_spec",
    "receipt_html",
    "table",
    "when",
]
