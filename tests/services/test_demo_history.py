"""Demo history and the ledger check: generated sales add up, and `storecrm check` finds a
cache that was broken on purpose."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select, text

from storecrm.data.schema import (
    customer_cards,
    ledger_entries,
    sale_line_staff,
    sale_lines,
    sales,
)
from storecrm.services import customer_import as imp
from storecrm.services import customers, demo, demo_sales, membership
from storecrm.services.demo_staff import Served
from storecrm.services.session import StoreContext
from storecrm.services.staff import history
from tests.test_cli import run


def _count(ctx: StoreContext, table: object) -> int:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - counting rows in a test
        return int(uow.connection.execute(select(func.count()).select_from(table)).scalar_one())


def test_three_months_of_demo_history_add_up(owner: StoreContext) -> None:
    owner.call(demo.add_demo_customers, 300, 5)
    lines = owner.call(demo_sales.add_demo_history, 3, 5)
    assert lines == _count(owner, sale_lines)
    assert lines > 300  # several visits per customer over three months
    report = owner.call(membership.check_ledgers)
    assert report.ok, report.mismatches[:5]
    assert report.sales == _count(owner, sales)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        kinds = {k for (k,) in uow.connection.execute(text("SELECT DISTINCT kind FROM sales"))}
        cards = uow.connection.execute(select(func.count()).select_from(customer_cards)).scalar()
    assert {"sale", "top_up"} <= kinds
    assert cards and cards > 0


def test_check_reports_a_broken_cache_and_exits_1(store_dir: Path, tmp_path: Path) -> None:
    from storecrm.services import session
    from tests.conftest import OWNER, OWNER_PASSWORD

    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        ctx.call(demo.add_demo_customers, 50, 2)
        ctx.call(demo_sales.add_demo_history, 2, 2)
    finally:
        ctx.sign_out()
    ok = run("check", "--store", str(store_dir), "--user", OWNER, password=OWNER_PASSWORD)
    assert ok.returncode == 0, ok.stderr
    assert "Mismatches found: 0" in ok.stdout

    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - breaking a cache on purpose
            uow.connection.execute(
                text("UPDATE customers SET balance_fen = balance_fen + 1 WHERE id = 7")
            )
            uow.commit()
    finally:
        ctx.sign_out()
    bad = run(
        "check", "--store", str(store_dir), "--user", OWNER, "--json", password=OWNER_PASSWORD
    )
    assert bad.returncode == 1
    assert '"customer_id": 7, "what": "balance"' in bad.stdout


def test_imported_sessions_become_an_opening_card(owner: StoreContext, tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "手机号码", "余额", "积分", "次卡名称", "剩余次数"])
    sheet.append(["李四", "13900001111", "100", 50, "剪发10次卡", 7])
    sheet.append(["王五", "13900002222", "", "", "", ""])
    book.save(path)
    report = owner.call(imp.run_import, path)
    assert report.created == 2
    assert report.opening_sessions == 7
    hit = owner.call(customers.search_customers, "李四")[0]
    summary = owner.call(membership.member_summary, hit.customer_id)
    assert summary.balances.principal_fen == 10000
    assert summary.balances.points == 50
    [card] = summary.balances.cards
    assert (card.name, card.sessions_left, card.sessions_total, card.status) == (
        "剪发10次卡",
        7,
        7,
        "active",
    )
    entries = [x for x in owner.call(membership.ledger, hit.customer_id) if x.account == "sessions"]
    assert [(x.kind, x.delta) for x in entries] == [("opening", 7)]
    assert owner.call(membership.check_ledgers).ok
    assert _count(owner, ledger_entries) == 3


def test_a_second_run_of_demo_history_adds_to_the_first(owner: StoreContext) -> None:
    owner.call(demo.add_demo_customers, 80, 3)
    owner.call(demo_sales.add_demo_history, 2, 3)
    owner.call(demo_sales.add_demo_history, 2, 4)
    assert owner.call(membership.check_ledgers).ok
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - comparing caches with sales
        wrong = uow.connection.execute(
            text(
                "SELECT count(*) FROM customers c WHERE c.visit_count != "
                "(SELECT count(*) FROM sales s WHERE s.customer_id = c.id AND s.kind = 'sale') "
                "OR c.total_spend_fen != (SELECT COALESCE(SUM(total_fen), 0) FROM sales s "
                "WHERE s.customer_id = c.id AND s.kind IN ('sale', 'refund'))"
            )
        ).scalar()
    assert wrong == 0


def test_who_served_each_demo_sale_takes_four_bytes_a_sale() -> None:
    served = Served(100)
    served.set(101, (7, True))
    served.set(102, None)  # a refund: nobody
    served.set(105, (3, False))  # ids skipped in between: nobody
    assert [served.get(i) for i in range(100, 107)] == [
        None,
        (7, True),
        None,
        None,
        None,
        (3, False),
        None,
    ]
    assert served.codes.itemsize == 4 and len(served.codes) == 5


def test_the_demo_commission_history_is_posted_and_committed_slice_by_slice(
    owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Who served is posted for every ticket the roster served, and each slice of the posting
    is committed (a million customers' year of commission no longer sits in the WAL at once)."""
    monkeypatch.setattr(history, "SLICE", 100)
    commits: list[int] = []

    def post(uow: Any, after_id: int, assign: Any, **kw: Any) -> int:
        commit = kw.pop("commit")

        def counted() -> None:
            commits.append(1)
            commit()

        return history.post_history(uow, after_id, assign, commit=counted, **kw)

    monkeypatch.setattr(demo_sales, "post_history", post)
    owner.call(demo.add_demo_customers, 200, 3)
    owner.call(demo_sales.add_demo_history, 2, 3)
    tickets = _count(owner, sales)
    assert len(commits) >= tickets // 100 > 1
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        posted = uow.connection.execute(
            select(func.count(func.distinct(sale_lines.c.sale_id))).where(
                sale_lines.c.id.in_(select(sale_line_staff.c.line_id))
            )
        ).scalar_one()
    assert posted > tickets // 2  # the roster served most tickets (walk-ins and members)
    assert owner.call(membership.check_ledgers).ok
