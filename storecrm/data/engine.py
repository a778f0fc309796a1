"""SQLCipher connections: keyed with the raw 256-bit key, WAL, ``synchronous=FULL``, foreign keys.

The key is passed as a hex blob literal (``x'…'``) built only from the bytes of a random key, so
no user-typed secret is ever spliced into SQL, and SQLCipher skips its own key derivation (the
key slots already did that). SQLCipher's logging is switched off before keying so that a wrong
key never prints to stderr; the error reaches the caller as an exception instead.

A store has two engines (see :mod:`storecrm.data.writer`): the writer's, whose transactions
begin with ``BEGIN IMMEDIATE`` (the write lock first, so a unit never fails half way for want
of it), and the readers', whose connections are ``query_only``: a write there raises
:class:`~storecrm.data.writer.WriteOnReadPath` at once.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2 as sqlcipher

from storecrm.data.writer import WriteOnReadPath, is_write_refused
from storecrm.domain.errors import DiskFull, NotAStore, is_disk_full

DB_NAME = "store.db"
#: How long SQLite waits for a lock held by another connection. Inside the program writers
#: queue on the writer lock instead, so this covers other processes (a read-only `storecrm
#: info`) and SQLite's own short locks (WAL recovery, checkpoints).
BUSY_TIMEOUT_MS = 10_000
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")


def _key_pragma(db_key: bytes) -> str:
    hex_key = db_key.hex()
    if not _HEX_KEY.fullmatch(hex_key):  # defensive: the pragma below must only ever hold hex
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{hex_key}'\""


_ROOM_TO_OPEN = 64 * 1024  # the -shm file (32 KiB) and the first pages of the -wal


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return _ROOM_TO_OPEN


def folder_writable(folder: Path) -> bool:
    """Whether files may be made in ``folder`` (SQLite needs its -wal and -shm beside the
    database, even to read it). False on a read-only disk or share, also for root."""
    return os.access(folder, os.W_OK)


def connect_raw(db_path: Path, db_key: bytes, *, read_only: bool = False) -> Any:
    """A keyed DB-API connection (used by the engine and by backups/checks)."""
    conn = sqlcipher.connect(str(db_path), check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(_key_pragma(db_key))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if not folder_writable(db_path.parent):  # a read-only disk or share, not damage
            raise NotAStore(str(db_path.parent), "read_only") from exc
        if is_disk_full(exc) or _free_bytes(db_path.parent) < _ROOM_TO_OPEN:
            # SQLite needs room for its shared-memory index beside the database even to read
            # it; without it, it says "disk I/O error" (not damage either).
            raise DiskFull(str(db_path.parent), "open") from exc
        raise NotAStore(str(db_path), "database") from exc
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # 32 MB of decrypted pages per connection: the indexes a sale touches stay in memory
    # (the default 2 MB makes SQLCipher re-read and decrypt them on a large store).
    conn.execute("PRAGMA cache_size = -32768")
    if read_only:
        conn.execute("PRAGMA query_only = ON")
    return conn


def make_engine(db_path: Path, db_key: bytes, *, read_only: bool = False) -> Engine:
    """The writer's engine, or with ``read_only`` the readers' (``query_only`` connections)."""
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: connect_raw(db_path, db_key, read_only=read_only),
        hide_parameters=True,  # SQL parameters hold names and phones: keep them out of errors/logs
        poolclass=QueuePool,  # "sqlite://" alone would pick the in-memory singleton pool
        # Readers: the screens' workers, a report's parts side by side. The writer: one unit
        # at a time, so one connection, whose page cache then stays warm (the overflow is for
        # opening and upgrading the store).
        pool_size=4 if read_only else 1,
        max_overflow=8 if read_only else 2,
        pool_use_lifo=True,  # the most recently used connection has the warmest cache
    )
    begin = "BEGIN" if read_only else "BEGIN IMMEDIATE"

    # The connection runs in autocommit (isolation_level=None) so that SQLAlchemy, not the
    # driver, decides where a transaction begins; every unit of work is one BEGIN…COMMIT.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    if read_only:

        @event.listens_for(engine, "handle_error")
        def _refused(context: Any) -> None:
            if is_write_refused(context.original_exception):
                raise WriteOnReadPath(
                    "a write on a read unit of work (a use case marked @reads wrote, or a write "
                    "was not handed to the writer)"
                ) from context.original_exception

    return engine


def checkpoint(engine: Engine) -> None:
    """Move the WAL into the database file and empty it (outside any transaction: the writer's
    connections begin theirs with the write lock, and a checkpoint cannot run inside one)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # type: ignore[union-attr]
    finally:
        raw.close()
