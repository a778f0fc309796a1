"""The Sales screen as the owner and a cashier use it: the list newest first, the filters, the
footer's sums, the selected ticket, refunds and the till opened from here, and the day summary
(交班) with its per-method figures checked against hand arithmetic."""

from __future__ import annotations

import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from storecrm.domain import clock
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.membership import TopUpBonus
from storecrm.gui.app import create_application
from storecrm.gui.bus import store_bus
from storecrm.gui.sale_model import REFUND_COLOR, Column, SaleTableModel
from storecrm.gui.screens.sales_screen import SalesScreen, period_dates
from storecrm.gui.screens.shift_dialog import ShiftSummaryDialog
from storecrm.services import catalogue, customers, membership, sales
from storecrm.services.dto import ItemDraft, LineDraft, PaymentDraft, SaleDraft, SaleInfo
from storecrm.services.sales import SaleFilter
from storecrm.services.session import StoreContext

NOW = datetime(2025, 3, 12, 15, 0, 0)  # a Wednesday


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[datetime]]:
    """The store's clock, set by the test: sales are recorded "yesterday" by moving it."""
    moment = [NOW]
    monkeypatch.setattr(clock, "now", lambda: moment[0])
    yield moment


@dataclass
class Shop:
    ctx: StoreContext
    cut: int  # 剪发 ¥88
    wash: int  # 洗护 ¥62
    brow: int  # 修眉 ¥30
    zhang: int  # 张三, a member with stored value
    li: int  # 李四
    cashier_id: int  # 小李


def _shop(ctx: StoreContext) -> Shop:
    rules = ctx.call(membership.get_rules)
    ctx.call(membership.set_rules, replace(rules, top_up_bonuses=(TopUpBonus(50000, 5000),)))
    item = ctx.call(catalogue.save_item, ItemDraft("剪发", 8800, kind="service")).item_id
    wash = ctx.call(catalogue.save_item, ItemDraft("洗护", 6200, kind="service")).item_id
    brow = ctx.call(catalogue.save_item, ItemDraft("修眉", 3000, kind="service")).item_id
    zhang = ctx.call(customers.create_customer, CustomerDraft("张三", "13812345678")).customer_id
    li = ctx.call(customers.create_customer, CustomerDraft("李四", "13700001111")).customer_id
    staff = {s.display_name: s.user_id for s in ctx.call(catalogue.list_staff)}
    return Shop(ctx, item, wash, brow, zhang, li, staff["小李"])


def _sell(
    shop: Shop,
    customer: int | None,
    lines: list[tuple[int, int]],
    payments: list[tuple[str, int]],
    staff: int | None = None,
    note: str = "",
) -> SaleInfo:
    return shop.ctx.call(
        sales.record_sale,
        SaleDraft(
            customer,
            tuple(LineDraft("item", qty, item_id=item) for item, qty in lines),
            tuple(PaymentDraft(method, fen) for method, fen in payments),
            staff_id=staff,
            note=note,
        ),
    )


@pytest.fixture
def shop(owner: StoreContext, now: list[datetime]) -> Shop:
    return _shop(owner)


@pytest.fixture
def day(shop: Shop, now: list[datetime]) -> dict[str, SaleInfo]:
    """Yesterday one sale; today a sale, a top-up, a walk-in sale, a refund and a withdrawal:

    - A (张三): 剪发 + 洗护 = 150, cash 100 + WeChat 50, served by 小李
    - top-up (张三): 500 by Alipay, bonus 50
    - B (walk-in): 修眉 30, cash 30 — refunded in full (30 back in cash)
    - C (张三): 剪发 88 from stored value
    - withdrawal (张三): 50 of stored value paid back in cash
    """
    now[0] = NOW - timedelta(days=1, hours=5)
    old = _sell(shop, shop.li, [(shop.cut, 1)], [("alipay", 8800)])
    now[0] = NOW.replace(hour=9)
    a = _sell(
        shop,
        shop.zhang,
        [(shop.cut, 1), (shop.wash, 1)],
        [("cash", 10000), ("wechat", 5000)],
        staff=shop.cashier_id,
        note="熟客",
    )
    now[0] = NOW.replace(hour=10)
    top_up = shop.ctx.call(membership.top_up, shop.zhang, 50000, "alipay")
    now[0] = NOW.replace(hour=11)
    b = _sell(shop, None, [(shop.brow, 1)], [("cash", 3000)])
    now[0] = NOW.replace(hour=12)
    refund = shop.ctx.call(sales.refund_sale, b.sale_id, None, "客人不满意")
    now[0] = NOW.replace(hour=13)
    c = _sell(shop, shop.zhang, [(shop.cut, 1)], [("stored_value", 8800)])
    now[0] = NOW.replace(hour=14)
    withdrawal = shop.ctx.call(membership.withdraw, shop.zhang, 5000, "cash", "搬家")
    now[0] = NOW
    return {
        "old": old,
        "a": a,
        "top_up": top_up,
        "b": b,
        "refund": refund,
        "c": c,
        "withdrawal": withdrawal,
    }


def _screen(qtbot: QtBot, ctx: StoreContext, width: int = 1200) -> SalesScreen:
    screen = SalesScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(width, 760)
    screen.show()
    _settle(qtbot, screen)
    return screen


def _settle(qtbot: QtBot, screen: SalesScreen) -> None:
    qtbot.waitUntil(lambda: not screen.loading())


def _change(qtbot: QtBot, screen: SalesScreen, action: Callable[[], object]) -> None:
    with qtbot.waitSignal(screen.sales_loaded):
        action()
    _settle(qtbot, screen)


def _column(screen: SalesScreen, column: Column) -> list[str]:
    model = screen.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _nos(screen: SalesScreen) -> list[str]:
    return _column(screen, Column.NUMBER)


# -- the list -------------------------------------------------------------------------------------
def test_the_list_shows_todays_sales_newest_first(
    qtbot: QtBot, shop: Shop, day: dict[str, SaleInfo]
) -> None:
    screen = _screen(qtbot, shop.ctx)
    today = ["withdrawal", "c", "refund", "b", "top_up", "a"]
    assert _nos(screen) == [day[k].no for k in today]
    assert _column(screen, Column.KIND) == [
        "Withdrawal",
        "Sale",
        "Refund",
        "Sale",
        "Top-up",
        "Sale",
    ]
    assert _column(screen, Column.TIME) == ["14:00", "13:00", "12:00", "11:00", "10:00", "09:00"]
    assert _column(screen, Column.CUSTOMER) == [
        "张三",
        "张三",
        "Walk-in",
        "Walk-in",
        "张三",
        "张三",
    ]
    # Served by 小李 when named, otherwise whoever was at the till.
    assert (
        _column(screen, Column.STAFF)[-1] == "小李" and _column(screen, Column.STAFF)[0] == "王店长"
    )
    model = screen.model
    a = model.row_of(day["a"].sale_id)
    assert a is not None
    assert model.index(a, Column.PAYMENTS).data() == "Cash ¥100.00 + WeChat Pay ¥50.00"
    assert model.index(a, Column.NOTE).data() == "熟客"
    total = model.index(a, Column.TOTAL)
    assert total.data() == "¥150.00"
    assert total.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    refund = model.index(model.row_of(day["refund"].sale_id) or 0, Column.TOTAL)
    assert refund.data() == "-¥30.00"
    assert refund.data(Qt.ItemDataRole.ForegroundRole) == REFUND_COLOR
    assert screen.count_label.text() == "6 records"
    assert screen.last_load_seconds >= 0


def test_the_footer_adds_up_the_filtered_list(
    qtbot: QtBot, shop: Shop, day: dict[str, SaleInfo]
) -> None:
    screen = _screen(qtbot, shop.ctx)
    assert screen.totals is not None
    # sales 150 + 30 + 88, top-up 500, refund -30, withdrawal -50
    assert screen.totals.by_kind == {
        "sale": 26800,
        "top_up": 50000,
        "refund": -3000,
        "withdrawal": -5000,
    }
    assert screen.totals.net_fen == 68800
    footer = screen.footer_label.text()
    assert footer.startswith("6 records")
    assert "total ¥688.00 (sales ¥268.00, top-ups ¥500.00, refunds -¥30.00, paid out -¥50.00)" in (
        footer
    )
    # With a payment method chosen the rows are summed one by one, and the method's share shown.
    _change(qtbot, screen, lambda: screen.method_combo.setCurrentIndex(1))  # cash
    qtbot.waitUntil(lambda: screen.totals is not None and screen.totals.method == "cash")
    assert screen.totals.count == 4  # A, B, its refund, the withdrawal
    assert screen.totals.method_fen == 10000 + 3000 - 3000 - 5000
    assert "paid by Cash: ¥50.00" in screen.footer_label.text()


def test_filters_narrow_the_list(qtbot: QtBot, shop: Shop, day: dict[str, SaleInfo]) -> None:
    screen = _screen(qtbot, shop.ctx)
    assert screen.model.rowCount() == 6
    # staff: only the sale 小李 served
    _change(
        qtbot,
        screen,
        lambda: screen.staff_combo.setCurrentIndex(screen.staff_combo.findData(shop.cashier_id)),
    )
    assert _nos(screen) == [day["a"].no]
    _change(qtbot, screen, lambda: screen.staff_combo.setCurrentIndex(0))
    # payment method: WeChat was used once, stored value once, Alipay for the top-up
    for method, expected in (("wechat", ["a"]), ("stored_value", ["c"]), ("alipay", ["top_up"])):
        index = screen.method_combo.findData(method)
        _change(qtbot, screen, lambda i=index: screen.method_combo.setCurrentIndex(i))
        assert _nos(screen) == [day[k].no for k in expected], method
    _change(qtbot, screen, lambda: screen.method_combo.setCurrentIndex(0))
    # type
    index = screen.kind_combo.findData("sale")
    _change(qtbot, screen, lambda: screen.kind_combo.setCurrentIndex(index))
    assert _nos(screen) == [day[k].no for k in ("c", "b", "a")]
    index = screen.kind_combo.findData("refund")
    _change(qtbot, screen, lambda: screen.kind_combo.setCurrentIndex(index))
    assert _nos(screen) == [day["refund"].no]
    _change(qtbot, screen, lambda: screen.kind_combo.setCurrentIndex(0))
    # dates: yesterday has one sale, the week both days, a custom range only yesterday's
    _change(qtbot, screen, lambda: screen.set_period("yesterday"))
    assert _nos(screen) == [day["old"].no]
    assert _column(screen, Column.TIME) == ["10:00"]
    _change(qtbot, screen, lambda: screen.set_period("week"))
    assert screen.model.rowCount() == 7
    assert _column(screen, Column.TIME)[-1] == "03-11 10:00"  # more than a day: the date too
    _change(qtbot, screen, lambda: screen.set_dates(date(2025, 3, 1), date(2025, 3, 11)))
    assert _nos(screen) == [day["old"].no]
    assert screen.period_combo.currentData() == "custom"
    _change(qtbot, screen, lambda: screen.to_edit.setDate(screen.to_edit.date().addDays(1)))
    assert screen.model.rowCount() == 7
    _change(qtbot, screen, lambda: screen.set_period("today"))
    assert screen.model.rowCount() == 6


def test_the_customer_box_picks_one_customer(
    qtbot: QtBot, shop: Shop, day: dict[str, SaleInfo]
) -> None:
    screen = _screen(qtbot, shop.ctx)
    _change(qtbot, screen, lambda: screen.set_period("week"))
    screen.customer_edit.setFocus()
    qtbot.keyClicks(screen.customer_edit, "lisi")
    _change(qtbot, screen, lambda: qtbot.keyClick(screen.customer_edit, Qt.Key.Key_Return))
    assert screen.customer_id == shop.li
    assert screen.customer_edit.text() == "李四"
    assert _nos(screen) == [day["old"].no]
    # Typing something nobody matches leaves the list as it is and says so.
    screen.customer_edit.clear()
    _settle(qtbot, screen)
    assert screen.customer_id is None and screen.model.rowCount() == 7
    qtbot.keyClicks(screen.customer_edit, "nobody")
    qtbot.keyClick(screen.customer_edit, Qt.Key.Key_Return)
    assert screen.customer_edit.property("error") is True
    assert screen.customer_id is None
    # The last four digits of 张三's phone; the clear button shows everybody again.
    screen.customer_edit.clear()
    qtbot.keyClicks(screen.customer_edit, "5678")
    _change(qtbot, screen, lambda: qtbot.keyClick(screen.customer_edit, Qt.Key.Key_Return))
    assert screen.customer_id == shop.zhang and screen.model.rowCount() == 4  # A, top-up, C, …
    _change(qtbot, screen, lambda: screen.customer_edit.clear())
    assert screen.customer_id is None and screen.model.rowCount() == 7


def test_an_older_answer_is_dropped(qtbot: QtBot, shop: Shop, day: dict[str, SaleInfo]) -> None:
    screen = _screen(qtbot, shop.ctx)
    generation = screen._generation  # noqa: SLF001 - the stale-answer guard itself
    # An answer for an earlier filter arrives after the current one: it changes nothing.
    screen._ids_arrived((generation - 1, SaleFilter(), [day["old"].sale_id], 0.0))  # noqa: SLF001
    assert screen.model.rowCount() == 6
    # Two quick changes: only the last one is shown.
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("refund"))
    _change(qtbot, screen, lambda: screen.kind_combo.setCurrentIndex(0))
    assert screen.model.rowCount() == 6


def test_left_open_overnight_today_moves_on(
    qtbot: QtBot, shop: Shop, day: dict[str, SaleInfo], now: list[datetime]
) -> None:
    screen = _screen(qtbot, shop.ctx)
    assert screen.model.rowCount() == 6
    screen.hide()
    now[0] = NOW + timedelta(days=1)
    _change(qtbot, screen, screen.show)
    assert screen.model.rowCount() == 0
    assert screen.from_edit.date().toString("yyyy-MM-dd") == "2025-03-13"
    assert screen.footer_label.text().startswith("0 records")


def test_a_new_sale_elsewhere_appears_and_stays_selected(
    qtbot: QtBot, shop: Shop, day: dict[str, SaleInfo]
) -> None:
    screen = _screen(qtbot, shop.ctx)
    assert screen.select_sale(day["a"].sale_id)
    new = _sell(shop, shop.li, [(shop.wash, 2)], [("alipay", 12400)])
    _change(qtbot, screen, lambda: store_bus().changed.emit("sales"))
    assert _nos(screen)[0] == new.no and screen.model.rowCount() == 7
    assert screen.detail.sale is not None and screen.detail.sale.sale_id == day["a"].sale_id
    assert screen.table.currentIndex().row() == screen.model.row_of(day["a"].sale_id)


# -- the selected ticket -------------------------------------------------------------------------
def test_the_detail_shows_the_ticket_and_refund_only_for_sales_and_top_ups(
    qtbot: QtBot, shop: Shop, day: dict[str, SaleInfo]
) -> None:
    screen = _screen(qtbot, shop.ctx)
    assert not screen.print_button.isEnabled() and not screen.refund_button.isEnabled()
    row = screen.model.row_of(day["a"].sale_id)
    assert row is not None
    screen.table.setCurrentIndex(screen.model.index(row, Column.NUMBER))
    qtbot.waitUntil(lambda: screen.detail.sale is not None)
    text = screen.detail.text()
    for words in ("张三", "138****5678", "剪发", "洗护", "小李", "王店长", "¥150.00", "WeChat Pay"):
        assert words in text, words
    assert screen.detail.no_label.text() == f"No. {day['a'].no}"
    assert screen.print_button.isEnabled() and screen.refund_button.isEnabled()
    # B was refunded in full: nothing left to refund.
    screen.select_sale(day["b"].sale_id)
    assert f"Refunded: {day['refund'].no}" in screen.detail.text()
    assert not screen.refund_button.isEnabled()
    # A refund cannot be refunded; its link goes back to the sale.
    screen.select_sale(day["refund"].sale_id)
    assert not screen.refund_button.isEnabled()
    assert "客人不满意" in screen.detail.text()
    screen.detail.link_activated.emit(day["b"].sale_id)
    assert screen.detail.sale is not None and screen.detail.sale.sale_id == day["b"].sale_id
    screen.select_sale(day["top_up"].sale_id)
    assert screen.refund_button.isEnabled()
    assert "Bonus" in screen.detail.text() and "¥50.00" in screen.detail.text()


def test_refund_opens_the_refund_dialog_for_the_selected_sale(
    qtbot: QtBot, shop: Shop, day: dict[str, SaleInfo]
) -> None:
    from storecrm.gui.screens.member_dialogs import RefundDialog

    screen = _screen(qtbot, shop.ctx)
    screen.select_sale(day["c"].sale_id)
    qtbot.mouseClick(screen.refund_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, RefundDialog) and dialog.sale_id == day["c"].sale_id
    dialog.reject()
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_f9_opens_the_till_and_a_recorded_sale_is_selected(
    qtbot: QtBot, shop: Shop, day: dict[str, SaleInfo], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The till is another module; a stand-in with its interface shows the screen's side."""
    from PySide6.QtCore import Signal

    class FakeTill(QDialog):
        sale_recorded = Signal(object)

        def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
            super().__init__(parent)
            self.context = context

    module = types.ModuleType("storecrm.gui.screens.till")
    module.SaleDialog = FakeTill  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "storecrm.gui.screens.till", module)
    screen = _screen(qtbot, shop.ctx)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    assert "F9" in screen.new_button.toolTip()
    qtbot.keyClick(screen, Qt.Key.Key_F9)
    till = screen.dialog
    assert isinstance(till, FakeTill) and till.isVisible()
    sold = _sell(shop, None, [(shop.brow, 2)], [("cash", 6000)])
    with qtbot.waitSignal(screen.sales_loaded):
        till.sale_recorded.emit(sold)
    qtbot.waitUntil(lambda: screen.detail.sale is not None)
    assert screen.detail.sale is not None and screen.detail.sale.sale_id == sold.sale_id
    assert screen.table.currentIndex().row() == 0
    till.reject()
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_a_cashier_sees_the_sales_and_the_summary(qtbot: QtBot, cashier: StoreContext) -> None:
    cashier.call(
        sales.record_sale,
        SaleDraft(
            None,
            (LineDraft("amount", 1, unit_fen=8800, description="剪发"),),
            (PaymentDraft("wechat", 8800),),
        ),
    )
    screen = _screen(qtbot, cashier, width=1032)  # the main window at its usual size
    assert screen.model.rowCount() == 1
    assert screen.new_button.isVisible() and screen.refund_button.isVisible()
    assert screen.table.isColumnHidden(Column.NOTE)  # narrow: the note goes to the tool tip
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    qtbot.keyClick(screen, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.dialog
    assert isinstance(dialog, ShiftSummaryDialog)
    qtbot.waitUntil(lambda: not dialog.loading())
    assert dialog.method_model.method_row("wechat") == (8800, 0, 0, 0, 8800)
    dialog.accept()
    qtbot.waitUntil(lambda: screen.dialog is None)


# -- the day summary ------------------------------------------------------------------------------
def test_the_shift_summary_matches_hand_arithmetic(
    qtbot: QtBot, tmp_path: Path, shop: Shop, day: dict[str, SaleInfo]
) -> None:
    dialog = ShiftSummaryDialog(shop.ctx)
    qtbot.addWidget(dialog)
    dialog.show()

    def wait(action: Callable[[], object]) -> None:
        with qtbot.waitSignal(dialog.summary_loaded):
            action()

    qtbot.waitUntil(lambda: not dialog.loading())
    assert dialog.period() == (datetime(2025, 3, 12), datetime(2025, 3, 13))
    model = dialog.method_model
    assert model.methods() == ["cash", "wechat", "alipay", "stored_value"]
    # (sales, top-ups, refunds, paid out, net)
    assert model.method_row("cash") == (13000, 0, -3000, -5000, 5000)  # 100 + 30 - 30 - 50
    assert model.method_row("wechat") == (5000, 0, 0, 0, 5000)
    assert model.method_row("alipay") == (0, 50000, 0, 0, 50000)
    assert model.method_row("stored_value") == (8800, 0, 0, 0, 8800)  # not money in the till
    cash = model.index(0, 4)
    assert cash.data() == "-¥50.00"
    assert model.index(0, 5).data() == "¥50.00"
    summary = dialog.summary
    assert summary is not None
    assert (summary.sales, summary.sales_total_fen) == (3, 26800)
    assert (summary.top_ups, summary.top_ups_fen, summary.bonus_given_fen) == (1, 50000, 5000)
    assert (summary.refunds, summary.refunds_fen, summary.withdrawals_fen) == (1, 3000, 5000)
    assert dialog.sales_figure.value.text() == "¥268.00"
    assert dialog.top_ups_figure.detail.text() == "1 top-up · bonus ¥50.00"
    assert dialog.values["sv_spent"].text() == "¥88.00"
    # The opening float is counted into the drawer.
    assert dialog.cash_figure.value.text() == "¥50.00"
    dialog.float_spin.setValue(200)
    assert dialog.cash_expected_fen() == 25000
    assert dialog.cash_figure.value.text() == "¥250.00"
    # One member of staff: only what 小李 served (sale A).
    wait(lambda: dialog.set_staff(shop.cashier_id))
    assert model.methods() == ["cash", "wechat"]
    assert model.method_row("cash") == (10000, 0, 0, 0, 10000)
    assert dialog.cash_figure.value.text() == "¥300.00"
    assert dialog.staff_model.rowCount() == 1 and dialog.staff_model.row(0).staff_name == "小李"
    # Yesterday, and a shift since noon (the refund, C and the withdrawal).
    wait(lambda: dialog.set_staff(None))
    wait(lambda: dialog.period_combo.setCurrentIndex(dialog.period_combo.findData("yesterday")))
    assert model.methods() == ["alipay"] and dialog.summary.sales == 1  # type: ignore[union-attr]
    wait(lambda: dialog.set_period(datetime(2025, 3, 12, 12, 0)))
    assert not dialog.to_edit.isEnabled()
    assert model.method_row("cash") == (0, 0, -3000, -5000, -8000)
    assert dialog.summary.sales == 1  # type: ignore[union-attr]
    # Saved as a PDF with what is on screen.
    wait(lambda: dialog.set_period(datetime(2025, 3, 12), datetime(2025, 3, 13)))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("A4"))
    pdf = dialog.save_pdf(tmp_path / "shift.pdf")
    assert pdf is not None and pdf.exists()
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "测试门店" in text
    assert "250.00" in text and "Cash expected in the drawer" in text
    assert "Opening float" in text and "200.00" in text


def test_period_dates() -> None:
    wednesday = date(2025, 3, 12)
    assert period_dates("today", wednesday) == (wednesday, wednesday)
    assert period_dates("yesterday", wednesday) == (date(2025, 3, 11), date(2025, 3, 11))
    assert period_dates("week", wednesday) == (date(2025, 3, 10), wednesday)
    assert period_dates("month", wednesday) == (date(2025, 3, 1), wednesday)


def test_the_model_fetches_only_the_pages_it_shows(shop: Shop, now: list[datetime]) -> None:
    for n in range(5):
        now[0] = NOW.replace(hour=9, minute=n)
        _sell(shop, None, [(shop.brow, 1)], [("cash", 3000)])
    model = SaleTableModel(shop.ctx, page_size=2, max_pages=2)
    model.set_filter(SaleFilter(start=datetime(2025, 3, 12), end=datetime(2025, 3, 13)))
    assert model.rowCount() == 5 and model.page_fetches == 0
    assert model.index(0, Column.TIME).data() == "09:04"
    assert model.page_fetches == 1
    assert model.index(4, Column.TIME).data() == "09:00"
    assert model.page_fetches == 2 and model.cached_pages() == [0, 2]
    model.index(2, Column.TIME).data()
    assert model.cached_pages() == [2, 1]  # page 0 dropped: at most two kept


def test_a_screenshot_at_the_usual_size(
    qtbot: QtBot, tmp_path: Path, shop: Shop, day: dict[str, SaleInfo]
) -> None:
    screen = _screen(qtbot, shop.ctx)
    screen.select_sale(day["a"].sale_id)
    image = screen.grab().toImage()
    assert (image.width(), image.height()) == (1200, 760)
    assert image.save(str(tmp_path / "sales.png"))
    assert not screen.table.isColumnHidden(Column.NOTE)
    staff = [screen.staff_combo.itemText(i) for i in range(screen.staff_combo.count())]
    assert staff == ["All staff", "王店长", "小李"]
