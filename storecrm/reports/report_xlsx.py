"""The business report as an Excel workbook (.xlsx, openpyxl) for the owner's accountant.

One sheet per section. Every sheet starts with a title line (store, section, period), then a
bold header row that stays frozen and carries an autofilter. Figures are real numbers: money
is yuan with a ¥ currency format (written from integer fen as exact decimals), counts are
integers, rates are fractions shown as percentages, days are real dates (months as dates
shown 2025-11). Columns are sized to what they hold. Charts are native Excel charts that
read the sheet's own cells, so they follow any correction the accountant makes.

Pure: it reads a :class:`~storecrm.domain.reports.Report` and the words in ``labels``; the file
is written beside the target and renamed when complete.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.series import SeriesLabel
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from storecrm.domain.membership import MONEY_METHODS
from storecrm.domain.money import yuan_decimal
from storecrm.domain.reports import (
    Granularity,
    Report,
    average_fen,
    change_percent,
    percent,
)
from storecrm.reports.customer_export import save_atomically
from storecrm.reports.report_labels import Labels, definition_keys, interval_text
from storecrm.reports.report_rows import (
    customer_figures,
    liability_rows,
    points_flows,
    stored_value_flows,
)

MONEY = '"¥"#,##0.00'
COUNT = "#,##0"
PERCENT = "0.0%"
CHANGE = "+0.0%;-0.0%;0.0%"


def points_change_format(unit: str) -> str:
    """A change in percentage points with its unit (" pt", " 个百分点") as Excel shows it."""
    text = unit.replace('"', "")
    return f'+0.0"{text}";-0.0"{text}";0.0"{text}"'


POINTS_CHANGE = points_change_format(" pt")
DATE = "yyyy-mm-dd"
MONTH = "yyyy-mm"
DATETIME = "yyyy-mm-dd hh:mm"
HOURS = "#,##0.0"
MONEY_AXIS = '"¥"#,##0'  # a chart's money axis: whole yuan
MAX_WIDTH = 48
TITLE_ROW, HEADER_ROW = 1, 3  # a title line, a blank line, the header row

_TEAL = "0F766E"
_HEADER_FILL = PatternFill("solid", fgColor="F0FDFA")
_TOTAL_FILL = PatternFill("solid", fgColor="CCFBF1")
_HEADER_FONT = Font(bold=True, color=_TEAL)
_TITLE_FONT = Font(bold=True, size=13, color=_TEAL)
_BOLD = Font(bold=True)
_RULE = Border(bottom=Side(style="thin", color=_TEAL))
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else yuan_decimal(fen)  # exact: fen are integers


def _fraction(value: Decimal | None) -> Decimal | None:
    """A percentage (12.5) as the fraction Excel formats as a percentage (0.125)."""
    return None if value is None else value / 100


@dataclass(frozen=True, slots=True)
class Col:
    header: str
    kind: str  # text | int | money | percent | change | points_change | date | month


def _width(value: object, kind: str) -> int:
    if value is None:
        return 0
    if kind == "money" and isinstance(value, Decimal):
        return len(f"¥{value:,.2f}")
    if kind in ("percent", "change", "points_change") and isinstance(value, Decimal):
        return len(f"{value * (1 if kind == 'points_change' else 100):+,.1f}") + 4
    if kind in ("percent", "change", "points_change"):
        return 8
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, int | Decimal):
        return len(f"{value:,}")
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(value))


class _Sheet:
    """One section: a title line, a header row, typed rows, then widths, filter and freeze."""

    FORMATS = {
        "money": MONEY,
        "int": COUNT,
        "percent": PERCENT,
        "change": CHANGE,
        "points_change": POINTS_CHANGE,
        "date": DATE,
        "month": MONTH,
        "datetime": DATETIME,
        "hours": HOURS,
    }

    def __init__(self, ws: Worksheet, title: str, cols: Sequence[Col]) -> None:
        self.ws = ws
        self.cols = list(cols)
        self.widths = [_width(c.header, "text") + 2 for c in self.cols]
        self.row = HEADER_ROW
        title_cell = ws.cell(row=TITLE_ROW, column=1, value=title)
        title_cell.font = _TITLE_FONT
        for i, col in enumerate(self.cols, start=1):
            cell = _header_cell(ws, HEADER_ROW, i, col.header)
            cell.alignment = Alignment(
                horizontal="left" if col.kind == "text" else "right", vertical="center"
            )

    @property
    def first_data_row(self) -> int:
        return HEADER_ROW + 1

    def add(self, values: Sequence[object], *, total: bool = False) -> int:
        self.row += 1
        for i, (col, value) in enumerate(zip(self.cols, values, strict=True), start=1):
            if isinstance(value, str):
                value = value.strip()
            cell = self.ws.cell(row=self.row, column=i)
            if isinstance(value, str) and value.startswith("="):
                cell.value = value
                cell.data_type = "s"  # a name is never a formula
            else:
                cell.value = value
            fmt = self.FORMATS.get(col.kind)
            if fmt is not None and value is not None:
                cell.number_format = fmt
            if total:
                cell.font = _BOLD
                cell.fill = _TOTAL_FILL
            self.widths[i - 1] = max(self.widths[i - 1], _width(value, col.kind) + 2)
        return self.row

    def finish(self, *, autofilter: bool = True) -> None:
        ws = self.ws
        for i, width in enumerate(self.widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = min(max(width, 8), MAX_WIDTH)
        ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
        if autofilter:
            last = get_column_letter(len(self.cols))
            ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(self.row, HEADER_ROW + 1)}"
        ws.sheet_view.zoomScale = 100

    def chart_anchor(self) -> str:
        """Where a chart goes: two columns to the right of the table, at the header row."""
        return f"{get_column_letter(len(self.cols) + 2)}{HEADER_ROW}"

    def add_chart(
        self,
        chart: BarChart | LineChart,
        title: str,
        column: int,
        last_row: int,
        *,
        across: bool = False,
        money: bool = True,
        width: float = 16,
    ) -> None:
        """Chart ``column`` of the table's rows (named by its header cell) against the first
        column, without a legend, beside the table. ``across`` draws horizontal bars, the first
        row on top as listed; ``money`` writes the value axis in whole yuan."""
        ws = self.ws
        if across:
            chart.type = "bar"
            chart.x_axis.scaling.orientation = "maxMin"
        chart.title = title
        chart.add_data(
            Reference(ws, min_col=column, min_row=HEADER_ROW, max_row=last_row),
            titles_from_data=True,
        )
        chart.set_categories(Reference(ws, min_col=1, min_row=HEADER_ROW + 1, max_row=last_row))
        chart.legend = None
        if money:
            chart.y_axis.numFmt = MONEY_AXIS
        chart.height, chart.width = 9, width
        ws.add_chart(chart, self.chart_anchor())


def _header_cell(ws: Worksheet, row: int, column: int, text: str) -> Any:
    """A header cell: bold teal on pale teal, ruled below."""
    cell = ws.cell(row=row, column=column, value=text)
    cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _RULE
    return cell


def _sheet_title(text: str, used: set[str]) -> str:
    title = _BAD_SHEET_CHARS.sub(" ", text).strip()[:31] or "Sheet"
    base, n = title, 2
    while title.lower() in used:
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(title.lower())
    return title


class _Book:
    def __init__(self, report: Report, text: Labels) -> None:
        self.r = report
        self.t = text
        self.wb = Workbook()
        self.used: set[str] = set()
        self.first = True

    def sheet(self, key: str, section: str, cols: Sequence[Col]) -> _Sheet:
        title = _sheet_title(self.t(key), self.used)
        if self.first:
            ws = self.wb.active
            assert ws is not None
            ws.title = title
            self.first = False
        else:
            ws = self.wb.create_sheet(title)
        heading = f"{self.r.store_name} · {self.t(section)} · {self.t.period(self.r.period)}"
        return _Sheet(ws, heading, cols)

    # -- the sections ------------------------------------------------------------------------
    def summary(self) -> None:
        r, t = self.r, self.t
        m = r.summary
        sheet = self.sheet(
            "sheet.summary",
            "section.summary",
            [
                Col(t("col.figure"), "text"),
                Col(t("current"), "money"),
                Col(t("previous"), "money"),
                Col(t("col.change"), "change"),
            ],
        )
        money_rows = [
            ("kpi.revenue", m.revenue_fen),
            ("kpi.average_ticket", m.average_ticket_fen),
            ("kpi.money_received", m.money_received_fen),
            ("kpi.top_ups", m.top_ups_fen),
        ]
        count_rows = [
            ("kpi.visits", m.visits),
            ("kpi.new_customers", m.new_customers),
            ("kpi.active_customers", m.active_customers),
        ]
        for key, c in money_rows:
            sheet.add([t(key), _yuan(c.current), _yuan(c.previous), _fraction(c.change)])
        for key, c in count_rows:
            row = sheet.add([t(key), c.current, c.previous, _fraction(c.change)])
            for col in (2, 3):
                sheet.ws.cell(row=row, column=col).number_format = COUNT
        for key, rc in (("kpi.repeat_rate", m.repeat_rate), ("kpi.churn_rate", m.churn_rate)):
            row = sheet.add(
                [t(key), _fraction(rc.current), _fraction(rc.previous), rc.change_points]
            )
            for col in (2, 3):
                sheet.ws.cell(row=row, column=col).number_format = PERCENT
            sheet.ws.cell(row=row, column=4).number_format = points_change_format(
                t("unit.points_change")
            )
        sv = m.stored_value_fen
        sheet.add(
            [
                f"{t('kpi.stored_value')} ({t('col.closing')} / {t('col.opening')})",
                _yuan(sv.current),
                _yuan(sv.previous),
                _fraction(sv.change),
            ]
        )
        sheet.finish(autofilter=False)
        ws = sheet.ws
        info = [
            t.period(r.period),
            t("compared_with", r.previous.start.isoformat(), r.previous.end.isoformat())
            if m.revenue_fen.previous is not None
            else "",
            t("generated", r.generated_at.strftime("%Y-%m-%d %H:%M"), r.generated_by),
        ]
        for n, line in enumerate(info, start=sheet.row + 2):
            if line:
                ws.cell(row=n, column=1, value=line).font = Font(color="6B7280")

    def buckets(self, g: Granularity) -> None:
        r, t = self.r, self.t
        first: list[Col]
        if g is Granularity.DAY:
            first = [Col(t("col.date"), "date")]
        elif g is Granularity.WEEK:
            first = [Col(t("col.from"), "date"), Col(t("col.to"), "date")]
        else:
            first = [Col(t("col.month"), "month")]
        cols = [
            *first,
            Col(t("col.visits"), "int"),
            Col(t("col.gross"), "money"),
            Col(t("col.refunds"), "money"),
            Col(t("col.revenue"), "money"),
            Col(t("col.discount"), "money"),
            Col(t("col.average_ticket"), "money"),
            Col(t("col.members"), "money"),
            Col(t("col.walk_ins"), "money"),
            Col(t("col.top_ups"), "money"),
            Col(t("col.paid_out"), "money"),
            Col(t("col.new_customers"), "int"),
        ]
        sheet = self.sheet(f"sheet.by_{g.value}", f"section.by_{g.value}", cols)
        chosen = r.buckets(g)
        for b in chosen:
            f = b.figures
            lead: list[object] = (
                [b.period.start, b.period.end] if g is Granularity.WEEK else [b.period.start]
            )
            sheet.add(
                [
                    *lead,
                    f.sales,
                    _yuan(f.gross_fen),
                    _yuan(f.refunds_fen),
                    _yuan(f.revenue_fen),
                    _yuan(f.discount_fen),
                    _yuan(f.average_ticket_fen),
                    _yuan(f.member_fen),
                    _yuan(f.walk_in_fen),
                    _yuan(f.net_top_ups_fen),
                    _yuan(f.withdrawals_fen),
                    f.new_customers,
                ]
            )
        last_data = sheet.row
        sheet.finish()
        if not chosen:
            return
        # Revenue per bucket, as Excel draws it from these cells.
        revenue_col = len(first) + 4
        chart: BarChart | LineChart = LineChart() if len(chosen) > 40 else BarChart()
        chart.y_axis.title = t("col.revenue")
        sheet.add_chart(chart, t("chart.revenue"), revenue_col, last_data, width=22)

    def payments(self) -> None:
        r, t = self.r, self.t
        sheet = self.sheet(
            "sheet.payments",
            "section.payments",
            [
                Col(t("col.method"), "text"),
                Col(t("col.sales"), "money"),
                Col(t("col.top_ups"), "money"),
                Col(t("col.refunds"), "money"),
                Col(t("col.paid_out"), "money"),
                Col(t("col.net"), "money"),
                Col(t("col.previous_net"), "money"),
            ],
        )
        for m in r.payments:
            sheet.add(
                [
                    t.method(m.method),
                    _yuan(m.sales_fen),
                    _yuan(m.top_ups_fen),
                    _yuan(m.refunds_fen),
                    _yuan(m.withdrawals_fen),
                    _yuan(m.net_fen),
                    _yuan(m.previous_net_fen),
                ]
            )
        money_rows = [i for i, m in enumerate(r.payments) if m.method in MONEY_METHODS]
        sheet.finish()
        if money_rows and money_rows == list(range(len(money_rows))):
            pie = PieChart()
            pie.title = t("chart.money_by_method")
            first, last = HEADER_ROW + 1, HEADER_ROW + len(money_rows)
            pie.add_data(
                Reference(sheet.ws, min_col=6, min_row=HEADER_ROW, max_row=last),
                titles_from_data=True,
            )
            pie.set_categories(Reference(sheet.ws, min_col=1, min_row=first, max_row=last))
            pie.dataLabels = DataLabelList(
                showPercent=True, showVal=False, showCatName=False, showSerName=False,
                showLegendKey=False,
            )  # fmt: skip
            pie.height, pie.width = 9, 13
            sheet.ws.add_chart(pie, sheet.chart_anchor())

    def items(self) -> None:
        r, t = self.r, self.t
        whole = sum(c.amount_fen for c in r.categories)
        sheet = self.sheet(
            "sheet.categories",
            "section.categories",
            [
                Col(t("col.category"), "text"),
                Col(t("col.qty"), "int"),
                Col(t("col.amount"), "money"),
                Col(t("col.share"), "percent"),
            ],
        )
        shown = [c for c in r.categories if c.qty or c.amount_fen]
        for c in shown:
            sheet.add(
                [
                    t.category(c.kind, c.category),
                    c.qty,
                    _yuan(c.amount_fen),
                    _fraction(percent(c.amount_fen, whole)),
                ]
            )
        last = sheet.row
        sheet.finish()
        if shown:  # the biggest on top, as listed
            sheet.add_chart(BarChart(), t("chart.categories"), 3, last, across=True)

        sheet = self.sheet(
            "sheet.items",
            "section.items",
            [
                Col(t("col.item"), "text"),
                Col(t("col.category"), "text"),
                Col(t("col.qty"), "int"),
                Col(t("col.amount"), "money"),
                Col(t("col.discount"), "money"),
                Col(t("col.share"), "percent"),
                Col(t("col.sessions_used"), "int"),
            ],
        )
        for i in r.items:
            sheet.add(
                [
                    t.item(i.kind, i.name),
                    t.category(i.kind, i.category),
                    i.qty,
                    _yuan(i.amount_fen),
                    _yuan(i.discount_fen),
                    _fraction(percent(i.amount_fen, whole)),
                    i.sessions_used,
                ]
            )
        sheet.finish()

    def staff(self) -> None:
        r, t = self.r, self.t
        whole = sum(s.revenue_fen for s in r.staff)
        sheet = self.sheet(
            "sheet.staff",
            "section.staff",
            [
                Col(t("col.staff"), "text"),
                Col(t("col.visits"), "int"),
                Col(t("col.revenue"), "money"),
                Col(t("col.average_ticket"), "money"),
                Col(t("col.top_ups"), "money"),
                Col(t("col.share"), "percent"),
                Col(t("col.previous_revenue"), "money"),
                Col(t("col.change"), "change"),
            ],
        )
        for s in r.staff:
            sheet.add(
                [
                    s.name or t("staff.none"),
                    s.sales,
                    _yuan(s.revenue_fen),
                    _yuan(s.average_ticket_fen),
                    _yuan(s.top_ups_fen),
                    _fraction(percent(s.revenue_fen, whole)),
                    _yuan(s.previous_revenue_fen),
                    _fraction(change_percent(s.revenue_fen, s.previous_revenue_fen)),
                ]
            )
        last = sheet.row
        sheet.finish()
        if r.staff:
            sheet.add_chart(BarChart(), t("chart.staff"), 3, last)

    def customers(self) -> None:
        r, t = self.r, self.t
        sheet = self.sheet(
            "sheet.customers",
            "section.customers",
            [Col(t("col.figure"), "text"), Col(t("col.value"), "int")],
        )
        for key, value, rate in customer_figures(r):
            row = sheet.add([t(key), value if isinstance(value, int) else _fraction(value)])
            sheet.ws.cell(row=row, column=2).number_format = PERCENT if rate else COUNT
        sheet.finish(autofilter=False)

    def rfm(self) -> None:
        r, t = self.r, self.t
        rfm = r.rfm
        scale = rfm.scale
        sheet = self.sheet(
            "sheet.rfm",
            "section.rfm",
            [
                Col(t("col.segment"), "text"),
                Col(t("col.customers"), "int"),
                Col(t("col.customer_share"), "percent"),
                Col(t("col.spend"), "money"),
                Col(t("col.spend_share"), "percent"),
                Col(t("col.average_spend"), "money"),
                Col(t("col.visits"), "int"),
            ],
        )
        for row in rfm.rows:
            sheet.add(
                [
                    t.segment(row.segment),
                    row.customers,
                    _fraction(percent(row.customers, scale.customers)),
                    _yuan(row.spend_fen),
                    _fraction(percent(row.spend_fen, rfm.spend_fen)),
                    _yuan(average_fen(row.spend_fen, row.customers)),
                    row.visits,
                ]
            )
        last = sheet.row
        sheet.finish()
        note = t(
            "rfm.window",
            rfm.window.start.isoformat(),
            rfm.window.end.isoformat(),
            scale.mean_recency_days() or "—",
            scale.mean_visits() or "—",
            f"¥{Decimal(scale.mean_spend_fen()) / 100:,.2f}",
        )
        sheet.ws.cell(row=last + 2, column=1, value=note).font = Font(color="6B7280")
        sheet.add_chart(BarChart(), t("chart.rfm"), 2, last, across=True, money=False)

    def customer_list(self, key: str, section: str, rows: Sequence[Any], lapsed: bool) -> None:
        t = self.t
        sheet = self.sheet(
            key,
            section,
            [
                Col(t("col.rank"), "int"),
                Col(t("col.customer"), "text"),
                Col(t("col.phone"), "text"),
                Col(t("col.tier"), "text"),
                Col(t("col.visits"), "int"),
                Col(t("col.previous_spend") if lapsed else t("col.spend"), "money"),
                Col(t("col.last_visit"), "date"),
                Col(t("col.balance"), "money"),
                Col(t("col.segment"), "text"),
            ],
        )
        for n, c in enumerate(rows, start=1):
            sheet.add(
                [
                    n,
                    c.name,
                    c.phone or "",
                    c.tier,
                    c.visits,
                    _yuan(c.spend_fen),
                    c.last_visit,
                    _yuan(c.balance_fen),
                    t.segment(c.segment),
                ]
            )
        sheet.finish()

    def liabilities(self) -> None:
        r, t = self.r, self.t
        li = r.liabilities
        sheet = self.sheet(
            "sheet.liabilities",
            "section.liabilities",
            [
                Col(t("col.what"), "text"),
                Col(t("col.opening"), "money"),
                Col(t("col.closing"), "money"),
            ],
        )
        for line in liability_rows(li):
            if line.money:
                row = sheet.add([t(line.key), _yuan(line.opening), _yuan(line.closing)])
            else:
                row = sheet.add([t(line.key), line.opening, line.closing])
                for col in (2, 3):
                    sheet.ws.cell(row=row, column=col).number_format = COUNT
        sheet.finish(autofilter=False)

        # The stored value's way from the start to the end, below, with its own header.
        ws = sheet.ws
        start = sheet.row + 3
        ws.cell(row=start - 1, column=1, value=t("section.stored_value")).font = _TITLE_FONT
        heads = [t("col.what"), t("col.principal"), t("col.bonus"), t("col.total")]
        for i, head in enumerate(heads, start=1):
            _header_cell(ws, start, i, head)
        flows = stored_value_flows(li)
        for n, (key, pv, bv) in enumerate(flows, start=start + 1):
            ws.cell(row=n, column=1, value=t(key))
            for col, fen in ((2, pv), (3, bv), (4, pv + bv)):
                cell = ws.cell(row=n, column=col, value=_yuan(fen))
                cell.number_format = MONEY
        last_flow = start + len(flows)
        for col in range(1, 5):
            ws.cell(row=last_flow, column=col).font = _BOLD
            ws.cell(row=last_flow, column=col).fill = _TOTAL_FILL
        widest = max(
            _width(_yuan(fen), "money") for _k, pv, bv in flows for fen in (pv, bv, pv + bv)
        )
        for column in "BCD":  # bold totals need a little more room
            current = ws.column_dimensions[column].width or 8
            ws.column_dimensions[column].width = min(max(current, widest + 4), MAX_WIDTH)
        chart = BarChart()
        chart.title = t("chart.stored_value")
        chart.grouping = "clustered"
        chart.add_data(
            Reference(ws, min_col=2, max_col=3, min_row=start + 2, max_row=last_flow - 1)
        )
        for series, name in zip(chart.series, (t("col.principal"), t("col.bonus")), strict=True):
            series.tx = SeriesLabel(v=name)
        chart.set_categories(Reference(ws, min_col=1, min_row=start + 2, max_row=last_flow - 1))
        chart.y_axis.numFmt = MONEY_AXIS
        chart.height, chart.width = 9, 18
        ws.add_chart(chart, f"F{start}")

        start = last_flow + 3
        ws.cell(row=start - 1, column=1, value=t("section.points")).font = _TITLE_FONT
        for i, head in enumerate((t("col.what"), t("col.points")), start=1):
            _header_cell(ws, start, i, head)
        point_rows = points_flows(li)
        for n, (key, value) in enumerate(point_rows, start=start + 1):
            ws.cell(row=n, column=1, value=t(key))
            ws.cell(row=n, column=2, value=value).number_format = COUNT
        keys = [flow[0] for flow in flows] + [flow[0] for flow in point_rows]
        width = max(_width(t(key), "text") for key in keys) + 2
        ws.column_dimensions["A"].width = min(
            max(ws.column_dimensions["A"].width, width), MAX_WIDTH
        )

    def reminders(self) -> None:
        r, t = self.r, self.t
        sheet = self.sheet(
            "sheet.reminders",
            "section.reminders",
            [
                Col(t("col.reminder"), "text"),
                Col(t("col.contacts"), "int"),
                Col(t("col.customers"), "int"),
                Col(t("col.came_back"), "int"),
                Col(t("col.rate"), "percent"),
                Col(t("col.spent"), "money"),
                Col(t("col.open"), "int"),
            ],
        )
        for row in r.reminders.rows:
            sheet.add(_reminder_values(t, row))
        if r.reminders.rows:
            sheet.add(_reminder_values(t, r.reminders.total), total=True)
        last = sheet.row
        sheet.finish()
        sheet.ws.cell(row=last + 2, column=1, value=t("rem.window", r.reminders.days)).font = Font(
            color="6B7280"
        )

    def definitions(self) -> None:
        t = self.t
        ws = self.wb.create_sheet(_sheet_title(t("sheet.definitions"), self.used))
        ws.cell(row=1, column=1, value=t("section.definitions")).font = _TITLE_FONT
        ws.column_dimensions["A"].width = 110
        for n, key in enumerate(definition_keys(self.r), start=3):
            cell = ws.cell(row=n, column=1, value=t(key))
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[n].height = 15 * (1 + _width(t(key), "text") // 105)

    def appointments(self) -> None:
        """Bookings per day with the no-show rate, and each staff member's utilisation."""
        figures, t = self.r.appointments, self.t
        if figures is None:
            return
        sheet = self.sheet(
            "sheet.bookings",
            "section.bookings",
            [
                Col(t("col.date"), "date"),
                Col(t("col.bookings"), "int"),
                Col(t("col.came"), "int"),
                Col(t("col.no_shows"), "int"),
                Col(t("col.still_booked"), "int"),
                Col(t("col.cancelled"), "int"),
                Col(t("col.no_show_rate"), "percent"),
            ],
        )
        for day in figures.days:
            sheet.add(_booking_values(day.day, day))
        total = figures.total
        sheet.add(_booking_values(t("col.total"), total), total=True)
        last = sheet.row - 1
        sheet.finish()
        sheet.add_chart(BarChart(), t("col.bookings"), 2, last, money=False)

        sheet = self.sheet(
            "sheet.utilisation",
            "section.utilisation",
            [
                Col(t("col.staff"), "text"),
                Col(t("col.appointments"), "int"),
                Col(t("col.booked_hours"), "hours"),
                Col(t("col.shift_hours"), "hours"),
                Col(t("col.utilisation"), "percent"),
            ],
        )
        for s in figures.staff:
            sheet.add(
                [
                    s.name or t("staff.none"),
                    s.appointments,
                    _hours(s.booked_minutes),
                    _hours(s.shift_minutes),
                    _fraction(s.utilisation),
                ]
            )
        sheet.add(
            [
                t("col.total"),
                sum(s.appointments for s in figures.staff),
                _hours(figures.booked_minutes),
                _hours(figures.shift_minutes),
                _fraction(figures.utilisation),
            ],
            total=True,
        )
        sheet.finish()

    def marketing(self) -> None:
        """Coupons outstanding, promotion cost by promotion, the campaigns' effect."""
        figures, t = self.r.marketing, self.t
        if figures is None:
            return
        sheet = self.sheet(
            "sheet.coupons",
            "section.coupon_liability",
            [
                Col(t("col.coupon"), "text"),
                Col(t("col.coupons"), "int"),
                Col(t("col.face_value"), "money"),
                Col(t("col.expiring"), "int"),
                Col(t("col.expiring_value"), "money"),
                Col(t("col.counted_on"), "date"),
            ],
        )
        for c in figures.coupons:
            sheet.add(
                [
                    c.name,
                    c.count,
                    _yuan(c.face_fen),
                    c.expiring_count,
                    _yuan(c.expiring_face_fen),
                    figures.liability_on,
                ]
            )
        sheet.add(
            [
                t("col.total"),
                figures.coupon_count,
                _yuan(figures.coupon_face_fen),
                figures.expiring_count,
                _yuan(figures.expiring_face_fen),
                figures.liability_on,
            ],
            total=True,
        )
        sheet.finish()

        sheet = self.sheet(
            "sheet.promotion_cost",
            "section.promotion_cost",
            [
                Col(t("col.promotion"), "text"),
                Col(t("col.source"), "text"),
                Col(t("col.sales"), "int"),
                Col(t("col.saving"), "money"),
            ],
        )
        for p in figures.promotion_costs:
            sheet.add([p.name, t.source(p.source), p.sales, _yuan(p.amount_fen)])
        sheet.add(
            [
                t("col.total"),
                "",
                sum(p.sales for p in figures.promotion_costs),
                _yuan(figures.promotion_cost_fen),
            ],
            total=True,
        )
        sheet.finish()

        if not figures.campaigns:
            return
        sheet = self.sheet(
            "sheet.campaigns",
            "section.campaign_effect",
            [
                Col(t("col.campaign"), "text"),
                Col(t("col.from"), "date"),
                Col(t("col.to"), "date"),
                Col(t("col.reached"), "int"),
                Col(t("col.redeemed"), "int"),
                Col(t("col.redemption_rate"), "percent"),
                Col(t("col.redeemer_revenue"), "money"),
                Col(t("col.discount_cost"), "money"),
                Col(t("col.incremental"), "money"),
                Col(t("col.interval"), "text"),
                Col(t("col.verdict"), "text"),
            ],
        )
        for e in figures.campaigns:
            sheet.add(
                [
                    e.name,
                    e.starts_on,
                    e.ends_on,
                    e.reached,
                    e.redeemed,
                    _fraction(e.redemption_percent),
                    _yuan(e.revenue_from_redeemers_fen),
                    _yuan(e.discount_cost_fen),
                    _yuan(e.effect.incremental) if e.effect.measurable else None,
                    interval_text(e.effect),
                    t.verdict(e.effect),
                ]
            )
        sheet.finish()


def _hours(minutes: int) -> Decimal:
    """Minutes as hours to two places (7 h 30 min → 7.50)."""
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"))


def _booking_values(first: object, day: Any) -> list[object]:
    return [
        first,
        day.bookings,
        day.came,
        day.no_shows,
        day.booked,
        day.cancelled,
        _fraction(day.no_show_rate),
    ]


def _reminder_values(t: Labels, row: Any) -> list[object]:
    return [
        t.reminder(row.kind),
        row.contacts,
        row.customers,
        row.came_back,
        _fraction(row.rate),
        _yuan(row.spent_fen),
        row.open_windows,
    ]


def build_workbook(report: Report, labels: Mapping[str, str] | None = None) -> Workbook:
    book = _Book(report, Labels(labels))
    book.summary()
    for g in (Granularity.DAY, Granularity.WEEK, Granularity.MONTH):
        book.buckets(g)
    book.payments()
    book.items()
    book.staff()
    book.customers()
    book.rfm()
    book.customer_list(
        "sheet.top_customers", "section.top_customers", report.top_customers, lapsed=False
    )
    book.customer_list(
        "sheet.lapsed_customers", "section.lapsed_customers", report.lapsed_customers, lapsed=True
    )
    book.liabilities()
    book.reminders()
    book.appointments()
    book.marketing()
    book.definitions()
    book.wb.active = 0
    return book.wb


def write_xlsx(report: Report, path: Path, labels: Mapping[str, str] | None = None) -> Path:
    """Write the workbook to ``path`` (a temporary file beside it, renamed when complete)."""
    target = Path(path)
    save_atomically(build_workbook(report, labels), target)
    return target


__all__ = ["build_workbook", "write_xlsx"]
