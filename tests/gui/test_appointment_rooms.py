"""Rooms (房间) on the book's screen: the manager adds them from 设置 → 房间…, the booking
dialog offers none / any free room / a room, the block and the printed day's book name the
room, and a full room is refused with the cashier's sentence while the dialog keeps what was
typed. A cashier sees no settings on the bar."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storecrm.gui.screens.appointments import AppointmentsScreen, printing
from storecrm.gui.screens.appointments.booking import ANY_ROOM, BookingDialog
from storecrm.reports.appointment_slip import slip_lines
from storecrm.services import session
from storecrm.services.appointments import book, rooms
from storecrm.services.appointments.dto import BookingDraft, RoomInfo
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD
from tests.gui import test_appointments_screen as base
from tests.gui.test_appointments_screen import Salon
from tests.gui.test_receipt import pdf_text

english, salon = base.english, base.salon  # Tony 早班, 小美 晚班; Monday 7 Dec 2026
MONDAY = date(2026, 12, 7)


def open_booking(
    qtbot: QtBot, screen: AppointmentsScreen, at: datetime, column: int
) -> BookingDialog:
    row = screen.model.times.index(at)
    screen.table.setCurrentIndex(screen.model.index(row, column))
    screen.book_selected()
    dialog = screen.booking
    assert isinstance(dialog, BookingDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_rooms_are_managed_chosen_shown_printed_and_full_is_said(
    qtbot: QtBot, tmp_path: Path, owner: StoreContext, salon: Salon
) -> None:
    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.settings_button.isVisibleTo(screen) and screen.rooms_action.isVisible()
    # No rooms yet: the booking dialog does not ask.
    dialog = open_booking(qtbot, screen, datetime(2026, 12, 7, 14), 0)
    assert not dialog.room_combo.isVisibleTo(dialog)
    dialog.reject()

    screen.rooms_action.trigger()
    rooms_dialog = screen.rooms_dialog
    assert rooms_dialog is not None
    qtbot.waitExposed(rooms_dialog)
    rooms_dialog.add_room()  # no name: said, nothing added
    assert rooms_dialog.error.text() == "A room needs a name."
    rooms_dialog.name_edit.setText("VIP包间")
    rooms_dialog.add_button.click()
    assert [r.name for r in owner.call(rooms.list_rooms)] == ["VIP包间"]
    rooms_dialog.name_edit.setText("美容床")
    rooms_dialog.capacity_spin.setValue(2)
    rooms_dialog.add_button.click()
    _room, name_edit, capacity_spin, _used = rooms_dialog.rows[0]
    name_edit.setText("VIP 包间")
    with qtbot.waitSignal(rooms_dialog.finished):
        rooms_dialog.ok_button.click()
    listed = {r.name: r for r in owner.call(rooms.list_rooms)}
    assert sorted(listed) == ["VIP 包间", "美容床"] and listed["美容床"].capacity == 2

    # Book Tony at 14:00 in the VIP room.
    dialog = open_booking(qtbot, screen, datetime(2026, 12, 7, 14), 0)
    assert dialog.room_combo.isVisibleTo(dialog)
    labels = [dialog.room_combo.itemText(n) for n in range(dialog.room_combo.count())]
    assert labels[:2] == ["No room", "Any free room"]
    assert (
        "VIP 包间 (takes 1 appointment at once)" in labels
        and "美容床 (takes 2 appointments at once)" in labels
    )
    qtbot.keyClicks(dialog.choice.search_edit, "138001")
    dialog.services_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData(listed["VIP 包间"].room_id))
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    info = screen.selected()
    assert info is not None and info.resource_name == "VIP 包间"
    shown = screen.model.index_of(info.appointment_id).data(Qt.ItemDataRole.DisplayRole)
    assert "VIP 包间" in str(shown)
    assert "VIP 包间" in screen.selected_label.text()
    assert ("Room", "VIP 包间") in slip_lines(info, printing.appointment_labels())

    # 小美 at 14:00 in the same room: full, said, and what was typed stays.
    dialog = open_booking(qtbot, screen, datetime(2026, 12, 7, 14), 1)
    dialog.choice.new_box.setChecked(True)
    dialog.choice.name_edit.setText("赵敏")
    dialog.choice.phone_edit.setText("13700137000")
    dialog.services_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData(listed["VIP 包间"].room_id))
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "This room (bed, chair) is full at that time; choose another time or room."
    )
    assert dialog.choice.name_edit.text() == "赵敏"
    # Any free room: the bed.
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData(ANY_ROOM))
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    made = [a.resource_name for a in owner.call(book.day_book, MONDAY).appointments]
    assert sorted(made) == ["VIP 包间", "美容床"]

    pdf = tmp_path / "day.pdf"
    pdf.write_bytes(printing.day_book_bytes(owner, MONDAY))
    text = pdf_text(pdf)
    assert "Room VIP 包间" in text and "Room 美容床" in text


def test_a_cashier_has_no_settings_button_but_books_a_room(
    qtbot: QtBot, store_dir: Path, owner: StoreContext, salon: Salon
) -> None:
    owner.call(rooms.save_room, RoomInfo(0, "VIP包间", 1))
    owner.close()
    cashier = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        screen = AppointmentsScreen(cashier)
        qtbot.addWidget(screen)
        assert not screen.settings_button.isVisibleTo(screen)
        draft = BookingDraft(
            start=datetime(2026, 12, 7, 10), item_ids=(salon.cut,), staff_id=salon.tony,
            customer_id=salon.member, any_room=True,
        )  # fmt: skip
        assert cashier.call(book.book_appointment, draft).resource_name == "VIP包间"
    finally:
        cashier.close()
