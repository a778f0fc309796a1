"""The roster (排班): shift templates, each staff member's week and days of their own, leave,
the store's opening hours and closed days, and rooms/beds/chairs. Managers change it; anyone
at the counter reads it through the day's book (``book.day_book``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta

from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.appointments import (
    DEFAULT_HOURS,
    Booking,
    DayBook,
    Leave,
    OpeningHours,
    Resource,
    ShiftTemplate,
    Span,
    StaffWeek,
)
from storecrm.domain.errors import ValidationError
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.appointments.dto import (
    RosterCell,
    RosterRow,
    ShiftInfo,
    WeekRoster,
    WeekShifts,
    WorkingSpan,
)


def _clock(text: str) -> time:
    return time.fromisoformat(text)


def _text(moment: time) -> str:
    return moment.strftime("%H:%M")


def templates(uow: UnitOfWork) -> dict[int, ShiftTemplate]:
    """The store's shift templates by id (a new store has 早班, 晚班 and 全天: 0013)."""
    return {
        int(r["id"]): ShiftTemplate(r["name"], _clock(r["starts"]), _clock(r["ends"]), int(r["id"]))
        for r in uow.appointments.shift_templates()
    }


def day_book_for(uow: UnitOfWork, day: date, bookings: Sequence[Booking] = ()) -> DayBook:
    """What a booking on ``day`` is checked against (the store's rules from its tables)."""
    shifts = templates(uow)
    hours = dict(DEFAULT_HOURS.weekdays)
    for hour in uow.appointments.opening_hours():
        opens, closes = hour["opens"], hour["closes"]
        hours[int(hour["weekday"])] = (
            None if opens is None or closes is None else (_clock(opens), _clock(closes))
        )
    closed = frozenset(r["day"] for r in uow.appointments.closed_days())
    weekdays: dict[int, dict[int, ShiftTemplate | None]] = {}
    for week in uow.appointments.weeks():
        template = week["template_id"]
        weekdays.setdefault(int(week["staff_id"]), {})[int(week["weekday"])] = (
            None if template is None else shifts.get(int(template))
        )
    exceptions: dict[int, dict[date, ShiftTemplate | None]] = {}
    for row in uow.appointments.days(day, day):
        template = row["template_id"]
        exceptions.setdefault(int(row["staff_id"]), {})[row["day"]] = (
            None if template is None else shifts.get(int(template))
        )
    weeks = {
        staff_id: StaffWeek(staff_id, weekdays.get(staff_id, {}), exceptions.get(staff_id, {}))
        for staff_id in set(weekdays) | set(exceptions)
    }
    start = datetime.combine(day, time())
    leaves = [
        Leave(int(r["staff_id"]), Span(r["starts_at"], r["ends_at"]), r["reason"])
        for r in uow.appointments.leave(start, datetime.combine(day, time(23, 59, 59)))
    ]
    resources = {
        int(r["id"]): Resource(int(r["id"]), r["name"], int(r["capacity"]))
        for r in uow.appointments.resources()
    }
    return DayBook(OpeningHours(hours, closed), weeks, leaves, resources, bookings)


@reads
def list_shifts(uow: UnitOfWork, actor: Actor) -> list[ShiftInfo]:
    audit.require(uow, actor, Permission.RECORD_SALES, "roster_view")
    return [ShiftInfo(t.id, t.name, t.start, t.end) for t in templates(uow).values()]


def save_shift(uow: UnitOfWork, actor: Actor, name: str, start: time, end: time) -> ShiftInfo:
    """A new shift template (a name of its own; ``start`` == ``end`` is refused)."""
    audit.require(uow, actor, Permission.MANAGE_STAFF, "roster_change")
    template = ShiftTemplate(" ".join(name.split()), start, end)
    if len(template.name) > 16:
        raise ValidationError("shift_name", "too_long", max=16)
    if any(t.name == template.name for t in templates(uow).values()):
        raise ValidationError("shift_name", "taken")
    shift_id = uow.appointments.insert_shift_template(template.name, _text(start), _text(end))
    audit.record(uow, actor, "roster_change", target=f"shift:{shift_id}", detail={"name": name})
    uow.commit()
    return ShiftInfo(shift_id, template.name, start, end)


def _check_shift(uow: UnitOfWork, shift_id: int | None) -> None:
    if shift_id is not None and shift_id not in templates(uow):
        raise ValidationError("shift", "not_found")


def set_week(uow: UnitOfWork, actor: Actor, staff_id: int, week: Mapping[int, int | None]) -> None:
    """A staff member's week: weekday (Monday 0) → shift template id, or None for 休息."""
    audit.require(uow, actor, Permission.MANAGE_STAFF, "roster_change")
    uow.staff.get(staff_id)
    for weekday, shift_id in week.items():
        if not 0 <= weekday <= 6:
            raise ValidationError("weekday", "invalid")
        _check_shift(uow, shift_id)
    uow.appointments.set_week(staff_id, week)
    detail = {str(k): v for k, v in sorted(week.items())}
    audit.record(uow, actor, "roster_change", target=f"staff:{staff_id}", detail=detail)
    uow.commit()


@reads
def list_weeks(uow: UnitOfWork, actor: Actor) -> dict[int, dict[int, int | None]]:
    """Each staff member's week: staff id → weekday (Monday 0) → shift id, None for 休息 (a
    weekday left out has no shift either)."""
    audit.require(uow, actor, Permission.RECORD_SALES, "roster_view")
    weeks: dict[int, dict[int, int | None]] = {}
    for row in uow.appointments.weeks():
        template = row["template_id"]
        weeks.setdefault(int(row["staff_id"]), {})[int(row["weekday"])] = (
            None if template is None else int(template)
        )
    return weeks


def set_weeks(uow: UnitOfWork, actor: Actor, weeks: Mapping[int, Mapping[int, int | None]]) -> None:
    """Several staff members' weeks at once (the roster's grid), in one transaction."""
    audit.require(uow, actor, Permission.MANAGE_STAFF, "roster_change")
    shifts = templates(uow)
    for staff_id, week in weeks.items():
        uow.staff.get(staff_id)
        for weekday, shift_id in week.items():
            if not 0 <= weekday <= 6:
                raise ValidationError("weekday", "invalid")
            if shift_id is not None and shift_id not in shifts:
                raise ValidationError("shift", "not_found")
        uow.appointments.set_week(staff_id, week)
    detail = {str(s): {str(k): v for k, v in sorted(w.items())} for s, w in weeks.items()}
    audit.record(uow, actor, "roster_change", target="weeks", detail=detail)
    uow.commit()


def set_day(uow: UnitOfWork, actor: Actor, staff_id: int, day: date, shift_id: int | None) -> None:
    """A day that names its own shift for a staff member (None: a day off)."""
    audit.require(uow, actor, Permission.MANAGE_STAFF, "roster_change")
    uow.staff.get(staff_id)
    _check_shift(uow, shift_id)
    uow.appointments.set_day(staff_id, day, shift_id)
    detail = {"day": day.isoformat(), "shift": shift_id}
    audit.record(uow, actor, "roster_change", target=f"staff:{staff_id}", detail=detail)
    uow.commit()


def add_leave(
    uow: UnitOfWork, actor: Actor, staff_id: int, start: datetime, end: datetime, reason: str = ""
) -> int:
    audit.require(uow, actor, Permission.MANAGE_STAFF, "roster_change")
    uow.staff.get(staff_id)
    if end <= start:
        raise ValidationError("leave", "empty")
    leave_id = uow.appointments.insert_leave(staff_id, start, end, reason.strip()[:60])
    detail = {"leave": leave_id, "from": start.isoformat(), "to": end.isoformat()}
    audit.record(uow, actor, "roster_change", target=f"staff:{staff_id}", detail=detail)
    uow.commit()
    return leave_id


def set_opening_hours(
    uow: UnitOfWork, actor: Actor, weekday: int, hours: tuple[time, time] | None
) -> None:
    """The store's hours on a weekday (None: closed every such weekday)."""
    audit.require(uow, actor, Permission.CHANGE_SETTINGS, "roster_change")
    if not 0 <= weekday <= 6:
        raise ValidationError("weekday", "invalid")
    if hours is not None and hours[0] == hours[1]:
        raise ValidationError("shift_time", "empty")
    opens, closes = (None, None) if hours is None else (_text(hours[0]), _text(hours[1]))
    uow.appointments.set_opening_hours(weekday, opens, closes)
    detail = {"weekday": weekday, "opens": opens, "closes": closes}
    audit.record(uow, actor, "roster_change", target="opening_hours", detail=detail)
    uow.commit()


@reads
def store_hours(
    uow: UnitOfWork, actor: Actor
) -> tuple[dict[int, tuple[time, time] | None], list[date]]:
    """The store's hours per weekday (Monday 0; None: closed that weekday) and its closed days
    from today on."""
    audit.require(uow, actor, Permission.RECORD_SALES, "roster_view")
    hours = dict(DEFAULT_HOURS.weekdays)
    for hour in uow.appointments.opening_hours():
        opens, closes = hour["opens"], hour["closes"]
        hours[int(hour["weekday"])] = (
            None if opens is None or closes is None else (_clock(opens), _clock(closes))
        )
    today = clock.now().date()
    closed = sorted(r["day"] for r in uow.appointments.closed_days() if r["day"] >= today)
    return hours, closed


def set_store_hours(
    uow: UnitOfWork, actor: Actor, hours: Mapping[int, tuple[time, time] | None]
) -> None:
    """The store's hours for several weekdays at once (None: closed that weekday)."""
    audit.require(uow, actor, Permission.CHANGE_SETTINGS, "roster_change")
    for weekday, span in hours.items():
        if not 0 <= weekday <= 6:
            raise ValidationError("weekday", "invalid")
        if span is not None and span[0] == span[1]:
            raise ValidationError("shift_time", "empty")
    for weekday, span in sorted(hours.items()):
        opens, closes = (None, None) if span is None else (_text(span[0]), _text(span[1]))
        uow.appointments.set_opening_hours(weekday, opens, closes)
    detail = {
        str(w): None if h is None else f"{_text(h[0])}-{_text(h[1])}"
        for w, h in sorted(hours.items())
    }
    audit.record(uow, actor, "roster_change", target="opening_hours", detail=detail)
    uow.commit()


def add_closed_day(uow: UnitOfWork, actor: Actor, day: date, note: str = "") -> None:
    audit.require(uow, actor, Permission.CHANGE_SETTINGS, "roster_change")
    uow.appointments.add_closed_day(day, note.strip()[:60])
    audit.record(uow, actor, "roster_change", target="closed_day", detail={"day": day.isoformat()})
    uow.commit()


def add_resource(uow: UnitOfWork, actor: Actor, name: str, capacity: int = 1) -> int:
    """A room, bed or chair (包间、床位、座椅) that takes ``capacity`` appointments at once."""
    audit.require(uow, actor, Permission.MANAGE_STAFF, "roster_change")
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "required")
    if not 1 <= capacity <= 99:
        raise ValidationError("capacity", "range", low=1, high=99)
    resource_id = uow.appointments.insert_resource(name[:32], capacity)
    audit.record(uow, actor, "roster_change", target=f"resource:{resource_id}")
    uow.commit()
    return resource_id


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _week_of(uow: UnitOfWork, monday: date) -> dict[int, StaffWeek]:
    """Each staff member's usual week with the exceptions of the week from ``monday``."""
    shifts = templates(uow)
    weekdays: dict[int, dict[int, ShiftTemplate | None]] = {}
    for week in uow.appointments.weeks():
        template = week["template_id"]
        weekdays.setdefault(int(week["staff_id"]), {})[int(week["weekday"])] = (
            None if template is None else shifts.get(int(template))
        )
    exceptions: dict[int, dict[date, ShiftTemplate | None]] = {}
    for row in uow.appointments.days(monday, monday + timedelta(days=6)):
        template = row["template_id"]
        exceptions.setdefault(int(row["staff_id"]), {})[row["day"]] = (
            None if template is None else shifts.get(int(template))
        )
    return {
        staff_id: StaffWeek(staff_id, weekdays.get(staff_id, {}), exceptions.get(staff_id, {}))
        for staff_id in set(weekdays) | set(exceptions)
    }


@reads
def week_shifts(uow: UnitOfWork, actor: Actor, monday: date) -> WeekShifts:
    """The week from ``monday`` as the roster's grid shows it: each staff member's usual week
    and the days of their own that week (a shift, or None for a day off)."""
    audit.require(uow, actor, Permission.RECORD_SALES, "roster_view")
    monday = monday_of(monday)
    usual: dict[int, dict[int, int | None]] = {}
    for row in uow.appointments.weeks():
        template = row["template_id"]
        usual.setdefault(int(row["staff_id"]), {})[int(row["weekday"])] = (
            None if template is None else int(template)
        )
    own: dict[int, dict[int, int | None]] = {}
    for day_row in uow.appointments.days(monday, monday + timedelta(days=6)):
        template = day_row["template_id"]
        own.setdefault(int(day_row["staff_id"]), {})[day_row["day"].weekday()] = (
            None if template is None else int(template)
        )
    return WeekShifts(monday, usual, own)


def save_week(
    uow: UnitOfWork,
    actor: Actor,
    monday: date,
    grid: Mapping[int, Mapping[int, int | None]],
    *,
    usual: bool,
) -> int:
    """The roster's grid for the week from ``monday`` (staff id → weekday → shift id or None).
    ``usual``: it becomes the usual week (every week), and that week's days of their own go
    (the grid showed them). Otherwise it holds for that week only: each day that differs from
    the usual week becomes a day of its own, a day that matches it loses its own. Returns how
    many days of that week differ from the usual week after it."""
    audit.require(uow, actor, Permission.MANAGE_STAFF, "roster_change")
    monday = monday_of(monday)
    shifts = templates(uow)
    for staff_id, week in grid.items():
        uow.staff.get(staff_id)
        for weekday, shift_id in week.items():
            if not 0 <= weekday <= 6:
                raise ValidationError("weekday", "invalid")
            if shift_id is not None and shift_id not in shifts:
                raise ValidationError("shift", "not_found")
    pattern: dict[int, dict[int, int | None]] = {}
    for row in uow.appointments.weeks():
        template = row["template_id"]
        pattern.setdefault(int(row["staff_id"]), {})[int(row["weekday"])] = (
            None if template is None else int(template)
        )
    own = 0
    for staff_id, week in grid.items():
        if usual:
            uow.appointments.set_week(staff_id, week)
        for weekday, shift_id in week.items():
            day = monday + timedelta(days=weekday)
            if usual or pattern.get(staff_id, {}).get(weekday) == shift_id:
                uow.appointments.clear_day(staff_id, day)
            else:
                uow.appointments.set_day(staff_id, day, shift_id)
                own += 1
    detail = {
        "week": monday.isoformat(),
        "usual": usual,
        "grid": {str(s): {str(k): v for k, v in sorted(w.items())} for s, w in grid.items()},
    }
    audit.record(uow, actor, "roster_change", target="week", detail=detail)
    uow.commit()
    return own


def copy_last_week(uow: UnitOfWork, actor: Actor, monday: date) -> int:
    """Make the week from ``monday`` what last week was (复制上周): each active staff member's
    day gets the shift they had seven days before, as a day of its own where it differs from
    their usual week (where it is the same, a day of its own is taken away). Returns how many
    days now differ from the usual week."""
    audit.require(uow, actor, Permission.MANAGE_STAFF, "roster_change")
    monday = monday_of(monday)
    before = _week_of(uow, monday - timedelta(days=7))
    now = _week_of(uow, monday)
    own = 0
    for row in uow.staff.roster(include_inactive=False):
        staff_id = int(row["id"])
        last = before.get(staff_id)
        usual = now.get(staff_id)
        for n in range(7):
            day = monday + timedelta(days=n)
            wanted = None if last is None else last.template_on(day - timedelta(days=7))
            pattern = None if usual is None else usual.weekdays.get(day.weekday())
            if wanted == pattern:
                uow.appointments.clear_day(staff_id, day)
            else:
                uow.appointments.set_day(staff_id, day, None if wanted is None else wanted.id)
                own += 1
    detail = {"week": monday.isoformat(), "own_days": own}
    audit.record(uow, actor, "roster_change", target="copy_last_week", detail=detail)
    uow.commit()
    return own


@reads
def week_roster(uow: UnitOfWork, actor: Actor, monday: date) -> WeekRoster:
    """The week from ``monday`` as it will be worked (the printed 排班表): the usual week with
    the days of their own, leave, the store's hours and closed days."""
    audit.require(uow, actor, Permission.RECORD_SALES, "roster_view")
    monday = monday_of(monday)
    days = tuple(monday + timedelta(days=n) for n in range(7))
    weeks = _week_of(uow, monday)
    book = day_book_for(uow, monday)
    closed = frozenset(r["day"] for r in uow.appointments.closed_days())
    hours = tuple(None if day in closed else book.hours.weekdays.get(day.weekday()) for day in days)
    leaves = [
        Leave(int(r["staff_id"]), Span(r["starts_at"], r["ends_at"]), r["reason"])
        for r in uow.appointments.leave(
            datetime.combine(monday, time()), datetime.combine(days[-1], time(23, 59, 59))
        )
    ]
    rows = []
    for row in uow.staff.roster(include_inactive=False):
        staff_id = int(row["id"])
        week = weeks.get(staff_id)
        cells = []
        for day in days:
            template = None if week is None else week.template_on(day)
            whole = Span(datetime.combine(day, time()), datetime.combine(day, time(23, 59, 59)))
            away = tuple(
                WorkingSpan(max(lv.span.start, whole.start), min(lv.span.end, whole.end))
                for lv in leaves
                if lv.staff_id == staff_id and lv.span.overlaps(whole)
            )
            cells.append(
                RosterCell(
                    "" if template is None else template.name,
                    None if template is None else template.start,
                    None if template is None else template.end,
                    week is not None and day in week.exceptions,
                    away,
                )
            )
        rows.append(RosterRow(staff_id, row["no"] or "", row["name"], tuple(cells)))
    return WeekRoster(days, hours, tuple(rows))
