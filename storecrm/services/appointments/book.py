"""The day's book (预约簿): reading a day, booking (an existing customer or a new one from name
and phone), moving, arrival, no-show, cancelling with a reason, and done. Every change is
checked against the roster and the other appointments by ``domain.appointments`` and audited."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from storecrm.data.appointment_rows import AppointmentWithNames, BookedServiceWithName
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.appointments import (
    HOLDING,
    AppointmentSource,
    AppointmentStatus,
    BookedService,
    Booking,
    assign_anyone,
    change_status,
    check_booking,
    service_minutes,
)
from storecrm.domain.customer import CustomerDraft, mask_phone
from storecrm.domain.errors import NotFound, ValidationError
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit, privacy
from storecrm.services.appointments.dto import (
    AppointmentInfo,
    BookingDraft,
    CustomerBookings,
    DayRoster,
    ServiceOnBooking,
    StaffDay,
    WorkingSpan,
)
from storecrm.services.appointments.roster import day_book_for
from storecrm.services.customers import create_customer


def _info(
    row: AppointmentWithNames,
    services: Sequence[BookedServiceWithName],
    full: bool,
    rooms: Mapping[int, str],
) -> AppointmentInfo:
    resource_id = None if row["resource_id"] is None else int(row["resource_id"])
    return AppointmentInfo(
        appointment_id=int(row["id"]),
        customer_id=int(row["customer_id"]),
        customer_name=row["customer_name"],
        customer_phone=row["customer_phone"] if full else mask_phone(row["customer_phone"]),
        staff_id=None if row["staff_id"] is None else int(row["staff_id"]),
        requested=bool(row["requested"]),
        start=row["starts_at"],
        end=row["ends_at"],
        status=AppointmentStatus(row["status"]),
        source=AppointmentSource(row["source"]),
        services=tuple(
            ServiceOnBooking(int(s["item_id"]), s["item_name"], int(s["minutes"]), s["price_fen"])
            for s in services
        ),
        note=row["note"],
        reason=row["reason"],
        resource_id=resource_id,
        sale_id=None if row["sale_id"] is None else int(row["sale_id"]),
        staff_name=row["staff_name"] or "",
        table_id=None if row["table_id"] is None else int(row["table_id"]),
        table_name=row["table_name"] or "",
        party_size=int(row["party_size"] or 0),
        resource_name="" if resource_id is None else rooms.get(resource_id, ""),
    )


def _infos(
    uow: UnitOfWork, actor: Actor, rows: Sequence[AppointmentWithNames]
) -> list[AppointmentInfo]:
    by_id: dict[int, list[BookedServiceWithName]] = {}
    for service in uow.appointments.services(int(r["id"]) for r in rows):
        by_id.setdefault(int(service["appointment_id"]), []).append(service)
    full = privacy.full_phones(uow, actor)
    rooms = (
        {int(r["id"]): r["name"] for r in uow.appointments.resources(include_inactive=True)}
        if any(r["resource_id"] is not None for r in rows)
        else {}
    )
    return [_info(r, by_id.get(int(r["id"]), []), full, rooms) for r in rows]


def _bookings(uow: UnitOfWork, day: date) -> list[Booking]:
    """The day's appointments as the rules see them."""
    start = datetime.combine(day, time())
    rows = uow.appointments.between(start, start + timedelta(days=1))
    services: dict[int, list[BookedService]] = {}
    for service in uow.appointments.services(int(r["id"]) for r in rows):
        services.setdefault(int(service["appointment_id"]), []).append(
            BookedService(int(service["item_id"]), int(service["minutes"]))
        )
    return [
        Booking(
            int(r["id"]),
            int(r["customer_id"]),
            None if r["staff_id"] is None else int(r["staff_id"]),
            r["starts_at"],
            tuple(services.get(int(r["id"]), ())),
            None if r["resource_id"] is None else int(r["resource_id"]),
            AppointmentStatus(r["status"]),
        )
        for r in rows
    ]


@reads
def day_book(uow: UnitOfWork, actor: Actor, day: date) -> DayRoster:
    """The day's book: the store's hours, each active staff member's shift and working spans
    (the shift less leave), and every appointment of the day, by start."""
    audit.require(uow, actor, Permission.RECORD_SALES, "appointments_view")
    return _day_roster(uow, actor, day)


@reads
def week_book(uow: UnitOfWork, actor: Actor, first: date) -> tuple[DayRoster, ...]:
    """Seven days' books from ``first`` (the week view: a column per day)."""
    audit.require(uow, actor, Permission.RECORD_SALES, "appointments_view")
    return tuple(_day_roster(uow, actor, first + timedelta(days=n)) for n in range(7))


@reads
def booked_on(uow: UnitOfWork, actor: Actor, day: date) -> int:
    """How many appointments still hold their time on ``day`` (0 for those who may not see
    the book): the main window opens the book first when there are some today."""
    if not actor.can(Permission.RECORD_SALES):
        return 0
    start = datetime.combine(day, time())
    rows = uow.appointments.between(start, start + timedelta(days=1))
    return sum(1 for r in rows if AppointmentStatus(r["status"]) in HOLDING)


def _day_roster(uow: UnitOfWork, actor: Actor, day: date) -> DayRoster:
    book = day_book_for(uow, day)
    opening = book.hours.span_on(day)
    staff = []
    for row in uow.staff.roster(include_inactive=False):
        staff_id = int(row["id"])
        week = book.weeks.get(staff_id)
        template = None if week is None else week.template_on(day)
        staff.append(
            StaffDay(
                staff_id,
                row["name"],
                "" if template is None else template.name,
                tuple(WorkingSpan(s.start, s.end) for s in book.working(staff_id, day)),
            )
        )
    start = datetime.combine(day, time())
    rows = uow.appointments.between(start, start + timedelta(days=1))
    return DayRoster(
        day,
        None if opening is None else opening.start,
        None if opening is None else opening.end,
        tuple(staff),
        tuple(_infos(uow, actor, rows)),
    )


@reads
def get_appointment(uow: UnitOfWork, actor: Actor, appointment_id: int) -> AppointmentInfo:
    audit.require(uow, actor, Permission.RECORD_SALES, "appointments_view")
    return _infos(uow, actor, [uow.appointments.get(appointment_id)])[0]


#: The most appointments a profile shows (years of weekly visits).
PROFILE_LIMIT = 200


@reads
def customer_appointments(uow: UnitOfWork, actor: Actor, customer_id: int) -> CustomerBookings:
    """A customer's appointments to come and past, and their no-shows (the profile's tab)."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_view")
    rows = uow.appointments.of_customer(customer_id, PROFILE_LIMIT)
    now = clock.now()
    infos = _infos(uow, actor, rows)
    upcoming = [a for a in infos if a.end > now and a.status in HOLDING]
    past = [a for a in infos if a not in upcoming]
    return CustomerBookings(
        tuple(reversed(upcoming)), tuple(past), uow.appointments.no_shows(customer_id)
    )


def _services(uow: UnitOfWork, item_ids: Sequence[int]) -> tuple[BookedService, ...]:
    services = []
    for item_id in item_ids:
        try:
            item = uow.catalogue.item(item_id)
        except NotFound:
            raise ValidationError("services", "not_found") from None
        if not item["active"]:
            raise ValidationError("services", "not_found")
        services.append(BookedService(item_id, service_minutes(item["duration_min"])))
    return tuple(services)


def _check_staff_member(uow: UnitOfWork, staff_id: int | None) -> None:
    if staff_id is None:
        return
    try:
        row = uow.staff.get(staff_id)
    except NotFound:
        raise ValidationError("staff_member", "not_found") from None
    if not row["active"]:
        raise ValidationError("staff_member", "inactive")


def _placed(uow: UnitOfWork, booking: Booking) -> Booking:
    """The booking checked against its day (and, for "anyone", given a free staff member)."""
    book = day_book_for(uow, booking.start.date(), _bookings(uow, booking.start.date()))
    if booking.staff_id is not None:
        check_booking(booking, book)
        return booking
    candidates = [int(r["id"]) for r in uow.staff.roster(include_inactive=False)]
    return assign_anyone(booking, book, candidates)


def _placed_in_a_room(uow: UnitOfWork, booking: Booking) -> Booking:
    """The booking in the first room (bed, chair) free then: the smallest first, then by name,
    so the big rooms stay free for those who need them."""
    rooms = sorted(uow.appointments.resources(), key=lambda r: (int(r["capacity"]), r["name"]))
    if not rooms:
        raise ValidationError("resource", "none")
    for room in rooms:
        try:
            return _placed(uow, replace(booking, resource_id=int(room["id"])))
        except ValidationError as exc:
            if exc.field != "resource":
                raise  # the staff member, the hours or the customer: no room changes that
    raise ValidationError("resource", "none_free")


def book_appointment(uow: UnitOfWork, actor: Actor, draft: BookingDraft) -> AppointmentInfo:
    """Book an appointment. A new customer (``new_name`` and ``new_phone``) is created only once
    the booking fits; a refusal leaves the store as it was."""
    audit.require(uow, actor, Permission.RECORD_SALES, "appointment_book")
    _check_staff_member(uow, draft.staff_id)
    if draft.customer_id is not None:
        uow.customers.get(draft.customer_id)
    elif not draft.new_name.strip():
        raise ValidationError("customer", "required")
    note = draft.note.strip()
    if len(note) > 200:
        raise ValidationError("note", "too_long", max=200)
    place = _placed_in_a_room if draft.any_room and draft.resource_id is None else _placed
    booking = place(
        uow,
        Booking(
            0,
            draft.customer_id or 0,  # a new customer has no other appointment
            draft.staff_id,
            draft.start.replace(second=0, microsecond=0),
            _services(uow, draft.item_ids),
            draft.resource_id,
        ),
    )
    customer_id = draft.customer_id
    if customer_id is None:
        created = create_customer(
            uow, actor, CustomerDraft(name=draft.new_name, phone=draft.new_phone)
        )
        customer_id = created.customer_id
    now = clock.now()
    values: dict[str, Any] = {
        "customer_id": customer_id,
        "staff_id": booking.staff_id,
        "requested": draft.requested and draft.staff_id is not None,
        "starts_at": booking.start,
        "ends_at": booking.end,
        "status": AppointmentStatus.BOOKED.value,
        "source": AppointmentSource(draft.source).value,
        "resource_id": booking.resource_id,
        "note": note,
        "created_at": now,
        "created_by": actor.user_id,
        "updated_at": now,
    }
    services = [(s.item_id, s.minutes) for s in booking.services]
    appointment_id = uow.appointments.insert(values, services)
    detail = {
        "customer": customer_id,
        "staff": booking.staff_id,
        "start": booking.start.isoformat(),
        "minutes": booking.minutes,
    }
    audit.record(
        uow, actor, "appointment_book", target=f"appointment:{appointment_id}", detail=detail
    )
    uow.commit()
    return get_appointment(uow, actor, appointment_id)


def move_appointment(
    uow: UnitOfWork,
    actor: Actor,
    appointment_id: int,
    start: datetime,
    staff_id: int | None,
) -> AppointmentInfo:
    """Move a booked appointment to another time and/or staff member (refused like a new
    booking where it would meet another)."""
    audit.require(uow, actor, Permission.RECORD_SALES, "appointment_move")
    row = uow.appointments.get(appointment_id)
    if AppointmentStatus(row["status"]) is not AppointmentStatus.BOOKED:
        raise ValidationError("status", "invalid_transition", current=row["status"], new="booked")
    _check_staff_member(uow, staff_id)
    services = tuple(
        BookedService(int(s["item_id"]), int(s["minutes"]))
        for s in uow.appointments.services([appointment_id])
    )
    booking = _placed(
        uow,
        Booking(
            appointment_id,
            int(row["customer_id"]),
            staff_id,
            start.replace(second=0, microsecond=0),
            services,
            None if row["resource_id"] is None else int(row["resource_id"]),
        ),
    )
    values: Mapping[str, Any] = {
        "staff_id": booking.staff_id,
        "requested": bool(row["requested"]) and booking.staff_id == row["staff_id"],
        "starts_at": booking.start,
        "ends_at": booking.end,
        "updated_at": clock.now(),
    }
    uow.appointments.update(appointment_id, values)
    detail = {
        "from": row["starts_at"].isoformat(),
        "to": booking.start.isoformat(),
        "staff_from": row["staff_id"],
        "staff_to": booking.staff_id,
    }
    audit.record(
        uow, actor, "appointment_move", target=f"appointment:{appointment_id}", detail=detail
    )
    uow.commit()
    return get_appointment(uow, actor, appointment_id)


def set_status(
    uow: UnitOfWork,
    actor: Actor,
    appointment_id: int,
    status: AppointmentStatus,
    reason: str = "",
    sale_id: int | None = None,
) -> AppointmentInfo:
    """Arrival (已到店), no-show (爽约), cancelled with a reason (已取消) or done (已完成, with
    the visit's sale when there is one)."""
    audit.require(uow, actor, Permission.RECORD_SALES, "appointment_status")
    row = uow.appointments.get(appointment_id)
    current = AppointmentStatus(row["status"])
    change_status(current, status, reason)
    values: dict[str, Any] = {"status": status.value, "updated_at": clock.now()}
    if status is AppointmentStatus.CANCELLED:
        values["reason"] = " ".join(reason.split())[:100]
    if sale_id is not None:
        values["sale_id"] = sale_id
    uow.appointments.update(appointment_id, values)
    detail: dict[str, Any] = {"from": current.value, "to": status.value}
    if status is AppointmentStatus.CANCELLED:
        detail["reason"] = values["reason"]
    audit.record(
        uow, actor, "appointment_status", target=f"appointment:{appointment_id}", detail=detail
    )
    uow.commit()
    return get_appointment(uow, actor, appointment_id)
