"""The campaigns' results as an A4 PDF (reportlab, the bundled font): for each campaign its
period, offer and groups, the figures in a two-column table and the verdict in words; page x of
y. Pure: it reads a ``CampaignReport``; the file is written beside the target and renamed when
complete."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from storecrm.domain.promotions.campaign import VerdictKind
from storecrm.reports.campaign_labels import Labels, figure_rows
from storecrm.reports.report_pdf import (
    FONT,
    GREY,
    GRID,
    TEAL,
    TEAL_PALE,
    TEXT,
    numbered_canvas,
    register_font,
)
from storecrm.services.campaigns.results import CampaignReport, CampaignResult

PAGE = A4
MARGIN = 16 * mm


def _block(r: CampaignResult, text: Labels, styles: Mapping[str, ParagraphStyle]) -> Any:
    heading = f"{r.name} · {text.status(r)}"
    period = text("period", r.starts_on.isoformat(), r.ends_on.isoformat())
    if r.measured_to is not None:
        period += " · " + text("measured_to", r.measured_to.isoformat())
    rows = figure_rows(r, text)
    half = (len(rows) + 1) // 2
    data = [
        [*rows[i], *(rows[i + half] if i + half < len(rows) else ("", ""))] for i in range(half)
    ]
    width = PAGE[0] - 2 * MARGIN
    table = Table(data, colWidths=[width * f for f in (0.27, 0.23, 0.27, 0.23)])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("TEXTCOLOR", (0, 0), (0, -1), GREY),
                ("TEXTCOLOR", (2, 0), (2, -1), GREY),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    verdict_style = styles["good"] if r.effect.kind is VerdictKind.MORE else styles["verdict"]
    return KeepTogether(
        [
            Paragraph(heading, styles["heading"]),
            Paragraph(period, styles["small"]),
            Spacer(1, 2 * mm),
            table,
            Spacer(1, 2 * mm),
            Paragraph(text.verdict(r), verdict_style),
            Spacer(1, 7 * mm),
        ]
    )


def write_campaigns_pdf(
    report: CampaignReport, path: Path, labels: Mapping[str, str] | None = None
) -> Path:
    register_font()
    text = Labels(labels)
    target = Path(path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=13, textColor=TEXT,
                          wordWrap="CJK")  # fmt: skip
    styles = {
        "title": ParagraphStyle("title", base, fontSize=18, leading=24, textColor=TEAL),
        "heading": ParagraphStyle("heading", base, fontSize=12, leading=16, textColor=TEAL),
        "small": ParagraphStyle("small", base, fontSize=8, leading=11, textColor=GREY),
        "verdict": ParagraphStyle(
            "verdict", base, fontSize=10.5, leading=15, backColor=TEAL_PALE, borderPadding=4
        ),  # fmt: skip
        "good": ParagraphStyle(
            "good",
            base,
            fontSize=10.5,
            leading=15,
            textColor=TEAL,
            backColor=TEAL_PALE,
            borderPadding=4,
        ),  # fmt: skip
    }
    made = text("made", report.made_at.strftime("%Y-%m-%d %H:%M"), report.made_by)
    story: list[Any] = [
        Paragraph(report.store_name, base),
        Paragraph(text("title"), styles["title"]),
        Paragraph(made, styles["small"]),
        Spacer(1, 6 * mm),
    ]
    story += [_block(r, text, styles) for r in report.results]
    if not report.results:
        story.append(Paragraph(text("no_data"), base))
    story.append(Paragraph(text("note"), styles["small"]))
    doc = SimpleDocTemplate(
        str(temp), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=f"{report.store_name} {text('title')}",
        author=report.made_by, creator="StoreCRM", subject=text("title"),
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


__all__ = ["figure_rows", "write_campaigns_pdf"]
