"""Reports that answer from summaries: what every sale, payment, sale line and ledger entry adds
to its day, kept by triggers in the same transaction as the row (whoever writes it: a sale, a
refund, a top-up, an import's opening balances, a merge, the demo history), and indexes that let
the per-customer and per-card parts of a report read narrow, ordered entries instead of rows.

- ``sales_by_day`` (day, kind, of_kind: what a refund gives back, staff): count, total,
  discount, walk-ins' total. ``payments_by_day`` (day, sale kind, method): count, amount,
  points. ``lines_by_day`` (day, line kind, item, card name): count, quantity, amount,
  discount. ``ledger_by_day`` (day, account, kind): count, increases, decreases.
- ``sales``, ``sale_lines``, ``sale_payments`` and ``ledger_entries`` are append-only (their
  triggers refuse the rest), so an insert trigger per table keeps the sums exact; the one
  change a sale allows that moves a sum is its customer (a walk-in's total), and that has a
  trigger of its own.
- ``ix_sales_customer`` covers what a report sums per customer (time, kind, total, the sale a
  refund gives back); ``ix_ledger_entries_sessions`` holds the sessions of each card in time
  order; ``ix_customers_created`` and ``ix_customers_first_visit`` count new, first-time and
  current customers without reading the profiles.

The summaries of an existing store are added up here from its rows, a slice of ids at a time
(``storecrm check`` compares them with the rows; ``storecrm rebuild-summaries`` builds them
again).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SLICE = 200_000  # ids added up per statement when an existing store's summaries are built

_TABLES = (
    "CREATE TABLE sales_by_day (day VARCHAR(10) NOT NULL, kind VARCHAR(12) NOT NULL, "
    "of_kind VARCHAR(12) NOT NULL, staff_id INTEGER NOT NULL, n INTEGER NOT NULL, "
    "total_fen INTEGER NOT NULL, discount_fen INTEGER NOT NULL, walk_in_fen INTEGER NOT NULL, "
    "PRIMARY KEY (day, kind, of_kind, staff_id)) WITHOUT ROWID",
    "CREATE TABLE payments_by_day (day VARCHAR(10) NOT NULL, kind VARCHAR(12) NOT NULL, "
    "method VARCHAR(16) NOT NULL, n INTEGER NOT NULL, amount_fen INTEGER NOT NULL, "
    "points INTEGER NOT NULL, PRIMARY KEY (day, kind, method)) WITHOUT ROWID",
    "CREATE TABLE lines_by_day (day VARCHAR(10) NOT NULL, kind VARCHAR(8) NOT NULL, "
    "item_id INTEGER NOT NULL, card_name VARCHAR(120) NOT NULL, n INTEGER NOT NULL, "
    "qty INTEGER NOT NULL, amount_fen INTEGER NOT NULL, discount_fen INTEGER NOT NULL, "
    "PRIMARY KEY (day, kind, item_id, card_name)) WITHOUT ROWID",
    "CREATE TABLE ledger_by_day (day VARCHAR(10) NOT NULL, account VARCHAR(16) NOT NULL, "
    "kind VARCHAR(16) NOT NULL, n INTEGER NOT NULL, up INTEGER NOT NULL, "
    "down INTEGER NOT NULL, PRIMARY KEY (day, account, kind)) WITHOUT ROWID",
)

# The key of a sale in sales_by_day, for a sale row ``s`` (what a refund gives back: the kind
# of its original, '' for every other sale; no staff: 0).
_OF_KIND = "COALESCE((SELECT o.kind FROM sales AS o WHERE o.id = {s}.refund_of_id), '')"

_TRIGGERS = (
    "CREATE TRIGGER sales_by_day_add AFTER INSERT ON sales BEGIN "
    "INSERT INTO sales_by_day (day, kind, of_kind, staff_id, n, total_fen, discount_fen, "
    "walk_in_fen) VALUES (substr(NEW.at, 1, 10), NEW.kind, "
    + _OF_KIND.format(s="NEW")
    + ", COALESCE(NEW.staff_id, 0), 1, NEW.total_fen, NEW.discount_fen, "
    "CASE WHEN NEW.customer_id IS NULL THEN NEW.total_fen ELSE 0 END) "
    "ON CONFLICT (day, kind, of_kind, staff_id) DO UPDATE SET n = n + 1, "
    "total_fen = total_fen + excluded.total_fen, "
    "discount_fen = discount_fen + excluded.discount_fen, "
    "walk_in_fen = walk_in_fen + excluded.walk_in_fen; END",
    # A sale given to (or taken from) a customer changes the walk-ins' total of its day.
    "CREATE TRIGGER sales_by_day_customer AFTER UPDATE OF customer_id ON sales "
    "WHEN (OLD.customer_id IS NULL) != (NEW.customer_id IS NULL) BEGIN "
    "UPDATE sales_by_day SET walk_in_fen = walk_in_fen + "
    "CASE WHEN NEW.customer_id IS NULL THEN NEW.total_fen ELSE -NEW.total_fen END "
    "WHERE day = substr(NEW.at, 1, 10) AND kind = NEW.kind AND of_kind = "
    + _OF_KIND.format(s="NEW")
    + " AND staff_id = COALESCE(NEW.staff_id, 0); END",
    "CREATE TRIGGER payments_by_day_add AFTER INSERT ON sale_payments BEGIN "
    "INSERT INTO payments_by_day (day, kind, method, n, amount_fen, points) "
    "SELECT substr(s.at, 1, 10), s.kind, NEW.method, 1, NEW.amount_fen, NEW.points "
    "FROM sales AS s WHERE s.id = NEW.sale_id "
    "ON CONFLICT (day, kind, method) DO UPDATE SET n = n + 1, "
    "amount_fen = amount_fen + excluded.amount_fen, points = points + excluded.points; END",
    "CREATE TRIGGER lines_by_day_add AFTER INSERT ON sale_lines BEGIN "
    "INSERT INTO lines_by_day (day, kind, item_id, card_name, n, qty, amount_fen, "
    "discount_fen) SELECT substr(s.at, 1, 10), NEW.kind, COALESCE(NEW.item_id, 0), "
    "CASE WHEN NEW.kind = 'card' THEN NEW.description ELSE '' END, 1, NEW.qty, "
    "NEW.amount_fen, NEW.discount_fen FROM sales AS s WHERE s.id = NEW.sale_id "
    "ON CONFLICT (day, kind, item_id, card_name) DO UPDATE SET n = n + 1, "
    "qty = qty + excluded.qty, amount_fen = amount_fen + excluded.amount_fen, "
    "discount_fen = discount_fen + excluded.discount_fen; END",
    "CREATE TRIGGER ledger_by_day_add AFTER INSERT ON ledger_entries BEGIN "
    "INSERT INTO ledger_by_day (day, account, kind, n, up, down) "
    "VALUES (substr(NEW.at, 1, 10), NEW.account, NEW.kind, 1, max(NEW.delta, 0), "
    "min(NEW.delta, 0)) ON CONFLICT (day, account, kind) DO UPDATE SET n = n + 1, "
    "up = up + excluded.up, down = down + excluded.down; END",
)

# An existing store's sums, a slice of ids (?, ?) at a time, added to what is there.
_FILL = (
    (
        "sales",
        "INSERT INTO sales_by_day (day, kind, of_kind, staff_id, n, total_fen, discount_fen, "
        "walk_in_fen) SELECT substr(s.at, 1, 10), s.kind, COALESCE(o.kind, ''), "
        "COALESCE(s.staff_id, 0), count(*), sum(s.total_fen), sum(s.discount_fen), "
        "sum(CASE WHEN s.customer_id IS NULL THEN s.total_fen ELSE 0 END) "
        "FROM sales AS s LEFT JOIN sales AS o ON o.id = s.refund_of_id "
        "WHERE s.id BETWEEN ? AND ? GROUP BY 1, 2, 3, 4 "
        "ON CONFLICT (day, kind, of_kind, staff_id) DO UPDATE SET n = n + excluded.n, "
        "total_fen = total_fen + excluded.total_fen, "
        "discount_fen = discount_fen + excluded.discount_fen, "
        "walk_in_fen = walk_in_fen + excluded.walk_in_fen",
    ),
    (
        "sale_payments",
        "INSERT INTO payments_by_day (day, kind, method, n, amount_fen, points) "
        "SELECT substr(s.at, 1, 10), s.kind, p.method, count(*), sum(p.amount_fen), "
        "sum(p.points) FROM sale_payments AS p JOIN sales AS s ON s.id = p.sale_id "
        "WHERE p.id BETWEEN ? AND ? GROUP BY 1, 2, 3 "
        "ON CONFLICT (day, kind, method) DO UPDATE SET n = n + excluded.n, "
        "amount_fen = amount_fen + excluded.amount_fen, points = points + excluded.points",
    ),
    (
        "sale_lines",
        "INSERT INTO lines_by_day (day, kind, item_id, card_name, n, qty, amount_fen, "
        "discount_fen) SELECT substr(s.at, 1, 10), l.kind, COALESCE(l.item_id, 0), "
        "CASE WHEN l.kind = 'card' THEN l.description ELSE '' END, count(*), sum(l.qty), "
        "sum(l.amount_fen), sum(l.discount_fen) FROM sale_lines AS l "
        "JOIN sales AS s ON s.id = l.sale_id WHERE l.id BETWEEN ? AND ? GROUP BY 1, 2, 3, 4 "
        "ON CONFLICT (day, kind, item_id, card_name) DO UPDATE SET n = n + excluded.n, "
        "qty = qty + excluded.qty, amount_fen = amount_fen + excluded.amount_fen, "
        "discount_fen = discount_fen + excluded.discount_fen",
    ),
    (
        "ledger_entries",
        "INSERT INTO ledger_by_day (day, account, kind, n, up, down) "
        "SELECT substr(at, 1, 10), account, kind, count(*), "
        "sum(CASE WHEN delta > 0 THEN delta ELSE 0 END), "
        "sum(CASE WHEN delta < 0 THEN delta ELSE 0 END) FROM ledger_entries "
        "WHERE id BETWEEN ? AND ? GROUP BY 1, 2, 3 "
        "ON CONFLICT (day, account, kind) DO UPDATE SET n = n + excluded.n, "
        "up = up + excluded.up, down = down + excluded.down",
    ),
)


def upgrade() -> None:
    for ddl in _TABLES:
        op.execute(ddl)
    conn = op.get_bind()
    for table, fill in _FILL:
        low, high = conn.exec_driver_sql(f"SELECT min(id), max(id) FROM {table}").one()
        if low is None:
            continue
        for first in range(int(low), int(high) + 1, SLICE):
            conn.exec_driver_sql(fill, (first, first + SLICE - 1))
    for trigger in _TRIGGERS:
        op.execute(trigger)

    op.drop_index("ix_sales_customer", table_name="sales")
    op.create_index(
        "ix_sales_customer",
        "sales",
        ["customer_id", "at", "kind", "total_fen", "refund_of_id"],
    )
    op.create_index(
        "ix_ledger_entries_sessions",
        "ledger_entries",
        ["card_id", "at", "delta"],
        sqlite_where=sa.text("account = 'sessions'"),
    )
    op.create_index(
        "ix_customers_created",
        "customers",
        ["created_at", "archived_at"],
        sqlite_where=sa.text("merged_into_id IS NULL"),
    )
    op.create_index(
        "ix_customers_first_visit",
        "customers",
        ["first_visit_at"],
        sqlite_where=sa.text("merged_into_id IS NULL"),
    )


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
