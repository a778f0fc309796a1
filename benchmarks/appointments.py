"""Benchmark: painting the day's book of a big salon (40 staff, 300 appointments).

    QT_QPA_PLATFORM=offscreen python benchmarks/appointments.py [--staff 40] [--appointments 300]
        [--runs 5] [--week] [--tables [--sitting 90]]

Builds the day (``DayRoster``, as ``book.day_book`` returns it) in memory, then times, as the
median of the runs: filling the model and its spans (``DayBookModel.set_roster``), and a whole
paint of the grid at 1920×1040 (``QTableView.grab()``, every visible cell through the
delegate). The load average is printed beside the figures: on a shared machine they vary
with it.

With ``--week``, the week view instead: seven such days (``WeekBookTable.show_week``, for
everyone: the busiest case, every appointment of the week in the grid), filled and painted.

With ``--tables``, a restaurant's book instead (``TableBookModel``, as the screen shows it: a
column per table at least 112 px wide): ``--staff`` tables (40: 大厅 and 包间) and
``--appointments`` reservations (300) of a sitting each (``--sitting``, 90 minutes so that 300
fit in 40 tables from 10:00 to 22:00), parties of 2–12, every status.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff", type=int, default=40)
    parser.add_argument("--appointments", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--week", action="store_true", help="the week view (seven such days)")
    parser.add_argument("--tables", action="store_true", help="a restaurant's book (订座)")
    parser.add_argument("--sitting", type=int, default=90, help="minutes (with --tables)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.tables:
        tables(args.staff, args.appointments, args.sitting, args.runs)
        return

    from PySide6.QtWidgets import QTableView

    from storecrm.domain.appointments import AppointmentSource, AppointmentStatus
    from storecrm.gui.app import create_application
    from storecrm.gui.screens.appointments.model import BlockDelegate, DayBookModel
    from storecrm.services.appointments.dto import (
        AppointmentInfo,
        DayRoster,
        ServiceOnBooking,
        StaffDay,
        WorkingSpan,
    )

    app = create_application("zh_CN")
    day = date(2026, 12, 7)
    opens, closes = datetime(2026, 12, 7, 9), datetime(2026, 12, 7, 21)
    rng = random.Random(19)
    staff = tuple(
        StaffDay(n, f"员工{n:02d}", "早班" if n % 2 else "晚班",
                 (WorkingSpan(opens, opens + timedelta(hours=7)),) if n % 2
                 else (WorkingSpan(opens + timedelta(hours=5), closes),))
        for n in range(1, args.staff + 1)
    )  # fmt: skip
    statuses = list(AppointmentStatus)
    appointments = []
    free = {s.staff_id: opens for s in staff}
    for n in range(args.appointments):
        person = staff[n % len(staff)].staff_id
        start = free[person] + timedelta(minutes=15 * rng.randint(0, 2))
        minutes = 15 * rng.randint(2, 6)
        free[person] = start + timedelta(minutes=minutes)
        appointments.append(
            AppointmentInfo(n + 1, n + 1, f"客户{n}", None, person, n % 3 == 0, start,
                            start + timedelta(minutes=minutes), rng.choice(statuses),
                            AppointmentSource.PHONE,
                            (ServiceOnBooking(1, "洗剪吹", minutes, 6800),), "", "", None, None)
        )  # fmt: skip
    roster = DayRoster(day, opens, closes, staff, tuple(appointments))
    if args.week:
        week(app, roster, args.runs)
        return

    model = DayBookModel()
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(BlockDelegate(view))
    view.resize(1920, 1040)
    view.show()
    app.processEvents()
    fills, paints = [], []
    for _ in range(args.runs + 1):
        began = time.perf_counter()
        model.set_roster(roster)
        view.clearSpans()
        for row, column, rows, _info in model.blocks:
            if rows > 1:
                view.setSpan(row, column, rows, 1)
        filled = time.perf_counter()
        view.grab()
        painted = time.perf_counter()
        fills.append(filled - began)
        paints.append(painted - filled)
    fills, paints = fills[1:], paints[1:]  # the first run warms up
    loadavg = Path("/proc/loadavg")
    load = loadavg.read_text().split()[:3] if loadavg.exists() else []
    runs = args.runs
    both = statistics.median(f + p for f, p in zip(fills, paints, strict=True))
    print(f"{args.staff} staff, {len(model.blocks)} blocks, {model.rowCount()} slots")
    print(f"fill the model and spans: {statistics.median(fills) * 1000:.1f} ms (median of {runs})")
    print(f"paint the grid (grab):    {statistics.median(paints) * 1000:.1f} ms")
    print(f"both:                     {both * 1000:.1f} ms")
    print(f"load average: {' '.join(load)}")


def week(app: object, roster: object, runs: int) -> None:
    """Seven copies of the day, a day apart, in the week view (everyone)."""
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from storecrm.gui.screens.appointments.week_book import WeekBookTable
    from storecrm.services.appointments.dto import DayRoster

    assert isinstance(roster, DayRoster) and isinstance(app, QApplication)

    def moved(n: int) -> DayRoster:
        step = timedelta(days=n)
        return replace(
            roster,
            day=roster.day + step,
            opens=roster.opens + step if roster.opens else None,
            closes=roster.closes + step if roster.closes else None,
            staff=tuple(
                replace(s, working=tuple(replace(w, start=w.start + step, end=w.end + step)
                                         for w in s.working))
                for s in roster.staff
            ),
            appointments=tuple(
                replace(a, start=a.start + step, end=a.end + step) for a in roster.appointments
            ),
        )  # fmt: skip

    days = tuple(moved(n) for n in range(7))
    table = WeekBookTable()
    table.page.resize(1920, 1040)
    table.page.show()
    app.processEvents()
    fills, paints = [], []
    for _ in range(runs + 1):
        began = time.perf_counter()
        table.show_week(days, roster.day)
        filled = time.perf_counter()
        table.grab()
        painted = time.perf_counter()
        fills.append(filled - began)
        paints.append(painted - filled)
    fills, paints = fills[1:], paints[1:]
    loadavg = Path("/proc/loadavg")
    load = loadavg.read_text().split()[:3] if loadavg.exists() else []
    count = sum(len(d.appointments) for d in days)
    print(f"week view (everyone): {count} appointments, {table.week_model.rowCount()} slots")
    print(f"fill the model:        {statistics.median(fills) * 1000:.1f} ms (median of {runs})")
    print(f"paint the grid (grab): {statistics.median(paints) * 1000:.1f} ms")
    print(f"load average: {' '.join(load)}")


def _load() -> str:
    loadavg = Path("/proc/loadavg")
    return " ".join(loadavg.read_text().split()[:3]) if loadavg.exists() else "?"


def tables(count: int, reservations: int, sitting: int, runs: int) -> None:
    """A restaurant's day: ``count`` tables, ``reservations`` of ``sitting`` minutes each,
    placed table by table from opening, back to back, in the table book."""
    from PySide6.QtWidgets import QHeaderView, QTableView

    from storecrm.domain.appointments import AppointmentSource, AppointmentStatus
    from storecrm.gui.app import create_application
    from storecrm.gui.screens.appointments.model import BlockDelegate
    from storecrm.gui.screens.appointments.tables_model import TableBookModel
    from storecrm.services.appointments.dto import AppointmentInfo, DayRoster, TableInfo

    app = create_application("zh_CN")
    day = date(2026, 12, 7)
    opens, closes = datetime(2026, 12, 7, 10), datetime(2026, 12, 7, 22)
    rng = random.Random(19)
    rooms = max(1, count // 5)
    tables_ = tuple(
        TableInfo(n, f"A{n}" if n > rooms else f"包间{n}", "大厅" if n > rooms else "包间",
                  12 if n <= rooms else rng.choice((2, 4, 6, 8)), n)
        for n in range(1, count + 1)
    )  # fmt: skip
    statuses = list(AppointmentStatus)
    free = {t.table_id: opens for t in tables_}
    made = []
    for n in range(reservations):
        table = tables_[n % len(tables_)]
        start = free[table.table_id]  # back to back: 300 of 90 minutes fill 40 tables
        end = start + timedelta(minutes=sitting)
        if end > closes:
            continue  # this table's evening is full
        free[table.table_id] = end
        made.append(
            AppointmentInfo(n + 1, n + 1, f"客户{n}", None, None, False, start, end,
                            rng.choice(statuses), AppointmentSource.PHONE, (), "", "", None, None,
                            table_id=table.table_id, table_name=table.name,
                            party_size=rng.randint(2, table.seats))
        )  # fmt: skip
    roster = DayRoster(day, opens, closes, (), tuple(made), tables_, sitting)
    model = TableBookModel()
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(BlockDelegate(view))
    view.setWordWrap(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.horizontalHeader().setMinimumSectionSize(112)
    view.verticalHeader().setDefaultSectionSize(26)
    view.resize(1920, 1040)
    view.show()
    app.processEvents()
    fills, paints = [], []
    for _ in range(runs + 1):
        began = time.perf_counter()
        model.set_roster(roster)
        view.clearSpans()
        for row, column, rows, _info in model.blocks:
            if rows > 1:
                view.setSpan(row, column, rows, 1)
        filled = time.perf_counter()
        view.grab()
        painted = time.perf_counter()
        fills.append(filled - began)
        paints.append(painted - filled)
    fills, paints = fills[1:], paints[1:]  # the first run warms up
    both = statistics.median(f + p for f, p in zip(fills, paints, strict=True))
    print(
        f"restaurant: {len(tables_)} tables, {len(made)} reservations of {sitting} min, "
        f"{len(model.blocks)} blocks, {model.rowCount()} slots"
    )
    print(f"fill the model and spans: {statistics.median(fills) * 1000:.1f} ms (median of {runs})")
    print(f"paint the grid (grab):    {statistics.median(paints) * 1000:.1f} ms")
    print(f"both:                     {both * 1000:.1f} ms")
    print(f"load average: {_load()}")


if __name__ == "__main__":
    main()
