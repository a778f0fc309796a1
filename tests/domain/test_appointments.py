"""The appointment rules, worked by hand: each conflict refused with its own code."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from storecrm.domain.appointments import (
    AppointmentStatus,
    BookedService,
    Booking,
    DayBook,
    Leave,
    OpeningHours,
    Resource,
    ShiftTemplate,
    Span,
    StaffWeek,
    assign_anyone,
    change_status,
    check_booking,
    service_minutes,
    shift_spans,
    slots,
)
from storecrm.domain.errors import ValidationError

# Monday 7 December 2026.
MONDAY = date(2026, 12, 7)
EARLY = ShiftTemplate("早班", time(9, 0), time(15, 0), id=1)
LATE = ShiftTemplate("晚班", time(14, 0), time(21, 0), id=2)
HOURS = OpeningHours(
    {0: (time(9, 0), time(21, 0)), 1: (time(9, 0), time(21, 0)), 2: None},
    closed_days=frozenset({date(2026, 12, 10)}),
)
# Staff 1 works early Monday and Tuesday; staff 2 late Monday, rests Tuesday.
WEEKS = {
    1: StaffWeek(1, {0: EARLY, 1: EARLY}),
    2: StaffWeek(2, {0: LATE, 1: None}),
}
CUT = BookedService(item_id=10, minutes=30)
COLOUR = BookedService(item_id=11, minutes=90)


def at(hour: int, minute: int = 0, day: date = MONDAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def booking(
    staff: int | None,
    start: datetime,
    *services: BookedService,
    customer: int = 100,
    id: int = 0,
    resource: int | None = None,
    status: AppointmentStatus = AppointmentStatus.BOOKED,
) -> Booking:
    return Booking(id, customer, staff, start, services or (CUT,), resource, status)


def book(*existing: Booking, leaves: tuple[Leave, ...] = (), rooms: int = 0) -> DayBook:
    resources = {7: Resource(7, "包间", capacity=rooms)} if rooms else {}
    return DayBook(HOURS, WEEKS, leaves, resources, existing)


def refusal(new: Booking, day_book: DayBook) -> tuple[str, str, dict[str, object]]:
    with pytest.raises(ValidationError) as caught:
        check_booking(new, day_book)
    return caught.value.field, caught.value.code, caught.value.params


def test_a_booking_inside_hours_and_shift_fits() -> None:
    check_booking(booking(1, at(10), CUT, COLOUR), book())  # 10:00–12:00, early shift


def test_the_end_is_the_start_plus_every_services_minutes() -> None:
    new = booking(1, at(10), CUT, COLOUR)
    assert new.minutes == 120
    assert new.end == at(12)


def test_a_closed_weekday_and_a_closed_day_are_refused() -> None:
    wednesday = date(2026, 12, 9)
    assert refusal(booking(1, at(10, day=wednesday)), book())[:2] == ("start", "closed_day")
    thursday_off = date(2026, 12, 10)  # a Thursday, but a closed day of its own
    field, code, params = refusal(booking(1, at(10, day=thursday_off)), book())
    assert (field, code, params["day"]) == ("start", "closed_day", "2026-12-10")


def test_before_opening_and_past_closing_are_refused() -> None:
    assert refusal(booking(1, at(8, 45)), book())[:2] == ("start", "outside_hours")
    # 20:30 + 90 minutes ends at 22:00, past 21:00, though it starts inside.
    field, code, params = refusal(booking(2, at(20, 30), COLOUR), book())
    assert (field, code) == ("start", "outside_hours")
    assert (params["open"], params["close"]) == ("09:00", "21:00")


def test_a_staff_member_resting_that_day_is_refused() -> None:
    tuesday = date(2026, 12, 8)
    assert refusal(booking(2, at(15, day=tuesday)), book())[:2] == ("staff", "resting")
    assert refusal(booking(9, at(15)), book())[:2] == ("staff", "resting")  # no week at all


def test_a_booking_outside_the_shift_is_refused_with_the_shift_times() -> None:
    # Staff 1 works 09:00–15:00; 14:30 + 60 minutes runs to 15:30.
    field, code, params = refusal(booking(1, at(14, 30), CUT, CUT), book())
    assert (field, code) == ("staff", "off_shift")
    assert (params["start"], params["end"]) == ("09:00", "15:00")
    # Ending exactly at the shift's end fits.
    check_booking(booking(1, at(14, 0), CUT, CUT), book())


def test_leave_takes_time_out_of_the_shift() -> None:
    leave = Leave(1, Span(at(11), at(13)))
    assert shift_spans(WEEKS[1], MONDAY, [leave]) == [Span(at(9), at(11)), Span(at(13), at(15))]
    assert refusal(booking(1, at(10, 45)), book(leaves=(leave,)))[:2] == ("staff", "on_leave")
    check_booking(booking(1, at(10, 30)), book(leaves=(leave,)))  # ends at 11:00
    check_booking(booking(1, at(13)), book(leaves=(leave,)))


def test_a_day_of_its_own_overrides_the_week() -> None:
    week = StaffWeek(2, {0: LATE, 1: None}, exceptions={date(2026, 12, 8): EARLY})
    day_book = DayBook(HOURS, {2: week})
    check_booking(booking(2, at(10, day=date(2026, 12, 8))), day_book)
    swapped = StaffWeek(2, {0: LATE}, exceptions={MONDAY: None})
    assert refusal(booking(2, at(16)), DayBook(HOURS, {2: swapped}))[:2] == ("staff", "resting")


def test_a_staff_member_already_booked_is_refused_with_the_other_time() -> None:
    existing = booking(1, at(10), COLOUR, id=1, customer=200)  # 10:00–11:30
    field, code, params = refusal(booking(1, at(11)), book(existing))
    assert (field, code) == ("staff", "booked")
    assert (params["start"], params["end"]) == ("10:00", "11:30")
    # Back to back is no overlap.
    check_booking(booking(1, at(11, 30)), book(existing))
    check_booking(booking(1, at(9, 30)), book(existing))


def test_cancelled_and_no_show_appointments_free_their_time() -> None:
    for status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW):
        gone = booking(1, at(10), id=1, customer=200, status=status)
        check_booking(booking(1, at(10)), book(gone))
    arrived = booking(1, at(10), id=1, customer=200, status=AppointmentStatus.ARRIVED)
    assert refusal(booking(1, at(10)), book(arrived))[:2] == ("staff", "booked")


def test_a_move_that_would_overlap_is_refused_but_a_move_over_itself_is_not() -> None:
    first = booking(1, at(10), id=1, customer=200)  # 10:00–10:30
    second = booking(1, at(11), id=2, customer=300)  # 11:00–11:30
    day_book = book(first, second)
    moved_onto_first = booking(1, at(10, 15), id=2, customer=300)
    assert refusal(moved_onto_first, day_book)[:2] == ("staff", "booked")
    # Moving the second a quarter later overlaps only its own old time.
    check_booking(booking(1, at(11, 15), id=2, customer=300), day_book)


def test_the_customer_booked_with_someone_else_at_that_time_is_refused() -> None:
    with_staff_2 = booking(2, at(14), COLOUR, id=1, customer=100)  # 14:00–15:30
    field, code, params = refusal(booking(1, at(14, 30), customer=100), book(with_staff_2))
    assert (field, code, params["at"]) == ("customer", "double_booked", "14:00")
    check_booking(booking(1, at(13, 30), customer=100), book(with_staff_2))


def test_a_resource_takes_as_many_as_its_capacity() -> None:
    one = booking(1, at(14), COLOUR, id=1, customer=200, resource=7)  # 14:00–15:30
    two = booking(2, at(15), id=2, customer=300, resource=7)  # 15:00–15:30
    # A room for two: a third at 15:00 finds both there.
    new = Booking(0, 400, None, at(15), (CUT,), 7)
    assert refusal(new, book(one, two, rooms=2))[:2] == ("resource", "full")
    assert refusal(new, book(one, two, rooms=2))[2]["capacity"] == 2
    # At 14:30 only one is there: the room for two takes it.
    check_booking(Booking(0, 400, None, at(14, 30), (CUT,), 7), book(one, two, rooms=2))
    # Two bookings that never meet leave room for a third beside each.
    early = booking(1, at(9), id=3, customer=500, resource=7)  # 09:00–09:30
    late = booking(1, at(9, 30), id=4, customer=600, resource=7)  # 09:30–10:00
    check_booking(Booking(0, 400, None, at(9), (CUT, CUT), 7), book(early, late, rooms=2))
    assert refusal(Booking(0, 400, None, at(9), (CUT,), 7), book(early, rooms=1))[:2] == (
        "resource",
        "full",
    )


def test_anyone_takes_the_first_staff_member_free() -> None:
    busy = booking(1, at(14), id=1, customer=200)  # staff 1 at 14:00
    anyone = booking(None, at(14))
    assert assign_anyone(anyone, book(busy), [1, 2]).staff_id == 2
    assert assign_anyone(booking(None, at(10)), book(), [1, 2]).staff_id == 1
    with pytest.raises(ValidationError) as caught:
        assign_anyone(booking(None, at(10)), book(booking(1, at(10), id=1, customer=9)), [1, 2])
    assert (caught.value.field, caught.value.code) == ("staff", "no_one_free")
    # The store's own rules refuse before anyone is looked for.
    with pytest.raises(ValidationError) as closed:
        assign_anyone(booking(None, at(10, day=date(2026, 12, 9))), book(), [1, 2])
    assert closed.value.code == "closed_day"


def test_a_booking_without_services_is_refused() -> None:
    empty = Booking(0, 100, 1, at(10), ())
    assert refusal(empty, book())[:2] == ("services", "required")


def test_statuses_move_only_forwards_and_a_cancellation_needs_a_reason() -> None:
    booked = AppointmentStatus.BOOKED
    assert change_status(booked, AppointmentStatus.ARRIVED) is AppointmentStatus.ARRIVED
    assert change_status(AppointmentStatus.ARRIVED, AppointmentStatus.DONE) is (
        AppointmentStatus.DONE
    )
    assert change_status(booked, AppointmentStatus.NO_SHOW) is AppointmentStatus.NO_SHOW
    with pytest.raises(ValidationError) as no_reason:
        change_status(booked, AppointmentStatus.CANCELLED, "  ")
    assert (no_reason.value.field, no_reason.value.code) == ("cancel_reason", "required")
    assert change_status(booked, AppointmentStatus.CANCELLED, "客人改期") is (
        AppointmentStatus.CANCELLED
    )
    for final in (AppointmentStatus.DONE, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED):
        with pytest.raises(ValidationError) as stuck:
            change_status(final, AppointmentStatus.ARRIVED)
        assert stuck.value.code == "invalid_transition"
    with pytest.raises(ValidationError):
        change_status(booked, AppointmentStatus.DONE)  # served without arriving


def test_durations_and_slots() -> None:
    assert service_minutes(None) == 30
    assert service_minutes(0) == 30
    assert service_minutes(45) == 45
    opening = HOURS.span_on(MONDAY)
    assert opening is not None
    rows = slots(opening)
    assert (rows[0], rows[-1], len(rows)) == (at(9), at(20, 45), 48)


def test_a_shift_template_needs_a_name_and_a_span() -> None:
    with pytest.raises(ValidationError):
        ShiftTemplate(" ", time(9), time(15))
    with pytest.raises(ValidationError):
        ShiftTemplate("早班", time(9), time(9))
