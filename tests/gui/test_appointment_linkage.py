"""Appointments linked to the rest (issue 19, point 5), driven like a person would: the today
view lists tomorrow's appointments and the no-shows with their time, services and staff, and
copies the appointment's message; a no-show marked on the day's book appears in the next day's
reminders and on the profile (its 预约 tab and its timeline, with the appointments to come on
top)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain.appointments import AppointmentStatus
from storecrm.domain.customer import CustomerDraft
from storecrm.gui.app import create_application
from storecrm.gui.screens.appointments import AppointmentsScreen
from storecrm.gui.screens.customer_detail import CustomerDetailPanel
from storecrm.gui.screens.reminders_screen import TodayView
from storecrm.services import catalogue, customers
from storecrm.services.appointments import book, roster
from storecrm.services.appointments.dto import BookingDraft
from storecrm.services.dto import ItemDraft
from storecrm.services.session import StoreContext
from storecrm.services.staff import roster as staff_roster
from storecrm.services.staff.dto import StaffDraft
from tests.services.test_sales import Clock, fake_clock

MONDAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = fake_clock(monkeypatch)
    clock.set(2026, 12, 7, 8, 30, 0)  # Monday, before opening
    return clock


@pytest.fixture
def salon(owner: StoreContext, now: Clock) -> dict[str, int]:
    cut = owner.call(
        catalogue.save_item,
        ItemDraft(name="剪发", price_fen=8800, kind="service", duration_min=45),
    ).item_id
    tony = owner.call(staff_roster.save_staff_member, StaffDraft(0, "Tony")).staff_id
    shifts = {s.name: s.shift_id for s in owner.call(roster.list_shifts)}
    owner.call(roster.set_week, tony, dict.fromkeys(range(7), shifts["早班"]))
    member = owner.call(
        customers.create_customer,
        CustomerDraft(name="王芳", phone="13800138000", marketing_consent=True),
    ).customer_id
    return {"cut": cut, "tony": tony, "member": member}


def booked(owner: StoreContext, salon: dict[str, int], start: datetime) -> int:
    draft = BookingDraft(
        start=start, item_ids=(salon["cut"],), staff_id=salon["tony"], customer_id=salon["member"]
    )
    return owner.call(book.book_appointment, draft).appointment_id


def loaded(qtbot: QtBot, view: TodayView) -> TodayView:
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: not view.loading() and view.result is not None, timeout=10_000)
    return view


def kinds_shown(view: TodayView) -> dict[str, str]:
    return {
        view.kinds.item(n).data(Qt.ItemDataRole.UserRole): view.kinds.item(n).text()
        for n in range(view.kinds.count())
    }


def choose_kind(view: TodayView, kind: str) -> None:
    row = next(
        n
        for n in range(view.kinds.count())
        if view.kinds.item(n).data(Qt.ItemDataRole.UserRole) == kind
    )
    view.kinds.setCurrentRow(row)
    view.select_row(0)


def test_tomorrows_appointment_is_listed_and_its_message_copied(
    qtbot: QtBot, owner: StoreContext, salon: dict[str, int]
) -> None:
    booked(owner, salon, datetime(2026, 12, 8, 10, 15))
    view = loaded(qtbot, TodayView(owner))
    assert kinds_shown(view)["appointment"] == "Tomorrow's appointments  1"
    choose_kind(view, "appointment")
    assert view.model.rowCount() == 1
    row = [view.model.index(0, c).data() for c in range(4)]
    assert row == ["王芳", "13800138000", "Tomorrow", "10:15 · 剪发 · Tony"]
    assert view.template_combo.currentText() == "预约提醒"  # the kind's own template first
    view.quiet = True
    text = view.copy_message()
    assert text == (
        "王芳您好，您已预约12月8日 10:15在测试门店的剪发（Tony），请准时到店；如需改约请提前告知。"
    )
    assert QGuiApplication.clipboard().text() == text


def test_a_no_show_appears_in_tomorrows_reminders_and_on_the_profile(
    qtbot: QtBot, owner: StoreContext, salon: dict[str, int], now: Clock
) -> None:
    missed = booked(owner, salon, datetime(2026, 12, 7, 9, 0))
    booked(owner, salon, datetime(2026, 12, 9, 11, 0))  # to come
    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    screen.show()
    screen.table.setCurrentIndex(screen.model.index(0, 0))
    qtbot.keyClick(screen.table, Qt.Key.Key_F6)  # no-show, on the day's book
    qtbot.waitUntil(
        lambda: owner.call(book.get_appointment, missed).status is AppointmentStatus.NO_SHOW
    )

    now.set(2026, 12, 8, 9, 0, 0)  # the next day
    view = loaded(qtbot, TodayView(owner))
    choose_kind(view, "no_show")
    row = [view.model.index(0, c).data() for c in range(4)]
    assert row == ["王芳", "13800138000", "Missed 1 day ago", "2026-12-07 09:00 · 剪发 · Tony"]

    panel = CustomerDetailPanel(owner)
    qtbot.addWidget(panel)
    panel.show_customer(salon["member"])
    assert "1 no-show" in panel.appointments_tab.summary.text()
    texts = [t for t in panel.timeline_texts() if t.startswith("Appointment")]
    assert len(texts) == 2
    assert texts[0].endswith("Booked · 剪发 · Tony")  # the one to come, on top
    assert texts[1].endswith("No-show · 剪发 · Tony")
    assert "2026-12-09" in texts[0] and "2026-12-07" in texts[1]


def test_the_reports_screen_has_the_bookings_and_utilisation_tables(
    qtbot: QtBot, owner: StoreContext, salon: dict[str, int], now: Clock
) -> None:
    from storecrm.gui.screens.reports_screen import ReportsScreen

    missed = booked(owner, salon, datetime(2026, 12, 7, 9, 0))
    booked(owner, salon, datetime(2026, 12, 8, 10, 0))
    owner.call(book.set_status, missed, AppointmentStatus.NO_SHOW)
    screen = ReportsScreen(owner)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    with qtbot.waitSignal(screen.report_loaded, timeout=20_000):
        screen.set_dates(date(2026, 12, 7), date(2026, 12, 8))
    assert screen.link_buttons["bookings"].isVisible()
    qtbot.mouseClick(screen.link_buttons["bookings"], Qt.MouseButton.LeftButton)
    assert screen.detail_title.text() == "Bookings by day"
    model = screen.model
    shown = [[model.text(r, c) for c in range(model.columnCount())] for r in range(3)]
    assert shown == [
        ["2026-12-07", "1", "0", "1", "0", "0", "100.0%"],
        ["2026-12-08", "1", "0", "0", "1", "0", "—"],
        ["Total", "2", "0", "1", "1", "0", "100.0%"],
    ]
    screen.show_detail("utilisation")
    # Tony: 早班 09:00–15:00 both days = 12 h; two appointments of 45 min = 1.5 h
    assert [model.text(0, c) for c in range(5)] == ["Tony", "2", "1.5", "12.0", "12.5%"]
    screen.show_dashboard()
    with qtbot.waitSignal(screen.report_loaded, timeout=20_000):
        screen.set_dates(date(2026, 11, 1), date(2026, 11, 30))  # no appointment
    assert not screen.link_buttons["utilisation"].isVisible()
    screen.cancel()
    qtbot.waitUntil(lambda: not screen.loading(), timeout=10_000)
