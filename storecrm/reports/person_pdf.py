"""One customer's copy of their data as an A4 PDF (reportlab, the bundled Chinese font).

Written to a temporary file beside the target and renamed when complete.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from storecrm.reports import person_labels as w
from storecrm.reports.person_rows import Section, profile_rows, sections
from storecrm.reports.report_pdf import (
    FONT,
    GREY,
    GRID,
    MARGIN,
    TEAL,
    TEAL_PALE,
    TEXT,
    ZEBRA,
    register_font,
)
from storecrm.services.person_export import PersonRecord

WIDTH = A4[0] - 2 * MARGIN


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "base", fontName=FONT, fontSize=8.5, leading=12, textColor=TEXT, wordWrap="CJK"
    )
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontSize=18, leading=24, textColor=TEAL),
        "sub": ParagraphStyle("sub", base, fontSize=9.5, leading=14, textColor=GREY),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontSize=12,
            leading=17,
            textColor=TEAL,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,  # never a heading alone at the foot of a page
        ),
        "head": ParagraphStyle("head", base, fontSize=7.5, leading=10, textColor=TEAL),
        "cell": ParagraphStyle("cell", base, fontSize=7.5, leading=10),
        "key": ParagraphStyle("key", base, textColor=GREY),
        "empty": ParagraphStyle("empty", base, textColor=GREY),
    }


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    )


def _grid(rows: list[list[Any]], widths: list[float], *, header: bool) -> LongTable:
    table = LongTable(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style += [
            ("BACKGROUND", (0, 0), (-1, 0), TEAL_PALE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
        ]
        style += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(rows), 2)]
    table.setStyle(TableStyle(style))
    return table


def _section(section: Section, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    title = Paragraph(f"{_escape(section.title)}（{len(section.rows)}）", st["h1"])
    if not section.rows:
        return [KeepTogether([title, Paragraph(w.EMPTY, st["empty"])])]
    weights = [3.0 if i in section.wide else 1.6 for i in range(len(section.headers))]
    widths = [WIDTH * x / sum(weights) for x in weights]
    rows = [[Paragraph(_escape(h), st["head"]) for h in section.headers]]
    rows += [[Paragraph(_escape(c), st["cell"]) for c in row] for row in section.rows]
    return [title, _grid(rows, widths, header=True)]


def story(record: PersonRecord) -> list[Flowable]:
    register_font()
    st = _styles()
    flow: list[Flowable] = [
        Paragraph(_escape(w.TITLE), st["title"]),
        Paragraph(_escape(w.SUBTITLE), st["sub"]),
        Paragraph(
            _escape(f"{record.store_name} · {w.when(record.made_at)} · {record.made_by}"),
            st["sub"],
        ),
        Spacer(1, 4 * mm),
        Paragraph(_escape(w.SECTIONS["profile"]), st["h1"]),
    ]
    profile = [
        [Paragraph(_escape(k), st["key"]), Paragraph(_escape(v), st["base"])]
        for k, v in profile_rows(record)
    ]
    flow.append(_grid(profile, [WIDTH * 0.22, WIDTH * 0.78], header=False))
    for section in sections(record):
        flow += _section(section, st)
    return flow


def _footer(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(GREY)
    canvas.drawCentredString(A4[0] / 2, MARGIN - 5 * mm, f"{w.TITLE} · {doc.page}")
    canvas.restoreState()


def write_person_pdf(record: PersonRecord, path: Path) -> Path:
    target = Path(path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    doc = SimpleDocTemplate(
        str(temp),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{w.TITLE} {record.customer.name}",
        author=record.store_name,
        creator="StoreCRM",
    )
    try:
        doc.build(story(record), onFirstPage=_footer, onLaterPages=_footer)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target
