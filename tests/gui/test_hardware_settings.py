"""Settings → Hardware and Settings → Till, and member cards: the owner sets this PC's printer
(kept in its preferences) and test-prints (the bytes decode to the sample, the preview shows
it); the till's limits and promotion are the store's (owner only); a member card prints as a
sticker with the card number as barcode and QR, or as A4 sheets read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain.customer import CustomerDraft
from storecrm.gui.app import create_application
from storecrm.gui.counter import settings as device_settings
from storecrm.gui.counter.devices import Counter
from storecrm.gui.screens.hardware_settings import HardwareTab
from storecrm.gui.screens.member_card import MemberCardDialog
from storecrm.gui.screens.till_settings import TillRulesTab
from storecrm.hardware.config import PrinterKind, PrinterSettings
from storecrm.hardware.escpos_decode import decode
from storecrm.hardware.ticket import Barcode, Qr
from storecrm.services import customers, till_settings
from storecrm.services.session import StoreContext


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@pytest.fixture
def devices(qapp: QApplication) -> Iterator[Counter]:
    counter = Counter()
    yield counter
    counter.wait()


def test_the_owner_sets_up_the_printer_and_test_prints(
    qtbot: QtBot, owner: StoreContext, devices: Counter, tmp_path: Path
) -> None:
    tab = HardwareTab(owner, devices)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.kind_combo.currentData() == "none" and not tab.target_edit.isVisible()
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(PrinterKind.FILE.value))
    assert tab.target_edit.isVisible() and not tab.baud_combo.isVisible()
    target = tmp_path / "receipts.bin"
    tab.target_edit.setText(str(target))
    tab.paper_combo.setCurrentIndex(tab.paper_combo.findData("80mm"))
    tab.drawer_box.setChecked(False)
    assert tab.test_print()
    assert devices.wait()
    texts = decode(target.read_bytes()).texts()
    assert "123456789012345678901234567890123456789012345678" in texts  # 48 columns: 80 mm
    assert tab.preview.pixmap() is not None and not tab.preview.pixmap().isNull()
    assert device_settings.load_printer().kind is PrinterKind.NONE  # not saved yet
    tab.save()
    saved = device_settings.load_printer()
    assert saved == PrinterSettings(
        PrinterKind.FILE, str(target), paper="80mm", drawer_on_cash=False
    )
    assert devices.printer == saved  # the till uses it from the next sale


def test_a_cashier_sees_the_hardware_but_cannot_change_it(
    qtbot: QtBot, cashier: StoreContext, devices: Counter
) -> None:
    tab = HardwareTab(cashier, devices)
    qtbot.addWidget(tab)
    assert not tab.printer_box.isEnabled() and not tab.save_button.isEnabled()
    rules = TillRulesTab(cashier)
    qtbot.addWidget(rules)
    assert not rules.save_button.isEnabled()


def test_the_owner_sets_the_tills_limits_and_promotion(qtbot: QtBot, owner: StoreContext) -> None:
    tab = TillRulesTab(owner)
    qtbot.addWidget(tab)
    assert tab.cashier_discount.value() == 10 and tab.manager_discount.value() == 30
    tab.cashier_discount.setValue(5)
    tab.cashier_rounding.setValue(9)
    tab.promotion_edit.setPlainText("充500送50")
    assert tab.save()
    saved = owner.call(till_settings.get_till_settings)
    assert (saved.limits.cashier.discount_permille, saved.limits.cashier.rounding_fen) == (50, 9)
    assert saved.promotion_text == "充500送50"


def test_a_member_card_prints_as_a_sticker_and_as_a_sheet(
    qtbot: QtBot, owner: StoreContext, devices: Counter, tmp_path: Path
) -> None:
    target = tmp_path / "labels.bin"
    device_settings.save_printer(PrinterSettings(PrinterKind.FILE, str(target)))
    devices.reload()
    member = owner.call(
        customers.create_customer,
        CustomerDraft(name="张晓雨", phone="13812345678", card_no="88001234"),
    ).customer_id
    dialog = MemberCardDialog(owner, member, None, devices)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.print_button.isEnabled()
    assert dialog.print_sticker()
    assert devices.wait()
    items = decode(target.read_bytes()).items
    assert Barcode("88001234", 80) in items and Qr("88001234", 5) in items
    assert "张晓雨" in decode(target.read_bytes()).texts()
    dialog.copies_spin.setValue(3)
    pdf = dialog.save_sheet(tmp_path / "cards.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert text.count("张晓雨") == 3 and text.count("88001234") == 3
    nobody = owner.call(customers.create_customer, CustomerDraft(name="李四")).customer_id
    no_card = MemberCardDialog(owner, nobody, None, devices)
    qtbot.addWidget(no_card)
    assert not no_card.print_button.isEnabled() and not no_card.pdf_button.isEnabled()
