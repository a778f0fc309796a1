"""Sales at the till on a real encrypted store: pricing, payments, cards, refunds, the shift
summary and the append-only tables.

Every figure is worked out by hand in the comment beside it. The shop (``stock``):
  剪发 ¥88.00 (service), 洗发水 ¥120.00, 烫发 ¥333.00 (not discountable), 毛巾 gift for 100
  points; 银卡 95% (cumulative spend ¥500), 金卡 88% ×1.5 points (a single top-up of ¥1000);
  充500送50, 充1000送150; cashiers need a manager above ¥200 per refund.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from storecrm.domain import clock
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import PermissionDenied, ValidationError, WrongPassword
from storecrm.domain.membership import (
    InsufficientBalance,
    MembershipRules,
    Tier,
    TopUpBonus,
)
from storecrm.services import catalogue, customers, membership, sales, session
from storecrm.services.dto import (
    CardPlanDraft,
    ItemDraft,
    LineDraft,
    MemberBalances,
    PaymentDraft,
    PaymentInfo,
    SaleDraft,
    SaleInfo,
    SaleQuote,
)
from storecrm.services.sales import SaleFilter
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD, make_store

RULES = MembershipRules(
    top_up_bonuses=(TopUpBonus(50000, 5000), TopUpBonus(100000, 15000)),
    refund_approval_fen=20000,
)


# -- the shop ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Shop:
    cut: int  # 剪发 8800, service
    shampoo: int  # 洗发水 12000
    perm: int  # 烫发 33300, not discountable
    towel: int  # 毛巾 1500, a gift for 100 points
    card10: int  # 剪发10次卡: 10 cuts, 50000, 365 days
    trial: int  # 体验卡: 1 cut, 5000, 30 days
    month: int  # 月卡: any service for 30 days, 30000
    silver: int
    gold: int


def stock(ctx: StoreContext, rules: MembershipRules = RULES) -> Shop:
    def item(name: str, price: int, **kw: object) -> int:
        return ctx.call(catalogue.save_item, ItemDraft(name=name, price_fen=price, **kw)).item_id  # type: ignore[arg-type]

    cut = item("剪发", 8800, kind="service")
    shampoo = item("洗发水", 12000)
    perm = item("烫发", 33300, kind="service", discountable=False)
    towel = item("毛巾", 1500, points_cost=100)

    def plan(draft: CardPlanDraft) -> int:
        return ctx.call(catalogue.save_card_plan, draft).plan_id

    card10 = plan(CardPlanDraft("剪发10次卡", "count", 50000, 10, 365, cut))
    trial = plan(CardPlanDraft("体验卡", "count", 5000, 1, 30, cut))
    month = plan(CardPlanDraft("月卡", "period", 30000, None, 30, None))
    silver = ctx.call(membership.save_tier, Tier(0, "银卡", 1, 950, upgrade_spend_fen=50000))
    gold = ctx.call(membership.save_tier, Tier(0, "金卡", 2, 880, 1500, upgrade_top_up_fen=100000))
    ctx.call(membership.set_rules, rules)
    return Shop(cut, shampoo, perm, towel, card10, trial, month, silver.tier_id, gold.tier_id)


def member(ctx: StoreContext, name: str, phone: str) -> int:
    return ctx.call(customers.create_customer, CustomerDraft(name=name, phone=phone)).customer_id


def item(item_id: int, qty: int = 1, unit_fen: int | None = None) -> LineDraft:
    return LineDraft("item", qty, item_id=item_id, unit_fen=unit_fen)


def amount(fen: int, description: str = "杂项") -> LineDraft:
    return LineDraft("amount", 1, unit_fen=fen, description=description)


def card(plan_id: int, qty: int = 1) -> LineDraft:
    return LineDraft("card", qty, plan_id=plan_id)


def use(card_id: int, qty: int = 1, item_id: int | None = None) -> LineDraft:
    return LineDraft("session", qty, card_id=card_id, item_id=item_id)


def pay(**methods: int) -> tuple[PaymentDraft, ...]:
    return tuple(PaymentDraft(m, a) for m, a in methods.items())


def sell(
    ctx: StoreContext,
    customer_id: int | None,
    lines: tuple[LineDraft, ...] | LineDraft,
    payments: tuple[PaymentDraft, ...] = (),
    **kw: object,
) -> SaleInfo:
    lines = lines if isinstance(lines, tuple) else (lines,)
    return ctx.call(sales.record_sale, SaleDraft(customer_id, lines, payments, **kw))  # type: ignore[arg-type]


def quote(
    ctx: StoreContext,
    customer_id: int | None,
    lines: tuple[LineDraft, ...] | LineDraft,
    payments: tuple[PaymentDraft, ...] = (),
) -> SaleQuote:
    lines = lines if isinstance(lines, tuple) else (lines,)
    return ctx.call(sales.quote_sale, SaleDraft(customer_id, lines, payments))


def problems(q: SaleQuote) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in q.problems}


def money(b: MemberBalances | None) -> tuple[int, int, int]:
    assert b is not None
    return (b.principal_fen, b.bonus_fen, b.points)


def bal(ctx: StoreContext, customer_id: int) -> MemberBalances:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - the balances as the till reads them
        return membership.balances(uow, customer_id, clock.now().date())


def ledger_rows(ctx: StoreContext, customer_id: int) -> list[tuple[str, str, int, int]]:
    return [
        (x.account, x.kind, x.delta, x.balance_after)
        for x in ctx.call(membership.ledger, customer_id)
    ]


def check_ok(ctx: StoreContext) -> None:
    report = ctx.call(membership.check_ledgers)
    assert report.mismatches == ()


class Clock:
    """The store's clock, set by the test (services read ``storecrm.domain.clock.now``)."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def set(self, *args: int) -> datetime:
        self.at = datetime(*args)  # type: ignore[arg-type]
        return self.at

    def advance(self, **kw: float) -> datetime:
        self.at += timedelta(**kw)
        return self.at


def fake_clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock(datetime(2025, 5, 10, 10, 0, 0))
    monkeypatch.setattr(clock, "now", fake)
    return fake


def cashier_in_shop(store_dir: Path) -> Iterator[tuple[StoreContext, Shop]]:
    """The shop stocked by the owner, then the cashier signed in (one context at a time)."""
    boss = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    stocked = stock(boss)
    boss.close()
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    yield ctx, stocked
    ctx.close()


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return fake_clock(monkeypatch)


@pytest.fixture
def shop(owner: StoreContext) -> Shop:
    return stock(owner)


@pytest.fixture
def cashier_shop(store_dir: Path) -> Iterator[tuple[StoreContext, Shop]]:
    yield from cashier_in_shop(store_dir)


# -- a sale --------------------------------------------------------------------------------------
def test_a_gold_member_pays_part_in_stored_value_and_part_in_wechat(
    owner: StoreContext, shop: Shop
) -> None:
    zhang = member(owner, "张三", "13812345678")
    top = owner.call(membership.top_up, zhang, 100000, "wechat")
    assert money(top.balances_after) == (100000, 15000, 0)  # 充1000送150
    lines = (item(shop.cut), item(shop.shampoo, 2))
    q = quote(owner, zhang, lines, pay(stored_value=10000, wechat=18864))
    # 剪发 8800 × 0.88 = 7744; 洗发水 2 × 12000 = 24000 × 0.88 = 21120; total 28864.
    assert [(x.list_fen, x.discount_fen, x.amount_fen) for x in q.lines] == [
        (8800, 1056, 7744),
        (24000, 2880, 21120),
    ]
    assert (q.list_fen, q.discount_fen, q.total_fen) == (32800, 3936, 28864)
    assert (q.tier_name, q.discount_permille, q.due_fen, q.change_fen) == ("金卡", 880, 0, 0)
    # Points: 288.64 × 1.5 = 432.96 → 432. Stored value 10000 of 115000: bonus 1304.35 → 1304,
    # principal 8695.65 → 8695 (+1, the larger remainder) = 8696.
    assert q.points_earned == 432 and q.ok
    assert money(q.before) == (100000, 15000, 0)
    assert money(q.after) == (100000 - 8696, 15000 - 1304, 432)

    sale = sell(owner, zhang, lines, pay(stored_value=10000, wechat=18864))
    assert (sale.kind, sale.total_fen, sale.tier_name, sale.points_earned) == (
        "sale", 28864, "金卡", 432
    )  # fmt: skip
    assert sale.payments == (PaymentInfo("stored_value", 10000, 0), PaymentInfo("wechat", 18864, 0))
    assert (sale.sv_principal_fen, sale.sv_bonus_fen) == (-8696, -1304)
    assert money(sale.balances_after) == (91304, 13696, 432)
    assert sale.refundable_fen == 28864 and sale.refunds == ()
    assert sale.customer_phone == "138****5678"
    assert ledger_rows(owner, zhang) == [
        ("principal", "top_up", 100000, 100000),
        ("bonus", "top_up", 15000, 15000),
        ("principal", "sale", -8696, 91304),
        ("bonus", "sale", -1304, 13696),
        ("points", "earn", 432, 432),
    ]
    detail = owner.call(customers.get_customer, zhang)
    assert (detail.balance_fen, detail.points) == (91304 + 13696, 432)
    summary = owner.call(membership.member_summary, zhang)
    assert (summary.total_spend_fen, summary.visit_count, summary.tier_name) == (28864, 1, "金卡")
    assert [i.name for i in summary.usual_items] == ["剪发", "洗发水"]
    check_ok(owner)


def test_cash_is_stored_net_of_change(owner: StoreContext, shop: Shop) -> None:
    # A walk-in: ¥33.50 paid with a ¥50 note → ¥16.50 change; the till keeps ¥33.50.
    q = quote(owner, None, amount(3350), pay(cash=5000))
    assert (q.total_fen, q.paid_fen, q.due_fen, q.change_fen) == (3350, 5000, 0, 1650)
    assert q.before is None and q.after is None and q.points_earned == 0 and q.ok
    walk_in = sell(owner, None, amount(3350), pay(cash=5000))
    assert walk_in.payments == (PaymentInfo("cash", 3350, 0),)
    assert walk_in.customer_id is None and walk_in.balances_after is None
    # A member without a tier: ¥88 cut, ¥50 WeChat + ¥50 cash → change ¥12, cash kept ¥38.
    li = member(owner, "李四", "13700001111")
    q = quote(owner, li, item(shop.cut), pay(wechat=5000, cash=5000))
    assert (q.total_fen, q.change_fen, q.points_earned) == (8800, 1200, 88)
    sale = sell(owner, li, item(shop.cut), pay(wechat=5000, cash=5000))
    assert sale.payments == (PaymentInfo("cash", 3800, 0), PaymentInfo("wechat", 5000, 0))
    assert money(sale.balances_after) == (0, 0, 88)
    # Cash that is all change (WeChat already covers the sale) leaves no cash payment at all.
    sale = sell(owner, li, item(shop.cut), pay(wechat=8800, cash=100))
    assert sale.payments == (PaymentInfo("wechat", 8800, 0),)
    check_ok(owner)


def test_what_the_quote_refuses(owner: StoreContext, shop: Shop) -> None:
    li = member(owner, "李四", "13700001111")
    q = quote(owner, None, item(shop.cut), pay(wechat=8000))
    assert problems(q) == {("payments", "short")} and q.due_fen == 800
    assert q.problems[0].params == {"amount": 800}
    q = quote(owner, None, item(shop.cut), pay(wechat=9000))  # non-cash cannot give change
    assert problems(q) == {("payments", "overpaid")} and q.change_fen == 0
    assert q.problems[0].params == {"amount": 200}
    q = quote(owner, None, item(shop.cut), pay(wechat=4400, alipay=4400, cash=1000))
    assert q.ok and q.change_fen == 1000
    # Stored value, points and cards need a member.
    assert problems(quote(owner, None, item(shop.cut), pay(stored_value=8800))) == {
        ("payments", "needs_member")
    }
    assert problems(quote(owner, None, item(shop.cut), pay(points=8800))) == {
        ("payments", "needs_member")
    }
    assert ("card", "needs_member") in problems(quote(owner, None, card(shop.card10)))
    assert ("card", "needs_member") in problems(quote(owner, None, use(1)))
    # A member without a balance or points.
    q = quote(owner, li, item(shop.cut), pay(stored_value=8800))
    assert problems(q) == {("stored_value", "insufficient")}
    assert q.problems[0].params == {"available": 0, "wanted": 8800}
    q = quote(owner, li, item(shop.cut), pay(points=100, wechat=8700))
    assert problems(q) == {("points", "insufficient")}
    assert q.problems[0].params == {"available": 0, "wanted": 100}
    assert problems(quote(owner, li, use(999), pay())) == {("card", "not_found")}
    # Lines and payments that make no sense.
    assert ("lines", "required") in problems(quote(owner, li, (), pay(cash=100)))
    assert ("payment", "range") in problems(quote(owner, li, item(shop.cut), pay(wechat=0)))
    assert ("method", "invalid") in problems(quote(owner, li, item(shop.cut), pay(bitcoin=8800)))
    assert ("amount", "range") in problems(quote(owner, li, amount(0), pay()))
    assert ("qty", "range") in problems(quote(owner, li, item(shop.cut, 0), pay()))
    # An item taken off the catalogue, an archived customer.
    owner.call(catalogue.save_item, ItemDraft("洗发水", 12000, item_id=shop.shampoo, active=False))
    assert ("item", "inactive") in problems(quote(owner, li, item(shop.shampoo), pay(cash=12000)))
    owner.call(customers.archive_customer, li, "搬走了")
    assert problems(quote(owner, li, item(shop.cut), pay(cash=8800))) == {("customer", "archived")}
    # Recording raises the first problem and writes nothing.
    with pytest.raises(ValidationError) as err:
        sell(owner, None, item(shop.cut), pay(wechat=8000))
    assert (err.value.field, err.value.code) == ("payments", "short")
    with pytest.raises(ValidationError):
        sell(owner, li, item(shop.cut), pay(cash=8800))
    assert owner.call(sales.list_sale_ids, SaleFilter()) == []


def test_a_cashier_cannot_change_a_catalogue_price(
    cashier_shop: tuple[StoreContext, Shop],
) -> None:
    ctx, shop_ = cashier_shop
    q = quote(ctx, None, item(shop_.cut, unit_fen=5000), pay(cash=5000))
    assert problems(q) == {("price", "price_locked")}
    with pytest.raises(ValidationError) as err:
        sell(ctx, None, item(shop_.cut, unit_fen=5000), pay(cash=5000))
    assert err.value.code == "price_locked"
    # Typing the catalogue price itself is no change.
    assert sell(ctx, None, item(shop_.cut, unit_fen=8800), pay(cash=8800)).total_fen == 8800
    # A free amount is not a catalogue price.
    assert sell(ctx, None, amount(5000), pay(cash=5000)).total_fen == 5000


def test_the_owner_may_sell_below_the_catalogue_price(owner: StoreContext, shop: Shop) -> None:
    q = quote(owner, None, item(shop.cut, 2, unit_fen=5000), pay(cash=10000))
    assert q.ok and q.total_fen == 10000 and q.lines[0].unit_fen == 5000
    sale = sell(owner, None, item(shop.cut, 2, unit_fen=5000), pay(cash=10000))
    assert (sale.lines[0].unit_fen, sale.lines[0].amount_fen) == (5000, 10000)


def test_a_non_discountable_item_keeps_its_price_for_a_gold_member(
    owner: StoreContext, shop: Shop
) -> None:
    zhang = member(owner, "张三", "13812345678")
    owner.call(membership.top_up, zhang, 100000, "cash")
    q = quote(owner, zhang, (item(shop.perm), item(shop.cut)), pay(stored_value=41044))
    # 烫发 33300 at list price + 剪发 7744 = 41044; points 410.44 × 1.5 = 615.66 → 615.
    assert [x.amount_fen for x in q.lines] == [33300, 7744]
    assert (q.total_fen, q.discount_fen, q.points_earned) == (41044, 1056, 615) and q.ok


# -- top-ups and tiers ---------------------------------------------------------------------------
def test_top_up_bonus_and_the_tier_a_single_top_up_earns(owner: StoreContext, shop: Shop) -> None:
    wang = member(owner, "王五", "13600002222")
    small = owner.call(membership.top_up, wang, 49999, "cash")
    assert money(small.balances_after) == (49999, 0, 0)  # short of 充500送50
    t500 = owner.call(membership.top_up, wang, 50000, "alipay")
    assert (t500.sv_principal_fen, t500.sv_bonus_fen) == (50000, 5000)
    assert (t500.kind, t500.total_fen, t500.payments) == (
        "top_up", 50000, (PaymentInfo("alipay", 50000, 0),)
    )  # fmt: skip
    # Neither top-up reaches ¥1000 on its own, though together they pass it: no gold.
    assert owner.call(membership.member_summary, wang).tier_name == ""
    t1000 = owner.call(membership.top_up, wang, 100000, "wechat")
    assert (t1000.sv_principal_fen, t1000.sv_bonus_fen) == (100000, 15000)  # 150, not 50 + 150
    assert money(t1000.balances_after) == (199999, 20000, 0)
    summary = owner.call(membership.member_summary, wang)
    assert (summary.tier_name, summary.discount_permille, summary.points_permille) == (
        "金卡", 880, 1500
    )  # fmt: skip
    events = owner.call(customers.timeline, wang)
    assert [(e.kind, e.text) for e in events if e.kind == "tier"] == [("tier", "金卡")]
    with pytest.raises(ValidationError) as err:
        owner.call(membership.top_up, wang, 100, "stored_value")
    assert err.value.code == "invalid"
    with pytest.raises(ValidationError) as err:
        owner.call(membership.top_up, wang, 0, "cash")
    assert err.value.code == "range"
    check_ok(owner)


def test_cumulative_spend_earns_silver_then_a_top_up_earns_gold(
    owner: StoreContext, shop: Shop
) -> None:
    zhao = member(owner, "赵六", "13500003333")
    first = sell(owner, zhao, item(shop.cut, 5), pay(wechat=44000))
    assert first.tier_name == "" and owner.call(membership.member_summary, zhao).tier_name == ""
    # 44000 + 8800 = 52800 ≥ 50000: silver, after the sale (this one still at list price).
    second = sell(owner, zhao, item(shop.cut), pay(wechat=8800))
    assert second.total_fen == 8800 and second.tier_name == ""
    summary = owner.call(membership.member_summary, zhao)
    assert (summary.tier_name, summary.total_spend_fen) == ("银卡", 52800)
    q = quote(owner, zhao, item(shop.cut), pay(wechat=8360))
    assert (q.total_fen, q.tier_name) == (8360, "银卡") and q.ok  # 8800 × 0.95
    owner.call(membership.top_up, zhao, 100000, "wechat")
    assert owner.call(membership.member_summary, zhao).tier_name == "金卡"
    tiers = [e.text for e in owner.call(customers.timeline, zhao) if e.kind == "tier"]
    assert tiers == ["金卡", "银卡"]  # newest first
    # A refund lowers the spend but never the tier by itself.
    owner.call(sales.refund_sale, second.sale_id, None, "退款")
    owner.call(sales.refund_sale, first.sale_id, None, "退款")
    summary = owner.call(membership.member_summary, zhao)
    assert (summary.tier_name, summary.total_spend_fen) == ("金卡", 0)
    assert [t.members for t in owner.call(membership.list_tiers)] == [0, 1]
    check_ok(owner)


# -- session and period cards --------------------------------------------------------------------
def test_buying_and_using_cards(owner: StoreContext, shop: Shop, now: Clock) -> None:
    sun = member(owner, "孙七", "13400004444")
    bought = sell(owner, sun, (card(shop.card10), card(shop.month)), pay(wechat=80000))
    assert [(x.kind, x.qty, x.amount_fen) for x in bought.lines] == [
        ("card", 1, 50000),
        ("card", 1, 30000),
    ]
    assert bought.balances_after is not None
    ten, month = bought.balances_after.cards
    # 2025-05-10 + 365 days = 2026-05-10; + 30 days = 2025-06-09.
    assert (ten.kind, ten.sessions_total, ten.sessions_left, ten.expires_on, ten.status) == (
        "count", 10, 10, date(2026, 5, 10), "active"
    )  # fmt: skip
    assert (month.kind, month.sessions_left, month.expires_on) == ("period", None, date(2025, 6, 9))
    # Only the count card has a sessions ledger: +10.
    assert [r for r in ledger_rows(owner, sun) if r[0] == "sessions"] == [
        ("sessions", "card", 10, 10)
    ]
    # Use one, then two at once: 10 → 9 → 7; the sale costs nothing.
    first = sell(owner, sun, use(ten.card_id))
    assert (first.total_fen, first.payments, first.lines[0].description) == (
        0, (), "剪发 · 剪发10次卡"
    )  # fmt: skip
    sell(owner, sun, use(ten.card_id, 2))
    assert bal(owner, sun).cards[0].sessions_left == 7
    sessions = [r for r in ledger_rows(owner, sun) if r[0] == "sessions"]
    assert sessions[1:] == [("sessions", "use", -1, 9), ("sessions", "use", -2, 7)]
    # The period card covers any service and writes no sessions entries.
    sell(owner, sun, use(month.card_id, item_id=shop.perm))
    assert len([r for r in ledger_rows(owner, sun) if r[0] == "sessions"]) == 3
    # Wrong service, too many sessions (also across two lines).
    q = quote(owner, sun, use(ten.card_id, item_id=shop.perm))
    assert problems(q) == {("card", "wrong_service")}
    q = quote(owner, sun, use(ten.card_id, 8))
    assert problems(q) == {("sessions", "insufficient")}
    assert q.problems[0].params == {"available": 7, "wanted": 8}
    q = quote(owner, sun, (use(ten.card_id, 4), use(ten.card_id, 4)))
    assert problems(q) == {("sessions", "insufficient")}
    assert quote(owner, sun, (use(ten.card_id, 4), use(ten.card_id, 3))).ok
    # The last day of the month card still counts; the day after it has expired.
    now.set(2025, 6, 9, 20, 0)
    assert quote(owner, sun, use(month.card_id)).ok
    now.set(2025, 6, 10, 9, 0)
    q = quote(owner, sun, use(month.card_id))
    assert problems(q) == {("card", "card_unusable")}
    assert q.problems[0].params == {"status": "expired"}
    assert bal(owner, sun).cards[1].status == "expired"
    check_ok(owner)


def test_a_used_up_card_is_refused(owner: StoreContext, shop: Shop) -> None:
    zhou = member(owner, "周八", "13300005555")
    bought = sell(owner, zhou, card(shop.trial), pay(cash=5000))
    assert bought.balances_after is not None
    trial = bought.balances_after.cards[0]
    sell(owner, zhou, use(trial.card_id))
    assert bal(owner, zhou).cards[0].status == "used_up"
    q = quote(owner, zhou, use(trial.card_id))
    assert problems(q) == {("card", "card_unusable")}
    assert q.problems[0].params == {"status": "used_up"}


def test_refunding_cards(owner: StoreContext, shop: Shop) -> None:
    wu = member(owner, "吴九", "13200006666")
    bought = sell(owner, wu, (card(shop.card10, 2), card(shop.month)), pay(alipay=130000))
    # Two cards of the same plan are two lines, so each can be refunded on its own.
    assert [(x.qty, x.amount_fen) for x in bought.lines] == [(1, 50000), (1, 50000), (1, 30000)]
    assert bought.balances_after is not None
    used, unused, month = bought.balances_after.cards
    use_sale = sell(owner, wu, use(used.card_id))
    line_used, line_unused, line_month = (x.line_id for x in bought.lines)
    with pytest.raises(ValidationError) as err:
        owner.call(sales.refund_sale, bought.sale_id, {line_used: 1}, "不想要了")
    assert (err.value.field, err.value.code) == ("card", "card_used")
    with pytest.raises(ValidationError):  # the whole sale includes the used card
        owner.call(sales.refund_sale, bought.sale_id, None, "不想要了")
    refund = owner.call(sales.refund_sale, bought.sale_id, {line_unused: 1}, "买重了")
    assert refund.total_fen == -50000 and refund.payments == (PaymentInfo("alipay", -50000, 0),)
    assert refund.balances_after is not None
    cards = {c.card_id: c for c in refund.balances_after.cards}
    assert (cards[unused.card_id].status, cards[unused.card_id].sessions_left) == ("refunded", 0)
    assert (cards[used.card_id].status, cards[used.card_id].sessions_left) == ("active", 9)
    # The period card, never used, is refunded without any sessions entries.
    owner.call(sales.refund_sale, bought.sale_id, {line_month: 1}, "不需要")
    assert bal(owner, wu).cards[2].status == "refunded"
    assert [r for r in ledger_rows(owner, wu) if r[0] == "sessions"] == [
        ("sessions", "card", 10, 10),
        ("sessions", "card", 10, 10),
        ("sessions", "use", -1, 9),
        ("sessions", "refund", -10, 0),
    ]
    # A refunded card cannot be refunded again or used.
    with pytest.raises(ValidationError):
        owner.call(sales.refund_sale, bought.sale_id, {line_unused: 1}, "再退")
    assert problems(quote(owner, wu, use(unused.card_id))) == {("card", "card_unusable")}
    # Refunding the visit gives the session back; then the card itself may be refunded.
    owner.call(sales.refund_sale, use_sale.sale_id, None, "记错了")
    assert bal(owner, wu).cards[0].sessions_left == 10
    owner.call(sales.refund_sale, bought.sale_id, {line_used: 1}, "退卡")
    assert bal(owner, wu).cards[0].status == "refunded"
    assert owner.call(sales.get_sale, bought.sale_id).refundable_fen == 0
    with pytest.raises(ValidationError) as err:
        owner.call(sales.refund_sale, bought.sale_id, None, "全退")
    assert err.value.code == "nothing_left"
    check_ok(owner)


def test_a_period_card_whose_only_visit_was_refunded_can_be_refunded(
    owner: StoreContext, shop: Shop
) -> None:
    zheng = member(owner, "郑十", "13200007777")
    bought = sell(owner, zheng, card(shop.month), pay(cash=30000))
    assert bought.balances_after is not None
    [month] = bought.balances_after.cards
    visit = sell(owner, zheng, use(month.card_id, item_id=shop.cut))
    with pytest.raises(ValidationError) as err:
        owner.call(sales.refund_sale, bought.sale_id, None, "不想要了")
    assert err.value.code == "card_used"
    # The visit was entered by mistake: once it is refunded the card counts as unused.
    owner.call(sales.refund_sale, visit.sale_id, None, "记错了")
    refund = owner.call(sales.refund_sale, bought.sale_id, None, "退卡")
    assert refund.total_fen == -30000
    assert bal(owner, zheng).cards[0].status == "refunded"
    check_ok(owner)


# -- refunds -------------------------------------------------------------------------------------
def test_a_refund_gives_stored_value_back_as_it_was_spent(owner: StoreContext, shop: Shop) -> None:
    zhang = member(owner, "张三", "13812345678")
    owner.call(membership.top_up, zhang, 100000, "wechat")
    sale = sell(owner, zhang, (item(shop.cut), item(shop.shampoo, 2)),
                pay(stored_value=10000, wechat=18864))  # fmt: skip
    shampoo_line = sale.lines[1].line_id
    rq = owner.call(sales.quote_refund, sale.sale_id, {shampoo_line: 1})
    # One of two 洗发水: 21120 / 2 = 10560. Over SV 10000 / WeChat 18864: SV 3658.56 → 3658
    # (rem 15488), WeChat 6901.43 → 6901 (rem 13376): the fen to SV → 3659 + 6901.
    # The 3659 over bonus 1304 / principal 8696: 477.13 → 477, 3181.87 → 3182.
    # Points back: 10560 × 432 / 28864 = 158.05 → 158.
    assert rq.total_fen == 10560 and rq.lines == ((shampoo_line, 1, 10560),)
    assert rq.payments == (PaymentInfo("stored_value", 3659, 0), PaymentInfo("wechat", 6901, 0))
    assert (rq.sv_principal_fen, rq.sv_bonus_fen, rq.points_reversed) == (3182, 477, 158)
    assert not rq.needs_approval
    refund = owner.call(sales.refund_sale, sale.sale_id, {shampoo_line: 1}, "过敏")
    assert (refund.kind, refund.total_fen, refund.refund_of_id, refund.note) == (
        "refund", -10560, sale.sale_id, "过敏"
    )  # fmt: skip
    assert refund.payments == (
        PaymentInfo("stored_value", -3659, 0),
        PaymentInfo("wechat", -6901, 0),
    )
    assert (refund.sv_principal_fen, refund.sv_bonus_fen, refund.points_earned) == (3182, 477, -158)
    assert [(x.qty, x.amount_fen) for x in refund.lines] == [(-1, -10560)]
    assert money(refund.balances_after) == (91304 + 3182, 13696 + 477, 432 - 158)
    original = owner.call(sales.get_sale, sale.sale_id)
    assert original.refunds == (refund.no,) and original.refundable_fen == 28864 - 10560
    assert [x.refunded_qty for x in original.lines] == [0, 1]
    # The rest: 7744 + 10560 = 18304 = SV 10000 − 3659 = 6341 + WeChat 18864 − 6901 = 11963;
    # SV to principal 8696 − 3182 = 5514, bonus 1304 − 477 = 827; the last 432 − 158 = 274 points.
    rest = owner.call(sales.quote_refund, sale.sale_id)
    assert rest.total_fen == 18304
    assert rest.payments == (PaymentInfo("stored_value", 6341, 0), PaymentInfo("wechat", 11963, 0))
    assert (rest.sv_principal_fen, rest.sv_bonus_fen, rest.points_reversed) == (5514, 827, 274)
    done = owner.call(sales.refund_sale, sale.sale_id, None, "全退")
    assert money(done.balances_after) == (100000, 15000, 0)
    assert owner.call(membership.member_summary, zhang).total_spend_fen == 0
    with pytest.raises(ValidationError):
        owner.call(sales.refund_sale, done.sale_id, None, "退退款")  # a refund is not refundable
    with pytest.raises(ValidationError) as err:
        owner.call(sales.refund_sale, sale.sale_id, None, "  ")
    assert err.value.field == "reason"
    with pytest.raises(ValidationError) as err:  # a line of another sale
        owner.call(sales.refund_sale, sale.sale_id, {done.lines[0].line_id: 1}, "别的单")
    assert (err.value.field, err.value.code) == ("line", "not_found")
    check_ok(owner)


def test_points_paid_come_back_and_earned_points_are_taken_back(
    owner: StoreContext, shop: Shop
) -> None:
    zhang = member(owner, "张三", "13812345678")
    owner.call(membership.top_up, zhang, 100000, "wechat")
    sell(owner, zhang, (item(shop.cut), item(shop.shampoo, 2)), pay(wechat=28864))  # +432
    # 剪发 7744: 400 points pay ¥4.00 (100 points per yuan), WeChat the other 7344; points
    # earned on 7344 only: 73.44 × 1.5 = 110.16 → 110. Points: 432 − 400 + 110 = 142.
    q = quote(owner, zhang, item(shop.cut), pay(points=400, wechat=7344))
    assert (q.points_used, q.points_earned, money(q.after)) == (400, 110, (100000, 15000, 142))
    sale = sell(owner, zhang, item(shop.cut), pay(points=400, wechat=7344))
    assert sale.payments == (PaymentInfo("points", 400, 400), PaymentInfo("wechat", 7344, 0))
    assert money(sale.balances_after) == (100000, 15000, 142)
    refund = owner.call(sales.refund_sale, sale.sale_id, None, "不满意")
    assert refund.payments == (PaymentInfo("points", -400, -400), PaymentInfo("wechat", -7344, 0))
    assert money(refund.balances_after) == (100000, 15000, 432)
    check_ok(owner)


def test_points_already_spent_are_not_taken_below_zero(owner: StoreContext, shop: Shop) -> None:
    li = member(owner, "李四", "13700001111")
    sale = sell(owner, li, item(shop.shampoo, 5), pay(cash=60000))  # 600 points
    owner.call(membership.redeem_gift, li, shop.towel, 5)  # −500 → 100
    refund = owner.call(sales.refund_sale, sale.sale_id, None, "退货")
    # 600 earned points should go back, but only 100 are left: they go, no further.
    assert refund.points_earned == -100
    assert money(refund.balances_after) == (0, 0, 0)
    check_ok(owner)


def _partial_then_full(ctx: StoreContext, partial: bool) -> dict[str, object]:
    shop_ = stock(ctx)
    zhang = member(ctx, "张三", "13812345678")
    ctx.call(membership.top_up, zhang, 100000, "wechat")
    # 剪发 7744 + 洗发水 ×2 21120 + 烫发 33300 (list price) = 62164; SV 20000, WeChat 20000,
    # cash 30000 → change 7836, cash kept 22164.
    lines = (item(shop_.cut), item(shop_.shampoo, 2), item(shop_.perm))
    sale = sell(ctx, zhang, lines, pay(stored_value=20000, wechat=20000, cash=30000))
    assert sale.total_fen == 62164
    assert sale.payments[0] == PaymentInfo("cash", 22164, 0)
    ids = [x.line_id for x in sale.lines]
    refunds = []
    if partial:
        refunds.append(ctx.call(sales.refund_sale, sale.sale_id, {ids[1]: 1}, "一瓶"))
        refunds.append(ctx.call(sales.refund_sale, sale.sale_id, {ids[2]: 1, ids[0]: 1}, "两项"))
    refunds.append(ctx.call(sales.refund_sale, sale.sale_id, None, "其余"))
    given: dict[str, int] = {}
    for r in refunds:
        for p in r.payments:
            given[p.method] = given.get(p.method, 0) + p.amount_fen
    check_ok(ctx)
    return {
        "given": given,
        "total": sum(r.total_fen for r in refunds),
        "sv": (sum(r.sv_principal_fen for r in refunds), sum(r.sv_bonus_fen for r in refunds)),
        "points": sum(r.points_earned for r in refunds),
        "balances": money(bal(ctx, zhang)),
        "ledger": {
            account: sum(d for a, _, d, _ in ledger_rows(ctx, zhang) if a == account)
            for account in ("principal", "bonus", "points")
        },
    }


def test_refunding_in_parts_equals_one_full_refund(owner: StoreContext, tmp_path: Path) -> None:
    parts = _partial_then_full(owner, partial=True)
    other = make_store(tmp_path / "other").context
    try:
        whole = _partial_then_full(other, partial=False)
    finally:
        other.close()
    assert parts == whole
    # Everything came back: SV 20000 (principal and bonus as spent), WeChat 20000, cash 22164.
    assert whole["given"] == {"cash": -22164, "stored_value": -20000, "wechat": -20000}
    assert whole["total"] == -62164
    assert whole["balances"] == (100000, 15000, 0)
    assert whole["ledger"] == {"principal": 100000, "bonus": 15000, "points": 0}


def test_refund_of_a_top_up(owner: StoreContext, shop: Shop) -> None:
    qian = member(owner, "钱一", "13100007777")
    top = owner.call(membership.top_up, qian, 50000, "wechat")
    refund = owner.call(sales.refund_sale, top.sale_id, None, "充错了")
    assert refund.total_fen == -50000
    assert refund.payments == (PaymentInfo("wechat", -50000, 0),)
    assert money(refund.balances_after) == (0, 0, 0)  # principal and its bonus both reversed
    assert [r[:3] for r in ledger_rows(owner, qian)] == [
        ("principal", "top_up", 50000),
        ("bonus", "top_up", 5000),
        ("principal", "refund", -50000),
        ("bonus", "refund", -5000),
    ]
    check_ok(owner)  # the reversal is no stored-value payment of the refund


def test_a_top_up_already_spent_cannot_be_refunded(owner: StoreContext, shop: Shop) -> None:
    qian = member(owner, "钱一", "13100007777")
    top = owner.call(membership.top_up, qian, 50000, "wechat")
    sell(owner, qian, amount(1000), pay(stored_value=1000))
    with pytest.raises(InsufficientBalance):
        owner.call(sales.refund_sale, top.sale_id, None, "不充了")
    assert money(bal(owner, qian)) == (50000 - 909, 5000 - 91, 10)  # 1000 × 5000/55000 = 90.9
    check_ok(owner)


# -- approvals -----------------------------------------------------------------------------------
def _last_audit(ctx: StoreContext) -> tuple[str, str, str, str]:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - a cashier may not read the log
        row = uow.audit.recent(1)[0]
    return (str(row["username"]), str(row["action"]), str(row["outcome"]), str(row["detail"]))


def test_a_cashier_needs_a_manager_above_the_threshold(
    cashier_shop: tuple[StoreContext, Shop],
) -> None:
    ctx, shop_ = cashier_shop
    li = member(ctx, "李四", "13700001111")
    sale = sell(ctx, li, item(shop_.shampoo, 3), pay(wechat=36000))
    assert ctx.call(sales.quote_refund, sale.sale_id).needs_approval
    with pytest.raises(PermissionDenied):
        ctx.call(sales.refund_sale, sale.sale_id, None, "退货")
    user, action, outcome, detail = _last_audit(ctx)
    assert (user, action, outcome) == (CASHIER, "sale_refund", "denied")
    assert "36000" in detail
    assert ctx.call(sales.get_sale, sale.sale_id).refunds == ()  # nothing was written
    # One bottle (¥120) is under the ¥200 threshold: no approval needed.
    one = ctx.call(sales.refund_sale, sale.sale_id, {sale.lines[0].line_id: 1}, "一瓶")
    assert one.approved_by_name is None
    # The owner confirms at the counter with their password.
    with pytest.raises(WrongPassword):
        ctx.confirm_manager(OWNER, "not-the-password")
    assert _last_audit(ctx)[1:3] == ("approval", "failed")
    with pytest.raises(PermissionDenied):
        ctx.confirm_manager(CASHIER, CASHIER_PASSWORD)  # a cashier cannot approve
    boss = ctx.confirm_manager(OWNER, OWNER_PASSWORD)
    rest = ctx.call(sales.refund_sale, sale.sale_id, None, "退货", approved_by=boss)
    assert (rest.total_fen, rest.approved_by_name, rest.cashier_name) == (-24000, "王店长", "小李")
    user, action, outcome, detail = _last_audit(ctx)
    assert (user, action, outcome) == (CASHIER, "sale_refund", "ok")
    assert f'"approved_by": {boss.user_id}' in detail
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - a cashier may not run the check
        assert membership.check_ledgers(uow, None).ok


def test_the_threshold_itself_needs_no_approval(cashier_shop: tuple[StoreContext, Shop]) -> None:
    ctx, _ = cashier_shop
    at = sell(ctx, None, amount(20000), pay(cash=20000))
    above = sell(ctx, None, amount(20001), pay(cash=20001))
    assert not ctx.call(sales.quote_refund, at.sale_id).needs_approval
    assert ctx.call(sales.quote_refund, above.sale_id).needs_approval
    ctx.call(sales.refund_sale, at.sale_id, None, "刚好")
    with pytest.raises(PermissionDenied):
        ctx.call(sales.refund_sale, above.sale_id, None, "多一分")


def test_a_cashier_withdrawal_above_the_threshold_needs_a_manager(
    cashier_shop: tuple[StoreContext, Shop],
) -> None:
    ctx, _ = cashier_shop
    li = member(ctx, "李四", "13700001111")
    ctx.call(membership.top_up, li, 50000, "cash")
    with pytest.raises(PermissionDenied):
        ctx.call(membership.withdraw, li, 30000, "cash", "退卡")
    assert _last_audit(ctx)[1:3] == ("withdrawal", "denied")
    assert money(bal(ctx, li)) == (50000, 5000, 0)
    boss = ctx.confirm_manager(OWNER, OWNER_PASSWORD)
    out = ctx.call(membership.withdraw, li, 30000, "cash", "退卡", approved_by=boss)
    assert out.approved_by_name == "王店长" and money(out.balances_after) == (20000, 5000, 0)


# -- the shift summary and the sales list -------------------------------------------------------
def staff_id(ctx: StoreContext, display_name: str) -> int:
    return next(s.user_id for s in ctx.call(catalogue.list_staff) if s.display_name == display_name)


def _a_day(owner: StoreContext, shop_: Shop, now: Clock) -> dict[str, int]:
    """The owner at the till all day; 小李 is named as serving 张三, the rest is the owner's."""
    zhang = member(owner, "张三", "13812345678")
    li = member(owner, "李四", "13700001111")
    now.set(2025, 5, 9, 23, 59, 59)
    ids = {"yesterday": sell(owner, None, amount(9900), pay(cash=9900)).sale_id}
    now.set(2025, 5, 10, 9, 0)
    ids["top_zhang"] = owner.call(membership.top_up, zhang, 100000, "wechat").sale_id  # +15000
    now.set(2025, 5, 10, 9, 30)
    ids["top_li"] = owner.call(membership.top_up, li, 50000, "cash").sale_id  # +5000
    now.set(2025, 5, 10, 10, 0)
    ids["zhang"] = sell(
        owner, zhang, (item(shop_.cut), item(shop_.shampoo, 2)),
        pay(stored_value=10000, wechat=18864), staff_id=staff_id(owner, "小李"),
    ).sale_id  # fmt: skip  # 28864, 432 points
    now.set(2025, 5, 10, 11, 0)
    ids["walk_in"] = sell(owner, None, amount(3350), pay(cash=5000)).sale_id  # cash 3350
    now.set(2025, 5, 10, 12, 0)
    ids["li"] = sell(owner, li, item(shop_.cut), pay(cash=10000)).sale_id  # 8800, 88 points
    now.set(2025, 5, 10, 15, 0)
    sale = owner.call(sales.get_sale, ids["zhang"])
    ids["refund"] = owner.call(
        sales.refund_sale, ids["zhang"], {sale.lines[1].line_id: 1}, "过敏"
    ).sale_id  # 10560: SV 3659, WeChat 6901, −158 points
    now.set(2025, 5, 10, 18, 0)
    ids["withdrawal"] = owner.call(membership.withdraw, li, 20000, "cash", "退一部分").sale_id
    now.set(2025, 5, 11, 0, 0)
    ids["tomorrow"] = sell(owner, None, amount(100), pay(cash=100)).sale_id
    ids["zhang_id"], ids["li_id"] = zhang, li
    return ids


def test_shift_summary_of_a_small_day(owner: StoreContext, shop: Shop, now: Clock) -> None:
    _a_day(owner, shop, now)
    s = owner.call(sales.shift_summary, datetime(2025, 5, 10), datetime(2025, 5, 11))
    assert s.store_name == "测试门店"
    # Sales: 28864 + 3350 + 8800 = 41014, discount 1056 + 2880 = 3936.
    assert (s.sales, s.sales_total_fen, s.discount_fen) == (3, 41014, 3936)
    assert (s.refunds, s.refunds_fen) == (1, 10560)
    assert (s.top_ups, s.top_ups_fen, s.bonus_given_fen) == (2, 150000, 20000)
    assert s.withdrawals_fen == 20000
    assert s.sales_by_method == {"stored_value": 10000, "wechat": 18864, "cash": 3350 + 8800}
    assert s.top_ups_by_method == {"wechat": 100000, "cash": 50000}
    assert s.refunds_by_method == {"stored_value": 3659, "wechat": 6901}
    # Net: cash 12150 + 50000 − 20000 = 42150; WeChat 18864 + 100000 − 6901 = 111963;
    # stored value 10000 − 3659 = 6341.
    assert s.by_method == {"cash": 42150, "wechat": 111963, "stored_value": 6341}
    assert s.cash_expected_fen == 42150
    # Stored value spent is net of what refunds gave back, like sessions and cards: 10000 − 3659.
    assert (s.stored_value_spent_fen, s.points_earned, s.points_redeemed) == (6341, 362, 0)
    assert (s.sessions_used, s.cards_sold) == (0, 0)
    # Per staff: 小李 served 张三 (28864 − 10560 = 18304, the refund goes to who made the sale);
    # the owner, at the till, served the other two (3350 + 8800 = 12150).
    assert [(x.staff_name, x.sales, x.total_fen) for x in s.per_staff] == [
        ("小李", 1, 18304),
        ("王店长", 2, 12150),
    ]
    # Only 小李's sales: one sale and its refund; no top-ups (the owner took those).
    xiaoli = owner.call(
        sales.shift_summary, datetime(2025, 5, 10), datetime(2025, 5, 11), staff_id(owner, "小李")
    )
    assert (xiaoli.sales, xiaoli.sales_total_fen, xiaoli.refunds_fen) == (1, 28864, 10560)
    assert (xiaoli.top_ups, xiaoli.by_method) == (0, {"stored_value": 6341, "wechat": 11963})
    boss = owner.call(
        sales.shift_summary, datetime(2025, 5, 10), datetime(2025, 5, 11), owner.actor.user_id
    )
    assert (boss.sales, boss.sales_total_fen, boss.top_ups, boss.withdrawals_fen) == (
        2, 12150, 2, 20000
    )  # fmt: skip
    assert boss.cash_expected_fen == 42150  # all the cash of the day went through the owner
    # An empty shift.
    empty = owner.call(sales.shift_summary, datetime(2025, 5, 12), datetime(2025, 5, 13))
    assert (empty.sales, empty.by_method, empty.cash_expected_fen, empty.per_staff) == (
        0, {}, 0, ()
    )  # fmt: skip


def test_list_sale_ids_filters(owner: StoreContext, shop: Shop, now: Clock) -> None:
    ids = _a_day(owner, shop, now)

    def listed(**kw: object) -> list[str]:
        names = {v: k for k, v in ids.items() if not k.endswith("_id")}
        return [names[i] for i in owner.call(sales.list_sale_ids, SaleFilter(**kw))]  # type: ignore[arg-type]

    day = {"start": datetime(2025, 5, 10), "end": datetime(2025, 5, 11)}
    assert listed(**day) == [
        "withdrawal", "refund", "li", "walk_in", "zhang", "top_li", "top_zhang"
    ]  # fmt: skip
    assert listed() == ["tomorrow", *listed(**day), "yesterday"]
    assert listed(kind="sale", **day) == ["li", "walk_in", "zhang"]
    assert listed(customer_id=ids["zhang_id"]) == ["refund", "zhang", "top_zhang"]
    assert listed(method="cash", **day) == ["withdrawal", "li", "walk_in", "top_li"]
    assert listed(method="stored_value") == ["refund", "zhang"]
    assert listed(staff_id=staff_id(owner, "小李")) == ["refund", "zhang"]
    assert listed(staff_id=owner.actor.user_id, **day) == [
        "withdrawal", "li", "walk_in", "top_li", "top_zhang"
    ]  # fmt: skip
    assert listed(method="alipay") == []
    rows = owner.call(sales.sale_rows, [ids["refund"], ids["walk_in"]])
    assert [(r.kind, r.total_fen, r.customer_name) for r in rows] == [
        ("refund", -10560, "张三"),
        ("sale", 3350, None),
    ]
    assert (rows[0].staff_name, rows[1].staff_name) == ("小李", "王店长")  # the cashier by default
    assert rows[0].cashier_name == "王店长" and rows[1].payments == (PaymentInfo("cash", 3350, 0),)
    first, second = (owner.call(sales.get_sale, ids[k]).no for k in ("top_zhang", "top_li"))
    assert (first, second) == ("20250510-0001", "20250510-0002")  # numbered per day


# -- the ledger check and the append-only tables --------------------------------------------------
def test_check_ledgers_finds_a_broken_cached_balance(
    owner: StoreContext, shop: Shop, now: Clock
) -> None:
    ids = _a_day(owner, shop, now)
    sun = member(owner, "孙七", "13400004444")
    bought = sell(owner, sun, card(shop.card10), pay(cash=50000))
    assert bought.balances_after is not None
    card_id = bought.balances_after.cards[0].card_id
    sell(owner, sun, use(card_id))
    report = owner.call(membership.check_ledgers)
    assert report.ok and report.customers == 3 and report.sales == 11
    zhang = ids["zhang_id"]
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - break the caches on purpose
        uow.connection.exec_driver_sql(
            f"UPDATE customers SET balance_fen = balance_fen + 1, points = points - 2 "
            f"WHERE id = {zhang}"
        )
        uow.connection.exec_driver_sql(
            f"UPDATE customer_cards SET sessions_left = 3 WHERE id = {card_id}"
        )
        uow.commit()
    report = owner.call(membership.check_ledgers)
    # 张三: principal 100000 − 8696 + 3182 = 94486, bonus 15000 − 1304 + 477 = 14173;
    # points 432 − 158 = 274. The card: 10 − 1 = 9 sessions by the ledger.
    assert {(m.customer_id, m.what, m.cached, m.ledger) for m in report.mismatches} == {
        (zhang, "balance", 94486 + 14173 + 1, 94486 + 14173),
        (zhang, "points", 274 - 2, 274),
        (sun, f"card:{card_id}", 3, 9),
    }
    assert _audit_outcome(owner) == ("ledger_check", "mismatch")


def _audit_outcome(ctx: StoreContext) -> tuple[str, str]:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001
        row = uow.audit.recent(1)[0]
    return str(row["action"]), str(row["outcome"])


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE sales SET total_fen = 0",
        "UPDATE sales SET note = 'x'",
        "UPDATE sales SET at = '2020-01-01 00:00:00'",
        "DELETE FROM sales",
        "UPDATE sale_lines SET amount_fen = 0",
        "DELETE FROM sale_lines",
        "UPDATE sale_payments SET amount_fen = 0",
        "DELETE FROM sale_payments",
        "UPDATE ledger_entries SET delta = 0",
        "DELETE FROM ledger_entries",
    ],
)
def test_sales_and_the_ledger_are_append_only(owner: StoreContext, shop: Shop, sql: str) -> None:
    zhang = member(owner, "张三", "13812345678")
    owner.call(membership.top_up, zhang, 50000, "cash")
    sell(owner, zhang, item(shop.cut), pay(stored_value=8800))
    store = owner._store  # noqa: SLF001 - straight to the database
    with store.unit_of_work() as uow, pytest.raises(IntegrityError, match="append-only"):
        uow.connection.exec_driver_sql(sql)


def test_a_sale_may_change_customer_when_two_are_merged(owner: StoreContext, shop: Shop) -> None:
    zhang = member(owner, "张三", "13812345678")
    other = member(owner, "张三丰", "13812345679")
    sale = sell(owner, zhang, item(shop.cut), pay(cash=8800))
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        uow.connection.exec_driver_sql(
            f"UPDATE sales SET customer_id = {other} WHERE id = {sale.sale_id}"
        )
        uow.commit()
    assert owner.call(sales.get_sale, sale.sale_id).customer_id == other


def test_sale_numbers_keep_counting_past_9999_a_day(owner: StoreContext) -> None:
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - 10,000 sales are too slow to record
        for no in ("20250510-9999", "20250510-10000"):
            uow.sales.insert_sale(
                {
                    "no": no, "kind": "sale", "at": datetime(2025, 5, 10, 12), "customer_id": None,
                    "cashier_id": owner.actor.user_id, "list_fen": 0, "discount_fen": 0,
                    "total_fen": 0,
                }
            )  # fmt: skip
        assert uow.sales.next_no(date(2025, 5, 10)) == "20250510-10001"
        assert uow.sales.next_no(date(2025, 5, 11)) == "20250511-0001"


def test_the_next_sale_number_costs_the_same_however_many_sales_the_day_has(
    owner: StoreContext,
) -> None:
    """The day's highest number is one step down the index (issue 23). Old code: the numeric
    maximum read every number of the day, so SQLite's steps grew with the day's sales."""
    steps = 0

    def step() -> int:
        nonlocal steps
        steps += 1
        return 0

    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - hundreds of sales are slow

        def add(no: str) -> None:
            uow.sales.insert_sale(
                {
                    "no": no, "kind": "sale", "at": datetime(2025, 5, 10, 12), "customer_id": None,
                    "cashier_id": owner.actor.user_id, "list_fen": 0, "discount_fen": 0,
                    "total_fen": 0,
                }
            )  # fmt: skip

        def next_no(day: date) -> tuple[str, int]:
            nonlocal steps
            driver = uow.connection.connection.driver_connection
            assert driver is not None
            steps = 0
            driver.set_progress_handler(step, 1)
            try:
                return uow.sales.next_no(day), steps
            finally:
                driver.set_progress_handler(None, 1)

        for n in range(1, 4):
            add(f"20250510-{n:04d}")
        next_no(date(2025, 5, 10))  # the statements prepared
        number, few = next_no(date(2025, 5, 10))
        assert number == "20250510-0004"
        for n in range(4, 404):
            add(f"20250510-{n:04d}")
        number, many = next_no(date(2025, 5, 10))
        assert number == "20250510-0404"
        assert many == few, (few, many)
        # A number not written as four digits is looked for among them all, as before.
        add("20250512-0007")
        add("20250512-x")
        assert next_no(date(2025, 5, 12))[0] == "20250512-0008"
