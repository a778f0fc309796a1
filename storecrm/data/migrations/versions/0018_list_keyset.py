"""The customer list finds archived customers by an index (issue 23, point 4).

The list is read a page at a time in the order of each sort column's partial index on live
customers (data/customer_list.py). With archived customers shown, those are merged in: this
small partial index finds them without reading the whole table (5 s on a 1,000,000-customer
store).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_customers_archived",
        "customers",
        ["archived_at"],
        sqlite_where=sa.text("archived_at IS NOT NULL"),
    )


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
