"""The business report as an A4 PDF (reportlab): every page headed with the store's name, the
report's title and its period, numbered "page x of y"; tables that run over a page repeat their
header row; charts drawn with reportlab.graphics; Chinese in the bundled WenQuanYi Micro Hei,
embedded (as a subset) so the file reads the same on any computer and prints as it shows.

Pure: it reads a :class:`~storecrm.domain.reports.Report` and the words in ``labels`` (see
``report_labels.py``); no database, no Qt. Money stays integer fen until it is written as text;
charts are scaled in whole yuan.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from storecrm import paths
from storecrm.domain.membership import MONEY_METHODS
from storecrm.domain.reports import (
    Granularity,
    Report,
    average_fen,
    change_percent,
    percent,
)
from storecrm.reports.report_labels import (
    Labels,
    bucket_text,
    change_text,
    count_text,
    definition_keys,
    interval_text,
    money_text,
    percent_text,
    short_bucket_text,
)
from storecrm.reports.report_rows import (
    customer_figures,
    liability_rows,
    points_flows,
    previous_revenue,
    stored_value_flows,
)

FONT = "WQY"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
HEADER = 14 * mm  # room for the running head above the frame
FOOTER = 12 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN

TEAL = colors.HexColor("#0F766E")
TEAL_LIGHT = colors.HexColor("#CCFBF1")
TEAL_PALE = colors.HexColor("#F0FDFA")
GREY = colors.HexColor("#6B7280")
GRID = colors.HexColor("#E5E7EB")
ZEBRA = colors.HexColor("#F9FAFB")
TEXT = colors.HexColor("#111827")
UP = colors.HexColor("#047857")
DOWN = colors.HexColor("#B91C1C")
SERIES = [
    colors.HexColor(c)
    for c in (
        "#0F766E", "#2563EB", "#D97706", "#7C3AED", "#DB2777", "#059669", "#DC2626",
        "#0891B2", "#65A30D", "#9CA3AF",
    )
]  # fmt: skip
PREVIOUS = colors.HexColor("#99C8C4")

_font_lock = threading.Lock()


def register_font() -> str:
    """Register the bundled font once (the .ttc's first face); returns its name."""
    with _font_lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT, str(paths.font_file()), subfontIndex=0))
    return FONT


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "base", fontName=FONT, fontSize=9, leading=13, textColor=TEXT, wordWrap="CJK"
    )
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontSize=20, leading=26, textColor=TEAL),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=10, leading=15, textColor=GREY),
        "h1": ParagraphStyle(
            "h1", base, fontSize=13, leading=18, textColor=TEAL, spaceBefore=10, spaceAfter=5
        ),
        "h2": ParagraphStyle(
            "h2", base, fontSize=10.5, leading=15, textColor=TEXT, spaceBefore=6, spaceAfter=3
        ),
        "note": ParagraphStyle("note", base, fontSize=8, leading=11.5, textColor=GREY),
        "tile_label": ParagraphStyle("tile_label", base, fontSize=8, leading=11, textColor=GREY),
        "tile_value": ParagraphStyle("tile_value", base, fontSize=10.5, leading=15),
        "tile_up": ParagraphStyle("tile_up", base, fontSize=8, leading=11, textColor=UP),
        "tile_down": ParagraphStyle("tile_down", base, fontSize=8, leading=11, textColor=DOWN),
        "tile_same": ParagraphStyle("tile_same", base, fontSize=8, leading=11, textColor=GREY),
        "definition": ParagraphStyle(
            "definition", base, fontSize=8.5, leading=12.5, alignment=TA_LEFT, spaceAfter=4
        ),
    }


# -- the page: running head and "page x of y" -------------------------------------------------
def numbered_canvas(
    footer: Callable[[int, int], str],
    page_width: float = PAGE_WIDTH,
    footer_y: float = MARGIN - 4 * mm,
) -> type[pdfcanvas.Canvas]:
    """A canvas that keeps its pages until the end, so each can say how many there are: the
    footer (page x of y) is centred at ``footer_y`` on a page ``page_width`` wide."""

    class NumberedCanvas(pdfcanvas.Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                self.setFillColor(GREY)
                self.drawCentredString(page_width / 2, footer_y, footer(self._pageNumber, total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _running_head(report: Report, text: Labels) -> Callable[[Any, Any], None]:
    title = f"{text('title')}  {text.period(report.period)}"
    made = text("generated", report.generated_at.strftime("%Y-%m-%d %H:%M"), report.generated_by)

    def draw(canv: Any, _doc: Any) -> None:
        canv.saveState()
        top = PAGE_HEIGHT - MARGIN
        canv.setFont(FONT, 10)
        canv.setFillColor(TEXT)
        canv.drawString(MARGIN, top - 4 * mm, report.store_name)
        canv.setFont(FONT, 8.5)
        canv.setFillColor(GREY)
        canv.drawRightString(PAGE_WIDTH - MARGIN, top - 4 * mm, title)
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(0.8)
        canv.line(MARGIN, top - 6.5 * mm, PAGE_WIDTH - MARGIN, top - 6.5 * mm)
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, MARGIN + 1 * mm, PAGE_WIDTH - MARGIN, MARGIN + 1 * mm)
        canv.setFont(FONT, 7)
        canv.drawString(MARGIN, MARGIN - 4 * mm, made)
        canv.restoreState()

    return draw


# -- tables ------------------------------------------------------------------------------------
_HEAD_LEFT = ParagraphStyle(
    "head_left", fontName=FONT, fontSize=7.5, leading=9.5, textColor=TEAL, wordWrap="CJK"
)
_HEAD_RIGHT = ParagraphStyle("head_right", _HEAD_LEFT, alignment=2)


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths_mm: Sequence[float],
    *,
    left: int = 1,
    text_columns: Sequence[int] = (),
    total_row: bool = False,
    font_size: float = 7.5,
    width: float = WIDTH,
) -> Flowable:
    """A table whose first ``left`` columns are text (left aligned) and the rest figures (right
    aligned), ``width`` wide. Long tables split over pages and repeat the header row, whose
    names wrap when a column is narrow."""
    texts = {*range(left), *(c % len(header) for c in text_columns)}
    head = [
        Paragraph(name, _HEAD_LEFT if i in texts else _HEAD_RIGHT) for i, name in enumerate(header)
    ]
    data = [head, *[["" if c is None else str(c) for c in row] for row in rows]]
    scale = width / (sum(widths_mm) * mm)
    widths = [w * mm * scale for w in widths_mm]
    cls = LongTable if len(data) > 40 else Table
    table = cls(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 2.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), TEAL),
        ("BACKGROUND", (0, 0), (-1, 0), TEAL_PALE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("ALIGN", (left, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for c in texts:
        style.append(("ALIGN", (c, 0), (c, -1), "LEFT"))
    for i in range(2, len(data), 2):
        style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    if total_row and len(data) > 2:
        style += [
            ("BACKGROUND", (0, -1), (-1, -1), TEAL_LIGHT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, TEAL),
        ]
    table.setStyle(TableStyle(style))
    return table


def _pct(part: int, whole: int) -> str:
    return percent_text(percent(part, whole))


# -- charts ------------------------------------------------------------------------------------
def _yuan(fen: int) -> int:
    return int(fen) // 100


def _axis_labels(axis: Any, size: float = 6.5) -> None:
    axis.labels.fontName = FONT
    axis.labels.fontSize = size
    axis.labels.fillColor = GREY
    axis.strokeColor = GRID


def _money_axis(t: Labels, top_yuan: int) -> Callable[[float], str]:
    """Axis labels in whole yuan, or in the language's big unit (1000 → "25k", 10000 → "25万")
    once the axis reaches ten of them."""
    try:
        unit = max(int(t("axis.unit")), 1)
    except ValueError:
        unit = 1000
    suffix = t("axis.unit_suffix")
    big = top_yuan >= 10 * unit

    def fmt(value: float) -> str:
        v = int(value)
        if not big:
            return f"{v:,}"
        whole, rest = divmod(abs(v), unit)
        sign = "-" if v < 0 else ""
        if rest == 0:
            return f"{sign}{whole:,}{suffix}"
        return f"{sign}{abs(v) / unit:,.1f}{suffix}"

    return fmt


def _chart_title(drawing: Drawing, title: str, y: float) -> None:
    drawing.add(String(0, y, title, fontName=FONT, fontSize=8.5, fillColor=TEXT))


def _bar_chart(
    title: str,
    names: Sequence[str],
    series: Sequence[Sequence[int]],
    series_names: Sequence[str],
    *,
    height: float = 62 * mm,
    width: float = WIDTH,
    money: Labels | None = None,
    whole: bool = False,
) -> Drawing:
    """Vertical bars per bucket (one or two series); at most ~16 axis labels are written.
    ``whole``: the values are counts, the axis steps by whole numbers."""
    drawing = Drawing(width, height)
    _chart_title(drawing, title, height - 9)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 22
    chart.width, chart.height = width - 50, height - 44
    chart.data = [list(s) or [0] for s in series]
    step = max(1, -(-len(names) // 16))
    chart.categoryAxis.categoryNames = [n if i % step == 0 else "" for i, n in enumerate(names)]
    _axis_labels(chart.categoryAxis)
    chart.categoryAxis.labels.angle = 0 if len(names) <= 12 else 35
    chart.categoryAxis.labels.boxAnchor = "n" if len(names) <= 12 else "ne"
    _axis_labels(chart.valueAxis)
    top = max([max(s) for s in chart.data] + [1])
    if money is not None:
        chart.valueAxis.labelTextFormat = _money_axis(money, top)
    if whole:
        chart.valueAxis.valueStep = max(1, -(-top // 5))
        chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.barSpacing = 1
    chart.groupSpacing = 4 if len(names) <= 31 else 1
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = TEAL if i == 0 else PREVIOUS
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = width - 150, height - 6
        legend.fontName, legend.fontSize = FONT, 7
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 70
        legend.colorNamePairs = list(zip([TEAL, PREVIOUS], series_names, strict=False))
        drawing.add(legend)
    return drawing


def _donut(title: str, parts: Sequence[tuple[str, int]], *, height: float = 58 * mm) -> Drawing:
    """A ring of shares with a legend (name and percentage) beside it."""
    drawing = Drawing(WIDTH / 2 - 4 * mm, height)
    _chart_title(drawing, title, height - 9)
    shown = [(name, value) for name, value in parts if value > 0]
    whole = sum(v for _n, v in shown)
    if not shown:
        return drawing
    pie = Pie()
    size = height - 26
    pie.x, pie.y = 4, 6
    pie.width = pie.height = size
    pie.data = [v for _n, v in shown]
    pie.innerRadiusFraction = 0.55
    pie.simpleLabels = 1
    pie.labels = None
    pie.strokeColor = colors.white
    pie.strokeWidth = 0.8
    for i in range(len(shown)):
        pie.slices[i].fillColor = SERIES[i % len(SERIES)]
        pie.slices[i].strokeColor = colors.white
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = size + 16, height - 24
    legend.fontName, legend.fontSize = FONT, 7
    legend.dy = legend.dx = 6
    legend.yGap = 2
    legend.columnMaximum = 10
    legend.alignment = "right"
    legend.colorNamePairs = [
        (SERIES[i % len(SERIES)], f"{name}  {_pct(v, whole)}") for i, (name, v) in enumerate(shown)
    ]
    drawing.add(legend)
    return drawing


def _hbar(
    title: str,
    rows: Sequence[tuple[str, int]],
    *,
    money: Labels | None = None,
    width: float = WIDTH / 2,
) -> Drawing:
    """Horizontal bars, one per row, biggest first as given."""
    n = max(len(rows), 1)
    height = 24 + n * 13
    drawing = Drawing(width - 4 * mm, height)
    _chart_title(drawing, title, height - 9)
    if not rows:
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y = 78, 4
    chart.width, chart.height = width - 4 * mm - 90, height - 22
    chart.data = [[v for _n, v in reversed(rows)]]
    chart.categoryAxis.categoryNames = [name for name, _v in reversed(rows)]
    _axis_labels(chart.categoryAxis, 7)
    _axis_labels(chart.valueAxis)
    top = max([v for _n, v in rows] + [1])
    if money is not None:
        chart.valueAxis.labelTextFormat = _money_axis(money, top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = TEAL
    chart.bars[0].strokeColor = None
    chart.barWidth = 7
    drawing.add(chart)
    return drawing


def _side_by_side(left: Flowable, right: Flowable) -> Table:
    table = Table([[left, right]], colWidths=[WIDTH / 2, WIDTH / 2], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


# -- the sections ------------------------------------------------------------------------------
class _Story:
    def __init__(self, report: Report, text: Labels) -> None:
        self.r = report
        self.t = text
        self.s = _styles()
        self.flow: list[Flowable] = []

    def add(self, *flowables: Flowable) -> None:
        self.flow.extend(flowables)

    def heading(self, key: str) -> None:
        self.add(CondPageBreak(40 * mm), Paragraph(self.t(key), self.s["h1"]))

    def subheading(self, text: str) -> None:
        self.add(CondPageBreak(30 * mm), Paragraph(text, self.s["h2"]))

    def note(self, text: str) -> None:
        self.add(Paragraph(text, self.s["note"]), Spacer(1, 2 * mm))

    # the first page
    def cover(self) -> None:
        r, t, s = self.r, self.t, self.s
        self.add(Paragraph(t("title"), s["title"]))
        lines = [t.period(r.period)]
        if r.summary.revenue_fen.previous is not None:
            lines.append(
                t("compared_with", r.previous.start.isoformat(), r.previous.end.isoformat())
            )
        self.add(Paragraph("<br/>".join(lines), s["subtitle"]), Spacer(1, 4 * mm))
        self.tiles()

    def tiles(self) -> None:
        r, t, s = self.r, self.t, self.s
        m = r.summary

        def tile(
            label: str,
            value: str,
            change: Any,
            *,
            points: bool = False,
            falling_is_good: bool = False,
            note: str | None = None,
        ) -> list[Flowable]:
            diff = change.change_points if points else change.change
            style = "tile_same"
            if diff is not None and diff != 0:
                good = (diff > 0) != falling_is_good
                style = "tile_up" if good else "tile_down"
            arrow = "" if diff is None or diff == 0 else ("▲ " if diff > 0 else "▼ ")
            unit = t("unit.points_change") if points else None
            last = note if note is not None else arrow + change_text(diff, unit=unit)
            return [
                Paragraph(label, s["tile_label"]),
                Paragraph(value, s["tile_value"]),
                Paragraph(last, s[style]),
            ]

        cells = [
            tile(t("kpi.revenue"), money_text(m.revenue_fen.current), m.revenue_fen),
            tile(t("kpi.visits"), count_text(m.visits.current), m.visits),
            tile(
                t("kpi.average_ticket"),
                money_text(m.average_ticket_fen.current),
                m.average_ticket_fen,
            ),
            tile(
                t("kpi.money_received"),
                money_text(m.money_received_fen.current),
                m.money_received_fen,
            ),
            tile(t("kpi.top_ups"), money_text(m.top_ups_fen.current), m.top_ups_fen),
            tile(t("kpi.new_customers"), count_text(m.new_customers.current), m.new_customers),
            tile(
                t("kpi.active_customers"),
                count_text(m.active_customers.current),
                m.active_customers,
            ),
            tile(t("kpi.repeat_rate"), percent_text(m.repeat_rate.current), m.repeat_rate,
                 points=True),
            tile(t("kpi.churn_rate"), percent_text(m.churn_rate.current), m.churn_rate,
                 points=True, falling_is_good=True, note=""),
            tile(
                t("kpi.stored_value"),
                money_text(m.stored_value_fen.current),
                m.stored_value_fen,
                note=t("kpi.vs_start", money_text(m.stored_value_fen.previous or 0)),
            ),
        ]  # fmt: skip
        grid = [cells[0:5], cells[5:10]]
        table = Table(grid, colWidths=[WIDTH / 5] * 5, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                    ("INNERGRID", (0, 0), (-1, -1), 0.5, GRID),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        self.add(table, Spacer(1, 5 * mm))

    # sales
    def sales(self) -> None:
        r, t = self.r, self.t
        g = r.granularity
        chosen = r.buckets(g)
        names = [short_bucket_text(b.period.start, g) for b in chosen]
        series = [[_yuan(b.figures.revenue_fen) for b in chosen]]
        series_names = [t("current")]
        previous = previous_revenue(r, g)
        if previous is not None and any(previous) and len(chosen) <= 16:
            series.append([_yuan(f) for f in previous])
            series_names.append(t("chart.previous"))
        self.heading("section.sales")
        self.add(
            _bar_chart(t("chart.revenue"), names, series, series_names, money=t),
            Spacer(1, 3 * mm),
        )
        self.bucket_table(g)
        finer = {Granularity.MONTH: Granularity.WEEK, Granularity.WEEK: Granularity.DAY}.get(g)
        if finer is not None:
            self.subheading(t.section(finer))
            self.bucket_table(finer)

    def bucket_table(self, g: Granularity) -> None:
        t = self.t
        rows: list[list[object]] = []
        for b in self.r.buckets(g):
            f = b.figures
            rows.append(
                [
                    bucket_text(b.period, g),
                    count_text(f.sales),
                    money_text(f.gross_fen),
                    money_text(f.refunds_fen),
                    money_text(f.revenue_fen),
                    money_text(f.average_ticket_fen),
                    money_text(f.net_top_ups_fen),
                    count_text(f.new_customers),
                ]
            )
        f = self.r.totals
        rows.append(
            [
                t("col.total"),
                count_text(f.sales),
                money_text(f.gross_fen),
                money_text(f.refunds_fen),
                money_text(f.revenue_fen),
                money_text(f.average_ticket_fen),
                money_text(f.net_top_ups_fen),
                count_text(f.new_customers),
            ]
        )
        header = [
            t({Granularity.DAY: "col.date", Granularity.WEEK: "col.week"}.get(g, "col.month")),
            t("col.visits"),
            t("col.gross"),
            t("col.refunds"),
            t("col.revenue"),
            t("col.average_ticket"),
            t("col.top_ups"),
            t("col.new_customers"),
        ]
        self.add(
            _table(header, rows, [26, 16, 27, 22, 27, 20, 25, 17], total_row=True),
            Spacer(1, 3 * mm),
        )

    def payments(self) -> None:
        r, t = self.r, self.t
        self.heading("section.payments")
        rows: list[list[object]] = []
        for m in r.payments:
            rows.append(
                [
                    t.method(m.method),
                    money_text(m.sales_fen),
                    money_text(m.top_ups_fen),
                    money_text(m.refunds_fen),
                    money_text(m.withdrawals_fen),
                    money_text(m.net_fen),
                    "—" if m.previous_net_fen is None else money_text(m.previous_net_fen),
                ]
            )
        header = [
            t("col.method"),
            t("col.sales"),
            t("col.top_ups"),
            t("col.refunds"),
            t("col.paid_out"),
            t("col.net"),
            t("col.previous_net"),
        ]
        self.add(_table(header, rows, [24, 27, 25, 22, 20, 27, 27]))
        self.note(t("def.money_received"))
        money = [(t.method(m.method), m.net_fen) for m in r.payments if m.method in MONEY_METHODS]
        categories = [
            (t.category(c.kind, c.category), c.amount_fen) for c in r.categories if c.amount_fen > 0
        ]
        self.add(
            KeepTogether(
                _side_by_side(
                    _donut(t("chart.money_by_method"), money),
                    _donut(t("chart.categories"), _top_and_rest(categories, 7, t)),
                )
            )
        )

    def items(self) -> None:
        r, t = self.r, self.t
        self.heading("section.categories")
        whole = sum(c.amount_fen for c in r.categories)
        rows: list[list[object]] = [
            [
                t.category(c.kind, c.category),
                count_text(c.qty),
                money_text(c.amount_fen),
                _pct(c.amount_fen, whole),
            ]
            for c in r.categories
            if c.qty or c.amount_fen
        ]
        header = [t("col.category"), t("col.qty"), t("col.amount"), t("col.share")]
        self.add(_table(header, rows, [60, 30, 50, 40]), Spacer(1, 3 * mm))
        self.subheading(t("section.items"))
        rows = [
            [
                t.item(i.kind, i.name),
                t.category(i.kind, i.category),
                count_text(i.qty),
                money_text(i.amount_fen),
                money_text(i.discount_fen),
                _pct(i.amount_fen, whole),
                count_text(i.sessions_used) if i.sessions_used else "",
            ]
            for i in r.items
        ]
        header = [
            t("col.item"),
            t("col.category"),
            t("col.qty"),
            t("col.amount"),
            t("col.discount"),
            t("col.share"),
            t("col.sessions_used"),
        ]
        self.add(_table(header, rows, [46, 24, 18, 28, 24, 18, 22], left=2))

    def staff(self) -> None:
        r, t = self.r, self.t
        self.heading("section.staff")
        whole = sum(s.revenue_fen for s in r.staff)
        rows: list[list[object]] = [
            [
                s.name or t("staff.none"),
                count_text(s.sales),
                money_text(s.revenue_fen),
                money_text(s.average_ticket_fen),
                money_text(s.top_ups_fen),
                _pct(s.revenue_fen, whole),
                "—" if s.previous_revenue_fen is None else money_text(s.previous_revenue_fen),
                change_text(change_percent(s.revenue_fen, s.previous_revenue_fen)),
            ]
            for s in r.staff
        ]
        header = [
            t("col.staff"),
            t("col.visits"),
            t("col.revenue"),
            t("col.average_ticket"),
            t("col.top_ups"),
            t("col.share"),
            t("col.previous_revenue"),
            t("col.change"),
        ]
        self.add(_table(header, rows, [28, 16, 28, 22, 26, 16, 28, 16]), Spacer(1, 3 * mm))
        if len(r.staff) > 1:
            bars = [(s.name or t("staff.none"), _yuan(s.revenue_fen)) for s in r.staff[:12]]
            self.add(_hbar(t("chart.staff"), bars, money=t, width=WIDTH))

    def customers(self) -> None:
        r, t = self.r, self.t
        self.heading("section.customers")
        rows: list[list[object]] = [
            [t(key), count_text(value) if isinstance(value, int) else percent_text(value)]
            for key, value, _rate in customer_figures(r)
        ]
        figures = _table(
            [t("col.figure"), t("col.value")], rows, [60, 28], width=WIDTH / 2 - 4 * mm
        )
        g = r.granularity
        chosen = r.buckets(g)
        chart = _bar_chart(
            t("chart.new_customers"),
            [short_bucket_text(b.period.start, g) for b in chosen],
            [[b.figures.new_customers for b in chosen]],
            [t("chart.new_customers")],
            height=58 * mm,
            width=WIDTH / 2,
        )
        self.add(KeepTogether(_side_by_side(figures, chart)))
        self.note(t("def.customers"))

    def rfm(self) -> None:
        r, t = self.r, self.t
        rfm = r.rfm
        self.heading("section.rfm")
        scale = rfm.scale
        self.note(
            t(
                "rfm.window",
                rfm.window.start.isoformat(),
                rfm.window.end.isoformat(),
                scale.mean_recency_days() or "—",
                scale.mean_visits() or "—",
                money_text(scale.mean_spend_fen()),
            )
        )
        whole = rfm.spend_fen
        rows: list[list[object]] = [
            [
                t.segment(row.segment),
                count_text(row.customers),
                _pct(row.customers, scale.customers),
                money_text(row.spend_fen),
                _pct(row.spend_fen, whole),
                money_text(average_fen(row.spend_fen, row.customers)),
            ]
            for row in rfm.rows
        ]
        header = [
            t("col.segment"),
            t("col.customers"),
            t("col.customer_share"),
            t("col.spend"),
            t("col.spend_share"),
            t("col.average_spend"),
        ]
        self.add(_table(header, rows, [40, 24, 26, 34, 26, 30]), Spacer(1, 3 * mm))
        bars = [(t.segment(row.segment), row.customers) for row in rfm.rows]
        self.add(_hbar(t("chart.rfm"), bars, width=WIDTH))

    def customer_list(self, key: str, rows_in: Sequence[Any], *, lapsed: bool = False) -> None:
        t = self.t
        self.heading(key)
        if not rows_in:
            self.note(t("no_data"))
            return
        rows: list[list[object]] = [
            [
                str(n),
                c.name,
                c.phone or "",
                c.tier,
                count_text(c.visits),
                money_text(c.spend_fen),
                "" if c.last_visit is None else c.last_visit.isoformat(),
                money_text(c.balance_fen),
                t.segment(c.segment),
            ]
            for n, c in enumerate(rows_in, start=1)
        ]
        header = [
            t("col.rank"),
            t("col.customer"),
            t("col.phone"),
            t("col.tier"),
            t("col.visits"),
            t("col.previous_spend") if lapsed else t("col.spend"),
            t("col.last_visit"),
            t("col.balance"),
            t("col.segment"),
        ]
        self.add(
            _table(header, rows, [9, 22, 22, 17, 12, 24, 20, 22, 28], left=4, text_columns=(6, 8))
        )

    def liabilities(self) -> None:
        r, t = self.r, self.t
        li = r.liabilities
        self.heading("section.liabilities")
        rows: list[list[object]] = []
        for row in liability_rows(li):
            figure = money_text if row.money else count_text
            rows.append([t(row.key), figure(row.opening), figure(row.closing)])
        header = [t("col.what"), t("col.opening"), t("col.closing")]
        self.add(_table(header, rows, [70, 55, 55]), Spacer(1, 3 * mm))
        self.subheading(t("section.stored_value"))
        rows = [
            [t(key), money_text(pv), money_text(bv), money_text(pv + bv)]
            for key, pv, bv in stored_value_flows(li)
        ]
        header = [t("col.what"), t("col.principal"), t("col.bonus"), t("col.total")]
        self.add(_table(header, rows, [60, 40, 40, 40], total_row=True), Spacer(1, 3 * mm))
        self.subheading(t("section.points"))
        rows = [[t(key), count_text(v)] for key, v in points_flows(li)]
        self.add(_table([t("col.what"), t("col.points")], rows, [70, 40]))
        self.note(t("def.liabilities"))

    def reminders(self) -> None:
        r, t = self.r, self.t
        self.heading("section.reminders")
        self.note(t("rem.window", r.reminders.days))
        if not r.reminders.rows:
            self.note(t("no_data"))
            return
        rows: list[list[object]] = [
            [
                t.reminder(row.kind),
                count_text(row.contacts),
                count_text(row.customers),
                count_text(row.came_back),
                percent_text(row.rate),
                money_text(row.spent_fen),
                count_text(row.open_windows),
            ]
            for row in (*r.reminders.rows, r.reminders.total)
        ]
        header = [
            t("col.reminder"),
            t("col.contacts"),
            t("col.customers"),
            t("col.came_back"),
            t("col.rate"),
            t("col.spent"),
            t("col.open"),
        ]
        self.add(_table(header, rows, [36, 20, 20, 20, 18, 30, 26], total_row=True))

    def appointments(self) -> None:
        """Bookings per day (the days with any), the no-show rate and staff utilisation."""
        figures, t = self.r.appointments, self.t
        if figures is None:
            return
        self.heading("section.appointments")
        total = figures.total
        self.note(
            t(
                "appt.summary",
                count_text(total.bookings),
                percent_text(total.no_show_rate),
                percent_text(figures.utilisation),
            )
        )
        names = [d.day.strftime("%m-%d") for d in figures.days]
        series = [[d.bookings for d in figures.days]]
        self.add(
            _bar_chart(
                t("col.bookings"), names, series, [t("col.bookings")], height=48 * mm, whole=True
            ),
            Spacer(1, 3 * mm),
        )
        header = [
            t("col.date"),
            t("col.bookings"),
            t("col.came"),
            t("col.no_shows"),
            t("col.still_booked"),
            t("col.cancelled"),
            t("col.no_show_rate"),
        ]
        busy = [d for d in figures.days if d.bookings or d.cancelled]
        rows: list[list[object]] = [
            [
                label,
                count_text(d.bookings),
                count_text(d.came),
                count_text(d.no_shows),
                count_text(d.booked),
                count_text(d.cancelled),
                percent_text(d.no_show_rate),
            ]
            for label, d in [*((d.day.isoformat(), d) for d in busy), (t("col.total"), total)]
        ]
        self.subheading(t("section.bookings"))
        self.add(_table(header, rows, [28, 20, 20, 20, 22, 20, 24], total_row=True))
        self.subheading(t("section.utilisation"))
        header = [
            t("col.staff"),
            t("col.appointments"),
            t("col.booked_hours"),
            t("col.shift_hours"),
            t("col.utilisation"),
        ]
        rows = [
            [
                s.name or t("staff.none"),
                count_text(s.appointments),
                _hours_text(s.booked_minutes),
                _hours_text(s.shift_minutes),
                percent_text(s.utilisation),
            ]
            for s in figures.staff
        ]
        rows.append(
            [
                t("col.total"),
                count_text(sum(s.appointments for s in figures.staff)),
                _hours_text(figures.booked_minutes),
                _hours_text(figures.shift_minutes),
                percent_text(figures.utilisation),
            ]
        )
        self.add(_table(header, rows, [40, 24, 26, 26, 24], total_row=True))

    def marketing(self) -> None:
        """Coupons outstanding (a liability), promotion cost by promotion, campaign effect."""
        figures, t = self.r.marketing, self.t
        if figures is None:
            return
        self.heading("section.marketing")
        self.note(
            t(
                "mkt.summary",
                count_text(figures.coupon_count),
                money_text(figures.coupon_face_fen),
                count_text(figures.expiring_count),
                money_text(figures.expiring_face_fen),
                money_text(figures.promotion_cost_fen),
            )
        )
        self.subheading(
            f"{t('section.coupon_liability')} · {t('mkt.on', figures.liability_on.isoformat())}"
        )
        rows: list[list[object]] = [
            [
                c.name,
                count_text(c.count),
                money_text(c.face_fen),
                count_text(c.expiring_count),
                money_text(c.expiring_face_fen),
            ]
            for c in figures.coupons
        ]
        rows.append(
            [
                t("col.total"),
                count_text(figures.coupon_count),
                money_text(figures.coupon_face_fen),
                count_text(figures.expiring_count),
                money_text(figures.expiring_face_fen),
            ]
        )
        header = [
            t("col.coupon"),
            t("col.coupons"),
            t("col.face_value"),
            t("col.expiring"),
            t("col.expiring_value"),
        ]
        self.add(_table(header, rows, [60, 24, 30, 30, 30], total_row=True), Spacer(1, 3 * mm))
        self.subheading(t("section.promotion_cost"))
        rows = [
            [p.name, t.source(p.source), count_text(p.sales), money_text(p.amount_fen)]
            for p in figures.promotion_costs
        ]
        rows.append(
            [
                t("col.total"),
                "",
                count_text(sum(p.sales for p in figures.promotion_costs)),
                money_text(figures.promotion_cost_fen),
            ]
        )
        header = [t("col.promotion"), t("col.source"), t("col.sales"), t("col.saving")]
        self.add(_table(header, rows, [70, 30, 30, 40], left=2, total_row=True), Spacer(1, 3 * mm))
        if figures.campaigns:
            self.subheading(t("section.campaign_effect"))
            header = [
                t("col.campaign"),
                t("col.campaign_period"),
                t("col.reached"),
                t("col.redeemed"),
                t("col.redemption_rate"),
                t("col.redeemer_revenue"),
                t("col.discount_cost"),
                t("col.incremental"),
                t("col.interval"),
            ]
            rows = [
                [
                    c.name,
                    f"{c.starts_on:%m-%d}–{c.ends_on:%m-%d}",
                    count_text(c.reached),
                    count_text(c.redeemed),
                    percent_text(c.redemption_percent),
                    money_text(c.revenue_from_redeemers_fen),
                    money_text(c.discount_cost_fen),
                    money_text(c.effect.incremental) if c.effect.measurable else "–",
                    # on two lines: six-figure ends do not fit one line of the column
                    interval_text(c.effect).replace(" – ", " –\n"),
                ]
                for c in figures.campaigns
            ]
            self.add(
                _table(header, rows, [28, 19, 12, 12, 14, 24, 21, 28, 34], left=2),
                Spacer(1, 2 * mm),
            )
            for c in figures.campaigns:
                self.note(escape(f"{c.name}: {t.verdict(c.effect)}"))
        self.note(t("def.marketing"))

    def definitions(self) -> None:
        self.heading("section.definitions")
        for key in definition_keys(self.r):
            self.add(Paragraph(self.t(key), self.s["definition"]))


def _hours_text(minutes: int) -> str:
    """Minutes as hours to one place: 450 → "7.5"."""
    tenths = (minutes * 10 + 30) // 60  # rounded half up, in whole tenths of an hour
    return f"{tenths // 10:,}.{tenths % 10}"


def _top_and_rest(parts: list[tuple[str, int]], keep: int, t: Labels) -> list[tuple[str, int]]:
    if len(parts) <= keep:
        return parts
    rest = sum(v for _n, v in parts[keep - 1 :])
    return [*parts[: keep - 1], (t("category.other"), rest)]


def build_story(report: Report, labels: Mapping[str, str] | None = None) -> list[Flowable]:
    story = _Story(report, Labels(labels))
    story.cover()
    story.sales()
    story.payments()
    story.items()
    story.staff()
    story.customers()
    story.rfm()
    story.customer_list("section.top_customers", report.top_customers)
    if report.summary.active_customers.previous is not None:
        story.customer_list("section.lapsed_customers", report.lapsed_customers, lapsed=True)
    story.liabilities()
    story.reminders()
    story.appointments()
    story.marketing()
    story.definitions()
    return story.flow


def write_pdf(report: Report, path: Path, labels: Mapping[str, str] | None = None) -> Path:
    """Write the report to ``path`` (a temporary file beside it, renamed when complete)."""
    target = Path(path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        _build(report, str(temp), labels)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target


def pdf_bytes(report: Report, labels: Mapping[str, str] | None = None) -> bytes:
    """The report's PDF made in memory (for the print preview: nothing is written to disk)."""
    buffer = io.BytesIO()
    _build(report, buffer, labels)
    return buffer.getvalue()


def _build(report: Report, target: str | io.BytesIO, labels: Mapping[str, str] | None) -> None:
    register_font()
    text = Labels(labels)
    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER,
        bottomMargin=MARGIN + FOOTER,
        title=f"{report.store_name} {text('title')} {text.period(report.period)}",
        author=report.generated_by,
        creator="StoreCRM",
        subject=text("title"),
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=_running_head(report, text))]
    )
    doc.build(
        build_story(report, labels),
        canvasmaker=numbered_canvas(lambda n, total: text("page", n, total)),
    )


__all__ = ["build_story", "pdf_bytes", "register_font", "write_pdf"]
