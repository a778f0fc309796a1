"""Whole-order discount (整单折扣) and rounding (抹零) at the till: pure fen arithmetic.

The order of things, for a sale whose lines are already priced (tier discounts applied):

1. the *subtotal* is the sum of the lines; the *adjustable* part is the lines that may be
   discounted (catalogue items marked discountable and free amounts — not cards sold, not
   sessions used, not items the owner marked "no discount");
2. the whole-order discount takes off either a percentage of the adjustable part
   (``OrderDiscount.percent(900)``: pay 90 %, 9折; half up to the fen, as tier discounts are) or
   whatever brings the subtotal to a new total the cashier typed (``OrderDiscount.new_total``);
   a new total below the part that cannot be discounted is refused;
3. rounding then takes the total to the jiao or the yuan, down (抹零: ¥128.36 → ¥128.30 or
   ¥128) or to the nearest (half up: ¥128.35 → ¥128.40, ¥128.50 → ¥129 — the customer may pay a
   few fen *more*, so the rounding is negative then).

Both are shared out over the adjustable lines in proportion to what each line comes to, by the
largest-remainder method (``membership.allocate``), and recorded on each line: the line's
amount is what was really paid for it, so a refund of any lines in any parts gives back exactly
what was paid for them, and the parts of a sale always add up to its total.

Who may give how much is the owner's choice, per role (``AdjustLimits``): the most a cashier or
a manager may take off as a share of the adjustable part, and the most rounding (in fen) each
may give. The owner has no limit. Above the limit the sale needs a manager's (or the owner's)
password, as a large refund does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from storecrm.domain.errors import ValidationError
from storecrm.domain.membership import PERMILLE, allocate, discounted
from storecrm.domain.roles import Role


class DiscountKind(StrEnum):
    PERCENT = "percent"  # value: the permille paid (900 = 9折)
    TOTAL = "total"  # value: the new total in fen


class RoundingUnit(StrEnum):
    JIAO = "jiao"  # to 10 fen
    YUAN = "yuan"  # to 100 fen


class RoundingMode(StrEnum):
    DOWN = "down"  # 抹零: the fen (or jiao and fen) are dropped
    NEAREST = "nearest"  # half up: may round up


UNIT_FEN = {RoundingUnit.JIAO: 10, RoundingUnit.YUAN: 100}


@dataclass(frozen=True, slots=True)
class OrderDiscount:
    kind: DiscountKind
    value: int

    @classmethod
    def percent(cls, permille_paid: int) -> OrderDiscount:
        return cls(DiscountKind.PERCENT, permille_paid)

    @classmethod
    def new_total(cls, total_fen: int) -> OrderDiscount:
        return cls(DiscountKind.TOTAL, total_fen)


@dataclass(frozen=True, slots=True)
class Rounding:
    unit: RoundingUnit
    mode: RoundingMode


@dataclass(frozen=True, slots=True)
class OrderAdjust:
    """What the cashier asked for: a whole-order discount, a rounding, both or neither."""

    discount: OrderDiscount | None = None
    rounding: Rounding | None = None

    @property
    def empty(self) -> bool:
        return self.discount is None and self.rounding is None


@dataclass(frozen=True, slots=True)
class AdjustLimit:
    """The most one role may give without a manager: ``discount_permille`` of the adjustable
    part (100 = 10 % off) and ``rounding_fen`` of rounding."""

    discount_permille: int
    rounding_fen: int

    def check(self) -> AdjustLimit:
        if not 0 <= self.discount_permille <= PERMILLE:
            raise ValidationError("discount_limit", "range", low=0, high=100)
        if not 0 <= self.rounding_fen <= 99:
            raise ValidationError("rounding_limit", "range", low=0, high=99)
        return self


@dataclass(frozen=True, slots=True)
class AdjustLimits:
    cashier: AdjustLimit = AdjustLimit(100, 99)  # 10 % off; rounding to the yuan
    manager: AdjustLimit = AdjustLimit(300, 99)  # 30 % off

    def for_role(self, role: Role) -> AdjustLimit | None:
        """The role's limit; None: no limit (the owner)."""
        if role is Role.CASHIER:
            return self.cashier
        if role is Role.MANAGER:
            return self.manager
        return None

    def check(self) -> AdjustLimits:
        self.cashier.check()
        self.manager.check()
        return self


@dataclass(frozen=True, slots=True)
class Adjusted:
    """A sale's whole-order discount and rounding, and each line's share of them."""

    subtotal_fen: int  # the lines after their own discounts
    adjustable_fen: int  # the part that may be discounted
    discount_fen: int  # the whole-order discount (≥ 0)
    rounding_fen: int  # taken off by rounding (negative: rounded up)
    line_discounts: tuple[int, ...]  # per line, in the order given
    line_roundings: tuple[int, ...]

    @property
    def total_fen(self) -> int:
        return self.subtotal_fen - self.discount_fen - self.rounding_fen

    @property
    def discount_permille(self) -> int:
        """The discount as a share of the adjustable part, rounded up (so a limit of 10 % is
        never passed by a fraction)."""
        if self.adjustable_fen <= 0:
            return 0
        return -(-self.discount_fen * PERMILLE // self.adjustable_fen)

    @property
    def shown_permille(self) -> int:
        """The discount as a share of the adjustable part to the nearest permille (half up),
        as the cashier sees it: 95折 of ¥395.12 takes ¥19.76 off, 5.001 %: "5.0 %", where the
        limit's ``discount_permille`` says 5.1 %."""
        if self.adjustable_fen <= 0:
            return 0
        return (2 * self.discount_fen * PERMILLE + self.adjustable_fen) // (2 * self.adjustable_fen)


def none(amounts: Sequence[int], adjustable: Sequence[bool]) -> Adjusted:
    """No whole-order discount and no rounding."""
    zeros = (0,) * len(amounts)
    base = sum(a for a, ok in zip(amounts, adjustable, strict=True) if ok)
    return Adjusted(sum(amounts), base, 0, 0, zeros, zeros)


def rounded(amount_fen: int, rounding: Rounding) -> int:
    """The amount rounded to the jiao or yuan, down or half up (amounts are never negative
    here: a sale's total)."""
    unit = UNIT_FEN[rounding.unit]
    if rounding.mode is RoundingMode.DOWN:
        return amount_fen // unit * unit
    return (amount_fen + unit // 2) // unit * unit


def allocate_signed(total: int, weights: Sequence[int]) -> list[int]:
    """``allocate`` for a total that may be negative (rounding up): the parts of |total|,
    negated."""
    if total >= 0:
        return allocate(total, weights)
    return [-part for part in allocate(-total, weights)]


def adjust(amounts: Sequence[int], adjustable: Sequence[bool], order: OrderAdjust) -> Adjusted:
    """Apply ``order`` to lines priced at ``amounts`` (fen); ``adjustable`` says which lines
    may carry a whole-order discount and rounding. Raises ``ValidationError`` for a discount
    that cannot be given (a percentage out of range, a new total above the subtotal or below
    what cannot be discounted, rounding with nothing to round)."""
    if len(amounts) != len(adjustable):
        raise ValueError("one flag per line")
    weights = [a if ok and a > 0 else 0 for a, ok in zip(amounts, adjustable, strict=True)]
    subtotal = sum(amounts)
    base = sum(weights)
    fixed = subtotal - base
    discount = 0
    if order.discount is not None:
        if order.discount.kind is DiscountKind.PERCENT:
            paid = order.discount.value
            if not 1 <= paid <= PERMILLE:
                raise ValidationError("order_discount", "range", low=1, high=PERMILLE)
            discount = base - discounted(base, paid)
        else:
            new_total = order.discount.value
            if not fixed <= new_total <= subtotal:
                raise ValidationError("order_total", "range", low=fixed, high=subtotal)
            discount = subtotal - new_total
    line_discounts = allocate(discount, weights) if discount else [0] * len(amounts)
    rounding = 0
    if order.rounding is not None:
        after = subtotal - discount
        rounding = after - rounded(after, order.rounding)
        if rounding > base - discount:
            # Rounding down more than the adjustable lines still come to (only cards left).
            raise ValidationError("rounding", "nothing_to_round")
    left = [w - d for w, d in zip(weights, line_discounts, strict=True)]
    if rounding and sum(left) <= 0:
        raise ValidationError("rounding", "nothing_to_round")
    line_roundings = allocate_signed(rounding, left) if rounding else [0] * len(amounts)
    return Adjusted(
        subtotal_fen=subtotal,
        adjustable_fen=base,
        discount_fen=discount,
        rounding_fen=rounding,
        line_discounts=tuple(line_discounts),
        line_roundings=tuple(line_roundings),
    )


def within(limit: AdjustLimit | None, adjusted: Adjusted) -> bool:
    """Whether a role with ``limit`` may give this without a manager."""
    if limit is None:
        return True
    if adjusted.discount_fen * PERMILLE > limit.discount_permille * adjusted.adjustable_fen:
        return False
    return abs(adjusted.rounding_fen) <= limit.rounding_fen


def refund_part(count: int, left_qty: int, left_part: int) -> int:
    """A refunded line's share of what is left of its whole-order discount or rounding: per
    unit, the last unit taking the rest (as ``membership.share`` does for the amount), so the
    refunds of a line in any parts add up to its share exactly."""
    if left_qty <= 0:
        return 0
    if count >= left_qty:
        return left_part
    if left_part < 0:  # rounded up: the same share, of the amount the other way
        return -(-left_part * count // left_qty)
    return left_part * count // left_qty


__all__ = [
    "AdjustLimit",
    "AdjustLimits",
    "Adjusted",
    "DiscountKind",
    "OrderAdjust",
    "OrderDiscount",
    "Rounding",
    "RoundingMode",
    "RoundingUnit",
    "adjust",
    "allocate_signed",
    "none",
    "refund_part",
    "rounded",
    "within",
]
