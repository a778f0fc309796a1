"""The day's book driven by the keyboard: arrows to a slot, Enter books it (the customer found
by phone, a service ticked with Space, 指定), F5 marks arrival and opens the till with the
customer, the booked service and the staff member as the line's main staff (指定); a conflict
is said in the booking dialog, which keeps what was typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain.appointments import AppointmentStatus
from storecrm.domain.commission import LineStaff, Role
from storecrm.domain.customer import CustomerDraft
from storecrm.gui.app import create_application
from storecrm.gui.screens.appointments import AppointmentsScreen
from storecrm.gui.screens.appointments.model import OFF_SHIFT, STATUS_COLOURS
from storecrm.gui.screens.till import SaleDialog
from storecrm.services import catalogue, customers
from storecrm.services.appointments import book, roster
from storecrm.services.dto import ItemDraft, LineDraft
from storecrm.services.session import StoreContext
from storecrm.services.staff import roster as staff_roster
from storecrm.services.staff.dto import StaffDraft
from tests.services.test_sales import Clock, fake_clock


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@dataclass(frozen=True)
class Salon:
    cut: int
    tony: int
    mei: int
    member: int


@pytest.fixture
def salon(owner: StoreContext, monkeypatch: pytest.MonkeyPatch) -> Salon:
    now: Clock = fake_clock(monkeypatch)
    now.set(2026, 12, 7, 8, 30, 0)  # a Monday, before opening
    cut = owner.call(
        catalogue.save_item,
        ItemDraft(name="剪发", price_fen=8800, kind="service", duration_min=45),
    ).item_id
    owner.call(catalogue.save_item, ItemDraft(name="洗发水", price_fen=6800))  # not a service
    tony = owner.call(staff_roster.save_staff_member, StaffDraft(0, "Tony")).staff_id
    mei = owner.call(staff_roster.save_staff_member, StaffDraft(0, "小美")).staff_id
    shifts = {s.name: s.shift_id for s in owner.call(roster.list_shifts)}
    owner.call(roster.set_week, tony, dict.fromkeys(range(7), shifts["早班"]))
    owner.call(roster.set_week, mei, dict.fromkeys(range(7), shifts["晚班"]))
    member = owner.call(
        customers.create_customer, CustomerDraft(name="王芳", phone="13800138000")
    ).customer_id
    return Salon(cut, tony, mei, member)


def colour(screen: AppointmentsScreen, row: int, column: int) -> str:
    brush = screen.model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
    return "" if brush is None else brush.color().name()


def test_book_by_keyboard_then_arrival_opens_the_till_prefilled(
    qtbot: QtBot, owner: StoreContext, salon: Salon
) -> None:
    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.model.times[0] == datetime(2026, 12, 7, 9, 0)
    # 小美 works 14:00–21:00: her morning is grey, Tony's is not.
    assert colour(screen, 0, 1) == QColor(OFF_SHIFT).name()
    assert colour(screen, 0, 0) == ""

    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(0, 0))
    for _ in range(4):  # 09:00 → 10:00
        qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = screen.booking
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.staff_combo.currentData() == salon.tony
    assert dialog.start() == datetime(2026, 12, 7, 10, 0)
    assert dialog.services_list.count() == 1  # services only

    qtbot.keyClicks(dialog.choice.search_edit, "138001")
    assert dialog.choice.customer_combo.currentData() == salon.member
    dialog.services_list.setFocus()
    qtbot.keyClick(dialog.services_list, Qt.Key.Key_Space)
    dialog.requested_box.setFocus()
    qtbot.keyClick(dialog.requested_box, Qt.Key.Key_Space)
    assert dialog.item_ids() == (salon.cut,)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)

    # The block: 10:00–10:45 in Tony's column, the booked colour, selected.
    booked = STATUS_COLOURS[AppointmentStatus.BOOKED]
    assert [colour(screen, row, 0) for row in (3, 4, 5, 6, 7)] == ["", booked, booked, booked, ""]
    assert screen.table.rowSpan(4, 0) == 3
    assert screen.table.currentIndex().row() == 4
    info = screen.selected()
    assert info is not None and info.customer_name == "王芳" and info.requested

    qtbot.keyClick(screen.table, Qt.Key.Key_F5)
    till = screen.till_dialog
    assert isinstance(till, SaleDialog)
    qtbot.waitExposed(till)
    assert till.member is not None and till.member.customer_id == salon.member
    assert till.lines_panel.drafts() == (
        LineDraft("item", 1, item_id=salon.cut, staff=(LineStaff(salon.tony, Role.MAIN, True),)),
    )
    assert till.staff_combo.currentData() == salon.tony
    assert till.requested_box.isChecked()
    assert colour(screen, 4, 0) == STATUS_COLOURS[AppointmentStatus.ARRIVED]
    stored = owner.call(book.day_book, datetime(2026, 12, 7).date()).appointments
    assert [a.status for a in stored] == [AppointmentStatus.ARRIVED]
    till.reject()
    if till.discard_box is not None:  # a sale with lines asks first: left open, it would stay
        till.discard_button.click()  # the active modal box for the tests after this one
    assert not till.isVisible()


def test_a_conflict_is_said_in_the_dialog_and_nothing_typed_is_lost(
    qtbot: QtBot, owner: StoreContext, salon: Salon
) -> None:
    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    screen.show()
    # Tony at 14:30: 45 minutes run past the end of his 早班 (15:00).
    row = screen.model.times.index(datetime(2026, 12, 7, 14, 30))
    screen.table.setCurrentIndex(screen.model.index(row, 0))
    screen.book_selected()
    dialog = screen.booking
    assert dialog is not None
    qtbot.keyClicks(dialog.choice.search_edit, "8000")  # the last digits
    dialog.services_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.note_edit.setText("要洗头")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "09:00–15:00" in dialog.error.text()
    assert dialog.note_edit.text() == "要洗头"
    assert dialog.choice.customer_combo.currentData() == salon.member
    assert owner.call(book.day_book, datetime(2026, 12, 7).date()).appointments == ()
    dialog.reject()


def test_a_service_gets_its_minutes_on_the_item_form(qtbot: QtBot, owner: StoreContext) -> None:
    from storecrm.gui.screens.membership_screen import ItemDialog

    dialog = ItemDialog(owner, categories=())
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("烫发")
    dialog.price_edit.set_fen(38800)
    dialog.duration_spin.setValue(120)
    dialog.submit()
    assert dialog.saved is not None and dialog.saved.duration_min == 120
    again = ItemDialog(owner, dialog.saved, categories=())
    qtbot.addWidget(again)
    assert again.duration_spin.value() == 120
    (listed,) = owner.call(catalogue.list_items)
    assert listed.duration_min == 120


def test_the_roster_week_is_set_in_its_grid(
    qtbot: QtBot, owner: StoreContext, salon: Salon
) -> None:
    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    # The owner manages the staff: 排班… in the bar's settings menu.
    assert screen.roster_action.isVisible() and screen.settings_button.isVisibleTo(screen)
    screen.edit_roster()
    dialog = screen.week_dialog
    assert dialog is not None
    monday = dialog.cells[(salon.mei, 0)]
    assert monday.currentText() == "晚班"
    monday.setCurrentIndex(monday.findText("早班", Qt.MatchFlag.MatchStartsWith))
    dialog.cells[(salon.tony, 0)].setCurrentIndex(0)  # 休息
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    by_name = {s.name: s for s in screen.model.roster.staff} if screen.model.roster else {}
    assert by_name["小美"].shift_name == "早班"
    assert [(w.start.hour, w.end.hour) for w in by_name["小美"].working] == [(9, 15)]
    assert by_name["Tony"].working == ()
    assert colour(screen, 0, 0) == QColor(OFF_SHIFT).name()  # Tony's morning is grey now


def test_no_show_and_cancel_from_the_keyboard(
    qtbot: QtBot, owner: StoreContext, salon: Salon
) -> None:
    from storecrm.services.appointments.dto import BookingDraft

    day = datetime(2026, 12, 7).date()
    for hour, customer in ((9, salon.member), (14, None)):
        owner.call(
            book.book_appointment,
            BookingDraft(
                start=datetime(2026, 12, 7, hour),
                item_ids=(salon.cut,),
                staff_id=salon.tony,
                customer_id=customer,
                new_name="" if customer else "赵敏",
                new_phone="" if customer else "13700137000",
            ),
        )
    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    screen.show()
    screen.table.setCurrentIndex(screen.model.index(0, 0))
    qtbot.keyClick(screen.table, Qt.Key.Key_F6)
    assert colour(screen, 0, 0) == STATUS_COLOURS[AppointmentStatus.NO_SHOW]
    row = screen.model.times.index(datetime(2026, 12, 7, 14))
    screen.table.setCurrentIndex(screen.model.index(row, 0))
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    asked = screen.cancel_dialog
    assert asked is not None
    asked.setTextValue("客人改期")
    asked.accept()
    statuses = {
        a.customer_name: (a.status, a.reason) for a in owner.call(book.day_book, day).appointments
    }
    assert statuses == {
        "王芳": (AppointmentStatus.NO_SHOW, ""),
        "赵敏": (AppointmentStatus.CANCELLED, "客人改期"),
    }
    assert colour(screen, row, 0) == STATUS_COLOURS[AppointmentStatus.CANCELLED]


def test_the_profile_shows_the_appointments_and_the_no_shows(
    qtbot: QtBot, owner: StoreContext, salon: Salon
) -> None:
    from storecrm.gui.screens.customer_detail import CustomerDetailPanel
    from storecrm.services.appointments.dto import BookingDraft

    for hour in (9, 11):
        made = owner.call(
            book.book_appointment,
            BookingDraft(
                start=datetime(2026, 12, 7, hour),
                item_ids=(salon.cut,),
                staff_id=salon.tony,
                customer_id=salon.member,
                requested=True,
            ),
        )
    owner.call(book.set_status, made.appointment_id - 1, AppointmentStatus.NO_SHOW)
    panel = CustomerDetailPanel(owner)
    qtbot.addWidget(panel)
    panel.show_customer(salon.member)
    tab = panel.appointments_tab
    assert panel.tabs.indexOf(tab) >= 0
    assert "1 no-show" in tab.summary.text()
    assert "1 to come" in tab.summary.text()
    shown = [
        [tab.model.index(r, c).data() for c in range(tab.model.columnCount())]
        for r in range(tab.model.rowCount())
    ]
    assert shown == [
        ["2026-12-07 11:00–11:45", "剪发", "Tony (requested)", "Booked"],
        ["2026-12-07 09:00–09:45", "剪发", "Tony (requested)", "No-show"],
    ]


def test_a_no_show_on_the_book_shows_on_an_open_profile(
    qtbot: QtBot, owner: StoreContext, salon: Salon
) -> None:
    from storecrm.gui.screens.customer_detail import CustomerDetailPanel
    from storecrm.services.appointments.dto import BookingDraft

    owner.call(
        book.book_appointment,
        BookingDraft(
            start=datetime(2026, 12, 7, 9),
            item_ids=(salon.cut,),
            staff_id=salon.tony,
            customer_id=salon.member,
        ),
    )
    panel = CustomerDetailPanel(owner)
    qtbot.addWidget(panel)
    panel.show_customer(salon.member)
    assert "0 no-shows" in panel.appointments_tab.summary.text()
    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    screen.show()
    screen.table.setCurrentIndex(screen.model.index(0, 0))
    qtbot.keyClick(screen.table, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: "1 no-show" in panel.appointments_tab.summary.text())


def test_a_move_by_keyboard_over_another_is_refused_and_to_free_time_is_kept(
    qtbot: QtBot, owner: StoreContext, salon: Salon
) -> None:
    from storecrm.services.appointments.dto import BookingDraft

    for hour, customer in ((9, salon.member), (11, None)):
        owner.call(
            book.book_appointment,
            BookingDraft(
                start=datetime(2026, 12, 7, hour),
                item_ids=(salon.cut,),
                staff_id=salon.tony,
                customer_id=customer,
                new_name="" if customer else "赵敏",
                new_phone="" if customer else "13700137000",
            ),
        )
    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    screen.show()
    eleven = screen.model.times.index(datetime(2026, 12, 7, 11))
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(eleven, 0))
    qtbot.keyClick(screen.table, Qt.Key.Key_M)
    assert "Moving 赵敏" in screen.selected_label.text()
    screen.table.setCurrentIndex(screen.model.index(1, 0))  # 09:15, over 王芳's 09:00–09:45
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert "already booked 09:00–09:45" in screen.selected_label.text()
    assert screen.model.appointment(screen.model.index(eleven, 0)) is not None  # not moved
    assert screen.booking is None  # Enter placed, it did not book
    twelve = screen.model.times.index(datetime(2026, 12, 7, 12))
    screen.table.setCurrentIndex(screen.model.index(twelve, 0))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert screen.moving is None
    moved = screen.model.appointment(screen.model.index(twelve, 0))
    assert moved is not None and moved.customer_name == "赵敏"
    assert screen.model.appointment(screen.model.index(eleven, 0)) is None
    assert screen.table.currentIndex().row() == twelve


def test_opening_hours_and_closed_days(qtbot: QtBot, owner: StoreContext, salon: Salon) -> None:
    from datetime import date, time

    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    assert screen.hours_action.isVisible()
    screen.edit_hours()
    dialog = screen.hours_dialog
    assert dialog is not None
    opens, closes, shut = dialog.rows[0]  # Monday
    assert (opens.time().hour(), closes.time().hour(), shut.isChecked()) == (9, 21, False)
    opens.setTime(opens.time().fromString("10:00", "HH:mm"))
    dialog.rows[1][2].setChecked(True)  # closed on Tuesdays
    dialog.day_edit.setDate(dialog.day_edit.date().fromString("2026-12-10", "yyyy-MM-dd"))
    dialog.note_edit.setText("盘点")
    dialog.add_button.click()
    assert "2026-12-10" in dialog.closed_label.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert screen.model.times[0] == datetime(2026, 12, 7, 10, 0)  # Monday opens at 10:00 now
    hours, closed = owner.call(roster.store_hours)
    assert hours[0] == (time(10), time(21)) and hours[1] is None and hours[2] == (time(9), time(21))
    assert closed == [date(2026, 12, 10)]
    screen.go(1)  # Tuesday
    assert screen.model.closed
    assert "closed" in screen.selected_label.text()


def test_leave_is_added_in_the_roster_and_greys_the_time(
    qtbot: QtBot, owner: StoreContext, salon: Salon
) -> None:
    from PySide6.QtCore import QDate, QTime

    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    screen.edit_roster()
    dialog = screen.week_dialog
    assert dialog is not None
    dialog.leave_staff.setCurrentIndex(dialog.leave_staff.findData(salon.tony))
    dialog.leave_day.setDate(QDate(2026, 12, 7))
    dialog.leave_from.setTime(QTime(12, 0))
    dialog.leave_to.setTime(QTime(11, 0))
    dialog.leave_button.click()
    assert dialog.error.text() == "Leave ends after it starts."
    dialog.leave_to.setTime(QTime(13, 0))
    dialog.leave_reason.setText("看病")
    dialog.leave_button.click()
    assert dialog.leave_done.text() == "Saved." and dialog.error.isHidden()
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    tony = next(s for s in screen.model.roster.staff if s.staff_id == salon.tony)  # type: ignore[union-attr]
    assert [(w.start.hour, w.end.hour) for w in tony.working] == [(9, 12), (13, 15)]
    noon = screen.model.times.index(datetime(2026, 12, 7, 12))
    assert colour(screen, noon, 0) == QColor(OFF_SHIFT).name()
    assert colour(screen, noon - 1, 0) == ""
