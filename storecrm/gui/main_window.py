"""The main window: navigation on the left, one screen at a time, status bar at the bottom."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabBar,
    QWidget,
)

from storecrm import __version__, paths
from storecrm.domain import clock
from storecrm.domain.errors import StoreCRMError
from storecrm.gui.backup_scheduler import BackupScheduler, BackupStatusLabel
from storecrm.gui.lifecycle_opening import LifecycleOpening
from storecrm.gui.look import icon, nav_icon
from storecrm.gui.names import role_name
from storecrm.gui.preferences import Preferences
from storecrm.gui.reminder_count import ReminderCount
from storecrm.gui.screens.customers_screen import CustomersScreen
from storecrm.services import settings
from storecrm.services.appointments import book
from storecrm.services.campaigns.lifecycle import DailyOutcome
from storecrm.services.session import StoreContext

DEFAULT_SIZE = QSize(1440, 900)
NAV_KEYS = (
    "customers",
    "sales",
    "membership",
    "reminders",
    "appointments",
    "promotions",
    "campaigns",
    "reports",
    "staff",
    "settings",
)


def nav_shortcut(position: int) -> str:
    """Ctrl+1 … Ctrl+9 for the first nine screens, Ctrl+0 for the tenth."""
    return f"Ctrl+{(position + 1) % 10}"


class Screens(Mapping[str, QWidget]):
    """The main window's screens by key; a screen is built when it is first asked for (its
    first opening), so that the start builds only the first screen."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        screen = self._built.get(key)
        if screen is None:
            if key not in NAV_KEYS:
                raise KeyError(key)
            screen = self._built[key] = self._build(key)
        return screen

    def __iter__(self) -> Iterator[str]:
        return iter(NAV_KEYS)

    def __len__(self) -> int:
        return len(NAV_KEYS)

    def built(self, key: str) -> QWidget | None:
        """The screen if it was opened already (without building it)."""
        return self._built.get(key)


class MainWindow(QMainWindow):
    closed = Signal(bool)  # True when the user signed out (rather than quit)
    restored = Signal(object)  # RestoreResult: a restore replaced the store (before ``closed``)

    def __init__(self, context: StoreContext, prefs: Preferences) -> None:
        super().__init__()
        self.context = context
        self.prefs = prefs
        self._signing_out = False
        self.backup_scheduler = BackupScheduler(context, self)
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(960, 600))

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("NavList")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.screens = Screens(self._build_screen)
        labels = {
            "customers": self.tr("Customers"),
            "sales": self.tr("Sales"),
            "membership": self.tr("Membership"),
            "reminders": self.tr("Reminders"),
            "campaigns": self.tr("Campaigns"),
            "reports": self.tr("Reports"),
            "staff": self.tr("Staff"),
            "appointments": self.tr("Appointments"),
            "promotions": self.tr("Promotions"),
            "settings": self.tr("Settings"),
        }
        for position, key in enumerate(NAV_KEYS):
            # Each screen is built (and its modules imported) when it is first opened: a
            # stand-in holds its place until then.
            self.stack.addWidget(QWidget())
            item = QListWidgetItem(nav_icon(key), labels[key])
            item.setSizeHint(QSize(0, 48))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{labels[key]} ({nav_shortcut(position)})")
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_screen)
        # A click or Enter on an entry hands the keys to its screen; arrowing through the
        # entries keeps them in the navigation.
        self.nav.itemClicked.connect(lambda _item: self.focus_screen())
        self.nav.itemActivated.connect(lambda _item: self.focus_screen())

        self._build_menus()
        self._build_status_bar()
        self.refresh_store_name()
        geometry = prefs.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)  # or what the screen has room for (gui/fit.py)
        self.nav.setCurrentRow(0)
        self._open_the_book_first()
        self.backup_scheduler.start()
        self.lifecycle_opening = LifecycleOpening(context, self)
        self.lifecycle_opening.finished.connect(self._lifecycle_issued)
        self.lifecycle_opening.ended.connect(self._count_reminders)
        self.reminder_counter = ReminderCount(context, self)
        self.reminder_counter.counted.connect(self._reminder_count)
        self._painted = False

    # -- screens -------------------------------------------------------------------------------
    def _build_screen(self, key: str) -> QWidget:
        """Build the screen ``key`` in place of its stand-in (its first opening)."""
        screen = self._new_screen(key)
        screen.setObjectName(f"screen-{key}")
        row = NAV_KEYS.index(key)
        current = self.stack.currentIndex()
        stand_in = self.stack.widget(row)
        assert stand_in is not None
        self.stack.insertWidget(row, screen)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        if current == row:
            self.stack.setCurrentIndex(row)
        return screen

    def _new_screen(self, key: str) -> QWidget:
        context = self.context
        if key == "customers":
            return CustomersScreen(context)
        if key == "sales":
            from storecrm.gui.screens.sales_screen import SalesScreen

            return SalesScreen(context)
        if key == "membership":
            from storecrm.gui.screens.membership_screen import MembershipScreen

            return MembershipScreen(context)
        if key == "reminders":
            from storecrm.gui.screens.reminders_screen import RemindersScreen

            self.reminder_counter.stop()  # the screen counts from now on
            reminders = RemindersScreen(context)
            reminders.count_changed.connect(self._reminder_count)
            reminders.open_customer.connect(self.open_customer)
            return reminders
        if key == "appointments":
            from storecrm.gui.screens.appointments import AppointmentsScreen

            return AppointmentsScreen(context)
        if key == "promotions":
            from storecrm.gui.screens.promotions import PromotionsScreen

            return PromotionsScreen(context)
        if key == "campaigns":
            from storecrm.gui.screens.campaigns import campaigns_screen

            return campaigns_screen(context)
        if key == "reports":  # the dashboard, or a word to cashiers that it is not for them
            from storecrm.gui.screens.reports_screen import reports_screen

            return reports_screen(context)
        if key == "staff":
            from storecrm.gui.screens.staff.screen import StaffScreen

            return StaffScreen(context)
        from storecrm.gui.screens.settings_screen import SettingsScreen

        settings_screen = SettingsScreen(
            context, self.prefs, backup_scheduler=self.backup_scheduler
        )
        settings_screen.store_renamed.connect(self.refresh_store_name)
        settings_screen.backup_tab.store_closed.connect(self._store_replaced)
        return settings_screen

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)  # not if the window is gone

    @Slot()
    def _after_first_paint(self) -> None:
        """What the first screen does not show waits until it is painted: the day's lifecycle
        coupons (a write, through the store's one writer, off the GUI thread), then the count of
        today's reminders (unless the reminders screen is already counting)."""
        if self.context.closed:
            return
        self.lifecycle_opening.start()  # then the count (``ended``): today's coupons in it

    @Slot()
    def _count_reminders(self) -> None:
        if self.screens.built("reminders") is None:  # else the screen counts
            self.reminder_counter.start()

    # -- navigation ----------------------------------------------------------------------------
    @Slot(int)
    def _show_screen(self, row: int) -> None:
        if row < 0:
            return
        key = NAV_KEYS[row]
        if self.screens.built(key) is None:
            self._open_first_time(key)
        if self.stack.currentIndex() != row and self.stack.count() == len(NAV_KEYS):
            self._navigated = True  # the user chose a screen: no start-up jump to reminders
        self.stack.setCurrentIndex(row)
        if (
            not self.nav.hasFocus()
        ):  # Ctrl+1…9 and 0, the Go menu, start-up: the screen has the keys
            self.focus_screen()

    def _open_first_time(self, key: str) -> None:
        """Build a screen on its first opening; while it is built (its modules imported, its
        first figures read) the window says so and shows the busy cursor."""
        if not self.isVisible():  # the start: nothing on screen yet to say it on
            self.screens[key]  # built by asking for it
            return
        label = self.nav.item(NAV_KEYS.index(key)).text()
        message = self.tr("Opening %1…").replace("%1", label)
        bar = self.statusBar()
        bar.showMessage(message)
        bar.repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.screens[key]  # built by asking for it
        finally:
            QApplication.restoreOverrideCursor()
            if bar.currentMessage() == message:
                bar.clearMessage()

    def focus_screen(self) -> None:
        """The keys to the current screen: its focus proxy (the customer search, the sales
        list…), else its first control that takes the focus by Tab (not its tab bar)."""
        screen = self.stack.currentWidget()
        if screen is None:
            return
        target = screen.focusProxy()
        widget = screen.nextInFocusChain()
        while target is None and widget is not None and widget is not screen:
            if (
                screen.isAncestorOf(widget)
                and widget.isVisibleTo(screen)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not isinstance(widget, QTabBar)
            ):
                target = widget
            widget = widget.nextInFocusChain()
            if widget is self.nav:
                break
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_the_book_first(self) -> None:
        """A store that books appointments starts its day on today's book (before the
        reminders) when something is booked for today."""
        try:
            count = self.context.call(book.booked_on, clock.now().date())
        except StoreCRMError:
            return
        if count:
            self.show_screen("appointments")

    _navigated = False
    reminder_count = -1

    @Slot(int)
    def _lifecycle_issued(self, outcome: DailyOutcome) -> None:
        """Today's lifecycle coupons went out: say so, and list them in the reminders."""
        if outcome.total_issued:
            self.statusBar().showMessage(
                self.tr("%n lifecycle coupon(s) issued today", "", outcome.total_issued), 15_000
            )
            from storecrm.gui.screens.reminders_screen import RemindersScreen

            reminders_screen = self.screens.built("reminders")
            if isinstance(reminders_screen, RemindersScreen):
                reminders_screen.today.reload()

    def _reminder_count(self, count: int) -> None:
        """The count on the navigation; on start-up, open the reminders when some are due."""
        first = self.reminder_count < 0
        self.reminder_count = count
        row = NAV_KEYS.index("reminders")
        label = self.tr("Reminders")
        item = self.nav.item(row)
        item.setText(f"{label}  {count}" if count else label)
        item.setToolTip(self.tr("%n reminder(s) due today", "", count) + f" ({nav_shortcut(row)})")
        if first and count and not self._navigated and self.prefs.reminders_at_start():
            self.show_screen("reminders")

    @Slot(int)
    def open_customer(self, customer_id: int) -> None:
        screen = self.screens["customers"]
        self.show_screen("customers")
        if isinstance(screen, CustomersScreen):
            screen.open_customer(customer_id)

    def show_screen(self, key: str) -> None:
        self.nav.setCurrentRow(NAV_KEYS.index(key))

    def current_screen_key(self) -> str:
        return NAV_KEYS[self.stack.currentIndex()]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        # The till opens from any screen with F9 (a window shortcut: inside the till F9 means
        # "pay by stored value").
        self.new_sale_action = QAction(icon("sales"), self.tr("New &sale…"), self)
        self.new_sale_action.setShortcut(QKeySequence("F9"))
        self.new_sale_action.triggered.connect(self.new_sale)
        file_menu.addAction(self.new_sale_action)
        file_menu.addSeparator()
        sign_out = QAction(icon("logout"), self.tr("Sign &out / switch user"), self)
        sign_out.setShortcut(QKeySequence("Ctrl+L"))
        sign_out.triggered.connect(self.sign_out)
        file_menu.addAction(sign_out)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for position, key in enumerate(NAV_KEYS):
            action = QAction(self.nav.item(position).text(), self)
            action.setShortcut(QKeySequence(nav_shortcut(position)))
            action.triggered.connect(lambda _=False, k=key: self.show_screen(k))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        logs = QAction(self.tr("Open the &log folder"), self)
        logs.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))
        )
        help_menu.addAction(logs)
        about = QAction(self.tr("&About StoreCRM"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.store_label = QLabel()
        self.user_label = QLabel()
        actor = self.context.actor
        self.user_label.setText(
            self.tr("Signed in: %1 · %2")
            .replace("%1", actor.display_name)
            .replace("%2", role_name(actor.role))
        )
        self.encryption_label = QLabel(self.tr("Encrypted"))
        self.encryption_label.setToolTip(
            self.tr("The store's data is encrypted on disk (SQLCipher, AES-256).")
        )
        bar.addWidget(self.store_label)
        bar.addWidget(self.user_label)
        self.backup_label = BackupStatusLabel(self.backup_scheduler)
        bar.addPermanentWidget(self.backup_label)
        bar.addPermanentWidget(self.encryption_label)

    @Slot()
    def refresh_store_name(self) -> None:
        name = self.context.call(settings.get_settings).store_name
        self.store_label.setText(name)
        self.setWindowTitle(f"{name} — StoreCRM")
        self.prefs.last_store = self.context.folder

    @Slot()
    def new_sale(self) -> None:
        """Open the till; with a customer showing on the customers screen, for them."""
        from storecrm.gui.screens.till import SaleDialog

        customer_id = None
        customers_screen = self.screens.built("customers")
        if self.current_screen_key() == "customers" and isinstance(
            customers_screen, CustomersScreen
        ):
            customer_id = customers_screen.current_customer_id()
        dialog = SaleDialog(self.context, customer_id, self)
        dialog.exec()

    @Slot()
    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About StoreCRM"),
            self.tr("StoreCRM %1 — customer archive and membership for one store.").replace(
                "%1", __version__
            ),
        )

    # -- leaving -------------------------------------------------------------------------------
    @Slot()
    def sign_out(self) -> None:
        self._signing_out = True
        self.close()

    @Slot(object)
    def _store_replaced(self, result: object) -> None:
        if result is not None:
            self.restored.emit(result)  # the login says what was restored
        self.sign_out()  # a restore closed the store: back to the login

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.backup_scheduler.exiting:  # the backup on exit is running; it closes us
            event.ignore()
            return
        self.prefs.save_window_geometry(self.saveGeometry())
        self.prefs.sync()
        if not self._signing_out:
            self.backup_scheduler.backup_on_exit(self)
        self.backup_scheduler.stop()
        self.context.sign_out()
        event.accept()
        self.closed.emit(self._signing_out)
