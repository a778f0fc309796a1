"""Reminders, follow-ups and service records: what people did about a reminder (contacted,
snoozed, done, not interested), follow-up tasks with a due date and an assignee, service
requests/complaints/feedback, message templates, and ``item_last`` (when each customer last
bought each item, derived from the sales). Reminders themselves are not stored.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


# The expressions as they were at this revision (schema.py may change them later).
_SPAN = "CAST(julianday(date(last_visit_at)) - julianday(date(first_visit_at)) AS INTEGER)"
RETURN_DUE_SQL = (
    "CASE WHEN visit_count >= 2 AND first_visit_at IS NOT NULL "
    "AND date(last_visit_at) > date(first_visit_at) "
    f"THEN date(last_visit_at, '+' || max(1, (2 * {_SPAN} + visit_count - 1) "
    "/ (2 * (visit_count - 1))) || ' days') END"
)
JOINED_MD_SQL = "strftime('%m-%d', created_at)"


def upgrade() -> None:
    # Virtual generated columns (computed on read, never stored or written) with indexes, so
    # the reminders find due returns, anniversaries and birthdays without scanning customers.
    op.add_column("customers", sa.Column("return_due", sa.String(10), sa.Computed(RETURN_DUE_SQL)))
    op.add_column("customers", sa.Column("joined_md", sa.String(5), sa.Computed(JOINED_MD_SQL)))
    for column in ("return_due", "joined_md"):
        op.create_index(
            f"ix_customers_live_{column}",
            "customers",
            [column],
            sqlite_where=sa.text("archived_at IS NULL"),
        )
    op.create_index(
        "ix_customers_live_birthday",
        "customers",
        ["birthday_month", "birthday_day"],
        sqlite_where=sa.text("archived_at IS NULL"),
    )
    op.create_table(
        "reminder_actions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ref", sa.String(40), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("channel", sa.String(12), nullable=True),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("snooze_until", sa.Date, nullable=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    )
    op.create_index("ix_reminder_actions_customer", "reminder_actions", ["customer_id", "kind"])
    op.create_index("ix_reminder_actions_at", "reminder_actions", ["at"])
    op.create_table(
        "followups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("assignee_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("status", sa.String(10), nullable=False, server_default="open"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("closed_at", sa.DateTime, nullable=True),
        sa.Column("closed_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    )
    op.create_index(
        "ix_followups_open_due",
        "followups",
        ["due_on"],
        sqlite_where=sa.text("status = 'open'"),
    )
    op.create_index("ix_followups_customer", "followups", ["customer_id"])
    op.create_table(
        "service_records",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("type", sa.String(10), nullable=False),
        sa.Column("subject", sa.String(120), nullable=False),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
        sa.Column("status", sa.String(12), nullable=False, server_default="open"),
        sa.Column("assignee_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("due_on", sa.Date, nullable=True),
        sa.Column("resolution", sa.Text, nullable=False, server_default=""),
        sa.Column("satisfaction", sa.Integer, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("resolved_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_service_records_customer", "service_records", ["customer_id"])
    op.create_index("ix_service_records_status", "service_records", ["status", "due_on"])
    op.create_table(
        "item_last",
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("catalogue_items.id"), primary_key=True),
        sa.Column("last_at", sa.DateTime, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_item_last_item", "item_last", ["item_id", "last_at"])
    # Filled from the sales the first time the reminders are computed (item_last_through).
    op.create_table(
        "message_templates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(48), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
