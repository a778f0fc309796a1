"""The store's key and keyring, kept in step with its accounts.

- :func:`rotate_key` gives the database a new key after an account lost its access (disabled):
  every active user's slot and the recovery slot get the new key, sealed to their public keys
  (no password needed), and the database is rewritten under it (``Store.rekey``). An old copy
  of ``keyring.json``, the disabled user's password and the old key included, opens nothing
  written since. It runs outside any unit of work, behind the backup lock, and takes a while
  on a large store (every page is rewritten): the window runs it in the background.
- :func:`after_sign_in` runs at every sign-in that may write: it upgrades an old keyring at the
  owner's sign-in (checked against the database, then sealed with a MAC), gives the signing-in
  user's own old-format slot the new format, keeps the store's name in the keyring, and takes
  out the slots of accounts that are disabled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from time import perf_counter
from typing import Any

from storecrm.data.keyring import KeyringChanged, new_db_key, new_recovery_code
from storecrm.data.store import Store
from storecrm.domain.roles import Actor, Permission, Role
from storecrm.services import audit

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

#: Set in the database once the keyring carries a MAC: a keyring without one is then refused
#: (someone put an old copy back, or took the MAC out).
SEALED_SETTING = "keyring_sealed"


@dataclass(frozen=True, slots=True)
class KeyChange:
    """What a change of the database key did."""

    seconds: float
    users_without_key: tuple[str, ...]  # their slot could not take the new key: a new password
    new_recovery_code: str | None  # the old code no longer opens the store: show this one once


def rotate_key(store: Store, actor: Actor, progress: Progress | None = None) -> KeyChange:
    """Give the store a new database key (the owner; see the module). Raises PermissionDenied
    or StoreBusy (work in progress or another program kept it from happening; nothing changed,
    and the keyring still says a change is due)."""
    with store.unit_of_work() as uow:
        audit.require(uow, actor, Permission.MANAGE_USERS, "key_change")
        rows = uow.users.all()
    active = {int(r["id"]) for r in rows if r["active"]}
    names = {int(r["id"]): str(r["username"]) for r in rows}
    from storecrm.services import backup  # backup imports the session module, which imports us

    started = perf_counter()
    with backup.exclusive():
        new_key = new_db_key()
        plan = store.keyring.rekeyed(new_key, active, store.signed_in_slot)
        code: str | None = None
        if plan.recovery_lost:
            code = new_recovery_code()
            plan.keyring.set_recovery_slot(new_key, code)
        store.rekey(new_key, plan.keyring, progress)
    seconds = perf_counter() - started
    without = tuple(names.get(uid, str(uid)) for uid in plan.users_without_key)
    with store.unit_of_work() as uow:
        audit.record(
            uow,
            actor,
            "key_change",
            detail={
                "users_without_key": len(without),
                "new_recovery_code": code is not None,
                "seconds": round(seconds, 1),
            },
        )
        uow.commit()
    log.info("database key changed in %.1f s", seconds)
    return KeyChange(seconds, without, code)


def after_sign_in(store: Store, actor: Actor, row: Mapping[str, Any], password: str | None) -> None:
    """Keep the keyring in step with the database at a sign-in that may write (see the module).

    Raises KeyringChanged when the keyring has no MAC but the database says it had one.
    """
    keyring = store.keyring
    with store.unit_of_work() as uow:
        sealed = uow.settings.get(SEALED_SETTING) == "1"
        if keyring.legacy_header and sealed:
            raise KeyringChanged(str(store.paths.keyring))
        if store.read_only:
            return
        users = {int(r["id"]): r for r in uow.users.all()}
        store_name = uow.settings.get("store_name", "") or ""
        changed = False
        if keyring.legacy_header and actor.role is Role.OWNER:
            # The first sign-in of the owner since the MAC exists: what the header says is
            # checked against the database before it is sealed.
            keyring.owner_user_id = actor.user_id
            keyring.seal_header()
            changed = True
        for slot in list(keyring.user_slots()):
            user = users.get(slot.user_id) if slot.user_id is not None else None
            if (user is None or not user["active"]) and slot.user_id is not None:
                keyring.remove_user_slot(slot.user_id)  # sets rekey_due
                changed = True
        if not keyring.legacy_header:
            own = keyring.slot_of(actor.user_id)
            if password is not None and own is not None and own.legacy:
                keyring.set_user_slot(store.db_key, actor.user_id, str(row["username"]), password)
                changed = True
            if keyring.store_name != store_name[:200]:
                keyring.store_name = store_name[:200]
                changed = True
        if changed:
            store.save_keyring()
        if not keyring.legacy_header and not sealed:
            # Only after the sealed keyring is on disk: a crash in between must not leave a
            # database that refuses its own keyring.
            uow.settings.put(SEALED_SETTING, "1", actor.user_id)
        uow.commit()
