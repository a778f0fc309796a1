"""Typed rows of the roster and appointment tables (``appointment_repository``), in the way of
``rows.py``: plain dicts whose type names the columns."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypedDict


class ShiftTemplateRow(TypedDict):
    """A row of ``shift_templates``."""

    id: int
    name: str
    starts: str
    ends: str
    active: bool


class StaffWeekRow(TypedDict):
    """A row of ``staff_weeks``."""

    staff_id: int
    weekday: int
    template_id: int | None


class StaffDayRow(TypedDict):
    """A row of ``staff_days``."""

    staff_id: int
    day: date
    template_id: int | None


class LeaveRow(TypedDict):
    """A row of ``staff_leave``."""

    id: int
    staff_id: int
    starts_at: datetime
    ends_at: datetime
    reason: str


class OpeningHoursRow(TypedDict):
    """A row of ``opening_hours``."""

    weekday: int
    opens: str | None
    closes: str | None


class ClosedDayRow(TypedDict):
    """A row of ``closed_days``."""

    day: date
    note: str


class ResourceRow(TypedDict):
    """A row of ``book_resources``."""

    id: int
    name: str
    capacity: int
    active: bool


class DiningTableRow(TypedDict):
    """A row of ``dining_tables``."""

    id: int
    name: str
    area: str
    seats: int
    position: int
    active: bool


class AppointmentRow(TypedDict):
    """A row of ``appointments``."""

    id: int
    customer_id: int
    staff_id: int | None
    requested: bool
    starts_at: datetime
    ends_at: datetime
    status: str
    source: str
    resource_id: int | None
    table_id: int | None
    party_size: int | None
    note: str
    reason: str
    sale_id: int | None
    created_at: datetime
    created_by: int | None
    updated_at: datetime


class AppointmentServiceRow(TypedDict):
    """A row of ``appointment_services``."""

    appointment_id: int
    position: int
    item_id: int
    minutes: int


class BookedServiceWithName(AppointmentServiceRow):
    item_name: str
    price_fen: int


class AppointmentWithNames(AppointmentRow):
    """An appointment with its customer's name and phone (the book shows them)."""

    customer_name: str
    customer_phone: str | None
    staff_name: str | None
    table_name: str | None
