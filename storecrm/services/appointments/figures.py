"""The appointments section of the business report: reads the period's appointments and the
roster (shifts, days of their own, leave, opening hours, closed days) and hands them to
``domain.appointment_figures``. Called by ``services.reports`` inside the report's own unit of
work (one snapshot); a store without appointments in the period gets no section."""

from __future__ import annotations

from datetime import date, time, timedelta

from storecrm.data.uow import UnitOfWork
from storecrm.domain.appointment_figures import (
    AppointmentFigures,
    BookedTime,
    appointment_figures,
)
from storecrm.domain.appointments import (
    DEFAULT_HOURS,
    AppointmentStatus,
    Leave,
    OpeningHours,
    ShiftTemplate,
    Span,
    StaffWeek,
    shift_spans,
)
from storecrm.domain.reports import Period
from storecrm.services.appointments.roster import templates


def _hours(uow: UnitOfWork) -> OpeningHours:
    hours = dict(DEFAULT_HOURS.weekdays)
    for row in uow.appointments.opening_hours():
        opens, closes = row["opens"], row["closes"]
        hours[int(row["weekday"])] = (
            None
            if opens is None or closes is None
            else (time.fromisoformat(opens), time.fromisoformat(closes))
        )
    closed = frozenset(r["day"] for r in uow.appointments.closed_days())
    return OpeningHours(hours, closed)


def _weeks(uow: UnitOfWork, period: Period) -> dict[int, StaffWeek]:
    """Each staff member's week with the days of their own in ``period``."""
    shifts = templates(uow)

    def shift(template_id: int | None) -> ShiftTemplate | None:
        return None if template_id is None else shifts.get(int(template_id))

    weekdays: dict[int, dict[int, ShiftTemplate | None]] = {}
    for row in uow.appointments.weeks():
        weekdays.setdefault(int(row["staff_id"]), {})[int(row["weekday"])] = shift(
            row["template_id"]
        )
    exceptions: dict[int, dict[date, ShiftTemplate | None]] = {}
    for day_row in uow.appointments.days(period.start, period.end):
        exceptions.setdefault(int(day_row["staff_id"]), {})[day_row["day"]] = shift(
            day_row["template_id"]
        )
    return {
        staff_id: StaffWeek(staff_id, weekdays.get(staff_id, {}), exceptions.get(staff_id, {}))
        for staff_id in set(weekdays) | set(exceptions)
    }


def shift_minutes(uow: UnitOfWork, period: Period, staff_ids: set[int]) -> dict[int, int]:
    """Minutes each of ``staff_ids`` is on shift in ``period``: on the days the store is open,
    the shift less their leave."""
    hours = _hours(uow)
    weeks = _weeks(uow, period)
    leaves = [
        Leave(int(r["staff_id"]), Span(r["starts_at"], r["ends_at"]), r["reason"])
        for r in uow.appointments.leave(period.start_at, period.end_at)
    ]
    out = dict.fromkeys(staff_ids, 0)
    day = period.start
    while day <= period.end:
        if hours.span_on(day) is not None:
            for staff_id in staff_ids:
                week = weeks.get(staff_id)
                if week is None:
                    continue
                for span in shift_spans(week, day, leaves):
                    out[staff_id] += int((span.end - span.start) / timedelta(minutes=1))
        day += timedelta(days=1)
    return out


def read_figures(uow: UnitOfWork, period: Period) -> AppointmentFigures | None:
    """The report's appointments section for ``period``; None when no appointment starts in
    it (a store that does not use the book)."""
    rows = [
        r
        for r in uow.appointments.between(period.start_at, period.end_at)
        if r["starts_at"].date() in period
    ]
    if not rows:
        return None
    active = {int(r["id"]): str(r["name"]) for r in uow.staff.roster(include_inactive=False)}
    names = {int(r["id"]): str(r["name"]) for r in uow.staff.roster()}
    booked = [
        BookedTime(
            r["starts_at"],
            r["ends_at"],
            AppointmentStatus(r["status"]),
            None if r["staff_id"] is None else int(r["staff_id"]),
        )
        for r in rows
    ]
    staff_ids = set(active) | {b.staff_id for b in booked if b.staff_id is not None}
    return appointment_figures(period, booked, shift_minutes(uow, period, staff_ids), names)
