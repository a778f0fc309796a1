"""The keyring's fields outside the slots are authenticated, and its key derivation is held
between a floor and a ceiling (issue 17, finding 4)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from storecrm.data import backup as files
from storecrm.data import keyring as keyring_module
from storecrm.data.keyring import Keyring
from storecrm.domain.errors import BadBackup, NotAStore, WrongPassword
from storecrm.services import backup, session, users
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD
from tests.data.test_backup import parts, rebuild


def _edit(path: Path, **fields: Any) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(fields)
    path.write_text(json.dumps(data), encoding="utf-8")


def _cashier_id(store_dir: Path) -> int:
    ring = Keyring.load(store_dir / "keyring.json")
    return ring.unlock_user(CASHIER, CASHIER_PASSWORD)[0]


def test_an_owner_id_pointed_at_the_cashier_is_refused(store_dir: Path, tmp_path: Path) -> None:
    """The attack: owner_user_id set to the cashier's id, so that the owner's next backup opens
    with the cashier's password."""
    _edit(store_dir / "keyring.json", owner_user_id=_cashier_id(store_dir))
    for name, password in ((OWNER, OWNER_PASSWORD), (CASHIER, CASHIER_PASSWORD)):
        with pytest.raises(NotAStore) as refused:
            session.sign_in(store_dir, name, password)
        assert refused.value.reason == "keyring_changed"
    with pytest.raises(NotAStore):
        session.sign_in(store_dir, None, CASHIER_PASSWORD)  # the CLI's "as the owner"


def test_weak_scrypt_parameters_in_the_header_are_refused(store_dir: Path) -> None:
    _edit(store_dir / "keyring.json", scrypt={"n": 2, "r": 1, "p": 1})
    with pytest.raises(NotAStore) as refused:
        session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    assert refused.value.reason == "keyring"


def test_new_slots_never_use_parameters_below_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring_module, "MIN_SCRYPT_N", 2**14)
    with pytest.raises(ValueError):
        Keyring.new({"n": 2**10, "r": 8, "p": 1})
    with pytest.raises(ValueError):
        Keyring.new({"n": 2**14, "r": 1, "p": 1})
    ring = Keyring.new({"n": 2**14, "r": 8, "p": 1})
    ring.set_user_slot(keyring_module.new_db_key(), 1, "boss", "pw-boss-1")
    assert ring.slots[0].kdf["n"] == 2**14


def test_the_production_floor_is_not_lowered() -> None:
    """Tests lower the floor for speed in their own processes; the shipped one stays."""
    import importlib.util

    spec = importlib.util.find_spec("storecrm.data.keyring")
    assert spec is not None and spec.origin is not None
    source = Path(spec.origin).read_text(encoding="utf-8")
    assert "MIN_SCRYPT_N = 2**14" in source
    assert keyring_module.DEFAULT_SCRYPT["n"] >= 2**14


def test_a_slot_with_a_weak_kdf_is_refused(store_dir: Path) -> None:
    data = json.loads((store_dir / "keyring.json").read_text(encoding="utf-8"))
    data["slots"][0]["kdf"]["n"] = 2
    (store_dir / "keyring.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(NotAStore):
        session.sign_in(store_dir, OWNER, OWNER_PASSWORD)


def test_a_password_reset_keeps_the_stores_parameters(owner: session.StoreContext) -> None:
    cashier_id = next(u.user_id for u in owner.call(users.list_users) if u.username == CASHIER)
    owner.call(users.reset_password, cashier_id, "cashier-pass-2")
    ring = Keyring.load(owner.folder / "keyring.json")
    slot = next(s for s in ring.slots if s.user_id == cashier_id)
    assert slot.kdf["n"] >= keyring_module.MIN_SCRYPT_N


def test_an_scrypt_bomb_in_a_backup_is_refused_without_being_tried(
    store_dir: Path, tmp_path: Path
) -> None:
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    made = owner.call(backup.run_backup, tmp_path)
    owner.sign_out()
    _version, db, header = parts(Path(made.info.path))
    ring = header["keyring"]
    for slot in ring["slots"]:
        slot["kdf"] = dict(slot["kdf"], n=2**30, r=8)
    bomb = rebuild(tmp_path / "bomb.storecrm-backup", db, header["manifest"], ring, None)
    started = time.perf_counter()
    with pytest.raises(BadBackup) as refused:
        files.verify(bomb, password=OWNER_PASSWORD)
    assert refused.value.reason == "damaged"
    with pytest.raises(BadBackup):
        files.check_file(bomb)  # structure alone tells: no password needed
    assert time.perf_counter() - started < 5


def test_a_header_mac_is_written_and_checked(store_dir: Path) -> None:
    data = json.loads((store_dir / "keyring.json").read_text(encoding="utf-8"))
    assert len(data["mac"]) == 64 and data["version"] == 2
    data["hint_salt"] = data["hint_salt"][::-1]
    (store_dir / "keyring.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises((NotAStore, WrongPassword)):
        session.sign_in(store_dir, OWNER, OWNER_PASSWORD)


def test_a_stripped_mac_is_refused_once_the_store_has_one(store_dir: Path) -> None:
    """Taking the MAC out (making the file look like an old one) does not switch the check off."""
    data = json.loads((store_dir / "keyring.json").read_text(encoding="utf-8"))
    data.pop("mac")
    data["version"] = 1
    data["owner_user_id"] = _cashier_id(store_dir)
    (store_dir / "keyring.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(NotAStore) as refused:
        session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    assert refused.value.reason == "keyring_changed"
