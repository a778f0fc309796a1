"""The table rules by hand: a table tidied or refused, the book's order (大厅, 包间, then the
store's own), each conflict's code, and "any that fits" (fewest seats first, then the book's
order; half-open spans)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from storecrm.domain.appointments import DEFAULT_HOURS, AppointmentStatus, OpeningHours
from storecrm.domain.errors import ValidationError
from storecrm.domain.reservations import (
    Reservation,
    Table,
    TableDay,
    book_order,
    check_table,
    place_reservation,
)

MONDAY = date(2026, 12, 7)
A1, A2, A3 = (
    Table(1, "A1", "大厅", 2, 1),
    Table(2, "A2", "大厅", 4, 2),
    Table(3, "A3", "大厅", 4, 3),
)
ROOM = Table(4, "牡丹", "包间", 10, 1)
TERRACE = Table(5, "露台1", "露台", 4, 1)
OFF = Table(6, "A9", "大厅", 8, 9, active=False)
TABLES = (ROOM, A3, TERRACE, A1, OFF, A2)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(MONDAY, time(hour, minute))


def wanted(table: int | None, party: int, start: datetime, customer: int = 1) -> Reservation:
    return Reservation(0, customer, table, party, start, 120)


def code(reservation: Reservation, day: TableDay) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        place_reservation(reservation, day)
    return caught.value.field, caught.value.code


def test_a_table_is_tidied_or_refused() -> None:
    assert check_table(Table(0, "  A 1 ", " 大厅 ", 4)).name == "A 1"
    for bad, expected in (
        (Table(0, " ", "大厅", 4), ("table_name", "required")),
        (Table(0, "A1", "", 4), ("area", "required")),
        (Table(0, "A1", "大厅", 0), ("seats", "range")),
        (Table(0, "A1" * 9, "大厅", 4), ("table_name", "too_long")),
    ):
        with pytest.raises(ValidationError) as caught:
            check_table(bad)
        assert (caught.value.field, caught.value.code) == expected


def test_the_book_groups_tables_by_area() -> None:
    assert [t.name for t in book_order(TABLES)] == ["A1", "A2", "A3", "A9", "牡丹", "露台1"]


def test_each_conflict_has_its_code() -> None:
    taken = Reservation(9, 2, A2.id, 4, at(18), 120)
    day = TableDay(DEFAULT_HOURS, TABLES, [taken])
    assert code(wanted(A2.id, 2, at(19)), day) == ("table", "taken")
    assert code(wanted(A1.id, 3, at(12)), day) == ("table", "too_small")
    assert code(wanted(OFF.id, 3, at(12)), day) == ("table", "inactive")
    assert code(wanted(99, 3, at(12)), day) == ("table", "not_found")
    assert code(wanted(None, 11, at(12)), day) == ("table", "none_big_enough")
    assert code(wanted(A1.id, 2, at(19, 15)), day) == ("reservation", "outside_hours")
    assert code(wanted(A1.id, 2, at(19), customer=2), day) == ("customer", "double_booked")
    assert code(wanted(A1.id, 0, at(12)), day) == ("party_size", "range")
    closed = TableDay(OpeningHours(DEFAULT_HOURS.weekdays, frozenset({MONDAY})), TABLES)
    assert code(wanted(A1.id, 2, at(12)), closed) == ("reservation", "closed_day")
    # A no-show or a cancellation frees its table.
    gone = Reservation(9, 2, A2.id, 4, at(18), 120, AppointmentStatus.NO_SHOW)
    assert place_reservation(wanted(A2.id, 2, at(19)), TableDay(DEFAULT_HOURS, TABLES, [gone]))


def test_any_that_fits_takes_the_fewest_seats_then_the_book_order() -> None:
    day = TableDay(DEFAULT_HOURS, TABLES, [])
    assert place_reservation(wanted(None, 2, at(18)), day).table_id == A1.id
    assert place_reservation(wanted(None, 3, at(18)), day).table_id == A2.id  # before 露台1
    busy = TableDay(
        DEFAULT_HOURS,
        TABLES,
        [Reservation(n, 10 + n, t, 2, at(18), 120) for n, t in enumerate((A2.id, A3.id), 1)],
    )
    assert place_reservation(wanted(None, 3, at(18)), busy).table_id == TERRACE.id
    assert place_reservation(wanted(None, 3, at(16)), busy).table_id == A2.id  # ends at 18:00
