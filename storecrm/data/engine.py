"""SQLCipher connections: keyed with the raw 256-bit key, WAL, ``synchronous=FULL``, foreign keys.

The key is passed as a hex blob literal (``x'…'``) built only from the bytes of a random key, so
no user-typed secret is ever spliced into SQL, and SQLCipher skips its own key derivation (the
key slots already did that). SQLCipher's logging is switched off before keying so that a wrong
key never prints to stderr; the error reaches the caller as an exception instead.

Every engine has a :class:`KeyGate`: the key new connections are made with, and a gate that can
hold new connections back until none is in use, so the store can change its key (close every
connection, rekey, reopen) while other threads keep their units of work (see
``Store.rekey``).
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2 as sqlcipher

from storecrm.domain.errors import NotAStore, StoreBusy

DB_NAME = "store.db"
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")


def _key_pragma(db_key: bytes) -> str:
    hex_key = db_key.hex()
    if not _HEX_KEY.fullmatch(hex_key):  # defensive: the pragma below must only ever hold hex
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{hex_key}'\""


def connect_raw(db_path: Path, db_key: bytes, *, read_only: bool = False) -> Any:
    """A keyed DB-API connection (used by the engine and by backups/checks)."""
    conn = sqlcipher.connect(str(db_path), check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(_key_pragma(db_key))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise NotAStore(str(db_path), "database") from exc
    conn.execute("PRAGMA busy_timeout = 10000")
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


class KeyGate:
    """The key an engine's new connections use, and a gate in front of them.

    Each pooled connection remembers the key generation it was made with; a connection of an
    older generation is discarded at checkout (SQLAlchemy then makes a fresh one), so after
    :meth:`set_key` no thread ever gets a connection keyed with the old key.
    """

    def __init__(self, db_key: bytes) -> None:
        self._key = db_key
        self._generation = 0
        self._cond = threading.Condition()
        self._closed = False
        self._in_use = 0
        self._made = threading.local()

    def key(self) -> bytes:
        """The key for a new connection (waits while the gate is closed)."""
        with self._cond:
            self._cond.wait_for(lambda: not self._closed)
            self._made.generation = self._generation
            return self._key

    def on_connect(self, _dbapi: Any, record: Any) -> None:
        record.info["key_generation"] = getattr(self._made, "generation", -1)

    def on_checkout(self, _dbapi: Any, record: Any, _proxy: Any) -> None:
        with self._cond:
            self._cond.wait_for(lambda: not self._closed)
            if record.info.get("key_generation") != self._generation:
                raise exc.DisconnectionError("made with an older key")
            self._in_use += 1

    def on_checkin(self, _dbapi: Any, _record: Any) -> None:
        with self._cond:
            self._in_use = max(0, self._in_use - 1)
            self._cond.notify_all()

    @contextmanager
    def closed(self, timeout: float) -> Iterator[None]:
        """No connection in use and none handed out while inside; StoreBusy after
        ``timeout`` seconds of waiting for the ones in use."""
        with self._cond:
            if self._closed:
                raise StoreBusy("the key is already changing")
            self._closed = True
            if not self._cond.wait_for(lambda: self._in_use == 0, timeout):
                self._closed = False
                self._cond.notify_all()
                raise StoreBusy("connections in use")
        try:
            yield
        finally:
            with self._cond:
                self._closed = False
                self._cond.notify_all()

    def set_key(self, db_key: bytes) -> None:
        """New connections use ``db_key``; pooled ones of the old key are thrown away."""
        with self._cond:
            self._key = db_key
            self._generation += 1


_GATES: weakref.WeakKeyDictionary[Engine, KeyGate] = weakref.WeakKeyDictionary()


def key_gate(engine: Engine) -> KeyGate:
    return _GATES[engine]


def make_engine(db_path: Path, db_key: bytes, *, read_only: bool = False) -> Engine:
    gate = KeyGate(db_key)
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: connect_raw(db_path, gate.key(), read_only=read_only),
        hide_parameters=True,  # SQL parameters hold names and phones: keep them out of errors/logs
        poolclass=QueuePool,  # "sqlite://" alone would pick the in-memory singleton pool
        pool_size=4,
        max_overflow=4,
    )

    # The connection runs in autocommit (isolation_level=None) so that SQLAlchemy, not the
    # driver, decides where a transaction begins; every unit of work is one BEGIN…COMMIT.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    event.listen(engine, "connect", gate.on_connect)
    event.listen(engine, "checkout", gate.on_checkout)
    event.listen(engine, "checkin", gate.on_checkin)
    _GATES[engine] = gate
    return engine
