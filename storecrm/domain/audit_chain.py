"""The audit log as a hash chain: each entry carries the SHA-256 of the previous entry's hash
and its own canonical content, so an entry deleted, changed or slipped in breaks the chain at
that point.

The chain proves nothing against someone who holds the database key: they can rewrite the log
and recompute every hash after the change. What catches that is a head (last entry id and its
hash) kept *outside* the database: every backup's manifest records the head at backup time,
and ``storecrm check`` compares the log with the heads in the backup folder. See
ARCHITECTURE.md, "What a key holder can do".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

GENESIS = "0" * 64  # the "previous hash" of the first entry


def at_text(at: datetime | str) -> str:
    """The entry's time as hashed: microseconds always written, whatever the stored text."""
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass(frozen=True, slots=True)
class AuditRow:
    """An audit entry's content, as it is hashed."""

    entry_id: int
    at: str  # at_text()
    user_id: int | None
    username: str
    action: str
    outcome: str
    target: str | None
    detail: str  # the JSON text as stored


def link(previous: str, row: AuditRow) -> str:
    """The hash of ``row`` chained to the entry before it."""
    body = json.dumps(
        [
            row.entry_id,
            row.at,
            row.user_id,
            row.username,
            row.action,
            row.outcome,
            row.target,
            row.detail,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{previous}\n{body}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """Where the chain breaks: ``missing`` (entries before ``entry_id`` were removed),
    ``changed`` (this entry's content or hash is not what was chained, or it was slipped in),
    ``unchained`` (an entry without a hash)."""

    entry_id: int
    kind: str


@dataclass(frozen=True, slots=True)
class ChainCheck:
    entries: int
    head_id: int | None
    head_hash: str | None
    first_break: ChainBreak | None
    breaks: int
    hashes: dict[int, str]  # the stored hash of each entry asked for (backup heads)

    @property
    def intact(self) -> bool:
        return self.first_break is None


def check_chain(rows: Iterable[tuple[AuditRow, str]], wanted: Iterable[int] = ()) -> ChainCheck:
    """Walk the log in id order; each entry is checked against the stored hash of the one
    before it, so one changed entry is one break and the rest still check out."""
    want = set(wanted)
    hashes: dict[int, str] = {}
    previous, previous_id = GENESIS, 0
    entries = breaks = 0
    first: ChainBreak | None = None
    head_id: int | None = None
    head_hash: str | None = None
    for row, stored in rows:
        entries += 1
        problem: str | None = None
        if row.entry_id != previous_id + 1:
            problem = "missing"
        elif len(stored) != 64:
            problem = "unchained"
        elif link(previous, row) != stored:
            problem = "changed"
        if problem is not None:
            breaks += 1
            if first is None:
                first = ChainBreak(row.entry_id, problem)
        if row.entry_id in want:
            hashes[row.entry_id] = stored
        previous, previous_id = stored, row.entry_id
        head_id, head_hash = row.entry_id, stored
    return ChainCheck(entries, head_id, head_hash, first, breaks, hashes)
