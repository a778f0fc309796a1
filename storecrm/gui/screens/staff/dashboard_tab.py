"""The staff performance dashboard (员工业绩): for any period, each staff member's 现金业绩 and
消耗业绩, visits, average ticket, 指定率, 回头客率, card and top-up sales and commission, with the
store's totals on top. Worked out on a worker thread (a period of a large store takes a moment);
a cashier sees their own row only. Double-click (or Enter) opens the statement."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain import clock
from storecrm.gui.format import money
from storecrm.gui.look import icon
from storecrm.gui.models import ListTableModel
from storecrm.gui.screens.staff.words import permille_text
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import error_label, show_error, subtitle_label
from storecrm.services.session import StoreContext
from storecrm.services.staff import figures
from storecrm.services.staff.dto import Performance, StaffFigures


def month_start(day: date) -> date:
    return day.replace(day=1)


def previous_month(day: date) -> tuple[date, date]:
    end = month_start(day) - timedelta(days=1)
    return month_start(end), end


class FiguresModel(ListTableModel[StaffFigures]):
    """Figures right-aligned; the staff member's name and grade left."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() > 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class DashboardTab(QWidget):
    open_statement = Signal(int, str)  # staff id, month

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.performance: Performance | None = None
        self._task: Task | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.period_combo = QComboBox()
        self.period_combo.addItem(self.tr("This month"), "this_month")
        self.period_combo.addItem(self.tr("Last month"), "last_month")
        self.period_combo.addItem(self.tr("Last 30 days"), "30_days")
        self.period_combo.addItem(self.tr("This year"), "this_year")
        self.period_combo.addItem(self.tr("Dates…"), "custom")
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"))
        for widget in (self.period_combo, self.from_edit, QLabel("–"), self.to_edit):
            controls.addWidget(widget)
        controls.addWidget(self.refresh_button)
        controls.addStretch(1)
        self.statement_button = QPushButton(icon("ticket"), self.tr("&Statement…"))
        self.statement_button.setToolTip(self.tr("Every entry behind the selected person's month"))
        controls.addWidget(self.statement_button)
        layout.addLayout(controls)
        tiles = QFrame()
        tiles.setObjectName("Card")
        grid = QGridLayout(tiles)
        self.tile_values: dict[str, QLabel] = {}
        for column, (key, name) in enumerate(
            (
                ("cash", self.tr("Cash performance (现金业绩)")),
                ("consumption", self.tr("Consumption (消耗业绩)")),
                ("visits", self.tr("Visits")),
                ("cards", self.tr("Card and top-up sales")),
                ("commission", self.tr("Commission")),
            )
        ):
            label = QLabel(name)
            label.setObjectName("Caption")
            value = QLabel("—")
            value.setObjectName("KpiValue")
            grid.addWidget(label, 0, column)
            grid.addWidget(value, 1, column)
            self.tile_values[key] = value
        layout.addWidget(tiles)
        self.model = FiguresModel(
            [
                (self.tr("No."), lambda r: r.no),
                (self.tr("Name"), lambda r: r.name),
                (self.tr("Grade"), lambda r: r.grade),
                (self.tr("Cash perf."), lambda r: money(r.cash_fen)),
                (self.tr("Consumption"), lambda r: money(r.consumption_fen)),
                (self.tr("Visits"), lambda r: f"{r.visits:,}"),
                (self.tr("Avg. ticket"), lambda r: money(r.average_ticket_fen) if r.visits else ""),
                (self.tr("Asked for (指定率)"), lambda r: permille_text(r.requested_permille)),
                (self.tr("Came back (回头客率)"), lambda r: permille_text(r.return_permille)),
                (self.tr("Card sales"), lambda r: money(r.card_sales_fen)),
                (self.tr("Top-ups"), lambda r: money(r.top_ups_fen)),
                (self.tr("Commission"), lambda r: money(r.total_commission_fen)),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.statement())
        self.table.activated.connect(lambda _i: self.statement())
        layout.addWidget(self.table, 1)
        self.note = subtitle_label(
            self.tr(
                "现金业绩: money received for what they served, cards and top-ups they sold. "
                "消耗业绩: services and goods consumed, from stored value and session cards too. "
                "回头客率: their members who came back within 60 days so far. Refunds count on "
                "the day of the refund."
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.error = error_label()
        layout.addWidget(self.error)
        self.period_combo.currentIndexChanged.connect(lambda _i: self._period_chosen())
        self.refresh_button.clicked.connect(self.refresh)
        self.statement_button.clicked.connect(self.statement)
        self.from_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.to_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self._period_chosen()

    # -- the period -----------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return start, end

    def _period_chosen(self) -> None:
        today = clock.now().date()
        key = self.period_combo.currentData()
        if key == "custom":
            return
        start, end = {
            "this_month": (month_start(today), today),
            "last_month": previous_month(today),
            "30_days": (today - timedelta(days=29), today),
            "this_year": (today.replace(month=1, day=1), today),
        }[key]
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    def _dates_edited(self) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        self.period_combo.blockSignals(False)
        self.refresh()

    # -- the figures ----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        start, end = self.period()
        self._generation += 1
        generation = self._generation
        context = self.context

        def work() -> tuple[int, Performance]:
            return generation, context.call(figures.staff_performance, start, end)

        self._task = run_in_background(
            work, self, self.tr("Adding up…"), self._arrived, self._failed
        )

    def _arrived(self, result: tuple[int, Performance]) -> None:
        generation, performance = result
        if generation != self._generation:
            return  # an older period
        self.performance = performance
        rows = performance.rows
        self.model.set_rows(rows)
        self.tile_values["cash"].setText(money(sum(r.cash_fen for r in rows)))
        self.tile_values["consumption"].setText(money(sum(r.consumption_fen for r in rows)))
        self.tile_values["visits"].setText(f"{sum(r.visits for r in rows):,}")
        self.tile_values["cards"].setText(
            money(sum(r.card_sales_fen + r.top_ups_fen for r in rows))
        )
        self.tile_values["commission"].setText(money(sum(r.total_commission_fen for r in rows)))
        show_error(self.error, "")
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _failed(self, exc: BaseException) -> None:
        show_error(self.error, messages.error_text(exc))

    def selected(self) -> StaffFigures | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    @Slot()
    def statement(self) -> None:
        person = self.selected()
        if person is None:
            return
        start, _end = self.period()
        self.open_statement.emit(person.staff_id, f"{start.year:04d}-{start.month:02d}")


__all__ = ["DashboardTab"]
