"""Keyrings written before issue 17 (no header MAC, slots that wrap the database key directly)
still open, are upgraded at the owner's next sign-in, and nobody is locked out."""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from storecrm.data.engine import connect_raw
from storecrm.data.keyring import Keyring, normalise_recovery_code
from storecrm.domain.errors import NotAStore
from storecrm.domain.roles import Role
from storecrm.services import session, users
from tests.conftest import CASHIER, CASHIER_PASSWORD, FAST_SCRYPT, OWNER, OWNER_PASSWORD, make_store


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def write_legacy_keyring(folder: Path, secrets_by_slot: dict[tuple[str, int | None], str]) -> None:
    """Rewrite ``folder``'s keyring the way StoreCRM wrote it before version 2: one AES-GCM
    wrap of the database key per slot, no header MAC."""
    path = folder / "keyring.json"
    current = json.loads(path.read_text(encoding="utf-8"))
    ring = Keyring.load(path)
    owner_secret = secrets_by_slot[("user", ring.owner_user_id)]
    db_key = ring.unlock_owner(owner_secret)[1]
    slots = []
    for slot in current["slots"]:
        kind, user_id = slot["kind"], slot["user_id"]
        secret = secrets_by_slot[(kind, user_id)]
        if kind == "recovery":
            secret = normalise_recovery_code(secret)
        salt = secrets.token_bytes(16)
        kdf = {"name": "scrypt", **FAST_SCRYPT, "salt": _b64(salt)}
        derived = Scrypt(salt=salt, length=32, **FAST_SCRYPT).derive(secret.encode())
        slot_id = str(uuid.uuid4())
        nonce = secrets.token_bytes(12)
        ad = f"{current['store_id']}|{slot_id}|{kind}|{user_id}".encode()
        slots.append(
            {
                "id": slot_id,
                "kind": kind,
                "user_id": user_id,
                "user_hint": slot["user_hint"],
                "kdf": kdf,
                "nonce": _b64(nonce),
                "wrapped": _b64(AESGCM(derived).encrypt(nonce, db_key, ad)),
                "created_at": slot["created_at"],
            }
        )
    legacy = {
        "format": "storecrm-keyring",
        "version": 1,
        "store_id": current["store_id"],
        "hint_salt": current["hint_salt"],
        "scrypt": current["scrypt"],
        "owner_user_id": current["owner_user_id"],
        "slots": slots,
    }
    path.write_text(json.dumps(legacy, indent=2), encoding="utf-8")
    # A store of that time had never seen a sealed keyring.
    conn = connect_raw(folder / "store.db", db_key)
    conn.execute("DELETE FROM store_settings WHERE key = 'keyring_sealed'")
    conn.close()


@pytest.fixture
def legacy_store(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "store"
    created = make_store(folder)
    created.context.call(
        users.add_user,
        username=CASHIER,
        display_name="",
        role=Role.CASHIER,
        password=CASHIER_PASSWORD,
    )
    ids = {u.username: u.user_id for u in created.context.call(users.list_users)}
    created.context.sign_out()
    write_legacy_keyring(
        folder,
        {
            ("user", ids[OWNER]): OWNER_PASSWORD,
            ("user", ids[CASHIER]): CASHIER_PASSWORD,
            ("recovery", None): created.recovery_code,
        },
    )
    return folder, created.recovery_code


def test_a_legacy_keyring_opens_for_everyone_and_is_upgraded_by_the_owner(
    legacy_store: tuple[Path, str],
) -> None:
    folder, code = legacy_store
    session.sign_in(folder, CASHIER, CASHIER_PASSWORD).sign_out()
    assert "mac" not in json.loads((folder / "keyring.json").read_text())  # not the owner yet

    session.sign_in(folder, OWNER, OWNER_PASSWORD).sign_out()
    data = json.loads((folder / "keyring.json").read_text())
    assert data["version"] == 2 and len(data["mac"]) == 64
    assert data["store_name"] == "测试门店"

    # Nobody is locked out: the cashier, the owner without a user name, the recovery code.
    session.sign_in(folder, CASHIER, CASHIER_PASSWORD).sign_out()
    session.sign_in(folder, None, OWNER_PASSWORD).sign_out()
    session.recover_with_code(folder, code, CASHIER, "cashier-pass-2").sign_out()
    session.sign_in(folder, CASHIER, "cashier-pass-2").sign_out()


def test_a_tampered_legacy_owner_id_is_corrected_by_the_owners_upgrade(
    legacy_store: tuple[Path, str],
) -> None:
    folder, _code = legacy_store
    ring = Keyring.load(folder / "keyring.json")
    cashier_id = ring.unlock_user(CASHIER, CASHIER_PASSWORD)[0]
    owner_id = ring.owner_user_id
    data = json.loads((folder / "keyring.json").read_text())
    data["owner_user_id"] = cashier_id
    (folder / "keyring.json").write_text(json.dumps(data))

    session.sign_in(folder, OWNER, OWNER_PASSWORD).sign_out()
    assert Keyring.load(folder / "keyring.json").owner_user_id == owner_id


def test_once_upgraded_a_legacy_copy_put_back_is_refused(
    legacy_store: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _code = legacy_store
    legacy_copy = (folder / "keyring.json").read_bytes()
    session.sign_in(folder, OWNER, OWNER_PASSWORD).sign_out()
    (folder / "keyring.json").write_bytes(legacy_copy)
    with pytest.raises(NotAStore) as refused:
        session.sign_in(folder, CASHIER, CASHIER_PASSWORD)
    assert refused.value.reason == "keyring_changed"
