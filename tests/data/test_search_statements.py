"""The till's search with its statements built once per shape (``search_statement``) finds the
same customers in the same order as the statements built at every call did (kept here as
``_built_each_time``, the code before), for every kind of query a cashier types, archived
customers in or out, on a real encrypted demo store."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import case, func, literal, select

from storecrm.data import customer_search as paged_search
from storecrm.data.schema import customer_grams, customer_keys, customer_search, customers
from storecrm.data.search_statements import TAIL_DIGITS, prefix_range
from storecrm.domain.customer import QueryKind, classify_query, pinyin_keys
from storecrm.services import customers as svc
from storecrm.services import demo
from storecrm.services.session import StoreContext
from tests.traced import statements_run


def _built_each_time(
    conn: Any,
    kind: QueryKind,
    text: str,
    limit: int,
    include_archived: bool,
    first_digits: bool = True,
) -> list[int]:
    """``CustomerRepository.search_ids`` as it was before the statements were cached;
    ``first_digits`` False leaves out the matches by a phone's or a card's first digits."""
    live = customers.c.archived_at.is_(None)
    if kind is QueryKind.DIGITS:
        candidates = []
        if len(text) >= 3:
            candidates.append(
                select(customers.c.id, literal(0).label("rank")).where(customers.c.card_no == text)
            )
            candidates.append(
                select(customers.c.id, literal(1).label("rank")).where(customers.c.phone == text)
            )
            candidates.append(
                select(customers.c.id, literal(2).label("rank")).where(
                    prefix_range(customers.c.phone_rev, text[::-1])
                )
            )
            if first_digits:
                candidates.append(
                    select(customers.c.id, literal(3).label("rank")).where(
                        prefix_range(customers.c.phone, text)
                    )
                )
                candidates.append(
                    select(customers.c.id, literal(4).label("rank")).where(
                        prefix_range(customers.c.card_no, text)
                    )
                )
        else:
            candidates.append(
                select(customers.c.id, literal(0).label("rank")).where(customers.c.card_no == text)
            )
        if not include_archived:
            candidates = [c.where(live) for c in candidates]
        union = candidates[0].union_all(*candidates[1:]).subquery()
        query = (
            select(union.c.id)
            .join(customers, customers.c.id == union.c.id)
            .group_by(union.c.id)
            .order_by(
                func.min(union.c.rank),
                customers.c.last_visit_at.is_(None),
                customers.c.last_visit_at.desc(),
                union.c.id.desc(),
            )
            .limit(limit)
        )
        return [int(i) for (i,) in conn.execute(query)]
    if kind is QueryKind.LETTERS:
        key_hits = (
            select(
                customer_keys.c.customer_id.label("id"),
                func.min(case((customer_keys.c.key == text, 0), else_=1)).label("rank"),
            )
            .where(prefix_range(customer_keys.c.key, text))
            .group_by(customer_keys.c.customer_id)
            .subquery()
        )
        query = (
            select(key_hits.c.id)
            .join(customer_search, customer_search.c.customer_id == key_hits.c.id)
            .order_by(key_hits.c.rank, func.length(customer_search.c.name), key_hits.c.id.desc())
            .limit(limit)
        )
        if not include_archived:
            query = query.where(customer_search.c.archived.is_(False))
        return [int(i) for (i,) in conn.execute(query)]
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


def _queries(people: list[tuple[int, str, str | None, str | None]], seed: int) -> list[str]:
    """What cashiers type, drawn from the store's own people: every kind, hits and misses."""
    rng = random.Random(seed)
    typed: list[str] = ["", "  ", "1", "13", "0", "999", "zzz", "x", "李", "不存在的人", "+86 138"]
    for _, name, phone, card in rng.sample(people, 60):
        if phone:
            typed += [
                phone,
                phone[:3],
                phone[:7],
                phone[-4:],
                phone[-3:],
                f"{phone[:3]} {phone[3:]}",
            ]
            typed += [f"+86{phone}", phone[:2]]
        if card:
            typed += [card, card[:3], card[:5], card[-2:], f"NO-{card}"]
        keys = sorted(pinyin_keys(name))
        for key in keys[:2]:
            typed += [key, key[:1], key[:2], key[:3], key.upper()]
        typed += [name, name[:1], name[:2], name[1:], f"{name[:1]} {name[1:]}", name + "x"]
        typed.append(name[:1] + "a")  # mixed Chinese and latin
    return typed


@pytest.fixture
def demo_store(owner: StoreContext) -> StoreContext:
    owner.call(demo.add_demo_customers, 400, 11)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - some visits and some archived
        conn = uow.connection
        conn.exec_driver_sql(
            "UPDATE customers SET last_visit_at = '2026-0' || (1 + id % 9) || '-1' || (id % 10) "
            "|| ' 10:00:00.000000' WHERE id % 3 = 0"
        )
        uow.commit()
    for customer_id in range(5, 400, 17):
        owner.call(svc.archive_customer, customer_id, "搬走了")
    return owner


def test_cached_search_statements_find_what_the_built_ones_did(demo_store: StoreContext) -> None:
    store = demo_store._store  # noqa: SLF001 - both ways on the same connection
    with store.unit_of_work(read_only=True) as uow:
        conn = uow.connection
        people = [
            (int(i), str(n), p, c)
            for i, n, p, c in conn.exec_driver_sql(
                "SELECT id, name, phone, card_no FROM customers ORDER BY id"
            )
        ]
        typed = _queries(people, 7)
        kinds: set[QueryKind] = set()
        found_any = 0
        for query in typed:
            kind, text = classify_query(query)
            if kind is QueryKind.EMPTY:
                continue
            kinds.add(kind)
            for include_archived in (False, True):
                for limit in (1, 20, 500):
                    before = _built_each_time(conn, kind, text, limit, include_archived)
                    now = uow.customers.search_ids(kind, text, limit, include_archived)
                    assert now == before, (query, include_archived, limit)
                    found_any += bool(before)
    assert kinds == {QueryKind.DIGITS, QueryKind.LETTERS, QueryKind.TEXT}
    assert found_any > len(typed)  # most queries find someone: the comparison means something


def test_the_search_service_still_finds_by_every_kind(demo_store: StoreContext) -> None:
    with demo_store._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        row = uow.connection.exec_driver_sql(
            "SELECT id, name, phone, card_no FROM customers WHERE card_no IS NOT NULL "
            "AND phone IS NOT NULL AND archived_at IS NULL ORDER BY id LIMIT 1"
        ).one()
    customer_id, name, phone, card_no = int(row[0]), str(row[1]), str(row[2]), str(row[3])
    key = sorted(pinyin_keys(name))[0]
    for query in (card_no, phone, phone[-4:], phone[:7], key, name, name[:2]):
        hits = demo_store.call(svc.search_customers, query, limit=500)
        assert customer_id in [h.customer_id for h in hits], query
    assert demo_store.call(svc.search_customers, card_no)[0].customer_id == customer_id
    assert demo_store.call(svc.find_by_card, card_no).customer_id == customer_id  # type: ignore[union-attr]


@pytest.mark.parametrize("gather_at_most", [1, 3])
def test_the_pinyin_search_walking_the_customers_finds_what_the_grouped_one_did(
    demo_store: StoreContext, monkeypatch: pytest.MonkeyPatch, gather_at_most: int
) -> None:
    """Longer keys of one name length beyond ``GATHER_AT_MOST`` are found by walking the
    customers newest first instead of sorting every match: the same customers, same order."""
    monkeypatch.setattr(paged_search, "GATHER_AT_MOST", gather_at_most)
    store = demo_store._store  # noqa: SLF001 - both ways on the same connection
    with store.unit_of_work(read_only=True) as uow:
        conn = uow.connection
        names = [str(n) for (n,) in conn.exec_driver_sql("SELECT name FROM customers")]
        typed = {"z", "w", "l", "zh", "wa", "li", "x", "zzz", "q"}
        for name in random.Random(3).sample(names, 40):
            for key in sorted(pinyin_keys(name)):
                typed |= {key, key[:1], key[:2], key[:3]}
        compared = 0
        for query in sorted(typed):
            kind, text = classify_query(query)
            assert kind is QueryKind.LETTERS
            for include_archived in (False, True):
                for limit in (1, 20, 500):
                    before = _built_each_time(conn, kind, text, limit, include_archived)
                    now = uow.customers.search_ids(kind, text, limit, include_archived)
                    assert now == before, (query, include_archived, limit)
                    compared += len(before)
    assert compared > 1_000


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


_AT = datetime(2026, 1, 1, 10, 0)
_NEW = {"gender": "unknown", "notes": "", "created_at": _AT, "updated_at": _AT}


def test_a_pinyin_search_reads_about_as_many_rows_as_it_shows(
    owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """1,500 customers share the initials "wxm" and 1,500 more a longer key starting with
    "wx": the page of 20 reads about 20 of them, not all of them grouped and sorted. (A
    million-customer store gathers up to 2,000 matches; 100 here, for a store of 4,500.)"""
    monkeypatch.setattr(paged_search, "GATHER_AT_MOST", 100)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - a store built for the case
        rows = [{"name": "王小明", **_NEW} for _ in range(1_500)]
        rows += [{"name": "王晓梅儿", **_NEW} for _ in range(1_500)]
        rows += [{"name": "李四", **_NEW} for _ in range(1_500)]
        uow.customers.insert_many(rows)
        uow.commit()
    with owner._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        conn = uow.connection
        for text in ("wxm", "wx", "wxme", "w"):
            grouped = _steps(
                conn, lambda t=text: _built_each_time(conn, QueryKind.LETTERS, t, 20, False)
            )
            paged = _steps(
                conn,
                lambda t=text: uow.customers.search_ids(QueryKind.LETTERS, t, 20, False),
            )
            assert uow.customers.search_ids(QueryKind.LETTERS, text, 20, False) == _built_each_time(
                conn, QueryKind.LETTERS, text, 20, False
            )
            assert paged * 10 < grouped, (text, paged, grouped)


def _customer_reads(store: Any, run: Any) -> list[str]:
    """The statements reading ``customers`` that ``run`` made, on either of the store's engines
    (as SQLite saw them: the digit search runs on the driver's connection)."""
    seen = statements_run((store.engine, store.read_engine), run)
    return [s for s in seen if "FROM customers" in s]


def test_a_card_look_up_reads_the_card_holder_once_and_only_what_a_hit_shows(
    demo_store: StoreContext,
) -> None:
    """A card reader's Enter was two reads of the whole profile (sixty columns, their types
    processed); a card typed in the search box was looked up twice. Now: one narrow read each
    (the digit search, whose first rank is the card, reads what a hit shows as it goes)."""
    with demo_store._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        customer_id, card_no = uow.connection.exec_driver_sql(
            "SELECT id, card_no FROM customers WHERE card_no IS NOT NULL "
            "AND archived_at IS NULL ORDER BY id LIMIT 1"
        ).one()
    store = demo_store._store  # noqa: SLF001
    found: list[Any] = []
    reads = _customer_reads(store, lambda: found.append(demo_store.call(svc.find_by_card, card_no)))
    assert found[0].customer_id == customer_id
    assert len(reads) == 1 and "notes" not in reads[0], reads
    hits: list[Any] = []
    reads = _customer_reads(
        store, lambda: hits.append(demo_store.call(svc.search_customers, card_no))
    )
    assert hits[0][0].customer_id == customer_id
    assert len(reads) == 1 and "notes" not in reads[0], reads


def test_a_whole_phone_is_looked_up_in_one_statement(demo_store: StoreContext) -> None:
    """An exact phone look-up was the digit search's ids, then a read of what they show: two
    statements for one customer (issue 23: 0.83 ms against 0.06 ms of raw SQL)."""
    with demo_store._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        customer_id, phone = uow.connection.exec_driver_sql(
            "SELECT id, phone FROM customers WHERE phone IS NOT NULL "
            "AND archived_at IS NULL ORDER BY id LIMIT 1"
        ).one()
    hits: list[Any] = []
    reads = _customer_reads(
        demo_store._store,  # noqa: SLF001
        lambda: hits.append(demo_store.call(svc.search_customers, phone)),
    )
    assert hits[0][0].customer_id == customer_id
    assert len(reads) == 1, reads


def test_digits_read_in_one_statement_show_what_the_ids_and_their_rows_did(
    demo_store: StoreContext,
) -> None:
    """``digit_hits`` against the two reads it replaced (the ids of the statement built at each
    call, then ``hit_rows``): the same customers, same order, same columns with the same
    types, for every digit query a cashier types, archived in or out, limits 1/20/500 — up
    to four digits without the matches by first digits (the till's rule, see below)."""
    with demo_store._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        conn = uow.connection
        people = [
            (int(i), str(n), p, c)
            for i, n, p, c in conn.exec_driver_sql(
                "SELECT id, name, phone, card_no FROM customers ORDER BY id"
            )
        ]
        found_any = seen_visit = left_out = 0
        for query in _queries(people, 11):
            kind, text = classify_query(query)
            if kind is not QueryKind.DIGITS:
                continue
            for include_archived in (False, True):
                for limit in (1, 20, 500):
                    # The till reads a phone's or a card's first digits from five digits.
                    first = len(text) > TAIL_DIGITS
                    ids = _built_each_time(conn, kind, text, limit, include_archived, first)
                    rows = uow.customers.hit_rows(ids)
                    before = [rows[i] for i in ids if i in rows]
                    now = uow.customers.digit_hits(text, limit, include_archived)
                    assert now == before, (query, include_archived, limit)
                    assert [type(v) for r in now for v in r.values()] == [
                        type(v) for r in before for v in r.values()
                    ]
                    found_any += bool(before)
                    seen_visit += any(r["last_visit_at"] is not None for r in now)
                    if not first:
                        every = _built_each_time(conn, kind, text, limit, include_archived)
                        left_out += every != ids
    # the comparison means something, and the rule left first digits out of some
    assert found_any > 100 and seen_visit > 10 and left_out > 10


def test_up_to_four_digits_the_till_reads_no_first_digits(demo_store: StoreContext) -> None:
    """Four digits at the till are a phone's last digits (尾号), or a whole card or phone: not
    the first digits of a phone or card ("1354" starts ~1,000 phones at 100k customers, each
    row read to rank it by last visit: 1.3 ms, to show the 20 who came last). A phone typed
    from its start finds its customer from five digits; the list's filter, which wants every
    match, still reads the first digits of fewer."""
    with demo_store._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        conn = uow.connection
        customer_id, phone = conn.exec_driver_sql(
            "SELECT id, phone FROM customers WHERE phone IS NOT NULL AND archived_at IS NULL "
            "ORDER BY id LIMIT 1"
        ).one()
        store = demo_store._store  # noqa: SLF001
        for typed in (phone[:3], phone[:4], phone[-4:]):
            hits: list[list[Any]] = []
            reads = _customer_reads(
                store,
                lambda t=typed, out=hits: out.append(
                    demo_store.call(svc.search_customers, t, limit=500)
                ),
            )
            assert len(reads) == 1 and "phone >=" not in reads[0], reads  # no first digits
            assert all(h.card_no == typed or str(h.phone).endswith(typed) for h in hits[0]), (
                typed
            )  # the owner sees phones whole
            if typed != phone[-4:]:  # the list's filter still finds every phone starting so
                assert customer_id not in [h.customer_id for h in hits[0]]
                found = uow.customers.search_ids(QueryKind.DIGITS, typed, 100_000, False)
                assert customer_id in found
            else:
                assert customer_id in [h.customer_id for h in hits[0]]
            # typed with +86 or dashes, the same rule and the same hits
            for written in (f"+86 {typed}", f"{typed[:2]}-{typed[2:]}"):
                assert demo_store.call(svc.search_customers, written, limit=500) == hits[0]
        for typed in (phone[:5], phone[:6], phone[:7], phone):  # a phone typed from its start
            hits = [demo_store.call(svc.search_customers, typed, limit=500)]
            assert customer_id in [h.customer_id for h in hits[0]], typed


def test_last_digits_that_fill_the_page_read_no_first_digits(demo_store: StoreContext) -> None:
    """Five or six digits are a phone's last digits and also its first (and a card's): the
    matches by first digits come after every other match, so when the last digits fill the
    page they are not read (many phones start so, each row read to rank it); when they do
    not, they are, in the same order as before (the oracle test above)."""
    with demo_store._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        (phone,) = uow.connection.exec_driver_sql(
            "SELECT phone FROM customers WHERE phone IS NOT NULL AND archived_at IS NULL "
            "ORDER BY id LIMIT 1"
        ).one()
    tail = str(phone)[-5:]
    store = demo_store._store  # noqa: SLF001
    full: list[Any] = []
    first: list[Any] = []

    def read(limit: int, out: list[Any]) -> None:
        with store.unit_of_work(read_only=True) as uow:
            out += uow.customers.digit_hits(tail, limit, False)

    many = _customer_reads(store, lambda: read(500, full))  # the page is not full
    one = _customer_reads(store, lambda: read(1, first))  # one hit fills it
    assert first == full[:1] and str(first[0]["phone"]).endswith(tail)
    assert len(many) == 2  # without, then with the first digits
    assert len(one) == 1 and "phone >= ?1" not in one[0], one


def _python_calls(run: Any) -> int:
    """How many Python and built-in functions ``run`` called (as cProfile counts them)."""
    import sys  # noqa: PLC0415

    counted = [0]

    def note(_frame: Any, event: str, _arg: Any) -> None:
        if event in ("call", "c_call"):
            counted[0] += 1

    sys.setprofile(note)
    try:
        run()
    finally:
        sys.setprofile(None)
    return counted[0]


def test_an_exact_look_up_costs_a_bounded_number_of_python_calls(
    demo_store: StoreContext,
) -> None:
    """Issue 23: an exact look-up should cost little more than its SQL. The whole service call
    (its read unit, the statement, the hits) was ~400 Python calls, ~150 of them SQLAlchemy's
    set-up of the statement's result; run on the driver's connection, ~250 (the rest is
    mostly taking and giving back the pooled connection)."""
    with demo_store._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        phone, card = uow.connection.exec_driver_sql(
            "SELECT phone, card_no FROM customers WHERE phone IS NOT NULL AND card_no IS NOT "
            "NULL AND archived_at IS NULL ORDER BY id LIMIT 1"
        ).one()
    for typed in (phone, card, phone[-4:]):
        demo_store.call(svc.search_customers, typed)  # statements compiled, settings cached
        calls = _python_calls(lambda t=typed: demo_store.call(svc.search_customers, t))
        assert calls < 300, (typed, calls)


def test_an_exact_look_up_reads_each_way_from_its_index_and_the_row_once(
    demo_store: StoreContext,
) -> None:
    """The grouped statement read the customer's row in each way it was found (to test it),
    grouped the ids, then joined them to their rows again: ~390 SQLite steps for a whole
    phone or a card. The ids now come from the indexes alone and each row is read once."""
    with demo_store._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        conn = uow.connection
        raw = conn.connection.dbapi_connection
        picked = conn.exec_driver_sql(
            "SELECT phone, card_no FROM customers WHERE phone IS NOT NULL AND card_no IS NOT "
            "NULL AND archived_at IS NULL ORDER BY id LIMIT 5"
        ).all()
        for typed in [p for p, _ in picked] + [c for _, c in picked]:
            counted = [0]

            def tick(counted: list[int] = counted) -> int:
                counted[0] += 1
                return 0

            raw.set_progress_handler(tick, 1)
            try:
                grouped = _built_each_time(conn, QueryKind.DIGITS, typed, 20, False)
                before, counted[0] = counted[0], 0
                hits = uow.customers.digit_hits(typed, 20, False)
            finally:
                raw.set_progress_handler(None, 1)
            assert [h["id"] for h in hits] == grouped and grouped, typed
            assert counted[0] * 2 < before, (typed, counted[0], before)
