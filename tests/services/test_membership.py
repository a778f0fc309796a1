"""Membership services on a real encrypted store: rules and tiers, withdrawals, gifts for points,
points expiry, merging members with balances, and who may do what.

The shop and the helpers are those of ``test_sales`` (figures by hand in the comments).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.domain.membership import (
    Account,
    InsufficientBalance,
    MembershipRules,
    PointsExpiry,
    Tier,
    TopUpBonus,
)
from storecrm.services import catalogue, customers, membership, sales
from storecrm.services.dto import ItemDraft, PaymentInfo
from storecrm.services.session import StoreContext
from tests.services.test_sales import (
    RULES,
    Clock,
    Shop,
    amount,
    bal,
    card,
    cashier_in_shop,
    check_ok,
    fake_clock,
    item,
    ledger_rows,
    member,
    money,
    pay,
    quote,
    sell,
    stock,
    use,
)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return fake_clock(monkeypatch)


@pytest.fixture
def shop(owner: StoreContext) -> Shop:
    return stock(owner)


@pytest.fixture
def cashier_shop(store_dir: Path) -> Iterator[tuple[StoreContext, Shop]]:
    yield from cashier_in_shop(store_dir)


EXPIRING = MembershipRules(
    top_up_bonuses=RULES.top_up_bonuses,
    refund_approval_fen=RULES.refund_approval_fen,
    points_expiry=PointsExpiry.END_OF_NEXT_YEAR,
)


# -- rules and tiers -----------------------------------------------------------------------------
def test_rules_are_kept_sorted_and_checked(owner: StoreContext) -> None:
    rules = owner.call(
        membership.set_rules,
        MembershipRules(
            points_per_yuan=2,
            top_up_bonuses=(TopUpBonus(100000, 15000), TopUpBonus(50000, 5000)),
        ),
    )
    assert [b.min_fen for b in rules.top_up_bonuses] == [50000, 100000]
    assert owner.call(membership.get_rules) == rules
    with pytest.raises(ValidationError):
        owner.call(membership.set_rules, MembershipRules(points_per_yuan=-1))
    assert owner.call(membership.get_rules) == rules  # a refused change leaves the rules alone


def test_tier_names_are_unique_and_a_tier_may_be_set_by_hand(
    owner: StoreContext, shop: Shop
) -> None:
    with pytest.raises(ValidationError) as err:
        owner.call(membership.save_tier, Tier(0, " 金卡 ", 5))
    assert err.value.code == "taken"
    zhang = member(owner, "张三", "13812345678")
    owner.call(membership.top_up, zhang, 100000, "cash")  # gold
    owner.call(membership.set_member_tier, zhang, shop.silver, "店长调整")
    summary = owner.call(membership.member_summary, zhang)
    assert (summary.tier_name, summary.discount_permille) == ("银卡", 950)
    events = [(e.kind, e.text) for e in owner.call(customers.timeline, zhang) if e.kind == "tier"]
    assert events == [("tier", "银卡 · 店长调整"), ("tier", "金卡")]
    # Rules lift the member again by themselves at the next qualifying top-up.
    owner.call(membership.top_up, zhang, 100000, "cash")
    assert owner.call(membership.member_summary, zhang).tier_name == "金卡"
    # A tier changed by the owner applies to the next sale.
    owner.call(membership.save_tier, Tier(shop.gold, "金卡", 2, 800, 1500, None, 100000))
    q = quote(owner, zhang, item(shop.cut), pay(cash=7040))
    assert (q.total_fen, q.discount_permille) == (7040, 800)  # 8800 × 0.8


def test_a_cashier_cannot_change_rules_tiers_prices_or_run_the_check(
    cashier_shop: tuple[StoreContext, Shop],
) -> None:
    ctx, shop_ = cashier_shop
    with pytest.raises(PermissionDenied):
        ctx.call(membership.set_rules, MembershipRules())
    with pytest.raises(PermissionDenied):
        ctx.call(membership.save_tier, Tier(0, "铂金", 3))
    with pytest.raises(PermissionDenied):
        ctx.call(catalogue.save_item, ItemDraft("剪发", 1, item_id=shop_.cut, kind="service"))
    with pytest.raises(PermissionDenied):
        ctx.call(membership.check_ledgers)
    li = member(ctx, "李四", "13700001111")
    with pytest.raises(PermissionDenied):
        ctx.call(membership.set_member_tier, li, shop_.gold)
    # What a cashier may do: sell, top up, give a gift.
    ctx.call(membership.top_up, li, 50000, "cash")
    assert ctx.call(membership.member_summary, li).balances.balance_fen == 55000


# -- withdrawals ---------------------------------------------------------------------------------
def test_a_withdrawal_pays_back_principal_only(owner: StoreContext, shop: Shop) -> None:
    qian = member(owner, "钱一", "13100007777")
    owner.call(membership.top_up, qian, 50000, "cash")  # + 5000 bonus
    with pytest.raises(InsufficientBalance) as err:  # 55000 in all, but only 50000 is money
        owner.call(membership.withdraw, qian, 50001, "cash", "退卡")
    assert (err.value.field, err.value.available, err.value.wanted) == ("principal", 50000, 50001)
    with pytest.raises(ValidationError) as verr:
        owner.call(membership.withdraw, qian, 100, "cash", " ")
    assert verr.value.field == "reason"
    with pytest.raises(ValidationError) as verr:
        owner.call(membership.withdraw, qian, 100, "stored_value", "退卡")
    assert verr.value.field == "method"
    with pytest.raises(ValidationError):
        owner.call(membership.withdraw, qian, 0, "cash", "退卡")
    out = owner.call(membership.withdraw, qian, 20000, "wechat", "退一部分")
    assert (out.kind, out.total_fen, out.payments) == (
        "withdrawal", -20000, (PaymentInfo("wechat", -20000, 0),)
    )  # fmt: skip
    assert money(out.balances_after) == (30000, 5000, 0)  # the bonus stays
    last = owner.call(membership.withdraw, qian, 30000, "cash", "搬家", forfeit_bonus=True)
    assert money(last.balances_after) == (0, 0, 0)
    assert ledger_rows(owner, qian)[-3:] == [
        ("principal", "withdrawal", -20000, 30000),
        ("principal", "withdrawal", -30000, 0),
        ("bonus", "forfeit", -5000, 0),
    ]
    with pytest.raises(ValidationError):  # a withdrawal is not refundable
        owner.call(sales.refund_sale, last.sale_id, None, "撤销")
    check_ok(owner)


def test_the_bonus_alone_may_be_forfeited(owner: StoreContext, shop: Shop) -> None:
    qian = member(owner, "钱一", "13100007777")
    owner.call(membership.top_up, qian, 50000, "cash")
    sell(owner, qian, amount(55000), pay(stored_value=55000))  # all spent: nothing left
    owner.call(membership.top_up, qian, 50000, "cash")
    owner.call(membership.withdraw, qian, 50000, "cash", "只退本金")
    assert money(bal(owner, qian))[:2] == (0, 5000)
    out = owner.call(membership.withdraw, qian, 0, "cash", "清零赠送", forfeit_bonus=True)
    assert out.payments == () and out.total_fen == 0
    assert money(bal(owner, qian))[:2] == (0, 0)
    check_ok(owner)


def test_an_archived_member_cannot_top_up_withdraw_or_take_a_gift(
    owner: StoreContext, shop: Shop
) -> None:
    qian = member(owner, "钱一", "13100007777")
    owner.call(membership.top_up, qian, 1000, "cash")
    owner.call(customers.archive_customer, qian)
    for call in (
        lambda: owner.call(membership.top_up, qian, 1000, "cash"),
        lambda: owner.call(membership.withdraw, qian, 1000, "cash", "退"),
        lambda: owner.call(membership.redeem_gift, qian, shop.towel),
    ):
        with pytest.raises(ValidationError) as err:
            call()
        assert (err.value.field, err.value.code) == ("customer", "archived")


# -- gifts ---------------------------------------------------------------------------------------
def test_redeem_a_gift_for_points(owner: StoreContext, shop: Shop) -> None:
    li = member(owner, "李四", "13700001111")
    sell(owner, li, item(shop.shampoo, 5), pay(cash=60000))  # ¥600 → 600 points
    gift = owner.call(membership.redeem_gift, li, shop.towel, 5)  # 5 × 100 points
    assert (gift.kind, gift.total_fen) == ("gift", 0)
    assert gift.payments == (PaymentInfo("points", 0, 500),)
    assert [(x.kind, x.description, x.qty) for x in gift.lines] == [("gift", "毛巾", 5)]
    assert money(gift.balances_after) == (0, 0, 100)
    assert ledger_rows(owner, li)[-1] == ("points", "gift", -500, 100)
    with pytest.raises(InsufficientBalance) as err:
        owner.call(membership.redeem_gift, li, shop.towel, 2)
    assert (err.value.available, err.value.wanted) == (100, 200)
    with pytest.raises(ValidationError) as verr:
        owner.call(membership.redeem_gift, li, shop.cut)
    assert verr.value.code == "not_a_gift"
    with pytest.raises(ValidationError) as verr:
        owner.call(membership.redeem_gift, li, shop.towel, 0)
    assert verr.value.code == "range"
    with pytest.raises(ValidationError) as verr:  # a gift is not refunded like a sale
        owner.call(sales.refund_sale, gift.sale_id, None, "退")
    assert verr.value.code == "not_refundable"
    owner.call(catalogue.save_item, ItemDraft("毛巾", 1500, points_cost=100, item_id=shop.towel,
                                              active=False))  # fmt: skip
    with pytest.raises(ValidationError) as verr:
        owner.call(membership.redeem_gift, li, shop.towel)
    assert verr.value.code == "not_a_gift"
    summary = owner.call(
        sales.shift_summary, datetime(2000, 1, 1), datetime(2100, 1, 1)
    )  # everything so far
    assert summary.points_redeemed == 500 and summary.points_earned == 600
    check_ok(owner)


# -- points expiry -------------------------------------------------------------------------------
def test_points_lapse_at_the_end_of_the_next_year(owner: StoreContext, now: Clock) -> None:
    shop_ = stock(owner, EXPIRING)
    sample = owner.call(catalogue.save_item, ItemDraft("小样", 500, points_cost=30)).item_id
    zhang = member(owner, "张三", "13812345678")
    li = member(owner, "李四", "13700001111")
    now.set(2024, 6, 1, 12, 0)
    sell(owner, zhang, amount(10000), pay(wechat=10000))  # +100 points earned in 2024
    now.set(2025, 3, 1, 12, 0)
    sell(owner, zhang, amount(5000), pay(wechat=5000))  # +50 in 2025
    sell(owner, li, amount(8000), pay(wechat=8000))  # 李四: +80, all in 2025
    now.set(2025, 4, 1, 12, 0)
    owner.call(membership.redeem_gift, zhang, sample)  # −30: taken from the oldest points
    now.set(2025, 6, 1, 12, 0)
    summary = owner.call(membership.member_summary, zhang)
    # Lapsing at the end of 2025: the 100 points of 2024 less the 30 used = 70.
    assert (summary.balances.points, summary.points_expiring, summary.points_expire_on) == (
        120, 70, date(2025, 12, 31)
    )  # fmt: skip
    assert owner.call(membership.expire_points, today=date(2025, 12, 31)) == 0  # not yet
    now.set(2026, 1, 1, 8, 0)
    assert owner.call(membership.expire_points) == 70
    assert owner.call(membership.expire_points) == 0  # idempotent
    assert owner.call(membership.expire_points, today=date(2026, 12, 31)) == 0
    assert bal(owner, zhang).points == 50 and bal(owner, li).points == 80
    expiry = [x for x in owner.call(membership.ledger, zhang) if x.kind == "expiry"]
    assert [(x.delta, x.balance_after, x.at) for x in expiry] == [(-70, 50, datetime(2026, 1, 1))]
    summary = owner.call(membership.member_summary, zhang)
    assert (summary.points_expiring, summary.points_expire_on) == (50, date(2026, 12, 31))
    # A year later the 2025 points lapse too: 张三's 50, 李四's 80.
    now.set(2027, 1, 1, 9, 0)
    assert owner.call(membership.expire_points) == 130
    assert owner.call(membership.expire_points) == 0
    assert bal(owner, zhang).points == 0 and bal(owner, li).points == 0
    check_ok(owner)
    # With expiry switched off nothing lapses.
    owner.call(membership.set_rules, RULES)
    now.set(2027, 2, 1, 9, 0)
    sell(owner, li, item(shop_.cut), pay(cash=8800))
    now.set(2030, 1, 1, 9, 0)
    assert owner.call(membership.expire_points) == 0
    assert owner.call(membership.member_summary, li).points_expiring == 0


def test_a_refund_in_the_next_year_does_not_save_old_points(
    owner: StoreContext,
    now: Clock,
) -> None:
    stock(owner, EXPIRING)
    zhang = member(owner, "张三", "13812345678")
    now.set(2024, 6, 1, 12, 0)
    sell(owner, zhang, amount(10000), pay(wechat=10000))  # +100 in 2024
    now.set(2025, 3, 1, 12, 0)
    later = sell(owner, zhang, amount(5000), pay(wechat=5000))  # +50 in 2025
    owner.call(sales.refund_sale, later.sale_id, None, "退货")  # −50: the 2025 points go back
    assert bal(owner, zhang).points == 100
    now.set(2026, 1, 1, 8, 0)
    # All 100 points of 2024 should lapse; the refund took back 2025 points, not 2024 ones.
    assert owner.call(membership.expire_points) == 100


# -- merging members with balances --------------------------------------------------------------
def test_merging_members_moves_balances_cards_and_sales(owner: StoreContext, shop: Shop) -> None:
    a = member(owner, "张三", "13812345678")
    b = member(owner, "张三丰", "13900005678")
    owner.call(membership.top_up, a, 50000, "cash")  # 50000 + 5000
    bought = sell(owner, a, card(shop.card10), pay(stored_value=50000))
    # 50000 of 55000: bonus 4545.45 → 4545 (rem 25000), principal 45454.5 → 45454 (rem 30000)
    # → 45455. A keeps 4545 principal + 455 bonus and 500 points.
    assert (bought.sv_principal_fen, bought.sv_bonus_fen) == (-45455, -4545)
    assert bought.balances_after is not None
    card_id = bought.balances_after.cards[0].card_id
    visit = sell(owner, a, use(card_id))
    owner.call(membership.top_up, b, 100000, "wechat")  # 100000 + 15000, gold
    owner.call(customers.merge_customers, b, a)
    assert money(bal(owner, a)) == (0, 0, 0) and bal(owner, a).cards == ()
    merged = bal(owner, b)
    assert money(merged) == (104545, 15455, 500)
    assert [(c.card_id, c.sessions_left) for c in merged.cards] == [(card_id, 9)]
    check_ok(owner)
    # The moved sales refund to the member they now belong to.
    owner.call(sales.refund_sale, visit.sale_id, None, "记错")
    assert bal(owner, b).cards[0].sessions_left == 10
    refund = owner.call(sales.refund_sale, bought.sale_id, None, "退卡")
    assert refund.customer_id == b
    assert money(refund.balances_after) == (150000, 20000, 0)
    assert refund.balances_after is not None and refund.balances_after.cards[0].status == "refunded"
    assert money(bal(owner, a)) == (0, 0, 0)
    assert owner.call(membership.member_summary, b).tier_name == "金卡"
    check_ok(owner)


def test_check_ledgers_finds_negative_balances(owner: StoreContext, shop: Shop) -> None:
    li = member(owner, "李四", "13700001111")
    owner.call(membership.top_up, li, 1000, "cash")
    at = datetime(2025, 5, 10, 12)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - entries no service would write
        uow.customers.add_ledger_entries(
            [
                membership.entry(li, Account.POINTS, "adjust", -10, at, None, None),
                membership.entry(li, Account.BONUS, "adjust", -1, at, None, None),
            ]
        )  # the caches move with them: only the sums are wrong
        uow.commit()
    report = owner.call(membership.check_ledgers)
    assert {(m.customer_id, m.what, m.ledger) for m in report.mismatches} == {
        (li, "negative:points", -10),
        (li, "negative:bonus", -1),
    }
