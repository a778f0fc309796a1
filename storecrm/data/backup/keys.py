"""The key: a backup's key slots opened with the owner's password of backup time or the
recovery code, and the header's MAC under the database key (HMAC-SHA256 over the canonical JSON
of manifest and keyring: only someone holding the key can make it)."""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

from storecrm.data.backup.file_format import Header
from storecrm.data.keyring import normalise_recovery_code
from storecrm.domain.errors import (
    BadBackup,
    NotAStore,
    WrongBackupPassword,
    WrongBackupRecoveryCode,
    WrongPassword,
    WrongRecoveryCode,
)

_MAC_CONTEXT = b"storecrm-backup-manifest-v1"


def _canonical(manifest: dict[str, Any], keyring: dict[str, Any]) -> bytes:
    body = {"manifest": manifest, "keyring": keyring}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _mac(db_key: bytes, manifest: dict[str, Any], keyring: dict[str, Any]) -> str:
    mac_key = hmac.new(db_key, _MAC_CONTEXT, hashlib.sha256).digest()
    return hmac.new(mac_key, _canonical(manifest, keyring), hashlib.sha256).hexdigest()


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
