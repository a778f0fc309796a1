"""The till's name search stops once its page is full (issue 23, point 3).

A name fragment's matches are shown best first: the name itself, then names starting with it,
then the rest; within each, shorter names first, then the newest customer. Every customer with
the fragment's gram was ranked before the first 20 were taken (21.6 ms p95 on a
1,000,000-customer store for a common given-name character). ``customer_grams`` now carries
the length of the customer's name beside each gram and whether the name starts with it;
``ix_customer_grams_len`` (gram, length, customer) hands over the matches of one length newest
first, and ``ix_customer_grams_starts`` (the same, for the grams a name starts with) the names
starting with what was typed, so a search reads about as many index entries as it shows
(data/name_search.py).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storecrm.domain.customer import name_lead_grams

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def _starts(name: str | None, gram: str | None) -> int:
    return int(bool(name) and bool(gram) and gram in name_lead_grams(str(name)))


def upgrade() -> None:
    with op.batch_alter_table("customer_grams", recreate="never") as batch:
        batch.add_column(
            sa.Column("name_len", sa.Integer, nullable=False, server_default=sa.text("0"))
        )
        batch.add_column(
            sa.Column("starts", sa.Boolean, nullable=False, server_default=sa.text("0"))
        )
    bind = op.get_bind()
    # The same test as the code that writes grams (domain.customer.name_lead_grams).
    raw = bind.connection.dbapi_connection
    assert raw is not None
    raw.create_function("storecrm_name_starts", 2, _starts, deterministic=True)
    op.execute(
        "UPDATE customer_grams SET name_len = length(s.name), "
        "starts = storecrm_name_starts(s.name, customer_grams.gram) "
        "FROM customer_search s WHERE s.customer_id = customer_grams.customer_id"
    )
    op.create_index("ix_customer_grams_len", "customer_grams", ["gram", "name_len", "customer_id"])
    op.create_index(
        "ix_customer_grams_starts",
        "customer_grams",
        ["gram", "name_len", "customer_id"],
        sqlite_where=sa.text("starts = 1"),
    )


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
