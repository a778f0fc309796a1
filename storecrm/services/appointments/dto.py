"""What the appointment services return: frozen dataclasses, no rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from storecrm.domain.appointments import AppointmentSource, AppointmentStatus


@dataclass(frozen=True, slots=True)
class ShiftInfo:
    """A shift template (早班 09:00–15:00)."""

    shift_id: int
    name: str
    start: time
    end: time


@dataclass(frozen=True, slots=True)
class WorkingSpan:
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class StaffDay:
    """A staff member's day in the book: the shift's name (empty: 休息) and the spans they work
    (the shift less their leave)."""

    staff_id: int
    name: str
    shift_name: str
    working: tuple[WorkingSpan, ...]


@dataclass(frozen=True, slots=True)
class ServiceOnBooking:
    item_id: int
    name: str
    minutes: int
    price_fen: int


@dataclass(frozen=True, slots=True)
class AppointmentInfo:
    appointment_id: int
    customer_id: int
    customer_name: str
    customer_phone: str | None
    staff_id: int | None  # None: anyone, not yet assigned
    requested: bool  # the customer asked for this staff member (指定)
    start: datetime
    end: datetime
    status: AppointmentStatus
    source: AppointmentSource
    services: tuple[ServiceOnBooking, ...]
    note: str
    reason: str  # why it was cancelled
    resource_id: int | None
    sale_id: int | None
    staff_name: str = ""
    table_id: int | None = None  # a table reservation (订座)
    table_name: str = ""
    party_size: int = 0
    resource_name: str = ""  # the room, bed or chair (房间) it takes


@dataclass(frozen=True, slots=True)
class CustomerBookings:
    """A customer's appointments for the profile: those to come (soonest first), the past ones
    (latest first) and how many times they did not come (爽约)."""

    upcoming: tuple[AppointmentInfo, ...]
    past: tuple[AppointmentInfo, ...]
    no_shows: int


@dataclass(frozen=True, slots=True)
class RoomInfo:
    """A room, bed or chair (房间、床位、座椅) that takes ``capacity`` appointments at once."""

    room_id: int
    name: str
    capacity: int = 1
    active: bool = True


@dataclass(frozen=True, slots=True)
class TableInfo:
    """A restaurant's table (桌位): its area (大厅, 包间 …) and seats."""

    table_id: int
    name: str
    area: str
    seats: int
    position: int = 0
    active: bool = True


@dataclass(frozen=True, slots=True)
class DayRoster:
    """The day's book: the store's hours (None: closed that day), who works, the appointments.
    A restaurant's book (``tables.table_day``) has the tables instead of the staff, and the
    store's sitting length."""

    day: date
    opens: datetime | None
    closes: datetime | None
    staff: tuple[StaffDay, ...]
    appointments: tuple[AppointmentInfo, ...]
    tables: tuple[TableInfo, ...] = ()
    sitting_minutes: int = 0


@dataclass(frozen=True, slots=True)
class ReservationDraft:
    """A table reservation: an existing customer or a new one from name and phone, a party
    size, a start and a table (None: any that fits)."""

    start: datetime
    party_size: int
    table_id: int | None = None
    customer_id: int | None = None
    new_name: str = ""
    new_phone: str = ""
    source: AppointmentSource = AppointmentSource.PHONE
    note: str = ""


@dataclass(frozen=True, slots=True)
class BookingDraft:
    """A new appointment (``appointment_id`` 0) or a change to one. The customer is an existing
    one (``customer_id``) or a new one from ``new_name`` and ``new_phone``."""

    start: datetime
    item_ids: tuple[int, ...]
    staff_id: int | None = None  # None: anyone on shift who is free
    customer_id: int | None = None
    new_name: str = ""
    new_phone: str = ""
    requested: bool = False
    source: AppointmentSource = AppointmentSource.PHONE
    note: str = ""
    resource_id: int | None = None
    any_room: bool = False  # the first room (bed, chair) free then, when resource_id is None
    appointment_id: int = 0


@dataclass(frozen=True, slots=True)
class RosterCell:
    """A staff member's day in the printed week: the shift (empty name: 休息), whether the day
    names its own shift (not the usual week's), and their leave that day."""

    shift_name: str
    start: time | None
    end: time | None
    own_day: bool
    leave: tuple[WorkingSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class RosterRow:
    staff_id: int
    no: str
    name: str
    days: tuple[RosterCell, ...]  # seven, Monday first


@dataclass(frozen=True, slots=True)
class WeekRoster:
    """A dated week of the roster (排班表): the days, the store's hours each day (None:
    closed) and each active staff member's shifts."""

    days: tuple[date, ...]
    hours: tuple[tuple[time, time] | None, ...]
    staff: tuple[RosterRow, ...]


@dataclass(frozen=True, slots=True)
class WeekShifts:
    """A dated week of the roster as its grid edits it: each staff member's usual week (staff
    id → weekday, Monday 0 → shift id, None for 休息) and that week's days of their own
    (same shape; only the days that have one)."""

    monday: date
    usual: Mapping[int, Mapping[int, int | None]]
    own: Mapping[int, Mapping[int, int | None]]

    def shift_on(self, staff_id: int, weekday: int) -> int | None:
        """The shift the staff member works that day (their own day's, else the usual's)."""
        own = self.own.get(staff_id, {})
        if weekday in own:
            return own[weekday]
        return self.usual.get(staff_id, {}).get(weekday)

    def is_own(self, staff_id: int, weekday: int) -> bool:
        return weekday in self.own.get(staff_id, {})
