"""The week view does what the day's book does with a selected appointment: F5 marks arrival
and opens the till, F6 marks a no-show, Delete cancels with a reason; and, when one staff
member is shown, a block dragged to another day or time moves there (refused in the day's
words when it does not fit). For everyone, a drag moves nothing."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storecrm.domain.appointments import AppointmentStatus
from storecrm.gui.screens.appointments import AppointmentsScreen
from storecrm.gui.screens.till import SaleDialog
from storecrm.services.appointments import book
from storecrm.services.session import StoreContext
from tests.gui import test_appointments_screen as base
from tests.gui import test_appointments_week as week_base
from tests.gui.test_appointments_screen import Salon
from tests.gui.test_appointments_week import booked, centre, drag, shown

english, salon = base.english, base.salon  # Tony 早班 09:00–15:00, 小美 晚班; from Mon 7 Dec
PHONE = week_base.PHONE


def in_week(qtbot: QtBot, owner: StoreContext, staff_id: int | None) -> AppointmentsScreen:
    screen = shown(qtbot, owner)
    screen.set_week_view(True)
    if staff_id is not None:
        screen.week_staff.setCurrentIndex(screen.week_staff.findData(staff_id))
        screen.week_staff.activated.emit(screen.week_staff.currentIndex())
    return screen


def select(screen: AppointmentsScreen, appointment_id: int) -> None:
    found = screen.week_model.index_of(appointment_id)
    assert found.isValid()
    screen.week_table.setCurrentIndex(found)
    screen.week_table.setFocus()


def test_f5_f6_and_delete_in_the_week(qtbot: QtBot, owner: StoreContext, salon: Salon) -> None:
    arriving = booked(owner, salon, salon.tony, datetime(2026, 12, 7, 10), customer_id=salon.member)
    missing = booked(owner, salon, salon.tony, datetime(2026, 12, 8, 10), customer_id=salon.member)
    cancelled = booked(
        owner, salon, salon.mei, datetime(2026, 12, 9, 15), new_name="赵敏", new_phone=PHONE
    )
    screen = in_week(qtbot, owner, None)  # everyone

    select(screen, missing)
    qtbot.keyClick(screen.week_table, Qt.Key.Key_F6)
    assert owner.call(book.get_appointment, missing).status is AppointmentStatus.NO_SHOW
    assert screen.in_week  # the week stays

    select(screen, cancelled)
    qtbot.keyClick(screen.week_table, Qt.Key.Key_Delete)
    asked = screen.cancel_dialog
    assert asked is not None
    asked.setTextValue("客人改期")
    asked.accept()
    stored = owner.call(book.get_appointment, cancelled)
    assert (stored.status, stored.reason) == (AppointmentStatus.CANCELLED, "客人改期")

    select(screen, arriving)
    qtbot.keyClick(screen.week_table, Qt.Key.Key_F5)
    assert owner.call(book.get_appointment, arriving).status is AppointmentStatus.ARRIVED
    till = screen.till_dialog
    assert isinstance(till, SaleDialog)
    qtbot.waitExposed(till)
    assert till.member is not None and till.member.customer_id == salon.member
    till.reject()
    if till.discard_box is not None:
        till.discard_button.click()


def test_a_drag_in_the_week_of_one_staff_member_moves_the_appointment(
    qtbot: QtBot, owner: StoreContext, salon: Salon
) -> None:
    booked(owner, salon, salon.tony, datetime(2026, 12, 8, 9), customer_id=salon.member)
    moving = booked(
        owner, salon, salon.tony, datetime(2026, 12, 7, 11), new_name="赵敏", new_phone=PHONE
    )
    screen = in_week(qtbot, owner, None)
    week = screen.week_model
    nine = week.times.index(datetime(2026, 12, 7, 9).time())
    eleven = week.times.index(datetime(2026, 12, 7, 11).time())
    # Everyone: a cell may hold several appointments; a drag moves nothing.
    table = screen.week_table
    drag(qtbot, table, centre(table, eleven, 0), centre(table, eleven + 4, 2))
    assert owner.call(book.get_appointment, moving).start == datetime(2026, 12, 7, 11)

    screen = in_week(qtbot, owner, salon.tony)
    week, table = screen.week_model, screen.week_table
    # Onto Tuesday 09:00, where 王芳 is booked with Tony: refused in the day's words.
    drag(qtbot, table, centre(table, eleven, 0), centre(table, nine, 1))
    assert "already booked 09:00–09:45" in screen.selected_label.text()
    assert owner.call(book.get_appointment, moving).start == datetime(2026, 12, 7, 11)
    # Onto Wednesday 12:00 (grabbed by its top): moved, still Tony's.
    twelve = week.times.index(datetime(2026, 12, 9, 12).time())
    drag(qtbot, table, centre(table, eleven, 0), centre(table, twelve, 2))
    stored = owner.call(book.get_appointment, moving)
    assert (stored.start, stored.staff_id) == (datetime(2026, 12, 9, 12), salon.tony)
    assert week.days[2].day == date(2026, 12, 9)
    info = week.appointment(week.index(twelve, 2))
    assert info is not None and info.appointment_id == moving
    assert screen.selected() == info
