"""The store's tables (SQLAlchemy Core). Alembic migrations in ``migrations/versions`` create
and change them; this module is what the repositories query.

Conventions: money is INTEGER fen; times are local naive ``DATETIME`` (a store lives in one
time zone); booleans are INTEGER 0/1; ``*_by`` columns name the acting user.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)

metadata = MetaData()

store_settings = Table(
    "store_settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("updated_by", Integer, ForeignKey("users.id"), nullable=True),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(32), nullable=False),
    Column("username_key", String(32), nullable=False, unique=True),
    Column("display_name", String(64), nullable=False),
    Column("role", String(16), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime, nullable=False),
    Column("created_by", Integer, ForeignKey("users.id"), nullable=True),
    Column("updated_at", DateTime, nullable=False),
    Column("password_changed_at", DateTime, nullable=False),
    sqlite_autoincrement=True,
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("username", String(32), nullable=False),
    Column("action", String(48), nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("target", String(64), nullable=True),
    Column("detail", Text, nullable=False, default="{}"),
    Index("ix_audit_log_at", "at"),
)

customers = Table(
    "customers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False),
    Column("phone", String(20), nullable=True),
    Column("gender", String(8), nullable=False, default="unknown"),
    Column("birthday", Date, nullable=True),
    Column("notes", Text, nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
    Column("created_by", Integer, ForeignKey("users.id"), nullable=True),
    Column("updated_at", DateTime, nullable=False),
    Column("updated_by", Integer, ForeignKey("users.id"), nullable=True),
    Index("ux_customers_phone", "phone", unique=True, sqlite_where=text("phone IS NOT NULL")),
    Index("ix_customers_name", "name"),
)

# Tables a person's data lives in, for counts in `storecrm info` and backups' manifests.
DATA_TABLES: tuple[Table, ...] = (store_settings, users, audit_log, customers)
