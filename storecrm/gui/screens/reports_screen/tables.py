"""The report's detail tables: each section of a report as columns and rows (shown behind a
tile or a chart, sortable), and the model that shows them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from storecrm.domain.reports import (
    Granularity,
    Report,
    SalesBucket,
    average_fen,
    change_percent,
    percent,
)
from storecrm.gui.format import money
from storecrm.reports.report_labels import (
    Labels,
    bucket_text,
    change_text,
    count_text,
    percent_text,
)
from storecrm.reports.report_rows import (
    customer_figures,
    liability_rows,
    points_flows,
    stored_value_flows,
)

Index = QModelIndex | QPersistentModelIndex


# -- the detail tables -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: str  # text | int | money | percent | change | date
    value: Callable[[Any], Any]


class ReportTableModel(QAbstractTableModel):
    """A section of the report as a table: text to show, the raw value to sort by."""

    SortRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = []
        self.rows: list[Any] = []

    def set_table(self, columns: Sequence[Column], rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.columns, self.rows = list(columns), list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def raw(self, row: int, column: int) -> Any:
        return self.columns[column].value(self.rows[row])

    def text(self, row: int, column: int) -> str:
        col = self.columns[column]
        value = col.value(self.rows[row])
        if value is None:
            return "" if col.kind in ("text", "date") else "—"
        if col.kind == "money":
            return money(value)
        if col.kind == "int":
            return count_text(value)
        if col.kind == "percent":
            return percent_text(value)
        if col.kind == "change":
            return change_text(value)
        if col.kind == "date":
            return value.isoformat() if isinstance(value, date) else str(value)
        return str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == self.SortRole:
            value = self.raw(index.row(), index.column())
            if isinstance(value, Decimal):
                return float(value)  # a sort key only
            if isinstance(value, date):
                return value.isoformat()
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            kind = self.columns[index.column()].kind
            if kind in ("text", "date"):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            kind = self.columns[section].kind
            align = (
                Qt.AlignmentFlag.AlignLeft
                if kind in ("text", "date")
                else (Qt.AlignmentFlag.AlignRight)
            )
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None


class SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt API
        a = left.data(ReportTableModel.SortRole)
        b = right.data(ReportTableModel.SortRole)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


SECTIONS = (
    "sales",
    "payments",
    "categories",
    "items",
    "staff",
    "customers",
    "rfm",
    "top_customers",
    "lapsed_customers",
    "liabilities",
    "stored_value",
    "points",
    "reminders",
    "bookings",
    "utilisation",
    "coupon_liability",
    "promotion_cost",
    "campaign_effect",
)
#: Tables shown only when the report has them (a store that uses the day's book).
APPOINTMENT_SECTIONS = ("bookings", "utilisation")


def section_table(report: Report, section: str, t: Labels) -> tuple[str, list[Column], list[Any]]:
    """The title, columns and rows of one of :data:`SECTIONS` (``sales`` at the report's
    granularity; ``sales:day`` / ``sales:week`` / ``sales:month`` for another)."""
    if section.startswith("sales"):
        g = Granularity(section.split(":", 1)[1]) if ":" in section else report.granularity
        figures = [
            Column(t("col.revenue"), "money", lambda b: b.figures.revenue_fen),
            Column(t("col.visits"), "int", lambda b: b.figures.sales),
            Column(t("col.average_ticket"), "money", lambda b: b.figures.average_ticket_fen),
            Column(t("col.gross"), "money", lambda b: b.figures.gross_fen),
            Column(t("col.refunds"), "money", lambda b: b.figures.refunds_fen),
            Column(t("col.discount"), "money", lambda b: b.figures.discount_fen),
            Column(t("col.members"), "money", lambda b: b.figures.member_fen),
            Column(t("col.walk_ins"), "money", lambda b: b.figures.walk_in_fen),
            Column(t("col.top_ups"), "money", lambda b: b.figures.net_top_ups_fen),
            Column(t("col.new_customers"), "int", lambda b: b.figures.new_customers),
        ]
        head = {Granularity.DAY: "col.date", Granularity.WEEK: "col.week"}.get(g, "col.month")

        def when(b: SalesBucket, g: Granularity = g) -> str:
            return bucket_text(b.period, g)

        return t.section(g), [Column(t(head), "date", when), *figures], list(report.buckets(g))
    if section == "payments":
        return (
            t("section.payments"),
            [
                Column(t("col.method"), "text", lambda m: t.method(m.method)),
                Column(t("col.sales"), "money", lambda m: m.sales_fen),
                Column(t("col.top_ups"), "money", lambda m: m.top_ups_fen),
                Column(t("col.refunds"), "money", lambda m: m.refunds_fen),
                Column(t("col.paid_out"), "money", lambda m: m.withdrawals_fen),
                Column(t("col.net"), "money", lambda m: m.net_fen),
                Column(t("col.previous_net"), "money", lambda m: m.previous_net_fen),
            ],
            list(report.payments),
        )
    whole = sum(c.amount_fen for c in report.categories)
    if section == "categories":
        return (
            t("section.categories"),
            [
                Column(t("col.category"), "text", lambda c: t.category(c.kind, c.category)),
                Column(t("col.qty"), "int", lambda c: c.qty),
                Column(t("col.amount"), "money", lambda c: c.amount_fen),
                Column(t("col.share"), "percent", lambda c: percent(c.amount_fen, whole)),
            ],
            [c for c in report.categories if c.qty or c.amount_fen],
        )
    if section == "items":
        return (
            t("section.items"),
            [
                Column(t("col.item"), "text", lambda i: t.item(i.kind, i.name)),
                Column(t("col.category"), "text", lambda i: t.category(i.kind, i.category)),
                Column(t("col.qty"), "int", lambda i: i.qty),
                Column(t("col.amount"), "money", lambda i: i.amount_fen),
                Column(t("col.discount"), "money", lambda i: i.discount_fen),
                Column(t("col.share"), "percent", lambda i: percent(i.amount_fen, whole)),
                Column(t("col.sessions_used"), "int", lambda i: i.sessions_used),
            ],
            list(report.items),
        )
    if section == "staff":
        staff_whole = sum(s.revenue_fen for s in report.staff)
        return (
            t("section.staff"),
            [
                Column(t("col.staff"), "text", lambda s: s.name or t("staff.none")),
                Column(t("col.visits"), "int", lambda s: s.sales),
                Column(t("col.revenue"), "money", lambda s: s.revenue_fen),
                Column(t("col.average_ticket"), "money", lambda s: s.average_ticket_fen),
                Column(t("col.top_ups"), "money", lambda s: s.top_ups_fen),
                Column(t("col.share"), "percent", lambda s: percent(s.revenue_fen, staff_whole)),
                Column(t("col.previous_revenue"), "money", lambda s: s.previous_revenue_fen),
                Column(
                    t("col.change"),
                    "change",
                    lambda s: change_percent(s.revenue_fen, s.previous_revenue_fen),
                ),
            ],
            list(report.staff),
        )
    if section == "customers":
        rows = [
            (t(key), count_text(value) if isinstance(value, int) else percent_text(value))
            for key, value, _rate in customer_figures(report)
        ]
        return (
            t("section.customers"),
            [
                Column(t("col.figure"), "text", lambda r: r[0]),
                Column(t("col.value"), "figure", lambda r: r[1]),
            ],
            rows,
        )
    if section == "rfm":
        scale = report.rfm.scale
        spend = report.rfm.spend_fen
        return (
            t("section.rfm"),
            [
                Column(t("col.segment"), "text", lambda r: t.segment(r.segment)),
                Column(t("col.customers"), "int", lambda r: r.customers),
                Column(
                    t("col.customer_share"),
                    "percent",
                    lambda r: percent(r.customers, scale.customers),
                ),
                Column(t("col.spend"), "money", lambda r: r.spend_fen),
                Column(t("col.spend_share"), "percent", lambda r: percent(r.spend_fen, spend)),
                Column(
                    t("col.average_spend"), "money", lambda r: average_fen(r.spend_fen, r.customers)
                ),
            ],
            list(report.rfm.rows),
        )
    if section in ("top_customers", "lapsed_customers"):
        lapsed = section == "lapsed_customers"
        rows_in = report.lapsed_customers if lapsed else report.top_customers
        numbered = list(enumerate(rows_in, start=1))
        return (
            t(f"section.{section}"),
            [
                Column(t("col.rank"), "int", lambda r: r[0]),
                Column(t("col.customer"), "text", lambda r: r[1].name),
                Column(t("col.phone"), "text", lambda r: r[1].phone or ""),
                Column(t("col.tier"), "text", lambda r: r[1].tier),
                Column(t("col.visits"), "int", lambda r: r[1].visits),
                Column(
                    t("col.previous_spend") if lapsed else t("col.spend"),
                    "money",
                    lambda r: r[1].spend_fen,
                ),
                Column(t("col.last_visit"), "date", lambda r: r[1].last_visit),
                Column(t("col.balance"), "money", lambda r: r[1].balance_fen),
                Column(t("col.segment"), "text", lambda r: t.segment(r[1].segment)),
            ],
            numbered,
        )
    li = report.liabilities
    if section == "liabilities":
        table = []
        for line in sorted(liability_rows(li), key=lambda r: not r.money):  # money first
            figure = money if line.money else count_text
            table.append((t(line.key), figure(line.opening), figure(line.closing)))
        return (
            t("section.liabilities"),
            [
                Column(t("col.what"), "text", lambda r: r[0]),
                Column(t("col.opening"), "figure", lambda r: r[1]),
                Column(t("col.closing"), "figure", lambda r: r[2]),
            ],
            table,
        )
    if section == "stored_value":
        return (
            t("section.stored_value"),
            [
                Column(t("col.what"), "text", lambda r: t(r[0])),
                Column(t("col.principal"), "money", lambda r: r[1]),
                Column(t("col.bonus"), "money", lambda r: r[2]),
                Column(t("col.total"), "money", lambda r: r[1] + r[2]),
            ],
            stored_value_flows(li),
        )
    if section == "points":
        return (
            t("section.points"),
            [
                Column(t("col.what"), "text", lambda r: t(r[0])),
                Column(t("col.points"), "int", lambda r: r[1]),
            ],
            points_flows(li),
        )
    if section == "reminders":
        effect = report.reminders
        return (
            t("section.reminders"),
            [
                Column(t("col.reminder"), "text", lambda r: t.reminder(r.kind)),
                Column(t("col.contacts"), "int", lambda r: r.contacts),
                Column(t("col.customers"), "int", lambda r: r.customers),
                Column(t("col.came_back"), "int", lambda r: r.came_back),
                Column(t("col.rate"), "percent", lambda r: r.rate),
                Column(t("col.spent"), "money", lambda r: r.spent_fen),
                Column(t("col.open"), "int", lambda r: r.open_windows),
            ],
            [*effect.rows, effect.total] if effect.rows else [],
        )
    if section in APPOINTMENT_SECTIONS:
        return _appointment_table(report, section, t)
    from storecrm.gui.screens.reports_screen.marketing import marketing_table

    return marketing_table(report, section, t)


def _hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.1"))


def _appointment_table(
    report: Report, section: str, t: Labels
) -> tuple[str, list[Column], list[Any]]:
    """Bookings per day, or each staff member's utilisation, with the period's total last."""
    figures = report.appointments
    if section == "bookings":
        total = None if figures is None else figures.total
        days = [] if figures is None else [*figures.days, total]

        def day(d: Any) -> str:
            return t("col.total") if d is total else d.day.isoformat()

        return (
            t("section.bookings"),
            [
                Column(t("col.date"), "date", day),
                Column(t("col.bookings"), "int", lambda d: d.bookings),
                Column(t("col.came"), "int", lambda d: d.came),
                Column(t("col.no_shows"), "int", lambda d: d.no_shows),
                Column(t("col.still_booked"), "int", lambda d: d.booked),
                Column(t("col.cancelled"), "int", lambda d: d.cancelled),
                Column(t("col.no_show_rate"), "percent", lambda d: d.no_show_rate),
            ],
            days,
        )
    rows: list[Any] = []
    if figures is not None:
        rows = [
            (s.name or t("staff.none"), s.appointments, s.booked_minutes, s.shift_minutes)
            for s in figures.staff
        ]
        appointments = sum(s.appointments for s in figures.staff)
        rows.append((t("col.total"), appointments, figures.booked_minutes, figures.shift_minutes))
    return (
        t("section.utilisation"),
        [
            Column(t("col.staff"), "text", lambda r: r[0]),
            Column(t("col.appointments"), "int", lambda r: r[1]),
            Column(t("col.booked_hours"), "hours", lambda r: _hours(r[2])),
            Column(t("col.shift_hours"), "hours", lambda r: _hours(r[3])),
            Column(t("col.utilisation"), "percent", lambda r: percent(r[2], r[3])),
        ],
        rows,
    )
