"""User accounts: the owner adds staff and resets their passwords; everyone changes their own.

A disabled account holds no key slot: disabling takes its slot out of the keyring and marks the
database key for a change (``StoreContext.rekey``, which the window runs right after); enabling
it again needs a new password, which makes a new slot.
"""

from __future__ import annotations

from typing import Any

from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain.accounts import check_password, check_username
from storecrm.domain.errors import PermissionDenied, ValidationError, WrongPassword
from storecrm.domain.roles import Actor, Permission, Role, can_assign
from storecrm.services import audit
from storecrm.services.dto import UserInfo


def _info(row: Any) -> UserInfo:
    return UserInfo(
        user_id=int(row["id"]),
        username=str(row["username"]),
        display_name=str(row["display_name"]),
        role=Role(row["role"]),
        active=bool(row["active"]),
        created_at=row["created_at"],
        password_changed_at=row["password_changed_at"],
    )


@reads
def list_users(uow: UnitOfWork, actor: Actor) -> list[UserInfo]:
    require_manage = actor.can(Permission.MANAGE_USERS)
    rows = uow.users.all()
    if not require_manage:
        rows = [r for r in rows if int(r["id"]) == actor.user_id]
    return [_info(r) for r in rows]


def add_user(
    uow: UnitOfWork,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    role: Role,
    password: str,
) -> UserInfo:
    audit.require(uow, actor, Permission.MANAGE_USERS, "user_add")
    if not can_assign(actor.role, role):
        raise ValidationError("role", "role_not_assignable")
    name = check_username(username)
    check_password(password)
    if uow.users.by_username(name) is not None:
        raise ValidationError("username", "username_taken")
    display = display_name.strip() or name
    user_id = uow.users.add(name, display, role, created_by=actor.user_id)
    store = uow.store
    store.keyring.set_user_slot(store.db_key, user_id, name, password)
    store.save_keyring()
    audit.record(uow, actor, "user_add", target=f"user:{user_id}", detail={"role": role.value})
    uow.commit()
    return _info(uow.users.get(user_id))


def update_user(
    uow: UnitOfWork,
    actor: Actor,
    user_id: int,
    *,
    display_name: str | None = None,
    role: Role | None = None,
    active: bool | None = None,
    password: str | None = None,
) -> UserInfo:
    """Change a staff account. ``active=False`` takes its key slot out (the database key must
    then change: ``StoreContext.rekey``); ``active=True`` for an account without a slot needs
    ``password`` (ValidationError "password_needed")."""
    audit.require(uow, actor, Permission.MANAGE_USERS, "user_update")
    row = uow.users.get(user_id)
    if Role(row["role"]) is Role.OWNER:
        raise ValidationError("role", "owner_is_fixed")
    store = uow.store
    changes: dict[str, Any] = {}
    if display_name is not None and display_name.strip():
        changes["display_name"] = display_name.strip()
    if role is not None:
        if not can_assign(actor.role, role):
            raise ValidationError("role", "role_not_assignable")
        changes["role"] = role.value
    new_slot = False
    if active is not None and active != bool(row["active"]):
        changes["active"] = active
        if active and not store.keyring.has_user_slot(user_id):
            if password is None:
                raise ValidationError("password", "password_needed")
            check_password(password)
            new_slot = True
    if changes:
        uow.users.set_fields(user_id, **changes)
        if new_slot:
            assert password is not None
            store.keyring.set_user_slot(store.db_key, user_id, str(row["username"]), password)
            uow.users.password_changed(user_id)
        if changes.get("active") is False:
            store.keyring.remove_user_slot(user_id)
        if new_slot or "active" in changes:
            store.save_keyring()  # before the commit: a crash leaves no slot for a disabled user
        shown = {k: (v if k != "display_name" else "changed") for k, v in changes.items()}
        audit.record(uow, actor, "user_update", target=f"user:{user_id}", detail=shown)
        uow.commit()
    return _info(uow.users.get(user_id))


def reset_password(uow: UnitOfWork, actor: Actor, user_id: int, new_password: str) -> None:
    """The owner sets a new password for a staff member: one key slot is rewritten."""
    audit.require(uow, actor, Permission.MANAGE_USERS, "password_reset")
    check_password(new_password)
    row = uow.users.get(user_id)
    if not row["active"]:
        raise ValidationError("password", "account_disabled")  # enable it with a new password
    store = uow.store
    store.keyring.set_user_slot(store.db_key, user_id, str(row["username"]), new_password)
    store.save_keyring()
    uow.users.password_changed(user_id)
    audit.record(uow, actor, "password_reset", target=f"user:{user_id}")
    uow.commit()


def change_own_password(
    uow: UnitOfWork, actor: Actor, old_password: str, new_password: str
) -> None:
    store = uow.store
    try:
        user_id, _ = store.keyring.unlock_user(actor.username, old_password)
    except WrongPassword:
        audit.record(uow, actor, "password_change", outcome="failed")
        uow.commit()
        raise
    if user_id != actor.user_id:  # pragma: no cover - hints are unique per user name
        raise PermissionDenied("change_password")
    check_password(new_password)
    store.keyring.set_user_slot(store.db_key, actor.user_id, actor.username, new_password)
    store.save_keyring()
    uow.users.password_changed(actor.user_id)
    audit.record(uow, actor, "password_change", target=f"user:{actor.user_id}")
    uow.commit()
