"""A restaurant's tables and reservations on a real encrypted store: tables added and changed
(managers and owners only), the sitting length, each conflict refused with the sentence a
cashier sees and nothing saved, "any that fits" (the smallest free table, always the same
one), arrival, no-show, cancelling with a reason, moving, and the audit trail.

The restaurant on Monday 7 December 2026, open 09:00–21:00: 大厅 A1 (2 seats), A2 (4), A3 (4);
包间 牡丹 (10). A sitting is 120 minutes unless the store says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

import pytest

from storecrm import messages
from storecrm.domain.appointments import AppointmentStatus
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.services import customers, info, session
from storecrm.services.appointments import book, roster, tables
from storecrm.services.appointments.dto import ReservationDraft, TableInfo
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD
from tests.services.test_sales import Clock, fake_clock

MONDAY = date(2026, 12, 7)


def at(hour: int, minute: int = 0, day: date = MONDAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


@dataclass(frozen=True)
class Restaurant:
    a1: int
    a2: int
    a3: int
    peony: int
    member: int
    other: int


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = fake_clock(monkeypatch)
    clock.set(2026, 12, 6, 18, 0, 0)
    return clock


@pytest.fixture
def restaurant(owner: StoreContext, now: Clock) -> Restaurant:
    def table(name: str, area: str, seats: int, position: int) -> int:
        return owner.call(tables.save_table, TableInfo(0, name, area, seats, position)).table_id

    # Made out of order: the book and "any that fits" order them, not the ids.
    peony = table("牡丹", "包间", 10, 1)
    a3 = table("A3", "大厅", 4, 3)
    a2 = table("A2", "大厅", 4, 2)
    a1 = table("A1", "大厅", 2, 1)
    member = owner.call(customers.create_customer, CustomerDraft(name="王芳", phone="13800138000"))
    other = owner.call(customers.create_customer, CustomerDraft(name="李雷", phone="13900139000"))
    return Restaurant(a1, a2, a3, peony, member.customer_id, other.customer_id)


def reservation(
    r: Restaurant, table: int | None, start: datetime, party: int, **kw: object
) -> ReservationDraft:
    values: dict[str, object] = {"customer_id": r.member} | kw
    return ReservationDraft(start=start, party_size=party, table_id=table, **values)  # type: ignore[arg-type]


def refused(ctx: StoreContext, service: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        ctx.call(service, *args)  # type: ignore[arg-type]
    return caught.value


def test_tables_are_listed_by_area_then_position(
    owner: StoreContext, restaurant: Restaurant
) -> None:
    listed = owner.call(tables.list_tables)
    assert [(t.area, t.name, t.seats) for t in listed] == [
        ("大厅", "A1", 2),
        ("大厅", "A2", 4),
        ("大厅", "A3", 4),
        ("包间", "牡丹", 10),
    ]
    changed = owner.call(tables.save_table, TableInfo(restaurant.a3, " A3 ", "大厅", 6, 3))
    assert (changed.name, changed.seats) == ("A3", 6)
    err = refused(owner, tables.save_table, TableInfo(0, "A1", "大厅", 2))
    assert messages.validation_text(err) == "There is already a table called A1."
    err = refused(owner, tables.save_table, TableInfo(0, "B1", "大厅", 0))
    assert messages.validation_text(err) == "A table has 1 to 99 seats."
    err = refused(owner, tables.save_table, TableInfo(0, "B1", " ", 4))
    assert messages.validation_text(err) == "A table needs an area (大厅, 包间 …)."


def test_a_cashier_reads_tables_but_does_not_change_them(
    store_dir: object, owner: StoreContext, restaurant: Restaurant
) -> None:
    owner.close()
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)  # type: ignore[arg-type]
    try:
        assert len(ctx.call(tables.list_tables)) == 4
        with pytest.raises(PermissionDenied):
            ctx.call(tables.save_table, TableInfo(0, "B1", "大厅", 4))
        with pytest.raises(PermissionDenied):
            ctx.call(tables.set_sitting_minutes, 90)
        made = ctx.call(tables.reserve, reservation(restaurant, restaurant.a2, at(18), 3))
        assert made.table_name == "A2"
    finally:
        ctx.close()


def test_a_reservation_holds_its_table_for_the_sitting(
    owner: StoreContext, restaurant: Restaurant
) -> None:
    made = owner.call(tables.reserve, reservation(restaurant, restaurant.a2, at(18), 3))
    assert (made.start, made.end) == (at(18), at(20))  # 120 minutes
    assert (made.table_id, made.table_name, made.party_size) == (restaurant.a2, "A2", 3)
    assert made.status is AppointmentStatus.BOOKED and made.services == ()
    owner.call(tables.set_sitting_minutes, 60)
    assert owner.call(tables.sitting_minutes) == 60
    later = owner.call(
        tables.reserve,
        reservation(restaurant, restaurant.a2, at(20), 2, customer_id=restaurant.other),
    )
    assert (later.start, later.end) == (at(20), at(21))  # 60 minutes now, right after
    err = refused(owner, tables.set_sitting_minutes, 10)
    assert messages.validation_text(err) == "A sitting lasts 30 to 360 minutes."
    day = owner.call(tables.table_day, MONDAY)
    assert [t.name for t in day.tables] == ["A1", "A2", "A3", "牡丹"]
    assert [(a.customer_name, a.table_name) for a in day.appointments] == [
        ("王芳", "A2"),
        ("李雷", "A2"),
    ]
    assert (day.opens, day.closes, day.sitting_minutes) == (at(9), at(21), 60)


def test_each_conflict_is_refused_with_the_cashiers_sentence_and_nothing_is_saved(
    owner: StoreContext, restaurant: Restaurant
) -> None:
    r = restaurant
    owner.call(tables.reserve, reservation(r, r.a2, at(18), 4))  # A2 18:00–20:00
    owner.call(roster.add_closed_day, date(2026, 12, 9), "盘点")
    owner.call(tables.save_table, TableInfo(r.a3, "A3", "大厅", 4, 3, active=False))
    third = owner.call(customers.create_customer, CustomerDraft(name="韩梅梅", phone="13700137000"))
    cases = [
        (
            reservation(r, r.a2, at(19), 2, customer_id=r.other),
            "Table A2 is taken 18:00–20:00; choose another table or time.",
        ),
        (
            reservation(r, r.a1, at(12), 5, customer_id=r.other),
            "Table A1 seats 2; a party of 5 needs a larger table.",
        ),
        (
            reservation(r, None, at(12), 12, customer_id=r.other),
            "No table seats a party of 12.",
        ),
        (
            reservation(r, r.a1, at(12, day=date(2026, 12, 9)), 2),
            "The restaurant is closed on 2026-12-09: choose another day.",
        ),
        (
            reservation(r, r.a1, at(20), 2, customer_id=r.other),
            "The restaurant is open from 09:00 to 21:00; a reservation holds its table 120 "
            "minutes and must end by closing.",
        ),
        (
            reservation(r, r.a1, at(8), 2, customer_id=r.other),
            "The restaurant is open from 09:00 to 21:00; a reservation holds its table 120 "
            "minutes and must end by closing.",
        ),
        (
            reservation(r, r.a1, at(19), 2),
            "This customer already has an appointment at 18:00.",
        ),
        (
            reservation(r, r.a3, at(12), 2, customer_id=third.customer_id),
            "Table A3 is no longer in use.",
        ),
        (
            reservation(r, r.a1, at(12), 0, customer_id=r.other),
            "A party is 1 to 99 people.",
        ),
    ]
    for new, sentence in cases:
        err = refused(owner, tables.reserve, new)
        assert messages.validation_text(err) == sentence
    # A new customer from a reservation refused is not created either.
    err = refused(
        owner,
        tables.reserve,
        ReservationDraft(
            start=at(19), party_size=2, table_id=r.a2, new_name="张三", new_phone="13600136000"
        ),
    )
    assert (err.field, err.code) == ("table", "taken")
    assert not owner.call(customers.search_customers, "13600136000", limit=5)
    assert len(owner.call(tables.table_day, MONDAY).appointments) == 1


def test_any_that_fits_takes_the_smallest_free_table_the_same_way_each_time(
    owner: StoreContext, restaurant: Restaurant
) -> None:
    r = restaurant
    guests = [
        owner.call(customers.create_customer, CustomerDraft(name=f"客人{n}")).customer_id
        for n in range(6)
    ]

    def any_table(party: int, guest: int, start: datetime = datetime(2026, 12, 7, 18)) -> str:
        made = owner.call(tables.reserve, reservation(r, None, start, party, customer_id=guest))
        return made.table_name

    assert any_table(2, guests[0]) == "A1"  # two seats are enough: the smallest
    assert any_table(2, guests[1]) == "A2"  # A1 taken: the next smallest, by position
    assert any_table(3, guests[2]) == "A3"
    assert any_table(3, guests[3]) == "牡丹"  # only the private room is left
    err = refused(owner, tables.reserve, reservation(r, None, at(18), 2, customer_id=guests[4]))
    assert messages.validation_text(err) == (
        "No table for a party of 2 is free at that time; choose another time."
    )
    # 16:00–18:00 ends as the 18:00 ones begin (half-open spans): A1 first once more.
    assert any_table(2, guests[5], at(16)) == "A1"


def test_arrival_no_show_and_cancel_with_a_reason(
    owner: StoreContext, restaurant: Restaurant
) -> None:
    r = restaurant
    first = owner.call(tables.reserve, reservation(r, r.a1, at(12), 2))
    second = owner.call(tables.reserve, reservation(r, r.a2, at(12), 4, customer_id=r.other))
    third = owner.call(tables.reserve, reservation(r, r.peony, at(18), 8))
    arrived = owner.call(book.set_status, first.appointment_id, AppointmentStatus.ARRIVED)
    assert arrived.status is AppointmentStatus.ARRIVED
    missed = owner.call(book.set_status, second.appointment_id, AppointmentStatus.NO_SHOW)
    assert missed.status is AppointmentStatus.NO_SHOW
    err = refused(owner, book.set_status, third.appointment_id, AppointmentStatus.CANCELLED, " ")
    assert messages.validation_text(err) == "Say why the appointment is cancelled."
    cancelled = owner.call(
        book.set_status, third.appointment_id, AppointmentStatus.CANCELLED, "改天再来"
    )
    assert (cancelled.status, cancelled.reason) == (AppointmentStatus.CANCELLED, "改天再来")
    # The no-show's table is free again; so is the cancelled room.
    again = owner.call(tables.reserve, reservation(r, r.a2, at(12, 30), 4, customer_id=r.other))
    assert again.table_name == "A2"
    assert owner.call(book.customer_appointments, r.other).no_shows == 1
    actions = [e.action for e in owner.call(info.recent_audit, 50)]
    assert actions.count("reservation_book") == 4
    assert actions.count("appointment_status") == 3


def test_a_reservation_moves_to_a_free_table_or_is_refused(
    owner: StoreContext, restaurant: Restaurant
) -> None:
    r = restaurant
    first = owner.call(tables.reserve, reservation(r, r.a1, at(12), 2))
    owner.call(tables.reserve, reservation(r, r.a2, at(12), 4, customer_id=r.other))
    err = refused(owner, tables.move_reservation, first.appointment_id, at(13), r.a2)
    assert messages.validation_text(err) == (
        "Table A2 is taken 12:00–14:00; choose another table or time."
    )
    moved = owner.call(tables.move_reservation, first.appointment_id, at(13), r.a3)
    assert (moved.table_name, moved.start, moved.end) == ("A3", at(13), at(15))
    # A table with a reservation to come is not taken out of use.
    err = refused(owner, tables.save_table, TableInfo(r.a3, "A3", "大厅", 4, 3, active=False))
    assert messages.validation_text(err) == (
        "This table has reservations to come; move or cancel them first."
    )
