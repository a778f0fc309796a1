"""The demo store's book: a month of past and two weeks of future appointments for a salon (the
stylists on a roster of 早班/晚班/全天 with a day of rest, services with their minutes), or for a
restaurant tables in 大厅 and 包间 with lunch and dinner reservations. Past ones are 已完成,
爽约 (about one in sixteen) or 已取消 with a reason; those under way now 已到店; those to come
已预约. Every one is placed by the rules of ``domain.appointments`` / ``domain.reservations``
(shifts, hours, no overlaps, the customer once at a time), so the demo has no conflicts.

Written in bulk (a few thousand rows in one transaction): a fraction of a second.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update

from storecrm.data.schema import (
    appointment_services,
    appointments,
    catalogue_items,
    customers,
)
from storecrm.data.uow import UnitOfWork
from storecrm.domain import clock
from storecrm.domain.appointments import (
    AppointmentSource,
    AppointmentStatus,
    BookedService,
    Booking,
    DayBook,
    check_booking,
)
from storecrm.domain.errors import ValidationError
from storecrm.domain.reservations import Reservation, Table, TableDay, place_reservation
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit, demo_sales, demo_staff
from storecrm.services.appointments.roster import day_book_for, templates
from storecrm.services.appointments.tables import sitting_of

PAST_DAYS = 30
FUTURE_DAYS = 14
NO_SHOW_RATE = 0.065
CANCEL_RATE = 0.07
_REASONS = ("临时有事", "改期", "身体不适", "天气原因", "加班来不了", "行程有变")
_SOURCES = (
    (AppointmentSource.PHONE, 35),
    (AppointmentSource.WECHAT, 40),
    (AppointmentSource.ONLINE, 18),
    (AppointmentSource.WALK_IN, 7),
)
#: The salon's services and their minutes (a catalogue item without minutes books 30).
_MINUTES = {
    "洗剪吹": 45,
    "精剪造型": 60,
    "儿童剪发": 30,
    "染发（短发）": 120,
    "染发（长发）": 150,
    "烫发": 150,
    "头皮护理": 60,
    "深层修护发膜": 45,
    "面部清洁护理": 60,
    "补水面膜护理": 60,
}
#: A stylist's week: a shift name (0013's templates) or None (休息) per weekday, Monday first.
_WEEKS = (
    ("全天", None, "全天", "早班", "全天", "全天", "全天"),
    ("早班", "早班", None, "晚班", "晚班", "全天", "全天"),
    ("晚班", "晚班", "早班", None, "早班", "全天", "全天"),
    (None, "早班", "晚班", "早班", "晚班", "全天", "晚班"),
)
#: A restaurant's tables: name, area, seats.
_TABLES = (
    ("A1", "大厅", 2),
    ("A2", "大厅", 2),
    ("A3", "大厅", 4),
    ("A4", "大厅", 4),
    ("A5", "大厅", 4),
    ("A6", "大厅", 4),
    ("A7", "大厅", 6),
    ("A8", "大厅", 6),
    ("兰亭", "包间", 8),
    ("牡丹", "包间", 10),
    ("海棠", "包间", 12),
)
_PARTIES = ((2, 30), (3, 14), (4, 24), (5, 8), (6, 10), (8, 6), (10, 5), (12, 3))
RESTAURANT_HOURS = (time(10, 0), time(22, 0))


def add_demo_bookings(
    uow: UnitOfWork,
    actor: Actor,
    seed: int = 1,
    past_days: int = PAST_DAYS,
    future_days: int = FUTURE_DAYS,
) -> int:
    """The store's book for the demo, made once (a store that has appointments keeps them):
    for a restaurant tables and reservations, for any other store a roster and appointments.
    Returns how many were written."""
    audit.require(uow, actor, Permission.GENERATE_DEMO_DATA, "demo_data")
    if uow.connection.execute(select(func.count()).select_from(appointments)).scalar_one():
        return 0
    rng = random.Random(seed * 7919 + 53)
    now = clock.now().replace(second=0, microsecond=0)
    first = now.date() - timedelta(days=past_days)
    days = [first + timedelta(days=n) for n in range(past_days + future_days + 1)]
    guests = _customers(uow, now)
    if not guests:
        return 0
    business = uow.settings.get("business_type", "retail") or "retail"
    if business == "restaurant":
        rows = _reservations(uow, rng, days, guests)
    else:
        rows = _appointments(uow, actor, rng, days, guests, first)
    written = _write(uow, actor, rng, rows, now)
    audit.record(uow, actor, "demo_data", detail={"appointments": written, "seed": seed})
    uow.commit()
    return written


def _customers(uow: UnitOfWork, now: datetime) -> list[tuple[int, datetime]]:
    """Customers who could book: (id, when they joined), a few thousand at most."""
    query = (
        select(customers.c.id, customers.c.created_at)
        .where(customers.c.archived_at.is_(None), customers.c.phone.is_not(None))
        .order_by(customers.c.id)
        .limit(5000)
    )
    return [(int(i), at) for i, at in uow.connection.execute(query) if at < now]


def _pick(
    rng: random.Random, guests: Sequence[tuple[int, datetime]], day: date, busy: set[int]
) -> int | None:
    """A customer who had joined by that day and is not booked already that day."""
    for _ in range(8):
        customer, joined = rng.choice(guests)
        if joined.date() <= day and customer not in busy:
            return customer
    return None


# A planned row: (values for ``appointments`` without status, the services (item, minutes)).
Planned = tuple[dict[str, Any], list[tuple[int, int]]]


def _appointments(
    uow: UnitOfWork,
    actor: Actor,
    rng: random.Random,
    days: Sequence[date],
    guests: Sequence[tuple[int, datetime]],
    first: date,
) -> list[Planned]:
    """A salon's roster (each stylist's week) and appointments in their shifts."""
    demo_sales.ensure_demo_catalogue(uow, actor)
    demo = demo_staff.ensure_demo_staff(uow, actor, first)
    shifts = {t.name: t.id for t in templates(uow).values()}
    stylists = [staff_id for staff_id, _account in demo.servers]
    helpers = [*demo.assistants, *([demo.front_desk[0]] if demo.front_desk else [])]
    # The assistants and the front desk work too (not booked themselves): on the roster.
    for n, staff_id in enumerate([*stylists, *helpers]):
        pattern = _WEEKS[n % len(_WEEKS)]
        week = {d: None if name is None else shifts.get(name) for d, name in enumerate(pattern)}
        uow.appointments.set_week(staff_id, week)
    services: list[tuple[int, int, int]] = []  # item, minutes, weight
    for item in uow.catalogue.items():
        if item["kind"] != "service":
            continue
        minutes = item["duration_min"] or _MINUTES.get(item["name"])
        if item["duration_min"] is None and minutes:
            uow.connection.execute(
                update(catalogue_items)
                .where(catalogue_items.c.id == item["id"])
                .values(duration_min=minutes)
            )
        services.append((int(item["id"]), minutes or 30, 4 if (minutes or 30) <= 60 else 1))
    if not services or not stylists:
        return []
    planned: list[Planned] = []
    for day in days:
        book = day_book_for(uow, day)
        made: list[Booking] = []
        busy: set[int] = set()
        for staff_id in stylists:
            for span in book.working(staff_id, day):
                at = span.start + timedelta(minutes=rng.choice((0, 15, 30, 60)))
                while at < span.end:
                    chosen = rng.choices(services, [w for *_x, w in services])[0]
                    extra = []
                    if chosen[1] <= 60 and rng.random() < 0.2:
                        extra = [rng.choice(services)]
                    booked = tuple(BookedService(i, m) for i, m, _w in [chosen, *extra])
                    customer = _pick(rng, guests, day, busy)
                    if customer is None:
                        break
                    booking = Booking(0, customer, staff_id, at, booked)
                    try:
                        check_booking(booking, DayBook(book.hours, book.weeks, appointments=made))
                    except ValidationError:
                        at += timedelta(minutes=30)
                        continue
                    made.append(booking)
                    busy.add(customer)
                    requested = rng.random() < 0.45
                    planned.append(
                        (
                            {
                                "customer_id": customer,
                                "staff_id": staff_id,
                                "requested": requested,
                                "starts_at": booking.start,
                                "ends_at": booking.end,
                            },
                            [(s.item_id, s.minutes) for s in booked],
                        )
                    )
                    # A gap before the next one: a busy weekend, quieter weekdays.
                    gaps = (
                        (0, 0, 15, 30, 45, 60, 90) if day.weekday() >= 5 else (15, 30, 60, 90, 120)
                    )
                    at = booking.end + timedelta(minutes=rng.choice(gaps))
    return planned


def _reservations(
    uow: UnitOfWork,
    rng: random.Random,
    days: Sequence[date],
    guests: Sequence[tuple[int, datetime]],
) -> list[Planned]:
    """A restaurant's tables (made once) and lunch and dinner reservations at any table that
    fits the party."""
    if not uow.appointments.tables(include_inactive=True):
        for position, (name, area, seats) in enumerate(_TABLES, start=1):
            uow.appointments.insert_table(
                {"name": name, "area": area, "seats": seats, "position": position}
            )
    if not uow.appointments.opening_hours():
        opens, closes = (t.strftime("%H:%M") for t in RESTAURANT_HOURS)
        for weekday in range(7):
            uow.appointments.set_opening_hours(weekday, opens, closes)
    tables = [
        Table(int(r["id"]), r["name"], r["area"], int(r["seats"]), int(r["position"]))
        for r in uow.appointments.tables()
    ]
    minutes = sitting_of(uow)
    parties = [p for p, _w in _PARTIES]
    weights = [w for _p, w in _PARTIES]
    planned: list[Planned] = []
    for day in days:
        hours = day_book_for(uow, day).hours
        weekend = day.weekday() >= 4  # Friday and the weekend are busier
        made: list[Reservation] = []
        busy: set[int] = set()
        sittings = (
            ((11, 0), (13, 0), rng.randint(3, 8) + (4 if weekend else 0)),
            ((17, 0), (20, 0), rng.randint(6, 12) + (8 if weekend else 0)),
        )
        for (h1, m1), (h2, m2), count in sittings:
            earliest = datetime.combine(day, time(h1, m1))
            steps = ((h2 * 60 + m2) - (h1 * 60 + m1)) // 15
            for _ in range(count):
                customer = _pick(rng, guests, day, busy)
                if customer is None:
                    break
                start = earliest + timedelta(minutes=15 * rng.randint(0, steps))
                party = rng.choices(parties, weights)[0]
                wanted = Reservation(0, customer, None, party, start, minutes)
                try:
                    placed = place_reservation(wanted, TableDay(hours, tables, made))
                except ValidationError:
                    continue
                made.append(placed)
                busy.add(customer)
                planned.append(
                    (
                        {
                            "customer_id": customer,
                            "staff_id": None,
                            "requested": False,
                            "starts_at": placed.start,
                            "ends_at": placed.end,
                            "table_id": placed.table_id,
                            "party_size": placed.party_size,
                        },
                        [],
                    )
                )
    return planned


def _status(rng: random.Random, start: datetime, end: datetime, now: datetime) -> tuple[str, str]:
    """A status consistent with the time: past ones done, no-show or cancelled; under way
    arrived; to come booked."""
    if end <= now:
        roll = rng.random()
        if roll < NO_SHOW_RATE:
            return AppointmentStatus.NO_SHOW.value, ""
        if roll < NO_SHOW_RATE + CANCEL_RATE:
            return AppointmentStatus.CANCELLED.value, rng.choice(_REASONS)
        return AppointmentStatus.DONE.value, ""
    if start <= now:
        return AppointmentStatus.ARRIVED.value, ""
    return AppointmentStatus.BOOKED.value, ""


def _write(
    uow: UnitOfWork, actor: Actor, rng: random.Random, planned: Sequence[Planned], now: datetime
) -> int:
    sources = [s.value for s, _w in _SOURCES]
    weights = [w for _s, w in _SOURCES]
    rows = []
    for values, _services in planned:
        start, end = values["starts_at"], values["ends_at"]
        status, reason = _status(rng, start, end, now)
        created = min(now, start) - timedelta(days=rng.randint(0, 10), hours=rng.randint(1, 8))
        rows.append(
            values
            | {
                "status": status,
                "reason": reason,
                "source": rng.choices(sources, weights)[0],
                "note": "",
                "created_at": created,
                "created_by": actor.user_id,
                "updated_at": max(created, min(now, end)),
            }
        )
    if not rows:
        return 0
    base = int(
        uow.connection.execute(select(func.coalesce(func.max(appointments.c.id), 0))).scalar_one()
    )
    for number, row in enumerate(rows, start=base + 1):
        row["id"] = number
    # One statement for all the rows (the same keys in each: a table or not, per store).
    uow.connection.execute(insert(appointments), rows)
    lines = [
        {"appointment_id": row["id"], "position": n, "item_id": item, "minutes": minutes}
        for row, (_values, services) in zip(rows, planned, strict=True)
        for n, (item, minutes) in enumerate(services)
    ]
    if lines:
        uow.connection.execute(insert(appointment_services), lines)
    return len(rows)
