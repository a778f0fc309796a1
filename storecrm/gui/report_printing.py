"""The business report's words in the user's language, and printing it.

:func:`report_labels` gives the PDF, the workbook and the reports screen their words through
Qt's translation system (the CLI uses it too: it installs the same translator).
:func:`print_report` shows the report's PDF in the system print preview; its print button opens
the system print dialog. The pages are the PDF's own, rasterised by PDFium (``pypdfium2``) at
the printer's resolution (up to 300 dpi), so the paper shows exactly what the PDF shows.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF

from storecrm.reports.report_labels import DEFAULT_LABELS, TRANSLATOR_COMMENTS

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300  # enough for text on paper; 1200 dpi pages would take ~0.5 GB each


def report_labels() -> dict[str, str]:
    """Every word of the report (``reports/report_labels.DEFAULT_LABELS``, where each is marked
    for lupdate in the "Report" context) in the user's language."""
    return {
        key: QCoreApplication.translate("Report", source, TRANSLATOR_COMMENTS.get(source))
        if source
        else ""
        for key, source in DEFAULT_LABELS.items()
    }


def print_report(parent: object, pdf: bytes | Path, title: str) -> bool:
    """The print preview of the PDF (its bytes, or a file); True when it was printed."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    _a4(printer)
    dialog = QPrintPreviewDialog(printer, parent if isinstance(parent, QWidget) else None)
    dialog.setWindowTitle(title)
    dialog.resize(900, 860)
    dialog.paintRequested.connect(lambda p: paint_pdf(p, pdf))
    result = dialog.exec()
    dialog.deleteLater()
    return result == QPrintPreviewDialog.DialogCode.Accepted


def _a4(printer: object) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)  # type: ignore[attr-defined]


def paint_pdf(printer: object, pdf: bytes | Path) -> int:
    """Draw each page of the PDF (its bytes, or a file) on ``printer``'s pages (fitted,
    centred); returns the number of pages drawn."""
    import pypdfium2 as pdfium
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    document = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("the printer could not be started")
        document.close()
        return 0
    drawn = 0
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel)
        for index in range(len(document)):
            if index:
                printer.newPage()
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            ).copy()  # the bitmap's memory is freed with it
            bitmap.close()
            page.close()
            scale = min(target.width() / image.width(), target.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            x = target.x() + (target.width() - width) / 2
            y = target.y() + (target.height() - height) / 2
            painter.drawImage(QRectF(x, y, width, height), image)
            drawn += 1
    finally:
        painter.end()
        document.close()
    return drawn
