"""Campaigns with a holdout (issue 20, point 4).

- ``campaigns``: a name, the segment definition (JSON, ``domain/promotions/segment.py``), the
  offer (a coupon template: one coupon to each target member), the message template, the period,
  the holdout percentage and seed, and the status (draft, launched).
- ``campaign_members``: who was in the campaign when it was launched, in which group (target or
  holdout), and the coupon a target member was issued. Written once at the launch and never
  changed (triggers refuse UPDATE and DELETE), so the groups the effect is measured on stay as
  they were drawn.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("segment", sa.Text, nullable=False),
        sa.Column(
            "coupon_template_id", sa.Integer, sa.ForeignKey("coupon_templates.id"), nullable=False
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
    )
    op.create_table(
        "campaign_members",
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaigns.id"), primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), primary_key=True),
        sa.Column("grp", sa.String(8), nullable=False),
        sa.Column("coupon_id", sa.Integer, sa.ForeignKey("coupons.id"), nullable=True),
    )
    op.create_index("ix_campaign_members_customer", "campaign_members", ["customer_id"])
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER campaign_members_no_{action.lower()} BEFORE {action} "
            "ON campaign_members BEGIN "
            "SELECT RAISE(ABORT, 'campaign members are append-only'); END"
        )
