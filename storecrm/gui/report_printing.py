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

from PySide6.QtCore import QCoreApplication, QObject, QRectF

from storecrm.reports.report_labels import DEFAULT_LABELS, TRANSLATOR_COMMENTS, plural_counts

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300  # enough for text on paper; 1200 dpi pages would take ~0.5 GB each


def report_labels(report: object | None = None) -> dict[str, str]:
    """Every word of the report (``reports/report_labels.DEFAULT_LABELS``, where each is marked
    for lupdate in the "Report" context) in the user's language; with ``report``, also the words
    with a count in them (``PLURAL_LABELS``), in the plural form its numbers need."""
    labels = {
        key: QCoreApplication.translate("Report", source, TRANSLATOR_COMMENTS.get(source))
        if source
        else ""
        for key, source in DEFAULT_LABELS.items()
    }
    if report is not None:
        counts = plural_counts(report)
        labels["rem.window"] = Report().reminder_window(counts["rem.window"])
    return labels


class Report(QObject):
    """The report's words with a count in them (``PLURAL_LABELS``, the same texts), in their
    plural forms; lupdate reads plural forms only from tr() inside a class, whose name is
    their context."""

    def reminder_window(self, n: int) -> str:
        return self.tr(
            "A customer came back when they bought within %n day(s) after being contacted.",
            "",
            n,
        )


def print_report(parent: object, pdf: bytes | Path, title: str, *, landscape: bool = False) -> bool:
    """The print preview of the PDF (its bytes, or a file), on A4 portrait or landscape; True
    when it was printed."""
    from PySide6.QtCore import QSize
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

    from storecrm.gui.printing import preview_dialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    _a4(printer, landscape)
    owner = parent if isinstance(parent, QWidget) else None
    dialog = preview_dialog(printer, owner, title, QSize(900, 860))
    dialog.paintRequested.connect(lambda p: paint_pdf(p, pdf))
    result = dialog.exec()
    dialog.deleteLater()
    return result == QPrintPreviewDialog.DialogCode.Accepted


def _a4(printer: object, landscape: bool = False) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    turned = QPageLayout.Orientation
    orientation = turned.Landscape if landscape else turned.Portrait
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
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
