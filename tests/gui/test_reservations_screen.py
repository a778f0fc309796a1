"""A restaurant's book (订座) driven by the keyboard: a column per table grouped by area, Enter
on a slot books the table for the customer found by phone and a party size; a table too small
is said in the dialog, which keeps what was typed; F5 marks arrival and opens the till with the
customer and no lines; F6 marks a no-show; Delete cancels with a reason; the tables dialog
adds a table and changes the sitting."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain.appointments import AppointmentStatus
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.store_profile import BusinessType
from storecrm.gui.app import create_application
from storecrm.gui.screens.appointments import AppointmentsScreen
from storecrm.gui.screens.appointments.model import STATUS_COLOURS
from storecrm.gui.screens.appointments.reservation import ReservationDialog
from storecrm.gui.screens.till import SaleDialog
from storecrm.services import customers
from storecrm.services.appointments import tables
from storecrm.services.appointments.dto import ReservationDraft, TableInfo
from storecrm.services.session import StoreContext
from tests.conftest import make_store
from tests.services.test_sales import fake_clock

MONDAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@pytest.fixture
def restaurant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StoreContext]:
    """A restaurant open 09:00–21:00 with 大厅 A1 (2 seats), A2 (4) and 包间 牡丹 (10), and
    王芳 as a customer; Monday 7 December 2026, before opening."""
    fake_clock(monkeypatch).set(2026, 12, 7, 8, 30, 0)
    ctx = make_store(tmp_path / "store", business_type=BusinessType.RESTAURANT).context
    for name, area, seats, position in (
        ("牡丹", "包间", 10, 1),
        ("A2", "大厅", 4, 2),
        ("A1", "大厅", 2, 1),
    ):
        ctx.call(tables.save_table, TableInfo(0, name, area, seats, position))
    ctx.call(customers.create_customer, CustomerDraft(name="王芳", phone="13800138000"))
    yield ctx
    ctx.close()


def colour(screen: AppointmentsScreen, row: int, column: int) -> str:
    brush = screen.model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
    return "" if brush is None else brush.color().name()


def test_book_a_table_by_keyboard_then_arrival_opens_the_till(
    qtbot: QtBot, restaurant: StoreContext
) -> None:
    screen = AppointmentsScreen(restaurant)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    headers = [
        screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)
    ]  # grouped by area: 大厅 before 包间
    assert headers == ["大厅 · A1\n2 seats", "大厅 · A2\n4 seats", "包间 · 牡丹\n10 seats"]
    assert not screen.roster_action.isVisible() and screen.tables_action.isVisible()

    # A1 at 12:00: arrows to the slot, Enter.
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(0, 0))
    for _ in range(12):  # 09:00 → 12:00
        qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = screen.booking
    assert isinstance(dialog, ReservationDialog)
    qtbot.waitExposed(dialog)
    assert dialog.table_combo.currentData() == screen.model.roster.tables[0].table_id  # type: ignore[union-attr]
    assert dialog.start() == datetime(2026, 12, 7, 12, 0)

    qtbot.keyClicks(dialog.choice.search_edit, "138001")
    assert dialog.choice.customer_combo.currentText().startswith("王芳")
    dialog.party_spin.setFocus()
    dialog.party_spin.selectAll()
    qtbot.keyClicks(dialog.party_spin, "3")
    qtbot.keyClick(dialog.party_spin, Qt.Key.Key_Return)
    # Three do not sit at A1 (2 seats): said in the dialog, what was typed kept.
    assert dialog.isVisible()
    assert dialog.error.text() == "Table A1 seats 2; a party of 3 needs a larger table."
    assert dialog.party_spin.value() == 3
    dialog.table_combo.setFocus()
    dialog.table_combo.setCurrentIndex(0)  # any table that fits
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)

    # A2 (the smallest that seats three) holds 12:00–14:00, booked colour, selected.
    booked = STATUS_COLOURS[AppointmentStatus.BOOKED]
    assert [colour(screen, row, 1) for row in (11, 12, 19, 20)] == ["", booked, booked, ""]
    assert screen.table.rowSpan(12, 1) == 8
    info = screen.selected()
    assert info is not None and (info.table_name, info.party_size) == ("A2", 3)
    assert "王芳  3 guests  12:00–14:00" in screen.selected_label.text()

    qtbot.keyClick(screen.table, Qt.Key.Key_F5)
    till = screen.till_dialog
    assert isinstance(till, SaleDialog)
    qtbot.waitExposed(till)
    assert till.member is not None and till.member.name == "王芳"
    assert till.lines_panel.drafts() == ()  # a table has no services booked
    assert colour(screen, 12, 1) == STATUS_COLOURS[AppointmentStatus.ARRIVED]
    (stored,) = restaurant.call(tables.table_day, MONDAY).appointments
    assert stored.status is AppointmentStatus.ARRIVED
    till.reject()
    if till.discard_box is not None:  # a sale with lines asks first: left open, it would stay
        till.discard_button.click()  # the active modal box for the tests after this one
    assert not till.isVisible()


def test_no_show_and_cancel_on_the_table_book(qtbot: QtBot, restaurant: StoreContext) -> None:
    member = restaurant.call(customers.search_customers, "13800138000", limit=1)[0].customer_id
    other = restaurant.call(customers.create_customer, CustomerDraft(name="李雷")).customer_id
    for hour, customer in ((12, member), (18, other)):
        restaurant.call(
            tables.reserve,
            ReservationDraft(start=datetime(2026, 12, 7, hour), party_size=8, customer_id=customer),
        )
    screen = AppointmentsScreen(restaurant)
    qtbot.addWidget(screen)
    screen.show()
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(12, 2))  # 牡丹 at 12:00
    qtbot.keyClick(screen.table, Qt.Key.Key_F6)
    assert colour(screen, 12, 2) == STATUS_COLOURS[AppointmentStatus.NO_SHOW]
    screen.table.setCurrentIndex(screen.model.index(36, 2))  # 牡丹 at 18:00
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    dialog = screen.cancel_dialog
    assert dialog is not None
    dialog.setTextValue("改天")
    dialog.accept()
    day = restaurant.call(tables.table_day, MONDAY).appointments
    assert [(a.status, a.reason) for a in day] == [
        (AppointmentStatus.NO_SHOW, ""),
        (AppointmentStatus.CANCELLED, "改天"),
    ]


def test_the_tables_dialog_adds_a_table_and_sets_the_sitting(
    qtbot: QtBot, restaurant: StoreContext
) -> None:
    screen = AppointmentsScreen(restaurant)
    qtbot.addWidget(screen)
    screen.edit_tables()
    dialog = screen.tables_dialog
    assert dialog is not None
    assert [r[1].text() for r in dialog.rows] == ["A1", "A2", "牡丹"]
    dialog.name_edit.setText("A1")
    dialog.add_button.click()
    assert dialog.error.text() == "There is already a table called A1."
    dialog.name_edit.setText("A3")
    dialog.seats_spin.setValue(6)
    dialog.add_button.click()
    assert [r[1].text() for r in dialog.rows][-1] == "A3"
    dialog.sitting_spin.setValue(90)
    with qtbot.waitSignal(dialog.finished):
        dialog.ok_button.click()
    assert restaurant.call(tables.sitting_minutes) == 90
    assert [t.name for t in screen.model.roster.tables] == ["A1", "A2", "A3", "牡丹"]  # type: ignore[union-attr]


def test_m_moves_a_reservation_to_another_table_by_keyboard(
    qtbot: QtBot, restaurant: StoreContext
) -> None:
    member = restaurant.call(customers.search_customers, "13800138000", limit=1)[0].customer_id
    other = restaurant.call(customers.create_customer, CustomerDraft(name="李雷")).customer_id
    for customer, table in ((member, 0), (other, 1)):
        restaurant.call(
            tables.reserve,
            ReservationDraft(
                start=datetime(2026, 12, 7, 12),
                party_size=2,
                table_id=restaurant.call(tables.list_tables)[table].table_id,
                customer_id=customer,
            ),
        )
    screen = AppointmentsScreen(restaurant)
    qtbot.addWidget(screen)
    screen.show()
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(12, 0))  # 王芳 at A1, 12:00
    qtbot.keyClick(screen.table, Qt.Key.Key_M)
    qtbot.keyClick(screen.table, Qt.Key.Key_Right)  # A2 is taken then
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert screen.selected_label.text() == (
        "Table A2 is taken 12:00–14:00; choose another table or time."
    )
    qtbot.keyClick(screen.table, Qt.Key.Key_Right)  # 牡丹
    for _ in range(4):
        qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    moved = [
        a for a in restaurant.call(tables.table_day, MONDAY).appointments if a.customer_id == member
    ]
    assert [(a.table_name, a.start.hour) for a in moved] == [("牡丹", 13)]
