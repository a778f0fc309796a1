"""``SalesScreen``: the list of sales with its filters, the selected ticket beside it, the
footer's totals, and the actions (a new sale, print, refund, the day summary). The list's
ids and the totals are read off the GUI thread; an answer for an older filter is dropped."""

from __future__ import annotations

import logging
import time
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storecrm.domain import clock
from storecrm.domain.errors import StoreCRMError
from storecrm.domain.roles import Permission
from storecrm.gui import printing
from storecrm.gui.bus import store_bus
from storecrm.gui.format import money
from storecrm.gui.look import icon, set_property
from storecrm.gui.names import method_name
from storecrm.gui.sale_model import Column, SaleTableModel
from storecrm.gui.screens.sales_screen import filters
from storecrm.gui.screens.sales_screen.detail import REFUNDABLE, SaleDetailPanel
from storecrm.gui.screens.sales_screen.filters import build_filters, period_dates, pydate, qdate
from storecrm.gui.screens.sales_screen.totals import Totals, _Cancel, compute_totals
from storecrm.gui.screens.shift_dialog import ShiftSummaryDialog
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import (
    error_box,
    lazy_table_view,
    list_and_panel,
    subtitle_label,
    title_label,
)
from storecrm.reports.receipt import PAPERS
from storecrm.services import catalogue, sales, settings
from storecrm.services.dto import SaleInfo, StaffInfo
from storecrm.services.sales import SaleFilter
from storecrm.services.session import StoreContext

log = logging.getLogger(__name__)

PANEL_WIDTH = 304
NOTE_HIDDEN_BELOW = 760  # the list's width under which the note column is left out
COLUMN_WIDTHS = {
    Column.TIME: 100,  # set again for each period: see TIME_WIDTHS
    Column.NUMBER: 130,
    Column.KIND: 70,
    Column.CUSTOMER: 84,
    Column.STAFF: 80,
    Column.PAYMENTS: 200,
    Column.TOTAL: 96,
    Column.NOTE: 96,
}
TIME_WIDTHS = {"%H:%M": 66, "%m-%d %H:%M": 104}  # otherwise the full date: 140


class SalesScreen(QWidget):
    sales_loaded = Signal()  # the list shows the current filter (tests, the status bar)
    totals_loaded = Signal()

    # The filter bar's parts (built in filters.py).
    period_combo: QComboBox
    from_edit: QDateEdit
    to_edit: QDateEdit
    staff_combo: QComboBox
    method_combo: QComboBox
    kind_combo: QComboBox
    customer_edit: QLineEdit

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id: int | None = None
        self.customer_label = ""
        self.totals: Totals | None = None
        self.last_load_seconds = 0.0
        self.dialog: QDialog | None = None
        self._generation = 0
        self._loading = False
        self._load_task: Task | None = None
        self._totals_task: Task | None = None
        self._cancel = _Cancel()
        self._keep_sale: int | None = None
        self._store_name: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(14)

        # -- title row -----------------------------------------------------------------------------
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(title_label(self.tr("Sales")))
        self.count_label = subtitle_label("")
        self.count_label.setWordWrap(False)
        head.addSpacing(6)
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        self.summary_button = QPushButton(icon("reports"), self.tr("Day summary"))
        self.summary_button.setToolTip(
            self.tr(
                "The shift summary (交班): takings by payment method, cash in the drawer (Ctrl+J)"
            )
        )
        self.new_button = QPushButton(icon("add-active"), self.tr("New sale"))
        self.new_button.setToolTip(self.tr("Record a sale at the till (F9)"))
        set_property(self.new_button, "primary", True)
        self.refund_button = QPushButton(self.tr("Refund…"))
        self.refund_button.setToolTip(
            self.tr("Give back all or part of the selected sale or top-up (Ctrl+R)")
        )
        set_property(self.refund_button, "danger", True)
        head.addWidget(self.refund_button)
        head.addWidget(self.summary_button)
        head.addWidget(self.new_button)
        layout.addLayout(head)
        self.summary_button.clicked.connect(self.show_summary)
        self.new_button.clicked.connect(self.new_sale)
        self.new_button.setVisible(context.actor.can(Permission.RECORD_SALES))

        layout.addWidget(build_filters(self))

        # -- list and detail -----------------------------------------------------------------------
        self.model = SaleTableModel(context, self)
        self.table = lazy_table_view(self.model, "SaleTable", COLUMN_WIDTHS, Column.PAYMENTS)
        header = self.table.horizontalHeader()
        header.setToolTip(self.tr("Newest first"))

        self.detail = SaleDetailPanel()
        self.detail.link_activated.connect(self.select_sale)
        self.paper_combo = QComboBox()
        for paper in PAPERS:
            self.paper_combo.addItem(printing.paper_short_name(paper), paper)
            self.paper_combo.setItemData(
                self.paper_combo.count() - 1,
                printing.paper_name(paper),
                Qt.ItemDataRole.ToolTipRole,
            )
        paper_row = self.paper_combo.findData(printing.receipt_paper())
        self.paper_combo.setCurrentIndex(max(0, paper_row))
        self.paper_combo.setToolTip(self.tr("The paper the receipt is printed on"))
        self.print_button = QPushButton(icon("print"), self.tr("Print receipt"))
        self.print_button.setToolTip(self.tr("Print this receipt again (Ctrl+P)"))
        self.detail.buttons.addWidget(self.paper_combo)
        self.detail.buttons.addStretch(1)
        self.detail.buttons.addWidget(self.print_button)
        self.print_button.clicked.connect(self.print_current)
        self.refund_button.clicked.connect(self.refund_current)
        self.paper_combo.currentIndexChanged.connect(
            lambda _i: printing.set_receipt_paper(self.paper_combo.currentData())
        )

        self.setFocusProxy(self.table)  # the screen opens on the list (↑↓ Enter, Ctrl+F)
        self.splitter = list_and_panel(self.table, self.detail, PANEL_WIDTH)
        layout.addWidget(self.splitter, 1)
        self.table.installEventFilter(self)

        # -- footer --------------------------------------------------------------------------------
        self.footer_label = QLabel()
        self.footer_label.setObjectName("PageSubtitle")
        self.footer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.footer_label)

        # -- behaviour -----------------------------------------------------------------------------
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(60)  # arrowing down the list does not load every sale
        self._detail_timer.timeout.connect(self._show_current)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.from_edit.dateChanged.connect(self._dates_edited)
        self.to_edit.dateChanged.connect(self._dates_edited)
        self.staff_combo.currentIndexChanged.connect(self.reload)
        self.method_combo.currentIndexChanged.connect(self.reload)
        self.kind_combo.currentIndexChanged.connect(self.reload)
        self.customer_edit.returnPressed.connect(self.find_customer)
        self.customer_edit.textEdited.connect(self._customer_text_edited)
        self.customer_edit.textChanged.connect(self._customer_text_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        QShortcut(QKeySequence("F9"), self, self.new_sale)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_current)
        QShortcut(QKeySequence("Ctrl+J"), self, self.show_summary)
        QShortcut(QKeySequence("Ctrl+R"), self, self.refund_current)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_customer)
        store_bus().changed.connect(self._store_changed)

        self.reload_staff()
        self._set_dates(*period_dates("today", clock.now().date()))
        self._update_buttons()
        self.detail.clear()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        period = self.period_combo.currentData()
        if period != "custom":  # left open overnight: "today" is another day now
            first, last = period_dates(period, clock.now().date())
            if (qdate(first), qdate(last)) != (self.from_edit.date(), self.to_edit.date()):
                self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.Type.Resize:
            # A narrow list (the main window at its smallest) keeps the payments readable and
            # leaves the note to the tool tip and the detail pane.
            self.table.setColumnHidden(Column.NOTE, self.table.width() < NOTE_HIDDEN_BELOW)
        return super().eventFilter(watched, event)

    # -- filters ----------------------------------------------------------------------------------
    def reload_staff(self) -> None:
        current = self.staff_combo.currentData()
        try:
            staff: list[StaffInfo] = self.context.call(catalogue.list_staff)
        except StoreCRMError as exc:
            log.warning("the staff could not be read: %s", exc)
            staff = []
        self.staff_combo.blockSignals(True)
        self.staff_combo.clear()
        self.staff_combo.addItem(self.tr("All staff"), None)
        for person in staff:
            self.staff_combo.addItem(person.display_name, person.user_id)
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(current)))
        self.staff_combo.blockSignals(False)

    def _set_dates(self, first: date, last: date) -> None:
        for edit, value in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(qdate(value))
            edit.blockSignals(False)

    def set_period(self, period: str) -> None:
        self.period_combo.setCurrentIndex(self.period_combo.findData(period))

    def set_dates(self, first: date, last: date) -> None:
        """A custom period, both days included."""
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        self.period_combo.blockSignals(False)
        self._set_dates(first, last)
        self.reload()

    @Slot()
    def _period_changed(self) -> None:
        period = self.period_combo.currentData()
        if period != "custom":
            self._set_dates(*period_dates(period, clock.now().date()))
        self.reload()

    @Slot()
    def _dates_edited(self) -> None:
        if self.from_edit.date() > self.to_edit.date():
            sender = self.sender()
            other = self.to_edit if sender is self.from_edit else self.from_edit
            other.blockSignals(True)
            other.setDate(sender.date())  # type: ignore[attr-defined]
            other.blockSignals(False)
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        self.period_combo.blockSignals(False)
        self.reload()

    def date_range(self) -> tuple[datetime, datetime]:
        """[start, end): from the first day's midnight to the midnight after the last day."""
        period = self.period_combo.currentData()
        if period != "custom":  # "today" moves on at midnight
            self._set_dates(*period_dates(period, clock.now().date()))
        first = pydate(self.from_edit.date())
        last = pydate(self.to_edit.date())
        start = datetime.combine(first, datetime.min.time())
        end = datetime.combine(last + timedelta(days=1), datetime.min.time())
        return start, end

    def current_filter(self) -> SaleFilter:
        start, end = self.date_range()
        return SaleFilter(
            start=start,
            end=end,
            staff_id=self.staff_combo.currentData(),
            method=self.method_combo.currentData(),
            customer_id=self.customer_id,
            kind=self.kind_combo.currentData(),
        )

    # -- the customer filter --------------------------------------------------------------------
    @Slot()
    def focus_customer(self) -> None:
        self.customer_edit.setFocus()
        self.customer_edit.selectAll()

    @Slot()
    def find_customer(self) -> None:
        """Enter in the customer box: the only match is chosen, several open a picker."""
        filters.find_customer(self)

    def set_customer(self, customer_id: int | None, name: str = "") -> None:
        """Show only this customer's sales (None: everybody's)."""
        self.customer_id = customer_id
        self.customer_label = name if customer_id is not None else ""
        set_property(self.customer_edit, "error", False)
        self.customer_edit.setToolTip(
            self.tr("Type a name, pinyin, phone or card number and press Enter (Ctrl+F)")
        )
        self.customer_edit.blockSignals(True)
        self.customer_edit.setText(self.customer_label)
        self.customer_edit.blockSignals(False)
        self.reload()

    @Slot(str)
    def _customer_text_edited(self, _text: str) -> None:
        set_property(self.customer_edit, "error", False)

    @Slot(str)
    def _customer_text_changed(self, text: str) -> None:
        if not text and self.customer_id is not None:  # the clear button
            self.set_customer(None)

    # -- loading ---------------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Read the ids for the filter on a worker; an older answer is dropped on arrival."""
        flt = self.current_filter()
        self._generation += 1
        generation = self._generation
        self._cancel.cancelled = True
        self._loading = True
        if self._keep_sale is None and self.detail.sale is not None:
            self._keep_sale = self.detail.sale.sale_id
        context = self.context

        def read() -> tuple[int, SaleFilter, list[int] | Exception, float]:
            began = time.perf_counter()
            try:
                ids: list[int] | Exception = context.call(sales.list_sale_ids, flt)
            except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
                ids = exc
            return generation, flt, ids, time.perf_counter() - began

        self._load_task = run_in_background(read, self, "", self._ids_arrived, self._crashed)

    def loading(self) -> bool:
        return self._loading or self._totals_task is not None

    @Slot(object)
    def _ids_arrived(self, outcome: tuple[int, SaleFilter, list[int] | Exception, float]) -> None:
        generation, flt, ids, seconds = outcome
        if generation != self._generation:
            return  # the filter changed meanwhile; a newer reading is on its way
        self._load_task = None
        self._loading = False
        if isinstance(ids, Exception):
            if isinstance(ids, StoreCRMError):
                error_box(self, ids)
                return
            raise ids
        self.last_load_seconds = seconds
        keep = self._keep_sale
        self._keep_sale = None
        self.model.set_ids(ids, flt)
        self.table.horizontalHeader().resizeSection(
            Column.TIME, TIME_WIDTHS.get(self.model.time_format, 140)
        )
        n = len(ids)
        self.count_label.setText(self.tr("%n record(s)", "", n))
        self.totals = None
        self.footer_label.setText(self.tr("%n record(s)", "", n) + " · " + self.tr("adding up…"))
        if keep is not None and self.select_sale(keep, in_list_only=True):
            pass
        elif self.detail.sale is not None and self.detail.sale.sale_id not in set(ids):
            self.detail.clear()
        self._update_buttons()
        self._start_totals(generation, flt, ids)
        self.sales_loaded.emit()

    def _start_totals(self, generation: int, flt: SaleFilter, ids: list[int]) -> None:
        cancel = _Cancel()
        self._cancel = cancel
        context = self.context

        def add_up() -> tuple[int, Totals | None | Exception]:
            try:
                return generation, compute_totals(context, flt, ids, cancel)
            except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
                return generation, exc

        self._totals_task = run_in_background(add_up, self, "", self._totals_arrived, self._crashed)

    @Slot(object)
    def _totals_arrived(self, outcome: tuple[int, Totals | None | Exception]) -> None:
        generation, totals = outcome
        if generation != self._generation:
            return
        self._totals_task = None
        if isinstance(totals, Exception):
            log.warning("the sales could not be added up: %s", totals)
            self.footer_label.setText(self.tr("%n record(s)", "", self.model.rowCount()))
        elif totals is not None:
            self.totals = totals
            self.footer_label.setText(self.footer_text(totals))
        self.totals_loaded.emit()

    @Slot(object)
    def _crashed(self, exc: BaseException) -> None:
        self._loading = False
        self._load_task = None
        self._totals_task = None
        raise exc

    def footer_text(self, totals: Totals) -> str:
        parts = [self.tr("%n record(s)", "", totals.count)]
        labels = {
            "sale": self.tr("sales %1"),
            "top_up": self.tr("top-ups %1"),
            "refund": self.tr("refunds %1"),
            "withdrawal": self.tr("paid out %1"),
        }
        details = [
            labels[kind].replace("%1", money(totals.by_kind[kind]))
            for kind in labels
            if totals.by_kind.get(kind)
        ]
        parts.append(
            self.tr("total %1").replace("%1", money(totals.net_fen))
            + (f" ({', '.join(details)})" if details else "")
        )
        if totals.method is not None and totals.method_fen is not None:
            parts.append(
                self.tr("paid by %1: %2")
                .replace("%1", method_name(totals.method))
                .replace("%2", money(totals.method_fen))
            )
        return "  ·  ".join(parts)

    @Slot(str)
    def _store_changed(self, what: str) -> None:
        if what in ("sales", "membership"):
            self.reload()
        elif what == "customers":
            self.model.refresh_rows()

    # -- selection and detail ----------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._detail_timer.start()

    @Slot()
    def _show_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.show_sale(self.model.sale_id(index.row()))

    def show_sale(self, sale_id: int) -> SaleInfo | None:
        self._detail_timer.stop()
        try:
            sale = self.context.call(sales.get_sale, sale_id)
        except StoreCRMError as exc:
            error_box(self, exc)
            return None
        self.detail.show_sale(sale)
        self._update_buttons()
        return sale

    @Slot(int)
    def select_sale(self, sale_id: int, in_list_only: bool = False) -> bool:
        """Select the sale in the list (and show it); a sale outside the filter is shown
        beside the list unless ``in_list_only``. True when it is in the list."""
        row = self.model.row_of(sale_id)
        if row is None:
            if not in_list_only:
                self.table.clearSelection()
                self.show_sale(sale_id)
            return False
        index = self.model.index(row, Column.TIME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.show_sale(sale_id)
        return True

    def _update_buttons(self) -> None:
        sale = self.detail.sale
        self.print_button.setEnabled(sale is not None)
        can_refund = (
            sale is not None
            and sale.kind in REFUNDABLE
            and sale.refundable_fen > 0
            and self.context.actor.can(Permission.REFUND_SALES)
        )
        self.refund_button.setEnabled(can_refund)
        self.refund_button.setVisible(self.context.actor.can(Permission.REFUND_SALES))

    # -- actions ----------------------------------------------------------------------------------
    def store_name(self) -> str:
        if self._store_name is None:
            self._store_name = self.context.call(settings.get_settings).store_name
        return self._store_name

    @Slot()
    def print_current(self) -> None:
        sale = self.detail.sale
        if sale is None:
            return
        self._store_name = None  # the owner may have renamed the store
        printing.print_receipt(self, sale, self.store_name(), self.paper_combo.currentData())

    @Slot()
    def refund_current(self) -> None:
        sale = self.detail.sale
        if sale is None or not self.refund_button.isEnabled():
            return
        from storecrm.gui.screens.member_dialogs import RefundDialog

        try:
            dialog = RefundDialog(self.context, sale.sale_id, self)
        except StoreCRMError as exc:
            error_box(self, exc)
            return
        self._open_dialog(dialog)

    @Slot()
    def new_sale(self) -> None:
        if not self.context.actor.can(Permission.RECORD_SALES) or self.dialog is not None:
            return
        from storecrm.gui.screens.till import SaleDialog

        try:
            dialog = SaleDialog(self.context, parent=self)
        except StoreCRMError as exc:
            error_box(self, exc)
            return
        recorded = getattr(dialog, "sale_recorded", None)
        if recorded is not None:  # the till stays open for the next customer
            recorded.connect(self._sale_recorded)
        self._open_dialog(dialog)

    @Slot(object)
    def _sale_recorded(self, sale: object) -> None:
        if isinstance(sale, SaleInfo):
            self._keep_sale = sale.sale_id
            self.reload()

    @Slot()
    def show_summary(self) -> None:
        if self.dialog is not None:
            return
        dialog = ShiftSummaryDialog(self.context, self)
        staff = self.staff_combo.currentData()
        if staff is not None:
            dialog.set_staff(staff)
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda result, d=dialog: self._dialog_finished(d, result))
        dialog.open()

    def _dialog_finished(self, dialog: QDialog, result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            recorded = getattr(dialog, "recorded", None)
            if isinstance(recorded, SaleInfo):
                self._keep_sale = recorded.sale_id
            self.reload()
