"""The lifecycle offers driven like the owner would: switched on in the campaigns screen's
dialog, issued quietly when the window opens (once that day), the coupon listed in the today
view under its own kind with its reason, and the standing campaign in the campaigns list."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from storecrm.domain import clock
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.promotions.lifecycle import LifecycleKind
from storecrm.gui.app import create_application
from storecrm.gui.lifecycle_opening import LifecycleOpening
from storecrm.gui.screens.campaigns import CampaignsScreen
from storecrm.gui.screens.campaigns.lifecycle_dialog import LifecycleDialog
from storecrm.gui.screens.reminders_screen import ReminderTexts, TodayView
from storecrm.services import customers
from storecrm.services.campaigns import lifecycle
from storecrm.services.session import StoreContext
from tests.gui.test_reminders_screen import choose, loaded, names_shown
from tests.services.test_campaigns import add_template
from tests.services.test_sales import Clock


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


def test_switch_on_issue_on_opening_and_the_reminder(
    qtbot: QtBot, owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = Clock(datetime(2025, 5, 10, 9, 0, 0))
    monkeypatch.setattr(clock, "now", now)
    add_template(owner, "开卡礼券")
    screen = CampaignsScreen(owner)
    qtbot.addWidget(screen)
    assert screen.lifecycle_button.isVisible() or not screen.isVisible()
    dialog = screen.lifecycle_offers()
    assert isinstance(dialog, LifecycleDialog)
    welcome = dialog.switches[LifecycleKind.WELCOME]
    assert not welcome.isChecked()
    welcome.setChecked(True)
    dialog.holdout_spins[LifecycleKind.WELCOME].setValue(0)
    dialog.days_ahead_spin.setValue(3)  # birthday stays off; its figure is kept
    dialog.save()
    assert dialog.result() == LifecycleDialog.DialogCode.Accepted
    saved = owner.call(lifecycle.get_settings)
    assert saved.of(LifecycleKind.WELCOME).enabled
    assert saved.of(LifecycleKind.WELCOME).holdout_percent == 0
    assert not saved.of(LifecycleKind.BIRTHDAY).enabled
    assert saved.of(LifecycleKind.BIRTHDAY).days_ahead == 3

    draft = CustomerDraft(name="周新", phone="13800000009", marketing_consent=True)
    owner.call(customers.create_customer, draft)
    now.at = datetime(2025, 5, 11, 8, 30, 0)
    window = QWidget()
    qtbot.addWidget(window)
    opening = LifecycleOpening(owner, window)
    with qtbot.waitSignal(opening.finished, timeout=20_000) as first:
        opening.start()
    assert first.args[0].issued == {"welcome": 1}
    again = LifecycleOpening(owner, window)
    with qtbot.waitSignal(again.finished, timeout=20_000) as second:
        again.start()
    assert second.args[0].already_done

    view = TodayView(owner)
    qtbot.addWidget(view)
    loaded(qtbot, view)
    choose(view, "lifecycle_coupon", "周新")
    assert names_shown(view) == ["周新"]
    kinds = [view.kinds.item(n).text() for n in range(view.kinds.count())]
    assert any(text.startswith("Lifecycle coupon to tell") for text in kinds)
    reason = ReminderTexts().reason_text(view.model.row(0))
    assert reason == "Welcome coupon: 开卡礼券 · valid until 2025-06-09"

    screen.refresh()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=20_000)
    assert screen.model.row(0).name == "Welcome coupon 2025"
    assert screen.model.row(0).reached == 1
