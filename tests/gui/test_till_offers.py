"""Promotions and coupons at the till, driven with the keyboard: offers apply by themselves as
the sale changes, each saving on a row of its own; a coupon scanned or typed, or picked from
the member's wallet; a refusal with its reason; the savings on the receipt (HTML and ESC/POS);
the coupon slip with its code as a QR code and a barcode.

The shop is ``test_sale_dialog.stock``: 剪发 ¥88.00, 洗发水 ¥65.00, 烫发 ¥388.00, 护手霜
¥30.00; 张三 is 金卡 (88 %). The owner adds 满200减20 (combines with the tier) and gives 张三 a
满150减15券.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain.promotions.codes import shown
from storecrm.domain.promotions.offers import (
    CouponKind,
    CouponTemplate,
    Promotion,
    PromotionKind,
)
from storecrm.gui import printing
from storecrm.gui.app import create_application
from storecrm.gui.screens.till import offers
from storecrm.hardware.ticket import Barcode, Qr
from storecrm.reports.coupon_slip import coupon_ticket
from storecrm.reports.receipt import receipt_html
from storecrm.reports.receipt_ticket import receipt_ticket
from storecrm.services import session
from storecrm.services.promotions import catalogue, coupons
from storecrm.services.session import StoreContext
from tests.conftest import OWNER, OWNER_PASSWORD
from tests.gui.test_sale_dialog import add, item_id, pick_zhang, stock, till, zhang

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def store_dir(store_dir: Path) -> Path:
    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    stock(ctx)
    ctx.call(
        catalogue.save_promotion,
        Promotion(0, "满200减20", PromotionKind.AMOUNT_OFF, threshold_fen=20000, off_fen=2000),
    )
    ctx.sign_out()
    return store_dir


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


def give(owner: StoreContext, min_spend: int = 15000, off: int = 1500) -> str:
    template = owner.call(
        catalogue.save_template,
        CouponTemplate(
            0,
            "满150减15券",
            CouponKind.AMOUNT_OFF,
            min_spend_fen=min_spend,
            off_fen=off,
            valid_days=30,
        ),  # fmt: skip
    )
    return owner.call(coupons.issue_coupons, template.id, [zhang(owner)]).issued[0].code


def test_offers_apply_as_the_sale_changes_and_a_typed_coupon_stacks(
    qtbot: QtBot, owner: StoreContext
) -> None:
    code = give(owner)
    dialog = till(qtbot, owner)
    pick_zhang(qtbot, dialog)
    add(qtbot, dialog, "tf")  # ¥388 × 0.88 = ¥341.44
    # 满200减20 reached by itself: its own row under the tier's discount.
    assert dialog.totals_panel.saving_texts() == [("满200减20", "-¥20.00")]
    assert dialog.totals["total"].text() == "¥321.44"
    # Ctrl+U, the code as a scanner types it (lower case, dashes), Enter.
    qtbot.keyClick(dialog, Qt.Key.Key_U, CTRL)
    assert dialog.focusWidget() is dialog.coupon_edit
    qtbot.keyClicks(dialog.coupon_edit, shown(code).lower())
    qtbot.keyClick(dialog.coupon_edit, Qt.Key.Key_Return)
    assert dialog.coupon_codes == [code]
    assert dialog.totals_panel.saving_texts() == [
        ("满200减20", "-¥20.00"),
        ("满150减15券", "-¥15.00"),
    ]
    assert dialog.totals["total"].text() == "¥306.44"
    assert "满150减15券" in dialog.offers_panel.handed_label.text()
    # Removing the line takes the offers away; adding it back brings them back.
    dialog.remove_line()
    assert dialog.totals_panel.saving_texts() == []
    assert "Nothing on this sale" in dialog.offers_panel.refused_label.text()
    add(qtbot, dialog, "tf")
    qtbot.keyClick(dialog, Qt.Key.Key_F6)  # WeChat, what is due
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    sale = dialog.recorded
    assert sale is not None and sale.total_fen == 30644
    assert [(s.name, s.amount_fen) for s in sale.savings] == [
        ("满200减20", 2000),
        ("满150减15券", 1500),
    ]
    html = receipt_html(sale, "小店", printing.receipt_labels())
    assert "满200减20" in html and "-20.00" in html and "满150减15券" in html
    texts = receipt_ticket(sale, "小店", printing.receipt_labels()).texts()
    assert any("满150减15券" in t and "-15.00" in t for t in texts)
    assert any(t.startswith("Discount") and "-46.56" in t for t in texts)  # the tier's part


def test_a_coupon_below_its_minimum_spend_is_refused_with_the_reason(
    qtbot: QtBot, owner: StoreContext
) -> None:
    code = give(owner, min_spend=50000, off=5000)
    dialog = till(qtbot, owner)
    pick_zhang(qtbot, dialog)
    add(qtbot, dialog, "jf")
    qtbot.keyClick(dialog, Qt.Key.Key_U, CTRL)
    qtbot.keyClicks(dialog.coupon_edit, code)
    qtbot.keyClick(dialog.coupon_edit, Qt.Key.Key_Return)
    refused = dialog.offers_panel.refused_label
    assert refused.isVisible()
    assert "The coupon needs a spend of ¥500.00; the items it covers come to ¥77.44." in (
        refused.text()
    )
    assert dialog.totals["total"].text() == "¥77.44"
    # A code nobody has: refused as well, and the sale goes on without either.
    qtbot.keyClicks(dialog.coupon_edit, "ABCD-EFGH-JKM")
    qtbot.keyClick(dialog.coupon_edit, Qt.Key.Key_Return)
    assert "No coupon has this code" in refused.text()
    assert dialog.complete_button.isEnabled() is False  # nothing paid yet, not the coupons
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert dialog.recorded is not None and dialog.recorded.savings == ()


def test_the_wallet_hands_a_coupon_over_and_prints_its_slip(
    qtbot: QtBot, owner: StoreContext
) -> None:
    code = give(owner)
    dialog = till(qtbot, owner)
    pick_zhang(qtbot, dialog)
    add(qtbot, dialog, "tf")
    qtbot.keyClick(dialog, Qt.Key.Key_U, CTRL | Qt.KeyboardModifier.ShiftModifier)
    wallet = dialog.sub_dialog
    assert isinstance(wallet, offers.WalletDialog)
    qtbot.waitExposed(wallet)
    assert wallet.model.rowCount() == 1 and wallet.model.row(0).code == code
    ticket = coupon_ticket(wallet.model.row(0), "小店", "Spend-and-save coupon")
    assert [i.data for i in ticket.items if isinstance(i, Qr | Barcode)] == [code, code]
    assert not offers.slip_image(wallet.model.row(0), "小店").isNull()
    qtbot.keyClick(wallet.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wallet.isVisible())
    assert dialog.coupon_codes == [code]
    assert ("满150减15券", "-¥15.00") in dialog.totals_panel.saving_texts()
    # A walk-in has no wallet: the coupons go with the member.
    qtbot.keyClick(dialog, Qt.Key.Key_W, CTRL)
    assert dialog.coupon_codes == [] and not dialog.wallet_button.isEnabled()


def test_a_gift_reached_is_offered_and_ctrl_g_adds_it_free(
    qtbot: QtBot, owner: StoreContext
) -> None:
    owner.call(
        catalogue.save_promotion,
        Promotion(
            0,
            "满300送护手霜",
            PromotionKind.GIFT,
            threshold_fen=30000,
            gift_item_id=item_id(owner, "护手霜"),
        ),  # fmt: skip
    )
    dialog = till(qtbot, owner)
    pick_zhang(qtbot, dialog)
    add(qtbot, dialog, "tf")
    assert dialog.offers_panel.gift_row.isVisible()
    assert "满300送护手霜" in dialog.offers_panel.gift_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_G, CTRL)
    assert dialog.model.rowCount() == 2
    assert ("满300送护手霜", "-¥26.40") in dialog.totals_panel.saving_texts()  # ¥30 × 0.88


def test_a_parked_sale_keeps_its_coupons(qtbot: QtBot, owner: StoreContext) -> None:
    code = give(owner)
    dialog = till(qtbot, owner)
    pick_zhang(qtbot, dialog)
    add(qtbot, dialog, "tf")
    assert offers.hand_over(dialog, code)
    qtbot.keyClick(dialog, Qt.Key.Key_F11)
    assert dialog.coupon_codes == [] and dialog.model.rowCount() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_F12)
    parked = dialog.sub_dialog
    assert parked is not None
    qtbot.waitExposed(parked)
    qtbot.keyClick(parked.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.coupon_codes == [code]
    assert ("满150减15券", "-¥15.00") in dialog.totals_panel.saving_texts()


def test_the_wallet_sells_a_coupon_for_points(qtbot: QtBot, owner: StoreContext) -> None:
    owner.call(
        catalogue.save_template,
        CouponTemplate(
            0, "积分换10元", CouponKind.VOUCHER, off_fen=1000, valid_days=30, points_price=100
        ),  # fmt: skip
    )
    dialog = till(qtbot, owner)
    pick_zhang(qtbot, dialog)
    add(qtbot, dialog, "tf")
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)  # ¥321.44 earns 张三 321 points
    qtbot.keyClick(dialog, Qt.Key.Key_N, CTRL)
    pick_zhang(qtbot, dialog)
    offers.open_wallet(dialog)
    wallet = dialog.sub_dialog
    assert isinstance(wallet, offers.WalletDialog)
    qtbot.waitExposed(wallet)
    assert wallet.model.rowCount() == 0 and wallet.points_button.isVisible()
    (action,) = wallet.points_menu.actions()
    assert action.text() == "积分换10元 — points: 100"
    action.trigger()
    assert wallet.model.rowCount() == 1 and wallet.model.row(0).name == "积分换10元"
    wallet.reject()
    qtbot.waitUntil(lambda: dialog.member is not None and dialog.member.balances.points == 221)
