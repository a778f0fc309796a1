"""Staff performance and commission on a real encrypted store, every figure worked out by hand
in the test beside it (fen).

The salon: 剪发 ¥100.00 (service, 剪发), 烫发 ¥300.00 (service, 染烫), 护理 ¥33.33 (service,
护理), 洗发水 ¥120.00 (零售); 剪发3次卡 ¥250.00 for 3 cuts; 充1000送100. Staff: 001 Tony 总监,
002 小美 助理, 003 Amy 高级 (Amy is the cashier's account).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from storecrm.domain.commission import (
    AssistantPay,
    Basis,
    LineStaff,
    RateTier,
    Role,
    Rule,
    Target,
    TierMode,
)
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.domain.membership import MembershipRules, TopUpBonus
from storecrm.services import catalogue, customers, membership, sales, session
from storecrm.services.dto import CardPlanDraft, ItemDraft, LineDraft, PaymentDraft, SaleDraft
from storecrm.services.session import StoreContext
from storecrm.services.staff import figures, plans, roster
from storecrm.services.staff.check import check_commission
from storecrm.services.staff.dto import StaffDraft
from tests.conftest import CASHIER, CASHIER_PASSWORD
from tests.services.test_sales import Clock, fake_clock


@dataclass(frozen=True)
class Salon:
    cut: int
    perm: int
    care: int
    shampoo: int
    card3: int
    tony: int
    mei: int
    amy: int
    member: int


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = fake_clock(monkeypatch)
    clock.set(2025, 5, 1, 9, 0, 0)
    return clock


@pytest.fixture
def salon(owner: StoreContext, now: Clock) -> Salon:
    def item(name: str, price: int, category: str, kind: str = "service") -> int:
        draft = ItemDraft(name=name, price_fen=price, category=category, kind=kind)
        return owner.call(catalogue.save_item, draft).item_id

    cut = item("剪发", 10000, "剪发")
    perm = item("烫发", 30000, "染烫")
    care = item("护理", 3333, "护理")
    shampoo = item("洗发水", 12000, "零售", "item")
    card3 = owner.call(
        catalogue.save_card_plan, CardPlanDraft("剪发3次卡", "count", 25000, 3, 365, cut)
    ).plan_id
    owner.call(membership.set_rules, MembershipRules(top_up_bonuses=(TopUpBonus(100000, 10000),)))
    cashier_id = next(
        u.user_id for u in owner.call(catalogue.list_staff) if u.display_name == "小李"
    )

    def person(name: str, grade: str, user_id: int | None = None) -> int:
        draft = StaffDraft(0, name, position="发型师", grade=grade, user_id=user_id)
        return owner.call(roster.save_staff_member, draft).staff_id

    tony = person("Tony", "总监")
    mei = person("小美", "助理")
    amy = person("Amy", "高级", cashier_id)
    member = owner.call(
        customers.create_customer, CustomerDraft(name="张三", phone="13800000001")
    ).customer_id
    return Salon(cut, perm, care, shampoo, card3, tony, mei, amy, member)


def rule(rule_id: int = 0, target: Target = Target.LINE, **kw: object) -> Rule:
    return Rule(rule_id, target, **kw)  # type: ignore[arg-type]


def plan(ctx: StoreContext, *rules: Rule, on: date = date(2025, 5, 1)) -> int:
    return ctx.call(plans.save_plan, on, rules).plan_id


def line(item_id: int, qty: int = 1, *staff: LineStaff) -> LineDraft:
    return LineDraft("item", qty, item_id=item_id, staff=tuple(staff) if staff else None)


def main(staff_id: int, requested: bool = False) -> LineStaff:
    return LineStaff(staff_id, Role.MAIN, requested)


def helper(staff_id: int) -> LineStaff:
    return LineStaff(staff_id, Role.ASSISTANT)


def sell(
    ctx: StoreContext,
    lines: Sequence[LineDraft],
    customer_id: int | None = None,
    served_by: int | None = None,
    **payments: int,
) -> int:
    draft = SaleDraft(
        customer_id,
        tuple(lines),
        tuple(PaymentDraft(m, a) for m, a in payments.items()),
        served_by=served_by,
    )
    return ctx.call(sales.record_sale, draft).sale_id


def commission(ctx: StoreContext, staff_id: int, month: str = "2025-05") -> int:
    return ctx.call(figures.commission_statement, staff_id, month).total_fen


def amounts(ctx: StoreContext, staff_id: int, month: str = "2025-05") -> list[tuple[str, int]]:
    return [
        (x.kind, x.amount_fen)
        for x in ctx.call(figures.commission_statement, staff_id, month).lines
    ]


def check_ok(ctx: StoreContext) -> None:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - the check as `storecrm check` runs it
        assert check_commission(uow) == []
    assert ctx.call(membership.check_ledgers).mismatches == ()


# -- 指定 vs 非指定 ------------------------------------------------------------------------------
def test_requested_and_assigned_rates(owner: StoreContext, salon: Salon, now: Clock) -> None:
    plan(
        owner,
        rule(requested=True, rate_bp=1500),  # 指定: 15 %
        rule(requested=False, rate_bp=1000),  # 非指定 (轮牌): 10 %
    )
    now.set(2025, 5, 10, 11, 0, 0)
    sell(owner, [line(salon.cut, 1, main(salon.tony, requested=True))], wechat=10000)
    sell(owner, [line(salon.cut, 1, main(salon.tony))], wechat=10000)
    # 10000 × 15 % = 1500; 10000 × 10 % = 1000
    assert amounts(owner, salon.tony) == [("line", 1500), ("line", 1000)]
    assert commission(owner, salon.tony) == 2500
    month = owner.call(figures.staff_performance, date(2025, 5, 1), date(2025, 5, 31), salon.tony)
    (tony,) = month.rows
    assert (tony.visits, tony.requested_visits, tony.requested_permille) == (2, 1, 500)
    check_ok(owner)


def test_a_grade_rule_beats_any_grade_and_an_item_rule_beats_its_category(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    plan(
        owner,
        rule(rate_bp=1000),  # store default 10 %
        rule(grade="总监", rate_bp=2000),  # 总监 20 %
        rule(category="染烫", rate_bp=3000),  # 染烫 30 %
        rule(item_id=salon.perm, rate_bp=4000),  # 烫发 itself 40 %
    )
    now.set(2025, 5, 10, 11, 0, 0)
    sell(owner, [line(salon.cut, 1, main(salon.tony))], cash=10000)  # 总监: 10000 × 20 %
    sell(owner, [line(salon.cut, 1, main(salon.amy))], cash=10000)  # default: 10000 × 10 %
    sell(owner, [line(salon.perm, 1, main(salon.amy))], cash=30000)  # item: 30000 × 40 %
    assert amounts(owner, salon.tony) == [("line", 2000)]
    assert amounts(owner, salon.amy) == [("line", 1000), ("line", 12000)]
    check_ok(owner)


# -- a 70/30 split -----------------------------------------------------------------------------
def test_main_and_assistant_split_seventy_thirty(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    plan(owner, rule(rate_bp=1000, main_permille=700, assistant_permille=300))
    now.set(2025, 5, 10, 11, 0, 0)
    sell(owner, [line(salon.perm, 1, main(salon.tony), helper(salon.mei))], alipay=30000)
    # the line pays 30000 × 10 % = 3000: Tony 70 % = 2100, 小美 30 % = 900
    assert commission(owner, salon.tony) == 2100
    assert commission(owner, salon.mei) == 900
    # Alone, Tony gets the whole 3000.
    sell(owner, [line(salon.perm, 1, main(salon.tony))], alipay=30000)
    assert commission(owner, salon.tony) == 2100 + 3000
    # The performance is Tony's; the assistant is credited none.
    month = owner.call(figures.staff_performance, date(2025, 5, 1), date(2025, 5, 31))
    by_id = {r.staff_id: r for r in month.rows}
    assert by_id[salon.tony].cash_fen == 60000 and by_id[salon.mei].cash_fen == 0
    check_ok(owner)


def test_assistants_paid_a_fixed_amount_per_unit(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    plan(owner, rule(rate_bp=1000, assistant_pay=AssistantPay.FIXED, assistant_fixed_fen=500))
    now.set(2025, 5, 10, 11, 0, 0)
    sell(owner, [line(salon.cut, 2, main(salon.tony), helper(salon.mei))], cash=20000)
    # Tony keeps the whole 20000 × 10 % = 2000; 小美 gets ¥5 × 2 cuts = 1000
    assert commission(owner, salon.tony) == 2000
    assert commission(owner, salon.mei) == 1000
    check_ok(owner)


# -- tiers ---------------------------------------------------------------------------------------
TIERS = (RateTier(0, 1000), RateTier(2_000_000, 1500))  # ¥0–20,000 at 10 %, above at 15 %


def big(fen: int, *staff: LineStaff) -> LineDraft:
    return LineDraft("amount", 1, unit_fen=fen, description="套餐", staff=tuple(staff))


def test_tiered_whole_month(owner: StoreContext, salon: Salon, now: Clock) -> None:
    plan(owner, rule(tiers=TIERS, tier_mode=TierMode.WHOLE))
    now.set(2025, 5, 3, 11, 0, 0)
    sell(owner, [big(1_500_000, main(salon.tony))], bank_card=1_500_000)
    # ¥15,000 in the month: 10 % = 150000
    assert commission(owner, salon.tony) == 150_000
    now.set(2025, 5, 20, 11, 0, 0)
    sell(owner, [big(1_000_000, main(salon.tony))], bank_card=1_000_000)
    # ¥25,000 reaches the 15 % tier, for the whole month: 2,500,000 × 15 % = 375000.
    # The new line is posted at 15 % (150000); the tier adjustment adds the first line's
    # other 5 %: 1,500,000 × 5 % = 75000.
    assert amounts(owner, salon.tony) == [("line", 150_000), ("line", 150_000), ("tier", 75_000)]
    assert commission(owner, salon.tony) == 375_000
    check_ok(owner)


def test_tiered_marginal(owner: StoreContext, salon: Salon, now: Clock) -> None:
    plan(owner, rule(tiers=TIERS, tier_mode=TierMode.MARGINAL))
    now.set(2025, 5, 3, 11, 0, 0)
    sell(owner, [big(1_500_000, main(salon.tony))], bank_card=1_500_000)
    sell(owner, [big(1_000_000, main(salon.tony))], bank_card=1_000_000)
    # 2,000,000 × 10 % + 500,000 × 15 % = 200000 + 75000 = 275000
    assert commission(owner, salon.tony) == 275_000
    # A refund of the second sale later in the month brings it back to 1,500,000 × 10 %.
    now.set(2025, 5, 25, 11, 0, 0)
    second = owner.call(sales.list_sale_ids, sales.SaleFilter())[0]
    owner.call(sales.refund_sale, second, None, "顾客取消")
    assert commission(owner, salon.tony) == 150_000
    check_ok(owner)


def test_a_refund_in_a_later_month_is_deducted_in_that_month(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    plan(owner, rule(tiers=TIERS, tier_mode=TierMode.WHOLE))
    now.set(2025, 5, 3, 11, 0, 0)
    sale = sell(owner, [big(2_500_000, main(salon.tony))], bank_card=2_500_000)
    assert commission(owner, salon.tony) == 375_000  # 2,500,000 × 15 %
    now.set(2025, 6, 2, 11, 0, 0)
    sell(owner, [big(300_000, main(salon.tony))], bank_card=300_000)
    owner.call(sales.refund_sale, sale, None, "退卡")
    # May is paid and stays: 375000. June: 300,000 − 2,500,000 = −2,200,000 of performance,
    # at the first tier's 10 % = −220000 (the refund's line goes back at its own 15 %, −375000,
    # the June line +30000, and the tier adjustment +125000 makes −220000).
    assert commission(owner, salon.tony, "2025-05") == 375_000
    assert commission(owner, salon.tony, "2025-06") == -220_000
    check_ok(owner)


# -- cards: cash once, consumption three times ---------------------------------------------------
def test_a_card_bought_then_used_over_three_visits(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    plan(
        owner,
        rule(target=Target.CARD, basis=Basis.CASH, rate_bp=500),  # 开卡 5 % of the money
        rule(basis=Basis.CONSUMPTION, rate_bp=1000),  # services: 10 % of consumption
    )
    now.set(2025, 5, 2, 11, 0, 0)
    owner.call(
        sales.record_sale,
        SaleDraft(
            salon.member,
            (LineDraft("card", 1, plan_id=salon.card3),),
            (PaymentDraft("wechat", 25000),),
            served_by=salon.tony,
        ),
    )
    card_id = owner.call(membership.member_summary, salon.member).balances.cards[0].card_id
    for day in (9, 16, 23):
        now.set(2025, 5, day, 11, 0, 0)
        owner.call(
            sales.record_sale,
            SaleDraft(
                salon.member,
                (LineDraft("session", 1, card_id=card_id),),
                (),
                served_by=salon.tony,
            ),
        )
    # The card's ¥250 of 3 sessions: worth 25000, then 25000×2//3 = 16666, 25000×1//3 = 8333,
    # then 0 — the uses consume 8334, 8333 and 8333 (together exactly 25000).
    # Commission: card 25000 × 5 % = 1250; uses 833.4 → 833, 833.3 → 833, 833.3 → 833.
    assert amounts(owner, salon.tony) == [
        ("line", 1250),
        ("line", 833),
        ("line", 833),
        ("line", 833),
    ]
    month = owner.call(figures.staff_performance, date(2025, 5, 1), date(2025, 5, 31))
    tony = next(r for r in month.rows if r.staff_id == salon.tony)
    assert tony.cash_fen == 25000  # the money, once (the card sale)
    assert tony.card_sales_fen == 25000
    assert tony.consumption_fen == 8334 + 8333 + 8333  # three uses
    assert tony.visits == 3  # the card's sale is not a visit for a service
    assert tony.total_commission_fen == 1250 + 3 * 833
    check_ok(owner)


# -- stored value with a bonus -----------------------------------------------------------------
def test_stored_value_with_bonus_pays_no_commission_on_the_bonus(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    plan(
        owner,
        rule(target=Target.TOP_UP, basis=Basis.CASH, rate_bp=200),  # 充值 2 %
        rule(rate_bp=1000),  # consumption 10 %, bonus excluded
        rule(item_id=salon.perm, rate_bp=1000, include_bonus=True),  # 烫发: bonus included
    )
    now.set(2025, 5, 2, 11, 0, 0)
    owner.call(membership.top_up, salon.member, 100000, "cash", served_by=salon.amy)
    # Amy sold ¥1000 (the ¥100 bonus is no one's performance): 100000 × 2 % = 2000
    assert amounts(owner, salon.amy) == [("line", 2000)]
    (sold,) = owner.call(figures.commission_statement, salon.amy, "2025-05").lines
    assert sold.line_kind == "top_up"  # the statement says what was sold (a top-up has no text)
    now.set(2025, 5, 3, 11, 0, 0)
    cut = LineDraft("item", 1, item_id=salon.cut, unit_fen=11000, staff=(main(salon.tony),))
    sell(owner, [cut], salon.member, stored_value=11000)
    # Stored value 110000 = 100000 principal + 10000 bonus; ¥110 is spent 1/11 from the bonus:
    # allocate(11000, [bonus 10000, principal 100000]) → 1000 bonus, 10000 principal.
    # The basis leaves the bonus out: 10000 × 10 % = 1000.
    assert amounts(owner, salon.tony) == [("line", 1000)]
    sell(owner, [line(salon.perm, 1, main(salon.tony))], salon.member, stored_value=11000,
         cash=19000)  # fmt: skip
    # 99000 is left: 90000 principal + 9000 bonus; 11000 of it is 1000 bonus, 10000 principal.
    # 烫发's rule includes the bonus: (19000 + 11000) × 10 % = 3000.
    assert amounts(owner, salon.tony) == [("line", 1000), ("line", 3000)]
    tony = owner.call(figures.staff_performance, date(2025, 5, 1), date(2025, 5, 31), salon.tony)
    assert tony.rows[0].cash_fen == 19000
    assert tony.rows[0].consumption_fen == 11000 + 30000
    assert tony.rows[0].bonus_fen == 1000 + 1000
    check_ok(owner)


# -- a partial refund of a split line --------------------------------------------------------
def test_partial_refunds_of_a_split_line_leave_what_survives(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    plan(owner, rule(rate_bp=1000, main_permille=700, assistant_permille=300))
    now.set(2025, 5, 10, 11, 0, 0)
    sale = sell(owner, [line(salon.care, 3, main(salon.tony), helper(salon.mei))], cash=9999)
    # 3 × ¥33.33 = 9999: Tony 9999 × 10 % × 70 % = 699.93 → 700; 小美 × 30 % = 299.97 → 300
    assert (commission(owner, salon.tony), commission(owner, salon.mei)) == (700, 300)
    line_id = owner.call(sales.get_sale, sale).lines[0].line_id
    owner.call(sales.refund_sale, sale, {line_id: 1}, "少做一次")
    # 2 of 3 survive: 9999 × 2 // 3 = 6666 → Tony 466.62 → 467 (−233), 小美 199.98 → 200 (−100)
    assert amounts(owner, salon.tony) == [("line", 700), ("reversal", -233)]
    assert amounts(owner, salon.mei) == [("line", 300), ("reversal", -100)]
    owner.call(sales.refund_sale, sale, {line_id: 1}, "又少一次")
    # 1 survives: 3333 → Tony 233.31 → 233 (−234), 小美 99.99 → 100 (−100)
    assert (commission(owner, salon.tony), commission(owner, salon.mei)) == (233, 100)
    owner.call(sales.refund_sale, sale, {line_id: 1}, "全退")
    assert (commission(owner, salon.tony), commission(owner, salon.mei)) == (0, 0)
    tony = owner.call(figures.staff_performance, date(2025, 5, 1), date(2025, 5, 31), salon.tony)
    assert tony.rows[0].cash_fen == 0  # 9999 − 3333 − 3333 − 3333
    check_ok(owner)


def test_the_check_finds_earlier_refunds_of_a_row_by_an_index(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    """For each refunded staff row the check adds up what earlier refunds of the same row took
    back: by the refunds' index (0021), not by reading every staff row of every sale (on the
    100k store, 1.1M sale lines, the check did not end in 15 minutes)."""
    plan(owner, rule(rate_bp=1000))
    now.set(2025, 5, 10, 11, 0, 0)
    sale = sell(owner, [line(salon.care, 3, main(salon.tony))], cash=9999)
    line_id = owner.call(sales.get_sale, sale).lines[0].line_id
    owner.call(sales.refund_sale, sale, {line_id: 1}, "少做一次")
    owner.call(sales.refund_sale, sale, {line_id: 1}, "又少一次")
    seen: list[tuple[str, Any]] = []

    def note(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        seen.append((statement, parameters))

    engine = owner._store.engine  # noqa: SLF001
    event.listen(engine, "before_cursor_execute", note)
    try:
        check_ok(owner)
    finally:
        event.remove(engine, "before_cursor_execute", note)
    earlier = [(q, p) for q, p in seen if "sale_line_staff.of_id = " in q and "sum(" in q]
    assert len(earlier) == 2  # one per refund row
    with owner._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        for statement, parameters in earlier:
            rows = uow.connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            plan_text = " | ".join(str(row[-1]) for row in rows)
            # Old schema: "SCAN sale_line_staff" (every staff row of every sale, per refund row)
            assert "USING INDEX ix_sale_line_staff_of" in plan_text, plan_text
            assert "SCAN sale_line_staff" not in plan_text, plan_text


# -- a plan change mid-month -----------------------------------------------------------------------
def test_a_plan_change_applies_from_its_date_and_never_rewrites_the_past(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    plan(owner, rule(rate_bp=1000))  # v1 from 1 May: 10 %
    now.set(2025, 5, 10, 11, 0, 0)
    early = sell(owner, [line(salon.cut, 1, main(salon.tony))], cash=10000)
    now.set(2025, 5, 12, 9, 0, 0)
    with pytest.raises(ValidationError) as info:  # no retroactive plans
        plan(owner, rule(rate_bp=2000), on=date(2025, 5, 11))
    assert info.value.code == "in_past"
    plan(owner, rule(rate_bp=2000), on=date(2025, 5, 15))  # v2 from 15 May: 20 %
    now.set(2025, 5, 14, 11, 0, 0)
    sell(owner, [line(salon.cut, 1, main(salon.tony))], cash=10000)  # still v1: 1000
    now.set(2025, 5, 16, 11, 0, 0)
    sell(owner, [line(salon.cut, 1, main(salon.tony))], cash=10000)  # v2: 2000
    now.set(2025, 5, 20, 11, 0, 0)
    owner.call(sales.refund_sale, early, None, "重做")  # goes back at v1's 10 %: −1000
    statement = owner.call(figures.commission_statement, salon.tony, "2025-05")
    assert [(x.kind, x.plan_version, x.amount_fen) for x in statement.lines] == [
        ("line", 1, 1000),
        ("line", 1, 1000),
        ("line", 2, 2000),
        ("reversal", 1, -1000),
    ]
    assert statement.total_fen == 3000
    check_ok(owner)


# -- who sees what -----------------------------------------------------------------------------
def test_a_cashier_sees_only_their_own_figures(
    owner: StoreContext, salon: Salon, now: Clock, store_dir: object
) -> None:
    plan(owner, rule(rate_bp=1000))
    now.set(2025, 5, 10, 11, 0, 0)
    sell(owner, [line(salon.cut, 1, main(salon.amy))], cash=10000)
    sell(owner, [line(salon.cut, 1, main(salon.tony))], cash=10000)
    owner.close()
    amy = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)  # type: ignore[arg-type]
    try:
        mine = amy.call(figures.staff_performance, date(2025, 5, 1), date(2025, 5, 31))
        assert mine.only_self and [r.staff_id for r in mine.rows] == [salon.amy]
        assert mine.rows[0].total_commission_fen == 1000
        assert amy.call(figures.commission_statement, salon.amy, "2025-05").total_fen == 1000
        with pytest.raises(PermissionDenied):
            amy.call(figures.commission_statement, salon.tony, "2025-05")
        with pytest.raises(PermissionDenied):
            amy.call(figures.staff_performance, date(2025, 5, 1), date(2025, 5, 31), salon.tony)
        with pytest.raises(PermissionDenied):
            amy.call(plans.save_plan, date(2025, 6, 1), ())
        payroll = amy.call(figures.payroll, date(2025, 5, 1), date(2025, 5, 31))
        assert [r.staff_id for r in payroll.rows] == [salon.amy]
    finally:
        amy.close()


def test_the_till_default_is_the_served_by_member_and_lines_may_differ(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    plan(owner, rule(rate_bp=1000))
    now.set(2025, 5, 10, 11, 0, 0)
    sale = sell(
        owner,
        [line(salon.cut), line(salon.perm, 1, main(salon.amy), helper(salon.mei))],
        served_by=salon.tony,
        cash=40000,
    )
    info = owner.call(sales.get_sale, sale)
    served = owner.call(sales.line_staff_of_sale, sale)
    assert [(x.line_id, x.name, x.role) for x in served] == [
        (info.lines[0].line_id, "Tony", "main"),
        (info.lines[1].line_id, "Amy", "main"),
        (info.lines[1].line_id, "小美", "assistant"),
    ]
    assert info.served_by_text == "Tony、Amy、小美"  # the sale view and receipt: mains first
    assert commission(owner, salon.tony) == 1000 and commission(owner, salon.amy) == 3000


def test_bad_line_staff_is_refused_with_a_reason(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    with pytest.raises(ValidationError) as info:
        sell(owner, [line(salon.cut, 1, helper(salon.mei))], cash=10000)
    assert (info.value.field, info.value.code) == ("line_staff", "needs_main")
    with pytest.raises(ValidationError) as info:
        sell(owner, [line(salon.cut, 1, main(salon.tony), helper(salon.tony))], cash=10000)
    assert info.value.code == "duplicate"
    quote = owner.call(
        sales.quote_sale,
        SaleDraft(None, (line(salon.cut, 1, helper(salon.mei)),), (PaymentDraft("cash", 10000),)),
    )
    assert [(p.field, p.code) for p in quote.problems] == [("line_staff", "needs_main")]
    owner.call(roster.save_staff_member, StaffDraft(salon.mei, "小美", no="002", active=False))
    with pytest.raises(ValidationError) as info:
        sell(owner, [line(salon.cut, 1, main(salon.mei))], cash=10000)
    assert (info.value.field, info.value.code) == ("staff_member", "inactive")
    assert owner.call(sales.list_sale_ids, sales.SaleFilter()) == []  # nothing recorded


def test_check_finds_a_commission_entry_that_does_not_add_up(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    plan(owner, rule(tiers=TIERS, tier_mode=TierMode.MARGINAL))
    now.set(2025, 5, 10, 11, 0, 0)
    sell(owner, [big(2_500_000, main(salon.tony))], bank_card=2_500_000)
    check_ok(owner)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - tampering on purpose
        uow.connection.exec_driver_sql(
            "INSERT INTO commission_entries (staff_id, month, at, kind, sale_id, plan_id, "
            "rule_id, role, basis, amount_fen) SELECT staff_id, month, at, 'tier', sale_id, "
            "plan_id, rule_id, role, basis, 100 FROM commission_entries LIMIT 1"
        )
        uow.connection.exec_driver_sql(
            "INSERT INTO commission_entries (staff_id, month, at, kind, line_id, line_staff_id, "
            "plan_id, rule_id, role, basis, amount_fen, rate_bp) SELECT staff_id, month, at, "
            "'line', line_id, line_staff_id, plan_id, rule_id, role, basis, 5, rate_bp "
            "FROM commission_entries WHERE kind = 'line' LIMIT 1"
        )
        uow.commit()
        found = {m.what.split(":")[0] for m in check_commission(uow)}
    # 275000 is what the month comes to; the extra ¥1 makes the month 275100 + 5.
    assert {"tier", "line"} <= found
    report = owner.call(membership.check_ledgers)
    assert any(m.what.startswith("commission:tier:") for m in report.mismatches)


def test_return_rate_counts_members_back_within_sixty_days(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    other = owner.call(
        customers.create_customer, CustomerDraft(name="李四", phone="13800000002")
    ).customer_id
    now.set(2025, 5, 2, 11, 0, 0)
    sell(owner, [line(salon.cut, 1, main(salon.tony))], salon.member, cash=10000)
    now.set(2025, 5, 3, 11, 0, 0)
    sell(owner, [line(salon.cut, 1, main(salon.tony))], other, cash=10000)
    sell(owner, [line(salon.cut, 1, main(salon.tony))], None, cash=10000)  # a walk-in: no one
    now.set(2025, 6, 20, 11, 0, 0)  # 张三 back after 49 days (with anyone)
    sell(owner, [line(salon.cut, 1, main(salon.amy))], salon.member, cash=10000)
    now.set(2025, 7, 10, 11, 0, 0)  # 李四 back after 68 days: too late
    sell(owner, [line(salon.cut, 1, main(salon.amy))], other, cash=10000)
    may = owner.call(figures.staff_performance, date(2025, 5, 1), date(2025, 5, 31), salon.tony)
    (tony,) = may.rows
    # two members served, one back within 60 days: 1 / 2 = 500‰; three visits (walk-in too)
    assert (tony.customers, tony.returned, tony.return_permille, tony.visits) == (2, 1, 500, 3)


# -- with the till's whole-order discount (issue 21) -----------------------------------------------
def test_commission_is_paid_on_what_was_paid_after_a_whole_order_discount(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    """整单 9折 on 剪发 ¥100 + 烫发 ¥300: the lines are recorded at 9000 and 27000, commission
    is paid on those, and refunding the 烫发 line takes back exactly its part."""
    from storecrm.domain.order_adjust import OrderAdjust, OrderDiscount

    plan(owner, rule(rate_bp=1000))
    now.set(2025, 5, 10, 11, 0, 0)
    draft = SaleDraft(
        None,
        (line(salon.cut, 1, main(salon.tony)), line(salon.perm, 1, main(salon.tony))),
        (PaymentDraft("cash", 36000),),
        adjust=OrderAdjust(OrderDiscount.percent(900)),
    )
    sale = owner.call(sales.record_sale, draft).sale_id
    recorded = owner.call(sales.get_sale, sale)
    assert recorded.total_fen == 36000
    # 9000 × 10 % = 900 and 27000 × 10 % = 2700 (not 1000 + 3000 on the list prices)
    assert amounts(owner, salon.tony) == [("line", 900), ("line", 2700)]
    perm_line = recorded.lines[1].line_id
    owner.call(sales.refund_sale, sale, {perm_line: 1}, "不满意")
    assert amounts(owner, salon.tony) == [("line", 900), ("line", 2700), ("reversal", -2700)]
    assert commission(owner, salon.tony) == 900
    check_ok(owner)


# -- the live path's month figures (issue 23) ------------------------------------------------------
def _month_sums(ctx: StoreContext) -> list[str]:
    """Records each statement that sums a staff member's whole month (not the rows since)."""
    from sqlalchemy import event

    seen: list[str] = []

    def before(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "sum(sale_line_staff.cash_fen)" in statement and "sale_line_staff.id >" not in statement:
            seen.append(statement)

    event.listen(ctx._store.engine, "before_cursor_execute", before)  # noqa: SLF001
    return seen


def test_a_stylists_month_is_summed_once_then_only_the_rows_credited_since(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    plan(owner, rule(tiers=TIERS, tier_mode=TierMode.WHOLE))
    whole_months = _month_sums(owner)
    now.set(2025, 5, 3, 11, 0, 0)
    sell(owner, [big(900_000, main(salon.tony))], bank_card=900_000)
    sell(owner, [big(300_000, main(salon.mei))], bank_card=300_000)  # rows of another stylist
    sell(owner, [big(900_000, main(salon.tony))], bank_card=900_000)
    sell(owner, [big(400_000, main(salon.tony))], bank_card=400_000)
    # Tony's and 小美's month read once each; every later sale reads only the rows since.
    assert len(whole_months) == 2
    # ¥22,000 reaches 15 % for the whole month: 2,200,000 × 15 % = 330000.
    assert commission(owner, salon.tony) == 330_000
    assert amounts(owner, salon.tony) == [
        ("line", 90_000), ("line", 90_000), ("line", 60_000), ("tier", 90_000),
    ]  # fmt: skip
    check_ok(owner)


def test_a_sale_rolled_back_leaves_the_known_month_as_committed(
    owner: StoreContext, salon: Salon, now: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sale that fails after its commission was posted is rolled back; its row ids are used
    again by the next sales, and Tony's tier must not count the failed one."""
    plan(owner, rule(tiers=TIERS, tier_mode=TierMode.WHOLE))
    now.set(2025, 5, 3, 11, 0, 0)
    sell(owner, [big(1_500_000, main(salon.tony))], bank_card=1_500_000)

    def fails(*_args: object, **_kw: object) -> None:
        raise RuntimeError("the disk went away")

    with monkeypatch.context() as patched:
        patched.setattr(sales, "upgrade_tier", fails)
        with pytest.raises(RuntimeError):
            sell(owner, [big(1_000_000, main(salon.tony))], salon.member, bank_card=1_000_000)
    assert commission(owner, salon.tony) == 150_000  # ¥15,000 at 10 %: nothing of the failed sale
    sell(owner, [big(100_000, main(salon.mei))], bank_card=100_000)  # takes the failed rows' ids
    sell(owner, [big(400_000, main(salon.tony))], bank_card=400_000)
    # ¥19,000: still 10 % (the failed ¥10,000 would have made it 15 % for the whole month).
    assert amounts(owner, salon.tony) == [("line", 150_000), ("line", 40_000)]
    check_ok(owner)
