"""A sale's move of its customer's visit summary, bound to a statement built once, leaves the
same row as the statement built at every call did (kept here as ``_built_each_time``, the
code before): sales in and out of order, refunds, a first visit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import case, or_, update

from storecrm.data.rows import NewLedgerEntry, SaleVisit
from storecrm.data.schema import customers
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.membership import Account
from storecrm.services import customers as svc
from storecrm.services.membership import entry
from storecrm.services.session import StoreContext

_SUMMARY = "SELECT first_visit_at, last_visit_at, visit_count, total_spend_fen FROM customers"


def _built_each_time(conn: Any, customer_id: int, at: datetime, spend: int, visit: bool) -> None:
    values: dict[str, Any] = {"total_spend_fen": customers.c.total_spend_fen + spend}
    if visit:
        values |= {
            "visit_count": customers.c.visit_count + 1,
            "last_visit_at": case(
                (or_(customers.c.last_visit_at.is_(None), customers.c.last_visit_at < at), at),
                else_=customers.c.last_visit_at,
            ),
            "first_visit_at": case(
                (or_(customers.c.first_visit_at.is_(None), customers.c.first_visit_at > at), at),
                else_=customers.c.first_visit_at,
            ),
        }
    conn.execute(update(customers).where(customers.c.id == customer_id).values(**values))


def test_the_visit_summary_moves_as_it_did(owner: StoreContext) -> None:
    old, new = (
        owner.call(svc.create_customer, CustomerDraft(name=n, phone=p)).customer_id
        for n, p in (("甲", "13800000001"), ("乙", "13800000002"))
    )
    steps = [
        (datetime(2026, 3, 5, 10, 0), 8800, True),
        (datetime(2026, 3, 1, 9, 30, 0, 123456), 12000, True),  # earlier than the first
        (datetime(2026, 3, 6, 11, 0), -8800, False),  # a refund
        (datetime(2026, 3, 9, 18, 45), 33300, True),
        (datetime(2026, 3, 9, 18, 45), 0, True),  # the same moment again
    ]
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        conn = uow.connection
        for at, spend, visit in steps:
            _built_each_time(conn, old, at, spend, visit)
            uow.sales.record_visit(new, at, spend, visit)
            rows = [
                conn.exec_driver_sql(f"{_SUMMARY} WHERE id = ?", (cid,)).one() for cid in (old, new)
            ]
            assert rows[0] == rows[1], (at, spend, visit)
        assert rows[1] == (
            "2026-03-01 09:30:00.123456", "2026-03-09 18:45:00.000000", 4, 45300,
        )  # fmt: skip


def test_a_sales_balances_and_visit_move_in_one_update_as_in_two(owner: StoreContext) -> None:
    """``add_ledger_entries(…, visit=…)`` (one UPDATE of the member's row, issue 23) leaves the
    row the two UPDATEs left: the balances moved by the entries, then the visit summary — with
    and without entries of the member, and with another customer's entries beside them."""
    old, new, other = (
        owner.call(svc.create_customer, CustomerDraft(name=n, phone=p)).customer_id
        for n, p in (("甲", "13800000001"), ("乙", "13800000002"), ("丙", "13800000003"))
    )
    columns = "balance_fen, points, first_visit_at, last_visit_at, visit_count, total_spend_fen"

    def entries(customer_id: int, at: datetime) -> list[NewLedgerEntry]:
        return [
            entry(customer_id, Account.PRINCIPAL, "top_up", 50000, at, None, None),
            entry(customer_id, Account.PRINCIPAL, "sale", -8800, at, None, None),
            entry(customer_id, Account.POINTS, "earn", 88, at, None, None),
        ]

    steps = [
        (datetime(2026, 3, 5, 10, 0), 8800, True),
        (datetime(2026, 3, 1, 9, 30), 12000, True),  # earlier than the first
        (datetime(2026, 3, 9, 18, 45), 0, False),  # no entries of the member
    ]
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        conn = uow.connection
        for at, spend, with_entries in steps:
            mine = entries(old, at) if with_entries else []
            uow.customers.add_ledger_entries(mine + entries(other, at))
            uow.sales.record_visit(old, at, spend, True)
            uow.customers.add_ledger_entries(
                (entries(new, at) if with_entries else []) + entries(other, at),
                visit=SaleVisit(new, at, spend),
            )
            rows = [
                conn.exec_driver_sql(f"SELECT {columns} FROM customers WHERE id = ?", (c,)).one()
                for c in (old, new)
            ]
            assert rows[0] == rows[1], (at, spend)
        assert rows[1][0] == 2 * 41200 and rows[1][4] == 3
        assert conn.exec_driver_sql(
            f"SELECT {columns} FROM customers WHERE id = ?", (other,)
        ).one()[:2] == (6 * 41200, 6 * 88)
