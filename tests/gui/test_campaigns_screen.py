"""The Campaigns screen on a real store (tests/campaign_store.py: a campaign that worked, one
that did not, a draft): the list's figures, the result view's verdict, a new campaign made in
the dialog with its segment's preview count, launched, and the results exported (xlsx read
back, PDF read back with pdftotext); a cashier gets a polite word instead."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain import clock
from storecrm.gui.app import create_application
from storecrm.gui.screens.campaigns import CampaignsScreen, campaigns_screen
from storecrm.gui.screens.campaigns.dialog import CampaignDialog
from storecrm.gui.screens.placeholder import PlaceholderScreen
from storecrm.services.session import StoreContext
from tests.campaign_store import DRAFT, FLAT, WORKED, build
from tests.services.test_sales import Clock


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@pytest.fixture
def store(owner: StoreContext, monkeypatch: pytest.MonkeyPatch) -> StoreContext:
    fake = Clock(datetime(2025, 4, 20, 10, 0, 0))
    monkeypatch.setattr(clock, "now", fake)
    build(owner, fake)  # leaves the clock on 5 June 2025
    return owner


def _loaded(qtbot: QtBot, screen: CampaignsScreen, rows: int) -> None:
    qtbot.waitUntil(lambda: screen.model.rowCount() == rows, timeout=20_000)


def _select(screen: CampaignsScreen, name: str) -> None:
    row = next(i for i in range(screen.model.rowCount()) if screen.model.row(i).name == name)
    screen.table.selectRow(row)


def test_the_list_and_the_verdicts(qtbot: QtBot, store: StoreContext) -> None:
    screen = CampaignsScreen(store)
    qtbot.addWidget(screen)
    _loaded(qtbot, screen, 3)
    names = [screen.model.row(i).name for i in range(3)]
    assert set(names) == {WORKED, FLAT, DRAFT}
    _select(screen, WORKED)
    assert screen.result_view.heading.text() == f"{WORKED} · Ended"
    assert screen.result_view.verdict.text().startswith("Brought in about ¥")
    assert screen.result_view.verdict.property("good") is True
    assert screen.result_view.values["Redeemed"].text() == "6"
    assert screen.result_view.values["Discount cost"].text() == "¥120.00"
    assert not screen.launch_button.isEnabled()  # already launched
    _select(screen, FLAT)
    assert screen.result_view.verdict.text() == "No clear difference from the holdout group"
    assert screen.result_view.verdict.property("good") is False
    _select(screen, DRAFT)
    assert screen.result_view.verdict.text() == "Not launched yet"
    assert screen.launch_button.isEnabled()


def test_create_preview_and_launch(qtbot: QtBot, store: StoreContext) -> None:
    screen = CampaignsScreen(store)
    qtbot.addWidget(screen)
    _loaded(qtbot, screen, 3)
    dialog = screen.new_campaign()
    assert isinstance(dialog, CampaignDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.preview is not None and dialog.preview.members == 60
    assert dialog.preview_label.text() == "Reaches 60 customers"
    dialog.tag_combo.setCurrentIndex(dialog.tag_combo.findText("A组"))
    qtbot.waitUntil(lambda: "Reaches 30 customers" in dialog.preview_label.text(), timeout=20_000)
    dialog.save()  # no name yet
    assert dialog.isVisible() and dialog.error.text()
    qtbot.keyClicks(dialog.name_edit, "June revisit")
    dialog.holdout_spin.setValue(20)
    dialog.save()
    assert dialog.campaign_id is not None
    _loaded(qtbot, screen, 4)
    qtbot.waitUntil(
        lambda: screen.selected() is not None and screen.selected().name == "June revisit"
    )
    assert screen.launch_selected(confirm=False)
    qtbot.waitUntil(
        lambda: screen.selected() is not None and screen.selected().status == "launched",
        timeout=20_000,
    )
    launched = screen.selected()
    assert launched is not None
    assert launched.effect.target_size + launched.effect.holdout_size == 30
    assert launched.reached == launched.effect.target_size
    assert "coupons issued" in screen.status.text() or "coupon issued" in screen.status.text()


def test_export_from_the_screen(qtbot: QtBot, store: StoreContext, tmp_path: Path) -> None:
    screen = CampaignsScreen(store)
    qtbot.addWidget(screen)
    _loaded(qtbot, screen, 3)
    xlsx = screen.export("xlsx", tmp_path / "campaigns.xlsx")
    pdf = screen.export("pdf", tmp_path / "campaigns.pdf")
    assert xlsx is not None and pdf is not None
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    assert {sheet.cell(r, 1).value for r in (4, 5, 6)} == {WORKED, FLAT, DRAFT}
    assert sheet.cell(3, 17).value == "Verdict"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Campaign results" in text and WORKED in text and "Brought in about" in text


def test_a_cashier_gets_a_polite_word(cashier: StoreContext, qtbot: QtBot) -> None:
    screen = campaigns_screen(cashier)
    qtbot.addWidget(screen)
    assert isinstance(screen, PlaceholderScreen)
    assert "owner and managers" in screen.text.text()


def test_export_the_target_groups_messages(
    qtbot: QtBot, store: StoreContext, tmp_path: Path
) -> None:
    screen = CampaignsScreen(store)
    qtbot.addWidget(screen)
    _loaded(qtbot, screen, 3)
    _select(screen, DRAFT)
    assert not screen.messages_button.isEnabled()  # nothing issued yet
    _select(screen, WORKED)
    assert screen.messages_button.isEnabled()
    worked = screen.selected()
    assert worked is not None
    path = screen.export_messages(tmp_path / "messages.xlsx")
    assert path is not None
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == worked.reached  # the target group's coupons, not the holdout's
    message = str(rows[0][7])
    assert (
        message.startswith("【测试门店】") and "满100减20" in message and str(rows[0][0]) in message
    )
    assert "21 messages written" in screen.status.text()


def test_a_campaign_offering_a_promotion_for_the_target(qtbot: QtBot, store: StoreContext) -> None:
    from storecrm.domain.promotions.offers import Audience, Promotion, PromotionKind
    from storecrm.services.promotions import catalogue

    screen = CampaignsScreen(store)
    qtbot.addWidget(screen)
    _loaded(qtbot, screen, 3)
    dialog = screen.new_campaign()
    assert isinstance(dialog, CampaignDialog)
    dialog.kind_combo.setCurrentIndex(1)  # a promotion for the target only: none made yet
    assert dialog.offer_combo.count() == 0
    assert "Campaign target only" in dialog.offer_hint.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)  # its count done
    dialog.reject()
    store.call(
        catalogue.save_promotion,
        Promotion(0, "老客专享9折", PromotionKind.PERCENT_OFF, permille=900,
                  audience=Audience.CAMPAIGN),
    )  # fmt: skip
    dialog = screen.new_campaign()
    assert isinstance(dialog, CampaignDialog)
    assert dialog.offer_combo.currentText() != "老客专享9折"  # coupons come first
    dialog.kind_combo.setCurrentIndex(1)
    assert dialog.offer_combo.currentText() == "老客专享9折"
    assert "target members only" in dialog.offer_hint.text()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    dialog.name_edit.setText("老客专享")  # (keyClicks types ASCII only)
    dialog.save()
    assert dialog.campaign_id is not None
    _loaded(qtbot, screen, 4)
    qtbot.waitUntil(lambda: screen.selected() is not None and screen.selected().name == "老客专享")
    assert screen.launch_selected(confirm=False)
    qtbot.waitUntil(
        lambda: screen.selected() is not None and screen.selected().status == "launched",
        timeout=20_000,
    )
    chosen = screen.selected()
    assert chosen is not None and chosen.offer_kind == "promotion"
    assert chosen.reached == chosen.effect.target_size > 0
    assert screen.result_view.values["Offer"].text() == "老客专享9折 (promotion for the target)"
    assert not screen.messages_button.isEnabled()  # no coupon codes to send
    assert screen.status.text().startswith(f"{chosen.reached} customers in the target group · ")
