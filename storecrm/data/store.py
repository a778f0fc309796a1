"""A store is a folder: ``store.db`` (SQLCipher), ``keyring.json`` (key slots), ``store.lock``.

:class:`Store` is an open store: the engines keyed with the database key (the writer's and the
readers', see :mod:`storecrm.data.writer`), the keyring, and (for a writer) the lock. It is
created by :func:`create_store_files`, :func:`open_store_files` or :func:`open_with_secret`;
services do everything else through a unit of work, which :meth:`Store.run` opens (and opens
again when SQLite was busy). :meth:`Store.rekey` changes the database key: the writer is taken,
every connection of both engines is closed, the database rekeyed, and new connections use the
new key (see ``data/rekey.py``).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine

from storecrm.data import migrate, rekey
from storecrm.data.cache import StoreCache, watch
from storecrm.data.checkpointer import Checkpointer
from storecrm.data.engine import DB_NAME, checkpoint, checkpoint_passive, key_gate, make_engine
from storecrm.data.keyring import Keyring, new_db_key, write_atomic
from storecrm.data.lock import StoreLock
from storecrm.data.summary_repository import SummaryRepository
from storecrm.data.uow import UnitOfWork
from storecrm.data.writer import ATTEMPTS, RETRY_PAUSE, WORKER_WAIT, WriterLock, is_busy
from storecrm.domain.errors import (
    KeyChangeBusy,
    NotAStore,
    StoreBusy,
    StoreExists,
    WrongPassword,
    WrongRecoveryCode,
)

log = logging.getLogger(__name__)

R = TypeVar("R")

KEYRING_NAME = "keyring.json"
PENDING_AUDIT_NAME = "pending-audit.jsonl"


@dataclass(frozen=True, slots=True)
class StorePaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def keyring(self) -> Path:
        return self.folder / KEYRING_NAME

    @property
    def pending_audit(self) -> Path:
        return self.folder / PENDING_AUDIT_NAME

    def looks_like_store(self) -> bool:
        return self.db.is_file() and self.keyring.is_file()

    def check(self) -> None:
        if not self.folder.is_dir() or not self.looks_like_store():
            raise NotAStore(str(self.folder), "missing")


class Store:
    """An open, keyed store. Close it (or use it as a context manager) to release the lock."""

    def __init__(
        self,
        paths: StorePaths,
        engine: Engine,
        keyring: Keyring,
        db_key: bytes,
        lock: StoreLock | None,
        *,
        read_only: bool = False,
        upgraded_from: str | None = None,
        safety_copy: Path | None = None,
    ) -> None:
        self.paths = paths
        self.read_only = read_only
        self.engine = engine  # the writer's (query_only too when the store is opened read-only)
        self.read_engine = engine if read_only else make_engine(paths.db, db_key, read_only=True)
        self.writer = WriterLock()
        #: What every sale reads and what rarely changes, dropped when a write to it commits.
        self.cache = StoreCache()
        watch(engine)
        self.closed = False
        self.keyring = keyring
        self._db_key = db_key
        self.lock = lock
        self.upgraded_from = upgraded_from
        self.safety_copy = safety_copy
        self.signed_in_slot: str | None = None  # the key slot whose secret opened this store
        #: Checkpoints the WAL off the writer's path (data/checkpointer.py); None: read-only.
        self.checkpointer: Checkpointer | None = None
        if not read_only:
            readers = self.read_engine
            self.checkpointer = Checkpointer(
                paths.folder / f"{DB_NAME}-shm", lambda: checkpoint_passive(readers)
            )

    @property
    def db_key(self) -> bytes:
        return self._db_key

    def unit_of_work(self, *, read_only: bool = False, wait: float | None = None) -> UnitOfWork:
        """A write unit (it holds the writer lock while open; ``wait``: how long to wait for
        it, by default as long as the thread may), or with ``read_only`` a read unit (no lock;
        any write raises). Every unit of a read-only store reads only."""
        return UnitOfWork(self, read_only=read_only or self.read_only, wait=wait)

    def run(self, work: Callable[[UnitOfWork], R], *, read_only: bool = False) -> R:
        """``work(uow)`` in a unit of work of its own, run again (up to ``ATTEMPTS`` in all)
        when SQLite says busy or locked before the unit committed anything."""
        attempt = 1
        while True:
            uow = self.unit_of_work(read_only=read_only)
            try:
                with uow:
                    return work(uow)
            except Exception as exc:
                if not is_busy(exc) or uow.committed or attempt >= ATTEMPTS:
                    raise
            log.warning("the store was busy; running the unit of work again (%d)", attempt)
            time.sleep(RETRY_PAUSE * attempt)
            attempt += 1

    def write(self, work: Callable[[UnitOfWork], None]) -> None:
        """``work(uow)`` in a write unit of its own, committed (a read unit's handed write)."""

        def committed(uow: UnitOfWork) -> None:
            work(uow)
            uow.commit()

        self.run(committed)

    def check_open(self) -> None:
        if self.closed:
            raise NotAStore(str(self.paths.folder), "closed")

    def save_keyring(self) -> None:
        self.keyring.save(self.paths.keyring, self._db_key)

    def rekey(
        self,
        new_key: bytes,
        new_keyring: Keyring,
        progress: Callable[[int, int], None] | None = None,
        *,
        wait: float = 30.0,
    ) -> None:
        """Change the database key: wait until no connection is in use (holding new ones
        back), close them all, rewrite the database and the keyring, then let connections
        through again, keyed with ``new_key``. Raises StoreBusy (the key is unchanged) when
        connections stay in use for ``wait`` seconds or another program reads the store.
        Never call it from inside a unit of work."""
        if self.read_only or self.lock is None:
            raise RuntimeError("only the program holding the store's lock changes its key")
        # The writer first (no write unit is open or can open), then both engines' gates.
        writer_here = self.writer.held_here
        if not writer_here:
            try:
                self.writer.acquire(wait)
            except StoreBusy:
                raise KeyChangeBusy("a write is in progress") from None
        try:
            write_gate, read_gate = key_gate(self.engine), key_gate(self.read_engine)
            with write_gate.closed(wait), read_gate.closed(wait):
                for engine, gate in ((self.engine, write_gate), (self.read_engine, read_gate)):
                    engine.dispose()
                    gate.close_idle()
                rekey.rekey_database(
                    self.paths.db, self.paths.keyring, self._db_key, new_key, new_keyring, progress
                )
                write_gate.set_key(new_key)
                read_gate.set_key(new_key)
                self._db_key = new_key
                self.keyring = new_keyring
        finally:
            if not writer_here:
                self.writer.release()

    def revision(self) -> str | None:
        return migrate.current_revision(self.read_engine)

    # -- failed logins happen before the database can be opened; they wait in a side file ----
    def take_pending_audit(self) -> list[dict[str, Any]]:
        path = self.paths.pending_audit
        if self.read_only or not path.exists():
            return []
        entries = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            with suppress(ValueError, RecursionError):
                entry = json.loads(line)
                if isinstance(entry, dict):
                    entries.append(entry)
        return entries

    def clear_pending_audit(self) -> None:
        self.paths.pending_audit.unlink(missing_ok=True)

    def close(self) -> None:
        """Wait for a write unit still running (a worker's), then close; units opened after
        this raise NotAStore(reason="closed")."""
        if self.closed:
            return
        holding = self.writer.held_here
        if not holding:
            self.writer.acquire(WORKER_WAIT)
        try:
            self.closed = True
            if self.checkpointer is not None:
                self.checkpointer.stop()
            self.engine.dispose()
            self.read_engine.dispose()
            if self.lock is not None:
                self.lock.release()
                self.lock = None
        finally:
            if not holding:
                self.writer.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def record_pending_audit(folder: Path, entry: dict[str, Any]) -> None:
    """Append an audit entry that cannot be written yet (a failed login: no key, no database)."""
    path = StorePaths(folder).pending_audit
    with suppress(OSError), open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")


def _open_engine(paths: StorePaths, db_key: bytes, read_only: bool) -> Engine:
    engine = make_engine(paths.db, db_key, read_only=read_only)
    try:
        with engine.connect() as conn:  # keys and checks the file now, not at first query
            conn.exec_driver_sql("SELECT 1")
    except Exception:
        engine.dispose()
        raise
    return engine


def open_store_files(
    folder: Path,
    db_key: bytes,
    keyring: Keyring,
    *,
    read_only: bool = False,
    lock: StoreLock | None,
) -> Store:
    """Open with an already unwrapped key; a writer upgrades an older schema after a safety copy.

    A database that holds no store (an empty ``store.db`` beside a valid keyring opens with any
    key) is refused as damaged ("damaged_db"), never rebuilt as a fresh store.
    """
    paths = StorePaths(folder)
    try:
        if paths.db.stat().st_size == 0:
            raise NotAStore(str(folder), "damaged_db")
    except FileNotFoundError:
        raise NotAStore(str(folder), "missing") from None
    engine = _open_engine(paths, db_key, read_only)
    upgraded_from: str | None = None
    copy: Path | None = None
    try:
        current = migrate.current_revision(engine)
        head = migrate.head_revision()
        if current is None:
            raise NotAStore(str(folder), "damaged_db")  # no schema at all: not a store's file
        if not migrate.is_known(current):
            raise NotAStore(str(folder), "newer")  # made by a newer StoreCRM
        if current != head:
            if read_only:
                raise NotAStore(str(folder), "needs_upgrade")
            copy = migrate.safety_copy(folder, paths.db, engine, current)
            migrate.upgrade(engine)
            upgraded_from = current
        if not read_only:
            with engine.begin() as conn:  # a bulk writer that died paused them
                if SummaryRepository(conn).ensure():
                    log.warning("the report summaries were built again (a trigger was missing)")
    except Exception:
        engine.dispose()
        raise
    return Store(
        paths,
        engine,
        keyring,
        db_key,
        lock,
        read_only=read_only,
        upgraded_from=upgraded_from,
        safety_copy=copy,
    )


Unlock = Callable[[Keyring], tuple[int | None, bytes]]


def open_with_secret(
    folder: Path,
    keyring: Keyring,
    unlock: Unlock,
    *,
    read_only: bool = False,
    lock: StoreLock | None,
) -> tuple[Store, int | None]:
    """Unlock ``keyring`` with ``unlock`` (a password or recovery code turned into
    ``(user id, key)``), check its MAC and open the store: ``(store, user id)``.

    A key change interrupted after its commit left the new keyring in ``keyring.next.json``:
    when ``keyring.json``'s key no longer opens the database, the same secret is tried on that
    one, which then takes ``keyring.json``'s place (a writer only). A leftover from a change
    that never committed is deleted. Raises WrongPassword, WrongRecoveryCode or NotAStore.
    """
    paths = StorePaths(folder)
    pending_path = rekey.pending_keyring_path(paths.keyring)
    try:
        user_id, db_key = unlock(keyring)
        keyring.check_mac(db_key, str(paths.keyring))
        store = open_store_files(folder, db_key, keyring, read_only=read_only, lock=lock)
    except (WrongPassword, WrongRecoveryCode, NotAStore) as first:
        if isinstance(first, NotAStore) and first.reason != "database":
            raise
        if not pending_path.is_file():
            raise
        try:
            pending = Keyring.load(pending_path)
            user_id, db_key = unlock(pending)
            pending.check_mac(db_key, str(pending_path))
            store = open_store_files(folder, db_key, pending, read_only=read_only, lock=lock)
        except (WrongPassword, WrongRecoveryCode, NotAStore):
            raise first from None
        if not read_only:
            rekey.promote_pending(paths.keyring)
        store.signed_in_slot = pending.unlocked_slot
        return store, user_id
    if not read_only and pending_path.exists():
        with suppress(OSError):
            rekey.discard_pending(paths.keyring)
    store.signed_in_slot = keyring.unlocked_slot
    return store, user_id


def create_store_files(
    folder: Path,
    populate: Callable[[Store], None],
    *,
    revision: str = "head",
    scrypt_params: dict[str, int] | None = None,
) -> Store:
    """Create a new store in ``folder`` and return it open and locked.

    The store is built and filled (``populate`` adds the owner, settings and key slots, and
    saves the keyring) in a hidden sibling folder that is renamed into place only at the end,
    so an interrupted creation never leaves a half store where the owner will look for it.
    """
    folder = folder.resolve()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise StoreExists(str(folder))
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = folder.with_name(f".{folder.name}.creating-{secrets.token_hex(4)}")
    staging.mkdir()
    db_key = new_db_key()
    keyring = Keyring.new(scrypt_params)
    try:
        staging_paths = StorePaths(staging)
        engine = make_engine(staging_paths.db, db_key)
        staged = Store(staging_paths, engine, keyring, db_key, None)
        try:
            migrate.upgrade(engine, revision)
            populate(staged)
            if staged.checkpointer is not None:  # its PASSIVE checkpoint would make ours busy
                staged.checkpointer.stop()
            staged.read_engine.dispose()
            checkpoint(engine)
        finally:
            staged.close()
        if not staging_paths.keyring.exists():
            raise RuntimeError("populate() must save the keyring")
        if folder.exists():
            folder.rmdir()
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    lock = StoreLock.acquire(folder)
    try:
        paths = StorePaths(folder)
        return Store(paths, _open_engine(paths, db_key, False), keyring, db_key, lock)
    except BaseException:
        lock.release()
        raise


def iter_store_files(folder: Path) -> Iterator[Path]:
    """Every file that makes up the store (for tests and backups)."""
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            yield path


__all__ = [
    "Store",
    "StorePaths",
    "create_store_files",
    "open_store_files",
    "record_pending_audit",
    "write_atomic",
]
