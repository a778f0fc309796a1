"""The Membership screen as the owner and a cashier use it: tiers, the points and stored-value
rules, card plans and the catalogue, each added through its dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain.membership import PointsExpiry, Tier, TopUpBonus
from storecrm.gui.app import create_application
from storecrm.gui.bus import store_bus
from storecrm.gui.names import discount_text
from storecrm.gui.screens.membership_screen import (
    MembershipScreen,
    MoneyEdit,
    multiplier_text,
    validity_text,
)
from storecrm.services import catalogue, membership
from storecrm.services.dto import ItemDraft
from storecrm.services.session import StoreContext


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


def _screen(qtbot: QtBot, ctx: StoreContext) -> MembershipScreen:
    screen = MembershipScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    return screen


def _type(qtbot: QtBot, widget: object, text: str) -> None:
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def test_figures_read_the_way_the_shop_says_them() -> None:
    assert discount_text(880) == "12% off"
    assert discount_text(1000) == "No discount"
    create_application("zh_CN")  # a Chinese shop says how much the member pays: 八八折
    try:
        assert discount_text(880) == "8.8折"
        assert discount_text(900) == "9折"
        assert discount_text(885) == "8.85折"
        assert discount_text(1000) == "无折扣"
    finally:
        create_application("en")
    assert multiplier_text(1500) == "×1.5"
    assert multiplier_text(1000) == "×1"
    assert multiplier_text(10_000) == "×10"
    assert validity_text(None) == "No expiry"
    assert validity_text(365) == "1 year" and validity_text(730) == "2 years"
    assert validity_text(90) == "3 months" and validity_text(30) == "1 month"
    assert validity_text(45) == "45 days" and validity_text(1) == "1 day"


def test_money_is_typed_in_yuan_and_read_in_fen(qtbot: QtBot) -> None:
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "88.505")  # a third decimal is refused
    assert edit.text() == "88.50" and edit.fen() == 8850
    edit.clear()
    qtbot.keyClicks(edit, "12a3")
    assert edit.fen() == 123_00
    edit.clear()
    assert edit.fen() is None
    edit.set_fen(500_00)
    assert edit.text() == "500"
    edit.set_fen(19_90)
    assert edit.text() == "19.90"


def test_the_owner_adds_a_tier_through_the_dialog(qtbot: QtBot, owner: StoreContext) -> None:
    screen = _screen(qtbot, owner)
    tab = screen.tiers_tab
    assert tab.add_button.isVisible() and not tab.note.isVisible()
    with qtbot.waitSignal(store_bus().changed) as changed:
        dialog = tab.add()
        assert dialog is not None and dialog.isVisible()
        assert dialog.rank_spin.value() == 1
        dialog.name_edit.insert("金卡")  # an input method inserts the characters
        qtbot.keyClicks(dialog.name_edit, " VIP")
        _type(qtbot, dialog.discount_spin.lineEdit(), "88.5")
        assert (
            dialog.discount_preview.text() == "11.5% off"
        )  # members pay 88.5% (8.85折 in Chinese)
        _type(qtbot, dialog.points_spin.lineEdit(), "1.5")
        qtbot.keyClicks(dialog.spend_edit, "5000")
        qtbot.keyClicks(dialog.top_up_edit, "2000")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["membership"]
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert tab.model.texts(0) == ["金卡 VIP"]
    assert tab.model.texts(2) == ["11.5% off"]
    assert tab.model.texts(3) == ["×1.5"]
    assert tab.model.texts(6) == ["cumulative spend ≥ ¥5,000 or single top-up ≥ ¥2,000"]
    assert tab.selected() is not None and tab.selected().name == "金卡 VIP"
    [tier] = owner.call(membership.list_tiers)
    assert (tier.discount_permille, tier.points_permille) == (885, 1500)
    assert (tier.upgrade_spend_fen, tier.upgrade_top_up_fen) == (5000_00, 2000_00)


def test_a_taken_tier_name_is_shown_in_the_dialog_and_deactivating_greys_the_row(
    qtbot: QtBot, owner: StoreContext
) -> None:
    owner.call(membership.save_tier, Tier(0, "银卡", 1, 950))
    screen = _screen(qtbot, owner)
    tab = screen.tiers_tab
    dialog = tab.add()
    assert dialog is not None
    dialog.name_edit.insert("银卡")
    assert dialog.rank_spin.value() == 2  # after the highest rank
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text() == "This name is already in use."
    assert dialog.name_edit.property("error") is True
    dialog.reject()
    qtbot.waitUntil(lambda: tab.dialog is None)

    tab.table.selectRow(0)
    assert tab.toggle_button.text() == "&Deactivate"
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert tab.model.texts(5) == ["Inactive"]
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert tab.toggle_button.text() == "&Activate"
    assert owner.call(membership.list_tiers) == []  # no longer reached by upgrades


def test_editing_a_tier_keeps_what_was_there(qtbot: QtBot, owner: StoreContext) -> None:
    owner.call(membership.save_tier, Tier(0, "金卡", 2, 880, 1500, 300000, None))
    screen = _screen(qtbot, owner)
    tab = screen.tiers_tab
    tab.table.selectRow(0)
    dialog = tab.edit()
    assert dialog is not None
    assert dialog.name_edit.text() == "金卡" and dialog.discount_spin.value() == 88.0
    assert dialog.spend_edit.text() == "3000" and dialog.top_up_edit.text() == ""
    dialog.top_up_edit.setText("1000")
    dialog.submit()
    qtbot.waitUntil(lambda: tab.dialog is None)
    [tier] = owner.call(membership.list_tiers)
    assert (tier.name, tier.discount_permille, tier.upgrade_top_up_fen) == ("金卡", 880, 1000_00)


def test_the_owner_saves_the_top_up_bonuses(qtbot: QtBot, owner: StoreContext) -> None:
    screen = _screen(qtbot, owner)
    screen.tabs.setCurrentIndex(1)
    tab = screen.rules_tab
    qtbot.keyClicks(tab.bonus_min_edit, "500")
    qtbot.keyClicks(tab.bonus_amount_edit, "50")
    qtbot.keyClick(tab.bonus_amount_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.bonus_min_edit, "1000")
    qtbot.keyClicks(tab.bonus_amount_edit, "150")
    qtbot.mouseClick(tab.add_bonus_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.bonus_min_edit, "200")
    qtbot.keyClicks(tab.bonus_amount_edit, "5000")  # more than ten times: refused
    assert tab.add_bonus() is False and tab.bonus_error.isVisible()
    assert tab.bonus_model.texts(2) == ["Top up ¥500, get ¥50 free", "Top up ¥1,000, get ¥150 free"]
    tab.redeem_spin.setValue(0)
    assert tab.redeem_spin.text() == "No redemption"
    tab.expiry_combo.setCurrentIndex(tab.expiry_combo.findData("end_of_next_year"))
    tab.approval_edit.setText("300")
    with qtbot.waitSignal(store_bus().changed) as changed:
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["membership"]
    rules = owner.call(membership.get_rules)
    assert rules.top_up_bonuses == (TopUpBonus(500_00, 50_00), TopUpBonus(1000_00, 150_00))
    assert rules.points_per_yuan_off == 0
    assert rules.points_expiry is PointsExpiry.END_OF_NEXT_YEAR
    assert rules.refund_approval_fen == 300_00
    assert tab.note.text().startswith("Saved.")

    tab.bonus_table.selectRow(0)
    tab.remove_bonus()
    assert tab.save() is True
    assert owner.call(membership.get_rules).top_up_bonuses == (TopUpBonus(1000_00, 150_00),)


def test_a_card_plan_is_added_through_the_dialog(qtbot: QtBot, owner: StoreContext) -> None:
    wash = owner.call(catalogue.save_item, ItemDraft(name="洗吹", price_fen=3000, kind="service"))
    owner.call(catalogue.save_item, ItemDraft(name="洗发水", price_fen=8800, kind="item"))
    screen = _screen(qtbot, owner)
    tab = screen.plans_tab
    screen.tabs.setCurrentWidget(tab)
    dialog = tab.add()
    assert dialog is not None
    # products are not covered by cards: any service, or one service
    assert [dialog.item_combo.itemText(i) for i in range(dialog.item_combo.count())] == [
        "Any service",
        "洗吹",
    ]
    dialog.name_edit.insert("洗吹")
    qtbot.keyClicks(dialog.name_edit, "10")
    dialog.name_edit.insert("次卡")
    _type(qtbot, dialog.sessions_spin.lineEdit(), "10")
    qtbot.keyClicks(dialog.price_edit, "260")
    _type(qtbot, dialog.valid_spin.lineEdit(), "1")
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData(365))
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findData(wash.item_id))
    with qtbot.waitSignal(store_bus().changed) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["catalogue"]
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert tab.model.texts(0) == ["洗吹10次卡"]
    assert tab.model.texts(1) == ["Session card"]
    assert tab.model.texts(3) == ["¥260.00"]
    assert tab.model.texts(4) == ["1 year"]
    assert tab.model.texts(5) == ["洗吹"]
    [plan] = owner.call(catalogue.list_card_plans)
    assert (plan.sessions, plan.price_fen, plan.valid_days, plan.item_id) == (
        10,
        260_00,
        365,
        wash.item_id,
    )

    # A period card needs a validity; the sessions row goes away.
    dialog = tab.add()
    assert dialog is not None
    dialog.name_edit.insert("月卡")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("period"))
    assert not dialog.sessions_spin.isVisible()
    qtbot.keyClicks(dialog.price_edit, "399")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "This field is required."
    assert dialog.valid_spin.property("error") is True
    _type(qtbot, dialog.valid_spin.lineEdit(), "1")
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData(30))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is None)
    rows = {name: r for r, name in enumerate(tab.model.texts(0))}
    assert set(rows) == {"洗吹10次卡", "月卡"}
    assert tab.model.texts(2)[rows["月卡"]] == "Unlimited"
    assert tab.model.texts(4)[rows["月卡"]] == "1 month"
    assert tab.selected() is not None and tab.selected().name == "月卡"


def test_an_item_is_added_and_the_filter_finds_it(qtbot: QtBot, owner: StoreContext) -> None:
    owner.call(catalogue.save_item, ItemDraft(name="剪发", price_fen=5000, kind="service"))
    screen = _screen(qtbot, owner)
    tab = screen.catalogue_tab
    screen.tabs.setCurrentWidget(tab)
    dialog = tab.add()
    assert dialog is not None
    dialog.name_edit.insert("护发精油")
    dialog.category_combo.setCurrentText("护理产品")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("item"))
    qtbot.keyClicks(dialog.price_edit, "128.5")
    _type(qtbot, dialog.gift_spin.lineEdit(), "2000")
    dialog.discount_check.setChecked(False)
    with qtbot.waitSignal(store_bus().changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert sorted(tab.model.texts(0)) == ["剪发", "护发精油"]
    assert tab.count_label.text() == "2 items"
    item = next(i for i in owner.call(catalogue.list_items) if i.name == "护发精油")
    assert (item.price_fen, item.points_cost, item.discountable, item.category) == (
        128_50,
        2000,
        False,
        "护理产品",
    )
    assert tab.selected() == item

    tab.filter_edit.insert("护理")
    assert tab.model.texts(0) == ["护发精油"]
    assert tab.model.texts(3) == ["¥128.50"] and tab.model.texts(4) == ["2000"]
    assert tab.count_label.text() == "1 of 2 shown"
    tab.filter_edit.clear()
    assert tab.model.rowCount() == 2


def test_ctrl_n_adds_on_the_tab_shown_and_ctrl_f_filters_the_catalogue(
    qtbot: QtBot, owner: StoreContext
) -> None:
    screen = _screen(qtbot, owner)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.tabs.setCurrentWidget(screen.plans_tab)
    qtbot.keyClick(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.plans_tab.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: screen.plans_tab.dialog is None)
    qtbot.keyClick(screen, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.tabs.currentWidget() is screen.catalogue_tab
    assert screen.catalogue_tab.filter_edit.hasFocus()


def test_a_cashier_sees_everything_and_can_change_nothing(
    qtbot: QtBot, cashier: StoreContext
) -> None:
    screen = _screen(qtbot, cashier)
    for tab in (screen.tiers_tab, screen.plans_tab, screen.catalogue_tab):
        assert tab.add_button.isHidden() and tab.edit_button.isHidden()
        assert not tab.note.isHidden()
        assert tab.add() is None
    assert screen.tiers_tab.toggle_button.isHidden()
    rules = screen.rules_tab
    assert not rules.save_button.isEnabled() and not rules.add_bonus_button.isEnabled()
    assert not rules.earn_spin.isEnabled()
    assert rules.note.text() == "Only the owner can change the points and stored-value rules."
    assert rules.save() is False
    assert screen.catalogue_tab.note.text().startswith("Only the owner or a manager")
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    qtbot.keyClick(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.tiers_tab.dialog is None


def test_a_price_change_elsewhere_shows_up(qtbot: QtBot, owner: StoreContext) -> None:
    screen = _screen(qtbot, owner)
    assert screen.catalogue_tab.model.rowCount() == 0
    owner.call(catalogue.save_item, ItemDraft(name="染发", price_fen=28800, kind="service"))
    store_bus().changed.emit("catalogue")
    assert screen.catalogue_tab.model.texts(0) == ["染发"]
