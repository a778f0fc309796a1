"""A member's ledger is summed by account from an index alone (0020, issue 23 point 1): every
sale sums its member's balances, and reading each entry from the table cost a page per entry."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from storecrm.services import membership
from storecrm.services.session import StoreContext
from tests.services.test_sales import member, stock


def _plan_of_sums(ctx: StoreContext, customer_id: int, up_to_entry: int | None) -> str:
    """SQLite's plan for the statement ``ledger_sums`` runs, with its own parameters."""
    seen: list[tuple[str, Any]] = []

    def note(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        seen.append((statement, parameters))

    with ctx._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        event.listen(uow.connection, "before_cursor_execute", note)
        sums = uow.customers.ledger_sums(customer_id, up_to_entry)
        event.remove(uow.connection, "before_cursor_execute", note)
        assert sums["principal"] == 100000
        ((statement, parameters),) = seen
        plan = uow.connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        return " | ".join(str(row[-1]) for row in plan)


def test_a_members_sums_read_only_the_index(owner: StoreContext) -> None:
    stock(owner)
    zhang = member(owner, "张三", "13812345678")
    owner.call(membership.top_up, zhang, 100000, "wechat")
    for up_to in (None, 10**9):  # now, and as they stood after an entry (a reprint)
        plan = _plan_of_sums(owner, zhang, up_to)
        # Old code: "SEARCH ledger_entries USING INDEX ix_ledger_entries_customer (customer_id=?)"
        assert "USING COVERING INDEX ix_ledger_entries_sums (customer_id=?)" in plan, plan
