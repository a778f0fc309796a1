"""The day's book and the roster's week as A4 PDFs (reportlab, the report's look: the bundled
font embedded, teal headings, page x of y).

- The day's book: a column per staff member (seven at most to a table, more go on in another
  table below), each appointment in its column by start: the time, the customer (and their
  phone as the services gave it: masked for a role that sees it masked), the services and
  the status. Portrait for up to four staff members, landscape beyond.
- The week (排班表): A4 landscape, a row per staff member and a column per day: the shift and
  its times, 休息, leave, and the days that have a shift of their own marked.

Pure: it reads the services' dataclasses and the words in ``labels``; no database, no Qt.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import datetime

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from storecrm.domain.appointments import AppointmentStatus
from storecrm.reports.appointment_labels import Labels
from storecrm.reports.receipt import esc
from storecrm.reports.report_pdf import (
    FONT,
    GREY,
    GRID,
    TEAL,
    TEAL_PALE,
    TEXT,
    ZEBRA,
    numbered_canvas,
    register_font,
)
from storecrm.services.appointments.dto import AppointmentInfo, DayRoster, WeekRoster

MARGIN = 12 * mm
COLUMNS_PER_TABLE = 7
#: The block colours of the screen, paler for paper.
STATUS_FILL = {
    AppointmentStatus.BOOKED: "#E3EEFF",
    AppointmentStatus.ARRIVED: "#FFF1C2",
    AppointmentStatus.DONE: "#E2F5E6",
    AppointmentStatus.NO_SHOW: "#FFE0E0",
    AppointmentStatus.CANCELLED: "#F0F0F0",
}


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "base", fontName=FONT, fontSize=8.5, leading=11.5, textColor=TEXT, wordWrap="CJK"
    )
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontSize=17, leading=23, textColor=TEAL),
        "sub": ParagraphStyle("sub", base, fontSize=9.5, leading=14, textColor=GREY),
        "head": ParagraphStyle("head", base, fontSize=9, leading=12, textColor=TEAL),
        "note": ParagraphStyle("note", base, fontSize=7.5, leading=10, textColor=GREY),
        "muted": ParagraphStyle("muted", base, textColor=GREY),
    }


def status_text(status: AppointmentStatus, text: Labels) -> str:
    return text(f"status.{status.value}")


def _day_name(day: datetime | object, text: Labels) -> str:
    assert hasattr(day, "weekday")
    return text(f"weekday.{day.weekday()}")


def _build(
    story: list[Flowable], page: tuple[float, float], title: str, text: Labels, author: str
) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=title, author=author, creator="StoreCRM",
    )  # fmt: skip
    doc.build(
        story,
        canvasmaker=numbered_canvas(
            lambda n, total: text("page", n, total), page[0], MARGIN - 6 * mm
        ),
    )
    return out.getvalue()


def _appointment(info: AppointmentInfo, text: Labels, style: ParagraphStyle) -> Paragraph:
    who = esc(info.customer_name)
    if info.requested:
        who += f" ({esc(text('requested'))})"
    lines = [f"<b>{info.start:%H:%M}–{info.end:%H:%M}</b>  {who}"]
    if info.customer_phone:
        lines.append(esc(info.customer_phone))
    services = "、".join(s.name for s in info.services)
    if services:
        lines.append(esc(services))
    if info.resource_name:
        lines.append(esc(text("room").replace("%1", info.resource_name)))
    status = status_text(info.status, text)
    if info.reason:
        status += f" ({info.reason})"
    lines.append(f'<font color="#6B7280">{esc(status)}</font>')
    if info.note:
        lines.append(f'<font color="#6B7280">{esc(text("note"))}: {esc(info.note)}</font>')
    return Paragraph("<br/>".join(lines), style)


def day_book_pdf(
    roster: DayRoster,
    store_name: str,
    labels: Mapping[str, str] | None = None,
    *,
    printed_at: datetime,
    printed_by: str = "",
) -> bytes:
    """The day's book on A4: a column per staff member, their appointments by start."""
    register_font()
    text = Labels(labels)
    styles = _styles()
    staff = list(roster.staff)
    page = A4 if len(staff) <= 4 else landscape(A4)
    width = page[0] - 2 * MARGIN
    day = roster.day
    title = f"{text('book.title')}  {day:%Y-%m-%d} {_day_name(day, text)}"
    if roster.opens is None or roster.closes is None:
        hours = text("closed")
    else:
        hours = text("hours", f"{roster.opens:%H:%M}", f"{roster.closes:%H:%M}")
    story: list[Flowable] = [
        Paragraph(esc(store_name), styles["base"]),
        Paragraph(esc(title), styles["title"]),
        Paragraph(esc(hours), styles["sub"]),
        Spacer(1, 4 * mm),
    ]
    by_staff: dict[int | None, list[AppointmentInfo]] = {}
    for info in sorted(roster.appointments, key=lambda a: (a.start, a.appointment_id)):
        by_staff.setdefault(info.staff_id, []).append(info)
    columns: list[tuple[str, list[AppointmentInfo]]] = []
    for person in staff:
        shift = person.shift_name or text("day_off")
        columns.append((f"{person.name}\n{shift}", by_staff.get(person.staff_id, [])))
    unassigned = by_staff.get(None, [])
    known = {p.staff_id for p in staff}
    unassigned += [a for sid, infos in by_staff.items() if sid not in known for a in infos]
    if unassigned:
        columns.append((text("anyone"), unassigned))
    if not columns:
        story.append(Paragraph(esc(text("nobody")), styles["muted"]))
    for first in range(0, len(columns), COLUMNS_PER_TABLE):
        part = columns[first : first + COLUMNS_PER_TABLE]
        story.append(_book_table(part, width, text, styles))
        story.append(Spacer(1, 5 * mm))
    story.append(Paragraph(esc(text("made", f"{printed_at:%Y-%m-%d %H:%M}")), styles["note"]))
    return _build(story, page, f"{store_name} {title}", text, printed_by)


def _book_table(
    columns: Sequence[tuple[str, list[AppointmentInfo]]],
    width: float,
    text: Labels,
    styles: dict[str, ParagraphStyle],
) -> Table:
    depth = max((len(infos) for _head, infos in columns), default=0)
    header = [Paragraph(esc(head).replace("\n", "<br/>"), styles["head"]) for head, _ in columns]
    data: list[list[object]] = [header]
    style: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), TEAL_PALE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
        ("GRID", (0, 1), (-1, -1), 0.25, GRID),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if depth == 0:
        data.append([Paragraph(esc(text("nothing")), styles["muted"])] + [""] * (len(columns) - 1))
    for row in range(depth):
        cells: list[object] = []
        for column, (_head, infos) in enumerate(columns):
            if row < len(infos):
                info = infos[row]
                cells.append(_appointment(info, text, styles["base"]))
                fill = STATUS_FILL[info.status]
                style.append(("BACKGROUND", (column, row + 1), (column, row + 1), fill))
            else:
                cells.append("")
        data.append(cells)
    table = Table(data, colWidths=[width / len(columns)] * len(columns), repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def week_roster_pdf(
    week: WeekRoster,
    store_name: str,
    labels: Mapping[str, str] | None = None,
    *,
    printed_at: datetime,
    printed_by: str = "",
) -> bytes:
    """The week's roster (排班表) on A4 landscape: a row per staff member, a column per day."""
    register_font()
    text = Labels(labels)
    styles = _styles()
    page = landscape(A4)
    width = page[0] - 2 * MARGIN
    first, last = week.days[0], week.days[-1]
    title = f"{text('roster.title')}  {first:%Y-%m-%d} – {last:%Y-%m-%d}"
    header: list[object] = [Paragraph(esc(text("staff")), styles["head"])]
    for day, hours in zip(week.days, week.hours, strict=True):
        opening = text("closed") if hours is None else f"{hours[0]:%H:%M}–{hours[1]:%H:%M}"
        header.append(
            Paragraph(
                f"{esc(_day_name(day, text))} {day:%m-%d}<br/>"
                f'<font size="7.5" color="#6B7280">{esc(opening)}</font>',
                styles["head"],
            )
        )
    data: list[list[object]] = [header]
    style: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), TEAL_PALE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
        ("GRID", (0, 1), (-1, -1), 0.25, GRID),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    any_own = False
    for n, person in enumerate(week.staff, start=1):
        name = esc(person.name)
        if person.no:
            name += f'<br/><font color="#6B7280">{esc(person.no)}</font>'
        cells: list[object] = [Paragraph(name, styles["base"])]
        for column, (cell, hours) in enumerate(zip(person.days, week.hours, strict=True), start=1):
            if hours is None:
                lines = [f'<font color="#6B7280">{esc(text("closed"))}</font>']
            elif not cell.shift_name:
                lines = [f'<font color="#6B7280">{esc(text("day_off"))}</font>']
            else:
                mark = " *" if cell.own_day else ""
                lines = [f"<b>{esc(cell.shift_name)}</b>{mark}"]
                if cell.start is not None and cell.end is not None:
                    lines.append(f"{cell.start:%H:%M}–{cell.end:%H:%M}")
            any_own = any_own or cell.own_day
            for away in cell.leave:
                leave = text("leave", f"{away.start:%H:%M}", f"{away.end:%H:%M}")
                lines.append(f'<font color="#B91C1C">{esc(leave)}</font>')
            cells.append(Paragraph("<br/>".join(lines), styles["base"]))
            if hours is None or not cell.shift_name:
                style.append(("BACKGROUND", (column, n), (column, n), "#EFEFEF"))
        data.append(cells)
        if n % 2 == 0:
            style.append(("BACKGROUND", (0, n), (0, n), ZEBRA))
    if not week.staff:
        data.append([Paragraph(esc(text("nobody")), styles["muted"])] + [""] * 7)
    name_width = 30 * mm
    day_width = (width - name_width) / 7
    table = Table(data, colWidths=[name_width] + [day_width] * 7, repeatRows=1)
    table.setStyle(TableStyle(style))
    story: list[Flowable] = [
        Paragraph(esc(store_name), styles["base"]),
        Paragraph(esc(title), styles["title"]),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 3 * mm),
    ]
    if any_own:
        story.append(Paragraph(esc(text("own_day")), styles["note"]))
    story.append(Paragraph(esc(text("made", f"{printed_at:%Y-%m-%d %H:%M}")), styles["note"]))
    return _build(story, page, f"{store_name} {title}", text, printed_by)


__all__ = ["day_book_pdf", "status_text", "week_roster_pdf"]
