"""The demo's book: a salon's month past and two weeks to come of appointments on a roster, a
restaurant's tables and reservations; statuses consistent with the time, realistic no-shows,
and nothing that breaks the rules (no overlaps, in shifts and hours, a party at a table big
enough). Made once; `storecrm demo-store --business-type restaurant` builds a whole one."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from storecrm.domain.appointments import AppointmentStatus
from storecrm.domain.store_profile import BusinessType
from storecrm.services import demo, demo_bookings, session, settings
from storecrm.services.appointments import book, tables
from storecrm.services.appointments.dto import AppointmentInfo
from storecrm.services.session import StoreContext
from tests.conftest import make_store
from tests.services.test_sales import Clock, fake_clock
from tests.test_cli import run

TODAY = date(2026, 12, 7)
NOW = datetime(2026, 12, 7, 15, 20)
PAST = (AppointmentStatus.DONE, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = fake_clock(monkeypatch)
    clock.set(2026, 12, 7, 15, 20, 0)
    return clock


def days() -> list[date]:
    first = TODAY - timedelta(days=demo_bookings.PAST_DAYS)
    return [first + timedelta(days=n) for n in range(45)]


def check_statuses(every: list[AppointmentInfo]) -> None:
    for info in every:
        if info.end <= NOW:
            assert info.status in PAST, info
        elif info.start <= NOW:
            assert info.status is AppointmentStatus.ARRIVED, info
        else:
            assert info.status is AppointmentStatus.BOOKED, info
        assert bool(info.reason) == (info.status is AppointmentStatus.CANCELLED)
    past = [i for i in every if i.end <= NOW]
    counts = Counter(i.status for i in past)
    assert 0.03 <= counts[AppointmentStatus.NO_SHOW] / len(past) <= 0.10
    assert 0.03 <= counts[AppointmentStatus.CANCELLED] / len(past) <= 0.12
    assert {i.start.date() for i in every} >= {TODAY - timedelta(days=29), TODAY + timedelta(13)}


def no_overlaps(by_column: dict[object, list[AppointmentInfo]]) -> None:
    for column, infos in by_column.items():
        infos.sort(key=lambda i: i.start)
        for before, after in zip(infos, infos[1:], strict=False):
            assert before.end <= after.start, (column, before, after)


def test_the_salon_gets_a_month_past_and_two_weeks_to_come(owner: StoreContext, now: Clock) -> None:
    owner.call(demo.add_demo_customers, 300, 3, today=TODAY)
    written = owner.call(demo_bookings.add_demo_bookings, 3)
    every: list[AppointmentInfo] = []
    on_duty: set[int] = set()
    for day in days():
        roster = owner.call(book.day_book, day)
        working = {s.staff_id: s.working for s in roster.staff}
        on_duty |= {s.staff_id for s in roster.staff if s.working}
        by_staff: dict[object, list[AppointmentInfo]] = defaultdict(list)
        by_customer: dict[object, list[AppointmentInfo]] = defaultdict(list)
        for info in roster.appointments:
            assert info.staff_id is not None and info.services
            # In the stylist's shift (the roster says who works), within the store's hours.
            assert any(w.start <= info.start and info.end <= w.end for w in working[info.staff_id])
            assert info.end - info.start == timedelta(minutes=sum(s.minutes for s in info.services))
            by_staff[info.staff_id].append(info)
            by_customer[info.customer_id].append(info)
        no_overlaps(by_staff)
        no_overlaps(by_customer)
        every.extend(roster.appointments)
    assert written == len(every) > 400  # four stylists, 45 days
    assert on_duty == {s.staff_id for s in roster.staff}  # assistants, front desk too
    check_statuses(every)
    assert any(i.requested for i in every)
    # Made once: a second run keeps the book as it is.
    assert owner.call(demo_bookings.add_demo_bookings, 4) == 0


def test_the_restaurant_gets_tables_in_both_areas_and_reservations(
    tmp_path: Path, now: Clock
) -> None:
    ctx = make_store(tmp_path / "store", business_type=BusinessType.RESTAURANT).context
    try:
        ctx.call(demo.add_demo_customers, 300, 3, today=TODAY)
        written = ctx.call(demo_bookings.add_demo_bookings, 3)
        listed = ctx.call(tables.list_tables)
        assert {t.area for t in listed} == {"大厅", "包间"}
        seats = {t.table_id: t.seats for t in listed}
        every: list[AppointmentInfo] = []
        for day in days():
            roster = ctx.call(tables.table_day, day)
            assert (roster.opens, roster.closes) == (
                datetime.combine(day, demo_bookings.RESTAURANT_HOURS[0]),
                datetime.combine(day, demo_bookings.RESTAURANT_HOURS[1]),
            )
            by_table: dict[object, list[AppointmentInfo]] = defaultdict(list)
            for info in roster.appointments:
                assert info.table_id is not None and 1 <= info.party_size <= seats[info.table_id]
                assert roster.opens <= info.start and info.end <= roster.closes  # type: ignore[operator]
                assert info.end - info.start == timedelta(minutes=roster.sitting_minutes)
                by_table[info.table_id].append(info)
            no_overlaps(by_table)
            every.extend(roster.appointments)
        assert written == len(every) > 400
        check_statuses(every)
        assert {i.table_name for i in every} & {"牡丹", "海棠", "兰亭"}  # the rooms are used too
    finally:
        ctx.close()


def test_demo_store_builds_a_restaurant_from_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = run(
        "demo-store",
        "--store",
        str(folder),
        "--business-type",
        "restaurant",
        "--customers",
        "120",
        "--months",
        "1",
    )
    assert result.returncode == 0, result.stderr
    assert "Demo store created" in result.stdout
    assert "owner" in result.stdout and "demo1234" in result.stdout
    ctx = session.sign_in(folder, demo.DEMO_OWNER, demo.DEMO_PASSWORD)
    try:
        assert len(ctx.call(tables.list_tables)) == len(demo_bookings._TABLES)  # noqa: SLF001
        today = datetime.now().date()
        soon = [ctx.call(tables.table_day, today + timedelta(days=n)) for n in range(1, 8)]
        assert sum(len(d.appointments) for d in soon) > 20
        assert ctx.call(settings.get_settings).store_name == demo.DEMO_RESTAURANT_NAME
    finally:
        ctx.close()
