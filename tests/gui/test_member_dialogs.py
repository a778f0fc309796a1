"""The member's money at the counter: top-up with the bonus rule, paying stored value back,
a full refund (void), gifts for points, and the manager's approval.

The shop and the member 张三 are those of ``test_sale_dialog`` (``stock``): 金卡 pays 88%,
充500送50, a cashier needs a manager above ¥200.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from storecrm.gui.app import create_application
from storecrm.gui.bus import store_bus
from storecrm.gui.format import short_yuan
from storecrm.gui.names import discount_text
from storecrm.gui.screens.member_dialogs import (
    ApprovalDialog,
    GiftDialog,
    RefundDialog,
    TopUpDialog,
    WithdrawDialog,
)
from storecrm.services import membership, sales, session
from storecrm.services.dto import LineDraft, PaymentDraft, SaleDraft
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD
from tests.gui.test_sale_dialog import item_id, show, stock, zhang

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def store_dir(store_dir: Path) -> Path:
    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    stock(ctx)
    ctx.sign_out()
    return store_dir


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


def balances(ctx: StoreContext, cid: int) -> tuple[int, int, int]:
    b = ctx.call(membership.member_summary, cid).balances
    return b.principal_fen, b.bonus_fen, b.points


def test_a_top_up_shows_the_bonus_and_the_balances_after(qtbot: QtBot, owner: StoreContext) -> None:
    cid = zhang(owner)
    dialog = TopUpDialog(owner, cid)
    show(qtbot, dialog)
    assert dialog.member_label.text() == "张三  ·  138****5678  ·  金卡 12% off"
    assert dialog.bonus_label.text() == "None (from ¥500.00: Top up 500, get 50 free)"
    qtbot.keyClicks(dialog.amount_edit, "499.99")
    assert dialog.bonus() == 0
    dialog.amount_edit.clear()
    qtbot.mouseClick(dialog.rule_buttons[0], Qt.MouseButton.LeftButton)  # 充500送50
    assert dialog.amount_edit.text() == "500"
    assert dialog.bonus_label.text() == "¥50.00  (Top up 500, get 50 free)"
    after = dialog.balances.after
    assert (after["principal"].text(), after["bonus"].text()) == ("¥500.00", "¥50.00")
    assert dialog.balances.before["stored_value"].text() == "¥0.00"
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("wechat"))
    dialog.note_edit.insert("开卡")
    changed: list[str] = []
    store_bus().changed.connect(changed.append)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    info = dialog.recorded
    assert info is not None and info.kind == "top_up" and info.total_fen == 50000
    assert [(p.method, p.amount_fen) for p in info.payments] == [("wechat", 50000)]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "membership" in changed and "sales" in changed
    store_bus().changed.disconnect(changed.append)
    assert balances(owner, cid) == (50000, 5000, 0)
    ledger = owner.call(membership.ledger, cid)
    assert [(e.account, e.kind, e.delta) for e in ledger] == [
        ("principal", "top_up", 50000),
        ("bonus", "top_up", 5000),
    ]


def test_a_top_up_refuses_what_is_not_money(qtbot: QtBot, owner: StoreContext) -> None:
    dialog = TopUpDialog(owner, zhang(owner))
    show(qtbot, dialog)
    qtbot.keyClicks(dialog.amount_edit, "5OO")  # letter O typed for zeros
    assert dialog.amount_edit.property("error") is True
    assert dialog.save() is False
    assert dialog.error.text() == "The amount must be between ¥0.01 and ¥10,000,000.00."
    assert dialog.recorded is None and dialog.isVisible()


def test_paying_back_needs_a_reason_and_can_forfeit_the_bonus(
    qtbot: QtBot, owner: StoreContext
) -> None:
    cid = zhang(owner)
    owner.call(membership.top_up, cid, 50000, "cash")  # ¥500 + ¥50 bonus
    dialog = WithdrawDialog(owner, cid)
    show(qtbot, dialog)
    assert dialog.amount_edit.placeholderText() == "at most ¥500.00"
    qtbot.keyClicks(dialog.amount_edit, "100")
    assert dialog.balances.after["principal"].text() == "¥400.00"
    assert dialog.balances.after["bonus"].text() == "¥50.00"  # bonus is never paid out
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert dialog.recorded is None and dialog.error.text() == "Give a reason."
    assert dialog.focusWidget() is dialog.reason_edit
    dialog.reason_edit.insert("搬家")
    dialog.forfeit_check.setChecked(True)
    assert dialog.balances.after["bonus"].text() == "¥0.00"
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    info = dialog.recorded
    assert info is not None and info.kind == "withdrawal" and info.total_fen == -10000
    assert balances(owner, cid) == (40000, 0, 0)
    ledger = owner.call(membership.ledger, cid)
    assert [(e.account, e.kind, e.delta) for e in ledger][-2:] == [
        ("principal", "withdrawal", -10000),
        ("bonus", "forfeit", -5000),
    ]


def test_more_than_the_principal_cannot_be_paid_back(qtbot: QtBot, owner: StoreContext) -> None:
    cid = zhang(owner)
    owner.call(membership.top_up, cid, 50000, "cash")
    dialog = WithdrawDialog(owner, cid)
    show(qtbot, dialog)
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert dialog.amount_edit.text() == "500.00"
    dialog.amount_edit.setText("550")  # principal and bonus: too much
    dialog.reason_edit.insert("退卡")
    assert dialog.save() is False
    assert (
        dialog.error.text()
        == "Only ¥500.00 of paid-in stored value can be paid back (¥550.00 asked)."
    )


def test_a_cashier_pays_back_a_large_amount_with_the_owners_approval(
    qtbot: QtBot, cashier: StoreContext
) -> None:
    cid = zhang(cashier)
    cashier.call(membership.top_up, cid, 50000, "cash")
    dialog = WithdrawDialog(cashier, cid)
    show(qtbot, dialog)
    qtbot.keyClicks(dialog.amount_edit, "300")
    dialog.reason_edit.insert("不想办了")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    approval = dialog.approval
    assert approval is not None and approval.isVisible() and dialog.recorded is None
    # A cashier cannot approve, not even their own withdrawal.
    qtbot.keyClicks(approval.username_edit, CASHIER)
    qtbot.keyClicks(approval.password_edit, CASHIER_PASSWORD)
    qtbot.keyClick(approval.password_edit, Qt.Key.Key_Return)
    assert approval.isVisible()
    assert approval.error.text() == (
        "Your role does not allow you to approve refunds and withdrawals above the limit. "
        "Ask the store owner."
    )
    approval.username_edit.setText(OWNER)
    qtbot.keyClicks(approval.password_edit, OWNER_PASSWORD)
    qtbot.mouseClick(approval.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.recorded is not None)
    info = dialog.recorded
    assert info is not None and info.approved_by_name == "王店长" and info.total_fen == -30000
    assert balances(cashier, cid) == (20000, 5000, 0)


def test_a_full_refund_is_the_default_and_gives_everything_back(
    qtbot: QtBot, owner: StoreContext
) -> None:
    cid = zhang(owner)
    owner.call(membership.top_up, cid, 50000, "cash")  # ¥500 + ¥50
    cut = item_id(owner, "剪发")
    shampoo = item_id(owner, "洗发水")
    draft = SaleDraft(
        cid,
        (LineDraft("item", 1, item_id=cut), LineDraft("item", 1, item_id=shampoo)),
        (PaymentDraft("stored_value", 5500), PaymentDraft("cash", 7964)),  # ¥134.64
    )
    sale = owner.call(sales.record_sale, draft)
    before_sale = (50000, 5000, 0)
    assert balances(owner, cid) != before_sale

    dialog = RefundDialog(owner, sale.sale_id)
    show(qtbot, dialog)
    assert [s.value() for s in dialog.spins.values()] == [1, 1]
    assert dialog.total_label.text() == "Refund: ¥134.64"
    assert dialog.methods_label.text() == "Cash  ¥79.64"
    assert dialog.stored_label.text() == "¥55.00 (paid in ¥50.00, bonus ¥5.00)"
    assert dialog.points_label.text() == "134 earned taken back"
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    assert not dialog.ok_button.isEnabled() and dialog.error.text() == "Choose what to refund."
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert dialog.ok_button.isEnabled()
    dialog.reason_edit.insert("收银错误")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    back = dialog.recorded
    assert back is not None and back.total_fen == -13464 and back.refund_of_no == sale.no
    assert balances(owner, cid) == before_sale
    assert owner.call(sales.get_sale, sale.sale_id).refundable_fen == 0

    again = RefundDialog(owner, sale.sale_id)  # nothing is left to refund
    show(qtbot, again)
    assert [s.isEnabled() for s in again.spins.values()] == [False, False]
    assert not again.ok_button.isEnabled()
    assert again.save() is False


def test_a_gift_for_points(qtbot: QtBot, owner: StoreContext) -> None:
    cid = zhang(owner)
    perm = item_id(owner, "烫发")
    draft = SaleDraft(cid, (LineDraft("item", 1, item_id=perm),), (PaymentDraft("cash", 34144),))
    owner.call(sales.record_sale, draft)  # ¥341.44 → 341 points
    dialog = GiftDialog(owner, cid)
    show(qtbot, dialog)
    assert [g.name for g in dialog.gifts] == ["护手霜"]
    assert dialog.balances.before["points"].text() == "341"
    assert dialog.balances.after["points"].text() == "141"  # 护手霜 costs 200
    dialog.qty_spin.setValue(2)  # 400 points: too many
    assert dialog.error.text() == "Not enough points: 341 available, 400 needed."
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert dialog.recorded is None
    dialog.qty_spin.setValue(1)
    assert dialog.ok_button.isEnabled() and dialog.error.text() == ""
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    info = dialog.recorded
    assert info is not None and info.kind == "gift"
    assert balances(owner, cid)[2] == 141
    assert owner.call(membership.ledger, cid)[-1].delta == -200


def test_the_approval_stays_open_on_a_wrong_password(qtbot: QtBot, owner: StoreContext) -> None:
    dialog = ApprovalDialog(owner, 30000)
    show(qtbot, dialog)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # nothing typed
    assert dialog.isVisible() and dialog.error.text() == "This field is required."
    qtbot.keyClicks(dialog.username_edit, OWNER)
    qtbot.keyClicks(dialog.password_edit, "not-it")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.approver is None
    assert dialog.error.text() == "The user name or password is not correct."
    qtbot.keyClicks(dialog.password_edit, OWNER_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.approver is not None and dialog.approver.username == OWNER


def test_discounts_and_prices_as_the_shop_says_them() -> None:
    assert discount_text(880) == "12% off"
    assert discount_text(850) == "15% off"
    assert discount_text(1000) == "No discount"
    assert short_yuan(50000) == "500" and short_yuan(8850) == "88.5" and short_yuan(8855) == "88.55"
