"""The reports screen: the period chooser, the tiles, the charts and the detail table, the
report computed on a worker, exported and printed (see the package's docstring)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
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
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from storecrm.domain import clock
from storecrm.domain.membership import MONEY_METHODS
from storecrm.domain.reports import (
    Comparison,
    Granularity,
    NamedPeriod,
    RateComparison,
    Report,
    named_period,
)
from storecrm.domain.roles import Permission
from storecrm.gui.bus import store_bus
from storecrm.gui.charts import BarChart, Chart, DonutChart, HBarChart
from storecrm.gui.file_dialogs import Purpose, save_file
from storecrm.gui.format import money
from storecrm.gui.look import icon, set_property
from storecrm.gui.report_printing import print_report, report_labels
from storecrm.gui.screens.placeholder import PlaceholderScreen
from storecrm.gui.screens.reports_screen.cards import (
    DOWN,
    UP,
    ClickableCard,
    KpiTile,
    axis_money,
    chart_card,
)
from storecrm.gui.screens.reports_screen.tables import (
    APPOINTMENT_SECTIONS,
    ReportTableModel,
    SortProxy,
    section_table,
)
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import FlowLayout, error_box, subtitle_label, title_label
from storecrm.reports.report_labels import (
    Labels,
    change_text,
    count_text,
    percent_text,
    short_bucket_text,
)
from storecrm.reports.report_rows import (
    liability_rows,
    previous_revenue,
)
from storecrm.services import reports
from storecrm.services.reports import ReportCancelled, ReportRequest
from storecrm.services.session import StoreContext

log = logging.getLogger(__name__)

PERIODS = (
    NamedPeriod.THIS_MONTH,
    NamedPeriod.LAST_MONTH,
    NamedPeriod.THIS_QUARTER,
    NamedPeriod.THIS_YEAR,
    "custom",
)
Index = QModelIndex | QPersistentModelIndex
ChartT = TypeVar("ChartT", bound=Chart)


def reports_screen(context: StoreContext, parent: QWidget | None = None) -> QWidget:
    """The dashboard for the owner and managers; a polite word for anyone else."""
    if context.actor.can(Permission.VIEW_REPORTS):
        return ReportsScreen(context, parent)
    return PlaceholderScreen(
        QCoreApplication.translate("ReportsScreen", "Reports"),
        QCoreApplication.translate(
            "ReportsScreen",
            "Reports show the store's takings, its best customers and what it owes its "
            "members. They are for the owner and managers: ask one of them to sign in.",
        ),
        parent,
    )


# -- the screen --------------------------------------------------------------------------------
class ReportsScreen(QWidget):
    report_loaded = Signal(object)  # the Report now shown
    report_failed = Signal(object)
    exported = Signal(object)  # the path written

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: Report | None = None
        self.text = Labels(report_labels())
        self.section = ""
        self._generation = 0
        self._stop = threading.Event()
        # A report still running when the screen goes (sign-out) stops at its next slice.
        stopping = [self._stop]
        self._stopping = stopping
        self.destroyed.connect(lambda *_: stopping[0].set())
        self._task: Task | None = None
        self._stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(12)

        # -- title and actions -------------------------------------------------------------------
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(title_label(self.tr("Reports")))
        self.period_label = subtitle_label("")
        self.period_label.setWordWrap(False)
        head.addSpacing(6)
        head.addWidget(self.period_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the report, with a preview (Ctrl+P)"))
        self.pdf_button = QPushButton(icon("export"), self.tr("PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the report as a PDF (Ctrl+Shift+S)"))
        self.xlsx_button = QPushButton(self.tr("Excel…"))
        self.xlsx_button.setToolTip(
            self.tr("Save the report as an Excel workbook for the accountant (Ctrl+E)")
        )
        set_property(self.xlsx_button, "primary", True)
        for button in (self.print_button, self.pdf_button, self.xlsx_button):
            head.addWidget(button)
        layout.addLayout(head)

        # -- the period --------------------------------------------------------------------------
        row = QHBoxLayout()
        row.setSpacing(8)
        self.period_combo = QComboBox()
        names = {
            NamedPeriod.THIS_MONTH: self.tr("This month (Alt+1)"),
            NamedPeriod.LAST_MONTH: self.tr("Last month (Alt+2)"),
            NamedPeriod.THIS_QUARTER: self.tr("This quarter (Alt+3)"),
            NamedPeriod.THIS_YEAR: self.tr("This year (Alt+4)"),
            "custom": self.tr("Dates… (Alt+5)"),
        }
        for period in PERIODS:
            self.period_combo.addItem(names[period], str(period))
        self.period_combo.setToolTip(self.tr("Which days the report covers"))
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit, tip in (
            (self.from_edit, self.tr("First day of the report")),
            (self.to_edit, self.tr("Last day of the report")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setToolTip(tip)
        self.granularity_combo = QComboBox()
        self.granularity_combo.addItem(self.tr("By day"), Granularity.DAY.value)
        self.granularity_combo.addItem(self.tr("By week"), Granularity.WEEK.value)
        self.granularity_combo.addItem(self.tr("By month"), Granularity.MONTH.value)
        self.granularity_combo.setToolTip(self.tr("How the charts and tables group the days"))
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Compute the report again (F5)"))
        self.compare_label = subtitle_label("")
        self.compare_label.setWordWrap(True)  # two lines on a 1024 px screen rather than cut
        for widget in (self.period_combo, self.from_edit, QLabel("–"), self.to_edit):
            row.addWidget(widget)
        row.addSpacing(6)
        row.addWidget(self.granularity_combo)
        row.addWidget(self.refresh_button)
        row.addSpacing(6)
        row.addWidget(self.compare_label, 1)
        layout.addLayout(row)

        # -- dashboard and details ---------------------------------------------------------------
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(self._build_dashboard())
        self.pages.addWidget(self._build_details())

        # -- behaviour ---------------------------------------------------------------------------
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.from_edit.dateChanged.connect(self._dates_edited)
        self.to_edit.dateChanged.connect(self._dates_edited)
        self.granularity_combo.currentIndexChanged.connect(self._granularity_chosen)
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        for n, period in enumerate(PERIODS, start=1):
            QShortcut(QKeySequence(f"Alt+{n}"), self, lambda p=str(period): self.set_period(p))
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_report)
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.export("xlsx"))
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, lambda: self.export("pdf"))
        QShortcut(QKeySequence("Alt+Left"), self, self.show_dashboard)
        store_bus().changed.connect(self._store_changed)

        self._updating = True
        start, end = self._named(NamedPeriod.THIS_MONTH)
        self._set_dates(start, end)
        self._updating = False
        self._sync_granularity()
        self._update_buttons()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == 1:
            self.show_dashboard()  # Esc in a table goes back to the dashboard
            return
        super().keyPressEvent(event)

    # -- building ------------------------------------------------------------------------------
    def _build_dashboard(self) -> QWidget:
        t = self.text
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet("QScrollArea { background: transparent; }")
        scroll.viewport().setAutoFillBackground(False)
        body = QWidget()
        body.setObjectName("ReportsDashboard")
        body.setStyleSheet("QWidget#ReportsDashboard { background: transparent; }")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.tiles: dict[str, KpiTile] = {}
        tiles = (
            ("revenue", t("kpi.revenue"), "sales"),
            ("visits", t("kpi.visits"), "sales"),
            ("average_ticket", t("kpi.average_ticket"), "sales"),
            ("money_received", t("kpi.money_received"), "payments"),
            ("top_ups", t("kpi.top_ups"), "stored_value"),
            ("new_customers", t("kpi.new_customers"), "customers"),
            ("active_customers", t("kpi.active_customers"), "customers"),
            ("repeat_rate", t("kpi.repeat_rate"), "customers"),
            ("churn_rate", t("kpi.churn_rate"), "lapsed_customers"),
            ("stored_value", t("kpi.stored_value"), "liabilities"),
        )
        for n, (key, label, section) in enumerate(tiles):
            tile = KpiTile(label)
            tile.setProperty("tile", key)
            tile.clicked.connect(lambda s=section: self.show_detail(s))
            grid.addWidget(tile, n // 5, n % 5)
            self.tiles[key] = tile
        column.addLayout(grid)

        self.revenue_chart = self._chart(BarChart, "revenue", "chart-revenue", "sales")
        self.methods_chart = self._chart(DonutChart, "money_by_method", "chart-methods", "payments")
        self.categories_chart = self._chart(DonutChart, "categories", "chart-categories", "items")
        self.staff_chart = self._chart(HBarChart, "staff", "chart-staff", "staff")
        self.new_chart = self._chart(BarChart, "new_customers", "chart-new-customers", "customers")
        self.rfm_chart = self._chart(HBarChart, "rfm", "chart-rfm", "rfm")
        charts = QGridLayout()
        charts.setSpacing(10)
        charts.addWidget(chart_card(self.revenue_chart), 0, 0, 1, 2)
        charts.addWidget(chart_card(self.methods_chart), 0, 2)
        charts.addWidget(chart_card(self.categories_chart), 1, 0)
        charts.addWidget(chart_card(self.staff_chart), 1, 1)
        charts.addWidget(chart_card(self.rfm_chart), 1, 2)
        charts.addWidget(chart_card(self.new_chart), 2, 0, 1, 2)
        self.owed_label = QLabel()
        self.owed_label.setWordWrap(True)
        self.owed_label.setTextFormat(Qt.TextFormat.RichText)
        self.owed_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.owed_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        owed = ClickableCard()
        owed.clicked.connect(lambda: self.show_detail("liabilities"))
        owed.setToolTip(t("section.liabilities"))
        self.owed_card = owed
        owed_layout = QVBoxLayout(owed)
        owed_layout.setContentsMargins(14, 12, 14, 12)
        owed_layout.addWidget(self.owed_label)
        owed_layout.addStretch(1)
        charts.addWidget(owed, 2, 2)
        for r in range(3):
            charts.setRowMinimumHeight(r, 230)
        for c in range(3):
            charts.setColumnStretch(c, 1)
        column.addLayout(charts)

        links_box = QWidget()  # wraps on a narrow screen rather than squeezing the links
        links = FlowLayout(links_box, spacing=6)
        links.addWidget(QLabel(self.tr("Tables:")))
        self.link_buttons: dict[str, QPushButton] = {}
        for section, key in (
            ("sales:day", "section.by_day"),
            ("sales:week", "section.by_week"),
            ("sales:month", "section.by_month"),
            ("payments", "section.payments"),
            ("items", "section.items"),
            ("staff", "section.staff"),
            ("top_customers", "section.top_customers"),
            ("lapsed_customers", "section.lapsed_customers"),
            ("stored_value", "section.stored_value"),
            ("points", "section.points"),
            ("reminders", "section.reminders"),
            ("bookings", "section.bookings"),
            ("utilisation", "section.utilisation"),
            ("coupon_liability", "section.coupon_liability"),
            ("promotion_cost", "section.promotion_cost"),
            ("campaign_effect", "section.campaign_effect"),
        ):
            button = QPushButton(t(key))
            button.setFlat(True)
            button.setObjectName("LinkButton")
            button.setStyleSheet(
                "QPushButton#LinkButton { color: #0F766E; border: none; padding: 2px 4px; "
                "min-width: 0px; } QPushButton#LinkButton:hover { text-decoration: underline; }"
            )
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, s=section: self.show_detail(s))
            links.addWidget(button)
            self.link_buttons[section] = button
        column.addWidget(links_box)
        column.addStretch(1)
        scroll.setWidget(body)
        return scroll

    def _chart(self, cls: type[ChartT], key: str, name: str, section: str) -> ChartT:
        """A dashboard chart titled ``chart.<key>`` that opens the table of ``section``."""
        chart = cls(self.text(f"chart.{key}"))
        chart.setObjectName(name)
        chart.clicked.connect(lambda: self.show_detail(section))
        chart.empty_text = self.text("no_data")
        return chart

    def _build_details(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        row = QHBoxLayout()
        self.back_button = QPushButton(icon("chevron-left"), self.tr("Dashboard"))
        self.back_button.setToolTip(self.tr("Back to the dashboard (Esc)"))
        self.back_button.clicked.connect(self.show_dashboard)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("SectionTitle")
        row.addWidget(self.back_button)
        row.addSpacing(8)
        row.addWidget(self.detail_title)
        row.addStretch(1)
        column.addLayout(row)
        self.model = ReportTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("ReportTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        column.addWidget(self.table, 1)
        return page

    # -- the period ----------------------------------------------------------------------------
    def _named(self, period: NamedPeriod | str) -> tuple[date, date]:
        return _span(named_period(period, clock.now().date()))

    def _set_dates(self, start: date, end: date) -> None:
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))

    def dates(self) -> tuple[date, date]:
        a, b = self.from_edit.date(), self.to_edit.date()
        return date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day())

    def set_period(self, period: str) -> None:
        index = self.period_combo.findData(period)
        if index >= 0:
            self.period_combo.setCurrentIndex(index)
        if period == "custom":
            self.from_edit.setFocus()

    def set_dates(self, start: date, end: date) -> None:
        """Custom dates (both included), then the report for them."""
        self._updating = True
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        self._set_dates(start, end)
        self._updating = False
        self._sync_granularity()
        self.refresh()

    @Slot(int)
    def _period_chosen(self, _index: int) -> None:
        period = self.period_combo.currentData()
        if period == "custom" or self._updating:
            return
        self._updating = True
        self._set_dates(*self._named(period))
        self._updating = False
        self._sync_granularity()
        self.refresh()

    @Slot()
    def _dates_edited(self) -> None:
        if self._updating:
            return
        self._updating = True
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        self._updating = False
        self._sync_granularity()
        self.refresh()

    def _sync_granularity(self) -> None:
        from storecrm.domain.reports import Period, auto_granularity

        start, end = self.dates()
        if end < start:
            return
        g = auto_granularity(Period(start, end))
        self._updating = True
        self.granularity_combo.setCurrentIndex(self.granularity_combo.findData(g.value))
        self._updating = False

    def granularity(self) -> Granularity:
        return Granularity(self.granularity_combo.currentData())

    @Slot(int)
    def _granularity_chosen(self, _index: int) -> None:
        if self._updating or self.report is None:
            return
        self._show(self.report)

    # -- computing -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        period = self.period_combo.currentData()
        if period != "custom" and self.dates() != self._named(period):  # open overnight
            self._updating = True
            self._set_dates(*self._named(period))
            self._updating = False
            self._stale = True
        if self._stale:
            self.refresh()

    @Slot(str)
    def _store_changed(self, what: str) -> None:
        if what in ("sales", "customers", "membership"):
            self._stale = True  # computed again the next time the screen is shown

    def loading(self) -> bool:
        return self._task is not None

    @Slot()
    def refresh(self) -> None:
        """Compute the report for the dates shown (in the background)."""
        start, end = self.dates()
        if end < start:
            self.period_label.setText(self.tr("The first day is after the last day."))
            return
        self._stop.set()  # a report still running for other dates stops at its next slice
        stop = threading.Event()
        self._stop = stop
        self._stopping[0] = stop
        self._generation += 1
        generation = self._generation
        self._stale = False
        request = ReportRequest(start, end, granularity=self.granularity())
        context = self.context

        def work(progress: Callable[[int, int], None]) -> Report:
            return context.call(
                reports.build_report, request, progress=progress, cancel=stop.is_set
            )

        self.period_label.setText(self.tr("Computing…"))
        self._task = run_in_background(
            work,
            self,
            self.tr("Computing the report…"),
            lambda result: self._loaded(generation, result),
            lambda exc: self._failed(generation, exc),
            with_progress=True,
            on_cancel=stop.set,
        )
        self._update_buttons()

    def cancel(self) -> None:
        self._stop.set()

    def _loaded(self, generation: int, report: Report) -> None:
        if not isValid(self):
            return  # the window closed while it was computed
        if generation != self._generation:
            return  # the dates changed while it was computed
        self._task = None
        self.report = report
        self._show(report)
        self._update_buttons()
        self.report_loaded.emit(report)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not isValid(self):
            return
        if generation != self._generation:
            return
        self._task = None
        self._update_buttons()
        if isinstance(exc, ReportCancelled):
            self._stale = True
            self.period_label.setText(self.tr("Stopped. Press F5 to compute the report."))
            self.report_failed.emit(exc)
            return
        log.error("report failed: %s", type(exc).__name__, exc_info=exc)
        self.period_label.setText("")
        self.report_failed.emit(exc)
        error_box(self, exc, self.tr("Reports"))

    def _update_buttons(self) -> None:
        ready = self.report is not None
        for button in (self.print_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(ready)

    # -- showing -------------------------------------------------------------------------------
    def _show(self, report: Report) -> None:
        t = self.text
        self.period_label.setText(t.period(report.period))
        m = report.summary
        if m.revenue_fen.previous is not None:
            self.compare_label.setText(
                t(
                    "compared_with",
                    report.previous.start.isoformat(),
                    report.previous.end.isoformat(),
                )
            )
        else:
            self.compare_label.setText("")
        self._tile("revenue", money(m.revenue_fen.current), m.revenue_fen)
        self._tile("visits", count_text(m.visits.current), m.visits)
        self._tile("average_ticket", money(m.average_ticket_fen.current), m.average_ticket_fen)
        self._tile("money_received", money(m.money_received_fen.current), m.money_received_fen)
        self._tile("top_ups", money(m.top_ups_fen.current), m.top_ups_fen)
        self._tile("new_customers", count_text(m.new_customers.current), m.new_customers)
        self._tile("active_customers", count_text(m.active_customers.current), m.active_customers)
        self._rate_tile("repeat_rate", m.repeat_rate)
        self._rate_tile("churn_rate", m.churn_rate, falling_is_good=True)
        sv = m.stored_value_fen
        self.tiles["stored_value"].show_figure(
            money(sv.current),
            t("kpi.vs_start", money(sv.previous or 0)),
            "#6B7280",
            self.tr("Stored value owed to members at the end of the last day"),
        )

        g = self.granularity()
        chosen = report.buckets(g)
        previous = previous_revenue(report, g)
        fmt = axis_money(t)
        self.revenue_chart.title = f"{t('chart.revenue')} · {t.section(g)}"
        self.revenue_chart.set_data(
            [short_bucket_text(b.period.start, g) for b in chosen],
            [b.figures.revenue_fen for b in chosen],
            previous,
            fmt=money,
            axis_fmt=fmt,
            previous_name=t("chart.previous"),
        )
        self.methods_chart.set_data(
            [(t.method(p.method), p.net_fen) for p in report.payments if p.method in MONEY_METHODS],
            fmt=money,
        )
        categories = [
            (t.category(c.kind, c.category), c.amount_fen)
            for c in report.categories
            if c.amount_fen > 0
        ]
        self.categories_chart.set_data(categories, fmt=money)
        self.staff_chart.set_data(
            [(s.name or t("staff.none"), s.revenue_fen) for s in report.staff[:8]], fmt=money
        )
        self.rfm_chart.set_data(
            [(t.segment(r.segment), r.customers) for r in report.rfm.rows], fmt=count_text
        )
        self.new_chart.set_data(
            [short_bucket_text(b.period.start, g) for b in chosen],
            [b.figures.new_customers for b in chosen],
            fmt=count_text,
        )
        owed = [
            (line.key, (money if line.money else count_text)(line.closing))
            for line in liability_rows(report.liabilities)
            if line.key != "liab.session_cards"  # not on the dashboard's card
        ]
        rows = "".join(
            f"<tr><td style='color:#6B7280; padding:3px 12px 3px 0'>{escape(t(key))}</td>"
            f"<td align='right' style='padding:3px 0'><b>{escape(value)}</b></td></tr>"
            for key, value in owed
        )
        self.owed_label.setText(
            f"<p style='font-weight:600'>{escape(t('section.liabilities'))}</p>"
            f"<table width='100%' cellspacing='0'>{rows}</table>"
        )
        for section in APPOINTMENT_SECTIONS:
            self.link_buttons[section].setVisible(report.appointments is not None)
        marketing = report.marketing
        self.link_buttons["coupon_liability"].setVisible(marketing is not None)
        self.link_buttons["promotion_cost"].setVisible(marketing is not None)
        self.link_buttons["campaign_effect"].setVisible(
            marketing is not None and bool(marketing.campaigns)
        )
        if self.pages.currentIndex() == 1 and self.section:
            self.show_detail(self.section)

    def _tile(self, key: str, value: str, c: Comparison) -> None:
        change = c.change
        if c.previous is None:
            self.tiles[key].show_figure(value, "", "#6B7280")
            return
        colour = "#6B7280" if not change else (UP if change > 0 else DOWN)
        arrow = "" if not change else ("▲ " if change > 0 else "▼ ")
        before = money(c.previous) if key in _MONEY_TILES else count_text(c.previous)
        self.tiles[key].show_figure(
            value,
            arrow + change_text(change),
            colour,
            self.tr("Previous period: %1").replace("%1", before),
        )

    def _rate_tile(self, key: str, r: RateComparison, falling_is_good: bool = False) -> None:
        diff = r.change_points
        colour = "#6B7280"
        if diff:
            colour = UP if (diff > 0) != falling_is_good else DOWN
        arrow = "" if not diff else ("▲ " if diff > 0 else "▼ ")
        unit = self.text("unit.points_change")
        text = "" if r.previous is None else arrow + change_text(diff, unit=unit)
        tip = (
            ""
            if r.previous is None
            else self.tr("Previous period: %1").replace("%1", percent_text(r.previous))
        )
        self.tiles[key].show_figure(percent_text(r.current), text, colour, tip)

    def show_detail(self, section: str) -> None:
        """The table behind a tile or a chart."""
        if self.report is None:
            return
        if section == "sales":
            section = f"sales:{self.granularity().value}"
        title, columns, rows = section_table(self.report, section, self.text)
        self.section = section
        self.detail_title.setText(title)
        self.table.setSortingEnabled(False)
        self.proxy.sort(-1)
        self.model.set_table(columns, rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for c in range(len(columns)):
            header.resizeSection(c, min(max(header.sectionSize(c) + 16, 80), 320))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.pages.setCurrentIndex(1)
        self.table.setFocus()

    @Slot()
    def show_dashboard(self) -> None:
        self.pages.setCurrentIndex(0)

    # -- exporting and printing ----------------------------------------------------------------
    def suggested_name(self, suffix: str) -> str:
        assert self.report is not None
        p = self.report.period
        return f"{self.text('title')} {p.start.isoformat()}_{p.end.isoformat()}.{suffix}"

    def export(self, fmt: str, path: Path | None = None) -> None:
        """Ask where (unless ``path`` is given), then write the PDF or workbook in the
        background."""
        if self.report is None or self._task is not None:
            return
        if path is None:
            filters = {"pdf": self.tr("PDF (*.pdf)"), "xlsx": self.tr("Excel (*.xlsx)")}
            title = (
                self.tr("Save the report as a PDF")
                if fmt == "pdf"
                else self.tr("Save the report as an Excel workbook")
            )
            path = save_file(
                self, Purpose.REPORT, title, self.suggested_name(fmt), filters[fmt], f".{fmt}"
            )
            if path is None:
                return
        self._write(fmt, path, "export", self._exported)

    def _write(self, fmt: str, path: Path, purpose: str, done: Callable[[Path], None]) -> None:
        report, labels, context = self.report, report_labels(self.report), self.context
        assert report is not None
        self._update_buttons()
        for button in (self.print_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(False)

        def work() -> Path:
            return context.call(reports.export_report, report, path, fmt, labels, purpose=purpose)

        def finished(result: Path) -> None:
            if not isValid(self):
                return
            self._update_buttons()
            done(result)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._update_buttons()
            error_box(self, exc, self.tr("Reports"))

        label = self.tr("Writing the PDF…") if fmt == "pdf" else self.tr("Writing the workbook…")
        run_in_background(work, self, label, finished, failed)

    def _exported(self, path: Path) -> None:
        self.period_label.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self.exported.emit(path)

    def print_report(self) -> None:
        """The PDF in the print preview; its print button opens the system print dialog.

        The PDF is made in memory: it holds customers' names, and a file in the temporary
        folder would outlive a crash or a power cut."""
        if self.report is None or self._task is not None:
            return
        report, labels, context = self.report, report_labels(), self.context
        for button in (self.print_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(False)

        def work() -> bytes:
            return context.call(reports.report_pdf_bytes, report, labels)

        def finished(pdf: bytes) -> None:
            if not isValid(self):
                return
            self._update_buttons()
            print_report(self, pdf, self.text("title"))

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._update_buttons()
            error_box(self, exc, self.tr("Reports"))

        run_in_background(work, self, self.tr("Writing the PDF…"), finished, failed)


_MONEY_TILES = frozenset({"revenue", "average_ticket", "money_received", "top_ups"})


def _span(period: Any) -> tuple[date, date]:
    return period.start, period.end
