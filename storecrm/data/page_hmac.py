"""Checking the HMAC of every page of a SQLCipher 4 database while its bytes are copied.

``PRAGMA cipher_integrity_check`` makes SQLCipher read the whole file again and check each page's
HMAC; on a 1M-customer store (11 GB, 2.7 million pages) that is a second full read of the disk
and 49 s of one processor. A backup already reads every byte once to copy and hash it, so it
checks each page's HMAC on the bytes it copies (:class:`PageChecker`) — the very bytes that go
into the backup — at about 35 s of processor time, on a thread of its own beside the copy.

The page format is SQLCipher 4's default (the only one this program writes), checked on the
open connection before the fast path is taken (:func:`page_format`); anything else falls back to
``cipher_integrity_check``:

- each page ends with a reserve of 80 bytes: a 16-byte IV, then the 64-byte HMAC-SHA512, then
  nothing; the HMAC covers the page's encrypted bytes and its IV, followed by the page number
  as 4 bytes little-endian (``cipher_hmac_pgno = le``);
- page 1 begins with the 16-byte salt, which is not encrypted and not in its HMAC;
- the HMAC key is PBKDF2-HMAC-SHA512 of the database key, with the salt XOR 0x3a
  (``cipher_hmac_salt_mask``) and 2 iterations (SQLCipher's ``fast_kdf_iter``), 32 bytes;
- the page holding byte 1,073,741,824 (SQLite's lock byte) is never written and not checked.

``tests/data/test_page_hmac.py`` proves it agrees with ``cipher_integrity_check``: every page
of a real store passes, and a flipped bit in the data, the IV or the HMAC of any page — the
first, one in the middle, the last — is found, as SQLCipher finds it.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

HMAC_SIZE = 64
IV_SIZE = 16
RESERVE = 80  # IV + HMAC, rounded up to the AES block (SQLCipher 4's default)
SALT_SIZE = 16
SALT_MASK = 0x3A
FAST_KDF_ITER = 2
HMAC_KEY_SIZE = 32
LOCK_BYTE = 0x40000000  # SQLite's pending byte: its page is never written

# What a connection must report for the fast check to be SQLCipher's own (else: the pragma).
_EXPECTED = {
    "cipher_use_hmac": "1",
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_hmac_pgno": "le",
    "cipher_hmac_salt_mask": "3a",
    "cipher_plaintext_header_size": "0",
}


@dataclass(frozen=True, slots=True)
class PageFormat:
    page_size: int


def page_format(conn: Any) -> PageFormat | None:
    """The page format of the keyed connection ``conn`` when it is SQLCipher 4's default (the
    one :class:`PageChecker` checks), else None."""
    try:
        for pragma, wanted in _EXPECTED.items():
            row = conn.execute(f"PRAGMA {pragma}").fetchone()
            if row is None or str(row[0]).lower() != wanted.lower():
                return None
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        cipher_page = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
    except Exception:  # noqa: BLE001 - an older SQLCipher without these pragmas: the slow path
        return None
    if page_size != cipher_page or page_size < 1024 or page_size & (page_size - 1):
        return None
    return PageFormat(page_size)


class PageChecker:
    """Checks the HMAC of consecutive pages of one database file under its key."""

    def __init__(self, db_key: bytes, salt: bytes, page_size: int) -> None:
        if len(salt) != SALT_SIZE:
            raise ValueError("salt")
        mask = bytes(b ^ SALT_MASK for b in salt)
        key = hashlib.pbkdf2_hmac("sha512", db_key, mask, FAST_KDF_ITER, HMAC_KEY_SIZE)
        self._base = hmac.new(key, digestmod="sha512")
        self.page_size = page_size
        self._lock_page = LOCK_BYTE // page_size + 1

    def first_bad(self, data: bytes | memoryview, first_page: int) -> int | None:
        """The number of the first page in ``data`` (whole pages, the first numbered
        ``first_page``) whose HMAC does not match; None when all do."""
        size = self.page_size
        view = memoryview(data)
        if len(view) % size:
            return first_page + len(view) // size  # a page cut short
        mac_at = size - RESERVE + IV_SIZE
        base = self._base
        for number, offset in enumerate(range(0, len(view), size), start=first_page):
            if number == self._lock_page:
                continue
            start = offset + (SALT_SIZE if number == 1 else 0)
            mac = base.copy()
            mac.update(view[start : offset + mac_at])
            mac.update(number.to_bytes(4, "little"))
            if not hmac.compare_digest(
                mac.digest(), view[offset + mac_at : offset + mac_at + HMAC_SIZE]
            ):
                return number
        return None


__all__ = ["PageChecker", "PageFormat", "page_format"]
