"""What the demo store offers, by its kind (salon, restaurant, retail): the year's promotions
and 会员日, the coupon templates, and the plans of the campaigns the history runs."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from storecrm.domain.promotions.lifecycle import (
    LifecycleKind,
)
from storecrm.domain.promotions.offers import (
    Audience,
    CouponKind,
    CouponTemplate,
    Promotion,
    PromotionKind,
    Targets,
    When,
    weekday_mask,
)
from storecrm.domain.promotions.segment import SegmentDefinition

#: Of the working campaign's target, this share comes in once more because of the coupon.
EXTRA_VISIT = 0.6


# -- what the store offers, by its kind ------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Catalogue:
    """The store's items by name and its categories (the demo refers to both by name)."""

    item_ids: Mapping[str, int]
    categories: frozenset[str]

    def item(self, name: str) -> int | None:
        return self.item_ids.get(name)

    def cats(self, *names: str) -> frozenset[str] | None:
        found = frozenset(n for n in names if n in self.categories)
        return found or None


def promotions_for(business: str, cat: Catalogue, start: date, end: date) -> list[Promotion]:
    """The year's promotions for the store's kind; an item or category the store lacks leaves
    its promotion out."""
    span = max(1, (end - start).days)
    fair_from = start + timedelta(days=span * 3 // 10)  # a two-week 店庆 in the past
    fair = When(starts_on=fair_from, ends_on=fair_from + timedelta(days=13))
    since = When(starts_on=start)
    recent = When(starts_on=max(start, end - timedelta(days=75)))
    afternoons = When(
        starts_on=start + timedelta(days=span * 6 // 10),
        weekdays=weekday_mask(range(5)),
        time_from=time(13),
        time_to=time(17),
    )
    found: list[Promotion] = []

    if business == "beauty":
        care, retail, colour = cat.cats("护理", "美容"), cat.cats("零售"), cat.cats("染烫")
        wax = cat.item("发蜡")
        if care:
            found.append(
                Promotion(
                    0,
                    "会员日·每周三护理美容8.8折",
                    PromotionKind.PERCENT_OFF,
                    permille=880,
                    targets=Targets(categories=care),
                    audience=Audience.MEMBERS,
                    when=replace(since, weekdays=weekday_mask([2])),
                    priority=2,
                )
            )
        if retail:
            found.append(
                Promotion(
                    0,
                    "洗护产品第二件半价",
                    PromotionKind.NTH_ITEM,
                    permille=500,
                    buy_qty=2,
                    targets=Targets(categories=retail),
                    when=since,
                )
            )
        found.append(
            Promotion(
                0,
                "店庆每满300减40",
                PromotionKind.AMOUNT_OFF,
                threshold_fen=30_000,
                off_fen=4_000,
                repeatable=True,
                with_tier=False,
                when=fair,
            )
        )
        if wax:
            found.append(
                Promotion(
                    0,
                    "满500赠发蜡",
                    PromotionKind.GIFT,
                    threshold_fen=50_000,
                    gift_item_id=wax,
                    when=recent,
                )
            )
        if colour:
            found.append(
                Promotion(
                    0,
                    "工作日下午染烫8.5折",
                    PromotionKind.PERCENT_OFF,
                    permille=850,
                    targets=Targets(categories=colour),
                    when=afternoons,
                    with_tier=False,
                    with_others=False,
                )
            )
    elif business == "restaurant":
        drinks, hot = cat.cats("饮品"), cat.cats("热菜")
        plum = cat.item("酸梅汤（扎）")
        found.append(
            Promotion(
                0,
                "会员日·每周三全单9折",
                PromotionKind.PERCENT_OFF,
                permille=900,
                audience=Audience.MEMBERS,
                when=replace(since, weekdays=weekday_mask([2])),
                with_tier=False,
                priority=2,
            )
        )
        if drinks:
            found.append(
                Promotion(
                    0,
                    "饮品第二份半价",
                    PromotionKind.NTH_ITEM,
                    permille=500,
                    buy_qty=2,
                    targets=Targets(categories=drinks),
                    when=since,
                )
            )
        found.append(
            Promotion(
                0,
                "店庆每满200减30",
                PromotionKind.AMOUNT_OFF,
                threshold_fen=20_000,
                off_fen=3_000,
                repeatable=True,
                with_tier=False,
                when=fair,
            )
        )
        if plum:
            found.append(
                Promotion(
                    0,
                    "满300赠酸梅汤",
                    PromotionKind.GIFT,
                    threshold_fen=30_000,
                    gift_item_id=plum,
                    when=recent,
                )
            )
        if hot:
            found.append(
                Promotion(
                    0,
                    "工作日午市热菜8.8折",
                    PromotionKind.PERCENT_OFF,
                    permille=880,
                    targets=Targets(categories=hot),
                    when=replace(afternoons, time_from=time(11), time_to=time(14)),
                    with_tier=False,
                    with_others=False,
                )
            )
    else:
        tops, extras = cat.cats("上装"), cat.cats("配饰")
        socks = cat.item("袜子（3双装）")
        found.append(
            Promotion(
                0,
                "会员日·每月8日全场9折",
                PromotionKind.PERCENT_OFF,
                permille=900,
                audience=Audience.MEMBERS,
                when=replace(since, month_days=frozenset({8})),
                priority=2,
            )
        )
        if extras:
            found.append(
                Promotion(
                    0,
                    "配饰第二件半价",
                    PromotionKind.NTH_ITEM,
                    permille=500,
                    buy_qty=2,
                    targets=Targets(categories=extras),
                    when=since,
                )
            )
        found.append(
            Promotion(
                0,
                "店庆每满300减50",
                PromotionKind.AMOUNT_OFF,
                threshold_fen=30_000,
                off_fen=5_000,
                repeatable=True,
                with_tier=False,
                when=fair,
            )
        )
        if socks:
            found.append(
                Promotion(
                    0,
                    "满500送袜子",
                    PromotionKind.GIFT,
                    threshold_fen=50_000,
                    gift_item_id=socks,
                    when=recent,
                )
            )
        if tops:
            found.append(
                Promotion(
                    0,
                    "换季上装8折",
                    PromotionKind.PERCENT_OFF,
                    permille=800,
                    targets=Targets(categories=tops),
                    with_others=False,
                    when=When(
                        starts_on=start + timedelta(days=span * 6 // 10),
                        ends_on=start + timedelta(days=span * 6 // 10 + 20),
                    ),
                )
            )
    return found


#: Roles of the demo's coupon templates.
WORKED, NO_EFFECT, RUNNING = "worked", "no_effect", "running"


def templates_for(business: str, cat: Catalogue) -> dict[str, CouponTemplate]:
    """The coupon templates by their role in the demo (a campaign's offer, a lifecycle
    kind's coupon)."""
    if business == "beauty":
        gift_item, trial_item = cat.item("洗剪吹"), cat.item("头皮护理")
        small, small_cats = "洗护产品8折券", cat.cats("零售")
        worked = CouponTemplate(0, "满200减50券", CouponKind.AMOUNT_OFF, 20_000, 5_000,
                                valid_days=30)  # fmt: skip
        welcome_off, referral_off = 2_000, 3_000
    elif business == "restaurant":
        gift_item, trial_item = cat.item("招牌红烧肉"), cat.item("酸梅汤（扎）")
        small, small_cats = "饮品8折券", cat.cats("饮品")
        worked = CouponTemplate(0, "满150减30券", CouponKind.AMOUNT_OFF, 15_000, 3_000,
                                valid_days=30)  # fmt: skip
        welcome_off, referral_off = 1_000, 2_000
    else:
        gift_item, trial_item = cat.item("袜子（3双装）"), cat.item("帆布包")
        small, small_cats = "配饰8折券", cat.cats("配饰")
        worked = CouponTemplate(0, "满300减60券", CouponKind.AMOUNT_OFF, 30_000, 6_000,
                                valid_days=30)  # fmt: skip
        welcome_off, referral_off = 2_000, 3_000
    found = {
        WORKED: worked,
        LifecycleKind.WELCOME.value: CouponTemplate(
            0, f"开卡礼{welcome_off // 100}元代金券", CouponKind.VOUCHER, off_fen=welcome_off,
            valid_days=60, per_customer=1,
        ),
        LifecycleKind.WINBACK.value: CouponTemplate(
            0, "回店礼满100减30", CouponKind.AMOUNT_OFF, 10_000, 3_000, valid_days=30
        ),
        LifecycleKind.REFERRAL.value: CouponTemplate(
            0, f"推荐有礼{referral_off // 100}元代金券", CouponKind.VOUCHER,
            off_fen=referral_off, valid_days=90,
        ),
    }  # fmt: skip
    if small_cats:
        found[NO_EFFECT] = CouponTemplate(
            0, small, CouponKind.PERCENT_OFF, permille=800, max_off_fen=3_000,
            targets=Targets(categories=small_cats), valid_days=21,
        )  # fmt: skip
    if gift_item is not None:
        found[LifecycleKind.BIRTHDAY.value] = CouponTemplate(
            0, "生日兑换券", CouponKind.ITEM, item_id=gift_item, valid_days=30
        )
    if trial_item is not None:
        found[RUNNING] = CouponTemplate(
            0, "新品体验兑换券", CouponKind.ITEM, item_id=trial_item, valid_days=30
        )
    return found


@dataclass(frozen=True, slots=True)
class CampaignPlan:
    role: str
    name: str
    message: str
    launch: datetime
    days: int
    segment: Callable[[date], SegmentDefinition]
    extra_visits: float  # share of the target drawn in once more by the offer


def campaign_plans(start: datetime, end: datetime, tier_ids: Sequence[int]) -> list[CampaignPlan]:
    """Two finished campaigns and a running one, placed in the history's span (none in a
    history of under two months)."""
    span = (end - start).days
    if span < 60:
        return []
    at = time(9, 30)

    def launch(day: date) -> datetime:
        return datetime.combine(day, at)

    worked_day = (start + timedelta(days=span * 55 // 100)).date()
    flat_day = (start + timedelta(days=span * 78 // 100)).date()
    running_day = (end - timedelta(days=min(10, span // 10))).date()
    paid_tiers = tuple(tier_ids[1:]) or tuple(tier_ids)
    return [
        CampaignPlan(
            WORKED, "老客回店礼",
            "【{store}】{name}您好，送您一张{coupon}，券码 {code}，{valid_to}前到店使用。",
            launch(worked_day), 30,
            lambda d: SegmentDefinition(last_visit_from=d - timedelta(days=90)), EXTRA_VISIT,
        ),
        CampaignPlan(
            NO_EFFECT, "银卡以上会员专享券",
            "【{store}】{name}您好，会员专享{coupon}已到账，券码 {code}，{valid_to}前有效。",
            launch(flat_day), 21, lambda d: SegmentDefinition(tier_ids=paid_tiers), 0.0,
        ),
        CampaignPlan(
            RUNNING, "新品体验季",
            "【{store}】{name}您好，请您免费体验新品（{coupon}），券码 {code}，{valid_to}前有效。",
            launch(running_day), 30,
            lambda d: SegmentDefinition(last_visit_from=d - timedelta(days=180)), 0.15,
        ),
    ]  # fmt: skip
