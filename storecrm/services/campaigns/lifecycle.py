"""Lifecycle offers: the owner's switches, and the daily issue on opening.

Each kind (``storecrm.domain.promotions.lifecycle``) is a standing campaign: one campaign row per
kind and calendar year (status ``standing``), with the kind's seed and holdout, so its results
show in the campaigns list like any campaign. :func:`issue_due` runs once a day, when the store
is opened: it finds whose occasion came, records each of them as a member of the year's
standing campaign in the group their id and the seed put them in, and issues the target
members' coupons. The day is recorded with the issue in the same transaction, so a second
opening that day issues nothing; being a member is the occasion's record, so a customer never
gets a given lifecycle coupon twice for one occasion (a win-back at most once in 365 days). It
is a write (called through ``context.call`` it holds the store's one writer).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from storecrm.data.campaign_rows import CampaignMemberRow
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.errors import ValidationError
from storecrm.domain.promotions.campaign import QT_TRANSLATE_NOOP, Group, group_of
from storecrm.domain.promotions.lifecycle import (
    REFERRAL_LOOKBACK_DAYS,
    SOURCES,
    WELCOME_LOOKBACK_DAYS,
    WINBACK_EVERY_DAYS,
    KindSettings,
    LifecycleKind,
    LifecycleSettings,
    check_kind,
    winback_due,
)
from storecrm.domain.promotions.offers import CouponTemplate
from storecrm.domain.promotions.segment import SegmentDefinition
from storecrm.domain.reminders import DEFAULT_TEMPLATES, ReminderKind, Window, birthday_in
from storecrm.domain.reminders import birthday_keys as reminder_birthday_keys
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.promotions.catalogue import load_templates
from storecrm.services.promotions.coupons import issue_one

SETTINGS_KEY = "lifecycle_offers"
CAMPAIGNS_KEY = "lifecycle_campaigns"  # {"welcome:2026": campaign id, …}
LAST_DAY_KEY = "lifecycle_issued_on"
TEMPLATE_KEY = "lifecycle_template_added"
STANDING = "standing"
SEED_LIMIT = 2**31
#: How far back the win-back looks at visits (enough for a usual interval of months).
HISTORY_DAYS = 730

#: The standing campaigns' names (the campaign row keeps the name in the language of the day it
#: was made, like a campaign the owner names); ``%1`` is the year.
DEFAULT_NAMES: dict[str, str] = {
    LifecycleKind.WELCOME.value: QT_TRANSLATE_NOOP("Lifecycle", "Welcome coupon %1"),
    LifecycleKind.BIRTHDAY.value: QT_TRANSLATE_NOOP("Lifecycle", "Birthday coupon %1"),
    LifecycleKind.WINBACK.value: QT_TRANSLATE_NOOP("Lifecycle", "Win-back coupon %1"),
    LifecycleKind.REFERRAL.value: QT_TRANSLATE_NOOP("Lifecycle", "Referral reward %1"),
}


@dataclass(frozen=True, slots=True)
class DailyOutcome:
    """What one opening issued."""

    day: date
    already_done: bool  # the day's issue had been made by an earlier opening
    issued: Mapping[str, int]  # coupons, by kind
    held_out: Mapping[str, int]  # occasions recorded in the holdout (no coupon), by kind
    unusable: tuple[str, ...] = ()  # kinds whose coupon template is inactive or ended

    @property
    def total_issued(self) -> int:
        return sum(self.issued.values())


def load_settings(uow: UnitOfWork) -> LifecycleSettings:
    return LifecycleSettings.from_json(uow.settings.get(SETTINGS_KEY))


@reads
def get_settings(uow: UnitOfWork, actor: Actor) -> LifecycleSettings:
    audit.require(uow, actor, Permission.MANAGE_CAMPAIGNS, "lifecycle_settings")
    return load_settings(uow)


def set_kind(
    uow: UnitOfWork, actor: Actor, kind: LifecycleKind, settings: KindSettings
) -> LifecycleSettings:
    """Save one kind's switch and figures. Switching it on draws its seed (once: the seed is kept
    for ever after, so the groups stay the same) and starts its occasions from today."""
    audit.require(uow, actor, Permission.MANAGE_CAMPAIGNS, "lifecycle_settings")
    check_kind(kind, settings)
    if settings.template_id is not None:
        template = uow.promotions.template(settings.template_id)  # NotFound
        if settings.enabled and not template["active"]:
            raise ValidationError("coupon_template", "inactive")
    current = load_settings(uow)
    before = current.of(kind)
    today = clock.now().date()
    seed = before.seed if before.seed is not None else secrets.randbelow(SEED_LIMIT)
    since = today if settings.enabled and not before.enabled else before.since
    saved = replace(settings, seed=seed, since=since)
    updated = current.with_kind(kind, saved)
    uow.settings.put(SETTINGS_KEY, updated.to_json(), actor.user_id)
    if settings.enabled:
        _offer_message_template(uow)
    audit.record(
        uow,
        actor,
        "lifecycle_settings",
        detail={
            "kind": kind.value,
            "enabled": settings.enabled,
            "template": settings.template_id,
            "holdout_percent": settings.holdout_percent,
        },
    )
    uow.commit()
    return updated


def _offer_message_template(uow: UnitOfWork) -> None:
    """A store that had its message templates before lifecycle coupons existed gets theirs once
    (a store without templates gets it with the default set)."""
    if uow.settings.get(TEMPLATE_KEY) or not uow.reminders.templates():
        return
    now = clock.now()
    for t in DEFAULT_TEMPLATES:
        if t.kind is ReminderKind.LIFECYCLE_COUPON and (
            uow.reminders.template_named(t.name, other_than=None) is None
        ):
            uow.reminders.add_template(
                {"name": t.name, "kind": t.kind.value, "body": t.body}
                | {"created_at": now, "updated_at": now}
            )
    uow.settings.put(TEMPLATE_KEY, "1", None)


# -- the daily issue -----------------------------------------------------------------------
def _campaign_ids(uow: UnitOfWork) -> dict[str, int]:
    try:
        data = json.loads(uow.settings.get(CAMPAIGNS_KEY) or "{}")
    except ValueError:
        data = {}
    return {str(k): int(v) for k, v in data.items() if isinstance(v, int)}


def _standing_campaign(
    uow: UnitOfWork,
    actor: Actor,
    kind: LifecycleKind,
    year: int,
    settings: KindSettings,
    names: Mapping[str, str],
    known: dict[str, int],
) -> int:
    """The kind's standing campaign of ``year``, made when first needed."""
    key = f"{kind.value}:{year}"
    if key in known:
        return known[key]
    assert settings.template_id is not None and settings.seed is not None
    name = (names.get(kind.value) or DEFAULT_NAMES[kind.value]).replace("%1", str(year))
    starts = date(year, 1, 1)
    if settings.since is not None and settings.since.year == year:
        starts = settings.since
    campaign_id = uow.campaigns.insert(
        {
            "name": name[:40],
            "segment": SegmentDefinition().to_json(),
            "coupon_template_id": settings.template_id,
            "message": "",
            "starts_on": starts,
            "ends_on": date(year, 12, 31),
            "holdout_percent": settings.holdout_percent,
            "seed": settings.seed,
            "status": STANDING,
            "created_at": clock.now(),
            "created_by": actor.user_id,
            "launched_at": clock.now(),
            "launched_by": actor.user_id,
        }
    )
    known[key] = campaign_id
    uow.settings.put(CAMPAIGNS_KEY, json.dumps(known, sort_keys=True), None)
    return campaign_id


def _of_kind(known: Mapping[str, int], kind: LifecycleKind) -> list[int]:
    return [cid for key, cid in known.items() if key.split(":")[0] == kind.value]


def _welcome(uow: UnitOfWork, s: KindSettings, today: date) -> dict[int, tuple[int, int]]:
    """{member: (recipient, year)} of the welcome occasions due today."""
    assert s.since is not None
    first = max(s.since, today - timedelta(days=WELCOME_LOOKBACK_DAYS))
    return {cid: (cid, today.year) for cid in uow.lifecycle.joined_between(first, today)}


def _referral(uow: UnitOfWork, s: KindSettings, today: date) -> dict[int, tuple[int, int]]:
    assert s.since is not None
    first = max(s.since, today - timedelta(days=REFERRAL_LOOKBACK_DAYS))
    pairs = uow.lifecycle.referred_first_paid_between(first, today)
    return {referred: (referrer, today.year) for referred, referrer in pairs}


def _birthdays(uow: UnitOfWork, s: KindSettings, today: date) -> dict[int, tuple[int, int]]:
    window = Window(today, today + timedelta(days=s.days_ahead))
    solar, lunar = reminder_birthday_keys(window)
    found: dict[int, tuple[int, int]] = {}
    for row in uow.reminders.birthdays(solar, lunar):
        cid = int(row[0])
        calendar, year, month, day, leap = row[8:13]
        try:
            birthday = Birthday(
                calendar=Calendar(calendar),
                month=int(month),
                day=int(day),
                year=None if year is None else int(year),
                leap_month=bool(leap),
            )
        except (TypeError, ValueError):
            continue
        celebrated = birthday_in(birthday, window)
        if celebrated is not None:
            found[cid] = (cid, celebrated.year)
    return found


def _winback(uow: UnitOfWork, s: KindSettings, today: date) -> dict[int, tuple[int, int]]:
    start = today - timedelta(days=HISTORY_DAYS)
    history = uow.lifecycle.visit_days(start, start)
    return {
        cid: (cid, today.year)
        for cid, days in history.items()
        if winback_due(days, today, s.min_visits, s.margin_percent)
    }


_FINDERS = {
    LifecycleKind.WELCOME: _welcome,
    LifecycleKind.BIRTHDAY: _birthdays,
    LifecycleKind.WINBACK: _winback,
    LifecycleKind.REFERRAL: _referral,
}
#: Kinds whose occasion comes once in a customer's life (any year's campaign counts).
_ONCE_EVER = frozenset({LifecycleKind.WELCOME, LifecycleKind.REFERRAL})


def _usable(uow: UnitOfWork, template_id: int, today: date) -> CouponTemplate | None:
    template = load_templates(uow, [template_id]).get(template_id)
    if template is None or not template.active:
        return None
    if template.valid_to is not None and template.valid_to < today:
        return None
    return template


def issue_due(
    uow: UnitOfWork, actor: Actor, names: Mapping[str, str] | None = None
) -> DailyOutcome:
    """Issue today's lifecycle coupons (once a day: see the module docstring). ``names`` are the
    standing campaigns' names in the user's language (``DEFAULT_NAMES`` otherwise).

    No permission is asked: the owner switched the offers on, and whoever opens the store that
    day only sets them off. Audited once, with the counts."""
    today = clock.now().date()
    if uow.settings.get(LAST_DAY_KEY) == today.isoformat():
        return DailyOutcome(today, True, {}, {})
    settings = load_settings(uow)
    known = _campaign_ids(uow)
    issued: dict[str, int] = {}
    held: dict[str, int] = {}
    unusable: list[str] = []
    now = clock.now()
    for kind in LifecycleKind:
        s = settings.of(kind)
        if not s.enabled or s.template_id is None or s.seed is None or s.since is None:
            continue
        template = _usable(uow, s.template_id, today)
        if template is None:
            unusable.append(kind.value)
            continue
        due = _FINDERS[kind](uow, s, today)
        if not due:
            continue
        recipients = uow.lifecycle.consenting({r for r, _y in due.values()})
        done: set[int] = set()
        if kind in _ONCE_EVER:
            done = uow.lifecycle.members(_of_kind(known, kind))
        elif kind is LifecycleKind.WINBACK:  # once in 365 days, across the years' campaigns
            # placed on day D: due again from D + 365 (days, whatever the hour of opening)
            since = datetime.combine(today - timedelta(days=WINBACK_EVERY_DAYS - 1), time())
            done = uow.lifecycle.members(_of_kind(known, kind), since=since)
        limit_held = (
            uow.campaigns.coupons_held(template.id, sorted(recipients))
            if template.per_customer is not None
            else {}
        )
        by_campaign: dict[int, list[CampaignMemberRow]] = {}
        members_of: dict[int, set[int]] = {}
        for member, (recipient, year) in sorted(due.items()):
            if member in done or recipient not in recipients:
                continue
            campaign_id = _standing_campaign(uow, actor, kind, year, s, names or {}, known)
            if campaign_id not in members_of:
                members_of[campaign_id] = uow.lifecycle.members([campaign_id])
            if member in members_of[campaign_id]:
                continue
            group = group_of(s.seed, member, s.holdout_percent)
            coupon_id: int | None = None
            at_limit = (
                template.per_customer is not None
                and limit_held.get(recipient, 0) >= template.per_customer
            )
            if group is Group.TARGET and not at_limit:
                coupon_id = issue_one(uow, actor.user_id, template, recipient, now, SOURCES[kind])
                limit_held[recipient] = limit_held.get(recipient, 0) + 1
                issued[kind.value] = issued.get(kind.value, 0) + 1
            elif group is Group.HOLDOUT:
                held[kind.value] = held.get(kind.value, 0) + 1
            by_campaign.setdefault(campaign_id, []).append(
                CampaignMemberRow(
                    campaign_id=campaign_id,
                    customer_id=member,
                    grp=group.value,
                    coupon_id=coupon_id,
                    added_at=now,
                )
            )
        for rows in by_campaign.values():
            uow.campaigns.add_members(rows)
    uow.settings.put(LAST_DAY_KEY, today.isoformat(), None)
    if issued or held or unusable:
        audit.record(
            uow,
            actor,
            "lifecycle_issue",
            detail={"issued": issued, "held_out": held, "unusable": unusable},
        )
    uow.commit()
    return DailyOutcome(today, False, issued, held, tuple(unusable))


__all__ = [
    "CAMPAIGNS_KEY",
    "DEFAULT_NAMES",
    "DailyOutcome",
    "LAST_DAY_KEY",
    "SETTINGS_KEY",
    "STANDING",
    "get_settings",
    "issue_due",
    "load_settings",
    "set_kind",
]
