"""Permission checks and the audit trail, shared by every service."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from storecrm.data.uow import UnitOfWork
from storecrm.domain.errors import PermissionDenied
from storecrm.domain.roles import Actor, Permission


def record(
    uow: UnitOfWork,
    actor: Actor | None,
    action: str,
    *,
    outcome: str = "ok",
    target: str | None = None,
    detail: Mapping[str, Any] | None = None,
) -> None:
    uow.audit.append(
        action,
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else "",
        outcome=outcome,
        target=target,
        detail=detail,
    )


def require(uow: UnitOfWork, actor: Actor, permission: Permission, action: str) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may do ``permission``.

    A refusal is itself audited and committed at once, before anything else in the unit of
    work, so it survives the rollback the exception causes.
    """
    if actor.can(permission):
        return
    uow.rollback()
    record(uow, actor, action, outcome="denied", detail={"permission": permission.value})
    uow.commit()
    raise PermissionDenied(permission.value)
