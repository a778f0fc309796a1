"""The reports dashboard as the owner uses it: the period picker and its shortcuts, the tiles
and charts (computed on a worker while the window stays usable, cancellable), the tables
behind them, exporting and printing; and what a cashier sees instead. The store is the one of
``tests/services/test_reports.py`` (May 2025, revenue ¥1,136.04)."""

from __future__ import annotations

import subprocess
import tempfile
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storecrm.domain import clock
from storecrm.gui.app import create_application
from storecrm.gui.report_printing import paint_pdf, report_labels
from storecrm.gui.screens.placeholder import PlaceholderScreen
from storecrm.gui.screens.reports_screen import ReportsScreen, reports_screen
from storecrm.reports.report_labels import DEFAULT_LABELS
from storecrm.reports.report_pdf import write_pdf
from storecrm.services import reports, session
from storecrm.services.reports import ReportCancelled
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD
from tests.services.test_reports import Clock, Store, _build

MAY = (date(2025, 5, 1), date(2025, 5, 31))


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("STORECRM_HOME", str(tmp_path_factory.mktemp("home")))
        now = Clock(datetime(2025, 4, 1, 9, 0, 0))
        mp.setattr(clock, "now", now)
        yield _build(tmp_path_factory.mktemp("store") / "store", now)


@pytest.fixture
def owner(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[StoreContext]:
    monkeypatch.setattr(clock, "now", Clock(datetime(2025, 6, 5, 9, 0, 0)))
    ctx = session.sign_in(store.folder, OWNER, OWNER_PASSWORD)
    yield ctx
    ctx.close()


@pytest.fixture
def screen(qtbot: QtBot, owner: StoreContext) -> Iterator[ReportsScreen]:
    widget = ReportsScreen(owner)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    yield widget
    widget.cancel()
    qtbot.waitUntil(lambda: not widget.loading(), timeout=10_000)


def show_may(qtbot: QtBot, screen: ReportsScreen) -> reports.Report:
    with qtbot.waitSignal(screen.report_loaded, timeout=20_000) as blocker:
        screen.set_dates(*MAY)
    assert isinstance(blocker.args[0], reports.Report)
    return blocker.args[0]


# -- the dashboard ---------------------------------------------------------------------------------
def test_tiles_show_the_period_and_the_change(qtbot: QtBot, screen: ReportsScreen) -> None:
    show_may(qtbot, screen)
    tile = screen.tiles["revenue"]
    assert tile.value.text() == "¥1,136.04"
    assert tile.change.text() == "▲ +446.2%"  # April: ¥208.00
    assert "#047857" in tile.change.styleSheet()  # up is green
    assert "¥208.00" in tile.toolTip()
    assert screen.tiles["visits"].value.text() == "5"
    assert screen.tiles["average_ticket"].value.text() == "¥227.21"
    assert screen.tiles["money_received"].value.text() == "¥2,022.63"
    assert screen.tiles["repeat_rate"].value.text() == "50.0%"
    assert screen.tiles["repeat_rate"].change.text() == "▲ +50.0 pt"
    assert screen.tiles["stored_value"].value.text() == "¥1,036.59"
    assert screen.period_label.text() == "2025-05-01 to 2025-05-31"
    assert screen.compare_label.text() == "Compared with 2025-04-01 to 2025-04-30"
    assert screen.revenue_chart.values[9] == 33300 - 10560  # 10 May
    assert len(screen.revenue_chart.values) == 31
    assert sum(screen.revenue_chart.previous or []) == 20800
    assert dict(screen.methods_chart.parts)["Cash"] == 28300
    assert [r[1] for r in screen.rfm_chart.rows if r[1]] == [1, 1]
    assert "¥894.86" in screen.owed_label.text()  # principal owed


def test_a_tile_opens_its_table_and_esc_comes_back(qtbot: QtBot, screen: ReportsScreen) -> None:
    show_may(qtbot, screen)
    screen.show()
    qtbot.mouseClick(screen.tiles["revenue"], Qt.MouseButton.LeftButton)
    assert screen.pages.currentIndex() == 1
    assert screen.detail_title.text() == "Sales by day"
    model = screen.model
    assert model.rowCount() == 31
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    assert model.text(9, 0) == "2025-05-10" and model.text(9, 1) == "¥227.40"
    # Sorting by revenue (the header) puts 20 May's card first.
    screen.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first = screen.proxy.index(0, 0).data()
    assert first == "2025-05-20"
    qtbot.keyClick(screen.table, Qt.Key.Key_Escape)
    assert screen.pages.currentIndex() == 0


def test_charts_open_their_tables(qtbot: QtBot, screen: ReportsScreen) -> None:
    show_may(qtbot, screen)
    screen.show()
    qtbot.mouseClick(screen.methods_chart, Qt.MouseButton.LeftButton)
    assert screen.detail_title.text() == "Payment methods"
    cash = next(r for r in range(screen.model.rowCount()) if screen.model.text(r, 0) == "Cash")
    assert screen.model.text(cash, 5) == "¥283.00"
    screen.show_dashboard()
    screen.staff_chart.setFocus()
    qtbot.keyClick(screen.staff_chart, Qt.Key.Key_Return)
    assert screen.detail_title.text() == "Staff"
    assert screen.model.text(0, 0) == "王店长" and screen.model.text(0, 2) == "¥683.04"
    screen.show_detail("top_customers")
    assert screen.model.text(0, 1) == "李四" and screen.model.text(0, 2) == "139****5678"
    screen.show_detail("stored_value")
    last = screen.model.rowCount() - 1
    assert screen.model.text(last, 1) == "¥894.86" and screen.model.text(last, 2) == "¥141.73"
    screen.show_detail("reminders")
    assert screen.model.text(screen.model.rowCount() - 1, 4) == "66.7%"


def test_a_chart_tells_its_figures_on_hover(qtbot: QtBot, screen: ReportsScreen) -> None:
    show_may(qtbot, screen)
    screen.show()
    chart = screen.revenue_chart
    qtbot.waitUntil(lambda: bool(chart._bars), timeout=5_000)  # noqa: SLF001 - painted
    bar = chart._bars[9]  # noqa: SLF001
    tip = chart.tip_at(bar.center())
    assert tip.startswith("05-10: ¥227.40")


def test_period_shortcuts_and_the_granularity(qtbot: QtBot, screen: ReportsScreen) -> None:
    screen.show()
    screen.activateWindow()  # shortcuts go to the active window, as on a real desktop
    qtbot.waitUntil(screen.isActiveWindow, timeout=5_000)
    with qtbot.waitSignal(screen.report_loaded, timeout=20_000) as blocker:
        qtbot.keyClick(screen, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # last month
    report = blocker.args[0]
    assert (report.period.start, report.period.end) == MAY  # "today" is 5 June
    screen.activateWindow()  # still the active window (a busy machine may have moved it)
    qtbot.waitUntil(screen.isActiveWindow, timeout=5_000)
    with qtbot.waitSignal(screen.report_loaded, timeout=20_000) as blocker:
        qtbot.keyClick(screen, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # this year
    report = blocker.args[0]
    assert (report.period.start, report.period.end) == (date(2025, 1, 1), date(2025, 6, 5))
    assert screen.granularity_combo.currentData() == "month"
    assert [b.figures.revenue_fen for b in report.by_month][3:5] == [20800, 113604]
    # Another grouping redraws without computing again.
    screen.granularity_combo.setCurrentIndex(screen.granularity_combo.findData("week"))
    assert not screen.loading()
    assert len(screen.revenue_chart.values) == len(report.by_week)


def test_the_window_stays_usable_and_the_report_can_be_stopped(
    qtbot: QtBot, screen: ReportsScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()

    def slow(uow: Any, actor: Any, request: Any, *, progress: Any, cancel: Any) -> None:
        started.set()
        progress(1, 10)
        while not cancel():  # a very large store: it stops at the next slice
            threading.Event().wait(0.01)
        raise ReportCancelled()

    monkeypatch.setattr(reports, "build_report", slow)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(started.is_set, timeout=5_000)
    assert screen.loading()
    # The screen answers while the worker runs.
    screen.granularity_combo.setCurrentIndex(screen.granularity_combo.findData("week"))
    assert screen.granularity_combo.currentData() == "week"
    assert not screen.xlsx_button.isEnabled()
    with qtbot.waitSignal(screen.report_failed, timeout=10_000) as blocker:
        screen.cancel()
    assert isinstance(blocker.args[0], ReportCancelled)
    assert not screen.loading()
    assert screen.period_label.text() == "Stopped. Press F5 to compute the report."


def test_an_answer_for_old_dates_is_dropped(qtbot: QtBot, screen: ReportsScreen) -> None:
    screen.set_dates(date(2025, 4, 1), date(2025, 4, 30))
    with qtbot.waitSignal(screen.report_loaded, timeout=20_000) as blocker:
        screen.set_dates(*MAY)  # before April's answer came back
    assert blocker.args[0].period.start == MAY[0]
    qtbot.wait(50)
    assert screen.report is not None and screen.report.period.start == MAY[0]


# -- files -----------------------------------------------------------------------------------------
def test_export_excel_and_pdf(qtbot: QtBot, screen: ReportsScreen, tmp_path: Path) -> None:
    show_may(qtbot, screen)
    with qtbot.waitSignal(screen.exported, timeout=20_000) as blocker:
        screen.export("xlsx", tmp_path / "may.xlsx")
    book = openpyxl.load_workbook(blocker.args[0])
    assert book["By day"]["E13"].value == pytest.approx(227.40)
    with qtbot.waitSignal(screen.exported, timeout=20_000):
        screen.export("pdf", tmp_path / "may.pdf")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "may.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "测试门店" in text and "¥1,136.04" in text
    assert screen.period_label.text().startswith("Saved: ")
    assert screen.suggested_name("pdf") == "Business report 2025-05-01_2025-05-31.pdf"


def test_printing_draws_the_pdf_pages(screen: ReportsScreen, tmp_path: Path, qtbot: QtBot) -> None:
    """What the preview's print button sends to the printer: each page of the PDF, whole."""
    report = show_may(qtbot, screen)
    pdf = write_pdf(report, tmp_path / "may.pdf")
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(printer, pdf) == pages
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True, check=True
    ).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert int(fields["Pages"]) == pages
    assert "(A4)" in fields["Page size"]


def test_print_opens_the_preview_of_a_pdf_made_in_memory(
    qtbot: QtBot, screen: ReportsScreen, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from storecrm.gui.screens.reports_screen import screen as module

    shown: list[tuple[object, list[str]]] = []
    temp = tmp_path / "system-temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))

    def preview(parent: Any, pdf: object, title: str) -> bool:
        # What is in the temporary folder while the preview is open (a crash now would
        # leave it there): no copy of the report, which lists customers by name.
        shown.append((pdf, sorted(p.name for p in temp.rglob("*"))))
        return True

    monkeypatch.setattr(module, "print_report", preview)
    show_may(qtbot, screen)
    screen.print_report()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    pdf, in_temp = shown[0]
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")
    assert in_temp == []


# -- who sees it -----------------------------------------------------------------------------------
def test_a_cashier_sees_a_polite_word(qtbot: QtBot, store: Store) -> None:
    ctx = session.sign_in(store.folder, CASHIER, CASHIER_PASSWORD)
    try:
        widget = reports_screen(ctx)
        qtbot.addWidget(widget)
        assert isinstance(widget, PlaceholderScreen)
        assert "owner and managers" in widget.text.text()
    finally:
        ctx.close()


def test_every_word_of_the_report_is_translatable() -> None:
    """The GUI's words (through Qt's translator) cover every key the renderers use, and in
    English they are the renderers' own."""
    labels = report_labels()
    assert set(labels) == set(DEFAULT_LABELS)
    assert labels == DEFAULT_LABELS


def test_the_dashboard_paints_without_data(qtbot: QtBot, screen: ReportsScreen) -> None:
    with qtbot.waitSignal(screen.report_loaded, timeout=20_000):
        screen.set_dates(date(2024, 1, 1), date(2024, 1, 31))
    screen.show()
    grab = screen.grab()
    assert not grab.isNull()
    assert screen.tiles["revenue"].value.text() == "¥0.00"
    assert screen.methods_chart.parts == []


def test_percentage_points_read_the_same_on_screen_in_the_pdf_and_the_workbook(
    qtbot: QtBot, qapp: QApplication, owner: StoreContext, tmp_path: Path
) -> None:
    """Chinese says 个百分点 for a change of a rate everywhere (the PDF said "pt")."""
    from storecrm import i18n

    i18n.install(qapp, "zh_CN")
    try:
        screen = ReportsScreen(owner)
        qtbot.addWidget(screen)
        show_may(qtbot, screen)
        assert screen.tiles["repeat_rate"].change.text() == "▲ +50.0个百分点"
        with qtbot.waitSignal(screen.exported, timeout=20_000):
            screen.export("pdf", tmp_path / "may.pdf")
        with qtbot.waitSignal(screen.exported, timeout=20_000):
            screen.export("xlsx", tmp_path / "may.xlsx")
    finally:
        i18n.install(qapp, "en")
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "may.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "+50.0个百分点" in text and " pt" not in text
    assert "联系后 30 天内有消费即算回店" in text  # the plural label, in Chinese too
    book = openpyxl.load_workbook(tmp_path / "may.xlsx")
    formats = {
        cell.number_format
        for row in book.worksheets[0].iter_rows()
        for cell in row
        if "百分点" in str(cell.number_format) or "pt" in str(cell.number_format)
    }
    assert formats == {'+0.0"个百分点";-0.0"个百分点";0.0"个百分点"'}
