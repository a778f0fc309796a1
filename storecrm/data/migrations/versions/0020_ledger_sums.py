"""A member's balances are summed from an index alone (issue 23, point 1).

Every sale sums its member's ledger by account (the balances the quote checks the payment
against). The index on (customer_id, account) found the entries, and each one was then read
from the table: one page each, as a member's entries lie far apart. With ``delta`` in the index
the sum reads only the index; it replaces the old one (queries on (customer_id, account) use
the new one alike), so each entry still writes one index, not two.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_ledger_entries_sums", "ledger_entries", ["customer_id", "account", "delta"])
    op.drop_index("ix_ledger_entries_customer", "ledger_entries")


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
