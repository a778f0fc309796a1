"""The report as files: the PDF read back with pdftotext and rendered with pdftoppm, the
workbook reopened with openpyxl (types, formats, frozen headers, filters, charts). The store is
the one of ``test_reports`` (May 2025: revenue ¥1,136.04 …)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from storecrm.domain import clock
from storecrm.domain.reports import CustomerRow, RfmSegment
from storecrm.reports.report_labels import DEFAULT_LABELS
from storecrm.reports.report_pdf import write_pdf
from storecrm.reports.report_xlsx import write_xlsx
from storecrm.services import reports, session
from storecrm.services.reports import ReportRequest
from tests.conftest import OWNER, OWNER_PASSWORD
from tests.services.test_reports import Clock, _build

MONEY = '"¥"#,##0.00'
ZH = {
    "title": "经营报表",
    "period": "%1 至 %2",
    "page": "第 %1 页 / 共 %2 页",
    "section.payments": "支付方式",
    "kpi.revenue": "营业额",
    "col.revenue": "营业额",
    "sheet.summary": "概览",
    "sheet.by_day": "按日",
    "method.cash": "现金",
}


@pytest.fixture(scope="module")
def may(tmp_path_factory: pytest.TempPathFactory) -> Iterator[reports.Report]:
    """The report for May 2025 of the store of ``test_reports``."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("STORECRM_HOME", str(tmp_path_factory.mktemp("home")))
        now = Clock(datetime(2025, 4, 1, 9, 0, 0))
        mp.setattr(clock, "now", now)
        built = _build(tmp_path_factory.mktemp("store") / "store", now)
        now.set(2025, 6, 5, 9, 0, 0)
        ctx = session.sign_in(built.folder, OWNER, OWNER_PASSWORD)
        try:
            yield ctx.call(reports.build_report, ReportRequest(date(2025, 5, 1), date(2025, 5, 31)))
        finally:
            ctx.close()


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


# -- PDF -------------------------------------------------------------------------------------------
def test_pdf_pages_have_the_head_the_figures_and_page_numbers(
    may: reports.Report, tmp_path: Path
) -> None:
    path = write_pdf(may, tmp_path / "may.pdf", ZH)
    pages = pdf_pages(path)
    assert len(pages) >= 4
    for n, page in enumerate(pages, start=1):
        assert "测试门店" in page  # the store's name on every page
        assert "经营报表" in page and "2025-05-01 至 2025-05-31" in page
        assert f"第{n}页/共{len(pages)}页" in page.replace(" ", "")
    everything = "\n".join(pages)
    assert "¥113,604" not in everything  # fen are never shown as yuan
    assert "¥1,136.04" in everything  # revenue
    assert "¥227.21" in everything  # average ticket 22721 fen
    assert "¥893.86" not in everything
    assert "¥894.86" in everything  # principal owed at the end
    for text in ("洗发水", "剪发10次卡", "李四", "139****5678", "支付方式", "现金"):
        assert text in everything
    assert "13912345678" not in everything  # phones are masked
    assert not list(tmp_path.glob(".*.tmp"))


def test_pdf_embeds_the_bundled_font(may: reports.Report, tmp_path: Path) -> None:
    path = write_pdf(may, tmp_path / "may.pdf")
    fonts = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout
    line = next(x for x in fonts.splitlines() if "WenQuanYi" in x)
    assert line.split()[-5:-3] == ["yes", "yes"]  # embedded, as a subset


def test_long_tables_repeat_their_header_on_each_page(may: reports.Report, tmp_path: Path) -> None:
    many = tuple(
        CustomerRow(
            customer_id=1000 + n,
            name=f"顾客{n:03d}",
            phone="138****0000",
            tier="",
            visits=1,
            spend_fen=100_000 - n,
            last_visit=date(2025, 5, 20),
            balance_fen=0,
            segment=RfmSegment.GENERAL_DEVELOP,
        )
        for n in range(150)
    )
    path = write_pdf(replace(may, top_customers=many), tmp_path / "long.pdf")
    pages = pdf_pages(path)
    with_rows = [page for page in pages if "顾客0" in page or "顾客1" in page]
    assert len(with_rows) >= 3  # 150 rows run over several pages
    for page in with_rows:
        assert "Customer" in page and "Last visit" in page  # the header row, repeated
    assert "顾客149" in pages[-1] or any("顾客149" in page for page in pages)


def test_pdf_pages_render(may: reports.Report, tmp_path: Path) -> None:
    path = write_pdf(may, tmp_path / "may.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    assert image.size[1] > image.size[0]  # A4 portrait
    dark = sum(image.histogram()[:128])
    assert dark > 2000  # text, tiles and a chart, not a blank page


def test_pdf_in_english_by_default(may: reports.Report, tmp_path: Path) -> None:
    pages = pdf_pages(write_pdf(may, tmp_path / "en.pdf"))
    assert "Business report" in pages[0] and f"Page 1 of {len(pages)}" in pages[0]
    assert DEFAULT_LABELS["section.definitions"] in pages[-1]


# -- Excel -----------------------------------------------------------------------------------------
@pytest.fixture
def book(may: reports.Report, tmp_path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(write_xlsx(may, tmp_path / "may.xlsx", ZH))


def test_workbook_has_a_sheet_per_section(book: openpyxl.Workbook) -> None:
    assert book.sheetnames == [
        "概览", "按日", "By week", "By month", "Payment methods", "Categories", "Items", "Staff",
        "Customers", "RFM", "Best customers", "Stopped coming", "Liabilities", "Reminders",
        "Definitions",
    ]  # fmt: skip


def test_summary_sheet_real_numbers(book: openpyxl.Workbook) -> None:
    ws = book["概览"]
    assert ws["A1"].value == "测试门店 · Summary · 2025-05-01 至 2025-05-31"
    assert ws.freeze_panes == "A4"
    rows = {ws.cell(row=r, column=1).value: r for r in range(4, ws.max_row + 1)}
    r = rows["营业额"]
    assert ws.cell(row=r, column=2).value == pytest.approx(1136.04)
    assert ws.cell(row=r, column=2).number_format == MONEY
    assert ws.cell(row=r, column=3).value == pytest.approx(208.00)  # April
    assert ws.cell(row=r, column=4).value == pytest.approx(4.462)  # +446.2%
    assert ws.cell(row=r, column=4).number_format == "+0.0%;-0.0%;0.0%"
    visits = rows["Visits"]
    assert ws.cell(row=visits, column=2).value == 5
    assert ws.cell(row=visits, column=2).number_format == "#,##0"
    repeat = rows["Repeat rate"]
    assert ws.cell(row=repeat, column=2).value == pytest.approx(0.5)
    assert ws.cell(row=repeat, column=2).number_format == "0.0%"


def test_day_sheet_dates_formats_filter_and_chart(book: openpyxl.Workbook) -> None:
    ws = book["按日"]
    assert ws["A3"].value == "Date" and ws["E3"].value == "营业额"
    assert ws["A4"].value == datetime(2025, 5, 1)  # a real date
    assert ws["A4"].number_format == "yyyy-mm-dd"
    assert ws["A34"].value == datetime(2025, 5, 31)
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == "A3:L34"
    revenue = [ws.cell(row=r, column=5).value for r in range(4, 35)]
    assert sum(Decimal(str(v)) for v in revenue) == Decimal("1136.04")
    assert ws["E13"].value == pytest.approx(227.40)  # 10 May: 333.00 − 105.60
    assert all(ws.cell(row=r, column=5).number_format == MONEY for r in range(4, 35))
    assert ws.column_dimensions["A"].width >= 10
    assert len(ws._charts) == 1  # noqa: SLF001 - openpyxl keeps them there
    month = book["By month"]
    assert month["A4"].value == datetime(2025, 5, 1) and month["A4"].number_format == "yyyy-mm"


def test_payments_items_and_people(book: openpyxl.Workbook) -> None:
    ws = book["Payment methods"]
    cash = next(r for r in range(4, ws.max_row + 1) if ws.cell(row=r, column=1).value == "现金")
    assert [ws.cell(row=cash, column=c).value for c in (2, 3, 4, 5, 6)] == pytest.approx(
        [333.0, 500.0, 500.0, 50.0, 283.0]
    )
    assert len(ws._charts) == 1  # noqa: SLF001 - the pie of money received
    items = book["Items"]
    found = {items.cell(row=r, column=1).value: r for r in range(4, items.max_row + 1)}
    assert items.cell(row=found["洗发水"], column=3).value == 2
    assert items.cell(row=found["洗发水"], column=4).value == pytest.approx(225.60)
    top = book["Best customers"]
    assert top["B4"].value == "李四" and top["C4"].value == "139****5678"
    assert top["F4"].value == pytest.approx(833.00) and top["F4"].number_format == MONEY
    assert top["G4"].value == datetime(2025, 5, 21)
    assert top.auto_filter.ref == "A3:I5"


def test_liabilities_and_reminders(book: openpyxl.Workbook) -> None:
    ws = book["Liabilities"]
    cells = {
        ws.cell(row=r, column=1).value: r
        for r in range(4, ws.max_row + 1)
        if ws.cell(row=r, column=1).value
    }
    principal = cells[DEFAULT_LABELS["liab.principal"]]
    assert ws.cell(row=principal, column=3).value == pytest.approx(894.86)
    assert ws.cell(row=principal, column=3).number_format == MONEY
    assert len(ws._charts) == 1  # noqa: SLF001
    rem = book["Reminders"]
    last = rem.max_row - 2  # the total row, then a note below
    assert rem.cell(row=last, column=5).value == pytest.approx(0.667)
    assert rem.cell(row=last, column=5).number_format == "0.0%"
    assert rem.cell(row=last, column=6).value == pytest.approx(1016.04)


def test_libreoffice_opens_it_without_repair(may: reports.Report, tmp_path: Path) -> None:
    """Where LibreOffice is installed: converting it headless succeeds and keeps the figures."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed")
    path = write_xlsx(may, tmp_path / "may.xlsx")
    subprocess.run(
        [office, "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert "1136.04" in (tmp_path / "may.csv").read_text(encoding="utf-8", errors="replace")
