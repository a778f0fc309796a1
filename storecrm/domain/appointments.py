"""Appointments and the staff roster (预约与排班): pure rules, no Qt, no SQL.

- **Shifts** (班次): a shift template is a name and a span of the day (早班 09:00–15:00,
  晚班 14:00–21:00); 休息 is no shift. A staff member's week is a template (or rest) per
  weekday; a day may name its own shift instead (an exchange), and **leave** (请假) takes a span
  of time out of a shift.
- **Opening hours** (营业时间): a span per weekday, or none (closed every such weekday), and
  closed days (店休: a holiday, a refit).
- **Appointments** (预约): a customer, one or more services (their minutes from the catalogue),
  a staff member or "anyone", a start, an optional resource (a room, bed or chair with a
  capacity). The end is the start plus the services' minutes.
- **Statuses**: 已预约 (booked) → 已到店 (arrived) → 已完成 (done); 已预约 → 爽约 (no-show) or
  已取消 (cancelled, with a reason); an arrived customer may still be cancelled (left without
  being served), with a reason.
- **Conflicts** are refused, each as a ``ValidationError`` with its own field and code, checked
  in the order a cashier would fix them: the store closed that day; outside opening hours; the
  staff member not on shift (rest, or before/after the shift) or on leave; the staff member
  already booked; the customer already booked elsewhere at that time; the resource full.
  Spans are half open: an appointment ending at 10:00 does not overlap one starting at 10:00.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from storecrm.domain.errors import ValidationError

#: A service with no duration on its catalogue item is booked for this long.
DEFAULT_SERVICE_MINUTES = 30
#: The longest an appointment may last (a day's work).
MAX_APPOINTMENT_MINUTES = 12 * 60
#: The book's grid: times are booked in steps of this many minutes.
SLOT_MINUTES = 15


class AppointmentStatus(StrEnum):
    BOOKED = "booked"  # 已预约
    ARRIVED = "arrived"  # 已到店
    DONE = "done"  # 已完成
    NO_SHOW = "no_show"  # 爽约
    CANCELLED = "cancelled"  # 已取消


class AppointmentSource(StrEnum):
    PHONE = "phone"  # 电话
    WECHAT = "wechat"  # 微信
    WALK_IN = "walk_in"  # 到店
    ONLINE = "online"  # 网上


#: Statuses that hold their time: the staff member, the customer and the resource are taken.
HOLDING = frozenset({AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED})

_NEXT: Mapping[AppointmentStatus, frozenset[AppointmentStatus]] = {
    AppointmentStatus.BOOKED: frozenset(
        {AppointmentStatus.ARRIVED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED}
    ),
    AppointmentStatus.ARRIVED: frozenset({AppointmentStatus.DONE, AppointmentStatus.CANCELLED}),
    AppointmentStatus.DONE: frozenset(),
    AppointmentStatus.NO_SHOW: frozenset(),
    AppointmentStatus.CANCELLED: frozenset(),
}


def change_status(
    current: AppointmentStatus, new: AppointmentStatus, reason: str = ""
) -> AppointmentStatus:
    """The new status, or a refusal: only the arrows above; a cancellation needs a reason."""
    if new not in _NEXT[current]:
        raise ValidationError("status", "invalid_transition", current=current.value, new=new.value)
    if new is AppointmentStatus.CANCELLED and not reason.strip():
        raise ValidationError("cancel_reason", "required")
    return new


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open span of time [start, end)."""

    start: datetime
    end: datetime

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def within(self, other: Span) -> bool:
        return other.start <= self.start and self.end <= other.end


def day_span(day: date, start: time, end: time) -> Span:
    """The span of a day between two clock times (an end of 00:00 is midnight after)."""
    begin = datetime.combine(day, start)
    finish = datetime.combine(day, end)
    if finish <= begin:
        finish += timedelta(days=1)
    return Span(begin, finish)


# ---- the roster ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ShiftTemplate:
    """A named span of the day: 早班 09:00–15:00. ``id`` is the store's row (0 before saving)."""

    name: str
    start: time
    end: time
    id: int = 0

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError("shift_name", "required")
        if self.start == self.end:
            raise ValidationError("shift_time", "empty")


#: The templates a new store starts with (names translated where they are shown).
DEFAULT_SHIFTS = (
    ShiftTemplate("早班", time(9, 0), time(15, 0)),
    ShiftTemplate("晚班", time(14, 0), time(21, 0)),
    ShiftTemplate("全天", time(9, 0), time(21, 0)),
)


@dataclass(frozen=True, slots=True)
class Leave:
    """Time a staff member is away (请假), within or across days."""

    staff_id: int
    span: Span
    reason: str = ""


@dataclass(frozen=True, slots=True)
class StaffWeek:
    """A staff member's week: a template per weekday (Monday 0) or None for rest (休息); and
    days that name their own shift (``exceptions``: a template, or None for a day off)."""

    staff_id: int
    weekdays: Mapping[int, ShiftTemplate | None]
    exceptions: Mapping[date, ShiftTemplate | None] = field(default_factory=dict)

    def template_on(self, day: date) -> ShiftTemplate | None:
        if day in self.exceptions:
            return self.exceptions[day]
        return self.weekdays.get(day.weekday())


def shift_spans(week: StaffWeek, day: date, leaves: Iterable[Leave] = ()) -> list[Span]:
    """The spans a staff member works on a day: the day's shift less their leave."""
    template = week.template_on(day)
    if template is None:
        return []
    spans = [day_span(day, template.start, template.end)]
    for leave in leaves:
        if leave.staff_id != week.staff_id:
            continue
        spans = [piece for span in spans for piece in _minus(span, leave.span)]
    return spans


def _minus(span: Span, cut: Span) -> list[Span]:
    if not span.overlaps(cut):
        return [span]
    pieces = []
    if span.start < cut.start:
        pieces.append(Span(span.start, cut.start))
    if cut.end < span.end:
        pieces.append(Span(cut.end, span.end))
    return pieces


@dataclass(frozen=True, slots=True)
class OpeningHours:
    """The store's hours: per weekday (Monday 0) a (open, close) pair or None (closed), and
    closed days (店休)."""

    weekdays: Mapping[int, tuple[time, time] | None]
    closed_days: frozenset[date] = frozenset()

    def span_on(self, day: date) -> Span | None:
        if day in self.closed_days:
            return None
        hours = self.weekdays.get(day.weekday())
        return None if hours is None else day_span(day, hours[0], hours[1])


#: A new store's hours: every day 09:00–21:00.
DEFAULT_HOURS = OpeningHours({weekday: (time(9, 0), time(21, 0)) for weekday in range(7)})


# ---- appointments --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BookedService:
    """A service on an appointment: the catalogue item and its minutes at the time of booking."""

    item_id: int
    minutes: int


def service_minutes(duration: int | None) -> int:
    """A catalogue item's minutes, or the default when it has none."""
    return duration if duration and duration > 0 else DEFAULT_SERVICE_MINUTES


@dataclass(frozen=True, slots=True)
class Resource:
    """A room, bed or chair (包间、床位、座椅) with how many appointments it takes at once."""

    id: int
    name: str
    capacity: int = 1


@dataclass(frozen=True, slots=True)
class Booking:
    """An appointment as the rules see it. ``staff_id`` None is "anyone" not yet assigned."""

    id: int  # 0 for one being made
    customer_id: int
    staff_id: int | None
    start: datetime
    services: tuple[BookedService, ...]
    resource_id: int | None = None
    status: AppointmentStatus = AppointmentStatus.BOOKED

    @property
    def minutes(self) -> int:
        return sum(service.minutes for service in self.services)

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class DayBook:
    """What a booking is checked against: the store's hours, each staff member's week and
    leave, the resources, and the appointments already made (any status; only those holding
    their time count)."""

    hours: OpeningHours
    weeks: Mapping[int, StaffWeek]
    leaves: Sequence[Leave] = ()
    resources: Mapping[int, Resource] = field(default_factory=dict)
    appointments: Sequence[Booking] = ()

    def working(self, staff_id: int, day: date) -> list[Span]:
        week = self.weeks.get(staff_id)
        if week is None:
            return []
        return shift_spans(week, day, self.leaves)

    def others(self, booking: Booking) -> list[Booking]:
        """The appointments that hold their time, other than this one (a move checks itself
        against the rest)."""
        return [
            other
            for other in self.appointments
            if other.status in HOLDING and (booking.id == 0 or other.id != booking.id)
        ]


def check_booking(booking: Booking, book: DayBook) -> None:
    """Refuse a booking (a new one, or one moved) that breaks a rule; return if it fits."""
    if not booking.services:
        raise ValidationError("services", "required")
    if booking.minutes > MAX_APPOINTMENT_MINUTES:
        raise ValidationError("services", "too_long", minutes=MAX_APPOINTMENT_MINUTES)
    day = booking.start.date()
    opening = book.hours.span_on(day)
    if opening is None:
        raise ValidationError("start", "closed_day", day=day.isoformat())
    span = booking.span
    if not span.within(opening):
        raise ValidationError(
            "start",
            "outside_hours",
            open=opening.start.strftime("%H:%M"),
            close=opening.end.strftime("%H:%M"),
        )
    others = book.others(booking)
    if booking.staff_id is not None:
        _check_staff(booking.staff_id, span, book, others)
    for other in others:
        if other.customer_id == booking.customer_id and other.span.overlaps(span):
            raise ValidationError(
                "customer", "double_booked", at=other.start.strftime("%H:%M"), other=other.id
            )
    if booking.resource_id is not None:
        resource = book.resources.get(booking.resource_id)
        if resource is None:
            raise ValidationError("resource", "not_found")
        sharing = [o for o in others if o.resource_id == resource.id and o.span.overlaps(span)]
        if _most_at_once(sharing, span) >= resource.capacity:
            raise ValidationError("resource", "full", capacity=resource.capacity)


def _check_staff(staff_id: int, span: Span, book: DayBook, others: Sequence[Booking]) -> None:
    day = span.start.date()
    week = book.weeks.get(staff_id)
    template = None if week is None else week.template_on(day)
    if template is None:
        raise ValidationError("staff", "resting")
    working = book.working(staff_id, day)
    if not any(span.within(piece) for piece in working):
        shift = day_span(day, template.start, template.end)
        if span.within(shift):
            raise ValidationError("staff", "on_leave")
        raise ValidationError(
            "staff",
            "off_shift",
            start=shift.start.strftime("%H:%M"),
            end=shift.end.strftime("%H:%M"),
        )
    for other in others:
        if other.staff_id == staff_id and other.span.overlaps(span):
            raise ValidationError(
                "staff",
                "booked",
                start=other.start.strftime("%H:%M"),
                end=other.end.strftime("%H:%M"),
            )


def _most_at_once(bookings: Sequence[Booking], within: Span) -> int:
    """The most of these bookings running at the same moment inside a span."""
    events: list[tuple[datetime, int]] = []
    for booking in bookings:
        events.append((max(booking.start, within.start), 1))
        events.append((min(booking.end, within.end), -1))
    # At the same moment an end comes before a start (half-open spans).
    events.sort(key=lambda event: (event[0], event[1]))
    running = most = 0
    for _, step in events:
        running += step
        most = max(most, running)
    return most


def free_staff(booking: Booking, book: DayBook, candidates: Iterable[int]) -> int | None:
    """For "anyone": the first candidate (in the order given) the booking fits, or None."""
    for staff_id in candidates:
        try:
            check_booking(
                Booking(
                    booking.id,
                    booking.customer_id,
                    staff_id,
                    booking.start,
                    booking.services,
                    booking.resource_id,
                    booking.status,
                ),
                book,
            )
        except ValidationError as refusal:
            if refusal.field == "staff":
                continue
            raise
        return staff_id
    return None


def assign_anyone(booking: Booking, book: DayBook, candidates: Iterable[int]) -> Booking:
    """A booking for "anyone" with a staff member who is free, or the refusal ``no_one_free``
    (the store's own rules — hours, the customer, the resource — refuse as they would)."""
    check_booking(booking, book)
    staff_id = free_staff(booking, book, candidates)
    if staff_id is None:
        raise ValidationError("staff", "no_one_free")
    return Booking(
        booking.id,
        booking.customer_id,
        staff_id,
        booking.start,
        booking.services,
        booking.resource_id,
        booking.status,
    )


def slots(opening: Span, step: int = SLOT_MINUTES) -> list[datetime]:
    """The book's rows for a day: every step from opening to closing."""
    out = []
    at = opening.start
    while at < opening.end:
        out.append(at)
        at += timedelta(minutes=step)
    return out
