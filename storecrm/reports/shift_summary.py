"""The shift summary (交班表) as HTML for a Qt text document: what came in and went out in a
period, by payment method, the cash expected in the drawer, the platform payments one by one
for reconciliation, and the sales parked at the till and not finished.

Pure, like the receipt (``reports/receipt.py``, whose page parts and words it shares).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from storecrm.reports.receipt import (
    MONEY_METHODS,
    Html,
    Labels,
    Paper,
    esc,
    fen_text,
    method_sort_key,
    money_text,
    muted,
    paper_spec,
    table,
    when,
)
from storecrm.services.dto import ShiftSummary


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
    label = Labels(labels)
    out = Html(spec)
    out.centre(esc(store_name or summary.store_name), 1.45, bold=True)
    out.centre(esc(label("shift.title")), 1.15)
    out.gap()
    head = [
        (esc(label("shift.from")), when(summary.start)),
        (esc(label("shift.to")), when(summary.end)),
        (esc(label("shift.staff")), esc(staff_name or label("shift.all_staff"))),
    ]
    if printed_at is not None:
        head.append((esc(label("shift.printed")), when(printed_at)))
    out.rows(head)
    out.rule()

    def section(title: str) -> None:
        out.add(f'<p style="font-weight:bold; margin-top:4px;">{esc(title)}</p>')

    # Cash first: it is what the cashier counts at the end of the shift.
    section(label("shift.cash"))
    out.rows(
        [
            (esc(label("shift.cash_period")), fen_text(summary.cash_expected_fen)),
            (esc(label("shift.float")), fen_text(opening_float_fen)),
            (
                esc(label("shift.cash_expected")),
                money_text(summary.cash_expected_fen + opening_float_fen),
            ),
        ],
        bold_last=True,
    )
    out.rule()

    section(label("shift.sales"))
    out.rows(
        [
            (esc(label("shift.sales_count")), str(summary.sales)),
            (esc(label("shift.sales_total")), fen_text(summary.sales_total_fen)),
            (esc(label("shift.discount")), fen_text(summary.discount_fen)),
        ]
        + [
            (f"&nbsp;&nbsp;{muted(esc(label(key)))}", muted(fen_text(fen)))
            for key, fen in (
                ("shift.order_discount", summary.order_discount_fen),
                ("shift.rounding", summary.rounding_fen),
            )
            if fen
        ]
    )

    section(label("shift.by_method"))
    out.add(_methods_html(summary, spec, label))

    section(label("shift.top_ups"))
    out.rows(
        [
            (esc(label("shift.top_ups_count")), str(summary.top_ups)),
            (esc(label("shift.top_ups_total")), fen_text(summary.top_ups_fen)),
            (esc(label("shift.bonus_given")), fen_text(summary.bonus_given_fen)),
        ]
    )
    section(label("shift.refunds"))
    out.rows(
        [
            (esc(label("shift.refunds_count")), str(summary.refunds)),
            (esc(label("shift.refunds_total")), fen_text(summary.refunds_fen)),
            (esc(label("shift.withdrawals")), fen_text(summary.withdrawals_fen)),
        ]
    )
    section(label("shift.members"))
    out.rows(
        [
            (esc(label("shift.stored_value_spent")), fen_text(summary.stored_value_spent_fen)),
            (esc(label("shift.points_earned")), f"{summary.points_earned:,}"),
            (esc(label("shift.points_redeemed")), f"{summary.points_redeemed:,}"),
            (esc(label("shift.sessions_used")), str(summary.sessions_used)),
            (esc(label("shift.cards_sold")), str(summary.cards_sold)),
        ]
    )
    if summary.per_staff:
        section(label("shift.per_staff"))
        header = (
            f"<tr><th align='left'>{esc(label('shift.staff_name'))}</th>"
            f"<th align='right'>{esc(label('shift.staff_sales'))}</th>"
            f"<th align='right'>{esc(label('shift.staff_total'))}</th></tr>"
        )
        rows = "".join(
            f"<tr><td>{esc(s.staff_name or label('shift.no_staff'))}</td>"
            f'<td align="right">{s.sales}</td><td align="right">{fen_text(s.total_fen)}</td></tr>'
            for s in summary.per_staff
        )
        out.add(table(rows, header))
    if summary.payment_references:
        section(label("shift.references"))
        out.add(_references_html(summary, spec, label))
    if summary.parked:
        section(label("shift.parked"))
        out.rows(
            (
                esc(
                    f"{when(p.parked_at)[-5:]} {p.customer_name or label('shift.parked_walk_in')}"
                    + (f" · {p.note}" if p.note else "")
                ),
                fen_text(p.total_fen),
            )
            for p in summary.parked
        )
    if not (summary.sales or summary.top_ups or summary.refunds or summary.withdrawals_fen):
        out.rule()
        out.add(f"<p>{muted(esc(label('shift.nothing')))}</p>")
    out.rule()
    out.gap()
    out.add(f"<p>{esc(label('shift.signature'))}:</p>")
    out.gap()
    out.gap()
    out.add("<p>______________ / ______________</p>")
    return out.html()


def _references_html(summary: ShiftSummary, paper: Paper, label: Labels) -> str:
    """One row per payment through a platform: time, number, method, amount, reference."""
    rows = []
    for ref in summary.payment_references:
        reference = esc(ref.reference) if ref.reference else muted(esc(label("shift.no_reference")))
        when = ref.at.strftime("%H:%M")
        if paper.narrow:
            rows.append(
                f"<tr><td>{when} {esc(label.method(ref.method))}</td>"
                f'<td align="right">{fen_text(ref.amount_fen)}</td></tr>'
                f'<tr><td colspan="2">&nbsp;&nbsp;{reference}</td></tr>'
            )
        else:
            rows.append(
                f"<tr><td>{when}</td><td>{esc(ref.sale_no)}</td>"
                f"<td>{esc(label.method(ref.method))}</td>"
                f'<td align="right">{fen_text(ref.amount_fen)}</td><td>{reference}</td></tr>'
            )
    if paper.narrow:
        return table("".join(rows))
    header = "".join(
        f"<th align='{align}'>{esc(label(key))}</th>"
        for key, align in (
            ("shift.ref_time", "left"),
            ("shift.ref_no", "left"),
            ("shift.method", "left"),
            ("shift.ref_amount", "right"),
            ("shift.ref_reference", "left"),
        )
    )
    return table("".join(rows), f"<tr>{header}</tr>")


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


def _methods_html(summary: ShiftSummary, paper: Paper, label: Labels) -> str:
    methods = shift_methods(summary)
    if not methods:
        return f"<p>{muted('—')}</p>"
    breakdown = {m: method_breakdown(summary, m) for m in methods}
    with_other = any(b[3] for b in breakdown.values())
    if paper.narrow:
        rows = []
        for method in methods:
            sales, top_ups, refunds, other, net = breakdown[method]
            name = esc(label.method(method))
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
                        f"<tr><td>&nbsp;&nbsp;{muted(esc(label(key)))}</td>"
                        f'<td align="right">{muted(fen_text(value))}</td></tr>'
                    )
        return table("".join(rows))
    columns = ["shift.col_sales", "shift.col_top_ups", "shift.col_refunds"]
    if with_other:
        columns.append("shift.col_withdrawals")
    columns.append("shift.col_net")
    header = f"<tr><th align='left'>{esc(label('shift.method'))}</th>" + "".join(
        f"<th align='right'>{esc(label(c))}</th>" for c in columns
    )
    header += "</tr>"
    rows = []
    for method in methods:
        sales, top_ups, refunds, other, net = breakdown[method]
        values = [sales, top_ups, -refunds] + ([-other] if with_other else []) + [net]
        name = esc(label.method(method))
        if method not in MONEY_METHODS:
            name += "<br/>" + muted(esc(label("shift.not_money")))
        cells = "".join(f'<td align="right">{fen_text(v)}</td>' for v in values[:-1])
        cells += f'<td align="right"><b>{fen_text(values[-1])}</b></td>'
        rows.append(f"<tr><td>{name}</td>{cells}</tr>")
    return table("".join(rows), header)


__all__ = ["method_breakdown", "shift_html", "shift_methods"]
