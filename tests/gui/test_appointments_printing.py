"""Printing from the book: the day's book on A4 (a column per staff member; the phone as the
role sees it), the roster's week on A4 landscape (after "copy last week" from its dialog),
and the appointment slip on a 58 mm roll: as a PDF through the receipt path, and as ESC/POS
bytes on the counter's (file) printer. PDFs are read back with pdftotext."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storecrm.gui.counter import settings as device_settings
from storecrm.gui.counter.devices import Counter
from storecrm.gui.screens.appointments import AppointmentsScreen, printing
from storecrm.hardware.config import PrinterKind, PrinterSettings
from storecrm.hardware.escpos_decode import decode
from storecrm.services import session
from storecrm.services.appointments import book, roster
from storecrm.services.appointments.dto import BookingDraft
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD
from tests.gui import test_appointments_screen as base
from tests.gui.test_appointments_screen import Salon
from tests.gui.test_receipt import page_size_pt, pdf_text

english, salon = base.english, base.salon  # Tony 早班, 小美 晚班, every day; Monday 7 Dec 2026
MONDAY = date(2026, 12, 7)


def book_two(owner: StoreContext, salon: Salon) -> int:
    first = BookingDraft(
        start=datetime(2026, 12, 7, 10), item_ids=(salon.cut,), staff_id=salon.tony,
        customer_id=salon.member, requested=True, note="要安静",
    )  # fmt: skip
    second = BookingDraft(
        start=datetime(2026, 12, 7, 15), item_ids=(salon.cut,), staff_id=salon.mei,
        new_name="赵敏", new_phone="13700137000",
    )  # fmt: skip
    made = owner.call(book.book_appointment, first)
    owner.call(book.book_appointment, second)
    return made.appointment_id


def test_the_day_book_on_a4_has_a_column_per_staff_member(
    tmp_path: Path, store_dir: Path, owner: StoreContext, salon: Salon
) -> None:
    book_two(owner, salon)
    pdf = tmp_path / "day.pdf"
    pdf.write_bytes(printing.day_book_bytes(owner, MONDAY))
    text = pdf_text(pdf)
    assert "测试门店" in text and "Appointments 2026-12-07 Mon" in text
    assert "Open 09:00–21:00" in text
    header = next(line for line in text.splitlines() if "Tony" in line)
    assert header.index("Tony") < header.index("小美")  # side by side: a column each
    assert "10:00–10:45" in text and "王芳 (requested)" in text and "13800138000" in text
    assert "15:00–15:45" in text and "赵敏" in text and "剪发" in text and "Booked" in text
    width, height = page_size_pt(pdf)
    assert (round(width), round(height)) == (595, 842)  # A4 portrait for two staff members
    owner.close()
    cashier = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        pdf.write_bytes(printing.day_book_bytes(cashier, MONDAY))
        masked = pdf_text(pdf)
        assert "138****8000" in masked and "13800138000" not in masked  # as the role sees it
    finally:
        cashier.close()


def test_copy_last_week_and_print_the_week_from_the_roster(
    qtbot: QtBot, tmp_path: Path, owner: StoreContext, salon: Salon
) -> None:
    shifts = {s.name: s.shift_id for s in owner.call(roster.list_shifts)}
    owner.call(roster.set_day, salon.tony, MONDAY - timedelta(days=5), shifts["全天"])  # last Wed
    owner.call(roster.add_leave, salon.mei, datetime(2026, 12, 8, 16), datetime(2026, 12, 8, 18))
    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    screen.edit_roster()
    dialog = screen.week_dialog
    assert dialog is not None and dialog.monday() == MONDAY
    dialog.copy_button.click()
    assert dialog.copy_done.text() == "Copied: 1 day differs from the usual week."
    wednesday = [s for s in owner.call(book.day_book, MONDAY + timedelta(2)).staff]
    assert [(w.start.hour, w.end.hour) for w in wednesday[0].working] == [(9, 21)]
    pdf = tmp_path / "week.pdf"
    pdf.write_bytes(printing.week_roster_bytes(owner, MONDAY))
    text = pdf_text(pdf)
    assert "Roster 2026-12-07 – 2026-12-13" in text
    assert "全天 *" in text and "a shift for this day only" in text
    assert "Leave 16:00–18:00" in text and "晚班" in text and "09:00–15:00" in text
    width, height = page_size_pt(pdf)
    assert (round(width), round(height)) == (842, 595)  # A4 landscape
    dialog.reject()


@pytest.fixture
def printer_file(tmp_path: Path) -> Path:
    path = tmp_path / "printer.bin"
    device_settings.save_printer(PrinterSettings(PrinterKind.FILE, str(path), paper="58mm"))
    return path


@pytest.fixture
def devices(printer_file: Path) -> Iterator[Counter]:
    counter = Counter()
    yield counter
    counter.wait()
    counter.close_display()


def test_the_slip_on_a_58mm_roll_as_pdf_and_on_the_counter_printer(
    qtbot: QtBot,
    tmp_path: Path,
    owner: StoreContext,
    salon: Salon,
    devices: Counter,
    printer_file: Path,
) -> None:
    made = owner.call(book.get_appointment, book_two(owner, salon))
    pdf = printing.save_slip_pdf(owner, made, tmp_path / "slip.pdf", "58mm")
    text = pdf_text(pdf)
    for words in ("测试门店", "Appointment slip", "王芳", "138****8000", "2026-12-07 Mon 10:00",
                  "剪发", "Tony", "要安静"):  # fmt: skip
        assert words in text, words
    assert "13800138000" not in text  # the slip leaves the store: masked, as a receipt
    width, _height = page_size_pt(pdf)
    assert round(width / 72 * 25.4) == 58

    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    assert printing.print_slip(screen, owner, made, devices)
    assert devices.wait()
    lines = decode(printer_file.read_bytes()).texts()
    assert "Appointment slip" in [line.strip() for line in lines]
    assert any("王芳" in line for line in lines) and any("Tony" in line for line in lines)
    assert any("138****8000" in line for line in lines)
    assert all(len(line) <= 32 for line in lines)


def test_ctrl_p_previews_the_day_and_the_roster_previews_its_week_in_landscape(
    qtbot: QtBot, tmp_path: Path, owner: StoreContext, salon: Salon, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PDFs are made off the GUI thread and handed to the print preview (replaced here by
    a recorder: the preview is modal)."""
    shown: list[tuple[bytes, str, bool]] = []
    monkeypatch.setattr(
        printing,
        "print_report",
        lambda _parent, pdf, title, landscape=False: shown.append((pdf, title, landscape)),
    )
    book_two(owner, salon)
    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    pdf, title, landscape = shown[0]
    assert title == "Appointments 2026-12-07" and not landscape
    (tmp_path / "day.pdf").write_bytes(pdf)
    assert "王芳" in pdf_text(tmp_path / "day.pdf")
    screen.edit_roster()
    dialog = screen.week_dialog
    assert dialog is not None
    dialog.print_button.click()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20_000)
    assert shown[1][1] == "Roster 2026-12-07" and shown[1][2]
    dialog.reject()
