"""The words of the business report (PDF and workbook), with English defaults.

The GUI and the CLI pass the same keys translated into the user's language
(``gui/report_printing.report_labels``); a missing key falls back to the English here, so a
renderer never fails for want of a word. ``%1``, ``%2`` are filled in order.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from storecrm.domain.reports import Granularity, Period, RfmSegment

DEFAULT_LABELS: dict[str, str] = {
    # the document
    "title": "Business report",
    "period": "%1 to %2",
    "compared_with": "Compared with %1 to %2",
    "generated": "Made %1 by %2",
    "page": "Page %1 of %2",
    "no_data": "Nothing in this period.",
    "change": "Change",
    "previous": "Previous period",
    "current": "This period",
    # sections
    "section.summary": "Summary",
    "section.sales": "Sales",
    "section.by_day": "Sales by day",
    "section.by_week": "Sales by week",
    "section.by_month": "Sales by month",
    "section.payments": "Payment methods",
    "section.items": "Items and services",
    "section.categories": "Categories",
    "section.staff": "Staff",
    "section.customers": "Customers",
    "section.rfm": "Customer segments (RFM)",
    "section.top_customers": "Best customers",
    "section.lapsed_customers": "Customers who stopped coming",
    "section.liabilities": "Membership liabilities",
    "section.stored_value": "Stored value in and out",
    "section.points": "Points in and out",
    "section.reminders": "Did the reminders bring people back?",
    "section.definitions": "How the figures are counted",
    # the tiles
    "kpi.revenue": "Revenue",
    "kpi.visits": "Visits",
    "kpi.average_ticket": "Average ticket",
    "kpi.money_received": "Money received",
    "kpi.top_ups": "Top-ups",
    "kpi.new_customers": "New customers",
    "kpi.active_customers": "Customers who came",
    "kpi.repeat_rate": "Repeat rate",
    "kpi.churn_rate": "Churn rate",
    "kpi.stored_value": "Stored value owed",
    "kpi.vs_start": "vs. start: %1",
    # columns
    "col.date": "Date",
    "col.week": "Week",
    "col.month": "Month",
    "col.from": "From",
    "col.to": "To",
    "col.sales": "Sales",
    "col.visits": "Visits",
    "col.gross": "Sales total",
    "col.refunds": "Refunds",
    "col.refunds_count": "Refunds (no.)",
    "col.revenue": "Revenue",
    "col.discount": "Discounts",
    "col.average_ticket": "Average ticket",
    "col.members": "Members",
    "col.walk_ins": "Walk-ins",
    "col.top_ups": "Top-ups",
    "col.top_ups_count": "Top-ups (no.)",
    "col.new_customers": "New customers",
    "col.method": "Payment method",
    "col.paid_out": "Paid out",
    "col.net": "Net",
    "col.previous_net": "Net, previous period",
    "col.item": "Item",
    "col.category": "Category",
    "col.qty": "Qty",
    "col.amount": "Amount",
    "col.share": "Share",
    "col.sessions_used": "Used from cards",
    "col.staff": "Staff",
    "col.previous_revenue": "Revenue, previous period",
    "col.change": "Change",
    "col.rank": "No.",
    "col.customer": "Customer",
    "col.phone": "Phone",
    "col.tier": "Tier",
    "col.spend": "Spend",
    "col.previous_spend": "Spend, previous period",
    "col.last_visit": "Last visit",
    "col.balance": "Stored value now",
    "col.segment": "Segment",
    "col.customers": "Customers",
    "col.customer_share": "Share of customers",
    "col.spend_share": "Share of spend",
    "col.average_spend": "Spend per customer",
    "col.what": "",
    "col.opening": "At the start",
    "col.closing": "At the end",
    "col.principal": "Principal",
    "col.bonus": "Bonus",
    "col.total": "Total",
    "col.points": "Points",
    "col.reminder": "Reminder",
    "col.contacts": "Contacted",
    "col.came_back": "Came back",
    "col.rate": "Rate",
    "col.spent": "Spent",
    "col.open": "Window still open",
    "col.figure": "Figure",
    "col.value": "Value",
    # customers
    "cust.total": "Customers on file at the end",
    "cust.new": "New customers",
    "cust.active": "Customers who came",
    "cust.first_time": "First visit ever",
    "cust.returning": "Came back (had visited before)",
    "cust.repeat": "Came twice or more",
    "cust.repeat_rate": "Repeat rate",
    "cust.previous_active": "Came in the previous period",
    "cust.retained": "Came in both periods",
    "cust.churned": "Came last period, not this one",
    "cust.churn_rate": "Churn rate",
    "rfm.window": "Customers with a visit from %1 to %2, scored against the average:"
    " %3 days since the last visit, %4 visits, %5 spent.",
    # liabilities
    "liab.stored_value": "Stored value",
    "liab.principal": "Principal (paid in)",
    "liab.bonus": "Bonus (given)",
    "liab.points": "Points",
    "liab.points_value": "Points, worth in money",
    "liab.sessions": "Sessions left on cards",
    "liab.session_cards": "Count cards with sessions left",
    "liab.sessions_value": "Sessions left, at the price paid",
    "liab.period_cards": "Period cards still valid",
    "liab.sessions_sold": "Sessions sold in the period",
    "liab.sessions_used": "Sessions used in the period",
    "flow.opening": "At the start",
    "flow.top_ups": "Topped up",
    "flow.spent": "Spent on sales",
    "flow.refunded_to_balance": "Given back by refunds",
    "flow.top_ups_refunded": "Top-ups refunded",
    "flow.withdrawn": "Paid back (withdrawals)",
    "flow.forfeited": "Bonus forfeited",
    "flow.other": "Other (opening balances, merges)",
    "flow.closing": "At the end",
    "flow.earned": "Earned",
    "flow.redeemed": "Paid with points",
    "flow.gifts": "Gifts for points",
    "flow.expired": "Expired",
    "flow.refunds": "Refunds",
    "flow.points_other": "Other (opening points, merges)",
    "rem.window": "A customer came back when they bought within %1 days after being contacted.",
    "rem.all": "All reminders",
    # kinds of rows
    "kind.card": "Card sold",
    "kind.amount": "Other amounts",
    "kind.session": "Card uses (any service)",
    "category.none": "(no category)",
    "category.cards": "Cards",
    "category.amounts": "Other amounts",
    "category.other": "Others",
    "staff.none": "(nobody named)",
    "walk_in": "Walk-in",
    # payment methods
    "method.cash": "Cash",
    "method.wechat": "WeChat Pay",
    "method.alipay": "Alipay",
    "method.bank_card": "Bank card",
    "method.stored_value": "Stored value",
    "method.points": "Points",
    # RFM segments
    "segment.important_value": "Important value",
    "segment.important_develop": "Important to develop",
    "segment.important_keep": "Important to keep",
    "segment.important_win_back": "Important to win back",
    "segment.general_value": "General value",
    "segment.general_develop": "General to develop",
    "segment.general_keep": "General to keep",
    "segment.general_win_back": "General to win back",
    # reminder kinds
    "reminder.birthday": "Birthday",
    "reminder.return_visit": "Return visit",
    "reminder.dormant": "Not seen for a while",
    "reminder.card_expiring": "Card expiring",
    "reminder.card_low": "Card nearly used up",
    "reminder.balance_low": "Stored value low",
    "reminder.anniversary": "Membership anniversary",
    "reminder.followup": "Follow-up",
    "reminder.service": "Service record",
    # charts (a money axis counts in units of "axis.unit" yuan, written "%1" + suffix)
    "axis.unit": "1000",
    "axis.unit_suffix": "k",
    "chart.revenue": "Revenue",
    "chart.previous": "Previous period",
    "chart.money_by_method": "Money received by method",
    "chart.categories": "Revenue by category",
    "chart.staff": "Revenue by staff",
    "chart.new_customers": "New customers",
    "chart.rfm": "Customers per segment",
    "chart.stored_value": "Stored value: in and out",
    # sheet names (Excel: at most 31 characters)
    "sheet.summary": "Summary",
    "sheet.by_day": "By day",
    "sheet.by_week": "By week",
    "sheet.by_month": "By month",
    "sheet.payments": "Payment methods",
    "sheet.items": "Items",
    "sheet.categories": "Categories",
    "sheet.staff": "Staff",
    "sheet.customers": "Customers",
    "sheet.rfm": "RFM",
    "sheet.top_customers": "Best customers",
    "sheet.lapsed_customers": "Stopped coming",
    "sheet.liabilities": "Liabilities",
    "sheet.reminders": "Reminders",
    "sheet.definitions": "Definitions",
    # definitions (one paragraph each)
    "def.revenue": "Revenue: what sales came to after discounts, less what was refunded on sales"
    " (on the day of the refund). It includes what was paid by stored value and points;"
    " top-ups are not revenue.",
    "def.visits": "Visits: the number of sales tickets, walk-ins included. Average ticket ="
    " revenue ÷ visits.",
    "def.money_received": "Money received: cash, WeChat Pay, Alipay and bank card, net: sales"
    " and top-ups less refunds and withdrawals. Stored value and points are not money"
    " received. The day summary adds up the same way.",
    "def.customers": "New customers: profiles created in the period. Customers who came: with at"
    " least one sale. Repeat rate: the share of them who came twice or more. Churn rate: the"
    " share of last period's customers who did not come in this one.",
    "def.rfm": "RFM: customers with a visit in the twelve months to the period's end (or in the"
    " period, when it is longer) are scored on recency, frequency and spend in that window,"
    " each high when better than the average; the eight combinations are the segments.",
    "def.liabilities": "Liabilities: the ledger summed up to the end of the period's last day."
    " Stored value is shown as principal (paid in) and bonus (given). Points are valued at"
    " the store's redemption rate; sessions left on count cards that had not expired, at the"
    " price paid per session.",
    "def.reminders": "Reminder effect: reminders marked as contacted in the period; a customer"
    " came back when they bought within the window after the contact; spent is what those"
    " sales came to after their refunds, each sale counted once.",
}

DEFINITION_KEYS = (
    "def.revenue",
    "def.visits",
    "def.money_received",
    "def.customers",
    "def.rfm",
    "def.liabilities",
    "def.reminders",
)


class Labels:
    """``labels("page", 2, 7)`` → "Page 2 of 7" (or its translation)."""

    def __init__(self, labels: Mapping[str, str] | None = None) -> None:
        self._labels = dict(labels or {})

    def __call__(self, key: str, *values: object) -> str:
        text = self._labels.get(key) or DEFAULT_LABELS.get(key, key)
        for n, value in enumerate(values, start=1):
            text = text.replace(f"%{n}", str(value))
        return text

    def method(self, method: str) -> str:
        key = f"method.{method}"
        return self(key) if key in DEFAULT_LABELS else method

    def segment(self, segment: RfmSegment | None) -> str:
        return "" if segment is None else self(f"segment.{segment.value}")

    def reminder(self, kind: str) -> str:
        if not kind:
            return self("rem.all")
        key = f"reminder.{kind}"
        return self(key) if key in DEFAULT_LABELS else kind

    def period(self, period: Period) -> str:
        return self("period", period.start.isoformat(), period.end.isoformat())

    def section(self, granularity: Granularity) -> str:
        return self(f"section.by_{granularity.value}")


# -- numbers as text (the PDF; the workbook writes real numbers) --------------------------------
def money_text(fen: int) -> str:
    """12345 → "¥123.45", -500 → "-¥5.00"."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(int(fen)), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"


def count_text(n: int) -> str:
    return f"{int(n):,}"


def percent_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}%"


def change_text(value: Decimal | None, *, points: bool = False) -> str:
    """+12.5% / −3.0% (percentage points with ``points``); "—" when there is nothing to
    compare with."""
    if value is None:
        return "—"
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    unit = " pt" if points else "%"
    return f"{sign}{abs(value)}{unit}"


def bucket_text(period: Period, granularity: Granularity) -> str:
    """2025-11-03 (a day), 11-03–11-09 (a week), 2025-11 (a month)."""
    if granularity is Granularity.DAY:
        return period.start.isoformat()
    if granularity is Granularity.MONTH:
        return period.start.strftime("%Y-%m")
    return f"{period.start:%m-%d}–{period.end:%m-%d}"


def short_bucket_text(day: date, granularity: Granularity) -> str:
    """A chart's axis label: 11-03 (a day or a week), 2025-11 (a month)."""
    return day.strftime("%Y-%m") if granularity is Granularity.MONTH else day.strftime("%m-%d")
