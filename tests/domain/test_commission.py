"""The commission arithmetic, pure: every figure worked out by hand beside it (fen)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storecrm.domain.commission import (
    PPM,
    AssistantPay,
    Basis,
    LineFacts,
    LineStaff,
    Method,
    Plan,
    RateTier,
    Role,
    Rule,
    Target,
    TierMode,
    credit_shares,
    credited,
    line_amount,
    marginal_numerator,
    match_rule,
    month_of,
    plan_in_force,
    round_half_up,
    sale_performance,
    session_value,
    surviving_measure,
    tier_commission,
    weight_ppm,
)
from storecrm.domain.errors import ValidationError

TIERS = (RateTier(0, 1000), RateTier(2_000_000, 1500))


def test_round_half_up_for_both_signs() -> None:
    assert round_half_up(25, 10) == 3  # 2.5 → 3
    assert round_half_up(24, 10) == 2
    assert round_half_up(-25, 10) == -2  # −2.5 → −2 (half up, towards +∞)
    assert round_half_up(-26, 10) == -3


def test_a_cards_sessions_are_worth_its_price_together() -> None:
    # ¥250 for 3: 25000, 16666, 8333, 0 → uses of 8334, 8333, 8333
    assert [session_value(25000, 3, left, 1) for left in (3, 2, 1)] == [8334, 8333, 8333]
    assert session_value(25000, 3, 3, 3) == 25000
    assert session_value(25000, 3, 0, 1) == 0  # nothing left, nothing consumed


def test_performance_shares_the_payments_over_the_lines() -> None:
    lines = [
        LineFacts("item", 1, 10000, 10000),
        LineFacts("item", 1, 30000, 30000),
        LineFacts("card", 1, 20000, 20000),
        LineFacts("session", 1, 8800, 0, 5000),
    ]
    # 60000 paid: 30000 WeChat, 27000 stored value (3000 of it bonus), 3000 points.
    perf = sale_performance(lines, {"wechat": 30000, "stored_value": 27000, "points": 3000}, 3000)
    # WeChat by 1:3:2 → 5000, 15000, 10000; stored value → 4500, 13500, 9000; bonus 3000 over
    # the stored-value parts 4500:13500:9000 → 500, 1500, 1000.
    assert [(p.target, p.cash_fen, p.consumption_fen, p.bonus_fen) for p in perf] == [
        (Target.LINE, 5000, 5000 + 4500, 500),
        (Target.LINE, 15000, 15000 + 13500, 1500),
        (Target.CARD, 10000, 0, 0),  # a card sold is cash only
        (Target.LINE, 0, 5000, 0),  # a use: the card's per-session value
    ]
    assert perf[0].of_basis(Basis.CONSUMPTION, include_bonus=False) == 9000
    assert perf[0].of_basis(Basis.CONSUMPTION, include_bonus=True) == 9500


def test_rules_match_most_specific_first() -> None:
    rules = [
        Rule(1, Target.LINE, rate_bp=1000),
        Rule(2, Target.LINE, grade="总监", rate_bp=1100),
        Rule(3, Target.LINE, grade="总监", requested=True, rate_bp=1200),
        Rule(4, Target.LINE, category="染烫", rate_bp=1300),
        Rule(5, Target.LINE, item_id=9, rate_bp=1400),
        Rule(6, Target.CARD, basis=Basis.CASH, rate_bp=500),
    ]

    def pick(item: int | None, category: str, grade: str, requested: bool) -> int | None:
        found = match_rule(rules, Target.LINE, item, category, grade, requested)
        return None if found is None else found.rule_id

    assert pick(1, "剪发", "高级", False) == 1
    assert pick(1, "剪发", "总监", False) == 2
    assert pick(1, "剪发", "总监", True) == 3
    assert pick(1, "染烫", "总监", True) == 4  # category beats grade
    assert pick(9, "染烫", "总监", True) == 5  # item beats category
    assert match_rule(rules, Target.TOP_UP, None, "", "", False) is None


def test_a_plan_applies_from_its_date_and_after_it_was_saved() -> None:
    v1 = Plan(1, date(2025, 5, 1), (), datetime(2025, 4, 20, 9))
    v2 = Plan(2, date(2025, 5, 15), (), datetime(2025, 5, 12, 9))
    v3 = Plan(3, date(2025, 5, 20), (), datetime(2025, 5, 20, 12))  # saved at noon that day
    plans = [v1, v2, v3]
    assert plan_in_force(plans, datetime(2025, 4, 30, 10)) is None
    assert plan_in_force(plans, datetime(2025, 5, 14, 10)) is v1
    assert plan_in_force(plans, datetime(2025, 5, 15, 0)) is v2
    assert plan_in_force(plans, datetime(2025, 5, 20, 11)) is v2  # before it was saved
    assert plan_in_force(plans, datetime(2025, 5, 20, 12)) is v2  # in the same second
    assert plan_in_force(plans, datetime(2025, 5, 20, 12, 0, 1)) is v3


def test_weights_for_a_seventy_thirty_split_with_two_mains_and_two_assistants() -> None:
    rule = Rule(1, Target.LINE, rate_bp=1000, main_permille=700, assistant_permille=300)
    staff = [
        LineStaff(1, Role.MAIN),
        LineStaff(2, Role.MAIN),
        LineStaff(3, Role.ASSISTANT),
        LineStaff(4, Role.ASSISTANT),
    ]
    assert credit_shares(staff) == [500, 500, 0, 0]
    assert [weight_ppm(rule, staff, i) for i in range(4)] == [350_000, 350_000, 150_000, 150_000]
    # 30000 × 10 % = 3000 → 1050, 1050, 450, 450
    assert [line_amount(rule, s.role, 30000, 1, weight_ppm(rule, staff, i), 1000)
            for i, s in enumerate(staff)] == [1050, 1050, 450, 450]  # fmt: skip
    alone = [LineStaff(1, Role.MAIN)]
    assert weight_ppm(rule, alone, 0) == PPM


def test_a_fixed_assistant_and_a_fixed_rule() -> None:
    rule = Rule(1, Target.LINE, method=Method.FIXED, fixed_fen=1500,
                assistant_pay=AssistantPay.FIXED, assistant_fixed_fen=500)  # fmt: skip
    staff = [LineStaff(1, Role.MAIN), LineStaff(2, Role.ASSISTANT)]
    # main: ¥15 × 2; assistant ¥5 × 2
    assert line_amount(rule, Role.MAIN, 0, 2, weight_ppm(rule, staff, 0), 0) == 3000
    assert line_amount(rule, Role.ASSISTANT, 0, 2, weight_ppm(rule, staff, 1), 0) == 1000


def test_tiers_whole_month_and_marginal() -> None:
    whole = Rule(1, Target.LINE, tiers=TIERS, tier_mode=TierMode.WHOLE)
    marginal = Rule(1, Target.LINE, tiers=TIERS, tier_mode=TierMode.MARGINAL)
    # ¥15,000: 10 % either way = 150000
    assert tier_commission(whole, 1_500_000, 1_500_000 * PPM) == 150_000
    assert tier_commission(marginal, 1_500_000, 1_500_000 * PPM) == 150_000
    # ¥25,000: whole 15 % = 375000; marginal 2,000,000 × 10 % + 500,000 × 15 % = 275000
    assert tier_commission(whole, 2_500_000, 2_500_000 * PPM) == 375_000
    assert tier_commission(marginal, 2_500_000, 2_500_000 * PPM) == 275_000
    # Only ¥5,000 of the ¥25,000 under this rule: marginal at the month's average 11 % = 55000
    assert tier_commission(marginal, 2_500_000, 500_000 * PPM) == 55_000
    # A month below zero (refunds of an earlier month) pays back at the first rate.
    assert tier_commission(whole, -100_000, -100_000 * PPM) == -10_000
    assert marginal_numerator(marginal, 2_500_000) == 2_000_000 * 1000 + 500_000 * 1500


def test_bad_rules_are_refused() -> None:
    with pytest.raises(ValidationError):
        Rule(1, Target.CARD, basis=Basis.CONSUMPTION).check()  # a card sale consumes nothing
    with pytest.raises(ValidationError):
        Rule(1, Target.LINE, tiers=(RateTier(100, 1000),)).check()  # tiers start at 0
    with pytest.raises(ValidationError):
        Rule(1, Target.LINE, main_permille=800, assistant_permille=300).check()  # 110 %
    with pytest.raises(ValidationError):
        Rule(1, Target.LINE, rate_bp=10_001).check()
    with pytest.raises(ValidationError):
        Plan(1, date(2025, 1, 1), (Rule(1, Target.LINE), Rule(2, Target.LINE))).check()


def test_month_of() -> None:
    assert month_of(datetime(2025, 12, 31, 23, 59)) == "2025-12"


@given(st.integers(0, 10**9), st.integers(1, 50), st.lists(st.integers(1, 5), max_size=6))
def test_refunding_in_parts_takes_back_exactly_the_whole(
    full: int, qty: int, parts: list[int]
) -> None:
    left, taken = qty, 0
    for part in parts:
        after = max(0, left - part)
        taken += surviving_measure(full, qty, left) - surviving_measure(full, qty, after)
        left = after
    assert full - taken == surviving_measure(full, qty, left)
    if left == 0:
        assert taken == full


@given(st.integers(-(10**8), 10**8), st.lists(st.integers(0, 1000), min_size=1, max_size=5))
def test_credited_parts_add_up(amount: int, shares: list[int]) -> None:
    parts = credited(amount, shares)
    assert sum(parts) == (amount if any(shares) else 0)


@given(st.integers(1, 10**9))
def test_marginal_on_the_whole_month_is_the_sum_over_the_tiers(performance: int) -> None:
    rule = Rule(1, Target.LINE, tiers=TIERS, tier_mode=TierMode.MARGINAL)
    expected = round_half_up(marginal_numerator(rule, performance), 10_000)
    assert tier_commission(rule, performance, performance * PPM) == expected
