"""整单折扣 and 抹零 on a real store: priced, shared over the lines, recorded, approved above a
role's limit, audited, and refunded in parts exactly to the fen.

The shop is ``test_sales.stock``: 剪发 ¥88.00, 洗发水 ¥120.00, 烫发 ¥333.00 (not
discountable); 张三 is 金卡 (88 %, points ×1.5). Every figure is worked out by hand beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from storecrm.domain.errors import PermissionDenied
from storecrm.domain.order_adjust import (
    AdjustLimit,
    AdjustLimits,
    OrderAdjust,
    OrderDiscount,
    Rounding,
    RoundingMode,
    RoundingUnit,
)
from storecrm.domain.roles import Role
from storecrm.services import membership, sales, session, users
from storecrm.services.dto import LineDraft, PaymentDraft, SaleDraft
from storecrm.services.session import StoreContext
from storecrm.services.till_settings import TillSettings, get_till_settings, set_till_settings
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD
from tests.services.test_sales import Shop, item, member, stock

MANAGER, MANAGER_PASSWORD = "amy", "manager-pass-1"
NINE_TENTHS = OrderDiscount.percent(900)  # 9折
YUAN_DOWN = Rounding(RoundingUnit.YUAN, RoundingMode.DOWN)


@pytest.fixture
def counter(store_dir: Path) -> Iterator[tuple[StoreContext, Shop, int]]:
    """The cashier at the till of the stocked shop, 张三 (金卡) and a manager account."""
    boss = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    shop = stock(boss)
    zhang = member(boss, "张三", "13812345678")
    boss.call(membership.set_member_tier, zhang, shop.gold)
    boss.call(
        users.add_user,
        username=MANAGER,
        display_name="艾米",
        role=Role.MANAGER,
        password=MANAGER_PASSWORD,
    )
    boss.close()
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    yield ctx, shop, zhang
    ctx.close()


def lines(shop: Shop) -> tuple[LineDraft, ...]:
    # 剪发 8800 × 0.88 = 7744; 洗发水 2 × 12000 × 0.88 = 21120; 烫发 33300 (no discount).
    return (item(shop.cut), item(shop.shampoo, 2), item(shop.perm))


def draft(shop: Shop, customer: int | None, adjust: OrderAdjust, pay: int = 0) -> SaleDraft:
    payments = (PaymentDraft("wechat", pay, "4200 0012 3456"),) if pay else ()
    return SaleDraft(customer, lines(shop), payments, adjust=adjust)


def last_audit(ctx: StoreContext) -> tuple[str, str, str]:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - a cashier may not read the log
        row = uow.audit.recent(1)[0]
    return (str(row["action"]), str(row["outcome"]), str(row["detail"]))


def test_nine_tenths_and_rounding_to_the_yuan_within_a_cashiers_limit(
    counter: tuple[StoreContext, Shop, int],
) -> None:
    ctx, shop, zhang = counter
    adjust = OrderAdjust(NINE_TENTHS, YUAN_DOWN)
    q = ctx.call(sales.quote_sale, draft(shop, zhang, adjust))
    # Subtotal 7744 + 21120 + 33300 = 62164; the discountable part 7744 + 21120 = 28864.
    # 9折 of it half up: (28864 × 900 + 500) // 1000 = 25978 → 2886 off (10.0 %: the limit).
    assert q.subtotal_fen == 62164 and q.order_discount_fen == 2886
    # 62164 − 2886 = 59278 → ¥592: 78 fen off.
    assert q.rounding_fen == 78 and q.total_fen == 59200
    assert not q.needs_approval and q.order_discount_permille == 100
    # 2886 shared: 2886 × 7744 / 28864 = 774.29, × 21120 / 28864 = 2111.71 → 774 + 2112.
    # 78 over 6970 and 19008: 20.93 (rem 24100) and 57.07 (rem 1878) → 21 + 57.
    assert [(x.order_discount_fen, x.rounding_fen) for x in q.lines] == [
        (774, 21),
        (2112, 57),
        (0, 0),
    ]
    sale = ctx.call(sales.record_sale, draft(shop, zhang, adjust, pay=59200))
    assert (sale.total_fen, sale.order_discount_fen, sale.rounding_fen) == (59200, 2886, 78)
    # Each line as paid: 7744 − 774 − 21 = 6949, 21120 − 2112 − 57 = 18951, 33300.
    assert [x.amount_fen for x in sale.lines] == [6949, 18951, 33300]
    assert [x.before_order_fen for x in sale.lines] == [7744, 21120, 33300]
    # List 8800 + 24000 + 33300 = 66100; every discount together is 66100 − 59200.
    assert sale.discount_fen == sale.list_fen - sale.total_fen == 66100 - 59200
    assert sale.payments[0].reference == "420000123456"  # the scanner's spaces dropped
    assert sale.approved_by_name is None
    action, outcome, detail = last_audit(ctx)
    assert (action, outcome) == ("order_discount", "ok")
    assert '"discount_fen": 2886' in detail and '"rounding": "yuan:down"' in detail

    # Refunds in parts give back exactly what was paid: one bottle of two first.
    shampoo = sale.lines[1].line_id
    one = ctx.call(sales.refund_sale, sale.sale_id, {shampoo: 1}, "一瓶退货")
    # 18951 for two → 18951 // 2 = 9475; its shares 2112 // 2 = 1056 and 57 // 2 = 28.
    assert one.total_fen == -9475
    assert (one.order_discount_fen, one.rounding_fen) == (-1056, -28)
    amy = ctx.confirm_manager(MANAGER, MANAGER_PASSWORD)  # above ¥200: a manager approves
    rest = ctx.call(sales.refund_sale, sale.sale_id, None, "全部退货", approved_by=amy)
    # 9476 + 6949 + 33300 = 49725; shares 1056 + 774 = 1830 and 29 + 21 = 50.
    assert rest.total_fen == -49725
    assert (rest.order_discount_fen, rest.rounding_fen) == (-1830, -50)
    assert one.total_fen + rest.total_fen == -sale.total_fen
    assert ctx.call(sales.get_sale, sale.sale_id).refundable_fen == 0
    money_back = sum(p.amount_fen for r in (one, rest) for p in r.payments)
    assert money_back == -59200  # every fen paid by WeChat went back by WeChat
    check_ok_as_owner(ctx)
    today = datetime.combine(sale.at.date(), datetime.min.time())
    summary = ctx.call(sales.shift_summary, today, today + timedelta(days=1))
    assert (summary.order_discount_fen, summary.rounding_fen) == (0, 0)  # net of the refunds


def check_ok_as_owner(ctx: StoreContext) -> None:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - a cashier may not run the check
        assert membership.check_ledgers(uow, None).ok


def test_rounding_up_to_the_nearest_yuan_paid_by_stored_value_and_refunded(
    counter: tuple[StoreContext, Shop, int],
) -> None:
    ctx, shop, zhang = counter
    ctx.call(membership.top_up, zhang, 100000, "cash")  # 充1000送150: 100000 + 15000
    # 剪发 7744 + 洗发水 ×2 21120 = 28864 → nearest yuan: ¥289, 36 fen more (rounded up).
    nearest = OrderAdjust(rounding=Rounding(RoundingUnit.YUAN, RoundingMode.NEAREST))
    sale = ctx.call(
        sales.record_sale,
        SaleDraft(
            zhang,
            (item(shop.cut), item(shop.shampoo, 2)),
            (PaymentDraft("stored_value", 28900),),
            adjust=nearest,
        ),
    )
    assert (sale.total_fen, sale.rounding_fen) == (28900, -36)
    # −36 over 7744 and 21120: 9.66 (rem 19104) and 26.34 (rem 9792) → −10, −26.
    assert [x.amount_fen for x in sale.lines] == [7744 + 10, 21120 + 26]
    # Stored value 28900 from principal and bonus as 15000 : 100000 → bonus 3770, principal
    # 25130 (28900 × 15000 / 115000 = 3769.6 → 3770 by the larger remainder).
    assert (sale.sv_principal_fen, sale.sv_bonus_fen) == (-25130, -3770)
    cut = sale.lines[0].line_id
    first = ctx.call(sales.refund_sale, sale.sale_id, {cut: 1}, "剪发不满意")
    assert (first.total_fen, first.rounding_fen) == (-7754, 10)
    amy = ctx.confirm_manager(MANAGER, MANAGER_PASSWORD)
    rest = ctx.call(sales.refund_sale, sale.sale_id, None, "全部", approved_by=amy)
    assert (rest.total_fen, rest.rounding_fen) == (-21146, 26)
    back = ctx.call(membership.member_summary, zhang).balances
    assert (back.principal_fen, back.bonus_fen) == (100000, 15000)  # all of it back
    check_ok_as_owner(ctx)


def test_above_a_cashiers_limit_a_manager_approves_within_their_own(
    counter: tuple[StoreContext, Shop, int],
) -> None:
    ctx, shop, zhang = counter
    eight = OrderAdjust(OrderDiscount.percent(800))  # 8折: 20 % off, above the cashier's 10 %
    q = ctx.call(sales.quote_sale, draft(shop, zhang, eight))
    # 28864 × 0.8 = 23091.2 → 23091; 5773 off; 62164 − 5773 = 56391.
    assert (q.order_discount_fen, q.total_fen, q.needs_approval) == (5773, 56391, True)
    # Nothing wrong with the discount itself: the till asks for a manager on completing.
    assert [(p.field, p.code) for p in q.problems] == [("payments", "short")]
    with pytest.raises(PermissionDenied):
        ctx.call(sales.record_sale, draft(shop, zhang, eight, pay=56391))
    action, outcome, detail = last_audit(ctx)
    assert (action, outcome) == ("order_discount", "denied") and '"discount_fen": 5773' in detail
    assert ctx.call(sales.list_sale_ids, sales.SaleFilter(kind="sale")) == []  # nothing written
    with pytest.raises(PermissionDenied):  # a cashier cannot approve
        ctx.call(
            sales.record_sale,
            draft(shop, zhang, eight, pay=56391),
            approved_by=ctx.confirm_manager(CASHIER, CASHIER_PASSWORD),
        )
    amy = ctx.confirm_manager(MANAGER, MANAGER_PASSWORD)
    sale = ctx.call(sales.record_sale, draft(shop, zhang, eight, pay=56391), approved_by=amy)
    assert (sale.total_fen, sale.approved_by_name, sale.cashier_name) == (56391, "艾米", "小李")
    assert f'"approved_by": {amy.user_id}' in last_audit(ctx)[2]
    # A new total of ¥450: 62164 − 45000 = 17164 off, 59.5 % of 28864 — above the manager's
    # 30 % too: the manager cannot approve it, the owner can.
    new_total = OrderAdjust(OrderDiscount.new_total(45000))
    with pytest.raises(PermissionDenied):
        ctx.call(sales.record_sale, draft(shop, zhang, new_total, pay=45000), approved_by=amy)
    boss = ctx.confirm_manager(OWNER, OWNER_PASSWORD)
    big = ctx.call(sales.record_sale, draft(shop, zhang, new_total, pay=45000), approved_by=boss)
    assert (big.total_fen, big.order_discount_fen, big.approved_by_name) == (45000, 17164, "王店长")
    # The refund of the approved sale gives back what was paid, no more.
    back = ctx.call(sales.refund_sale, big.sale_id, None, "退货", approved_by=boss)
    assert (back.total_fen, back.order_discount_fen) == (-45000, -17164)


def test_a_new_total_below_what_cannot_be_discounted_is_a_problem(
    counter: tuple[StoreContext, Shop, int],
) -> None:
    ctx, shop, zhang = counter
    q = ctx.call(sales.quote_sale, draft(shop, zhang, OrderAdjust(OrderDiscount.new_total(30000))))
    # 烫发 33300 is not discountable: ¥300 is below it.
    assert ("order_total", "range", {"low": 33300, "high": 62164}) in [
        (p.field, p.code, p.params) for p in q.problems
    ]
    assert q.total_fen == 62164  # shown undiscounted while the problem stands


def test_the_owner_sets_the_limits_and_the_rounding_limit_holds(
    counter: tuple[StoreContext, Shop, int],
) -> None:
    ctx, shop, zhang = counter
    with pytest.raises(PermissionDenied):
        ctx.call(set_till_settings, TillSettings())
    ctx.close()  # one copy of the program at a time: the owner signs in at the counter
    boss = session.sign_in(ctx.folder, OWNER, OWNER_PASSWORD)
    limits = AdjustLimits(cashier=AdjustLimit(50, 9), manager=AdjustLimit(200, 99))
    saved = boss.call(set_till_settings, TillSettings(limits, "  充500送50，本周烫发8折  "))
    assert saved.limits == limits and saved.promotion_text == "充500送50，本周烫发8折"
    with boss._store.unit_of_work() as uow:  # noqa: SLF001
        row = uow.audit.recent(1)[0]
    assert row["action"] == "settings_change" and "limits_after" in str(row["detail"])
    boss.close()
    ctx = session.sign_in(ctx.folder, CASHIER, CASHIER_PASSWORD)
    try:
        check_limits(ctx, shop, limits)
    finally:
        ctx.close()


def check_limits(ctx: StoreContext, shop: Shop, limits: AdjustLimits) -> None:
    """The cashier's limits are now 5 % and 9 fen."""
    assert ctx.call(get_till_settings).limits == limits

    def priced(*adjust: OrderDiscount | Rounding | None) -> tuple[int, int, int, bool]:
        order = OrderAdjust(*adjust)  # type: ignore[arg-type]
        q = ctx.call(sales.quote_sale, SaleDraft(None, (item(shop.shampoo),), (), adjust=order))
        return (q.total_fen, q.order_discount_fen, q.rounding_fen, q.needs_approval)

    jiao = Rounding(RoundingUnit.JIAO, RoundingMode.DOWN)
    # A walk-in's shampoo, ¥120.00: to ¥119.88 is 12 fen (0.1 %) off, within 5 %.
    assert priced(OrderDiscount.new_total(11988)) == (11988, 12, 0, False)
    assert priced(OrderDiscount.new_total(11988), jiao) == (11980, 12, 8, False)  # 8 ≤ 9
    assert priced(OrderDiscount.new_total(11988), YUAN_DOWN) == (11900, 12, 88, True)  # 88 > 9
    assert priced(None, YUAN_DOWN) == (12000, 0, 0, False)  # nothing to round off
    assert priced(OrderDiscount.percent(950)) == (11400, 600, 0, False)  # 95折: 5 %, the limit
    assert priced(OrderDiscount.percent(940)) == (11280, 720, 0, True)  # 6 %


def test_rounding_above_a_cashiers_limit_is_approved_and_refunded_to_the_fen(
    counter: tuple[StoreContext, Shop, int],
) -> None:
    ctx, shop, zhang = counter
    ctx.close()
    boss = session.sign_in(ctx.folder, OWNER, OWNER_PASSWORD)
    limits = AdjustLimits(cashier=AdjustLimit(100, 9), manager=AdjustLimit(300, 99))
    boss.call(set_till_settings, TillSettings(limits, ""))  # a cashier rounds to the jiao only
    boss.close()
    ctx = session.sign_in(ctx.folder, CASHIER, CASHIER_PASSWORD)
    try:
        to_yuan = OrderAdjust(rounding=YUAN_DOWN)
        # 7744 + 21120 + 33300 = 62164 → ¥621: 64 fen off, above the cashier's 9 fen.
        q = ctx.call(sales.quote_sale, draft(shop, zhang, to_yuan))
        assert (q.total_fen, q.rounding_fen, q.needs_approval) == (62100, 64, True)
        with pytest.raises(PermissionDenied):
            ctx.call(sales.record_sale, draft(shop, zhang, to_yuan, pay=62100))
        assert ctx.call(sales.list_sale_ids, sales.SaleFilter(kind="sale")) == []
        assert last_audit(ctx)[:2] == ("order_discount", "denied")
        amy = ctx.confirm_manager(MANAGER, MANAGER_PASSWORD)
        sale = ctx.call(sales.record_sale, draft(shop, zhang, to_yuan, pay=62100), approved_by=amy)
        assert (sale.total_fen, sale.rounding_fen, sale.approved_by_name) == (62100, 64, "艾米")
        # 64 over the discountable 7744 and 21120 (28864): 17.17 and 46.83 → 17 + 47.
        assert [x.rounding_fen for x in sale.lines] == [17, 47, 0]
        assert [x.amount_fen for x in sale.lines] == [7727, 21073, 33300]
        assert last_audit(ctx)[:2] == ("order_discount", "ok")
        # One bottle of two: 21073 // 2 = 10536, its share of the rounding 47 // 2 = 23.
        shampoo = sale.lines[1].line_id
        one = ctx.call(sales.refund_sale, sale.sale_id, {shampoo: 1}, "一瓶退货")
        assert (one.total_fen, one.rounding_fen) == (-10536, -23)
        rest = ctx.call(sales.refund_sale, sale.sale_id, None, "全部退货", approved_by=amy)
        # 10537 + 7727 + 33300 = 51564; rounding 24 + 17 = 41.
        assert (rest.total_fen, rest.rounding_fen) == (-51564, -41)
        assert one.total_fen + rest.total_fen == -sale.total_fen
        assert one.rounding_fen + rest.rounding_fen == -sale.rounding_fen
        assert ctx.call(sales.get_sale, sale.sale_id).refundable_fen == 0
        check_ok_as_owner(ctx)
    finally:
        ctx.close()
