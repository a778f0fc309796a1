"""SQL for the roster (shift templates, weeks, days of their own, leave, opening hours, closed
days), the rooms/beds/chairs and the appointments with their services. A day's book is read in
a handful of queries over ``ix_appointments_starts``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, select, update

from storecrm.data.appointment_rows import (
    AppointmentWithNames,
    BookedServiceWithName,
    ClosedDayRow,
    DiningTableRow,
    LeaveRow,
    OpeningHoursRow,
    ResourceRow,
    ShiftTemplateRow,
    StaffDayRow,
    StaffWeekRow,
)
from storecrm.data.rows import new_id, row_as, rows_as
from storecrm.data.schema import (
    appointment_services,
    appointments,
    book_resources,
    catalogue_items,
    closed_days,
    customers,
    dining_tables,
    opening_hours,
    shift_templates,
    staff,
    staff_days,
    staff_leave,
    staff_weeks,
)
from storecrm.domain.errors import NotFound

_WITH_NAMES = (
    *appointments.columns,
    customers.c.name.label("customer_name"),
    customers.c.phone.label("customer_phone"),
    staff.c.name.label("staff_name"),
    dining_tables.c.name.label("table_name"),
)


class AppointmentRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # ---- the roster ----------------------------------------------------------------------

    def shift_templates(self) -> list[ShiftTemplateRow]:
        query = select(shift_templates).order_by(shift_templates.c.starts, shift_templates.c.id)
        return rows_as(ShiftTemplateRow, self.conn.execute(query))

    def insert_shift_template(self, name: str, starts: str, ends: str) -> int:
        values = {"name": name, "starts": starts, "ends": ends}
        return new_id(self.conn.execute(insert(shift_templates).values(values)))

    def weeks(self) -> list[StaffWeekRow]:
        return rows_as(StaffWeekRow, self.conn.execute(select(staff_weeks)))

    def set_week(self, staff_id: int, templates: Mapping[int, int | None]) -> None:
        """A staff member's week: weekday → template (None: 休息); weekdays left out have no
        shift either."""
        self.conn.execute(delete(staff_weeks).where(staff_weeks.c.staff_id == staff_id))
        rows = [
            {"staff_id": staff_id, "weekday": weekday, "template_id": template}
            for weekday, template in sorted(templates.items())
        ]
        if rows:
            self.conn.execute(insert(staff_weeks), rows)

    def days(self, first: date, last: date) -> list[StaffDayRow]:
        query = select(staff_days).where(staff_days.c.day.between(first, last))
        return rows_as(StaffDayRow, self.conn.execute(query))

    def set_day(self, staff_id: int, day: date, template_id: int | None) -> None:
        self.clear_day(staff_id, day)
        values = {"staff_id": staff_id, "day": day, "template_id": template_id}
        self.conn.execute(insert(staff_days).values(values))

    def clear_day(self, staff_id: int, day: date) -> None:
        self.conn.execute(
            delete(staff_days).where(
                and_(staff_days.c.staff_id == staff_id, staff_days.c.day == day)
            )
        )

    def leave(self, starts: datetime, ends: datetime) -> list[LeaveRow]:
        query = select(staff_leave).where(
            and_(staff_leave.c.starts_at < ends, staff_leave.c.ends_at > starts)
        )
        return rows_as(LeaveRow, self.conn.execute(query))

    def insert_leave(self, staff_id: int, starts: datetime, ends: datetime, reason: str) -> int:
        values = {"staff_id": staff_id, "starts_at": starts, "ends_at": ends, "reason": reason}
        return new_id(self.conn.execute(insert(staff_leave).values(values)))

    def opening_hours(self) -> list[OpeningHoursRow]:
        return rows_as(OpeningHoursRow, self.conn.execute(select(opening_hours)))

    def set_opening_hours(self, weekday: int, opens: str | None, closes: str | None) -> None:
        self.conn.execute(delete(opening_hours).where(opening_hours.c.weekday == weekday))
        values = {"weekday": weekday, "opens": opens, "closes": closes}
        self.conn.execute(insert(opening_hours).values(values))

    def closed_days(self) -> list[ClosedDayRow]:
        return rows_as(ClosedDayRow, self.conn.execute(select(closed_days)))

    def add_closed_day(self, day: date, note: str) -> None:
        self.conn.execute(delete(closed_days).where(closed_days.c.day == day))
        self.conn.execute(insert(closed_days).values(day=day, note=note))

    def resources(self, include_inactive: bool = False) -> list[ResourceRow]:
        query = select(book_resources)
        if not include_inactive:
            query = query.where(book_resources.c.active.is_(True))
        return rows_as(ResourceRow, self.conn.execute(query.order_by(book_resources.c.name)))

    def insert_resource(self, name: str, capacity: int, active: bool = True) -> int:
        statement = insert(book_resources).values(name=name, capacity=capacity, active=active)
        return new_id(self.conn.execute(statement))

    def update_resource(self, resource_id: int, name: str, capacity: int, active: bool) -> None:
        self.conn.execute(
            update(book_resources)
            .where(book_resources.c.id == resource_id)
            .values(name=name, capacity=capacity, active=active)
        )

    # ---- a restaurant's tables ------------------------------------------------------------

    def tables(self, include_inactive: bool = False) -> list[DiningTableRow]:
        """The tables by area, then position and name."""
        query = select(dining_tables)
        if not include_inactive:
            query = query.where(dining_tables.c.active.is_(True))
        query = query.order_by(dining_tables.c.area, dining_tables.c.position, dining_tables.c.name)
        return rows_as(DiningTableRow, self.conn.execute(query))

    def table(self, table_id: int) -> DiningTableRow:
        query = select(dining_tables).where(dining_tables.c.id == table_id)
        row = row_as(DiningTableRow, self.conn.execute(query).first())
        if row is None:
            raise NotFound("table", table_id)
        return row

    def insert_table(self, values: Mapping[str, Any]) -> int:
        return new_id(self.conn.execute(insert(dining_tables).values(dict(values))))

    def update_table(self, table_id: int, values: Mapping[str, Any]) -> None:
        self.conn.execute(
            update(dining_tables).where(dining_tables.c.id == table_id).values(dict(values))
        )

    # ---- appointments --------------------------------------------------------------------

    def between(self, starts: datetime, ends: datetime) -> list[AppointmentWithNames]:
        """Every appointment that overlaps [starts, ends), any status, by start."""
        query = (
            select(*_WITH_NAMES)
            .join(customers, customers.c.id == appointments.c.customer_id)
            .outerjoin(staff, staff.c.id == appointments.c.staff_id)
            .outerjoin(dining_tables, dining_tables.c.id == appointments.c.table_id)
            .where(and_(appointments.c.starts_at < ends, appointments.c.ends_at > starts))
            .order_by(appointments.c.starts_at, appointments.c.id)
        )
        return rows_as(AppointmentWithNames, self.conn.execute(query))

    def starting(self, status: str, starts: datetime, ends: datetime) -> list[AppointmentWithNames]:
        """The appointments with ``status`` that start in [starts, ends), by start (the
        reminders' tomorrow's appointments and no-shows). Read through :meth:`between`, so
        they come with the same names and joins as the day's book."""
        return [
            row
            for row in self.between(starts, ends)
            if row["status"] == status and row["starts_at"] >= starts
        ]

    def get(self, appointment_id: int) -> AppointmentWithNames:
        query = (
            select(*_WITH_NAMES)
            .join(customers, customers.c.id == appointments.c.customer_id)
            .outerjoin(staff, staff.c.id == appointments.c.staff_id)
            .outerjoin(dining_tables, dining_tables.c.id == appointments.c.table_id)
            .where(appointments.c.id == appointment_id)
        )
        row = row_as(AppointmentWithNames, self.conn.execute(query).first())
        if row is None:
            raise NotFound("appointment", appointment_id)
        return row

    def of_customer(self, customer_id: int, limit: int) -> list[AppointmentWithNames]:
        """A customer's appointments, the latest first (``ix_appointments_customer``)."""
        query = (
            select(*_WITH_NAMES)
            .join(customers, customers.c.id == appointments.c.customer_id)
            .outerjoin(staff, staff.c.id == appointments.c.staff_id)
            .outerjoin(dining_tables, dining_tables.c.id == appointments.c.table_id)
            .where(appointments.c.customer_id == customer_id)
            .order_by(appointments.c.starts_at.desc(), appointments.c.id.desc())
            .limit(limit)
        )
        return rows_as(AppointmentWithNames, self.conn.execute(query))

    def no_shows(self, customer_id: int) -> int:
        query = select(func.count()).where(
            and_(appointments.c.customer_id == customer_id, appointments.c.status == "no_show")
        )
        return int(self.conn.execute(query).scalar_one())

    def services(self, appointment_ids: Iterable[int]) -> list[BookedServiceWithName]:
        ids = list(appointment_ids)
        if not ids:
            return []
        query = (
            select(
                *appointment_services.columns,
                catalogue_items.c.name.label("item_name"),
                catalogue_items.c.price_fen,
            )
            .join(catalogue_items, catalogue_items.c.id == appointment_services.c.item_id)
            .where(appointment_services.c.appointment_id.in_(ids))
            .order_by(appointment_services.c.appointment_id, appointment_services.c.position)
        )
        return rows_as(BookedServiceWithName, self.conn.execute(query))

    def insert(self, values: Mapping[str, Any], services: Sequence[tuple[int, int]]) -> int:
        appointment_id = new_id(self.conn.execute(insert(appointments).values(dict(values))))
        self._set_services(appointment_id, services)
        return appointment_id

    def update(
        self,
        appointment_id: int,
        values: Mapping[str, Any],
        services: Sequence[tuple[int, int]] | None = None,
    ) -> None:
        self.conn.execute(
            update(appointments).where(appointments.c.id == appointment_id).values(dict(values))
        )
        if services is not None:
            self.conn.execute(
                delete(appointment_services).where(
                    appointment_services.c.appointment_id == appointment_id
                )
            )
            self._set_services(appointment_id, services)

    def _set_services(self, appointment_id: int, services: Sequence[tuple[int, int]]) -> None:
        if not services:  # a table reservation has none
            return
        rows = [
            {"appointment_id": appointment_id, "position": n, "item_id": item, "minutes": minutes}
            for n, (item, minutes) in enumerate(services)
        ]
        self.conn.execute(insert(appointment_services), rows)
