"""The report summaries (migration 0012) on a real encrypted store: after sales, refunds,
top-ups, an import's opening balances, a merge, the demo history, a restore and the
migration of an existing store, every day's stored sums equal what the raw rows add up to
(counted here by the test's own SQL, and by ``check_summaries``); a summary broken on purpose
is reported by ``storecrm check`` and ``rebuild-summaries`` mends it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storecrm.data.summary_repository import TRIGGERS
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.order_adjust import (
    OrderAdjust,
    OrderDiscount,
    Rounding,
    RoundingMode,
    RoundingUnit,
)
from storecrm.services import backup, customers, demo, demo_sales, membership, sales, summaries
from storecrm.services import customer_import as imp
from storecrm.services.dto import SaleDraft
from storecrm.services.session import StoreContext
from tests.conftest import OWNER_PASSWORD, make_store
from tests.services.test_customer_import import GOOD_AND_BAD, write_xlsx
from tests.services.test_sales import (
    Clock,
    Shop,
    amount,
    card,
    fake_clock,
    item,
    member,
    pay,
    quote,
    sell,
    stock,
    use,
)
from tests.test_cli import run
from tests.wind_back import undo_after

# What the raw rows add up to per day, counted independently of the summaries' own SQL, and
# the same figures read back from the summaries (which keep finer keys: staff, item, card …).
RAW_AND_SUMMED: tuple[tuple[str, str, str], ...] = (
    (
        "sales by day and kind",
        "SELECT substr(at, 1, 10), kind, count(*), sum(total_fen), sum(discount_fen), "
        "sum(CASE WHEN customer_id IS NULL THEN total_fen ELSE 0 END) FROM sales GROUP BY 1, 2",
        "SELECT day, kind, sum(n), sum(total_fen), sum(discount_fen), sum(walk_in_fen) "
        "FROM sales_by_day GROUP BY 1, 2",
    ),
    (
        "refunds by the kind they give back",
        "SELECT substr(r.at, 1, 10), o.kind, count(*), sum(r.total_fen) FROM sales AS r "
        "JOIN sales AS o ON o.id = r.refund_of_id GROUP BY 1, 2",
        "SELECT day, of_kind, sum(n), sum(total_fen) FROM sales_by_day "
        "WHERE of_kind != '' GROUP BY 1, 2",
    ),
    (
        "payments by day and method",
        "SELECT substr(s.at, 1, 10), p.method, count(*), sum(p.amount_fen), sum(p.points) "
        "FROM sale_payments AS p JOIN sales AS s ON s.id = p.sale_id GROUP BY 1, 2",
        "SELECT day, method, sum(n), sum(amount_fen), sum(points) FROM payments_by_day "
        "GROUP BY 1, 2",
    ),
    (
        "lines by day, kind and item",
        "SELECT substr(s.at, 1, 10), l.kind, COALESCE(l.item_id, 0), count(*), sum(l.qty), "
        "sum(l.amount_fen), sum(l.discount_fen) FROM sale_lines AS l "
        "JOIN sales AS s ON s.id = l.sale_id GROUP BY 1, 2, 3",
        "SELECT day, kind, item_id, sum(n), sum(qty), sum(amount_fen), sum(discount_fen) "
        "FROM lines_by_day GROUP BY 1, 2, 3",
    ),
    (
        "ledger by day, account and kind",
        "SELECT substr(at, 1, 10), account, kind, count(*), "
        "sum(CASE WHEN delta > 0 THEN delta ELSE 0 END), "
        "sum(CASE WHEN delta < 0 THEN delta ELSE 0 END) FROM ledger_entries GROUP BY 1, 2, 3",
        "SELECT day, account, kind, sum(n), sum(up), sum(down) FROM ledger_by_day GROUP BY 1, 2, 3",
    ),
)


def _rows(ctx: StoreContext, sql: str) -> set[tuple[Any, ...]]:
    with ctx._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001 - the tables themselves
        return {tuple(r) for r in uow.connection.exec_driver_sql(sql)}


def assert_summaries_match(ctx: StoreContext) -> int:
    """Every summary equals the raw rows' sums; returns how many sales there are."""
    for what, raw, summed in RAW_AND_SUMMED:
        from_rows, stored = _rows(ctx, raw), _rows(ctx, summed)
        assert stored == from_rows, what
    result = ctx.call(summaries.check_summaries)
    assert result.ok and result.mismatches == (), result.mismatches
    return len(_rows(ctx, "SELECT id FROM sales"))


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return fake_clock(monkeypatch)


@pytest.fixture
def shop(owner: StoreContext) -> Shop:
    return stock(owner)


def _busy_days(ctx: StoreContext, shop: Shop, now: Clock) -> None:
    """Three days of a small shop: members and walk-ins, stored value, cards and their use,
    points, refunds in part and in full, a top-up and its refund, a merge."""
    zhang = member(ctx, "张三", "13812345678")
    li = member(ctx, "李四", "13912345678")
    now.set(2025, 5, 10, 10, 0)
    ctx.call(membership.top_up, zhang, 100000, "wechat")  # 充1000送150: gold
    lines = (item(shop.cut), item(shop.shampoo, 2))
    owed = quote(ctx, zhang, lines).total_fen  # less the gold discount
    cut = sell(ctx, zhang, lines, pay(stored_value=owed))
    bought = sell(ctx, li, (card(shop.card10), card(shop.month)), pay(alipay=80000))
    walk_in = sell(ctx, None, (item(shop.cut), amount(1234)), pay(cash=10034))
    now.set(2025, 5, 11, 15, 30)
    assert bought.balances_after is not None
    sell(ctx, li, use(bought.balances_after.cards[0].card_id))
    ctx.call(sales.refund_sale, cut.sale_id, {cut.lines[1].line_id: 1}, "退一瓶")
    ctx.call(sales.refund_sale, walk_in.sale_id, None, "不满意")
    small = ctx.call(membership.top_up, li, 20000, "cash")
    ctx.call(sales.refund_sale, small.sale_id, None, "充错了")
    now.set(2025, 5, 12, 11, 0)
    ctx.call(membership.redeem_gift, zhang, shop.towel, 1)  # 100 of his points
    ctx.call(sales.refund_sale, bought.sale_id, {bought.lines[1].line_id: 1}, "不需要月卡")
    # The till's whole-order discount and rounding (within the sale's discount), refunded in
    # part.
    adjust = OrderAdjust(OrderDiscount.percent(900), Rounding(RoundingUnit.YUAN, RoundingMode.DOWN))
    lines = (item(shop.cut), item(shop.shampoo))
    owed = ctx.call(sales.quote_sale, SaleDraft(zhang, lines, (), adjust=adjust)).total_fen
    adjusted = sell(ctx, zhang, lines, pay(wechat=owed), adjust=adjust)
    assert adjusted.order_discount_fen > 0 and adjusted.rounding_fen != 0
    ctx.call(sales.refund_sale, adjusted.sale_id, {adjusted.lines[1].line_id: 1}, "退洗发水")
    # A walk-in's sale given to a customer moves a walk-ins' total (the one update a sale
    # allows), then a merge moves every sale of one customer to another.
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - as a later correction would
        uow.connection.exec_driver_sql(
            f"UPDATE sales SET customer_id = {li} WHERE id = {walk_in.sale_id}"
        )
        uow.commit()
    twin = ctx.call(customers.create_customer, CustomerDraft(name="李四", phone="13912345670"))
    sell(ctx, twin.customer_id, item(shop.cut), pay(cash=8800))
    ctx.call(customers.merge_customers, li, twin.customer_id)


def test_summaries_equal_the_raw_rows_after_sales_refunds_and_top_ups(
    owner: StoreContext, shop: Shop, now: Clock
) -> None:
    _busy_days(owner, shop, now)
    assert assert_summaries_match(owner) == 14
    days = _rows(owner, "SELECT DISTINCT day FROM sales_by_day")
    assert days == {("2025-05-10",), ("2025-05-11",), ("2025-05-12",)}
    # The walk-in sale given to 李四: the 10th's walk-ins' total is 0 again.
    assert _rows(owner, "SELECT sum(walk_in_fen) FROM sales_by_day WHERE day = '2025-05-10'") == {
        (0,)
    }


def test_summaries_count_an_imports_opening_balances(owner: StoreContext, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "会员.xlsx", GOOD_AND_BAD)
    report = owner.call(imp.run_import, path, None, "skip")
    assert report.created == 3 and report.opening_balance_fen == 123450 + 8800
    assert_summaries_match(owner)
    opening = _rows(
        owner,
        "SELECT account, sum(n), sum(up) FROM ledger_by_day WHERE kind = 'opening' GROUP BY 1",
    )
    assert opening == {("principal", 2, 123450 + 8800), ("points", 1, 200)}


def test_summaries_match_after_the_demo_history(owner: StoreContext) -> None:
    """The demo history pauses the triggers and adds its rows up at the end."""
    owner.call(demo.add_demo_customers, 60, 5)
    owner.call(demo_sales.add_demo_history, 2, 5)
    assert assert_summaries_match(owner) > 100
    assert set(TRIGGERS) <= {
        name for (name,) in _rows(owner, "SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }


def test_summaries_match_in_a_restored_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = fake_clock(monkeypatch)
    ctx = make_store(tmp_path / "store").context
    try:
        shop = stock(ctx)
        _busy_days(ctx, shop, now)
        path = Path(ctx.call(backup.run_backup, tmp_path).info.path)
        now.set(2025, 5, 13, 12, 0)
        sell(ctx, None, item(shop.cut), pay(cash=8800))  # after the backup: not restored
        assert assert_summaries_match(ctx) == 15
        backup.restore_backup(path, ctx.folder, password=OWNER_PASSWORD, context=ctx)
    finally:
        ctx.close()
    for folder in (tmp_path / "store", tmp_path / "elsewhere"):
        if folder.name == "elsewhere":
            backup.restore_backup(path, folder, password=OWNER_PASSWORD)
        restored = _sign_in(folder)
        try:
            assert assert_summaries_match(restored) == 14
            assert _rows(
                restored, "SELECT count(*) FROM sales_by_day WHERE day = '2025-05-13'"
            ) == {(0,)}
            # The restored store keeps them: a sale after the restore is summed.
            now.set(2025, 5, 14, 12, 0)
            sell(restored, None, amount(500), pay(cash=500))
            assert assert_summaries_match(restored) == 15
        finally:
            restored.close()


def _sign_in(folder: Path) -> StoreContext:
    from storecrm.services import session
    from tests.conftest import OWNER

    return session.sign_in(folder, OWNER, OWNER_PASSWORD)


# Tables of later migrations (children first), dropped with the summaries to go back to 0011.
LATER_TABLES = (
    # 0015_campaigns
    "campaign_members",
    "campaigns",
    # 0014_promotions
    "top_up_gifts",
    "sale_savings",
    "coupon_events",
    "coupons",
    "coupon_template_targets",
    "coupon_templates",
    "promotion_tiers",
    "promotion_targets",
    "promotions",
)


def test_the_migration_builds_the_summaries_of_an_existing_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store as 0011 left it (no summaries) gets them, added up from its rows, on opening."""
    now = fake_clock(monkeypatch)
    created = make_store(tmp_path / "store")
    ctx = created.context
    try:
        _busy_days(ctx, stock(ctx), now)
        expected = {what: _rows(ctx, raw) for what, raw, _ in RAW_AND_SUMMED}
        with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - back to what 0011 was
            conn = uow.connection
            for name in TRIGGERS:
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
            for table in ("sales_by_day", "payments_by_day", "lines_by_day", "ledger_by_day"):
                conn.exec_driver_sql(f"DROP TABLE {table}")
            for index in (
                "ix_ledger_entries_sessions",
                "ix_customers_created",
                "ix_customers_first_visit",
            ):
                conn.exec_driver_sql(f"DROP INDEX {index}")
            for table in LATER_TABLES:  # what migrations after 0013 made goes too
                conn.exec_driver_sql(f"DROP TABLE {table}")
            # And what came after 0012 (0013, appointments), so both run again on opening.
            for table in (
                "appointment_services",
                "appointments",
                "dining_tables",
                "book_resources",
                "closed_days",
                "opening_hours",
                "staff_leave",
                "staff_days",
                "staff_weeks",
                "shift_templates",
            ):
                conn.exec_driver_sql(f"DROP TABLE {table}")
            conn.exec_driver_sql("ALTER TABLE catalogue_items DROP COLUMN duration_min")
            undo_after(conn, "0016")  # 0017 on
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0011'")
            uow.commit()
    finally:
        ctx.close()
    upgraded = _sign_in(tmp_path / "store")
    try:
        assert upgraded.upgraded_from == "0011"
        assert assert_summaries_match(upgraded) == 14
        assert {what: _rows(upgraded, raw) for what, raw, _ in RAW_AND_SUMMED} == expected
    finally:
        upgraded.close()


@pytest.fixture
def sold_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    now = fake_clock(monkeypatch)
    ctx = make_store(tmp_path / "store").context
    try:
        _busy_days(ctx, stock(ctx), now)
        assert_summaries_match(ctx)
    finally:
        ctx.close()
    yield tmp_path / "store"


@pytest.mark.parametrize(
    "breakage",
    [
        "UPDATE sales_by_day SET total_fen = total_fen + 1 WHERE day = '2025-05-11' "
        "AND kind = 'refund' AND of_kind = 'sale'",
        "DELETE FROM payments_by_day WHERE method = 'alipay' AND kind = 'refund'",
        "INSERT INTO ledger_by_day VALUES ('2024-01-01', 'principal', 'top_up', 1, 100, 0)",
        "UPDATE lines_by_day SET qty = qty + 1 WHERE kind = 'session'",
    ],
)
def test_check_reports_a_summary_broken_on_purpose(sold_store: Path, breakage: str) -> None:
    ctx = _sign_in(sold_store)
    try:
        with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - break it on purpose
            uow.connection.exec_driver_sql(breakage)
            uow.commit()
        found = ctx.call(summaries.check_summaries)
        assert not found.ok and found.count == len(found.mismatches) == 1
        table = breakage.split()[2 if breakage.startswith(("DELETE", "INSERT")) else 1]
        assert found.mismatches[0].table == table
    finally:
        ctx.close()
    result = run("check", "--store", str(sold_store), password=OWNER_PASSWORD)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"Summary out of step: {table}" in result.stdout
    assert "Report summaries out of step: 1" in result.stdout
    checked = run("check", "--store", str(sold_store), "--json", password=OWNER_PASSWORD)
    assert checked.returncode == 1 and '"summary_mismatches": 1' in checked.stdout

    rebuilt = run("rebuild-summaries", "--store", str(sold_store), password=OWNER_PASSWORD)
    assert rebuilt.returncode == 0, rebuilt.stderr
    again = run("check", "--store", str(sold_store), password=OWNER_PASSWORD)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "out of step" not in again.stdout
    ctx = _sign_in(sold_store)
    try:
        assert_summaries_match(ctx)
    finally:
        ctx.close()


def test_a_store_opened_with_a_trigger_missing_builds_the_summaries_again(
    sold_store: Path,
) -> None:
    """A bulk writer that died with the triggers paused: opening the store mends it."""
    ctx = _sign_in(sold_store)
    try:
        with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - as a killed demo run leaves it
            uow.connection.exec_driver_sql("DROP TRIGGER sales_by_day_add")
            uow.connection.exec_driver_sql("DELETE FROM sales_by_day")
            uow.commit()
        assert not ctx.call(summaries.check_summaries).ok
    finally:
        ctx.close()
    ctx = _sign_in(sold_store)
    try:
        assert assert_summaries_match(ctx) == 14
    finally:
        ctx.close()


def test_check_and_rebuild_need_their_permissions(store_dir: Path) -> None:
    from storecrm.domain.errors import PermissionDenied
    from storecrm.services import session
    from tests.conftest import CASHIER, CASHIER_PASSWORD

    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            ctx.call(summaries.rebuild_summaries)
        with pytest.raises(PermissionDenied):
            ctx.call(summaries.check_summaries)
    finally:
        ctx.close()
