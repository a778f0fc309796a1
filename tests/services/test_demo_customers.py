"""Demo customers in bulk (issue 23 point 7): the same rows as the normal path writes, drawn
and written a chunk at a time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from storecrm.domain import clock, demo_people
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.demo_people import DemoPerson
from storecrm.services import customers as customers_service
from storecrm.services import demo
from storecrm.services.session import StoreContext


def _rows(ctx: StoreContext, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - reading raw rows in a test
        return [tuple(r) for r in uow.connection.execute(text(sql), params)]


def _derived(ctx: StoreContext, customer_id: int) -> dict[str, object]:
    """Everything derived from a customer's name, without the customer's id."""
    return {
        "name_sort": _rows(ctx, "SELECT name_sort FROM customers WHERE id = :i", i=customer_id),
        "keys": sorted(
            _rows(
                ctx,
                "SELECT key, name_len FROM customer_keys WHERE customer_id = :i",
                i=customer_id,
            )
        ),
        "grams": sorted(
            _rows(
                ctx,
                "SELECT gram, name_len, starts FROM customer_grams WHERE customer_id = :i",
                i=customer_id,
            )
        ),
        "search": _rows(
            ctx, "SELECT name, archived FROM customer_search WHERE customer_id = :i", i=customer_id
        ),
    }


def test_demo_search_keys_equal_what_the_customer_form_writes(owner: StoreContext) -> None:
    owner.call(demo.add_demo_customers, 300, 11)
    people = _rows(owner, "SELECT id, name FROM customers ORDER BY id")
    assert len(people) == 300
    for demo_id, name in people:
        made = owner.call(customers_service.create_customer, CustomerDraft(name=name))
        assert _derived(owner, demo_id) == _derived(owner, made.customer_id), name
        assert _derived(owner, demo_id)["keys"]  # every demo name has pinyin keys


def test_opening_balances_are_the_opening_entries(owner: StoreContext) -> None:
    owner.call(demo.add_demo_customers, 400, 3)
    cached = _rows(
        owner, "SELECT id, balance_fen, points FROM customers WHERE balance_fen OR points"
    )
    entries = _rows(
        owner,
        "SELECT customer_id, sum(CASE account WHEN 'principal' THEN delta ELSE 0 END), "
        "sum(CASE account WHEN 'points' THEN delta ELSE 0 END) FROM ledger_entries "
        "WHERE kind = 'opening' GROUP BY customer_id",
    )
    assert len(cached) > 50
    assert sorted(cached) == sorted(entries)


def test_demo_people_are_drawn_and_written_a_chunk_at_a_time(
    owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn = [0]
    real = demo_people.generate

    def counting(*args: Any, **kwargs: Any) -> Iterator[DemoPerson]:
        for person in real(*args, **kwargs):
            drawn[0] += 1
            yield person

    held: list[int] = []

    def progress(done: int, total: int) -> None:
        held.append(drawn[0] - done)  # drawn but not yet written

    monkeypatch.setattr(demo, "CHUNK", 40)
    monkeypatch.setattr(demo_people, "generate", counting)
    assert owner.call(demo.add_demo_customers, 210, 2, progress=progress) == 210
    assert len(held) == 6  # five chunks of 40 and the last 10, each committed on its own
    assert max(held) <= 1  # at most the one person that showed the chunk was full


def test_chunks_hold_one_list_at_a_time() -> None:
    people = demo_people.generate(25, 1, today=date(2026, 6, 1))
    sizes = []
    for chunk in demo.chunks(people, 10):
        sizes.append(len(chunk))
    assert sizes == [10, 10, 5]


def test_a_phone_or_card_the_store_has_is_left_empty(owner: StoreContext) -> None:
    today = clock.now().date()
    people = list(demo_people.generate(6, 8, today=today, business_type="beauty"))
    first = people[0]
    carded = next(i for i, p in enumerate(people) if i > 0 and p.card_no)
    owner.call(customers_service.create_customer, CustomerDraft(name="老客", phone=first.phone))
    owner.call(
        customers_service.create_customer,
        CustomerDraft(name="老卡", card_no=str(people[carded].card_no)),
    )
    owner.call(demo.add_demo_customers, 6, 8)
    rows = _rows(owner, "SELECT name, phone, card_no FROM customers ORDER BY id")[2:]
    assert rows[0] == (first.name, None, first.card_no)
    assert rows[carded] == (people[carded].name, people[carded].phone, None)
    assert [r[0] for r in rows] == [p.name for p in people]
