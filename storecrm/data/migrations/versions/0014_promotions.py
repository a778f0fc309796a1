"""Promotions applied by the till, coupons and top-up gifts (issue 20, points 1–3).

- ``promotions``: the store's offers (满减, percentage off, 第N件 X折, 买N送M, a gift item for a
  threshold), each with when it applies (active dates, weekdays or days of the month for a
  会员日, a time window for a happy hour), who it is for (everyone, members, some tiers) and
  whether it combines with the tier discount and with other promotions; what it applies to is
  ``promotion_targets`` (items, categories; none: the whole order) and ``promotion_tiers``.
- ``coupon_templates`` (满减券, 折扣券, 代金券, 兑换券) with their targets, and ``coupons``: each
  issued coupon with its own code. A coupon's state is derived from ``coupon_events``
  (issued, redeemed on a sale, returned by a refund, voided), which is append-only; expiry is
  its ``valid_to`` date passing, never a write.
- ``sale_savings``: each promotion's or coupon's saving on a sale, per line (the line's
  ``discount_fen`` includes it, ``amount_fen`` is what was paid), append-only like the sale.
- ``top_up_gifts``: 充 X 送 bonus money, a session card, points and coupons (one rule may
  give several).

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _append_only(table: str, what: str) -> None:
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{what} is append-only'); END"
        )


def upgrade() -> None:
    op.create_table(
        "promotions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("threshold_fen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("off_fen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("repeatable", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("permille", sa.Integer, nullable=False, server_default="1000"),
        sa.Column("buy_qty", sa.Integer, nullable=False, server_default="0"),
        sa.Column("free_qty", sa.Integer, nullable=False, server_default="0"),
        sa.Column("gift_item_id", sa.Integer, sa.ForeignKey("catalogue_items.id"), nullable=True),
        sa.Column("audience", sa.String(8), nullable=False, server_default="everyone"),
        sa.Column("weekdays", sa.Integer, nullable=False, server_default="0"),
        sa.Column("month_days", sa.String(90), nullable=False, server_default=""),
        sa.Column("time_from", sa.String(5), nullable=False, server_default=""),
        sa.Column("time_to", sa.String(5), nullable=False, server_default=""),
        sa.Column("starts_on", sa.Date, nullable=True),
        sa.Column("ends_on", sa.Date, nullable=True),
        sa.Column("with_tier", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("with_others", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("priority", sa.Integer, nullable=False, server_default="0"),
        sa.Column("active", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_promotions_active", "promotions", ["active", "ends_on"])
    op.create_table(
        "promotion_targets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("promotion_id", sa.Integer, sa.ForeignKey("promotions.id"), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("catalogue_items.id"), nullable=True),
        sa.Column("category", sa.String(32), nullable=False, server_default=""),
    )
    op.create_index("ix_promotion_targets_promotion", "promotion_targets", ["promotion_id"])
    op.create_table(
        "promotion_tiers",
        sa.Column("promotion_id", sa.Integer, sa.ForeignKey("promotions.id"), primary_key=True),
        sa.Column("tier_id", sa.Integer, sa.ForeignKey("tiers.id"), primary_key=True),
    )
    op.create_table(
        "coupon_templates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("min_spend_fen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("off_fen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("permille", sa.Integer, nullable=False, server_default="1000"),
        sa.Column("max_off_fen", sa.Integer, nullable=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("catalogue_items.id"), nullable=True),
        sa.Column("valid_from", sa.Date, nullable=True),
        sa.Column("valid_to", sa.Date, nullable=True),
        sa.Column("valid_days", sa.Integer, nullable=True),
        sa.Column("per_customer", sa.Integer, nullable=True),
        sa.Column("points_price", sa.Integer, nullable=True),
        sa.Column("with_promotions", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("with_tier", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("active", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "coupon_template_targets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("template_id", sa.Integer, sa.ForeignKey("coupon_templates.id"), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("catalogue_items.id"), nullable=True),
        sa.Column("category", sa.String(32), nullable=False, server_default=""),
    )
    op.create_index(
        "ix_coupon_template_targets_template", "coupon_template_targets", ["template_id"]
    )
    op.create_table(
        "coupons",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(16), nullable=False, unique=True),
        sa.Column("template_id", sa.Integer, sa.ForeignKey("coupon_templates.id"), nullable=False),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("issued_at", sa.DateTime, nullable=False),
        sa.Column("valid_from", sa.Date, nullable=False),
        sa.Column("valid_to", sa.Date, nullable=False),
        sa.Column("source", sa.String(12), nullable=False),
        sa.Column("source_sale_id", sa.Integer, sa.ForeignKey("sales.id"), nullable=True),
        sa.Column("issued_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    )
    op.create_index("ix_coupons_customer", "coupons", ["customer_id", "valid_to"])
    op.create_index("ix_coupons_template", "coupons", ["template_id"])
    op.create_index("ix_coupons_source_sale", "coupons", ["source_sale_id"])
    # A merge may move a coupon to the kept customer; nothing else about it changes.
    op.execute(
        "CREATE TRIGGER coupons_no_update BEFORE UPDATE OF id, code, template_id, issued_at, "
        "valid_from, valid_to, source, source_sale_id, issued_by ON coupons "
        "BEGIN SELECT RAISE(ABORT, 'coupons is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER coupons_no_delete BEFORE DELETE ON coupons "
        "BEGIN SELECT RAISE(ABORT, 'coupons is append-only'); END"
    )
    op.create_table(
        "coupon_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("coupon_id", sa.Integer, sa.ForeignKey("coupons.id"), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("sale_id", sa.Integer, sa.ForeignKey("sales.id"), nullable=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("saving_fen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("note", sa.String(80), nullable=False, server_default=""),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_coupon_events_coupon", "coupon_events", ["coupon_id", "id"])
    op.create_index("ix_coupon_events_sale", "coupon_events", ["sale_id"])
    _append_only("coupon_events", "the coupon history")
    op.create_table(
        "sale_savings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sale_id", sa.Integer, sa.ForeignKey("sales.id"), nullable=False),
        sa.Column("sale_line_id", sa.Integer, sa.ForeignKey("sale_lines.id"), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("promotion_id", sa.Integer, sa.ForeignKey("promotions.id"), nullable=True),
        sa.Column("coupon_id", sa.Integer, sa.ForeignKey("coupons.id"), nullable=True),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("amount_fen", sa.Integer, nullable=False),
    )
    op.create_index("ix_sale_savings_sale", "sale_savings", ["sale_id"])
    op.create_index("ix_sale_savings_promotion", "sale_savings", ["promotion_id"])
    _append_only("sale_savings", "sale_savings")
    op.create_table(
        "top_up_gifts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("threshold_fen", sa.Integer, nullable=False),
        sa.Column("bonus_fen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("card_plan_id", sa.Integer, sa.ForeignKey("card_plans.id"), nullable=True),
        sa.Column("points", sa.Integer, nullable=False, server_default="0"),
        sa.Column(
            "coupon_template_id", sa.Integer, sa.ForeignKey("coupon_templates.id"), nullable=True
        ),
        sa.Column("coupon_qty", sa.Integer, nullable=False, server_default="0"),
        sa.Column("starts_on", sa.Date, nullable=True),
        sa.Column("ends_on", sa.Date, nullable=True),
        sa.Column("active", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
