"""Lifecycle offers (开卡礼, 生日礼, 沉睡唤醒, 推荐奖励): the owner's settings and the rules
that say who is due one today.

Each kind is a standing campaign: its coupons go out once a day, on opening, to the customers whose
occasion came, with a holdout drawn by the kind's seed (``campaign.group_of``) like any campaign.
An occasion is what a customer gets a coupon for, at most once:

- welcome: joining (once ever), for customers who joined on or after the day the offer was
  switched on, within ``WELCOME_LOOKBACK_DAYS``;
- birthday: the birthday of a year (solar or lunar, as the customer's birthday says), from
  ``days_ahead`` days before it;
- win-back: a lapse, at most once in ``WINBACK_EVERY_DAYS`` (365) days: the customer has at
  least ``min_visits`` visit days, the days since their last visit passed their usual interval
  (the median gap between their visit days) by ``margin_percent`` %, but by no more than
  ``WINBACK_WINDOW_DAYS`` (the long-lost are not flooded with coupons the day the offer is
  switched on), and they were not placed in any win-back campaign (target or holdout) in the
  365 days before. A rolling 365 days, not the calendar year: a lapse that starts on 20 December
  is still one lapse on 2 January, and gets one coupon, not two;
- referral: a referred customer's first paid visit on or after the day it was switched on
  (once per referred customer); the coupon goes to the referrer.

No Qt, no SQLAlchemy here.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from enum import StrEnum
from statistics import median

from storecrm.domain.errors import ValidationError
from storecrm.domain.promotions.campaign import DEFAULT_HOLDOUT_PERCENT, check_holdout_percent

WELCOME_LOOKBACK_DAYS = 30
WINBACK_WINDOW_DAYS = 30
#: A customer is placed in a win-back campaign at most once in this many days.
WINBACK_EVERY_DAYS = 365
REFERRAL_LOOKBACK_DAYS = 30
DAYS_AHEAD_RANGE = (0, 30)
MARGIN_RANGE = (0, 300)
MIN_VISITS_RANGE = (2, 50)


class LifecycleKind(StrEnum):
    WELCOME = "welcome"
    BIRTHDAY = "birthday"
    WINBACK = "winback"
    REFERRAL = "referral"


#: The coupons' ``source`` (at most 12 characters, the column's width).
SOURCES: dict[LifecycleKind, str] = {kind: f"lc_{kind.value}" for kind in LifecycleKind}
#: Kinds whose occasion is per calendar year (a standing campaign per kind and year); the others
#: have one standing campaign for ever.
YEARLY = frozenset({LifecycleKind.BIRTHDAY, LifecycleKind.WINBACK})


@dataclass(frozen=True, slots=True)
class KindSettings:
    """One kind's switch and its figures."""

    enabled: bool = False
    template_id: int | None = None  # the coupon given
    holdout_percent: int = DEFAULT_HOLDOUT_PERCENT
    seed: int | None = None  # drawn when first switched on; kept for ever after
    since: date | None = None  # the day it was last switched on
    days_ahead: int = 7  # birthday
    margin_percent: int = 50  # win-back: how far past the usual interval
    min_visits: int = 3  # win-back: visit days needed to know someone's usual interval


@dataclass(frozen=True, slots=True)
class LifecycleSettings:
    kinds: Mapping[LifecycleKind, KindSettings] = field(
        default_factory=lambda: {kind: KindSettings() for kind in LifecycleKind}
    )

    def of(self, kind: LifecycleKind) -> KindSettings:
        return self.kinds.get(kind) or KindSettings()

    def with_kind(self, kind: LifecycleKind, settings: KindSettings) -> LifecycleSettings:
        kinds = {k: self.of(k) for k in LifecycleKind}
        kinds[kind] = settings
        return LifecycleSettings(kinds)

    def to_json(self) -> str:
        data = {}
        for kind in LifecycleKind:
            values = asdict(self.of(kind))
            since = values["since"]
            values["since"] = None if since is None else since.isoformat()
            data[kind.value] = values
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> LifecycleSettings:
        """The settings saved as ``text``; anything unreadable falls back to the default."""
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}
        kinds: dict[LifecycleKind, KindSettings] = {}
        for kind in LifecycleKind:
            raw = data.get(kind.value) if isinstance(data, dict) else None
            kinds[kind] = _kind_from(raw) if isinstance(raw, dict) else KindSettings()
        return cls(kinds)


def _kind_from(raw: Mapping[str, object]) -> KindSettings:
    default = KindSettings()
    values: dict[str, object] = {}
    for name in ("template_id", "seed"):
        value = raw.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            values[name] = value
    for name in ("holdout_percent", "days_ahead", "margin_percent", "min_visits"):
        value = raw.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            values[name] = value
    if isinstance(raw.get("enabled"), bool):
        values["enabled"] = raw["enabled"]
    since = raw.get("since")
    if isinstance(since, str):
        with contextlib.suppress(ValueError):
            values["since"] = date.fromisoformat(since)
    return replace(default, **values)  # type: ignore[arg-type]


def check_kind(kind: LifecycleKind, settings: KindSettings) -> KindSettings:
    """``settings`` if they can be used; ``ValidationError(field, code)`` otherwise."""
    if settings.enabled and settings.template_id is None:
        raise ValidationError("coupon_template", "required")
    try:
        check_holdout_percent(settings.holdout_percent)
    except ValueError:
        raise ValidationError("holdout_percent", "range", low=0, high=50) from None
    for name, (low, high) in (
        ("days_ahead", DAYS_AHEAD_RANGE),
        ("margin_percent", MARGIN_RANGE),
        ("min_visits", MIN_VISITS_RANGE),
    ):
        if not low <= getattr(settings, name) <= high:
            raise ValidationError(name, "range", low=low, high=high)
    return settings


def occasion_year(kind: LifecycleKind, day: date) -> int | None:
    """The year of the standing campaign an occasion on ``day`` belongs to (None: the kind's one
    campaign for ever)."""
    return day.year if kind in YEARLY else None


def usual_interval(visit_days: Sequence[date], min_visits: int) -> int | None:
    """The median gap in days between distinct visit days, or None with fewer than
    ``min_visits`` of them."""
    days = sorted(set(visit_days))
    if len(days) < max(2, min_visits):
        return None
    gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
    return max(1, round(median(gaps)))


def winback_due(
    visit_days: Sequence[date], today: date, min_visits: int, margin_percent: int
) -> bool:
    """Whether a customer with these visit days is lapsing today: the days since the last
    visit are past the usual interval by the margin, and no more than WINBACK_WINDOW_DAYS past
    that point."""
    usual = usual_interval(visit_days, min_visits)
    if usual is None:
        return False
    threshold = usual * (100 + margin_percent) // 100
    since_last = (today - max(visit_days)).days
    return threshold < since_last <= threshold + WINBACK_WINDOW_DAYS


__all__ = [
    "DAYS_AHEAD_RANGE",
    "KindSettings",
    "LifecycleKind",
    "LifecycleSettings",
    "MARGIN_RANGE",
    "MIN_VISITS_RANGE",
    "REFERRAL_LOOKBACK_DAYS",
    "SOURCES",
    "WELCOME_LOOKBACK_DAYS",
    "WINBACK_EVERY_DAYS",
    "WINBACK_WINDOW_DAYS",
    "YEARLY",
    "check_kind",
    "occasion_year",
    "usual_interval",
    "winback_due",
]
