"""The unit of work builds each repository on first use, on the connection of the transaction
it is in (issue 23 point 3: building all sixteen was a fifth of an exact phone look-up)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import event

from storecrm.data.uow import _REPOSITORIES, UnitOfWork
from storecrm.domain.customer import CustomerDraft
from storecrm.services import customers as svc
from storecrm.services.dto import CustomerHit
from storecrm.services.session import StoreContext
from tests.traced import statements_run


def _built(uow: UnitOfWork) -> list[str]:
    return [name for name in _REPOSITORIES if name in vars(uow)]


def test_an_exact_look_up_builds_only_the_repository_it_reads(owner: StoreContext) -> None:
    owner.call(svc.create_customer, CustomerDraft(name="王小明", phone="13800001234"))
    store = owner._store  # noqa: SLF001 - the service run in a unit the test can look into
    with store.unit_of_work(read_only=True) as uow:
        assert _built(uow) == []
        hits = svc.search_customers(uow, owner.actor, "13800001234")
        assert [h.name for h in hits] == ["王小明"]
        assert _built(uow) == ["customers"]


def test_a_unit_entered_again_reads_on_its_new_connection(owner: StoreContext) -> None:
    uow = owner._store.unit_of_work(read_only=True)  # noqa: SLF001
    with uow:
        first = uow.customers
        assert first.conn is uow.connection
    assert _built(uow) == []  # nothing kept from a connection given back
    with uow:
        assert uow.customers is not first
        assert uow.customers.conn is uow.connection
        assert uow.audit is uow.audit  # built once per unit


def test_an_exact_look_up_runs_one_statement(owner: StoreContext) -> None:
    """A read unit's BEGIN goes to the driver directly (through SQLAlchemy's statement
    machinery it was a third of entering the unit): the look-up is its one SELECT, between
    the unit's BEGIN and its ROLLBACK (as SQLite saw them)."""
    owner.call(svc.create_customer, CustomerDraft(name="王小明", phone="13800001234"))
    hits: list[list[CustomerHit]] = []
    seen = statements_run(
        (owner._store.read_engine,),  # noqa: SLF001
        lambda: hits.append(owner.call(svc.search_customers, "13800001234")),
    )
    assert [h.name for h in hits[0]] == ["王小明"]
    assert [s.split()[0] for s in seen] == ["BEGIN", "SELECT", "ROLLBACK"], seen


def test_a_read_unit_still_reads_one_snapshot(owner: StoreContext) -> None:
    """Its BEGIN, sent to the driver, still opens the transaction: a commit made meanwhile is
    not seen until the unit ends."""
    store = owner._store  # noqa: SLF001
    count = "SELECT count(*) FROM customers"
    with store.unit_of_work(read_only=True) as reader:
        before = reader.connection.exec_driver_sql(count).scalar_one()
        owner.call(svc.create_customer, CustomerDraft(name="李四", phone="13900001234"))
        assert reader.connection.exec_driver_sql(count).scalar_one() == before
    with store.unit_of_work(read_only=True) as reader:
        assert reader.connection.exec_driver_sql(count).scalar_one() == before + 1


def _statements_of(owner: StoreContext, work: Callable[[UnitOfWork], None]) -> list[str]:
    seen: list[str] = []

    def note(conn: object, cursor: object, statement: str, *args: object) -> None:
        seen.append(" ".join(statement.split()))

    engine = owner._store.engine  # noqa: SLF001
    event.listen(engine, "before_cursor_execute", note)
    try:
        with owner._store.unit_of_work() as uow:  # noqa: SLF001
            work(uow)
    finally:
        event.remove(engine, "before_cursor_execute", note)
    return seen


def test_a_write_unit_that_ends_after_its_commit_begins_nothing_more(owner: StoreContext) -> None:
    """Old code began the next transaction at once (BEGIN IMMEDIATE, then a ROLLBACK when the
    unit ended): every sale paid for a transaction it never used."""

    def write(uow: UnitOfWork) -> None:
        uow.settings.put("x.test", "1", None)
        uow.commit()

    seen = _statements_of(owner, write)
    assert [s for s in seen if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE"], seen


def test_a_statement_after_a_commit_runs_in_a_new_write_transaction(owner: StoreContext) -> None:
    """…which the next statement begins, taking the write lock first; a rollback drops only
    what came after the commit, and a write after a rollback is committed by the next commit."""
    store = owner._store  # noqa: SLF001

    def write(uow: UnitOfWork) -> None:
        uow.settings.put("x.first", "1", None)
        uow.commit()
        uow.settings.put("x.dropped", "1", None)
        uow.rollback()
        uow.settings.put("x.second", "1", None)
        uow.commit()
        uow.commit()  # nothing ran since: nothing to commit

    seen = _statements_of(owner, write)
    assert [s for s in seen if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE"] * 3, seen
    with store.unit_of_work(read_only=True) as reader:
        keys = reader.connection.exec_driver_sql(
            "SELECT key FROM store_settings WHERE key LIKE 'x.%' ORDER BY key"
        ).scalars()
        assert list(keys) == ["x.first", "x.second"]
