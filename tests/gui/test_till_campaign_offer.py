"""A campaign's promotion at the till (issue 20, point 4): the saving line shows for a target
member of the running campaign, not for a holdout member, a customer outside the campaign or a
walk-in; the sale records it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain.promotions.campaign import Group, group_of
from storecrm.domain.promotions.offers import Audience, Promotion, PromotionKind
from storecrm.gui.app import create_application
from storecrm.services.campaigns.manage import create_campaign, launch_campaign
from storecrm.services.promotions import catalogue
from storecrm.services.session import StoreContext
from tests.gui.test_sale_dialog import add, stock, till
from tests.services.test_campaigns import HOLDOUT, SEED, add_people, draft

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


def test_only_the_target_gets_the_campaign_promotion_at_the_till(
    qtbot: QtBot, owner: StoreContext
) -> None:
    stock(owner)  # 烫发 ¥388.00; 张三 (金卡 88 %) has no marketing consent: outside the campaign
    people = add_people(owner, 40)
    promotion = owner.call(
        catalogue.save_promotion,
        Promotion(0, "专享满100减20", PromotionKind.AMOUNT_OFF, threshold_fen=10_000,
                  off_fen=2_000, audience=Audience.CAMPAIGN),
    ).id  # fmt: skip
    campaign = owner.call(create_campaign, draft(None, promotion_id=promotion))
    owner.call(launch_campaign, campaign)
    target = next(p for p in people if group_of(SEED, p, HOLDOUT) is Group.TARGET)
    held = next(p for p in people if group_of(SEED, p, HOLDOUT) is Group.HOLDOUT)

    dialog = till(qtbot, owner, target)
    add(qtbot, dialog, "tf")
    assert dialog.totals_panel.saving_texts() == [("专享满100减20", "-¥20.00")]
    assert dialog.totals["total"].text() == "¥368.00"
    qtbot.keyClick(dialog, Qt.Key.Key_F6)  # WeChat, what is due
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert dialog.recorded is not None
    assert [(s.name, s.amount_fen) for s in dialog.recorded.savings] == [("专享满100减20", 2000)]

    for customer, total in ((held, "¥388.00"), (None, "¥388.00")):
        other = till(qtbot, owner, customer)
        add(qtbot, other, "tf")
        assert other.totals_panel.saving_texts() == []
        assert other.totals["total"].text() == total
    zhang = till(qtbot, owner)
    qtbot.keyClicks(zhang.member_search, "5678")
    qtbot.keyClick(zhang.member_search, Qt.Key.Key_Return)
    assert zhang.member is not None and zhang.member.name == "张三"
    add(qtbot, zhang, "tf")
    assert zhang.totals_panel.saving_texts() == []  # the tier's discount only
    assert zhang.totals["total"].text() == "¥341.44"
