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
    Column("birthday", Date, nullable=True),  # solar date of birth, when the year is known
    Column("notes", Text, nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
    Column("created_by", Integer, ForeignKey("users.id"), nullable=True),
    Column("updated_at", DateTime, nullable=False),
    Column("updated_by", Integer, ForeignKey("users.id"), nullable=True),
    Column("other_phone", String(20), nullable=True),
    Column("phone_rev", String(20), nullable=True),  # reversed phone: suffix search by index
    Column("name_sort", String(200), nullable=False, server_default=""),  # pinyin order
    Column("card_no", String(32), nullable=True),
    Column("address", Text, nullable=False, server_default=""),
    Column("preferences", Text, nullable=False, server_default=""),
    Column("taste", Text, nullable=False, server_default=""),
    Column("allergies", Text, nullable=False, server_default=""),
    Column("hair_notes", Text, nullable=False, server_default=""),
    Column("skin_notes", Text, nullable=False, server_default=""),
    Column("sizes", Text, nullable=False, server_default=""),
    Column("source", String(16), nullable=False, server_default="walk_in"),
    Column("referrer_id", Integer, ForeignKey("customers.id", name="fk_customers_referrer")),
    Column("marketing_consent", Boolean, nullable=False, server_default="0"),
    Column("marketing_consent_at", DateTime, nullable=True),
    Column("birthday_calendar", String(8), nullable=True),
    Column("birthday_year", Integer, nullable=True),
    Column("birthday_month", Integer, nullable=True),
    Column("birthday_day", Integer, nullable=True),
    Column("birthday_leap", Boolean, nullable=False, server_default="0"),
    # Visit summary and balances, kept in step with sales and the ledger in the same transaction.
    Column("first_visit_at", DateTime, nullable=True),
    Column("last_visit_at", DateTime, nullable=True),
    Column("visit_count", Integer, nullable=False, server_default="0"),
    Column("total_spend_fen", Integer, nullable=False, server_default="0"),
    Column("balance_fen", Integer, nullable=False, server_default="0"),
    Column("points", Integer, nullable=False, server_default="0"),
    Column("archived_at", DateTime, nullable=True),
    Column("archived_by", Integer, ForeignKey("users.id", name="fk_customers_archived_by")),
    Column("merged_into_id", Integer, ForeignKey("customers.id", name="fk_customers_merged_into")),
    Index("ux_customers_phone", "phone", unique=True, sqlite_where=text("phone IS NOT NULL")),
    Index("ux_customers_card_no", "card_no", unique=True, sqlite_where=text("card_no IS NOT NULL")),
    Index("ix_customers_phone_rev", "phone_rev"),
    *(
        Index(f"ix_customers_live_{c}", c, sqlite_where=text("archived_at IS NULL"))
        for c in (
            "name_sort",
            "last_visit_at",
            "total_spend_fen",
            "balance_fen",
            "visit_count",
            "created_at",
        )
    ),
)

customer_search = Table(
    "customer_search",
    metadata,
    Column("customer_id", Integer, ForeignKey("customers.id"), primary_key=True),
    Column("name", String(64), nullable=False),
    Column("archived", Boolean, nullable=False),
)

customer_keys = Table(
    "customer_keys",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), primary_key=True),
    Index("ix_customer_keys_customer", "customer_id"),
    sqlite_with_rowid=False,
)

customer_grams = Table(
    "customer_grams",
    metadata,
    Column("gram", String(2), primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), primary_key=True),
    Index("ix_customer_grams_customer", "customer_id"),
    sqlite_with_rowid=False,
)

tags = Table(
    "tags",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(24), nullable=False, unique=True),
    Column("color", String(9), nullable=False),
    Column("created_at", DateTime, nullable=False),
)

customer_tags = Table(
    "customer_tags",
    metadata,
    Column("customer_id", Integer, ForeignKey("customers.id"), primary_key=True),
    Column("tag_id", Integer, ForeignKey("tags.id"), primary_key=True),
    Index("ix_customer_tags_tag", "tag_id"),
)

customer_events = Table(
    "customer_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("kind", String(24), nullable=False),
    Column("text", Text, nullable=False),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=True),
    Index("ix_customer_events_customer", "customer_id", "at"),
)

ledger_entries = Table(
    "ledger_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("account", String(16), nullable=False),  # principal | bonus | points
    Column("kind", String(16), nullable=False),  # opening, top_up, sale, refund, …
    Column("delta", Integer, nullable=False),  # fen for principal/bonus, points for points
    Column("at", DateTime, nullable=False),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("note", Text, nullable=False),
    Index("ix_ledger_entries_customer", "customer_id", "account"),
    sqlite_autoincrement=True,
)

# Tables a person's data lives in, for counts in `storecrm info` and backups' manifests.
DATA_TABLES: tuple[Table, ...] = (
    store_settings,
    users,
    audit_log,
    customers,
    customer_search,
    customer_keys,
    customer_grams,
    tags,
    customer_tags,
    customer_events,
    ledger_entries,
)
