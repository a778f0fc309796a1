"""The figures of the report that the PDF, the workbook and the reports screen each list the
same way: which rows, in which order, from which fields. Each renderer only writes them its own
way (text, real numbers, a table model), so a row added here shows up in all three.

Pure: rows are label keys (see ``report_labels.DEFAULT_LABELS``) with raw figures (fen, counts,
percentages as :class:`~decimal.Decimal`); no words, no formatting.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from storecrm.domain.reports import Granularity, Liabilities, Report


@dataclass(frozen=True, slots=True)
class LiabilityRow:
    key: str
    opening: int
    closing: int
    money: bool  # fen (True) or a count (points, sessions, cards)


def liability_rows(liabilities: Liabilities) -> list[LiabilityRow]:
    """What the store owes its members at the start and at the end of the period."""
    o, c = liabilities.opening, liabilities.closing
    return [
        LiabilityRow("liab.stored_value", o.stored_value_fen, c.stored_value_fen, True),
        LiabilityRow("liab.principal", o.principal_fen, c.principal_fen, True),
        LiabilityRow("liab.bonus", o.bonus_fen, c.bonus_fen, True),
        LiabilityRow("liab.points", o.points, c.points, False),
        LiabilityRow("liab.points_value", o.points_value_fen, c.points_value_fen, True),
        LiabilityRow("liab.sessions", o.sessions, c.sessions, False),
        LiabilityRow("liab.session_cards", o.session_cards, c.session_cards, False),
        LiabilityRow("liab.sessions_value", o.sessions_value_fen, c.sessions_value_fen, True),
        LiabilityRow("liab.period_cards", o.period_cards, c.period_cards, False),
    ]


def stored_value_flows(liabilities: Liabilities) -> list[tuple[str, int, int]]:
    """(key, principal fen, bonus fen): the stored value's way from the start to the end; the
    first row is the opening balance, the last the closing one."""
    o, c = liabilities.opening, liabilities.closing
    p, b = liabilities.principal, liabilities.bonus
    return [
        ("flow.opening", o.principal_fen, o.bonus_fen),
        ("flow.top_ups", p.top_ups, b.top_ups),
        ("flow.spent", p.spent, b.spent),
        ("flow.refunded_to_balance", p.refunded_to_balance, b.refunded_to_balance),
        ("flow.top_ups_refunded", p.top_ups_refunded, b.top_ups_refunded),
        ("flow.withdrawn", p.withdrawn, b.withdrawn),
        ("flow.forfeited", p.forfeited, b.forfeited),
        ("flow.other", p.other, b.other),
        ("flow.closing", c.principal_fen, c.bonus_fen),
    ]


def points_flows(liabilities: Liabilities) -> list[tuple[str, int]]:
    """(key, count): the points' way from the start to the end, then the sessions sold and used
    from count cards."""
    pts = liabilities.points
    return [
        ("flow.opening", liabilities.opening.points),
        ("flow.earned", pts.earned),
        ("flow.redeemed", pts.redeemed),
        ("flow.gifts", pts.gifts),
        ("flow.expired", pts.expired),
        ("flow.refunds", pts.refunds),
        ("flow.points_other", pts.other),
        ("flow.closing", liabilities.closing.points),
        ("liab.sessions_sold", liabilities.sessions_sold),
        ("liab.sessions_used", liabilities.sessions_used),
    ]


def customer_figures(report: Report) -> list[tuple[str, int | Decimal | None, bool]]:
    """(key, value, is a rate): the customers of the period; the comparison with the previous
    period only when there is one. A rate is a percentage (None when it cannot be worked out)."""
    c = report.customers
    rows: list[tuple[str, int | Decimal | None, bool]] = [
        ("cust.total", c.total_at_end, False),
        ("cust.new", c.new, False),
        ("cust.active", c.active, False),
        ("cust.first_time", c.first_time, False),
        ("cust.returning", c.returning, False),
        ("cust.repeat", c.repeat, False),
        ("cust.repeat_rate", c.repeat_rate, True),
    ]
    if report.summary.active_customers.previous is not None:
        rows += [
            ("cust.previous_active", c.previous_active, False),
            ("cust.retained", c.retained, False),
            ("cust.churned", c.churned, False),
            ("cust.churn_rate", c.churn_rate, True),
        ]
    return rows


def previous_revenue(report: Report, g: Granularity) -> list[int] | None:
    """The previous period's revenue (fen) per bucket, lined up with this period's buckets (day
    n with day n, a month's 1st with the 1st), or None without a comparison."""
    if not report.previous_by_day:
        return None
    days = [b.figures.revenue_fen for b in report.previous_by_day]
    if g is Granularity.DAY:
        return days
    result: list[int] = []
    offset = 0
    for bucket in report.buckets(g):
        n = bucket.period.days
        result.append(sum(days[offset : offset + n]))
        offset += n
    return result


__all__ = [
    "LiabilityRow",
    "customer_figures",
    "liability_rows",
    "points_flows",
    "previous_revenue",
    "stored_value_flows",
]
