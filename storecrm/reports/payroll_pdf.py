"""The commission payroll as an A4 PDF (reportlab, the bundled font): one row per staff
member, a total row, a column to sign, page x of y. Pure: it reads a ``Payroll``; the file is
written beside the target and renamed when complete."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from storecrm.reports.payroll_labels import Labels, table_rows
from storecrm.reports.report_pdf import (
    FONT,
    GREY,
    GRID,
    TEAL,
    TEAL_LIGHT,
    TEAL_PALE,
    TEXT,
    ZEBRA,
    numbered_canvas,
    register_font,
)
from storecrm.services.staff.dto import Payroll

PAGE = landscape(A4)  # thirteen columns and a signature read better across
MARGIN = 14 * mm


def write_payroll_pdf(sheet: Payroll, path: Path, labels: Mapping[str, str] | None = None) -> Path:
    register_font()
    text = Labels(labels)
    target = Path(path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=13, textColor=TEXT,
                          wordWrap="CJK")  # fmt: skip
    title = ParagraphStyle("title", base, fontSize=18, leading=24, textColor=TEAL)
    note = ParagraphStyle("note", base, fontSize=7.5, leading=11, textColor=GREY)
    head = ParagraphStyle("head", base, fontSize=7.5, leading=9.5, textColor=TEAL)
    period = text("period", sheet.start.isoformat(), sheet.end.isoformat())
    header, rows = table_rows(sheet, text)
    header.append(text("col.signature"))
    for r in rows:
        r.append("")
    data: list[Sequence[object]] = [[Paragraph(h, head) for h in header], *rows]
    widths_mm = (13, 24, 17, 15, 22, 22, 19, 19, 16, 20, 19, 22, 21)
    scale = (PAGE[0] - 2 * MARGIN) / (sum(widths_mm) * mm)
    table = Table(data, colWidths=[w * mm * scale for w in widths_mm], repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("LEADING", (0, 0), (-1, -1), 10.5),
        ("BACKGROUND", (0, 0), (-1, 0), TEAL_PALE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("ALIGN", (4, 1), (-2, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 1), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ("BACKGROUND", (0, -1), (-1, -1), TEAL_LIGHT),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, TEAL),
        ("BOX", (-1, 1), (-1, -2), 0.25, GRID),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(data) - 1, 2)]
    table.setStyle(TableStyle(style))
    story = [
        Paragraph(sheet.store_name, base),
        Paragraph(text("title"), title),
        Paragraph(period, base),
        Spacer(1, 5 * mm),
        table,
        Spacer(1, 4 * mm),
        Paragraph(text("note"), note),
        Paragraph(text("made", sheet.made_at.strftime("%Y-%m-%d %H:%M"), sheet.made_by), note),
    ]
    doc = SimpleDocTemplate(
        str(temp), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=f"{sheet.store_name} {text('title')} {period}",
        author=sheet.made_by, creator="StoreCRM", subject=text("title"),
    )  # fmt: skip
    try:
        doc.build(
            story,
            canvasmaker=numbered_canvas(
                lambda n, total: text("page", n, total), PAGE[0], MARGIN - 6 * mm
            ),
        )
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target


__all__ = ["table_rows", "write_payroll_pdf"]
