"""The words of the business report (PDF, workbook and the reports screen), with English
defaults, and the row lists and number formats the three of them share.

Each English word is marked with ``QT_TRANSLATE_NOOP("Report", …)``, so ``pyside6-lupdate``
collects it into the translation files while this module stays free of Qt; the GUI and the CLI
translate them all (``gui/report_printing.report_labels``) and pass the same keys in the user's
language. A missing key falls back to the English here, so a renderer never fails for want of
a word. ``%1``, ``%2`` are filled in order.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from storecrm.domain.money import money_text as money_text  # re-exported for the renderers
from storecrm.domain.promotions.campaign import VERDICT_WORDS, EffectEstimate, verdict_text
from storecrm.domain.reports import Granularity, Period, RfmSegment

#: The translator's comment of a word that has one (the word → the comment), which the
#: translation must be looked up with.
TRANSLATOR_COMMENTS: dict[str, str] = {}


def QT_TRANSLATE_NOOP(context: str, source: str, comment: str | None = None) -> str:  # noqa: N802
    """Marks ``source`` for translation in ``context`` without Qt (lupdate looks for this
    name); returns it unchanged."""
    if comment is not None:
        TRANSLATOR_COMMENTS[source] = comment
    return source


DEFAULT_LABELS: dict[str, str] = {
    # the document
    "title": QT_TRANSLATE_NOOP("Report", "Business report"),
    "period": QT_TRANSLATE_NOOP("Report", "%1 to %2"),
    "compared_with": QT_TRANSLATE_NOOP("Report", "Compared with %1 to %2"),
    "generated": QT_TRANSLATE_NOOP("Report", "Made %1 by %2"),
    "page": QT_TRANSLATE_NOOP("Report", "Page %1 of %2"),
    "no_data": QT_TRANSLATE_NOOP("Report", "Nothing in this period."),
    "change": QT_TRANSLATE_NOOP("Report", "Change"),
    "previous": QT_TRANSLATE_NOOP("Report", "Previous period"),
    "current": QT_TRANSLATE_NOOP("Report", "This period"),
    # sections
    "section.summary": QT_TRANSLATE_NOOP("Report", "Summary"),
    "section.sales": QT_TRANSLATE_NOOP("Report", "Sales"),
    "section.by_day": QT_TRANSLATE_NOOP("Report", "Sales by day"),
    "section.by_week": QT_TRANSLATE_NOOP("Report", "Sales by week"),
    "section.by_month": QT_TRANSLATE_NOOP("Report", "Sales by month"),
    "section.payments": QT_TRANSLATE_NOOP("Report", "Payment methods"),
    "section.items": QT_TRANSLATE_NOOP("Report", "Items and services"),
    "section.categories": QT_TRANSLATE_NOOP("Report", "Categories"),
    "section.staff": QT_TRANSLATE_NOOP("Report", "Staff"),
    "section.customers": QT_TRANSLATE_NOOP("Report", "Customers"),
    "section.rfm": QT_TRANSLATE_NOOP("Report", "Customer segments (RFM)"),
    "section.top_customers": QT_TRANSLATE_NOOP("Report", "Best customers"),
    "section.lapsed_customers": QT_TRANSLATE_NOOP(
        "Report",
        "Customers who stopped coming",
    ),
    "section.liabilities": QT_TRANSLATE_NOOP("Report", "Membership liabilities"),
    "section.stored_value": QT_TRANSLATE_NOOP("Report", "Stored value in and out"),
    "section.points": QT_TRANSLATE_NOOP("Report", "Points in and out"),
    "section.reminders": QT_TRANSLATE_NOOP(
        "Report",
        "Did the reminders bring people back?",
    ),
    "section.definitions": QT_TRANSLATE_NOOP("Report", "How the figures are counted"),
    # the tiles
    "kpi.revenue": QT_TRANSLATE_NOOP("Report", "Revenue"),
    "kpi.visits": QT_TRANSLATE_NOOP("Report", "Visits"),
    "kpi.average_ticket": QT_TRANSLATE_NOOP("Report", "Average ticket"),
    "kpi.money_received": QT_TRANSLATE_NOOP("Report", "Money received"),
    "kpi.top_ups": QT_TRANSLATE_NOOP("Report", "Top-ups"),
    "kpi.new_customers": QT_TRANSLATE_NOOP("Report", "New customers"),
    "kpi.active_customers": QT_TRANSLATE_NOOP("Report", "Customers who came"),
    "kpi.repeat_rate": QT_TRANSLATE_NOOP("Report", "Repeat rate"),
    "kpi.churn_rate": QT_TRANSLATE_NOOP("Report", "Churn rate"),
    "kpi.stored_value": QT_TRANSLATE_NOOP("Report", "Stored value owed"),
    "kpi.vs_start": QT_TRANSLATE_NOOP("Report", "vs. start: %1"),
    # a change of a rate in percentage points: +1.5 pt (Chinese: 个百分点)
    "unit.points_change": QT_TRANSLATE_NOOP(
        "Report", " pt", "after a change of a rate in percentage points: +1.5 pt"
    ),
    # columns
    "col.date": QT_TRANSLATE_NOOP("Report", "Date"),
    "col.week": QT_TRANSLATE_NOOP("Report", "Week"),
    "col.month": QT_TRANSLATE_NOOP("Report", "Month"),
    "col.from": QT_TRANSLATE_NOOP("Report", "From"),
    "col.to": QT_TRANSLATE_NOOP("Report", "To"),
    "col.sales": QT_TRANSLATE_NOOP("Report", "Sales"),
    "col.visits": QT_TRANSLATE_NOOP("Report", "Visits"),
    "col.gross": QT_TRANSLATE_NOOP("Report", "Sales total"),
    "col.refunds": QT_TRANSLATE_NOOP("Report", "Refunds"),
    "col.refunds_count": QT_TRANSLATE_NOOP("Report", "Refunds (no.)"),
    "col.revenue": QT_TRANSLATE_NOOP("Report", "Revenue"),
    "col.discount": QT_TRANSLATE_NOOP("Report", "Discounts"),
    "col.average_ticket": QT_TRANSLATE_NOOP("Report", "Average ticket"),
    "col.members": QT_TRANSLATE_NOOP("Report", "Members"),
    "col.walk_ins": QT_TRANSLATE_NOOP("Report", "Walk-ins"),
    "col.top_ups": QT_TRANSLATE_NOOP("Report", "Top-ups"),
    "col.top_ups_count": QT_TRANSLATE_NOOP("Report", "Top-ups (no.)"),
    "col.new_customers": QT_TRANSLATE_NOOP("Report", "New customers"),
    "col.method": QT_TRANSLATE_NOOP("Report", "Payment method"),
    "col.paid_out": QT_TRANSLATE_NOOP("Report", "Paid out"),
    "col.net": QT_TRANSLATE_NOOP("Report", "Net"),
    "col.previous_net": QT_TRANSLATE_NOOP("Report", "Net, previous period"),
    "col.item": QT_TRANSLATE_NOOP("Report", "Item"),
    "col.category": QT_TRANSLATE_NOOP("Report", "Category"),
    "col.qty": QT_TRANSLATE_NOOP("Report", "Qty"),
    "col.amount": QT_TRANSLATE_NOOP("Report", "Amount"),
    "col.share": QT_TRANSLATE_NOOP("Report", "Share"),
    "col.sessions_used": QT_TRANSLATE_NOOP("Report", "Used from cards"),
    "col.staff": QT_TRANSLATE_NOOP("Report", "Staff"),
    "col.previous_revenue": QT_TRANSLATE_NOOP("Report", "Revenue, previous period"),
    "col.change": QT_TRANSLATE_NOOP("Report", "Change"),
    "col.rank": QT_TRANSLATE_NOOP("Report", "No."),
    "col.customer": QT_TRANSLATE_NOOP("Report", "Customer"),
    "col.phone": QT_TRANSLATE_NOOP("Report", "Phone"),
    "col.tier": QT_TRANSLATE_NOOP("Report", "Tier"),
    "col.spend": QT_TRANSLATE_NOOP("Report", "Spend"),
    "col.previous_spend": QT_TRANSLATE_NOOP("Report", "Spend, previous period"),
    "col.last_visit": QT_TRANSLATE_NOOP("Report", "Last visit"),
    "col.balance": QT_TRANSLATE_NOOP("Report", "Stored value now"),
    "col.segment": QT_TRANSLATE_NOOP("Report", "Segment"),
    "col.customers": QT_TRANSLATE_NOOP("Report", "Customers"),
    "col.customer_share": QT_TRANSLATE_NOOP("Report", "Share of customers"),
    "col.spend_share": QT_TRANSLATE_NOOP("Report", "Share of spend"),
    "col.average_spend": QT_TRANSLATE_NOOP("Report", "Spend per customer"),
    "col.what": "",
    "col.opening": QT_TRANSLATE_NOOP("Report", "At the start"),
    "col.closing": QT_TRANSLATE_NOOP("Report", "At the end"),
    "col.principal": QT_TRANSLATE_NOOP("Report", "Principal"),
    "col.bonus": QT_TRANSLATE_NOOP("Report", "Bonus"),
    "col.total": QT_TRANSLATE_NOOP("Report", "Total"),
    "col.points": QT_TRANSLATE_NOOP("Report", "Points"),
    "col.reminder": QT_TRANSLATE_NOOP("Report", "Reminder"),
    "col.contacts": QT_TRANSLATE_NOOP("Report", "Contacted"),
    "col.came_back": QT_TRANSLATE_NOOP("Report", "Came back"),
    "col.rate": QT_TRANSLATE_NOOP("Report", "Rate"),
    "col.spent": QT_TRANSLATE_NOOP("Report", "Spent"),
    "col.open": QT_TRANSLATE_NOOP("Report", "Window still open"),
    "col.figure": QT_TRANSLATE_NOOP("Report", "Figure"),
    "col.value": QT_TRANSLATE_NOOP("Report", "Value"),
    # customers
    "cust.total": QT_TRANSLATE_NOOP("Report", "Customers on file at the end"),
    "cust.new": QT_TRANSLATE_NOOP("Report", "New customers"),
    "cust.active": QT_TRANSLATE_NOOP("Report", "Customers who came"),
    "cust.first_time": QT_TRANSLATE_NOOP("Report", "First visit ever"),
    "cust.returning": QT_TRANSLATE_NOOP("Report", "Came back (had visited before)"),
    "cust.repeat": QT_TRANSLATE_NOOP("Report", "Came twice or more"),
    "cust.repeat_rate": QT_TRANSLATE_NOOP("Report", "Repeat rate"),
    "cust.previous_active": QT_TRANSLATE_NOOP("Report", "Came in the previous period"),
    "cust.retained": QT_TRANSLATE_NOOP("Report", "Came in both periods"),
    "cust.churned": QT_TRANSLATE_NOOP("Report", "Came last period, not this one"),
    "cust.churn_rate": QT_TRANSLATE_NOOP("Report", "Churn rate"),
    "rfm.window": QT_TRANSLATE_NOOP(
        "Report",
        "Customers with a visit from %1 to %2, scored against the average (days since the "
        "last visit: %3; visits: %4; spent: %5).",
    ),
    # liabilities
    "liab.stored_value": QT_TRANSLATE_NOOP("Report", "Stored value"),
    "liab.principal": QT_TRANSLATE_NOOP("Report", "Principal (paid in)"),
    "liab.bonus": QT_TRANSLATE_NOOP("Report", "Bonus (given)"),
    "liab.points": QT_TRANSLATE_NOOP("Report", "Points"),
    "liab.points_value": QT_TRANSLATE_NOOP("Report", "Points, worth in money"),
    "liab.sessions": QT_TRANSLATE_NOOP("Report", "Sessions left on cards"),
    "liab.session_cards": QT_TRANSLATE_NOOP(
        "Report",
        "Count cards with sessions left",
    ),
    "liab.sessions_value": QT_TRANSLATE_NOOP(
        "Report",
        "Sessions left, at the price paid",
    ),
    "liab.period_cards": QT_TRANSLATE_NOOP("Report", "Period cards still valid"),
    "liab.sessions_sold": QT_TRANSLATE_NOOP("Report", "Sessions sold in the period"),
    "liab.sessions_used": QT_TRANSLATE_NOOP("Report", "Sessions used in the period"),
    "flow.opening": QT_TRANSLATE_NOOP("Report", "At the start"),
    "flow.top_ups": QT_TRANSLATE_NOOP("Report", "Topped up"),
    "flow.spent": QT_TRANSLATE_NOOP("Report", "Spent on sales"),
    "flow.refunded_to_balance": QT_TRANSLATE_NOOP("Report", "Given back by refunds"),
    "flow.top_ups_refunded": QT_TRANSLATE_NOOP("Report", "Top-ups refunded"),
    "flow.withdrawn": QT_TRANSLATE_NOOP("Report", "Paid back (withdrawals)"),
    "flow.forfeited": QT_TRANSLATE_NOOP("Report", "Bonus forfeited"),
    "flow.other": QT_TRANSLATE_NOOP("Report", "Other (opening balances, merges)"),
    "flow.closing": QT_TRANSLATE_NOOP("Report", "At the end"),
    "flow.earned": QT_TRANSLATE_NOOP("Report", "Earned"),
    "flow.redeemed": QT_TRANSLATE_NOOP("Report", "Paid with points"),
    "flow.gifts": QT_TRANSLATE_NOOP("Report", "Gifts for points"),
    "flow.expired": QT_TRANSLATE_NOOP("Report", "Expired"),
    "flow.refunds": QT_TRANSLATE_NOOP("Report", "Refunds"),
    "flow.points_other": QT_TRANSLATE_NOOP("Report", "Other (opening points, merges)"),
    "rem.all": QT_TRANSLATE_NOOP("Report", "All reminders"),
    # kinds of rows
    "kind.card": QT_TRANSLATE_NOOP("Report", "Card sold"),
    "kind.amount": QT_TRANSLATE_NOOP("Report", "Other amounts"),
    "kind.session": QT_TRANSLATE_NOOP("Report", "Card uses (any service)"),
    "category.none": QT_TRANSLATE_NOOP("Report", "(no category)"),
    "category.cards": QT_TRANSLATE_NOOP("Report", "Cards"),
    "category.amounts": QT_TRANSLATE_NOOP("Report", "Other amounts"),
    "category.other": QT_TRANSLATE_NOOP("Report", "Others"),
    "staff.none": QT_TRANSLATE_NOOP("Report", "(nobody named)"),
    "walk_in": QT_TRANSLATE_NOOP("Report", "Walk-in"),
    # payment methods
    "method.cash": QT_TRANSLATE_NOOP("Report", "Cash"),
    "method.wechat": QT_TRANSLATE_NOOP("Report", "WeChat Pay"),
    "method.alipay": QT_TRANSLATE_NOOP("Report", "Alipay"),
    "method.bank_card": QT_TRANSLATE_NOOP("Report", "Bank card"),
    "method.stored_value": QT_TRANSLATE_NOOP("Report", "Stored value"),
    "method.points": QT_TRANSLATE_NOOP("Report", "Points"),
    # RFM segments
    "segment.important_value": QT_TRANSLATE_NOOP("Report", "Important value"),
    "segment.important_develop": QT_TRANSLATE_NOOP("Report", "Important to develop"),
    "segment.important_keep": QT_TRANSLATE_NOOP("Report", "Important to keep"),
    "segment.important_win_back": QT_TRANSLATE_NOOP("Report", "Important to win back"),
    "segment.general_value": QT_TRANSLATE_NOOP("Report", "General value"),
    "segment.general_develop": QT_TRANSLATE_NOOP("Report", "General to develop"),
    "segment.general_keep": QT_TRANSLATE_NOOP("Report", "General to keep"),
    "segment.general_win_back": QT_TRANSLATE_NOOP("Report", "General to win back"),
    # reminder kinds
    "reminder.birthday": QT_TRANSLATE_NOOP("Report", "Birthday"),
    "reminder.return_visit": QT_TRANSLATE_NOOP("Report", "Return visit"),
    "reminder.dormant": QT_TRANSLATE_NOOP("Report", "Not seen for a while"),
    "reminder.card_expiring": QT_TRANSLATE_NOOP("Report", "Card expiring"),
    "reminder.card_low": QT_TRANSLATE_NOOP("Report", "Card nearly used up"),
    "reminder.balance_low": QT_TRANSLATE_NOOP("Report", "Stored value low"),
    "reminder.anniversary": QT_TRANSLATE_NOOP("Report", "Membership anniversary"),
    "reminder.followup": QT_TRANSLATE_NOOP("Report", "Follow-up"),
    "reminder.service": QT_TRANSLATE_NOOP("Report", "Service record"),
    "reminder.appointment": QT_TRANSLATE_NOOP("Report", "Tomorrow's appointment"),
    "reminder.no_show": QT_TRANSLATE_NOOP("Report", "No-show follow-up"),
    # appointments (预约): bookings per day, the no-show rate, utilisation per staff member
    "section.appointments": QT_TRANSLATE_NOOP("Report", "Appointments"),
    "section.bookings": QT_TRANSLATE_NOOP("Report", "Bookings by day"),
    "section.utilisation": QT_TRANSLATE_NOOP("Report", "Staff utilisation"),
    "sheet.bookings": QT_TRANSLATE_NOOP("Report", "Bookings"),
    "sheet.utilisation": QT_TRANSLATE_NOOP("Report", "Utilisation"),
    "col.bookings": QT_TRANSLATE_NOOP("Report", "Bookings"),
    "col.came": QT_TRANSLATE_NOOP("Report", "Came"),
    "col.no_shows": QT_TRANSLATE_NOOP("Report", "No-shows"),
    "col.still_booked": QT_TRANSLATE_NOOP("Report", "Still booked"),
    "col.cancelled": QT_TRANSLATE_NOOP("Report", "Cancelled"),
    "col.no_show_rate": QT_TRANSLATE_NOOP("Report", "No-show rate"),
    "col.appointments": QT_TRANSLATE_NOOP("Report", "Appointments"),
    "col.booked_hours": QT_TRANSLATE_NOOP("Report", "Booked hours"),
    "col.shift_hours": QT_TRANSLATE_NOOP("Report", "Shift hours"),
    "col.utilisation": QT_TRANSLATE_NOOP("Report", "Utilisation"),
    "appt.summary": QT_TRANSLATE_NOOP(
        "Report", "Bookings: %1 · no-show rate: %2 · utilisation: %3"
    ),
    # marketing (营销): coupons outstanding, promotion cost, campaign effect
    "section.marketing": QT_TRANSLATE_NOOP("Report", "Promotions, coupons and campaigns"),
    "section.coupon_liability": QT_TRANSLATE_NOOP("Report", "Coupons outstanding"),
    "mkt.on": QT_TRANSLATE_NOOP("Report", "counted on %1"),
    "col.counted_on": QT_TRANSLATE_NOOP("Report", "Counted on"),
    "section.promotion_cost": QT_TRANSLATE_NOOP("Report", "Promotion cost"),
    "section.campaign_effect": QT_TRANSLATE_NOOP("Report", "Campaign effect"),
    "sheet.coupons": QT_TRANSLATE_NOOP("Report", "Coupons"),
    "sheet.promotion_cost": QT_TRANSLATE_NOOP("Report", "Promotion cost"),
    "sheet.campaigns": QT_TRANSLATE_NOOP("Report", "Campaigns"),
    "mkt.summary": QT_TRANSLATE_NOOP(
        "Report",
        "Coupons outstanding: %1, face value %2 (expiring this month: %3, %4) · "
        "promotion cost in the period: %5",
    ),
    "col.coupon": QT_TRANSLATE_NOOP("Report", "Coupon"),
    "col.coupons": QT_TRANSLATE_NOOP("Report", "Coupons"),
    "col.face_value": QT_TRANSLATE_NOOP("Report", "Face value"),
    "col.expiring": QT_TRANSLATE_NOOP("Report", "Expiring this month"),
    "col.expiring_value": QT_TRANSLATE_NOOP("Report", "Their face value"),
    "col.promotion": QT_TRANSLATE_NOOP("Report", "Promotion or coupon"),
    "col.source": QT_TRANSLATE_NOOP("Report", "Kind"),
    "col.saving": QT_TRANSLATE_NOOP("Report", "Cost (given off)"),
    "source.promotion": QT_TRANSLATE_NOOP("Report", "Promotion"),
    "source.coupon": QT_TRANSLATE_NOOP("Report", "Coupon"),
    "col.campaign": QT_TRANSLATE_NOOP("Report", "Campaign"),
    "col.campaign_period": QT_TRANSLATE_NOOP("Report", "Period"),
    "col.reached": QT_TRANSLATE_NOOP("Report", "Reached"),
    "col.redeemed": QT_TRANSLATE_NOOP("Report", "Redeemed"),
    "col.redemption_rate": QT_TRANSLATE_NOOP("Report", "Redemption rate"),
    "col.redeemer_revenue": QT_TRANSLATE_NOOP("Report", "Revenue from redeemers"),
    "col.discount_cost": QT_TRANSLATE_NOOP("Report", "Discount cost"),
    "col.incremental": QT_TRANSLATE_NOOP("Report", "Incremental revenue"),
    "col.interval": QT_TRANSLATE_NOOP("Report", "95 % interval"),
    "col.verdict": QT_TRANSLATE_NOOP("Report", "Verdict"),
    "verdict.more": QT_TRANSLATE_NOOP("Report", "Brought in about %1 more, interval %2–%3"),
    "verdict.less": QT_TRANSLATE_NOOP("Report", "Brought in about %1 less, interval %2–%3"),
    "verdict.no_clear_difference": QT_TRANSLATE_NOOP(
        "Report", "No clear difference from the holdout group"
    ),
    "verdict.too_few": QT_TRANSLATE_NOOP(
        "Report", "Too few members in a group to measure the effect"
    ),
    "def.marketing": QT_TRANSLATE_NOOP(
        "Report",
        "Coupons outstanding: issued, not used, voided or expired on the day shown; face "
        "value is what they are worth at most. Promotion cost: what each promotion and each "
        "coupon took off the period's sales, as given on the sale (before refunds). Campaign "
        "effect: the campaigns that overlap the period, counted over their own period; "
        "incremental revenue = (spend per target member − spend per holdout member) × target "
        "size, with its 95 % interval.",
    ),
    "def.appointments": QT_TRANSLATE_NOOP(
        "Report",
        "Appointments: bookings are the appointments starting on the day, cancelled ones "
        "left out. No-show rate = no-shows ÷ (came + no-shows). Utilisation = booked hours ÷ "
        "shift hours: the staff member's appointments, cancelled ones left out, against their "
        "shifts on the days the store was open, less their leave.",
    ),
    # charts (a money axis counts in units of "axis.unit" yuan, written "%1" + suffix)
    "axis.unit": QT_TRANSLATE_NOOP(
        "Report", "1000", "a chart's money unit in yuan: 1000 (k) or 10000 (万)"
    ),
    "axis.unit_suffix": QT_TRANSLATE_NOOP(
        "Report", "k", "written after a number of axis.unit yuan"
    ),
    "chart.revenue": QT_TRANSLATE_NOOP("Report", "Revenue"),
    "chart.previous": QT_TRANSLATE_NOOP("Report", "Previous period"),
    "chart.money_by_method": QT_TRANSLATE_NOOP("Report", "Money received by method"),
    "chart.categories": QT_TRANSLATE_NOOP("Report", "Revenue by category"),
    "chart.staff": QT_TRANSLATE_NOOP("Report", "Revenue by staff"),
    "chart.new_customers": QT_TRANSLATE_NOOP("Report", "New customers"),
    "chart.rfm": QT_TRANSLATE_NOOP("Report", "Customers per segment"),
    "chart.stored_value": QT_TRANSLATE_NOOP("Report", "Stored value: in and out"),
    # sheet names (Excel: at most 31 characters)
    "sheet.summary": QT_TRANSLATE_NOOP("Report", "Summary"),
    "sheet.by_day": QT_TRANSLATE_NOOP("Report", "By day"),
    "sheet.by_week": QT_TRANSLATE_NOOP("Report", "By week"),
    "sheet.by_month": QT_TRANSLATE_NOOP("Report", "By month"),
    "sheet.payments": QT_TRANSLATE_NOOP("Report", "Payment methods"),
    "sheet.items": QT_TRANSLATE_NOOP("Report", "Items"),
    "sheet.categories": QT_TRANSLATE_NOOP("Report", "Categories"),
    "sheet.staff": QT_TRANSLATE_NOOP("Report", "Staff"),
    "sheet.customers": QT_TRANSLATE_NOOP("Report", "Customers"),
    "sheet.rfm": QT_TRANSLATE_NOOP("Report", "RFM"),
    "sheet.top_customers": QT_TRANSLATE_NOOP("Report", "Best customers"),
    "sheet.lapsed_customers": QT_TRANSLATE_NOOP("Report", "Stopped coming"),
    "sheet.liabilities": QT_TRANSLATE_NOOP("Report", "Liabilities"),
    "sheet.reminders": QT_TRANSLATE_NOOP("Report", "Reminders"),
    "sheet.definitions": QT_TRANSLATE_NOOP("Report", "Definitions"),
    # definitions (one paragraph each)
    "def.revenue": QT_TRANSLATE_NOOP(
        "Report",
        "Revenue: what sales came to after discounts, less what was refunded "
        "on sales (on the day of the refund). It includes what was paid by "
        "stored value and points; top-ups are not revenue.",
    ),
    "def.visits": QT_TRANSLATE_NOOP(
        "Report",
        "Visits: the number of sales tickets, walk-ins included. Average "
        "ticket = revenue ÷ visits.",
    ),
    "def.money_received": QT_TRANSLATE_NOOP(
        "Report",
        "Money received: cash, WeChat Pay, Alipay and bank card, net: sales "
        "and top-ups less refunds and withdrawals. Stored value and points "
        "are not money received. The day summary adds up the same way.",
    ),
    "def.customers": QT_TRANSLATE_NOOP(
        "Report",
        "New customers: profiles created in the period. Customers who came: "
        "with at least one sale. Repeat rate: the share of them who came "
        "twice or more. Churn rate: the share of last period's customers who "
        "did not come in this one.",
    ),
    "def.rfm": QT_TRANSLATE_NOOP(
        "Report",
        "RFM: customers with a visit in the twelve months to the period's end "
        "(or in the period, when it is longer) are scored on recency, "
        "frequency and spend in that window, each high when better than the "
        "average; the eight combinations are the segments.",
    ),
    "def.liabilities": QT_TRANSLATE_NOOP(
        "Report",
        "Liabilities: the ledger summed up to the end of the period's last "
        "day. Stored value is shown as principal (paid in) and bonus (given). "
        "Points are valued at the store's redemption rate; sessions left on "
        "count cards that had not expired, at the price paid per session.",
    ),
    "def.reminders": QT_TRANSLATE_NOOP(
        "Report",
        "Reminder effect: reminders marked as contacted in the period; a "
        "customer came back when they bought within the window after the "
        "contact; spent is what those sales came to after their refunds, each "
        "sale counted once.",
    ),
}

#: Words with a count in them, in Qt's plural form: the GUI and the CLI translate each with the
#: report's own number (``gui/report_printing.report_labels(report)``); here in English, for a
#: renderer given no translation. ``%n`` is the number, "(s)" the English plural.
PLURAL_LABELS: dict[str, str] = {
    "rem.window": "A customer came back when they bought within %n day(s) after being contacted.",
}


def plural_counts(report: object) -> dict[str, int]:
    """The number each of :data:`PLURAL_LABELS` is said with, in ``report``."""
    reminders = getattr(report, "reminders", None)
    return {"rem.window": int(getattr(reminders, "days", 0))}


def english_count(text: str, n: int) -> str:
    """ "%n day(s)" with n = 1 → "1 day"; 2 → "2 days"."""
    return text.replace("%n", f"{n:,}").replace("(s)", "" if n == 1 else "s")


DEFINITION_KEYS = (
    "def.revenue",
    "def.visits",
    "def.money_received",
    "def.customers",
    "def.rfm",
    "def.liabilities",
    "def.reminders",
)


def interval_text(effect: EffectEstimate) -> str:
    """A campaign's 95 % interval of incremental revenue ("–" when a group is too small)."""
    if not effect.measurable:
        return "–"
    return f"{money_text(effect.low)} – {money_text(effect.high)}"


def definition_keys(report: object) -> tuple[str, ...]:
    """The definitions ``report`` needs (the appointments' only when it has that section)."""
    keys: tuple[str, ...] = DEFINITION_KEYS
    if getattr(report, "appointments", None) is not None:
        keys = (*keys, "def.appointments")
    if getattr(report, "marketing", None) is not None:
        keys = (*keys, "def.marketing")
    return keys


class Labels:
    """``labels("page", 2, 7)`` → "Page 2 of 7" (or its translation)."""

    def __init__(self, labels: Mapping[str, str] | None = None) -> None:
        self._labels = dict(labels or {})

    def __call__(self, key: str, *values: object) -> str:
        text = self._labels.get(key) or DEFAULT_LABELS.get(key, key)
        if key in PLURAL_LABELS and key not in self._labels:
            count = values[0] if values and isinstance(values[0], int) else 0
            text = english_count(PLURAL_LABELS[key], count)
        for n, value in enumerate(values, start=1):
            text = text.replace(f"%{n}", str(value))
        return text

    def method(self, method: str) -> str:
        key = f"method.{method}"
        return self(key) if key in DEFAULT_LABELS else method

    def verdict(self, effect: EffectEstimate) -> str:
        """A campaign's verdict in these words (``domain/promotions/campaign.verdict_text``)."""
        return verdict_text(effect, {k: self(f"verdict.{k}") for k in VERDICT_WORDS})

    def source(self, source: str) -> str:
        key = f"source.{source}"
        return self(key) if key in DEFAULT_LABELS else source

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

    def category(self, kind: str, category: str) -> str:
        """A sale line's category: cards (sold or used) and free amounts have their own."""
        if kind in ("card", "session"):
            return self("category.cards")
        if kind == "amount":
            return self("category.amounts")
        return category or self("category.none")

    def item(self, kind: str, name: str) -> str:
        """A sale line's item: a card sold, a free amount, a card use or the catalogue's name."""
        if kind == "card":
            return f"{self('kind.card')}：{name}" if name else self("kind.card")
        if kind == "amount":
            return self("kind.amount")
        if kind == "session":
            return self("kind.session")
        return name


# -- numbers as text (the PDF and the screen; the workbook writes real numbers) ----------------
# money_text (¥1,234.50) comes from domain/money.py and is imported from here by the renderers.


def count_text(n: int | None) -> str:
    """12345 → "12,345"; "—" for no figure."""
    return "—" if n is None else f"{int(n):,}"


def percent_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}%"


def change_text(value: Decimal | None, *, points: bool = False, unit: str | None = None) -> str:
    """+12.5% / −3.0% (percentage points with ``points``, or any other ``unit``: the
    renderers pass the translated ``labels("unit.points_change")``); "—" when there is nothing
    to compare with."""
    if value is None:
        return "—"
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    if unit is None:
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
