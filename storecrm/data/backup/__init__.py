"""Backup files: one file holding the encrypted database, its key slots and a manifest.

File format (version 2). All integers are unsigned big-endian::

    offset      size  content
    0             16  MAGIC  b"StoreCRM backup\\n"
    16             4  format version (1)
    20             8  N, the size of the database
    28             N  the database, byte for byte as SQLCipher wrote it (still encrypted)
    28+N           H  the header: UTF-8 JSON {"manifest": …, "keyring": …, "mac": …}
    28+N+H         8  H
    36+N+H        16  END_MAGIC b"\\nStoreCRM end.\\n\\n"
    52+N+H        32  SHA-256 of every byte before these 32

The header comes after the database so that the database's checksum (in the manifest) is known
when the header is written; the file is written front to back in one pass. The end marker and
the checksum are written last, and only once the copy inside has passed its checks.

- ``manifest``: program version, schema revision, time, store id and name, the kind of backup,
  the row count of every table, the database's size and page size, the SHA-256 of the file's
  first 28 + N bytes (``start_sha256``: the file's running checksum passes through it, so the
  copy hashes the database once; version 1 had ``db_sha256``, the database's bytes alone,
  hashed a second time, and is still read), the audit log's
  head and its chain as checked in the backup's snapshot, and how every page was checked.
- ``keyring``: the store's ``keyring.json`` as it was at backup time, so the owner's password of
  that time (or the recovery code) opens the backup on a brand-new PC.
- ``mac``: HMAC-SHA256 over the canonical JSON of manifest and keyring, under a key derived from
  the database key. Only someone holding the key can make it, so a manifest or keyring that was
  edited, or taken from another backup, is refused by a keyed check.

Checks, from cheapest to strongest:

- :func:`read_header` reads only the header (listing a folder of backups).
- :func:`check_file` needs no password. It reads the whole file once, with one SHA-256: the
  magic and the end marker (a file cut short is "incomplete"), the SHA-256 of the whole file
  (a flipped bit anywhere is "damaged"), the header's structure and sizes. A file only gets
  its end marker after every page of its database passed its HMAC check, so a file that
  passes this check holds such a database; the keyless check proves it is still byte for
  byte that file. This is what ``storecrm verify FILE`` does without a password. What it
  cannot tell without the key: a file crafted on purpose (by someone who recomputed the
  checksums) or key slots that do not fit the database; the keyed check catches both.
- With the key (:func:`unlock` turns the owner's password or the recovery code into it),
  :func:`check_in_place` checks the backup where it lies, in the same one read: the
  database's SHA-256 against the manifest, the MAC (which covers that SHA-256 and the
  manifest's facts, read in the backup's snapshot) and page 1's HMAC under the key. A backup
  made before its manifest recorded how its pages were checked, and a restore, go through
  :func:`extract_and_check`: it writes the database out and opens it: the row count of every
  table and the schema revision against the manifest (see :func:`check_database`), and for a
  restore ``PRAGMA cipher_integrity_check`` of the fsynced copy (SQLCipher's HMAC of every
  page, read back from where it was written). Restoring always does this full check before
  it touches the store.

:func:`create_backup` copies ``store.db``'s own encrypted bytes, from a read snapshot that
``store.db`` itself holds and that keeps it still (:func:`_freeze`), checking the HMAC of every
page on the bytes it copies (``data/page_hmac.py``; SQLCipher's ``cipher_integrity_check`` of the
same file for a page format other than SQLCipher 4's) while the row counts are read in the same
snapshot; the
program goes on writing to the WAL meanwhile. (When another reader keeps the WAL from being
checkpointed, SQLite's backup API copies the snapshot to a temporary file first.) Once the
file is written, its end marker and checksum are written and fsynced, the file is read back
with :func:`check_file` and its MAC checked, renamed into place and the folder fsynced. A
crash at any moment leaves only hidden ``.part`` files, which :func:`check_file` refuses
unless they are complete (and then they passed their checks). ARCHITECTURE.md ("Backups")
says what each check proves and why no other is needed.

Restoring (:func:`stage_restore`, :func:`install_staged`) builds the new store files in a
staging folder beside the store and fully checks them there; only then are the current files
moved into ``safety/before-restore-<time>/`` (a complete store folder of its own) and the staged
files moved in. Every step before the move leaves the current store untouched.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import os
import secrets
import shutil
import stat
import struct
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, TypeVar

from sqlcipher3 import dbapi2 as sqlcipher

from storecrm.data import migrate
from storecrm.data.engine import DB_NAME, _key_pragma, connect_raw
from storecrm.data.keyring import Keyring, normalise_recovery_code
from storecrm.data.leftovers import VERIFY_PREFIX
from storecrm.data.lock import WorkLock
from storecrm.data.page_hmac import SALT_SIZE, PageChecker, page_format
from storecrm.data.repositories import CHAIN_QUERY, chain_rows
from storecrm.domain.audit_chain import ChainBreak, ChainCheck, check_chain
from storecrm.domain.errors import (
    BackupFolderProblem,
    BadBackup,
    DiskFull,
    NotAStore,
    WrongBackupPassword,
    WrongBackupRecoveryCode,
    WrongPassword,
    WrongRecoveryCode,
    is_disk_full,
)

MAGIC = b"StoreCRM backup\n"
END_MAGIC = b"\nStoreCRM end.\n\n"
FORMAT_VERSION = 2  # the version written; KNOWN_VERSIONS are read
KNOWN_VERSIONS = (1, 2)
SUFFIX = ".storecrm-backup"
PART_SUFFIX = ".part"
KEYRING_NAME = "keyring.json"

_HEAD = struct.Struct(">16sIQ")  # magic, version, database size
_TAIL = struct.Struct(">Q16s32s")  # header size, end magic, sha-256
_MAX_HEADER = 16 * 1024 * 1024
_CHUNK = 1024 * 1024
_MAC_CONTEXT = b"storecrm-backup-manifest-v1"

# Files of a store that a restore replaces; the lock and the safety folder stay.
STORE_FILES = (
    DB_NAME,
    f"{DB_NAME}-wal",
    f"{DB_NAME}-shm",
    f"{DB_NAME}-journal",
    KEYRING_NAME,
    "keyring.next.json",
    "pending-audit.jsonl",
)
_KEEP_IN_FOLDER = {"store.lock", "store.lock.info", migrate.SAFETY_DIR}

Progress = Callable[[int, int], None]
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a backup holds, readable without the password."""

    app_version: str
    schema_revision: str | None
    created_at: datetime
    store_id: str
    store_name: str
    business_type: str
    kind: str  # "manual" | "scheduled" | "exit"
    counts: dict[str, int]
    db_size: int
    # Format 2: the SHA-256 of the file's first 28 + N bytes (its start and the database), which
    # the whole-file checksum passes through on its way (one hash pass over the database);
    # format 1: the SHA-256 of the database's bytes alone (a second pass).
    db_sha256: str
    page_size: int
    format_version: int = FORMAT_VERSION
    # The audit log's last entry (id, hash) in this copy; None before 0008 or in old backups.
    audit_head: tuple[int, str] | None = None
    # How every page was checked when the backup was made: "sqlcipher4-hmac" (data/page_hmac.py;
    # a keyed verify then checks the file in place, page 1's HMAC included),
    # "cipher_integrity_check", or None in backups made before this was recorded.
    page_check: str | None = None
    # The audit log's chain in the backup's snapshot, checked when it was made: (entries, breaks,
    # first break (entry id, kind) or None); None in older backups.
    audit_chain: tuple[int, int, tuple[int, str] | None] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": self.format_version,
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "store_id": self.store_id,
            "store_name": self.store_name,
            "business_type": self.business_type,
            "kind": self.kind,
            "counts": dict(sorted(self.counts.items())),
            "db_size": self.db_size,
            _digest_key(self.format_version): self.db_sha256,
            "page_size": self.page_size,
            "audit_head": list(self.audit_head) if self.audit_head else None,
            "page_check": self.page_check,
            "audit_chain": _chain_json(self.audit_chain),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        counts = data["counts"]
        if not isinstance(counts, dict):
            raise TypeError("counts")
        revision = data["schema_revision"]
        return cls(
            format_version=int(data["format_version"]),
            app_version=str(data["app_version"]),
            schema_revision=None if revision is None else str(revision),
            created_at=datetime.fromisoformat(str(data["created_at"])),
            store_id=str(data["store_id"]),
            store_name=str(data["store_name"]),
            business_type=str(data["business_type"]),
            kind=str(data["kind"]),
            counts={str(k): int(v) for k, v in counts.items()},
            db_size=int(data["db_size"]),
            db_sha256=str(data[_digest_key(int(data["format_version"]))]),
            page_size=int(data["page_size"]),
            audit_head=_audit_head(data.get("audit_head")),
            page_check=_page_check(data.get("page_check")),
            audit_chain=_audit_chain_summary(data.get("audit_chain")),
        )

    def chain_check(self) -> ChainCheck | None:
        """The chain as checked in the backup's snapshot (None: not recorded, or a revision
        without a chain)."""
        if self.audit_chain is None or self.audit_head is None:
            return None
        entries, breaks, first = self.audit_chain
        return ChainCheck(
            entries=entries,
            head_id=self.audit_head[0],
            head_hash=self.audit_head[1],
            first_break=None if first is None else ChainBreak(*first),
            breaks=breaks,
            hashes={},
        )


def _audit_head(value: Any) -> tuple[int, str] | None:
    if value is None:
        return None
    entry_id, digest = value  # a pair, or a ValueError/TypeError (the header is damaged)
    if isinstance(entry_id, bool) or not isinstance(entry_id, int) or entry_id < 1:
        raise ValueError("audit head id")
    if not isinstance(digest, str) or len(digest) != 64:
        raise ValueError("audit head hash")
    int(digest, 16)
    return entry_id, digest


def _digest_key(version: int) -> str:
    return "db_sha256" if version == 1 else "start_sha256"


PAGE_HMAC = "sqlcipher4-hmac"
PAGE_PRAGMA = "cipher_integrity_check"
_CHAIN_BREAKS = ("missing", "changed", "unchained")


def _page_check(value: Any) -> str | None:
    if value is None or value in (PAGE_HMAC, PAGE_PRAGMA):
        return value  # type: ignore[no-any-return]
    raise ValueError("page check")


def _chain_json(chain: tuple[int, int, tuple[int, str] | None] | None) -> Any:
    if chain is None:
        return None
    entries, breaks, first = chain
    return {"entries": entries, "breaks": breaks, "first_break": list(first) if first else None}


def _audit_chain_summary(value: Any) -> tuple[int, int, tuple[int, str] | None] | None:
    if value is None:
        return None
    entries, breaks, first = value["entries"], value["breaks"], value["first_break"]
    for number in (entries, breaks):
        if isinstance(number, bool) or not isinstance(number, int) or number < 0:
            raise ValueError("audit chain")
    if first is None:
        return entries, breaks, None
    entry_id, kind = first  # a pair, or a ValueError/TypeError (the header is damaged)
    if isinstance(entry_id, bool) or not isinstance(entry_id, int) or kind not in _CHAIN_BREAKS:
        raise ValueError("audit chain break")
    return entries, breaks, (entry_id, kind)


@dataclass(frozen=True, slots=True)
class Header:
    manifest: Manifest
    keyring: Keyring
    mac: str
    raw: dict[str, Any]  # the JSON as read, for the MAC


# -- small helpers -------------------------------------------------------------------------
def _canonical(manifest: dict[str, Any], keyring: dict[str, Any]) -> bytes:
    body = {"manifest": manifest, "keyring": keyring}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _mac(db_key: bytes, manifest: dict[str, Any], keyring: dict[str, Any]) -> str:
    mac_key = hmac.new(db_key, _MAC_CONTEXT, hashlib.sha256).digest()
    return hmac.new(mac_key, _canonical(manifest, keyring), hashlib.sha256).hexdigest()


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows has no directory fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def folder_error(folder: Path, exc: OSError) -> BackupFolderProblem | None:
    """The user's reading of an OSError met while writing into ``folder``."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return BackupFolderProblem(str(folder), "full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        return BackupFolderProblem(str(folder), "unwritable")
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return BackupFolderProblem(str(folder), "missing")
    return None


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


# -- reading -------------------------------------------------------------------------------
def _open_for_reading(path: Path) -> IO[bytes]:
    """The backup file open for reading; anything but a regular file is refused before a byte
    is read (opening a named pipe would wait forever for a writer, a device never ends)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise BadBackup(str(path), "missing") from None
    except IsADirectoryError:
        raise BadBackup(str(path), "not_a_file") from None
    except OSError:
        if path.is_dir():  # Windows cannot open a folder at all
            raise BadBackup(str(path), "not_a_file") from None
        raise BadBackup(str(path), "unreadable") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise BadBackup(str(path), "not_a_file")
        if getattr(os, "O_NONBLOCK", 0):  # POSIX: reads of a regular file block as usual
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _frame(path: Path, fh: IO[bytes]) -> tuple[int, int, int, int]:
    """Check magic and end marker; return (file size, version, db size, header size)."""
    size = os.fstat(fh.fileno()).st_size
    head = fh.read(_HEAD.size)
    if len(head) < len(MAGIC):
        raise BadBackup(str(path), "incomplete" if MAGIC.startswith(head) else "foreign")
    if not head.startswith(MAGIC):
        raise BadBackup(str(path), "foreign")
    if size < _HEAD.size + _TAIL.size:
        raise BadBackup(str(path), "incomplete")
    _magic, version, db_size = _HEAD.unpack(head)
    fh.seek(size - _TAIL.size)
    header_size, end, _digest = _TAIL.unpack(fh.read(_TAIL.size))
    if end != END_MAGIC:
        raise BadBackup(str(path), "incomplete")
    if version in KNOWN_VERSIONS and (
        not 0 < header_size <= _MAX_HEADER
        or _HEAD.size + db_size + header_size + _TAIL.size != size
    ):
        raise BadBackup(str(path), "damaged")
    return size, version, db_size, header_size


def _other_version(path: Path, fh: IO[bytes], size: int) -> BadBackup:
    """A version this program does not know: newer if intact, else a damaged version field.

    Every version ends with the SHA-256 of what comes before it, whatever its layout.
    """
    fh.seek(0)
    digest = hashlib.sha256()
    remaining = size - 32
    while remaining > 0:
        chunk = fh.read(min(_CHUNK, remaining))
        if not chunk:
            break
        digest.update(chunk)
        remaining -= len(chunk)
    intact = hmac.compare_digest(digest.digest(), fh.read(32))
    return BadBackup(str(path), "newer" if intact else "damaged")


def _parse_header(path: Path, data: bytes, version: int) -> Header:
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict):
            raise TypeError("header")
        manifest = Manifest.from_json(raw["manifest"])
        keyring = Keyring.from_json(raw["keyring"], str(path))
        mac = str(raw["mac"])
    except (ValueError, KeyError, TypeError, AttributeError, NotAStore, RecursionError):
        # RecursionError: JSON nested deeper than Python recurses is no header of ours
        raise BadBackup(str(path), "damaged") from None
    if manifest.format_version != version or keyring.store_id != manifest.store_id:
        raise BadBackup(str(path), "damaged")
    return Header(manifest, keyring, mac, raw)


def read_header(path: Path) -> Header:
    """The header alone (quick; no checksum). For listing backups and showing a manifest."""
    with _open_for_reading(path) as fh:
        size, version, db_size, header_size = _frame(path, fh)
        if version not in KNOWN_VERSIONS:
            raise _other_version(path, fh, size)
        fh.seek(_HEAD.size + db_size)
        header = _parse_header(path, fh.read(header_size), version)
    if header.manifest.db_size != db_size:
        raise BadBackup(str(path), "damaged")
    return header


def _check_manifest(path: Path, manifest: Manifest, db_size: int) -> None:
    """The manifest's sizes against the file's, and a schema revision this program knows."""
    if (
        manifest.db_size != db_size
        or manifest.page_size not in (512, 1024, 2048, 4096, 8192, 16384, 32768, 65536)
        or db_size == 0
        or db_size % manifest.page_size
    ):
        raise BadBackup(str(path), "damaged")
    if manifest.schema_revision is not None and not migrate.is_known(manifest.schema_revision):
        raise BadBackup(str(path), "newer")


def _scan(
    path: Path,
    sink: IO[bytes] | None = None,
    progress: Progress | None = None,
    *,
    db_digest: bool = False,
) -> Header:
    """Every check that needs no key, in one pass; the database bytes go to ``sink``.

    Without a key one hash pass: the whole file's SHA-256. The database's own SHA-256 against
    the manifest is taken too (on a second core) only for a keyed check (``db_digest``, or a
    ``sink``: a copy the key will open), where the header's MAC covers it; without a key it
    would prove nothing more, since whoever can recompute the whole file's checksum can
    recompute that one as well.
    """
    with (
        _open_for_reading(path) as fh,
        ThreadPoolExecutor(1, thread_name_prefix="storecrm-hash") as hasher,
    ):
        size, version, db_size, header_size = _frame(path, fh)
        if version not in KNOWN_VERSIONS:
            raise _other_version(path, fh, size)
        fh.seek(0)
        whole = hashlib.sha256()
        # Format 1 keeps the database's own SHA-256 (a second hash, on a second core); format
        # 2 the start's, which the whole file's passes through (free: a copy of its state).
        db_hash = hashlib.sha256() if version == 1 and (sink is not None or db_digest) else None
        start_digest: str | None = None
        body_end = size - 32
        db_start, db_end = _HEAD.size, _HEAD.size + db_size
        header_bytes = bytearray()
        position = 0
        try:
            while position < body_end:
                chunk = fh.read(min(_CHUNK, body_end - position))
                if not chunk:
                    raise BadBackup(str(path), "incomplete")
                start, end = position, position + len(chunk)
                lo, hi = max(start, db_start), min(end, db_end)
                piece = memoryview(chunk)[lo - start : hi - start] if lo < hi else None
                if db_hash is not None:
                    # the two checksums of the same bytes on two cores (hashlib lets go of the GIL)
                    both = hasher.submit(whole.update, chunk)
                    if piece is not None:
                        db_hash.update(piece)
                    both.result()
                elif version != 1 and start < db_end <= end:
                    whole.update(memoryview(chunk)[: db_end - start])
                    start_digest = whole.copy().hexdigest()
                    whole.update(memoryview(chunk)[db_end - start :])
                else:
                    whole.update(chunk)
                if sink is not None and piece is not None:
                    sink.write(piece)
                h_lo, h_hi = max(start, db_end), min(end, db_end + header_size)
                if h_lo < h_hi:
                    header_bytes += chunk[h_lo - start : h_hi - start]
                position = end
                if progress is not None:
                    progress(position, body_end)
            digest = fh.read(32)
        except OSError as exc:
            if sink is not None and is_disk_full(exc):  # writing the copy, not reading
                copy = Path(getattr(sink, "name", path))  # in the hidden folder beside the store
                raise DiskFull(str(copy.parent.parent), "restore") from exc
            raise BadBackup(str(path), "unreadable") from None
    if not hmac.compare_digest(whole.digest(), digest):
        raise BadBackup(str(path), "damaged")
    header = _parse_header(path, bytes(header_bytes), version)
    _check_manifest(path, header.manifest, db_size)
    own = db_hash.hexdigest() if db_hash is not None else start_digest
    if own is not None and not hmac.compare_digest(own, header.manifest.db_sha256):
        raise BadBackup(str(path), "damaged")
    return header


def check_file(path: Path, progress: Progress | None = None) -> Header:
    """The checks that need no password (see the module's docstring)."""
    return _scan(path, None, progress)


def unlock(
    header: Header,
    *,
    password: str | None = None,
    recovery_code: str | None = None,
    path: Path | None = None,
) -> bytes:
    """The database key from the owner's password of backup time or the recovery code."""
    if (password is None) == (recovery_code is None):
        raise ValueError("give either a password or a recovery code")
    try:
        if password is not None:
            key = header.keyring.unlock_owner(password)[1]
        else:
            assert recovery_code is not None
            key = header.keyring.unlock_recovery(normalise_recovery_code(recovery_code))
    except WrongPassword:
        raise WrongBackupPassword() from None
    except WrongRecoveryCode:
        raise WrongBackupRecoveryCode() from None
    try:
        header.keyring.check_mac(key)  # the keyring's own MAC (version 2), besides the file's
    except NotAStore:
        raise BadBackup(str(path or ""), "damaged") from None
    return key


def check_mac(path: Path, header: Header, db_key: bytes) -> None:
    expected = _mac(db_key, header.raw["manifest"], header.raw["keyring"])
    if not hmac.compare_digest(expected, header.mac):
        raise BadBackup(str(path), "damaged")


def check_database(
    db_path: Path,
    db_key: bytes,
    manifest: Manifest | None = None,
    *,
    expected: dict[str, int] | None = None,
    progress: Progress | None = None,
    pages: bool = True,
) -> dict[str, Any]:
    """Open a database copy written out of a backup and check it; returns its revision,
    counts and settings.

    With ``pages``, ``PRAGMA cipher_integrity_check`` (every page's HMAC, read back from the
    disk the copy was just written to) on one connection while another reads the revision and
    counts the rows of every table. Raises BadBackup("damaged"); counts and revision must
    match ``manifest`` or ``expected``.
    """
    try:
        conn = connect_raw(db_path, db_key, read_only=True)
    except NotAStore:
        raise BadBackup(str(db_path), "damaged") from None
    try:
        with ThreadPoolExecutor(1, thread_name_prefix="storecrm-check") as pool:
            hmacs = pool.submit(_pages_authentic, db_path, db_key) if pages else None
            try:
                revision = _revision(conn)
                settings = _settings(conn)
                counts = table_counts(conn)
                if progress is not None:
                    progress(1, 2)
            finally:
                # wait for it (and raise its error) either way
                authentic = hmacs.result() if hmacs is not None else True
        if progress is not None:
            progress(2, 2)
    except (sqlcipher.DatabaseError, NotAStore):
        raise BadBackup(str(db_path), "damaged") from None
    finally:
        conn.close()
    if not authentic:
        raise BadBackup(str(db_path), "damaged")
    want_counts = expected if expected is not None else (manifest.counts if manifest else None)
    if want_counts is not None and counts != want_counts:
        raise BadBackup(str(db_path), "damaged")
    if manifest is not None and revision != manifest.schema_revision:
        raise BadBackup(str(db_path), "damaged")
    return {"counts": counts, "revision": revision, "settings": settings}


def extract_and_check(
    path: Path,
    target_db: Path,
    *,
    password: str | None = None,
    recovery_code: str | None = None,
    db_key: bytes | None = None,
    progress: Progress | None = None,
    durable: bool = True,
) -> tuple[Header, bytes]:
    """The full check: write the database to ``target_db`` and open it with the key.

    Refuses a damaged file before trying the secret, so a flipped bit is never reported as a
    wrong password. ``durable`` (a restore: ``target_db`` becomes the store) also fsyncs the
    copy and reads every page of it back (HMAC); a copy that is deleted once checked (verify)
    needs neither: what it proves is about the backup file.
    """
    with open(target_db, "wb") as sink:
        header = _scan(path, sink, progress)
        sink.flush()
        if durable:
            os.fsync(sink.fileno())
    key = (
        db_key
        if db_key is not None
        else unlock(header, password=password, recovery_code=recovery_code, path=path)
    )
    check_mac(path, header, key)
    try:
        check_database(target_db, key, header.manifest, pages=durable)
    except BadBackup as exc:
        raise BadBackup(str(path), exc.reason) from None
    return header, key


def verify(
    path: Path,
    *,
    password: str | None = None,
    recovery_code: str | None = None,
    workdir: Path | None = None,
    progress: Progress | None = None,
) -> tuple[Header, bool]:
    """Check a backup; with a secret, fully (returns the header and whether it was opened)."""
    header, opened, _chain = verify_with_audit(
        path,
        password=password,
        recovery_code=recovery_code,
        workdir=workdir,
        progress=progress,
    )
    return header, opened


def verify_with_audit(
    path: Path,
    *,
    password: str | None = None,
    recovery_code: str | None = None,
    workdir: Path | None = None,
    progress: Progress | None = None,
) -> tuple[Header, bool, ChainCheck | None]:
    """:func:`verify`, and with a secret also the audit log's chain inside the backup.

    A backup that recorded how its pages and its audit chain were checked when it was made
    (``page_check`` "sqlcipher4-hmac" and ``audit_chain`` in its manifest) is checked where it
    lies, in one pass and without writing a byte (:func:`check_in_place`); the chain is the one
    its manifest records. An older backup is written out and opened (:func:`extract_and_check`),
    and its chain, whose last entry must be the head its manifest recorded, is read there.
    """
    if password is None and recovery_code is None:
        return check_file(path, progress), False, None
    header = read_header(path)
    if header.manifest.page_check == PAGE_HMAC and header.manifest.audit_chain is not None:
        header, _key = check_in_place(
            path, password=password, recovery_code=recovery_code, progress=progress
        )
        return header, True, header.manifest.chain_check()
    with tempfile.TemporaryDirectory(prefix=VERIFY_PREFIX, dir=workdir) as tmp:
        working = WorkLock.hold(Path(tmp))  # a clean-up elsewhere leaves the folder alone
        try:
            target = Path(tmp) / DB_NAME
            header, key = extract_and_check(
                path,
                target,
                password=password,
                recovery_code=recovery_code,
                progress=progress,
                durable=False,
            )
            chain = audit_chain(target, key)
        finally:
            working.release()
    head = header.manifest.audit_head
    if head is not None and (chain is None or (chain.head_id, chain.head_hash) != head):
        raise BadBackup(str(path), "damaged")
    return header, True, chain


def check_in_place(
    path: Path,
    *,
    password: str | None = None,
    recovery_code: str | None = None,
    progress: Progress | None = None,
) -> tuple[Header, bytes]:
    """The keyed check of a backup inside the file itself, without writing a byte; returns its
    header and the database key.

    One read of the file: its checksum and structure (a damaged file is refused before the
    secret is tried, so a flipped bit is never reported as a wrong password) and the database's
    SHA-256 against the manifest; then the secret opens a key slot, the header's MAC is checked
    under the key (it covers that SHA-256: the database is byte for byte the one whose every
    page's HMAC was checked when the backup was made) and the HMAC of page 1 under the key
    (the key slots open this database, not another one a key holder's MAC describes).
    """
    header = _scan(path, None, progress, db_digest=True)
    key = unlock(header, password=password, recovery_code=recovery_code, path=path)
    check_mac(path, header, key)
    if header.manifest.page_check != PAGE_HMAC or header.manifest.audit_chain is None:
        # The MAC-checked manifest does not say every page was checked when the backup was
        # made (the caller chose this path from a header read without the key): not trusted.
        raise BadBackup(str(path), "damaged")
    page_size = header.manifest.page_size
    with _open_for_reading(path) as fh:
        fh.seek(_HEAD.size)
        first = _read_full(fh, page_size)
    try:
        bad = PageChecker(key, first[:SALT_SIZE], page_size).first_bad(first, 1)
    except ValueError:  # shorter than a salt: _scan refused such a file already
        bad = 1
    if bad is not None:
        raise BadBackup(str(path), "damaged")
    return header, key


# -- writing -------------------------------------------------------------------------------
def backup_name(store_id: str, created_at: datetime) -> str:
    return f"StoreCRM-{store_id[:8]}-{created_at.strftime('%Y%m%d-%H%M%S')}{SUFFIX}"


def _free_name(folder: Path, store_id: str, created_at: datetime) -> Path:
    target = folder / backup_name(store_id, created_at)
    n = 2
    while target.exists():
        target = folder / backup_name(store_id, created_at).replace(SUFFIX, f"-{n}{SUFFIX}")
        n += 1
    return target


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise BackupFolderProblem(str(folder), "missing")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupFolderProblem(str(folder), "unwritable")


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


def in_background(work: Callable[[], _T]) -> _T:
    """``work()`` on a thread of its own at :func:`background_priority`; its result or error."""
    with ThreadPoolExecutor(
        1, thread_name_prefix="storecrm-backup", initializer=background_priority
    ) as pool:
        return pool.submit(work).result()


def _flush(fd: int) -> None:
    if hasattr(os, "fdatasync"):
        os.fdatasync(fd)
    else:  # pragma: no cover - Windows
        os.fsync(fd)


def _read_full(fh: IO[bytes], size: int) -> bytes:
    """``size`` bytes of ``fh`` (fewer only at its end): an unbuffered read may return less
    than asked, and the pages' HMACs are checked a whole chunk of pages at a time."""
    data = fh.read(size)
    if not data or len(data) == size:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        more = fh.read(size - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


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


def iter_backups(folder: Path) -> Iterator[tuple[Path, Header | BadBackup]]:
    """Every ``*.storecrm-backup`` in ``folder`` with its header (or why it is unreadable)."""
    try:
        paths = sorted(p for p in folder.iterdir() if p.name.endswith(SUFFIX))
    except OSError:
        return
    for path in paths:
        if path.name.startswith(".") or not path.is_file():
            continue
        try:
            yield path, read_header(path)
        except BadBackup as exc:
            yield path, exc


def remove_stale_parts(folder: Path, store_id: str) -> list[Path]:
    """Temporary files this store's interrupted backups left behind. The caller makes sure no
    backup of this store is being written (it holds the store's lock and the backup lock).

    A ``.part`` that is complete is a backup whose copy passed every check and that was killed
    just before its rename (the end marker is written only after the checks): it gets its real
    name instead of being deleted. Returns the backups so recovered.
    """
    prefix = f".StoreCRM-{store_id[:8]}-"
    recovered: list[Path] = []
    try:
        names = sorted(p.name for p in folder.iterdir())
    except OSError:
        return recovered
    for name in names:
        if not (name.startswith(prefix) and PART_SUFFIX in name):
            continue
        path = folder / name
        if name.endswith(SUFFIX + PART_SUFFIX):
            target = folder / name[1 : -len(PART_SUFFIX)]
            if not target.exists():
                try:
                    check_file(path)
                    os.replace(path, target)
                    fsync_dir(folder)
                    recovered.append(target)
                    continue
                except (BadBackup, OSError):
                    pass
        with contextlib.suppress(OSError):
            path.unlink()
    return recovered


# -- restoring -----------------------------------------------------------------------------
def restore_target_state(folder: Path) -> str:
    """``"store"``, ``"empty"`` (missing, empty, or only what a store leaves behind) or
    ``"other"`` (a folder with other files: never overwritten)."""
    if not folder.exists():
        return "empty"
    if not folder.is_dir():
        return "other"
    if (folder / DB_NAME).is_file() and (folder / KEYRING_NAME).is_file():
        return "store"
    names = {p.name for p in folder.iterdir()}
    return "empty" if names <= _KEEP_IN_FOLDER else "other"


def staging_folder(folder: Path) -> Path:
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = folder.with_name(f".{folder.name}.restoring-{secrets.token_hex(4)}")
    staging.mkdir()
    return staging


def stage_restore(
    path: Path,
    staging: Path,
    *,
    password: str | None = None,
    recovery_code: str | None = None,
    progress: Progress | None = None,
) -> tuple[Header, bytes]:
    """Fill ``staging`` with the backup's store files, fully checked."""
    header, key = extract_and_check(
        path,
        staging / DB_NAME,
        password=password,
        recovery_code=recovery_code,
        progress=progress,
    )
    header.keyring.save(staging / KEYRING_NAME, key)
    _fsync_file(staging / DB_NAME)
    fsync_dir(staging)
    return header, key


def install_staged(staging: Path, folder: Path, stamp: str) -> Path | None:
    """Put the staged store in ``folder``; returns where the replaced files were kept.

    The current files are moved (never copied: nothing can fail half way for lack of space)
    into ``safety/before-restore-<stamp>/``, which is then a complete store folder of its own,
    WAL included. The caller holds the store's lock.
    """
    state = restore_target_state(folder)
    if state == "other":  # pragma: no cover - the caller checked before staging
        raise FileExistsError(str(folder))
    if state == "empty" and (not folder.exists() or not any(folder.iterdir())):
        if folder.exists():
            folder.rmdir()
        os.replace(staging, folder)
        fsync_dir(folder.parent)
        return None
    safety: Path | None = None
    present = [name for name in STORE_FILES if (folder / name).exists()]
    if present:
        safety = folder / migrate.SAFETY_DIR / f"before-restore-{stamp}"
        n = 2
        while safety.exists():
            safety = folder / migrate.SAFETY_DIR / f"before-restore-{stamp}-{n}"
            n += 1
        safety.mkdir(parents=True)
        # The keyring first: a crash from here on leaves a folder that is plainly not a store,
        # never a database with another store's key slots.
        for name in sorted(present, key=lambda n: n != KEYRING_NAME):
            os.replace(folder / name, safety / name)
        fsync_dir(safety)
        fsync_dir(folder)
    os.replace(staging / DB_NAME, folder / DB_NAME)
    os.replace(staging / KEYRING_NAME, folder / KEYRING_NAME)
    fsync_dir(folder)
    shutil.rmtree(staging, ignore_errors=True)
    return safety
