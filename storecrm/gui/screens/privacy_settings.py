"""Settings → Privacy: what the store collects and why (a notice it can print for customers),
who sees whole phone numbers, how long dormant customers are kept (and erasing them in bulk),
and the log of who read or exported personal data.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from storecrm import messages
from storecrm.domain.errors import StoreCRMError
from storecrm.domain.privacy import PHONE_POLICY, RETENTION_YEARS_RANGE
from storecrm.domain.roles import Permission, Role
from storecrm.gui.bus import store_bus
from storecrm.gui.format import date_text, datetime_text
from storecrm.gui.look import icon, set_property
from storecrm.gui.models import ListTableModel
from storecrm.gui.names import action_name, role_name
from storecrm.gui.printing import preview_and_print, save_pdf
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import (
    error_box,
    error_label,
    plural_suffix,
    show_error,
    subtitle_label,
)
from storecrm.services import privacy, settings, users
from storecrm.services.dto import AuditEntry
from storecrm.services.privacy import DormantCustomer, EraseReport
from storecrm.services.session import StoreContext


def default_notice(store_name: str, years: int) -> str:
    """The notice a store starts from (it edits it to say what it really does)."""
    return (
        QCoreApplication.translate(
            "PrivacySettings",
            "%1 keeps this information about its customers, and why:\n"
            "• Your name and mobile number, and if you give them your birthday, gender, "
            "address and notes: to recognise you at the counter, keep your membership "
            "(stored value, points, session cards) and greet you on your birthday.\n"
            "• Your purchases, top-ups and visits: to keep your balances right and give you "
            "the member price.\n"
            "• Whether you agree to messages from us: we send offers and reminders only if you "
            "agreed, and you may withdraw at any time.\n\n"
            "Who sees it: only our staff, each only what their work needs; cashiers see phone "
            "numbers partly hidden. Every export and every look at many customers at once is "
            "recorded.\n"
            "Where: on this shop's computer, encrypted; the backups are encrypted too.\n"
            "How long: while you are our customer. After %2 without a visit, with nothing "
            "left on your account, your data is deleted.\n\n"
            "Your rights: ask at the counter for a copy of everything we hold about you, to "
            "correct it, to withdraw your consent to messages, or to delete your data.",
        )
        .replace("%1", store_name or QCoreApplication.translate("PrivacySettings", "This shop"))
        .replace("%2", PrivacyCounts().years(years))
    )


class PrivacyCounts(QObject):
    """The privacy texts' counts in their plural forms (lupdate reads plural forms only from
    tr() inside a class)."""

    def years(self, n: int) -> str:
        return self.tr("%n year(s)", "", n)


def read_what_name(what: str) -> str:
    """The list a bulk read of personal data was of."""
    names = {
        "reminders": QCoreApplication.translate("PrivacySettings", "Reminder list"),
        "customer_list": QCoreApplication.translate("PrivacySettings", "Customer list"),
        "followups": QCoreApplication.translate("PrivacySettings", "Follow-up tasks"),
        "service_records": QCoreApplication.translate("PrivacySettings", "Service records"),
        "dormant_customers": QCoreApplication.translate(
            "PrivacySettings", "Customers proposed for erasure"
        ),
        "report_customers": QCoreApplication.translate(
            "PrivacySettings", "Best and lapsed customers in a report"
        ),
    }
    return names.get(what, what)


class NoticePage(QWidget):
    """The notice the store shows or hands to customers: edit, save, print, PDF."""

    def __init__(self, context: StoreContext) -> None:
        super().__init__()
        self.context = context
        column = QVBoxLayout(self)
        column.addWidget(
            subtitle_label(
                self.tr(
                    "What the store collects and why, in its own words: print it for a "
                    "customer who asks, or put it up at the counter."
                )
            )
        )
        self.editor = QPlainTextEdit()
        column.addWidget(self.editor, 1)
        self.error = error_label()
        column.addWidget(self.error)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save the text"))
        set_property(self.save_button, "primary", True)
        self.print_button = QPushButton(icon("print"), self.tr("&Print…"))
        self.pdf_button = QPushButton(icon("export"), self.tr("Save as P&DF…"))
        for button in (self.save_button, self.print_button, self.pdf_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.note = subtitle_label("")
        column.addWidget(self.note)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(lambda: self.print_notice())
        self.pdf_button.clicked.connect(lambda: self.save_as_pdf())
        self.can_change = context.actor.can(Permission.CHANGE_SETTINGS)
        self.editor.setReadOnly(not self.can_change)
        self.save_button.setVisible(self.can_change)

    def reload(self) -> None:
        current = self.context.call(privacy.get_privacy_settings)
        store = self.context.call(settings.get_settings).store_name
        self.store_name = store
        self.editor.setPlainText(current.notice or default_notice(store, current.retention_years))

    @Slot()
    def save(self) -> None:
        try:
            self.context.call(privacy.update_privacy_settings, notice=self.editor.toPlainText())
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        show_error(self.error, "")
        self.note.setText(self.tr("Saved."))

    def notice_html(self) -> str:
        title = self.tr("How %1 handles your personal information").replace(
            "%1", getattr(self, "store_name", "") or self.tr("this shop")
        )
        paragraphs = "".join(
            f"<p>{html.escape(p)}</p>" for p in self.editor.toPlainText().splitlines() if p.strip()
        )
        return f"<h2>{html.escape(title)}</h2>{paragraphs}"

    def print_notice(self) -> bool:
        return preview_and_print(self, self.notice_html(), "A4", self.tr("Privacy notice"))

    def save_as_pdf(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the notice as a PDF"), self.tr("Privacy notice.pdf"),
                self.tr("PDF (*.pdf)"),
            )  # fmt: skip
            if not name:
                return None
            path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        try:
            return save_pdf(self.notice_html(), path, "A4", self.tr("Privacy notice"))
        except OSError as exc:
            error_box(self, exc)
            return None


class AccessPage(QWidget):
    """Who sees whole phone numbers (the owner decides), and the rules per role."""

    def __init__(self, context: StoreContext) -> None:
        super().__init__()
        self.context = context
        column = QVBoxLayout(self)
        self.full_phones = QCheckBox(self.tr("&Cashiers may see full phone numbers"))
        column.addWidget(self.full_phones)
        column.addWidget(
            subtitle_label(
                self.tr(
                    "Off: cashiers see 138****5678 everywhere (the till, lists, reminders) and "
                    "still find a customer by the whole number or its last four digits. Every "
                    "change of this choice is recorded."
                )
            )
        )
        self.error = error_label()
        column.addWidget(self.error)
        self.policy = QLabel()
        self.policy.setWordWrap(True)
        self.policy.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.policy)
        column.addStretch(1)
        self.full_phones.setEnabled(context.actor.role is Role.OWNER)
        self.full_phones.toggled.connect(self._toggled)
        self._loading = False

    def reload(self) -> None:
        self._loading = True
        try:
            current = self.context.call(privacy.get_privacy_settings)
            self.full_phones.setChecked(current.cashier_full_phones)
        finally:
            self._loading = False
        self.policy.setText(self.policy_html(current.cashier_full_phones))

    def policy_html(self, cashier_full: bool) -> str:
        words = {
            "full": self.tr("whole"),
            "masked": self.tr("138****5678"),
            "—": self.tr("not allowed"),
        }
        outputs = {
            "till search and member panel": self.tr("Till search and member panel"),
            "customer list and profile": self.tr("Customer list and profile"),
            "reminders, tasks, service records": self.tr("Reminders, tasks, service records"),
            "reminder messages export": self.tr("Reminder messages export"),
            "customer export (xlsx)": self.tr("Customer export (Excel)"),
            "one person's export (PDF + xlsx)": self.tr("One person's data (PDF + Excel)"),
            "reports (PDF, xlsx, screen)": self.tr("Reports"),
            "receipts and sale details": self.tr("Receipts and sale details"),
        }
        roles = (Role.OWNER, Role.MANAGER, Role.CASHIER)
        head = "".join(f"<th align='left'>{html.escape(role_name(r))}</th>" for r in roles)
        rows = []
        for output, by_role in PHONE_POLICY.items():
            cells = []
            for role in roles:
                seen = by_role[role]
                masked_by_choice = output != "receipts and sale details"
                if role is Role.CASHIER and seen == "masked" and cashier_full and masked_by_choice:
                    seen = "full"
                cells.append(f"<td>{html.escape(words[seen])}</td>")
            rows.append(f"<tr><td>{html.escape(outputs[output])}</td>{''.join(cells)}</tr>")
        title = html.escape(self.tr("Phone numbers, by role"))
        return (
            f"<p><b>{title}</b></p><table cellspacing='0' cellpadding='4'>"
            f"<tr><th></th>{head}</tr>{''.join(rows)}</table>"
        )

    @Slot(bool)
    def _toggled(self, checked: bool) -> None:
        if self._loading:
            return
        try:
            self.context.call(privacy.update_privacy_settings, cashier_full_phones=checked)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        show_error(self.error, "")
        self.policy.setText(self.policy_html(checked))
        store_bus().changed.emit("customers")


class RetentionPage(QWidget):
    """Dormant customers with nothing owed to them are proposed for erasure; the owner or a
    manager reviews the list and erases them in the background."""

    def __init__(self, context: StoreContext) -> None:
        super().__init__()
        self.context = context
        self._task: Task | None = None
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Propose customers for erasure after")))
        self.years = QSpinBox()
        self.years.setRange(*RETENTION_YEARS_RANGE)
        plural_suffix(self.years, lambda n: self.tr(" year(s)", "", n))
        row.addWidget(self.years)
        self.save_button = QPushButton(self.tr("&Save"))
        row.addWidget(self.save_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(
            subtitle_label(
                self.tr(
                    "…without a visit, a purchase, a contact or a change, and with no stored "
                    "value, points or card left. Review the list; nothing is erased until you "
                    "say so."
                )
            )
        )
        buttons = QHBoxLayout()
        self.find_button = QPushButton(icon("search"), self.tr("&Find them"))
        self.erase_button = QPushButton(icon("delete"), self.tr("&Erase the selected…"))
        set_property(self.erase_button, "danger", True)
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.model: ListTableModel[DormantCustomer] = ListTableModel(
            [
                (self.tr("Name"), lambda d: d.name),
                (self.tr("Phone"), lambda d: d.phone or ""),
                (self.tr("Since"), lambda d: date_text(d.created_at)),
                (self.tr("Last visit"), lambda d: date_text(d.last_visit_at) or "—"),
                (self.tr("Last activity"), lambda d: date_text(d.last_activity)),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.table, 1)
        self.status = subtitle_label("")
        column.addWidget(self.status)
        self.error = error_label()
        column.addWidget(self.error)
        self.save_button.clicked.connect(self.save)
        self.find_button.clicked.connect(lambda: self.find_dormant())
        self.erase_button.clicked.connect(lambda: self.erase_selected())
        self.save_button.setEnabled(context.actor.can(Permission.CHANGE_SETTINGS))
        self.years.setEnabled(context.actor.can(Permission.CHANGE_SETTINGS))
        self.erase_button.setEnabled(False)

    def reload(self) -> None:
        self.years.setValue(self.context.call(privacy.get_privacy_settings).retention_years)

    @Slot()
    def save(self) -> None:
        try:
            self.context.call(privacy.update_privacy_settings, retention_years=self.years.value())
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        show_error(self.error, "")
        self.status.setText(self.tr("Saved."))

    def find_dormant(self) -> Task | None:
        if self._task is not None:
            return None
        years, context = self.years.value(), self.context

        def work() -> list[DormantCustomer]:
            return context.call(privacy.dormant_customers, years)

        self._task = run_in_background(
            work, self, self.tr("Looking for dormant customers…"), self._found, self._failed
        )
        return self._task

    def _found(self, rows: list[DormantCustomer]) -> None:
        self._task = None
        if not isValid(self):
            return
        self.model.set_rows(rows)
        self.table.selectAll()
        self.erase_button.setEnabled(bool(rows))
        self.status.setText(
            self.tr("%n customer(s) proposed for erasure.", "", len(rows))
            if rows
            else self.tr("No customer is due for erasure.")
        )

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        if isValid(self):
            error_box(self, exc)

    def selected(self) -> list[DormantCustomer]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows]

    def select_rows(self, rows: Sequence[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)

    def erase_selected(self, confirmed: bool = False) -> Task | None:
        chosen = self.selected()
        if not chosen or self._task is not None:
            return None
        if not confirmed:
            answer = QMessageBox.warning(
                self,
                self.tr("Erase customers"),
                self.tr(
                    "Erase the personal data of %n customer(s) for good? Their sales and "
                    "ledger stay under a number. This cannot be undone.",
                    "",
                    len(chosen),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        ids, context = [d.customer_id for d in chosen], self.context
        stop: list[bool] = []

        def work(report: object) -> EraseReport:
            return context.call(
                privacy.erase_customers,
                ids,
                progress=report,  # type: ignore[arg-type]
                cancel=lambda: bool(stop),
            )

        self._task = run_in_background(
            work,
            self,
            self.tr("Erasing customers…"),
            self._erased,
            self._failed,
            with_progress=True,
            on_cancel=lambda: stop.append(True),
        )
        return self._task

    def _erased(self, report: EraseReport) -> None:
        self._task = None
        if not isValid(self):
            return
        store_bus().changed.emit("customers")
        text = self.tr("%n customer(s) erased.", "", report.erased)
        if report.skipped:
            text += " " + self.tr(
                "%n customer(s) could not be erased now (something is still owed to them).",
                "",
                len(report.skipped),
            )
        if report.cancelled:
            text += " " + self.tr("Stopped before the end.")
        self.find_dormant()
        self.status.setText(text)
        self.last_report = report


class AccessLogPage(QWidget):
    """Who read, exported, changed or erased personal data, by user."""

    def __init__(self, context: StoreContext) -> None:
        super().__init__()
        self.context = context
        self._task: Task | None = None
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("&User"))
        self.user_combo = QComboBox()
        label.setBuddy(self.user_combo)
        row.addWidget(label)
        row.addWidget(self.user_combo)
        refresh = QPushButton(icon("refresh"), self.tr("&Refresh"))
        row.addWidget(refresh)
        row.addStretch(1)
        column.addLayout(row)
        self.model: ListTableModel[AuditEntry] = ListTableModel(
            [
                (self.tr("Time"), lambda e: datetime_text(e.at)),
                (self.tr("User"), lambda e: e.username),
                (self.tr("Action"), lambda e: action_name(e.action)),
                (self.tr("What, how many"), self.what_text),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        column.addWidget(self.table, 1)
        refresh.clicked.connect(lambda: self.reload())
        self.user_combo.currentIndexChanged.connect(lambda _i: self.reload())

    def what_text(self, entry: AuditEntry) -> str:
        """What was read or done, with how many people, from the entry's detail."""
        try:
            detail = json.loads(entry.detail)
        except ValueError:
            detail = {}
        if not isinstance(detail, dict):
            detail = {}
        parts: list[str] = []
        if entry.action == "personal_data_read":
            parts.append(read_what_name(str(detail.get("what", ""))))
            if detail.get("date"):
                parts.append(str(detail["date"]))
        count = detail.get("count", detail.get("rows"))
        if isinstance(count, int):
            parts.append(self.tr("%n customer(s)", "", count))
        if detail.get("masked"):
            parts.append(self.tr("phones masked"))
        if entry.target:
            parts.append(entry.target.replace("customer:", "#"))
        return " · ".join(p for p in parts if p)

    def load_users(self) -> None:
        self.user_combo.blockSignals(True)
        try:
            self.user_combo.clear()
            self.user_combo.addItem(self.tr("Everyone"), None)
            for user in self.context.call(users.list_users):
                self.user_combo.addItem(f"{user.display_name} ({user.username})", user.user_id)
        finally:
            self.user_combo.blockSignals(False)

    def reload(self) -> Task | None:
        if self._task is not None:
            return None
        user_id, context = self.user_combo.currentData(), self.context

        def work() -> list[AuditEntry]:
            return context.call(privacy.access_log, user_id)

        self._task = run_in_background(work, self, "", self._loaded, self._failed)
        return self._task

    def _loaded(self, entries: list[AuditEntry]) -> None:
        self._task = None
        if isValid(self):
            self.model.set_rows(entries)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        if isValid(self):
            error_box(self, exc)


class PrivacyTab(QWidget):
    """The Privacy tab of the settings screen."""

    def __init__(self, context: StoreContext) -> None:
        super().__init__()
        self.context = context
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.notice = NoticePage(context)
        self.access = AccessPage(context)
        self.pages.addTab(self.notice, self.tr("What we collect and why"))
        self.pages.addTab(self.access, self.tr("Who sees what"))
        self.retention: RetentionPage | None = None
        if context.actor.can(Permission.DELETE_CUSTOMERS):
            self.retention = RetentionPage(context)
            self.pages.addTab(self.retention, self.tr("Keeping and erasing"))
        self.log: AccessLogPage | None = None
        if context.actor.can(Permission.VIEW_AUDIT_LOG):
            self.log = AccessLogPage(context)
            self.pages.addTab(self.log, self.tr("Access to personal data"))
        column.addWidget(self.pages)
        self.pages.currentChanged.connect(self._shown)
        self._loaded: set[int] = set()

    def reload(self) -> None:
        self._loaded.clear()
        self._shown(self.pages.currentIndex())

    @Slot(int)
    def _shown(self, index: int) -> None:
        if index in self._loaded:
            return
        self._loaded.add(index)
        page = self.pages.widget(index)
        try:
            if page is self.notice:
                self.notice.reload()
            elif page is self.access:
                self.access.reload()
            elif page is self.retention and self.retention is not None:
                self.retention.reload()
            elif page is self.log and self.log is not None:
                self.log.load_users()
                self.log.reload()
        except StoreCRMError as exc:
            error_box(self, exc)
