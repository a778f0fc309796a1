"""The store's tables (SQLAlchemy Core). Alembic migrations in ``migrations/versions`` create
and change them; this module is what the repositories query.

Conventions: money is INTEGER fen; times are local naive ``DATETIME`` (a store lives in one
time zone); booleans are INTEGER 0/1; ``*_by`` columns name the acting user.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Computed,
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

# The average interval between visits, (last − first visit) / (visits − 1) rounded half up and at
# least one day, added to the last visit (storecrm.domain.reminders.average_interval says the
# same in Python); NULL with fewer than two visits on two different days.
_SPAN = "CAST(julianday(date(last_visit_at)) - julianday(date(first_visit_at)) AS INTEGER)"
RETURN_DUE_SQL = (
    "CASE WHEN visit_count >= 2 AND first_visit_at IS NOT NULL "
    "AND date(last_visit_at) > date(first_visit_at) "
    f"THEN date(last_visit_at, '+' || max(1, (2 * {_SPAN} + visit_count - 1) "
    "/ (2 * (visit_count - 1))) || ' days') END"
)
JOINED_MD_SQL = "strftime('%m-%d', created_at)"
#: The live customers who never bought (the list's "potential" category) and the sort columns
#: each has a partial index of them for (0022).
POTENTIAL_SQL = "archived_at IS NULL AND last_visit_at IS NULL"
POTENTIAL_SORTS = (
    "name_sort",
    "last_visit_at",
    "total_spend_fen",
    "balance_fen",
    "visit_count",
    "created_at",
)

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
    # SHA-256 of the previous entry's hash and this entry (domain/audit_chain.py)
    Column("hash", String(64), nullable=False, server_default=""),
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
    Column("tier_id", Integer, ForeignKey("tiers.id", name="fk_customers_tier"), nullable=True),
    Column("archived_at", DateTime, nullable=True),
    Column("archived_by", Integer, ForeignKey("users.id", name="fk_customers_archived_by")),
    Column("merged_into_id", Integer, ForeignKey("customers.id", name="fk_customers_merged_into")),
    # Derived by SQLite on read (virtual generated columns, never written), indexed for the
    # reminders: the day a return is due by the customer's own rhythm, and the month-day joined.
    Column("return_due", String(10), Computed(RETURN_DUE_SQL)),
    Column("joined_md", String(5), Computed(JOINED_MD_SQL)),
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
            "return_due",
            "joined_md",
        )
    ),
    # The list with archived customers shown merges them in (0018).
    Index("ix_customers_archived", "archived_at", sqlite_where=text("archived_at IS NOT NULL")),
    # The "potential" customers (never bought) walked in each sort order (0022): they are all
    # at one end of the spend, visits and last-visit orders, past every customer who bought.
    *(
        Index(f"ix_customers_potential_{c}", c, sqlite_where=text(POTENTIAL_SQL))
        for c in POTENTIAL_SORTS
    ),
    Index(
        "ix_customers_live_tier",
        "tier_id",
        sqlite_where=text("archived_at IS NULL"),
    ),
    Index(
        "ix_customers_live_birthday",
        "birthday_month",
        "birthday_day",
        "birthday_calendar",
        sqlite_where=text("archived_at IS NULL"),
    ),
    # For the reports: new customers by day, customers on file, first visits (0012).
    Index(
        "ix_customers_created",
        "created_at",
        "archived_at",
        sqlite_where=text("merged_into_id IS NULL"),
    ),
    Index(
        "ix_customers_first_visit", "first_visit_at", sqlite_where=text("merged_into_id IS NULL")
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
    # The length of the customer's name: the search shows shorter names first and reads the
    # matches of one length in that order from ix_customer_keys_len (migration 0017).
    Column("name_len", Integer, nullable=False, server_default=text("0")),
    Index("ix_customer_keys_customer", "customer_id"),
    Index("ix_customer_keys_len", "name_len", "key", "customer_id"),
    sqlite_with_rowid=False,
)

customer_grams = Table(
    "customer_grams",
    metadata,
    Column("gram", String(2), primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), primary_key=True),
    # The length of the customer's name, and whether the name starts with this gram: the
    # name search reads the matches of one length newest first from ix_customer_grams_len, and
    # the names starting with what was typed (shown first) from ix_customer_grams_starts
    # (migration 0019).
    Column("name_len", Integer, nullable=False, server_default=text("0")),
    Column("starts", Boolean, nullable=False, server_default=text("0")),
    Index("ix_customer_grams_customer", "customer_id"),
    Index("ix_customer_grams_len", "gram", "name_len", "customer_id"),
    Index(
        "ix_customer_grams_starts",
        "gram",
        "name_len",
        "customer_id",
        sqlite_where=text("starts = 1"),
    ),
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

catalogue_items = Table(
    "catalogue_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False),
    Column("category", String(32), nullable=False, server_default=""),
    Column("kind", String(8), nullable=False, server_default="item"),  # item | service
    Column("price_fen", Integer, nullable=False),
    Column("points_cost", Integer, nullable=True),  # a gift members may take for points
    Column("discountable", Boolean, nullable=False, server_default="1"),
    Column("revisit_days", Integer, nullable=True),  # e.g. hair colour every 45 days
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("duration_min", Integer, nullable=True),  # a service's minutes, for bookings (0013)
    Index("ux_catalogue_items_name", "name", unique=True),
)

tiers = Table(
    "tiers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(24), nullable=False, unique=True),
    Column("rank", Integer, nullable=False),
    Column("discount_permille", Integer, nullable=False, server_default="1000"),
    Column("points_permille", Integer, nullable=False, server_default="1000"),
    Column("upgrade_spend_fen", Integer, nullable=True),
    Column("upgrade_top_up_fen", Integer, nullable=True),
    Column("active", Boolean, nullable=False, server_default="1"),
)

card_plans = Table(
    "card_plans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("kind", String(8), nullable=False),  # count | period
    Column("sessions", Integer, nullable=True),  # count cards only
    Column("price_fen", Integer, nullable=False),
    Column("valid_days", Integer, nullable=True),  # None: never expires
    Column("item_id", Integer, ForeignKey("catalogue_items.id"), nullable=True),  # None: any
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("created_at", DateTime, nullable=False),
)

sales = Table(
    "sales",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("no", String(20), nullable=False, unique=True),  # 20261123-0007
    Column("kind", String(12), nullable=False),  # sale | top_up | refund | withdrawal | gift
    Column("at", DateTime, nullable=False),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=True),  # None: walk-in
    Column("staff_id", Integer, ForeignKey("users.id"), nullable=True),  # who served
    Column("cashier_id", Integer, ForeignKey("users.id"), nullable=False),  # who recorded
    Column("approved_by", Integer, ForeignKey("users.id"), nullable=True),
    Column("refund_of_id", Integer, ForeignKey("sales.id"), nullable=True),
    Column("tier_name", String(24), nullable=False, server_default=""),  # at the time
    Column("list_fen", Integer, nullable=False),
    Column("discount_fen", Integer, nullable=False),
    Column("total_fen", Integer, nullable=False),  # negative for refunds and withdrawals
    Column("points_earned", Integer, nullable=False, server_default="0"),
    Column("note", Text, nullable=False, server_default=""),
    # Of the discount: the whole-order discount and the rounding (negative: rounded up) (0011).
    Column("order_discount_fen", Integer, nullable=False, server_default="0"),
    Column("rounding_fen", Integer, nullable=False, server_default="0"),
    Index("ix_sales_at", "at"),
    # A customer's sales in time order, with what a report sums per customer (0012).
    Index("ix_sales_customer", "customer_id", "at", "kind", "total_fen", "refund_of_id"),
    Index("ix_sales_refund_of", "refund_of_id"),
)

sale_lines = Table(
    "sale_lines",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sale_id", Integer, ForeignKey("sales.id"), nullable=False),
    Column("line_no", Integer, nullable=False),
    Column("kind", String(8), nullable=False),  # item | amount | card | session | top_up | gift
    Column("item_id", Integer, ForeignKey("catalogue_items.id"), nullable=True),
    Column("card_id", Integer, ForeignKey("customer_cards.id"), nullable=True),
    Column("description", String(120), nullable=False),
    Column("qty", Integer, nullable=False),  # negative in refunds
    Column("unit_fen", Integer, nullable=False),
    Column("list_fen", Integer, nullable=False),
    Column("discount_fen", Integer, nullable=False),
    Column("amount_fen", Integer, nullable=False),
    Column("refund_of_line_id", Integer, ForeignKey("sale_lines.id"), nullable=True),
    # The line's share of the sale's whole-order discount and rounding, within discount_fen
    # (amount_fen is what was really paid for the line) (0011).
    Column("order_discount_fen", Integer, nullable=False, server_default="0"),
    Column("rounding_fen", Integer, nullable=False, server_default="0"),
    Index("ix_sale_lines_sale", "sale_id"),
    Index("ix_sale_lines_item", "item_id"),
    Index("ix_sale_lines_card", "card_id"),
)

sale_payments = Table(
    "sale_payments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sale_id", Integer, ForeignKey("sales.id"), nullable=False),
    Column("method", String(16), nullable=False),
    Column("amount_fen", Integer, nullable=False),  # negative when money goes back
    Column("points", Integer, nullable=False, server_default="0"),  # method 'points' only
    # The payment platform's transaction number (or its last digits), for reconciling (0011).
    Column("reference", String(40), nullable=False, server_default=""),
    Index("ix_sale_payments_sale", "sale_id"),
)

customer_cards = Table(
    "customer_cards",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("plan_id", Integer, ForeignKey("card_plans.id"), nullable=True),
    Column("name", String(64), nullable=False),
    Column("kind", String(8), nullable=False),  # count | period
    Column("item_id", Integer, ForeignKey("catalogue_items.id"), nullable=True),
    Column("sessions_total", Integer, nullable=True),
    Column("sessions_left", Integer, nullable=True),  # cache of the sessions ledger
    Column("price_fen", Integer, nullable=False),
    Column("bought_at", DateTime, nullable=False),
    Column("expires_on", Date, nullable=True),
    Column("sale_id", Integer, ForeignKey("sales.id"), nullable=True),  # None: imported
    Column("status", String(10), nullable=False, server_default="active"),  # | refunded
    Index("ix_customer_cards_customer", "customer_id"),
    Index(
        "ix_customer_cards_active_expiry",
        "expires_on",
        sqlite_where=text("status = 'active'"),
    ),
    Index(
        "ix_customer_cards_active_left",
        "sessions_left",
        sqlite_where=text("status = 'active' AND kind = 'count'"),
    ),
)

ledger_entries = Table(
    "ledger_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("account", String(16), nullable=False),  # principal | bonus | points | sessions
    Column("kind", String(16), nullable=False),  # opening, top_up, sale, refund, …
    Column("delta", Integer, nullable=False),  # fen; points; sessions
    Column("at", DateTime, nullable=False),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("note", Text, nullable=False),
    Column("sale_id", Integer, ForeignKey("sales.id"), nullable=True),
    Column("card_id", Integer, ForeignKey("customer_cards.id"), nullable=True),
    # A member's sums by account read from the index alone (0020, issue 23).
    Index("ix_ledger_entries_sums", "customer_id", "account", "delta"),
    Index("ix_ledger_entries_sale", "sale_id"),
    # Each card's sessions in time order: what was left on a day (0012).
    Index(
        "ix_ledger_entries_sessions",
        "card_id",
        "at",
        "delta",
        sqlite_where=text("account = 'sessions'"),
    ),
    sqlite_autoincrement=True,
)

# -- reminders, follow-ups and service records (0005) ------------------------------------------
# Reminders themselves are computed from the data each time; what is stored is what people did
# about them (contacted, snoozed, done, not interested), the follow-up tasks they set and the
# service requests, complaints and feedback they took.
reminder_actions = Table(
    "reminder_actions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    # birthday | return_visit | dormant | card_expiring | card_low | balance_low | anniversary
    # | followup | service
    Column("kind", String(16), nullable=False),
    Column("ref", String(40), nullable=False),  # which occurrence: a date, a card or task id
    Column("action", String(16), nullable=False),  # contacted | snoozed | done | not_interested
    Column("channel", String(12), nullable=True),  # phone | wechat | sms | in_store
    Column("note", Text, nullable=False, server_default=""),
    Column("snooze_until", Date, nullable=True),
    Column("at", DateTime, nullable=False),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=True),
    Index("ix_reminder_actions_customer", "customer_id", "kind"),
    Index("ix_reminder_actions_at", "at"),
)

followups = Table(
    "followups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("title", String(120), nullable=False),
    Column("note", Text, nullable=False, server_default=""),
    Column("due_on", Date, nullable=False),
    Column("assignee_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("status", String(10), nullable=False, server_default="open"),  # | done | cancelled
    Column("created_at", DateTime, nullable=False),
    Column("created_by", Integer, ForeignKey("users.id"), nullable=True),
    Column("closed_at", DateTime, nullable=True),
    Column("closed_by", Integer, ForeignKey("users.id"), nullable=True),
    Index("ix_followups_open_due", "due_on", sqlite_where=text("status = 'open'")),
    Index("ix_followups_customer", "customer_id"),
)

service_records = Table(
    "service_records",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("type", String(10), nullable=False),  # request | complaint | feedback
    Column("subject", String(120), nullable=False),
    Column("detail", Text, nullable=False, server_default=""),
    Column("status", String(12), nullable=False, server_default="open"),  # | in_progress | resolved
    Column("assignee_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("due_on", Date, nullable=True),
    Column("resolution", Text, nullable=False, server_default=""),
    Column("satisfaction", Integer, nullable=True),  # 1-5, when the customer gave one
    Column("created_at", DateTime, nullable=False),
    Column("created_by", Integer, ForeignKey("users.id"), nullable=True),
    Column("updated_at", DateTime, nullable=False),
    Column("resolved_at", DateTime, nullable=True),
    Index("ix_service_records_customer", "customer_id"),
    Index("ix_service_records_status", "status", "due_on"),
)

# Derived from the append-only sales (never edited by hand): when each customer last bought
# each item, for the item-cycle return reminders. Brought up to date from the sales after
# ``item_last_through`` (a store setting: the last sale id counted) before every use.
item_last = Table(
    "item_last",
    metadata,
    Column("customer_id", Integer, ForeignKey("customers.id"), primary_key=True),
    Column("item_id", Integer, ForeignKey("catalogue_items.id"), primary_key=True),
    Column("last_at", DateTime, nullable=False),
    Index("ix_item_last_item", "item_id", "last_at"),
    sqlite_with_rowid=False,
)

message_templates = Table(
    "message_templates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(48), nullable=False, unique=True),
    Column("kind", String(16), nullable=True),  # the reminder kind it is meant for, if any
    Column("body", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

# -- staff, performance and commission (0010) --------------------------------------------------
# The roster is separate from the sign-in accounts: a staff member (员工) may have an account
# (``user_id``) or not. What each staff member did on each sale line is ``sale_line_staff``
# (append-only; a refund line gets rows of its own with the performance it takes back), and what
# they earned is the append-only ``commission_entries`` ledger, written in the transaction of the
# sale, top-up or refund. Plans are versioned: a saved plan is never changed, a new version takes
# over from its effective date.
staff = Table(
    "staff",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("no", String(16), nullable=False, unique=True),  # 工号
    Column("name", String(64), nullable=False),
    Column("position", String(24), nullable=False, server_default=""),  # 发型师, 技师, 服务员
    Column("grade", String(24), nullable=False, server_default=""),  # 总监, 首席, 高级, 助理
    Column("phone", String(20), nullable=True),
    Column("hired_on", Date, nullable=True),
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=True),  # the account, if any
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index("ux_staff_user", "user_id", unique=True, sqlite_where=text("user_id IS NOT NULL")),
)

commission_plans = Table(
    "commission_plans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("effective_from", Date, nullable=False),
    Column("note", Text, nullable=False, server_default=""),
    Column("created_at", DateTime, nullable=False),
    Column("created_by", Integer, ForeignKey("users.id"), nullable=True),
    Index("ix_commission_plans_from", "effective_from"),
)

commission_rules = Table(
    "commission_rules",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("commission_plans.id"), nullable=False),
    Column("target", String(8), nullable=False),  # line | card | top_up
    Column("item_id", Integer, ForeignKey("catalogue_items.id"), nullable=True),
    Column("category", String(32), nullable=True),
    Column("grade", String(24), nullable=True),  # None: any grade
    Column("requested", Boolean, nullable=True),  # None: 指定 or not
    Column("basis", String(12), nullable=False),  # cash | consumption
    Column("method", String(12), nullable=False),  # percent | percent_list | fixed
    Column("rate_bp", Integer, nullable=False, server_default="0"),
    Column("fixed_fen", Integer, nullable=False, server_default="0"),
    Column("tiers", Text, nullable=False, server_default=""),  # JSON [[from_fen, rate_bp], …]
    Column("tier_mode", String(8), nullable=False, server_default="whole"),
    Column("main_permille", Integer, nullable=False, server_default="1000"),
    Column("assistant_pay", String(8), nullable=False, server_default="share"),
    Column("assistant_permille", Integer, nullable=False, server_default="0"),
    Column("assistant_fixed_fen", Integer, nullable=False, server_default="0"),
    Column("include_bonus", Boolean, nullable=False, server_default="0"),
    Index("ix_commission_rules_plan", "plan_id"),
)

sale_line_staff = Table(
    "sale_line_staff",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sale_id", Integer, ForeignKey("sales.id"), nullable=False),
    Column("line_id", Integer, ForeignKey("sale_lines.id"), nullable=False),
    Column("staff_id", Integer, ForeignKey("staff.id"), nullable=False),
    Column("at", DateTime, nullable=False),  # the sale's (or the refund's) time
    Column("role", String(10), nullable=False),  # main | assistant
    Column("requested", Boolean, nullable=False, server_default="0"),  # 指定
    Column("share_permille", Integer, nullable=False),  # of the line's performance
    Column("grade", String(24), nullable=False, server_default=""),  # at the time
    Column("category", String(32), nullable=False, server_default=""),  # the item's, at the time
    Column("target", String(8), nullable=False),  # line | card | top_up
    # The performance credited (signed: a refund's rows take back what it reverses).
    Column("cash_fen", Integer, nullable=False, server_default="0"),
    Column("consumption_fen", Integer, nullable=False, server_default="0"),
    Column("bonus_fen", Integer, nullable=False, server_default="0"),  # of consumption
    Column("of_id", Integer, ForeignKey("sale_line_staff.id"), nullable=True),  # refunds
    Index("ix_sale_line_staff_line", "line_id"),
    Index("ix_sale_line_staff_sale", "sale_id"),
    # Covers a period's figures (sums, visits, 指定) without reading the rows.
    Index(
        "ix_sale_line_staff_at",
        "at",
        "staff_id",
        "target",
        "role",
        "of_id",
        "requested",
        "sale_id",
        "cash_fen",
        "consumption_fen",
        "bonus_fen",
    ),
    # A staff member's month (the tiers at each posting) without reading the rows.
    Index("ix_sale_line_staff_staff", "staff_id", "at", "cash_fen", "consumption_fen", "bonus_fen"),
    # The refunds of a staff row (storecrm check adds up what earlier refunds took back).
    Index("ix_sale_line_staff_of", "of_id", "id", sqlite_where=text("of_id IS NOT NULL")),
)

commission_entries = Table(
    "commission_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("staff_id", Integer, ForeignKey("staff.id"), nullable=False),
    Column("month", String(7), nullable=False),  # YYYY-MM it counts in
    Column("at", DateTime, nullable=False),
    Column("kind", String(10), nullable=False),  # line | reversal | tier
    Column("sale_id", Integer, ForeignKey("sales.id"), nullable=True),
    Column("line_id", Integer, ForeignKey("sale_lines.id"), nullable=True),
    Column("line_staff_id", Integer, ForeignKey("sale_line_staff.id"), nullable=True),
    Column("reverses_id", Integer, ForeignKey("commission_entries.id"), nullable=True),
    Column("plan_id", Integer, ForeignKey("commission_plans.id"), nullable=False),
    Column("rule_id", Integer, ForeignKey("commission_rules.id"), nullable=False),
    Column("role", String(10), nullable=False, server_default="main"),
    Column("basis", String(12), nullable=False),  # cash | consumption
    Column("measure_fen", Integer, nullable=False, server_default="0"),  # what the rate is of
    Column("units", Integer, nullable=False, server_default="0"),
    Column("rate_bp", Integer, nullable=True),
    Column("weight_ppm", Integer, nullable=False, server_default="1000000"),
    Column("amount_fen", Integer, nullable=False),
    Column("detail", Text, nullable=False, server_default=""),  # tier adjustments: the figures
    Index("ix_commission_entries_month", "month", "staff_id", "kind", "amount_fen"),
    # A tiered rule's month (weighted basis and sum) without reading the rows.
    Index(
        "ix_commission_entries_group",
        "staff_id",
        "month",
        "rule_id",
        "kind",
        "rate_bp",
        "measure_fen",
        "weight_ppm",
        "amount_fen",
    ),
    Index("ix_commission_entries_line_staff", "line_staff_id"),
    Index("ix_commission_entries_sale", "sale_id"),
    Index("ix_commission_entries_at", "at", "staff_id", "kind", "amount_fen"),
    sqlite_autoincrement=True,
)

# -- personal-data rights (0009) -----------------------------------------------------------------
# Each customer's marketing consent as it was given and withdrawn (append-only: triggers refuse
# UPDATE and DELETE); ``customers.marketing_consent`` is its cache, moved in the same transaction.
consent_events = Table(
    "consent_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("at", DateTime, nullable=False),  # when the customer gave or withdrew it
    Column("given", Boolean, nullable=False),
    Column("source", String(12), nullable=False),  # a domain.privacy.ConsentSource value
    Column("channel", String(12), nullable=True),  # a ConsentChannel value (withdrawals)
    Column("recorded_at", DateTime, nullable=False),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=True),  # who recorded it
    Index("ix_consent_events_customer", "customer_id", "id"),
    sqlite_autoincrement=True,
)

# Customers whose personal data was erased, and when: the backups made before hold it still
# (the backup list marks them; rotation removes them once a newer backup is good).
customer_erasures = Table(
    "customer_erasures",
    metadata,
    Column("customer_id", Integer, ForeignKey("customers.id"), primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=True),
    Index("ix_customer_erasures_at", "at"),
)

# -- the till (0011) ------------------------------------------------------------------------------
# Sales put aside at the till (挂单) to serve another customer, until they are resumed (the row
# goes) or left unfinished (the day summary lists them). ``draft`` is the sale as entered, JSON.
parked_sales = Table(
    "parked_sales",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("parked_at", DateTime, nullable=False),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),  # who parked it
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=True),  # None: walk-in
    Column("lines", Integer, nullable=False),
    Column("total_fen", Integer, nullable=False),  # as quoted when parked
    Column("note", String(60), nullable=False, server_default=""),
    Column("draft", Text, nullable=False),
    Index("ix_parked_sales_parked_at", "parked_at"),
)

# -- promotions, coupons and top-up gifts (0014) ---------------------------------------------------
# The store's offers, applied by the till (``domain/promotions``): what each takes off, when
# (dates, 会员日 weekdays or days of the month, a time window), for whom (everyone, members, some
# tiers) and what it combines with. Targets: items or categories; none means the whole order.
promotions = Table(
    "promotions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(40), nullable=False),
    # amount_off (满减) | percent_off | nth_item (第N件 X折) | buy_get (买N送M) | gift (满赠)
    Column("kind", String(16), nullable=False),
    Column("threshold_fen", Integer, nullable=False, server_default="0"),
    Column("off_fen", Integer, nullable=False, server_default="0"),
    Column("repeatable", Boolean, nullable=False, server_default="0"),  # 每满
    Column("permille", Integer, nullable=False, server_default="1000"),  # the share paid
    Column("buy_qty", Integer, nullable=False, server_default="0"),
    Column("free_qty", Integer, nullable=False, server_default="0"),
    Column("gift_item_id", Integer, ForeignKey("catalogue_items.id"), nullable=True),
    Column("audience", String(8), nullable=False, server_default="everyone"),  # | members | tiers
    Column("weekdays", Integer, nullable=False, server_default="0"),  # bit 0 Monday; 0: any
    Column("month_days", String(90), nullable=False, server_default=""),  # "8,18"; "": any
    Column("time_from", String(5), nullable=False, server_default=""),  # "HH:MM"; "": all day
    Column("time_to", String(5), nullable=False, server_default=""),
    Column("starts_on", Date, nullable=True),
    Column("ends_on", Date, nullable=True),
    Column("with_tier", Boolean, nullable=False, server_default="1"),
    Column("with_others", Boolean, nullable=False, server_default="1"),
    Column("priority", Integer, nullable=False, server_default="0"),
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_promotions_active", "active", "ends_on"),
)

promotion_targets = Table(
    "promotion_targets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("promotion_id", Integer, ForeignKey("promotions.id"), nullable=False),
    Column("item_id", Integer, ForeignKey("catalogue_items.id"), nullable=True),
    Column("category", String(32), nullable=False, server_default=""),  # when item_id is NULL
    Index("ix_promotion_targets_promotion", "promotion_id"),
)

promotion_tiers = Table(
    "promotion_tiers",
    metadata,
    Column("promotion_id", Integer, ForeignKey("promotions.id"), primary_key=True),
    Column("tier_id", Integer, ForeignKey("tiers.id"), primary_key=True),
)

coupon_templates = Table(
    "coupon_templates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(40), nullable=False),
    Column("kind", String(16), nullable=False),  # amount_off | percent_off | voucher | item
    Column("min_spend_fen", Integer, nullable=False, server_default="0"),
    Column("off_fen", Integer, nullable=False, server_default="0"),  # 满减券 and 代金券
    Column("permille", Integer, nullable=False, server_default="1000"),  # 折扣券: the share paid
    Column("max_off_fen", Integer, nullable=True),  # 折扣券: at most this off
    Column("item_id", Integer, ForeignKey("catalogue_items.id"), nullable=True),  # 兑换券
    Column("valid_from", Date, nullable=True),  # fixed dates …
    Column("valid_to", Date, nullable=True),
    Column("valid_days", Integer, nullable=True),  # … or N days from issue
    Column("per_customer", Integer, nullable=True),  # at most this many issued to one customer
    Column("points_price", Integer, nullable=True),  # 积分兑换券: members may buy it for points
    Column("with_promotions", Boolean, nullable=False, server_default="1"),
    Column("with_tier", Boolean, nullable=False, server_default="1"),
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

coupon_template_targets = Table(
    "coupon_template_targets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("template_id", Integer, ForeignKey("coupon_templates.id"), nullable=False),
    Column("item_id", Integer, ForeignKey("catalogue_items.id"), nullable=True),
    Column("category", String(32), nullable=False, server_default=""),
    Index("ix_coupon_template_targets_template", "template_id"),
)

# An issued coupon, with its own code; its state is derived from its events (a trigger allows
# only a merge's change of customer).
coupons = Table(
    "coupons",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(16), nullable=False, unique=True),
    Column("template_id", Integer, ForeignKey("coupon_templates.id"), nullable=False),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("issued_at", DateTime, nullable=False),
    Column("valid_from", Date, nullable=False),
    Column("valid_to", Date, nullable=False),
    Column("source", String(12), nullable=False),  # manual | bulk | points | top_up | campaign
    Column("source_sale_id", Integer, ForeignKey("sales.id"), nullable=True),  # a top-up's gift
    Column("issued_by", Integer, ForeignKey("users.id"), nullable=True),
    Index("ix_coupons_customer", "customer_id", "valid_to"),
    Index("ix_coupons_template", "template_id"),
    Index("ix_coupons_source_sale", "source_sale_id"),
)

coupon_events = Table(
    "coupon_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("coupon_id", Integer, ForeignKey("coupons.id"), nullable=False),
    Column("kind", String(10), nullable=False),  # issued | redeemed | returned | voided
    Column("at", DateTime, nullable=False),
    Column("sale_id", Integer, ForeignKey("sales.id"), nullable=True),  # redeemed on / refund
    Column("user_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("saving_fen", Integer, nullable=False, server_default="0"),
    Column("note", String(80), nullable=False, server_default=""),
    Index("ix_coupon_events_coupon", "coupon_id", "id"),
    Index("ix_coupon_events_sale", "sale_id"),
    sqlite_autoincrement=True,
)

# Each promotion's or coupon's saving on a sale, per line: within the line's discount_fen.
sale_savings = Table(
    "sale_savings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sale_id", Integer, ForeignKey("sales.id"), nullable=False),
    Column("sale_line_id", Integer, ForeignKey("sale_lines.id"), nullable=False),
    Column("source", String(10), nullable=False),  # promotion | coupon
    Column("promotion_id", Integer, ForeignKey("promotions.id"), nullable=True),
    Column("coupon_id", Integer, ForeignKey("coupons.id"), nullable=True),
    Column("name", String(40), nullable=False),  # at the time
    Column("amount_fen", Integer, nullable=False),
    Index("ix_sale_savings_sale", "sale_id"),
    Index("ix_sale_savings_promotion", "promotion_id"),
)

# 充 X 送 …: bonus money, a session card, points and coupons; the highest rule reached applies.
top_up_gifts = Table(
    "top_up_gifts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(40), nullable=False),
    Column("threshold_fen", Integer, nullable=False),
    Column("bonus_fen", Integer, nullable=False, server_default="0"),
    Column("card_plan_id", Integer, ForeignKey("card_plans.id"), nullable=True),
    Column("points", Integer, nullable=False, server_default="0"),
    Column("coupon_template_id", Integer, ForeignKey("coupon_templates.id"), nullable=True),
    Column("coupon_qty", Integer, nullable=False, server_default="0"),
    Column("starts_on", Date, nullable=True),
    Column("ends_on", Date, nullable=True),
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

# -- campaigns (0015) ----------------------------------------------------------------------------
# A campaign: a segment (JSON), its offer (a coupon template, or a promotion open only to the
# target: exactly one of the two, 0016), a message, a period, a holdout.
campaigns = Table(
    "campaigns",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(40), nullable=False),
    Column("segment", Text, nullable=False),  # domain/promotions/segment.py, as JSON
    Column(
        "coupon_template_id", Integer, ForeignKey("coupon_templates.id"), nullable=True
    ),  # one coupon to each target member
    Column("message", Text, nullable=False, server_default=""),
    Column("starts_on", Date, nullable=False),
    Column("ends_on", Date, nullable=False),
    Column("holdout_percent", Integer, nullable=False, server_default="10"),
    Column("seed", Integer, nullable=False),
    Column("status", String(10), nullable=False, server_default="draft"),  # | launched
    Column("created_at", DateTime, nullable=False),
    Column("created_by", Integer, ForeignKey("users.id"), nullable=True),
    Column("launched_at", DateTime, nullable=True),
    Column("launched_by", Integer, ForeignKey("users.id"), nullable=True),
    # a promotion (audience "campaign") open to the target members in the period (0016)
    Column("promotion_id", Integer, ForeignKey("promotions.id"), nullable=True),
)

# Who was in a campaign at its launch, in which group, and the target's coupon (append-only).
campaign_members = Table(
    "campaign_members",
    metadata,
    Column("campaign_id", Integer, ForeignKey("campaigns.id"), primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), primary_key=True),
    Column("grp", String(8), nullable=False),  # target | holdout
    Column("coupon_id", Integer, ForeignKey("coupons.id"), nullable=True),
    Column("added_at", DateTime, nullable=True),  # when placed (0016; the win-back's year)
    Index("ix_campaign_members_customer", "customer_id"),
)

# -- report summaries (0012) ----------------------------------------------------------------------
# What the append-only rows add to each day, kept by triggers in the same transaction as every
# insert (see the migration): derived, checked against the rows by `storecrm check`, rebuilt by
# `storecrm rebuild-summaries`. Keys hold no NULL: no staff is 0, no item is 0, no card name ''.
sales_by_day = Table(
    "sales_by_day",
    metadata,
    Column("day", String(10), primary_key=True),
    Column("kind", String(12), primary_key=True),
    Column("of_kind", String(12), primary_key=True),  # a refund: the kind of what it gives back
    Column("staff_id", Integer, primary_key=True),
    Column("n", Integer, nullable=False),
    Column("total_fen", Integer, nullable=False),
    Column("discount_fen", Integer, nullable=False),
    Column("walk_in_fen", Integer, nullable=False),
    sqlite_with_rowid=False,
)

payments_by_day = Table(
    "payments_by_day",
    metadata,
    Column("day", String(10), primary_key=True),
    Column("kind", String(12), primary_key=True),  # of the sale
    Column("method", String(16), primary_key=True),
    Column("n", Integer, nullable=False),
    Column("amount_fen", Integer, nullable=False),
    Column("points", Integer, nullable=False),
    sqlite_with_rowid=False,
)

lines_by_day = Table(
    "lines_by_day",
    metadata,
    Column("day", String(10), primary_key=True),
    Column("kind", String(8), primary_key=True),
    Column("item_id", Integer, primary_key=True),
    Column("card_name", String(120), primary_key=True),  # a card line's description
    Column("n", Integer, nullable=False),
    Column("qty", Integer, nullable=False),
    Column("amount_fen", Integer, nullable=False),
    Column("discount_fen", Integer, nullable=False),
    sqlite_with_rowid=False,
)

ledger_by_day = Table(
    "ledger_by_day",
    metadata,
    Column("day", String(10), primary_key=True),
    Column("account", String(16), primary_key=True),
    Column("kind", String(16), primary_key=True),
    Column("n", Integer, nullable=False),
    Column("up", Integer, nullable=False),  # the sum of the increases
    Column("down", Integer, nullable=False),  # the sum of the decreases (negative)
    sqlite_with_rowid=False,
)

SUMMARY_TABLES: tuple[Table, ...] = (sales_by_day, payments_by_day, lines_by_day, ledger_by_day)

# -- appointments and the roster (0013) ------------------------------------------------------------
# Shift templates (早班 09:00–15:00; times as "HH:MM"), each staff member's week (a template per
# weekday, NULL for 休息; no row: no shift), days that name their own shift, leave, the store's
# opening hours per weekday (no row: the default 09:00–21:00; NULL times: closed) and closed
# days, rooms/beds/chairs with a capacity, and the appointments with their services (the
# minutes at the time of booking). The rules are in domain/appointments.py.
shift_templates = Table(
    "shift_templates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(16), nullable=False, unique=True),
    Column("starts", String(5), nullable=False),  # "09:00"
    Column("ends", String(5), nullable=False),  # "21:00"; "00:00" is midnight after
    Column("active", Boolean, nullable=False, server_default="1"),
)

staff_weeks = Table(
    "staff_weeks",
    metadata,
    Column("staff_id", Integer, ForeignKey("staff.id"), primary_key=True),
    Column("weekday", Integer, primary_key=True),  # Monday 0
    Column("template_id", Integer, ForeignKey("shift_templates.id"), nullable=True),  # None: 休息
)

staff_days = Table(
    "staff_days",
    metadata,
    Column("staff_id", Integer, ForeignKey("staff.id"), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("template_id", Integer, ForeignKey("shift_templates.id"), nullable=True),  # None: off
)

staff_leave = Table(
    "staff_leave",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("staff_id", Integer, ForeignKey("staff.id"), nullable=False),
    Column("starts_at", DateTime, nullable=False),
    Column("ends_at", DateTime, nullable=False),
    Column("reason", String(60), nullable=False, server_default=""),
    Index("ix_staff_leave_staff", "staff_id", "starts_at"),
)

opening_hours = Table(
    "opening_hours",
    metadata,
    Column("weekday", Integer, primary_key=True),  # Monday 0
    Column("opens", String(5), nullable=True),  # None: closed that weekday
    Column("closes", String(5), nullable=True),
)

closed_days = Table(
    "closed_days",
    metadata,
    Column("day", Date, primary_key=True),
    Column("note", String(60), nullable=False, server_default=""),
)

book_resources = Table(
    "book_resources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(32), nullable=False, unique=True),
    Column("capacity", Integer, nullable=False, server_default="1"),
    Column("active", Boolean, nullable=False, server_default="1"),
)

# A restaurant's tables (桌位): a reservation takes one for its sitting.
dining_tables = Table(
    "dining_tables",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(16), nullable=False, unique=True),  # A1, 包间·牡丹
    Column("area", String(16), nullable=False),  # 大厅 | 包间 | the store's own
    Column("seats", Integer, nullable=False),
    Column("position", Integer, nullable=False, server_default="0"),  # order within the area
    Column("active", Boolean, nullable=False, server_default="1"),
)

appointments = Table(
    "appointments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("staff_id", Integer, ForeignKey("staff.id"), nullable=True),  # None: anyone
    Column("requested", Boolean, nullable=False, server_default="0"),  # 指定 the staff member
    Column("starts_at", DateTime, nullable=False),
    Column("ends_at", DateTime, nullable=False),
    Column("status", String(10), nullable=False),  # booked | arrived | done | no_show | cancelled
    Column("source", String(10), nullable=False),  # phone | wechat | walk_in | online
    Column("resource_id", Integer, ForeignKey("book_resources.id"), nullable=True),
    Column("table_id", Integer, ForeignKey("dining_tables.id"), nullable=True),  # a reservation
    Column("party_size", Integer, nullable=True),  # a reservation: how many people
    Column("note", String(200), nullable=False, server_default=""),
    Column("reason", String(100), nullable=False, server_default=""),  # why cancelled
    Column("sale_id", Integer, ForeignKey("sales.id"), nullable=True),  # the visit's sale
    Column("created_at", DateTime, nullable=False),
    Column("created_by", Integer, ForeignKey("users.id"), nullable=True),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_appointments_starts", "starts_at"),
    Index("ix_appointments_customer", "customer_id", "starts_at"),
)

appointment_services = Table(
    "appointment_services",
    metadata,
    Column("appointment_id", Integer, ForeignKey("appointments.id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("catalogue_items.id"), nullable=False),
    Column("minutes", Integer, nullable=False),
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
    catalogue_items,
    tiers,
    card_plans,
    sales,
    sale_lines,
    sale_payments,
    customer_cards,
    reminder_actions,
    followups,
    service_records,
    item_last,
    message_templates,
    staff,
    commission_plans,
    commission_rules,
    sale_line_staff,
    commission_entries,
    consent_events,
    customer_erasures,
    parked_sales,
    shift_templates,
    staff_weeks,
    staff_days,
    staff_leave,
    opening_hours,
    closed_days,
    book_resources,
    dining_tables,
    appointments,
    appointment_services,
    # promotions (0014)
    promotions,
    promotion_targets,
    promotion_tiers,
    coupon_templates,
    coupon_template_targets,
    coupons,
    coupon_events,
    sale_savings,
    top_up_gifts,
    # campaigns (0015)
    campaigns,
    campaign_members,
)
