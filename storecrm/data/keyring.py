"""The store's key slots: the random database key, wrapped once per user and once for the
recovery code.

The slots live in ``keyring.json`` beside the database, not inside it, because they are what
opens the database: they must be readable before anything is decrypted. Each slot is the
256-bit database key encrypted with AES-256-GCM under a key derived from a secret (a user's
password or the recovery code) by scrypt; the scrypt parameters and salt are stored in the
slot so they can be raised later without breaking old slots. The slot's identity (store id,
slot id, kind, user id) is bound in as associated data, so a slot cannot be moved to another
user or store. Changing a password rewrites one slot; the database itself is never
re-encrypted. User names are stored only as a keyed hash, so the file lists no staff names.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from storecrm.domain.errors import NotAStore, WrongPassword, WrongRecoveryCode

KEYRING_FORMAT = "storecrm-keyring"
KEYRING_VERSION = 1
DB_KEY_BYTES = 32

# scrypt cost: ~0.1 s and 32 MiB on a slow counter PC; stored per slot.
DEFAULT_SCRYPT = {"n": 2**15, "r": 8, "p": 1}

# Recovery codes: Crockford base32 (no I, L, O, U), 25 characters = 125 bits, in groups of 5.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})
RECOVERY_GROUPS = 5
RECOVERY_GROUP_LEN = 5


def new_db_key() -> bytes:
    return secrets.token_bytes(DB_KEY_BYTES)


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(_CROCKFORD) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(
        chars[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(chars), RECOVERY_GROUP_LEN)
    )


def normalise_recovery_code(raw: str) -> str:
    """Accept what a person types back from paper: any case, spaces or dashes, O for 0."""
    compact = "".join(ch for ch in raw.upper() if ch.isalnum()).translate(_CROCKFORD_ALIASES)
    if len(compact) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN or any(
        ch not in _CROCKFORD for ch in compact
    ):
        raise WrongRecoveryCode()
    return "-".join(
        compact[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(compact), RECOVERY_GROUP_LEN)
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(secret: str, kdf: dict[str, Any]) -> bytes:
    if kdf.get("name") != "scrypt":
        raise NotAStore("", "keyring")
    return Scrypt(
        salt=_unb64(kdf["salt"]), length=32, n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"])
    ).derive(secret.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class KeySlot:
    slot_id: str
    kind: str  # "user" | "recovery"
    user_id: int | None
    user_hint: str | None
    kdf: dict[str, Any]
    nonce: str
    wrapped: str
    created_at: str

    def associated_data(self, store_id: str) -> bytes:
        return f"{store_id}|{self.slot_id}|{self.kind}|{self.user_id}".encode()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "user_id": self.user_id,
            "user_hint": self.user_hint,
            "kdf": self.kdf,
            "nonce": self.nonce,
            "wrapped": self.wrapped,
            "created_at": self.created_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        return cls(
            slot_id=str(data["id"]),
            kind=str(data["kind"]),
            user_id=None if data.get("user_id") is None else int(data["user_id"]),
            user_hint=data.get("user_hint"),
            kdf=dict(data["kdf"]),
            nonce=str(data["nonce"]),
            wrapped=str(data["wrapped"]),
            created_at=str(data["created_at"]),
        )


@dataclass(slots=True)
class Keyring:
    """In-memory keyring; :meth:`save` replaces the file atomically."""

    store_id: str
    hint_salt: str
    slots: list[KeySlot] = field(default_factory=list)
    owner_user_id: int | None = None  # lets the CLI sign in "as the owner" without a user name
    scrypt_params: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_SCRYPT))

    @classmethod
    def new(cls, scrypt_params: dict[str, int] | None = None) -> Keyring:
        return cls(
            store_id=str(uuid.uuid4()),
            hint_salt=_b64(secrets.token_bytes(16)),
            scrypt_params=dict(scrypt_params or DEFAULT_SCRYPT),
        )

    # -- file ---------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> Keyring:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != KEYRING_FORMAT:
                raise ValueError("format")
            if int(data.get("version", 0)) > KEYRING_VERSION:
                raise NotAStore(str(path), "newer")
            return cls(
                store_id=str(data["store_id"]),
                hint_salt=str(data["hint_salt"]),
                slots=[KeySlot.from_json(s) for s in data["slots"]],
                scrypt_params=dict(data.get("scrypt", DEFAULT_SCRYPT)),
                owner_user_id=data.get("owner_user_id"),
            )
        except NotAStore:
            raise
        except FileNotFoundError as exc:
            raise NotAStore(str(path), "missing") from exc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise NotAStore(str(path), "keyring") from exc

    def to_json(self) -> dict[str, Any]:
        return {
            "format": KEYRING_FORMAT,
            "version": KEYRING_VERSION,
            "store_id": self.store_id,
            "hint_salt": self.hint_salt,
            "scrypt": self.scrypt_params,
            "owner_user_id": self.owner_user_id,
            "slots": [s.to_json() for s in self.slots],
        }

    def save(self, path: Path) -> None:
        write_atomic(path, json.dumps(self.to_json(), indent=2).encode("utf-8"))

    # -- slots ---------------------------------------------------------------------------
    def user_hint(self, username: str) -> str:
        return hmac.new(
            _unb64(self.hint_salt), username.strip().casefold().encode("utf-8"), hashlib.sha256
        ).hexdigest()

    def _wrap(
        self, db_key: bytes, secret: str, kind: str, user_id: int | None, hint: str | None
    ) -> KeySlot:
        kdf: dict[str, Any] = {"name": "scrypt", **self.scrypt_params}
        kdf["salt"] = _b64(secrets.token_bytes(16))
        nonce = secrets.token_bytes(12)
        slot = KeySlot(
            slot_id=str(uuid.uuid4()),
            kind=kind,
            user_id=user_id,
            user_hint=hint,
            kdf=kdf,
            nonce=_b64(nonce),
            wrapped="",
            created_at=datetime.now().isoformat(timespec="seconds"),
        )
        wrapped = AESGCM(_derive(secret, kdf)).encrypt(
            nonce, db_key, slot.associated_data(self.store_id)
        )
        return replace(slot, wrapped=_b64(wrapped))

    def _unwrap(self, slot: KeySlot, secret: str) -> bytes | None:
        try:
            key = AESGCM(_derive(secret, slot.kdf)).decrypt(
                _unb64(slot.nonce), _unb64(slot.wrapped), slot.associated_data(self.store_id)
            )
        except (InvalidTag, ValueError):
            return None
        return key if len(key) == DB_KEY_BYTES else None

    def set_user_slot(self, db_key: bytes, user_id: int, username: str, password: str) -> None:
        """Add or replace the one slot of ``user_id`` (password set, changed or reset)."""
        slot = self._wrap(db_key, password, "user", user_id, self.user_hint(username))
        self.slots = [s for s in self.slots if not (s.kind == "user" and s.user_id == user_id)]
        self.slots.append(slot)

    def set_recovery_slot(self, db_key: bytes, recovery_code: str) -> None:
        slot = self._wrap(db_key, normalise_recovery_code(recovery_code), "recovery", None, None)
        self.slots = [s for s in self.slots if s.kind != "recovery"]
        self.slots.append(slot)

    def user_slots(self) -> Iterator[KeySlot]:
        return (s for s in self.slots if s.kind == "user")

    def unlock_user(self, username: str, password: str) -> tuple[int, bytes]:
        """Return ``(user_id, db_key)`` or raise :class:`WrongPassword`."""
        hint = self.user_hint(username)
        for slot in self.user_slots():
            if slot.user_hint == hint and slot.user_id is not None:
                key = self._unwrap(slot, password)
                if key is not None:
                    return slot.user_id, key
        raise WrongPassword()

    def unlock_owner(self, password: str) -> tuple[int, bytes]:
        """Like :meth:`unlock_user` for the store's owner, whose user name need not be typed."""
        for slot in self.user_slots():
            if slot.user_id is not None and slot.user_id == self.owner_user_id:
                key = self._unwrap(slot, password)
                if key is not None:
                    return slot.user_id, key
        raise WrongPassword()

    def unlock_recovery(self, recovery_code: str) -> bytes:
        code = normalise_recovery_code(recovery_code)
        for slot in self.slots:
            if slot.kind == "recovery":
                key = self._unwrap(slot, code)
                if key is not None:
                    return key
        raise WrongRecoveryCode()


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
