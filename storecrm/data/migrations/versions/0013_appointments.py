"""Appointments and the roster (预约与排班): a duration on catalogue items, shift templates, each
staff member's week, days of their own and leave, the store's opening hours and closed days,
rooms/beds/chairs with a capacity, a restaurant's tables (桌位: an area such as 大厅/包间 and
seats), and the appointments with their services (a table reservation: a table and a party size).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE catalogue_items ADD COLUMN duration_min INTEGER")
    op.create_table(
        "shift_templates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(16), nullable=False, unique=True),
        sa.Column("starts", sa.String(5), nullable=False),
        sa.Column("ends", sa.String(5), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default="1"),
    )
    # A new store's shifts (the store's own data, named as Chinese stores name them).
    op.execute(
        "INSERT INTO shift_templates (name, starts, ends, active) VALUES "
        "('早班', '09:00', '15:00', 1), ('晚班', '14:00', '21:00', 1), "
        "('全天', '09:00', '21:00', 1)"
    )
    op.create_table(
        "staff_weeks",
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), primary_key=True),
        sa.Column("weekday", sa.Integer, primary_key=True),
        sa.Column("template_id", sa.Integer, sa.ForeignKey("shift_templates.id"), nullable=True),
    )
    op.create_table(
        "staff_days",
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), primary_key=True),
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("template_id", sa.Integer, sa.ForeignKey("shift_templates.id"), nullable=True),
    )
    op.create_table(
        "staff_leave",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("starts_at", sa.DateTime, nullable=False),
        sa.Column("ends_at", sa.DateTime, nullable=False),
        sa.Column("reason", sa.String(60), nullable=False, server_default=""),
    )
    op.create_index("ix_staff_leave_staff", "staff_leave", ["staff_id", "starts_at"])
    op.create_table(
        "opening_hours",
        sa.Column("weekday", sa.Integer, primary_key=True),
        sa.Column("opens", sa.String(5), nullable=True),
        sa.Column("closes", sa.String(5), nullable=True),
    )
    op.create_table(
        "closed_days",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("note", sa.String(60), nullable=False, server_default=""),
    )
    op.create_table(
        "book_resources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(32), nullable=False, unique=True),
        sa.Column("capacity", sa.Integer, nullable=False, server_default="1"),
        sa.Column("active", sa.Boolean, nullable=False, server_default="1"),
    )
    op.create_table(
        "dining_tables",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(16), nullable=False, unique=True),
        sa.Column("area", sa.String(16), nullable=False),
        sa.Column("seats", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("active", sa.Boolean, nullable=False, server_default="1"),
    )
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("requested", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("starts_at", sa.DateTime, nullable=False),
        sa.Column("ends_at", sa.DateTime, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("resource_id", sa.Integer, sa.ForeignKey("book_resources.id"), nullable=True),
        sa.Column("table_id", sa.Integer, sa.ForeignKey("dining_tables.id"), nullable=True),
        sa.Column("party_size", sa.Integer, nullable=True),
        sa.Column("note", sa.String(200), nullable=False, server_default=""),
        sa.Column("reason", sa.String(100), nullable=False, server_default=""),
        sa.Column("sale_id", sa.Integer, sa.ForeignKey("sales.id"), nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_appointments_starts", "appointments", ["starts_at"])
    op.create_index("ix_appointments_customer", "appointments", ["customer_id", "starts_at"])
    op.create_table(
        "appointment_services",
        sa.Column("appointment_id", sa.Integer, sa.ForeignKey("appointments.id"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("catalogue_items.id"), nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
    )


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
