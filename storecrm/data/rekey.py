"""Changing the database key in place, so that a crash at any moment leaves a store that opens
with either the old keyring and the old key or the new keyring and the new key.

While the key changes, a third file sits beside ``store.db`` and ``keyring.json``:
``keyring.next.json``, the keyring for the new key. :func:`rekey_database`, on a store whose
every other connection is closed (``Store.rekey`` sees to that):

1. opens one connection with the old key, checkpoints the WAL into the file and switches to a
   rollback journal (SQLCipher 4 rekeys a database in WAL mode unreliably; in rollback mode
   ``PRAGMA rekey`` is one ordinary transaction);
2. writes ``keyring.next.json`` (fsynced), sealed under the new key;
3. runs ``PRAGMA rekey``: every page is rewritten under the new key in one transaction. Killed
   before its commit, the journal is hot and the next open with the *old* key rolls it back;
   after the commit every page is under the new key;
4. goes back to WAL and renames ``keyring.next.json`` over ``keyring.json`` (fsynced).

Opening a store (``store.open_with_secret``) tries ``keyring.json`` first (which also rolls a hot
journal back); only when its key no longer opens the database is the same secret tried on
``keyring.next.json``, which then replaces ``keyring.json``. A ``keyring.next.json`` beside a
database that the old key still opens is what an uncommitted change left: it is deleted.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from storecrm.data.engine import _key_pragma, connect_raw
from storecrm.data.keyring import Keyring, _fsync_dir
from storecrm.domain.errors import KeyChangeBusy, NotAStore

PENDING_KEYRING_NAME = "keyring.next.json"
JOURNAL_SUFFIX = "-journal"

Progress = Callable[[int, int], None]


def pending_keyring_path(keyring_path: Path) -> Path:
    return keyring_path.with_name(PENDING_KEYRING_NAME)


class _JournalWatcher:
    """Progress of a rekey: its rollback journal grows to about the size of the database
    (every page is journaled before it is rewritten); ``PRAGMA rekey`` reports nothing itself."""

    def __init__(self, db: Path, progress: Progress | None) -> None:
        self.journal = Path(f"{db}{JOURNAL_SUFFIX}")
        self.total = max(1, db.stat().st_size)
        self.progress = progress
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="storecrm-rekey", daemon=True)

    def _run(self) -> None:
        assert self.progress is not None
        while not self._stop.wait(0.2):
            try:
                done = self.journal.stat().st_size
            except OSError:
                continue
            self.progress(min(done, self.total - 1), self.total)

    def __enter__(self) -> _JournalWatcher:
        if self.progress is not None:
            self.progress(0, self.total)
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


def _opens(db: Path, key: bytes) -> bool:
    try:
        connect_raw(db, key, read_only=True).close()
    except NotAStore:
        return False
    return True


def promote_pending(keyring_path: Path) -> None:
    """``keyring.next.json`` becomes ``keyring.json`` (its key is the one the database has)."""
    os.replace(pending_keyring_path(keyring_path), keyring_path)
    _fsync_dir(keyring_path.parent)


def discard_pending(keyring_path: Path) -> None:
    pending_keyring_path(keyring_path).unlink(missing_ok=True)


def rekey_database(
    db: Path,
    keyring_path: Path,
    old_key: bytes,
    new_key: bytes,
    new_keyring: Keyring,
    progress: Progress | None = None,
) -> None:
    """Rewrite ``db`` under ``new_key`` and put ``new_keyring`` in place (see the module).

    Returns once the database and ``keyring.json`` both have the new key. Raises StoreBusy
    (another program has the database open) or the error met, and then the database and
    ``keyring.json`` both still have the old key, as before.
    """
    pending = pending_keyring_path(keyring_path)
    conn = connect_raw(db, old_key)
    try:
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlcipher.OperationalError as exc:  # "database is locked": another program
            raise KeyChangeBusy("another connection holds the database") from exc
        if busy or str(mode).lower() != "delete":
            raise KeyChangeBusy("another connection holds the database")
        new_keyring.save(pending, new_key)
        with _JournalWatcher(db, progress):
            conn.execute(_key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1)).fetchall()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    except BaseException:
        conn.close()
        if _opens(db, new_key):  # the rekey committed; only the last steps failed
            promote_pending(keyring_path)
            return
        with contextlib.suppress(OSError):
            pending.unlink(missing_ok=True)
        raise
    conn.close()
    promote_pending(keyring_path)
    if progress is not None:
        total = max(1, db.stat().st_size)
        progress(total, total)
