"""The audit log becomes a hash chain: every entry carries ``hash``, the SHA-256 of the previous
entry's hash and its own content (``domain/audit_chain.py``). The existing entries are chained
here, in id order; from now on an entry without a hash is refused by the database.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storecrm.domain.audit_chain import GENESIS, AuditRow, at_text, link

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_APPEND_ONLY = "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"


def upgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.add_column("audit_log", sa.Column("hash", sa.String(64), nullable=False, server_default=""))
    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        "SELECT id, at, user_id, username, action, outcome, target, detail "
        "FROM audit_log ORDER BY id"
    ).fetchall()
    previous = GENESIS
    chained = []
    for entry_id, at, user_id, username, action, outcome, target, detail in rows:
        row = AuditRow(
            int(entry_id),
            at_text(str(at)),
            None if user_id is None else int(user_id),
            str(username),
            str(action),
            str(outcome),
            None if target is None else str(target),
            str(detail),
        )
        previous = link(previous, row)
        chained.append({"h": previous, "i": int(entry_id)})
    if chained:
        conn.execute(sa.text("UPDATE audit_log SET hash = :h WHERE id = :i"), chained)
    op.execute(f"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log {_APPEND_ONLY}")
    op.execute(
        "CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log "
        "WHEN length(NEW.hash) != 64 "
        "BEGIN SELECT RAISE(ABORT, 'audit entries must be chained'); END"
    )


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
