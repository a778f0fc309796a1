"""Membership: catalogue, tiers, card plans, sales with lines and payments, customers' cards;
the ledger gains a sessions account and links to the sale and card behind each entry.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _append_only(table: str) -> None:
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        )


def upgrade() -> None:
    op.create_table(
        "catalogue_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("category", sa.String(32), nullable=False, server_default=""),
        sa.Column("kind", sa.String(8), nullable=False, server_default="item"),
        sa.Column("price_fen", sa.Integer, nullable=False),
        sa.Column("points_cost", sa.Integer, nullable=True),
        sa.Column("discountable", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("revisit_days", sa.Integer, nullable=True),
        sa.Column("active", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.CheckConstraint("price_fen >= 0", name="ck_catalogue_items_price"),
    )
    op.create_index("ux_catalogue_items_name", "catalogue_items", ["name"], unique=True)
    op.create_table(
        "tiers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(24), nullable=False, unique=True),
        sa.Column("rank", sa.Integer, nullable=False),
        sa.Column("discount_permille", sa.Integer, nullable=False, server_default="1000"),
        sa.Column("points_permille", sa.Integer, nullable=False, server_default="1000"),
        sa.Column("upgrade_spend_fen", sa.Integer, nullable=True),
        sa.Column("upgrade_top_up_fen", sa.Integer, nullable=True),
        sa.Column("active", sa.Boolean, nullable=False, server_default="1"),
    )
    op.create_table(
        "card_plans",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("sessions", sa.Integer, nullable=True),
        sa.Column("price_fen", sa.Integer, nullable=False),
        sa.Column("valid_days", sa.Integer, nullable=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("catalogue_items.id"), nullable=True),
        sa.Column("active", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "sales",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("no", sa.String(20), nullable=False, unique=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=True),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("cashier_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("approved_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("refund_of_id", sa.Integer, sa.ForeignKey("sales.id"), nullable=True),
        sa.Column("tier_name", sa.String(24), nullable=False, server_default=""),
        sa.Column("list_fen", sa.Integer, nullable=False),
        sa.Column("discount_fen", sa.Integer, nullable=False),
        sa.Column("total_fen", sa.Integer, nullable=False),
        sa.Column("points_earned", sa.Integer, nullable=False, server_default="0"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.CheckConstraint(
            "kind IN ('sale', 'top_up', 'refund', 'withdrawal', 'gift')", name="ck_sales_kind"
        ),
    )
    op.create_index("ix_sales_at", "sales", ["at"])
    op.create_index("ix_sales_customer", "sales", ["customer_id", "at"])
    op.create_index("ix_sales_refund_of", "sales", ["refund_of_id"])
    op.create_table(
        "customer_cards",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("plan_id", sa.Integer, sa.ForeignKey("card_plans.id"), nullable=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("catalogue_items.id"), nullable=True),
        sa.Column("sessions_total", sa.Integer, nullable=True),
        sa.Column("sessions_left", sa.Integer, nullable=True),
        sa.Column("price_fen", sa.Integer, nullable=False),
        sa.Column("bought_at", sa.DateTime, nullable=False),
        sa.Column("expires_on", sa.Date, nullable=True),
        sa.Column("sale_id", sa.Integer, sa.ForeignKey("sales.id"), nullable=True),
        sa.Column("status", sa.String(10), nullable=False, server_default="active"),
        sa.CheckConstraint("sessions_left IS NULL OR sessions_left >= 0", name="ck_cards_left"),
    )
    op.create_index("ix_customer_cards_customer", "customer_cards", ["customer_id"])
    op.create_table(
        "sale_lines",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sale_id", sa.Integer, sa.ForeignKey("sales.id"), nullable=False),
        sa.Column("line_no", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("catalogue_items.id"), nullable=True),
        sa.Column("card_id", sa.Integer, sa.ForeignKey("customer_cards.id"), nullable=True),
        sa.Column("description", sa.String(120), nullable=False),
        sa.Column("qty", sa.Integer, nullable=False),
        sa.Column("unit_fen", sa.Integer, nullable=False),
        sa.Column("list_fen", sa.Integer, nullable=False),
        sa.Column("discount_fen", sa.Integer, nullable=False),
        sa.Column("amount_fen", sa.Integer, nullable=False),
        sa.Column("refund_of_line_id", sa.Integer, sa.ForeignKey("sale_lines.id"), nullable=True),
    )
    op.create_index("ix_sale_lines_sale", "sale_lines", ["sale_id"])
    op.create_index("ix_sale_lines_item", "sale_lines", ["item_id"])
    op.create_table(
        "sale_payments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sale_id", sa.Integer, sa.ForeignKey("sales.id"), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("amount_fen", sa.Integer, nullable=False),
        sa.Column("points", sa.Integer, nullable=False, server_default="0"),
        sa.CheckConstraint(
            "method IN ('cash', 'wechat', 'alipay', 'bank_card', 'stored_value', 'points')",
            name="ck_sale_payments_method",
        ),
    )
    op.create_index("ix_sale_payments_sale", "sale_payments", ["sale_id"])
    # Sales are records of what happened: a refund is a new sale, never an edit. Only the
    # customer a sale belongs to may change, when two customer records are merged.
    for table in ("sale_lines", "sale_payments"):
        _append_only(table)
    op.execute(
        "CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales "
        "BEGIN SELECT RAISE(ABORT, 'sales is append-only'); END"
    )
    fixed = ", ".join(
        ("id", "no", "kind", "at", "staff_id", "cashier_id", "approved_by", "refund_of_id")
        + ("tier_name", "list_fen", "discount_fen", "total_fen", "points_earned", "note")
    )
    op.execute(
        f"CREATE TRIGGER sales_no_update BEFORE UPDATE OF {fixed} ON sales "
        "BEGIN SELECT RAISE(ABORT, 'sales is append-only'); END"
    )

    # ADD COLUMN may carry a REFERENCES clause when the default is NULL: no table copy needed.
    op.execute(
        "ALTER TABLE customers ADD COLUMN tier_id INTEGER "
        "CONSTRAINT fk_customers_tier REFERENCES tiers (id)"
    )

    # The ledger gains the sessions account and its links; SQLite cannot change a CHECK in
    # place, so the table is rebuilt (every entry copied as it was, ids kept).
    for action in ("update", "delete"):
        op.execute(f"DROP TRIGGER ledger_entries_no_{action}")
    op.rename_table("ledger_entries", "ledger_entries_0002")
    op.drop_index("ix_ledger_entries_customer", "ledger_entries_0002")
    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("account", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("delta", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("sale_id", sa.Integer, sa.ForeignKey("sales.id"), nullable=True),
        sa.Column("card_id", sa.Integer, sa.ForeignKey("customer_cards.id"), nullable=True),
        sa.CheckConstraint(
            "account IN ('principal', 'bonus', 'points', 'sessions')",
            name="ck_ledger_entries_account",
        ),
        sa.CheckConstraint(
            "(account = 'sessions') = (card_id IS NOT NULL)", name="ck_ledger_entries_card"
        ),
        sqlite_autoincrement=True,
    )
    op.execute(
        "INSERT INTO ledger_entries (id, customer_id, account, kind, delta, at, user_id, note) "
        "SELECT id, customer_id, account, kind, delta, at, user_id, note FROM ledger_entries_0002"
    )
    op.drop_table("ledger_entries_0002")
    op.create_index("ix_ledger_entries_customer", "ledger_entries", ["customer_id", "account"])
    op.create_index("ix_ledger_entries_sale", "ledger_entries", ["sale_id"])
    _append_only("ledger_entries")


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
