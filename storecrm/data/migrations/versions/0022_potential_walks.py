"""The customer list walks the "potential" customers (never bought) by their own indexes.

Customers who never bought have no visits, no spend and no last visit: sorted by any of those
from the top they come after every customer who did. The list walked the sort column's index
past all of those to find them (at 1M: 9-12 s before the first rows of "potential" by visits
or by spend, descending). A partial index per sort column holds the live customers with no
last visit alone, so such a page is read from its first entries.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

# Frozen copies (a later change to the schema module must not change what this writes).
_WHERE = "archived_at IS NULL AND last_visit_at IS NULL"
_COLUMNS = (
    "name_sort",
    "last_visit_at",
    "total_spend_fen",
    "balance_fen",
    "visit_count",
    "created_at",
)


def upgrade() -> None:
    for column in _COLUMNS:
        op.create_index(
            f"ix_customers_potential_{column}",
            "customers",
            [column],
            sqlite_where=sa.text(_WHERE),
        )


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
