"""Receipts and shift summaries printed to PDF on a real store: the bundled font carries the
Chinese (CI has no CJK font), a roll is one page as long as the receipt, A4 is A4; read back
with poppler's pdftotext and rendered with pdftoppm."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from storecrm.domain.customer import CustomerDraft
from storecrm.domain.membership import TopUpBonus
from storecrm.gui import printing
from storecrm.gui.app import create_application
from storecrm.services import catalogue, customers, membership, sales
from storecrm.services.dto import (
    ItemDraft,
    LineDraft,
    PaymentDraft,
    SaleDraft,
    SaleInfo,
    StaffTotal,
)
from storecrm.services.session import StoreContext


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} (poppler-utils) is required; .ci/run installs it")
    return path


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(
        [_tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


def page_size_pt(pdf: Path) -> tuple[float, float]:
    out = subprocess.run([_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", out.stdout)
    assert found, out.stdout
    return float(found.group(1)), float(found.group(2))


def render_png(pdf: Path, stem: Path) -> Path:
    subprocess.run(
        [_tool("pdftoppm"), "-png", "-r", "100", "-singlefile", str(pdf), str(stem)], check=True
    )
    return stem.with_suffix(".png")


@pytest.fixture
def sale(owner: StoreContext) -> SaleInfo:
    rules = owner.call(membership.get_rules)
    owner.call(membership.set_rules, replace(rules, top_up_bonuses=(TopUpBonus(50000, 5000),)))
    cut = owner.call(
        catalogue.save_item, ItemDraft(name="精剪造型", price_fen=8800, kind="service")
    )
    oil = owner.call(catalogue.save_item, ItemDraft(name="护发精油", price_fen=12800))
    customer = owner.call(
        customers.create_customer, CustomerDraft(name="张三", phone="13812345678")
    )
    owner.call(membership.top_up, customer.customer_id, 50000, "alipay")
    return owner.call(
        sales.record_sale,
        SaleDraft(
            customer.customer_id,
            (LineDraft("item", 1, item_id=cut.item_id), LineDraft("item", 2, item_id=oil.item_id)),
            (PaymentDraft("cash", 20000), PaymentDraft("stored_value", 14400)),
            note="周六再来",
        ),
    )


@pytest.mark.parametrize("paper", ["58mm", "A4"])
def test_a_receipt_pdf_carries_the_chinese_and_the_total(
    tmp_path: Path, sale: SaleInfo, paper: str
) -> None:
    pdf = printing.save_receipt_pdf(sale, "测试门店", tmp_path / f"r-{paper}.pdf", paper)
    text = pdf_text(pdf)
    for words in ("测试门店", "精剪造型", "护发精油", "张三", "138****5678", "¥344.00", "周六再来"):
        assert words in text, words
    assert sale.no in text
    width, height = page_size_pt(pdf)
    if paper == "58mm":  # a roll: 58 mm wide, as long as the receipt and no longer
        assert width == pytest.approx(58 / 25.4 * 72, abs=1)
        assert 200 < height < 1200
    else:
        assert (width, height) == pytest.approx((595, 842), abs=1)
    png = render_png(pdf, tmp_path / f"r-{paper}")
    assert png.exists() and png.stat().st_size > 10_000
    image = QImage(str(png))
    assert image.width() == pytest.approx(width / 72 * 100, abs=1.5)
    # Something is drawn: the top of the receipt is not blank paper.
    dark = sum(
        1
        for y in range(0, min(image.height(), 300), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 200


def test_change_and_translations_reach_the_pdf(
    tmp_path: Path, sale: SaleInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    labels = printing.receipt_labels()
    assert labels["method.cash"] == "Cash" and labels["thanks"].startswith("Thank you")
    monkeypatch.setattr(
        printing, "receipt_labels", lambda: labels | {"change": "找零", "total": "合计"}
    )
    pdf = printing.save_receipt_pdf(
        sale, "测试门店", tmp_path / "change.pdf", "80mm", cash_tendered_fen=25000
    )
    text = pdf_text(pdf)
    assert re.search(r"找零\s+50\.00", text)
    assert re.search(r"合计\s+¥344\.00", text)
    assert page_size_pt(pdf)[0] == pytest.approx(80 / 25.4 * 72, abs=1)


def _today(owner: StoreContext):  # noqa: ANN202 - a ShiftSummary
    start = datetime.combine(datetime.now().date(), datetime.min.time())
    return owner.call(sales.shift_summary, start, start + timedelta(days=1))


def test_a_shift_summary_pdf_on_the_receipt_roll(
    tmp_path: Path, owner: StoreContext, sale: SaleInfo
) -> None:
    pdf = printing.save_shift_summary_pdf(
        _today(owner), tmp_path / "shift.pdf", "58mm", staff_name="小李", opening_float_fen=30000
    )
    text = pdf_text(pdf)
    assert "测试门店" in text and "Shift summary" in text and "小李" in text
    # cash: 200.00 from the sale + 300.00 float
    assert re.search(r"Cash expected in the drawer\s+¥500\.00", text)
    assert re.search(r"Alipay\s+500\.00", text)  # the top-up
    assert page_size_pt(pdf)[0] == pytest.approx(58 / 25.4 * 72, abs=1)
    assert render_png(pdf, tmp_path / "shift").stat().st_size > 10_000


def test_a_long_summary_on_a4_runs_onto_more_pages(
    tmp_path: Path, owner: StoreContext, sale: SaleInfo
) -> None:
    staff = tuple(StaffTotal(f"员工{n}", n, n * 100) for n in range(120))
    summary = replace(_today(owner), per_staff=staff)
    pdf = printing.save_shift_summary_pdf(summary, tmp_path / "long.pdf", "A4")
    out = subprocess.run([_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    pages = re.search(r"Pages:\s+(\d+)", out.stdout)
    assert pages is not None and int(pages.group(1)) >= 2
    text = pdf_text(pdf)
    assert "员工0" in text and "员工119" in text  # no row lost between pages
    assert page_size_pt(pdf) == pytest.approx((595, 842), abs=1)


def test_printing_goes_through_the_preview_and_remembers_the_paper(
    tmp_path: Path, sale: SaleInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview dialog asks for the pages on its printer; its print button opens the system
    print dialog. Here the preview is answered at once, onto a PDF."""
    seen: dict[str, object] = {}

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        printer = dialog.printer()
        seen["width_mm"] = printer.pageLayout().fullRect(printer.pageLayout().Unit.Millimeter)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        dialog.paintRequested.emit(printer)
        return int(QPrintPreviewDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert printing.receipt_paper() == "58mm"
    assert printing.print_receipt(None, sale, "测试门店", "80mm") is True
    assert "精剪造型" in pdf_text(tmp_path / "printed.pdf")
    assert seen["width_mm"].width() == pytest.approx(80)  # type: ignore[attr-defined]
    assert printing.receipt_paper() == "80mm"  # the next receipt uses the same paper
    assert printing.print_receipt(None, sale, "测试门店") is True
    assert seen["width_mm"].width() == pytest.approx(80)  # type: ignore[attr-defined]
