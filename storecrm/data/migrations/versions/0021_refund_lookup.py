"""A refund's staff rows find the rows refunded before them by an index (``storecrm check``).

The commission check adds up, for each refunded staff row, what earlier refunds of the same
original row took back (``of_id``). Without an index each look-up read the whole
``sale_line_staff`` table: on the 100,000-customer store (1.1M sale lines) the check did not end
in 15 minutes. Only refunds have an ``of_id``: the partial index holds those rows alone.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_sale_line_staff_of",
        "sale_line_staff",
        ["of_id", "id"],
        sqlite_where=sa.text("of_id IS NOT NULL"),
    )


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
