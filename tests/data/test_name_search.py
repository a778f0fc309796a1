"""The till's name-fragment search read in the shown order and stopped once its page is full
(issue 23 point 3, migration 0019) finds the same customers in the same order as the statement
that ranked every customer with the fragment's gram (kept here as ``_ranked_all``, the code
before), and reads about as many rows as it shows; the grams' name lengths and start marks are
written by every path that writes grams, and made by the migration for an existing store."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import case, func, select

from storecrm.data import customer_repository
from storecrm.data.schema import customer_grams, customer_search
from storecrm.data.search_statements import prefix_range
from storecrm.domain.customer import CustomerDraft, QueryKind, classify_query
from storecrm.services import customers as svc
from storecrm.services import demo, session
from storecrm.services.session import StoreContext
from tests.conftest import OWNER, OWNER_PASSWORD, make_store
from tests.wind_back import undo_after


def _ranked_all(conn: Any, text: str, limit: int, include_archived: bool) -> list[int]:
    """The name-fragment search before 0019: every customer with the gram ranked, then cut."""
    name = customer_search.c.name
    rank = case((name == text, 0), (prefix_range(name, text), 1), else_=2)
    compact = "".join(text.split()).casefold()
    query = (
        select(customer_search.c.customer_id)
        .join(customer_grams, customer_grams.c.customer_id == customer_search.c.customer_id)
        .where(customer_grams.c.gram == compact[:2])
        .order_by(rank, func.length(name), customer_search.c.customer_id.desc())
        .limit(limit)
    )
    if len(compact) > 2 or compact != text.casefold():
        query = query.where(func.instr(func.lower(name), text.casefold()) > 0)
    if not include_archived:
        query = query.where(customer_search.c.archived.is_(False))
    return [int(i) for (i,) in conn.execute(query)]


_AT = datetime(2026, 1, 1, 10, 0)
_NEW = {"gender": "unknown", "notes": "", "created_at": _AT, "updated_at": _AT}

# Names made for the order's edge cases: the fragment itself many times over (ties broken by
# the newest), names starting with it of every length, the fragment inside longer names,
# mixed script and case, spaces, one-character names.
_MADE = [
    *["王明"] * 12,
    *["王明明"] * 6,
    *["明"] * 5,
    *["明王"] * 4,
    *["小明"] * 9,
    *["王小明"] * 9,
    *["欧阳明月"] * 3,
    "Anna王",
    "anna王",
    "ANNA 王",
    "王Anna",
    "王 anna",
    "王 小明",
    "Éva李",
    "éva李",
    "李Éva",
    "明 Ming",
    "Ming明",
    "ming明",
    "李",
    "李 李",
]


@pytest.fixture
def name_store(owner: StoreContext) -> StoreContext:
    owner.call(demo.add_demo_customers, 300, 5)
    rng = random.Random(9)
    made = list(_MADE)
    rng.shuffle(made)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - names built for the order's cases
        uow.customers.insert_many([{"name": n, **_NEW} for n in made])
        uow.commit()
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        ids = [int(i) for (i,) in uow.connection.exec_driver_sql("SELECT id FROM customers")]
    for customer_id in rng.sample(ids, 45):  # some of every kind archived
        owner.call(svc.archive_customer, customer_id, "搬走了")
    return owner


def _fragments(names: list[str], seed: int) -> list[str]:
    """What cashiers type for a name: 1, 2 and 3 characters from its start, middle and end,
    the whole name, mixed script and case, spaces, and fragments nobody has."""
    rng = random.Random(seed)
    typed = {"王", "明", "王明", "小明", "王小明", "明王", "李", "anna王", "Anna王", "王a", "王A"}
    typed |= {"王 a", "王 小", "éva", "Éva李", "李É", "ming明", "Ming明", "明 m", "不存在", "王王"}
    for name in rng.sample(names, 60):
        for size in (1, 2, 3):
            for start in (0, 1, len(name) - size):
                if 0 <= start <= len(name) - size:
                    typed.add(name[start : start + size])
        typed |= {name, name + "x", name.upper()}
    return sorted(t for t in typed if t.strip())


def test_the_paged_name_search_finds_what_ranking_every_match_did(
    name_store: StoreContext,
) -> None:
    with name_store._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        conn = uow.connection
        name_of = {
            int(i): str(n) for i, n in conn.exec_driver_sql("SELECT id, name FROM customers")
        }
        names = list(name_of.values())
        compared = ties = 0
        for query in _fragments(names, 3):
            kind, text = classify_query(query)
            if kind is not QueryKind.TEXT:
                continue
            for include_archived in (False, True):
                for limit in (1, 3, 20, 500):
                    before = _ranked_all(conn, text, limit, include_archived)
                    now = uow.customers.search_ids(kind, text, limit, include_archived)
                    assert now == before, (query, include_archived, limit)
                    compared += len(before)
                    shown = [name_of[i] for i in before]
                    ties += len(set(shown)) < len(shown)  # equal names: the newest first
    assert compared > 3_000 and ties > 50  # the comparison means something


def _steps(conn: Any, run: Any) -> int:
    """How many SQLite virtual machine steps (in hundreds) ``run`` took on ``conn``."""
    raw = conn.connection.dbapi_connection
    counted = [0]

    def tick() -> int:
        counted[0] += 1
        return 0

    raw.set_progress_handler(tick, 100)
    try:
        run()
    finally:
        raw.set_progress_handler(None, 100)
    return counted[0]


def test_a_common_fragment_reads_about_as_many_rows_as_it_shows(owner: StoreContext) -> None:
    """3,000 customers have 明 in their given name and 1,000 are named 王…: a page of 20 reads
    about 20 of them, not all of them ranked and sorted."""
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - a store built for the case
        rows = [{"name": n, **_NEW} for n in ("张小明", "李明", "赵明亮") for _ in range(1_000)]
        rows += [{"name": "王" + "丽芳"[: 1 + i % 2], **_NEW} for i in range(1_000)]
        uow.customers.insert_many(rows)
        uow.commit()
    with owner._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        conn = uow.connection
        for text in ("明", "小明", "王", "王丽", "丽"):
            ranked = _steps(conn, lambda t=text: _ranked_all(conn, t, 20, False))
            paged = _steps(
                conn, lambda t=text: uow.customers.search_ids(QueryKind.TEXT, t, 20, False)
            )
            assert uow.customers.search_ids(QueryKind.TEXT, text, 20, False) == _ranked_all(
                conn, text, 20, False
            )
            assert paged * 10 < ranked, (text, paged, ranked)


def test_a_fragment_checked_in_full_keeps_the_ranked_statement(owner: StoreContext) -> None:
    """Longer than a gram, most customers with its first pair are not matches: read once by the
    ranked statement, not twice in order (once for the names starting with it, once for the
    rest)."""
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - a store built for the case
        rows = [{"name": "王小" + "红丽芳"[i % 3], **_NEW} for i in range(900)]
        rows += [{"name": "王小明", **_NEW} for _ in range(3)]
        uow.customers.insert_many(rows)
        uow.commit()
    with owner._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        conn = uow.connection
        for text in ("王小明", "小明", "王小"):
            now = uow.customers.search_ids(QueryKind.TEXT, text, 20, False)
            assert now == _ranked_all(conn, text, 20, False), text
        ranked = _steps(conn, lambda: _ranked_all(conn, "王小明", 20, False))
        now_steps = _steps(
            conn, lambda: uow.customers.search_ids(QueryKind.TEXT, "王小明", 20, False)
        )
        assert now_steps <= ranked * 1.2, (now_steps, ranked)


def _grams(ctx: StoreContext, customer_id: int) -> list[tuple[Any, ...]]:
    with ctx._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        return [
            tuple(r)
            for r in uow.connection.exec_driver_sql(
                "SELECT gram, name_len, starts FROM customer_grams WHERE customer_id = ? "
                "ORDER BY gram",
                (customer_id,),
            )
        ]


def test_a_renamed_customer_gets_the_grams_of_the_new_name(owner: StoreContext) -> None:
    made = owner.call(svc.create_customer, CustomerDraft(name="王小明"))
    assert ("王", 3, 1) in _grams(owner, made.customer_id)
    owner.call(svc.update_customer, made.customer_id, CustomerDraft(name="欧阳明月"))
    fresh = owner.call(svc.create_customer, CustomerDraft(name="欧阳明月"))
    assert _grams(owner, made.customer_id) == _grams(owner, fresh.customer_id)
    assert ("欧", 4, 1) in _grams(owner, fresh.customer_id)
    assert ("王", 3, 1) not in _grams(owner, made.customer_id)
    assert [h.customer_id for h in owner.call(svc.search_customers, "欧阳")] == [
        fresh.customer_id,
        made.customer_id,
    ]


def test_the_migration_marks_the_grams_of_an_existing_store(tmp_path: Path) -> None:
    """A store as 0018 left it (grams without lengths or start marks) gets them on opening,
    equal to what the code that writes grams writes, and its search finds the same."""
    ctx = make_store(tmp_path / "store").context
    try:
        ctx.call(demo.add_demo_customers, 200, 2)
        with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - names with every kind of start
            uow.customers.insert_many([{"name": n, **_NEW} for n in _MADE])
            uow.commit()
        written = _all_grams(ctx)
        assert sum(r[3] for r in written) > 400  # start marks written, not all zero
        with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - back to what 0018 was
            conn = uow.connection
            undo_after(conn, "0018")
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0018'")
            uow.commit()
    finally:
        ctx.close()
    upgraded = session.sign_in(tmp_path / "store", OWNER, OWNER_PASSWORD)
    try:
        assert upgraded.upgraded_from == "0018"
        assert _all_grams(upgraded) == written
        with upgraded._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
            for text in ("王", "明", "王明", "anna王", "李"):
                found = uow.customers.search_ids(QueryKind.TEXT, text, 20, False)
                assert found and found == _ranked_all(uow.connection, text, 20, False), text
    finally:
        upgraded.close()


def _all_grams(ctx: StoreContext) -> list[tuple[Any, ...]]:
    with ctx._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        return [
            tuple(r)
            for r in uow.connection.exec_driver_sql(
                "SELECT customer_id, gram, name_len, starts FROM customer_grams "
                "ORDER BY customer_id, gram"
            )
        ]


def test_the_list_filter_keeps_the_ranked_statement(
    name_store: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above ``NAMES_PAGED_UP_TO`` the one ranked statement is used; both ways agree."""
    with name_store._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        paged = uow.customers.search_ids(QueryKind.TEXT, "明", 40, True)
        monkeypatch.setattr(customer_repository, "NAMES_PAGED_UP_TO", 0)
        assert uow.customers.search_ids(QueryKind.TEXT, "明", 40, True) == paged
        assert paged == _ranked_all(uow.connection, "明", 40, True)
