"""Promotions, coupons and top-up gifts on a real store (issue 20's Done-when, hand-computed).

The shop is ``test_sales.stock``: 剪发 ¥88.00, 洗发水 ¥120.00, 烫发 ¥333.00 (not discountable),
体验卡 (one cut); 金卡 pays 88 %. The clock is Saturday 2025-05-10 10:00.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.domain.membership import InsufficientBalance
from storecrm.domain.promotions.codes import shown
from storecrm.domain.promotions.engine import Refusal
from storecrm.domain.promotions.offers import (
    CouponKind,
    CouponState,
    CouponTemplate,
    Promotion,
    PromotionKind,
    TopUpGift,
    When,
)
from storecrm.services import customers, membership, sales
from storecrm.services.dto import LineDraft, SaleDraft, SaleInfo, SaleQuote
from storecrm.services.promotions import catalogue, coupons, till
from storecrm.services.session import StoreContext
from tests.services.test_report_summaries import assert_summaries_match
from tests.services.test_sales import Clock, Shop, fake_clock, item, member, pay, quote, stock


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return fake_clock(monkeypatch)


@pytest.fixture
def shop(owner: StoreContext) -> Shop:
    return stock(owner)


MANJIAN_ALONE = Promotion(
    0, "满300减50", PromotionKind.AMOUNT_OFF, threshold_fen=30000, off_fen=5000,
    with_tier=False, with_others=False,
)  # fmt: skip
MANJIAN_200 = Promotion(0, "满200减20", PromotionKind.AMOUNT_OFF, threshold_fen=20000, off_fen=2000)
COUPON_150 = CouponTemplate(
    0, "满150减15券", CouponKind.AMOUNT_OFF, min_spend_fen=15000, off_fen=1500, valid_days=30
)


def sell(
    ctx: StoreContext,
    customer: int | None,
    lines: tuple[LineDraft, ...],
    codes: tuple[str, ...] = (),
    **methods: int,
) -> SaleInfo:
    return ctx.call(
        sales.record_sale, SaleDraft(customer, lines, pay(**methods), coupon_codes=codes)
    )


def draft_quote(
    ctx: StoreContext,
    customer: int | None,
    lines: tuple[LineDraft, ...],
    codes: tuple[str, ...] = (),
) -> SaleQuote:
    return ctx.call(sales.quote_sale, SaleDraft(customer, lines, (), coupon_codes=codes))


def give(ctx: StoreContext, template: CouponTemplate, customer: int) -> str:
    saved = ctx.call(catalogue.save_template, template)
    return ctx.call(coupons.issue_coupons, saved.id, [customer]).issued[0].code


def test_the_tier_discount_loses_to_a_better_non_combinable_manjian(
    owner: StoreContext, shop: Shop, now: Clock
) -> None:
    zhang = member(owner, "张三", "13812345678")
    owner.call(membership.set_member_tier, zhang, shop.gold)
    owner.call(catalogue.save_promotion, MANJIAN_ALONE)
    lines = (item(shop.cut), item(shop.shampoo, 2))
    # 金卡 takes ¥39.36 off ¥328; 满300减50 (not with the tier) takes ¥50: it wins.
    q = draft_quote(owner, zhang, lines)
    assert not q.tier_applied
    assert [(s.name, s.amount_fen) for s in q.savings] == [("满300减50", 5000)]
    assert q.total_fen == 27800
    # ¥50 over ¥88 and ¥240: 1341.46… and 3658.53…, the larger remainder gets the fen.
    assert [x.amount_fen for x in q.lines] == [7459, 20341]
    sale = sell(owner, zhang, lines, wechat=27800)
    assert (sale.total_fen, sale.discount_fen) == (27800, 5000)
    assert [(s.name, s.amount_fen, s.line_shares) for s in sale.savings] == [
        ("满300减50", 5000, (1341, 3659))
    ]
    assert [x.amount_fen for x in sale.lines] == [7459, 20341]
    # A smaller sale: the tier discount (¥10.56 off ¥88) is all there is.
    q = draft_quote(owner, zhang, (item(shop.cut),))
    assert q.tier_applied and q.savings == () and q.total_fen == 7744


def test_manjian_and_a_coupon_stack_and_a_refund_returns_the_coupon(
    owner: StoreContext, shop: Shop, now: Clock
) -> None:
    li = member(owner, "李四", "13900001111")
    owner.call(catalogue.save_promotion, MANJIAN_200)
    code = give(owner, COUPON_150, li)
    lines = (item(shop.shampoo, 2),)
    # ¥240 − 满200减20 = ¥220 ≥ ¥150: the coupon takes ¥15 more: ¥205.
    q = draft_quote(owner, li, lines, (code,))
    assert [(s.source, s.name, s.amount_fen) for s in q.savings] == [
        ("promotion", "满200减20", 2000),
        ("coupon", "满150减15券", 1500),
    ]
    assert q.total_fen == 20500 and q.coupon_refusals == ()
    sale = sell(owner, li, lines, (code,), wechat=20500)
    assert sale.total_fen == 20500
    assert [c.code for c in owner.call(coupons.wallet, li)] == []
    # Used: refused on the next sale with the reason.
    again = draft_quote(owner, li, lines, (code,))
    assert [(r.reason, r.code) for r in again.coupon_refusals] == [(Refusal.REDEEMED, code)]
    assert again.total_fen == 22000
    # The whole sale refunded: the coupon is usable again (the owner's default).
    now.advance(hours=1)
    owner.call(sales.refund_sale, sale.sale_id, None, "退货")
    (back,) = owner.call(coupons.wallet, li)
    assert (back.code, back.state) == (code, CouponState.USABLE)
    # With the setting off, a refund keeps the coupon used.
    owner.call(till.set_returns_on_refund, False)
    sale = sell(owner, li, lines, (code,), wechat=20500)
    owner.call(sales.refund_sale, sale.sale_id, None, "退货")
    assert owner.call(coupons.wallet, li) == []


def test_a_partial_refund_keeps_the_coupon_used(
    owner: StoreContext, shop: Shop, now: Clock
) -> None:
    li = member(owner, "李四", "13900001111")
    code = give(owner, COUPON_150, li)
    sale = sell(owner, li, (item(shop.shampoo, 2),), (code,), wechat=22500)
    line = sale.lines[0]
    refund = owner.call(sales.refund_sale, sale.sale_id, {line.line_id: 1}, "退一瓶")
    assert refund.total_fen == -11250  # half of what was paid for the two
    assert owner.call(coupons.wallet, li) == []


def test_a_coupon_below_its_minimum_spend_is_refused_with_the_reason_and_kept(
    owner: StoreContext, shop: Shop, now: Clock
) -> None:
    li = member(owner, "李四", "13900001111")
    code = give(owner, COUPON_150, li)
    q = draft_quote(owner, li, (item(shop.cut),), (code,))
    (refused,) = q.coupon_refusals
    assert (refused.reason, refused.min_spend_fen, refused.base_fen) == (
        Refusal.MIN_SPEND, 15000, 8800,
    )  # fmt: skip
    sale = sell(owner, li, (item(shop.cut),), (code,), cash=8800)
    assert sale.savings == () and sale.total_fen == 8800
    assert [c.code for c in owner.call(coupons.wallet, li)] == [code]


def test_foreign_unknown_and_expired_coupons_are_refused(
    owner: StoreContext, shop: Shop, now: Clock
) -> None:
    li = member(owner, "李四", "13900001111")
    wang = member(owner, "王五", "13900002222")
    code = give(owner, COUPON_150, li)
    lines = (item(shop.shampoo, 2),)
    q = draft_quote(owner, wang, lines, (code, "ABCD-EFGH-JKM"))
    assert [r.reason for r in q.coupon_refusals] == [Refusal.UNKNOWN, Refusal.FOREIGN]
    with pytest.raises(ValidationError) as raised:
        owner.call(coupons.find_coupon, "ABCD-EFGH-JKM")
    assert (raised.value.field, raised.value.code) == ("coupon", "unknown")
    assert owner.call(coupons.find_coupon, shown(code).lower()).code == code
    now.advance(days=30)
    q = draft_quote(owner, li, lines, (code,))
    assert [r.reason for r in q.coupon_refusals] == [Refusal.EXPIRED]


def test_a_top_up_gift_is_given_and_reversed_on_refund(
    owner: StoreContext, shop: Shop, now: Clock
) -> None:
    zhao = member(owner, "赵六", "13900003333")
    template = owner.call(catalogue.save_template, COUPON_150)
    owner.call(
        catalogue.save_top_up_gift,
        TopUpGift(
            0,
            "充1000送",
            100000,
            bonus_fen=10000,
            card_plan_id=shop.trial,
            points=500,
            coupon_template_id=template.id,
            coupon_qty=2,
        ),  # fmt: skip
    )
    top = owner.call(membership.top_up, zhao, 100000, "wechat")
    after = owner.call(membership.member_summary, zhao).balances
    # The bonus rule's ¥150 and the gift's ¥100; 500 points; the 体验卡; two coupons.
    assert (after.principal_fen, after.bonus_fen, after.points) == (100000, 25000, 500)
    assert [(c.name, c.sessions_left) for c in after.cards] == [("体验卡", 1)]
    assert len(owner.call(coupons.wallet, zhao)) == 2
    now.advance(hours=1)
    owner.call(sales.refund_sale, top.sale_id, None, "不充了")
    back = owner.call(membership.member_summary, zhao).balances
    assert (back.principal_fen, back.bonus_fen, back.points) == (0, 0, 0)
    assert [c.status for c in back.cards] == ["refunded"]
    assert owner.call(coupons.wallet, zhao) == []


def test_points_buy_a_coupon(owner: StoreContext, shop: Shop, now: Clock) -> None:
    zhang = member(owner, "张三", "13812345678")
    template = owner.call(
        catalogue.save_template,
        CouponTemplate(
            0, "积分兑10元", CouponKind.VOUCHER, off_fen=1000, valid_days=60, points_price=300
        ),  # fmt: skip
    )
    with pytest.raises(InsufficientBalance):
        owner.call(coupons.buy_with_points, zhang, template.id)
    sell(owner, zhang, (item(shop.shampoo, 3),), wechat=36000)  # 360 points
    bought = owner.call(coupons.buy_with_points, zhang, template.id)
    assert bought.valid_to == date(2025, 5, 10) + timedelta(days=59)
    assert owner.call(membership.member_summary, zhang).balances.points == 60
    entries = owner.call(membership.ledger, zhang)
    assert any(e.kind == "coupon" and e.delta == -300 for e in entries)


def test_a_cashier_may_not_change_promotions_and_is_audited(
    cashier: StoreContext,
) -> None:
    with pytest.raises(PermissionDenied):
        cashier.call(catalogue.save_promotion, MANJIAN_200)
    with cashier._store.unit_of_work() as uow:  # noqa: SLF001 - a cashier may not read the log
        row = uow.audit.recent(1)[0]
    assert (row["action"], row["outcome"]) == ("promotion_save", "denied")


def test_a_promotion_with_a_period_and_a_template_with_fixed_dates_are_saved_and_audited(
    owner: StoreContext,
) -> None:
    """The audit detail is JSON: the dates go in as ISO text (a date used to fail the save)."""
    first = date(2026, 10, 1)
    saved = owner.call(
        catalogue.save_promotion,
        replace(MANJIAN_200, when=When(starts_on=first, ends_on=first + timedelta(days=6))),
    )
    assert (saved.when.starts_on, saved.when.ends_on) == (first, date(2026, 10, 7))
    template = owner.call(
        catalogue.save_template,
        replace(COUPON_150, valid_days=None, valid_from=first, valid_to=date(2026, 12, 31)),
    )
    assert template.valid_to == date(2026, 12, 31)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - reading the audit log
        details = [row["detail"] for row in uow.audit.recent(2)]
    assert any('"ends_on": "2026-10-07"' in d for d in details)
    assert any('"valid_to": "2026-12-31"' in d for d in details)


def test_the_coupon_export_and_the_reports(
    owner: StoreContext, shop: Shop, now: Clock, tmp_path: Path
) -> None:
    li = owner.call(
        customers.create_customer,
        CustomerDraft(name="李四", phone="13900001111", marketing_consent=True),
    ).customer_id
    wang = member(owner, "王五", "13900002222")  # no consent to marketing: left out
    template = owner.call(catalogue.save_template, COUPON_150)
    issued = owner.call(coupons.issue_coupons, template.id, [li, wang], source="bulk").issued
    path = tmp_path / "coupons.xlsx"
    written = owner.call(
        coupons.export_coupons, path, [c.coupon_id for c in issued],
        message="【{store}】{name}：{coupon} {code}", store_name="小美发屋",
    )  # fmt: skip
    assert (written.rows, written.skipped_no_consent) == (1, 1)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - the log as it is kept
        assert "coupon_export" in [str(r["action"]) for r in uow.audit.recent(5)]
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) == 2
    assert rows[0][:3] == ("券码", "顾客", "手机")
    assert rows[1][0] == shown(issued[0].code) and rows[1][2] == "13900001111"
    assert rows[1][7] == f"【小美发屋】李四：满150减15券 {shown(issued[0].code)}"
    # Liability: two coupons of ¥15, expiring 2025-06-08 (not this month).
    owed = owner.call(coupons.coupon_liability)
    assert (owed.count, owed.face_fen, owed.expiring_count) == (2, 3000, 0)
    owner.call(catalogue.save_promotion, MANJIAN_200)
    sell(owner, li, (item(shop.shampoo, 2),), (issued[0].code,), wechat=20500)
    owed = owner.call(coupons.coupon_liability)
    assert (owed.count, owed.face_fen) == (1, 1500)
    cost = owner.call(coupons.promotion_cost, date(2025, 5, 1), date(2025, 5, 31))
    assert [(r.source, r.name, r.sales, r.amount_fen) for r in cost.rows] == [
        ("promotion", "满200减20", 1, 2000),
        ("coupon", "满150减15券", 1, 1500),
    ]


def test_a_per_customer_limit_skips_those_who_have_enough(
    owner: StoreContext, shop: Shop, now: Clock
) -> None:
    li = member(owner, "李四", "13900001111")
    template = owner.call(
        catalogue.save_template,
        CouponTemplate(0, "新客券", CouponKind.VOUCHER, off_fen=500, valid_days=9, per_customer=1),
    )
    owner.call(coupons.issue_coupons, template.id, [li])
    again = owner.call(coupons.issue_coupons, template.id, [li])
    assert again.issued == () and again.over_limit == (li,)


def test_unchanged_sales_without_promotions(owner: StoreContext, shop: Shop) -> None:
    q = quote(owner, None, (item(shop.cut),))
    assert q.savings == () and q.total_fen == 8800 and q.tier_applied


def test_savings_coupons_and_gifts_keep_the_ledgers_and_the_summaries_equal_to_the_rows(
    owner: StoreContext, shop: Shop, now: Clock
) -> None:
    """Savings sit within the lines' discount, so the report summaries (0012) and
    ``storecrm check`` still add up; each coupon use is audited once."""
    zhang = member(owner, "张三", "13812345678")
    owner.call(membership.set_member_tier, zhang, shop.gold)
    owner.call(catalogue.save_promotion, MANJIAN_200)
    owner.call(
        catalogue.save_promotion,
        Promotion(0, "第二件半价", PromotionKind.NTH_ITEM, buy_qty=2, permille=500),
    )
    template = owner.call(catalogue.save_template, COUPON_150)
    owner.call(
        catalogue.save_top_up_gift,
        TopUpGift(0, "充500送", 50000, points=200, coupon_template_id=template.id, coupon_qty=1),
    )
    top = owner.call(membership.top_up, zhang, 50000, "cash")
    code = owner.call(coupons.wallet, zhang)[0].code
    lines = (item(shop.cut), item(shop.shampoo, 3), item(shop.perm))
    q = draft_quote(owner, zhang, lines, (code,))
    assert {s.name for s in q.savings} == {"第二件半价", "满200减20", "满150减15券"}
    assert sum(x.amount_fen for x in q.lines) == q.total_fen
    sale = sell(owner, zhang, lines, (code,), wechat=q.total_fen)
    assert sale.total_fen == q.total_fen and sum(x.amount_fen for x in sale.lines) == q.total_fen
    now.advance(hours=2)
    owner.call(sales.refund_sale, sale.sale_id, {sale.lines[1].line_id: 2}, "退两瓶")
    owner.call(sales.refund_sale, top.sale_id, None, "不充了")
    assert assert_summaries_match(owner) > 0
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - the check's own unit
        report = membership.check_ledgers(uow, None)
        actions = [str(r["action"]) for r in uow.audit.recent(40)]
    assert report.ok, report.mismatches
    assert actions.count("coupon_redeem") == 1 and "top_up_gift" in actions
