"""Key slots: the database key wrapped per user and for the recovery code."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from storecrm.data.keyring import (
    DEFAULT_SCRYPT,
    Keyring,
    new_db_key,
    new_recovery_code,
    normalise_recovery_code,
)
from storecrm.domain.errors import NotAStore, WrongPassword, WrongRecoveryCode

FAST = {"n": 2**10, "r": 8, "p": 1}


def test_user_slot_unlocks_with_the_password_only() -> None:
    ring = Keyring.new(FAST)
    key = new_db_key()
    ring.set_user_slot(key, 7, "XiaoLi", "right-password")
    assert ring.unlock_user("xiaoli", "right-password") == (7, key)
    assert ring.unlock_user("  XIAOLI ", "right-password") == (7, key)
    with pytest.raises(WrongPassword):
        ring.unlock_user("xiaoli", "wrong-password")
    with pytest.raises(WrongPassword):
        ring.unlock_user("someone", "right-password")


def test_default_kdf_is_scrypt_with_stored_parameters() -> None:
    ring = Keyring.new()
    ring.set_user_slot(new_db_key(), 1, "boss", "pw123456")
    (slot,) = ring.slots
    assert slot.kdf["name"] == "scrypt"
    assert {k: slot.kdf[k] for k in ("n", "r", "p")} == DEFAULT_SCRYPT
    assert len(slot.kdf["salt"]) >= 20


def test_a_slot_moved_to_another_user_does_not_open(tmp_path: Path) -> None:
    ring = Keyring.new(FAST)
    key = new_db_key()
    ring.set_user_slot(key, 1, "boss", "pw-boss-1")
    ring.set_user_slot(key, 2, "clerk", "pw-clerk-1")
    boss_slot = next(s for s in ring.slots if s.user_id == 1)
    clerk_slot = next(s for s in ring.slots if s.user_id == 2)
    # An attacker with write access swaps the boss's wrapped key into the clerk's slot.
    forged = replace(boss_slot, user_id=2, user_hint=clerk_slot.user_hint)
    ring.slots = [forged]
    with pytest.raises(WrongPassword):
        ring.unlock_user("clerk", "pw-boss-1")


def test_changing_a_password_replaces_only_that_users_slot() -> None:
    ring = Keyring.new(FAST)
    key = new_db_key()
    ring.set_user_slot(key, 1, "boss", "old-pass-1")
    ring.set_user_slot(key, 2, "clerk", "clerk-pass-1")
    ring.set_recovery_slot(key, new_recovery_code())
    clerk_before = next(s for s in ring.slots if s.user_id == 2)
    ring.set_user_slot(key, 1, "boss", "new-pass-1")
    assert len(ring.slots) == 3
    assert next(s for s in ring.slots if s.user_id == 2) == clerk_before
    assert ring.unlock_user("boss", "new-pass-1") == (1, key)
    with pytest.raises(WrongPassword):
        ring.unlock_user("boss", "old-pass-1")


def test_recovery_code_opens_and_accepts_what_people_type_back() -> None:
    ring = Keyring.new(FAST)
    key = new_db_key()
    code = new_recovery_code()
    ring.set_recovery_slot(key, code)
    typed = code.lower().replace("-", " ").replace("0", "o")
    assert ring.unlock_recovery(typed) == key
    with pytest.raises(WrongRecoveryCode):
        ring.unlock_recovery(new_recovery_code())
    with pytest.raises(WrongRecoveryCode):
        normalise_recovery_code("too-short")


def test_recovery_codes_are_long_and_random() -> None:
    codes = {new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    assert all(len(c.replace("-", "")) == 25 for c in codes)


def test_keyring_round_trips_through_its_file(tmp_path: Path) -> None:
    ring = Keyring.new(FAST)
    key = new_db_key()
    ring.set_user_slot(key, 1, "boss", "pw-boss-1")
    ring.owner_user_id = 1
    path = tmp_path / "keyring.json"
    ring.save(path, key)
    loaded = Keyring.load(path)
    assert loaded.check_mac(key)
    assert loaded.unlock_owner("pw-boss-1") == (1, key)
    text = path.read_text(encoding="utf-8")
    assert "boss" not in text  # user names are stored only as keyed hashes
    assert key.hex() not in text


@pytest.mark.parametrize(
    "content", [b"", b"not json", b'{"format": "something-else"}', json.dumps({"a": 1}).encode()]
)
def test_a_damaged_keyring_is_reported_as_not_a_store(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "keyring.json"
    path.write_bytes(content)
    with pytest.raises(NotAStore) as info:
        Keyring.load(path)
    assert info.value.reason == "keyring"
