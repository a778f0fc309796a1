"""What a promotion and a coupon template are, and when and to what they apply (pure).

A *promotion* is one of the store's standing offers, applied by the till on its own
(``engine.best_offer``); a *coupon template* says what a coupon of its kind takes off, and a
*coupon* is one issued to a customer with its own code. Money is fen; a share paid is in
permille (850 = 85 % paid, 8.5折).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from storecrm.domain.errors import ValidationError
from storecrm.domain.membership import PERMILLE


class PromotionKind(StrEnum):
    AMOUNT_OFF = "amount_off"  # 满减: spend ≥ threshold, off_fen off (每满 when repeatable)
    PERCENT_OFF = "percent_off"  # the targets at permille of their price
    NTH_ITEM = "nth_item"  # 第N件 X折: every buy_qty-th unit of an item at permille (第二件半价)
    BUY_GET = "buy_get"  # 买N送M: of every buy_qty + free_qty units of an item, free_qty free
    GIFT = "gift"  # 满赠: spend ≥ threshold, the gift item free


class Audience(StrEnum):
    EVERYONE = "everyone"
    MEMBERS = "members"  # any customer with a tier
    TIERS = "tiers"  # the listed tiers only
    #: Only the target members of a launched campaign offering it, in the campaign's period
    #: (the till is told which such promotions are open to its customer: ``invited``).
    CAMPAIGN = "campaign"


class CouponKind(StrEnum):
    AMOUNT_OFF = "amount_off"  # 满减券: spend ≥ min_spend, off_fen off
    PERCENT_OFF = "percent_off"  # 折扣券: the targets at permille, at most max_off_fen off
    VOUCHER = "voucher"  # 代金券: off_fen off (at most what the targets come to)
    ITEM = "item"  # 兑换券: one unit of item_id free


class CouponState(StrEnum):
    USABLE = "usable"
    NOT_YET = "not_yet"  # before valid_from
    EXPIRED = "expired"
    REDEEMED = "redeemed"
    VOIDED = "voided"


class CouponEventKind(StrEnum):
    ISSUED = "issued"
    REDEEMED = "redeemed"  # on a sale
    RETURNED = "returned"  # by the refund of that sale: usable again while valid
    VOIDED = "voided"


WEEKDAY_BITS = 7  # bit 0 Monday … bit 6 Sunday, as date.weekday()


@dataclass(frozen=True, slots=True)
class Targets:
    """Items and categories an offer applies to; both empty: everything discountable."""

    item_ids: frozenset[int] = frozenset()
    categories: frozenset[str] = frozenset()

    @property
    def everything(self) -> bool:
        return not self.item_ids and not self.categories

    def covers(self, item_id: int | None, category: str) -> bool:
        if self.everything:
            return True
        return (item_id is not None and item_id in self.item_ids) or (
            bool(category) and category in self.categories
        )


@dataclass(frozen=True, slots=True)
class When:
    """When an offer applies: active dates, weekdays (a bit mask, 0: any), days of the month
    (会员日 on the 8th: {8}; empty: any) and a time of day window (happy hour; from > to
    spans midnight)."""

    starts_on: date | None = None
    ends_on: date | None = None
    weekdays: int = 0
    month_days: frozenset[int] = frozenset()
    time_from: time | None = None
    time_to: time | None = None

    def check(self) -> When:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError("ends_on", "before_start")
        if not 0 <= self.weekdays < 1 << WEEKDAY_BITS:
            raise ValidationError("weekdays", "invalid")
        if any(not 1 <= d <= 31 for d in self.month_days):
            raise ValidationError("month_days", "range", low=1, high=31)
        if (self.time_from is None) != (self.time_to is None) or (
            self.time_from is not None and self.time_from == self.time_to
        ):
            raise ValidationError("time_window", "invalid")
        return self

    def applies(self, moment: datetime) -> bool:
        day = moment.date()
        if self.starts_on and day < self.starts_on:
            return False
        if self.ends_on and day > self.ends_on:
            return False
        if self.weekdays and not self.weekdays >> day.weekday() & 1:
            return False
        if self.month_days and day.day not in self.month_days:
            return False
        if self.time_from is not None and self.time_to is not None:
            now = moment.time()
            if self.time_from < self.time_to:
                return self.time_from <= now < self.time_to
            return now >= self.time_from or now < self.time_to
        return True

    def open_after(self, day: date) -> bool:
        """Whether the offer may still apply on ``day`` or later (not ended before it)."""
        return self.ends_on is None or self.ends_on >= day


def weekday_mask(days: Iterable[int]) -> int:
    """The mask of ``date.weekday()`` numbers (0 Monday)."""
    mask = 0
    for d in days:
        if not 0 <= d < WEEKDAY_BITS:
            raise ValidationError("weekdays", "invalid")
        mask |= 1 << d
    return mask


def parse_month_days(text: str) -> frozenset[int]:
    """ "8, 18,28" → {8, 18, 28}; full-width commas and 、 are accepted."""
    cleaned = text.replace("，", ",").replace("、", ",").replace(" ", "")
    if not cleaned:
        return frozenset()
    try:
        days = frozenset(int(part) for part in cleaned.split(",") if part)
    except ValueError:
        raise ValidationError("month_days", "invalid") from None
    if any(not 1 <= d <= 31 for d in days):
        raise ValidationError("month_days", "range", low=1, high=31)
    return days


def month_days_text(days: Iterable[int]) -> str:
    return ",".join(str(d) for d in sorted(days))


@dataclass(frozen=True, slots=True)
class Promotion:
    """One standing offer. ``priority`` orders promotions applied together (higher first) and
    breaks ties between equally good choices; the id breaks the rest."""

    id: int
    name: str
    kind: PromotionKind
    threshold_fen: int = 0
    off_fen: int = 0
    repeatable: bool = False
    permille: int = PERMILLE
    buy_qty: int = 0
    free_qty: int = 0
    gift_item_id: int | None = None
    targets: Targets = Targets()
    audience: Audience = Audience.EVERYONE
    tier_ids: frozenset[int] = frozenset()
    when: When = When()
    with_tier: bool = True
    with_others: bool = True
    priority: int = 0
    active: bool = True

    def check(self) -> Promotion:
        if not self.name.strip():
            raise ValidationError("name", "required")
        kind = self.kind
        if kind is PromotionKind.AMOUNT_OFF and not 0 < self.off_fen <= self.threshold_fen:
            raise ValidationError("off_fen", "invalid")
        if kind in (PromotionKind.PERCENT_OFF, PromotionKind.NTH_ITEM) and not (
            0 <= self.permille < PERMILLE
        ):
            raise ValidationError("permille", "range", low=0, high=99)
        if kind is PromotionKind.NTH_ITEM and self.buy_qty < 2:
            raise ValidationError("buy_qty", "range", low=2, high=99)
        if kind is PromotionKind.BUY_GET and (self.buy_qty < 1 or self.free_qty < 1):
            raise ValidationError("buy_qty", "range", low=1, high=99)
        if kind is PromotionKind.GIFT and (self.gift_item_id is None or self.threshold_fen <= 0):
            raise ValidationError("gift_item", "required")
        if self.audience is Audience.TIERS and not self.tier_ids:
            raise ValidationError("tiers", "required")
        self.when.check()
        return self

    def for_customer(self, tier_id: int | None, invited: frozenset[int] = frozenset()) -> bool:
        """Whether the customer may have it: ``invited`` are the ids of the campaign-only
        promotions open to this customer now."""
        if self.audience is Audience.EVERYONE:
            return True
        if self.audience is Audience.CAMPAIGN:
            return self.id in invited
        if tier_id is None:
            return False
        return self.audience is Audience.MEMBERS or tier_id in self.tier_ids

    def applies(
        self, moment: datetime, tier_id: int | None, invited: frozenset[int] = frozenset()
    ) -> bool:
        return self.active and self.for_customer(tier_id, invited) and self.when.applies(moment)


@dataclass(frozen=True, slots=True)
class CouponTemplate:
    id: int
    name: str
    kind: CouponKind
    min_spend_fen: int = 0
    off_fen: int = 0
    permille: int = PERMILLE
    max_off_fen: int | None = None
    item_id: int | None = None
    targets: Targets = Targets()
    valid_from: date | None = None
    valid_to: date | None = None
    valid_days: int | None = None
    per_customer: int | None = None
    points_price: int | None = None
    with_promotions: bool = True
    with_tier: bool = True
    active: bool = True

    def check(self) -> CouponTemplate:
        if not self.name.strip():
            raise ValidationError("name", "required")
        if self.min_spend_fen < 0:
            raise ValidationError("min_spend", "invalid")
        if self.kind in (CouponKind.AMOUNT_OFF, CouponKind.VOUCHER) and self.off_fen <= 0:
            raise ValidationError("off_fen", "invalid")
        if self.kind is CouponKind.AMOUNT_OFF and self.off_fen > self.min_spend_fen:
            raise ValidationError("off_fen", "above_min_spend")
        if self.kind is CouponKind.PERCENT_OFF and not 0 <= self.permille < PERMILLE:
            raise ValidationError("permille", "range", low=0, high=99)
        if self.kind is CouponKind.ITEM and self.item_id is None:
            raise ValidationError("item", "required")
        fixed = self.valid_to is not None
        if fixed == (self.valid_days is not None):
            raise ValidationError("validity", "one_of")
        if self.valid_days is not None and not 1 <= self.valid_days <= 3660:
            raise ValidationError("valid_days", "range", low=1, high=3660)
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError("valid_to", "before_start")
        if self.per_customer is not None and self.per_customer < 1:
            raise ValidationError("per_customer", "range", low=1, high=999)
        if self.points_price is not None and self.points_price < 1:
            raise ValidationError("points_price", "invalid")
        return self

    def validity(self, issued_on: date) -> tuple[date, date]:
        """The first and last day a coupon issued on ``issued_on`` may be used."""
        if self.valid_days is not None:
            return issued_on, date.fromordinal(issued_on.toordinal() + self.valid_days - 1)
        assert self.valid_to is not None
        return max(self.valid_from or issued_on, issued_on), self.valid_to

    @property
    def face_fen(self) -> int:
        """What one coupon is worth at most, for the liability report: the amount off of a
        满减券 or 代金券, a 折扣券's cap (0 when uncapped), a 兑换券's item is priced by the
        caller."""
        if self.kind in (CouponKind.AMOUNT_OFF, CouponKind.VOUCHER):
            return self.off_fen
        if self.kind is CouponKind.PERCENT_OFF:
            return self.max_off_fen or 0
        return 0


@dataclass(frozen=True, slots=True)
class Coupon:
    """An issued coupon as the till sees it: its template, whose it is, its validity and its
    state (from its events)."""

    id: int
    code: str
    template: CouponTemplate
    customer_id: int
    valid_from: date
    valid_to: date
    last_event: CouponEventKind = CouponEventKind.ISSUED

    def state(self, today: date) -> CouponState:
        return coupon_state(self.last_event, self.valid_from, self.valid_to, today)


def coupon_state(
    last_event: CouponEventKind, valid_from: date, valid_to: date, today: date
) -> CouponState:
    """A coupon's state from its last event and its validity: redeemed and voided are final;
    issued or returned is usable within its dates."""
    if last_event is CouponEventKind.REDEEMED:
        return CouponState.REDEEMED
    if last_event is CouponEventKind.VOIDED:
        return CouponState.VOIDED
    if today > valid_to:
        return CouponState.EXPIRED
    if today < valid_from:
        return CouponState.NOT_YET
    return CouponState.USABLE


@dataclass(frozen=True, slots=True)
class TopUpGift:
    """充 threshold 送 …: any of bonus money, a session card (a card plan), points and coupons.
    The highest rule a top-up reaches applies (as the bonus rules do)."""

    id: int
    name: str
    threshold_fen: int
    bonus_fen: int = 0
    card_plan_id: int | None = None
    points: int = 0
    coupon_template_id: int | None = None
    coupon_qty: int = 0
    when: When = field(default_factory=When)
    active: bool = True

    def check(self) -> TopUpGift:
        if not self.name.strip():
            raise ValidationError("name", "required")
        if self.threshold_fen <= 0:
            raise ValidationError("threshold", "invalid")
        if self.bonus_fen < 0 or self.points < 0 or self.coupon_qty < 0:
            raise ValidationError("gift", "invalid")
        if (self.coupon_template_id is None) != (self.coupon_qty == 0):
            raise ValidationError("coupon_qty", "invalid")
        if not (self.bonus_fen or self.card_plan_id or self.points or self.coupon_qty):
            raise ValidationError("gift", "required")
        self.when.check()
        return self


def top_up_gift_for(amount_fen: int, gifts: Iterable[TopUpGift], day: date) -> TopUpGift | None:
    """The gift a top-up of ``amount_fen`` on ``day`` earns: the active rule of the highest
    threshold reached (ties: the lower id), or None."""
    best: TopUpGift | None = None
    for gift in gifts:
        if not gift.active or gift.threshold_fen > amount_fen:
            continue
        if gift.when.starts_on and day < gift.when.starts_on:
            continue
        if gift.when.ends_on and day > gift.when.ends_on:
            continue
        if best is None or (gift.threshold_fen, -gift.id) > (best.threshold_fen, -best.id):
            best = gift
    return best
