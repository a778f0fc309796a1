"""Receipts (小票) and the shift summary (交班表) as HTML for a Qt text document.

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
from storecrm.services.dto import MemberBalances, SaleInfo, SaleLineInfo, ShiftSummary


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
}

_MUTED = "#6B7280"
_RED = "#B91C1C"


# -- small helpers --------------------------------------------------------------------------------
def _when(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def _e(text: object) -> str:
    return escape(str(text), quote=True)


class _Labels:
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


class _Html:
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
        self.add(_table("".join(cells)))

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


def _table(rows_html: str, header: str = "") -> str:
    return (
        '<table width="100%" cellspacing="0" cellpadding="1" border="0">'
        f"{header}{rows_html}</table>"
    )


def _muted(text: str) -> str:
    return f'<span style="color:{_MUTED};">{text}</span>'


# -- the receipt ----------------------------------------------------------------------------------
def _line_name(line: SaleLineInfo, label: _Labels, kind: str) -> str:
    if line.description:
        return line.description
    if line.kind == "top_up":
        return label("line.withdrawal") if kind == "withdrawal" else label("line.top_up")
    return label(f"line.{line.kind}") if f"line.{line.kind}" in DEFAULT_LABELS else line.kind


def _lines_html(sale: SaleInfo, paper: Paper, label: _Labels) -> str:
    rows = []
    if paper.narrow:
        # Two rows a line: the name across the width, then "qty × price" and the amount.
        for line in sale.lines:
            rows.append(f'<tr><td colspan="2">{_e(_line_name(line, label, sale.kind))}</td></tr>')
            rows.append(
                f"<tr><td>&nbsp;&nbsp;{line.qty} × {fen_text(line.unit_fen)}</td>"
                f'<td align="right">{fen_text(line.list_fen)}</td></tr>'
            )
            if line.discount_fen:
                rows.append(
                    f"<tr><td>&nbsp;&nbsp;{_muted(_e(label('discount')))}</td>"
                    f'<td align="right">{_muted(fen_text(-line.discount_fen))}</td></tr>'
                )
        return _table("".join(rows))
    header = (
        f"<tr><th align='left'>{_e(label('item'))}</th>"
        f"<th align='right'>{_e(label('qty'))}</th>"
        f"<th align='right'>{_e(label('price'))}</th>"
        f"<th align='right'>{_e(label('amount'))}</th></tr>"
    )
    for line in sale.lines:
        rows.append(
            f"<tr><td>{_e(_line_name(line, label, sale.kind))}</td>"
            f'<td align="right">{line.qty}</td>'
            f'<td align="right">{fen_text(line.unit_fen)}</td>'
            f'<td align="right">{fen_text(line.list_fen)}</td></tr>'
        )
        if line.discount_fen:
            rows.append(
                f"<tr><td>&nbsp;&nbsp;{_muted(_e(label('discount')))}</td><td></td><td></td>"
                f'<td align="right">{_muted(fen_text(-line.discount_fen))}</td></tr>'
            )
    return _table("".join(rows), header)


def _balances_rows(balances: MemberBalances, label: _Labels) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if balances.balance_fen or balances.bonus_fen:
        value = fen_text(balances.balance_fen)
        rows.append((_e(label("balance")), value))
        if balances.bonus_fen:  # bonus value is spent alongside, but never paid back
            rows.append(
                (
                    f"&nbsp;&nbsp;{_muted(_e(label('principal')))}",
                    _muted(fen_text(balances.principal_fen)),
                )
            )
            rows.append(
                (f"&nbsp;&nbsp;{_muted(_e(label('bonus')))}", _muted(fen_text(balances.bonus_fen)))
            )
    elif not balances.cards:
        rows.append((_e(label("balance")), fen_text(0)))
    rows.append((_e(label("points")), f"{balances.points:,}"))
    for card in balances.cards:
        if not card.usable:
            continue
        parts = []
        if card.sessions_left is not None:
            parts.append(label("sessions_left", card.sessions_left))
        if card.expires_on is not None:
            parts.append(label("expires", card.expires_on.isoformat()))
        rows.append((_e(card.name), _e(" · ".join(parts))))
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
    label = _Labels(labels)
    out = _Html(spec)
    out.centre(_e(store_name), 1.45, bold=True)
    title_key = f"title.{sale.kind}"
    out.centre(_e(label(title_key) if title_key in DEFAULT_LABELS else sale.kind), 1.1)
    out.gap()

    head: list[tuple[str, str]] = [
        (_e(label("no")), _e(sale.no)),
        (_e(label("time")), _when(sale.at)),
        (_e(label("cashier")), _e(sale.cashier_name)),
    ]
    served = sale.served_by_text  # the staff members who served, else the account named
    if served and served != sale.cashier_name:
        head.append((_e(label("staff")), _e(served)))
    if sale.approved_by_name:
        head.append((_e(label("approved_by")), _e(sale.approved_by_name)))
    if sale.customer_id is not None:
        who = _e(sale.customer_name or "")
        if sale.customer_phone:
            who += " " + _e(sale.customer_phone)
        head.append((_e(label("member")), who))
        if sale.tier_name:
            head.append((_e(label("tier")), _e(sale.tier_name)))
    else:
        head.append((_e(label("member")), _e(label("walk_in"))))
    out.rows(head)
    if sale.refund_of_no:
        out.add(f"<p><b>{_e(label('refund_of', sale.refund_of_no))}</b></p>")
    out.rule()

    out.add(_lines_html(sale, spec, label))
    out.rule()

    totals: list[tuple[str, str]] = []
    if sale.discount_fen:
        totals.append((_e(label("subtotal")), fen_text(sale.list_fen)))
        totals.append((_e(label("discount")), fen_text(-sale.discount_fen)))
    total_key = "refund_total" if sale.kind == "refund" else "total"
    big = f"font-size:{spec.font_pt * 1.3:.1f}pt;"
    out.rows(totals)
    out.add(
        _table(
            f'<tr style="font-weight:bold; {big}"><td>{_e(label(total_key))}</td>'
            f'<td align="right">{money_text(sale.total_fen)}</td></tr>'
        )
    )

    payments: list[tuple[str, str]] = []
    for p in sorted(sale.payments, key=lambda p: method_sort_key(p.method)):
        name = label.method(p.method)
        if p.method == "points" and p.points:
            name += " " + label("points_used", f"{abs(p.points):,}")
        payments.append((_e(name), fen_text(p.amount_fen)))
    cash = sum(p.amount_fen for p in sale.payments if p.method == "cash")
    if cash_tendered_fen is not None and cash_tendered_fen > cash >= 0 and sale.kind == "sale":
        payments.append((_e(label("tendered")), fen_text(cash_tendered_fen)))
        payments.append((_e(label("change")), fen_text(cash_tendered_fen - cash)))
    if payments:
        heading = "payments_back" if sale.total_fen < 0 else "payments"
        out.add(f"<p>{_muted(_e(label(heading)))}</p>")
        out.rows(payments)

    extra: list[tuple[str, str]] = []
    if sale.kind in ("top_up", "withdrawal") and sale.sv_bonus_fen:
        # The bonus a top-up earned (or a withdrawal forfeited); payments show the rest.
        extra.append((_e(label("bonus")), fen_text(sale.sv_bonus_fen, sign=True)))
    if sale.customer_id is not None and sale.points_earned > 0:
        extra.append((_e(label("points_earned")), f"{sale.points_earned:+,}"))
    elif sale.customer_id is not None and sale.points_earned < 0:
        extra.append((_e(label("points_reversed")), f"{sale.points_earned:,}"))
    if extra:
        if payments:
            out.gap()
        out.rows(extra)

    if sale.balances_after is not None:
        out.rule()
        out.add(f"<p>{_muted(_e(label('balances')))}</p>")
        out.rows(_balances_rows(sale.balances_after, label))

    if sale.refunds or sale.note:
        out.rule()
        for no in sale.refunds:
            out.add(f'<p style="color:{_RED};">{_e(label("refunded_by", no))}</p>')
        if sale.note:
            key = "reason" if sale.kind in ("refund", "withdrawal") else "note"
            out.add(f"<p>{_e(label(key))}: {_e(sale.note)}</p>")
    out.rule()
    out.centre(_e(label("thanks")))
    return out.html()


# -- the shift summary ----------------------------------------------------------------------------
def shift_html(
    summary: ShiftSummary,
    labels: Mapping[str, str] | None = None,
    paper: str = "A4",
    *,
    store_name: str | None = None,
    staff_name: str | None = None,
    opening_float_fen: int = 0,
    printed_at: datetime | None = None,
) -> str:
    """交班表: what came in and went out between ``summary.start`` and ``summary.end``."""
    spec = paper_spec(paper)
    label = _Labels(labels)
    out = _Html(spec)
    out.centre(_e(store_name or summary.store_name), 1.45, bold=True)
    out.centre(_e(label("shift.title")), 1.15)
    out.gap()
    head = [
        (_e(label("shift.from")), _when(summary.start)),
        (_e(label("shift.to")), _when(summary.end)),
        (_e(label("shift.staff")), _e(staff_name or label("shift.all_staff"))),
    ]
    if printed_at is not None:
        head.append((_e(label("shift.printed")), _when(printed_at)))
    out.rows(head)
    out.rule()

    def section(title: str) -> None:
        out.add(f'<p style="font-weight:bold; margin-top:4px;">{_e(title)}</p>')

    # Cash first: it is what the cashier counts at the end of the shift.
    section(label("shift.cash"))
    out.rows(
        [
            (_e(label("shift.cash_period")), fen_text(summary.cash_expected_fen)),
            (_e(label("shift.float")), fen_text(opening_float_fen)),
            (
                _e(label("shift.cash_expected")),
                money_text(summary.cash_expected_fen + opening_float_fen),
            ),
        ],
        bold_last=True,
    )
    out.rule()

    section(label("shift.sales"))
    out.rows(
        [
            (_e(label("shift.sales_count")), str(summary.sales)),
            (_e(label("shift.sales_total")), fen_text(summary.sales_total_fen)),
            (_e(label("shift.discount")), fen_text(summary.discount_fen)),
        ]
    )

    section(label("shift.by_method"))
    out.add(_methods_html(summary, spec, label))

    section(label("shift.top_ups"))
    out.rows(
        [
            (_e(label("shift.top_ups_count")), str(summary.top_ups)),
            (_e(label("shift.top_ups_total")), fen_text(summary.top_ups_fen)),
            (_e(label("shift.bonus_given")), fen_text(summary.bonus_given_fen)),
        ]
    )
    section(label("shift.refunds"))
    out.rows(
        [
            (_e(label("shift.refunds_count")), str(summary.refunds)),
            (_e(label("shift.refunds_total")), fen_text(summary.refunds_fen)),
            (_e(label("shift.withdrawals")), fen_text(summary.withdrawals_fen)),
        ]
    )
    section(label("shift.members"))
    out.rows(
        [
            (_e(label("shift.stored_value_spent")), fen_text(summary.stored_value_spent_fen)),
            (_e(label("shift.points_earned")), f"{summary.points_earned:,}"),
            (_e(label("shift.points_redeemed")), f"{summary.points_redeemed:,}"),
            (_e(label("shift.sessions_used")), str(summary.sessions_used)),
            (_e(label("shift.cards_sold")), str(summary.cards_sold)),
        ]
    )
    if summary.per_staff:
        section(label("shift.per_staff"))
        header = (
            f"<tr><th align='left'>{_e(label('shift.staff_name'))}</th>"
            f"<th align='right'>{_e(label('shift.staff_sales'))}</th>"
            f"<th align='right'>{_e(label('shift.staff_total'))}</th></tr>"
        )
        rows = "".join(
            f"<tr><td>{_e(s.staff_name or label('shift.no_staff'))}</td>"
            f'<td align="right">{s.sales}</td><td align="right">{fen_text(s.total_fen)}</td></tr>'
            for s in summary.per_staff
        )
        out.add(_table(rows, header))
    if not (summary.sales or summary.top_ups or summary.refunds or summary.withdrawals_fen):
        out.rule()
        out.add(f"<p>{_muted(_e(label('shift.nothing')))}</p>")
    out.rule()
    out.gap()
    out.add(f"<p>{_e(label('shift.signature'))}:</p>")
    out.gap()
    out.gap()
    out.add("<p>______________ / ______________</p>")
    return out.html()


def shift_methods(summary: ShiftSummary) -> list[str]:
    """Every method that moved anything in the period, in the usual order."""
    seen = (
        set(summary.by_method)
        | set(summary.sales_by_method)
        | set(summary.top_ups_by_method)
        | set(summary.refunds_by_method)
    )
    return sorted(seen, key=method_sort_key)


def method_breakdown(summary: ShiftSummary, method: str) -> tuple[int, int, int, int, int]:
    """(sales, top-ups, refunds given back, paid out otherwise, net) for one method; the net is
    the sales and top-ups less everything given back, as the summary counts it."""
    sales = summary.sales_by_method.get(method, 0)
    top_ups = summary.top_ups_by_method.get(method, 0)
    refunds = summary.refunds_by_method.get(method, 0)
    net = summary.by_method.get(method, 0)
    other = sales + top_ups - refunds - net  # withdrawals (and anything else paid out)
    return sales, top_ups, refunds, other, net


def _methods_html(summary: ShiftSummary, paper: Paper, label: _Labels) -> str:
    methods = shift_methods(summary)
    if not methods:
        return f"<p>{_muted('—')}</p>"
    breakdown = {m: method_breakdown(summary, m) for m in methods}
    with_other = any(b[3] for b in breakdown.values())
    if paper.narrow:
        rows = []
        for method in methods:
            sales, top_ups, refunds, other, net = breakdown[method]
            name = _e(label.method(method))
            rows.append(
                f'<tr style="font-weight:bold;"><td>{name}</td>'
                f'<td align="right">{fen_text(net)}</td></tr>'
            )
            parts = [
                ("shift.col_sales", sales),
                ("shift.col_top_ups", top_ups),
                ("shift.col_refunds", -refunds),
                ("shift.col_withdrawals", -other),
            ]
            for key, value in parts:
                if value:
                    rows.append(
                        f"<tr><td>&nbsp;&nbsp;{_muted(_e(label(key)))}</td>"
                        f'<td align="right">{_muted(fen_text(value))}</td></tr>'
                    )
        return _table("".join(rows))
    columns = ["shift.col_sales", "shift.col_top_ups", "shift.col_refunds"]
    if with_other:
        columns.append("shift.col_withdrawals")
    columns.append("shift.col_net")
    header = f"<tr><th align='left'>{_e(label('shift.method'))}</th>" + "".join(
        f"<th align='right'>{_e(label(c))}</th>" for c in columns
    )
    header += "</tr>"
    rows = []
    for method in methods:
        sales, top_ups, refunds, other, net = breakdown[method]
        values = [sales, top_ups, -refunds] + ([-other] if with_other else []) + [net]
        name = _e(label.method(method))
        if method not in MONEY_METHODS:
            name += "<br/>" + _muted(_e(label("shift.not_money")))
        cells = "".join(f'<td align="right">{fen_text(v)}</td>' for v in values[:-1])
        cells += f'<td align="right"><b>{fen_text(values[-1])}</b></td>'
        rows.append(f"<tr><td>{name}</td>{cells}</tr>")
    return _table("".join(rows), header)


__all__ = [
    "DEFAULT_LABELS",
    "DEFAULT_PAPER",
    "PAPERS",
    "Paper",
    "fen_text",
    "method_breakdown",
    "money_text",
    "paper_spec",
    "receipt_html",
    "shift_html",
    "shift_methods",
]
