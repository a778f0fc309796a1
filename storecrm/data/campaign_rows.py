"""Typed rows of the campaign queries (``campaign_repository``), in the way of ``rows.py``:
plain dicts whose type names the columns."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypedDict


class SegmentCandidateRow(TypedDict):
    """What a segment looks at of one live customer (``customers`` columns)."""

    id: int
    marketing_consent: bool
    tier_id: int | None
    birthday_calendar: str | None
    birthday_year: int | None
    birthday_month: int | None
    birthday_day: int | None
    birthday_leap: bool
    first_visit_at: datetime | None
    last_visit_at: datetime | None
    visit_count: int
    total_spend_fen: int


class CustomerTagPair(TypedDict):
    customer_id: int
    tag_id: int


class CampaignRow(TypedDict):
    """A row of ``campaigns``."""

    id: int
    name: str
    segment: str
    coupon_template_id: int | None  # the offer: a coupon template …
    message: str
    starts_on: date
    ends_on: date
    holdout_percent: int
    seed: int
    status: str
    created_at: datetime
    created_by: int | None
    launched_at: datetime | None
    launched_by: int | None
    promotion_id: int | None  # … or a promotion open only to the target (0016)


class CampaignMemberRow(TypedDict):
    """A row of ``campaign_members``."""

    campaign_id: int
    customer_id: int
    grp: str
    coupon_id: int | None
    added_at: datetime | None  # when placed (None only for rows older than 0016 left undated)


class MemberCoupon(TypedDict):
    """A member's coupon and its last event (None for the holdout), with what it saved."""

    customer_id: int
    grp: str
    coupon_id: int | None
    last_event: str | None
    saving_fen: int  # of the redemptions not returned


class CustomerSpend(TypedDict):
    customer_id: int
    spend_fen: int


__all__ = [
    "CampaignMemberRow",
    "CampaignRow",
    "CustomerSpend",
    "CustomerTagPair",
    "MemberCoupon",
    "SegmentCandidateRow",
]
