"""Indexes for today's reminders: birthdays found by calendar as well as month and day (a
solar 11-23 no longer reads everyone with a lunar 11-23), and the active cards found by
expiry date and by sessions left instead of reading every card.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_customers_live_birthday", table_name="customers")
    op.create_index(
        "ix_customers_live_birthday",
        "customers",
        ["birthday_month", "birthday_day", "birthday_calendar"],
        sqlite_where=sa.text("archived_at IS NULL"),
    )
    op.create_index(
        "ix_customer_cards_active_expiry",
        "customer_cards",
        ["expires_on"],
        sqlite_where=sa.text("status = 'active'"),
    )
    op.create_index(
        "ix_customer_cards_active_left",
        "customer_cards",
        ["sessions_left"],
        sqlite_where=sa.text("status = 'active' AND kind = 'count'"),
    )


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
