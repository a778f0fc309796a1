"""One customer at a glance, beside the list: who they are, their membership (tier, stored
value, points, cards), their timeline and ledger, and the quick actions (edit, note, archive or
restore, merge; sale, top-up, gift, withdrawal, tier)."""

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
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
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
from storecrm.gui.format import birthday_text, date_text, datetime_text, money
from storecrm.gui.look import icon, set_property
from storecrm.gui.names import (
    CATEGORY_COLORS,
    account_name,
    business_field_label,
    business_fields,
    category_name,
    discount_text,
    gender_name,
    ledger_kind_name,
    source_name,
    timeline_kind_name,
    timeline_text,
)
from storecrm.gui.screens import customer_privacy
from storecrm.gui.screens.appointments.customer_tab import CustomerAppointmentsTab
from storecrm.gui.screens.customer_picker import CustomerPickerDialog
from storecrm.gui.screens.membership_screen import (
    RecordModel,
    multiplier_text,
    record_table,
)
from storecrm.gui.tasks import Task
from storecrm.gui.widgets import (
    FlowLayout,
    badge,
    error_box,
    error_label,
    ok_cancel_buttons,
    placeholder_label,
    show_error,
)
from storecrm.services import customers, membership, settings
from storecrm.services.dto import (
    CardBalance,
    CustomerDetail,
    LedgerLine,
    MemberSummary,
    TimelineEntry,
)
from storecrm.services.session import StoreContext

PANEL_WIDTH = 350
GREY = "#9CA3AF"
TABS_MIN_HEIGHT = 240  # the profile tab shows a few rows before the panel scrolls
MEMBER_ROWS = ("tier", "stored_value", "points", "cards")


def _card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    return frame, layout


class _Stat(QWidget):
    """A figure with its caption underneath (balance, points, …)."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.value = QLabel()
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setObjectName("PageSubtitle")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class CustomerDetailPanel(QWidget):
    edit_requested = Signal(int)
    open_requested = Signal(int)  # another customer (the referrer, the one merged into)
    changed = Signal(int)  # archived, restored or merged: the list must be read again
    close_requested = Signal()

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
        self.tabs.addTab(self._build_profile(), self.tr("Profile"))
        self.tabs.addTab(self._build_timeline(), self.tr("Timeline"))
        self.ledger_page = self._build_ledger()
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
        frame, layout = _card()
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
        frame, layout = _card()
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        self.balance_stat = _Stat(self.tr("Balance"))
        self.points_stat = _Stat(self.tr("Points"))
        self.visits_stat = _Stat(self.tr("Visits"))
        self.spend_stat = _Stat(self.tr("Total spend"))
        self.last_visit_stat = _Stat(self.tr("Last visit"))
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

    def _build_profile(self) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("ProfilePage")
        self.profile_form = QFormLayout(inner)
        self.profile_form.setContentsMargins(14, 12, 14, 12)
        self.profile_form.setHorizontalSpacing(16)
        self.profile_form.setVerticalSpacing(8)
        self.profile_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.profile_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self._order: list[str] = []
        for key, caption in (
            ("tier", self.tr("Tier")),
            ("stored_value", self.tr("Stored value")),
            ("points", self.tr("Points")),
            ("cards", self.tr("Cards")),
            ("phone", self.tr("Phone")),
            ("other_phone", self.tr("Other phone")),
            ("card_no", self.tr("Card no.")),
            ("gender", self.tr("Gender")),
            ("birthday", self.tr("Birthday")),
            ("source", self.tr("Source")),
            ("address", self.tr("Address")),
            ("consent", self.tr("Marketing")),
            ("taste", business_field_label("taste")),
            ("allergies", business_field_label("allergies")),
            ("hair_notes", business_field_label("hair_notes")),
            ("skin_notes", business_field_label("skin_notes")),
            ("sizes", business_field_label("sizes")),
            ("preferences", self.tr("Preferences")),
            ("notes", self.tr("Notes")),
            ("created", self.tr("Added")),
        ):
            label = QLabel(caption)
            label.setObjectName("PageSubtitle")
            self.captions[key] = label
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
        source = self.values["source"]
        source.setTextFormat(Qt.TextFormat.RichText)
        source.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        source.linkActivated.connect(self._open_link)
        self.values["cards"].setTextFormat(Qt.TextFormat.RichText)
        self.member_separator = QFrame()
        self.member_separator.setFrameShape(QFrame.Shape.HLine)
        self.member_separator.setStyleSheet("QFrame { color: #E5E7EB; }")
        scroll.setWidget(inner)
        _transparent(scroll, inner)
        return scroll

    def _build_timeline(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        row = QHBoxLayout()
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(1000)
        self.note_edit.setPlaceholderText(self.tr("Write a note (a call, a wish, a remark)…"))
        self.note_edit.returnPressed.connect(lambda: self.add_note())
        self.add_note_button = QPushButton(self.tr("Add"))
        self.add_note_button.clicked.connect(lambda: self.add_note())
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.add_note_button)
        self.note_row = QWidget()
        self.note_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.note_row.setVisible(self.context.actor.can(Permission.EDIT_CUSTOMERS))
        layout.addWidget(self.note_row)
        self.note_error = error_label()
        layout.addWidget(self.note_error)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        entries = QWidget()
        self.timeline_layout = QVBoxLayout(entries)
        self.timeline_layout.setContentsMargins(0, 4, 0, 0)
        self.timeline_layout.setSpacing(0)
        self.timeline_layout.addStretch(1)
        scroll.setWidget(entries)
        _transparent(scroll, entries)
        layout.addWidget(scroll, 1)
        return page

    def _build_ledger(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        self.ledger_filter = QComboBox()
        self.ledger_filter.addItem(self.tr("All accounts"), None)
        self.ledger_filter.addItem(self.tr("Stored value"), ("principal", "bonus"))
        self.ledger_filter.addItem(self.tr("Points"), ("points",))
        self.ledger_filter.addItem(self.tr("Sessions"), ("sessions",))
        self.ledger_filter.setToolTip(self.tr("Show one account only"))
        self.ledger_filter.currentIndexChanged.connect(lambda _i: self._show_ledger())
        layout.addWidget(self.ledger_filter, 0, Qt.AlignmentFlag.AlignLeft)
        self.ledger_model: RecordModel[LedgerLine] = RecordModel(
            # The panel is narrow: what moved and by how much first, then when and by whom.
            [
                (self.tr("Account"), lambda e: account_name(e.account, e.card_name)),
                (self.tr("Change"), lambda e: _amount(e.account, e.delta, signed=True)),
                (self.tr("Balance"), lambda e: _amount(e.account, e.balance_after)),
                (self.tr("What"), lambda e: ledger_kind_name(e.kind)),
                (self.tr("Time"), lambda e: datetime_text(e.at)),
                (self.tr("Ticket"), lambda e: e.sale_no or ""),
                (self.tr("By"), lambda e: e.username),
            ],
            self,
            numeric=(1, 2),
        )
        self.ledger_table: QTableView = record_table(self.ledger_model)
        self.ledger_table.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        layout.addWidget(self.ledger_table, 1)
        self.ledger_empty = QLabel(self.tr("No stored value, points or cards yet."))
        self.ledger_empty.setObjectName("PageSubtitle")
        layout.addWidget(self.ledger_empty)
        return page

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
        self._fill(detail, business_type)
        self._fill_timeline(entries)
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
        self._show_ledger()

    def _show_ledger(self) -> None:
        accounts = self.ledger_filter.currentData()
        shown = [e for e in reversed(self.ledger_lines) if not accounts or e.account in accounts]
        self.ledger_model.set_rows(shown)  # newest first
        self.ledger_empty.setVisible(not self.ledger_lines)

    def _fill(self, c: CustomerDetail, business_type: str) -> None:
        self.name_label.setText(c.name)
        foreground, background = CATEGORY_COLORS.get(c.category, ("#374151", "#E5E7EB"))
        self.category_badge.setText(category_name(c.category))
        self.category_badge.setStyleSheet(
            f"QLabel#Badge {{ background-color: {background}; color: {foreground}; }}"
        )
        archived = c.archived_at is not None
        self.archived_badge.setText(self.tr("Erased") if c.erased else self.tr("Archived"))
        self.archived_badge.setVisible(archived)
        self.edit_button.setVisible(self.can_edit and not archived)
        self.note_button.setVisible(self.can_edit and not archived)
        self.note_row.setVisible(self.can_edit and not archived)
        self.restore_button.setVisible(
            self.can_delete and archived and c.merged_into_id is None and not c.erased
        )
        self.merge_action.setVisible(self.can_delete and not archived)
        self.archive_action.setVisible(self.can_delete and not archived)
        self.card_action.setVisible(bool(c.card_no) and not archived)  # a card to print
        self.export_person_action.setVisible(self.can_export and not c.erased)
        self.withdraw_consent_action.setVisible(
            self.can_edit and c.marketing_consent and not c.erased
        )
        self.erase_action.setVisible(self.can_delete and not c.erased)
        self.more_button.setVisible(
            any(a.isVisible() for a in self.more_button.menu().actions() if not a.isSeparator())
        )
        self.sale_button.setVisible(self.can_sell and not archived)
        self.top_up_button.setVisible(self.can_sell and not archived)
        self.gift_button.setVisible(self.can_sell and not archived)
        self.withdraw_button.setVisible(self.can_withdraw and not archived)
        self.tier_button.setVisible(self.can_set_tier and not archived)
        self.member_actions.setVisible(
            not archived and (self.can_sell or self.can_withdraw or self.can_set_tier)
        )
        summary = self.summary
        self.tier_badge.setText(summary.tier_name if summary is not None else "")
        self.tier_badge.setVisible(summary is not None and bool(summary.tier_name))
        contact = [
            p for p in (c.phone, c.card_no and self.tr("Card %1").replace("%1", c.card_no)) if p
        ]
        self.contact_label.setText("  ·  ".join(contact) or self.tr("No phone or card"))
        self.tags_layout.clear()
        for tag in c.tags:
            self.tags_layout.addWidget(badge(tag.name, tag.color))
        self.tags_box.setVisible(bool(c.tags))

        self.balance_stat.value.setText(money(c.balance_fen))
        self.points_stat.value.setText(f"{c.points:,}")
        self.visits_stat.value.setText(str(c.visit_count))
        self.spend_stat.value.setText(money(c.total_spend_fen))
        self.last_visit_stat.value.setText(date_text(c.last_visit_at) or "—")

        first, others = business_fields(business_type)
        member = self._member_texts()
        texts: dict[str, str] = {
            **member,
            "phone": c.phone or "",
            "other_phone": c.other_phone or "",
            "card_no": c.card_no or "",
            "gender": gender_name(c.gender) if c.gender != "unknown" else "",
            "birthday": self._birthday_text(c),
            "source": self._source_text(c),
            "address": c.address,
            "consent": (
                self.tr("Agreed on %1").replace("%1", date_text(c.marketing_consent_at))
                if c.marketing_consent
                else self.tr("No consent to messages")
            ),
            "taste": c.taste,
            "allergies": c.allergies,
            "hair_notes": c.hair_notes,
            "skin_notes": c.skin_notes,
            "sizes": c.sizes,
            "preferences": c.preferences,
            "notes": c.notes,
            "created": self.tr("%1 by %2")
            .replace("%1", date_text(c.created_at))
            .replace("%2", c.created_by or "—"),
        }
        order = [
            *MEMBER_ROWS,
            "phone",
            "other_phone",
            "card_no",
            "gender",
            "birthday",
            *first,
            "source",
            "address",
            "consent",
            *others,
            "preferences",
            "notes",
            "created",
        ]
        always = {"phone", "card_no", "birthday", "consent", *first}
        if order != self._order:  # the business type changed: lay the rows out again
            while self.profile_form.rowCount():
                self.profile_form.takeRow(0)
            for key in order:
                self.profile_form.addRow(self.captions[key], self.values[key])
                if key == MEMBER_ROWS[-1]:
                    self.profile_form.addRow(self.member_separator)
            self._order = order
        for key in order:
            self.values[key].setText(texts[key] or "—")
            self.profile_form.setRowVisible(self.values[key], key in always or bool(texts[key]))
        self.profile_form.setRowVisible(
            self.member_separator, any(texts[key] for key in MEMBER_ROWS)
        )

    def _member_texts(self) -> dict[str, str]:
        """The membership rows of the profile: tier, stored value, points, cards ("" hides)."""
        s = self.summary
        if s is None:
            return dict.fromkeys(MEMBER_ROWS, "")
        b = s.balances
        tier = ""
        if s.tier_name:
            tier = " · ".join(
                (
                    s.tier_name,
                    discount_text(s.discount_permille),
                    self.tr("points %1").replace("%1", multiplier_text(s.points_permille)),
                )
            )
        stored = ""
        if b.principal_fen or b.bonus_fen:
            stored = (
                self.tr("%1 (principal %2 + bonus %3)")
                .replace("%1", money(b.balance_fen))
                .replace("%2", money(b.principal_fen))
                .replace("%3", money(b.bonus_fen))
            )
        points = ""
        if b.points or s.points_expiring:
            points = f"{b.points:,}"
            if s.points_expiring and s.points_expire_on is not None:
                points += " · " + (
                    self.tr("%1 lapse on %2")
                    .replace("%1", f"{s.points_expiring:,}")
                    .replace("%2", date_text(s.points_expire_on))
                )
        cards = sorted(b.cards, key=lambda card: not card.usable)  # usable ones first
        return {
            "tier": tier,
            "stored_value": stored,
            "points": points,
            "cards": "<br>".join(self._card_html(card) for card in cards),
        }

    def _card_html(self, card: CardBalance) -> str:
        if card.status == "refunded":
            state = self.tr("refunded")
        elif card.status == "expired":
            state = self.tr("expired on %1").replace("%1", date_text(card.expires_on))
        else:
            if card.kind == "count":
                state = (
                    self.tr("%1 / %2 left")
                    .replace("%1", str(card.sessions_left or 0))
                    .replace("%2", str(card.sessions_total or 0))
                )
            else:
                state = self.tr("unlimited visits")
            if card.status == "used_up":
                state += " · " + self.tr("used up")
            elif card.expires_on is not None:
                state += " · " + self.tr("until %1").replace("%1", date_text(card.expires_on))
        if card.usable:
            return f"<b>{_escape(card.name)}</b>&nbsp;&nbsp;{_escape(state)}"
        return f"<span style='color:{GREY}'>{_escape(card.name)}&nbsp;&nbsp;{_escape(state)}</span>"

    def card_texts(self) -> list[str]:
        """Each card as the profile shows it (for tests and copying)."""
        if self.values["cards"].isHidden():
            return []
        html = self.values["cards"].text()
        return [QTextDocumentFragment.fromHtml(part).toPlainText() for part in html.split("<br>")]

    def _birthday_text(self, c: CustomerDetail) -> str:
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

    def _source_text(self, c: CustomerDetail) -> str:
        text = source_name(c.source)
        if c.referrer_id is not None and c.referrer_name:
            link = f'<a href="customer:{c.referrer_id}">{_escape(c.referrer_name)}</a>'
            return f"{_escape(text)} · {link}"
        return _escape(text)

    def _fill_timeline(self, entries: list[TimelineEntry]) -> None:
        while self.timeline_layout.count() > 1:  # keep the closing stretch
            taken = self.timeline_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.timeline_entries = []
        for position, entry in enumerate(entries):
            item = _TimelineItem(entry, last=position == len(entries) - 1)
            self.timeline_entries.append(item)
            self.timeline_layout.insertWidget(position, item)
        self.tabs.setTabText(1, self.tr("Timeline (%1)").replace("%1", str(len(entries))))

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
        self._fill_timeline(self.entries)
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
        c = self.customer
        if c is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Archive customer"),
                self.tr(
                    "%1 will no longer be found at the till or shown in the list. Their history "
                    "is kept, and they can be restored at any time.\n\nReason (optional):"
                ).replace("%1", c.name),
            )
            if not ok:
                return False
        try:
            self.context.call(customers.archive_customer, c.customer_id, reason)
        except StoreCRMError as exc:
            error_box(self, exc)
            return False
        self.reload()
        self.changed.emit(c.customer_id)
        return True

    @Slot()
    def restore(self) -> bool:
        c = self.customer
        if c is None:
            return False
        try:
            self.context.call(customers.restore_customer, c.customer_id)
        except StoreCRMError as exc:
            error_box(self, exc)
            return False
        self.reload()
        self.changed.emit(c.customer_id)
        return True

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

    def merge_into(self, target_id: int | None = None, target_name: str = "") -> bool:
        """Merge this (duplicate) customer into another one, which keeps everything."""
        c = self.customer
        if c is None:
            return False
        if target_id is None:
            picker = CustomerPickerDialog(
                self.context,
                self.tr("Merge into…"),
                self.tr(
                    "Find the customer that %1 is a duplicate of. That customer keeps the "
                    "timeline, tags, balance, points and visits of both."
                ).replace("%1", c.name),
                exclude_id=c.customer_id,
                parent=self,
            )
            if not picker.exec() or picker.chosen is None:
                return False
            target_id, target_name = picker.chosen.customer_id, picker.chosen.name
            answer = QMessageBox.question(
                self,
                self.tr("Merge customers"),
                self.tr(
                    "Merge %1 into %2?\n\nEverything of %1 moves to %2, and %1 is archived. "
                    "This cannot be undone."
                )
                .replace("%1", c.name)
                .replace("%2", target_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.context.call(customers.merge_customers, target_id, c.customer_id)
        except StoreCRMError as exc:
            error_box(self, exc)
            return False
        self.changed.emit(target_id)
        self.open_requested.emit(target_id)
        return True


KIND_COLORS = {
    "created": "#2563EB",
    "updated": "#9CA3AF",
    "archived": "#DC2626",
    "restored": "#16A34A",
    "merged": "#7C3AED",
    "note": "#0F766E",
    "sale": "#EA580C",
    "top_up": "#0284C7",
    "refund": "#BE123C",
    "withdrawal": "#B45309",
    "gift": "#DB2777",
    "tier": "#CA8A04",
}


class _TimelineItem(QWidget):
    """One timeline entry: a coloured dot on a line, the kind and time, then the text."""

    def __init__(self, entry: TimelineEntry, last: bool) -> None:
        super().__init__()
        self.kind = entry.kind
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        rail = QVBoxLayout()
        rail.setContentsMargins(0, 6, 0, 0)
        rail.setSpacing(0)
        dot = QLabel()
        dot.setFixedSize(10, 10)
        color = KIND_COLORS.get(entry.kind, "#6B7280")
        dot.setStyleSheet(f"background-color: {color}; border-radius: 5px;")
        rail.addWidget(dot, 0, Qt.AlignmentFlag.AlignHCenter)
        line = QFrame()
        line.setFixedWidth(10)
        if not last:  # a thin line down to the next entry
            line.setStyleSheet(
                "QFrame { border: none; border-left: 2px solid #D1D5DB; margin: 4px 0 0 4px; }"
            )
        rail.addWidget(line, 1)
        row.addLayout(rail)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 14)
        column.setSpacing(2)
        who = " · ".join(p for p in (datetime_text(entry.at), entry.username) if p)
        heading = f"<b>{_escape(timeline_kind_name(entry.kind))}</b>"
        if entry.amount_fen and entry.kind != "gift":  # a gift costs points, a session nothing
            heading += f"&nbsp;&nbsp;<b>{_escape(money(entry.amount_fen))}</b>"
        self.head = QLabel(
            f"{heading}&nbsp;&nbsp;<span style='color:#6B7280'>{_escape(who)}</span>"
        )
        self.head.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.head)
        body = timeline_text(entry.kind, entry.text)
        self.body = QLabel(body)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setVisible(bool(body))
        column.addWidget(self.body)
        row.addLayout(column, 1)

    def text(self) -> str:
        head = self.head.text()
        plain = QTextDocumentFragment.fromHtml(head).toPlainText()
        return f"{plain}\n{self.body.text()}" if not self.body.isHidden() else plain


class SetTierDialog(QDialog):
    """Put a member in a tier by hand (also a lower one), with a reason for the timeline."""

    def __init__(
        self,
        context: StoreContext,
        customer_id: int,
        current_tier_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.setWindowTitle(self.tr("Set the member's tier"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.tier_combo = QComboBox()
        self.tier_combo.addItem(self.tr("No tier"), None)
        for tier in context.call(membership.list_tiers, include_inactive=True):
            if tier.active or tier.tier_id == current_tier_id:
                self.tier_combo.addItem(
                    f"{tier.name} · {discount_text(tier.discount_permille)}", tier.tier_id
                )
        self.tier_combo.setCurrentIndex(max(0, self.tier_combo.findData(current_tier_id)))
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("e.g. an old member card from the paper book"))
        form.addRow(self.tr("&Tier"), self.tier_combo)
        form.addRow(self.tr("&Reason"), self.reason_edit)
        self.error = error_label()
        form.addRow(self.error)
        buttons, self.ok_button = ok_cancel_buttons(self, self.submit)
        form.addRow(buttons)

    @Slot()
    def submit(self) -> None:
        try:
            self.context.call(
                membership.set_member_tier,
                self.customer_id,
                self.tier_combo.currentData(),
                self.reason_edit.text(),
            )
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        store_bus().changed.emit("membership")
        self.accept()


def _amount(account: str, value: int, signed: bool = False) -> str:
    """A ledger figure: money for stored value, a count for points and sessions."""
    text = money(value) if account in ("principal", "bonus") else f"{value:,}"
    return f"+{text}" if signed and value > 0 else text


def _transparent(scroll: QScrollArea, inner: QWidget) -> None:
    """Let the card or tab behind a scroll area show through (QScrollArea fills its page)."""
    scroll.viewport().setAutoFillBackground(False)
    inner.setAutoFillBackground(False)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
