"""Opening a store: create one, sign in, sign in with the recovery code.

A :class:`StoreContext` is what the GUI and the CLI hold once signed in: the open store and the
acting user. They run every use case through :meth:`StoreContext.call`, which gives the service
a fresh unit of work (a read unit when the service is marked ``@reads``, else a write unit: one
writer at a time), from any thread; they never see a database connection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from storecrm.data.keyring import Keyring, new_recovery_code
from storecrm.data.lock import StoreLock
from storecrm.data.store import (
    Store,
    StorePaths,
    create_store_files,
    open_with_secret,
    record_pending_audit,
)
from storecrm.data.uow import UnitOfWork, only_reads
from storecrm.data.writer import WORKER_WAIT
from storecrm.domain import clock
from storecrm.domain.accounts import check_password, check_username
from storecrm.domain.errors import (
    AccountDisabled,
    DiskFull,
    NotFound,
    PermissionDenied,
    StoreBusy,
    StoreCRMError,
    WrongPassword,
    WrongRecoveryCode,
    is_disk_full,
)
from storecrm.domain.roles import Actor, Permission, Role
from storecrm.domain.store_profile import BusinessType, check_store_name
from storecrm.services import audit, housekeeping, keys
from storecrm.services.keys import KeyChange

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")


def is_store_folder(folder: Path) -> bool:
    """Whether ``folder`` holds a store (without opening it)."""
    return StorePaths(folder).looks_like_store()


class StoreContext:
    """An open store and the user signed in to it."""

    def __init__(self, store: Store, actor: Actor) -> None:
        self._store = store
        self.actor = actor
        self._closed = False
        # Audit entries of the sign-in that a full disk kept from being written; tried again
        # when signing out (see _finish_sign_in).
        self.deferred_audit: list[dict[str, Any]] = []
        self.key_change: KeyChange | None = None  # a key change finished at this sign-in

    @property
    def folder(self) -> Path:
        return self._store.paths.folder

    @property
    def upgraded_from(self) -> str | None:
        return self._store.upgraded_from

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    def call(
        self, service: Callable[Concatenate[UnitOfWork, Actor, P], R], *args: P.args, **kw: P.kwargs
    ) -> R:
        """Run one use case in its own unit of work, as the signed-in user.

        A service marked ``@reads`` gets a read unit; any other a write unit, which waits for
        the store's one writer. The unit runs again if SQLite was busy before it committed.
        A database write refused for a full disk is raised as :class:`DiskFull`: the unit
        of work was rolled back, so nothing of it was saved and nothing before it was lost.
        """
        actor = self.actor
        try:
            return self._store.run(
                lambda uow: service(uow, actor, *args, **kw), read_only=only_reads(service)
            )
        except (StoreCRMError, OSError):
            raise  # a file that could not be written is the caller's to name
        except Exception as exc:
            if is_disk_full(exc):
                log.warning("the store's disk is full: a change was not saved")
                raise DiskFull(str(self.folder), "store") from exc
            raise

    def rekey(self, progress: Callable[[int, int], None] | None = None) -> KeyChange:
        """Give the store a new database key (the owner, after disabling an account; slow on a
        large store: run it off the GUI thread). See ``services/keys.py``."""
        return keys.rotate_key(self._store, self.actor, progress)

    @property
    def rekey_due(self) -> bool:
        """An account lost its access and the database key has not changed since."""
        return self._store.keyring.rekey_due

    def confirm_manager(self, username: str, password: str) -> Actor:
        """A manager's or the owner's confirmation at the counter (a large refund): checks
        their password against their key slot and returns them as the approver."""
        try:
            user_id, _ = self._store.keyring.unlock_user(username, password)
        except WrongPassword:
            account = self._store.keyring.account_for(username)  # never what was typed
            with self._store.unit_of_work() as uow:
                audit.record(
                    uow,
                    self.actor,
                    "approval",
                    outcome="failed",
                    detail=(
                        {"approver_id": account}
                        if account is not None
                        else {"approver": "unknown_account"}
                    ),
                )
                uow.commit()
            raise
        with self._store.unit_of_work(read_only=True) as uow:
            row = uow.users.get(user_id)
            approver = _actor_from_row(row)
            if not row["active"]:
                raise AccountDisabled(str(row["username"]))
            if not approver.can(Permission.APPROVE_REFUNDS):
                raise PermissionDenied(Permission.APPROVE_REFUNDS.value)
        return approver

    @property
    def closed(self) -> bool:
        """True once signed out or closed (also after a restore replaced the store)."""
        return self._closed

    def sign_out(self) -> None:
        if self.closed:
            return
        try:
            if not self._store.read_only:
                deferred = bool(self.deferred_audit)
                # Leaving waits for a long write still running (closing would wait anyway).
                with self._store.unit_of_work(wait=WORKER_WAIT) as uow:
                    for entry in self.deferred_audit:
                        uow.audit.append(**entry)
                    audit.record(uow, self.actor, "logout")
                    uow.commit()
                self.deferred_audit.clear()
                if deferred:  # the failed sign-ins read at sign-in are in the log now
                    self._store.clear_pending_audit()
        except Exception as exc:
            if not is_disk_full(exc):
                raise
            # Signing out must work on a full disk; the log keeps what the audit could not.
            log.warning(
                "disk full: %d audit entries of this session could not be written",
                len(self.deferred_audit) + 1,
            )
        finally:
            self.close()

    def close(self) -> None:
        self._closed = True
        self._store.close()


@dataclass(frozen=True, slots=True)
class NewStore:
    context: StoreContext
    recovery_code: str


def _actor_from_row(row: Any) -> Actor:
    return Actor(
        user_id=int(row["id"]),
        username=str(row["username"]),
        display_name=str(row["display_name"]),
        role=Role(row["role"]),
    )


def create_store(
    folder: Path,
    *,
    store_name: str,
    business_type: BusinessType,
    owner_username: str,
    owner_display_name: str,
    owner_password: str,
    revision: str = "head",
    scrypt_params: dict[str, int] | None = None,
) -> NewStore:
    """Create a store with its owner account; the recovery code is returned once, never stored."""
    name = check_store_name(store_name)
    username = check_username(owner_username)
    check_password(owner_password)
    display = owner_display_name.strip() or username
    recovery_code = new_recovery_code()
    owner: list[Actor] = []

    def populate(store: Store) -> None:
        with store.unit_of_work() as uow:
            user_id = uow.users.add(username, display, Role.OWNER, created_by=None)
            actor = Actor(user_id, username, display, Role.OWNER)
            uow.settings.put("store_name", name, user_id)
            uow.settings.put("business_type", business_type.value, user_id)
            uow.settings.put("created_at", datetime.now().isoformat(timespec="seconds"), user_id)
            store.keyring.set_user_slot(store.db_key, user_id, username, owner_password)
            store.keyring.owner_user_id = user_id
            store.keyring.set_recovery_slot(store.db_key, recovery_code)
            store.keyring.store_name = name
            store.save_keyring()
            uow.settings.put(keys.SEALED_SETTING, "1", user_id)
            audit.record(uow, actor, "store_created", detail={"business_type": business_type.value})
            uow.commit()
            owner.append(actor)

    store = create_store_files(folder, populate, revision=revision, scrypt_params=scrypt_params)
    log.info("store created")
    return NewStore(StoreContext(store, owner[0]), recovery_code)


def _finish_sign_in(
    store: Store,
    user_id: int,
    typed_username: str | None,
    action: str,
    password: str | None = None,
) -> StoreContext:
    with store.unit_of_work() as uow:
        try:
            row = uow.users.get(user_id)
        except NotFound:
            raise WrongPassword() from None
        if typed_username is not None and (
            str(row["username_key"]) != typed_username.strip().casefold()
        ):
            raise WrongPassword()  # a slot left by an account that was never committed
        actor = _actor_from_row(row)
        if not row["active"]:
            audit.record(uow, actor, action, outcome="failed", detail={"reason": "disabled"})
            uow.commit()
            raise AccountDisabled()
    keys.after_sign_in(store, actor, row, password)
    with store.unit_of_work() as uow:
        entries = [_pending_as_entry(uow, store.keyring, e) for e in store.take_pending_audit()]
        detail = {"upgraded_from": store.upgraded_from} if store.upgraded_from else None
        entries.append(
            {
                "action": action,
                "user_id": actor.user_id,
                "username": actor.username,
                "detail": detail,
                "at": clock.now(),
            }
        )
        for entry in entries:
            uow.audit.append(**entry)
        try:
            uow.commit()
        except Exception as exc:
            if not is_disk_full(exc):
                raise
            # A store disk that stays full must not lock everyone out (a backup to another
            # disk is what they need then): the sign-in goes on, its audit waits for the
            # sign-out, and whatever writes personal data or money fails with DiskFull.
            uow.rollback()
            log.warning("disk full: the sign-in could not be recorded yet")
            context = StoreContext(store, actor)
            context.deferred_audit = entries
            return context
        # Points that reached their expiry lapse at the first sign-in of the year (idempotent;
        # a failure is logged and never keeps anyone from signing in).
        from storecrm.services.membership import expire_points_once_a_year

        try:
            expire_points_once_a_year(uow)
        except Exception:  # noqa: BLE001 - sign-in must go on; the log has the details
            log.exception("points expiry failed")
            uow.rollback()
    store.clear_pending_audit()
    housekeeping.clean_after_sign_in(store)
    context = StoreContext(store, actor)
    if store.keyring.rekey_due and actor.can(Permission.MANAGE_USERS):
        # An account lost its access and the program stopped before the key changed.
        try:
            context.key_change = keys.rotate_key(store, actor)
        except StoreBusy:
            log.warning("the key change is still due: the store is busy")
    return context


def _pending_entry(action: str, account: int | None, reason: str) -> dict[str, Any]:
    """A failed attempt, as kept beside the store until the next sign-in: the account it was
    for (matched through the keyring's hashed user names), never the typed text."""
    return {
        "action": action,
        "outcome": "failed",
        "account": account,
        "reason": reason if account is not None else "unknown_account",
        "at": datetime.now().isoformat(timespec="seconds"),
    }


def _pending_as_entry(uow: UnitOfWork, keyring: Keyring, entry: dict[str, Any]) -> dict[str, Any]:
    """One waiting entry as the audit log's entry (``uow.audit.append``'s arguments), by
    account; an entry written by an older version holds the typed name, which is matched to an
    account and then dropped."""
    account = entry.get("account")
    if account is None and isinstance(entry.get("username"), str):
        typed = str(entry["username"])
        account = keyring.owner_user_id if typed == "(owner)" else keyring.account_for(typed)
    username = ""
    if isinstance(account, int) and not isinstance(account, bool):
        try:
            username = str(uow.users.get(account)["username"])
        except NotFound:
            account = None
    else:
        account = None
    reason = str(entry.get("reason", "wrong_password" if account else "unknown_account"))
    try:
        at = datetime.fromisoformat(str(entry["at"])) if "at" in entry else None
    except ValueError:
        at = None
    return {
        "action": str(entry.get("action", "login"))[:48],
        "user_id": None,  # nobody was signed in
        "username": username,
        "outcome": "failed",
        "target": f"user:{account}" if account is not None else None,
        "detail": {"recorded": "before sign-in", "reason": reason[:32]},
        "at": at,
    }


def _lock_and_load(folder: Path, read_only: bool) -> tuple[StoreLock | None, Keyring]:
    paths = StorePaths(folder)
    paths.check()
    keyring = Keyring.load(paths.keyring)
    lock = None if read_only else StoreLock.acquire(folder)
    return lock, keyring


def sign_in(
    folder: Path, username: str | None, password: str, *, read_only: bool = False
) -> StoreContext:
    """Open the store as ``username`` (``None``: the owner).

    Raises WrongPassword, AccountDisabled, NotAStore or StoreLocked.
    """
    folder = folder.resolve()
    lock, keyring = _lock_and_load(folder, read_only)

    def unlock(ring: Keyring) -> tuple[int | None, bytes]:
        if username is None:
            return ring.unlock_owner(password)
        return ring.unlock_user(username, password)

    try:
        try:
            store, user_id = open_with_secret(
                folder, keyring, unlock, read_only=read_only, lock=lock
            )
        except WrongPassword:
            # Read-only sign-ins (storecrm info) too: a file beside the store, no lock needed.
            account = keyring.owner_user_id if username is None else keyring.account_for(username)
            record_pending_audit(folder, _pending_entry("login", account, "wrong_password"))
            log.info("sign-in refused: wrong user name or password")
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    assert user_id is not None
    try:
        if read_only:
            with store.unit_of_work(read_only=True) as uow:
                row = uow.users.get(user_id)
            actor = _actor_from_row(row)
            keys.after_sign_in(store, actor, row, None)  # read-only: only checks
            return StoreContext(store, actor)
        return _finish_sign_in(store, user_id, username, "login", password)
    except BaseException:
        store.close()
        raise


def recover_with_code(
    folder: Path, recovery_code: str, username: str, new_password: str
) -> StoreContext:
    """Set a new password for ``username`` with the recovery code, and sign in as them."""
    check_password(new_password)
    folder = folder.resolve()
    lock, keyring = _lock_and_load(folder, read_only=False)
    try:
        try:
            store, _none = open_with_secret(
                folder,
                keyring,
                lambda ring: (None, ring.unlock_recovery(recovery_code)),
                lock=lock,
            )
        except WrongRecoveryCode:
            record_pending_audit(
                folder,
                _pending_entry(
                    "login_recovery", keyring.account_for(username), "wrong_recovery_code"
                ),
            )
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    try:
        db_key = store.db_key
        with store.unit_of_work() as uow:
            row = uow.users.by_username(username)
            if row is None:
                raise NotFound("user", username)
            if not row["active"]:
                raise AccountDisabled()  # a disabled account never gets a key slot
            user_id = int(row["id"])
            store.keyring.set_user_slot(db_key, user_id, str(row["username"]), new_password)
            if store.keyring.recovery_is_legacy():  # the code is at hand: give it the new format
                store.keyring.set_recovery_slot(db_key, recovery_code)
            store.save_keyring()
            uow.users.password_changed(user_id)
            audit.record(uow, _actor_from_row(row), "password_reset_with_recovery_code")
            uow.commit()
        return _finish_sign_in(store, user_id, username, "login_after_recovery", new_password)
    except BaseException:
        store.close()
        raise
