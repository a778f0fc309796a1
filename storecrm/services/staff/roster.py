"""The staff roster (员工): people who serve, sell and earn commission, apart from the sign-in
accounts. A staff member may be linked to one account; the signed-in cashier's own figures are
found through that link.

Issue 19 (shifts) and later features refer to ``staff.id``; ``StaffMember`` is what they read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.customer import normalise_phone
from storecrm.domain.errors import ValidationError
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.staff.dto import StaffDraft, StaffMember


def member(row: Mapping[str, Any]) -> StaffMember:
    return StaffMember(
        staff_id=int(row["id"]),
        no=str(row["no"]),
        name=str(row["name"]),
        position=str(row["position"]),
        grade=str(row["grade"]),
        phone=row["phone"],
        hired_on=row["hired_on"],
        active=bool(row["active"]),
        user_id=None if row["user_id"] is None else int(row["user_id"]),
        username=row.get("username"),
    )


@reads
def list_staff_members(
    uow: UnitOfWork, actor: Actor, *, include_inactive: bool = False
) -> list[StaffMember]:
    """The roster by number. Anyone who records sales reads it (to name who served); the phone
    is shown only to those who manage the staff."""
    audit.require(uow, actor, Permission.RECORD_SALES, "staff_view")
    people = [member(r) for r in uow.staff.roster(include_inactive)]
    if actor.can(Permission.MANAGE_STAFF):
        return people
    return [replace(p, phone=None) for p in people]


def staff_of_actor(uow: UnitOfWork, actor: Actor) -> StaffMember | None:
    """The staff member linked to the signed-in account, if any."""
    row = uow.staff.of_user(actor.user_id)
    return None if row is None else member(uow.staff.get(int(row["id"])))


@reads
def my_staff_member(uow: UnitOfWork, actor: Actor) -> StaffMember | None:
    """The signed-in user's own staff record (the till's default for "served by")."""
    return staff_of_actor(uow, actor)


def save_staff_member(uow: UnitOfWork, actor: Actor, draft: StaffDraft) -> StaffMember:
    """Add (``staff_id`` 0) or change a staff member. Numbers are unique; an account is linked
    to at most one staff member."""
    audit.require(uow, actor, Permission.MANAGE_STAFF, "staff_change")
    name = " ".join(draft.name.split())
    if not name:
        raise ValidationError("name", "required")
    if len(name) > 64:
        raise ValidationError("name", "too_long", max=64)
    no = draft.no.strip() or uow.staff.next_no()
    if len(no) > 16:
        raise ValidationError("staff_no", "too_long", max=16)
    other = uow.staff.by_no(no)
    if other is not None and int(other["id"]) != draft.staff_id:
        raise ValidationError("staff_no", "taken")
    position, grade = draft.position.strip(), draft.grade.strip()
    if len(position) > 24 or len(grade) > 24:
        raise ValidationError("grade", "too_long", max=24)
    phone = normalise_phone(draft.phone or "")
    if draft.user_id is not None:
        uow.users.get(draft.user_id)
        linked = uow.staff.of_user(draft.user_id)
        if linked is not None and int(linked["id"]) != draft.staff_id:
            raise ValidationError("account", "taken")
    now = clock.now()
    values: dict[str, Any] = {
        "no": no,
        "name": name,
        "position": position,
        "grade": grade,
        "phone": phone,
        "hired_on": draft.hired_on,
        "active": draft.active,
        "user_id": draft.user_id,
        "updated_at": now,
    }
    if draft.staff_id:
        old = uow.staff.get(draft.staff_id)
        staff_id = draft.staff_id
        uow.staff.update(staff_id, values)
        before: dict[str, Any] = dict(old)
        changed = sorted(k for k in values if k != "updated_at" and before[k] != values[k])
    else:
        staff_id = uow.staff.insert(values | {"created_at": now})
        changed = ["created"]
    audit.record(
        uow,
        actor,
        "staff_change",
        target=f"staff:{staff_id}",
        detail={"no": no, "changed": changed, "grade": grade},
    )
    uow.commit()
    return member(uow.staff.get(staff_id))


__all__ = [
    "list_staff_members",
    "member",
    "my_staff_member",
    "save_staff_member",
    "staff_of_actor",
]
