"""The till's best-offer choice, hand-computed (issue 20's Done-when), and its invariants."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from storecrm.domain.promotions.engine import (
    CartLine,
    Offer,
    Refusal,
    SavingSource,
    best_offer,
    wallet_check,
)
from storecrm.domain.promotions.offers import (
    Audience,
    Coupon,
    CouponEventKind,
    CouponKind,
    CouponTemplate,
    Promotion,
    PromotionKind,
    Targets,
    When,
    weekday_mask,
)

WEDNESDAY = datetime(2026, 12, 9, 15, 0)
THURSDAY = datetime(2026, 12, 10, 15, 0)
TODAY = WEDNESDAY.date()
CUSTOMER = 42


def item(item_id: int, unit_fen: int, qty: int = 1, category: str = "") -> CartLine:
    return CartLine(item_id, category, qty, unit_fen, True)


def coupon(template: CouponTemplate, cid: int = 1, **kw: object) -> Coupon:
    values: dict[str, object] = {
        "valid_from": date(2026, 12, 1),
        "valid_to": date(2026, 12, 31),
        "customer_id": CUSTOMER,
        "last_event": CouponEventKind.ISSUED,
    } | kw
    return Coupon(id=cid, code=f"C{cid}", template=template, **values)  # type: ignore[arg-type]


def offer(
    lines: list[CartLine],
    promos: list[Promotion],
    coupons: Sequence[Coupon] = (),
    *,
    tier: int = 1000,
    tier_id: int | None = None,
    at: datetime = WEDNESDAY,
) -> Offer:
    return best_offer(
        lines, tier_permille=tier, customer_id=CUSTOMER, tier_id=tier_id, moment=at,
        promotions=promos, coupons=coupons,
    )  # fmt: skip


MANJIAN_ALONE = Promotion(
    1, "满300减50", PromotionKind.AMOUNT_OFF, threshold_fen=30000, off_fen=5000,
    with_tier=False, with_others=False,
)  # fmt: skip


def test_tier_discount_against_a_non_combinable_manjian_the_better_wins() -> None:
    # ¥300 at 9折 takes ¥30 off; 满300减50 takes ¥50 off but not with the tier: 满减 wins.
    small = offer([item(1, 10000, 3)], [MANJIAN_ALONE], tier=900, tier_id=1)
    assert not small.tier_applied
    assert [(s.name, s.amount_fen) for s in small.savings] == [("满300减50", 5000)]
    assert small.line_amounts == (25000,)
    # ¥600 at 9折 takes ¥60 off, more than ¥50: the tier discount wins, no promotion.
    big = offer([item(1, 20000, 3)], [MANJIAN_ALONE], tier=900, tier_id=1)
    assert big.tier_applied and big.savings == () and big.tier_fen == 6000
    assert big.line_amounts == (54000,)


def test_manjian_and_a_coupon_stack_where_allowed() -> None:
    promo = Promotion(2, "满200减20", PromotionKind.AMOUNT_OFF, threshold_fen=20000, off_fen=2000)
    template = CouponTemplate(
        7, "满150减15券", CouponKind.AMOUNT_OFF, min_spend_fen=15000, off_fen=1500, valid_days=30
    )
    lines = [item(1, 15000), item(2, 10000)]
    got = offer(lines, [promo], [coupon(template)])
    # 满减 ¥20 over ¥150 + ¥100: ¥12 + ¥8; then the coupon on ¥138 + ¥92 = ¥230: ¥9 + ¥6.
    assert [(s.source, s.amount_fen, s.line_shares) for s in got.savings] == [
        (SavingSource.PROMOTION, 2000, (1200, 800)),
        (SavingSource.COUPON, 1500, (900, 600)),
    ]
    assert got.line_amounts == (12900, 8600) and got.refused == ()
    # A coupon that does not combine with promotions: the better of the two, the other named.
    alone = CouponTemplate(
        8, "满150减15券", CouponKind.AMOUNT_OFF, min_spend_fen=15000, off_fen=1500, valid_days=30,
        with_promotions=False,
    )  # fmt: skip
    got = offer(lines, [promo], [coupon(alone)])
    assert [s.amount_fen for s in got.savings] == [2000]
    assert [r.reason for r in got.refused] == [Refusal.NOT_COMBINABLE]


def test_second_unit_half_price_on_three_units() -> None:
    promo = Promotion(3, "第二件半价", PromotionKind.NTH_ITEM, buy_qty=2, permille=500)
    got = offer([item(5, 3000, 3)], [promo])
    # Three units at ¥30: one second unit, ¥15 off.
    assert [(s.name, s.amount_fen) for s in got.savings] == [("第二件半价", 1500)]
    assert got.line_amounts == (7500,)
    # The same units over two lines of the item: ¥15 off shared ¥10 / ¥5.
    split = offer([item(5, 3000, 2), item(5, 3000, 1)], [promo])
    assert split.savings[0].line_shares == (1000, 500)
    # With a 9折 tier: ¥81 left, one unit of three half price: ¥13.50.
    tiered = offer([item(5, 3000, 3)], [promo], tier=900, tier_id=1)
    assert tiered.tier_fen == 900 and tiered.savings[0].amount_fen == 1350


def test_member_day_on_the_right_weekday_only() -> None:
    member_day = Promotion(
        4, "周三会员日 8.8折", PromotionKind.PERCENT_OFF, permille=880,
        audience=Audience.MEMBERS, when=When(weekdays=weekday_mask([2])), with_tier=False,
    )  # fmt: skip
    lines = [item(1, 10000)]
    wed = offer(lines, [member_day], tier=950, tier_id=1)
    assert not wed.tier_applied and wed.savings[0].amount_fen == 1200
    thu = offer(lines, [member_day], tier=950, tier_id=1, at=THURSDAY)
    assert thu.tier_applied and thu.savings == () and thu.tier_fen == 500
    walk_in = offer(lines, [member_day], tier_id=None)
    assert walk_in.savings == ()


def test_a_coupon_below_its_minimum_spend_is_refused_with_the_reason() -> None:
    template = CouponTemplate(
        9, "满100减10券", CouponKind.AMOUNT_OFF, min_spend_fen=10000, off_fen=1000, valid_days=30
    )
    got = offer([item(1, 8000)], [], [coupon(template)])
    assert got.savings == ()
    (refused,) = got.refused
    assert (refused.reason, refused.min_spend_fen, refused.base_fen) == (
        Refusal.MIN_SPEND, 10000, 8000,
    )  # fmt: skip


def test_expired_used_foreign_and_repeated_coupons_are_refused() -> None:
    template = CouponTemplate(10, "代金券", CouponKind.VOUCHER, off_fen=500, valid_days=30)
    other = CouponTemplate(11, "代金券二", CouponKind.VOUCHER, off_fen=500, valid_days=30)
    coupons = [
        coupon(template, 1, valid_to=date(2026, 12, 8)),
        coupon(template, 2, last_event=CouponEventKind.REDEEMED),
        coupon(template, 3, customer_id=7),
        coupon(template, 4),
        coupon(template, 5),
        coupon(other, 6, last_event=CouponEventKind.RETURNED),
    ]
    got = offer([item(1, 8000)], [], coupons)
    assert [(r.coupon_id, r.reason) for r in got.refused] == [
        (1, Refusal.EXPIRED), (2, Refusal.REDEEMED), (3, Refusal.FOREIGN),
        (5, Refusal.SAME_TEMPLATE),
    ]  # fmt: skip
    assert got.coupon_ids == (4, 6) and got.savings_fen == 1000


def test_repeatable_manjian_on_a_category_and_buy_two_get_one() -> None:
    every = Promotion(
        5, "洗护每满100减10", PromotionKind.AMOUNT_OFF, threshold_fen=10000, off_fen=1000,
        repeatable=True, targets=Targets(categories=frozenset({"洗护"})),
    )  # fmt: skip
    lines = [item(1, 12000, 2, "洗护"), item(2, 5000, 1, "染发")]
    got = offer(lines, [every])
    assert got.savings[0].amount_fen == 2000 and got.savings[0].line_shares == (2000, 0)
    b2g1 = Promotion(6, "买二送一", PromotionKind.BUY_GET, buy_qty=2, free_qty=1)
    got = offer([item(3, 2000, 7)], [b2g1])
    assert got.savings[0].amount_fen == 4000  # two groups of three: two units free


def test_a_gift_for_a_threshold_and_the_hint_when_it_is_missing() -> None:
    gift = Promotion(7, "满200送护发素", PromotionKind.GIFT, threshold_fen=20000, gift_item_id=9)
    hint = offer([item(1, 20000)], [gift])
    assert hint.savings == () and [h.item_id for h in hint.gift_hints] == [9]
    given_ = offer([item(1, 20000), item(9, 3500)], [gift])
    assert given_.savings[0].line_shares == (0, 3500) and given_.line_amounts == (20000, 0)
    short = offer([item(1, 19999), item(9, 3500)], [gift])  # the gift does not count
    assert short.savings == ()


def test_equal_savings_are_broken_by_priority_then_id() -> None:
    a = Promotion(20, "A", PromotionKind.PERCENT_OFF, permille=900, with_others=False)
    b = Promotion(21, "B", PromotionKind.PERCENT_OFF, permille=900, with_others=False, priority=5)
    c = Promotion(19, "C", PromotionKind.PERCENT_OFF, permille=900, with_others=False)
    assert [s.ref_id for s in offer([item(1, 10000)], [a, b, c]).savings] == [21]
    assert [s.ref_id for s in offer([item(1, 10000)], [c, a]).savings] == [19]
    assert [s.ref_id for s in offer([item(1, 10000)], [a, c]).savings] == [19]


def test_a_coupon_that_adds_nothing_is_kept() -> None:
    template = CouponTemplate(
        12, "九折券", CouponKind.PERCENT_OFF, permille=900, max_off_fen=0, valid_days=30
    )
    got = offer([item(1, 10000)], [], [coupon(template)])
    assert got.savings == () and [r.reason for r in got.refused] == [Refusal.NOT_COMBINABLE]


def test_cards_and_sessions_take_no_part() -> None:
    promo = Promotion(8, "全场8折", PromotionKind.PERCENT_OFF, permille=800)
    card = CartLine(None, "", 1, 50000, False)
    got = offer([card, item(1, 10000)], [promo])
    assert got.line_amounts == (50000, 8000)


def test_the_wallet_says_which_coupons_could_apply() -> None:
    need = CouponTemplate(
        13, "满100减10", CouponKind.AMOUNT_OFF, min_spend_fen=10000, off_fen=1000, valid_days=9
    )
    swap = CouponTemplate(14, "洗发兑换券", CouponKind.ITEM, item_id=77, valid_days=9)
    found = wallet_check([item(1, 8000)], [coupon(need, 1), coupon(swap, 2)], CUSTOMER, TODAY)
    assert found[1] is not None and found[1].reason is Refusal.MIN_SPEND
    assert found[2] is not None and found[2].reason is Refusal.ITEM_MISSING
    assert wallet_check([item(1, 10000), item(77, 2500)], [coupon(swap, 2)], CUSTOMER, TODAY) == {
        2: None
    }


KINDS = [
    Promotion(1, "p1", PromotionKind.AMOUNT_OFF, threshold_fen=5000, off_fen=700, repeatable=True),
    Promotion(2, "p2", PromotionKind.PERCENT_OFF, permille=850, with_tier=False),
    Promotion(3, "p3", PromotionKind.NTH_ITEM, buy_qty=2, permille=500),
    Promotion(4, "p4", PromotionKind.BUY_GET, buy_qty=1, free_qty=1, with_others=False),
    Promotion(
        5,
        "p5",
        PromotionKind.AMOUNT_OFF,
        threshold_fen=3000,
        off_fen=3000,
        targets=Targets(categories=frozenset({"a"})),
    ),  # fmt: skip
]
VOUCHER = CouponTemplate(30, "v", CouponKind.VOUCHER, off_fen=100_000, valid_days=9)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 4),
            st.sampled_from(["a", "b"]),
            st.integers(1, 5),
            st.integers(0, 20000),
            st.booleans(),
        ),  # fmt: skip
        min_size=1,
        max_size=6,
    ),
    st.sampled_from([800, 950, 1000]),
    st.booleans(),
)
def test_every_share_adds_up_and_nothing_goes_below_zero(
    raw: list[tuple[int, str, int, int, bool]], tier: int, with_coupon: bool
) -> None:
    lines = [CartLine(i, c, q, u, d) for i, c, q, u, d in raw]
    got = offer(lines, KINDS, [coupon(VOUCHER)] if with_coupon else [], tier=tier, tier_id=1)
    again = offer(lines, list(reversed(KINDS)), [coupon(VOUCHER)] if with_coupon else [],
                  tier=tier, tier_id=1)  # fmt: skip
    assert got == again  # the order promotions come in changes nothing
    for s in got.savings:
        assert sum(s.line_shares) == s.amount_fen > 0
    for i, line in enumerate(lines):
        paid = line.list_fen - got.line_tier[i] - got.line_savings(i)
        assert paid == got.line_amounts[i] >= 0
        if not line.discountable:
            assert paid == line.list_fen
    # Never worse than the tier discount alone.
    tier_only = sum(x.list_fen - (x.list_fen * tier + 500) // 1000 for x in lines if x.discountable)
    assert got.total_off_fen >= tier_only
