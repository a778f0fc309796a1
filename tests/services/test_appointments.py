"""Appointments and the roster on a real encrypted store: the day's book, booking (an existing
customer or a new one from name and phone), "anyone", moving, arrival, no-show, cancelling,
each refusal leaving the store as it was, and the audit trail.

The salon on Monday 7 December 2026: 剪发 30 min, 烫发 120 min, 护理 (no duration: 30 min).
Tony works 早班 09:00–15:00 on weekdays; 小美 works 晚班 14:00–21:00 every day but Tuesday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import pytest

from storecrm.domain.appointments import AppointmentSource, AppointmentStatus
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.services import catalogue, customers, info, session
from storecrm.services.appointments import book, roster
from storecrm.services.appointments.dto import BookingDraft
from storecrm.services.dto import ItemDraft
from storecrm.services.session import StoreContext
from storecrm.services.staff import roster as staff_roster
from storecrm.services.staff.dto import StaffDraft
from tests.conftest import CASHIER, CASHIER_PASSWORD
from tests.services.test_sales import Clock, fake_clock

MONDAY = date(2026, 12, 7)


def at(hour: int, minute: int = 0, day: date = MONDAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


@dataclass(frozen=True)
class Salon:
    cut: int
    perm: int
    care: int
    tony: int
    mei: int
    member: int


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = fake_clock(monkeypatch)
    clock.set(2026, 12, 6, 18, 0, 0)
    return clock


@pytest.fixture
def salon(owner: StoreContext, now: Clock) -> Salon:
    def item(name: str, minutes: int | None) -> int:
        draft = ItemDraft(name=name, price_fen=10000, kind="service", duration_min=minutes)
        return owner.call(catalogue.save_item, draft).item_id

    cut, perm, care = item("剪发", 30), item("烫发", 120), item("护理", None)
    tony = owner.call(staff_roster.save_staff_member, StaffDraft(0, "Tony")).staff_id
    mei = owner.call(staff_roster.save_staff_member, StaffDraft(0, "小美")).staff_id
    shifts = {s.name: s.shift_id for s in owner.call(roster.list_shifts)}
    owner.call(roster.set_week, tony, {d: shifts["早班"] for d in range(5)} | {5: None, 6: None})
    owner.call(roster.set_week, mei, {d: shifts["晚班"] for d in range(7)} | {1: None})
    member = owner.call(
        customers.create_customer, CustomerDraft(name="王芳", phone="13800138000")
    ).customer_id
    return Salon(cut, perm, care, tony, mei, member)


def draft(
    salon: Salon, staff: int | None, start: datetime, *items: int, **kw: object
) -> BookingDraft:
    values: dict[str, object] = {"customer_id": salon.member} | kw
    return BookingDraft(start=start, item_ids=items or (salon.cut,), staff_id=staff, **values)  # type: ignore[arg-type]


def refused(ctx: StoreContext, service: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        ctx.call(service, *args)  # type: ignore[arg-type]
    return caught.value


def test_a_booking_takes_its_minutes_from_the_catalogue(owner: StoreContext, salon: Salon) -> None:
    made = owner.call(
        book.book_appointment, draft(salon, salon.tony, at(10), salon.cut, salon.perm, salon.care)
    )
    assert (made.start, made.end) == (at(10), at(13))  # 30 + 120 + 30 (no duration: 30)
    assert [s.minutes for s in made.services] == [30, 120, 30]
    assert made.status is AppointmentStatus.BOOKED
    assert (made.customer_name, made.staff_id) == ("王芳", salon.tony)


def test_the_day_book_shows_shifts_and_appointments(owner: StoreContext, salon: Salon) -> None:
    owner.call(book.book_appointment, draft(salon, salon.mei, at(16), requested=True))
    owner.call(roster.add_leave, salon.tony, at(12), at(13), "看病")
    day = owner.call(book.day_book, MONDAY)
    assert (day.opens, day.closes) == (at(9), at(21))
    by_name = {s.name: s for s in day.staff}
    assert by_name["Tony"].shift_name == "早班"
    assert [(w.start, w.end) for w in by_name["Tony"].working] == [
        (at(9), at(12)),
        (at(13), at(15)),
    ]
    assert [(w.start, w.end) for w in by_name["小美"].working] == [(at(14), at(21))]
    (only,) = day.appointments
    assert (only.staff_id, only.requested, only.start) == (salon.mei, True, at(16))
    tuesday = owner.call(book.day_book, date(2026, 12, 8))
    assert {s.name: s.working for s in tuesday.staff}["小美"] == ()


def test_each_conflict_is_refused_and_nothing_is_saved(owner: StoreContext, salon: Salon) -> None:
    owner.call(book.book_appointment, draft(salon, salon.tony, at(10), salon.perm))  # 10–12
    owner.call(book.book_appointment, draft(salon, salon.tony, at(14)))  # 14:00–14:30
    owner.call(roster.add_closed_day, date(2026, 12, 9), "盘点")
    other = owner.call(customers.create_customer, CustomerDraft(name="李雷", phone="13900139000"))
    cases = [
        (draft(salon, salon.tony, at(11), customer_id=other.customer_id), ("staff", "booked")),
        (draft(salon, salon.tony, at(14, 45)), ("staff", "off_shift")),
        (draft(salon, salon.mei, at(15, day=date(2026, 12, 8))), ("staff", "resting")),
        (draft(salon, salon.mei, at(14, 15)), ("customer", "double_booked")),
        (draft(salon, salon.tony, at(10, day=date(2026, 12, 9))), ("start", "closed_day")),
        (draft(salon, salon.mei, at(20, 45)), ("start", "outside_hours")),
    ]
    for new, expected in cases:
        err = refused(owner, book.book_appointment, new)
        assert (err.field, err.code) == expected
    assert len(owner.call(book.day_book, MONDAY).appointments) == 2


def test_a_room_takes_only_its_capacity(owner: StoreContext, salon: Salon) -> None:
    room = owner.call(roster.add_resource, "VIP包间", 1)
    owner.call(book.book_appointment, draft(salon, salon.tony, at(14), resource_id=room))
    other = owner.call(customers.create_customer, CustomerDraft(name="李雷", phone="13900139000"))
    err = refused(
        owner,
        book.book_appointment,
        draft(salon, salon.mei, at(14), customer_id=other.customer_id, resource_id=room),
    )
    assert (err.field, err.code) == ("resource", "full")


def test_anyone_gets_whoever_is_free(owner: StoreContext, salon: Salon) -> None:
    owner.call(book.book_appointment, draft(salon, salon.tony, at(14)))
    other = owner.call(customers.create_customer, CustomerDraft(name="李雷", phone="13900139000"))
    made = owner.call(
        book.book_appointment, draft(salon, None, at(14), customer_id=other.customer_id)
    )
    assert (made.staff_id, made.requested) == (salon.mei, False)


def test_a_new_customer_is_created_only_when_the_booking_fits(
    owner: StoreContext, salon: Salon
) -> None:
    before = len(owner.call(customers.search_customers, "赵"))
    bad = draft(
        salon, salon.tony, at(20), customer_id=None, new_name="赵敏", new_phone="13700137000"
    )
    assert refused(owner, book.book_appointment, bad).code == "off_shift"
    assert len(owner.call(customers.search_customers, "赵")) == before
    good = draft(
        salon,
        salon.tony,
        at(10),
        customer_id=None,
        new_name="赵敏",
        new_phone="13700137000",
        source=AppointmentSource.WECHAT,
    )
    made = owner.call(book.book_appointment, good)
    assert (made.customer_name, made.customer_phone, made.source) == (
        "赵敏",
        "13700137000",
        AppointmentSource.WECHAT,
    )


def test_a_move_over_another_is_refused_and_a_move_to_free_time_is_kept(
    owner: StoreContext, salon: Salon
) -> None:
    first = owner.call(book.book_appointment, draft(salon, salon.tony, at(10)))
    other = owner.call(customers.create_customer, CustomerDraft(name="李雷", phone="13900139000"))
    second = owner.call(
        book.book_appointment, draft(salon, salon.tony, at(11), customer_id=other.customer_id)
    )
    err = refused(owner, book.move_appointment, second.appointment_id, at(10, 15), salon.tony)
    assert (err.field, err.code) == ("staff", "booked")
    moved = owner.call(book.move_appointment, second.appointment_id, at(11, 15), salon.tony)
    assert (moved.start, moved.end) == (at(11, 15), at(11, 45))
    moved = owner.call(book.move_appointment, first.appointment_id, at(14), salon.mei)
    assert (moved.staff_id, moved.start) == (salon.mei, at(14))


def test_statuses_arrival_no_show_and_cancel_with_a_reason(
    owner: StoreContext, salon: Salon
) -> None:
    one = owner.call(book.book_appointment, draft(salon, salon.tony, at(10)))
    assert (
        owner.call(book.set_status, one.appointment_id, AppointmentStatus.ARRIVED).status
        is AppointmentStatus.ARRIVED
    )
    err = refused(owner, book.set_status, one.appointment_id, AppointmentStatus.NO_SHOW)
    assert err.code == "invalid_transition"
    other = owner.call(customers.create_customer, CustomerDraft(name="李雷", phone="13900139000"))
    two = owner.call(
        book.book_appointment, draft(salon, salon.tony, at(11), customer_id=other.customer_id)
    )
    assert (
        refused(owner, book.set_status, two.appointment_id, AppointmentStatus.CANCELLED).field
        == "cancel_reason"
    )
    gone = owner.call(book.set_status, two.appointment_id, AppointmentStatus.CANCELLED, "客人改期")
    assert (gone.status, gone.reason) == (AppointmentStatus.CANCELLED, "客人改期")
    # The cancelled time is free again.
    owner.call(
        book.book_appointment, draft(salon, salon.tony, at(11), customer_id=other.customer_id)
    )
    actions = [e.action for e in owner.call(info.recent_audit, 20)]
    assert actions.count("appointment_book") == 3
    assert actions.count("appointment_status") == 2


def test_a_cashier_books_but_does_not_change_the_roster(
    store_dir: Path, owner: StoreContext, salon: Salon
) -> None:
    owner.close()
    cashier = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        made = cashier.call(book.book_appointment, draft(salon, salon.tony, at(10)))
        assert made.customer_phone == "138****8000"  # a cashier sees the phone masked
        with pytest.raises(PermissionDenied):
            cashier.call(roster.set_week, salon.tony, {0: None})
    finally:
        cashier.close()


def test_the_profile_shows_appointments_to_come_past_and_no_shows(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    first = owner.call(book.book_appointment, draft(salon, salon.tony, at(10)))
    tuesday = date(2026, 12, 8)
    later = owner.call(book.book_appointment, draft(salon, salon.tony, at(10, day=tuesday)))
    soon = owner.call(book.book_appointment, draft(salon, salon.tony, at(9, day=tuesday)))
    now.set(2026, 12, 7, 12, 0, 0)
    owner.call(book.set_status, first.appointment_id, AppointmentStatus.NO_SHOW)
    seen = owner.call(book.customer_appointments, salon.member)
    assert [a.appointment_id for a in seen.upcoming] == [soon.appointment_id, later.appointment_id]
    assert [a.appointment_id for a in seen.past] == [first.appointment_id]
    assert seen.no_shows == 1
    assert seen.upcoming[0].staff_name == "Tony"
    other = owner.call(customers.create_customer, CustomerDraft(name="李雷", phone="13900139000"))
    assert owner.call(book.customer_appointments, other.customer_id).no_shows == 0
