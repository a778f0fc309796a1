"""Who served a ticket: the till's "served by" as every line's default, each line's own staff
(主做/助理, 指定 or not), checked against the roster."""

from __future__ import annotations

from collections.abc import Sequence

from storecrm.data.uow import UnitOfWork
from storecrm.domain.commission import LineStaff, Role, check_line_staff
from storecrm.domain.errors import NotFound, ValidationError
from storecrm.domain.roles import Actor


def default_served_by(
    uow: UnitOfWork, actor: Actor, served_by: int | None, account_id: int | None
) -> int | None:
    """The staff member a ticket is credited to when no line says otherwise: ``served_by``,
    else the staff member of the account named (``account_id``), else of the signed-in user
    (the cashier served, as before staff had a roster of their own)."""
    if served_by is not None:
        return served_by
    user_id = account_id if account_id is not None else actor.user_id

    def load() -> int | None:
        row = uow.staff.of_user(user_id)
        return None if row is None or not row["active"] else int(row["id"])

    return uow.cached(("active_staff_of_user", user_id), load)  # every sale asks


def resolve(
    uow: UnitOfWork,
    per_line: Sequence[tuple[LineStaff, ...] | None],
    served_by: int | None,
    requested: bool,
) -> list[tuple[LineStaff, ...]]:
    """Each line's staff (the default where the line names none), every one checked: on the
    roster and active, one main at least, nobody twice."""
    default = () if served_by is None else (LineStaff(served_by, Role.MAIN, requested),)
    result = [default if staff is None else tuple(staff) for staff in per_line]
    active: dict[int, bool] = {}
    for staff in result:
        check_line_staff(staff)
        for person in staff:
            if person.staff_id not in active:
                try:
                    active[person.staff_id] = _active(uow, person.staff_id)
                except NotFound:
                    raise ValidationError("staff_member", "not_found") from None
            if not active[person.staff_id]:
                raise ValidationError("staff_member", "inactive")
    return result


def _active(uow: UnitOfWork, staff_id: int) -> bool:
    """Whether the staff member is active (kept per open store); NotFound if unknown."""
    return uow.cached(("staff_active", staff_id), lambda: bool(uow.staff.get(staff_id)["active"]))


__all__ = ["default_served_by", "resolve"]
