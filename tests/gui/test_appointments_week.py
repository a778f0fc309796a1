"""The book's week view (Ctrl+W: a column per day, one staff member or everyone, Enter books a
day and time) and dragging a block on the day's book (the keyboard move's rules and words)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from storecrm.domain.appointments import AppointmentStatus
from storecrm.gui.screens.appointments import AppointmentsScreen
from storecrm.gui.screens.appointments.model import OFF_SHIFT, STATUS_COLOURS
from storecrm.services.appointments import book
from storecrm.services.appointments.dto import BookingDraft
from storecrm.services.session import StoreContext
from tests.gui import test_appointments_screen as base
from tests.gui.test_appointments_screen import Salon

PHONE = "13700137000"
english, salon = base.english, base.salon  # the same salon: Tony 早班, 小美 晚班, every day


def booked(owner: StoreContext, salon: Salon, staff: int, at: datetime, **kw: object) -> int:
    draft = BookingDraft(start=at, item_ids=(salon.cut,), staff_id=staff, **kw)  # type: ignore[arg-type]
    return owner.call(book.book_appointment, draft).appointment_id


def shown(qtbot: QtBot, owner: StoreContext) -> AppointmentsScreen:
    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    screen.resize(1280, 900)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_the_week_view_by_keyboard(qtbot: QtBot, owner: StoreContext, salon: Salon) -> None:
    booked(owner, salon, salon.tony, datetime(2026, 12, 9, 10), customer_id=salon.member)
    screen = shown(qtbot, owner)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert screen.in_week and screen.focusWidget() is screen.week_table
    week = screen.week_model
    assert [d.day for d in week.days][0] == date(2026, 12, 7) and week.columnCount() == 7
    header = week.headerData(2, Qt.Orientation.Horizontal)
    assert isinstance(header, str) and "12-09" in header and "1 booked" in header
    ten = week.times.index(datetime(2026, 12, 9, 10).time())

    def colour(row: int, column: int) -> str:
        brush = week.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
        return "" if brush is None else brush.color().name()

    # Everyone: Wednesday 10:00 is 王芳's with Tony, named in the cell.
    assert colour(ten, 2) == STATUS_COLOURS[AppointmentStatus.BOOKED]
    assert week.index(ten, 2).data() == "Tony · 王芳"
    assert colour(ten, 1) == ""  # Tony works on Tuesday morning
    # 小美 alone: her mornings are grey, Wednesday's appointment is not hers.
    screen.week_staff.setCurrentIndex(screen.week_staff.findData(salon.mei))
    screen.week_staff.activated.emit(screen.week_staff.currentIndex())
    assert colour(ten, 2) == QColor(OFF_SHIFT).name()
    # Tony alone: the appointment is a block of three slots (45 minutes).
    screen.week_staff.setCurrentIndex(screen.week_staff.findData(salon.tony))
    screen.week_staff.activated.emit(screen.week_staff.currentIndex())
    assert screen.week_table.rowSpan(ten, 2) == 3

    # Enter on Thursday 11:00 books that day and time with Tony.
    screen.week_table.setCurrentIndex(week.index(ten + 4, 3))
    qtbot.keyClick(screen.week_table, Qt.Key.Key_Return)
    dialog = screen.booking
    assert dialog is not None
    assert dialog.start() == datetime(2026, 12, 10, 11, 0)
    assert dialog.staff_combo.currentData() == salon.tony
    dialog.reject()

    # PageDown: the next week; Enter on the appointment opens its day with it selected.
    qtbot.keyClick(screen.week_table, Qt.Key.Key_PageDown)
    assert week.days[0].day == date(2026, 12, 14)
    qtbot.keyClick(screen.week_table, Qt.Key.Key_PageUp)
    screen.week_table.setCurrentIndex(week.index(ten, 2))
    qtbot.keyClick(screen.week_table, Qt.Key.Key_Return)
    assert not screen.in_week and screen.day == date(2026, 12, 9)
    info = screen.selected()
    assert info is not None and info.customer_name == "王芳"


def centre(table: QTableView, row: int, column: int) -> QPoint:
    index = table.model().index(row, column)
    table.scrollTo(index)
    return table.visualRect(index).center()


def drag(qtbot: QtBot, table: QTableView, start: QPoint, end: QPoint) -> None:
    viewport = table.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2 + 12)
    qtbot.mouseMove(viewport, middle)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_a_block_dragged_over_another_is_refused_and_to_free_time_is_moved(
    qtbot: QtBot, owner: StoreContext, salon: Salon
) -> None:
    booked(owner, salon, salon.tony, datetime(2026, 12, 7, 9), customer_id=salon.member)
    moved_id = booked(
        owner,
        salon,
        salon.tony,
        datetime(2026, 12, 7, 11),
        new_name="赵敏",
        new_phone="13700137000",
    )
    screen = shown(qtbot, owner)
    times = screen.model.times
    eleven = times.index(datetime(2026, 12, 7, 11))
    # Grabbed by its second slot (11:15) and dropped on 09:30: it would start at 09:15, in
    # 王芳's 09:00–09:45, so it is refused in the keyboard move's words and stays.
    drag(qtbot, screen.table, centre(screen.table, eleven + 1, 0), centre(screen.table, 2, 0))
    assert "already booked 09:00–09:45" in screen.selected_label.text()
    assert screen.model.appointment(screen.model.index(eleven, 0)) is not None
    # To 小美 at 15:00 (grabbed by its top): moved, to her column.
    fifteen = times.index(datetime(2026, 12, 7, 15))
    drag(qtbot, screen.table, centre(screen.table, eleven, 0), centre(screen.table, fifteen, 1))
    moved = screen.model.appointment(screen.model.index(fifteen, 1))
    assert moved is not None and moved.appointment_id == moved_id
    assert screen.model.appointment(screen.model.index(eleven, 0)) is None
    stored = owner.call(book.get_appointment, moved_id)
    assert (stored.start, stored.staff_id) == (datetime(2026, 12, 7, 15), salon.mei)
    # A click without a move books nothing and moves nothing.
    qtbot.mouseClick(
        screen.table.viewport(), Qt.MouseButton.LeftButton, pos=centre(screen.table, fifteen, 1)
    )
    assert owner.call(book.get_appointment, moved_id).start == datetime(2026, 12, 7, 15)


@pytest.mark.parametrize("today", [False, True])
def test_the_main_window_opens_on_the_book_when_something_is_booked_today(
    qtbot: QtBot, owner: StoreContext, salon: Salon, today: bool
) -> None:
    from storecrm.gui.main_window import MainWindow
    from storecrm.gui.preferences import Preferences

    booked(owner, salon, salon.tony, datetime(2026, 12, 8, 10), customer_id=salon.member)
    if today:
        booked(owner, salon, salon.tony, datetime(2026, 12, 7, 10), customer_id=salon.member)
    window = MainWindow(owner, Preferences())
    qtbot.addWidget(window)
    try:
        assert window.current_screen_key() == ("appointments" if today else "customers")
        screen = window.screens["appointments"]
        assert isinstance(screen, AppointmentsScreen) and screen.day == date(2026, 12, 7)
    finally:
        window.sign_out()
