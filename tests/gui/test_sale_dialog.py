"""The till as a cashier uses it, with the keyboard: look the member up, add the usual items,
split the payment, record, refund part of it; walk-ins with change; cards; mistakes shown.

The shop (``stock``, made by the owner before anyone signs in): 剪发 ¥88.00 (service),
洗发水 ¥65.00, 烫发 ¥388.00 (service), 护手霜 ¥30.00 (a gift for 200 points), the card plan
剪发10次卡 (10 cuts, ¥500, 365 days); the tier 金卡 pays 88%; 充500送50; a cashier needs a
manager above ¥200 per refund. The member 张三 (13812345678, card 88001234) is in 金卡.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from storecrm.domain.customer import CustomerDraft
from storecrm.domain.membership import MembershipRules, Tier, TopUpBonus
from storecrm.gui.app import create_application
from storecrm.gui.format import parse_yuan
from storecrm.gui.screens.member_dialogs import ApprovalDialog, RefundDialog
from storecrm.gui.screens.till import SaleDialog
from storecrm.services import catalogue, customers, membership, sales, session
from storecrm.services.dto import CardPlanDraft, ItemDraft, LineDraft, PaymentDraft, SaleDraft
from storecrm.services.session import StoreContext
from tests.conftest import OWNER, OWNER_PASSWORD

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def stock(ctx: StoreContext) -> None:
    def item(name: str, price: int, **kw: object) -> int:
        draft = ItemDraft(name=name, price_fen=price, **kw)  # type: ignore[arg-type]
        return ctx.call(catalogue.save_item, draft).item_id

    cut = item("剪发", 8800, kind="service")
    item("洗发水", 6500)
    item("烫发", 38800, kind="service")
    item("护手霜", 3000, points_cost=200)
    ctx.call(catalogue.save_card_plan, CardPlanDraft("剪发10次卡", "count", 50000, 10, 365, cut))
    gold = ctx.call(membership.save_tier, Tier(0, "金卡", 1, 880))
    ctx.call(membership.set_rules, MembershipRules(top_up_bonuses=(TopUpBonus(50000, 5000),)))
    draft = CustomerDraft(name="张三", phone="13812345678", card_no="88001234")
    customer = ctx.call(customers.create_customer, draft).customer_id
    ctx.call(membership.set_member_tier, customer, gold.tier_id)


@pytest.fixture
def store_dir(store_dir: Path) -> Path:
    """The conftest store, stocked by the owner (so the cashier fixture finds it stocked too)."""
    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    stock(ctx)
    ctx.sign_out()
    return store_dir


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


def zhang(ctx: StoreContext) -> int:
    return ctx.call(customers.search_customers, "13812345678")[0].customer_id


def item_id(ctx: StoreContext, name: str) -> int:
    return next(i.item_id for i in ctx.call(catalogue.list_items) if i.name == name)


def show(qtbot: QtBot, dialog: QWidget) -> None:
    """Shown and active: the shortcuts work in the active window only."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def till(qtbot: QtBot, ctx: StoreContext, customer_id: int | None = None) -> SaleDialog:
    dialog = SaleDialog(ctx, customer_id)
    show(qtbot, dialog)
    return dialog


def pick_zhang(qtbot: QtBot, dialog: SaleDialog, typed: str = "5678") -> None:
    qtbot.keyClicks(dialog.member_search, typed)
    qtbot.keyClick(dialog.member_search, Qt.Key.Key_Return)
    assert dialog.member is not None and dialog.member.name == "张三"


def add(qtbot: QtBot, dialog: SaleDialog, typed: str) -> None:
    qtbot.keyClicks(dialog.item_search, typed)
    qtbot.keyClick(dialog.item_search, Qt.Key.Key_Return)


def lines(dialog: SaleDialog) -> list[tuple[str, str, str]]:
    """(description, qty, amount) of each line, as the table shows them."""
    model = dialog.model
    return [
        (
            model.index(row, model.DESCRIPTION).data(),
            model.index(row, model.QTY).data(),
            model.index(row, model.AMOUNT).data(),
        )
        for row in range(model.rowCount())
    ]


# -- the done-when ------------------------------------------------------------------------
def test_member_pays_by_stored_value_and_wechat_then_one_line_is_refunded(
    qtbot: QtBot, owner: StoreContext
) -> None:
    cid = zhang(owner)
    owner.call(membership.top_up, cid, 50000, "cash")  # ¥500 paid in + ¥50 bonus (充500送50)

    dialog = till(qtbot, owner)
    assert dialog.focusWidget() is dialog.member_search
    pick_zhang(qtbot, dialog)
    panel = dialog.member_panel
    assert panel.name_label.text() == "张三"
    assert panel.contact_label.text().startswith("138****5678")
    assert panel.tier_badge.text() == "金卡 · 12% off"
    assert panel.balances.before["principal"].text() == "¥500.00"
    assert panel.balances.before["bonus"].text() == "¥50.00"
    assert dialog.focusWidget() is dialog.item_search

    add(qtbot, dialog, "jf")  # 剪发 by its pinyin initials: ¥88.00 at 88% = ¥77.44
    add(qtbot, dialog, "xfs")  # 洗发水 ¥65.00 at 88% = ¥57.20
    qtbot.keyClick(dialog, Qt.Key.Key_Equal, CTRL)  # one more 洗发水: ¥114.40
    assert lines(dialog) == [("剪发", "1", "¥77.44"), ("洗发水", "2", "¥114.40")]
    assert dialog.totals["total"].text() == "¥191.84"
    assert dialog.totals["discount"].text().startswith("-¥26.16")

    qtbot.keyClick(dialog, Qt.Key.Key_F9)  # stored value: all that is due (the balance covers it)
    stored = dialog.payment_rows[0]
    assert stored.amount_edit.text() == "191.84"
    assert dialog.focusWidget() is stored.amount_edit and stored.amount_edit.hasSelectedText()
    qtbot.keyClicks(stored.amount_edit, "100")  # only ¥100 of it from stored value
    assert dialog.totals["due"].text() == "¥91.84"
    qtbot.keyClick(dialog, Qt.Key.Key_F6)  # WeChat: the rest
    assert [(r.method, r.amount_edit.text()) for r in dialog.payment_rows] == [
        ("stored_value", "100.00"),
        ("wechat", "91.84"),
    ]
    assert dialog.totals["due"].text() == "¥0.00" and dialog.problem_texts() == []
    # Live: ¥100 of stored value comes out of principal and bonus in proportion (500 : 50).
    assert panel.balances.after["principal"].text() == "¥409.09"
    assert panel.balances.after["bonus"].text() == "¥40.91"

    with qtbot.waitSignal(dialog.sale_recorded):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    sale = dialog.recorded
    assert sale is not None and sale.total_fen == 19184 and sale.customer_id == cid
    assert {(p.method, p.amount_fen) for p in sale.payments} == {
        ("stored_value", 10000),
        ("wechat", 9184),
    }
    # The member panel now shows the balances after the sale, as recorded.
    assert panel.balances.before["stored_value"].text() == "¥550.00"
    assert panel.balances.after["stored_value"].text() == "¥450.00"
    assert panel.balances.after["principal"].text() == "¥409.09"
    assert panel.balances.after["bonus"].text() == "¥40.91"
    assert panel.balances.after["points"].text() == "191"  # ¥191.84 paid → 191 points
    assert dialog.done_label.text() == f"Sale {sale.no} recorded."

    ledger = owner.call(membership.ledger, cid)
    assert [(e.account, e.kind, e.delta) for e in ledger if e.sale_no == sale.no] == [
        ("principal", "sale", -9091),
        ("bonus", "sale", -909),
        ("points", "earn", 191),
    ]
    timeline = owner.call(customers.timeline, cid)
    assert any(e.kind == "sale" and e.sale_id == sale.sale_id for e in timeline)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # recorded: closes without asking
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted

    # Refund the cut (剪发, ¥77.44) and keep the shampoo.
    refund = RefundDialog(owner, sale.sale_id)
    show(qtbot, refund)
    cut_line, shampoo_line = sale.lines
    assert refund.spins[cut_line.line_id].value() == 1  # everything by default (a void)
    assert refund.spins[shampoo_line.line_id].value() == 2
    assert refund.total_label.text() == "Refund: ¥191.84"
    spin = refund.spins[shampoo_line.line_id]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, "0")
    assert refund.total_label.text() == "Refund: ¥77.44"
    # ¥77.44 goes back as it was paid: 100 : 91.84 → ¥40.37 stored value, ¥37.07 WeChat;
    # the stored value as it was spent (9091 : 909) → ¥36.70 principal, ¥3.67 bonus;
    # the points earned in proportion: 191 × 77.44 / 191.84 → 77 taken back.
    assert refund.methods_label.text() == "WeChat Pay  ¥37.07"
    assert refund.stored_label.text() == "¥40.37 (paid in ¥36.70, bonus ¥3.67)"
    assert refund.points_label.text() == "77 earned taken back"
    assert not refund.approval_label.isVisible()
    qtbot.keyClick(refund, Qt.Key.Key_Return, CTRL)  # no reason yet: refused
    assert refund.recorded is None and refund.error.text() == "Give a reason."
    refund.reason_edit.insert("顾客不满意")
    qtbot.keyClick(refund, Qt.Key.Key_Return, CTRL)
    back = refund.recorded
    assert back is not None and back.kind == "refund" and back.total_fen == -7744
    assert not refund.isVisible()

    ledger = owner.call(membership.ledger, cid)
    assert [(e.account, e.kind, e.delta) for e in ledger if e.sale_no == back.no] == [
        ("principal", "refund", 3670),
        ("bonus", "refund", 367),
        ("points", "refund", -77),
    ]
    last = {e.account: e.balance_after for e in ledger}
    assert last == {"principal": 44579, "bonus": 4458, "points": 114}
    assert owner.call(sales.get_sale, sale.sale_id).lines[0].refunded_qty == 1

    # On screen: the member's next visit starts from those balances.
    again = till(qtbot, owner, cid)
    balances = again.member_panel.balances.before
    assert balances["principal"].text() == "¥445.79"
    assert balances["bonus"].text() == "¥44.58"
    assert balances["points"].text() == "114"
    assert any(e.kind == "refund" for e in owner.call(customers.timeline, cid))


def test_a_walk_in_pays_cash_and_gets_change(
    qtbot: QtBot, owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[tuple[object, ...]] = []

    def print_receipt(
        parent: object, sale: object, store_name: str, *, cash_tendered_fen: int | None = None
    ) -> bool:
        printed.append((parent, sale, store_name, cash_tendered_fen))
        return True

    monkeypatch.setattr("storecrm.gui.printing.print_receipt", print_receipt)
    dialog = till(qtbot, owner)
    assert dialog.walk_in_button.isChecked() and dialog.member is None
    assert not dialog.method_buttons["stored_value"].isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_F3)
    assert dialog.focusWidget() is dialog.item_search
    qtbot.keyClicks(dialog.item_search, "88.5")
    assert dialog.item_hint.text() == "Enter adds an amount of ¥88.50"
    qtbot.keyClick(dialog.item_search, Qt.Key.Key_Return)
    assert lines(dialog) == [("Amount", "1", "¥88.50")]
    assert dialog.item_search.text() == ""
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    cash = dialog.payment_rows[0]
    assert cash.amount_edit.text() == "88.50"
    qtbot.keyClicks(cash.amount_edit, "100")  # the customer hands over ¥100
    assert dialog.totals["change"].text() == "¥11.50"
    assert dialog.complete_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    sale = dialog.recorded
    assert sale is not None and sale.customer_id is None and sale.total_fen == 8850
    assert [(p.method, p.amount_fen) for p in sale.payments] == [("cash", 8850)]  # change kept out
    assert dialog.done_label.text() == f"Sale {sale.no} recorded.  Give back ¥11.50 change."
    assert dialog.next_button.isVisible() and not dialog.complete_button.isVisible()
    assert dialog.print_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_P, CTRL)
    assert printed == [(dialog, sale, "测试门店", 10000)]  # the receipt shows the ¥100 handed over

    qtbot.keyClick(dialog, Qt.Key.Key_N, CTRL)  # the next customer
    assert not dialog.finished_sale and dialog.model.rowCount() == 0 and not dialog.payment_rows
    assert dialog.totals["total"].text() == "¥0.00"
    assert dialog.focusWidget() is dialog.member_search
    assert dialog.recorded is sale  # the last recorded sale stays known


def test_keyboard_only_the_usual_purchase(qtbot: QtBot, owner: StoreContext) -> None:
    cid = zhang(owner)
    owner.call(membership.top_up, cid, 50000, "wechat")
    cut = item_id(owner, "剪发")
    draft = SaleDraft(cid, (LineDraft("item", 1, item_id=cut),), (PaymentDraft("cash", 7744),))
    owner.call(sales.record_sale, draft)  # last visit: a cut

    dialog = till(qtbot, owner)
    qtbot.keyClicks(dialog.member_search, "zhangsan")  # pinyin
    qtbot.keyClick(dialog.member_search, Qt.Key.Key_Return)
    assert dialog.member is not None and dialog.member.customer_id == cid
    assert dialog.usual_buttons[0].isVisible() and dialog.usual_buttons[0].text() == "1  剪发"
    assert "Alt+1" in dialog.usual_buttons[0].toolTip()
    qtbot.keyClick(dialog, Qt.Key.Key_1, ALT)  # the usual cut
    qtbot.keyClick(dialog, Qt.Key.Key_F9)  # paid from stored value
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    sale = dialog.recorded
    assert sale is not None
    assert [(x.description, x.qty, x.amount_fen) for x in sale.lines] == [("剪发", 1, 7744)]
    assert [(p.method, p.amount_fen) for p in sale.payments] == [("stored_value", 7744)]
    # Alt+2 has no usual item: nothing happens (and nothing breaks).
    qtbot.keyClick(dialog, Qt.Key.Key_2, ALT)
    assert len(sale.lines) == 1


def test_usual_items_keep_their_keys_and_leave_out_refunds(
    qtbot: QtBot, owner: StoreContext
) -> None:
    """剪发 on two visits, 烫发 on three that were all refunded: Alt+1 is 剪发 (烫发 was never
    kept). Then 洗发水 three times at the till, more than 剪发: it joins the keys, and 剪发
    stays on Alt+1 after every one of those sales (domain/usual_items.py)."""
    cid = zhang(owner)
    cut, perm = item_id(owner, "剪发"), item_id(owner, "烫发")
    for _ in range(2):
        draft = SaleDraft(cid, (LineDraft("item", 1, item_id=cut),), (PaymentDraft("cash", 7744),))
        owner.call(sales.record_sale, draft)
    for _ in range(3):
        draft = SaleDraft(
            cid, (LineDraft("item", 1, item_id=perm),), (PaymentDraft("cash", 34144),)
        )
        sold = owner.call(sales.record_sale, draft)
        owner.call(sales.refund_sale, sold.sale_id, None, "染坏了")

    dialog = till(qtbot, owner, cid)
    assert [b.text() for b in dialog.usual_buttons if b.isVisible()] == ["1  剪发"]
    for visit in range(3):
        add(qtbot, dialog, "xfs")  # 洗发水, ¥57.20
        qtbot.keyClick(dialog, Qt.Key.Key_F5)
        qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
        assert dialog.recorded is not None
        qtbot.keyClick(dialog, Qt.Key.Key_N, CTRL)
        pick_zhang(qtbot, dialog)
        shown = [b.text() for b in dialog.usual_buttons if b.isVisible()]
        assert shown == ["1  剪发", "2  洗发水"], visit
    qtbot.keyClick(dialog, Qt.Key.Key_1, ALT)
    assert [d for d, _q, _a in lines(dialog)] == ["剪发"]


def test_a_walk_in_gets_the_stores_best_sellers(qtbot: QtBot, owner: StoreContext) -> None:
    shampoo = item_id(owner, "洗发水")
    for _ in range(2):
        draft = SaleDraft(
            None, (LineDraft("item", 1, item_id=shampoo),), (PaymentDraft("cash", 6500),)
        )
        owner.call(sales.record_sale, draft)
    dialog = till(qtbot, owner)
    assert dialog.member is None
    assert dialog.usual_caption.isVisible() and "Best sellers" in dialog.usual_caption.text()
    assert [b.text() for b in dialog.usual_buttons if b.isVisible()] == ["1  洗发水"]
    qtbot.keyClick(dialog, Qt.Key.Key_1, ALT)
    assert lines(dialog) == [("洗发水", "1", "¥65.00")]


def test_tab_enter_and_the_note_keep_the_cashier_on_the_keyboard(
    qtbot: QtBot, owner: StoreContext
) -> None:
    """Tab walks the till in reading order; Enter in a payment's amount or in the note goes
    back to the item search, so the next item can be typed at once."""
    dialog = till(qtbot, owner, zhang(owner))
    add(qtbot, dialog, "jf")
    cash = dialog.pay("cash")
    assert cash is not None and dialog.focusWidget() is cash.amount_edit
    qtbot.waitUntil(cash.amount_edit.isVisible)  # a row added to a shown layout shows next turn
    qtbot.keyClick(cash.amount_edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.item_search
    dialog.note_edit.setFocus()
    qtbot.keyClicks(dialog.note_edit, "VIP")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.item_search and dialog.recorded is None
    dialog.member_search.setFocus()
    order = [dialog.focusWidget()]
    for _ in range(30):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
        if order[-1] is dialog.complete_button:
            break
    expected = [
        dialog.member_search,
        dialog.walk_in_button,
        dialog.item_search,
        dialog.item_list,
        dialog.use_card_button,
        dialog.sell_card_button,
        dialog.lines_view,
        dialog.minus_button,
        dialog.plus_button,
        dialog.remove_button,
        *[b for b in dialog.method_buttons.values() if b.isVisible() and b.isEnabled()],
        cash.amount_edit,
        dialog.staff_combo,
        dialog.note_edit,
        dialog.cancel_button,
        dialog.complete_button,
    ]
    assert [w for w in order if w in expected] == [w for w in expected if w.isEnabled()]
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert dialog.recorded is not None and dialog.recorded.note == "VIP"


# -- more of the till ----------------------------------------------------------------------------
def test_quantity_keys_and_delete_in_the_list(qtbot: QtBot, owner: StoreContext) -> None:
    dialog = till(qtbot, owner, zhang(owner))
    assert dialog.focusWidget() is dialog.item_search
    dialog.item_search.insert("洗")  # a name fragment (QTest types ASCII only; an IME inserts)
    qtbot.keyClick(dialog.item_search, Qt.Key.Key_Return)  # 洗发水
    add(qtbot, dialog, "tf")  # 烫发
    add(qtbot, dialog, "jf")
    add(qtbot, dialog, "jf")  # the same item again: one line, two of it
    assert [(d, q) for d, q, _a in lines(dialog)] == [("洗发水", "1"), ("烫发", "1"), ("剪发", "2")]
    dialog.lines_view.setFocus()
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Minus)
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Minus)  # never below 1
    assert lines(dialog)[2][1] == "1"
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Plus)
    assert lines(dialog)[1] == ("烫发", "2", "¥682.88")  # 2 × ¥388 at 88%
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Delete)
    assert [d for d, _q, _a in lines(dialog)] == ["洗发水", "剪发"]
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Up)  # 洗发水
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_3)  # a digit edits the quantity
    editor = QApplication.focusWidget()
    assert editor is not dialog.lines_view
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lines(dialog)[0] == ("洗发水", "3", "¥171.60"))
    assert dialog.isVisible() and dialog.recorded is None  # Enter did not complete the sale
    dialog.lines_view.setFocus()
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Minus)
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Minus)
    assert dialog.totals["total"].text() == "¥134.64"  # ¥57.20 + ¥77.44
    qtbot.keyClick(dialog, Qt.Key.Key_Delete, CTRL)  # Ctrl+Del from anywhere
    assert len(lines(dialog)) == 1


def test_sell_a_card_then_use_it_next_time(qtbot: QtBot, owner: StoreContext) -> None:
    cid = zhang(owner)
    dialog = till(qtbot, owner, cid)
    assert not dialog.usable_cards()
    qtbot.keyClick(dialog, Qt.Key.Key_K, CTRL)  # no card yet
    assert dialog.problem_texts() == ["The member has no card with sessions left."]
    qtbot.keyClick(dialog, Qt.Key.Key_D, CTRL)  # sell a card: the plans in a menu
    menu = dialog.card_menu
    assert menu is not None and menu.isVisible()
    assert [a.text() for a in menu.actions()] == ["剪发10次卡 · 10 sessions · ¥500.00"]
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert lines(dialog) == [("剪发10次卡", "1", "¥500.00")]  # cards take no tier discount
    new_card = dialog.member_panel.balances.after["new:0"]
    assert new_card.text() == "10 left"
    qtbot.keyClick(dialog, Qt.Key.Key_F6)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert dialog.recorded is not None and dialog.recorded.total_fen == 50000

    qtbot.keyClick(dialog, Qt.Key.Key_N, CTRL)
    pick_zhang(qtbot, dialog, "88001234")  # the card number, as a card reader types it
    (only,) = dialog.usable_cards()
    add(qtbot, dialog, "jf")  # the cut, at ¥77.44 ...
    assert lines(dialog) == [("剪发", "1", "¥77.44")]
    qtbot.keyClick(dialog, Qt.Key.Key_K, CTRL)  # ... paid with the card (one card: no menu)
    assert lines(dialog) == [("剪发 · 剪发10次卡", "1", "¥0.00")]
    key = f"card:{only.card_id}"
    assert dialog.member_panel.balances.before[key].text() == "10 left"
    assert dialog.member_panel.balances.after[key].text() == "9 left"
    assert dialog.totals["total"].text() == "¥0.00" and dialog.complete_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)  # nothing to pay
    sale = dialog.recorded
    assert sale is not None and sale.lines[0].kind == "session" and sale.payments == ()
    assert dialog.member_panel.balances.after[key].text() == "9 left"


def test_points_pay_part_of_a_sale(qtbot: QtBot, owner: StoreContext) -> None:
    cid = zhang(owner)
    perm = item_id(owner, "烫发")
    draft = SaleDraft(cid, (LineDraft("item", 1, item_id=perm),), (PaymentDraft("cash", 34144),))
    owner.call(sales.record_sale, draft)  # ¥341.44 → 341 points
    dialog = till(qtbot, owner, cid)
    assert dialog.method_buttons["points"].isEnabled()  # 100 points buy ¥1 off (the default)
    add(qtbot, dialog, "jf")  # ¥77.44
    qtbot.keyClick(dialog, Qt.Key.Key_F10)  # all the points: ¥3.41
    points = dialog.payment_rows[0]
    assert points.amount_edit.text() == "3.41" and points.points_label.text() == "341 points"
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    assert dialog.payment_rows[1].amount_edit.text() == "74.03"
    # Points are earned on what was not paid with points: ¥74.03 → 74.
    assert dialog.totals["points"].text() == "+74 earned, −341 used"
    assert dialog.member_panel.balances.after["points"].text() == "74"
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    sale = dialog.recorded
    assert sale is not None
    assert {(p.method, p.amount_fen, p.points) for p in sale.payments} == {
        ("points", 341, 341),
        ("cash", 7403, 0),
    }
    assert owner.call(membership.member_summary, cid).balances.points == 74


def test_problems_are_shown_and_block_the_sale(qtbot: QtBot, owner: StoreContext) -> None:
    cid = zhang(owner)
    owner.call(membership.top_up, cid, 10000, "cash")  # ¥100, no bonus
    dialog = till(qtbot, owner)
    qtbot.keyClick(dialog, Qt.Key.Key_F9)  # stored value without a member
    assert dialog.problem_texts() == [
        "Stored value and points can only be used by a member; choose the member."
    ]
    assert not dialog.payment_rows
    pick_zhang(qtbot, dialog)
    add(qtbot, dialog, "tf")  # 烫发 ¥341.44
    qtbot.keyClick(dialog, Qt.Key.Key_F9)  # at most the balance
    row = dialog.payment_rows[0]
    assert row.amount_edit.text() == "100.00"
    qtbot.keyClicks(row.amount_edit, "400")  # more than the member has
    assert dialog.problem_texts() == [
        "Only cash can be more than the total; the other payments are ¥58.56 too much.",
        "Not enough stored value: ¥100.00 available, ¥400.00 needed.",
    ]
    assert not dialog.complete_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert dialog.recorded is None and not dialog.finished_sale
    qtbot.keyClicks(row.amount_edit, "abc")  # not money: marked, left out of the quote
    assert row.amount_edit.property("error") is True
    assert dialog.totals["paid"].text() == "¥0.00"
    qtbot.keyClick(dialog, Qt.Key.Key_Delete, CTRL)  # Ctrl+Del in a payment removes it
    assert not dialog.payment_rows
    assert dialog.problem_texts() == []  # "still due" alone is not shown as a problem


def test_escape_asks_before_discarding_a_sale(qtbot: QtBot, owner: StoreContext) -> None:
    dialog = till(qtbot, owner)
    add(qtbot, dialog, "20")
    qtbot.keyClick(dialog.item_search, Qt.Key.Key_Escape)  # empty box: Esc means close
    box = dialog.discard_box
    assert box is not None and box.isVisible() and dialog.isVisible()
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: dialog.discard_box is None)
    assert dialog.isVisible() and dialog.model.rowCount() == 1
    qtbot.keyClicks(dialog.item_search, "jf")
    qtbot.keyClick(dialog.item_search, Qt.Key.Key_Escape)  # first Esc clears the box
    assert dialog.item_search.text() == "" and dialog.discard_box is None
    dialog.reject()
    box = dialog.discard_box
    assert box is not None
    dialog.discard_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.recorded is None and dialog.result() == QDialog.DialogCode.Rejected


def test_an_empty_till_closes_without_asking(qtbot: QtBot, owner: StoreContext) -> None:
    dialog = till(qtbot, owner, zhang(owner))  # a member alone is not a sale
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.discard_box is None


def test_ctrl_w_drops_the_member(qtbot: QtBot, owner: StoreContext) -> None:
    dialog = till(qtbot, owner, zhang(owner))
    assert not dialog.walk_in_button.isChecked()
    add(qtbot, dialog, "jf")
    assert lines(dialog)[0][2] == "¥77.44"  # the member's 88%
    qtbot.keyClick(dialog, Qt.Key.Key_W, CTRL)
    assert dialog.member is None and dialog.walk_in_button.isChecked()
    assert dialog.member_stack.currentWidget() is dialog.walk_in_page
    assert lines(dialog)[0][2] == "¥88.00"  # full price for a walk-in
    qtbot.keyClick(dialog, Qt.Key.Key_W, CTRL)  # already walk-in: look a member up
    assert dialog.focusWidget() is dialog.member_search
    qtbot.keyClicks(dialog.member_search, "nobody")
    qtbot.keyClick(dialog.member_search, Qt.Key.Key_Return)
    assert dialog.member is None and dialog.no_hits.text() == "No member matches “nobody”."


def test_a_cashiers_large_refund_needs_a_managers_password(
    qtbot: QtBot, cashier: StoreContext
) -> None:
    dialog = till(qtbot, cashier)
    add(qtbot, dialog, "tf")  # 烫发 ¥388.00, walk-in
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    sale = dialog.recorded
    assert sale is not None and sale.total_fen == 38800
    dialog.close()

    refund = RefundDialog(cashier, sale.sale_id)
    show(qtbot, refund)
    assert refund.approval_label.isVisible()  # above the owner's ¥200 limit
    refund.reason_edit.insert("做坏了")
    qtbot.mouseClick(refund.ok_button, Qt.MouseButton.LeftButton)
    approval = refund.approval
    assert isinstance(approval, ApprovalDialog) and approval.isVisible()
    assert refund.recorded is None
    qtbot.keyClicks(approval.username_edit, OWNER)
    qtbot.keyClicks(approval.password_edit, "wrong-password")
    qtbot.keyClick(approval.password_edit, Qt.Key.Key_Return)
    assert approval.isVisible() and approval.approver is None
    assert approval.error.text() == "The user name or password is not correct."
    assert approval.password_edit.text() == ""
    qtbot.keyClicks(approval.password_edit, OWNER_PASSWORD)
    qtbot.keyClick(approval.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: refund.recorded is not None)
    back = refund.recorded
    assert back is not None and back.total_fen == -38800 and back.approved_by_name == "王店长"
    assert not approval.isVisible() and not refund.isVisible()


def test_amounts_are_read_as_people_type_them() -> None:
    assert parse_yuan("88") == 8800
    assert parse_yuan("88.5") == 8850
    assert parse_yuan(" ¥1,000.05 ") == 100005
    assert parse_yuan("８８") == 8800  # full-width digits from a Chinese IME
    assert parse_yuan(".5") == 50
    for bad in ("", "abc", "1.234", "-5", "1e3", "88 元 5"):
        assert parse_yuan(bad) is None
