"""The main window: navigation on the left, one screen at a time, status bar at the bottom."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
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
from storecrm.gui.screens.appointments import AppointmentsScreen
from storecrm.gui.screens.campaigns import campaigns_screen
from storecrm.gui.screens.customers_screen import CustomersScreen
from storecrm.gui.screens.membership_screen import MembershipScreen
from storecrm.gui.screens.promotions import PromotionsScreen
from storecrm.gui.screens.reminders_screen import RemindersScreen
from storecrm.gui.screens.reports_screen import reports_screen
from storecrm.gui.screens.sales_screen import SalesScreen
from storecrm.gui.screens.settings_screen import SettingsScreen
from storecrm.gui.screens.staff.screen import StaffScreen
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

        self.screens: dict[str, QWidget] = {}
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
            if key == "settings":
                settings = SettingsScreen(context, prefs, backup_scheduler=self.backup_scheduler)
                settings.store_renamed.connect(self.refresh_store_name)
                settings.backup_tab.store_closed.connect(self._store_replaced)
                screen: QWidget = settings
            elif key == "customers":
                screen = CustomersScreen(context)
            elif key == "sales":
                screen = SalesScreen(context)
            elif key == "membership":
                screen = MembershipScreen(context)
            elif key == "staff":
                screen = StaffScreen(context)
            elif key == "appointments":
                screen = AppointmentsScreen(context)
            elif key == "campaigns":
                screen = campaigns_screen(context)
            elif key == "promotions":
                screen = PromotionsScreen(context)
            elif key == "reminders":
                screen = RemindersScreen(context)
                screen.count_changed.connect(self._reminder_count)
                screen.open_customer.connect(self.open_customer)
            else:  # "reports": the dashboard, or a word to cashiers that it is not for them
                screen = reports_screen(context)
            screen.setObjectName(f"screen-{key}")
            self.screens[key] = screen
            self.stack.addWidget(screen)
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
        self.lifecycle_opening.start()

    # -- navigation ----------------------------------------------------------------------------
    @Slot(int)
    def _show_screen(self, row: int) -> None:
        if row < 0:
            return
        if self.stack.currentIndex() != row and self.stack.count() == len(NAV_KEYS):
            self._navigated = True  # the user chose a screen: no start-up jump to reminders
        self.stack.setCurrentIndex(row)
        if (
            not self.nav.hasFocus()
        ):  # Ctrl+1…9 and 0, the Go menu, start-up: the screen has the keys
            self.focus_screen()

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
            reminders_screen = self.screens.get("reminders")
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
        customers_screen = self.screens.get("customers")
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
