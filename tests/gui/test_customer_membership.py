"""The customer profile as a member: tier, stored value (principal and bonus apart), points,
session cards, the ledger with its running balances, the new timeline entries, and the quick
actions that open the till's dialogs."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain.customer import CustomerDraft
from storecrm.domain.membership import MembershipRules, Tier, TopUpBonus
from storecrm.gui.app import create_application
from storecrm.gui.bus import store_bus
from storecrm.gui.screens.customer_detail import GREY, CustomerDetailPanel, SetTierDialog
from storecrm.services import catalogue, customers, membership, sales
from storecrm.services.dto import CardPlanDraft, ItemDraft, LineDraft, PaymentDraft, SaleDraft
from storecrm.services.session import StoreContext


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@dataclass
class Member:
    customer_id: int
    top_up_no: str
    card_sale_no: str
    use_no: str


def _customer(ctx: StoreContext, name: str = "林小姐") -> int:
    return ctx.call(
        customers.create_customer, CustomerDraft(name=name, phone="13800001111")
    ).customer_id


@pytest.fixture
def member(owner: StoreContext) -> Member:
    """A member topped up ¥500 (+¥50 bonus, reaching 金卡), who bought a 3-session card and a
    1-session trial card with stored value, and used the trial card up."""
    owner.call(membership.set_rules, MembershipRules(top_up_bonuses=(TopUpBonus(500_00, 50_00),)))
    owner.call(membership.save_tier, Tier(0, "金卡", 1, 1000, 2000, None, 500_00))
    wash = owner.call(catalogue.save_item, ItemDraft(name="洗吹", price_fen=3000, kind="service"))
    three = owner.call(
        catalogue.save_card_plan,
        CardPlanDraft(
            name="洗吹3次卡",
            kind="count",
            price_fen=110_00,
            sessions=3,
            valid_days=365,
            item_id=wash.item_id,
        ),
    )
    trial = owner.call(
        catalogue.save_card_plan,
        CardPlanDraft(name="体验卡", kind="count", price_fen=0, sessions=1, item_id=wash.item_id),
    )
    customer_id = _customer(owner)
    top_up = owner.call(membership.top_up, customer_id, 500_00, "cash")
    sale = owner.call(
        sales.record_sale,
        SaleDraft(
            customer_id,
            (LineDraft("card", plan_id=three.plan_id), LineDraft("card", plan_id=trial.plan_id)),
            (PaymentDraft("stored_value", 110_00),),
        ),
    )
    cards = owner.call(membership.member_summary, customer_id).balances.cards
    trial_card = next(c for c in cards if c.name == "体验卡")
    use = owner.call(
        sales.record_sale,
        SaleDraft(
            customer_id,
            (LineDraft("session", card_id=trial_card.card_id, item_id=wash.item_id),),
            (),
        ),
    )
    return Member(customer_id, top_up.no, sale.no, use.no)


def _panel(qtbot: QtBot, ctx: StoreContext, customer_id: int) -> CustomerDetailPanel:
    panel = CustomerDetailPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(420, 720)
    panel.show()
    panel.show_customer(customer_id)
    return panel


def _plain(text: str) -> str:
    return text.replace("\xa0", " ")


def test_the_profile_shows_tier_stored_value_points_and_cards(
    qtbot: QtBot, owner: StoreContext, member: Member
) -> None:
    panel = _panel(qtbot, owner, member.customer_id)
    assert panel.tier_badge.isVisible() and panel.tier_badge.text() == "金卡"
    assert panel.values["tier"].text() == "金卡 · No discount · points ×2"
    # ¥110 of stored value came out of principal and bonus in proportion (500 : 50).
    assert panel.values["stored_value"].text() == "¥440.00 (principal ¥400.00 + bonus ¥40.00)"
    assert panel.values["points"].text() == "220"  # ¥110 × 1 point × 2 (金卡)
    assert panel.balance_stat.value.text() == "¥440.00"
    expires = owner.call(membership.member_summary, member.customer_id).balances.cards
    until = next(c.expires_on for c in expires if c.name == "洗吹3次卡")
    assert until is not None
    assert [_plain(t) for t in panel.card_texts()] == [
        f"洗吹3次卡  3 / 3 left · until {until:%Y-%m-%d}",
        "体验卡  0 / 1 left · used up",
    ]
    used_up = panel.values["cards"].text().split("<br>")[1]
    assert GREY in used_up and "<b>" not in used_up
    for key in ("tier", "stored_value", "points", "cards"):
        assert panel.values[key].isVisible()
    assert panel.member_separator.isVisible()


def test_a_customer_without_membership_shows_no_member_rows(
    qtbot: QtBot, owner: StoreContext
) -> None:
    panel = _panel(qtbot, owner, _customer(owner, "新客"))
    assert not panel.tier_badge.isVisible()
    for key in ("tier", "stored_value", "points", "cards"):
        assert not panel.values[key].isVisible()
    assert not panel.member_separator.isVisible()
    assert panel.card_texts() == []


def test_the_ledger_lists_every_entry_with_running_balances(
    qtbot: QtBot, owner: StoreContext, member: Member
) -> None:
    panel = _panel(qtbot, owner, member.customer_id)
    assert panel.ledger_lines == []  # read when the tab is opened
    panel.tabs.setCurrentWidget(panel.ledger_page)
    model = panel.ledger_model
    rows = [
        [model.index(r, c).data() for c in (0, 3, 1, 2, 5)] for r in range(model.rowCount())
    ]  # account, what, change, balance, ticket — newest first
    assert rows == [
        ["Sessions: 体验卡", "Card used", "-1", "0", member.use_no],
        ["Points", "Earned", "+220", "220", member.card_sale_no],
        ["Stored value (bonus)", "Sale", "-¥10.00", "¥40.00", member.card_sale_no],
        ["Stored value (paid in)", "Sale", "-¥100.00", "¥400.00", member.card_sale_no],
        ["Sessions: 体验卡", "Card bought", "+1", "1", member.card_sale_no],
        ["Sessions: 洗吹3次卡", "Card bought", "+3", "3", member.card_sale_no],
        ["Stored value (bonus)", "Top-up", "+¥50.00", "¥50.00", member.top_up_no],
        ["Stored value (paid in)", "Top-up", "+¥500.00", "¥500.00", member.top_up_no],
    ]
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 6).data() == "王店长"
    panel.ledger_filter.setCurrentIndex(panel.ledger_filter.findText("Stored value"))
    assert model.texts(2) == ["¥40.00", "¥400.00", "¥50.00", "¥500.00"]
    panel.ledger_filter.setCurrentIndex(panel.ledger_filter.findText("Points"))
    assert model.texts(1) == ["+220"]
    assert not panel.ledger_empty.isVisible()


def test_the_timeline_shows_sales_top_ups_and_the_tier(
    qtbot: QtBot, owner: StoreContext, member: Member
) -> None:
    panel = _panel(qtbot, owner, member.customer_id)
    texts = [_plain(t) for t in panel.timeline_texts()]
    heads = [t.split("\n")[0] for t in texts]
    assert any(h.startswith("Top-up  ¥500.00") for h in heads)
    assert any(t.startswith("Sale  ¥110.00") and t.endswith("\n洗吹3次卡、体验卡") for t in texts)
    assert any(t.startswith("Tier changed") and t.endswith("\nNow in the tier 金卡") for t in texts)
    kinds = {item.kind for item in panel.timeline_entries}
    assert {"top_up", "sale", "tier", "created"} <= kinds


def test_a_top_up_elsewhere_refreshes_the_profile_and_the_ledger(
    qtbot: QtBot, owner: StoreContext, member: Member
) -> None:
    panel = _panel(qtbot, owner, member.customer_id)
    panel.tabs.setCurrentWidget(panel.ledger_page)
    entries = panel.ledger_model.rowCount()
    owner.call(membership.top_up, member.customer_id, 1000_00, "wechat")
    store_bus().changed.emit("sales")  # what the top-up dialog announces
    store_bus().changed.emit("membership")
    qtbot.waitUntil(lambda: panel.values["stored_value"].text().startswith("¥1,490.00"))
    assert panel.values["stored_value"].text() == ("¥1,490.00 (principal ¥1,400.00 + bonus ¥90.00)")
    assert panel.ledger_model.rowCount() == entries + 2
    assert panel.ledger_model.texts(1)[:2] == ["+¥50.00", "+¥1,000.00"]
    # (entries of the same second come in no particular order; a real till is slower)
    assert any(_plain(t).startswith("Top-up  ¥1,000.00") for t in panel.timeline_texts())


def test_the_owner_sets_the_tier_by_hand(qtbot: QtBot, owner: StoreContext, member: Member) -> None:
    panel = _panel(qtbot, owner, member.customer_id)
    assert not panel.tier_button.isHidden()
    dialog = panel.start_set_tier()
    assert isinstance(dialog, SetTierDialog) and dialog.isVisible()
    assert dialog.tier_combo.currentText() == "金卡 · No discount"
    dialog.tier_combo.setCurrentIndex(dialog.tier_combo.findData(None))
    qtbot.keyClicks(dialog.reason_edit, "moved away")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dialog is None and not panel.tier_badge.isVisible())
    assert not panel.values["tier"].isVisible()
    first = _plain(panel.timeline_texts()[0])
    assert first.startswith("Tier changed") and first.endswith("\nNo tier any more · moved away")
    assert owner.call(membership.member_summary, member.customer_id).tier_id is None


def test_the_quick_actions_open_the_till_dialogs_for_this_member(
    qtbot: QtBot, owner: StoreContext, member: Member
) -> None:
    from storecrm.gui.screens.member_dialogs import GiftDialog, TopUpDialog, WithdrawDialog
    from storecrm.gui.screens.till import SaleDialog

    panel = _panel(qtbot, owner, member.customer_id)
    for button, kind in (
        (panel.sale_button, SaleDialog),
        (panel.top_up_button, TopUpDialog),
        (panel.gift_button, GiftDialog),
        (panel.withdraw_button, WithdrawDialog),
    ):
        assert button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = panel.dialog
        assert isinstance(dialog, kind) and dialog.isVisible()
        chosen = dialog.member.customer_id if isinstance(dialog, SaleDialog) else dialog.customer_id
        assert chosen == member.customer_id
        dialog.reject()
        qtbot.waitUntil(lambda: panel.dialog is None)
    assert "F9" in panel.sale_button.toolTip()


def test_an_archived_customer_has_no_member_actions(
    qtbot: QtBot, owner: StoreContext, member: Member
) -> None:
    panel = _panel(qtbot, owner, member.customer_id)
    assert panel.archive(reason="搬家了") is True
    assert panel.member_actions.isHidden()
    assert panel.start_top_up() is None and panel.start_sale() is None
    assert panel.values["stored_value"].isVisible()  # the balance is still shown


def test_a_cashier_sells_and_tops_up_but_does_not_set_tiers(
    qtbot: QtBot, cashier: StoreContext
) -> None:
    customer_id = _customer(cashier)
    cashier.call(membership.top_up, customer_id, 200_00, "alipay")
    panel = _panel(qtbot, cashier, customer_id)
    assert panel.values["stored_value"].text() == "¥200.00 (principal ¥200.00 + bonus ¥0.00)"
    for button in (
        panel.sale_button,
        panel.top_up_button,
        panel.gift_button,
        panel.withdraw_button,
    ):
        assert not button.isHidden()
    assert panel.tier_button.isHidden()
    assert panel.start_set_tier() is None
