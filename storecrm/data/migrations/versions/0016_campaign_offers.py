"""A campaign's offer may be a promotion open only to its target; members keep the day they
joined (issue 20).

- ``campaigns.coupon_template_id`` may be empty and ``campaigns.promotion_id`` names the
  promotion (audience ``campaign``) a campaign offers instead of a coupon: exactly one of the
  two is set (the service checks it).
- ``campaign_members.added_at``: when the member was placed (the launch, or a lifecycle offer's
  daily issue); the win-back is given at most once in 365 days by it. Rows from before are dated
  by their coupon's issue, else their campaign's launch (or creation).

SQLite changes a column's nullability by copying the table. ``campaigns`` is referenced by
``campaign_members`` and foreign keys are enforced, so the members are copied aside first, the
campaigns table is rebuilt with nobody referencing it, and the members table is made again
(with its index and append-only triggers) and filled back.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def _members_table() -> None:
    op.create_table(
        "campaign_members",
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaigns.id"), primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), primary_key=True),
        sa.Column("grp", sa.String(8), nullable=False),
        sa.Column("coupon_id", sa.Integer, sa.ForeignKey("coupons.id"), nullable=True),
        sa.Column("added_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_campaign_members_customer", "campaign_members", ["customer_id"])


def _append_only() -> None:
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER campaign_members_no_{action.lower()} BEFORE {action} "
            "ON campaign_members BEGIN "
            "SELECT RAISE(ABORT, 'campaign members are append-only'); END"
        )


def upgrade() -> None:
    op.execute(
        "CREATE TABLE _members_0016 AS SELECT m.campaign_id, m.customer_id, m.grp, m.coupon_id, "
        "COALESCE(k.issued_at, c.launched_at, c.created_at) AS added_at "
        "FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id "
        "LEFT JOIN coupons k ON k.id = m.coupon_id"
    )
    op.execute("DROP TRIGGER campaign_members_no_update")
    op.execute("DROP TRIGGER campaign_members_no_delete")
    op.drop_index("ix_campaign_members_customer", "campaign_members")
    op.drop_table("campaign_members")
    op.create_table(
        "_campaigns_0016",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("segment", sa.Text, nullable=False),
        sa.Column(
            "coupon_template_id", sa.Integer, sa.ForeignKey("coupon_templates.id"), nullable=True
        ),
        sa.Column("message", sa.Text, nullable=False, server_default=""),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("ends_on", sa.Date, nullable=False),
        sa.Column("holdout_percent", sa.Integer, nullable=False, server_default="10"),
        sa.Column("seed", sa.Integer, nullable=False),
        sa.Column("status", sa.String(10), nullable=False, server_default="draft"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("launched_at", sa.DateTime, nullable=True),
        sa.Column("launched_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("promotion_id", sa.Integer, sa.ForeignKey("promotions.id"), nullable=True),
    )
    columns = (
        "id, name, segment, coupon_template_id, message, starts_on, ends_on, holdout_percent, "
        "seed, status, created_at, created_by, launched_at, launched_by"
    )
    op.execute(f"INSERT INTO _campaigns_0016 ({columns}) SELECT {columns} FROM campaigns")
    op.drop_table("campaigns")
    op.rename_table("_campaigns_0016", "campaigns")
    _members_table()
    op.execute(
        "INSERT INTO campaign_members (campaign_id, customer_id, grp, coupon_id, added_at) "
        "SELECT campaign_id, customer_id, grp, coupon_id, added_at FROM _members_0016"
    )
    op.execute("DROP TABLE _members_0016")
    _append_only()
