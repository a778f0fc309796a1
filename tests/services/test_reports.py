"""The business report on a real encrypted store with a month of known sales: every figure is
worked out by hand in the comment beside it.

The shop is ``test_sales.stock``: 剪发 ¥88.00 (service), 洗发水 ¥120.00, 烫发 ¥333.00 (not
discountable), 毛巾 a gift for 100 points, 剪发10次卡 ¥500 (10 cuts, 365 days); 金卡 88% ×1.5
points for a single top-up of ¥1000; 充500送50, 充1000送150; 100 points = ¥1.

April (the previous period)
  A1 04-10  walk-in, 剪发, cash 8800 (boss)
  A2 04-20  张三, 洗发水, WeChat 12000 (boss)                       → 120 points
May (the report)
  M1 05-02  张三 tops up 100000 by WeChat, bonus 15000               → gold
  M2 05-03  张三 剪发 + 2 × 洗发水 at 88%: 7744 + 21120 = 28864 (discount 3936), paid stored
            value 10000 (principal 8696 + bonus 1304, in proportion to 100000 : 15000) and
            WeChat 18864                                             → 432 points (×1.5)
  M3 05-10  李四 烫发 33300, cash (served by 小李)                      → 333 points
  M4 05-10  one 洗发水 of M2 refunded: 21120 / 2 = 10560 back, in proportion to the payments:
            stored value 3659 (principal 3182 + bonus 477) and WeChat 6901; 158 points of
            M2's 432 taken back (432 × 10560 / 28864, rounded down); discount −1440
  M5 05-15  walk-in 洗发水, Alipay 12000 (served by 小李)
  M6 05-20  李四 buys the 10-cut card, bank card 50000                  → 500 points
  M7 05-21  李四 uses one cut of the card (a visit of ¥0)
  M8 05-25  王五 tops up 50000 cash (bonus 5000); refunded 05-26 in full
  M9 05-28  张三 withdraws 5000 of principal in cash
  M10 05-29 张三 takes the 毛巾 for 100 points
Customers 张三 and 李四 were created in April, 王五 and 赵六 in May. Reminders contacted:
  张三 dormant 05-01 (came back 05-03), 李四 dormant 05-05 (came back 05-10), 王五 birthday
  05-20 (did not), 张三 return_visit 04-25 (before the period: not counted).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from storecrm.domain import clock
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.domain.reminders import Channel, ReminderAction
from storecrm.domain.reports import Granularity, RfmSegment
from storecrm.domain.roles import Role
from storecrm.services import (
    customers,
    membership,
    reminders,
    reports,
    sales,
    session,
    users,
)
from storecrm.services.reports import ReportCancelled, ReportRequest
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD, make_store
from tests.services.test_sales import Clock, card, item, pay, sell, stock, use


@dataclass(frozen=True)
class Store:
    folder: Path
    boss: int
    xiaoli: int
    zhang: int
    li: int
    wang: int
    zhao: int
    sale_m2: int


def _build(folder: Path, now: Clock) -> Store:
    created = make_store(folder)
    ctx = created.context
    xiaoli = ctx.call(
        users.add_user, username=CASHIER, display_name="小李", role=Role.CASHIER,
        password=CASHIER_PASSWORD,
    ).user_id  # fmt: skip
    boss = ctx.actor.user_id
    now.set(2025, 4, 1, 9, 0, 0)
    shop = stock(ctx)

    def customer(name: str, phone: str) -> int:
        return ctx.call(
            customers.create_customer, CustomerDraft(name=name, phone=phone)
        ).customer_id

    zhang = customer("张三", "13812345678")
    li = customer("李四", "13912345678")
    now.set(2025, 4, 10, 10, 0, 0)
    sell(ctx, None, item(shop.cut), pay(cash=8800), staff_id=boss)  # A1
    now.set(2025, 4, 20, 11, 0, 0)
    sell(ctx, zhang, item(shop.shampoo), pay(wechat=12000), staff_id=boss)  # A2
    now.set(2025, 4, 25, 9, 0, 0)
    contact(ctx, zhang, "return_visit")
    now.set(2025, 5, 1, 9, 0, 0)
    wang = customer("王五", "13712345678")
    zhao = customer("赵六", "13612345678")
    contact(ctx, zhang, "dormant")
    now.set(2025, 5, 2, 10, 0, 0)
    ctx.call(membership.top_up, zhang, 100000, "wechat")  # M1
    now.set(2025, 5, 3, 14, 0, 0)
    m2 = sell(  # M2
        ctx, zhang, (item(shop.cut), item(shop.shampoo, 2)), pay(stored_value=10000, wechat=18864),
        staff_id=boss,
    )  # fmt: skip
    assert (m2.total_fen, m2.sv_principal_fen, m2.sv_bonus_fen, m2.points_earned) == (
        28864, -8696, -1304, 432,
    )  # fmt: skip
    now.set(2025, 5, 5, 9, 0, 0)
    contact(ctx, li, "dormant")
    now.set(2025, 5, 10, 16, 0, 0)
    sell(ctx, li, item(shop.perm), pay(cash=33300), staff_id=xiaoli)  # M3
    now.set(2025, 5, 10, 16, 30, 0)
    shampoo_line = next(x.line_id for x in m2.lines if x.item_id == shop.shampoo)
    refund = ctx.call(sales.refund_sale, m2.sale_id, {shampoo_line: 1}, "不合适")  # M4
    assert refund.total_fen == -10560
    assert (refund.sv_principal_fen, refund.sv_bonus_fen, refund.points_earned) == (3182, 477, -158)
    assert sorted((p.method, p.amount_fen) for p in refund.payments) == [
        ("stored_value", -3659), ("wechat", -6901),
    ]  # fmt: skip
    now.set(2025, 5, 15, 12, 0, 0)
    sell(ctx, None, item(shop.shampoo), pay(alipay=12000), staff_id=xiaoli)  # M5
    now.set(2025, 5, 20, 10, 0, 0)
    contact(ctx, wang, "birthday")
    sell(ctx, li, card(shop.card10), pay(bank_card=50000), staff_id=boss)  # M6
    now.set(2025, 5, 21, 10, 0, 0)
    card_id = next(c.card_id for c in ctx.call(membership.member_summary, li).balances.cards)
    sell(ctx, li, use(card_id), (), staff_id=boss)  # M7
    now.set(2025, 5, 25, 10, 0, 0)
    top = ctx.call(membership.top_up, wang, 50000, "cash")  # M8
    now.set(2025, 5, 26, 10, 0, 0)
    ctx.call(sales.refund_sale, top.sale_id, None, "充错了")
    now.set(2025, 5, 28, 10, 0, 0)
    ctx.call(membership.withdraw, zhang, 5000, "cash", "急用")  # M9
    now.set(2025, 5, 29, 10, 0, 0)
    ctx.call(membership.redeem_gift, zhang, shop.towel)  # M10
    assert ctx.call(membership.check_ledgers).mismatches == ()
    ctx.sign_out()
    return Store(folder, boss, xiaoli, zhang, li, wang, zhao, m2.sale_id)


def contact(ctx: StoreContext, customer_id: int, kind: str) -> None:
    ctx.call(
        reminders.act,
        customer_id=customer_id,
        kind=kind,
        ref=clock.now().date().isoformat(),
        action=ReminderAction.CONTACTED,
        channel=Channel.PHONE,
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("STORECRM_HOME", str(tmp_path_factory.mktemp("home")))
        now = Clock(datetime(2025, 4, 1, 9, 0, 0))
        mp.setattr(clock, "now", now)
        yield _build(tmp_path_factory.mktemp("store") / "store", now)


@pytest.fixture
def boss(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[StoreContext]:
    monkeypatch.setattr(clock, "now", Clock(datetime(2025, 6, 5, 9, 0, 0)))
    ctx = session.sign_in(store.folder, OWNER, OWNER_PASSWORD)
    yield ctx
    ctx.close()


@pytest.fixture
def may(boss: StoreContext) -> reports.Report:
    return boss.call(reports.build_report, ReportRequest(date(2025, 5, 1), date(2025, 5, 31)))


# -- sales ---------------------------------------------------------------------------------------
def test_revenue_visits_and_average_ticket_net_of_the_refund(may: reports.Report) -> None:
    t = may.totals
    # Sales M2 28864 + M3 33300 + M5 12000 + M6 50000 + M7 0 = 124164 in 5 tickets.
    assert (t.sales, t.gross_fen) == (5, 124164)
    # The refund of M2's shampoo (10560) counts on 05-10; the top-up's refund is no sale's.
    assert (t.refunds, t.refunds_fen, t.revenue_fen) == (1, 10560, 113604)
    assert t.average_ticket_fen == 22721  # 113604 / 5 = 22720.8, half up
    assert t.discount_fen == 3936 - 1440  # M2's discount less the refunded line's
    assert (t.member_fen, t.walk_in_fen) == (101604, 12000)
    # Top-ups M1 100000 + M8 50000; M8 given back; M9 paid out; M10 a gift.
    assert (t.top_ups, t.top_ups_fen, t.top_up_refunds_fen) == (2, 150000, 50000)
    assert (t.net_top_ups_fen, t.withdrawals_fen, t.gifts) == (100000, 5000, 1)


def test_comparison_with_april(may: reports.Report) -> None:
    assert (may.previous.start, may.previous.end) == (date(2025, 4, 1), date(2025, 4, 30))
    s = may.summary
    assert (s.revenue_fen.current, s.revenue_fen.previous) == (113604, 20800)  # A1 + A2
    assert s.revenue_fen.change == Decimal("446.2")  # (113604 − 20800) / 20800
    assert (s.visits.current, s.visits.previous) == (5, 2)
    assert (s.average_ticket_fen.current, s.average_ticket_fen.previous) == (22721, 10400)
    assert (s.new_customers.current, s.new_customers.previous) == (2, 2)
    assert s.new_customers.change == Decimal("0.0")


def test_the_month_so_far_against_the_same_days_of_last_month(boss: StoreContext) -> None:
    """1–12 May against 1–12 April: A2 (20 April) lies between the two and counts nowhere."""
    report = boss.call(reports.build_report, ReportRequest(date(2025, 5, 1), date(2025, 5, 12)))
    assert (report.previous.start, report.previous.end) == (date(2025, 4, 1), date(2025, 4, 12))
    s = report.summary
    assert (s.revenue_fen.current, s.revenue_fen.previous) == (28864 + 33300 - 10560, 8800)
    assert s.money_received_fen.previous == 8800  # A1's cash only
    assert s.new_customers.previous == 2  # 张三 and 李四, created on 1 April
    staff = {r.name: r for r in report.staff}
    assert staff["王店长"].previous_revenue_fen == 8800
    assert report.customers.previous_active == 0  # A1 was a walk-in
    assert report.summary.churn_rate.current is None
    assert {m.method: m.previous_net_fen for m in report.payments}["wechat"] == 0


def test_days_weeks_and_months_add_up_to_the_period(may: reports.Report) -> None:
    by_day = {b.period.start: b.figures for b in may.by_day}
    assert len(by_day) == 31
    assert by_day[date(2025, 5, 10)].gross_fen == 33300  # M3
    assert by_day[date(2025, 5, 10)].refunds_fen == 10560  # M4, on the day of the refund
    assert by_day[date(2025, 5, 10)].revenue_fen == 33300 - 10560
    assert by_day[date(2025, 5, 26)].top_up_refunds_fen == 50000
    assert by_day[date(2025, 5, 1)].new_customers == 2
    assert sum(f.revenue_fen for f in by_day.values()) == 113604
    # Weeks run Monday to Sunday, clipped to May: 1–4, 5–11, 12–18, 19–25, 26–31.
    assert [(b.period.start.day, b.period.end.day) for b in may.by_week] == [
        (1, 4), (5, 11), (12, 18), (19, 25), (26, 31),
    ]  # fmt: skip
    # M2 | M3 − M4 (refunded on the 10th) | M5 | M6 | nothing
    assert [b.figures.revenue_fen for b in may.by_week] == [28864, 22740, 12000, 50000, 0]
    assert [b.figures.revenue_fen for b in may.by_month] == [113604]
    assert may.granularity is Granularity.DAY
    assert len(may.previous_by_day) == 30
    assert sum(b.figures.revenue_fen for b in may.previous_by_day) == 20800


def test_payment_methods_match_the_day_summary(boss: StoreContext, may: reports.Report) -> None:
    rows = {m.method: m for m in may.payments}
    # cash: M3 33300 + M8 50000 − M8's refund 50000 − M9 5000
    assert (rows["cash"].sales_fen, rows["cash"].top_ups_fen) == (33300, 50000)
    assert (rows["cash"].refunds_fen, rows["cash"].withdrawals_fen) == (50000, 5000)
    assert rows["cash"].net_fen == 28300
    # WeChat: M2 18864 + M1 100000 − M4 6901
    assert (rows["wechat"].sales_fen, rows["wechat"].top_ups_fen) == (18864, 100000)
    assert (rows["wechat"].refunds_fen, rows["wechat"].net_fen) == (6901, 111963)
    assert rows["alipay"].net_fen == 12000 and rows["bank_card"].net_fen == 50000
    # Stored value spent is not money received: M2 10000 − M4 3659.
    assert (rows["stored_value"].sales_fen, rows["stored_value"].refunds_fen) == (10000, 3659)
    assert "points" not in rows  # the gift's payment is points only, no money
    assert may.summary.money_received_fen.current == 28300 + 111963 + 12000 + 50000
    assert may.summary.money_received_fen.previous == 8800 + 12000
    assert rows["cash"].previous_net_fen == 8800
    # The report's day and the day summary (交班) agree, method by method.
    day = boss.call(reports.build_report, ReportRequest(date(2025, 5, 10), date(2025, 5, 10)))
    shift = boss.call(sales.shift_summary, datetime(2025, 5, 10), datetime(2025, 5, 11))
    assert day.totals.gross_fen == shift.sales_total_fen == 33300
    assert day.totals.refunds_fen == shift.refunds_fen == 10560
    assert {m.method: m.net_fen for m in day.payments} == {
        k: v for k, v in shift.by_method.items() if v
    }


def test_items_and_categories_add_up_to_revenue(may: reports.Report) -> None:
    items = {(i.kind, i.name): i for i in may.items}
    cut, shampoo, perm = items[("item", "剪发")], items[("item", "洗发水")], items[("item", "烫发")]
    assert (cut.qty, cut.amount_fen, cut.sessions_used) == (1, 7744, 1)  # M2; M7 from the card
    assert (shampoo.qty, shampoo.amount_fen) == (2, 21120 - 10560 + 12000)  # M2 − M4 + M5
    assert (shampoo.discount_fen) == 2880 - 1440
    assert (perm.qty, perm.amount_fen) == (1, 33300)
    assert (items[("card", "剪发10次卡")].qty, items[("card", "剪发10次卡")].amount_fen) == (
        1,
        50000,
    )
    assert sum(i.amount_fen for i in may.items) == may.totals.revenue_fen
    cats = {(c.kind, c.category): (c.qty, c.amount_fen) for c in may.categories}
    assert cats == {("item", ""): (4, 63604), ("card", ""): (1, 50000)}


def test_staff(may: reports.Report) -> None:
    rows = {s.name: s for s in may.staff}
    boss, xiaoli = rows["王店长"], rows["小李"]
    # boss served M2, M6, M7 (3 tickets); M4 refunds M2, so it is boss's too.
    assert (boss.sales, boss.revenue_fen) == (3, 28864 + 50000 + 0 - 10560)
    assert boss.top_ups_fen == 100000 + 50000 - 50000  # M1, M8 and M8's refund
    assert boss.previous_revenue_fen == 20800
    assert (xiaoli.sales, xiaoli.revenue_fen, xiaoli.previous_revenue_fen) == (2, 45300, 0)
    assert xiaoli.average_ticket_fen == 22650
    assert [s.name for s in may.staff] == ["王店长", "小李"]  # most revenue first


# -- customers -----------------------------------------------------------------------------------
def test_customers_new_active_repeat_and_churn(may: reports.Report) -> None:
    c = may.customers
    assert (c.new, c.total_at_end) == (2, 4)  # 王五, 赵六; four on file
    assert (c.active, c.repeat) == (2, 1)  # 张三 once, 李四 three times
    assert c.repeat_rate == Decimal("50.0")
    assert (c.first_time, c.returning) == (1, 1)  # 李四 first came in May; 张三 in April
    assert (c.previous_active, c.retained, c.churned) == (1, 1, 0)  # 张三 (A1 was a walk-in)
    assert c.churn_rate == Decimal("0.0")
    assert may.summary.repeat_rate.previous == Decimal("0.0")
    assert may.lapsed_customers == ()


def test_rfm_segments_and_top_customers(store: Store, may: reports.Report) -> None:
    rfm = may.rfm
    # The window: the twelve months up to 31 May. 张三: last visit 05-03 (28 days), 2 visits,
    # 12000 + 28864 − 10560 = 30304. 李四: 05-21 (10 days), 3 visits, 83300.
    assert (rfm.window.start, rfm.window.end) == (date(2024, 6, 1), date(2025, 5, 31))
    assert (rfm.scale.customers, rfm.scale.recency_days_sum) == (2, 38)
    assert (rfm.scale.visits_sum, rfm.scale.spend_fen_sum) == (5, 113604)
    assert rfm.scale.mean_recency_days() == Decimal("19.0")
    rows = {r.segment: r for r in rfm.rows if r.customers}
    assert set(rows) == {RfmSegment.IMPORTANT_VALUE, RfmSegment.GENERAL_WIN_BACK}
    best = rows[RfmSegment.IMPORTANT_VALUE]
    assert (best.customers, best.spend_fen, best.visits) == (1, 83300, 3)
    assert rows[RfmSegment.GENERAL_WIN_BACK].spend_fen == 30304
    top = may.top_customers
    assert [(c.customer_id, c.visits, c.spend_fen) for c in top] == [
        (store.li, 3, 83300), (store.zhang, 1, 18304),
    ]  # fmt: skip
    assert top[0].name == "李四" and top[0].phone == "139****5678"
    assert top[0].last_visit == date(2025, 5, 21)
    assert top[0].tier == "银卡" and top[0].segment is RfmSegment.IMPORTANT_VALUE
    assert top[1].balance_fen == 89486 + 14173  # 张三's stored value now


# -- liabilities ---------------------------------------------------------------------------------
def test_liabilities_principal_and_bonus_apart(may: reports.Report) -> None:
    li = may.liabilities
    # 张三 principal: 100000 − 8696 + 3182 − 5000 = 89486; bonus 15000 − 1304 + 477 = 14173.
    # 王五's 50000 + 5000 came and went back.
    assert (li.closing.principal_fen, li.closing.bonus_fen) == (89486, 14173)
    assert li.closing.stored_value_fen == may.summary.stored_value_fen.current == 103659
    assert (li.opening.principal_fen, li.opening.bonus_fen) == (0, 0)
    p, b = li.principal, li.bonus
    assert (p.top_ups, p.spent, p.refunded_to_balance) == (150000, -8696, 3182)
    assert (p.top_ups_refunded, p.withdrawn, p.forfeited, p.other) == (-50000, -5000, 0, 0)
    assert (b.top_ups, b.spent, b.refunded_to_balance, b.top_ups_refunded) == (
        20000, -1304, 477, -5000,
    )  # fmt: skip
    assert p.net == 89486 and b.net == 14173


def test_liabilities_points_and_sessions(may: reports.Report) -> None:
    li = may.liabilities
    # Points: 张三 120 (April) + 432 − 158 − 100 = 294; 李四 333 + 500 = 833.
    assert (li.opening.points, li.closing.points) == (120, 294 + 833)
    assert li.closing.points_value_fen == 1127  # 100 points = ¥1
    pts = li.points
    assert (pts.earned, pts.refunds, pts.gifts, pts.redeemed, pts.expired) == (
        432 + 333 + 500, -158, -100, 0, 0,
    )  # fmt: skip
    # 李四's card: 10 sessions bought, 1 used; 9 left at ¥500 / 10 each.
    assert (li.closing.sessions, li.closing.session_cards) == (9, 1)
    assert li.closing.sessions_value_fen == 45000
    assert (li.sessions_sold, li.sessions_used) == (10, 1)
    assert li.opening.sessions == 0


def test_liabilities_as_of_an_earlier_end(boss: StoreContext) -> None:
    """Up to 5 May: only M1 and M2 have moved stored value."""
    early = boss.call(reports.build_report, ReportRequest(date(2025, 5, 1), date(2025, 5, 5)))
    c = early.liabilities.closing
    assert (c.principal_fen, c.bonus_fen) == (100000 - 8696, 15000 - 1304)
    assert c.points == 120 + 432
    assert c.sessions == 0


# -- reminders -----------------------------------------------------------------------------------
def test_reminder_effect(may: reports.Report) -> None:
    effect = may.reminders
    assert effect.days == 30
    rows = {r.kind: r for r in effect.rows}
    dormant, birthday = rows["dormant"], rows["birthday"]
    # 张三 came back on 05-03 (net 28864 − 10560); 李四 on 05-10, 05-20 and 05-21.
    assert (dormant.contacts, dormant.came_back, dormant.spent_fen) == (2, 2, 18304 + 83300)
    assert dormant.rate == Decimal("100.0")
    assert (birthday.contacts, birthday.came_back, birthday.spent_fen) == (1, 0, 0)
    assert birthday.open_windows == 1  # 05-20 + 30 days is after 06-05, when it was made
    assert "return_visit" not in rows  # 04-25 is before the period
    total = effect.total
    assert (total.contacts, total.customers, total.came_back) == (3, 3, 2)
    assert total.rate == Decimal("66.7")
    assert total.spent_fen == 101604


def test_a_shorter_window_counts_fewer_returns(boss: StoreContext) -> None:
    report = boss.call(
        reports.build_report,
        ReportRequest(date(2025, 5, 1), date(2025, 5, 31), reminder_days=3),
    )
    rows = {r.kind: r for r in report.reminders.rows}
    # Within 3 days: 张三 (05-01 → 05-03) yes; 李四 (05-05 → 05-10) no.
    assert (rows["dormant"].came_back, rows["dormant"].spent_fen) == (1, 18304)


# -- the service -----------------------------------------------------------------------------------
def test_a_cashier_may_not_see_reports(store: Store) -> None:
    ctx = session.sign_in(store.folder, CASHIER, CASHIER_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            ctx.call(reports.build_report, ReportRequest(date(2025, 5, 1), date(2025, 5, 31)))
        with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - the audit log as stored
            refused = uow.audit.recent(1, action="report_view")
        assert refused[0]["outcome"] == "denied" and refused[0]["username"] == CASHIER
    finally:
        ctx.close()


def test_progress_and_cancel(boss: StoreContext) -> None:
    seen: list[tuple[int, int]] = []
    boss.call(
        reports.build_report,
        ReportRequest(date(2025, 5, 1), date(2025, 5, 31)),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ReportCancelled):
        boss.call(
            reports.build_report,
            ReportRequest(date(2025, 5, 1), date(2025, 5, 31)),
            cancel=cancel,
        )


def test_without_comparison(boss: StoreContext) -> None:
    report = boss.call(
        reports.build_report, ReportRequest(date(2025, 5, 1), date(2025, 5, 31), compare=False)
    )
    assert report.summary.revenue_fen.previous is None
    assert report.summary.revenue_fen.current == 113604
    assert report.previous_by_day == ()
    assert report.customers.previous_active == 0


def test_an_empty_period(boss: StoreContext) -> None:
    report = boss.call(reports.build_report, ReportRequest(date(2024, 1, 1), date(2024, 1, 31)))
    assert report.totals.sales == 0 and report.totals.average_ticket_fen == 0
    assert report.payments == () and report.items == () and report.top_customers == ()
    assert report.summary.repeat_rate.current is None
    assert report.liabilities.closing.stored_value_fen == 0


def test_a_bad_period_is_refused() -> None:
    with pytest.raises(ValidationError):
        ReportRequest(date(2025, 5, 31), date(2025, 5, 1)).period  # noqa: B018


def test_exports_are_audited(boss: StoreContext, may: reports.Report, tmp_path: Path) -> None:
    for fmt in ("pdf", "xlsx"):
        path = boss.call(reports.export_report, may, tmp_path / f"r.{fmt}", fmt)
        assert path.stat().st_size > 1000
    with boss._store.unit_of_work() as uow:  # noqa: SLF001 - the audit log as stored
        rows = uow.connection.exec_driver_sql(
            "SELECT action, detail FROM audit_log WHERE action = 'report_export' ORDER BY id"
        ).all()
    assert [r[0] for r in rows[-2:]] == ["report_export", "report_export"]
    assert '"format": "xlsx"' in rows[-1][1] and '"from": "2025-05-01"' in rows[-1][1]
    assert "张三" not in rows[-1][1]  # the period and the format, never what the report holds
    with pytest.raises(ValidationError):
        boss.call(reports.export_report, may, tmp_path / "r.doc", "doc")


def test_one_reader_gives_the_same_report(
    boss: StoreContext, may: reports.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read on one connection (a one-processor PC) or on several: the same figures."""
    monkeypatch.setattr(reports, "WORKERS", 1)
    again = boss.call(reports.build_report, ReportRequest(date(2025, 5, 1), date(2025, 5, 31)))
    assert again.totals == may.totals
    assert again.liabilities == may.liabilities
    assert again.rfm == may.rfm
    assert again.payments == may.payments


def test_a_report_reads_the_store_as_it_was_when_it_began(boss: StoreContext) -> None:
    """Every query is bounded by the highest ids read first: a sale recorded after them is not
    in the report, whichever connection reads it."""
    with boss._store.unit_of_work() as uow:  # noqa: SLF001
        marks = uow.reports.marks()
        may = (datetime(2025, 5, 1), datetime(2025, 6, 1))
        span = uow.reports.sale_id_span(*may, marks)
        assert span is not None and span[1] == marks.sale  # M10, the last sale
        earlier = replace(marks, sale=marks.sale - 1)
        assert uow.reports.sale_id_span(*may, earlier) == (span[0], span[1] - 1)
