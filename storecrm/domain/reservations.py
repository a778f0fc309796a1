"""A restaurant's tables and reservations (桌位与订座): pure rules, no Qt, no SQL.

- **Tables** (桌位): a name (A1, 牡丹厅), an area (大厅, 包间, or the store's own), and seats.
- **Reservations** (订座): a customer, a party size, a start and a sitting length (the store's
  setting, 120 minutes unless changed), and a table, or "any that fits": the smallest free
  table with enough seats (fewest seats, then the area's order, position and name, so the
  same day always gives the same table).
- **Statuses** are the appointments' (``domain.appointments``): 已预约 → 已到店 → 已完成,
  爽约, 已取消 with a reason.
- **Conflicts** are refused, each as a ``ValidationError`` with its own field and code, in the
  order a cashier would fix them: the party size; the restaurant closed that day; outside its
  hours (the whole sitting must fit); the table gone or out of use; the party larger than the
  table; the table taken at that time; the customer already holding another reservation then;
  for "any that fits": no table seats the party, or none is free. Spans are half open.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from storecrm.domain.appointments import HOLDING, AppointmentStatus, OpeningHours, Span
from storecrm.domain.errors import ValidationError

#: A reservation holds its table this long unless the store says otherwise.
DEFAULT_SITTING_MINUTES = 120
SITTING_RANGE = (30, 360)
PARTY_RANGE = (1, 99)
SEATS_RANGE = (1, 99)
#: The areas a new restaurant knows; the first come first in the book.
DEFAULT_AREAS = ("大厅", "包间")
NAME_MAX = 16


@dataclass(frozen=True, slots=True)
class Table:
    """A table: ``id`` is the store's row (0 before saving)."""

    id: int
    name: str
    area: str
    seats: int
    position: int = 0
    active: bool = True


def check_table(table: Table) -> Table:
    """A table as saved (names and area tidied), or a refusal."""
    name = " ".join(table.name.split())
    area = " ".join(table.area.split())
    if not name:
        raise ValidationError("table_name", "required")
    if len(name) > NAME_MAX:
        raise ValidationError("table_name", "too_long", max=NAME_MAX)
    if not area:
        raise ValidationError("area", "required")
    if len(area) > NAME_MAX:
        raise ValidationError("area", "too_long", max=NAME_MAX)
    if not SEATS_RANGE[0] <= table.seats <= SEATS_RANGE[1]:
        raise ValidationError("seats", "range", low=SEATS_RANGE[0], high=SEATS_RANGE[1])
    return Table(table.id, name, area, table.seats, table.position, table.active)


def check_sitting(minutes: int) -> int:
    if not SITTING_RANGE[0] <= minutes <= SITTING_RANGE[1]:
        raise ValidationError("sitting", "range", low=SITTING_RANGE[0], high=SITTING_RANGE[1])
    return minutes


def area_rank(area: str) -> tuple[int, str]:
    """大厅 first, then 包间, then the store's own areas by name."""
    if area in DEFAULT_AREAS:
        return DEFAULT_AREAS.index(area), ""
    return len(DEFAULT_AREAS), area


def book_order(tables: Iterable[Table]) -> list[Table]:
    """The tables as the book shows them: grouped by area, then position and name."""
    return sorted(tables, key=lambda t: (area_rank(t.area), t.position, t.name, t.id))


@dataclass(frozen=True, slots=True)
class Reservation:
    """A reservation as the rules see it. ``table_id`` None is "any that fits"."""

    id: int  # 0 for one being made
    customer_id: int
    table_id: int | None
    party_size: int
    start: datetime
    minutes: int
    status: AppointmentStatus = AppointmentStatus.BOOKED

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def at_table(self, table_id: int | None) -> Reservation:
        return Reservation(
            self.id,
            self.customer_id,
            table_id,
            self.party_size,
            self.start,
            self.minutes,
            self.status,
        )


@dataclass(frozen=True, slots=True)
class TableDay:
    """What a reservation is checked against: the hours, the tables (active or not, so a
    table out of use is refused by name), and the day's reservations (any status; only those
    holding their time count)."""

    hours: OpeningHours
    tables: Sequence[Table]
    reservations: Sequence[Reservation] = field(default_factory=tuple)

    def table(self, table_id: int) -> Table | None:
        return next((t for t in self.tables if t.id == table_id), None)

    def others(self, reservation: Reservation) -> list[Reservation]:
        return [
            other
            for other in self.reservations
            if other.status in HOLDING and (reservation.id == 0 or other.id != reservation.id)
        ]


def _check_time(reservation: Reservation, day: TableDay) -> None:
    if not PARTY_RANGE[0] <= reservation.party_size <= PARTY_RANGE[1]:
        raise ValidationError("party_size", "range", low=PARTY_RANGE[0], high=PARTY_RANGE[1])
    on = reservation.start.date()
    opening = day.hours.span_on(on)
    if opening is None:
        raise ValidationError("reservation", "closed_day", day=on.isoformat())
    if not reservation.span.within(opening):
        raise ValidationError(
            "reservation",
            "outside_hours",
            open=opening.start.strftime("%H:%M"),
            close=opening.end.strftime("%H:%M"),
            minutes=reservation.minutes,
        )
    for other in day.others(reservation):
        if other.customer_id == reservation.customer_id and other.span.overlaps(reservation.span):
            raise ValidationError(
                "customer", "double_booked", at=other.start.strftime("%H:%M"), other=other.id
            )


def _taken_by(reservation: Reservation, table: Table, day: TableDay) -> Reservation | None:
    for other in day.others(reservation):
        if other.table_id == table.id and other.span.overlaps(reservation.span):
            return other
    return None


def check_reservation(reservation: Reservation, day: TableDay) -> None:
    """Refuse a reservation at a given table (new, or moved) that breaks a rule."""
    assert reservation.table_id is not None, "a table, or place_reservation for any that fits"
    _check_time(reservation, day)
    table = day.table(reservation.table_id)
    if table is None:
        raise ValidationError("table", "not_found")
    if not table.active:
        raise ValidationError("table", "inactive", table=table.name)
    if reservation.party_size > table.seats:
        raise ValidationError(
            "table", "too_small", table=table.name, seats=table.seats, party=reservation.party_size
        )
    other = _taken_by(reservation, table, day)
    if other is not None:
        raise ValidationError(
            "table",
            "taken",
            table=table.name,
            start=other.start.strftime("%H:%M"),
            end=other.end.strftime("%H:%M"),
        )


def place_reservation(reservation: Reservation, day: TableDay) -> Reservation:
    """The reservation at its table (checked), or for "any that fits" at the smallest free
    table with enough seats (fewest seats, then the book's order); refused when no table seats
    the party or none of those is free."""
    if reservation.table_id is not None:
        check_reservation(reservation, day)
        return reservation
    _check_time(reservation, day)
    big_enough = [t for t in day.tables if t.active and t.seats >= reservation.party_size]
    if not big_enough:
        raise ValidationError("table", "none_big_enough", party=reservation.party_size)
    ordered = sorted(
        big_enough, key=lambda t: (t.seats, area_rank(t.area), t.position, t.name, t.id)
    )
    for table in ordered:
        if _taken_by(reservation, table, day) is None:
            return reservation.at_table(table.id)
    raise ValidationError("table", "none_free", party=reservation.party_size)
