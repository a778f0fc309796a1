"""The store's key slots: the random database key, sealed once per user and once for the
recovery code, and a header authenticated under the database key.

The slots live in ``keyring.json`` beside the database, not inside it, because they are what
opens the database: they must be readable before anything is decrypted.

**A slot** (format 2) holds an X25519 key pair of its own. The private key is encrypted with
AES-256-GCM under a key that scrypt derives from the secret (a user's password or the recovery
code); the database key is *sealed* to the public key (an ephemeral X25519 exchange, HKDF,
AES-256-GCM). Unlocking: secret → scrypt → private key → database key. Sealing needs only the
public key, so when the database key changes (an account was disabled) every other slot gets the
new key without anyone's password, while the disabled user's copy of the file, old private key
and old database key included, opens nothing new. The slot's identity (store id, slot id, kind,
user id) is bound in as associated data, so a slot cannot be moved to another user or store.
The scrypt parameters and salt are stored per slot and must lie between a floor and a ceiling
(:func:`check_scrypt`): a file cannot make new passwords cheap to guess, nor make unlocking
allocate gigabytes.

**The header** (store id, hint salt, store name, owner id, scrypt parameters, slots, "key change
due") is authenticated by an HMAC under a key derived from the database key (``mac``). Only a
holder of the database key can write a keyring the program accepts; :meth:`Keyring.check_mac`
runs right after a slot was unlocked. A keyring written before the MAC existed (version 1, with
slots that wrap the database key directly) still opens; the owner's next sign-in checks it
against the database and seals it (see ``services/session.py``).

User names are stored only as a keyed hash, so the file lists no staff names.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import uuid
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from storecrm.domain.errors import NotAStore, WrongPassword, WrongRecoveryCode

KEYRING_FORMAT = "storecrm-keyring"
KEYRING_VERSION = 2  # 2: header MAC, sealed slots; 1: read, and upgraded by the owner's sign-in
DB_KEY_BYTES = 32

# scrypt cost: ~0.1 s and 32 MiB on a slow counter PC; stored per slot.
DEFAULT_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
# Nothing below the floor is accepted or written (tests lower it in their own processes only).
MIN_SCRYPT_N = 2**14
MIN_SCRYPT_R = 8
# Nothing above the ceiling is attempted: a crafted file must not make unlocking take the
# computer's memory (scrypt needs 128·n·r bytes) or minutes.
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
MAX_SCRYPT_N = 2**20
MAX_SCRYPT_R = 32
MAX_SCRYPT_P = 16

_MAC_CONTEXT = b"storecrm-keyring-header-v2"
_SEAL_CONTEXT = b"storecrm-keyslot-seal-v2|"
_MAX_STORE_NAME = 200

# Recovery codes: Crockford base32 (no I, L, O, U), 25 characters = 125 bits, in groups of 5.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})
RECOVERY_GROUPS = 5
RECOVERY_GROUP_LEN = 5


class KeyringChanged(NotAStore):
    """The header's MAC does not match: the file was changed by someone without the key."""

    def __init__(self, path: str) -> None:
        super().__init__(path, "keyring_changed")


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


def _unb64(text: object, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if size is not None and len(data) != size:
        raise ValueError("wrong length")
    return data


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("not an integer")
    return value


def check_scrypt(params: Mapping[str, Any]) -> dict[str, int]:
    """``{"n", "r", "p"}`` between the floor and the ceiling, or ValueError."""
    n, r, p = _int(params.get("n")), _int(params.get("r")), _int(params.get("p"))
    if n < 2 or n & (n - 1):
        raise ValueError("scrypt n must be a power of two")
    if n < MIN_SCRYPT_N or r < MIN_SCRYPT_R or p < 1:
        raise ValueError("scrypt parameters below the floor")
    if n > MAX_SCRYPT_N or r > MAX_SCRYPT_R or p > MAX_SCRYPT_P or 128 * n * r > MAX_SCRYPT_MEMORY:
        raise ValueError("scrypt parameters above the ceiling")
    return {"n": n, "r": r, "p": p}


def _check_kdf(kdf: object) -> dict[str, Any]:
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise ValueError("unknown key derivation")
    salt = _unb64(kdf.get("salt"))
    if not 16 <= len(salt) <= 64:
        raise ValueError("salt")
    return {"name": "scrypt", **check_scrypt(kdf), "salt": kdf["salt"]}


def _derive(secret: str, kdf: Mapping[str, Any]) -> bytes:
    checked = _check_kdf(dict(kdf))
    return Scrypt(
        salt=_unb64(checked["salt"]), length=32, n=checked["n"], r=checked["r"], p=checked["p"]
    ).derive(secret.encode("utf-8"))


def _seal_key(shared: bytes, epk: bytes, public: bytes, ad: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=epk + public, info=_SEAL_CONTEXT + ad
    ).derive(shared)


def _seal(public: bytes, db_key: bytes, ad: bytes) -> dict[str, str]:
    """The database key encrypted to a slot's public key (ephemeral X25519 + HKDF + AES-GCM)."""
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_seal_key(shared, epk, public, ad)).encrypt(nonce, db_key, ad)
    return {"epk": _b64(epk), "nonce": _b64(nonce), "ct": _b64(sealed)}


@dataclass(frozen=True, slots=True)
class KeySlot:
    slot_id: str
    kind: str  # "user" | "recovery"
    user_id: int | None
    user_hint: str | None
    kdf: dict[str, Any]
    nonce: str
    wrapped: str  # the slot's private key (format 2) or the database key (format 1)
    created_at: str
    public: str | None = None  # the slot's X25519 public key; None: a format-1 slot
    sealed: dict[str, str] | None = None  # the database key sealed to ``public``

    @property
    def legacy(self) -> bool:
        """A slot written before version 2: it wraps the database key itself and cannot be
        given a new key without its secret."""
        return self.public is None

    def associated_data(self, store_id: str) -> bytes:
        return f"{store_id}|{self.slot_id}|{self.kind}|{self.user_id}".encode()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.slot_id,
            "kind": self.kind,
            "user_id": self.user_id,
            "user_hint": self.user_hint,
            "kdf": self.kdf,
            "nonce": self.nonce,
            "wrapped": self.wrapped,
            "created_at": self.created_at,
        }
        if self.public is not None:
            data["public"] = self.public
            data["sealed"] = self.sealed
        return data

    @classmethod
    def from_json(cls, data: Any) -> KeySlot:
        """A slot as stored; anything malformed is a ValueError (checked before any use)."""
        if not isinstance(data, dict):
            raise ValueError("slot")
        kind = data.get("kind")
        user_id = data.get("user_id")
        hint = data.get("user_hint")
        if kind == "user":
            if _int(user_id) < 1 or not isinstance(hint, str) or len(hint) != 64:
                raise ValueError("user slot")
            int(hint, 16)
        elif kind == "recovery":
            if user_id is not None or hint is not None:
                raise ValueError("recovery slot")
        else:
            raise ValueError("slot kind")
        slot_id = data.get("id")
        if not isinstance(slot_id, str) or not 1 <= len(slot_id) <= 64:
            raise ValueError("slot id")
        _unb64(data.get("nonce"), 12)
        _unb64(data.get("wrapped"), DB_KEY_BYTES + 16)
        public = data.get("public")
        sealed = data.get("sealed")
        if public is not None:
            _unb64(public, 32)
            if not isinstance(sealed, dict):
                raise ValueError("sealed")
            _unb64(sealed.get("epk"), 32)
            _unb64(sealed.get("nonce"), 12)
            _unb64(sealed.get("ct"), DB_KEY_BYTES + 16)
            sealed = {k: str(sealed[k]) for k in ("epk", "nonce", "ct")}
        elif sealed is not None:
            raise ValueError("sealed without a public key")
        created = data.get("created_at")
        return cls(
            slot_id=slot_id,
            kind=str(kind),
            user_id=None if user_id is None else int(user_id),
            user_hint=hint,
            kdf=_check_kdf(data.get("kdf")),
            nonce=str(data["nonce"]),
            wrapped=str(data["wrapped"]),
            created_at=str(created) if created is not None else "",
            public=public,
            sealed=sealed,
        )


@dataclass(frozen=True, slots=True)
class KeyChangePlan:
    """What a new database key does to the slots (see :meth:`Keyring.rekeyed`)."""

    keyring: Keyring
    users_without_key: tuple[int, ...]  # active users whose slot could not be given the new key
    recovery_lost: bool  # the recovery slot could not be given the new key


@dataclass(slots=True)
class Keyring:
    """In-memory keyring; :meth:`save` replaces the file atomically."""

    store_id: str
    hint_salt: str
    slots: list[KeySlot] = field(default_factory=list)
    owner_user_id: int | None = None  # lets the CLI sign in "as the owner" without a user name
    scrypt_params: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_SCRYPT))
    store_name: str = ""  # shown before signing in (e.g. restoring over another store)
    rekey_due: bool = False  # a slot was removed; the database key must still change
    mac: str | None = None  # as read from the file
    legacy_header: bool = False  # read from a version-1 file: no MAC yet
    unlocked_slot: str | None = None  # the slot that opened it last (not saved)

    @classmethod
    def new(cls, scrypt_params: dict[str, int] | None = None) -> Keyring:
        return cls(
            store_id=str(uuid.uuid4()),
            hint_salt=_b64(secrets.token_bytes(16)),
            scrypt_params=check_scrypt(scrypt_params or DEFAULT_SCRYPT),
        )

    # -- file ---------------------------------------------------------------------------
    @classmethod
    def from_json(cls, data: Any, path: str = "") -> Keyring:
        """The keyring in ``data`` (a file's or a backup header's), every field checked.

        Raises NotAStore ("keyring" when malformed, "newer" when written by a newer program).
        """
        try:
            if not isinstance(data, dict) or data.get("format") != KEYRING_FORMAT:
                raise ValueError("format")
            version = _int(data.get("version", 0))
            if version > KEYRING_VERSION:
                raise NotAStore(path, "newer")
            if version < 1:
                raise ValueError("version")
            store_id = data["store_id"]
            if not isinstance(store_id, str) or not 1 <= len(store_id) <= 64:
                raise ValueError("store id")
            _unb64(data["hint_salt"], 16)
            owner = data.get("owner_user_id")
            if owner is not None:
                _int(owner)
            slots_data = data["slots"]
            if not isinstance(slots_data, list) or len(slots_data) > 1000:
                raise ValueError("slots")
            slots = [KeySlot.from_json(s) for s in slots_data]
            if len({s.slot_id for s in slots}) != len(slots):
                raise ValueError("duplicate slot ids")
            mac = data.get("mac")
            name = data.get("store_name", "")
            rekey_due = data.get("rekey_due", False)
            if version >= 2:
                if not isinstance(mac, str) or len(mac) != 64:
                    raise ValueError("mac")
                int(mac, 16)
            if not isinstance(name, str) or len(name) > _MAX_STORE_NAME:
                raise ValueError("store name")
            if not isinstance(rekey_due, bool):
                raise ValueError("rekey_due")
            return cls(
                store_id=store_id,
                hint_salt=str(data["hint_salt"]),
                slots=slots,
                scrypt_params=check_scrypt(data.get("scrypt", DEFAULT_SCRYPT)),
                owner_user_id=owner,
                store_name=name,
                rekey_due=rekey_due,
                mac=mac if version >= 2 else None,
                legacy_header=version < 2,
            )
        except NotAStore:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise NotAStore(path, "keyring") from exc

    @classmethod
    def load(cls, path: Path) -> Keyring:
        try:
            with open(path, "rb") as fh:
                raw = fh.read(4 * 1024 * 1024 + 1)
            if len(raw) > 4 * 1024 * 1024:
                raise ValueError("too large")
            data = json.loads(raw.decode("utf-8"))
        except FileNotFoundError as exc:
            raise NotAStore(str(path), "missing") from exc
        except (OSError, ValueError, RecursionError) as exc:
            raise NotAStore(str(path), "keyring") from exc
        return cls.from_json(data, str(path))

    def to_json(self) -> dict[str, Any]:
        """The file's content without its MAC (which :meth:`save` adds)."""
        data: dict[str, Any] = {
            "format": KEYRING_FORMAT,
            "version": 1 if self.legacy_header else KEYRING_VERSION,
            "store_id": self.store_id,
            "hint_salt": self.hint_salt,
            "scrypt": self.scrypt_params,
            "owner_user_id": self.owner_user_id,
            "slots": [s.to_json() for s in self.slots],
        }
        if not self.legacy_header:
            data["store_name"] = self.store_name
            data["rekey_due"] = self.rekey_due
        return data

    def header_mac(self, db_key: bytes) -> str:
        mac_key = hmac.new(db_key, _MAC_CONTEXT, hashlib.sha256).digest()
        body = json.dumps(
            self.to_json(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode("utf-8")
        return hmac.new(mac_key, body, hashlib.sha256).hexdigest()

    def check_mac(self, db_key: bytes, path: str = "") -> bool:
        """True when the header carries a MAC and it is right under ``db_key``; False for a
        version-1 header (no MAC yet); raises :class:`KeyringChanged` for a wrong MAC."""
        if self.legacy_header:
            return False
        if self.mac is None or not hmac.compare_digest(self.mac, self.header_mac(db_key)):
            raise KeyringChanged(path)
        return True

    def seal_header(self) -> None:
        """From now on the header is written with a MAC (the owner's sign-in upgrade)."""
        self.legacy_header = False

    def to_file_json(self, db_key: bytes) -> dict[str, Any]:
        """What the file (or a backup's header) holds: :meth:`to_json` and its MAC."""
        data = self.to_json()
        if not self.legacy_header:
            data["mac"] = self.header_mac(db_key)
        return data

    def save(self, path: Path, db_key: bytes) -> None:
        write_atomic(path, json.dumps(self.to_file_json(db_key), indent=2).encode("utf-8"))

    # -- slots ---------------------------------------------------------------------------
    def user_hint(self, username: str) -> str:
        return hmac.new(
            _unb64(self.hint_salt), username.strip().casefold().encode("utf-8"), hashlib.sha256
        ).hexdigest()

    def account_for(self, username: str) -> int | None:
        """The user id whose slot belongs to ``username`` (the name is never kept)."""
        hint = self.user_hint(username)
        return next((s.user_id for s in self.user_slots() if s.user_hint == hint), None)

    def _wrap(
        self, db_key: bytes, secret: str, kind: str, user_id: int | None, hint: str | None
    ) -> KeySlot:
        kdf: dict[str, Any] = {"name": "scrypt", **check_scrypt(self.scrypt_params)}
        kdf["salt"] = _b64(secrets.token_bytes(16))
        private = X25519PrivateKey.generate()
        public = private.public_key().public_bytes_raw()
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
            public=_b64(public),
        )
        ad = slot.associated_data(self.store_id)
        wrapped = AESGCM(_derive(secret, kdf)).encrypt(nonce, private.private_bytes_raw(), ad)
        return replace(slot, wrapped=_b64(wrapped), sealed=_seal(public, db_key, ad))

    def _unwrap(self, slot: KeySlot, secret: str) -> bytes | None:
        ad = slot.associated_data(self.store_id)
        try:
            opened = AESGCM(_derive(secret, slot.kdf)).decrypt(
                _unb64(slot.nonce), _unb64(slot.wrapped), ad
            )
            if slot.public is None:  # format 1: the database key itself
                return opened if len(opened) == DB_KEY_BYTES else None
            private = X25519PrivateKey.from_private_bytes(opened)
            public = _unb64(slot.public, 32)
            if not hmac.compare_digest(private.public_key().public_bytes_raw(), public):
                return None
            assert slot.sealed is not None
            epk = _unb64(slot.sealed["epk"], 32)
            shared = private.exchange(X25519PublicKey.from_public_bytes(epk))
            key = AESGCM(_seal_key(shared, epk, public, ad)).decrypt(
                _unb64(slot.sealed["nonce"], 12), _unb64(slot.sealed["ct"]), ad
            )
        except (InvalidTag, ValueError):
            return None
        return key if len(key) == DB_KEY_BYTES else None

    def set_user_slot(self, db_key: bytes, user_id: int, username: str, password: str) -> None:
        """Add or replace the one slot of ``user_id`` (password set, changed or reset)."""
        slot = self._wrap(db_key, password, "user", user_id, self.user_hint(username))
        self.slots = [s for s in self.slots if not (s.kind == "user" and s.user_id == user_id)]
        self.slots.append(slot)

    def remove_user_slot(self, user_id: int) -> bool:
        """Take ``user_id``'s slot out; the database key must then change (``rekey_due``)."""
        kept = [s for s in self.slots if not (s.kind == "user" and s.user_id == user_id)]
        removed = len(kept) != len(self.slots)
        if removed:
            self.slots = kept
            self.rekey_due = True
        return removed

    def has_user_slot(self, user_id: int) -> bool:
        return any(s.user_id == user_id for s in self.user_slots())

    def set_recovery_slot(self, db_key: bytes, recovery_code: str) -> None:
        slot = self._wrap(db_key, normalise_recovery_code(recovery_code), "recovery", None, None)
        self.slots = [s for s in self.slots if s.kind != "recovery"]
        self.slots.append(slot)

    def user_slots(self) -> Iterator[KeySlot]:
        return (s for s in self.slots if s.kind == "user")

    def slot_of(self, user_id: int) -> KeySlot | None:
        return next((s for s in self.user_slots() if s.user_id == user_id), None)

    def recovery_is_legacy(self) -> bool:
        return any(s.kind == "recovery" and s.legacy for s in self.slots)

    def unlock_user(self, username: str, password: str) -> tuple[int, bytes]:
        """Return ``(user_id, db_key)`` or raise :class:`WrongPassword`."""
        hint = self.user_hint(username)
        for slot in self.user_slots():
            if slot.user_hint == hint and slot.user_id is not None:
                key = self._unwrap(slot, password)
                if key is not None:
                    self.unlocked_slot = slot.slot_id
                    return slot.user_id, key
        raise WrongPassword()

    def unlock_owner(self, password: str) -> tuple[int, bytes]:
        """Like :meth:`unlock_user` for the store's owner, whose user name need not be typed."""
        for slot in self.user_slots():
            if slot.user_id is not None and slot.user_id == self.owner_user_id:
                key = self._unwrap(slot, password)
                if key is not None:
                    self.unlocked_slot = slot.slot_id
                    return slot.user_id, key
        raise WrongPassword()

    def unlock_recovery(self, recovery_code: str) -> bytes:
        code = normalise_recovery_code(recovery_code)
        for slot in self.slots:
            if slot.kind == "recovery":
                key = self._unwrap(slot, code)
                if key is not None:
                    self.unlocked_slot = slot.slot_id
                    return key
        raise WrongRecoveryCode()

    # -- a new database key --------------------------------------------------------------
    def rekeyed(
        self, new_key: bytes, active_user_ids: Collection[int], proven_slot: str | None = None
    ) -> KeyChangePlan:
        """The keyring for ``new_key``: each active user's slot and the recovery slot get the
        new key sealed to their public key; no password is needed.

        Left out: slots of users not in ``active_user_ids``; format-1 slots (their secret is
        needed to seal anything for them); and every slot of a user or the recovery code that
        has more than one (one of them was not written by StoreCRM, and which is unknown),
        except ``proven_slot``, the one whose secret was typed to sign in for this change.
        """
        per_user: dict[int | None, list[KeySlot]] = {}
        for slot in self.slots:
            per_user.setdefault(slot.user_id if slot.kind == "user" else None, []).append(slot)
        kept: list[KeySlot] = []
        without: list[int] = []
        recovery_lost = True
        for user_id, slots in per_user.items():
            if user_id is not None and user_id not in active_user_ids:
                continue
            proven = [s for s in slots if s.slot_id == proven_slot]
            (slot, *others) = proven or slots
            if others or slot.legacy or slot.public is None:
                if user_id is not None:
                    without.append(user_id)
                continue
            ad = slot.associated_data(self.store_id)
            kept.append(replace(slot, sealed=_seal(_unb64(slot.public, 32), new_key, ad)))
            if user_id is None:
                recovery_lost = False
        without.extend(uid for uid in active_user_ids if uid not in per_user and uid not in without)
        ring = Keyring(
            store_id=self.store_id,
            hint_salt=self.hint_salt,
            slots=kept,
            owner_user_id=self.owner_user_id,
            scrypt_params=dict(self.scrypt_params),
            store_name=self.store_name,
            rekey_due=False,
        )
        return KeyChangePlan(ring, tuple(sorted(without)), recovery_lost)


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
