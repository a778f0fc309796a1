"""The appointments in the business report (预约统计): bookings per day, the no-show rate and
each staff member's utilisation, for the report's period. Pure arithmetic over what the service
reads; no Qt, no SQL.

Definitions (the report's "Definitions" page says the same):

- **Bookings** of a day: the appointments starting that day, cancelled ones left out; of these,
  **came** (已到店 or 已完成), **no-shows** (爽约) and those still **booked** (已预约: to come,
  or not yet marked). Cancelled (已取消) are counted apart.
- **No-show rate**: no-shows ÷ (came + no-shows): of the appointments whose outcome is known.
- **Utilisation** of a staff member: booked minutes ÷ shift minutes. Booked minutes are the
  minutes of their appointments in the period, cancelled ones left out (a no-show's time was
  held for the customer, so it counts); shift minutes are their shifts' minutes on the days the
  store was open, less their leave.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from storecrm.domain.appointments import AppointmentStatus
from storecrm.domain.reports import Period, percent

_CAME = frozenset({AppointmentStatus.ARRIVED, AppointmentStatus.DONE})


@dataclass(frozen=True, slots=True)
class BookingDay:
    """One day's appointments by outcome (``bookings`` leaves the cancelled ones out)."""

    day: date
    bookings: int = 0
    came: int = 0
    no_shows: int = 0
    booked: int = 0  # still 已预约
    cancelled: int = 0

    @property
    def no_show_rate(self) -> Decimal | None:
        return percent(self.no_shows, self.came + self.no_shows)


@dataclass(frozen=True, slots=True)
class StaffUtilisation:
    staff_id: int
    name: str
    appointments: int
    booked_minutes: int
    shift_minutes: int

    @property
    def utilisation(self) -> Decimal | None:
        """Booked ÷ shift minutes in percent; None when they had no shift."""
        return percent(self.booked_minutes, self.shift_minutes)


@dataclass(frozen=True, slots=True)
class AppointmentFigures:
    """The report's appointments section: every day of the period, and the staff who had a
    shift or an appointment in it (by name)."""

    days: tuple[BookingDay, ...]
    staff: tuple[StaffUtilisation, ...]

    @property
    def total(self) -> BookingDay:
        """The period's sums (its ``day`` is the first day)."""
        first = self.days[0].day if self.days else date.min
        return BookingDay(
            first,
            sum(d.bookings for d in self.days),
            sum(d.came for d in self.days),
            sum(d.no_shows for d in self.days),
            sum(d.booked for d in self.days),
            sum(d.cancelled for d in self.days),
        )

    @property
    def no_show_rate(self) -> Decimal | None:
        return self.total.no_show_rate

    @property
    def booked_minutes(self) -> int:
        return sum(s.booked_minutes for s in self.staff)

    @property
    def shift_minutes(self) -> int:
        return sum(s.shift_minutes for s in self.staff)

    @property
    def utilisation(self) -> Decimal | None:
        return percent(self.booked_minutes, self.shift_minutes)


@dataclass(frozen=True, slots=True)
class BookedTime:
    """What the figures need of one appointment."""

    start: datetime
    end: datetime
    status: AppointmentStatus
    staff_id: int | None


def appointment_figures(
    period: Period,
    appointments: Iterable[BookedTime],
    shift_minutes: Mapping[int, int],
    names: Mapping[int, str],
) -> AppointmentFigures:
    """The figures of ``period`` from its appointments (those starting in it) and each staff
    member's shift minutes in it (see the module's definitions)."""
    counts: dict[date, dict[str, int]] = {}
    booked: dict[int, list[int]] = {}  # staff → [appointments, minutes]
    for a in appointments:
        day = a.start.date()
        if day not in period:
            continue
        row = counts.setdefault(day, {})
        if a.status is AppointmentStatus.CANCELLED:
            row["cancelled"] = row.get("cancelled", 0) + 1
            continue
        row["bookings"] = row.get("bookings", 0) + 1
        if a.status in _CAME:
            outcome = "came"
        elif a.status is AppointmentStatus.NO_SHOW:
            outcome = "no_shows"
        else:
            outcome = "booked"
        row[outcome] = row.get(outcome, 0) + 1
        if a.staff_id is not None:
            mine = booked.setdefault(a.staff_id, [0, 0])
            mine[0] += 1
            mine[1] += int((a.end - a.start) / timedelta(minutes=1))
    days = []
    day = period.start
    while day <= period.end:
        days.append(BookingDay(day, **counts.get(day, {})))
        day += timedelta(days=1)
    staff = [
        StaffUtilisation(
            staff_id,
            names.get(staff_id, ""),
            booked.get(staff_id, [0, 0])[0],
            booked.get(staff_id, [0, 0])[1],
            shift_minutes.get(staff_id, 0),
        )
        for staff_id in set(booked) | {s for s, m in shift_minutes.items() if m}
    ]
    staff.sort(key=lambda s: (s.name, s.staff_id))
    return AppointmentFigures(tuple(days), tuple(staff))
