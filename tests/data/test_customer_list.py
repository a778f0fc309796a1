"""The customer list read a page at a time (keyset paging, data/customer_list.py) gives the
same customers in the same order as the statement that read every id sorted (the code before,
kept as the export's ``list_ids``), for every sort column and direction, every kind of filter,
archived customers in or out, with ties on the sort value, whether the page is read from a
narrow filter's customers or by walking the sort index, and whether or not the walk stops on a
budget of index entries (a short page and where to go on)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from storecrm.data import customer_list
from storecrm.data.customer_list import list_page
from storecrm.domain.customer import CategoryRules, QueryKind, classify_query
from storecrm.services import customers as svc
from storecrm.services import demo
from storecrm.services.session import StoreContext

SORTS = ("name", "last_visit", "visits", "total_spend", "balance")
TODAY = date(2026, 6, 1)


@pytest.fixture
def listed(owner: StoreContext) -> StoreContext:
    owner.call(demo.add_demo_customers, 300, 5)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - ties, visits, tags, archived
        conn = uow.connection
        conn.exec_driver_sql(
            "UPDATE customers SET total_spend_fen = (id % 4) * 1000, balance_fen = (id % 3) * 50,"
            " visit_count = id % 5, first_visit_at = NULL, last_visit_at = NULL"
        )
        conn.exec_driver_sql(
            "UPDATE customers SET last_visit_at = '2026-0' || (1 + id % 5) || '-1' || (id % 7) "
            "|| ' 10:00:00.000000', first_visit_at = '2025-01-01 09:00:00.000000' "
            "WHERE id % 3 = 0"
        )
        conn.exec_driver_sql(
            "INSERT INTO tags (name, color, created_at) VALUES "
            "('常客', '#000000', '2026-01-01 00:00:00.000000')"
        )
        tag = conn.exec_driver_sql("SELECT id FROM tags WHERE name = '常客'").scalar_one()
        conn.exec_driver_sql(
            f"INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
            f"SELECT id, {tag} FROM customers WHERE id % 7 IN (1, 2)"
        )
        uow.commit()
    for customer_id in range(4, 300, 13):
        owner.call(svc.archive_customer, customer_id, "搬走了")
    return owner


def _filters(conn: Any) -> list[dict[str, Any]]:
    phone, name = conn.exec_driver_sql(
        "SELECT phone, name FROM customers WHERE phone IS NOT NULL ORDER BY id LIMIT 1 OFFSET 40"
    ).one()
    tag = conn.exec_driver_sql("SELECT id FROM tags WHERE name = '常客'").scalar_one()
    return [
        {},
        {"tag_id": tag},
        {"category": "potential"},
        # Walked in the potential customers' own index, checked against a set (bounded too).
        {"category": "potential", "tag_id": tag},
        {"category": "potential", "text": "zh"},
        {"category": "at_risk"},
        {"text": phone[:3]},  # a phone prefix ("138"): many
        {"text": phone[-4:]},  # the last four digits: few
        {"text": name[:1]},  # a surname
        {"text": "zh"},  # pinyin
        {"text": "z", "tag_id": tag},
        {"text": "不存在"},
    ]


def _old(
    conn: Any,
    uow: Any,
    rules: CategoryRules,
    f: dict[str, Any],
    sort: str,
    descending: bool,
    archived: bool,
) -> list[int]:
    """The list as the old model read it: every id, sorted (list_customer_ids)."""
    text_ids = None
    kind, text = classify_query(f.get("text", ""))
    if kind is not QueryKind.EMPTY:
        text_ids = uow.customers.search_ids(kind, text, 100_000, archived)
    ids: list[int] = uow.customers.list_ids(
        sort=sort,
        descending=descending,
        tag_id=f.get("tag_id"),
        category=f.get("category"),
        rules=rules,
        today=TODAY,
        include_archived=archived,
        text_ids=text_ids,
    )
    return ids


def _paged(
    conn: Any,
    uow: Any,
    rules: CategoryRules,
    f: dict[str, Any],
    sort: str,
    descending: bool,
    archived: bool,
    size: int,
    narrow: int,
    wide: int,
    budget: int | None = None,
) -> list[int]:
    kind, text = classify_query(f.get("text", ""))
    flt = uow.customers.list_filter(
        tag_id=f.get("tag_id"),
        category=f.get("category"),
        rules=rules,
        today=TODAY,
        include_archived=archived,
        text=None if kind is QueryKind.EMPTY else (kind, text),
    )
    found: list[int] = []
    after = None
    while True:
        page, resume = list_page(
            conn,
            flt,
            sort=sort,
            descending=descending,
            after=after,
            limit=size,
            narrow=narrow,
            wide=wide,
            budget=budget,
        )
        assert len(page) <= size
        found += [i for _, i in page]
        if resume is not None:  # the walk stopped on its budget: go on from there
            assert len(page) < size
            after = resume
            continue
        if len(page) < size:
            return found
        after = page[-1]


@pytest.mark.parametrize(
    "narrow, wide, budget",
    [
        (0, 1_000_000, None),
        (0, 0, None),
        (1_000_000, 0, None),
        (0, 1_000_000, 13),
        (0, 0, 29),
    ],
    ids=[
        "walk-gathered",
        "walk-each",
        "by-id",
        "walk-gathered-bounded-13",
        "walk-each-bounded-29",
    ],
)
def test_pages_give_the_old_lists_customers_in_its_order(
    listed: StoreContext,
    narrow: int,
    wide: int,
    budget: int | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A walk checked against gathered ids only is bounded as tightly as the others here.
    monkeypatch.setattr(customer_list, "INDEX_ONLY_WALK", 1)
    rules = CategoryRules()
    with listed._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        conn = uow.connection
        compared = 0
        for f in _filters(conn):
            for archived in (False, True):
                for sort in SORTS:
                    for descending in (False, True):
                        before = _old(conn, uow, rules, f, sort, descending, archived)
                        now = _paged(
                            conn, uow, rules, f, sort, descending, archived, 9, narrow, wide, budget
                        )
                        assert now == before, (f, archived, sort, descending)
                        compared += len(before)
    assert compared > 10_000  # the lists were not empty


def test_a_walk_stops_on_its_budget_and_says_where_to_go_on(listed: StoreContext) -> None:
    """A filter none of the first entries pass (no VIP in this store) walks no further than
    its budget: an empty page and the last entry looked at, where the next page starts."""
    rules = CategoryRules()
    with listed._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        conn = uow.connection

        def flt(category: str | None) -> Any:
            return uow.customers.list_filter(
                tag_id=None,
                category=category,
                rules=rules,
                today=TODAY,
                include_archived=False,
                text=None,
            )

        for sort in SORTS:
            for descending in (False, True):
                first_five, _ = list_page(
                    conn, flt(None), sort=sort, descending=descending, after=None, limit=5
                )
                page, resume = list_page(
                    conn,
                    flt("vip"),
                    sort=sort,
                    descending=descending,
                    after=None,
                    limit=5,
                    budget=5,
                )
                assert page == [] and resume == first_five[-1], (sort, descending)
                # Unbounded, the same filter walks every customer and finds nobody.
                assert list_page(
                    conn, flt("vip"), sort=sort, descending=descending, after=None, limit=5
                ) == ([], None)


def test_an_unfiltered_page_is_not_bounded(listed: StoreContext) -> None:
    """With nothing to check every live entry is a row: the page fills at once, so a budget
    adds no statement (the boundary's walk of budget × 256 entries ran on every page)."""
    from sqlalchemy import event  # noqa: PLC0415

    with listed._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        conn = uow.connection
        plain = uow.customers.list_filter(
            tag_id=None,
            category=None,
            rules=CategoryRules(),
            today=TODAY,
            include_archived=False,
            text=None,
        )
        statements: list[str] = []

        def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            statements.append(statement)

        event.listen(conn, "before_cursor_execute", note)
        try:
            unbounded = list_page(conn, plain, sort="name", descending=False, after=None, limit=5)
            count = len(statements)
            bounded = list_page(
                conn, plain, sort="name", descending=False, after=None, limit=5, budget=1
            )
        finally:
            event.remove(conn, "before_cursor_execute", note)
        assert bounded == unbounded and len(unbounded[0]) == 5 and unbounded[1] is None
        assert len(statements) == 2 * count


def test_potential_customers_are_walked_by_their_own_indexes(listed: StoreContext) -> None:
    """Customers who never bought ("potential") lie among or past every buyer in the sort
    indexes of the live customers (at 1M, sorted by spend or visits descending, the walk passed
    800,000 buyers: 9-12 s). Their own partial indexes (0022) hold them alone: a walk bounded
    to as many entries as the page has rows still fills the page, with the rows the unbounded
    walk gives, and every statement reads a potential customers' index."""
    from sqlalchemy import event  # noqa: PLC0415

    with listed._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        conn = uow.connection
        potential = uow.customers.list_filter(
            tag_id=None,
            category="potential",
            rules=CategoryRules(),
            today=TODAY,
            include_archived=False,
            text=None,
        )
        statements: list[str] = []

        def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            statements.append(statement)

        for sort in (*SORTS, "created"):
            for descending in (False, True):
                full = list_page(
                    conn, potential, sort=sort, descending=descending, after=None, limit=5
                )
                event.listen(conn, "before_cursor_execute", note)
                try:
                    bounded = list_page(
                        conn,
                        potential,
                        sort=sort,
                        descending=descending,
                        after=None,
                        limit=5,
                        budget=5,
                    )
                finally:
                    event.remove(conn, "before_cursor_execute", note)
                assert bounded == full and len(full[0]) == 5 and full[1] is None, (sort, descending)
                assert statements and all(
                    "INDEXED BY ix_customers_potential_" in s for s in statements
                ), statements
                statements.clear()
