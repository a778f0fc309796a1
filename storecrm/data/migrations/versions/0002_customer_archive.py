"""Customer archive: full profile, search keys, tags, timeline events, opening ledger entries.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storecrm.domain.customer import name_grams, name_sort_key, pinyin_keys

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = (
    "address",
    "preferences",
    "taste",
    "allergies",
    "hair_notes",
    "skin_notes",
    "sizes",
)


_SORT_COLUMNS = (
    "name_sort",
    "last_visit_at",
    "total_spend_fen",
    "balance_fen",
    "visit_count",
    "created_at",
)


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("other_phone", sa.String(20), nullable=True))
        batch.add_column(sa.Column("phone_rev", sa.String(20), nullable=True))
        batch.add_column(sa.Column("name_sort", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("card_no", sa.String(32), nullable=True))
        for name in _TEXT_COLUMNS:
            batch.add_column(sa.Column(name, sa.Text, nullable=False, server_default=""))
        batch.add_column(
            sa.Column("source", sa.String(16), nullable=False, server_default="walk_in")
        )
        batch.add_column(sa.Column("referrer_id", sa.Integer, nullable=True))
        batch.add_column(
            sa.Column("marketing_consent", sa.Boolean, nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("marketing_consent_at", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("birthday_calendar", sa.String(8), nullable=True))
        batch.add_column(sa.Column("birthday_year", sa.Integer, nullable=True))
        batch.add_column(sa.Column("birthday_month", sa.Integer, nullable=True))
        batch.add_column(sa.Column("birthday_day", sa.Integer, nullable=True))
        batch.add_column(sa.Column("birthday_leap", sa.Boolean, nullable=False, server_default="0"))
        batch.add_column(sa.Column("first_visit_at", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("last_visit_at", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("visit_count", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("total_spend_fen", sa.Integer, nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("balance_fen", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("points", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("archived_at", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("archived_by", sa.Integer, nullable=True))
        batch.add_column(sa.Column("merged_into_id", sa.Integer, nullable=True))
        batch.create_foreign_key("fk_customers_referrer", "customers", ["referrer_id"], ["id"])
        batch.create_foreign_key("fk_customers_archived_by", "users", ["archived_by"], ["id"])
        batch.create_foreign_key(
            "fk_customers_merged_into", "customers", ["merged_into_id"], ["id"]
        )
        batch.create_check_constraint(
            "ck_customers_source", "source IN ('walk_in', 'referral', 'online', 'event', 'other')"
        )
        batch.create_check_constraint(
            "ck_customers_birthday_calendar", "birthday_calendar IN ('solar', 'lunar')"
        )
    op.create_index(
        "ux_customers_card_no",
        "customers",
        ["card_no"],
        unique=True,
        sqlite_where=sa.text("card_no IS NOT NULL"),
    )
    op.create_index("ix_customers_phone_rev", "customers", ["phone_rev"])
    # The list sorts live (not archived) customers by one of these; partial indexes let SQLite
    # read them in order without touching the table.
    op.drop_index("ix_customers_name", "customers")
    for column in _SORT_COLUMNS:
        op.create_index(
            f"ix_customers_live_{column}",
            "customers",
            [column],
            sqlite_where=sa.text("archived_at IS NULL"),
        )

    # Narrow copy of what a name search scans, so a substring look-up reads few pages.
    op.create_table(
        "customer_search",
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
    )
    op.create_table(
        "customer_keys",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_customer_keys_customer", "customer_keys", ["customer_id"])
    # One- and two-character pieces of names: a name fragment is an index look-up, not a scan.
    op.create_table(
        "customer_grams",
        sa.Column("gram", sa.String(2), primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_customer_grams_customer", "customer_grams", ["customer_id"])
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(24), nullable=False, unique=True),
        sa.Column("color", sa.String(9), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "customer_tags",
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), primary_key=True),
        sa.Column("tag_id", sa.Integer, sa.ForeignKey("tags.id"), primary_key=True),
    )
    op.create_index("ix_customer_tags_tag", "customer_tags", ["tag_id"])
    op.create_table(
        "customer_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    )
    op.create_index("ix_customer_events_customer", "customer_events", ["customer_id", "at"])
    # Stored value and points are sums of this ledger; the membership issue adds the entries of
    # sales and top-ups. Opening balances brought in from an old system are entries too.
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
        sa.CheckConstraint(
            "account IN ('principal', 'bonus', 'points')", name="ck_ledger_entries_account"
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_ledger_entries_customer", "ledger_entries", ["customer_id", "account"])
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER ledger_entries_no_{action.lower()} BEFORE {action} ON ledger_entries "
            "BEGIN SELECT RAISE(ABORT, 'ledger is append-only'); END"
        )

    # Existing customers: split birthdays, fill search keys.
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "UPDATE customers SET birthday_calendar = 'solar', "
            "birthday_year = CAST(strftime('%Y', birthday) AS INTEGER), "
            "birthday_month = CAST(strftime('%m', birthday) AS INTEGER), "
            "birthday_day = CAST(strftime('%d', birthday) AS INTEGER) "
            "WHERE birthday IS NOT NULL"
        )
    )
    rows = conn.execute(sa.text("SELECT id, name, phone FROM customers")).all()
    for customer_id, name, phone in rows:
        conn.execute(
            sa.text("UPDATE customers SET name_sort = :key WHERE id = :id"),
            {"key": name_sort_key(name), "id": customer_id},
        )
        if phone:
            conn.execute(
                sa.text("UPDATE customers SET phone_rev = :rev WHERE id = :id"),
                {"rev": phone[::-1], "id": customer_id},
            )
        conn.execute(
            sa.text("INSERT INTO customer_search VALUES (:id, :name, 0)"),
            {"id": customer_id, "name": name},
        )
        for key in sorted(pinyin_keys(name)):
            conn.execute(
                sa.text("INSERT OR IGNORE INTO customer_keys VALUES (:key, :id)"),
                {"key": key, "id": customer_id},
            )
        for gram in sorted(name_grams(name)):
            conn.execute(
                sa.text("INSERT OR IGNORE INTO customer_grams VALUES (:gram, :id)"),
                {"gram": gram, "id": customer_id},
            )


def downgrade() -> None:
    raise NotImplementedError("StoreCRM stores are only ever upgraded")
