"""A restaurant's tables and reservations (桌位与订座): the tables (managers and owners list, add
and change them), the store's sitting length, the day's book by table, reserving a table (or
the smallest free one that fits) for a party, and moving a reservation. Arrival, no-show and
cancelling go through ``book.set_status`` like any appointment. The rules are
``domain/reservations.py``; every change is audited."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from storecrm.data.appointment_rows import DiningTableRow
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.appointments import HOLDING, AppointmentSource, AppointmentStatus
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import NotFound, ValidationError
from storecrm.domain.reservations import (
    DEFAULT_SITTING_MINUTES,
    Reservation,
    Table,
    TableDay,
    book_order,
    check_sitting,
    check_table,
    place_reservation,
)
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.appointments.book import _infos, get_appointment
from storecrm.services.appointments.dto import (
    AppointmentInfo,
    DayRoster,
    ReservationDraft,
    TableInfo,
)
from storecrm.services.appointments.roster import day_book_for
from storecrm.services.customers import create_customer

#: The store setting that holds a reservation's sitting length in minutes.
SITTING_KEY = "reservation_minutes"


def _table(row: DiningTableRow) -> Table:
    return Table(
        int(row["id"]),
        row["name"],
        row["area"],
        int(row["seats"]),
        int(row["position"]),
        bool(row["active"]),
    )


def _info(table: Table) -> TableInfo:
    return TableInfo(table.id, table.name, table.area, table.seats, table.position, table.active)


def sitting_of(uow: UnitOfWork) -> int:
    """The store's sitting length (minutes), 120 when it never said."""
    value = uow.settings.get(SITTING_KEY)
    try:
        return check_sitting(int(value)) if value else DEFAULT_SITTING_MINUTES
    except (ValueError, ValidationError):
        return DEFAULT_SITTING_MINUTES


# ---- the tables ------------------------------------------------------------------------------


@reads
def list_tables(uow: UnitOfWork, actor: Actor, include_inactive: bool = False) -> list[TableInfo]:
    """The tables as the book shows them: by area (大厅, 包间, then others), position, name."""
    audit.require(uow, actor, Permission.RECORD_SALES, "tables_view")
    rows = uow.appointments.tables(include_inactive)
    return [_info(t) for t in book_order(_table(r) for r in rows)]


def save_table(uow: UnitOfWork, actor: Actor, table: TableInfo) -> TableInfo:
    """Add a table (``table_id`` 0) or change one: its name, area, seats, position, whether it
    is in use. A table with reservations still to come is not taken out of use."""
    audit.require(uow, actor, Permission.MANAGE_STAFF, "tables_change")
    checked = check_table(
        Table(table.table_id, table.name, table.area, table.seats, table.position, table.active)
    )
    others = [r for r in uow.appointments.tables(include_inactive=True) if r["id"] != checked.id]
    if any(r["name"] == checked.name for r in others):
        raise ValidationError("table_name", "taken", name=checked.name)
    values: dict[str, Any] = {
        "name": checked.name,
        "area": checked.area,
        "seats": checked.seats,
        "position": checked.position,
        "active": checked.active,
    }
    if checked.id:
        try:
            before = uow.appointments.table(checked.id)
        except NotFound:
            raise ValidationError("table", "not_found") from None
        if before["active"] and not checked.active:
            coming = [
                a
                for a in uow.appointments.between(clock.now(), clock.now() + timedelta(days=3660))
                if a["table_id"] == checked.id and AppointmentStatus(a["status"]) in HOLDING
            ]
            if coming:
                raise ValidationError("table", "has_reservations", count=len(coming))
        uow.appointments.update_table(checked.id, values)
        table_id = checked.id
    else:
        table_id = uow.appointments.insert_table(values)
    audit.record(uow, actor, "tables_change", target=f"table:{table_id}", detail=values)
    uow.commit()
    return _info(_table(uow.appointments.table(table_id)))


@reads
def sitting_minutes(uow: UnitOfWork, actor: Actor) -> int:
    audit.require(uow, actor, Permission.RECORD_SALES, "tables_view")
    return sitting_of(uow)


def set_sitting_minutes(uow: UnitOfWork, actor: Actor, minutes: int) -> int:
    """How long a reservation holds its table (30–360 minutes)."""
    audit.require(uow, actor, Permission.CHANGE_SETTINGS, "settings_change")
    check_sitting(minutes)
    uow.settings.put(SITTING_KEY, str(minutes), actor.user_id)
    audit.record(uow, actor, "settings_change", detail={"keys": [SITTING_KEY], "value": minutes})
    uow.commit()
    return minutes


# ---- the day's book by table -----------------------------------------------------------------


def _day_rows(uow: UnitOfWork, day: date) -> list[Any]:
    start = datetime.combine(day, time())
    return [
        r
        for r in uow.appointments.between(start, start + timedelta(days=1))
        if r["table_id"] is not None
    ]


def table_day_for(uow: UnitOfWork, day: date) -> TableDay:
    """What a reservation on ``day`` is checked against (hours, tables, the day's others)."""
    hours = day_book_for(uow, day).hours
    tables = [_table(r) for r in uow.appointments.tables(include_inactive=True)]
    reservations = [
        Reservation(
            int(r["id"]),
            int(r["customer_id"]),
            int(r["table_id"]),
            int(r["party_size"] or 1),
            r["starts_at"],
            int((r["ends_at"] - r["starts_at"]).total_seconds() // 60),
            AppointmentStatus(r["status"]),
        )
        for r in _day_rows(uow, day)
    ]
    return TableDay(hours, tables, reservations)


@reads
def table_day(uow: UnitOfWork, actor: Actor, day: date) -> DayRoster:
    """A restaurant's book for a day: its hours, the tables in use (by area) and the day's
    reservations, by start."""
    audit.require(uow, actor, Permission.RECORD_SALES, "appointments_view")
    opening = day_book_for(uow, day).hours.span_on(day)
    tables = [_table(r) for r in uow.appointments.tables()]
    return DayRoster(
        day,
        None if opening is None else opening.start,
        None if opening is None else opening.end,
        (),
        tuple(_infos(uow, actor, _day_rows(uow, day))),
        tuple(_info(t) for t in book_order(tables)),
        sitting_of(uow),
    )


def reserve(uow: UnitOfWork, actor: Actor, draft: ReservationDraft) -> AppointmentInfo:
    """Reserve a table (or the smallest free one that fits) for a party. A new customer (name
    and phone) is created only once the reservation fits; a refusal leaves the store as it
    was."""
    audit.require(uow, actor, Permission.RECORD_SALES, "reservation_book")
    if draft.customer_id is not None:
        uow.customers.get(draft.customer_id)
    elif not draft.new_name.strip():
        raise ValidationError("customer", "required")
    note = draft.note.strip()
    if len(note) > 200:
        raise ValidationError("note", "too_long", max=200)
    start = draft.start.replace(second=0, microsecond=0)
    placed = place_reservation(
        Reservation(
            0,
            draft.customer_id or 0,  # a new customer has no other reservation
            draft.table_id,
            draft.party_size,
            start,
            sitting_of(uow),
        ),
        table_day_for(uow, start.date()),
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
        "staff_id": None,
        "requested": False,
        "starts_at": placed.start,
        "ends_at": placed.end,
        "status": AppointmentStatus.BOOKED.value,
        "source": AppointmentSource(draft.source).value,
        "table_id": placed.table_id,
        "party_size": placed.party_size,
        "note": note,
        "created_at": now,
        "created_by": actor.user_id,
        "updated_at": now,
    }
    appointment_id = uow.appointments.insert(values, ())
    detail = {
        "customer": customer_id,
        "table": placed.table_id,
        "party": placed.party_size,
        "start": placed.start.isoformat(),
        "minutes": placed.minutes,
        "any": draft.table_id is None,
    }
    audit.record(
        uow, actor, "reservation_book", target=f"appointment:{appointment_id}", detail=detail
    )
    uow.commit()
    return get_appointment(uow, actor, appointment_id)


def move_reservation(
    uow: UnitOfWork, actor: Actor, appointment_id: int, start: datetime, table_id: int | None
) -> AppointmentInfo:
    """Move a reservation still booked to another time and/or table (None: any that fits),
    refused like a new one where it would not fit."""
    audit.require(uow, actor, Permission.RECORD_SALES, "reservation_move")
    row = uow.appointments.get(appointment_id)
    if row["table_id"] is None:
        raise ValidationError("table", "not_found")
    if AppointmentStatus(row["status"]) is not AppointmentStatus.BOOKED:
        raise ValidationError("status", "invalid_transition", current=row["status"], new="booked")
    start = start.replace(second=0, microsecond=0)
    minutes = int((row["ends_at"] - row["starts_at"]).total_seconds() // 60)
    placed = place_reservation(
        Reservation(
            appointment_id,
            int(row["customer_id"]),
            table_id,
            int(row["party_size"] or 1),
            start,
            minutes,
        ),
        table_day_for(uow, start.date()),
    )
    values = {
        "starts_at": placed.start,
        "ends_at": placed.end,
        "table_id": placed.table_id,
        "updated_at": clock.now(),
    }
    uow.appointments.update(appointment_id, values)
    detail = {
        "from": row["starts_at"].isoformat(),
        "to": placed.start.isoformat(),
        "table_from": row["table_id"],
        "table_to": placed.table_id,
    }
    audit.record(
        uow, actor, "reservation_move", target=f"appointment:{appointment_id}", detail=detail
    )
    uow.commit()
    return get_appointment(uow, actor, appointment_id)
