"""The owner's promotions screen: a promotion added in its form shows in the list and the till
applies it; switched off, it no longer does; a coupon added and given to a member lands in
their wallet; a top-up gift is added; a cashier sees the lists and who may change them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain.promotions.offers import CouponKind, CouponTemplate
from storecrm.gui.app import create_application
from storecrm.gui.screens.promotions import PromotionsScreen
from storecrm.gui.screens.promotions.forms import (
    CouponTemplateDialog,
    PromotionDialog,
    TopUpGiftDialog,
)
from storecrm.services import sales
from storecrm.services.dto import LineDraft, PaymentDraft, SaleDraft
from storecrm.services.promotions import catalogue, coupons
from storecrm.services.session import StoreContext
from tests.gui.test_sale_dialog import item_id, stock, zhang

CTRL = Qt.KeyboardModifier.ControlModifier


def screen_of(qtbot: QtBot, ctx: StoreContext) -> PromotionsScreen:
    create_application("en")
    screen = PromotionsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_a_promotion_added_in_its_form_applies_at_the_till_until_switched_off(
    qtbot: QtBot, owner: StoreContext
) -> None:
    stock(owner)
    screen = screen_of(qtbot, owner)
    tab = screen.promotions_tab
    dialog = tab.add()
    assert isinstance(dialog, PromotionDialog)
    qtbot.keyClicks(dialog.name_edit, "Weekend 300-50")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("amount_off"))
    qtbot.keyClicks(dialog.threshold_edit, "300")
    qtbot.keyClicks(dialog.off_edit, "50")
    dialog.with_tier_box.setChecked(False)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.texts(0) == ["Weekend 300-50"]
    assert tab.model.texts(2) == ["Spend ¥300.00, ¥50.00 off"]
    draft = SaleDraft(None, (LineDraft("item", 1, item_id=item_id(owner, "烫发")),), ())
    assert [s.amount_fen for s in owner.call(sales.quote_sale, draft).savings] == [5000]
    owner.call(sales.record_sale, replace(draft, payments=(PaymentDraft("cash", 33800),)))
    tab.reload()
    assert tab.model.texts(7) == ["¥50.00"]  # what it cost this month
    # Too much off is refused in the form, with the reason, and nothing is saved.
    tab.table.selectRow(0)
    dialog = tab.edit()
    assert isinstance(dialog, PromotionDialog)
    dialog.off_edit.setText("400")
    dialog.submit()
    assert "at most the threshold" in dialog.error.text() and dialog.isVisible()
    dialog.reject()
    tab.table.selectRow(0)
    tab.toggle_button.click()
    qtbot.waitUntil(lambda: tab.model.texts(6) == ["Inactive"])
    assert owner.call(sales.quote_sale, draft).savings == ()


def test_a_coupon_added_and_given_to_a_member_is_in_their_wallet(
    qtbot: QtBot, owner: StoreContext
) -> None:
    stock(owner)
    screen = screen_of(qtbot, owner)
    tab = screen.coupons_tab
    dialog = tab.add()
    assert isinstance(dialog, CouponTemplateDialog)
    qtbot.keyClicks(dialog.name_edit, "20 off 200")
    qtbot.keyClicks(dialog.min_edit, "200")
    qtbot.keyClicks(dialog.off_edit, "20")
    dialog.submit()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.texts(4) == ["30 days from issue"]
    tab.table.selectRow(0)
    tab.issue_button.click()
    picker = tab.picker
    assert picker is not None
    qtbot.waitExposed(picker)
    qtbot.keyClicks(picker.search_edit, "13812345678")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    (coupon,) = owner.call(coupons.wallet, zhang(owner))
    assert coupon.name == "20 off 200"
    assert "Coupons still owed: 1, worth ¥20.00" in tab.owed.text()


def test_a_top_up_gift_is_added(qtbot: QtBot, owner: StoreContext) -> None:
    stock(owner)
    screen = screen_of(qtbot, owner)
    tab = screen.gifts_tab
    dialog = tab.add()
    assert isinstance(dialog, TopUpGiftDialog)
    qtbot.keyClicks(dialog.name_edit, "Top up 1000")
    qtbot.keyClicks(dialog.threshold_edit, "1000")
    dialog.points_spin.setValue(500)
    dialog.plan_combo.setCurrentIndex(1)
    dialog.submit()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.texts(2) == ["a card, 500 points"]


def test_a_cashier_sees_the_lists_but_not_the_buttons(qtbot: QtBot, cashier: StoreContext) -> None:
    screen = screen_of(qtbot, cashier)
    for tab in (screen.promotions_tab, screen.coupons_tab, screen.gifts_tab):
        assert not tab.add_button.isVisibleTo(screen) and tab.note.isVisibleTo(tab)
        assert tab.add() is None
    assert not screen.coupons_tab.owed.isVisibleTo(screen.coupons_tab)
    QApplication.processEvents()


def test_the_coupons_of_a_kind_export_for_sms_in_the_background(
    qtbot: QtBot, owner: StoreContext, tmp_path: Path
) -> None:
    stock(owner)
    template = owner.call(
        catalogue.save_template,
        CouponTemplate(0, "10 off", CouponKind.VOUCHER, off_fen=1000, valid_days=9),
    )
    owner.call(coupons.issue_coupons, template.id, [zhang(owner)])  # no marketing consent
    screen = screen_of(qtbot, owner)
    tab = screen.coupons_tab
    tab.table.selectRow(0)
    task = tab.export(tmp_path / "sms.xlsx")
    assert task is not None
    qtbot.waitUntil(lambda: bool(tab.export_message), timeout=10000)
    assert "0 coupons written" in tab.export_message
    assert "1 left out: no consent" in tab.export_message
    assert (tmp_path / "sms.xlsx").exists()


def test_the_owner_chooses_whether_a_refund_returns_coupons(
    qtbot: QtBot, owner: StoreContext
) -> None:
    from storecrm.services.promotions import till as till_offers

    screen = screen_of(qtbot, owner)
    box = screen.coupons_tab.return_box
    assert box.isVisibleTo(screen.coupons_tab) and box.isChecked()
    box.setChecked(False)
    assert owner.call(till_offers.get_returns_on_refund) is False
