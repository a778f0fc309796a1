"""The Coupons tab's two owner's actions: give a coupon to a list (a tag or tier; marketing
consent respected; off the GUI thread; audited) and void a coupon found by its code (a reason
required; a ``voided`` event appended; audited)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from storecrm.data.schema import audit_log, coupon_events
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.promotions.codes import shown
from storecrm.domain.promotions.offers import CouponKind, CouponState, CouponTemplate
from storecrm.gui.app import create_application
from storecrm.gui.screens.promotions import PromotionsScreen
from storecrm.gui.screens.promotions.coupon_dialogs import GiveCouponsDialog, VoidCouponDialog
from storecrm.services import customers
from storecrm.services.promotions import catalogue, coupons
from storecrm.services.session import StoreContext

TEMPLATE = CouponTemplate(0, "回馈券", CouponKind.VOUCHER, off_fen=1_000, valid_days=30,
                          per_customer=1)  # fmt: skip


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


def person(ctx: StoreContext, n: int, consent: bool, tags: tuple[str, ...] = ()) -> int:
    draft = CustomerDraft(name=f"客{n}", phone=f"1390000{n:04d}", marketing_consent=consent)
    return ctx.call(customers.create_customer, draft, tags=tags).customer_id


def screen_of(qtbot: QtBot, ctx: StoreContext) -> PromotionsScreen:
    screen = PromotionsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.tabs.setCurrentWidget(screen.coupons_tab)
    return screen


def audit_details(ctx: StoreContext, action: str) -> list[dict[str, object]]:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - what was written
        rows = uow.connection.execute(
            select(audit_log.c.detail).where(audit_log.c.action == action)
        )
        return [json.loads(r.detail) for r in rows]


def test_give_a_coupon_to_the_customers_with_a_tag(qtbot: QtBot, owner: StoreContext) -> None:
    vip = [person(owner, i, True, ("VIP",)) for i in range(3)]
    shy = person(owner, 10, False, ("VIP",))  # no marketing consent
    other = person(owner, 11, True)
    template = owner.call(catalogue.save_template, TEMPLATE)
    owner.call(coupons.issue_coupons, template.id, [vip[0]])  # at its limit of one already
    screen = screen_of(qtbot, owner)
    tab = screen.coupons_tab
    assert not tab.give_list_button.isEnabled()  # no coupon kind chosen
    tab.table.selectRow(0)
    assert tab.give_list_button.isEnabled()
    dialog = tab.give_to_list()
    assert isinstance(dialog, GiveCouponsDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.count_label.text() == "4 customers get one"  # everyone with consent
    assert dialog.consent_label.text() == "1 customer without marketing consent left out"
    dialog.tag_combo.setCurrentIndex(dialog.tag_combo.findText("VIP"))
    qtbot.waitUntil(lambda: dialog.count_label.text() == "3 customers get one", timeout=20_000)
    assert dialog.consent_label.text() == "1 customer without marketing consent left out"
    qtbot.mouseClick(dialog.give_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert dialog.result() == dialog.DialogCode.Accepted
    outcome = dialog.outcome
    assert outcome is not None
    assert (outcome.issued, outcome.over_limit, outcome.without_consent) == (2, 1, 1)
    held = {c.customer_id for c in owner.call(coupons.list_coupons, template_id=template.id)}
    assert held == set(vip)
    assert shy not in held and other not in held
    assert tab.owed.text() == (
        "2 coupons given. 1 customer already had as many as allowed. "
        "1 left out: no consent to marketing messages."
    )
    (detail,) = [d for d in audit_details(owner, "coupon_issue") if d["source"] == "bulk"]
    assert (detail["issued"], detail["over_limit"], detail["without_consent"]) == (2, 1, 1)


def test_void_a_coupon_by_its_code_with_a_reason(qtbot: QtBot, owner: StoreContext) -> None:
    customer = person(owner, 1, True)
    template = owner.call(catalogue.save_template, TEMPLATE)
    code = owner.call(coupons.issue_coupons, template.id, [customer]).issued[0].code
    screen = screen_of(qtbot, owner)
    tab = screen.coupons_tab
    dialog = tab.void_coupon()
    assert isinstance(dialog, VoidCouponDialog)
    qtbot.keyClicks(dialog.code_edit, "XXXX-XXXX")  # no such code
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text() and dialog.coupon is None
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, shown(code).lower())  # as a scanner types it
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.coupon is not None and dialog.coupon.code == code
    seen = {key: label.text() for key, label in dialog.details.items()}
    assert (seen["coupon"], seen["customer"], seen["worth"]) == ("回馈券", "客1", "¥10.00")
    assert seen["state"] == "Usable"
    assert dialog.isVisible() and not dialog.void_button.isEnabled()  # no reason yet
    qtbot.keyClicks(dialog.reason_edit, "wrong customer")
    assert dialog.void_button.isEnabled()
    qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.voided is not None and dialog.voided.state is CouponState.VOIDED
    assert tab.owed.text() == f"Coupon {shown(code)} voided."
    (coupon,) = owner.call(coupons.list_coupons, template_id=template.id)
    assert coupon.state is CouponState.VOIDED
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - the event appended
        events = uow.connection.execute(
            select(coupon_events.c.kind, coupon_events.c.note).order_by(coupon_events.c.id)
        ).all()
    assert [tuple(e) for e in events] == [("issued", ""), ("voided", "wrong customer")]
    assert audit_details(owner, "coupon_void") == [{"reason": "wrong customer"}]
    # Found again: already voided, said so, and no void button.
    again = tab.void_coupon()
    qtbot.keyClicks(again.code_edit, code)
    qtbot.keyClick(again.code_edit, Qt.Key.Key_Return)
    assert again.error.text() and not again.reason_edit.isEnabled()
    assert not again.void_button.isEnabled()
    again.reject()


def test_a_cashier_sees_neither_action(qtbot: QtBot, cashier: StoreContext) -> None:
    screen = screen_of(qtbot, cashier)
    tab = screen.coupons_tab
    assert tab.give_list_button.isHidden() and tab.void_button.isHidden()
