"""The till's pinyin search stops once its page is full (issue 23, point 3).

Pinyin matches are shown best first: an exact key before a longer one, then shorter names
first, then the newest customer. Every match was grouped and sorted before the first 20 were
taken (23 ms p95 for initials on a 1,000,000-customer store). ``customer_keys`` now carries the
length of the customer's name beside each key, and ``ix_customer_keys_len`` (length, key,
customer) hands the matches of one name length over in the shown order, so a search reads
about as many index entries as it shows (data/customer_search.py).

Revision ID: 0017
Revises: 0015
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer_keys", recreate="never") as batch:
        batch.add_column(
            sa.Column("name_len", sa.Integer, nullable=False, server_default=sa.text("0"))
        )
    op.execute(
        "UPDATE customer_keys SET name_len = coalesce((SELECT length(s.name) "
        "FROM customer_search s WHERE s.customer_id = customer_keys.customer_id), 0)"
    )
    op.create_index("ix_customer_keys_len", "customer_keys", ["name_len", "key", "customer_id"])


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
