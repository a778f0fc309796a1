"""SQL for the till's own tables and lists: parked sales (挂单) and the payment references the
day summary lists for reconciliation."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from storecrm.data.rows import (
    ParkedSaleListRow,
    ParkedSaleRow,
    PaymentReferenceRow,
    new_id,
    row_as,
    rows_as,
)
from storecrm.data.schema import customers, parked_sales, sale_payments, sales, users
from storecrm.domain.errors import NotFound

#: The payment methods whose money goes through a platform with its own statement.
REFERENCE_METHODS = ("wechat", "alipay", "bank_card")


class TillRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- parked sales ------------------------------------------------------------------------
    def park(self, values: Mapping[str, Any]) -> int:
        return new_id(self.conn.execute(insert(parked_sales).values(**values)))

    def parked(self, parked_id: int) -> ParkedSaleRow:
        row = row_as(
            ParkedSaleRow,
            self.conn.execute(select(parked_sales).where(parked_sales.c.id == parked_id)).first(),
        )
        if row is None:
            raise NotFound("parked_sale", parked_id)
        return row

    def unpark(self, parked_id: int) -> None:
        self.conn.execute(delete(parked_sales).where(parked_sales.c.id == parked_id))

    def parked_list(self, before: datetime | None = None) -> list[ParkedSaleListRow]:
        """Every parked sale (parked before ``before`` when given), oldest first."""
        query = (
            select(
                parked_sales,
                customers.c.name.label("customer_name"),
                users.c.display_name.label("user_name"),
            )
            .outerjoin(customers, customers.c.id == parked_sales.c.customer_id)
            .outerjoin(users, users.c.id == parked_sales.c.user_id)
            .order_by(parked_sales.c.parked_at, parked_sales.c.id)
        )
        if before is not None:
            query = query.where(parked_sales.c.parked_at < before)
        return rows_as(ParkedSaleListRow, self.conn.execute(query))

    def move_parked(self, from_id: int, to_id: int) -> None:
        """A merged customer's parked sales go with them."""
        self.conn.execute(
            update(parked_sales)
            .where(parked_sales.c.customer_id == from_id)
            .values(customer_id=to_id)
        )

    def drop_parked_of(self, customer_id: int) -> int:
        """An erased customer's parked sales go (they hold what was typed about them)."""
        result = self.conn.execute(
            delete(parked_sales).where(parked_sales.c.customer_id == customer_id)
        )
        return int(result.rowcount or 0)

    # -- payment references ------------------------------------------------------------------
    def payment_references(
        self, start: datetime, end: datetime, staff_id: int | None = None
    ) -> list[PaymentReferenceRow]:
        """Payments by WeChat, Alipay and bank card in [start, end) (refunds too, negative),
        in time order, with their reference (blank when none was given)."""
        query = (
            select(
                sales.c.id.label("sale_id"),
                sales.c.no,
                sales.c.at,
                sales.c.kind,
                sale_payments.c.method,
                sale_payments.c.amount_fen,
                sale_payments.c.reference,
            )
            .join(sales, sales.c.id == sale_payments.c.sale_id)
            .where(
                sales.c.at >= start,
                sales.c.at < end,
                sale_payments.c.method.in_(REFERENCE_METHODS),
            )
            .order_by(sales.c.at, sales.c.id, sale_payments.c.id)
        )
        if staff_id is not None:
            query = query.where(sales.c.staff_id == staff_id)
        return rows_as(PaymentReferenceRow, self.conn.execute(query))

    def adjust_totals(
        self, start: datetime, end: datetime, staff_id: int | None = None
    ) -> tuple[int, int]:
        """Whole-order discounts and rounding given in [start, end), net of refunds."""
        query = select(
            func.coalesce(func.sum(sales.c.order_discount_fen), 0),
            func.coalesce(func.sum(sales.c.rounding_fen), 0),
        ).where(sales.c.at >= start, sales.c.at < end)
        if staff_id is not None:
            query = query.where(sales.c.staff_id == staff_id)
        row = self.conn.execute(query).one()
        return int(row[0]), int(row[1])
