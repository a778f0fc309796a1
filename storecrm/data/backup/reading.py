"""Reading a backup file without the key: the header alone (:func:`read_header`, for listing a
folder), and every keyless check in one pass (:func:`_scan`, :func:`check_file`); see the
package's docstring for what they prove."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO

from storecrm.data import migrate
from storecrm.data.backup.file_format import (
    _CHUNK,
    _HEAD,
    _MAX_HEADER,
    _TAIL,
    END_MAGIC,
    KNOWN_VERSIONS,
    MAGIC,
    Header,
    Manifest,
    Progress,
)
from storecrm.data.keyring import Keyring
from storecrm.domain.errors import BadBackup, DiskFull, NotAStore, is_disk_full


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
    """The checks that need no password (see the package's docstring)."""
    return _scan(path, None, progress)
