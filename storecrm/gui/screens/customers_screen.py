"""The customer archive: look-up at the till (name, pinyin, phone, last four digits, card), the
filtered list of every customer, and the selected customer's profile beside it."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storecrm.domain.errors import StoreCRMError
from storecrm.domain.roles import Permission
from storecrm.gui import pills
from storecrm.gui.customer_model import SORT_KEYS, Column, CustomerTableModel
from storecrm.gui.look import icon, set_property
from storecrm.gui.names import category_name
from storecrm.gui.screens.customer_detail import PANEL_WIDTH, CustomerDetailPanel
from storecrm.gui.screens.customer_form import CustomerFormDialog
from storecrm.gui.screens.customer_transfer import ExportDialog, ImportDialog
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import (
    error_box,
    lazy_table_view,
    list_and_panel,
    search_edit,
    subtitle_label,
    title_label,
)
from storecrm.services import customer_list, customers, settings
from storecrm.services.customers import CustomerFilter
from storecrm.services.dto import CustomerDetail, TagInfo
from storecrm.services.session import StoreContext

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
COUNT_DELAY_MS = 200  # the count follows the painted list (and the last key typed)
COLUMN_WIDTHS = {
    Column.NAME: 96,
    Column.PHONE: 112,
    Column.CARD: 92,
    Column.CATEGORY: 92,
    Column.TAGS: 120,
    Column.LAST_VISIT: 98,
    Column.VISITS: 56,
    Column.TOTAL_SPEND: 108,
    Column.BALANCE: 96,
    Column.POINTS: 70,
}
# Shown in the profile beside the list, so left out of the list while the profile is open.
COMPACT_HIDDEN = (Column.CARD, Column.VISITS, Column.TOTAL_SPEND, Column.BALANCE, Column.POINTS)
CATEGORIES = ("potential", "new", "regular", "vip", "at_risk", "occasional")


class CustomersScreen(QWidget):
    import_requested = Signal()
    export_requested = Signal()
    tags_loaded = Signal()

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form: CustomerFormDialog | None = None
        self._shown_once = False
        self.tag_names: list[str] | None = None
        self._tags_generation = 0
        self._tags_task: Task | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(14)

        # -- title row -----------------------------------------------------------------------------
        head = QHBoxLayout()
        head.setSpacing(8)
        title = title_label(self.tr("Customers"))
        head.addWidget(title)
        self.count_label = subtitle_label("")
        # How many customers the list holds (counted up to COUNT_AT_MOST + 1; None: counting).
        self.matches: int | None = None
        self._count_generation = 0
        self._export_waiting = False  # the export dialog opens when the count arrives
        self.count_label.setWordWrap(False)
        head.addSpacing(6)
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        self.import_button = QPushButton(icon("import"), self.tr("Im&port…"))
        self.export_button = QPushButton(icon("export"), self.tr("E&xport…"))
        self.new_button = QPushButton(icon("add-active"), self.tr("&New customer"))
        self.new_button.setToolTip(self.tr("Add a customer (Ctrl+N)"))
        set_property(self.new_button, "primary", True)
        for button in (self.import_button, self.export_button, self.new_button):
            head.addWidget(button)
        layout.addLayout(head)
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.import_requested.connect(self.show_import)
        self.export_requested.connect(self.show_export)
        self.new_button.clicked.connect(self.new_customer)
        actor = context.actor
        self.import_button.setVisible(actor.can(Permission.IMPORT_DATA))
        self.export_button.setVisible(actor.can(Permission.EXPORT_DATA))
        self.new_button.setVisible(actor.can(Permission.EDIT_CUSTOMERS))

        # -- search and filters -------------------------------------------------------------------
        filters = QHBoxLayout()
        filters.setSpacing(10)
        self.search_box = search_edit(
            self.tr("Name, pinyin, phone / last 4 digits, card no."),
            self.tr("Ctrl+F. Enter opens the customer (or the card's owner); ↓ goes to the list."),
            300,
            460,
        )
        self.search_box.installEventFilter(self)
        filters.addWidget(self.search_box, 1)
        self.tag_combo = QComboBox()
        self.tag_combo.addItem(self.tr("All tags"), None)
        self.tag_combo.setMinimumContentsLength(10)
        self.tag_combo.setToolTip(self.tr("Only customers with this tag"))
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("All categories"), None)
        for category in CATEGORIES:
            self.category_combo.addItem(category_name(category), category)
        self.category_combo.setToolTip(self.tr("Only customers of this category"))
        self.archived_check = QCheckBox(self.tr("Show &archived"))
        filters.addWidget(self.tag_combo)
        filters.addWidget(self.category_combo)
        filters.addWidget(self.archived_check)
        filters.addStretch(0)
        layout.addLayout(filters)

        # -- list and profile -------------------------------------------------------------------
        self.model = CustomerTableModel(context, self)
        # Tags take whatever width is left, so the list fills the window with no gap.
        self.table = lazy_table_view(self.model, "CustomerTable", COLUMN_WIDTHS, Column.TAGS)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        header.sectionResized.connect(self._column_resized)
        header.sectionClicked.connect(self._header_clicked)
        self.table.setIconSize(QSize(pills.MAX_WIDTH, 24))  # tag and category pills
        self.table.activated.connect(self._row_activated)
        self.table.clicked.connect(self._row_clicked)
        self.table.installEventFilter(self)

        self.detail = CustomerDetailPanel(context)
        self.detail.edit_requested.connect(self.edit_customer)
        self.detail.open_requested.connect(self.open_customer)
        self.detail.changed.connect(self._customer_changed)
        self.detail.close_requested.connect(self.close_detail)
        self.splitter = list_and_panel(self.table, self.detail, PANEL_WIDTH)
        self.detail.hide()  # the list has the whole width until a customer is opened
        layout.addWidget(self.splitter, 1)

        # -- behaviour --------------------------------------------------------------------------
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self.search_entered)
        self.tag_combo.currentIndexChanged.connect(self.apply_filter)
        self.category_combo.currentIndexChanged.connect(self.apply_filter)
        self.archived_check.toggled.connect(self.apply_filter)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(60)  # arrowing down the list does not load every profile
        self._detail_timer.timeout.connect(self._show_current)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_customer)
        QShortcut(QKeySequence("F4"), self, self._edit_current)

        self.reload_tags()
        self.apply_filter()
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.setFocusProxy(self.search_box)

    # -- list -------------------------------------------------------------------------------------
    @Slot()
    def show_import(self) -> None:
        dialog = ImportDialog(self.context, self)
        dialog.imported.connect(lambda _report: self.model.reload())
        dialog.imported.connect(lambda _report: self.reload_tags())
        dialog.exec()

    @Slot()
    def show_export(self) -> None:
        if self.matches is None:  # still counting: the dialog (it says how many) waits for it
            # Counting a filter's matches takes 0.2 s of CPU at 1M: never on the GUI thread.
            self._export_waiting = True
            self.count_label.setText(self.tr("Counting…"))
            self._count_timer.stop()
            self._count()
            return
        self._export_waiting = False
        dialog = ExportDialog(
            self.context,
            self.current_filter(),
            SORT_KEYS[self.model.sort_column],
            self.model.sort_order == Qt.SortOrder.DescendingOrder,
            self.matches,
            self,
        )
        if dialog.exec() and dialog.result_path is not None:
            QMessageBox.information(
                self,
                self.tr("Export customers to Excel"),
                self.tr("Saved %n customer(s) to %1.", "", dialog.result_rows).replace(
                    "%1", str(dialog.result_path)
                ),
            )

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            tag_id=self.tag_combo.currentData(),
            category=self.category_combo.currentData(),
            include_archived=self.archived_check.isChecked(),
            text=self.search_box.text().strip(),
        )

    @Slot()
    def apply_filter(self) -> None:
        self._search_timer.stop()
        keep = self.detail.customer.customer_id if self.detail.customer else None
        try:
            self.model.set_filter(self.current_filter())
            self._update_count()
        except StoreCRMError as exc:
            error_box(self, exc)
            return
        if keep is not None:
            self.select_customer(keep, scroll=True)

    def _update_count(self) -> None:
        """Count the customers the list holds off the GUI thread (up to COUNT_AT_MOST, then
        "10,000+"), once the list is painted and typing has paused: the list itself holds
        only the pages read so far, and counting a filter's 10,000 matches reads their rows
        (0.2 s of CPU, 0.4-0.6 s under load, on a 1,000,000-customer store)."""
        self._count_generation += 1
        self._export_waiting = False  # the filter changed: an export asked for before waits no more
        self.matches = None
        self.count_label.setText("")
        self._count_timer.start()

    @Slot()
    def _count(self) -> None:
        generation = self._count_generation
        context, flt = self.context, self.model.filter

        def read() -> tuple[int, int | Exception]:
            try:
                return generation, context.call(
                    customer_list.count_customers, flt, customer_list.COUNT_AT_MOST
                )
            except StoreCRMError as exc:  # the store's own trouble: the count stays blank
                return generation, exc

        run_in_background(read, self, "", self._count_arrived, self._count_crashed)

    @Slot(object)
    def _count_arrived(self, outcome: tuple[int, int | Exception]) -> None:
        generation, n = outcome
        if generation != self._count_generation:
            return  # counted for an older filter; a newer count is on its way
        if isinstance(n, Exception):
            log.warning("the customers could not be counted: %s", n)
            if self._export_waiting:
                self._export_waiting = False
                error_box(self, n)
            return
        self.matches = n
        if n > customer_list.COUNT_AT_MOST:
            self.count_label.setText(
                self.tr("%1+ customers").replace(
                    "%1", QLocale().toString(customer_list.COUNT_AT_MOST)
                )
            )
        else:
            self.count_label.setText(self.tr("%n customer(s)", "", n))
        if self._export_waiting:
            self.show_export()

    @Slot(object)
    def _count_crashed(self, exc: BaseException) -> None:
        self._export_waiting = False  # no dialog opens later on its own
        raise exc

    def reload_tags(self) -> None:
        """Read the tags (with how many customers have each) off the GUI thread: counting
        them takes a moment in a large store, and the list must not wait for it."""
        self._tags_generation += 1
        generation = self._tags_generation
        context = self.context

        def read() -> tuple[int, list[TagInfo] | Exception]:
            try:
                return generation, context.call(customers.list_tags)
            except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
                return generation, exc

        # Bound methods (not lambdas): Qt drops the connection if the screen is gone first.
        self._tags_task = run_in_background(read, self, "", self._tags_arrived, self._tags_crashed)

    @Slot(object)
    def _tags_arrived(self, outcome: tuple[int, list[TagInfo] | Exception]) -> None:
        generation, tags = outcome
        if generation != self._tags_generation:
            return  # an older reading; a newer one is on its way
        self._tags_task = None
        if isinstance(tags, Exception):
            log.warning("the tags could not be read: %s", tags)
            return
        self.tag_names = [t.name for t in tags]
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag_combo.addItem(f"{tag.name} ({tag.customers})", tag.tag_id)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(current)))
        self.tag_combo.blockSignals(False)
        self.tags_loaded.emit()

    @Slot(object)
    def _tags_crashed(self, exc: BaseException) -> None:
        self._tags_task = None
        raise exc

    def tags_pending(self) -> bool:
        return self._tags_task is not None

    @Slot(int, int, int)
    def _column_resized(self, section: int, _old: int, new: int) -> None:
        if section in self.model.pill_widths:
            self.model.pill_widths[Column(section)] = new - 18  # the cell's padding
            self.table.viewport().update()

    @Slot(int)
    def _header_clicked(self, section: int) -> None:
        header = self.table.horizontalHeader()
        if section not in SORT_KEYS:  # sorting happens in SQL, only by the keys it supports
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            return
        if section == self.model.sort_column:
            order = (
                Qt.SortOrder.DescendingOrder
                if self.model.sort_order == Qt.SortOrder.AscendingOrder
                else Qt.SortOrder.AscendingOrder
            )
        else:  # figures read best biggest first, names from A
            order = (
                Qt.SortOrder.AscendingOrder
                if section == Column.NAME
                else Qt.SortOrder.DescendingOrder
            )
        self.sort_by(Column(section), order)

    def sort_by(self, column: Column, order: Qt.SortOrder) -> None:
        keep = self.detail.customer.customer_id if self.detail.customer else None
        self.model.sort(column, order)
        self.table.horizontalHeader().setSortIndicator(column, order)
        if self.detail_open():
            for hidden in COMPACT_HIDDEN:
                self.table.setColumnHidden(hidden, hidden != column)
        if keep is not None:
            self.select_customer(keep, scroll=True)
        else:
            self.table.scrollToTop()

    def select_customer(self, customer_id: int, *, scroll: bool = True) -> bool:
        """Make the customer's row current (without loading the profile again)."""
        row = self.model.row_of(customer_id)
        if row is None:
            self.table.clearSelection()
            return False
        index = self.model.index(row, Column.NAME)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.table.viewport().update()
        if scroll:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    # -- opening a customer ---------------------------------------------------------------------
    def current_customer_id(self) -> int | None:
        """The customer whose profile is open, if any (the till opens for them)."""
        if self.detail_open() and self.detail.customer is not None:
            return self.detail.customer.customer_id
        return None

    def open_customer(self, customer_id: int) -> None:
        """Show the customer's profile and select their row if the list has it."""
        self._detail_timer.stop()
        self.detail.show_customer(customer_id)
        self._set_detail_visible(self.detail.customer is not None)
        self.select_customer(customer_id)

    @Slot()
    def close_detail(self) -> None:
        self.detail.clear()
        self._set_detail_visible(False)
        self.table.setFocus()

    def detail_open(self) -> bool:
        return not self.detail.isHidden()

    def _set_detail_visible(self, visible: bool) -> None:
        if visible == self.detail_open():
            return
        self.detail.setVisible(visible)
        # With the profile open, the figures it shows leave the list, which then fits beside
        # it without scrolling sideways; the column the list is sorted by always stays.
        for column in COMPACT_HIDDEN:
            self.table.setColumnHidden(column, visible and column != self.model.sort_column)
        if visible:
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([max(0, total - PANEL_WIDTH), PANEL_WIDTH])

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.detail_open():
            self._detail_timer.start()

    @Slot(QModelIndex)
    def _row_clicked(self, index: QModelIndex) -> None:
        if (
            not self.detail_open()
            or self.detail.customer is None
            or (self.detail.customer.customer_id != self.model.customer_id(index.row()))
        ):
            self.open_customer(self.model.customer_id(index.row()))

    @Slot()
    def _show_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.detail.show_customer(self.model.customer_id(index.row()))

    @Slot(QModelIndex)
    def _row_activated(self, index: QModelIndex) -> None:
        self.open_customer(self.model.customer_id(index.row()))  # focus stays in the list

    @Slot()
    def search_entered(self) -> None:
        """Enter in the search box: a card reader's number opens its owner; so does the only
        match of what was typed."""
        if self._search_timer.isActive():
            self.apply_filter()
        text = self.search_box.text().strip()
        if not text:
            return
        try:
            hit = self.context.call(customers.find_by_card, text)
        except StoreCRMError as exc:
            error_box(self, exc)
            return
        if hit is not None:
            self.open_customer(hit.customer_id)
            self.search_box.selectAll()  # the next card swipe replaces the number
            return
        if self.model.rowCount() == 1:
            self.open_customer(self.model.customer_id(0))
            self.search_box.selectAll()
        elif self.model.rowCount() > 1:
            self._enter_table()

    def _enter_table(self) -> None:
        if not self.model.rowCount():
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, Column.NAME))

    @Slot()
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._shown_once:  # the program opens here: ready for a name or a card swipe
            self._shown_once = True
            self.search_box.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self.search_box and event.key() == Qt.Key.Key_Down:
                if self._search_timer.isActive():
                    self.apply_filter()
                self._enter_table()
                return True
            if watched is self.search_box and event.key() == Qt.Key.Key_Escape:
                if self.search_box.text():
                    self.search_box.clear()
                    self.apply_filter()
                elif self.detail_open():
                    self.close_detail()
                    self.search_box.setFocus()
                return True
            if (
                watched is self.table
                and event.key() == Qt.Key.Key_Up
                and self.table.currentIndex().row() <= 0
            ):
                self.focus_search()  # up from the first row goes back to the search
                return True
        return super().eventFilter(watched, event)

    # -- writing ----------------------------------------------------------------------------------
    @Slot()
    def new_customer(self) -> None:
        if not self.context.actor.can(Permission.EDIT_CUSTOMERS):
            return
        self._open_form(None)

    @Slot(int)
    def edit_customer(self, customer_id: int) -> None:
        try:
            detail = self.context.call(customers.get_customer, customer_id)
        except StoreCRMError as exc:
            error_box(self, exc)
            return
        if detail.archived_at is not None:
            return
        self._open_form(detail)

    @Slot()
    def _edit_current(self) -> None:
        if self.detail.customer is not None and self.detail.can_edit:
            self.edit_customer(self.detail.customer.customer_id)

    def _open_form(self, detail: CustomerDetail | None) -> None:
        business_type = self.context.call(settings.get_settings).business_type
        form = CustomerFormDialog(
            self.context,
            detail,
            self,
            business_type=business_type,
            tag_names=self.tag_names,
        )
        text = self.search_box.text().strip()
        if detail is None and text and self.model.rowCount() == 0:
            # Nobody found: the search text is likely the new customer's phone or name.
            if text.replace(" ", "").isdigit():
                form.phone_edit.setText(text)
            elif not text.isascii():
                form.name_edit.setText(text)
        form.open_existing.connect(self.open_customer)
        form.finished.connect(lambda result, f=form: self._form_finished(f, result))
        self.form = form
        form.open()

    def _form_finished(self, form: CustomerFormDialog, result: int) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()
        if result != QDialog.DialogCode.Accepted or form.saved is None:
            return
        saved = form.saved.customer_id
        self.reload_tags()
        try:
            self.model.reload()
            self._update_count()
        except StoreCRMError as exc:
            error_box(self, exc)
            return
        self.open_customer(saved)

    @Slot(int)
    def _customer_changed(self, customer_id: int) -> None:
        self.reload_tags()
        self.apply_filter()
