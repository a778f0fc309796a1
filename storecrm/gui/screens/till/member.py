"""The member side of the till: the look-up box (phone's last digits, name, pinyin, card
number), the walk-in button, and under them one of: the walk-in note, the member with their
balances before and after this sale, the search results, or "no member matches".

``MemberArea`` says which member the cashier chose (``member_chosen``); the dialog decides what
that means for the sale. Member-only offers (a coupon the member holds, a birthday promotion)
would be shown in ``MemberPanel`` beside the balances.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.customer import mask_phone
from storecrm.domain.errors import StoreCRMError
from storecrm.gui.format import date_text, money
from storecrm.gui.look import icon
from storecrm.gui.names import discount_text
from storecrm.gui.screens.member_dialogs import (
    BalanceRow,
    BalancesTable,
    caption,
    card,
    stored_value_rows,
)
from storecrm.gui.screens.till.keys import move_current, plain_enter
from storecrm.gui.widgets import badge, search_edit
from storecrm.services import customers
from storecrm.services.dto import CardBalance, CustomerHit, MemberBalances, MemberSummary
from storecrm.services.session import StoreContext

SEARCH_DELAY_MS = 150
MEMBER_AREA_HEIGHT = 236


class MemberPanel(QFrame):
    """Who the member is (name, masked phone, tier and discount) and their balances before and
    after this sale: stored value (principal and bonus apart), points, usable cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        who = QVBoxLayout()
        who.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.name_label = QLabel()
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        top.addWidget(self.name_label)
        self.tier_badge = badge("", "#CCFBF1", "#0F766E")
        top.addWidget(self.tier_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        who.addLayout(top)
        self.contact_label = caption("")
        who.addWidget(self.contact_label)
        self.visits_label = caption("")
        who.addWidget(self.visits_label)
        self.expiring_label = QLabel()
        self.expiring_label.setStyleSheet("QLabel { color: #B45309; }")
        who.addWidget(self.expiring_label)
        layout.addLayout(who)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("QFrame { color: #E5E7EB; }")
        layout.addWidget(line)
        self.brief = False  # the touch layout leaves the visits line out
        self.balances = BalancesTable()
        layout.addWidget(self.balances)
        layout.addStretch(1)

    def show_member(
        self,
        summary: MemberSummary,
        before: MemberBalances,
        after: MemberBalances | None,
    ) -> None:
        self.name_label.setText(summary.name)
        tier = summary.tier_name
        self.tier_badge.setVisible(bool(tier))
        self.tier_badge.setText(f"{tier} · {discount_text(summary.discount_permille)}")
        contact = [mask_phone(summary.phone)] if summary.phone else []
        if summary.card_no:
            contact.append(self.tr("Card %1").replace("%1", summary.card_no))
        self.contact_label.setText("  ·  ".join(contact) or self.tr("No phone or card"))
        visits = self.tr("%n visit(s)", "", summary.visit_count)
        if summary.last_visit_at is not None:
            visits += "  ·  " + self.tr("last %1").replace("%1", date_text(summary.last_visit_at))
        self.visits_label.setText(visits)
        self.visits_label.setVisible(not self.brief)
        self.expiring_label.setVisible(summary.points_expiring > 0)
        self.expiring_label.setText(
            self.tr("%n point(s) lapse on %1", "", summary.points_expiring).replace(
                "%1", date_text(summary.points_expire_on)
            )
        )
        self.set_balances(before, after)

    def set_balances(self, before: MemberBalances, after: MemberBalances | None) -> None:
        then = after or before
        rows = stored_value_rows(
            before.principal_fen, before.bonus_fen, then.principal_fen, then.bonus_fen
        )
        rows.append(
            BalanceRow(
                "points", self.tr("Points"), f"{before.points:,}", f"{then.points:,}", bold=True
            )
        )
        old = {c.card_id: c for c in before.cards}
        new = {c.card_id: c for c in then.cards if c.card_id}
        for c in before.cards:
            changed = new.get(c.card_id, c)
            if not c.usable and changed == c:
                continue
            rows.append(
                BalanceRow(
                    f"card:{c.card_id}", self._card_caption(c), self._left(c), self._left(changed)
                )
            )
        for n, c in enumerate(x for x in then.cards if not x.card_id or x.card_id not in old):
            rows.append(BalanceRow(f"new:{n}", self._card_caption(c), "—", self._left(c)))
        self.balances.set_rows(rows)

    def _card_caption(self, c: CardBalance) -> str:
        if c.expires_on is None:
            return c.name
        return f"{c.name}\n  " + self.tr("until %1").replace("%1", date_text(c.expires_on))

    def _left(self, c: CardBalance) -> str:
        if not c.usable:
            return {
                "used_up": self.tr("used up"),
                "expired": self.tr("expired"),
                "refunded": self.tr("refunded"),
            }.get(c.status, c.status)
        if c.sessions_left is None:
            return self.tr("unlimited")
        return self.tr("%1 left").replace("%1", str(c.sessions_left))


class MemberArea(QWidget):
    """The look-up box and the walk-in button over a stack of: the walk-in note, the member
    (``MemberPanel``, scrolling when long), the search results, and "no member matches"."""

    member_chosen = Signal(int)  # a customer id: Enter in the box, or a result activated
    walk_in_clicked = Signal()
    new_member_requested = Signal(str)  # what was typed and found nobody

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.showing_member = False
        self.heights = (MEMBER_AREA_HEIGHT, 300)  # the member's box: at least, at most
        self.row_height = 28
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self._build_search())
        self.stack = self._build_stack()
        layout.addWidget(self.stack)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_members)
        self.member_search.textEdited.connect(lambda _t: self._member_text_edited())

    def _build_search(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.member_search = search_edit(
            self.tr("Find a member (F2)"),
            self.tr(
                "The phone's last digits, the name, its pinyin or initials, or the card number "
                "(a card reader works too); Enter picks the first match (F2)"
            ),
        )
        self.member_search.installEventFilter(self)
        row.addWidget(self.member_search, 1)
        self.walk_in_button = QPushButton(icon("user"), self.tr("Walk-in"))
        self.walk_in_button.setCheckable(True)
        self.walk_in_button.setAutoDefault(False)
        self.walk_in_button.setToolTip(
            self.tr("Sell to a walk-in customer, without a member (Ctrl+W)")
        )
        self.walk_in_button.clicked.connect(lambda _c: self.walk_in_clicked.emit())
        row.addWidget(self.walk_in_button)
        return row

    def _build_stack(self) -> QStackedWidget:
        stack = QStackedWidget()
        stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        walk_in, walk_in_layout = card()
        self.walk_in_label = QLabel(self.tr("Walk-in customer"))
        font = QFont(self.walk_in_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.walk_in_label.setFont(font)
        walk_in_layout.addWidget(self.walk_in_label)
        walk_in_hint = caption(
            self.tr(
                "No member discount, points or stored value. To sell to a member, type the "
                "phone's last digits, the name, its pinyin or the card number above (F2)."
            )
        )
        walk_in_hint.setWordWrap(True)
        walk_in_layout.addWidget(walk_in_hint)
        walk_in_layout.addStretch(1)
        self.walk_in_page = walk_in
        stack.addWidget(walk_in)
        self.member_panel = MemberPanel()
        self.member_page = QScrollArea()
        self.member_page.setObjectName("Card")  # the card's border stays put while it scrolls
        self.member_page.setWidgetResizable(True)
        self.member_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.member_page.setWidget(self.member_panel)
        self.member_page.viewport().setAutoFillBackground(False)
        self.member_panel.setAutoFillBackground(False)
        stack.addWidget(self.member_page)
        self.hits = QTreeWidget()
        self.hits.setColumnCount(4)
        self.hits.setHeaderLabels(
            [self.tr("Name"), self.tr("Phone"), self.tr("Card no."), self.tr("Balance")]
        )
        self.hits.setRootIsDecorated(False)
        self.hits.setUniformRowHeights(True)
        self.hits.setAllColumnsShowFocus(True)
        self.hits.setColumnWidth(0, 84)
        self.hits.setColumnWidth(1, 112)
        self.hits.setColumnWidth(2, 74)
        self.hits.itemActivated.connect(self._hit_activated)
        self.hits.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        stack.addWidget(self.hits)
        self.no_hits_page = QWidget()
        nobody = QVBoxLayout(self.no_hits_page)
        nobody.setContentsMargins(0, 8, 0, 0)
        nobody.setSpacing(10)
        self.no_hits = QLabel()
        self.no_hits.setObjectName("PlaceholderText")
        self.no_hits.setWordWrap(True)
        nobody.addWidget(self.no_hits)
        self.new_member_button = QPushButton(icon("add"), self.tr("&New member…"))
        self.new_member_button.setAutoDefault(False)
        self.new_member_button.setToolTip(
            self.tr("Make a member of this phone or card, without leaving the till (Enter)")
        )
        self.new_member_button.clicked.connect(
            lambda: self.new_member_requested.emit(self.member_search.text().strip())
        )
        nobody.addWidget(self.new_member_button, 0, Qt.AlignmentFlag.AlignLeft)
        nobody.addStretch(1)
        stack.addWidget(self.no_hits_page)
        stack.setFixedHeight(MEMBER_AREA_HEIGHT)
        return stack

    # -- keys -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            watched is self.member_search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                move_current(self.hits, 1 if key == Qt.Key.Key_Down else -1)
                return True
            if plain_enter(event):
                self.choose_from_search()
                return True
            if key == Qt.Key.Key_Escape and self.member_search.text():
                self.member_search.clear()
                self._member_text_edited()
                return True
        return super().eventFilter(watched, event)

    # -- searching ------------------------------------------------------------------------------
    def _member_text_edited(self) -> None:
        if self.member_search.text().strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.hits.clear()
            self.show_page()

    @Slot()
    def search_members(self, show: bool = True) -> None:
        self._search_timer.stop()
        text = self.member_search.text().strip()
        self.hits.clear()
        if not text:
            self.show_page()
            return
        try:
            found: list[CustomerHit] = self.context.call(customers.search_customers, text)
        except StoreCRMError as exc:
            self._show_no_hits(messages.error_text(exc))
            return
        for hit in found:
            entry = QTreeWidgetItem(
                [
                    hit.name,
                    hit.phone or "",
                    hit.card_no or "",
                    money(hit.balance_fen),
                ]
            )
            entry.setData(0, Qt.ItemDataRole.UserRole, hit.customer_id)
            entry.setSizeHint(0, QSize(0, self.row_height))
            entry.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            entry.setToolTip(0, self.tr("%n point(s)", "", hit.points))
            self.hits.addTopLevelItem(entry)
        first = self.hits.topLevelItem(0)
        if first is None:
            self._show_no_hits(self.tr("No member matches “%1”.").replace("%1", text), True)
            return
        self.hits.setCurrentItem(first)
        if show:
            self.stack.setCurrentWidget(self.hits)

    def _show_no_hits(self, text: str, can_add: bool = False) -> None:
        self.no_hits.setText(text)
        self.new_member_button.setVisible(can_add)
        self.stack.setCurrentWidget(self.no_hits_page)

    def choose_from_search(self) -> None:
        """Enter in the box: the highlighted result (searching first if the typing has not
        been searched yet)."""
        if (
            self.stack.currentWidget() is self.no_hits_page
            and self.new_member_button.isVisible()
            and not self._search_timer.isActive()
        ):
            # Enter again on "no member matches": make one of what was typed.
            self.new_member_requested.emit(self.member_search.text().strip())
            return
        if self._search_timer.isActive() or (
            self.member_search.text().strip() and self.stack.currentWidget() is not self.hits
        ):
            # Not searched yet (a card reader types the number and Enter at once): the first
            # match is chosen without showing the list first, so the member comes up sooner.
            self.search_members(show=False)
            if self.stack.currentWidget() is self.no_hits_page:
                return
            item = self.hits.currentItem()
            if item is not None:
                self.member_chosen.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))
            return
        item = self.hits.currentItem()
        if item is not None and self.stack.currentWidget() is self.hits:
            self.member_chosen.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _hit_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.member_chosen.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def clear_search(self) -> None:
        self.member_search.clear()
        self.hits.clear()
        self._search_timer.stop()

    def focus_search(self) -> None:
        self.member_search.setFocus()
        self.member_search.selectAll()

    # -- what is shown --------------------------------------------------------------------------
    def set_member(self, member: bool) -> None:
        """A member (their panel) or a walk-in (the note) from now on; shown at once."""
        self.showing_member = member
        self.walk_in_button.setChecked(not member)
        self.show_page()

    def show_page(self) -> None:
        self.stack.setCurrentWidget(self.member_page if self.showing_member else self.walk_in_page)

    def show_member(
        self, summary: MemberSummary, before: MemberBalances, after: MemberBalances | None
    ) -> None:
        self.member_panel.show_member(summary, before, after)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for the member's balances and cards (the search results scroll)."""
        if not self.showing_member:
            return
        # The rows were just rebuilt: drop the size hints the layouts cached before.
        self.member_panel.balances.grid.invalidate()
        self.member_panel.balances.updateGeometry()
        layout = self.member_panel.layout()
        assert layout is not None
        layout.invalidate()
        wanted = self.member_panel.sizeHint().height() + 2 * self.member_page.frameWidth()
        low, high = self.heights
        self.stack.setFixedHeight(max(low, min(wanted, high)))

    def set_heights(self, low: int, high: int) -> None:
        """How tall the member's box is at least and at most (the touch layout's is lower)."""
        self.heights = (low, high)
        self.stack.setFixedHeight(low)

    def set_row_height(self, height: int) -> None:
        """The search results' rows (a finger's height on a touch screen)."""
        self.row_height = height

    def set_brief(self, brief: bool) -> None:
        """The touch layout's short box: the balances before the visits line (the profile
        has it)."""
        self.member_panel.brief = brief
