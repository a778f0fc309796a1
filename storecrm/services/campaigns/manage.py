"""Creating and launching a campaign.

Creating stores the definition (a draft: nobody is chosen yet). Launching chooses the segment's
customers as they are that day (with marketing consent only), splits them by the campaign's seed
into the target and the holdout, issues one coupon of the offer's template to each target
member, and records every member with their group: the holdout gets nothing. Both are audited.

The offer is a coupon template or a promotion open only to the target: a promotion whose
audience is ``campaign``, offered by this campaign alone. Launching such a campaign issues
nothing; being a target member is what opens the promotion to a customer at the till during the
campaign's period (``promotions.till.apply_offers``).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime

from storecrm.data.campaign_rows import CampaignMemberRow, CampaignRow
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.errors import ValidationError
from storecrm.domain.promotions.campaign import (
    DEFAULT_HOLDOUT_PERCENT,
    Group,
    assign_groups,
    check_holdout_percent,
)
from storecrm.domain.promotions.offers import Audience
from storecrm.domain.promotions.segment import SegmentDefinition
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.campaigns.segments import segment_member_ids
from storecrm.services.promotions.catalogue import load_templates
from storecrm.services.promotions.coupons import issue_one

NAME_MAX = 40
MESSAGE_MAX = 500
SEED_LIMIT = 2**31


class CampaignStatus:
    DRAFT = "draft"
    LAUNCHED = "launched"


class OfferKind:
    COUPON = "coupon"
    PROMOTION = "promotion"


@dataclass(frozen=True, slots=True)
class CampaignDraft:
    """Exactly one of ``coupon_template_id`` and ``promotion_id`` is the offer."""

    name: str
    coupon_template_id: int | None
    starts_on: date
    ends_on: date
    segment: SegmentDefinition = field(default_factory=SegmentDefinition)
    message: str = ""
    holdout_percent: int = DEFAULT_HOLDOUT_PERCENT
    seed: int | None = None  # None: drawn when the campaign is created
    promotion_id: int | None = None  # a promotion open only to the target (audience campaign)


@dataclass(frozen=True, slots=True)
class OfferChoice:
    """A coupon template a campaign may offer."""

    template_id: int
    name: str


@dataclass(frozen=True, slots=True)
class PromotionChoice:
    """A promotion a campaign may offer: active, open only to a campaign's target, not offered
    by another campaign."""

    promotion_id: int
    name: str


@dataclass(frozen=True, slots=True)
class LaunchOutcome:
    campaign_id: int
    target: int
    holdout: int
    coupons_issued: int


def check_draft(uow: UnitOfWork, draft: CampaignDraft) -> None:
    """ValidationError(field, code) for the first problem of ``draft``."""
    name = draft.name.strip()
    if not name:
        raise ValidationError("name", "required")
    if len(name) > NAME_MAX:
        raise ValidationError("name", "too_long", limit=NAME_MAX)
    if len(draft.message) > MESSAGE_MAX:
        raise ValidationError("message", "too_long", limit=MESSAGE_MAX)
    if draft.ends_on < draft.starts_on:
        raise ValidationError("ends_on", "before_start")
    try:
        check_holdout_percent(draft.holdout_percent)
    except ValueError:
        raise ValidationError("holdout_percent", "range", low=0, high=50) from None
    if draft.seed is not None and not 0 <= draft.seed < SEED_LIMIT:
        raise ValidationError("seed", "range", low=0, high=SEED_LIMIT - 1)
    draft.segment.check()
    if (draft.coupon_template_id is None) == (draft.promotion_id is None):
        raise ValidationError("offer", "required")
    if draft.coupon_template_id is not None:
        template = uow.promotions.template(draft.coupon_template_id)
        if not template["active"]:
            raise ValidationError("coupon_template", "inactive")
    else:
        assert draft.promotion_id is not None
        _check_promotion(uow, draft.promotion_id)


def _check_promotion(uow: UnitOfWork, promotion_id: int, campaign_id: int | None = None) -> None:
    promotion = uow.promotions.promotion(promotion_id)  # NotFound
    if not promotion["active"]:
        raise ValidationError("promotion", "inactive")
    if promotion["audience"] != Audience.CAMPAIGN.value:
        raise ValidationError("promotion", "not_for_campaign")
    if any(c != campaign_id for c in uow.campaigns.promotion_campaigns(promotion_id)):
        raise ValidationError("promotion", "in_use")


def create_campaign(uow: UnitOfWork, actor: Actor, draft: CampaignDraft) -> int:
    """A draft campaign; returns its id."""
    audit.require(uow, actor, Permission.MANAGE_CAMPAIGNS, "campaign_create")
    check_draft(uow, draft)
    seed = draft.seed if draft.seed is not None else secrets.randbelow(SEED_LIMIT)
    now = clock.now()
    campaign_id = uow.campaigns.insert(
        {
            "name": draft.name.strip(),
            "segment": draft.segment.to_json(),
            "coupon_template_id": draft.coupon_template_id,
            "promotion_id": draft.promotion_id,
            "message": draft.message,
            "starts_on": draft.starts_on,
            "ends_on": draft.ends_on,
            "holdout_percent": draft.holdout_percent,
            "seed": seed,
            "status": CampaignStatus.DRAFT,
            "created_at": now,
            "created_by": actor.user_id,
        }
    )
    audit.record(
        uow,
        actor,
        "campaign_create",
        target=f"campaign:{campaign_id}",
        detail={
            "holdout_percent": draft.holdout_percent,
            "template": draft.coupon_template_id,
            "promotion": draft.promotion_id,
        },
    )
    uow.commit()
    return campaign_id


def launch_campaign(uow: UnitOfWork, actor: Actor, campaign_id: int) -> LaunchOutcome:
    """Choose the members, draw the holdout, issue the target's coupons (a promotion offer:
    nothing is issued; the target members are who the till opens it to)."""
    audit.require(uow, actor, Permission.MANAGE_CAMPAIGNS, "campaign_launch")
    row: CampaignRow = uow.campaigns.get(campaign_id)
    if row["status"] != CampaignStatus.DRAFT:
        raise ValidationError("campaign", "already_launched")
    now = clock.now()
    today = now.date()
    if row["ends_on"] < today:
        raise ValidationError("campaign", "ended")
    segment = SegmentDefinition.from_json(row["segment"])
    if row["promotion_id"] is not None:  # the promotion opens to the target: nothing to issue
        _check_promotion(uow, row["promotion_id"], campaign_id)
        ids = segment_member_ids(uow, actor, segment, today)
        groups = assign_groups(ids, row["seed"], row["holdout_percent"])
        members = [
            CampaignMemberRow(
                campaign_id=campaign_id,
                customer_id=cid,
                grp=groups[cid].value,
                coupon_id=None,
                added_at=now,
            )
            for cid in ids
        ]
        issued = 0
    else:
        members, issued = _issue_coupons(uow, actor, row, segment, now)
    uow.campaigns.add_members(members)
    uow.campaigns.set_launched(campaign_id, now, actor.user_id)
    target = sum(1 for m in members if m["grp"] == Group.TARGET.value)
    outcome = LaunchOutcome(campaign_id, target, len(members) - target, issued)
    audit.record(
        uow,
        actor,
        "campaign_launch",
        target=f"campaign:{campaign_id}",
        detail={"target": outcome.target, "holdout": outcome.holdout, "coupons": issued},
    )
    uow.commit()
    return outcome


def _issue_coupons(
    uow: UnitOfWork, actor: Actor, row: CampaignRow, segment: SegmentDefinition, now: datetime
) -> tuple[list[CampaignMemberRow], int]:
    """The members with the target's coupons issued (a coupon campaign's launch)."""
    today = now.date()
    assert row["coupon_template_id"] is not None
    template = load_templates(uow, [row["coupon_template_id"]])[row["coupon_template_id"]]
    if not template.active:
        raise ValidationError("coupon_template", "inactive")
    _valid_from, valid_to = template.validity(today)
    if valid_to < today:
        raise ValidationError("coupon_template", "ended")
    ids = segment_member_ids(uow, actor, segment, today)
    groups = assign_groups(ids, row["seed"], row["holdout_percent"])
    held = uow.campaigns.coupons_held(template.id, ids) if template.per_customer is not None else {}
    members: list[CampaignMemberRow] = []
    issued = 0
    for cid in ids:
        coupon_id: int | None = None
        # a target member at the template's per-customer limit stays in the target (the effect
        # is measured on the groups as drawn) but gets no further coupon
        at_limit = template.per_customer is not None and held.get(cid, 0) >= template.per_customer
        if groups[cid] is Group.TARGET and not at_limit:
            coupon_id = issue_one(uow, actor.user_id, template, cid, now, "campaign")
            issued += 1
        members.append(
            CampaignMemberRow(
                campaign_id=row["id"],
                customer_id=cid,
                grp=groups[cid].value,
                coupon_id=coupon_id,
                added_at=now,
            )
        )
    return members, issued


@reads
def promotion_choices(uow: UnitOfWork, actor: Actor) -> list[PromotionChoice]:
    """The promotions a new campaign may offer (active, audience ``campaign``, not offered by
    another campaign), by name."""
    audit.require(uow, actor, Permission.MANAGE_CAMPAIGNS, "campaign_create")
    found = []
    for p in uow.promotions.promotions():
        if not p["active"] or p["audience"] != Audience.CAMPAIGN.value:
            continue
        if uow.campaigns.promotion_campaigns(p["id"]):
            continue
        found.append(PromotionChoice(int(p["id"]), str(p["name"])))
    return sorted(found, key=lambda c: c.name)


@reads
def offer_choices(uow: UnitOfWork, actor: Actor) -> list[OfferChoice]:
    """The active coupon templates, by name."""
    audit.require(uow, actor, Permission.MANAGE_CAMPAIGNS, "campaign_create")
    return [
        OfferChoice(int(t["id"]), str(t["name"]))
        for t in uow.promotions.templates(active_only=True)
    ]


@reads
def target_coupon_ids(uow: UnitOfWork, actor: Actor, campaign_id: int) -> list[int]:
    """The coupons the campaign issued to its target group (for the SMS export of
    ``promotions.coupons.export_coupons`` with the campaign's message)."""
    audit.require(uow, actor, Permission.MANAGE_CAMPAIGNS, "campaign_messages")
    uow.campaigns.get(campaign_id)
    return [
        int(m["coupon_id"])
        for m in uow.campaigns.members(campaign_id)
        if m["coupon_id"] is not None
    ]


__all__ = [
    "CampaignDraft",
    "CampaignStatus",
    "LaunchOutcome",
    "OfferChoice",
    "OfferKind",
    "PromotionChoice",
    "check_draft",
    "create_campaign",
    "launch_campaign",
    "offer_choices",
    "promotion_choices",
    "target_coupon_ids",
]
