"""The owner's promotions, coupon templates and top-up gifts: list them, save one (new or
changed), switch one off. Changes need ``MANAGE_PROMOTIONS`` and are audited; reading them is
open to anyone who records sales (the till applies them)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, time

from storecrm.data.promotion_rows import (
    CouponTemplateRow,
    CouponTemplateTargetRow,
    PromotionRow,
    PromotionTargetRow,
    TopUpGiftRow,
)
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.errors import ValidationError
from storecrm.domain.promotions.offers import (
    Audience,
    CouponKind,
    CouponTemplate,
    Promotion,
    PromotionKind,
    Targets,
    TopUpGift,
    When,
    month_days_text,
    parse_month_days,
)
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit

NAME_MAX = 40


# -- rows → domain ---------------------------------------------------------------------------------
def _clock(text: str) -> time | None:
    return time.fromisoformat(text) if text else None


def _targets(rows: Iterable[PromotionTargetRow | CouponTemplateTargetRow]) -> Targets:
    rows = list(rows)
    return Targets(
        item_ids=frozenset(int(r["item_id"]) for r in rows if r["item_id"] is not None),
        categories=frozenset(str(r["category"]) for r in rows if r["item_id"] is None),
    )


def promotion_of(
    row: PromotionRow, targets: Iterable[PromotionTargetRow], tier_ids: Iterable[int]
) -> Promotion:
    return Promotion(
        id=row["id"],
        name=row["name"],
        kind=PromotionKind(row["kind"]),
        threshold_fen=row["threshold_fen"],
        off_fen=row["off_fen"],
        repeatable=bool(row["repeatable"]),
        permille=row["permille"],
        buy_qty=row["buy_qty"],
        free_qty=row["free_qty"],
        gift_item_id=row["gift_item_id"],
        targets=_targets(targets),
        audience=Audience(row["audience"]),
        tier_ids=frozenset(tier_ids),
        when=When(
            starts_on=row["starts_on"],
            ends_on=row["ends_on"],
            weekdays=row["weekdays"],
            month_days=parse_month_days(row["month_days"]),
            time_from=_clock(row["time_from"]),
            time_to=_clock(row["time_to"]),
        ),
        with_tier=bool(row["with_tier"]),
        with_others=bool(row["with_others"]),
        priority=row["priority"],
        active=bool(row["active"]),
    )


def template_of(
    row: CouponTemplateRow, targets: Iterable[CouponTemplateTargetRow]
) -> CouponTemplate:
    return CouponTemplate(
        id=row["id"],
        name=row["name"],
        kind=CouponKind(row["kind"]),
        min_spend_fen=row["min_spend_fen"],
        off_fen=row["off_fen"],
        permille=row["permille"],
        max_off_fen=row["max_off_fen"],
        item_id=row["item_id"],
        targets=_targets(targets),
        valid_from=row["valid_from"],
        valid_to=row["valid_to"],
        valid_days=row["valid_days"],
        per_customer=row["per_customer"],
        points_price=row["points_price"],
        with_promotions=bool(row["with_promotions"]),
        with_tier=bool(row["with_tier"]),
        active=bool(row["active"]),
    )


def gift_of(row: TopUpGiftRow) -> TopUpGift:
    return TopUpGift(
        id=row["id"],
        name=row["name"],
        threshold_fen=row["threshold_fen"],
        bonus_fen=row["bonus_fen"],
        card_plan_id=row["card_plan_id"],
        points=row["points"],
        coupon_template_id=row["coupon_template_id"],
        coupon_qty=row["coupon_qty"],
        when=When(starts_on=row["starts_on"], ends_on=row["ends_on"]),
        active=bool(row["active"]),
    )


def load_promotions(uow: UnitOfWork, *, live_on: date | None = None) -> list[Promotion]:
    """Every promotion (only the active ones not ended by ``live_on`` when given; those are
    kept per open store, every sale reads them)."""
    if live_on is not None:
        return list(uow.cached(("live_promotions", live_on), lambda: tuple(_load(uow, live_on))))
    return _load(uow, None)


def _load(uow: UnitOfWork, live_on: date | None) -> list[Promotion]:
    rows = uow.promotions.promotions(active_only=live_on is not None, on=live_on)
    ids = [r["id"] for r in rows]
    targets: dict[int, list[PromotionTargetRow]] = {}
    for t in uow.promotions.promotion_targets(ids) if ids else ():
        targets.setdefault(t["promotion_id"], []).append(t)
    tiers = uow.promotions.promotion_tier_ids(ids) if ids else {}
    return [promotion_of(r, targets.get(r["id"], ()), tiers.get(r["id"], ())) for r in rows]


def load_templates(uow: UnitOfWork, ids: Iterable[int] | None = None) -> dict[int, CouponTemplate]:
    rows = uow.promotions.templates()
    if ids is not None:
        wanted = set(ids)
        rows = [r for r in rows if r["id"] in wanted]
    targets: dict[int, list[CouponTemplateTargetRow]] = {}
    for t in uow.promotions.template_targets([r["id"] for r in rows]) if rows else ():
        targets.setdefault(t["template_id"], []).append(t)
    return {r["id"]: template_of(r, targets.get(r["id"], ())) for r in rows}


# -- listing -------------------------------------------------------------------------------------
@reads
def list_promotions(uow: UnitOfWork, actor: Actor) -> list[Promotion]:
    audit.require(uow, actor, Permission.RECORD_SALES, "promotions")
    return load_promotions(uow)


@reads
def list_templates(uow: UnitOfWork, actor: Actor) -> list[CouponTemplate]:
    audit.require(uow, actor, Permission.RECORD_SALES, "coupon_templates")
    return list(load_templates(uow).values())


@reads
def list_top_up_gifts(uow: UnitOfWork, actor: Actor) -> list[TopUpGift]:
    audit.require(uow, actor, Permission.RECORD_SALES, "top_up_gifts")
    return [gift_of(r) for r in uow.promotions.top_up_gifts()]


# -- saving ----------------------------------------------------------------------------------------
def _name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise ValidationError("name", "required")
    if len(cleaned) > NAME_MAX:
        raise ValidationError("name", "too_long", max=NAME_MAX)
    return cleaned


def _check_targets(uow: UnitOfWork, targets: Targets) -> list[tuple[int | None, str]]:
    for item_id in targets.item_ids:
        uow.catalogue.item(item_id)  # NotFound for an unknown item
    return [(i, "") for i in sorted(targets.item_ids)] + [
        (None, c.strip()[:32]) for c in sorted(targets.categories) if c.strip()
    ]


def _detail(values: Mapping[str, object]) -> dict[str, object]:
    """What the audit log keeps of a save (dates as ISO text: the log's detail is JSON)."""
    return {
        k: v.isoformat() if isinstance(v, date) else v
        for k, v in values.items()
        if k not in ("updated_at", "created_at")
    }


def _clock_text(value: time | None) -> str:
    return "" if value is None else value.strftime("%H:%M")


def save_promotion(uow: UnitOfWork, actor: Actor, promotion: Promotion) -> Promotion:
    """Create (``id`` 0) or change a promotion; returns it as stored."""
    audit.require(uow, actor, Permission.MANAGE_PROMOTIONS, "promotion_save")
    promotion = replace(promotion, name=_name(promotion.name)).check()
    if promotion.gift_item_id is not None:
        uow.catalogue.item(promotion.gift_item_id)
    targets = _check_targets(uow, promotion.targets)
    tier_ids = promotion.tier_ids if promotion.audience is Audience.TIERS else frozenset()
    now = clock.now()
    when = promotion.when
    values: dict[str, object] = {
        "name": promotion.name,
        "kind": promotion.kind.value,
        "threshold_fen": promotion.threshold_fen,
        "off_fen": promotion.off_fen,
        "repeatable": promotion.repeatable,
        "permille": promotion.permille,
        "buy_qty": promotion.buy_qty,
        "free_qty": promotion.free_qty,
        "gift_item_id": promotion.gift_item_id,
        "audience": promotion.audience.value,
        "weekdays": when.weekdays,
        "month_days": month_days_text(when.month_days),
        "time_from": _clock_text(when.time_from),
        "time_to": _clock_text(when.time_to),
        "starts_on": when.starts_on,
        "ends_on": when.ends_on,
        "with_tier": promotion.with_tier,
        "with_others": promotion.with_others,
        "priority": promotion.priority,
        "active": promotion.active,
        "updated_at": now,
    }
    new = not promotion.id
    if new:
        values["created_at"] = now
    else:
        uow.promotions.promotion(promotion.id)
        # a campaign's offer stays open to its target only: its results count the target's
        # savings, and the holdout must never get it
        if promotion.audience is not Audience.CAMPAIGN and uow.campaigns.promotion_campaigns(
            promotion.id
        ):
            raise ValidationError("audience", "campaign_offer")
    promotion_id = uow.promotions.save_promotion(
        None if new else promotion.id, values, targets, tier_ids
    )
    audit.record(
        uow, actor, "promotion_save", target=f"promotion:{promotion_id}",
        detail={"new": new} | _detail(values),
    )  # fmt: skip
    uow.commit()
    return load_one_promotion(uow, promotion_id)


def load_one_promotion(uow: UnitOfWork, promotion_id: int) -> Promotion:
    row = uow.promotions.promotion(promotion_id)
    targets = uow.promotions.promotion_targets([promotion_id])
    tiers = uow.promotions.promotion_tier_ids([promotion_id]).get(promotion_id, set())
    return promotion_of(row, targets, tiers)


def set_promotion_active(uow: UnitOfWork, actor: Actor, promotion_id: int, active: bool) -> None:
    audit.require(uow, actor, Permission.MANAGE_PROMOTIONS, "promotion_save")
    uow.promotions.promotion(promotion_id)
    uow.promotions.set_promotion_active(promotion_id, active, clock.now())
    audit.record(
        uow, actor, "promotion_active", target=f"promotion:{promotion_id}",
        detail={"active": active},
    )  # fmt: skip
    uow.commit()


def save_template(uow: UnitOfWork, actor: Actor, template: CouponTemplate) -> CouponTemplate:
    """Create (``id`` 0) or change a coupon template. Coupons already issued keep the dates
    they were issued with; what they take off follows the template."""
    audit.require(uow, actor, Permission.MANAGE_PROMOTIONS, "coupon_template_save")
    template = replace(template, name=_name(template.name)).check()
    if template.item_id is not None:
        uow.catalogue.item(template.item_id)
    targets = _check_targets(uow, template.targets)
    now = clock.now()
    values: dict[str, object] = {
        "name": template.name,
        "kind": template.kind.value,
        "min_spend_fen": template.min_spend_fen,
        "off_fen": template.off_fen,
        "permille": template.permille,
        "max_off_fen": template.max_off_fen,
        "item_id": template.item_id,
        "valid_from": template.valid_from,
        "valid_to": template.valid_to,
        "valid_days": template.valid_days,
        "per_customer": template.per_customer,
        "points_price": template.points_price,
        "with_promotions": template.with_promotions,
        "with_tier": template.with_tier,
        "active": template.active,
        "updated_at": now,
    }
    new = not template.id
    if new:
        values["created_at"] = now
    else:
        uow.promotions.template(template.id)
    template_id = uow.promotions.save_template(None if new else template.id, values, targets)
    audit.record(
        uow, actor, "coupon_template_save", target=f"coupon_template:{template_id}",
        detail={"new": new} | _detail(values),
    )  # fmt: skip
    uow.commit()
    return load_templates(uow, [template_id])[template_id]


def set_template_active(uow: UnitOfWork, actor: Actor, template_id: int, active: bool) -> None:
    audit.require(uow, actor, Permission.MANAGE_PROMOTIONS, "coupon_template_save")
    uow.promotions.template(template_id)
    uow.promotions.set_template_active(template_id, active, clock.now())
    audit.record(
        uow, actor, "coupon_template_active", target=f"coupon_template:{template_id}",
        detail={"active": active},
    )  # fmt: skip
    uow.commit()


def save_top_up_gift(uow: UnitOfWork, actor: Actor, gift: TopUpGift) -> TopUpGift:
    audit.require(uow, actor, Permission.MANAGE_PROMOTIONS, "top_up_gift_save")
    gift = replace(gift, name=_name(gift.name)).check()
    if gift.card_plan_id is not None:
        uow.catalogue.plan(gift.card_plan_id)
    if gift.coupon_template_id is not None:
        uow.promotions.template(gift.coupon_template_id)
    now = clock.now()
    values: dict[str, object] = {
        "name": gift.name,
        "threshold_fen": gift.threshold_fen,
        "bonus_fen": gift.bonus_fen,
        "card_plan_id": gift.card_plan_id,
        "points": gift.points,
        "coupon_template_id": gift.coupon_template_id,
        "coupon_qty": gift.coupon_qty,
        "starts_on": gift.when.starts_on,
        "ends_on": gift.when.ends_on,
        "active": gift.active,
        "updated_at": now,
    }
    new = not gift.id
    if new:
        values["created_at"] = now
    else:
        uow.promotions.top_up_gift(gift.id)
    gift_id = uow.promotions.save_top_up_gift(None if new else gift.id, values)
    audit.record(
        uow, actor, "top_up_gift_save", target=f"top_up_gift:{gift_id}",
        detail={"new": new} | _detail(values),
    )  # fmt: skip
    uow.commit()
    return gift_of(uow.promotions.top_up_gift(gift_id))


def targets_text(targets: Targets, item_names: Mapping[int, str]) -> Sequence[str]:
    """The targets as names, items first (for lists and exports)."""
    return [item_names.get(i, f"#{i}") for i in sorted(targets.item_ids)] + sorted(
        targets.categories
    )


__all__ = [
    "list_promotions",
    "list_templates",
    "list_top_up_gifts",
    "load_promotions",
    "load_templates",
    "save_promotion",
    "save_template",
    "save_top_up_gift",
    "set_promotion_active",
    "set_template_active",
]
