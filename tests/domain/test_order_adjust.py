"""Whole-order discount and rounding: each figure worked out by hand in the comment beside it;
the properties at the end check that the parts always add up, over random sales."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storecrm.domain.errors import ValidationError
from storecrm.domain.order_adjust import (
    AdjustLimit,
    AdjustLimits,
    OrderAdjust,
    OrderDiscount,
    Rounding,
    RoundingMode,
    RoundingUnit,
    adjust,
    none,
    refund_part,
    rounded,
    within,
)
from storecrm.domain.roles import Role

YUAN_DOWN = Rounding(RoundingUnit.YUAN, RoundingMode.DOWN)
JIAO_DOWN = Rounding(RoundingUnit.JIAO, RoundingMode.DOWN)
YUAN_NEAREST = Rounding(RoundingUnit.YUAN, RoundingMode.NEAREST)
JIAO_NEAREST = Rounding(RoundingUnit.JIAO, RoundingMode.NEAREST)

# A cut at ¥77.44 and a shampoo at ¥57.20 (金卡 88 % already applied), and a card sold at ¥500
# that no whole-order discount touches.
AMOUNTS = (7744, 5720, 50000)
ADJUSTABLE = (True, True, False)


def test_a_percentage_off_the_adjustable_lines_shared_by_largest_remainder() -> None:
    got = adjust(AMOUNTS, ADJUSTABLE, OrderAdjust(OrderDiscount.percent(900)))
    # Base 7744 + 5720 = 13464; 90 % of it half up = (13464 × 900 + 500) // 1000 = 12118.
    assert got.adjustable_fen == 13464
    assert got.discount_fen == 13464 - 12118 == 1346
    # 1346 × 7744 / 13464 = 774.17 (remainder 2288), 1346 × 5720 / 13464 = 571.83 (remainder
    # 11176): 774 + 571 = 1345, the one fen short goes to the larger remainder, the shampoo.
    assert got.line_discounts == (774, 572, 0)
    assert got.subtotal_fen == 63464
    assert got.total_fen == 63464 - 1346 == 62118
    assert got.rounding_fen == 0
    assert got.discount_permille == 100  # 1346 / 13464 = 9.997 %, rounded up to 10.0 %


def test_a_discount_then_rounding_to_the_yuan_down() -> None:
    order = OrderAdjust(OrderDiscount.percent(900), YUAN_DOWN)
    got = adjust(AMOUNTS, ADJUSTABLE, order)
    # 62118 → 62100: 18 fen off, over what the lines are left with, 6970 and 5148 (of 12118):
    # 18 × 6970 / 12118 = 10.35 (rem 4280), 18 × 5148 / 12118 = 7.64 (rem 7838) → 10 and 8.
    assert got.rounding_fen == 18
    assert got.line_roundings == (10, 8, 0)
    assert got.total_fen == 62100


def test_a_new_total_takes_the_difference_off() -> None:
    got = adjust(AMOUNTS, ADJUSTABLE, OrderAdjust(OrderDiscount.new_total(60000)))
    assert got.discount_fen == 3464
    # 3464 × 7744 / 13464 = 1992.3 (rem 4192), 3464 × 5720 / 13464 = 1471.6 (rem 9272)
    assert got.line_discounts == (1992, 1472, 0)
    assert got.total_fen == 60000
    assert got.discount_permille == 258  # 3464 / 13464 = 25.73 %, rounded up
    assert got.shown_permille == 257  # to the nearest: 25.7 %


def test_the_share_shown_is_the_nearest_the_limits_round_up() -> None:
    # 95折 of 39512: 39512 × 950 = 37536.4 → 37536, 1976 off = 5.001 %.
    got = adjust((39512,), (True,), OrderAdjust(OrderDiscount.percent(950)))
    assert got.discount_fen == 1976
    assert (got.shown_permille, got.discount_permille) == (50, 51)  # "5.0 %"; the limit's 5.1 %
    # 5.05 % exactly (202 of 4000) is shown half up: 5.1 %.
    half = adjust((4000,), (True,), OrderAdjust(OrderDiscount.new_total(3798)))
    assert (half.discount_fen, half.shown_permille) == (202, 51)


def test_a_new_total_below_what_cannot_be_discounted_or_above_the_subtotal_is_refused() -> None:
    with pytest.raises(ValidationError) as below:
        adjust(AMOUNTS, ADJUSTABLE, OrderAdjust(OrderDiscount.new_total(49999)))
    assert (below.value.field, below.value.code) == ("order_total", "range")
    assert below.value.params == {"low": 50000, "high": 63464}
    with pytest.raises(ValidationError):
        adjust(AMOUNTS, ADJUSTABLE, OrderAdjust(OrderDiscount.new_total(63465)))
    with pytest.raises(ValidationError) as zero:
        adjust(AMOUNTS, ADJUSTABLE, OrderAdjust(OrderDiscount.percent(0)))
    assert zero.value.field == "order_discount"


@pytest.mark.parametrize(
    ("amount", "rounding", "expected"),
    [
        (12836, JIAO_DOWN, 12830),
        (12836, YUAN_DOWN, 12800),
        (12834, JIAO_NEAREST, 12830),
        (12835, JIAO_NEAREST, 12840),  # half up
        (12849, YUAN_NEAREST, 12800),
        (12850, YUAN_NEAREST, 12900),  # half up: the customer pays 50 fen more
        (12800, YUAN_DOWN, 12800),
        (9, YUAN_DOWN, 0),
    ],
)
def test_rounding(amount: int, rounding: Rounding, expected: int) -> None:
    assert rounded(amount, rounding) == expected


def test_rounding_up_is_a_negative_rounding_shared_the_same_way() -> None:
    got = adjust((1234, 1111), (True, True), OrderAdjust(rounding=YUAN_NEAREST))
    # 2345 → 2300 (45 < 50): 45 off. 45 × 1234 / 2345 = 23.68 (rem 1595), 45 × 1111 / 2345 =
    # 21.32 (rem 745): 23 + 21 = 44, the short fen to the first → (24, 21).
    assert got.rounding_fen == 45
    assert got.line_roundings == (24, 21)
    up = adjust((1234, 1116), (True, True), OrderAdjust(rounding=YUAN_NEAREST))
    # 2350 → 2400: 50 more; shared as 50 would be: 50 × 1234 / 2350 = 26.26 (rem 600),
    # 50 × 1116 / 2350 = 23.74 (rem 1750): 26 + 23 = 49, the short fen to the second.
    assert up.rounding_fen == -50
    assert up.line_roundings == (-26, -24)
    assert up.total_fen == 2400


def test_rounding_with_only_cards_left_is_refused() -> None:
    with pytest.raises(ValidationError) as nothing:
        adjust((50036,), (False,), OrderAdjust(rounding=YUAN_DOWN))
    assert (nothing.value.field, nothing.value.code) == ("rounding", "nothing_to_round")


def test_nothing_asked_changes_nothing() -> None:
    assert adjust(AMOUNTS, ADJUSTABLE, OrderAdjust()) == none(AMOUNTS, ADJUSTABLE)
    assert none(AMOUNTS, ADJUSTABLE).total_fen == 63464


def test_limits_per_role() -> None:
    limits = AdjustLimits(cashier=AdjustLimit(100, 9), manager=AdjustLimit(300, 99))
    ten_off = adjust(AMOUNTS, ADJUSTABLE, OrderAdjust(OrderDiscount.percent(900)))
    quarter = adjust(AMOUNTS, ADJUSTABLE, OrderAdjust(OrderDiscount.new_total(60000)))
    yuan = adjust(AMOUNTS, ADJUSTABLE, OrderAdjust(rounding=YUAN_DOWN))  # 63464 → 63400: 64
    jiao = adjust(AMOUNTS, ADJUSTABLE, OrderAdjust(rounding=JIAO_DOWN))  # → 63460: 4
    cashier = limits.for_role(Role.CASHIER)
    manager = limits.for_role(Role.MANAGER)
    assert within(cashier, ten_off)  # 1346 × 1000 ≤ 100 × 13464 = 1346400: exactly 10 %
    assert not within(cashier, quarter) and within(manager, quarter)
    assert within(cashier, jiao) and not within(cashier, yuan) and within(manager, yuan)
    assert limits.for_role(Role.OWNER) is None and within(None, quarter)


def test_a_limit_out_of_range_is_refused() -> None:
    with pytest.raises(ValidationError):
        AdjustLimit(1001, 0).check()
    with pytest.raises(ValidationError):
        AdjustLimit(100, 100).check()


def test_a_refunded_share_in_parts_adds_up() -> None:
    # A line of 3 whose share is 7 fen: 1 of 3 → 2, then 1 of 2 (5 left) → 2, the last → 3.
    assert [refund_part(1, 3, 7), refund_part(1, 2, 5), refund_part(1, 1, 3)] == [2, 2, 3]
    # Rounded up by 5 fen: −1, −2, −2.
    assert [refund_part(1, 3, -5), refund_part(1, 2, -4), refund_part(1, 1, -2)] == [-1, -2, -2]


# -- properties ---------------------------------------------------------------------------------
lines = st.lists(
    st.tuples(st.integers(min_value=0, max_value=2_000_000), st.booleans()), min_size=1, max_size=8
)
roundings = st.none() | st.builds(
    Rounding, st.sampled_from(list(RoundingUnit)), st.sampled_from(list(RoundingMode))
)


@settings(max_examples=400, deadline=None)
@given(lines, st.integers(min_value=1, max_value=1000), roundings)
def test_the_parts_add_up_and_no_line_goes_below_zero(
    given_lines: list[tuple[int, bool]], paid: int, rounding: Rounding | None
) -> None:
    amounts = [a for a, _ in given_lines]
    flags = [f for _, f in given_lines]
    try:
        got = adjust(amounts, flags, OrderAdjust(OrderDiscount.percent(paid), rounding))
    except ValidationError as exc:
        assert (exc.field, exc.code) == ("rounding", "nothing_to_round")
        return
    assert sum(got.line_discounts) == got.discount_fen
    assert sum(got.line_roundings) == got.rounding_fen
    for amount, flag, d, r in zip(
        amounts, flags, got.line_discounts, got.line_roundings, strict=True
    ):
        assert amount - d - r >= 0
        if not flag:
            assert d == r == 0
    if rounding is not None:
        unit = 10 if rounding.unit is RoundingUnit.JIAO else 100
        assert got.total_fen % unit == 0
        assert abs(got.rounding_fen) < unit


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=1, max_value=50),
    st.integers(min_value=-99, max_value=5000),
    st.data(),
)
def test_refunds_of_a_share_in_any_parts_add_up(qty: int, part: int, data: st.DataObject) -> None:
    left_qty, left_part, refunded = qty, part, 0
    while left_qty:
        count = data.draw(st.integers(min_value=1, max_value=left_qty))
        piece = refund_part(count, left_qty, left_part)
        refunded += piece
        left_qty -= count
        left_part -= piece
    assert refunded == part
