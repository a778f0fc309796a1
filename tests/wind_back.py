"""Undoing the schema changes of the newer migrations, for tests that wind a store back to an
older revision and check that opening it upgrades it again.

Each new migration adds its undo here, once; every wind-back test uses it.
"""

from __future__ import annotations

from typing import Any

#: Each revision's changes undone, as statements (revisions after 0016).
UNDO: dict[str, tuple[str, ...]] = {
    "0017": (  # the search keys' name lengths
        "DROP INDEX ix_customer_keys_len",
        "ALTER TABLE customer_keys DROP COLUMN name_len",
    ),
    "0018": ("DROP INDEX ix_customers_archived",),  # the archived customers' index
    "0019": (  # the grams' name lengths and start marks
        "DROP INDEX ix_customer_grams_len",
        "DROP INDEX ix_customer_grams_starts",
        "ALTER TABLE customer_grams DROP COLUMN name_len",
        "ALTER TABLE customer_grams DROP COLUMN starts",
    ),
    "0020": (  # the ledger's sums index was (customer_id, account)
        "DROP INDEX ix_ledger_entries_sums",
        "CREATE INDEX ix_ledger_entries_customer ON ledger_entries (customer_id, account)",
    ),
    "0021": ("DROP INDEX ix_sale_line_staff_of",),  # the refunds' index
    "0022": tuple(  # the potential customers' walks
        f"DROP INDEX ix_customers_potential_{c}"
        for c in (
            "name_sort",
            "last_visit_at",
            "total_spend_fen",
            "balance_fen",
            "visit_count",
            "created_at",
        )
    ),
}


def undo_after(conn: Any, revision: str) -> None:
    """Undo, newest first, what every revision after ``revision`` (from 0016 on) changed."""
    for later in sorted((r for r in UNDO if r > revision), reverse=True):
        for statement in UNDO[later]:
            conn.exec_driver_sql(statement)
