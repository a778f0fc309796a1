"""Personal-data rights (PIPL): each customer's marketing consent as an append-only history
(``consent_events``; ``customers.marketing_consent`` stays as its cache, moved in the same
transaction), and the customers who were erased, with the time (``customer_erasures``: the
backup list marks backups older than an erasure, and rotation removes them).

Consent that customers gave before this revision becomes one ``migration`` event each, dated
when it was given (or when the profile was made, if that was not kept).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consent_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("given", sa.Boolean, nullable=False),
        sa.Column("source", sa.String(12), nullable=False),
        sa.Column("channel", sa.String(12), nullable=True),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_consent_events_customer", "consent_events", ["customer_id", "id"])
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER consent_events_no_{action.lower()} BEFORE {action} "
            "ON consent_events BEGIN SELECT RAISE(ABORT, 'consent history is append-only'); END"
        )
    op.create_table(
        "customer_erasures",
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    )
    op.create_index("ix_customer_erasures_at", "customer_erasures", ["at"])
    # A sale's note is free text a cashier typed ("for Ms Ouyang's daughter"): it may name the
    # person, so an erasure clears it. Every other column of a sale stays fixed, and the note
    # may only be cleared, and only once its customer is recorded as erased.
    op.execute("DROP TRIGGER sales_no_update")
    fixed = ", ".join(
        ("id", "no", "kind", "at", "staff_id", "cashier_id", "approved_by", "refund_of_id")
        + ("tier_name", "list_fen", "discount_fen", "total_fen", "points_earned")
    )
    op.execute(
        f"CREATE TRIGGER sales_no_update BEFORE UPDATE OF {fixed} ON sales "
        "BEGIN SELECT RAISE(ABORT, 'sales is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER sales_note_erased_only BEFORE UPDATE OF note ON sales "
        "WHEN NEW.note != '' OR NOT EXISTS "
        "(SELECT 1 FROM customer_erasures WHERE customer_id = OLD.customer_id) "
        "BEGIN SELECT RAISE(ABORT, 'sales is append-only'); END"
    )
    op.execute(
        "INSERT INTO consent_events (customer_id, at, given, source, channel, recorded_at, "
        "user_id) SELECT id, coalesce(marketing_consent_at, created_at), 1, 'migration', NULL, "
        "coalesce(marketing_consent_at, created_at), NULL FROM customers "
        "WHERE marketing_consent = 1 ORDER BY id"
    )


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
