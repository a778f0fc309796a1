"""Printing receipts and shift summaries: the system print dialog with a preview, or a PDF.

The pages are HTML from :mod:`storecrm.reports.receipt`, laid out by a ``QTextDocument`` in the
bundled CJK font (so Chinese prints even where the computer has no Chinese font, and the PDF
embeds it). Thermal rolls (58 mm, 80 mm) get one page exactly as long as the receipt; A4 is
paginated.

The paper last chosen for receipts is remembered in the program's preferences file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSettings, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget

from storecrm import paths
from storecrm.domain import clock
from storecrm.gui.names import method_name
from storecrm.reports.receipt import DEFAULT_PAPER, PAPERS, Paper, receipt_html
from storecrm.reports.shift_summary import shift_html
from storecrm.services.dto import SaleInfo, ShiftSummary

log = logging.getLogger(__name__)

PAPER_KEY = "printing/receipt_paper"
SHIFT_PAPER_KEY = "printing/shift_paper"
LAYOUT_DPI = 96  # the text is laid out at this resolution, then scaled to the printer's
ROLL_FEED_MM = 8.0  # blank paper after a receipt, so the tear-off edge clears the text


def paper_name(paper: str) -> str:
    return {
        "58mm": QCoreApplication.translate("Receipt", "58 mm receipt roll"),
        "80mm": QCoreApplication.translate("Receipt", "80 mm receipt roll"),
        "A4": QCoreApplication.translate("Receipt", "A4 sheet"),
    }.get(paper, paper)


def paper_short_name(paper: str) -> str:
    """ "58 mm", "80 mm", "A4": the same in every language."""
    return {"58mm": "58 mm", "80mm": "80 mm"}.get(paper, paper)


def receipt_labels() -> dict[str, str]:
    """The words on receipts and shift summaries, in the program's language."""
    return {
        "title.sale": QCoreApplication.translate("Receipt", "Sales receipt"),
        "title.top_up": QCoreApplication.translate("Receipt", "Top-up receipt"),
        "title.refund": QCoreApplication.translate("Receipt", "Refund receipt"),
        "title.withdrawal": QCoreApplication.translate("Receipt", "Withdrawal receipt"),
        "title.gift": QCoreApplication.translate("Receipt", "Gift redemption"),
        "no": QCoreApplication.translate("Receipt", "No."),
        "time": QCoreApplication.translate("Receipt", "Time"),
        "cashier": QCoreApplication.translate("Receipt", "Cashier"),
        "staff": QCoreApplication.translate("Receipt", "Served by"),
        "approved_by": QCoreApplication.translate("Receipt", "Approved by"),
        "member": QCoreApplication.translate("Receipt", "Member"),
        "walk_in": QCoreApplication.translate("Receipt", "Walk-in customer"),
        "tier": QCoreApplication.translate("Receipt", "Tier"),
        "refund_of": QCoreApplication.translate("Receipt", "Refund of No. %1"),
        "item": QCoreApplication.translate("Receipt", "Item"),
        "qty": QCoreApplication.translate("Receipt", "Qty"),
        "price": QCoreApplication.translate("Receipt", "Price"),
        "amount": QCoreApplication.translate("Receipt", "Amount"),
        "discount": QCoreApplication.translate("Receipt", "Discount"),
        "line.top_up": QCoreApplication.translate("Receipt", "Stored value top-up"),
        "line.withdrawal": QCoreApplication.translate("Receipt", "Stored value paid back"),
        "line.card": QCoreApplication.translate("Receipt", "Card"),
        "line.session": QCoreApplication.translate("Receipt", "Session from card"),
        "line.gift": QCoreApplication.translate("Receipt", "Gift"),
        "subtotal": QCoreApplication.translate("Receipt", "Subtotal"),
        "order_discount": QCoreApplication.translate("Receipt", "Order discount"),
        "rounding": QCoreApplication.translate("Receipt", "Rounding"),
        "reference": QCoreApplication.translate("Receipt", "Ref. %1"),
        "test.title": QCoreApplication.translate("Receipt", "Printer test"),
        "test.bold": QCoreApplication.translate("Receipt", "Bold text"),
        "test.paper": QCoreApplication.translate("Receipt", "Paper"),
        "total": QCoreApplication.translate("Receipt", "Total"),
        "refund_total": QCoreApplication.translate("Receipt", "Refunded"),
        "payments": QCoreApplication.translate("Receipt", "Payment"),
        "payments_back": QCoreApplication.translate("Receipt", "Paid back"),
        "tendered": QCoreApplication.translate("Receipt", "Cash received"),
        "change": QCoreApplication.translate("Receipt", "Change"),
        "points_used": QCoreApplication.translate("Receipt", "(%1)", "the points paid with"),
        "bonus": QCoreApplication.translate("Receipt", "Bonus"),
        "points_earned": QCoreApplication.translate("Receipt", "Points earned"),
        "points_reversed": QCoreApplication.translate("Receipt", "Points taken back"),
        "balances": QCoreApplication.translate("Receipt", "Balances"),
        "balance": QCoreApplication.translate("Receipt", "Stored value"),
        "principal": QCoreApplication.translate("Receipt", "Principal"),
        "points": QCoreApplication.translate("Receipt", "Points"),
        "sessions_left": QCoreApplication.translate("Receipt", "%1 left"),
        "expires": QCoreApplication.translate("Receipt", "until %1"),
        "refunded_by": QCoreApplication.translate("Receipt", "Refunded: No. %1"),
        "note": QCoreApplication.translate("Receipt", "Note"),
        "reason": QCoreApplication.translate("Receipt", "Reason"),
        "thanks": QCoreApplication.translate("Receipt", "Thank you, see you again soon!"),
        "method.cash": method_name("cash"),
        "method.wechat": method_name("wechat"),
        "method.alipay": method_name("alipay"),
        "method.bank_card": method_name("bank_card"),
        "method.stored_value": method_name("stored_value"),
        "method.points": method_name("points"),
        "shift.title": QCoreApplication.translate("Receipt", "Shift summary"),
        "shift.period": QCoreApplication.translate("Receipt", "Period"),
        "shift.from": QCoreApplication.translate("Receipt", "From"),
        "shift.to": QCoreApplication.translate("Receipt", "To"),
        "shift.staff": QCoreApplication.translate("Receipt", "Staff"),
        "shift.all_staff": QCoreApplication.translate("Receipt", "All staff"),
        "shift.printed": QCoreApplication.translate("Receipt", "Printed"),
        "shift.sales": QCoreApplication.translate("Receipt", "Sales"),
        "shift.sales_count": QCoreApplication.translate("Receipt", "Number of sales"),
        "shift.sales_total": QCoreApplication.translate("Receipt", "Sales total"),
        "shift.discount": QCoreApplication.translate("Receipt", "Discounts given"),
        "shift.by_method": QCoreApplication.translate("Receipt", "By payment method"),
        "shift.method": QCoreApplication.translate("Receipt", "Method"),
        "shift.col_sales": QCoreApplication.translate("Receipt", "Sales"),
        "shift.col_top_ups": QCoreApplication.translate("Receipt", "Top-ups"),
        "shift.col_refunds": QCoreApplication.translate("Receipt", "Refunds"),
        "shift.col_withdrawals": QCoreApplication.translate("Receipt", "Paid out"),
        "shift.col_net": QCoreApplication.translate("Receipt", "Net"),
        "shift.not_money": QCoreApplication.translate("Receipt", "not money in the till"),
        "shift.top_ups": QCoreApplication.translate("Receipt", "Top-ups"),
        "shift.top_ups_count": QCoreApplication.translate("Receipt", "Number of top-ups"),
        "shift.top_ups_total": QCoreApplication.translate("Receipt", "Paid in"),
        "shift.bonus_given": QCoreApplication.translate("Receipt", "Bonus given"),
        "shift.refunds": QCoreApplication.translate("Receipt", "Refunds"),
        "shift.refunds_count": QCoreApplication.translate("Receipt", "Number of refunds"),
        "shift.refunds_total": QCoreApplication.translate("Receipt", "Given back"),
        "shift.withdrawals": QCoreApplication.translate("Receipt", "Stored value paid out"),
        "shift.members": QCoreApplication.translate("Receipt", "Members"),
        "shift.stored_value_spent": QCoreApplication.translate("Receipt", "Stored value spent"),
        "shift.points_earned": QCoreApplication.translate("Receipt", "Points earned"),
        "shift.points_redeemed": QCoreApplication.translate("Receipt", "Points redeemed"),
        "shift.sessions_used": QCoreApplication.translate("Receipt", "Sessions used"),
        "shift.cards_sold": QCoreApplication.translate("Receipt", "Cards sold"),
        "shift.per_staff": QCoreApplication.translate("Receipt", "By staff"),
        "shift.staff_name": QCoreApplication.translate("Receipt", "Staff"),
        "shift.staff_sales": QCoreApplication.translate("Receipt", "Sales"),
        "shift.staff_total": QCoreApplication.translate("Receipt", "Total"),
        "shift.no_staff": QCoreApplication.translate("Receipt", "(nobody named)"),
        "shift.cash": QCoreApplication.translate("Receipt", "Cash drawer"),
        "shift.cash_period": QCoreApplication.translate("Receipt", "Cash taken in (net)"),
        "shift.float": QCoreApplication.translate("Receipt", "Opening float"),
        "shift.cash_expected": QCoreApplication.translate("Receipt", "Cash expected in the drawer"),
        "shift.signature": QCoreApplication.translate("Receipt", "Handed over by / received by"),
        "shift.nothing": QCoreApplication.translate("Receipt", "Nothing was sold in this period."),
        "shift.order_discount": QCoreApplication.translate(
            "Receipt", "of which whole-order discounts"
        ),
        "shift.rounding": QCoreApplication.translate("Receipt", "of which rounding"),
        "shift.references": QCoreApplication.translate(
            "Receipt", "WeChat, Alipay and bank card payments"
        ),
        "shift.ref_time": QCoreApplication.translate("Receipt", "Time"),
        "shift.ref_no": QCoreApplication.translate("Receipt", "No."),
        "shift.ref_amount": QCoreApplication.translate("Receipt", "Amount"),
        "shift.ref_reference": QCoreApplication.translate("Receipt", "Reference"),
        "shift.no_reference": QCoreApplication.translate("Receipt", "(none given)"),
        "shift.parked": QCoreApplication.translate("Receipt", "Parked sales not finished"),
        "shift.parked_walk_in": QCoreApplication.translate("Receipt", "Walk-in"),
    }


# -- preferences ----------------------------------------------------------------------------------
def _settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def receipt_paper() -> str:
    value = str(_settings().value(PAPER_KEY, DEFAULT_PAPER))
    return value if value in PAPERS else DEFAULT_PAPER


def set_receipt_paper(paper: str) -> None:
    if paper in PAPERS:
        _settings().setValue(PAPER_KEY, paper)


def shift_paper() -> str:
    value = str(_settings().value(SHIFT_PAPER_KEY, "A4"))
    return value if value in PAPERS else "A4"


def set_shift_paper(paper: str) -> None:
    if paper in PAPERS:
        _settings().setValue(SHIFT_PAPER_KEY, paper)


# -- laying out -----------------------------------------------------------------------------------
@cache
def cjk_family() -> str:
    """The bundled WenQuanYi Micro Hei (added once), whatever the application font is."""
    font_id = QFontDatabase.addApplicationFont(str(paths.font_file()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled font could not be loaded for printing")
        app = QApplication.instance()
        return app.font().family() if isinstance(app, QApplication) else ""
    return families[0]


@cache
def _layout_device() -> QImage:
    """A tiny image at exactly LAYOUT_DPI: the text is measured against it, so the layout is
    the same on every screen (px in the HTML mean 1/96 inch)."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    return image


def _mm_to_px(mm: float) -> float:
    return mm / 25.4 * LAYOUT_DPI


def document(html: str, paper: Paper) -> QTextDocument:
    """The HTML laid out at the paper's printable width."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(_layout_device())
    doc.setUseDesignMetrics(True)
    font = QFont(cjk_family())
    font.setPointSizeF(paper.font_pt)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(_mm_to_px(paper.content_mm))
    return doc


def page_layout(paper: Paper, doc: QTextDocument | None = None) -> QPageLayout:
    """A4 portrait, or a roll exactly as long as ``doc`` (plus a little paper to tear off)."""
    margins = QMarginsF(paper.side_mm, paper.top_mm, paper.side_mm, paper.top_mm)
    if not paper.roll:
        size = QPageSize(QPageSize.PageSizeId.A4)
    else:
        height = 100.0
        if doc is not None:
            height = doc.size().height() / LAYOUT_DPI * 25.4
        length = max(40.0, height + 2 * paper.top_mm + ROLL_FEED_MM)
        size = QPageSize(
            QSizeF(paper.width_mm, length),
            QPageSize.Unit.Millimeter,
            QCoreApplication.translate("Receipt", "Receipt %1").replace("%1", paper.key),
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def paint(printer: QPrinter, html: str, paper: Paper) -> int:
    """Draw the HTML on ``printer``'s pages (as the printer's page now is: the user may have
    picked another paper in the print dialog). Returns the number of pages."""
    doc = document(html, paper)
    dpi = printer.resolution()
    rect = printer.pageRect(QPrinter.Unit.DevicePixel)
    scale = dpi / LAYOUT_DPI
    width = rect.width() / scale
    height = rect.height() / scale
    doc.setTextWidth(width)
    doc.setPageSize(QSizeF(width, height))
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("the printer could not be started")
        return 0
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * height)
            doc.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
    finally:
        painter.end()
    return pages


def _setup(printer: QPrinter, html: str, paper: Paper, title: str) -> None:
    printer.setDocName(title)
    printer.setFullPage(False)
    printer.setPageLayout(page_layout(paper, document(html, paper)))


def save_pdf(html: str, path: Path | str, paper: str, title: str = "") -> Path:
    spec = PAPERS[paper]
    target = Path(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setCreator("StoreCRM")
    _setup(printer, html, spec, title)
    paint(printer, html, spec)
    return target


def preview_dialog(
    printer: QPrinter, parent: QWidget | None, title: str, preferred: QSize
) -> QPrintPreviewDialog:
    """Qt's print preview with Print first on its toolbar, as a labelled button, so it stays
    in sight however narrow the window (Qt puts it last, where a narrow window hides it in the
    toolbar's overflow). The window asks for ``preferred`` or the toolbar's width; it is fitted
    to the screen when shown (gui/fit.py)."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:
        actions = toolbar.actions()
        printing = actions[-1] if actions else None  # Qt adds Print last (then page setup)
        if printing is not None and not printing.isSeparator():
            toolbar.removeAction(printing)
            toolbar.insertAction(actions[0], printing)
            toolbar.insertSeparator(actions[0])
            button = toolbar.widgetForAction(printing)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                button.setObjectName("PreviewPrintButton")
        preferred = preferred.expandedTo(QSize(toolbar.sizeHint().width() + 24, 0))
    dialog.resize(preferred)
    return dialog


def preview_button(dialog: QPrintPreviewDialog) -> QToolButton | None:
    """The preview's Print button (see ``preview_dialog``)."""
    return dialog.findChild(QToolButton, "PreviewPrintButton")


def preview_and_print(
    parent: QWidget | None,
    html: str,
    paper: str,
    title: str,
    *,
    before_exec: Callable[[QPrintPreviewDialog], None] | None = None,
) -> bool:
    """The preview, whose print button opens the system print dialog. True when printed."""
    spec = PAPERS[paper]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _setup(printer, html, spec, title)
    dialog = preview_dialog(printer, parent, title, QSize(720 if spec.roll else 900, 820))
    dialog.paintRequested.connect(lambda p: paint(p, html, spec))
    if before_exec is not None:
        before_exec(dialog)
    result = dialog.exec()
    dialog.deleteLater()
    return result == QPrintPreviewDialog.DialogCode.Accepted


# -- what the screens call ------------------------------------------------------------------------
def sale_receipt_html(
    sale: SaleInfo, store_name: str, paper: str, cash_tendered_fen: int | None = None
) -> str:
    return receipt_html(
        sale, store_name, receipt_labels(), paper, cash_tendered_fen=cash_tendered_fen
    )


def receipt_title(sale: SaleInfo) -> str:
    return QCoreApplication.translate("Receipt", "Receipt %1").replace("%1", sale.no)


def print_receipt(
    parent: QWidget | None,
    sale: SaleInfo,
    store_name: str,
    paper: str | None = None,
    *,
    cash_tendered_fen: int | None = None,
) -> bool:
    """Preview and print a receipt on ``paper`` (the one last used when None)."""
    paper = paper or receipt_paper()
    set_receipt_paper(paper)
    html = sale_receipt_html(sale, store_name, paper, cash_tendered_fen)
    return preview_and_print(parent, html, paper, receipt_title(sale))


def print_receipt_now(
    sale: SaleInfo,
    store_name: str,
    paper: str | None = None,
    *,
    cash_tendered_fen: int | None = None,
) -> bool:
    """The receipt on the system's default printer at once, without a dialog (the till's
    automatic printing on an ordinary printer). False when there is no printer."""
    paper = paper or receipt_paper()
    spec = PAPERS[paper]
    html = sale_receipt_html(sale, store_name, paper, cash_tendered_fen)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not printer.isValid():
        return False
    _setup(printer, html, spec, receipt_title(sale))
    return paint(printer, html, spec) > 0


def save_receipt_pdf(
    sale: SaleInfo,
    store_name: str,
    path: Path | str,
    paper: str = DEFAULT_PAPER,
    *,
    cash_tendered_fen: int | None = None,
) -> Path:
    html = sale_receipt_html(sale, store_name, paper, cash_tendered_fen)
    return save_pdf(html, path, paper, receipt_title(sale))


def summary_html(
    summary: ShiftSummary,
    paper: str,
    *,
    staff_name: str | None = None,
    opening_float_fen: int = 0,
    printed_at: datetime | None = None,
) -> str:
    return shift_html(
        summary,
        receipt_labels(),
        paper,
        staff_name=staff_name,
        opening_float_fen=opening_float_fen,
        printed_at=printed_at or clock.now(),
    )


def shift_title(summary: ShiftSummary) -> str:
    return QCoreApplication.translate("Receipt", "Shift summary %1").replace(
        "%1", summary.start.strftime("%Y-%m-%d")
    )


def print_shift_summary(
    parent: QWidget | None,
    summary: ShiftSummary,
    paper: str = "A4",
    *,
    staff_name: str | None = None,
    opening_float_fen: int = 0,
) -> bool:
    html = summary_html(summary, paper, staff_name=staff_name, opening_float_fen=opening_float_fen)
    return preview_and_print(parent, html, paper, shift_title(summary))


def save_shift_summary_pdf(
    summary: ShiftSummary,
    path: Path | str,
    paper: str = "A4",
    *,
    staff_name: str | None = None,
    opening_float_fen: int = 0,
) -> Path:
    html = summary_html(summary, paper, staff_name=staff_name, opening_float_fen=opening_float_fen)
    return save_pdf(html, path, paper, shift_title(summary))
