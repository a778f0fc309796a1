"""The checks with the key: a backup checked where it lies (:func:`check_in_place`), or its
database written out and opened (:func:`extract_and_check`, :func:`check_database`: a restore,
and a backup made before its manifest recorded how its pages were checked); :func:`verify` and
:func:`verify_with_audit` choose between them."""

from __future__ import annotations

import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from storecrm.data.backup.database import (
    _pages_authentic,
    _revision,
    _settings,
    audit_chain,
    table_counts,
)
from storecrm.data.backup.disk import _read_full
from storecrm.data.backup.file_format import _HEAD, PAGE_HMAC, Header, Manifest, Progress
from storecrm.data.backup.keys import check_mac, unlock
from storecrm.data.backup.reading import _open_for_reading, _scan, check_file, read_header
from storecrm.data.engine import DB_NAME, connect_raw
from storecrm.data.leftovers import VERIFY_PREFIX
from storecrm.data.lock import WorkLock
from storecrm.data.page_hmac import SALT_SIZE, PageChecker
from storecrm.domain.audit_chain import ChainCheck
from storecrm.domain.errors import BadBackup, NotAStore


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
