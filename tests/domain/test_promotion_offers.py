"""When, to what and to whom a promotion applies; coupon validity, state and codes."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from storecrm.domain.errors import ValidationError
from storecrm.domain.promotions.codes import clean_code, new_code, shown, well_formed
from storecrm.domain.promotions.offers import (
    Audience,
    CouponEventKind,
    CouponKind,
    CouponState,
    CouponTemplate,
    Promotion,
    PromotionKind,
    Targets,
    TopUpGift,
    When,
    coupon_state,
    parse_month_days,
    top_up_gift_for,
    weekday_mask,
)

WEDNESDAY = datetime(2026, 12, 9, 15, 0)  # 2026-12-09 is a Wednesday


def test_a_member_day_on_wednesdays_applies_on_wednesdays_only() -> None:
    when = When(weekdays=weekday_mask([2])).check()
    assert when.applies(WEDNESDAY)
    assert not when.applies(datetime(2026, 12, 10, 15, 0))
    assert not when.applies(datetime(2026, 12, 8, 15, 0))


def test_a_day_of_the_month_and_a_time_window_across_midnight() -> None:
    eighth = When(month_days=parse_month_days("8，18")).check()
    assert eighth.applies(datetime(2026, 12, 8, 9, 0))
    assert eighth.applies(datetime(2026, 12, 18, 9, 0))
    assert not eighth.applies(datetime(2026, 12, 9, 9, 0))
    late = When(time_from=time(22, 0), time_to=time(2, 0)).check()
    assert late.applies(datetime(2026, 12, 8, 23, 30))
    assert late.applies(datetime(2026, 12, 9, 1, 59))
    assert not late.applies(datetime(2026, 12, 9, 2, 0))
    happy = When(time_from=time(14, 0), time_to=time(17, 0)).check()
    assert happy.applies(WEDNESDAY) and not happy.applies(datetime(2026, 12, 9, 17, 0))


def test_dates_bound_a_promotion() -> None:
    when = When(starts_on=date(2026, 12, 1), ends_on=date(2026, 12, 31))
    assert when.applies(datetime(2026, 12, 31, 23, 59))
    assert not when.applies(datetime(2027, 1, 1, 0, 0))
    with pytest.raises(ValidationError):
        When(starts_on=date(2026, 12, 2), ends_on=date(2026, 12, 1)).check()
    with pytest.raises(ValidationError):
        parse_month_days("8,32")


def test_audience_members_and_tiers() -> None:
    promo = Promotion(1, "会员日", PromotionKind.PERCENT_OFF, permille=880)
    assert promo.for_customer(None)
    members = Promotion(
        2, "会员", PromotionKind.PERCENT_OFF, permille=880, audience=Audience.MEMBERS
    )
    assert not members.for_customer(None) and members.for_customer(3)
    gold = Promotion(
        3,
        "金卡",
        PromotionKind.PERCENT_OFF,
        permille=880,
        audience=Audience.TIERS,
        tier_ids=frozenset({2}),
    )
    assert gold.for_customer(2) and not gold.for_customer(1)


def test_a_promotion_that_makes_no_sense_is_refused() -> None:
    with pytest.raises(ValidationError):
        Promotion(
            1, "满100减120", PromotionKind.AMOUNT_OFF, threshold_fen=10000, off_fen=12000
        ).check()
    with pytest.raises(ValidationError):
        Promotion(1, "第一件半价", PromotionKind.NTH_ITEM, buy_qty=1, permille=500).check()
    with pytest.raises(ValidationError):
        Promotion(1, "", PromotionKind.PERCENT_OFF, permille=900).check()


def test_targets_cover_items_and_categories() -> None:
    assert Targets().covers(None, "")
    targets = Targets(item_ids=frozenset({7}), categories=frozenset({"洗护"}))
    assert targets.covers(7, "染发") and targets.covers(8, "洗护") and not targets.covers(8, "")


def test_coupon_validity_fixed_or_days_from_issue() -> None:
    days = CouponTemplate(1, "券", CouponKind.VOUCHER, off_fen=1000, valid_days=30).check()
    assert days.validity(date(2026, 12, 7)) == (date(2026, 12, 7), date(2027, 1, 5))
    fixed = CouponTemplate(
        2,
        "券",
        CouponKind.VOUCHER,
        off_fen=1000,
        valid_from=date(2026, 12, 10),
        valid_to=date(2026, 12, 31),
    ).check()
    assert fixed.validity(date(2026, 12, 7)) == (date(2026, 12, 10), date(2026, 12, 31))
    with pytest.raises(ValidationError):
        CouponTemplate(3, "券", CouponKind.VOUCHER, off_fen=1000).check()  # no validity
    with pytest.raises(ValidationError):
        CouponTemplate(
            4, "满50减60", CouponKind.AMOUNT_OFF, min_spend_fen=5000, off_fen=6000, valid_days=9
        ).check()


def test_coupon_state_comes_from_the_last_event_and_the_dates() -> None:
    start, end = date(2026, 12, 1), date(2026, 12, 31)
    assert (
        coupon_state(CouponEventKind.ISSUED, start, end, date(2026, 12, 31)) is CouponState.USABLE
    )
    assert coupon_state(CouponEventKind.ISSUED, start, end, date(2027, 1, 1)) is CouponState.EXPIRED
    assert (
        coupon_state(CouponEventKind.ISSUED, start, end, date(2026, 11, 30)) is CouponState.NOT_YET
    )
    assert (
        coupon_state(CouponEventKind.REDEEMED, start, end, date(2026, 12, 5))
        is CouponState.REDEEMED
    )
    assert (
        coupon_state(CouponEventKind.RETURNED, start, end, date(2026, 12, 5)) is CouponState.USABLE
    )
    assert coupon_state(CouponEventKind.VOIDED, start, end, date(2026, 12, 5)) is CouponState.VOIDED


def test_codes_carry_a_check_character() -> None:
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert well_formed(code)
        assert clean_code(shown(code).lower()) == code
    code = next(iter(codes))
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    assert not well_formed(wrong)
    assert clean_code(" ab-cd io ") == "ABCD10"


def test_the_highest_top_up_gift_reached_applies() -> None:
    gifts = [
        TopUpGift(1, "充500", 50000, bonus_fen=5000),
        TopUpGift(2, "充1000", 100000, bonus_fen=10000, points=500, card_plan_id=3),
        TopUpGift(3, "停用", 60000, bonus_fen=9000, active=False),
    ]
    assert top_up_gift_for(99999, gifts, date(2026, 12, 7)) == gifts[0]
    assert top_up_gift_for(100000, gifts, date(2026, 12, 7)) == gifts[1]
    assert top_up_gift_for(49999, gifts, date(2026, 12, 7)) is None
    with pytest.raises(ValidationError):
        TopUpGift(4, "空", 10000).check()
