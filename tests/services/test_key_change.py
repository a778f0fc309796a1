"""Disabling an account removes its key slot and changes the database key (issue 17, finding 3):
an old copy of ``keyring.json`` opens nothing new, everyone else keeps their way in."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from storecrm.data.engine import connect_raw
from storecrm.data.keyring import Keyring
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import NotAStore, WrongPassword
from storecrm.domain.roles import Role
from storecrm.services import customers, info, session, users
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD, make_store

MANAGER = "zhang"
MANAGER_PASSWORD = "manager-pass-1"


@pytest.fixture
def shop(tmp_path: Path) -> tuple[Path, str]:
    """A closed store with an owner, a cashier and a manager; (folder, recovery code)."""
    folder = tmp_path / "store"
    created = make_store(folder)
    ctx = created.context
    for name, role, password in (
        (CASHIER, Role.CASHIER, CASHIER_PASSWORD),
        (MANAGER, Role.MANAGER, MANAGER_PASSWORD),
    ):
        ctx.call(users.add_user, username=name, display_name="", role=role, password=password)
    ctx.call(customers.create_customer, CustomerDraft(name="李雷", phone="13800138000"))
    ctx.sign_out()
    return folder, created.recovery_code


def _user_id(ctx: session.StoreContext, name: str) -> int:
    return next(u.user_id for u in ctx.call(users.list_users) if u.username == name)


def test_an_old_keyring_copy_no_longer_opens_the_store_after_a_user_is_disabled(
    shop: tuple[Path, str], tmp_path: Path
) -> None:
    folder, recovery_code = shop
    stolen = tmp_path / "stolen-keyring.json"
    shutil.copy2(folder / "keyring.json", stolen)
    old_key = Keyring.load(stolen).unlock_user(CASHIER, CASHIER_PASSWORD)[1]
    connect_raw(folder / "store.db", old_key, read_only=True).close()  # it works today

    owner = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    owner.call(users.update_user, _user_id(owner, CASHIER), active=False)
    change = owner.rekey()
    owner.call(customers.create_customer, CustomerDraft(name="韩梅梅", phone="13900139000"))
    owner.sign_out()

    assert change.users_without_key == ()
    assert change.new_recovery_code is None
    # The disabled cashier's slot is gone from the current keyring ...
    with pytest.raises(WrongPassword):
        Keyring.load(folder / "keyring.json").unlock_user(CASHIER, CASHIER_PASSWORD)
    # ... and the key in the old copy no longer opens the database.
    assert Keyring.load(stolen).unlock_user(CASHIER, CASHIER_PASSWORD)[1] == old_key
    with pytest.raises(NotAStore):
        connect_raw(folder / "store.db", old_key, read_only=True)
    # Everyone else still gets in: the owner, the manager, and the recovery code.
    for name, password in ((OWNER, OWNER_PASSWORD), (MANAGER, MANAGER_PASSWORD)):
        ctx = session.sign_in(folder, name, password)
        assert ctx.call(info.store_info).counts["customers"] == 2
        ctx.sign_out()
    ctx = session.recover_with_code(folder, recovery_code, MANAGER, "manager-pass-2")
    ctx.sign_out()
    session.sign_in(folder, MANAGER, "manager-pass-2").sign_out()


def test_enabling_the_account_again_needs_a_new_password(shop: tuple[Path, str]) -> None:
    folder, _code = shop
    owner = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    cashier_id = _user_id(owner, CASHIER)
    owner.call(users.update_user, cashier_id, active=False)
    owner.rekey()
    with pytest.raises(Exception) as refused:
        owner.call(users.update_user, cashier_id, active=True)
    assert getattr(refused.value, "code", "") == "password_needed"
    with pytest.raises(Exception) as refused:
        owner.call(users.reset_password, cashier_id, "cashier-pass-2")
    assert getattr(refused.value, "code", "") == "account_disabled"
    owner.call(users.update_user, cashier_id, active=True, password="cashier-pass-2")
    owner.sign_out()
    with pytest.raises(WrongPassword):
        session.sign_in(folder, CASHIER, CASHIER_PASSWORD)
    session.sign_in(folder, CASHIER, "cashier-pass-2").sign_out()


def test_a_key_change_left_undone_is_finished_at_the_owners_next_sign_in(
    shop: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _code = shop
    stolen = tmp_path / "stolen-keyring.json"
    shutil.copy2(folder / "keyring.json", stolen)
    owner = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    owner.call(users.update_user, _user_id(owner, CASHIER), active=False)
    owner.close()  # the program stopped before the key was changed
    assert Keyring.load(folder / "keyring.json").rekey_due

    old_key = Keyring.load(stolen).unlock_user(CASHIER, CASHIER_PASSWORD)[1]
    session.sign_in(folder, MANAGER, MANAGER_PASSWORD).sign_out()  # only the owner finishes it
    connect_raw(folder / "store.db", old_key, read_only=True).close()

    owner = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    assert owner.key_change is not None
    owner.sign_out()
    assert not Keyring.load(folder / "keyring.json").rekey_due
    with pytest.raises(NotAStore):
        connect_raw(folder / "store.db", old_key, read_only=True)


def test_a_slot_of_a_disabled_user_left_in_the_keyring_is_removed_at_sign_in(
    shop: tuple[Path, str], tmp_path: Path
) -> None:
    """The database says disabled but the keyring still has the slot (a crash between the two
    writes): the next owner sign-in removes it and changes the key."""
    folder, _code = shop
    before = tmp_path / "keyring-before.json"
    shutil.copy2(folder / "keyring.json", before)
    owner = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    owner.call(users.update_user, _user_id(owner, CASHIER), active=False)
    owner.close()
    shutil.copy2(before, folder / "keyring.json")  # as if the keyring write never happened

    owner = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    owner.sign_out()
    with pytest.raises(WrongPassword):
        Keyring.load(folder / "keyring.json").unlock_user(CASHIER, CASHIER_PASSWORD)
    old_key = Keyring.load(before).unlock_user(CASHIER, CASHIER_PASSWORD)[1]
    with pytest.raises(NotAStore):
        connect_raw(folder / "store.db", old_key, read_only=True)


def test_only_the_owner_changes_the_key(shop: tuple[Path, str]) -> None:
    from storecrm.domain.errors import PermissionDenied

    folder, _code = shop
    manager = session.sign_in(folder, MANAGER, MANAGER_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            manager.rekey()
    finally:
        manager.sign_out()


def test_a_key_change_waits_for_work_in_progress_and_the_store_goes_on(
    shop: tuple[Path, str],
) -> None:
    """Pooled connections keyed with the old key are closed; the same context keeps working."""
    folder, _code = shop
    owner = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    try:
        for _ in range(3):  # fill the pool with connections keyed with the old key
            owner.call(info.store_info)
        owner.call(users.update_user, _user_id(owner, CASHIER), active=False)
        owner.rekey()
        assert owner.call(info.store_info).counts["customers"] == 1
        owner.call(customers.create_customer, CustomerDraft(name="韩梅梅", phone="13900139000"))
        assert owner.call(info.store_info).counts["customers"] == 2
    finally:
        owner.sign_out()


def test_a_key_change_on_an_old_keyring_names_who_needs_a_password_and_a_new_recovery_code(
    shop: tuple[Path, str], tmp_path: Path
) -> None:
    """Slots written before version 2 wrap the key itself: without their secret they cannot
    take a new key. The owner's own slot is renewed at the owner's sign-in; the others are
    named, and the recovery code is replaced by a new one (shown once)."""
    from tests.data.test_keyring_legacy import write_legacy_keyring

    folder, old_code = shop
    ring = Keyring.load(folder / "keyring.json")
    ids = {
        name: ring.unlock_user(name, password)[0]
        for name, password in (
            (OWNER, OWNER_PASSWORD),
            (CASHIER, CASHIER_PASSWORD),
            (MANAGER, MANAGER_PASSWORD),
        )
    }
    write_legacy_keyring(
        folder,
        {
            ("user", ids[OWNER]): OWNER_PASSWORD,
            ("user", ids[CASHIER]): CASHIER_PASSWORD,
            ("user", ids[MANAGER]): MANAGER_PASSWORD,
            ("recovery", None): old_code,
        },
    )
    owner = session.sign_in(folder, OWNER, OWNER_PASSWORD)  # upgrades the owner's slot
    owner.call(users.update_user, ids[CASHIER], active=False)
    change = owner.rekey()
    owner.sign_out()
    assert change.users_without_key == (MANAGER,)
    assert change.new_recovery_code is not None
    session.sign_in(folder, OWNER, OWNER_PASSWORD).sign_out()
    with pytest.raises(WrongPassword):
        session.sign_in(folder, MANAGER, MANAGER_PASSWORD)  # the owner gives a new one
    from storecrm.domain.errors import WrongRecoveryCode

    with pytest.raises(WrongRecoveryCode):
        session.recover_with_code(folder, old_code, OWNER, "owner-pass-2")
    session.recover_with_code(folder, change.new_recovery_code, OWNER, "owner-pass-2").sign_out()


def test_a_slot_planted_by_a_key_holder_gets_no_new_key(shop: tuple[Path, str]) -> None:
    """A key holder adds a second slot (their own password) for the manager and for the owner,
    and recomputes the keyring's MAC, as the key allows. The owner's change of key keeps the
    owner's own slot (the one just used), and gives the manager, who now has two slots and no
    way to tell them apart, none: the owner is told to give a new password."""
    folder, _code = shop
    path = folder / "keyring.json"
    ring = Keyring.load(path)
    manager_id, key = ring.unlock_user(MANAGER, MANAGER_PASSWORD)
    owner_id = ring.owner_user_id
    assert owner_id is not None
    for user_id, name in ((manager_id, MANAGER), (owner_id, OWNER)):
        planted = ring._wrap(key, "planted-pass-1", "user", user_id, ring.user_hint(name))  # noqa: SLF001
        ring.slots.append(planted)
    ring.save(path, key)

    owner = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    owner.call(users.update_user, _user_id(owner, CASHIER), active=False)
    change = owner.rekey()
    owner.sign_out()
    assert change.users_without_key == (MANAGER,)
    session.sign_in(folder, OWNER, OWNER_PASSWORD).sign_out()
    for name in (OWNER, MANAGER):
        with pytest.raises(WrongPassword):
            session.sign_in(folder, name, "planted-pass-1")


def test_a_change_killed_between_its_commit_and_the_rename_is_finished_by_the_next_sign_in(
    shop: tuple[Path, str], tmp_path: Path
) -> None:
    """The database already has the new key, keyring.json still the old one, and the new one
    waits in keyring.next.json: the next sign-in (anyone's) takes the new keyring."""
    from storecrm.data.rekey import PENDING_KEYRING_NAME

    folder, recovery_code = shop
    old = tmp_path / "old-keyring.json"
    shutil.copy2(folder / "keyring.json", old)
    owner = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    owner.rekey()
    owner.sign_out()
    os.replace(folder / "keyring.json", folder / PENDING_KEYRING_NAME)
    shutil.copy2(old, folder / "keyring.json")  # as the kill left it

    ctx = session.sign_in(folder, CASHIER, CASHIER_PASSWORD)
    assert ctx.call(info.store_info).counts["customers"] == 1
    ctx.sign_out()
    assert not (folder / PENDING_KEYRING_NAME).exists()
    new_ring = Keyring.load(folder / "keyring.json")
    assert (
        new_ring.unlock_user(OWNER, OWNER_PASSWORD)[1]
        != Keyring.load(old).unlock_user(OWNER, OWNER_PASSWORD)[1]
    )
    session.recover_with_code(folder, recovery_code, OWNER, "owner-pass-2").sign_out()


def test_a_change_killed_before_its_commit_leaves_the_old_key(
    shop: tuple[Path, str], tmp_path: Path
) -> None:
    """keyring.next.json beside a database the old key still opens: deleted at sign-in."""
    from storecrm.data.rekey import PENDING_KEYRING_NAME

    folder, _code = shop
    owner = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    owner.close()
    ring = Keyring.load(folder / "keyring.json")
    key = ring.unlock_owner(OWNER_PASSWORD)[1]
    from storecrm.data.keyring import new_db_key

    plan = ring.rekeyed(new_db_key(), [ring.owner_user_id or 1])
    plan.keyring.save(folder / PENDING_KEYRING_NAME, key)
    session.sign_in(folder, CASHIER, CASHIER_PASSWORD).sign_out()
    assert not (folder / PENDING_KEYRING_NAME).exists()
    assert Keyring.load(folder / "keyring.json").unlock_owner(OWNER_PASSWORD)[1] == key


def test_work_on_other_threads_goes_on_across_a_key_change(shop: tuple[Path, str]) -> None:
    """Readers on other threads (reports, lists) wait at the gate while the key changes, then
    carry on with connections keyed with the new key; none of them fails. (Writes come from
    one place at a time, here the test's own thread between the changes.)"""
    import threading
    import traceback

    folder, _code = shop
    owner = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    stop = threading.Event()
    errors: list[BaseException] = []
    reads = [0]

    def reader() -> None:
        while not stop.is_set():
            try:
                owner.call(info.store_info)
                reads[0] += 1
            except BaseException as exc:  # noqa: BLE001 - collected for the assertion
                errors.append(exc)
                return

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        for n in range(3):
            owner.rekey()
            owner.call(
                customers.create_customer, CustomerDraft(name=f"顾客{n}", phone=f"1370000{n:04d}")
            )
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert errors == [], "".join(traceback.format_exception(errors[0]))
    assert reads[0] > 0
    assert owner.call(info.store_info).counts["customers"] == 4
    owner.sign_out()
    ctx = session.sign_in(folder, CASHIER, CASHIER_PASSWORD)
    assert ctx.call(info.store_info).counts["customers"] == 4
    ctx.sign_out()
