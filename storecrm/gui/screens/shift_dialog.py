"""交班 / 日结: what came in and went out in a period, by payment method, and the cash that
should be in the drawer; the platform payments with their references and the parked sales not
finished (``shift_reconcile.py``); printed on the receipt printer or A4, or saved as a PDF."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storecrm.domain import clock
from storecrm.domain.errors import StoreCRMError
from storecrm.gui import printing
from storecrm.gui.file_dialogs import Purpose, save_file
from storecrm.gui.fit import scrolling
from storecrm.gui.format import money
from storecrm.gui.look import icon, set_property
from storecrm.gui.models import ListTableModel
from storecrm.gui.names import method_name
from storecrm.gui.screens.shift_reconcile import ReconcileSection
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import error_box
from storecrm.reports.receipt import MONEY_METHODS, PAPERS
from storecrm.reports.shift_summary import method_breakdown, shift_methods
from storecrm.services import catalogue, sales
from storecrm.services.dto import ShiftSummary, StaffTotal
from storecrm.services.session import StoreContext

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PERIODS = ("today", "yesterday", "since", "custom")
MUTED = QColor("#6B7280")
RED = QColor("#B91C1C")


def _qdt(value: datetime) -> QDateTime:
    return QDateTime.fromString(value.strftime("%Y-%m-%d %H:%M:%S"), "yyyy-MM-dd HH:mm:ss")


def _pydt(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


class MethodTotalsModel(QAbstractTableModel):
    """One row per payment method: sales, top-ups, refunds, paid out, net."""

    COLUMNS = 6  # method, sales, top-ups, refunds, paid out, net

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # (method, (sales, top-ups, refunds, paid out, net))
        self._rows: list[tuple[str, tuple[int, int, int, int, int]]] = []
        self._headers = (
            self.tr("Method"),
            self.tr("Sales"),
            self.tr("Top-ups"),
            self.tr("Refunds"),
            self.tr("Paid out"),
            self.tr("Net"),
        )

    def set_summary(self, summary: ShiftSummary | None) -> None:
        self.beginResetModel()
        self._rows = []
        if summary is not None:
            for method in shift_methods(summary):
                sales_fen, top_ups, refunds, other, net = method_breakdown(summary, method)
                self._rows.append((method, (sales_fen, top_ups, -refunds, -other, net)))
        self.endResetModel()

    def method_row(self, method: str) -> tuple[int, int, int, int, int] | None:
        """(sales, top-ups, refunds, paid out, net) as shown; refunds and paid out negative."""
        for name, amounts in self._rows:
            if name == method:
                return amounts
        return None

    def methods(self) -> list[str]:
        return [r[0] for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        method, amounts = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return method_name(method)
            return money(amounts[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 0 and method not in MONEY_METHODS:
                return MUTED
            if column > 0 and amounts[column - 1] < 0:
                return RED
            return None
        if role == Qt.ItemDataRole.FontRole and column == self.COLUMNS - 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and method not in MONEY_METHODS:
            return self.tr("A member's balance, not money in the till")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class StaffTotalsModel(ListTableModel[StaffTotal]):
    """Who sold what; the figures right-aligned."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignLeft if index.column() == 0 else Qt.AlignmentFlag.AlignRight
            )
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and section > 0
        ):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().headerData(section, orientation, role)


class _Figure(QWidget):
    """A big figure with its caption underneath."""

    def __init__(self, caption: str, color: str = "#111827") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.value = QLabel()
        self.value.setStyleSheet(
            f"QLabel {{ font-size: 14pt; font-weight: bold; color: {color}; }}"
        )
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel(caption)
        self.caption.setObjectName("PageSubtitle")
        self.detail = QLabel()
        self.detail.setObjectName("PageSubtitle")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


def fen_from_spin(spin: QDoubleSpinBox) -> int:
    """The spin box's yuan as fen, through Decimal (the box itself holds a float)."""
    return int((Decimal(f"{spin.value():.2f}") * 100).to_integral_value())


class ShiftSummaryDialog(QDialog):
    summary_loaded = Signal()

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary: ShiftSummary | None = None
        self._generation = 0
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Day summary / shift handover"))
        self.resize(860, 720)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)

        # -- the period and the staff ---------------------------------------------------------
        controls = QHBoxLayout()
        controls.setSpacing(8)
        self.period_combo = QComboBox()
        names = {
            "today": self.tr("Today"),
            "yesterday": self.tr("Yesterday"),
            "since": self.tr("Since (shift start)…"),
            "custom": self.tr("From – to…"),
        }
        for period in PERIODS:
            self.period_combo.addItem(names[period], period)
        self.period_combo.setToolTip(
            self.tr("A whole day, a shift from a chosen time until now, or any two moments")
        )
        self.from_edit = QDateTimeEdit()
        self.to_edit = QDateTimeEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.from_edit.setToolTip(self.tr("From this moment (included)"))
        self.to_edit.setToolTip(self.tr("Until this moment (not included)"))
        self.staff_combo = QComboBox()
        self.staff_combo.addItem(self.tr("All staff"), None)
        try:
            for person in context.call(catalogue.list_staff):
                self.staff_combo.addItem(person.display_name, person.user_id)
        except StoreCRMError as exc:
            log.warning("the staff could not be read: %s", exc)
        self.staff_combo.setToolTip(self.tr("Only what this member of staff served"))
        self.refresh_button = QPushButton(icon("refresh"), "")
        self.refresh_button.setToolTip(self.tr("Read the figures again (F5)"))
        controls.addWidget(self.period_combo)
        controls.addWidget(self.from_edit)
        controls.addWidget(QLabel("–"))
        controls.addWidget(self.to_edit)
        controls.addSpacing(6)
        controls.addWidget(self.staff_combo)
        controls.addStretch(1)
        controls.addWidget(self.refresh_button)
        layout.addLayout(controls)
        # The figures and tables scroll on a short screen; the period and the buttons stay.
        outer = layout
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        # -- the headline figures ----------------------------------------------------------------
        figures = QFrame()
        figures.setObjectName("Card")
        grid = QHBoxLayout(figures)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setSpacing(24)
        self.sales_figure = _Figure(self.tr("Sales"))
        self.top_ups_figure = _Figure(self.tr("Top-ups"))
        self.refunds_figure = _Figure(self.tr("Refunds"))
        self.cash_figure = _Figure(self.tr("Cash expected in the drawer"), "#0F766E")
        for figure in (self.sales_figure, self.top_ups_figure, self.refunds_figure):
            grid.addWidget(figure, 0, Qt.AlignmentFlag.AlignTop)
        grid.addStretch(1)
        cash_box = QVBoxLayout()
        cash_box.setSpacing(4)
        cash_box.addWidget(self.cash_figure)
        float_row = QHBoxLayout()
        float_row.setSpacing(6)
        float_label = QLabel(self.tr("Opening float ¥"))
        self.float_spin = QDoubleSpinBox()
        self.float_spin.setDecimals(2)
        self.float_spin.setRange(0, 1_000_000)
        self.float_spin.setSingleStep(100)
        self.float_spin.setToolTip(self.tr("The change money that was in the drawer at the start"))
        float_label.setBuddy(self.float_spin)
        float_row.addWidget(float_label)
        float_row.addWidget(self.float_spin)
        cash_box.addLayout(float_row)
        grid.addLayout(cash_box)
        grid.setAlignment(cash_box, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(figures)

        # -- by payment method ----------------------------------------------------------------
        by_method = QLabel(self.tr("By payment method"))
        by_method.setObjectName("SectionTitle")
        layout.addWidget(by_method)
        self.method_model = MethodTotalsModel(self)
        self.method_table = _table(self.method_model)
        self.method_table.setMinimumHeight(150)
        layout.addWidget(self.method_table, 2)

        # -- the rest, and who sold what --------------------------------------------------------
        lower = QHBoxLayout()
        lower.setSpacing(16)
        others = QFrame()
        others.setObjectName("Card")
        self.figures_grid = QGridLayout(others)
        self.figures_grid.setContentsMargins(16, 12, 16, 12)
        self.figures_grid.setHorizontalSpacing(18)
        self.figures_grid.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}
        rows = [
            ("discount", self.tr("Discounts given")),
            ("bonus", self.tr("Top-up bonus given")),
            ("withdrawals", self.tr("Stored value paid out")),
            ("sv_spent", self.tr("Stored value spent")),
            ("points_earned", self.tr("Points earned")),
            ("points_redeemed", self.tr("Points redeemed")),
            ("sessions", self.tr("Sessions used")),
            ("cards", self.tr("Cards sold")),
        ]
        for n, (key, text) in enumerate(rows):
            caption = QLabel(text)
            caption.setObjectName("PageSubtitle")
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.values[key] = value
            self.figures_grid.addWidget(caption, n, 0)
            self.figures_grid.addWidget(value, n, 1)
        lower.addWidget(others, 1)
        staff_box = QVBoxLayout()
        staff_box.setSpacing(6)
        staff_title = QLabel(self.tr("By staff"))
        staff_title.setObjectName("SectionTitle")
        staff_box.addWidget(staff_title)
        self.staff_model = StaffTotalsModel(
            [
                (self.tr("Staff"), lambda s: s.staff_name or self.tr("(nobody named)")),
                (self.tr("Sales"), lambda s: s.sales),
                (self.tr("Total"), lambda s: money(s.total_fen)),
            ],
            self,
        )
        self.staff_table = _table(self.staff_model)
        staff_box.addWidget(self.staff_table, 1)
        lower.addLayout(staff_box, 1)
        layout.addLayout(lower, 2)
        self.reconcile = ReconcileSection()
        layout.addWidget(self.reconcile)
        layout = outer
        layout.addWidget(scrolling(body), 1)

        # -- printing -------------------------------------------------------------------------
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.paper_combo = QComboBox()
        for paper in PAPERS:
            self.paper_combo.addItem(printing.paper_name(paper), paper)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(printing.shift_paper())))
        self.paper_combo.setToolTip(self.tr("Print on the receipt printer's roll or on A4"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Preview and print the summary (Ctrl+P)"))
        self.pdf_button = QPushButton(icon("export"), self.tr("Save P&DF…"))
        self.pdf_button.setToolTip(self.tr("Save the summary as a PDF file (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Close"))
        set_property(self.print_button, "primary", True)
        buttons.addWidget(self.paper_combo)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        # -- behaviour --------------------------------------------------------------------------
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.from_edit.dateTimeChanged.connect(self._times_edited)
        self.to_edit.dateTimeChanged.connect(self._times_edited)
        self.staff_combo.currentIndexChanged.connect(self.refresh)
        self.float_spin.valueChanged.connect(self._show_cash)
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(lambda: self.print_summary())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.close_button.clicked.connect(self.accept)
        self.paper_combo.currentIndexChanged.connect(
            lambda _i: printing.set_shift_paper(self.paper_combo.currentData())
        )
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.print_summary())
        QShortcut(QKeySequence("Ctrl+S"), self, lambda: self.save_pdf())
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self._period_changed()

    # -- the period -----------------------------------------------------------------------------
    def _set_times(self, start: datetime, end: datetime) -> None:
        for edit, value in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDateTime(_qdt(value))
            edit.blockSignals(False)

    @Slot()
    def _period_changed(self) -> None:
        period = self.period_combo.currentData()
        now = clock.now()
        today = now.date()
        if period == "today":
            self._set_times(_midnight(today), _midnight(today + timedelta(days=1)))
        elif period == "yesterday":
            self._set_times(_midnight(today - timedelta(days=1)), _midnight(today))
        elif period == "since":
            start = _pydt(self.from_edit.dateTime())
            if start.date() != today:  # a shift started today, by default at 08:00
                start = min(now, datetime.combine(today, time(8)))
            self._set_times(start, now)
        self.to_edit.setEnabled(period != "since")
        self.refresh()

    @Slot()
    def _times_edited(self) -> None:
        if self.period_combo.currentData() not in ("since", "custom"):
            self.period_combo.blockSignals(True)
            self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
            self.period_combo.blockSignals(False)
            self.to_edit.setEnabled(True)
        self.refresh()

    def set_period(self, start: datetime, end: datetime | None = None) -> None:
        """From ``start`` to ``end`` (None: a shift running until now)."""
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(
            self.period_combo.findData("since" if end is None else "custom")
        )
        self.period_combo.blockSignals(False)
        self.to_edit.setEnabled(end is not None)
        self._set_times(start, end or clock.now())
        self.refresh()

    def set_staff(self, staff_id: int | None) -> None:
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(staff_id)))

    def period(self) -> tuple[datetime, datetime]:
        start = _pydt(self.from_edit.dateTime())
        if self.period_combo.currentData() == "since":
            end = clock.now() + timedelta(seconds=1)  # "until now" includes this second
            self._set_times(start, end)
        else:
            end = _pydt(self.to_edit.dateTime())
        return start, max(start, end)

    def staff_name(self) -> str | None:
        return None if self.staff_combo.currentData() is None else self.staff_combo.currentText()

    def opening_float_fen(self) -> int:
        return fen_from_spin(self.float_spin)

    # -- the figures ----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Read the figures on a worker (a month of a busy store takes a second); an answer
        for an older choice of period or staff is dropped on arrival."""
        start, end = self.period()
        staff = self.staff_combo.currentData()
        self._generation += 1
        generation = self._generation
        context = self.context

        def read() -> tuple[int, ShiftSummary | Exception]:
            try:
                return generation, context.call(sales.shift_summary, start, end, staff)
            except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
                return generation, exc

        self._task = run_in_background(read, self, "", self._arrived, self._crashed)

    def refresh_now(self) -> bool:
        """The figures as of this moment, before printing or saving them."""
        self._generation += 1  # whatever is on its way is older
        self._task = None
        start, end = self.period()
        try:
            summary = self.context.call(
                sales.shift_summary, start, end, self.staff_combo.currentData()
            )
        except StoreCRMError as exc:
            error_box(self, exc)
            return False
        self.show_summary(summary)
        return True

    def loading(self) -> bool:
        return self._task is not None

    @Slot(object)
    def _arrived(self, outcome: tuple[int, ShiftSummary | Exception]) -> None:
        generation, summary = outcome
        if generation != self._generation:
            return
        self._task = None
        if isinstance(summary, StoreCRMError):
            error_box(self, summary)
        elif isinstance(summary, Exception):
            raise summary
        else:
            self.show_summary(summary)
        self.summary_loaded.emit()

    @Slot(object)
    def _crashed(self, exc: BaseException) -> None:
        self._task = None
        raise exc

    def show_summary(self, s: ShiftSummary) -> None:
        self.summary = s
        self.sales_figure.value.setText(money(s.sales_total_fen))
        self.sales_figure.detail.setText(self.tr("%n sale(s)", "", s.sales))
        self.top_ups_figure.value.setText(money(s.top_ups_fen))
        self.top_ups_figure.detail.setText(
            self.tr("%n top-up(s)", "", s.top_ups)
            + (
                " · " + self.tr("bonus %1").replace("%1", money(s.bonus_given_fen))
                if s.bonus_given_fen
                else ""
            )
        )
        self.refunds_figure.value.setText(money(-s.refunds_fen) if s.refunds_fen else money(0))
        self.refunds_figure.detail.setText(self.tr("%n refund(s)", "", s.refunds))
        self.method_model.set_summary(s)
        self.values["discount"].setText(money(s.discount_fen))
        self.values["bonus"].setText(money(s.bonus_given_fen))
        self.values["withdrawals"].setText(money(s.withdrawals_fen))
        self.values["sv_spent"].setText(money(s.stored_value_spent_fen))
        self.values["points_earned"].setText(f"{s.points_earned:,}")
        self.values["points_redeemed"].setText(f"{s.points_redeemed:,}")
        self.values["sessions"].setText(str(s.sessions_used))
        self.values["cards"].setText(str(s.cards_sold))
        self.staff_model.set_rows(s.per_staff)
        self.reconcile.show_summary(s)
        self._show_cash()

    def cash_expected_fen(self) -> int:
        return (self.summary.cash_expected_fen if self.summary else 0) + self.opening_float_fen()

    @Slot()
    def _show_cash(self) -> None:
        self.cash_figure.value.setText(money(self.cash_expected_fen()))
        taken = self.summary.cash_expected_fen if self.summary else 0
        self.cash_figure.detail.setText(
            self.tr("cash taken %1 + float %2")
            .replace("%1", money(taken))
            .replace("%2", money(self.opening_float_fen()))
        )

    # -- printing -------------------------------------------------------------------------------
    def print_summary(self) -> bool:
        if not self.refresh_now():  # the figures as of now
            return False
        assert self.summary is not None
        return printing.print_shift_summary(
            self,
            self.summary,
            self.paper_combo.currentData(),
            staff_name=self.staff_name(),
            opening_float_fen=self.opening_float_fen(),
        )

    def default_pdf_name(self) -> str:
        start = self.summary.start if self.summary else clock.now()
        return self.tr("shift-summary-%1.pdf").replace("%1", start.strftime("%Y%m%d-%H%M"))

    def save_pdf(self, path: Path | str | None = None) -> Path | None:
        if not path:
            path = save_file(
                self,
                Purpose.SHIFT_SUMMARY,
                self.tr("Save the summary as PDF"),
                self.default_pdf_name(),
                self.tr("PDF files (*.pdf)"),
                ".pdf",
            )
            if path is None:
                return None
        if not self.refresh_now():
            return None
        assert self.summary is not None
        try:
            saved = printing.save_shift_summary_pdf(
                self.summary,
                path,
                self.paper_combo.currentData(),
                staff_name=self.staff_name(),
                opening_float_fen=self.opening_float_fen(),
            )
        except OSError as exc:
            error_box(self, exc)
            return None
        if not saved.exists():
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The PDF could not be written: %1").replace("%1", str(saved)),
            )
            return None
        return saved
