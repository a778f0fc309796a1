"""Typed rows of the promotions, coupons and top-up gifts tables (0014), as ``rows.py`` does for
the rest: plain dicts, one ``TypedDict`` per table or query, held to ``schema.py`` by
``tests/data/test_rows.py``."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypedDict


class PromotionRow(TypedDict):
    """A row of ``promotions``."""

    id: int
    name: str
    kind: str
    threshold_fen: int
    off_fen: int
    repeatable: bool
    permille: int
    buy_qty: int
    free_qty: int
    gift_item_id: int | None
    audience: str
    weekdays: int
    month_days: str
    time_from: str
    time_to: str
    starts_on: date | None
    ends_on: date | None
    with_tier: bool
    with_others: bool
    priority: int
    active: bool
    created_at: datetime
    updated_at: datetime


class PromotionTargetRow(TypedDict):
    """A row of ``promotion_targets``: an item, or a category when ``item_id`` is None."""

    id: int
    promotion_id: int
    item_id: int | None
    category: str


class PromotionTierRow(TypedDict):
    """A row of ``promotion_tiers``."""

    promotion_id: int
    tier_id: int


class CouponTemplateRow(TypedDict):
    """A row of ``coupon_templates``."""

    id: int
    name: str
    kind: str
    min_spend_fen: int
    off_fen: int
    permille: int
    max_off_fen: int | None
    item_id: int | None
    valid_from: date | None
    valid_to: date | None
    valid_days: int | None
    per_customer: int | None
    points_price: int | None
    with_promotions: bool
    with_tier: bool
    active: bool
    created_at: datetime
    updated_at: datetime


class CouponTemplateTargetRow(TypedDict):
    """A row of ``coupon_template_targets``."""

    id: int
    template_id: int
    item_id: int | None
    category: str


class CouponRow(TypedDict):
    """A row of ``coupons``."""

    id: int
    code: str
    template_id: int
    customer_id: int
    issued_at: datetime
    valid_from: date
    valid_to: date
    source: str
    source_sale_id: int | None
    issued_by: int | None


class CouponEventRow(TypedDict):
    """A row of ``coupon_events``."""

    id: int
    coupon_id: int
    kind: str
    at: datetime
    sale_id: int | None
    user_id: int | None
    saving_fen: int
    note: str


class SaleSavingRow(TypedDict):
    """A row of ``sale_savings``."""

    id: int
    sale_id: int
    sale_line_id: int
    source: str
    promotion_id: int | None
    coupon_id: int | None
    name: str
    amount_fen: int


class TopUpGiftRow(TypedDict):
    """A row of ``top_up_gifts``."""

    id: int
    name: str
    threshold_fen: int
    bonus_fen: int
    card_plan_id: int | None
    points: int
    coupon_template_id: int | None
    coupon_qty: int
    starts_on: date | None
    ends_on: date | None
    active: bool
    created_at: datetime
    updated_at: datetime
