"""Rooms, beds and chairs (房间) on a real store: managed by managers (name, capacity, in use),
taken by a booking (a room or "any free room"), full when their capacity is reached, named on
the appointment, and each refusal said in the cashier's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from storecrm import messages
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import PermissionDenied
from storecrm.services import customers, session
from storecrm.services.appointments import book, rooms
from storecrm.services.appointments.dto import RoomInfo
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD
from tests.services import test_appointments as base
from tests.services.test_appointments import MONDAY, Salon, at, draft, refused

now, salon = base.now, base.salon  # the same salon's fixtures


def other_customer(owner: StoreContext, name: str = "李雷", phone: str = "13900139000") -> int:
    return owner.call(customers.create_customer, CustomerDraft(name=name, phone=phone)).customer_id


def test_rooms_are_added_changed_and_listed(owner: StoreContext, salon: Salon) -> None:
    vip = owner.call(rooms.save_room, RoomInfo(0, "  VIP  包间 ", 1))
    assert vip.name == "VIP 包间" and vip.room_id
    bed = owner.call(rooms.save_room, RoomInfo(0, "美容床", 2))
    owner.call(rooms.save_room, RoomInfo(bed.room_id, "美容床", 3, active=False))
    assert [r.name for r in owner.call(rooms.list_rooms)] == ["VIP 包间"]
    listed = owner.call(rooms.list_rooms, include_inactive=True)
    assert RoomInfo(bed.room_id, "美容床", 3, False) in listed
    for bad, field, text in (
        (RoomInfo(0, " ", 1), "room_name", "A room needs a name."),
        (RoomInfo(0, "VIP 包间", 1), "room_name", "There is already a room called VIP 包间."),
        (RoomInfo(0, "床", 0), "capacity", "A room takes 1 to 99 appointments at once."),
        (RoomInfo(0, "床" * 33, 1), "room_name", "A room's name is at most 32 character"),
    ):
        err = refused(owner, rooms.save_room, bad)
        assert err.field == field
        assert messages.error_text(err).startswith(text)  # (s): the English plural in the GUI


def test_a_cashier_books_a_room_but_does_not_manage_them(
    store_dir: Path, owner: StoreContext, salon: Salon
) -> None:
    owner.call(rooms.save_room, RoomInfo(0, "VIP包间", 1))
    owner.close()
    cashier = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        assert [r.name for r in cashier.call(rooms.list_rooms)] == ["VIP包间"]
        with pytest.raises(PermissionDenied):
            cashier.call(rooms.save_room, RoomInfo(0, "床2", 1))
    finally:
        cashier.close()


def test_a_booked_room_is_named_and_full_is_said(owner: StoreContext, salon: Salon) -> None:
    room = owner.call(rooms.save_room, RoomInfo(0, "VIP包间", 1)).room_id
    made = owner.call(book.book_appointment, draft(salon, salon.tony, at(14), resource_id=room))
    assert (made.resource_id, made.resource_name) == (room, "VIP包间")
    assert owner.call(book.day_book, MONDAY).appointments[0].resource_name == "VIP包间"
    err = refused(
        owner,
        book.book_appointment,
        draft(salon, salon.mei, at(14), customer_id=other_customer(owner), resource_id=room),
    )
    assert (err.field, err.code) == ("resource", "full")
    assert messages.error_text(err) == (
        "This room (bed, chair) is full at that time; choose another time or room."
    )


def test_any_free_room_takes_the_smallest_free_or_says_none_is(
    owner: StoreContext, salon: Salon
) -> None:
    err = refused(owner, book.book_appointment, draft(salon, salon.tony, at(14), any_room=True))
    assert (err.field, err.code) == ("resource", "none")
    assert "Settings → Rooms" in messages.error_text(err)
    small = owner.call(rooms.save_room, RoomInfo(0, "B小房", 1)).room_id
    first = owner.call(book.book_appointment, draft(salon, salon.tony, at(14), any_room=True))
    assert first.resource_id == small
    li_lei = other_customer(owner)
    err = refused(
        owner,
        book.book_appointment,
        draft(salon, salon.mei, at(14), customer_id=li_lei, any_room=True),
    )
    assert (err.field, err.code) == ("resource", "none_free")
    assert messages.error_text(err) == (
        "No room (bed, chair) is free at that time; choose another time."
    )
    big = owner.call(rooms.save_room, RoomInfo(0, "A大房", 2)).room_id
    second = owner.call(
        book.book_appointment, draft(salon, salon.mei, at(14), customer_id=li_lei, any_room=True)
    )
    assert second.resource_id == big
    # Both free at 15:00: the smallest room is taken first, the big one stays for a pair.
    third = owner.call(
        book.book_appointment, draft(salon, salon.mei, at(15), customer_id=li_lei, any_room=True)
    )
    assert third.resource_id == small
    # A refusal that no room changes (the staff member's) is said as it is.
    err = refused(owner, book.book_appointment, draft(salon, salon.tony, at(14), any_room=True))
    assert err.field in {"staff", "customer"}


def test_a_room_with_appointments_to_come_stays_in_use(owner: StoreContext, salon: Salon) -> None:
    room = owner.call(rooms.save_room, RoomInfo(0, "VIP包间", 1))
    owner.call(book.book_appointment, draft(salon, salon.tony, at(14), resource_id=room.room_id))
    err = refused(owner, rooms.save_room, RoomInfo(room.room_id, "VIP包间", 1, active=False))
    assert (err.field, err.code) == ("room", "has_appointments")
    assert owner.call(rooms.list_rooms)[0].active
