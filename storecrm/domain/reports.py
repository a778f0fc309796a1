"""Reports: the periods they cover, how they bucket days into weeks and months, the RFM rule,
the reminder-effect rule, and the report itself as plain frozen dataclasses.

Pure: no database, no Qt. The services fill a :class:`Report` from the store; the dashboard,
the PDF and the workbook only read it. Money is integer fen throughout; rates and changes are
:class:`~decimal.Decimal` percentages with one decimal place, ``None`` where there is nothing
to divide by.

Definitions (the same in every view, and in ARCHITECTURE.md):

- **Revenue (营业额)**: what ``sale`` tickets came to after discounts, net of the refunds of
  sales, counted on the day of the refund. It includes what was paid by stored value and by
  points (the goods and services were consumed); top-ups, withdrawals and gifts for points are
  not revenue.
- **Visits (到店人次)**: the number of ``sale`` tickets, walk-ins included. A refund does not
  undo a visit (as on the customer's own visit count).
- **Average ticket (客单价)**: revenue ÷ visits, rounded half up to the fen.
- **Money received (实收)**: the net of the money methods (cash, WeChat Pay, Alipay, bank card)
  over every kind of ticket: sales and top-ups bring money in, refunds and withdrawals take it
  out. Stored value and points are not money received. The day summary (交班) adds up the same.
- **New customers**: profiles created in the period (a duplicate merged into another is not
  counted).
- **Active customers**: customers with at least one sale in the period. **Repeat customers**:
  active ones with two or more; repeat rate = repeat ÷ active. **First-time**: active ones whose
  first visit ever lies in the period.
- **Churned**: active in the previous period and not seen in this one; churn rate = churned ÷
  active in the previous period. **Retained**: active in both.
- **RFM**: every customer with a sale in the twelve months up to the period's end (or in the
  period, when it is longer) is scored on recency (days from the last visit to the period's last
  day), frequency (visits) and monetary value (net spend) in that window, each *high* when
  better than the average of the customers scored (recency lower, the others higher); the eight
  high/low combinations are the eight classic segments (重要价值客户 … 一般挽留客户).
- **Liabilities (负债)**: as of the end of the period's last day, the sum of the ledger up to
  that moment: stored value (principal and bonus apart), points (and what they are worth at the
  store's redemption rate), and the sessions left on count cards that have not expired by then
  (valued at the price paid per session). Period cards still valid are counted.
- **Reminder effect**: a contact is a reminder marked *contacted* in the period; the customer
  came back when they have a sale within N days after the contact (N = 30 unless asked
  otherwise); spent is the net total (after their refunds) of those sales, each sale counted once
  per reminder kind however many contacts cover it.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from storecrm.domain.errors import ValidationError

if TYPE_CHECKING:  # it builds on this module's Period and percent
    from storecrm.domain.appointment_figures import AppointmentFigures
    from storecrm.domain.report_marketing import MarketingFigures

MAX_PERIOD_DAYS = 3 * 366 + 1  # three years: longer is a typing mistake
RFM_WINDOW_DAYS = 365
REMINDER_DAYS = 30
_TENTH = Decimal("0.1")


# -- periods -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Period:
    """A run of whole days, both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError("period", "end_before_start")
        if self.days > MAX_PERIOD_DAYS:
            raise ValidationError("period", "too_long", max=MAX_PERIOD_DAYS)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def start_at(self) -> datetime:
        """The first moment of the period."""
        return datetime.combine(self.start, datetime.min.time())

    @property
    def end_at(self) -> datetime:
        """The first moment after the period (midnight after its last day)."""
        return datetime.combine(self.end + timedelta(days=1), datetime.min.time())

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(day: date, months: int, *, month_end: bool = False) -> date:
    """``day`` moved by ``months``; the day is clipped to the month's length (31 Mar − 1 month
    = 28/29 Feb), or is the month's last day when ``month_end``."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = _last_day(year, month)
    return date(year, month, last if month_end else min(day.day, last))


def is_month_end(day: date) -> bool:
    return day.day == _last_day(day.year, day.month)


def previous_period(period: Period) -> Period:
    """The period to compare with.

    A period that starts on the 1st of a month is compared with the same days as many months
    earlier: this month so far (1–23 Nov) with 1–23 Oct, a whole month with the whole month
    before (February's 28 days with January's 31), a quarter with the quarter before, a year
    with the year before. Any other period is compared with as many days just before it.
    """
    if period.start.day == 1:
        months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month
        months += 1
        start = add_months(period.start, -months)
        end = add_months(period.end, -months, month_end=is_month_end(period.end))
        return Period(start, end)
    return Period(period.start - timedelta(days=period.days), period.start - timedelta(days=1))


class NamedPeriod(StrEnum):
    THIS_MONTH = "this_month"  # the 1st up to today
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"  # the quarter's first day up to today
    THIS_YEAR = "this_year"  # 1 January up to today


def named_period(name: NamedPeriod | str, today: date) -> Period:
    name = NamedPeriod(name)
    if name is NamedPeriod.THIS_MONTH:
        return Period(today.replace(day=1), today)
    if name is NamedPeriod.LAST_MONTH:
        first = add_months(today.replace(day=1), -1)
        return Period(first, add_months(first, 0, month_end=True))
    if name is NamedPeriod.THIS_QUARTER:
        month = (today.month - 1) // 3 * 3 + 1
        return Period(date(today.year, month, 1), today)
    return Period(date(today.year, 1, 1), today)


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"  # Monday to Sunday, as on a Chinese calendar
    MONTH = "month"


def auto_granularity(period: Period) -> Granularity:
    """Days for up to a month, weeks up to a quarter, months beyond."""
    if period.days <= 31:
        return Granularity.DAY
    if period.days <= 92:
        return Granularity.WEEK
    return Granularity.MONTH


def bucket_start(day: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    return day


def buckets(period: Period, granularity: Granularity) -> list[Period]:
    """The period cut into days, weeks or months, the first and last clipped to the period."""
    result = []
    start = period.start
    while start <= period.end:
        if granularity is Granularity.DAY:
            end = start
        elif granularity is Granularity.WEEK:
            end = start + timedelta(days=6 - start.weekday())
        else:
            end = add_months(start, 0, month_end=True)
        end = min(end, period.end)
        result.append(Period(start, end))
        start = end + timedelta(days=1)
    return result


# -- arithmetic --------------------------------------------------------------------------------
def percent(part: int, whole: int) -> Decimal | None:
    """``part`` as a percentage of ``whole``, to one decimal (half up); None when ``whole`` is 0."""
    if whole == 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_TENTH, rounding=ROUND_HALF_UP)


def change_percent(current: int, previous: int | None) -> Decimal | None:
    """How much ``current`` rose (or fell) since ``previous``, in percent of ``previous``."""
    if previous is None or previous == 0:
        return None
    return percent(current - previous, abs(previous))


def average_fen(total_fen: int, count: int) -> int:
    """``total_fen`` ÷ ``count``, rounded half up (away from zero) to the fen; 0 for no count."""
    if count <= 0:
        return 0
    sign = -1 if total_fen < 0 else 1
    return sign * ((abs(total_fen) * 2 + count) // (2 * count))


def share_fen(amount_fen: int, part: int, whole: int) -> int:
    """``amount_fen`` × part ÷ whole, rounded half up; 0 when ``whole`` is 0."""
    if whole <= 0:
        return 0
    return average_fen(amount_fen * part, whole)


# -- RFM ---------------------------------------------------------------------------------------
class RfmSegment(StrEnum):
    """The eight classic RFM segments: R, F and M each high or low."""

    IMPORTANT_VALUE = "important_value"  # 重要价值客户: R high, F high, M high
    IMPORTANT_DEVELOP = "important_develop"  # 重要发展客户: R high, F low, M high
    IMPORTANT_KEEP = "important_keep"  # 重要保持客户: R low, F high, M high
    IMPORTANT_WIN_BACK = "important_win_back"  # 重要挽留客户: R low, F low, M high
    GENERAL_VALUE = "general_value"  # 一般价值客户: R high, F high, M low
    GENERAL_DEVELOP = "general_develop"  # 一般发展客户: R high, F low, M low
    GENERAL_KEEP = "general_keep"  # 一般保持客户: R low, F high, M low
    GENERAL_WIN_BACK = "general_win_back"  # 一般挽留客户: R low, F low, M low


_SEGMENTS = {
    (True, True, True): RfmSegment.IMPORTANT_VALUE,
    (True, False, True): RfmSegment.IMPORTANT_DEVELOP,
    (False, True, True): RfmSegment.IMPORTANT_KEEP,
    (False, False, True): RfmSegment.IMPORTANT_WIN_BACK,
    (True, True, False): RfmSegment.GENERAL_VALUE,
    (True, False, False): RfmSegment.GENERAL_DEVELOP,
    (False, True, False): RfmSegment.GENERAL_KEEP,
    (False, False, False): RfmSegment.GENERAL_WIN_BACK,
}


def rfm_segment(recent: bool, frequent: bool, valuable: bool) -> RfmSegment:
    return _SEGMENTS[(recent, frequent, valuable)]


@dataclass(frozen=True, slots=True)
class RfmScale:
    """The averages a customer is compared with, kept as exact sums over a count."""

    customers: int
    recency_days_sum: int
    visits_sum: int
    spend_fen_sum: int

    @classmethod
    def of(cls, values: Iterable[tuple[int, int, int]]) -> RfmScale:
        """``values``: (recency days, visits, net spend in fen) per customer."""
        n = r = f = m = 0
        for recency, visits, spend in values:
            n += 1
            r += recency
            f += visits
            m += spend
        return cls(n, r, f, m)

    def segment(self, recency_days: int, visits: int, spend_fen: int) -> RfmSegment:
        """High means better than the average (compared exactly: value × n against the sum)."""
        n = self.customers
        return rfm_segment(
            recency_days * n < self.recency_days_sum,
            visits * n > self.visits_sum,
            spend_fen * n > self.spend_fen_sum,
        )

    def mean_recency_days(self) -> Decimal | None:
        return _mean(self.recency_days_sum, self.customers)

    def mean_visits(self) -> Decimal | None:
        return _mean(self.visits_sum, self.customers)

    def mean_spend_fen(self) -> int:
        return average_fen(self.spend_fen_sum, self.customers)


def _mean(total: int, count: int) -> Decimal | None:
    if count == 0:
        return None
    return (Decimal(total) / count).quantize(_TENTH, rounding=ROUND_HALF_UP)


# -- reminder effect ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Contact:
    """A reminder marked *contacted*."""

    kind: str
    customer_id: int
    at: datetime


@dataclass(frozen=True, slots=True)
class ReturnVisit:
    """A customer's sale, net of its refunds."""

    sale_id: int
    customer_id: int
    at: datetime
    net_fen: int


@dataclass(frozen=True, slots=True)
class ReminderRow:
    kind: str  # a reminder kind, or "" for all kinds together
    contacts: int
    customers: int  # different customers contacted
    came_back: int  # contacts followed by a sale within the window
    spent_fen: int  # net total of those sales, each sale once
    open_windows: int  # contacts whose window has not ended yet (more may come back)

    @property
    def rate(self) -> Decimal | None:
        return percent(self.came_back, self.contacts)


def reminder_effect(
    contacts: Iterable[Contact],
    visits: Iterable[ReturnVisit],
    days: int,
    as_of: datetime,
) -> tuple[tuple[ReminderRow, ...], ReminderRow]:
    """Per reminder kind (sorted by contacts, most first) and for all kinds together: the
    contacts, who came back within ``days`` (a sale at a moment in (contact, contact + days]),
    and what those sales came to, each sale counted once per kind and once in the total."""
    if days <= 0:
        raise ValidationError("days", "range", low=1, high=365)
    window = timedelta(days=days)
    by_customer: dict[int, list[ReturnVisit]] = {}
    for visit in visits:
        by_customer.setdefault(visit.customer_id, []).append(visit)
    per_kind: dict[str, list[Contact]] = {}
    everything: list[Contact] = []
    for contact in contacts:
        per_kind.setdefault(contact.kind, []).append(contact)
        everything.append(contact)

    def row(kind: str, group: Sequence[Contact]) -> ReminderRow:
        came_back = 0
        sales: dict[int, int] = {}
        for contact in group:
            hit = False
            for visit in by_customer.get(contact.customer_id, ()):
                if contact.at < visit.at <= contact.at + window:
                    hit = True
                    sales[visit.sale_id] = visit.net_fen
            came_back += hit
        return ReminderRow(
            kind=kind,
            contacts=len(group),
            customers=len({c.customer_id for c in group}),
            came_back=came_back,
            spent_fen=sum(sales.values()),
            open_windows=sum(1 for c in group if c.at + window > as_of),
        )

    rows = sorted(
        (row(kind, group) for kind, group in per_kind.items()),
        key=lambda r: (-r.contacts, r.kind),
    )
    return tuple(rows), row("", everything)


# -- the report --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SalesFigures:
    """What happened in a day, a week, a month or a whole period."""

    sales: int = 0  # sale tickets (visits)
    gross_fen: int = 0  # what the sales came to, after discounts
    discount_fen: int = 0  # discounts given on those sales
    refunds: int = 0  # refunds of sales
    refunds_fen: int = 0  # given back on sales (positive)
    member_fen: int = 0  # revenue from members (net)
    walk_in_fen: int = 0  # revenue from walk-ins (net)
    top_ups: int = 0
    top_ups_fen: int = 0  # stored value paid in (principal)
    top_up_refunds_fen: int = 0  # top-ups given back (positive)
    withdrawals_fen: int = 0  # stored value paid out (positive)
    gifts: int = 0  # gifts taken for points
    new_customers: int = 0

    @property
    def revenue_fen(self) -> int:
        return self.gross_fen - self.refunds_fen

    @property
    def average_ticket_fen(self) -> int:
        return average_fen(self.revenue_fen, self.sales)

    @property
    def net_top_ups_fen(self) -> int:
        return self.top_ups_fen - self.top_up_refunds_fen

    def plus(self, other: SalesFigures) -> SalesFigures:
        return SalesFigures(
            *(getattr(self, f) + getattr(other, f) for f in SalesFigures.__dataclass_fields__)
        )


@dataclass(frozen=True, slots=True)
class SalesBucket:
    period: Period
    figures: SalesFigures


@dataclass(frozen=True, slots=True)
class Comparison:
    """A figure for the period and for the period compared with."""

    current: int
    previous: int | None

    @property
    def change(self) -> Decimal | None:
        return change_percent(self.current, self.previous)


@dataclass(frozen=True, slots=True)
class RateComparison:
    current: Decimal | None
    previous: Decimal | None

    @property
    def change_points(self) -> Decimal | None:
        """The change in percentage points."""
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


@dataclass(frozen=True, slots=True)
class Summary:
    """The dashboard's tiles."""

    revenue_fen: Comparison
    visits: Comparison
    average_ticket_fen: Comparison
    money_received_fen: Comparison
    top_ups_fen: Comparison  # net of top-ups given back
    new_customers: Comparison
    active_customers: Comparison
    repeat_rate: RateComparison
    churn_rate: RateComparison
    stored_value_fen: Comparison  # at the end (current) and at the start (previous)


@dataclass(frozen=True, slots=True)
class MethodRow:
    """One payment method, as in the day summary: what came in by it and what went out."""

    method: str
    sales_fen: int  # sales paid by it
    top_ups_fen: int  # top-ups paid by it
    refunds_fen: int  # given back by it, on sales and top-ups (positive)
    withdrawals_fen: int  # stored value paid out by it (positive)
    previous_net_fen: int | None

    @property
    def net_fen(self) -> int:
        return self.sales_fen + self.top_ups_fen - self.refunds_fen - self.withdrawals_fen


@dataclass(frozen=True, slots=True)
class ItemRow:
    """One catalogue item, card plan or the free amounts, net of refunds."""

    kind: str  # item | card | amount
    item_id: int | None
    name: str  # the item's or the card plan's name ("" for free amounts)
    category: str
    qty: int
    amount_fen: int
    discount_fen: int
    sessions_used: int  # services covered by a card (no money changes hands)


@dataclass(frozen=True, slots=True)
class CategoryRow:
    category: str  # "" for items without one
    kind: str  # item | card | amount
    qty: int
    amount_fen: int
    previous_amount_fen: int | None = None


@dataclass(frozen=True, slots=True)
class StaffRow:
    staff_id: int | None
    name: str
    sales: int
    revenue_fen: int
    top_ups_fen: int  # net
    previous_revenue_fen: int | None

    @property
    def average_ticket_fen(self) -> int:
        return average_fen(self.revenue_fen, self.sales)


@dataclass(frozen=True, slots=True)
class CustomerFigures:
    total_at_end: int  # customers on file at the end (not archived, not merged)
    new: int
    active: int
    first_time: int
    returning: int
    repeat: int
    previous_active: int
    retained: int
    churned: int

    @property
    def repeat_rate(self) -> Decimal | None:
        return percent(self.repeat, self.active)

    @property
    def churn_rate(self) -> Decimal | None:
        return percent(self.churned, self.previous_active)

    @property
    def retention_rate(self) -> Decimal | None:
        return percent(self.retained, self.previous_active)


@dataclass(frozen=True, slots=True)
class RfmRow:
    segment: RfmSegment
    customers: int
    spend_fen: int
    visits: int


@dataclass(frozen=True, slots=True)
class RfmReport:
    window: Period
    scale: RfmScale
    rows: tuple[RfmRow, ...]  # every segment, in the order of RfmSegment

    @property
    def spend_fen(self) -> int:
        return sum(r.spend_fen for r in self.rows)


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """A customer in the top or lapsed list (phone masked)."""

    customer_id: int
    name: str
    phone: str | None
    tier: str
    visits: int  # in the period (lapsed list: in the previous period)
    spend_fen: int  # net, same period as ``visits``
    last_visit: date | None
    balance_fen: int  # stored value now
    segment: RfmSegment | None


@dataclass(frozen=True, slots=True)
class Balances:
    """The store's liabilities at one moment."""

    principal_fen: int = 0
    bonus_fen: int = 0
    points: int = 0
    points_value_fen: int = 0  # at the store's redemption rate
    sessions: int = 0  # left on unexpired count cards
    session_cards: int = 0  # unexpired count cards with sessions left
    sessions_value_fen: int = 0  # price paid per session × sessions left
    period_cards: int = 0  # period cards still valid

    @property
    def stored_value_fen(self) -> int:
        return self.principal_fen + self.bonus_fen


@dataclass(frozen=True, slots=True)
class StoredValueFlow:
    """Stored value moved in the period, principal and bonus apart (signed as on the ledger:
    money in is positive)."""

    top_ups: int = 0
    spent: int = 0  # on sales (negative)
    refunded_to_balance: int = 0  # sales paid by stored value and refunded (positive)
    top_ups_refunded: int = 0  # top-ups given back (negative)
    withdrawn: int = 0  # paid back to the customer (negative)
    forfeited: int = 0  # bonus cleared at a withdrawal (negative)
    other: int = 0  # opening balances of imports, merges

    @property
    def net(self) -> int:
        return (
            self.top_ups
            + self.spent
            + self.refunded_to_balance
            + self.top_ups_refunded
            + self.withdrawn
            + self.forfeited
            + self.other
        )


@dataclass(frozen=True, slots=True)
class PointsFlow:
    earned: int = 0
    redeemed: int = 0  # paid with points (negative)
    gifts: int = 0  # gifts taken for points (negative)
    expired: int = 0  # (negative)
    refunds: int = 0  # points given back or taken back by refunds (signed)
    other: int = 0  # opening points of imports, merges

    @property
    def net(self) -> int:
        return self.earned + self.redeemed + self.gifts + self.expired + self.refunds + self.other


@dataclass(frozen=True, slots=True)
class Liabilities:
    opening: Balances  # at the period's first moment
    closing: Balances  # at the end of its last day
    principal: StoredValueFlow
    bonus: StoredValueFlow
    points: PointsFlow
    sessions_sold: int = 0
    sessions_used: int = 0  # net of uses refunded


@dataclass(frozen=True, slots=True)
class ReminderEffect:
    days: int
    rows: tuple[ReminderRow, ...]
    total: ReminderRow


@dataclass(frozen=True, slots=True)
class Report:
    store_name: str
    period: Period
    previous: Period
    granularity: Granularity
    generated_at: datetime
    generated_by: str
    totals: SalesFigures
    previous_totals: SalesFigures
    summary: Summary
    by_day: tuple[SalesBucket, ...]
    by_week: tuple[SalesBucket, ...]
    by_month: tuple[SalesBucket, ...]
    previous_by_day: tuple[SalesBucket, ...]
    payments: tuple[MethodRow, ...]
    items: tuple[ItemRow, ...]
    categories: tuple[CategoryRow, ...]
    staff: tuple[StaffRow, ...]
    customers: CustomerFigures
    rfm: RfmReport
    top_customers: tuple[CustomerRow, ...]
    lapsed_customers: tuple[CustomerRow, ...]
    liabilities: Liabilities
    reminders: ReminderEffect
    points_per_yuan_off: int = 100
    notes: tuple[str, ...] = field(default=())
    # bookings, no-shows and utilisation (None: no appointment in the period)
    appointments: AppointmentFigures | None = None
    # coupons outstanding, promotion cost, campaign effect (None: no promotion, coupon or
    # campaign to show)
    marketing: MarketingFigures | None = None

    def buckets(self, granularity: Granularity | None = None) -> tuple[SalesBucket, ...]:
        g = granularity or self.granularity
        return {
            Granularity.DAY: self.by_day,
            Granularity.WEEK: self.by_week,
            Granularity.MONTH: self.by_month,
        }[g]

    @property
    def money_received_fen(self) -> int:
        return self.summary.money_received_fen.current
