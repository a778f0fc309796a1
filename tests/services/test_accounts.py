"""Sign-in, passwords, recovery code, roles and the audit trail."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from storecrm.data.engine import checkpoint, connect_raw
from storecrm.data.keyring import Keyring
from storecrm.domain.errors import (
    PermissionDenied,
    StoreExists,
    ValidationError,
    WrongPassword,
    WrongRecoveryCode,
)
from storecrm.domain.roles import Role
from storecrm.domain.store_profile import BusinessType
from storecrm.services import info, session, settings, users
from storecrm.services.session import StoreContext
from tests.conftest import (
    CASHIER,
    CASHIER_PASSWORD,
    OWNER,
    OWNER_PASSWORD,
    make_store,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _audit(ctx: StoreContext) -> list[tuple[str, str, str]]:
    return [(e.username, e.action, e.outcome) for e in ctx.call(info.recent_audit, 1000)]


def test_changing_a_password_rewrites_one_slot_and_never_the_database(store_dir: Path) -> None:
    db = store_dir / "store.db"
    ring_path = store_dir / "keyring.json"
    ring_before = json.loads(ring_path.read_text())
    db_key = Keyring.load(ring_path).unlock_user(CASHIER, CASHIER_PASSWORD)[1]
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    checkpoint(ctx._store.engine)  # noqa: SLF001 - settle the WAL into the file
    db_before = _digest(db)

    ctx.call(users.change_own_password, CASHIER_PASSWORD, "brand-new-pw")

    assert _digest(db) == db_before  # not one page of the database was rewritten
    ctx.close()
    ring_after = json.loads(ring_path.read_text())
    before = {(s["kind"], s["user_id"]): s for s in ring_before["slots"]}
    after = {(s["kind"], s["user_id"]): s for s in ring_after["slots"]}
    assert before.keys() == after.keys()
    assert [k for k in before if before[k] != after[k]] == [("user", 2)]
    # The new password unwraps the very same database key, which still opens the file.
    assert Keyring.load(ring_path).unlock_user(CASHIER, "brand-new-pw")[1] == db_key
    connect_raw(db, db_key, read_only=True).close()
    session.sign_in(store_dir, CASHIER, "brand-new-pw").close()
    with pytest.raises(WrongPassword):
        session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)


def test_the_owner_resets_a_cashiers_password(owner: StoreContext, store_dir: Path) -> None:
    cashier_id = next(u.user_id for u in owner.call(users.list_users) if u.username == CASHIER)
    owner.call(users.reset_password, cashier_id, "reset-by-boss")
    owner.close()
    with pytest.raises(WrongPassword):
        session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    ctx = session.sign_in(store_dir, CASHIER, "reset-by-boss")
    assert ctx.actor.username == CASHIER
    ctx.close()


def test_recovery_code_sets_a_new_owner_password(tmp_path: Path) -> None:
    created = make_store(tmp_path / "s")
    created.context.close()
    with pytest.raises(WrongRecoveryCode):
        session.recover_with_code(tmp_path / "s", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", OWNER, "x" * 8)
    ctx = session.recover_with_code(tmp_path / "s", created.recovery_code, OWNER, "after-recovery")
    assert ctx.actor.role is Role.OWNER
    assert (OWNER, "password_reset_with_recovery_code", "ok") in _audit(ctx)
    ctx.close()
    session.sign_in(tmp_path / "s", OWNER, "after-recovery").close()
    with pytest.raises(WrongPassword):
        session.sign_in(tmp_path / "s", OWNER, OWNER_PASSWORD)


def test_a_cashier_cannot_manage_users_or_settings_and_is_audited(
    store_dir: Path, cashier: StoreContext
) -> None:
    with pytest.raises(PermissionDenied):
        cashier.call(
            users.add_user,
            username="intruder",
            display_name="",
            role=Role.CASHIER,
            password="x" * 8,
        )
    with pytest.raises(PermissionDenied):
        cashier.call(settings.update_settings, store_name="改名")
    with pytest.raises(PermissionDenied):
        cashier.call(info.recent_audit)
    cashier.close()
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        log = _audit(owner)
        assert (CASHIER, "user_add", "denied") in log
        assert (CASHIER, "settings_change", "denied") in log
        assert (CASHIER, "audit_view", "denied") in log
        assert [u.username for u in owner.call(users.list_users)] == [OWNER, CASHIER]
        assert owner.call(settings.get_settings).store_name == "测试门店"
    finally:
        owner.close()


def test_a_cashier_sees_only_their_own_account(cashier: StoreContext) -> None:
    assert [u.username for u in cashier.call(users.list_users)] == [CASHIER]


def test_owner_role_cannot_be_given_or_taken(owner: StoreContext) -> None:
    with pytest.raises(ValidationError):
        owner.call(
            users.add_user, username="boss2", display_name="", role=Role.OWNER, password="p" * 8
        )
    owner_id = owner.actor.user_id
    with pytest.raises(ValidationError):
        owner.call(users.update_user, owner_id, role=Role.CASHIER)


def test_a_disabled_account_cannot_sign_in(owner: StoreContext, store_dir: Path) -> None:
    cashier_id = next(u.user_id for u in owner.call(users.list_users) if u.username == CASHIER)
    owner.call(users.update_user, cashier_id, active=False)
    owner.close()
    # Its key slot is gone, so its password opens nothing (it cannot even be checked).
    with pytest.raises(WrongPassword):
        session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)


def test_failed_sign_ins_reach_the_audit_log_at_the_next_sign_in(store_dir: Path) -> None:
    for _ in range(2):
        with pytest.raises(WrongPassword):
            session.sign_in(store_dir, CASHIER, "guess-guess")
    assert (store_dir / "pending-audit.jsonl").exists()
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        assert _audit(owner).count((CASHIER, "login", "failed")) == 2
        assert not (store_dir / "pending-audit.jsonl").exists()
    finally:
        owner.close()


def test_the_audit_log_is_append_only(owner: StoreContext) -> None:
    store = owner._store  # noqa: SLF001
    with store.unit_of_work() as uow, pytest.raises(IntegrityError, match="append-only"):
        uow.connection.exec_driver_sql("UPDATE audit_log SET action = 'x'")
    with store.unit_of_work() as uow, pytest.raises(IntegrityError, match="append-only"):
        uow.connection.exec_driver_sql("DELETE FROM audit_log")


def test_user_names_are_unique_ignoring_case(owner: StoreContext) -> None:
    with pytest.raises(ValidationError) as info_:
        owner.call(
            users.add_user, username="XiaoLi", display_name="", role=Role.CASHIER, password="p" * 8
        )
    assert info_.value.code == "username_taken"


@pytest.mark.parametrize("password", ["", "12345", " padded "])
def test_weak_passwords_are_refused(tmp_path: Path, password: str) -> None:
    with pytest.raises(ValidationError):
        make_store(tmp_path / "s", owner_password=password)
    assert not (tmp_path / "s").exists()


def test_a_store_is_never_created_over_existing_files(tmp_path: Path) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "important.txt").write_text("do not touch")
    with pytest.raises(StoreExists):
        make_store(folder, business_type=BusinessType.RETAIL)
    assert (folder / "important.txt").read_text() == "do not touch"
    assert [p.name for p in tmp_path.iterdir() if "creating" in p.name] == []  # no staging left
