"""Reminders: which customers the store should get in touch with today, and why.

Nothing here is stored. A reminder is worked out from the customer's data each time the list is
asked for, so editing a birthday or recording a visit changes the list at once. What people did
about a reminder is stored (``reminder_actions``), keyed by the reminder's *occurrence*: the
customer, the kind and a ``ref`` naming this particular occasion (this year's birthday, the
visit a return is counted from, a card). An occurrence is shown when it is due and nobody has
acted on it; "contacted", "done" and "not interested" close it; "snoozed" hides it until its
date. A new occasion (next year's birthday, a new visit) is a new occurrence.

The due-date rules, each with the owner's settings (:class:`ReminderRules`):

- **Birthday**: celebrated on the day :meth:`Birthday.occurrence_in` gives (solar or lunar,
  29 February on 28 February in common years); shown from ``birthday_days_ahead`` days before.
- **Return visit due**, two ways:
  - *the customer's own rhythm*: with at least ``return_min_visits`` visits, the average
    interval is (last visit − first visit) / (visits − 1) days, rounded to the nearest day; the
    return is due that many days after the last visit;
  - *an item's cycle*: a service with a return cycle (染发每 45 天) is due that many days after
    the customer last bought it.
  Shown from ``return_days_ahead`` days before the due date until ``return_overdue_days`` after
  it, and never once the customer counts as dormant.
- **Dormant (流失预警)**: no visit for ``dormant_days``; shown for ``dormant_window_days`` after
  crossing the line (those gone longer are in the customer list's "at risk" category).
- **Session card expiring**: an active card that expires within ``card_expiring_days`` and still
  has sessions (or is a period card). **Nearly used up**: a count card with 1…``card_low_sessions``
  sessions left.
- **Stored value low**: a balance above zero and below ``balance_low_fen``; counted from the
  last visit, so a customer who comes and is still low is reminded again.
- **Membership anniversary**: the day the customer joined, each year, from
  ``anniversary_days_ahead`` days before.
- **Follow-up tasks** set by hand, due on their date; **service records** (requests,
  complaints, feedback) not resolved by their due date.
- **Tomorrow's appointments (明日预约)**: every appointment still booked (已预约) for the day
  after, one occurrence per appointment, due that day, so the store can remind the customer.
- **No-show follow-up (爽约回访)**: an appointment marked 爽约 in the last ``no_show_days``
  days (the day itself included), one occurrence per appointment, until someone acts on it.
"""

from __future__ import annotations

import calendar as _calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from storecrm.domain.birthday import (
    LUNAR_MONTH_NAMES,
    Birthday,
    Calendar,
    lunar_day_chinese,
    lunar_month_length,
    solar_to_lunar,
)
from storecrm.domain.errors import ValidationError


class ReminderKind(StrEnum):
    BIRTHDAY = "birthday"
    RETURN_VISIT = "return_visit"
    DORMANT = "dormant"
    CARD_EXPIRING = "card_expiring"
    CARD_LOW = "card_low"
    BALANCE_LOW = "balance_low"
    ANNIVERSARY = "anniversary"
    FOLLOWUP = "followup"
    SERVICE = "service"
    APPOINTMENT = "appointment"  # 明日预约
    NO_SHOW = "no_show"  # 爽约回访
    LIFECYCLE_COUPON = (
        "lifecycle_coupon"  # 开卡礼、生日礼、沉睡唤醒、推荐奖励: a coupon to tell them of
    )


class ReminderAction(StrEnum):
    CONTACTED = "contacted"
    SNOOZED = "snoozed"
    DONE = "done"
    NOT_INTERESTED = "not_interested"


class Channel(StrEnum):
    PHONE = "phone"
    WECHAT = "wechat"
    SMS = "sms"
    IN_STORE = "in_store"


class ServiceType(StrEnum):
    REQUEST = "request"  # 服务请求
    COMPLAINT = "complaint"  # 投诉
    FEEDBACK = "feedback"  # 反馈


class ServiceStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"


class FollowupStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


# The order kinds are listed in on the today view.
KIND_ORDER: tuple[ReminderKind, ...] = (
    ReminderKind.FOLLOWUP,
    ReminderKind.SERVICE,
    ReminderKind.APPOINTMENT,
    ReminderKind.NO_SHOW,
    ReminderKind.BIRTHDAY,
    ReminderKind.RETURN_VISIT,
    ReminderKind.CARD_EXPIRING,
    ReminderKind.CARD_LOW,
    ReminderKind.BALANCE_LOW,
    ReminderKind.DORMANT,
    ReminderKind.ANNIVERSARY,
    ReminderKind.LIFECYCLE_COUPON,
)

# Snoozed occurrences come back on their date as long as they are no older than this.
SNOOZE_LOOKBACK_DAYS = 60


@dataclass(frozen=True, slots=True)
class ReminderRules:
    """The owner's reminder settings. Days are whole days; money is fen."""

    birthday: bool = True
    birthday_days_ahead: int = 7
    return_visit: bool = True
    return_by_average: bool = True  # the customer's own interval between visits
    return_by_item: bool = True  # the return cycle of the items they bought
    return_min_visits: int = 3
    return_days_ahead: int = 1
    return_overdue_days: int = 3
    dormant: bool = True
    dormant_days: int = 90
    dormant_window_days: int = 30
    card_expiring: bool = True
    card_expiring_days: int = 14
    card_low: bool = True
    card_low_sessions: int = 2
    balance_low: bool = True
    balance_low_fen: int = 5000
    anniversary: bool = False
    anniversary_days_ahead: int = 3
    followup: bool = True
    service: bool = True
    appointment: bool = True  # tomorrow's appointments
    no_show: bool = True
    no_show_days: int = 7
    lifecycle_coupon: bool = True  # coupons the lifecycle offers issued lately
    # A contacted customer who buys within this many days counts as brought back (reports).
    effect_days: int = 30

    def enabled(self, kind: ReminderKind) -> bool:
        return bool(getattr(self, kind.value))

    def to_dict(self) -> dict[str, int | bool]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ReminderRules:
        """Rules from saved settings; unknown keys and wrongly typed values are ignored."""
        default = cls()
        values: dict[str, int | bool] = {}
        for f in fields(cls):
            value = data.get(f.name)
            expected = type(getattr(default, f.name))
            if isinstance(value, bool) is (expected is bool) and isinstance(value, int):
                values[f.name] = value
        return replace(default, **values)  # type: ignore[arg-type]


RULE_LIMITS: dict[str, tuple[int, int]] = {
    "birthday_days_ahead": (0, 60),
    "return_min_visits": (2, 50),
    "return_days_ahead": (0, 60),
    "return_overdue_days": (0, 120),
    "dormant_days": (7, 3650),
    "dormant_window_days": (1, 365),
    "card_expiring_days": (0, 180),
    "card_low_sessions": (1, 50),
    "balance_low_fen": (100, 100_000_00),
    "anniversary_days_ahead": (0, 60),
    "no_show_days": (1, 60),
    "effect_days": (1, 365),
}


def check_rules(rules: ReminderRules) -> ReminderRules:
    """``rules`` if every number is in its range, else ``ValidationError(field=name)``."""
    for name, (low, high) in RULE_LIMITS.items():
        value = getattr(rules, name)
        if not low <= value <= high:
            raise ValidationError(name, "out_of_range")
    return rules


@dataclass(frozen=True, slots=True)
class Window:
    """Days ``start``…``end`` inclusive."""

    start: date
    end: date

    def __contains__(self, d: object) -> bool:
        return isinstance(d, date) and self.start <= d <= self.end

    def days(self) -> Iterable[date]:
        d = self.start
        while d <= self.end:
            yield d
            d += timedelta(days=1)


# -- birthdays and anniversaries --------------------------------------------------------------
def birthday_keys(window: Window) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """(solar, lunar) month/day pairs whose birthdays may be celebrated in ``window``.

    A superset, for narrowing the customers in SQL; :func:`birthday_in` decides exactly.
    Solar 29 February is included where 28 February of a common year is; lunar day 30 where a
    month of 29 days ends; a date in a leap month adds nothing (birthdays are kept in the
    ordinary month).
    """
    solar: set[tuple[int, int]] = set()
    lunar: set[tuple[int, int]] = set()
    for d in window.days():
        solar.add((d.month, d.day))
        if (d.month, d.day) == (2, 28) and not _calendar.isleap(d.year):
            solar.add((2, 29))
        ld = solar_to_lunar(d)
        if ld.is_leap_month:
            continue
        lunar.add((ld.month, ld.day))
        if ld.day == 29 and lunar_month_length(ld.year, ld.month) == 29:
            lunar.add((ld.month, 30))
    return solar, lunar


def birthday_in(birthday: Birthday, window: Window) -> date | None:
    """The day ``birthday`` is celebrated within ``window``, or None."""
    try:
        occurrence = birthday.next_occurrence(window.start)
    except ValueError:  # a lunar year outside the calendar tables
        return None
    return occurrence if occurrence <= window.end else None


def anniversary_in(joined: date, window: Window) -> date | None:
    """The first anniversary (one year or more) of ``joined`` within ``window``, or None."""
    for year in (window.start.year, window.start.year + 1):
        if year <= joined.year:
            continue
        day = joined.day
        if (joined.month, day) == (2, 29) and not _calendar.isleap(year):
            day = 28
        d = date(year, joined.month, day)
        if d in window:
            return d
    return None


def anniversary_keys(window: Window) -> set[str]:
    """'MM-DD' strings of the join dates whose anniversaries may fall in ``window``."""
    keys = {f"{d.month:02d}-{d.day:02d}" for d in window.days()}
    if "02-28" in keys:
        keys.add("02-29")
    return keys


def birthday_text(birthday: Birthday) -> str:
    """The birthday as a Chinese message says it: 3月5日, 农历八月十五, 农历闰四月初八."""
    if birthday.calendar is Calendar.SOLAR:
        return f"{birthday.month}月{birthday.day}日"
    leap = "闰" if birthday.leap_month else ""
    return f"农历{leap}{LUNAR_MONTH_NAMES[birthday.month - 1]}月{lunar_day_chinese(birthday.day)}"


# -- return visits ----------------------------------------------------------------------------
def average_interval(first_visit: date, last_visit: date, visits: int) -> int | None:
    """Whole days between visits on average, or None with fewer than two visits on two days."""
    if visits < 2 or last_visit <= first_visit:
        return None
    span = (last_visit - first_visit).days
    # round half up without floats
    return max(1, (2 * span + (visits - 1)) // (2 * (visits - 1)))


def return_window(today: date, rules: ReminderRules) -> tuple[date, date]:
    """Due dates that are shown today: (earliest, latest)."""
    return (
        today - timedelta(days=rules.return_overdue_days),
        today + timedelta(days=rules.return_days_ahead),
    )


def dormant_since(today: date, rules: ReminderRules) -> tuple[date, date]:
    """Last-visit days (earliest, latest) of the customers shown as newly dormant today."""
    latest = today - timedelta(days=rules.dormant_days)
    return latest - timedelta(days=rules.dormant_window_days - 1), latest


def is_dormant(last_visit: date, today: date, rules: ReminderRules) -> bool:
    return (today - last_visit).days >= rules.dormant_days


# -- appointments -----------------------------------------------------------------------------
def no_show_window(today: date, rules: ReminderRules) -> Window:
    """Days whose no-shows are followed up today: the last ``no_show_days`` days, today too."""
    return Window(today - timedelta(days=rules.no_show_days - 1), today)


def appointment_time_text(at: datetime) -> str:
    """An appointment's time as a Chinese message says it: 12月8日 14:30."""
    return f"{at.month}月{at.day}日 {at.hour:02d}:{at.minute:02d}"


# -- what people did about an occurrence ------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LastAction:
    action: ReminderAction
    snooze_until: date | None = None


def is_open(last: LastAction | None, due: date, today: date) -> bool:
    """Whether an occurrence due on ``due`` is on today's list, given the last action on it."""
    if last is None:
        return True
    if last.action is ReminderAction.SNOOZED:
        return last.snooze_until is not None and last.snooze_until <= today
    return False


# -- message templates ------------------------------------------------------------------------
PLACEHOLDERS: dict[str, str] = {
    "姓名": "name",
    "余额": "balance",
    "积分": "points",
    "剩余次数": "sessions",
    "生日": "birthday",
    "店名": "store",
    "时间": "time",
    "项目": "items",
    "技师": "staff",
    "name": "name",
    "balance": "balance",
    "points": "points",
    "sessions": "sessions",
    "birthday": "birthday",
    "store": "store",
    "time": "time",
    "items": "items",
    "staff": "staff",
}
_PLACEHOLDER = re.compile(r"\{([^{}]{1,8})\}")


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """What a message may say about a customer, already written for the reader."""

    name: str
    balance: str
    points: str
    sessions: str
    birthday: str
    store: str
    # an appointment's (tomorrow's appointments, no-show follow-up); empty for other reminders
    time: str = ""
    items: str = ""
    staff: str = ""


def render_template(body: str, facts: MessageFacts) -> str:
    """``body`` with {姓名}, {余额}, {积分}, {剩余次数}, {生日}, {店名}, and an appointment's
    {时间}, {项目}, {技师} (or their English names) filled in. Anything else in braces is left
    as written."""

    def fill(match: re.Match[str]) -> str:
        key = PLACEHOLDERS.get(match.group(1).strip())
        return str(getattr(facts, key)) if key else match.group(0)

    return _PLACEHOLDER.sub(fill, body)


def unknown_placeholders(body: str) -> list[str]:
    """The {…} names in ``body`` that are not placeholders (likely typing mistakes)."""
    return [
        m.group(1) for m in _PLACEHOLDER.finditer(body) if m.group(1).strip() not in PLACEHOLDERS
    ]


@dataclass(frozen=True, slots=True)
class DefaultTemplate:
    name: str
    kind: ReminderKind | None
    body: str


DEFAULT_TEMPLATES: tuple[DefaultTemplate, ...] = (
    DefaultTemplate(
        "生日祝福",
        ReminderKind.BIRTHDAY,
        "{姓名}您好！{店名}祝您生日快乐，生日当月到店享会员专属礼遇，期待您的光临。",
    ),
    DefaultTemplate(
        "回访提醒",
        ReminderKind.RETURN_VISIT,
        "{姓名}您好，距离您上次到店已有一段时间了，{店名}为您预留了时间，欢迎随时预约。",
    ),
    DefaultTemplate(
        "老客唤醒",
        ReminderKind.DORMANT,
        "{姓名}您好，好久不见！{店名}很想念您，您的会员余额{余额}、积分{积分}仍可使用，期待再次为您服务。",
    ),
    DefaultTemplate(
        "次卡到期",
        ReminderKind.CARD_EXPIRING,
        "{姓名}您好，您在{店名}的次卡还剩{剩余次数}次，即将到期，请尽快到店使用。",
    ),
    DefaultTemplate(
        "次卡将用完",
        ReminderKind.CARD_LOW,
        "{姓名}您好，您在{店名}的次卡还剩{剩余次数}次，续卡可享优惠，欢迎咨询。",
    ),
    DefaultTemplate(
        "余额不足",
        ReminderKind.BALANCE_LOW,
        "{姓名}您好，您在{店名}的储值余额还有{余额}，充值可享赠送，欢迎到店了解。",
    ),
    DefaultTemplate(
        "入会周年",
        ReminderKind.ANNIVERSARY,
        "{姓名}您好，感谢您成为{店名}会员又满一年，周年礼已为您备好，期待您的光临。",
    ),
    DefaultTemplate(
        "预约提醒",
        ReminderKind.APPOINTMENT,
        "{姓名}您好，您已预约{时间}在{店名}的{项目}（{技师}），请准时到店；如需改约请提前告知。",
    ),
    DefaultTemplate(
        "爽约回访",
        ReminderKind.NO_SHOW,
        "{姓名}您好，您预约的{时间}{项目}未能到店，{店名}想问问是否需要为您重新安排时间？",
    ),
    DefaultTemplate(
        "会员礼券",
        ReminderKind.LIFECYCLE_COUPON,
        "{姓名}您好，{店名}为您送上一张优惠券，已放入您的会员账户，结账时报手机号即可使用，期待您的光临。",
    ),
)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One due reminder before it is dressed with the customer's facts (service layer)."""

    kind: ReminderKind
    ref: str
    customer_id: int
    due_on: date
    detail: Mapping[str, object] = field(default_factory=dict)
