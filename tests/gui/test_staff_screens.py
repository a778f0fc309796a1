"""The Staff screen on a real store: the dashboard's figures, a statement with every entry, the
payroll exported (xlsx read back, PDF read back with pdftotext), the roster and plan editor
driven like a person would, and a cashier seeing only their own row."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain import clock
from storecrm.domain.commission import LineStaff, RateTier, Role, Rule, Target, TierMode
from storecrm.gui.app import create_application
from storecrm.gui.screens.staff.screen import StaffScreen
from storecrm.services import catalogue, sales, session
from storecrm.services.dto import ItemDraft, LineDraft, PaymentDraft, SaleDraft
from storecrm.services.session import StoreContext
from storecrm.services.staff import plans, roster
from storecrm.services.staff.dto import StaffDraft
from tests.conftest import CASHIER, CASHIER_PASSWORD
from tests.services.test_sales import Clock

NOW = datetime(2025, 6, 10, 9, 0, 0)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock(datetime(2025, 5, 1, 9, 0, 0))
    monkeypatch.setattr(clock, "now", fake)
    return fake


@pytest.fixture
def may(owner: StoreContext, now: Clock) -> dict[str, int]:
    """May 2025: Tony (总监, no account) and Amy (高级, the cashier's account); 10 % of
    consumption, 70/30 with assistants, whole-month tiers from ¥500 at 15 %."""
    cut = owner.call(catalogue.save_item, ItemDraft(name="剪发", price_fen=10000, kind="service"))
    cashier = next(u.user_id for u in owner.call(catalogue.list_staff) if u.display_name == "小李")
    tony = owner.call(roster.save_staff_member, StaffDraft(0, "Tony", grade="总监")).staff_id
    amy = owner.call(
        roster.save_staff_member, StaffDraft(0, "Amy", grade="高级", user_id=cashier)
    ).staff_id
    tiers = (RateTier(0, 1000), RateTier(50000, 1500))
    owner.call(
        plans.save_plan,
        date(2025, 5, 1),
        (Rule(0, Target.LINE, tiers=tiers, tier_mode=TierMode.WHOLE, main_permille=700,
              assistant_permille=300),),
    )  # fmt: skip
    for day, who, helper in ((5, tony, amy), (6, tony, None), (7, amy, None)):
        now.set(2025, 5, day, 11, 0, 0)
        staff = [LineStaff(who, Role.MAIN)] + (
            [LineStaff(helper, Role.ASSISTANT)] if helper else []
        )
        owner.call(
            sales.record_sale,
            SaleDraft(
                None,
                (LineDraft("item", 3, item_id=cut.item_id, staff=tuple(staff)),),
                (PaymentDraft("cash", 30000),),
            ),
        )
    now.set(2025, 6, 10, 9, 0, 0)
    return {"tony": tony, "amy": amy}


def test_dashboard_statement_and_payroll(
    qtbot: QtBot, owner: StoreContext, may: dict[str, int], tmp_path: Path
) -> None:
    screen = StaffScreen(owner)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    screen.show()
    dash = screen.dashboard
    dash.period_combo.setCurrentIndex(dash.period_combo.findData("last_month"))
    qtbot.waitUntil(
        lambda: dash.performance is not None and dash.performance.start == date(2025, 5, 1)
    )
    rows = {r.name: r for r in dash.performance.rows}  # type: ignore[union-attr]
    # Tony: 30000 + 30000 = 60000 ≥ 50000 → 15 % on the whole month: his weights 70 % and 100 %
    # → 30000 × 15 % × 70 % = 3150 + 30000 × 15 % = 4500 → 7650.
    assert (rows["Tony"].consumption_fen, rows["Tony"].total_commission_fen) == (60000, 7650)
    # Amy: her own 30000 < 50000 → 10 %: 3000, and as assistant 30000 × 10 % × 30 % = 900.
    assert rows["Amy"].total_commission_fen == 3900
    assert dash.tile_values["commission"].text() == "¥115.50"
    assert dash.model.rowCount() == 2
    # The statement of Tony's May: his two lines and the tier adjustment.
    dash.table.selectRow(next(i for i in range(2) if dash.model.row(i).name == "Tony"))
    dash.statement()
    dialog = screen.statement
    assert dialog is not None and dialog.statement is not None
    assert [x.kind for x in dialog.statement.lines] == ["line", "line", "tier"]
    assert dialog.statement.total_fen == 7650
    assert "¥76.50" in dialog.total_label.text()
    dialog.step_month(1)  # June: nothing yet
    assert dialog.statement.lines == ()
    # The payroll of May, exported both ways and read back.
    payroll = screen.payroll
    assert payroll is not None
    screen.tabs.setCurrentWidget(payroll)  # added up when its tab is shown
    payroll.month_edit.setDate(QDate(2025, 5, 1))
    assert payroll.sheet is not None and payroll.sheet.total_commission_fen == 7650 + 3900
    xlsx = payroll.export("xlsx", tmp_path / "五月提成.xlsx")
    book = openpyxl.load_workbook(xlsx)  # type: ignore[arg-type]
    sheet = book.active
    assert sheet is not None
    names = {sheet.cell(r, 2).value: sheet.cell(r, 12).value for r in range(4, 6)}
    assert names == {"Tony": Decimal("76.50"), "Amy": Decimal("39.00")}
    assert sheet.cell(6, 12).value == "=SUM(L4:L5)"
    pdf = payroll.export("pdf", tmp_path / "五月提成.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    assert "Commission payroll" in text and "Tony" in text and "¥115.50" in text


def test_the_payroll_is_added_up_when_its_tab_is_first_shown(
    qtbot: QtBot, owner: StoreContext, may: dict[str, int]
) -> None:
    """Opening the staff screen shows the performance tab; the payroll month (a read of every
    sale line of the month, on the GUI thread) waits until its own tab is shown."""
    screen = StaffScreen(owner)
    qtbot.addWidget(screen)
    screen.show()
    payroll = screen.payroll
    assert payroll is not None
    assert payroll.sheet is None and payroll.model.rowCount() == 0
    screen.tabs.setCurrentWidget(payroll)
    assert payroll.isVisible()
    assert payroll.sheet is not None and payroll.sheet.start == date(2025, 5, 1)
    assert payroll.model.rowCount() == 3  # Tony, Amy and the total


def test_a_cashier_sees_their_own_row_only(
    qtbot: QtBot, owner: StoreContext, may: dict[str, int], store_dir: Path
) -> None:
    owner.close()
    amy = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        screen = StaffScreen(amy)
        qtbot.addWidget(screen)
        assert screen.tabs.count() == 1  # performance only: no payroll, roster or plan
        dash = screen.dashboard
        dash.period_combo.setCurrentIndex(dash.period_combo.findData("last_month"))
        qtbot.waitUntil(lambda: dash.performance is not None and dash.performance.start.month == 5)
        assert [r.name for r in dash.performance.rows] == ["Amy"]  # type: ignore[union-attr]
    finally:
        amy.close()


def test_roster_and_plan_editor(qtbot: QtBot, owner: StoreContext, may: dict[str, int]) -> None:
    screen = StaffScreen(owner)
    qtbot.addWidget(screen)
    tab = screen.roster
    assert tab is not None and tab.model.rowCount() == 2
    dialog = tab.edit(new=True)
    assert dialog is not None
    qtbot.keyClicks(dialog.name_edit, "Kevin")
    dialog.grade_combo.setCurrentText("高级")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.no == "003"
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    plan = screen.plan
    assert plan is not None and len(plan.rules) == 1
    rule_dialog = plan.edit(new=True)
    assert rule_dialog is not None
    rule_dialog.grade_combo.setCurrentIndex(rule_dialog.grade_combo.findData("高级"))
    rule_dialog.rate_edit.setText("12.5")
    rule_dialog.save()
    assert rule_dialog.result_rule is not None and rule_dialog.result_rule.rate_bp == 1250
    qtbot.waitUntil(lambda: len(plan.rules) == 2)
    assert plan.save()
    assert plan.version_combo.count() == 2
    assert "Version 2" in plan.saved_label.text()
    bad = plan.edit(new=True)
    assert bad is not None
    bad.rate_edit.setText("120")  # more than the whole
    bad.save()
    assert bad.result_rule is None and bad.error.text()


def test_a_top_up_line_of_a_statement_says_top_up() -> None:
    from dataclasses import replace

    from storecrm.gui.screens.staff.statement import what_text
    from storecrm.services.staff.dto import StatementLine

    line = StatementLine(1, NOW, "line", "20250610-0001", "张三", "", "top_up", "main", False,
                         "cash", 100000, 1, 200, 1_000_000, 2000, 1, "")  # fmt: skip
    assert what_text(line) == "Top-up"
    cut = replace(line, description="剪发", line_kind="item")
    assert what_text(cut) == "剪发"
