"""The till with the counter's hardware, driven like a cashier: park a sale, serve another
customer, restart the program, resume and finish the first; 整单折扣 and 抹零 with a manager's
password above the cashier's limit; the receipt printed by itself as ESC/POS bytes (read back
from the printer's file), the drawer pulse for cash only, the owner's drawer key; the customer
display and the pole fed by the till's signal; a member made from a phone that found nobody;
the touch layout at 1024 px with its keypad; the day summary's references and parked sales.

The shop is ``test_sale_dialog.stock`` (剪发 ¥88, 洗发水 ¥65, 烫发 ¥388, 张三 in 金卡 88 %).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from storecrm.domain import clock
from storecrm.domain.roles import Role
from storecrm.gui.app import create_application
from storecrm.gui.counter import settings as device_settings
from storecrm.gui.counter.devices import Counter
from storecrm.gui.counter.view import Phase
from storecrm.gui.screens.member_dialogs import ApprovalDialog
from storecrm.gui.screens.shift_dialog import ShiftSummaryDialog
from storecrm.gui.screens.till import SaleDialog
from storecrm.gui.screens.till.adjust import OrderAdjustDialog, permille_paid
from storecrm.gui.screens.till.parking import ParkedSalesDialog
from storecrm.gui.screens.till.quick_member import QuickMemberDialog
from storecrm.hardware import pole
from storecrm.hardware.config import DisplaySettings, PrinterKind, PrinterSettings
from storecrm.hardware.escpos_decode import decode
from storecrm.hardware.ticket import Drawer
from storecrm.services import customers, parked, sales, session, users
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD
from tests.gui.test_sale_dialog import add, lines, show, stock, zhang

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MANAGER, MANAGER_PASSWORD = "amy", "manager-pass-1"


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    """English words, the stylesheet and the bundled font, as the program starts them."""
    create_application("en")


@pytest.fixture
def store_dir(store_dir: Path) -> Path:
    """The conftest store, stocked, with a manager account too."""
    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    stock(ctx)
    ctx.call(
        users.add_user,
        username=MANAGER,
        display_name="艾米",
        role=Role.MANAGER,
        password=MANAGER_PASSWORD,
    )
    ctx.sign_out()
    return store_dir


@pytest.fixture
def printer_file(tmp_path: Path) -> Path:
    """This PC's receipt printer is a file (the fake printer); the pole display too."""
    path = tmp_path / "printer.bin"
    device_settings.save_printer(PrinterSettings(PrinterKind.FILE, str(path), paper="58mm"))
    device_settings.save_display(DisplaySettings(pole_port=f"file:{tmp_path / 'pole.bin'}"))
    return path


@pytest.fixture
def devices(qapp: QApplication, printer_file: Path) -> Iterator[Counter]:
    counter = Counter()
    yield counter
    counter.wait()
    counter.close_display()


def open_till(
    qtbot: QtBot, ctx: StoreContext, devices: Counter, compact: bool | None = False
) -> SaleDialog:
    dialog = SaleDialog(ctx, devices=devices, compact=compact)
    show(qtbot, dialog)
    return dialog


def printed(devices: Counter, printer_file: Path, since: int = 0) -> tuple[list[str], int]:
    """The lines printed since byte ``since``, and the drawer pulses among them."""
    assert devices.wait()
    data = printer_file.read_bytes()[since:] if printer_file.exists() else b""
    ticket = decode(data)
    return ticket.texts(), sum(isinstance(i, Drawer) for i in ticket.items)


def key(qtbot: QtBot, dialog: QWidget, which: Qt.Key, modifiers: object = None) -> None:
    if modifiers is None:
        qtbot.keyClick(dialog, which)
    else:
        qtbot.keyClick(dialog, which, modifiers)  # type: ignore[arg-type]


# -- 挂单 / 取单 across a restart ----------------------------------------------------------------
def test_park_serve_another_restart_resume_and_finish(
    qtbot: QtBot, store_dir: Path, devices: Counter, printer_file: Path
) -> None:
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    dialog = open_till(qtbot, ctx, devices)
    qtbot.keyClicks(dialog.member_search, "5678")
    qtbot.keyClick(dialog.member_search, Qt.Key.Key_Return)
    add(qtbot, dialog, "jf")  # 剪发 at 88 %: ¥77.44
    add(qtbot, dialog, "xfs")  # 洗发水: ¥57.20
    dialog.note_edit.setText("等朋友")
    key(qtbot, dialog, Qt.Key.Key_F11)  # 挂单
    assert dialog.model.rowCount() == 0 and dialog.member is None  # the till is free
    assert dialog.parked_button.text() == "Parked (1)"
    assert dialog.problem_texts() == ["Parked: 张三, ¥134.64. F12 brings it back."]

    # The next customer, a walk-in, pays cash: the receipt prints by itself, the drawer opens.
    add(qtbot, dialog, "tf")  # 烫发 ¥388.00
    key(qtbot, dialog, Qt.Key.Key_F5)
    cash = dialog.payment_rows[0]
    cash.amount_edit.selectAll()
    qtbot.keyClicks(cash.amount_edit, "400")
    key(qtbot, dialog, Qt.Key.Key_Return, CTRL)
    assert dialog.finished_sale and dialog.recorded is not None
    walk_in_no = dialog.recorded.no
    texts, pulses = printed(devices, printer_file)
    assert pulses == 1  # cash: the drawer opened
    assert "烫发" in texts and any(t.startswith("Change") and t.endswith("12.00") for t in texts)
    assert any("¥388.00" in t for t in texts)
    size_after_first = printer_file.stat().st_size
    dialog.close()
    ctx.close()

    # The program starts again: the parked sale is still there.
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    dialog = open_till(qtbot, ctx, devices)
    assert dialog.parked_button.text() == "Parked (1)"
    key(qtbot, dialog, Qt.Key.Key_F12)  # 取单
    chooser = dialog.sub_dialog
    assert isinstance(chooser, ParkedSalesDialog)
    qtbot.waitUntil(chooser.isVisible)
    assert [(p.customer_name, p.total_fen, p.note) for p in chooser.model._rows] == [
        ("张三", 13464, "等朋友")
    ]
    qtbot.keyClick(chooser.table, Qt.Key.Key_Return)  # resume the highlighted one
    qtbot.waitUntil(lambda: not chooser.isVisible())
    assert dialog.member is not None and dialog.member.name == "张三"
    assert lines(dialog) == [("剪发", "1", "¥77.44"), ("洗发水", "1", "¥57.20")]
    assert dialog.note_edit.text() == "等朋友"
    assert dialog.parked_button.text() == "Parked"
    key(qtbot, dialog, Qt.Key.Key_F6)  # WeChat: the amount due, then the scanner's number
    wechat = dialog.payment_rows[0]
    qtbot.keyClick(wechat.amount_edit, Qt.Key.Key_Return)
    assert wechat.reference_edit is not None and dialog.focusWidget() is wechat.reference_edit
    qtbot.keyClicks(wechat.reference_edit, "4200001987654321")
    qtbot.keyClick(wechat.reference_edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.item_search
    key(qtbot, dialog, Qt.Key.Key_Return, CTRL)
    assert dialog.recorded is not None and dialog.recorded.total_fen == 13464
    assert dialog.recorded.payments[0].reference == "4200001987654321"
    texts, pulses = printed(devices, printer_file, size_after_first)
    assert pulses == 0  # WeChat only: the drawer stays shut
    assert "  Ref. 4200001987654321" in texts
    assert ctx.call(parked.list_parked) == []

    # Both sales are in the day summary, the WeChat one with its reference.
    start = datetime.combine(clock.now().date(), datetime.min.time())
    summary = ctx.call(sales.shift_summary, start, start + timedelta(days=1))
    assert summary.sales == 2 and summary.parked == ()
    assert [(r.method, r.reference) for r in summary.payment_references] == [
        ("wechat", "4200001987654321")
    ]
    assert walk_in_no != dialog.recorded.no
    dialog.close()
    ctx.close()


# -- 整单折扣 / 抹零 with approval -------------------------------------------------------------
def test_a_discount_above_the_cashiers_limit_needs_a_managers_password(
    qtbot: QtBot, store_dir: Path, devices: Counter
) -> None:
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        dialog = open_till(qtbot, ctx, devices)
        add(qtbot, dialog, "tf")  # 烫发 ¥388.00 (walk-in)
        add(qtbot, dialog, "xfs")  # 洗发水 ¥65.00 → ¥453.00
        key(qtbot, dialog, Qt.Key.Key_T, CTRL)
        adjust = dialog.sub_dialog
        assert isinstance(adjust, OrderAdjustDialog)
        qtbot.waitUntil(adjust.isVisible)
        adjust.percent_radio.setChecked(True)
        qtbot.keyClicks(adjust.percent_edit, "8")  # 8折: 20 % off, above the cashier's 10 %
        assert "to pay ¥362.40" in adjust.result_label.text()  # 45300 × 0.8
        assert adjust.approval_note.text().startswith("Above your limit")
        adjust.ok_button.click()  # Apply (a tap; Ctrl+Enter in the active window)
        qtbot.waitUntil(lambda: not adjust.isVisible())
        assert dialog.totals["order_discount"].text().startswith("-¥90.60")
        key(qtbot, dialog, Qt.Key.Key_R, CTRL)  # 抹零: ¥362.40 → ¥362.00
        assert dialog.round_button.isChecked()
        assert dialog.totals["rounding"].text() == "-¥0.40"
        assert dialog.totals["total"].text() == "¥362.00"
        key(qtbot, dialog, Qt.Key.Key_F8)  # bank card, all of it
        key(qtbot, dialog, Qt.Key.Key_Return, CTRL)
        approval = dialog.approval
        assert isinstance(approval, ApprovalDialog)
        qtbot.waitUntil(approval.isVisible)
        assert not dialog.finished_sale  # nothing recorded before the manager signs
        qtbot.keyClicks(approval.username_edit, MANAGER)
        qtbot.keyClicks(approval.password_edit, MANAGER_PASSWORD)
        approval.approve()
        qtbot.waitUntil(lambda: dialog.finished_sale)
        sale = dialog.recorded
        assert sale is not None
        assert (sale.total_fen, sale.order_discount_fen, sale.rounding_fen) == (36200, 9060, 40)
        assert sale.approved_by_name == "艾米"
        # Each line as paid adds up to the total, and a refund of one gives back its share.
        assert sum(x.amount_fen for x in sale.lines) == 36200
        dialog.close()
    finally:
        ctx.close()


def test_a_discount_is_typed_as_zhe_or_percent() -> None:
    assert [permille_paid(t) for t in ("9", "9折", "8.5", "85", "85%", "88.5", "10")] == [
        900,
        900,
        850,
        850,
        850,
        885,
        100,
    ]
    assert [permille_paid(t) for t in ("", "abc", "0", "-5", "8.555", "101")] == [None] * 6


# -- the drawer key -----------------------------------------------------------------------------
def test_the_owner_opens_the_drawer_and_it_is_audited_a_cashier_cannot(
    qtbot: QtBot, store_dir: Path, devices: Counter, printer_file: Path
) -> None:
    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    dialog = open_till(qtbot, ctx, devices)
    assert dialog.drawer_button.isVisible()
    key(qtbot, dialog, Qt.Key.Key_O, CTRL | SHIFT)
    assert printed(devices, printer_file) == ([], 1)
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001
        assert uow.audit.recent(1)[0]["action"] == "drawer_open"
    dialog.close()
    ctx.close()
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    dialog = open_till(qtbot, ctx, devices)
    assert not dialog.drawer_button.isVisible()
    key(qtbot, dialog, Qt.Key.Key_O, CTRL | SHIFT)
    assert printed(devices, printer_file)[1] == 1  # no second pulse
    assert "open the cash drawer" in dialog.problem_texts()[0]
    dialog.close()
    ctx.close()


# -- the customer display and the pole ----------------------------------------------------------
def test_the_customer_display_and_the_pole_follow_the_till(
    qtbot: QtBot, owner: StoreContext, devices: Counter, tmp_path: Path
) -> None:
    screen = QApplication.primaryScreen()
    assert screen is not None
    device_settings.save_display(
        DisplaySettings(screen=screen.name(), pole_port=f"file:{tmp_path / 'pole.bin'}")
    )
    from storecrm.services.till_settings import TillSettings, set_till_settings

    owner.call(set_till_settings, TillSettings(promotion_text="充500送50"))
    views = []
    dialog = SaleDialog(owner, devices=devices, compact=False)
    dialog.view_changed.connect(views.append)
    show(qtbot, dialog)
    display = devices.display
    assert display is not None and display.isVisible()
    assert display.screen() is screen
    assert display.welcome_label.isVisible() or display.pages.currentIndex() == 0
    dialog.pick_member(zhang(owner))
    add(qtbot, dialog, "jf")
    shown = display.shown_texts()
    assert display.lines_model.rowCount() == 1 and shown["total"] == "¥77.44"
    assert shown["discount"] == "-¥10.56" and shown["points"]  # points after the sale
    add(qtbot, dialog, "xfs")
    assert display.lines_model.rowCount() == 2 and display.shown_texts()["total"] == "¥134.64"
    key(qtbot, dialog, Qt.Key.Key_F5)
    cash = dialog.payment_rows[0]
    cash.amount_edit.selectAll()
    qtbot.keyClicks(cash.amount_edit, "150")
    key(qtbot, dialog, Qt.Key.Key_Return, CTRL)
    shown = display.shown_texts()
    assert shown["change"] == "¥15.36" and shown["paid"] == "¥150.00"
    assert views[-1].phase is Phase.PAID
    key(qtbot, dialog, Qt.Key.Key_N, CTRL)
    assert views[-1].phase is Phase.IDLE and display.pages.currentIndex() == 0
    assert display.promotion_label.text() == "充500送50"
    assert devices.wait()
    shows = pole.read((tmp_path / "pole.bin").read_bytes())
    assert (pole.Lamp.TOTAL, "134.64") in shows
    assert (pole.Lamp.CHANGE, "15.36") in shows
    assert shows[-1] == (pole.Lamp.NONE, "")
    dialog.close()


# -- a new member without leaving the till -----------------------------------------------------
def test_a_phone_that_finds_nobody_becomes_a_member_in_three_fields(
    qtbot: QtBot, owner: StoreContext, devices: Counter
) -> None:
    dialog = open_till(qtbot, owner, devices)
    qtbot.keyClicks(dialog.member_search, "13900001111")
    qtbot.keyClick(dialog.member_search, Qt.Key.Key_Return)
    assert dialog.no_hits.text() == "No member matches “13900001111”."
    assert dialog.new_member_button.isVisible()
    qtbot.keyClick(dialog.member_search, Qt.Key.Key_Return)  # Enter again: 新建会员
    quick = dialog.sub_dialog
    assert isinstance(quick, QuickMemberDialog)
    qtbot.waitUntil(quick.isVisible)
    assert quick.phone_edit.text() == "13900001111" and quick.focusWidget() is quick.name_edit
    qtbot.keyClicks(quick.birthday_edit, "02-30")
    quick.ok_button.click()
    assert quick.isVisible() and quick.error.text()  # no 30 February: nothing saved
    quick.name_edit.setText("王五")  # (QTest types ASCII only)
    quick.birthday_edit.setText("1990-05-20")
    quick.ok_button.click()
    qtbot.waitUntil(lambda: not quick.isVisible())
    assert dialog.member is not None and dialog.member.name == "王五"
    found = owner.call(customers.search_customers, "13900001111")
    assert [c.name for c in found] == ["王五"]
    detail = owner.call(customers.get_customer, found[0].customer_id)
    assert detail.birthday is not None and (detail.birthday.month, detail.birthday.day) == (5, 20)
    dialog.close()


# -- the touch layout ---------------------------------------------------------------------------
def test_the_touch_layout_has_44px_targets_and_a_keypad(
    qtbot: QtBot, owner: StoreContext, devices: Counter
) -> None:
    dialog = open_till(qtbot, owner, devices, compact=True)
    assert dialog.keypad.isVisible()
    dialog.pick_member(zhang(owner))
    # Amounts by the keypad alone: 8, 8, ✓ adds ¥88 as a free amount.
    dialog.item_search.clearFocus()
    for label in ("8", "8", "✓"):
        dialog.keypad.buttons[label].click()
    assert lines(dialog) == [("Amount", "1", "¥77.44")]  # ¥88 at 金卡 88 %
    # A quantity: select the line, type 3 on the keypad, ×.
    dialog.lines_panel.select_row(0)
    dialog.keypad.buttons["3"].click()
    dialog.keypad.buttons["×"].click()
    assert lines(dialog)[0][1] == "3"
    key(qtbot, dialog, Qt.Key.Key_F6)  # the keyboard still works: a WeChat payment
    row = dialog.payment_rows[0]
    qtbot.waitUntil(row.amount_edit.isVisible)
    for label in ("C", "5", "0", "✓"):  # the amount typed on the keypad, into the focused box
        dialog.keypad.buttons[label].click()
    assert row.amount_edit.text() == "50.00" or row.amount() == 5000
    small = [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}: {w.height()}"
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QComboBox)
        and w.isVisible()
        and not isinstance(w.parentWidget(), QLineEdit | QComboBox)
        and w.height() < 44
    ]
    assert small == [], "\n".join(small)
    dialog.close()


# -- the day summary ----------------------------------------------------------------------------
def test_the_day_summary_lists_references_and_parked_sales(
    qtbot: QtBot, owner: StoreContext, devices: Counter
) -> None:
    dialog = open_till(qtbot, owner, devices)
    add(qtbot, dialog, "xfs")
    key(qtbot, dialog, Qt.Key.Key_F11)  # parked, never finished
    add(qtbot, dialog, "jf")
    key(qtbot, dialog, Qt.Key.Key_F7)  # Alipay with the last digits
    row = dialog.payment_rows[0]
    assert row.reference_edit is not None
    row.reference_edit.setText("0042")
    key(qtbot, dialog, Qt.Key.Key_Return, CTRL)
    dialog.close()
    summary = ShiftSummaryDialog(owner)
    qtbot.addWidget(summary)
    summary.show()
    qtbot.waitUntil(lambda: not summary.loading(), timeout=20_000)
    refs = summary.reconcile.references_model
    assert refs.rowCount() == 1
    assert refs.index(0, 4).data() == "0042" and refs.index(0, 3).data() == "¥88.00"
    assert summary.reconcile.parked_model.rowCount() == 1
    assert summary.reconcile.parked_model.index(0, 1).data() == "Walk-in"
    assert summary.reconcile.isVisible()


def test_the_pick_lists_put_amounts_and_counts_on_the_right(qtbot: QtBot) -> None:
    from storecrm.gui.models import ListTableModel

    model = ListTableModel[tuple[str, int]](
        [("Name", lambda r: r[0]), ("Total", lambda r: r[1])], numbers=(1,)
    )
    model.set_rows([("王芳", 12800)])
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(model.index(0, 1)) == "12800"
