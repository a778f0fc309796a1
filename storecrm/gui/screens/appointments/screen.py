"""The day's book screen: the day's bar (day before/after, today, the date), the grid of
``DayBookModel`` and the actions on the selected slot or appointment. Arrival opens the till
with the customer and the booked services prefilled; the sale recorded there marks the
appointment done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain import clock
from storecrm.domain.appointments import AppointmentStatus
from storecrm.domain.commission import LineStaff, Role
from storecrm.domain.errors import StoreCRMError
from storecrm.domain.roles import Permission
from storecrm.gui.bus import store_bus
from storecrm.gui.screens.appointments import printing
from storecrm.gui.screens.appointments.booking import BookingDialog
from storecrm.gui.screens.appointments.drag import BlockDrag
from storecrm.gui.screens.appointments.hours import HoursDialog
from storecrm.gui.screens.appointments.model import (
    STATUS_COLOURS,
    BlockDelegate,
    DayBookModel,
    status_name,
)
from storecrm.gui.screens.appointments.reservation import ReservationDialog
from storecrm.gui.screens.appointments.rooms_dialog import RoomsDialog
from storecrm.gui.screens.appointments.tables_dialog import TablesDialog
from storecrm.gui.screens.appointments.tables_model import TableBookModel
from storecrm.gui.screens.appointments.week import WeekDialog
from storecrm.gui.screens.appointments.week_book import WeekBookTable
from storecrm.gui.widgets import badge, title_label
from storecrm.services import settings
from storecrm.services.appointments import book, tables
from storecrm.services.appointments.dto import AppointmentInfo
from storecrm.services.dto import LineDraft, SaleDraft, SaleInfo
from storecrm.services.session import StoreContext


class AppointmentsScreen(QWidget):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.day = clock.now().date()
        self.booking: BookingDialog | ReservationDialog | None = None
        # A restaurant's book has a column per table (订座) instead of per staff member.
        self.by_table = context.call(settings.get_settings).business_type == "restaurant"
        self.cancel_dialog: QInputDialog | None = None
        self.till_dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.addWidget(title_label(self.tr("Appointments")))

        bar = QHBoxLayout()
        self.before_button = QPushButton(self.tr("◀ Day before"))
        self.before_button.setToolTip(self.tr("PageUp"))
        self.before_button.clicked.connect(lambda: self.go(-1))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd ddd")
        self.date_edit.dateChanged.connect(self._date_chosen)
        self.after_button = QPushButton(self.tr("Day after ▶"))
        self.after_button.setToolTip(self.tr("PageDown"))
        self.after_button.clicked.connect(lambda: self.go(1))
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Ctrl+Home"))
        self.today_button.clicked.connect(self.go_today)
        for widget in (self.before_button, self.date_edit, self.after_button, self.today_button):
            bar.addWidget(widget)
        # Day or week (Ctrl+W switches); the week shows one staff member or everyone.
        self.views = QButtonGroup(self)
        for n, name in enumerate((self.tr("Day"), self.tr("Week"))):
            view = QToolButton()
            view.setText(name)
            view.setCheckable(True)
            view.setChecked(n == 0)
            view.setToolTip(self.tr("Ctrl+W: day or week"))
            self.views.addButton(view, n)
            bar.addWidget(view)
        self.day_view_button, self.week_view_button = self.views.buttons()
        self.views.idClicked.connect(lambda n: self.set_week_view(n == 1))
        self.week_table = WeekBookTable()
        self.week_model = self.week_table.week_model
        self.week_staff = self.week_table.staff_chooser
        self.week_staff.activated.connect(lambda _n: self.refresh())
        bar.addStretch(1)
        layout.addLayout(bar)

        self.model = TableBookModel() if self.by_table else DayBookModel()
        self.table = QTableView()
        self.table.setObjectName("DayBook")
        self.table.setModel(self.model)
        self.table.setItemDelegate(BlockDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A table's block shows its whole sitting (17:00–19:00) on a line of its own.
        self.table.horizontalHeader().setMinimumSectionSize(112 if self.by_table else 96)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.activated.connect(self.activate)
        self.table.selectionModel().currentChanged.connect(self._show_selected)
        self.drag = BlockDrag(self.table, self.model, self._dropped)

        # Dragging in the week moves an appointment to another day or time of the one staff
        # member shown (for everyone a cell holds several: no drag there).
        self.week_drag = BlockDrag(
            self.week_table,
            self.week_model,
            self._dropped_in_week,
            lambda: self.week_model.staff_id is not None,
        )
        self.week_table.activated.connect(self.activate_week)
        self.week_table.selectionModel().currentChanged.connect(self._show_selected)
        self.week_table.installEventFilter(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.week_table.page)
        layout.addWidget(self.stack, 1)

        # Under the grid: the legend and what is selected; then the actions.
        status_row = QHBoxLayout()
        for status in AppointmentStatus:
            status_row.addWidget(badge(status_name(status), STATUS_COLOURS[status], "#333333"))
        status_row.addSpacing(12)
        self.selected_label = QLabel()
        self.selected_label.setWordWrap(True)
        status_row.addWidget(self.selected_label, 1)
        layout.addLayout(status_row)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.book_button = QPushButton(self.tr("&Book…"))
        self.book_button.setToolTip(self.tr("Enter"))
        self.book_button.clicked.connect(self.book_selected)
        self.arrive_button = QPushButton(self.tr("&Arrived → till"))
        self.arrive_button.setToolTip(self.tr("F5: mark arrived and open the till"))
        self.arrive_button.clicked.connect(self.arrive_selected)
        self.no_show_button = QPushButton(self.tr("&No-show"))
        self.no_show_button.setToolTip(self.tr("F6"))
        self.no_show_button.clicked.connect(self.no_show_selected)
        self.cancel_button = QPushButton(self.tr("Cance&l appointment…"))
        self.cancel_button.setToolTip(self.tr("Delete"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.move_button = QPushButton(self.tr("&Move"))
        self.move_button.setToolTip(
            self.tr("M: pick the appointment up, arrows to the new time or staff member, Enter")
        )
        self.move_button.clicked.connect(self.pick_up)
        for button in (
            self.book_button,
            self.move_button,
            self.arrive_button,
            self.no_show_button,
        ):
            actions.addWidget(button)
        actions.addWidget(self.cancel_button)
        # Printing: the day's book on A4, the selected appointment's slip on the receipt roll.
        self.print_button = QPushButton(self.tr("&Print"))
        print_menu = QMenu(self.print_button)
        self.print_day_action = print_menu.addAction(self.tr("The day's book (A4)…"))
        self.print_day_action.setShortcut(QKeySequence("Ctrl+P"))  # shown; the screen's own
        self.print_day_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.print_day_action.triggered.connect(self.print_day)
        self.print_slip_action = print_menu.addAction(self.tr("Appointment slip…"))
        self.print_slip_action.triggered.connect(self.print_slip)
        self.print_button.setMenu(print_menu)
        actions.addWidget(self.print_button)
        # The book's settings, for those who may change them: one button on the bar (it fits
        # at 1024 px): the roster, the opening hours, the rooms, or a restaurant's tables.
        self.week_dialog: WeekDialog | None = None
        self.hours_dialog: HoursDialog | None = None
        self.rooms_dialog: RoomsDialog | None = None
        self.tables_dialog: TablesDialog | None = None
        self.settings_button = QPushButton(self.tr("S&ettings"))
        self.settings_button.setToolTip(self.tr("The roster, opening hours, rooms or tables"))
        settings_menu = QMenu(self.settings_button)
        self.roster_action = settings_menu.addAction(self.tr("&Roster…"))
        self.roster_action.setToolTip(self.tr("Who works which shift on each weekday"))
        self.roster_action.triggered.connect(self.edit_roster)
        self.hours_action = settings_menu.addAction(self.tr("&Opening hours…"))
        self.hours_action.triggered.connect(self.edit_hours)
        self.rooms_action = settings_menu.addAction(self.tr("Roo&ms, beds, chairs…"))
        self.rooms_action.triggered.connect(self.edit_rooms)
        self.tables_action = settings_menu.addAction(self.tr("Table&s…"))
        self.tables_action.triggered.connect(self.edit_tables)
        self.settings_button.setMenu(settings_menu)
        self._show_settings()
        bar.addWidget(self.settings_button)
        layout.addLayout(actions)

        self.keys: dict[Qt.Key, Callable[[], None]] = {
            Qt.Key.Key_F5: self.arrive_selected,
            Qt.Key.Key_F6: self.no_show_selected,
            Qt.Key.Key_Delete: self.cancel_selected,
            Qt.Key.Key_PageUp: lambda: self.go(-1),
            Qt.Key.Key_PageDown: lambda: self.go(1),
            Qt.Key.Key_M: self.pick_up,
        }
        self.moving: AppointmentInfo | None = None
        self.table.installEventFilter(self)
        today = QShortcut(QKeySequence("Ctrl+Home"), self)
        today.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        today.activated.connect(self.go_today)
        printing_day = QShortcut(QKeySequence("Ctrl+P"), self)
        printing_day.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        printing_day.activated.connect(self.print_day)
        switch = QShortcut(QKeySequence("Ctrl+W"), self)
        switch.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        switch.activated.connect(lambda: self.set_week_view(not self.in_week))
        # A change elsewhere (a booking from a profile, a customer renamed, a sale that marked
        # an appointment done) shows here; several in a row are read once.
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(0)
        self._reload.timeout.connect(self.refresh)
        store_bus().changed.connect(self._store_changed)
        self.show_day(self.day)

    def _show_settings(self) -> None:
        """The settings menu's entries this store and this user have."""
        manages = self.context.actor.can(Permission.MANAGE_STAFF)
        # The table book has no staff columns: the roster and the rooms are the salon's.
        self.roster_action.setVisible(not self.by_table and manages)
        self.hours_action.setVisible(self.context.actor.can(Permission.CHANGE_SETTINGS))
        self.rooms_action.setVisible(not self.by_table and manages)
        self.tables_action.setVisible(self.by_table and manages)
        menu = self.settings_button.menu()
        self.settings_button.setVisible(any(a.isVisible() for a in menu.actions()))

    def _follow_business_type(self) -> None:
        """A change of the store's business type (retail/salon ↔ restaurant) in the settings:
        the book becomes a column per table or per staff member without a new sign-in."""
        try:
            by_table = self.context.call(settings.get_settings).business_type == "restaurant"
        except StoreCRMError:
            return
        if by_table == self.by_table:
            return
        self.by_table = by_table
        self.moving = None
        self.model = TableBookModel() if by_table else DayBookModel()
        self.table.setModel(self.model)
        self.table.selectionModel().currentChanged.connect(self._show_selected)
        self.drag.model = self.model
        self.table.horizontalHeader().setMinimumSectionSize(112 if by_table else 96)
        self._show_settings()
        if by_table and self.in_week:
            self.set_week_view(False)  # the week is the staff's

    @Slot(str)
    def _store_changed(self, what: str) -> None:
        if what == "settings":
            self._follow_business_type()
        if what in ("appointments", "customers", "sales", "settings"):
            self._reload.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._reload.start()  # what changed while another screen was showing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The grid's own keys (a shortcut would need the window active)."""
        if watched in (self.table, self.week_table) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            control = event.modifiers() == Qt.KeyboardModifier.ControlModifier
            if event.key() == Qt.Key.Key_W and control:  # Ctrl+W, when the shortcut is not seen
                self.set_week_view(not self.in_week)
                return True
            if event.key() == Qt.Key.Key_P and control:  # Ctrl+P, likewise
                self.print_day()
                return True
            steps = {Qt.Key.Key_PageUp: -7, Qt.Key.Key_PageDown: 7}  # the week's
            if watched is self.week_table and event.key() in steps and not event.modifiers():
                self.go(steps[Qt.Key(event.key())])
                return True
        if watched is self.week_table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            # As on the day: F5 arrived (→ the till), F6 no-show, Delete cancels with a reason.
            week_keys = {Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_Delete}
            action = self.keys.get(Qt.Key(event.key()))
            if event.key() in week_keys and action is not None and not event.modifiers():
                action()
                return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if self.moving is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.place()
                return True
            if self.moving is not None and key == Qt.Key.Key_Escape:
                self.moving = None
                self._show_selected()
                return True
            action = self.keys.get(key)
            if action is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                action()
                return True
        return super().eventFilter(watched, event)

    # -- the day --------------------------------------------------------------------------------
    def show_day(self, day: date) -> None:
        self.day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.refresh()

    @property
    def in_week(self) -> bool:
        return self.stack.currentWidget() is self.week_table.page

    def set_week_view(self, week: bool) -> None:
        """Show the week (a column per day) or the day (a column per staff member)."""
        (self.week_view_button if week else self.day_view_button).setChecked(True)
        self.stack.setCurrentWidget(self.week_table.page if week else self.table)
        self.before_button.setText(self.tr("◀ Week before") if week else self.tr("◀ Day before"))
        self.after_button.setText(self.tr("Week after ▶") if week else self.tr("Day after ▶"))
        self.moving = None
        self.refresh()
        (self.week_table if week else self.table).setFocus()

    def refresh_week(self) -> None:
        monday = self.day - timedelta(days=self.day.weekday())
        try:
            days = self.context.call(book.week_book, monday)
        except StoreCRMError as exc:
            self.selected_label.setText(messages.error_text(exc))
            return
        self.week_table.show_week(days, self.day)
        self._show_selected()

    def refresh(self) -> None:
        if self.in_week:
            self.refresh_week()
            return
        current = self.table.currentIndex()
        try:
            roster = self.context.call(
                tables.table_day if self.by_table else book.day_book, self.day
            )
        except StoreCRMError as exc:
            self.selected_label.setText(messages.error_text(exc))
            return
        self.model.set_roster(roster)
        self.table.clearSpans()
        for row, column, rows, _info in self.model.blocks:
            if rows > 1:
                self.table.setSpan(row, column, rows, 1)
        if self.model.rowCount() and self.model.columnCount():
            row = min(max(current.row(), 0), self.model.rowCount() - 1)
            column = min(max(current.column(), 0), self.model.columnCount() - 1)
            self.table.setCurrentIndex(self.model.index(row, column))
        if self.model.closed:
            self.selected_label.setText(self.tr("The store is closed on this day."))
        elif not self.model.columnCount() and self.by_table:
            self.selected_label.setText(self.tr("No tables yet: add them with Tables…"))
        elif not self.model.columnCount():
            self.selected_label.setText(self.tr("Nobody is on the staff roster yet."))
        else:
            self._show_selected()

    def go(self, days: int) -> None:
        if self.in_week and abs(days) == 1:
            days *= 7  # the bar's buttons go a week at a time in the week
        self.show_day(date.fromordinal(self.day.toordinal() + days))

    @Slot()
    def go_today(self) -> None:
        self.show_day(clock.now().date())

    @Slot(QDate)
    def _date_chosen(self, chosen: QDate) -> None:
        day = chosen.toPython()
        assert isinstance(day, date)
        self.day = day
        self.refresh()

    def selected(self) -> AppointmentInfo | None:
        if self.in_week:
            return self.week_model.appointment(self.week_table.currentIndex())
        return self.model.appointment(self.table.currentIndex())

    @Slot()
    def _show_selected(self) -> None:
        if self.moving is not None:
            self.selected_label.setText(
                self.tr(
                    "Moving %1: arrows to the new time or staff member, Enter places it, Esc stops."
                ).replace("%1", self.moving.customer_name)
            )
            return
        info = self.selected()
        if info is None:
            slot = (
                self.week_model.slot(self.week_table.currentIndex())
                if self.in_week
                else self.model.slot(self.table.currentIndex())
            )
            text = (
                ""
                if slot is None
                else self.tr("%1 free: Enter books it.").replace(
                    "%1", f"{slot[0]:%m-%d %H:%M}" if self.in_week else f"{slot[0]:%H:%M}"
                )
            )
        else:
            text = f"{self.model.block_text(info).replace(chr(10), '  ')}  ·  " + status_name(
                info.status
            )
            if info.reason:
                text += f" ({info.reason})"
        self.selected_label.setText(text)
        booked = info is not None and info.status is AppointmentStatus.BOOKED
        self.move_button.setEnabled(booked and not self.in_week)
        self.arrive_button.setEnabled(booked)
        self.no_show_button.setEnabled(booked)
        self.print_slip_action.setEnabled(
            info is not None
            and info.status in (AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED)
        )
        self.cancel_button.setEnabled(
            info is not None
            and info.status in (AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED)
        )

    def shown_day(self) -> date:
        """The day shown: the book's, or in the week the selected column's."""
        slot = self.week_model.slot(self.week_table.currentIndex()) if self.in_week else None
        return slot[0].date() if slot is not None else self.day

    @Slot()
    def print_day(self) -> None:
        day, context = self.shown_day(), self.context
        title = self.tr("Appointments %1").replace("%1", day.isoformat())
        printing.preview_pdf(self, lambda: printing.day_book_bytes(context, day), title)

    @Slot()
    def print_slip(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            sent = printing.print_slip(self, self.context, info)
        except StoreCRMError as exc:
            self.selected_label.setText(messages.error_text(exc))
            return
        if sent:
            self.selected_label.setText(self.tr("The slip was sent to the printer."))

    @Slot()
    def edit_roster(self) -> None:
        self.week_dialog = WeekDialog(self.context, self, day=self.shown_day())
        self.week_dialog.accepted.connect(self._roster_saved)
        self.week_dialog.copied.connect(self._roster_saved)
        self.week_dialog.open()

    @Slot()
    def edit_hours(self) -> None:
        self.hours_dialog = HoursDialog(self.context, self)
        self.hours_dialog.finished.connect(lambda _result: self._roster_saved())  # closed days too
        self.hours_dialog.open()

    @Slot()
    def edit_rooms(self) -> None:
        self.rooms_dialog = RoomsDialog(self.context, self)
        self.rooms_dialog.finished.connect(lambda _result: self._roster_saved())
        self.rooms_dialog.open()

    @Slot()
    def edit_tables(self) -> None:
        self.tables_dialog = TablesDialog(self.context, self)
        self.tables_dialog.finished.connect(lambda _result: self._roster_saved())
        self.tables_dialog.open()

    @Slot()
    def _roster_saved(self) -> None:
        self.refresh()
        store_bus().changed.emit("appointments")

    # -- actions --------------------------------------------------------------------------------
    @Slot(QModelIndex)
    def activate(self, index: QModelIndex) -> None:
        if self.model.appointment(index) is None:
            self.book_selected()

    @Slot(QModelIndex)
    def activate_week(self, index: QModelIndex) -> None:
        """Enter on the week: a free slot books that day and time (for the staff member shown,
        or anyone); an appointment opens its day with it selected."""
        info = self.week_model.appointment(index)
        if info is None:
            self.book_selected()
            return
        self.day = info.start.date()
        self.set_week_view(False)
        found = self.model.index_of(info.appointment_id)
        if found.isValid():
            self.table.setCurrentIndex(found)

    @Slot()
    def book_selected(self) -> None:
        if self.in_week:
            self._book_in_week()
            return
        slot = self.model.slot(self.table.currentIndex())
        if self.model.roster is None:
            return
        start, staff_id = (
            slot if slot is not None else (datetime.combine(self.day, datetime.min.time()), None)
        )
        roster = self.model.roster
        if self.by_table:  # staff_id is the table's here
            self.booking = ReservationDialog(
                self.context, roster.tables, start, staff_id, roster.sitting_minutes, self
            )
        else:
            self.booking = BookingDialog(self.context, roster.staff, start, staff_id, self)
        self.booking.accepted.connect(self._booked)
        self.booking.open()

    def _book_in_week(self) -> None:
        index = self.week_table.currentIndex()
        slot = self.week_model.slot(index)
        if slot is None:
            return
        start, staff_id = slot
        staff = self.week_model.days[index.column()].staff
        self.booking = BookingDialog(self.context, staff, start, staff_id, self)
        self.booking.accepted.connect(self._booked)
        self.booking.open()

    @Slot()
    def _booked(self) -> None:
        saved = self.booking.saved if self.booking else None
        self.refresh()
        store_bus().changed.emit("appointments")
        if saved is not None and self.in_week:
            found = self.week_model.index_of(saved.appointment_id)
            if found.isValid():
                self.week_table.setCurrentIndex(found)
            self.week_table.setFocus()
            return
        if saved is not None:
            index = self.model.index_of(saved.appointment_id)
            if index.isValid():
                self.table.setCurrentIndex(index)
        self.table.setFocus()

    def _change(self, status: AppointmentStatus, reason: str = "") -> AppointmentInfo | None:
        info = self.selected()
        if info is None:
            return None
        try:
            changed = self.context.call(book.set_status, info.appointment_id, status, reason)
        except StoreCRMError as exc:
            self.selected_label.setText(messages.error_text(exc))
            return None
        self.refresh()
        store_bus().changed.emit("appointments")
        return changed

    @Slot()
    def pick_up(self) -> None:
        """Start moving the selected appointment (only one still booked moves)."""
        info = self.selected()
        if info is None or info.status is not AppointmentStatus.BOOKED:
            return
        self.moving = info
        self.table.setFocus()
        self._show_selected()

    def _dropped(self, info: AppointmentInfo, row: int, column: int) -> None:
        """A block dragged to a cell: placed as the keyboard move places it."""
        self.moving = info
        self.table.setCurrentIndex(self.model.index(row, column))
        self.place()
        if self.moving is not None:  # refused: the block stays where it was, the sentence too
            refusal = self.selected_label.text()
            self.moving = None
            found = self.model.index_of(info.appointment_id)
            if found.isValid():
                self.table.setCurrentIndex(found)
            self.selected_label.setText(refusal)

    def _dropped_in_week(self, info: AppointmentInfo, row: int, column: int) -> None:
        """A block dragged in the week (one staff member shown): to that day and time, the
        same rules and sentences as on the day's book."""
        slot = self.week_model.slot(self.week_model.index(row, column))
        if slot is None:
            return
        start, staff_id = slot
        try:
            moved = self.context.call(
                book.move_appointment, info.appointment_id, start, staff_id or info.staff_id
            )
        except StoreCRMError as exc:
            found = self.week_model.index_of(info.appointment_id)
            if found.isValid():
                self.week_table.setCurrentIndex(found)
            self.selected_label.setText(messages.error_text(exc))
            return
        self.refresh()
        found = self.week_model.index_of(moved.appointment_id)
        if found.isValid():
            self.week_table.setCurrentIndex(found)
        store_bus().changed.emit("appointments")

    def place(self) -> None:
        """Put the appointment being moved at the selected slot, or say why it cannot go."""
        moving, slot = self.moving, self.model.slot(self.table.currentIndex())
        if moving is None or slot is None:
            return
        start, staff_id = slot
        try:
            move = tables.move_reservation if self.by_table else book.move_appointment
            moved = self.context.call(move, moving.appointment_id, start, staff_id)
        except StoreCRMError as exc:
            self.selected_label.setText(messages.error_text(exc))
            return
        self.moving = None
        self.refresh()
        index = self.model.index_of(moved.appointment_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
        store_bus().changed.emit("appointments")

    @Slot()
    def arrive_selected(self) -> None:
        info = self.selected()
        if info is None or info.status is not AppointmentStatus.BOOKED:
            return
        arrived = self._change(AppointmentStatus.ARRIVED)
        if arrived is not None:
            self.open_till(arrived)

    @Slot()
    def no_show_selected(self) -> None:
        info = self.selected()
        if info is not None and info.status is AppointmentStatus.BOOKED:
            self._change(AppointmentStatus.NO_SHOW)

    @Slot()
    def cancel_selected(self) -> None:
        info = self.selected()
        if info is None or info.status not in (
            AppointmentStatus.BOOKED,
            AppointmentStatus.ARRIVED,
        ):
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Cancel the appointment"))
        dialog.setLabelText(self.tr("Why is it cancelled?"))
        dialog.textValueSelected.connect(
            lambda reason: self._change(AppointmentStatus.CANCELLED, reason)
        )
        self.cancel_dialog = dialog
        dialog.open()

    # -- the till -------------------------------------------------------------------------------
    def open_till(self, info: AppointmentInfo) -> None:
        """The till for the customer who arrived, with the booked services on its lines and the
        staff member as each line's main staff (指定 when the customer asked for them)."""
        from storecrm.gui.screens.till import SaleDialog, resume

        staff = (
            None
            if info.staff_id is None
            else (LineStaff(info.staff_id, Role.MAIN, info.requested),)
        )
        lines = tuple(
            LineDraft("item", 1, item_id=service.item_id, staff=staff) for service in info.services
        )
        draft = SaleDraft(
            info.customer_id,
            lines,
            (),
            served_by=info.staff_id,
            requested=info.requested and info.staff_id is not None,
        )
        dialog = SaleDialog(self.context, None, self)
        resume.load(dialog, draft)
        dialog.sale_recorded.connect(lambda sale: self._served(info.appointment_id, sale))
        self.till_dialog = dialog
        dialog.open()

    def _served(self, appointment_id: int, sale: SaleInfo) -> None:
        try:
            self.context.call(
                book.set_status,
                appointment_id,
                AppointmentStatus.DONE,
                sale_id=sale.sale_id,
            )
        except StoreCRMError as exc:
            self.selected_label.setText(messages.error_text(exc))
        self.refresh()
        store_bus().changed.emit("appointments")
