"""Membership arithmetic: tier discounts, points, stored-value bonus and spending, refund shares.

Everything here is integer fen (or whole points / sessions) and pure: no database, no Qt. The
services feed it facts from the ledger and write what it returns back as ledger entries, so
every balance on screen is a sum that can be explained entry by entry.

Rounding rules (the store never gives away a fraction of a fen, and never takes one):
- a tier discount is rounded half up on each line (¥33.30 at 88% → ¥29.30);
- points earned are rounded down;
- a payment in points needs the points rounded up;
- amounts shared out (a refund over payment methods, stored value over principal and bonus)
  use the largest-remainder method, so the parts always add up to the whole exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from storecrm.domain.errors import ValidationError

PERMILLE = 1000
MAX_AMOUNT_FEN = 10_000_000_00  # ¥10 million: anything above is a typing mistake


class PaymentMethod(StrEnum):
    CASH = "cash"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    BANK_CARD = "bank_card"
    STORED_VALUE = "stored_value"
    POINTS = "points"


#: Methods that bring money into the till (as opposed to spending a member's balances).
MONEY_METHODS = (
    PaymentMethod.CASH,
    PaymentMethod.WECHAT,
    PaymentMethod.ALIPAY,
    PaymentMethod.BANK_CARD,
)


class LineKind(StrEnum):
    ITEM = "item"  # a catalogue item or service
    AMOUNT = "amount"  # a free amount with a note
    CARD = "card"  # a session or period card bought
    SESSION = "session"  # a service covered by one of the member's cards
    TOP_UP = "top_up"  # stored value bought (in a top-up ticket)
    GIFT = "gift"  # a gift taken for points


class SaleKind(StrEnum):
    SALE = "sale"
    TOP_UP = "top_up"
    REFUND = "refund"  # reverses (part of) a sale or a top-up
    WITHDRAWAL = "withdrawal"  # stored value paid back to the customer
    GIFT = "gift"  # points redeemed for a gift


class CardKind(StrEnum):
    COUNT = "count"  # 次卡: n sessions, maybe with an expiry date
    PERIOD = "period"  # 期限卡: unlimited visits until the expiry date


class Account(StrEnum):
    PRINCIPAL = "principal"
    BONUS = "bonus"
    POINTS = "points"
    SESSIONS = "sessions"


class PointsExpiry(StrEnum):
    NEVER = "never"
    END_OF_NEXT_YEAR = "end_of_next_year"  # points earned in 2025 lapse after 31 Dec 2026


@dataclass(frozen=True, slots=True)
class Tier:
    """A membership tier (会员等级). ``discount_permille`` 880 means members pay 88% (八八折)."""

    tier_id: int
    name: str
    rank: int
    discount_permille: int = PERMILLE
    points_permille: int = PERMILLE  # 1500: points earned ×1.5
    upgrade_spend_fen: int | None = None  # cumulative spend that earns this tier
    upgrade_top_up_fen: int | None = None  # or a single top-up of at least this much

    def check(self) -> Tier:
        if not self.name.strip():
            raise ValidationError("name", "required")
        if not 1 <= self.discount_permille <= PERMILLE:
            raise ValidationError("discount", "range", low=1, high=PERMILLE)
        if not 0 <= self.points_permille <= 10 * PERMILLE:
            raise ValidationError("points_multiplier", "range", low=0, high=10 * PERMILLE)
        for name, value in (
            ("upgrade_spend", self.upgrade_spend_fen),
            ("upgrade_top_up", self.upgrade_top_up_fen),
        ):
            if value is not None and not 0 <= value <= MAX_AMOUNT_FEN:
                raise ValidationError(name, "range", low=0, high=MAX_AMOUNT_FEN)
        return self


@dataclass(frozen=True, slots=True)
class TopUpBonus:
    """充500送50: a top-up of at least ``min_fen`` earns ``bonus_fen`` of bonus value."""

    min_fen: int
    bonus_fen: int


@dataclass(frozen=True, slots=True)
class MembershipRules:
    """The owner's settings for points, stored value and refunds."""

    points_per_yuan: int = 1  # points earned per whole yuan paid (before the tier multiplier)
    points_per_yuan_off: int = 100  # points a customer pays for ¥1 off (0: no redemption)
    points_expiry: PointsExpiry = PointsExpiry.NEVER
    top_up_bonuses: tuple[TopUpBonus, ...] = ()
    refund_approval_fen: int = 200_00  # cashiers need a manager above this refund amount

    def check(self) -> MembershipRules:
        if not 0 <= self.points_per_yuan <= 1000:
            raise ValidationError("points_per_yuan", "range", low=0, high=1000)
        if not 0 <= self.points_per_yuan_off <= 100_000:
            raise ValidationError("points_per_yuan_off", "range", low=0, high=100_000)
        if not 0 <= self.refund_approval_fen <= MAX_AMOUNT_FEN:
            raise ValidationError("refund_approval", "range", low=0, high=MAX_AMOUNT_FEN)
        seen: set[int] = set()
        for bonus in self.top_up_bonuses:
            if bonus.min_fen <= 0 or bonus.min_fen in seen:
                raise ValidationError("top_up_bonuses", "invalid")
            if not 0 <= bonus.bonus_fen <= bonus.min_fen * 10:
                raise ValidationError("top_up_bonuses", "invalid")
            seen.add(bonus.min_fen)
        return self


# -- prices ------------------------------------------------------------------------------------
def discounted(list_fen: int, discount_permille: int) -> int:
    """The price after a tier discount, rounded half up to the fen."""
    return (list_fen * discount_permille + PERMILLE // 2) // PERMILLE


@dataclass(frozen=True, slots=True)
class PricedLine:
    list_fen: int  # quantity × unit price
    discount_fen: int
    amount_fen: int  # what the customer pays for this line


def price_line(unit_fen: int, qty: int, discount_permille: int, discountable: bool) -> PricedLine:
    if qty <= 0:
        raise ValidationError("qty", "range", low=1, high=9999)
    if not 0 <= unit_fen <= MAX_AMOUNT_FEN:
        raise ValidationError("price", "range", low=0, high=MAX_AMOUNT_FEN)
    list_fen = unit_fen * qty
    amount = discounted(list_fen, discount_permille) if discountable else list_fen
    return PricedLine(list_fen, list_fen - amount, amount)


# -- points ------------------------------------------------------------------------------------
def points_earned(paid_fen: int, rules: MembershipRules, points_permille: int = PERMILLE) -> int:
    """Points for ``paid_fen`` (money and stored value, not points), rounded down."""
    if paid_fen <= 0:
        return 0
    return paid_fen * rules.points_per_yuan * points_permille // (100 * PERMILLE)


def points_for_amount(amount_fen: int, rules: MembershipRules) -> int:
    """Points a customer gives for ``amount_fen`` off, rounded up (0 if redemption is off)."""
    if amount_fen <= 0:
        return 0
    if rules.points_per_yuan_off <= 0:
        raise ValidationError("points", "redemption_off")
    return -(-amount_fen * rules.points_per_yuan_off // 100)


def amount_for_points(points: int, rules: MembershipRules) -> int:
    """The most money off ``points`` can buy, in fen."""
    if points <= 0 or rules.points_per_yuan_off <= 0:
        return 0
    return points * 100 // rules.points_per_yuan_off


# -- stored value ------------------------------------------------------------------------------
def top_up_bonus(amount_fen: int, rules: MembershipRules) -> int:
    """The bonus of the highest rule the top-up reaches (充1000送150 beats 充500送50)."""
    best = 0
    best_min = -1
    for bonus in rules.top_up_bonuses:
        if bonus.min_fen <= amount_fen and bonus.min_fen > best_min:
            best, best_min = bonus.bonus_fen, bonus.min_fen
    return best


@dataclass(frozen=True, slots=True)
class Split:
    principal_fen: int
    bonus_fen: int

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.bonus_fen


class InsufficientBalance(ValidationError):
    def __init__(self, field_name: str, available: int, wanted: int) -> None:
        super().__init__(field_name, "insufficient", available=available, wanted=wanted)
        self.available = available
        self.wanted = wanted


def spend_stored_value(amount_fen: int, principal_fen: int, bonus_fen: int) -> Split:
    """How a stored-value payment comes out of principal and bonus: in proportion to the two
    balances, so the bonus is used up at the same pace as the money paid in.
    """
    total = principal_fen + bonus_fen
    if amount_fen < 0:
        raise ValidationError("stored_value", "range", low=0, high=total)
    if amount_fen > total:
        raise InsufficientBalance("stored_value", total, amount_fen)
    if amount_fen == 0:
        return Split(0, 0)
    bonus_part, principal_part = allocate(amount_fen, [bonus_fen, principal_fen])
    return Split(principal_part, bonus_part)


# -- sharing out -------------------------------------------------------------------------------
def allocate(total: int, weights: Sequence[int]) -> list[int]:
    """Share ``total`` in proportion to ``weights`` (largest remainder, ties to the earlier
    weight). The parts add up to ``total`` exactly and none exceeds its weight when
    ``total`` ≤ sum(weights).
    """
    if len(weights) == 1 and weights[0] > 0:
        return [total]
    whole = sum(weights)
    if whole <= 0:
        if total == 0:
            return [0] * len(weights)
        raise ValueError("nothing to allocate against")
    parts = [total * w // whole for w in weights]
    remainders = [(total * w % whole, -i) for i, w in enumerate(weights)]
    short = total - sum(parts)
    for _, neg_i in sorted(remainders, reverse=True)[:short]:
        parts[-neg_i] += 1
    return parts


def share(part: int, of: int, amount: int) -> int:
    """``amount`` × part / of, rounded down; exact when ``part == of``."""
    if of <= 0:
        return 0
    if part >= of:
        return amount
    return amount * part // of


@dataclass(frozen=True, slots=True)
class Remaining:
    """What is still refundable of a sale, line by line and payment by payment."""

    line_qty: Mapping[int, int]  # line id → quantity not yet refunded
    line_amount: Mapping[int, int]  # line id → amount not yet refunded
    payments: Mapping[str, int]  # method → amount not yet refunded
    points_paid: int  # points given as payment, not yet returned
    points_earned: int  # points earned, not yet taken back
    stored_value: Split  # stored value spent, not yet returned


@dataclass(frozen=True, slots=True)
class RefundShares:
    line_amounts: dict[int, int]
    payments: dict[str, int]  # method → amount returned (positive)
    points_returned: int  # points paid with, given back
    points_reversed: int  # points earned, taken back
    stored_value: Split  # returned to the member's balance
    total_fen: int = field(default=0)


def refund_shares(remaining: Remaining, qty: Mapping[int, int]) -> RefundShares:
    """What a refund of ``qty`` (line id → quantity) gives back.

    A line's amount is refunded per unit, the last unit taking the rest, so refunding a sale in
    parts returns exactly what a single full refund would. Money goes back to the payment
    methods in proportion to what each still holds; points and stored value likewise.
    """
    line_amounts: dict[int, int] = {}
    for line_id, count in qty.items():
        left = remaining.line_qty.get(line_id, 0)
        if count <= 0 or count > left:
            raise ValidationError("qty", "range", low=1, high=left)
        line_amounts[line_id] = share(count, left, remaining.line_amount[line_id])
    total = sum(line_amounts.values())
    outstanding = sum(remaining.payments.values())
    if total > outstanding:  # cannot happen for a consistent sale; guard the invariant
        raise ValidationError("refund", "exceeds_paid", available=outstanding, wanted=total)
    methods = sorted(remaining.payments)
    parts = allocate(total, [remaining.payments[m] for m in methods]) if outstanding else []
    payments = {m: p for m, p in zip(methods, parts, strict=True) if p}
    sv_total = payments.get(PaymentMethod.STORED_VALUE.value, 0)
    sv = remaining.stored_value
    if sv_total:
        bonus_back, principal_back = allocate(sv_total, [sv.bonus_fen, sv.principal_fen])
        sv_back = Split(principal_back, bonus_back)
    else:
        sv_back = Split(0, 0)
    points_back = share(
        payments.get(PaymentMethod.POINTS.value, 0),
        remaining.payments.get(PaymentMethod.POINTS.value, 0),
        remaining.points_paid,
    )
    all_lines_done = all(qty.get(i, 0) == q for i, q in remaining.line_qty.items())
    reversed_points = (
        remaining.points_earned
        if all_lines_done
        else share(total, max(outstanding, 1), remaining.points_earned)
    )
    return RefundShares(
        line_amounts=line_amounts,
        payments=payments,
        points_returned=points_back,
        points_reversed=reversed_points,
        stored_value=sv_back,
        total_fen=total,
    )


# -- tiers -------------------------------------------------------------------------------------
def tier_after(
    current: Tier | None,
    tiers: Sequence[Tier],
    total_spend_fen: int,
    top_up_fen: int = 0,
) -> Tier | None:
    """The tier a member reaches: the highest-ranked one whose rule is met, never lower than
    the current one (tiers only go up by themselves; the owner may lower one by hand).
    """
    best = current
    for tier in sorted(tiers, key=lambda t: t.rank):
        if best is not None and tier.rank <= best.rank:
            continue
        by_spend = tier.upgrade_spend_fen is not None and total_spend_fen >= tier.upgrade_spend_fen
        by_top_up = (
            tier.upgrade_top_up_fen is not None
            and top_up_fen > 0
            and top_up_fen >= tier.upgrade_top_up_fen
        )
        if by_spend or by_top_up:
            best = tier
    return best


# -- points expiry -----------------------------------------------------------------------------
def points_to_expire(earned_before_cutoff: int, used_total: int, expired_so_far: int) -> int:
    """Points that lapse at a cutoff, first in first out: what was earned before the cutoff and
    has not been used (spent, taken back) or lapsed already.
    """
    return max(0, earned_before_cutoff - used_total - expired_so_far)
