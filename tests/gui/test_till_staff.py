"""Who served each line at the till, from the keyboard: the sale's served-by is every line's
default (with 指定), F4 opens the picker for the selected line (type to filter, Enter adds as
main staff, Shift+Enter as assistant, R marks asked for, Ctrl+Enter keeps it), and the recorded
sale carries each line's staff — commission follows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain import clock
from storecrm.domain.commission import Rule, Target
from storecrm.gui.app import create_application
from storecrm.gui.screens.staff.pickers import LineStaffDialog
from storecrm.gui.screens.till import SaleDialog
from storecrm.services import catalogue, sales
from storecrm.services.dto import ItemDraft
from storecrm.services.session import StoreContext
from storecrm.services.staff import figures, plans, roster
from storecrm.services.staff.dto import StaffDraft
from tests.gui.test_sale_dialog import add, show

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@pytest.fixture
def salon(owner: StoreContext, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    owner.call(catalogue.save_item, ItemDraft(name="剪发", price_fen=10000, kind="service"))
    owner.call(catalogue.save_item, ItemDraft(name="烫发", price_fen=30000, kind="service"))
    people = {}
    for name, grade in (("Tony", "总监"), ("Kevin", "高级"), ("小美", "助理")):
        people[name] = owner.call(
            roster.save_staff_member, StaffDraft(0, name, position="发型师", grade=grade)
        ).staff_id
    owner.call(
        plans.save_plan,
        date.today(),
        (Rule(0, Target.LINE, rate_bp=1000, main_permille=700, assistant_permille=300),),
    )
    # A plan pays the sales after the second it was saved in: the till's sales come later.
    monkeypatch.setattr(
        clock, "now", lambda: datetime.now().replace(microsecond=0) + timedelta(seconds=2)
    )
    return people


def pick_in(qtbot: QtBot, dialog: SaleDialog, steps: list[tuple[str, object]]) -> None:
    """Drive the line's picker once it is open: ("type", text) | ("key", (key, modifiers))."""

    def drive() -> None:
        picker = dialog.line_staff_dialog
        if picker is None or not picker.isVisible():
            QTimer.singleShot(20, drive)
            return
        for what, value in steps:
            if what == "type":
                picker.filter_edit.clear()
                qtbot.keyClicks(picker.filter_edit, str(value))
            elif what == "key":
                key, mods = value  # type: ignore[misc]
                target = picker.chosen_list if key in (Qt.Key.Key_R, Qt.Key.Key_Space) else (
                    picker.filter_edit
                )  # fmt: skip
                qtbot.keyClick(target, key, mods)

    QTimer.singleShot(0, drive)


def test_line_staff_by_keyboard_and_the_sales_default(
    qtbot: QtBot, owner: StoreContext, salon: dict[str, int]
) -> None:
    dialog = SaleDialog(owner)
    show(qtbot, dialog)
    model = dialog.model
    # The sale's served-by: Kevin, asked for.
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(salon["Kevin"]))
    dialog.requested_box.setChecked(True)
    add(qtbot, dialog, "jf")
    add(qtbot, dialog, "tf")
    assert model.index(0, model.STAFF).data() == "(Kevin)"  # the sale's default, in brackets
    # F4 on the 烫发 line: Tony as main (asked for), 小美 as assistant.
    dialog.lines_panel.select_row(1)
    pick_in(
        qtbot,
        dialog,
        [
            ("type", "tony"),
            ("key", (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)),
            ("type", "xm"),  # 小美 by pinyin initials
            ("key", (Qt.Key.Key_Return, SHIFT)),
            ("key", (Qt.Key.Key_R, Qt.KeyboardModifier.NoModifier)),  # on 小美: no effect
            ("key", (Qt.Key.Key_Return, CTRL)),
        ],
    )
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: model.index(1, model.STAFF).data() != "(Kevin)")
    assert model.index(1, model.STAFF).data() == "Tony + 小美(asst.)"
    assert isinstance(dialog.line_staff_dialog, LineStaffDialog)
    # Pay and record with the keyboard (the till is the active window again).
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    assert dialog.complete_button.isEnabled(), dialog.problem_texts()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: dialog.recorded is not None)
    assert dialog.recorded is not None
    served = owner.call(sales.line_staff_of_sale, dialog.recorded.sale_id)
    assert [(x.name, x.role, x.requested) for x in served] == [
        ("Kevin", "main", True),  # the default, asked for
        ("Tony", "main", False),
        ("小美", "assistant", False),
    ]
    # 剪发 10000 × 10 % = 1000 to Kevin; 烫发 30000 × 10 % = 3000: Tony 70 %, 小美 30 %
    month = date.today().replace(day=1)
    pay = owner.call(figures.payroll, month, date.today())
    by_name = {r.name: r.total_commission_fen for r in pay.rows}
    assert by_name == {"Tony": 2100, "Kevin": 1000, "小美": 900}


def test_as_the_sale_puts_a_line_back_on_the_default(
    qtbot: QtBot, owner: StoreContext, salon: dict[str, int]
) -> None:
    dialog = SaleDialog(owner)
    show(qtbot, dialog)
    add(qtbot, dialog, "jf")
    pick_in(qtbot, dialog, [("type", "kev"), ("key", (Qt.Key.Key_Return, CTRL))])
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: dialog.model.lines[0].draft.staff is not None)
    assert dialog.model.lines[0].draft.staff is not None
    assert dialog.model.lines[0].draft.staff[0].staff_id == salon["Kevin"]

    def reset() -> None:
        picker = dialog.line_staff_dialog
        if picker is None or not picker.isVisible():
            QTimer.singleShot(20, reset)
            return
        picker.default_button.click()

    QTimer.singleShot(0, reset)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: dialog.model.lines[0].draft.staff is None)
    assert dialog.model.index(0, dialog.model.STAFF).data() == ""  # owner has no staff record


def test_the_till_still_fits_a_1366_by_768_screen(
    qtbot: QtBot, owner: StoreContext, salon: dict[str, int]
) -> None:
    dialog = SaleDialog(owner)
    show(qtbot, dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 40
    dialog.resize(1366, 728)
    qtbot.waitUntil(lambda: dialog.width() <= 1366)
    for widget in (dialog.staff_button, dialog.requested_box, dialog.complete_button):
        assert widget.isVisible()
        corner = widget.mapTo(dialog, widget.rect().bottomRight())
        assert dialog.rect().contains(corner)


def test_a_parked_sale_comes_back_with_who_served_it(
    qtbot: QtBot, owner: StoreContext, salon: dict[str, int]
) -> None:
    """挂单 keeps the sale's served-by with 指定 and each line's own staff; 取单 puts them back."""
    from storecrm.domain.commission import LineStaff, Role
    from storecrm.gui.screens.till import resume
    from storecrm.services import parked

    dialog = SaleDialog(owner)
    show(qtbot, dialog)
    model = dialog.model
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(salon["Kevin"]))
    dialog.requested_box.setChecked(True)
    add(qtbot, dialog, "jf")
    add(qtbot, dialog, "tf")
    line = model.lines[1].draft
    staff = (LineStaff(salon["Tony"], Role.MAIN, True), LineStaff(salon["小美"], Role.ASSISTANT))
    model.set_draft(1, replace(line, staff=staff))
    dialog.requote()
    assert resume.park(dialog)
    assert model.rowCount() == 0 and not dialog.requested_box.isChecked()
    (kept,) = owner.call(parked.list_parked)
    resume.load(dialog, owner.call(parked.resume_parked, kept.parked_id))
    assert dialog.staff_combo.currentData() == salon["Kevin"]
    assert dialog.requested_box.isChecked()
    assert model.index(0, model.STAFF).data() == "(Kevin)"
    assert model.lines[1].draft.staff == staff
    assert model.index(1, model.STAFF).data() == "Tony★ + 小美(asst.)"  # ★: asked for
    dialog.close()
