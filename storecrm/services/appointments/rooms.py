"""Rooms, beds and chairs (房间、床位、座椅): a booking may take one, and a room takes as many
appointments at once as its capacity (``domain.appointments.check_booking``). Managers add and
change them (the book's 设置 → 房间…); anyone at the counter reads them to book."""

from __future__ import annotations

from datetime import timedelta

from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.appointments import HOLDING, AppointmentStatus
from storecrm.domain.errors import ValidationError
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.appointments.dto import RoomInfo

#: A room's name (the column's width) and how many it takes at once.
NAME_MAX = 32
CAPACITY_RANGE = (1, 99)


@reads
def list_rooms(uow: UnitOfWork, actor: Actor, include_inactive: bool = False) -> list[RoomInfo]:
    """The rooms by name (those in use only, unless ``include_inactive``)."""
    audit.require(uow, actor, Permission.RECORD_SALES, "roster_view")
    return [
        RoomInfo(int(r["id"]), r["name"], int(r["capacity"]), bool(r["active"]))
        for r in uow.appointments.resources(include_inactive=include_inactive)
    ]


def save_room(uow: UnitOfWork, actor: Actor, room: RoomInfo) -> RoomInfo:
    """Add a room (``room_id`` 0) or change one: its name, capacity, whether it is in use. A
    room with appointments still to come is not taken out of use."""
    audit.require(uow, actor, Permission.MANAGE_STAFF, "roster_change")
    name = " ".join(room.name.split())
    if not name:
        raise ValidationError("room_name", "required")
    if len(name) > NAME_MAX:
        raise ValidationError("room_name", "too_long", max=NAME_MAX)
    low, high = CAPACITY_RANGE
    if not low <= room.capacity <= high:
        raise ValidationError("capacity", "range", low=low, high=high)
    rows = {int(r["id"]): r for r in uow.appointments.resources(include_inactive=True)}
    if any(r["name"] == name for i, r in rows.items() if i != room.room_id):
        raise ValidationError("room_name", "taken", name=name)
    if room.room_id:
        before = rows.get(room.room_id)
        if before is None:
            raise ValidationError("resource", "not_found")
        if before["active"] and not room.active:
            now = clock.now()
            coming = [
                a
                for a in uow.appointments.between(now, now + timedelta(days=3660))
                if a["resource_id"] == room.room_id and AppointmentStatus(a["status"]) in HOLDING
            ]
            if coming:
                raise ValidationError("room", "has_appointments", count=len(coming))
        uow.appointments.update_resource(room.room_id, name, room.capacity, room.active)
        room_id = room.room_id
    else:
        room_id = uow.appointments.insert_resource(name, room.capacity, room.active)
    detail = {"name": name, "capacity": room.capacity, "active": room.active}
    audit.record(uow, actor, "roster_change", target=f"resource:{room_id}", detail=detail)
    uow.commit()
    return RoomInfo(room_id, name, room.capacity, room.active)
