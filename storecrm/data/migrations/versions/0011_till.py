"""The till at full speed: a whole-order discount and rounding on the sale and shared out over
its lines (so refunds give back exactly what was paid), a reference on a payment (the WeChat /
Alipay / bank card transaction number, for reconciling with the platform's statement), and
parked sales (挂单): a sale put aside with its customer and lines, to be resumed.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# The columns of a sale that never change once it is recorded (the note may be cleared by an
# erasure, see 0009).
FIXED = (
    ("id", "no", "kind", "at", "staff_id", "cashier_id", "approved_by", "refund_of_id")
    + ("tier_name", "list_fen", "discount_fen", "total_fen", "points_earned")
    + ("order_discount_fen", "rounding_fen")
)


def upgrade() -> None:
    # Sales and lines are append-only (triggers refuse UPDATE and DELETE); adding a column with
    # a constant default rewrites nothing, and every sale before this had neither.
    for table in ("sales", "sale_lines"):
        op.execute(f"ALTER TABLE {table} ADD COLUMN order_discount_fen INTEGER NOT NULL DEFAULT 0")
        op.execute(f"ALTER TABLE {table} ADD COLUMN rounding_fen INTEGER NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE sale_payments ADD COLUMN reference VARCHAR(40) NOT NULL DEFAULT ''")
    op.execute("DROP TRIGGER sales_no_update")
    op.execute(
        f"CREATE TRIGGER sales_no_update BEFORE UPDATE OF {', '.join(FIXED)} ON sales "
        "BEGIN SELECT RAISE(ABORT, 'sales is append-only'); END"
    )
    op.create_table(
        "parked_sales",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("parked_at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=True),
        sa.Column("lines", sa.Integer, nullable=False),
        sa.Column("total_fen", sa.Integer, nullable=False),
        sa.Column("note", sa.String(60), nullable=False, server_default=""),
        sa.Column("draft", sa.Text, nullable=False),
    )
    op.create_index("ix_parked_sales_parked_at", "parked_sales", ["parked_at"])


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
