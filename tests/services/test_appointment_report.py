"""Appointments in the business report (issue 19, point 5): bookings per day, the no-show rate
and utilisation per staff member (booked hours ÷ shift hours), worked out by hand for a week of
the salon of ``test_appointments`` and read back from the workbook (openpyxl) and the PDF
(pdftotext).

The week of Monday 7 – Sunday 13 December 2026:
- Tony: 早班 09:00–15:00 Monday–Friday, leave Wednesday 12:00–13:00, the store closed on
  Thursday: 6 h × 4 days − 1 h = 23 h (1380 min).
- 小美: 晚班 14:00–21:00 every day but Tuesday and the closed Thursday: 7 h × 5 = 35 h.
- Monday: Tony 10:00 烫发 120 min, done; Tony 13:00 剪发 30 min, no-show; 小美 16:00 剪发 +
  护理 60 min, cancelled. Tuesday: Tony 09:00 剪发, still booked. Wednesday: 小美 14:00 烫发,
  arrived.
Bookings 4 (cancelled left out): came 2, no-shows 1, still booked 1; no-show rate 1 ÷ 3 =
33.3 %. Tony: 3 appointments, 120 + 30 + 30 = 180 min = 3 h of 23 h = 13.0 %; 小美: 1, 2 h of
35 h = 5.7 % (the cancelled hour left out); together 5 h of 58 h = 8.6 %.
"""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from storecrm.domain.appointments import AppointmentStatus
from storecrm.reports.report_pdf import write_pdf
from storecrm.reports.report_xlsx import write_xlsx
from storecrm.services import reports
from storecrm.services.appointments import book, roster
from storecrm.services.reports import ReportRequest
from storecrm.services.session import StoreContext
from tests.services.test_appointments import MONDAY, Salon, at, draft
from tests.services.test_appointments import now as now  # noqa: F401 (a fixture)
from tests.services.test_appointments import salon as salon  # noqa: F401 (a fixture)

SUNDAY = date(2026, 12, 13)
TUESDAY, WEDNESDAY, THURSDAY = date(2026, 12, 8), date(2026, 12, 9), date(2026, 12, 10)


@pytest.fixture
def week(owner: StoreContext, salon: Salon) -> reports.Report:
    owner.call(roster.add_leave, salon.tony, at(12, day=WEDNESDAY), at(13, day=WEDNESDAY), "看病")
    owner.call(roster.add_closed_day, THURSDAY, "盘点")

    def booked(staff: int, start: object, *items: int) -> int:
        return owner.call(book.book_appointment, draft(salon, staff, start, *items)).appointment_id

    done = booked(salon.tony, at(10), salon.perm)
    no_show = booked(salon.tony, at(13), salon.cut)
    cancelled = booked(salon.mei, at(16), salon.cut, salon.care)
    booked(salon.tony, at(9, day=TUESDAY), salon.cut)
    arrived = booked(salon.mei, at(14, day=WEDNESDAY), salon.perm)
    owner.call(book.set_status, done, AppointmentStatus.ARRIVED)
    owner.call(book.set_status, done, AppointmentStatus.DONE)
    owner.call(book.set_status, no_show, AppointmentStatus.NO_SHOW)
    owner.call(book.set_status, cancelled, AppointmentStatus.CANCELLED, "改天")
    owner.call(book.set_status, arrived, AppointmentStatus.ARRIVED)
    return owner.call(reports.build_report, ReportRequest(MONDAY, SUNDAY))


def test_bookings_no_shows_and_utilisation_of_the_week(week: reports.Report) -> None:
    figures = week.appointments
    assert figures is not None
    assert [
        (d.day.day, d.bookings, d.came, d.no_shows, d.booked, d.cancelled) for d in figures.days
    ] == [
        (7, 2, 1, 1, 0, 1),
        (8, 1, 0, 0, 1, 0),
        (9, 1, 1, 0, 0, 0),
        (10, 0, 0, 0, 0, 0),
        (11, 0, 0, 0, 0, 0),
        (12, 0, 0, 0, 0, 0),
        (13, 0, 0, 0, 0, 0),
    ]
    total = figures.total
    assert (total.bookings, total.came, total.no_shows, total.booked, total.cancelled) == (
        4,
        2,
        1,
        1,
        1,
    )
    assert figures.no_show_rate == Decimal("33.3")
    assert figures.days[0].no_show_rate == Decimal("50.0")
    assert figures.days[1].no_show_rate is None  # nothing known yet
    assert [
        (s.name, s.appointments, s.booked_minutes, s.shift_minutes, s.utilisation)
        for s in figures.staff
    ] == [
        ("Tony", 3, 180, 1380, Decimal("13.0")),
        ("小美", 1, 120, 2100, Decimal("5.7")),
    ]
    assert (figures.booked_minutes, figures.shift_minutes) == (300, 3480)
    assert figures.utilisation == Decimal("8.6")


def test_a_period_without_appointments_has_no_section(owner: StoreContext, salon: Salon) -> None:
    report = owner.call(reports.build_report, ReportRequest(MONDAY, SUNDAY))
    assert report.appointments is None


def test_the_workbook_has_the_bookings_and_utilisation_sheets(
    week: reports.Report, tmp_path: Path
) -> None:
    path = write_xlsx(week, tmp_path / "week.xlsx")
    wb = openpyxl.load_workbook(path)
    assert "Bookings" in wb.sheetnames and "Utilisation" in wb.sheetnames
    assert wb.sheetnames.index("Utilisation") < wb.sheetnames.index("Definitions")
    ws = wb["Bookings"]
    header = [c.value for c in ws[3]]
    assert header == [
        "Date",
        "Bookings",
        "Came",
        "No-shows",
        "Still booked",
        "Cancelled",
        "No-show rate",
    ]
    monday = [c.value for c in ws[4]]
    assert monday[0].date() == MONDAY and monday[1:6] == [2, 1, 1, 0, 1]
    assert monday[6] == pytest.approx(0.5)
    assert ws.cell(row=4, column=7).number_format == "0.0%"
    total = [c.value for c in ws[4 + 7]]
    assert total[:6] == ["Total", 4, 2, 1, 1, 1]
    assert total[6] == pytest.approx(0.333)
    assert len(ws._charts) == 1
    ws = wb["Utilisation"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4, max_row=6)]
    assert [r[:2] for r in rows] == [["Tony", 3], ["小美", 1], ["Total", 4]]
    assert [(r[2], r[3]) for r in rows] == [(3, 23), (2, 35), (5, 58)]
    assert [r[4] for r in rows] == [
        pytest.approx(0.13),
        pytest.approx(0.057),
        pytest.approx(0.086),
    ]
    assert ws.cell(row=4, column=3).number_format == "#,##0.0"
    definitions = " ".join(str(c.value) for c in wb["Definitions"]["A"] if c.value)
    assert "No-show rate = no-shows ÷ (came + no-shows)" in definitions


def test_the_pdf_has_the_appointments_section(week: reports.Report, tmp_path: Path) -> None:
    path = write_pdf(week, tmp_path / "week.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Bookings: 4 · no-show rate: 33.3% · utilisation: 8.6%" in text
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "2026-12-07 2 1 1 0 1 50.0%" in lines
    assert "2026-12-08 1 0 0 1 0 —" in lines
    assert "2026-12-10 0 0 0 0 0 —" not in lines  # only the days with appointments
    assert "Total 4 2 1 1 1 33.3%" in lines
    assert "Tony 3 3.0 23.0 13.0%" in lines
    assert "小美 1 2.0 35.0 5.7%" in lines
    assert "Total 4 5.0 58.0 8.6%" in lines
