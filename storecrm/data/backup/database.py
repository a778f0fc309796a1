"""What a database copy holds, read with its key: its tables and their row counts, its schema
revision, the store's name and business type, the audit log's head and chain, and whether every
page's HMAC holds (``PRAGMA cipher_integrity_check``). Used by the backup being made (in its
snapshot) and by the checks of one written out."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from storecrm.data.engine import connect_raw
from storecrm.data.repositories import CHAIN_QUERY, chain_rows
from storecrm.domain.audit_chain import ChainCheck, check_chain


def _table_names(conn: Any) -> list[str]:
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_counts(conn: Any) -> dict[str, int]:
    """Rows in every table of the database (whatever its revision)."""
    return {
        name: int(conn.execute(f"SELECT count(*) FROM {_quote(name)}").fetchone()[0])
        for name in _table_names(conn)
    }


def _revision(conn: Any) -> str | None:
    if "alembic_version" not in _table_names(conn):
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def _audit_log_head(conn: Any) -> tuple[int, str] | None:
    columns = {str(r[1]) for r in conn.execute("PRAGMA table_info(audit_log)")}
    if "hash" not in columns:
        return None
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def audit_chain(db_path: Path, db_key: bytes, wanted: Iterable[int] = ()) -> ChainCheck | None:
    """The audit log's chain in a database copy (None: a revision without one)."""
    conn = connect_raw(db_path, db_key, read_only=True)
    try:
        if "hash" not in {str(r[1]) for r in conn.execute("PRAGMA table_info(audit_log)")}:
            return None
        return check_chain(chain_rows(conn.execute(CHAIN_QUERY)), wanted)
    finally:
        conn.close()


def _settings(conn: Any) -> dict[str, str]:
    if "store_settings" not in _table_names(conn):
        return {}
    rows = conn.execute(
        "SELECT key, value FROM store_settings WHERE key IN ('store_name', 'business_type')"
    )
    return {str(k): str(v) for k, v in rows}


def _chain_summary(conn: Any) -> tuple[int, int, tuple[int, str] | None] | None:
    """The audit log's chain in ``conn``'s snapshot (None: a revision without one)."""
    if "hash" not in {str(r[1]) for r in conn.execute("PRAGMA table_info(audit_log)")}:
        return None
    chain = check_chain(chain_rows(conn.execute(CHAIN_QUERY)))
    first = chain.first_break
    return chain.entries, chain.breaks, None if first is None else (first.entry_id, first.kind)


def _pages_authentic(db_path: Path, db_key: bytes) -> bool:
    """``PRAGMA cipher_integrity_check``: SQLCipher reads ``db_path`` itself (not the WAL) and
    checks the HMAC of every page under the key."""
    conn = connect_raw(db_path, db_key, read_only=True)
    try:
        problems: list[Any] = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        return not problems
    finally:
        conn.close()
