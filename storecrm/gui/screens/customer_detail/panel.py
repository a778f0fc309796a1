"""``CustomerDetailPanel``: one customer at a glance, beside the list. Builds the header,
the figures and the tabs (profile, timeline, ledger, appointments; the tabs' insides are
built by ``profile.py``, ``timeline.py`` and ``ledger.py``), shows a customer in them and
starts the quick actions (archive, restore and merge are in ``actions.py``, the person's
rights in ``customer_privacy.py``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QTextDocumentFragment
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.errors import StoreCRMError
from storecrm.domain.roles import Permission
from storecrm.gui.bus import store_bus
from storecrm.gui.fit import scrolling
from storecrm.gui.format import birthday_text, date_text
from storecrm.gui.look import icon, set_property
from storecrm.gui.screens import customer_privacy
from storecrm.gui.screens.appointments.customer_tab import CustomerAppointmentsTab
from storecrm.gui.screens.customer_detail import actions, ledger, profile, timeline
from storecrm.gui.screens.customer_detail.frames import Stat, card_frame
from storecrm.gui.screens.customer_detail.set_tier import SetTierDialog
from storecrm.gui.screens.customer_detail.timeline import _TimelineItem
from storecrm.gui.screens.membership_screen.tables import RecordModel
from storecrm.gui.tasks import Task
from storecrm.gui.widgets import FlowLayout, badge, error_box, placeholder_label, show_error
from storecrm.services import customers, membership, settings
from storecrm.services.dto import CustomerDetail, LedgerLine, MemberSummary, TimelineEntry
from storecrm.services.session import StoreContext

PANEL_WIDTH = 350
TABS_MIN_HEIGHT = 240  # the profile tab shows a few rows before the panel scrolls


class CustomerDetailPanel(QWidget):
    edit_requested = Signal(int)
    open_requested = Signal(int)  # another customer (the referrer, the one merged into)
    changed = Signal(int)  # archived, restored or merged: the list must be read again
    close_requested = Signal()

    # The tabs' parts built in profile.py, timeline.py and ledger.py.
    profile_form: QFormLayout
    values: dict[str, QLabel]
    captions: dict[str, QLabel]
    _order: list[str]
    member_separator: QFrame
    note_edit: QLineEdit
    add_note_button: QPushButton
    note_row: QWidget
    note_error: QLabel
    timeline_layout: QVBoxLayout
    ledger_filter: QComboBox
    ledger_model: RecordModel[LedgerLine]
    ledger_table: QTableView
    ledger_empty: QLabel

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.customer: CustomerDetail | None = None
        self.summary: MemberSummary | None = None
        self.entries: list[TimelineEntry] = []
        self.timeline_entries: list[_TimelineItem] = []
        self.ledger_lines: list[LedgerLine] = []
        self._ledger_stale = True
        self.dialog: QDialog | None = None  # the sale, top-up … dialog open from here
        self.setMinimumWidth(340)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)

        self.empty = placeholder_label(
            self.tr("Choose a customer in the list to see the profile here.")
        )
        self.pages.addWidget(self.empty)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self._build_header())
        column.addWidget(self._build_stats())
        self.tabs = QTabWidget()
        self.tabs.addTab(profile.build_profile(self), self.tr("Profile"))
        self.tabs.addTab(timeline.build_timeline(self), self.tr("Timeline"))
        self.ledger_page = ledger.build_ledger(self)
        self.tabs.addTab(self.ledger_page, self.tr("Ledger"))
        self.tabs.setTabToolTip(
            2, self.tr("Every change of stored value, points and sessions, with the balance after")
        )
        self.appointments_tab = CustomerAppointmentsTab(self.context)
        self.tabs.addTab(self.appointments_tab, self.tr("Appointments"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.setMinimumHeight(TABS_MIN_HEIGHT)
        column.addWidget(self.tabs, 1)
        # On a short screen (768 px) the header's buttons, the figures and the tabs do not all
        # fit: the profile scrolls rather than squeezing its buttons.
        self.pages.addWidget(scrolling(content))

        # A sale or top-up elsewhere (the till, another dialog) changes what is shown here; the
        # writers announce "sales" and "membership" together, so one reload follows both.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        store_bus().changed.connect(self._store_changed)

    # -- building ---------------------------------------------------------------------------------
    def _build_header(self) -> QFrame:
        frame, layout = card_frame()
        top = QHBoxLayout()
        top.setSpacing(8)
        self.name_label = QLabel()
        self.name_label.setObjectName("CustomerName")
        font = QFont(self.name_label.font())
        font.setPointSizeF(15)
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.name_label)
        self.category_badge = badge("")
        top.addWidget(self.category_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        self.tier_badge = badge("", "#FEF3C7", "#92400E")
        self.tier_badge.setToolTip(self.tr("Membership tier"))
        top.addWidget(self.tier_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        self.archived_badge = badge(self.tr("Archived"), "#FEE2E2", "#B91C1C")
        top.addWidget(self.archived_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        self.close_button = QToolButton()
        self.close_button.setIcon(icon("close"))
        self.close_button.setToolTip(self.tr("Close the profile"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close_requested)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.contact_label = QLabel()
        self.contact_label.setObjectName("PageSubtitle")
        self.contact_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.contact_label)
        self.tags_box = QWidget()
        self.tags_layout = FlowLayout(self.tags_box)
        layout.addWidget(self.tags_box)

        # Wraps rather than squeezing a button below its label (Chinese labels with "(E)" are
        # wider) when the panel is narrow.
        actions_box = QWidget()
        actions = FlowLayout(actions_box, spacing=6)
        actions.setContentsMargins(0, 4, 0, 0)
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit"))
        self.edit_button.setToolTip(self.tr("Edit the profile (F4)"))
        self.note_button = QPushButton(icon("add"), self.tr("A&dd note"))
        self.note_button.setToolTip(self.tr("Write a note on the timeline"))
        self.restore_button = QPushButton(icon("refresh"), self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Bring the customer back into the list"))
        self.more_button = QPushButton(self.tr("&More"))
        self.more_button.setToolTip(
            self.tr("Merge, archive; the person's data: export, withdraw consent, erase")
        )
        self.more_button.setStyleSheet(
            "QPushButton { padding-right: 30px; }"
            "QPushButton::menu-indicator { image: url(icons:chevron-down.svg); width: 12px;"
            " height: 12px; subcontrol-origin: padding; subcontrol-position: center right;"
            " right: 10px; }"
        )
        menu = QMenu(self.more_button)
        self.merge_action = menu.addAction(self.tr("&Merge into another customer…"))
        self.card_action = menu.addAction(icon("print"), self.tr("Print member &card…"))
        menu.addSeparator()
        self.archive_action = menu.addAction(icon("archive"), self.tr("&Archive…"))
        menu.addSeparator()  # the person's rights (PIPL): customer_privacy.py
        self.export_person_action = menu.addAction(
            icon("export"), self.tr("E&xport everything about this person…")
        )
        self.withdraw_consent_action = menu.addAction(self.tr("&Withdraw marketing consent…"))
        self.erase_action = menu.addAction(icon("delete"), self.tr("&Erase this person's data…"))
        self.more_button.setMenu(menu)
        for button in (self.edit_button, self.note_button, self.restore_button, self.more_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            if button is not self.more_button:  # the panel is narrow: tighter sides
                button.setStyleSheet("QPushButton { padding-left: 10px; padding-right: 10px; }")
            actions.addWidget(button)
        layout.addWidget(actions_box)
        layout.addWidget(self._build_member_actions())
        self.edit_button.clicked.connect(self._edit)
        self.note_button.clicked.connect(self.start_note)
        self.merge_action.triggered.connect(lambda: self.merge_into())
        self.card_action.triggered.connect(lambda: self.print_card())
        self.archive_action.triggered.connect(lambda: self.archive())
        self.export_person_action.triggered.connect(lambda: self.export_person())
        self.withdraw_consent_action.triggered.connect(lambda: self.withdraw_consent())
        self.erase_action.triggered.connect(lambda: self.erase())
        self.restore_button.clicked.connect(self.restore)
        self.can_delete = self.context.actor.can(Permission.DELETE_CUSTOMERS)
        self.can_edit = self.context.actor.can(Permission.EDIT_CUSTOMERS)
        self.can_export = self.context.actor.can(Permission.EXPORT_DATA)
        return frame

    def _build_member_actions(self) -> QWidget:
        """Sale, top-up, gift, withdrawal and tier: what the till does for this member."""
        box = QWidget()
        flow = FlowLayout(box)
        flow.setContentsMargins(0, 2, 0, 0)
        self.sale_button = QPushButton(icon("sales-active"), self.tr("&Sale"))
        self.sale_button.setToolTip(self.tr("Record a sale for this customer (F9)"))
        set_property(self.sale_button, "primary", True)
        self.top_up_button = QPushButton(icon("wallet"), self.tr("&Top up"))
        self.top_up_button.setToolTip(self.tr("Put money on the stored-value balance"))
        self.gift_button = QPushButton(icon("gift"), self.tr("Gift for p&oints"))
        self.gift_button.setToolTip(self.tr("Give a gift for the customer's points"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw"))
        self.withdraw_button.setToolTip(self.tr("Pay stored value back to the customer"))
        self.tier_button = QPushButton(icon("star"), self.tr("Set t&ier"))
        self.tier_button.setToolTip(self.tr("Put the member in a tier by hand"))
        self.member_buttons = (
            self.sale_button,
            self.top_up_button,
            self.gift_button,
            self.withdraw_button,
            self.tier_button,
        )
        for button in self.member_buttons:
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setStyleSheet("QPushButton { padding-left: 10px; padding-right: 10px; }")
            flow.addWidget(button)
        self.sale_button.clicked.connect(lambda: self.start_sale())
        self.top_up_button.clicked.connect(lambda: self.start_top_up())
        self.gift_button.clicked.connect(lambda: self.start_gift())
        self.withdraw_button.clicked.connect(lambda: self.start_withdrawal())
        self.tier_button.clicked.connect(lambda: self.start_set_tier())
        actor = self.context.actor
        self.can_sell = actor.can(Permission.RECORD_SALES)
        self.can_withdraw = actor.can(Permission.REFUND_SALES)
        self.can_set_tier = actor.can(Permission.ADJUST_MEMBERS)
        self.member_actions = box
        return box

    def _build_stats(self) -> QFrame:
        frame, layout = card_frame()
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        self.balance_stat = Stat(self.tr("Balance"))
        self.points_stat = Stat(self.tr("Points"))
        self.visits_stat = Stat(self.tr("Visits"))
        self.spend_stat = Stat(self.tr("Total spend"))
        self.last_visit_stat = Stat(self.tr("Last visit"))
        stats = (
            self.balance_stat,
            self.points_stat,
            self.visits_stat,
            self.spend_stat,
            self.last_visit_stat,
        )
        for position, stat in enumerate(stats):
            grid.addWidget(stat, position // 3, position % 3)
        layout.addLayout(grid)
        return frame

    # -- showing ----------------------------------------------------------------------------------
    def clear(self) -> None:
        self.customer = None
        self.summary = None
        self.entries = []
        self.ledger_lines = []
        self.pages.setCurrentWidget(self.empty)

    def show_customer(self, customer_id: int) -> None:
        try:
            detail = self.context.call(customers.get_customer, customer_id)
            entries = self.context.call(customers.timeline, customer_id)
            business_type = self.context.call(settings.get_settings).business_type
            summary = self.context.call(membership.member_summary, customer_id)
        except StoreCRMError as exc:
            self.clear()
            error_box(self, exc)
            return
        self.customer = detail
        self.summary = summary
        self.appointments_tab.show_customer(customer_id)
        self.entries = entries
        profile.fill(self, detail, business_type)
        timeline.fill_timeline(self, entries)
        self._ledger_stale = True
        if self.tabs.currentWidget() is self.ledger_page:
            self.load_ledger()
        self.pages.setCurrentIndex(1)

    @Slot()
    def reload(self) -> None:
        if self.customer is not None:
            self.show_customer(self.customer.customer_id)

    @Slot(str)
    def _store_changed(self, what: str) -> None:
        if what in ("sales", "membership") and self.customer is not None:
            self._reload_timer.start()

    @Slot(int)
    def _tab_shown(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.ledger_page and self._ledger_stale:
            self.load_ledger()

    def load_ledger(self) -> None:
        if self.customer is None:
            return
        try:
            lines = self.context.call(membership.ledger, self.customer.customer_id)
        except StoreCRMError as exc:
            error_box(self, exc)
            return
        self.ledger_lines = lines
        self._ledger_stale = False
        ledger.show_ledger(self)

    def card_texts(self) -> list[str]:
        """Each card as the profile shows it (for tests and copying)."""
        if self.values["cards"].isHidden():
            return []
        html = self.values["cards"].text()
        return [QTextDocumentFragment.fromHtml(part).toPlainText() for part in html.split("<br>")]

    def birthday_detail(self, c: CustomerDetail) -> str:
        """The birthday, the solar date of a lunar one, the age, and when the next one is."""
        if c.birthday is None:
            return ""
        b = Birthday(
            Calendar(c.birthday.calendar),
            c.birthday.month,
            c.birthday.day,
            c.birthday.year,
            c.birthday.leap_month,
        )
        parts = [birthday_text(b)]
        if b.calendar is Calendar.LUNAR and c.birthday_solar is not None:
            parts.append(self.tr("born %1").replace("%1", date_text(c.birthday_solar)))
        if c.age is not None:
            parts.append(self.tr("age %1").replace("%1", str(c.age)))
        today = date.today()
        try:
            upcoming = b.next_occurrence(today)
        except ValueError:
            upcoming = None
        if upcoming is not None:
            days = (upcoming - today).days
            if days == 0:
                parts.append(self.tr("birthday today"))
            elif days <= 30:
                parts.append(
                    self.tr("next on %1 (in %n day(s))", "", days).replace(
                        "%1", date_text(upcoming)
                    )
                )
            elif b.calendar is Calendar.LUNAR:
                parts.append(self.tr("next on %1").replace("%1", date_text(upcoming)))
        return " · ".join(parts)

    def timeline_texts(self) -> list[str]:
        """What each timeline entry shows (heading, then the text): for tests and copying."""
        return [item.text() for item in self.timeline_entries]

    # -- actions ----------------------------------------------------------------------------------
    @Slot(str)
    def _open_link(self, link: str) -> None:
        if link.startswith("customer:"):
            self.open_requested.emit(int(link.split(":", 1)[1]))

    @Slot()
    def _edit(self) -> None:
        if self.customer is not None:
            self.edit_requested.emit(self.customer.customer_id)

    @Slot()
    def start_note(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.note_edit.setFocus()

    def add_note(self, text: str | None = None) -> bool:
        if self.customer is None:
            return False
        body = self.note_edit.text() if text is None else text
        try:
            self.context.call(customers.add_note, self.customer.customer_id, body)
        except StoreCRMError as exc:
            show_error(self.note_error, messages.error_text(exc))
            return False
        show_error(self.note_error, "")
        self.note_edit.clear()
        self.entries = self.context.call(customers.timeline, self.customer.customer_id)
        timeline.fill_timeline(self, self.entries)
        return True

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        """Show a sale, top-up … dialog window-modal; the store bus brings the new figures."""
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_finished(d))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _member_id(self) -> int | None:
        c = self.customer
        return None if c is None or c.archived_at is not None else c.customer_id

    def _start_member_dialog(
        self, allowed: bool, dialog_class: Callable[..., QDialog]
    ) -> QDialog | None:
        """A till, top-up … dialog for this member, if there is one and the user may."""
        customer_id = self._member_id()
        if customer_id is None or not allowed:
            return None
        return self._open_dialog(dialog_class(self.context, customer_id, parent=self))

    def start_sale(self) -> QDialog | None:
        from storecrm.gui.screens.till import SaleDialog

        return self._start_member_dialog(self.can_sell, SaleDialog)

    def start_top_up(self) -> QDialog | None:
        from storecrm.gui.screens.member_dialogs import TopUpDialog

        return self._start_member_dialog(self.can_sell, TopUpDialog)

    def start_gift(self) -> QDialog | None:
        from storecrm.gui.screens.member_dialogs import GiftDialog

        return self._start_member_dialog(self.can_sell, GiftDialog)

    def start_withdrawal(self) -> QDialog | None:
        from storecrm.gui.screens.member_dialogs import WithdrawDialog

        return self._start_member_dialog(self.can_withdraw, WithdrawDialog)

    def start_set_tier(self) -> QDialog | None:
        customer_id = self._member_id()
        if customer_id is None or not self.can_set_tier:
            return None
        current = self.summary.tier_id if self.summary is not None else None
        try:
            dialog = SetTierDialog(self.context, customer_id, current, self)
        except StoreCRMError as exc:
            error_box(self, exc)
            return None
        return self._open_dialog(dialog)

    def archive(self, reason: str | None = None) -> bool:
        """Hide the customer from the list and look-ups (asks for a reason unless given)."""
        return actions.archive(self, reason)

    @Slot()
    def restore(self) -> bool:
        return actions.restore(self)

    def merge_into(self, target_id: int | None = None, target_name: str = "") -> bool:
        """Merge this (duplicate) customer into another one, which keeps everything."""
        return actions.merge_into(self, target_id, target_name)

    # -- the person's rights (PIPL): the dialogs live in customer_privacy.py ---------------------
    def print_card(self) -> QDialog | None:
        """The member card: a sticker on the counter's printer or A4 sheets (member_card.py)."""
        if self.customer is None:
            return None
        from storecrm.gui.screens.member_card import MemberCardDialog

        return self._open_dialog(MemberCardDialog(self.context, self.customer.customer_id, self))

    def export_person(self, pdf_path: Path | None = None) -> Task | None:
        """Everything the store holds about this customer, as a PDF and a workbook."""
        if self.customer is None:
            return None
        return customer_privacy.export_person(self, self.context, self.customer, pdf_path)

    def withdraw_consent(self) -> QDialog | None:
        c = self.customer
        if c is None or not c.marketing_consent:
            return None
        dialog = customer_privacy.WithdrawConsentDialog(self.context, c, self)
        dialog.accepted.connect(self._privacy_changed)
        return self._open_dialog(dialog)

    def erase(self) -> QDialog | None:
        c = self.customer
        if c is None or c.erased:
            return None
        dialog = customer_privacy.EraseCustomerDialog(self.context, c, self)
        dialog.accepted.connect(self._privacy_changed)
        return self._open_dialog(dialog)

    @Slot()
    def _privacy_changed(self) -> None:
        if self.customer is not None:
            customer_id = self.customer.customer_id
            self.reload()
            self.changed.emit(customer_id)
