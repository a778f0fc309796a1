"""The till's choice of offers: given the sale's lines, the customer, the moment, the active
promotions and the coupons handed over, the best allowed combination for the customer, each
saving shared over the lines to the fen (pure, deterministic).

The order of things on a sale (ARCHITECTURE.md, "Promotions and coupons"):

1. each line at its list price (unit × qty);
2. the tier discount, per line, half up (``membership.discounted``), when the combination
   allows it;
3. promotions, on what each line then comes to: first those on items (percentage off,
   第N件 X折, 买N送M), then gifts for a spend (满赠, whose gift does not count towards its
   threshold), then those on the order or a category (满减, 每满), each group by priority
   (higher first), then id. A threshold is reached by what the covered lines come to after
   the steps before;
4. coupons, on what the lines come to after the promotions (a minimum spend likewise);
5. (outside this module) the cashier's whole-order discount and rounding
   (``order_adjust``), on what is left.

Only *discountable* lines (catalogue items not marked "no discount", free amounts) take part;
cards sold and sessions used never do. Each saving of an order or a category is shared over its
lines in proportion to what they come to, by the largest remainder (``membership.allocate``),
so each line's paid amount is exact and refunds and commission follow.

**Combinations.** A promotion that does not combine with others is tried alone; those that do
are tried together. A promotion that does not combine with the tier discount is only tried
without it. A coupon that does not combine with promotions is tried without any; one that does
not combine with the tier discount, without it. At most one coupon of each template per sale.
Of every allowed combination, the one that saves the customer most wins; on equal savings the
one using fewer coupons (a coupon that adds nothing is kept for another day), then fewer
promotions, then the promotions first in (priority, id) order. A coupon handed over but left
out is named with the reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from itertools import combinations

from storecrm.domain.membership import PERMILLE, allocate, discounted
from storecrm.domain.promotions.offers import (
    Coupon,
    CouponKind,
    CouponState,
    Promotion,
    PromotionKind,
    Targets,
)

ITEM_KINDS = (PromotionKind.PERCENT_OFF, PromotionKind.NTH_ITEM, PromotionKind.BUY_GET)
MAX_COUPONS = 5  # handed over on one sale


@dataclass(frozen=True, slots=True)
class CartLine:
    """One line of the sale as the engine sees it."""

    item_id: int | None
    category: str
    qty: int
    unit_fen: int
    discountable: bool  # False: cards sold, sessions used, items marked "no discount"

    @property
    def list_fen(self) -> int:
        return self.unit_fen * self.qty


class SavingSource(StrEnum):
    PROMOTION = "promotion"
    COUPON = "coupon"


@dataclass(frozen=True, slots=True)
class Saving:
    """One promotion's or coupon's saving, with each line's share (in the lines' order)."""

    source: SavingSource
    ref_id: int  # the promotion's or the coupon's id
    name: str
    amount_fen: int
    line_shares: tuple[int, ...]


class Refusal(StrEnum):
    """Why a coupon handed over is not used on this sale."""

    EXPIRED = "expired"
    NOT_YET = "not_yet"
    REDEEMED = "redeemed"
    VOIDED = "voided"
    FOREIGN = "foreign"  # another customer's (or a walk-in's sale)
    MIN_SPEND = "min_spend"  # params: the minimum and what the covered lines come to
    NO_ITEMS = "no_items"  # nothing on the sale it applies to
    ITEM_MISSING = "item_missing"  # a 兑换券's item is not on the sale
    SAME_TEMPLATE = "same_template"  # one coupon of each kind per sale
    TOO_MANY = "too_many"
    NOT_COMBINABLE = "not_combinable"  # a better combination leaves it out
    UNKNOWN = "unknown"  # no coupon has this code (or it is mistyped: the check fails)


@dataclass(frozen=True, slots=True)
class CouponRefused:
    coupon_id: int
    code: str
    name: str
    reason: Refusal
    min_spend_fen: int = 0
    base_fen: int = 0


@dataclass(frozen=True, slots=True)
class GiftHint:
    """A 满赠 reached whose gift item is not on the sale yet (the till offers to add it)."""

    promotion_id: int
    name: str
    item_id: int


@dataclass(frozen=True, slots=True)
class Offer:
    """The chosen combination."""

    tier_applied: bool
    line_tier: tuple[int, ...]  # the tier discount per line
    savings: tuple[Saving, ...]  # promotions, then coupons, in the order applied
    line_amounts: tuple[int, ...]  # each line after the tier discount and the savings
    refused: tuple[CouponRefused, ...] = ()
    gift_hints: tuple[GiftHint, ...] = ()

    @property
    def tier_fen(self) -> int:
        return sum(self.line_tier)

    @property
    def savings_fen(self) -> int:
        return sum(s.amount_fen for s in self.savings)

    @property
    def total_off_fen(self) -> int:
        return self.tier_fen + self.savings_fen

    @property
    def coupon_ids(self) -> tuple[int, ...]:
        return tuple(s.ref_id for s in self.savings if s.source is SavingSource.COUPON)

    def line_savings(self, index: int) -> int:
        return sum(s.line_shares[index] for s in self.savings)


# -- one combination -----------------------------------------------------------------------------
def _half_up(numerator: int, denominator: int) -> int:
    return (2 * numerator + denominator) // (2 * denominator)


def _covered(lines: Sequence[CartLine], targets: Targets) -> list[int]:
    return [
        i for i, x in enumerate(lines) if x.discountable and targets.covers(x.item_id, x.category)
    ]


def _by_item(lines: Sequence[CartLine], covered: Iterable[int]) -> dict[int, list[int]]:
    groups: dict[int, list[int]] = {}
    for i in covered:
        item = lines[i].item_id
        if item is not None:
            groups.setdefault(item, []).append(i)
    return groups


def _spread(total: int, indexes: Sequence[int], amounts: Sequence[int], n: int) -> list[int]:
    """``total`` shared over ``indexes`` in proportion to their ``amounts``: shares for all
    ``n`` lines."""
    shares = [0] * n
    if total <= 0:
        return shares
    for i, part in zip(indexes, allocate(total, [amounts[i] for i in indexes]), strict=True):
        shares[i] = part
    return shares


def _units_off(
    lines: Sequence[CartLine], amounts: Sequence[int], group: Sequence[int], units: int, paid: int
) -> int:
    """What ``units`` of an item's ``group`` of lines at ``paid`` permille takes off: the
    group's amount × units / qty × (1 − paid), half up."""
    qty = sum(lines[i].qty for i in group)
    amount = sum(amounts[i] for i in group)
    if not units or not qty:
        return 0
    return min(amount, _half_up(amount * units * (PERMILLE - paid), qty * PERMILLE))


def _promotion_shares(
    promo: Promotion, lines: Sequence[CartLine], amounts: Sequence[int]
) -> tuple[list[int], GiftHint | None]:
    n = len(lines)
    covered = _covered(lines, promo.targets)
    kind = promo.kind
    if kind is PromotionKind.PERCENT_OFF:
        shares = [0] * n
        for i in covered:
            shares[i] = amounts[i] - discounted(amounts[i], promo.permille)
        return shares, None
    if kind in (PromotionKind.NTH_ITEM, PromotionKind.BUY_GET):
        shares = [0] * n
        for group in _by_item(lines, covered).values():
            qty = sum(lines[i].qty for i in group)
            if kind is PromotionKind.NTH_ITEM:
                off = _units_off(lines, amounts, group, qty // promo.buy_qty, promo.permille)
            else:
                units = qty // (promo.buy_qty + promo.free_qty) * promo.free_qty
                off = _units_off(lines, amounts, group, units, 0)
            for i, part in zip(group, allocate(off, [amounts[i] for i in group]), strict=True):
                shares[i] += part
        return shares, None
    base = sum(amounts[i] for i in covered)
    if kind is PromotionKind.AMOUNT_OFF:
        if promo.threshold_fen <= 0 or base < promo.threshold_fen:
            return [0] * n, None
        times = base // promo.threshold_fen if promo.repeatable else 1
        return _spread(min(base, promo.off_fen * times), covered, amounts, n), None
    # 满赠: the gift's one unit is free; it does not count towards the threshold itself.
    assert kind is PromotionKind.GIFT and promo.gift_item_id is not None
    gift_lines = [
        i for i, x in enumerate(lines) if x.item_id == promo.gift_item_id and amounts[i] > 0
    ]
    gift_unit = 0
    if gift_lines:
        first = gift_lines[0]
        gift_unit = min(amounts[first], _half_up(amounts[first], lines[first].qty))
    in_base = gift_unit if gift_lines and gift_lines[0] in covered else 0
    if base - in_base < promo.threshold_fen:
        return [0] * n, None
    if not gift_lines:
        return [0] * n, GiftHint(promo.id, promo.name, promo.gift_item_id)
    shares = [0] * n
    shares[gift_lines[0]] = gift_unit
    return shares, None


def _coupon_shares(
    coupon: Coupon, lines: Sequence[CartLine], amounts: Sequence[int]
) -> tuple[list[int], CouponRefused | None]:
    template = coupon.template
    n = len(lines)
    covered = _covered(lines, template.targets)
    base = sum(amounts[i] for i in covered)

    def refused(reason: Refusal) -> tuple[list[int], CouponRefused]:
        return [0] * n, CouponRefused(
            coupon.id, coupon.code, template.name, reason, template.min_spend_fen, base
        )

    if template.kind is CouponKind.ITEM:
        wanted = [i for i in covered if lines[i].item_id == template.item_id and amounts[i] > 0]
        if not wanted:
            return refused(Refusal.ITEM_MISSING)
        if base < template.min_spend_fen:
            return refused(Refusal.MIN_SPEND)
        first = wanted[0]
        shares = [0] * n
        shares[first] = min(amounts[first], _half_up(amounts[first], lines[first].qty))
        return shares, None
    if not covered or base <= 0:
        return refused(Refusal.NO_ITEMS)
    if base < template.min_spend_fen:
        return refused(Refusal.MIN_SPEND)
    if template.kind is CouponKind.PERCENT_OFF:
        off = base - discounted(base, template.permille)
        if template.max_off_fen is not None:
            off = min(off, template.max_off_fen)
    else:
        off = min(base, template.off_fen)
    return _spread(off, covered, amounts, n), None


def _order(promos: Iterable[Promotion]) -> list[Promotion]:
    """Items first, then gifts, then the order's 满减; each by priority (higher first), then
    id. A gift given before the 满减 leaves its line at nothing, so no 满减 is shared onto it."""
    return sorted(
        promos,
        key=lambda p: (
            p.kind not in ITEM_KINDS,
            p.kind is not PromotionKind.GIFT,
            -p.priority,
            p.id,
        ),
    )


@dataclass(frozen=True, slots=True)
class _Plan:
    tier: bool
    promos: tuple[Promotion, ...]
    coupons: tuple[Coupon, ...]


def _evaluate(plan: _Plan, lines: Sequence[CartLine], tier_permille: int) -> tuple[Offer, int]:
    n = len(lines)
    line_tier = [
        x.list_fen - discounted(x.list_fen, tier_permille) if plan.tier and x.discountable else 0
        for x in lines
    ]
    amounts = [x.list_fen - t for x, t in zip(lines, line_tier, strict=True)]
    savings: list[Saving] = []
    hints: list[GiftHint] = []
    for promo in plan.promos:
        shares, hint = _promotion_shares(promo, lines, amounts)
        if hint is not None:
            hints.append(hint)
        total = sum(shares)
        if total > 0:
            savings.append(
                Saving(SavingSource.PROMOTION, promo.id, promo.name, total, tuple(shares))
            )
            amounts = [a - s for a, s in zip(amounts, shares, strict=True)]
    refused: list[CouponRefused] = []
    for coupon in plan.coupons:
        shares, refusal = _coupon_shares(coupon, lines, amounts)
        if refusal is not None:
            refused.append(refusal)
            continue
        total = sum(shares)
        savings.append(
            Saving(SavingSource.COUPON, coupon.id, coupon.template.name, total, tuple(shares))
        )
        amounts = [a - s for a, s in zip(amounts, shares, strict=True)]
    offer = Offer(
        plan.tier and any(line_tier),
        tuple(line_tier),
        tuple(savings),
        tuple(amounts),
        tuple(refused),
        tuple(hints),
    )
    return offer, sum(x.list_fen for x in lines[:n]) - sum(amounts)


# -- the choice ----------------------------------------------------------------------------------
def coupon_refusal(coupon: Coupon, customer_id: int | None, today: date) -> Refusal | None:
    """Why a coupon cannot be used by this customer today, before looking at the sale."""
    if customer_id is None or coupon.customer_id != customer_id:
        return Refusal.FOREIGN
    state = coupon.state(today)
    if state is CouponState.USABLE:
        return None
    return {
        CouponState.EXPIRED: Refusal.EXPIRED,
        CouponState.NOT_YET: Refusal.NOT_YET,
        CouponState.REDEEMED: Refusal.REDEEMED,
        CouponState.VOIDED: Refusal.VOIDED,
    }[state]


def _promotion_options(promos: Sequence[Promotion], tier_exists: bool) -> list[_Plan]:
    """The allowed combinations of promotions (and whether the tier discount applies)."""
    plans: list[_Plan] = [_Plan(tier_exists, (), ())]
    stackable = [p for p in promos if p.with_others]
    for promo in promos:
        if not promo.with_others:
            plans.append(_Plan(tier_exists and promo.with_tier, (promo,), ()))
    if stackable:
        with_tier = tuple(p for p in stackable if p.with_tier)
        if tier_exists and with_tier:
            plans.append(_Plan(True, tuple(_order(with_tier)), ()))
        if not tier_exists or len(with_tier) < len(stackable):
            plans.append(_Plan(False, tuple(_order(stackable)), ()))
    return plans


def _rank(offer: Offer, saved: int, plan: _Plan) -> tuple[object, ...]:
    """Sort key: the best first."""
    return (
        -saved,
        len(offer.coupon_ids),
        len(plan.promos),
        [(-p.priority, p.id) for p in plan.promos],
        not plan.tier,
    )


def best_offer(
    lines: Sequence[CartLine],
    *,
    tier_permille: int,
    customer_id: int | None,
    tier_id: int | None,
    moment: datetime,
    promotions: Iterable[Promotion],
    coupons: Sequence[Coupon] = (),
    invited: frozenset[int] = frozenset(),
) -> Offer:
    """The best allowed combination for the customer (see the module's docstring).

    ``tier_permille`` is the customer's tier discount (``PERMILLE``: none, a walk-in);
    ``promotions`` may hold inactive or other days' ones: those that do not apply now, to this
    customer, are left out here. ``invited``: the campaign-only promotions (audience
    ``campaign``) open to this customer now, as a campaign's target member in its period."""
    live = [p for p in promotions if p.applies(moment, tier_id, invited)]
    tier_exists = tier_permille < PERMILLE
    refused: list[CouponRefused] = []
    usable: list[Coupon] = []
    templates: set[int] = set()
    for coupon in coupons:
        reason = coupon_refusal(coupon, customer_id, moment.date())
        if reason is None and coupon.template.id in templates:
            reason = Refusal.SAME_TEMPLATE
        if reason is None and len(usable) >= MAX_COUPONS:
            reason = Refusal.TOO_MANY
        if reason is not None:
            refused.append(
                CouponRefused(
                    coupon.id,
                    coupon.code,
                    coupon.template.name,
                    reason,
                    coupon.template.min_spend_fen,
                )  # fmt: skip
            )
            continue
        templates.add(coupon.template.id)
        usable.append(coupon)
    options = _promotion_options(live, tier_exists)
    best: tuple[tuple[object, ...], Offer] | None = None
    tried_refusals: dict[int, CouponRefused] = {}
    hints: dict[int, GiftHint] = {}  # gifts reached in any allowed combination
    for size in range(len(usable), -1, -1):
        for chosen in combinations(usable, size):
            no_promos = any(not c.template.with_promotions for c in chosen)
            no_tier = any(not c.template.with_tier for c in chosen)
            seen: set[tuple[bool, tuple[int, ...]]] = set()
            for option in options:
                promos = () if no_promos else option.promos
                tier = option.tier and not no_tier and all(p.with_tier for p in promos)
                key = (tier, tuple(p.id for p in promos))
                if key in seen:
                    continue
                seen.add(key)
                plan = _Plan(tier, promos, chosen)
                offer, saved = _evaluate(plan, lines, tier_permille)
                for hint in offer.gift_hints:
                    hints.setdefault(hint.promotion_id, hint)
                if offer.refused:
                    # A coupon that cannot apply here: remember why, try without it.
                    for r in offer.refused:
                        tried_refusals.setdefault(r.coupon_id, r)
                    continue
                rank = _rank(offer, saved, plan)
                if best is None or rank < best[0]:
                    best = (rank, offer)
    assert best is not None  # the empty combination always evaluates
    offer = best[1]
    used = set(offer.coupon_ids)
    for coupon in usable:
        if coupon.id in used:
            continue
        refused.append(
            tried_refusals.get(
                coupon.id,
                CouponRefused(
                    coupon.id,
                    coupon.code,
                    coupon.template.name,
                    Refusal.NOT_COMBINABLE,
                    coupon.template.min_spend_fen,
                ),  # fmt: skip
            )
        )
    order = {c.id: i for i, c in enumerate(coupons)}
    refused.sort(key=lambda r: order.get(r.coupon_id, 0))
    return Offer(
        offer.tier_applied,
        offer.line_tier,
        offer.savings,
        offer.line_amounts,
        tuple(refused),
        tuple(hints[k] for k in sorted(hints)),
    )


def wallet_check(
    lines: Sequence[CartLine],
    coupons: Sequence[Coupon],
    customer_id: int | None,
    today: date,
) -> dict[int, CouponRefused | None]:
    """For the member's wallet beside the till: whether each coupon could apply to the sale as
    it stands at list price (None) or why not. The real test is ``best_offer``."""
    amounts = [x.list_fen for x in lines]
    found: dict[int, CouponRefused | None] = {}
    for coupon in coupons:
        reason = coupon_refusal(coupon, customer_id, today)
        if reason is not None:
            found[coupon.id] = CouponRefused(coupon.id, coupon.code, coupon.template.name, reason)
            continue
        _, refusal = _coupon_shares(coupon, lines, amounts)
        found[coupon.id] = refusal
    return found
