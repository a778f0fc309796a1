"""The reports screen's marketing tables (issue 20, point 6) on the store of
``tests/services/test_report_marketing``: the links show, open their tables with the figures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain.promotions.campaign import Group, group_of
from storecrm.gui.app import create_application
from storecrm.gui.screens.reports_screen import ReportsScreen
from storecrm.services import reports
from storecrm.services.session import StoreContext
from tests.services.test_report_marketing import HOLDOUT, MAY, SEED, may, now  # noqa: F401

__all__ = ["may", "now"]


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@pytest.fixture
def screen(qtbot: QtBot, may: tuple[StoreContext, reports.Report, int]) -> Iterator[ReportsScreen]:
    widget = ReportsScreen(may[0])
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    with qtbot.waitSignal(widget.report_loaded, timeout=20_000):
        widget.set_dates(MAY.start, MAY.end)
    yield widget
    widget.cancel()
    qtbot.waitUntil(lambda: not widget.loading(), timeout=10_000)


def test_the_marketing_links_open_their_tables(qtbot: QtBot, screen: ReportsScreen) -> None:
    screen.show()
    target = len([p for p in range(1, 21) if group_of(SEED, p, HOLDOUT) is Group.TARGET])
    for section in ("coupon_liability", "promotion_cost", "campaign_effect"):
        assert screen.link_buttons[section].isVisible()
    qtbot.mouseClick(screen.link_buttons["coupon_liability"], Qt.MouseButton.LeftButton)
    model = screen.model
    assert screen.detail_title.text() == "Coupons outstanding · counted on 2025-05-10"
    assert model.rowCount() == 3
    assert [model.text(1, c) for c in range(5)] == ["满150减15券", "1", "¥15.00", "0", "¥0.00"]
    assert model.text(2, 0) == "Total" and model.text(2, 1) == f"{target + 1}"
    assert model.text(2, 2) == f"¥{10 * target + 15:,}.00"
    qtbot.keyClick(screen.table, Qt.Key.Key_Escape)
    qtbot.mouseClick(screen.link_buttons["promotion_cost"], Qt.MouseButton.LeftButton)
    assert [[model.text(r, c) for c in range(4)] for r in range(model.rowCount())] == [
        ["满200减20", "Promotion", "1", "¥20.00"],
        ["满150减15券", "Coupon", "1", "¥15.00"],
        ["Total", "", "2", "¥35.00"],
    ]
    qtbot.keyClick(screen.table, Qt.Key.Key_Escape)
    qtbot.mouseClick(screen.link_buttons["campaign_effect"], Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1
    assert [model.text(0, c) for c in range(6)] == [
        "五月回馈", "2025-05-10", "2025-05-20", f"{target}", "0", "0.0%",
    ]  # fmt: skip
    assert model.headerData(10, Qt.Orientation.Horizontal) == "Verdict"
    assert model.text(0, 10) in (
        "No clear difference from the holdout group",
        "Too few members in a group to measure the effect",
    )
