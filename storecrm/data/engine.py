"""SQLCipher connections: keyed with the raw 256-bit key, WAL, ``synchronous=FULL``, foreign keys.

The key is passed as a hex blob literal (``x'…'``) built only from the bytes of a random key, so
no user-typed secret is ever spliced into SQL, and SQLCipher skips its own key derivation (the
key slots already did that). SQLCipher's logging is switched off before keying so that a wrong
key never prints to stderr; the error reaches the caller as an exception instead.

A store has two engines (see :mod:`storecrm.data.writer`): the writer's, whose transactions
begin with ``BEGIN IMMEDIATE`` (the write lock first, so a unit never fails half way for want
of it), and the readers', whose connections are ``query_only``: a write there raises
:class:`~storecrm.data.writer.WriteOnReadPath` at once.

Every engine has a :class:`KeyGate`: the key new connections are made with, and a gate that can
hold new connections back until none is in use, so the store can change its key (close every
connection, rekey, reopen) while other threads keep their units of work (see
``Store.rekey``).
"""

from __future__ import annotations

import os
import re
import shutil
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2 as sqlcipher

from storecrm.data.checkpointer import SAFETY_FRAMES
from storecrm.data.writer import WriteOnReadPath, is_write_refused
from storecrm.domain.errors import DiskFull, KeyChangeBusy, NotAStore, is_disk_full

DB_NAME = "store.db"
#: How long SQLite waits for a lock held by another connection. Inside the program writers
#: queue on the writer lock instead, so this covers other processes (a read-only `storecrm
#: info`) and SQLite's own short locks (WAL recovery, checkpoints, connections opened together
#: after a key change).
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
    # Before the first read: connections opened together (after a key change) may find the
    # WAL being set up by another one for a moment.
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
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
        if isinstance(exc, sqlcipher.OperationalError) and "locked" in str(exc).lower():
            raise  # busy, not a wrong key
        raise NotAStore(str(db_path), "database") from exc
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

    While the gate is closed no connection is handed out and none is opened; a thread that
    asks waits without holding one. A pooled connection taken while the gate is closed, or made
    with an older key, is discarded at checkout (SQLAlchemy then makes a fresh one, which waits
    here for the gate), so after :meth:`set_key` no thread ever uses the old key. A thread that
    already holds a connection passes (a unit of work that opens a second one must finish, or
    the gate would wait for it forever); the key changes only once none is held.
    """

    def __init__(self, db_key: bytes) -> None:
        self._key = db_key
        self._generation = 0
        self._cond = threading.Condition()
        self._closed = False
        self._in_use = 0  # connections checked out, and connections being opened
        self._open: dict[int, Any] = {}  # every connection made and not closed yet, by id
        self._made = threading.local()
        self._held = threading.local()  # connections this thread has checked out

    def _passes(self) -> bool:
        return not self._closed or getattr(self._held, "count", 0) > 0

    def connect(self, open_connection: Callable[[bytes], Any]) -> Any:
        """A new DB-API connection with the current key (the engine's creator)."""
        while True:
            with self._cond:
                self._cond.wait_for(self._passes)
                key, generation = self._key, self._generation
                self._in_use += 1  # counted while it is open here, until handed out
            conn = None
            try:
                conn = open_connection(key)
                with self._cond:
                    if self._passes() and generation == self._generation:
                        self._made.generation = generation
                        return conn
                conn.close()  # the gate closed meanwhile: wait, and open again
            finally:
                with self._cond:
                    self._in_use -= 1
                    self._cond.notify_all()

    def on_connect(self, dbapi: Any, record: Any) -> None:
        record.info["key_generation"] = getattr(self._made, "generation", -1)
        with self._cond:
            self._open[id(dbapi)] = dbapi

    def on_close(self, dbapi: Any, *_record: Any) -> None:
        with self._cond:
            self._open.pop(id(dbapi), None)

    def close_idle(self) -> None:
        """Close every connection the pool still has (inside :meth:`closed`, none is in use).

        ``engine.dispose()`` alone may miss one: a connection is counted back at its checkin
        event a moment before the pool puts it back in its queue, so a dispose in between
        leaves it open in the discarded pool, and it would keep the database busy."""
        with self._cond:
            idle = list(self._open.values())
            self._open.clear()
        for conn in idle:
            with suppress(Exception):
                conn.close()

    def on_checkout(self, dbapi: Any, record: Any, _proxy: Any) -> None:
        with self._cond:
            self._in_use += 1
            if self._passes() and record.info.get("key_generation") == self._generation:
                self._held.count = getattr(self._held, "count", 0) + 1
                return
        # Refused: never wait holding a connection, it would keep the database busy. It is
        # closed here, still counted, so the key does not change while it closes; SQLAlchemy
        # then discards it and asks the creator for a fresh one (which waits at the gate).
        try:
            with suppress(Exception):
                dbapi.close()
        finally:
            with self._cond:
                self._in_use -= 1
                self._cond.notify_all()
        raise exc.DisconnectionError("the store's key is changing or has changed")

    def on_checkin(self, _dbapi: Any, _record: Any) -> None:
        self._held.count = max(0, getattr(self._held, "count", 0) - 1)
        with self._cond:
            self._in_use = max(0, self._in_use - 1)
            self._cond.notify_all()

    @contextmanager
    def closed(self, timeout: float) -> Iterator[None]:
        """No connection in use and none handed out or opened while inside; StoreBusy after
        ``timeout`` seconds of waiting for the ones in use."""
        with self._cond:
            if self._closed:
                raise KeyChangeBusy("the key is already changing")
            self._closed = True
            if not self._cond.wait_for(lambda: self._in_use == 0, timeout):
                self._closed = False
                self._cond.notify_all()
                raise KeyChangeBusy("connections in use")
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


def _connect(db_path: Path, db_key: bytes, *, read_only: bool) -> Any:
    """An engine's connection. A writer's checkpoints the WAL itself only past
    ``SAFETY_FRAMES``: the store's checkpointer does it before, off the writer's path."""
    conn = connect_raw(db_path, db_key, read_only=read_only)
    if not read_only:
        conn.execute(f"PRAGMA wal_autocheckpoint = {int(SAFETY_FRAMES)}")
    return conn


def make_engine(db_path: Path, db_key: bytes, *, read_only: bool = False) -> Engine:
    """The writer's engine, or with ``read_only`` the readers' (``query_only`` connections)."""
    gate = KeyGate(db_key)
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: gate.connect(lambda key: _connect(db_path, key, read_only=read_only)),
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
        if read_only:
            # A reader's BEGIN (deferred) takes no lock and cannot be refused: sent to the
            # driver directly it costs 3 µs, through SQLAlchemy's statement machinery ~50 µs,
            # a third of a read unit of work (issue 23: an exact look-up is one statement).
            conn.connection.driver_connection.execute(begin)
        else:
            conn.exec_driver_sql(begin)

    if read_only:

        @event.listens_for(engine, "handle_error")
        def _refused(context: Any) -> None:
            if is_write_refused(context.original_exception):
                raise WriteOnReadPath(
                    "a write on a read unit of work (a use case marked @reads wrote, or a write "
                    "was not handed to the writer)"
                ) from context.original_exception

    event.listen(engine, "connect", gate.on_connect)
    event.listen(engine, "checkout", gate.on_checkout)
    event.listen(engine, "checkin", gate.on_checkin)
    event.listen(engine, "close", gate.on_close)
    event.listen(engine, "close_detached", gate.on_close)
    _GATES[engine] = gate
    return engine


def checkpoint_passive(engine: Engine) -> None:
    """Copy what the WAL holds into the database file as far as readers allow, without waiting
    for any lock (a reader's connection can do it: it writes nothing the store holds)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()  # type: ignore[union-attr]
    finally:
        raw.close()


def checkpoint(engine: Engine) -> None:
    """Move the WAL into the database file and empty it (outside any transaction: the writer's
    connections begin theirs with the write lock, and a checkpoint cannot run inside one)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # type: ignore[union-attr]
    finally:
        raw.close()
