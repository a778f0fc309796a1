"""Membership arithmetic: discounts, points, stored value, sharing out, refund shares, tiers.

Every expected figure is worked out by hand in the comment beside it; the properties at the end
run the sharing-out functions over thousands of random inputs.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storecrm.domain.errors import ValidationError
from storecrm.domain.membership import (
    InsufficientBalance,
    MembershipRules,
    PaymentMethod,
    RefundShares,
    Remaining,
    Split,
    Tier,
    TopUpBonus,
    allocate,
    amount_for_points,
    discounted,
    points_earned,
    points_for_amount,
    points_to_expire,
    price_line,
    refund_shares,
    share,
    spend_stored_value,
    tier_after,
    top_up_bonus,
)

SV = PaymentMethod.STORED_VALUE.value
CASH = PaymentMethod.CASH.value
WECHAT = PaymentMethod.WECHAT.value
POINTS = PaymentMethod.POINTS.value


# -- prices ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "list_fen, permille, expected",
    [
        (3330, 880, 2930),  # ¥33.30 × 0.88 = ¥29.304 → ¥29.30
        (10, 950, 10),  # 9.5 fen: exactly half → up to 10
        (30, 950, 29),  # 28.5 → 29 (half up, not to even: banker's rounding would give 28)
        (1, 500, 1),  # 0.5 → 1
        (3, 500, 2),  # 1.5 → 2
        (5, 500, 3),  # 2.5 → 3 (banker's rounding would give 2)
        (11, 950, 10),  # 10.45 → 10 (below half: down)
        (7, 850, 6),  # 5.95 → 6
        (8800, 1000, 8800),  # no discount
        (0, 880, 0),
    ],
)
def test_discounted_rounds_half_up(list_fen: int, permille: int, expected: int) -> None:
    assert discounted(list_fen, permille) == expected


def test_price_line_discounts_the_whole_line_not_each_unit() -> None:
    # 3 × ¥33.30 = ¥99.90; × 0.88 = ¥87.912 → ¥87.91 (8791). Per unit it would be 3 × 2930 = 8790.
    line = price_line(3330, 3, 880, True)
    assert (line.list_fen, line.amount_fen, line.discount_fen) == (9990, 8791, 1199)


def test_price_line_without_discount_and_its_limits() -> None:
    line = price_line(3330, 3, 880, False)  # not discountable: list price
    assert (line.list_fen, line.amount_fen, line.discount_fen) == (9990, 9990, 0)
    with pytest.raises(ValidationError) as err:
        price_line(3330, 0, 880, True)
    assert (err.value.field, err.value.code) == ("qty", "range")
    with pytest.raises(ValidationError) as err:
        price_line(-1, 1, 880, True)
    assert err.value.field == "price"


# -- points ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "paid, per_yuan, multiplier, expected",
    [
        (12345, 1, 1000, 123),  # ¥123.45 → 123.45 points → 123 (down)
        (12345, 1, 1500, 185),  # 123.45 × 1.5 = 185.175 → 185
        (12345, 2, 1500, 370),  # 123.45 × 2 × 1.5 = 370.35 → 370
        (28864, 1, 1500, 432),  # 288.64 × 1.5 = 432.96 → 432 (never rounded up)
        (99, 1, 1000, 0),  # ¥0.99 earns nothing
        (10000, 0, 1000, 0),  # points switched off
        (10000, 1, 0, 0),  # a tier without points
        (0, 1, 1000, 0),
        (-500, 1, 1000, 0),  # a refund never earns negative points here
    ],
)
def test_points_earned_rounds_down_with_the_tier_multiplier(
    paid: int, per_yuan: int, multiplier: int, expected: int
) -> None:
    assert points_earned(paid, MembershipRules(points_per_yuan=per_yuan), multiplier) == expected


def test_points_for_amount_rounds_up_and_amount_for_points_rounds_down() -> None:
    rules = MembershipRules(points_per_yuan_off=150)  # 150 points = ¥1
    assert points_for_amount(1050, rules) == 1575  # 10.50 × 150 = 1575 exactly
    assert points_for_amount(1001, rules) == 1502  # 10.01 × 150 = 1501.5 → 1502 (up)
    assert amount_for_points(1502, rules) == 1001  # 1502 / 150 = 10.0133 → ¥10.01
    assert amount_for_points(1501, rules) == 1000  # 1501 / 150 = 10.0067 → ¥10.00 (down)
    assert amount_for_points(149, rules) == 99  # ¥0.9933 → 99 fen
    assert amount_for_points(1, rules) == 0  # one point is worth 0.67 fen → nothing
    assert points_for_amount(0, rules) == 0
    assert amount_for_points(0, rules) == 0
    default = MembershipRules()  # 100 points = ¥1: one point per fen
    assert points_for_amount(400, default) == 400
    assert amount_for_points(432, default) == 432


def test_points_cannot_pay_when_redemption_is_off() -> None:
    rules = MembershipRules(points_per_yuan_off=0)
    with pytest.raises(ValidationError) as err:
        points_for_amount(100, rules)
    assert err.value.code == "redemption_off"
    assert amount_for_points(10_000, rules) == 0


@given(st.integers(1, 10**7), st.integers(1, 100_000))
@settings(max_examples=500, deadline=None)
def test_points_paid_always_buy_at_least_the_amount(amount: int, per_yuan_off: int) -> None:
    rules = MembershipRules(points_per_yuan_off=per_yuan_off)
    points = points_for_amount(amount, rules)
    assert amount_for_points(points, rules) >= amount  # rounding up never short-changes the store
    assert amount_for_points(points - 1, rules) < amount  # and never asks one point too many


# -- stored value ------------------------------------------------------------------------------
BONUSES = MembershipRules(top_up_bonuses=(TopUpBonus(50000, 5000), TopUpBonus(100000, 15000)))


@pytest.mark.parametrize(
    "amount, bonus",
    [
        (49999, 0),  # ¥499.99 reaches no rule
        (50000, 5000),  # 充500送50
        (99999, 5000),
        (100000, 15000),  # 充1000送150: the highest rule reached, not 50 + 150 = 200
        (300000, 15000),  # rules do not stack or repeat
    ],
)
def test_top_up_bonus_picks_the_highest_rule_reached(amount: int, bonus: int) -> None:
    assert top_up_bonus(amount, BONUSES) == bonus
    reversed_rules = MembershipRules(top_up_bonuses=tuple(reversed(BONUSES.top_up_bonuses)))
    assert top_up_bonus(amount, reversed_rules) == bonus  # the order of the rules is irrelevant


def test_spend_stored_value_splits_in_proportion_to_the_balances() -> None:
    # principal ¥1000 + bonus ¥150 = ¥1150; ¥300 spent:
    #   bonus 30000 × 15000 / 115000 = 3913.04 → 3913 (remainder 5000)
    #   principal 30000 × 100000 / 115000 = 26086.96 → 26086 (remainder 110000) → +1 = 26087
    assert spend_stored_value(30000, 100000, 15000) == Split(26087, 3913)
    # ¥100: bonus 1304.35 → 1304 (rem 40000), principal 8695.65 → 8695 (rem 75000) → 8696
    assert spend_stored_value(10000, 100000, 15000) == Split(8696, 1304)
    assert spend_stored_value(115000, 100000, 15000) == Split(100000, 15000)  # everything
    assert spend_stored_value(0, 100000, 15000) == Split(0, 0)
    assert spend_stored_value(500, 500, 0) == Split(500, 0)  # no bonus: all principal
    assert spend_stored_value(500, 0, 800) == Split(0, 500)
    assert Split(26087, 3913).total_fen == 30000


def test_spending_more_than_the_balance_is_refused() -> None:
    with pytest.raises(InsufficientBalance) as err:
        spend_stored_value(115001, 100000, 15000)
    assert (err.value.available, err.value.wanted) == (115000, 115001)
    assert err.value.code == "insufficient" and err.value.field == "stored_value"
    with pytest.raises(InsufficientBalance):
        spend_stored_value(1, 0, 0)
    with pytest.raises(ValidationError):
        spend_stored_value(-1, 100, 100)


@given(st.integers(0, 10**9), st.integers(0, 10**9), st.data())
@settings(max_examples=1000, deadline=None)
def test_spend_stored_value_never_overdraws_either_account(
    principal: int, bonus: int, data: st.DataObject
) -> None:
    amount = data.draw(st.integers(0, principal + bonus))
    split = spend_stored_value(amount, principal, bonus)
    assert split.total_fen == amount
    assert 0 <= split.principal_fen <= principal
    assert 0 <= split.bonus_fen <= bonus
    if principal + bonus:  # each part within one fen of the exact proportion
        assert abs(split.bonus_fen * (principal + bonus) - amount * bonus) < principal + bonus


# -- sharing out -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "total, weights, expected",
    [
        (10, [1, 1, 1], [4, 3, 3]),  # 3.33 each; the one left over goes to the first (tie)
        (1, [1, 1], [1, 0]),  # tie: to the earlier weight
        (1, [1, 2, 2], [0, 1, 0]),  # 0.2 / 0.4 / 0.4: the tie between the two 0.4 → earlier
        (5, [1, 3], [1, 4]),  # 1.25 / 3.75: the larger remainder (.75) takes the fen
        (7, [2, 5], [2, 5]),  # exact
        (0, [0, 0], [0, 0]),
        (0, [3, 4], [0, 0]),
        (100, [0, 10, 0], [0, 100, 0]),  # a zero weight never gets anything
    ],
)
def test_allocate_by_hand(total: int, weights: list[int], expected: list[int]) -> None:
    assert allocate(total, weights) == expected


def test_allocate_refuses_to_share_against_nothing() -> None:
    with pytest.raises(ValueError):
        allocate(1, [0, 0])


@given(st.lists(st.integers(0, 10**8), min_size=1, max_size=8), st.data())
@settings(max_examples=1000, deadline=None)
def test_allocate_sums_exactly_and_never_exceeds_a_weight(
    weights: list[int], data: st.DataObject
) -> None:
    whole = sum(weights)
    total = data.draw(st.integers(0, whole)) if whole else 0
    parts = allocate(total, weights)
    assert sum(parts) == total
    for part, weight in zip(parts, weights, strict=True):
        assert 0 <= part <= weight
        if whole:  # each part is the exact share rounded down or up
            exact_floor = total * weight // whole
            assert exact_floor <= part <= exact_floor + 1


@given(st.integers(1, 6), st.integers(0, 10**6))
@settings(max_examples=300, deadline=None)
def test_allocate_ties_go_to_the_earlier_weight(n: int, total: int) -> None:
    parts = allocate(total, [1] * n)  # equal weights: the extra fen go to the first ones
    assert parts == sorted(parts, reverse=True)
    assert max(parts) - min(parts) <= 1


def test_share() -> None:
    assert share(1, 3, 10000) == 3333  # 3333.33 → down
    assert share(3, 3, 10000) == 10000  # the whole is exact
    assert share(5, 3, 10000) == 10000  # never more than the whole
    assert share(1, 0, 10000) == 0


# -- refund shares -----------------------------------------------------------------------------
def _remaining(**kw: object) -> Remaining:
    values: dict[str, object] = {
        "line_qty": {1: 3},
        "line_amount": {1: 10000},
        "payments": {CASH: 3000, WECHAT: 7000},
        "points_paid": 0,
        "points_earned": 100,
        "stored_value": Split(0, 0),
    }
    values.update(kw)
    return Remaining(**values)  # type: ignore[arg-type]


def _after(remaining: Remaining, shares_: RefundShares) -> Remaining:
    """What is left once ``shares_`` were given back (as the sales service re-adds it)."""
    qty = dict(remaining.line_qty)
    amount = dict(remaining.line_amount)
    for line_id, back in shares_.line_amounts.items():
        amount[line_id] -= back
    return Remaining(
        line_qty=qty,
        line_amount=amount,
        payments={
            m: a - shares_.payments.get(m, 0)
            for m, a in remaining.payments.items()
            if a - shares_.payments.get(m, 0) > 0
        },
        points_paid=remaining.points_paid - shares_.points_returned,
        points_earned=remaining.points_earned - shares_.points_reversed,
        stored_value=Split(
            remaining.stored_value.principal_fen - shares_.stored_value.principal_fen,
            remaining.stored_value.bonus_fen - shares_.stored_value.bonus_fen,
        ),
    )


def test_refund_in_three_parts_gives_back_exactly_the_whole() -> None:
    # A line of 3 for ¥100.00 paid ¥30 cash + ¥70 WeChat, 100 points earned.
    left, first = _apply(_remaining(), {1: 1})
    # 1/3 of 10000 = 3333; cash 3333 × 3000/10000 = 999.9 → 999 (rem 9000), WeChat 2333.1 →
    # 2333 (rem 1000): the fen left goes to cash → 1000 / 2333. Points 3333 × 100/10000 = 33.33
    # → 33.
    assert first.line_amounts == {1: 3333} and first.total_fen == 3333
    assert first.payments == {CASH: 1000, WECHAT: 2333}
    assert first.points_reversed == 33
    assert left == _remaining(
        line_qty={1: 2}, line_amount={1: 6667}, payments={CASH: 2000, WECHAT: 4667},
        points_earned=67,
    )  # fmt: skip
    left, second = _apply(left, {1: 1})
    # 1/2 of 6667 = 3333; cash 3333 × 2000/6667 = 999.85 → 999 (rem 5667), WeChat 3333 × 4667 /
    # 6667 = 2333.15 → 2333 (rem 1000) → cash 1000 / 2333. Points 3333 × 67/6667 = 33.49 → 33.
    assert second.payments == {CASH: 1000, WECHAT: 2333}
    assert second.points_reversed == 33
    left, last = _apply(left, {1: 1})
    # The last unit takes the rest: 3334 = cash 1000 + WeChat 2334; the last 34 points.
    assert last.line_amounts == {1: 3334}
    assert last.payments == {CASH: 1000, WECHAT: 2334}
    assert last.points_reversed == 34
    assert left.payments == {} and left.line_amount == {1: 0} and left.points_earned == 0
    whole = refund_shares(_remaining(), {1: 3})
    assert whole.payments == {CASH: 3000, WECHAT: 7000} and whole.points_reversed == 100
    assert whole.total_fen == 3333 + 3333 + 3334


def test_refund_gives_stored_value_back_to_principal_and_bonus_as_spent() -> None:
    # ¥60 of stored value spent as principal 5217 + bonus 783, ¥40 WeChat; a line of 2 (¥100).
    remaining = _remaining(
        line_qty={1: 2},
        line_amount={1: 10000},
        payments={SV: 6000, WECHAT: 4000},
        stored_value=Split(5217, 783),
    )
    half = refund_shares(remaining, {1: 1})
    # 5000 back: stored value 3000, WeChat 2000. Of the 3000: bonus 3000 × 783/6000 = 391.5,
    # principal 2608.5: equal remainders, the tie goes to the earlier weight (bonus) → 392/2608.
    assert half.payments == {SV: 3000, WECHAT: 2000}
    assert half.stored_value == Split(2608, 392)
    rest = refund_shares(
        Remaining({1: 1}, {1: 5000}, {SV: 3000, WECHAT: 2000}, 0, 50, Split(2609, 391)), {1: 1}
    )
    assert rest.stored_value == Split(2609, 391)  # 2608 + 2609 = 5217, 392 + 391 = 783
    assert refund_shares(remaining, {1: 2}).stored_value == Split(5217, 783)


def test_refund_returns_points_paid_with() -> None:
    # ¥100 for 2 units: ¥10 of it paid with 1500 points (150 points per yuan), ¥90 cash.
    remaining = _remaining(
        line_qty={1: 2}, line_amount={1: 10000}, payments={POINTS: 1000, CASH: 9000},
        points_paid=1500,
    )  # fmt: skip
    assert refund_shares(remaining, {1: 2}).points_returned == 1500
    half = refund_shares(remaining, {1: 1})
    # 5000 back: cash 4500, points-money 500 → 500/1000 of the 1500 points = 750.
    assert half.payments == {CASH: 4500, POINTS: 500}
    assert half.points_returned == 750


def test_refund_of_more_than_is_left_is_refused() -> None:
    remaining = _remaining(line_qty={1: 1, 2: 0}, line_amount={1: 5000, 2: 0})
    for qty in ({1: 2}, {1: 0}, {2: 1}, {3: 1}):
        with pytest.raises(ValidationError) as err:
            refund_shares(remaining, qty)
        assert (err.value.field, err.value.code) == ("qty", "range")


def test_refund_of_one_of_two_lines_keeps_the_earned_points_of_the_other() -> None:
    remaining = _remaining(
        line_qty={1: 1, 2: 1}, line_amount={1: 7744, 2: 21120},
        payments={SV: 10000, WECHAT: 18864}, points_earned=432, stored_value=Split(8696, 1304),
    )  # fmt: skip
    shares_ = refund_shares(remaining, {2: 1})
    # 21120 of 28864 back: SV 21120 × 10000/28864 = 7317.07 → 7317, WeChat 13802.93 → 13803
    # (remainders 2112 and 26752 of 28864: the fen goes to WeChat).
    assert shares_.payments == {SV: 7317, WECHAT: 13803}
    # Points 21120 × 432 / 28864 = 316.09 → 316.
    assert shares_.points_reversed == 316
    # Stored value 7317: bonus 7317 × 1304/10000 = 954.14 → 954 (rem 1368), principal
    # 7317 × 8696/10000 = 6362.86 → 6362 (rem 8632) → 6363.
    assert shares_.stored_value == Split(6363, 954)


@st.composite
def _sales(draw: st.DrawFn) -> tuple[Remaining, list[int]]:
    """A random sale: lines with quantities and amounts, paid by a random split."""
    n = draw(st.integers(1, 4))
    qty = {i: draw(st.integers(1, 5)) for i in range(1, n + 1)}
    amount = {i: draw(st.integers(0, 100_000)) for i in qty}
    total = sum(amount.values())
    methods = draw(st.lists(st.sampled_from([CASH, WECHAT, SV, POINTS]), min_size=1, unique=True))
    if total == 0:
        payments: dict[str, int] = {}
    else:
        cuts = sorted(draw(st.lists(st.integers(0, total), min_size=len(methods) - 1,
                                    max_size=len(methods) - 1)))  # fmt: skip
        bounds = [0, *cuts, total]
        payments = {
            m: bounds[i + 1] - bounds[i] for i, m in enumerate(methods) if bounds[i + 1] > bounds[i]
        }
    sv = payments.get(SV, 0)
    bonus = draw(st.integers(0, sv))
    remaining = Remaining(
        line_qty=qty,
        line_amount=amount,
        payments=payments,
        points_paid=payments.get(POINTS, 0) * draw(st.integers(1, 3)),
        points_earned=draw(st.integers(0, total // 100 + 1)),
        stored_value=Split(sv - bonus, bonus),
    )
    # A random order of single-unit refunds (line ids repeated by quantity).
    order = draw(st.permutations([i for i, q in qty.items() for _ in range(q)]))
    return remaining, list(order)


def _apply(remaining: Remaining, qty: dict[int, int]) -> tuple[Remaining, RefundShares]:
    shares_ = refund_shares(remaining, qty)
    left = _after(remaining, shares_)
    left = Remaining(
        {i: q - qty.get(i, 0) for i, q in remaining.line_qty.items()},
        left.line_amount,
        left.payments,
        left.points_paid,
        left.points_earned,
        left.stored_value,
    )
    return left, shares_


@given(_sales(), st.data())
@settings(max_examples=800, deadline=None)
def test_refund_in_random_parts_equals_one_full_refund(
    sale: tuple[Remaining, list[int]], data: st.DataObject
) -> None:
    remaining, order = sale
    full = refund_shares(remaining, dict(remaining.line_qty))
    assert full.total_fen == sum(remaining.line_amount.values())
    assert full.payments == {m: a for m, a in remaining.payments.items() if a}
    assert full.stored_value == remaining.stored_value
    assert full.points_returned == remaining.points_paid
    assert full.points_reversed == remaining.points_earned
    # Now the same sale in random chunks (single units, or a few at once).
    units = list(order)
    given_back: dict[str, int] = {}
    principal = bonus = points_back = points_rev = total = 0
    left = remaining
    while units:
        take = data.draw(st.integers(1, len(units)))
        chunk: dict[int, int] = {}
        for line_id in units[:take]:
            chunk[line_id] = chunk.get(line_id, 0) + 1
        units = units[take:]
        before = left
        left, part = _apply(left, chunk)
        for method, amount in part.payments.items():
            assert 0 < amount <= before.payments[method]  # never more than the method holds
            given_back[method] = given_back.get(method, 0) + amount
        sv = part.stored_value
        assert 0 <= sv.principal_fen <= before.stored_value.principal_fen
        assert 0 <= sv.bonus_fen <= before.stored_value.bonus_fen
        assert sv.total_fen == part.payments.get(SV, 0)
        principal += sv.principal_fen
        bonus += sv.bonus_fen
        points_back += part.points_returned
        points_rev += part.points_reversed
        total += part.total_fen
        assert left.points_earned >= 0 and left.points_paid >= 0
    assert total == full.total_fen
    assert given_back == full.payments
    assert Split(principal, bonus) == full.stored_value
    assert points_back == full.points_returned
    assert points_rev == full.points_reversed


# -- tiers -------------------------------------------------------------------------------------
SILVER = Tier(1, "银卡", 1, 950, upgrade_spend_fen=50000)
GOLD = Tier(2, "金卡", 2, 880, 1500, upgrade_top_up_fen=100000)
DIAMOND = Tier(3, "钻石卡", 3, 800, 2000, upgrade_spend_fen=500000)
MANUAL = Tier(4, "员工卡", 9, 500)  # no rule: only the owner puts someone here
TIERS = [DIAMOND, MANUAL, SILVER, GOLD]  # not in rank order on purpose


@pytest.mark.parametrize(
    "current, spend, top_up, expected",
    [
        (None, 49999, 0, None),
        (None, 50000, 0, SILVER),  # cumulative spend reaches silver
        (None, 0, 99999, None),  # a top-up just short of gold
        (None, 0, 100000, GOLD),  # a single top-up of ¥1000 reaches gold
        (None, 50000, 100000, GOLD),  # both: the higher
        (None, 500000, 0, DIAMOND),
        (SILVER, 0, 100000, GOLD),
        (GOLD, 50000, 0, GOLD),  # never down to silver by itself
        (DIAMOND, 0, 0, DIAMOND),
        (GOLD, 500000, 0, DIAMOND),
        (MANUAL, 500000, 100000, MANUAL),  # above every rule: stays
        (None, 10**9, 10**9, DIAMOND),  # the manual tier is never reached by rule
    ],
)
def test_tier_after(current: Tier | None, spend: int, top_up: int, expected: Tier | None) -> None:
    assert tier_after(current, TIERS, spend, top_up) == expected


def test_a_zero_top_up_rule_needs_a_top_up() -> None:
    free = Tier(5, "新会员", 1, upgrade_top_up_fen=0)
    assert tier_after(None, [free], 0, 0) is None  # no top-up at all
    assert tier_after(None, [free], 0, 1) == free


def test_tier_and_rules_checks() -> None:
    with pytest.raises(ValidationError):
        Tier(0, " ", 1).check()
    with pytest.raises(ValidationError):
        Tier(0, "x", 1, discount_permille=0).check()
    with pytest.raises(ValidationError):
        Tier(0, "x", 1, discount_permille=1001).check()
    with pytest.raises(ValidationError):
        Tier(0, "x", 1, upgrade_spend_fen=-1).check()
    assert GOLD.check() is GOLD
    with pytest.raises(ValidationError):  # two rules for the same amount
        MembershipRules(top_up_bonuses=(TopUpBonus(500, 50), TopUpBonus(500, 60))).check()
    with pytest.raises(ValidationError):
        MembershipRules(top_up_bonuses=(TopUpBonus(0, 50),)).check()
    with pytest.raises(ValidationError):
        MembershipRules(top_up_bonuses=(TopUpBonus(100, 1001),)).check()  # > 10× the top-up
    assert BONUSES.check() is BONUSES


# -- points expiry -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "earned_before, used, expired, expected",
    [
        (500, 200, 0, 300),  # 500 old points, 200 used (oldest first): 300 lapse
        (500, 600, 0, 0),  # more used than the old points: nothing lapses
        (500, 200, 300, 0),  # already lapsed: running again takes nothing (idempotent)
        (500, 100, 100, 300),
        (0, 0, 0, 0),
    ],
)
def test_points_to_expire(earned_before: int, used: int, expired: int, expected: int) -> None:
    assert points_to_expire(earned_before, used, expired) == expected
