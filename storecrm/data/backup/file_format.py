"""The backup file: its layout, its constants, the manifest and the header as read.

A backup is one file holding the encrypted database, its key slots and a manifest.

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

The checks of a file are in ``reading`` (without the key) and ``verifying`` (with it).
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storecrm.data.keyring import Keyring
from storecrm.domain.audit_chain import ChainBreak, ChainCheck

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

Progress = Callable[[int, int], None]


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
