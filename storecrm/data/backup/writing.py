"""Writing a backup (:func:`create_backup`).

:func:`create_backup` copies ``store.db``'s own encrypted bytes, from a read snapshot that
``store.db`` itself holds and that keeps it still (:func:`_freeze`), checking the HMAC of every
page on the bytes it copies (``data/page_hmac.py``; SQLCipher's ``cipher_integrity_check`` of the
same file for a page format other than SQLCipher 4's) while the row counts are read in the same
snapshot; the program goes on writing to the WAL meanwhile. (When another reader keeps the WAL
from being checkpointed, SQLite's backup API copies the snapshot to a temporary file first.)
Once the file is written, its end marker and checksum are written and fsynced, the file is read
back with :func:`check_file` and its MAC checked, renamed into place and the folder fsynced. A
crash at any moment leaves only hidden ``.part`` files, which :func:`check_file` refuses
unless they are complete (and then they passed their checks). ARCHITECTURE.md ("Backups")
says what each check proves and why no other is needed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import struct
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlcipher3 import dbapi2 as sqlcipher

from storecrm.data.backup.database import (
    _audit_log_head,
    _chain_summary,
    _pages_authentic,
    _revision,
    _settings,
    table_counts,
)
from storecrm.data.backup.disk import _flush, _read_full, folder_error, fsync_dir
from storecrm.data.backup.file_format import (
    _CHUNK,
    _HEAD,
    END_MAGIC,
    FORMAT_VERSION,
    MAGIC,
    PAGE_HMAC,
    PAGE_PRAGMA,
    PART_SUFFIX,
    Manifest,
    Progress,
)
from storecrm.data.backup.folder import _check_folder, _free_name
from storecrm.data.backup.keys import _mac, check_mac
from storecrm.data.backup.reading import check_file
from storecrm.data.engine import _key_pragma, connect_raw
from storecrm.data.keyring import Keyring
from storecrm.data.page_hmac import SALT_SIZE, PageChecker, page_format
from storecrm.domain.errors import BackupFolderProblem, BadBackup, NotAStore

FREEZE_TRIES = 40  # attempts at a snapshot that store.db itself holds (see _freeze)
FREEZE_PAUSE = 0.05  # seconds between attempts (another reader's snapshot is ending)
_FLUSH_EVERY = 64 * 1024 * 1024  # bytes written between two fdatasyncs of the backup file


def _freeze(src: Any, probe: Any) -> bool:
    """Begin a read transaction on ``src`` whose snapshot is exactly what ``store.db`` holds.

    WAL mode: a checkpoint copies (backfills) committed frames from the WAL into ``store.db``,
    but never a frame newer than the oldest open read snapshot, and none at all while a
    reader ignores the WAL. So once a PASSIVE checkpoint *after* ``src`` began its snapshot
    reports every frame of the WAL backfilled, ``store.db`` holds exactly that snapshot and
    nothing can change it until ``src`` ends its transaction: its bytes can be copied as they
    are (still encrypted). PASSIVE never waits and never makes anyone wait; writers go on
    appending to the WAL meanwhile. False (no transaction open) when another reader's older
    snapshot or a writer's commit kept the WAL from being backfilled every time.
    """
    for attempt in range(FREEZE_TRIES):
        if attempt:
            time.sleep(FREEZE_PAUSE)
        try:
            probe.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlcipher.OperationalError as exc:
            if "readonly" in str(exc).replace(" ", "").lower():
                return False  # a store on a read-only disk: nothing can backfill it
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts
        try:
            busy, wal_frames, backfilled = probe.execute(
                "PRAGMA wal_checkpoint(PASSIVE)"
            ).fetchone()
        except sqlcipher.OperationalError:
            busy, wal_frames, backfilled = 1, 0, -1
        if busy == 0 and wal_frames == backfilled and wal_frames >= 0:
            return True
        src.execute("COMMIT")
    return False


def _snapshot_facts(src: Any) -> dict[str, Any]:
    return {
        "counts": table_counts(src),
        "revision": _revision(src),
        "settings": _settings(src),
        "page_size": int(src.execute("PRAGMA page_size").fetchone()[0]),
        "page_count": int(src.execute("PRAGMA page_count").fetchone()[0]),
        "audit_head": _audit_log_head(src),
        "audit_chain": _chain_summary(src),
    }


BACKGROUND_NICE = 10  # Linux: how much lower a backup's threads run than the till's


def background_priority() -> None:
    """Run the calling thread below the program's other threads (CPU, and with it the disk on
    Linux's and Windows' schedulers), so a sale recorded meanwhile is served first. Only the
    backup's own threads call it; threads they start inherit it on Linux."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetThreadPriority(kernel32.GetCurrentThread(), 0x00010000)  # BACKGROUND
        elif hasattr(os, "setpriority"):
            tid = threading.get_native_id()
            current = os.getpriority(os.PRIO_PROCESS, tid)
            os.setpriority(os.PRIO_PROCESS, tid, min(19, current + BACKGROUND_NICE))
    except (OSError, AttributeError):  # pragma: no cover - not allowed here: normal priority
        pass


_T = TypeVar("_T")


def in_background(work: Callable[[], _T]) -> _T:
    """``work()`` on a thread of its own at :func:`background_priority`; its result or error."""
    with ThreadPoolExecutor(
        1, thread_name_prefix="storecrm-backup", initializer=background_priority
    ) as pool:
        return pool.submit(work).result()


def _stream_copy(
    db_path: Path,
    size: int,
    part: Path,
    progress: Progress | None,
    check: tuple[bytes, int] | None = None,
) -> tuple[Any, str, bool]:
    """The backup file's start and the first ``size`` bytes of ``db_path`` after it, in one
    pass; returns (running SHA-256 of the file, SHA-256 of the file's start and the database
    (a copy of the running one's state: one hash pass), whether every page's HMAC matched).

    With ``check`` (the database key and its page size), every page's HMAC is checked on the
    bytes copied, on a thread of its own while the next chunk is hashed and written
    (``data/page_hmac.py``); without it the caller checks the pages another way and True is
    returned. The file's data is flushed every 64 MB, so the disk never holds a backlog that a
    sale's own fsync would have to wait behind.
    """
    whole = hashlib.sha256()
    head = _HEAD.pack(MAGIC, FORMAT_VERSION, size)
    whole.update(head)
    checker: PageChecker | None = None
    pending: Future[int | None] | None = None
    bad: int | None = None
    with (
        open(db_path, "rb", buffering=0) as db,
        open(part, "wb", buffering=0) as out,
        ThreadPoolExecutor(
            1, thread_name_prefix="storecrm-pages", initializer=background_priority
        ) as pages,
    ):
        out.write(head)
        done = unflushed = 0
        while done < size and bad is None:
            chunk = _read_full(db, min(_CHUNK, size - done))
            if not chunk:
                raise BadBackup(str(db_path), "damaged")  # shorter than its page count
            if check is not None:
                if checker is None:
                    checker = PageChecker(check[0], chunk[:SALT_SIZE], check[1])
                if pending is not None and bad is None:
                    bad = pending.result()
                pending = pages.submit(checker.first_bad, chunk, done // check[1] + 1)
            whole.update(chunk)
            out.write(chunk)
            done += len(chunk)
            unflushed += len(chunk)
            if unflushed >= _FLUSH_EVERY:
                _flush(out.fileno())
                unflushed = 0
            if progress is not None:
                progress(done, size)
        if pending is not None and bad is None:
            bad = pending.result()
    # the file's start and the database: the manifest's digest, from the same one pass
    return whole, whole.copy().hexdigest(), bad is None


def _copy_database(
    db_path: Path, db_key: bytes, part: Path, part_db: Path, progress: Progress | None
) -> dict[str, Any]:
    """Write the backup file's start and the database (still encrypted) into ``part``; return
    what the copied snapshot holds and the running checksums.

    Usually ``store.db``'s own bytes are copied while a read snapshot keeps them still (see
    :func:`_freeze`); every page's HMAC is checked on the bytes copied and the row counts are
    read in the same snapshot meanwhile. When no such snapshot can be had (a long
    read elsewhere), SQLite's backup API first copies the snapshot into ``part_db`` (a file
    nobody else writes) and that file is checked and copied the same way.
    """
    src = connect_raw(db_path, db_key, read_only=True)
    try:
        probe = connect_raw(db_path, db_key, read_only=True)
        try:
            frozen = _freeze(src, probe)
        finally:
            probe.close()
        source = db_path
        if not frozen:
            source = part_db
            # One read snapshot for every page copied and the counts: it must begin before the
            # copy, or the backup API reads (and restarts on) whatever is newest at each step.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            dst = sqlcipher.connect(str(part_db), isolation_level=None)
            try:
                dst.execute("PRAGMA cipher_log_level = NONE")
                dst.execute(_key_pragma(db_key))
                src.backup(dst, pages=4096, sleep=0)
            finally:
                dst.close()
        fast = page_format(src)
        page_size = int(src.execute("PRAGMA page_size").fetchone()[0])
        size = int(src.execute("PRAGMA page_count").fetchone()[0]) * page_size
        with ThreadPoolExecutor(
            2, thread_name_prefix="storecrm-backup", initializer=background_priority
        ) as pool:
            # The pages' HMACs: on the bytes copied (SQLCipher 4's format), else SQLCipher
            # reads the file again. The counts are read in the snapshot meanwhile.
            pages = None if fast else pool.submit(_pages_authentic, source, db_key)
            check = (db_key, fast.page_size) if fast else None
            copy = pool.submit(_stream_copy, source, size, part, progress, check)
            try:
                found = _snapshot_facts(src)
                if not frozen:
                    src.execute("COMMIT")  # part_db holds the snapshot now
            finally:
                # wait for both (and raise their errors) either way
                whole, db_sha, copied_ok = copy.result()
                authentic = copied_ok and (pages is None or pages.result())
        if size != found["page_count"] * found["page_size"]:
            raise BadBackup(str(db_path), "damaged")  # cannot happen in one snapshot
        if frozen:
            src.execute("COMMIT")  # store.db may change again from here on
        if not authentic:
            raise BadBackup(str(db_path), "damaged")
    finally:
        src.close()
    return dict(
        found,
        whole=whole,
        db_size=size,
        db_sha256=db_sha,
        frozen=frozen,
        page_check=PAGE_HMAC if fast else PAGE_PRAGMA,
    )


def _write_header(
    part: Path,
    whole: Any,
    manifest_json: dict[str, Any],
    keyring: Keyring,
    db_key: bytes,
) -> None:
    """The header and its size after the database; the end comes in :func:`_finish_file`,
    only once everything has passed, so until then the file is "incomplete" to every check,
    even if the program is killed at that moment."""
    keyring_json = keyring.to_file_json(db_key)
    header = json.dumps(
        {
            "manifest": manifest_json,
            "keyring": keyring_json,
            "mac": _mac(db_key, manifest_json, keyring_json),
        },
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")
    tail = header + struct.pack(">Q", len(header))
    whole.update(tail)
    with open(part, "ab") as out:
        out.write(tail)


def _finish_file(part: Path, whole: Any) -> None:
    """End marker and checksum: from now on the file is a complete backup. Fsynced."""
    whole.update(END_MAGIC)
    with open(part, "ab") as out:
        out.write(END_MAGIC + whole.digest())
        out.flush()
        os.fsync(out.fileno())


def create_backup(
    db_path: Path,
    db_key: bytes,
    keyring: Keyring,
    folder: Path,
    *,
    kind: str,
    app_version: str,
    created_at: datetime,
    progress: Progress | None = None,
) -> tuple[Path, Manifest]:
    """Write a verified backup of the database into ``folder``; see the module's docstring.

    The work runs on threads of its own at :func:`background_priority`: a sale recorded
    meanwhile waits for neither a lock nor the CPU.
    """
    return in_background(
        lambda: _create_backup(
            db_path,
            db_key,
            keyring,
            folder,
            kind=kind,
            app_version=app_version,
            created_at=created_at,
            progress=progress,
        )
    )


def _create_backup(
    db_path: Path,
    db_key: bytes,
    keyring: Keyring,
    folder: Path,
    *,
    kind: str,
    app_version: str,
    created_at: datetime,
    progress: Progress | None,
) -> tuple[Path, Manifest]:
    folder = Path(folder)
    _check_folder(folder)
    needed = sum(p.stat().st_size for p in (db_path, Path(f"{db_path}-wal")) if p.exists())
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = needed
    if free < needed + 1024 * 1024:
        raise BackupFolderProblem(str(folder), "full")
    target = _free_name(folder, keyring.store_id, created_at)
    part_db = folder / f".{target.name}.db{PART_SUFFIX}"
    part = folder / f".{target.name}{PART_SUFFIX}"

    def stage(low: int, high: int) -> Progress:
        def report(done: int, total: int) -> None:
            if progress is not None and total:
                progress(low + (high - low) * min(done, total) // total, 100)

        return report

    try:
        # 1. The database of one consistent snapshot, its pages checked (HMAC) as it is copied,
        #    and what the snapshot holds.
        source = _copy_database(db_path, db_key, part, part_db, stage(0, 80))
        manifest_json = Manifest(
            app_version=app_version,
            schema_revision=source["revision"],
            created_at=created_at.replace(microsecond=0),
            store_id=keyring.store_id,
            store_name=source["settings"].get("store_name", ""),
            business_type=source["settings"].get("business_type", ""),
            kind=kind,
            counts=source["counts"],
            db_size=source["db_size"],
            db_sha256=source["db_sha256"],
            page_size=source["page_size"],
            audit_head=source["audit_head"],
            page_check=source["page_check"],
            audit_chain=source["audit_chain"],
        ).to_json()
        # 2. The header (manifest, key slots, MAC), then the end marker and checksum, fsynced.
        _write_header(part, source["whole"], manifest_json, keyring, db_key)
        _finish_file(part, source["whole"])
        # 3. Read the file back from the disk: every keyless check, and the MAC under the key.
        written_header = check_file(part, stage(80, 100))
        check_mac(part, written_header, db_key)
        # 4. Only now does it get its real name.
        os.replace(part, target)
        fsync_dir(folder)
    except OSError as exc:
        problem = folder_error(folder, exc)
        if problem is not None:
            raise problem from None
        raise
    except BadBackup:
        # The copy or the file written from it failed its check: nothing is kept, and the
        # user hears that the new backup was refused (not that some temporary file is bad).
        raise BadBackup(str(target), "unverified") from None
    except (sqlcipher.DatabaseError, NotAStore):  # the source could not be opened or read whole
        raise BadBackup(str(target), "unverified") from None
    finally:
        for leftover in (part, part_db, Path(f"{part_db}-wal"), Path(f"{part_db}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return target, written_header.manifest
