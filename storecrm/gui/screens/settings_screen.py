"""Settings: the store (name, type), staff accounts, my password, the audit log, backups,
privacy (``privacy_settings.py``), the till's rules (``till_settings.py``), this PC's devices
(``hardware_settings.py``), about."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storecrm import __version__, logging_setup, messages
from storecrm.domain.customer import CategoryRules
from storecrm.domain.errors import StoreCRMError
from storecrm.domain.roles import Permission, Role
from storecrm.domain.store_profile import BusinessType
from storecrm.gui.backup_scheduler import BackupScheduler
from storecrm.gui.bus import store_bus
from storecrm.gui.key_change import disable_account
from storecrm.gui.look import icon, set_property
from storecrm.gui.models import ListTableModel
from storecrm.gui.names import action_name, outcome_name, role_name
from storecrm.gui.preferences import Preferences
from storecrm.gui.screens.backup_settings import BackupSettingsTab
from storecrm.gui.screens.hardware_settings import HardwareTab
from storecrm.gui.screens.privacy_settings import PrivacyTab
from storecrm.gui.screens.till_settings import TillRulesTab
from storecrm.gui.tasks import Task
from storecrm.gui.widgets import (
    error_box,
    error_label,
    narrow,
    passwords_match,
    plural_suffix,
    show_error,
    subtitle_label,
    title_label,
)
from storecrm.gui.wizard import business_type_names
from storecrm.services import customers, info, settings, users
from storecrm.services.dto import AuditEntry, UserInfo
from storecrm.services.session import StoreContext


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class StoreTab(QWidget):
    saved = Signal()

    def __init__(self, context: StoreContext, prefs: Preferences) -> None:
        super().__init__()
        self.context = context
        self.prefs = prefs
        form = QFormLayout(self)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        # A store's full name (悦容美发沙龙（国贸旗舰店）) shows whole, as on the receipts.
        self.name_edit.setMinimumWidth(
            self.name_edit.fontMetrics().horizontalAdvance("店" * 20) + 24
        )
        self.type_combo = QComboBox()
        for value, label in business_type_names():
            self.type_combo.addItem(label, value.value)
        self.language_combo = QComboBox()
        self.language_combo.addItem("简体中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        form.addRow(self.tr("Store &name"), self.name_edit)
        form.addRow(self.tr("&Business type"), self.type_combo)
        form.addRow(self.tr("&Language of this computer"), self.language_combo)
        self.error = error_label()
        form.addRow("", self.error)
        self.note = subtitle_label("")
        form.addRow("", self.note)
        self.save_button = QPushButton(self.tr("&Save"))
        set_property(self.save_button, "primary", True)
        self.save_button.clicked.connect(self.save)
        form.addRow("", self.save_button)
        allowed = context.actor.can(Permission.CHANGE_SETTINGS)
        self.name_edit.setEnabled(allowed)
        self.type_combo.setEnabled(allowed)
        if not allowed:
            self.note.setText(self.tr("Only the owner can change the store's name and type."))
        self.reload()

    def reload(self) -> None:
        current = self.context.call(settings.get_settings)
        self.name_edit.setText(current.store_name)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(current.business_type)))
        language = self.prefs.language or "zh_CN"
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    @Slot()
    def save(self) -> None:
        show_error(self.error, "")
        language = str(self.language_combo.currentData())
        language_changed = language != (self.prefs.language or "zh_CN")
        self.prefs.language = language
        if self.context.actor.can(Permission.CHANGE_SETTINGS):
            try:
                self.context.call(
                    settings.update_settings,
                    store_name=self.name_edit.text(),
                    business_type=BusinessType(self.type_combo.currentData()),
                )
            except StoreCRMError as exc:
                show_error(self.error, messages.error_text(exc))
                return
            store_bus().changed.emit("settings")  # the name, the business type (the book)
        self.saved.emit()
        text = self.tr("Saved.")
        if language_changed:
            text += " " + self.tr("The new language is used from the next start of the program.")
        self.note.setText(text)


class UserDialog(QDialog):
    """Add a staff account (user name, display name, role, first password)."""

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created: UserInfo | None = None
        self.setWindowTitle(self.tr("Add a staff account"))
        form = QFormLayout(self)
        self.username_edit = QLineEdit()
        self.display_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in (Role.CASHIER, Role.MANAGER):
            self.role_combo.addItem(role_name(role), role.value)
        self.password_edit = _password_edit()
        self.repeat_edit = _password_edit()
        form.addRow(self.tr("&User name"), self.username_edit)
        form.addRow(self.tr("&Display name"), self.display_edit)
        form.addRow(self.tr("&Role"), self.role_combo)
        form.addRow(self.tr("&Password"), self.password_edit)
        form.addRow(self.tr("R&epeat password"), self.repeat_edit)
        self.error = error_label()
        form.addRow("", self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @Slot()
    def submit(self) -> None:
        if not passwords_match(self.password_edit, self.repeat_edit, self.error):
            return
        try:
            self.created = self.context.call(
                users.add_user,
                username=self.username_edit.text(),
                display_name=self.display_edit.text(),
                role=Role(self.role_combo.currentData()),
                password=self.password_edit.text(),
            )
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.accept()


class PasswordDialog(QDialog):
    """A new password typed twice (the owner resetting a staff member's password)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.password_edit = _password_edit()
        self.repeat_edit = _password_edit()
        form.addRow(self.tr("&New password"), self.password_edit)
        form.addRow(self.tr("R&epeat password"), self.repeat_edit)
        self.error = error_label()
        form.addRow("", self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @Slot()
    def _check(self) -> None:
        if not passwords_match(self.password_edit, self.repeat_edit, self.error):
            return
        self.accept()

    def password(self) -> str:
        return self.password_edit.text()


class UsersTab(QWidget):
    def __init__(self, context: StoreContext) -> None:
        super().__init__()
        self.context = context
        self.key_task: Task | None = None  # disabling an account: the key change running
        layout = QVBoxLayout(self)
        self.model: ListTableModel[UserInfo] = ListTableModel(
            [
                (self.tr("User name"), lambda u: u.username),
                (self.tr("Name"), lambda u: u.display_name),
                (self.tr("Role"), lambda u: role_name(u.role)),
                (
                    self.tr("Status"),
                    lambda u: self.tr("Active") if u.active else self.tr("Disabled"),
                ),
                (
                    self.tr("Password changed"),
                    lambda u: u.password_changed_at.strftime("%Y-%m-%d %H:%M"),
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("&Add staff…"))
        self.reset_button = QPushButton(icon("key"), self.tr("&Reset password…"))
        self.toggle_button = QPushButton(self.tr("&Disable / enable"))
        for button in (self.add_button, self.reset_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.toggle_button.clicked.connect(self.toggle_active)
        can_manage = context.actor.can(Permission.MANAGE_USERS)
        for button in (self.add_button, self.reset_button, self.toggle_button):
            button.setVisible(can_manage)
        if not can_manage:
            layout.addWidget(subtitle_label(self.tr("Only the owner manages staff accounts.")))
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.context.call(users.list_users))

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    @Slot()
    def add_user(self) -> None:
        dialog = UserDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    @Slot()
    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(self.tr("New password for %1").replace("%1", user.username), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.context.call(users.reset_password, user.user_id, dialog.password())
        except StoreCRMError as exc:
            error_box(self, exc)
            return
        QMessageBox.information(
            self, self.tr("Password reset"), self.tr("The new password is set.")
        )
        self.reload()

    @Slot()
    def toggle_active(self) -> None:
        """Disabling also takes the account's key out and changes the store's key (in the
        background); enabling again needs a new password, which gives it a new key slot."""
        user = self.selected()
        if user is None:
            return
        if user.active:
            store_name = self.context.call(info.store_info).store_name
            self.key_task = disable_account(self, self.context, user, store_name, self.reload)
            return
        dialog = PasswordDialog(self.tr("New password for %1").replace("%1", user.username), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.context.call(
                users.update_user, user.user_id, active=True, password=dialog.password()
            )
        except StoreCRMError as exc:
            error_box(self, exc)
            return
        self.reload()


class MyAccountTab(QWidget):
    def __init__(self, context: StoreContext) -> None:
        super().__init__()
        self.context = context
        form = QFormLayout(self)
        actor = context.actor
        who = f"{actor.display_name} ({actor.username}, {role_name(actor.role)})"
        form.addRow(self.tr("Signed in as"), QLabel(who))
        self.old_edit = _password_edit()
        self.new_edit = _password_edit()
        self.repeat_edit = _password_edit()
        form.addRow(self.tr("&Current password"), self.old_edit)
        form.addRow(self.tr("&New password"), self.new_edit)
        form.addRow(self.tr("R&epeat password"), self.repeat_edit)
        self.error = error_label()
        form.addRow("", self.error)
        self.done_label = subtitle_label("")
        form.addRow("", self.done_label)
        self.change_button = QPushButton(self.tr("Change pass&word"))
        set_property(self.change_button, "primary", True)
        self.change_button.clicked.connect(self.change)
        form.addRow("", self.change_button)

    @Slot()
    def change(self) -> None:
        self.done_label.setText("")
        if not passwords_match(self.new_edit, self.repeat_edit, self.error):
            return
        try:
            self.context.call(users.change_own_password, self.old_edit.text(), self.new_edit.text())
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        show_error(self.error, "")
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.clear()
        self.done_label.setText(self.tr("Your password has been changed."))


class AuditTab(QWidget):
    def __init__(self, context: StoreContext) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        self.model: ListTableModel[AuditEntry] = ListTableModel(
            [
                (self.tr("Time"), lambda e: e.at.strftime("%Y-%m-%d %H:%M:%S")),
                (self.tr("User"), lambda e: e.username),
                (self.tr("Action"), lambda e: action_name(e.action)),
                (self.tr("Result"), lambda e: outcome_name(e.outcome)),
                (self.tr("Record"), lambda e: e.target or ""),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        refresh = QPushButton(icon("refresh"), self.tr("&Refresh"))
        refresh.clicked.connect(self.reload)
        layout.addWidget(refresh, 0, Qt.AlignmentFlag.AlignLeft)

    def reload(self) -> None:
        try:
            self.model.set_rows(self.context.call(info.recent_audit, 500))
        except StoreCRMError as exc:
            error_box(self, exc)


class AboutTab(QWidget):
    def __init__(self, context: StoreContext) -> None:
        super().__init__()
        self.context = context
        form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        for key, caption in (
            ("version", self.tr("Program version")),
            ("folder", self.tr("Store folder")),
            ("revision", self.tr("Database revision")),
            ("encryption", self.tr("Encryption")),
            ("customers", self.tr("Customers")),
            ("log", self.tr("Log file")),
        ):
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.labels[key] = label
            form.addRow(caption, label)

    def reload(self) -> None:
        data = self.context.call(info.store_info)
        self.labels["version"].setText(__version__)
        self.labels["folder"].setText(data.folder)
        self.labels["revision"].setText(str(data.schema_revision))
        self.labels["encryption"].setText(
            self.tr("SQLCipher (AES-256); every account unlocks it with its own password")
        )
        self.labels["customers"].setText(str(data.counts.get("customers", 0)))
        self.labels["log"].setText(str(logging_setup.log_file()))


class CategoryRulesTab(QWidget):
    """The thresholds behind the customer categories, in the owner's words."""

    saved = Signal()

    def __init__(self, context: StoreContext) -> None:
        super().__init__()
        self.context = context
        form = QFormLayout(self)
        form.addRow(
            subtitle_label(
                self.tr(
                    "Customers are sorted into categories from their visits and spending. "
                    "A customer who never bought anything is a potential customer."
                )
            )
        )

        def days(n: int) -> str:
            return self.tr(" day(s)", "", n)

        self.new_days = self._spin(1, 3650, days)
        self.regular_visits = self._spin(1, 1000, lambda n: self.tr(" visit(s)", "", n))
        self.regular_days = self._spin(1, 3650, days)
        self.vip_yuan = self._spin(0, 10_000_000, lambda _n: "")
        self.vip_yuan.setPrefix("¥")
        self.at_risk_days = self._spin(1, 3650, days)
        form.addRow(self.tr("New: first visit within"), self.new_days)
        form.addRow(self.tr("Regular: at least"), self.regular_visits)
        form.addRow(self.tr("… and last visit within"), self.regular_days)
        form.addRow(self.tr("VIP: total spending at least"), self.vip_yuan)
        form.addRow(self.tr("At risk: no visit for"), self.at_risk_days)
        self.error = error_label()
        form.addRow("", self.error)
        self.note = subtitle_label("")
        form.addRow("", self.note)
        self.save_button = QPushButton(self.tr("&Save rules"))
        set_property(self.save_button, "primary", True)
        self.save_button.clicked.connect(self.save)
        form.addRow("", self.save_button)
        allowed = context.actor.can(Permission.CHANGE_SETTINGS)
        for widget in (
            self.new_days,
            self.regular_visits,
            self.regular_days,
            self.vip_yuan,
            self.at_risk_days,
            self.save_button,
        ):
            widget.setEnabled(allowed)
        if not allowed:
            self.note.setText(self.tr("Only the owner can change these rules."))
        self.reload()

    @staticmethod
    def _spin(low: int, high: int, unit: Callable[[int], str]) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        plural_suffix(spin, unit)
        spin.setMaximumWidth(200)
        return spin

    def reload(self) -> None:
        rules = self.context.call(customers.get_category_rules)
        self.new_days.setValue(rules.new_days)
        self.regular_visits.setValue(rules.regular_visits)
        self.regular_days.setValue(rules.regular_days)
        self.vip_yuan.setValue(rules.vip_spend_fen // 100)
        self.at_risk_days.setValue(rules.at_risk_days)

    @Slot()
    def save(self) -> None:
        rules = CategoryRules(
            new_days=self.new_days.value(),
            regular_visits=self.regular_visits.value(),
            regular_days=self.regular_days.value(),
            vip_spend_fen=self.vip_yuan.value() * 100,
            at_risk_days=self.at_risk_days.value(),
        )
        try:
            self.context.call(customers.set_category_rules, rules)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        show_error(self.error, "")
        self.note.setText(self.tr("Saved. The customer list uses the new rules now."))
        self.saved.emit()


class SettingsScreen(QWidget):
    store_renamed = Signal()

    def __init__(
        self,
        context: StoreContext,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        backup_scheduler: BackupScheduler | None = None,
    ):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(title_label(self.tr("Settings")))
        self.tabs = QTabWidget()
        self.store_tab = StoreTab(context, prefs)
        self.users_tab = UsersTab(context)
        self.account_tab = MyAccountTab(context)
        self.about_tab = AboutTab(context)
        self.tabs.addTab(narrow(self.store_tab), self.tr("Store"))
        self.tabs.addTab(self.users_tab, self.tr("Staff accounts"))
        self.tabs.addTab(narrow(self.account_tab), self.tr("My account"))
        self.rules_tab = CategoryRulesTab(context)
        self.tabs.addTab(narrow(self.rules_tab), self.tr("Customer categories"))
        self.audit_tab: AuditTab | None = None
        if context.actor.can(Permission.VIEW_AUDIT_LOG):
            self.audit_tab = AuditTab(context)
            self.tabs.addTab(self.audit_tab, self.tr("Audit log"))
        self.backup_tab = BackupSettingsTab(context, backup_scheduler)
        self.tabs.addTab(self.backup_tab, self.tr("Backups"))
        self.privacy_tab = PrivacyTab(context)
        self.tabs.addTab(self.privacy_tab, self.tr("Privacy"))
        self.till_tab = TillRulesTab(context)
        self.tabs.addTab(narrow(self.till_tab), self.tr("Till"))
        self.hardware_tab = HardwareTab(context)
        self.tabs.addTab(self.hardware_tab, self.tr("Hardware"))
        self.tabs.addTab(narrow(self.about_tab, 900), self.tr("About"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.store_tab.saved.connect(self.store_renamed)
        QShortcut(QKeySequence.StandardKey.Save, self, self.store_tab.save)

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.audit_tab and self.audit_tab is not None:
            self.audit_tab.reload()
        elif widget is not None and widget.isAncestorOf(self.about_tab):
            self.about_tab.reload()
        elif widget is self.privacy_tab:
            self.privacy_tab.reload()
