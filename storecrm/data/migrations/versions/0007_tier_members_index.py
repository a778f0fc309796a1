"""An index on each live customer's tier: the membership screen counts every tier's members
when it opens, and without it each count read all the customers (0.44 s for four tiers on a
100,000-customer store, on the GUI thread at start).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_customers_live_tier",
        "customers",
        ["tier_id"],
        sqlite_where=sa.text("archived_at IS NULL"),
    )


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
