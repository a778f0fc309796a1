"""The till (收银): one sale from look-up to payment, with the keyboard.

A regular member's usual purchase: type the phone's last digits (or pinyin, or swipe the card)
and Enter, Alt+1 for the usual item, F9 to pay by stored value, Ctrl+Enter to record.

Every change is priced live by ``sales.quote_sale`` (fast, on the GUI thread) and the quote is
what the screen shows: lines with the tier discount, totals, what is still due, the change, and
the member's balances before and after. After Ctrl+Enter the dialog stays open on the recorded
sale (change to hand back, balances after, Print receipt); "Next sale" (Ctrl+N) clears it for the
next customer, Esc closes it.

Shortcuts: F2 member search · Ctrl+W walk-in (drops the member) · F3 item search (Enter adds the
highlighted item; a number such as 88 or 88.5 adds a free amount) · Alt+1…Alt+5 usual items ·
Ctrl+K use a session card · Ctrl+D sell a card · Ctrl+= / Ctrl+- quantity (+ / - in the list) ·
Delete (in the list) or Ctrl+Del remove the line or payment · F5 cash · F6 WeChat · F7 Alipay ·
F8 bank card · F9 stored value · F10 points · Ctrl+Enter complete · Ctrl+P print · Ctrl+N next ·
Esc close (asks before discarding a sale that is not recorded).
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.customer import mask_phone, pinyin_keys
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.membership import PaymentMethod, amount_for_points
from storecrm.gui.bus import store_bus
from storecrm.gui.format import date_text, money, parse_yuan, yuan_text
from storecrm.gui.look import icon, set_property
from storecrm.gui.names import discount_text, method_name
from storecrm.gui.screens.member_dialogs import (
    BalanceRow,
    BalancesTable,
    caption,
    card,
    staff_combo,
    stored_value_rows,
)
from storecrm.gui.widgets import FlowLayout, badge, error_label, search_edit, show_error
from storecrm.services import catalogue, customers, membership, sales, settings
from storecrm.services.dto import (
    CardBalance,
    CardPlanInfo,
    CustomerHit,
    ItemInfo,
    LineDraft,
    MemberBalances,
    MemberSummary,
    PaymentDraft,
    QuotedLine,
    SaleDraft,
    SaleInfo,
    SaleQuote,
)
from storecrm.services.session import StoreContext

SEARCH_DELAY_MS = 150
MEMBER_AREA_HEIGHT = 236
SIDE_WIDTH = 372
ITEMS_WIDTH = 296
USUAL_SLOTS = 5
PAYMENT_KEYS = (
    (PaymentMethod.CASH, "F5"),
    (PaymentMethod.WECHAT, "F6"),
    (PaymentMethod.ALIPAY, "F7"),
    (PaymentMethod.BANK_CARD, "F8"),
    (PaymentMethod.STORED_VALUE, "F9"),
    (PaymentMethod.POINTS, "F10"),
)
_AMOUNT_AND_NOTE = re.compile(r"\s*([0-9０-９.,．¥￥]+)\s*(.*)")

Index = QModelIndex | QPersistentModelIndex


def _shortcut_text(keys: Sequence[str]) -> str:
    return QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)


def _portable(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.PortableText)


def _tip(text: str, keys: Sequence[str]) -> str:
    return f"{text} ({_shortcut_text(keys)})" if keys else text


# -- the lines ------------------------------------------------------------------------------------
@dataclass
class SaleLine:
    """A line as the cashier entered it, and the quote's pricing of it (None: it has a
    problem, shown under the totals)."""

    draft: LineDraft
    label: str  # what to show before the quote has priced it
    quoted: QuotedLine | None = None


def _same_line(draft: LineDraft, quoted: QuotedLine) -> bool:
    if draft.kind != quoted.kind or draft.qty != quoted.qty:
        return False
    if draft.kind == "item":
        return draft.item_id == quoted.item_id
    if draft.kind == "card":
        return draft.plan_id == quoted.plan_id
    if draft.kind == "session":
        return draft.card_id == quoted.card_id
    return draft.unit_fen == quoted.unit_fen


def match_quoted(
    lines: Sequence[SaleLine], quoted: Sequence[QuotedLine]
) -> list[QuotedLine | None]:
    """Pair the quote's lines with the entered ones. The quote leaves out a line it could not
    price (its problem is listed instead), so the pairing walks both in order."""
    result: list[QuotedLine | None] = []
    j = 0
    for line in lines:
        if j < len(quoted) and _same_line(line.draft, quoted[j]):
            result.append(quoted[j])
            j += 1
        else:
            result.append(None)
    return result


class SaleLinesModel(QAbstractTableModel):
    """The lines of the sale being entered: description, quantity, unit price, discount,
    amount. The quantity is editable (a double-click, or typing a digit in the list)."""

    DESCRIPTION, QTY, UNIT, DISCOUNT, AMOUNT = range(5)
    qty_edited = Signal(int, int)  # row, new quantity

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[SaleLine] = []
        self._headers = (
            self.tr("Item"),
            self.tr("Qty"),
            self.tr("Unit price"),
            self.tr("Discount"),
            self.tr("Amount"),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != self.DESCRIPTION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.QTY:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        quoted = line.quoted
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DESCRIPTION:
                return (quoted.description if quoted else "") or line.label
            if column == self.QTY:
                return str(line.draft.qty)
            if quoted is None:
                return "—" if column == self.AMOUNT else ""
            if column == self.UNIT:
                return money(quoted.unit_fen)
            if column == self.DISCOUNT:
                if line.draft.kind == "session":
                    return self.tr("card")
                return money(-quoted.discount_fen) if quoted.discount_fen else ""
            if column == self.AMOUNT:
                return money(quoted.amount_fen)
        if role == Qt.ItemDataRole.EditRole and column == self.QTY:
            return line.draft.qty
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.DESCRIPTION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and quoted is None:
            return QColor("#DC2626")
        if role == Qt.ItemDataRole.ToolTipRole:
            if quoted is None:
                return self.tr("This line has a problem; see under the totals.")
            if column == self.DESCRIPTION:
                return quoted.description or line.label
        return None

    def setData(  # noqa: N802 - Qt API
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.QTY:
            return False
        try:
            qty = int(value)
        except (TypeError, ValueError):
            return False
        qty = max(1, min(qty, 9999))
        self.qty_edited.emit(index.row(), qty)
        return True

    # -- changes from the dialog --
    def append(self, line: SaleLine) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.lines[row]
        self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.lines = []
        self.endResetModel()

    def set_quoted(self, quoted: Sequence[QuotedLine | None]) -> None:
        for line, q in zip(self.lines, quoted, strict=True):
            line.quoted = q
        if self.lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.lines) - 1, self.columnCount() - 1)
            )

    def set_draft(self, row: int, draft: LineDraft) -> None:
        self.lines[row].draft = draft
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class LinesView(QTableView):
    """The lines list: + and - change the quantity, Delete removes, a digit edits the quantity."""

    step = Signal(int)
    remove_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.step.emit(1)
            return
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.step.emit(-1)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_pressed.emit()
            return
        if event.text().isdigit() and self.currentIndex().isValid():
            self.setCurrentIndex(self.model().index(self.currentIndex().row(), SaleLinesModel.QTY))
        super().keyPressEvent(event)


# -- payments -------------------------------------------------------------------------------------
class PaymentRow(QWidget):
    """One payment of a split: the method, its amount (editable, yuan) and a remove button."""

    changed = Signal()
    remove_requested = Signal(object)
    done_editing = Signal()

    def __init__(self, method: str, amount_fen: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method = method
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.label = QLabel(method_name(method))
        self.label.setMinimumWidth(96)
        self.amount_edit = QLineEdit(yuan_text(amount_fen))
        self.amount_edit.setMaxLength(14)
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount_edit.setMaximumWidth(140)
        self.amount_edit.setAccessibleName(method_name(method))
        self.amount_edit.setToolTip(self.tr("Amount in yuan; Enter goes back to the items"))
        self.label.setBuddy(self.amount_edit)
        self.remove_button = QToolButton()
        self.remove_button.setIcon(icon("close"))
        self.remove_button.setToolTip(self.tr("Remove this payment (Ctrl+Del)"))
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.points_label = caption("")
        layout.addWidget(self.label)
        layout.addWidget(self.amount_edit)
        layout.addWidget(self.points_label)
        layout.addStretch(1)
        layout.addWidget(self.remove_button)
        self.amount_edit.textEdited.connect(lambda _t: self._edited())
        self.amount_edit.editingFinished.connect(self._tidy)
        self.amount_edit.installEventFilter(self)

    def amount(self) -> int | None:
        return parse_yuan(self.amount_edit.text())

    def set_amount(self, fen: int) -> None:
        self.amount_edit.setText(yuan_text(fen))
        self._mark()

    def _tidy(self) -> None:
        """100 → 100.00 once the cashier moves on."""
        fen = self.amount()
        if fen is not None and self.amount_edit.text() != yuan_text(fen):
            self.amount_edit.setText(yuan_text(fen))

    def _edited(self) -> None:
        self._mark()
        self.changed.emit()

    def _mark(self) -> None:
        bad = self.amount() is None
        if bool(self.amount_edit.property("error")) != bad:
            set_property(self.amount_edit, "error", bad)

    def focus_amount(self) -> None:
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.amount_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self.done_editing.emit()
                return True
        return super().eventFilter(watched, event)


# -- the member panel -----------------------------------------------------------------------------
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
        visits = self.tr("%1 visit(s)").replace("%1", str(summary.visit_count))
        if summary.last_visit_at is not None:
            visits += "  ·  " + self.tr("last %1").replace("%1", date_text(summary.last_visit_at))
        self.visits_label.setText(visits)
        self.expiring_label.setVisible(summary.points_expiring > 0)
        self.expiring_label.setText(
            self.tr("%1 points lapse on %2")
            .replace("%1", f"{summary.points_expiring:,}")
            .replace("%2", date_text(summary.points_expire_on))
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


# -- the dialog -----------------------------------------------------------------------------------
class SaleDialog(QDialog):
    """The till. ``recorded`` is the last sale recorded here; ``sale_recorded`` says so."""

    sale_recorded = Signal(object)

    def __init__(
        self,
        context: StoreContext,
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.recorded: SaleInfo | None = None
        self.recorded_cash_fen = 0  # the cash handed over for the recorded sale (before change)
        self.history: list[SaleInfo] = []
        self.finished_sale = False
        self.quote: SaleQuote | None = None
        self.member: MemberSummary | None = None
        self.payment_rows: list[PaymentRow] = []
        self.card_menu: QMenu | None = None
        self.discard_box: QMessageBox | None = None
        self.items: list[ItemInfo] = context.call(catalogue.list_items)
        self.plans: list[CardPlanInfo] = context.call(catalogue.list_card_plans)
        self.rules = context.call(membership.get_rules)
        self.store_name = context.call(settings.get_settings).store_name
        self._keys = {i.item_id: pinyin_keys(i.name) for i in self.items}
        self._actions: list[QAction] = []
        self._overridden: set[str] = set()
        self.can_print = importlib.util.find_spec("storecrm.gui.printing") is not None

        self.setWindowTitle(self.tr("New sale"))
        self.setMinimumSize(1180, 660)
        self.resize(1280, 760)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 12)
        outer.setSpacing(10)
        main = QHBoxLayout()
        main.setSpacing(16)
        work = QVBoxLayout()
        work.setSpacing(12)
        self.entry_box = self._build_entry()
        work.addWidget(self.entry_box, 1)
        self.payment_box = self._build_payments()
        work.addWidget(self.payment_box)
        main.addLayout(work, 1)
        side = QVBoxLayout()
        side.setSpacing(10)
        side.addLayout(self._build_customer())
        self.member_stack = self._build_member_area()
        side.addWidget(self.member_stack)
        side.addWidget(self._build_totals(), 1)
        side_box = QWidget()
        side_box.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        side_box.setFixedWidth(SIDE_WIDTH)
        main.addWidget(side_box)
        outer.addLayout(main, 1)
        outer.addLayout(self._build_buttons())
        self._build_actions()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_members)
        self.member_search.textEdited.connect(lambda _t: self._member_text_edited())
        self._filter_items()
        self._set_tab_order()
        if customer_id is not None:
            self.pick_member(customer_id)
        else:
            self._show_walk_in()
            self.requote()
            self.member_search.setFocus()

    # -- building -------------------------------------------------------------------------------
    def _build_customer(self) -> QHBoxLayout:
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
        self.walk_in_button.clicked.connect(lambda _c: self.toggle_walk_in())
        row.addWidget(self.walk_in_button)
        return row

    def _build_member_area(self) -> QStackedWidget:
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
        self.no_hits = QLabel()
        self.no_hits.setObjectName("PlaceholderText")
        stack.addWidget(self.no_hits)
        stack.setFixedHeight(MEMBER_AREA_HEIGHT)
        return stack

    def _build_entry(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)

        left = QVBoxLayout()
        left.setSpacing(8)
        self.usual_caption = caption(self.tr("Usual items (Alt+1…Alt+5)"))
        left.addWidget(self.usual_caption)
        # Wraps onto a second line rather than squeezing long item names.
        usual_box = QWidget()
        self.usual_row = FlowLayout(usual_box, spacing=6)
        self.usual_row.setContentsMargins(0, 0, 0, 0)
        self.usual_buttons: list[QPushButton] = []
        for n in range(USUAL_SLOTS):
            button = QPushButton()
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setStyleSheet("QPushButton { padding: 5px 10px; min-width: 0px; }")
            button.clicked.connect(lambda _c=False, n=n: self.add_usual(n))
            button.hide()
            self.usual_row.addWidget(button)
            self.usual_buttons.append(button)
        left.addWidget(usual_box)
        self.item_search = QLineEdit()
        self.item_search.setObjectName("SearchBox")
        self.item_search.setPlaceholderText(self.tr("Item, pinyin or amount (F3)"))
        self.item_search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.item_search.setToolTip(
            self.tr(
                "Enter adds the highlighted item; a number such as 88 or 88.5 adds that amount (F3)"
            )
        )
        self.item_search.installEventFilter(self)
        self.item_search.textChanged.connect(lambda _t: self._filter_items())
        left.addWidget(self.item_search)
        self.item_hint = caption("")
        left.addWidget(self.item_hint)
        self.item_list = QTreeWidget()
        self.item_list.setColumnCount(2)
        self.item_list.setHeaderLabels([self.tr("Item or service"), self.tr("Price")])
        self.item_list.setRootIsDecorated(False)
        self.item_list.setUniformRowHeights(True)
        self.item_list.setAllColumnsShowFocus(True)
        self.item_list.header().setStretchLastSection(False)
        self.item_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.item_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for info in self.items:
            entry = QTreeWidgetItem([info.name, money(info.price_fen)])
            entry.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            entry.setData(0, Qt.ItemDataRole.UserRole, info.item_id)
            entry.setSizeHint(0, QSize(0, 28))
            if info.category:
                entry.setToolTip(0, info.category)
            self.item_list.addTopLevelItem(entry)
        self.item_list.itemActivated.connect(self._item_activated)
        left.addWidget(self.item_list, 1)
        cards = QHBoxLayout()
        cards.setSpacing(6)
        self.use_card_button = QPushButton(icon("ticket"), self.tr("Use card"))
        self.sell_card_button = QPushButton(icon("wallet"), self.tr("Sell card"))
        for button in (self.use_card_button, self.sell_card_button):
            button.setAutoDefault(False)
            cards.addWidget(button)
        cards.addStretch(1)
        self.use_card_button.clicked.connect(lambda: self.use_card())
        self.sell_card_button.clicked.connect(lambda: self.sell_card())
        left.addLayout(cards)
        left_box = QWidget()
        left_box.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        left_box.setFixedWidth(ITEMS_WIDTH)
        row.addWidget(left_box)

        right = QVBoxLayout()
        right.setSpacing(8)
        self.model = SaleLinesModel(self)
        self.model.qty_edited.connect(self._qty_edited)
        self.lines_view = LinesView()
        self.lines_view.setModel(self.model)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.lines_view.setAlternatingRowColors(True)
        self.lines_view.verticalHeader().hide()
        self.lines_view.verticalHeader().setDefaultSectionSize(32)
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(SaleLinesModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (
            SaleLinesModel.QTY,
            SaleLinesModel.UNIT,
            SaleLinesModel.DISCOUNT,
            SaleLinesModel.AMOUNT,
        ):  # as wide as their figures, the item's name takes the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(48)
        self.lines_view.step.connect(self.change_qty)
        self.lines_view.remove_pressed.connect(self.remove_line)
        right.addWidget(self.lines_view, 1)
        tools = QHBoxLayout()
        tools.setSpacing(6)
        self.minus_button = QPushButton("−")
        self.plus_button = QPushButton("+")
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"))
        for button in (self.minus_button, self.plus_button, self.remove_button):
            button.setAutoDefault(False)
            tools.addWidget(button)
        for button in (self.minus_button, self.plus_button):
            button.setStyleSheet("QPushButton { min-width: 36px; padding: 5px 8px; }")
        self.minus_button.clicked.connect(lambda: self.change_qty(-1))
        self.plus_button.clicked.connect(lambda: self.change_qty(1))
        self.remove_button.clicked.connect(lambda: self.remove_line())
        tools.addStretch(1)
        self.lines_count = caption("")
        tools.addWidget(self.lines_count)
        right.addLayout(tools)
        row.addLayout(right, 1)
        return box

    def _build_payments(self) -> QWidget:
        box, layout = card()
        layout.setSpacing(8)
        layout.addWidget(caption(self.tr("Payment")))
        methods = QHBoxLayout()
        methods.setSpacing(6)
        self.method_buttons: dict[str, QPushButton] = {}
        for method, key in PAYMENT_KEYS:
            button = QPushButton(f"{key} {method_name(method.value)}")
            button.setAutoDefault(False)
            button.setStyleSheet("QPushButton { padding: 6px 10px; min-width: 0px; }")
            button.clicked.connect(lambda _c=False, m=method.value: self.pay(m))
            methods.addWidget(button)
            self.method_buttons[method.value] = button
        methods.addStretch(1)
        self.method_buttons[PaymentMethod.POINTS.value].setVisible(
            self.rules.points_per_yuan_off > 0
        )
        layout.addLayout(methods)
        self.payments_layout = QVBoxLayout()
        self.payments_layout.setSpacing(4)
        self.no_payment = caption(
            self.tr("Press a method (F5–F10) to pay what is due; press two to split.")
        )
        self.payments_layout.addWidget(self.no_payment)
        layout.addLayout(self.payments_layout)
        layout.addStretch(1)
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        self.staff_combo = staff_combo(self.context)
        self.staff_combo.setMinimumWidth(150)
        self.staff_combo.currentIndexChanged.connect(lambda _i: self.requote())
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(self.tr("Note on the receipt (optional)"))
        self.note_edit.installEventFilter(self)
        staff_label = QLabel(self.tr("Ser&ved by"))
        staff_label.setBuddy(self.staff_combo)
        note_label = QLabel(self.tr("N&ote"))
        note_label.setBuddy(self.note_edit)
        form.addWidget(staff_label, 0, 0)
        form.addWidget(self.staff_combo, 0, 1)
        form.addWidget(note_label, 0, 2)
        form.addWidget(self.note_edit, 0, 3)
        form.setColumnStretch(3, 1)
        layout.addLayout(form)
        return box

    def _build_totals(self) -> QWidget:
        box, layout = card()
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        self.totals: dict[str, QLabel] = {}
        self.total_captions: dict[str, QLabel] = {}
        rows = (
            ("total", self.tr("Total")),
            ("list", self.tr("Before discount")),
            ("discount", self.tr("Discount")),
            ("paid", self.tr("Paid")),
            ("due", self.tr("Still due")),
            ("change", self.tr("Change")),
            ("points", self.tr("Points")),
        )
        for row, (key, text) in enumerate(rows):
            name = caption(text)
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.totals[key] = value
            self.total_captions[key] = name
        big = QFont(self.totals["total"].font())
        big.setPointSizeF(big.pointSizeF() * 1.9)
        big.setWeight(QFont.Weight.Bold)
        self.totals["total"].setFont(big)
        self.totals["total"].setStyleSheet("QLabel { color: #0F766E; }")
        self.total_captions["total"].setStyleSheet("QLabel { font-weight: 600; }")
        change_font = QFont(self.totals["change"].font())
        change_font.setPointSizeF(change_font.pointSizeF() * 1.3)
        change_font.setWeight(QFont.Weight.DemiBold)
        self.totals["change"].setFont(change_font)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.problems = error_label()
        layout.addWidget(self.problems)
        layout.addStretch(1)
        box.setMinimumWidth(320)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.done_label = QLabel()
        self.done_label.setStyleSheet(
            "QLabel { color: #0F766E; font-weight: 600; font-size: 12.5pt; }"
        )
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        row.addWidget(self.done_label, 1)
        row.addStretch(0)
        self.print_button = QPushButton(icon("print"), self.tr("&Print receipt"))
        self.print_button.setToolTip(self.tr("Print the receipt (Ctrl+P)"))
        self.next_button = QPushButton(self.tr("&Next sale"))
        self.next_button.setToolTip(self.tr("Clear the till for the next customer (Ctrl+N)"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the till (Esc)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Discard this sale (Esc)"))
        self.complete_button = QPushButton(icon("check-active"), self.tr("Complete sale"))
        self.complete_button.setToolTip(self.tr("Record the sale (Ctrl+Enter)"))
        set_property(self.complete_button, "primary", True)
        self.complete_button.setDefault(True)
        for button in (
            self.print_button,
            self.next_button,
            self.close_button,
            self.cancel_button,
            self.complete_button,
        ):
            button.setAutoDefault(False)
            row.addWidget(button)
        self.complete_button.setDefault(True)
        self.complete_button.setMinimumWidth(150)
        self.print_button.clicked.connect(lambda: self.print_receipt())
        self.next_button.clicked.connect(lambda: self.next_sale())
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self.reject)
        self.complete_button.clicked.connect(lambda: self.complete())
        for button in (self.print_button, self.next_button, self.close_button):
            button.hide()
        return row

    def _action(
        self,
        keys: Sequence[str],
        slot: Callable[[], object],
        button: QAbstractButton | None = None,
        text: str = "",
    ) -> QAction:
        action = QAction(text or (button.text() if button is not None else ""), self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _c=False: slot())
        self.addAction(action)
        self._actions.append(action)
        for k in keys:
            self._overridden.add(_portable(QKeySequence(k)))
        if button is not None:
            tip = button.toolTip() or button.text()
            if _shortcut_text(keys) not in tip:
                button.setToolTip(_tip(tip, keys))
        return action

    def _build_actions(self) -> None:
        self._action(["F2"], self.focus_member_search)
        self._action(["F3"], self.focus_item_search)
        self._action(["Ctrl+W"], self.toggle_walk_in, self.walk_in_button)
        for n in range(USUAL_SLOTS):
            self._action([f"Alt+{n + 1}"], partial(self.add_usual, n))
        self._action(["Ctrl+K"], self.use_card, self.use_card_button)
        self.use_card_button.setToolTip(
            self.tr("Use a session card of the member for this service (Ctrl+K)")
        )
        self._action(["Ctrl+D"], self.sell_card, self.sell_card_button)
        self.sell_card_button.setToolTip(self.tr("Sell a session or period card (Ctrl+D)"))
        self.plus_button.setToolTip(
            self.tr("One more of the selected line (+ in the list, Ctrl+=)")
        )
        self.minus_button.setToolTip(
            self.tr("One less of the selected line (- in the list, Ctrl+-)")
        )
        self.remove_button.setToolTip(
            self.tr("Remove the selected line (Delete in the list, Ctrl+Del)")
        )
        self._action(["Ctrl+=", "Ctrl++"], lambda: self.change_qty(1))
        self._action(["Ctrl+-"], lambda: self.change_qty(-1))
        self._action(["Ctrl+Del"], self.remove_focused)
        for method, key in PAYMENT_KEYS:
            button = self.method_buttons[method.value]
            button.setToolTip(
                self.tr("Pay by %1 (%2)")
                .replace("%1", method_name(method.value))
                .replace("%2", key)
            )
            self._action([key], partial(self.pay, method.value))
        self._action(["Ctrl+Return", "Ctrl+Enter"], self.complete)
        self._action(["Ctrl+P"], self.print_receipt)
        self._action(["Ctrl+N"], self.next_sale)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.member_search,
            self.walk_in_button,
            self.item_search,
            self.item_list,
            self.use_card_button,
            self.sell_card_button,
            self.lines_view,
            self.minus_button,
            self.plus_button,
            self.remove_button,
            *self.method_buttons.values(),
            self.staff_combo,
            self.note_edit,
            self.cancel_button,
            self.complete_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- keys -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        # A line edit would take Ctrl+K, Ctrl+D (X11 key bindings) or Ctrl+Del for itself; the
        # till's shortcuts come first.
        if (
            kind == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _portable(QKeySequence(event.keyCombination())) in self._overridden
        ):
            return True
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if watched is self.member_search:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(self.hits, 1 if key == Qt.Key.Key_Down else -1)
                return True
            if enter and plain:
                self.choose_member_from_search()
                return True
            if key == Qt.Key.Key_Escape and self.member_search.text():
                self.member_search.clear()
                self._member_text_edited()
                return True
        elif watched is self.item_search:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(self.item_list, 1 if key == Qt.Key.Key_Down else -1)
                return True
            if enter and plain:
                self.add_from_search()
                return True
            if key == Qt.Key.Key_Escape and self.item_search.text():
                self.item_search.clear()
                return True
        elif watched is self.note_edit and enter and plain:
            self.focus_item_search()
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _move(tree: QTreeWidget, step: int) -> None:
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        visible = [item for item in items if item is not None and not item.isHidden()]
        if not visible:
            return
        current = tree.currentItem()
        position = visible.index(current) if current in visible else -1
        target = visible[max(0, min(len(visible) - 1, position + step))]
        tree.setCurrentItem(target)
        tree.scrollToItem(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # A plain Enter never records a sale by accident (Ctrl+Enter does); on a focused
            # button it presses that button.
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and focused.isEnabled():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the member -----------------------------------------------------------------------------
    def _member_text_edited(self) -> None:
        if self.member_search.text().strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.hits.clear()
            self._show_member_page()

    @Slot()
    def search_members(self) -> None:
        self._search_timer.stop()
        text = self.member_search.text().strip()
        self.hits.clear()
        if not text:
            self._show_member_page()
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
            entry.setSizeHint(0, QSize(0, 28))
            entry.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            entry.setToolTip(0, self.tr("%1 points").replace("%1", f"{hit.points:,}"))
            self.hits.addTopLevelItem(entry)
        first = self.hits.topLevelItem(0)
        if first is None:
            self._show_no_hits(self.tr("No member matches “%1”.").replace("%1", text))
            return
        self.hits.setCurrentItem(first)
        self.member_stack.setCurrentWidget(self.hits)

    def _fit_member_area(self) -> None:
        """Tall enough for the member's balances and cards (the search results scroll)."""
        if self.member is None:
            return
        # The rows were just rebuilt: drop the size hints the layouts cached before.
        self.member_panel.balances.grid.invalidate()
        self.member_panel.balances.updateGeometry()
        layout = self.member_panel.layout()
        assert layout is not None
        layout.invalidate()
        wanted = self.member_panel.sizeHint().height() + 2 * self.member_page.frameWidth()
        self.member_stack.setFixedHeight(max(MEMBER_AREA_HEIGHT, min(wanted, 300)))

    def _show_no_hits(self, text: str) -> None:
        self.no_hits.setText(text)
        self.member_stack.setCurrentWidget(self.no_hits)

    def choose_member_from_search(self) -> None:
        if self._search_timer.isActive() or (
            self.member_search.text().strip() and self.member_stack.currentWidget() is not self.hits
        ):
            self.search_members()
        item = self.hits.currentItem()
        if item is not None and self.member_stack.currentWidget() is self.hits:
            self.pick_member(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _hit_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.pick_member(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def pick_member(self, customer_id: int) -> bool:
        """Sell to this member: their discount, balances, cards and usual items."""
        if self.finished_sale:
            return False
        try:
            summary = self.context.call(membership.member_summary, customer_id)
        except StoreCRMError as exc:
            self._flash(messages.error_text(exc))
            return False
        if self.member is None or self.member.customer_id != customer_id:
            self._drop_session_lines()
        self.member = summary
        self.member_search.clear()
        self.hits.clear()
        self._search_timer.stop()
        self.walk_in_button.setChecked(False)
        self._fill_usual()
        self._show_member_page()
        self.requote()
        self.focus_item_search()
        return True

    def toggle_walk_in(self) -> None:
        """Ctrl+W: drop the member (a walk-in sale); when already walk-in, look a member up."""
        if self.finished_sale:
            return
        if self.member is not None:
            self._drop_session_lines()
            self.member = None
            self._show_walk_in()
            self.requote()
            self.focus_item_search()
        else:
            self.walk_in_button.setChecked(True)
            self.focus_member_search()

    def _show_walk_in(self) -> None:
        self.member = None
        self.walk_in_button.setChecked(True)
        self._fill_usual()
        self._show_member_page()

    def _show_member_page(self) -> None:
        if self.member is None:
            self.member_stack.setCurrentWidget(self.walk_in_page)
        else:
            self.member_stack.setCurrentWidget(self.member_page)
        member = self.member is not None
        for method in (PaymentMethod.STORED_VALUE.value, PaymentMethod.POINTS.value):
            self.method_buttons[method].setEnabled(member)
        self.use_card_button.setEnabled(member)
        self.sell_card_button.setEnabled(member and bool(self.plans))

    def _fill_usual(self) -> None:
        usual = list(self.member.usual_items[:USUAL_SLOTS]) if self.member else []
        for n, button in enumerate(self.usual_buttons):
            if n < len(usual):
                info = usual[n]
                button.setText(f"{n + 1}  {info.name}")
                button.setToolTip(
                    self.tr("Add %1, %2 (Alt+%3)")
                    .replace("%1", info.name)
                    .replace("%2", money(info.price_fen))
                    .replace("%3", str(n + 1))
                )
                button.show()
            else:
                button.hide()
        self.usual_caption.setVisible(bool(usual))

    def focus_member_search(self) -> None:
        if self.finished_sale:
            return
        self.member_search.setFocus()
        self.member_search.selectAll()

    def focus_item_search(self) -> None:
        if self.finished_sale:
            return
        self.item_search.setFocus()
        self.item_search.selectAll()

    # -- items and lines ------------------------------------------------------------------------
    def _item(self, item_id: int) -> ItemInfo | None:
        return next((i for i in self.items if i.item_id == item_id), None)

    def _matches(self, info: ItemInfo, text: str) -> bool:
        if not text:
            return True
        if text in info.name.casefold() or (info.category and text in info.category.casefold()):
            return True
        compact = text.replace(" ", "")
        return any(key.startswith(compact) for key in self._keys.get(info.item_id, ()))

    def _filter_items(self) -> None:
        raw = self.item_search.text()
        text = raw.strip().casefold()
        amount = self._typed_amount(raw)
        first: QTreeWidgetItem | None = None
        for n in range(self.item_list.topLevelItemCount()):
            entry = self.item_list.topLevelItem(n)
            assert entry is not None
            info = self._item(int(entry.data(0, Qt.ItemDataRole.UserRole)))
            visible = amount is None and info is not None and self._matches(info, text)
            entry.setHidden(not visible)
            if visible and first is None:
                first = entry
        if first is not None:
            self.item_list.setCurrentItem(first)
        else:
            self.item_list.setCurrentIndex(QModelIndex())
        if amount is not None:
            self.item_hint.setText(
                self.tr("Enter adds an amount of %1").replace("%1", money(amount[0]))
            )
        elif text and first is None:
            self.item_hint.setText(self.tr("No item matches; type a number to add an amount."))
        else:
            self.item_hint.setText("")
        self.item_hint.setVisible(bool(self.item_hint.text()))

    @staticmethod
    def _typed_amount(text: str) -> tuple[int, str] | None:
        """ "88", "88.5" or "88 染发加长" → (fen, note); None when it is not an amount."""
        found = _AMOUNT_AND_NOTE.fullmatch(text)
        if found is None:
            return None
        fen = parse_yuan(found.group(1).replace("．", "."))
        if fen is None or fen <= 0:
            return None
        return fen, found.group(2).strip()

    def add_from_search(self) -> None:
        """Enter in the item box: an amount, or the highlighted item."""
        if self.finished_sale:
            return
        amount = self._typed_amount(self.item_search.text())
        if amount is not None:
            self.add_amount(*amount)
            self.item_search.clear()
            return
        entry = self.item_list.currentItem()
        if entry is None or entry.isHidden():
            return
        self.add_item(int(entry.data(0, Qt.ItemDataRole.UserRole)))
        self.item_search.clear()

    def _item_activated(self, entry: QTreeWidgetItem, _column: int = 0) -> None:
        self.add_item(int(entry.data(0, Qt.ItemDataRole.UserRole)))
        self.item_search.clear()
        self.focus_item_search()

    def add_item(self, item_id: int, qty: int = 1) -> None:
        info = self._item(item_id)
        label = info.name if info else ""
        self._add(LineDraft("item", qty, item_id=item_id), label, lambda d: d.item_id == item_id)

    def add_usual(self, slot: int) -> None:
        if self.finished_sale or self.member is None or slot >= len(self.member.usual_items):
            return
        self.add_item(self.member.usual_items[slot].item_id)

    def add_amount(self, fen: int, description: str = "") -> None:
        self._add(
            LineDraft("amount", 1, unit_fen=fen, description=description),
            description or self.tr("Amount"),
            None,
        )

    def add_session(self, balance: CardBalance, item_id: int | None = None) -> None:
        item_id = balance.item_id if balance.item_id is not None else item_id
        label = balance.name
        self._add(
            LineDraft("session", 1, item_id=item_id, card_id=balance.card_id),
            label,
            lambda d: d.card_id == balance.card_id and d.item_id == item_id,
        )

    def add_card(self, plan: CardPlanInfo) -> None:
        self._add(
            LineDraft("card", 1, plan_id=plan.plan_id),
            plan.name,
            lambda d: d.plan_id == plan.plan_id,
        )

    def _add(self, draft: LineDraft, label: str, same: Callable[[LineDraft], bool] | None) -> None:
        if self.finished_sale:
            return
        row = None
        if same is not None:
            row = next(
                (
                    n
                    for n, line in enumerate(self.model.lines)
                    if line.draft.kind == draft.kind and same(line.draft)
                ),
                None,
            )
        if row is None:
            row = self.model.append(SaleLine(draft, label))
        else:
            old = self.model.lines[row].draft
            self.model.set_draft(row, replace(old, qty=min(9999, old.qty + draft.qty)))
        self.requote()
        self._select_row(row)

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.lines_view.setCurrentIndex(self.model.index(row, SaleLinesModel.DESCRIPTION))
            self.lines_view.selectRow(row)

    def current_row(self) -> int | None:
        index = self.lines_view.currentIndex()
        if index.isValid():
            return index.row()
        return None

    @Slot(int)
    def change_qty(self, step: int) -> None:
        row = self.current_row()
        if self.finished_sale or row is None:
            return
        old = self.model.lines[row].draft
        qty = max(1, min(9999, old.qty + step))
        if qty != old.qty:
            self.model.set_draft(row, replace(old, qty=qty))
            self.requote()
            self._select_row(row)

    @Slot(int, int)
    def _qty_edited(self, row: int, qty: int) -> None:
        if self.finished_sale:
            return
        old = self.model.lines[row].draft
        self.model.set_draft(row, replace(old, qty=qty))
        # After the editor closes: re-pricing inside setData would reset the editor's model.
        QTimer.singleShot(0, self.requote)

    @Slot()
    def remove_line(self) -> None:
        row = self.current_row()
        if self.finished_sale or row is None:
            return
        self.model.remove(row)
        self.requote()
        if self.model.rowCount():
            self._select_row(min(row, self.model.rowCount() - 1))

    def remove_focused(self) -> None:
        """Ctrl+Del: the payment being edited, or else the selected line."""
        focused = self.focusWidget()
        for payment in self.payment_rows:
            if focused is not None and payment.isAncestorOf(focused):
                self.remove_payment(payment)
                return
        self.remove_line()

    def _drop_session_lines(self) -> None:
        for row in reversed(range(self.model.rowCount())):
            if self.model.lines[row].draft.kind == "session":
                self.model.remove(row)

    # -- cards ----------------------------------------------------------------------------------
    def usable_cards(self) -> list[CardBalance]:
        """The member's cards that still have a session for this sale."""
        if self.member is None:
            return []
        balances = self.quote.after if self.quote and self.quote.after else self.member.balances
        return [
            c
            for c in balances.cards
            if c.card_id and c.usable and (c.sessions_left is None or c.sessions_left > 0)
        ]

    def _card_text(self, c: CardBalance) -> str:
        left = (
            self.tr("unlimited")
            if c.sessions_left is None
            else self.tr("%1 left").replace("%1", str(c.sessions_left))
        )
        parts = [c.name, left]
        if c.expires_on is not None:
            parts.append(self.tr("until %1").replace("%1", date_text(c.expires_on)))
        return " · ".join(parts)

    def _popup(self, button: QWidget, entries: Sequence[tuple[str, Callable[[], object]]]) -> QMenu:
        """The cards to choose from, under the button; Enter takes the first."""
        if self.card_menu is None:
            self.card_menu = QMenu(self)
        menu = self.card_menu
        menu.clear()
        for text, slot in entries:
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, s=slot: s())
        menu.popup(button.mapToGlobal(QPoint(0, button.height())))
        actions = menu.actions()
        if actions:
            menu.setActiveAction(actions[0])
        return menu

    def use_card(self) -> None:
        """Ctrl+K: pay a service with one of the member's cards (asked when several fit).

        With a service line selected (剪发 just added), that line is turned into a card use;
        otherwise a line using the chosen card is added (its own service, when it has one).
        """
        if self.finished_sale:
            return
        if self.member is None:
            self._flash(messages.validation_text(ValidationError("card", "needs_member")))
            return
        cards = self.usable_cards()
        if not cards:
            self._flash(self.tr("The member has no card with sessions left."))
            return
        row = self.current_row()
        service = self._service_of(row)
        if row is not None and service is not None:
            fitting = [c for c in cards if c.item_id in (None, service)]
            if fitting:
                self._choose_card(fitting, lambda c: self._use_on_line(row, c))
                return
        self._choose_card(cards, self.add_session)

    def _choose_card(self, cards: list[CardBalance], use: Callable[[CardBalance], None]) -> None:
        if len(cards) == 1:
            use(cards[0])
            return
        self._popup(
            self.use_card_button,
            [(self._card_text(c), partial(use, c)) for c in cards],
        )

    def _service_of(self, row: int | None) -> int | None:
        """The service of an item line (None for goods, amounts, cards)."""
        if row is None:
            return None
        draft = self.model.lines[row].draft
        if draft.kind != "item" or draft.item_id is None:
            return None
        info = self._item(draft.item_id)
        return info.item_id if info is not None and info.kind == "service" else None

    def _use_on_line(self, row: int, balance: CardBalance) -> None:
        old = self.model.lines[row].draft
        self.model.lines[row].label = balance.name
        self.model.set_draft(
            row, LineDraft("session", old.qty, item_id=old.item_id, card_id=balance.card_id)
        )
        self.requote()
        self._select_row(row)

    def sell_card(self) -> None:
        """Ctrl+D: sell one of the store's card plans to the member."""
        if self.finished_sale:
            return
        if self.member is None:
            self._flash(messages.validation_text(ValidationError("card", "needs_member")))
            return
        if not self.plans:
            self._flash(self.tr("There are no card plans yet; the owner adds them in Settings."))
            return
        entries = []
        for plan in self.plans:
            detail = (
                self.tr("%1 sessions").replace("%1", str(plan.sessions))
                if plan.kind == "count"
                else self.tr("%1 days").replace("%1", str(plan.valid_days))
            )
            text = f"{plan.name} · {detail} · {money(plan.price_fen)}"
            entries.append((text, partial(self.add_card, plan)))
        self._popup(self.sell_card_button, entries)

    # -- payments -------------------------------------------------------------------------------
    def pay(self, method: str) -> PaymentRow | None:
        """F5–F10: add a payment of what is still due by this method (stored value and points:
        at most what the member has). Pressing the same method again adds the rest to it."""
        if self.finished_sale:
            return None
        if method in (PaymentMethod.STORED_VALUE.value, PaymentMethod.POINTS.value):
            if self.member is None:
                self._flash(messages.validation_text(ValidationError("payments", "needs_member")))
                return None
            if method == PaymentMethod.POINTS.value and self.rules.points_per_yuan_off <= 0:
                return None
        due = self.quote.due_fen if self.quote is not None else 0
        amount = max(0, min(due, self._available(method)))
        existing = next((r for r in self.payment_rows if r.method == method), None)
        if existing is not None:
            if amount:
                existing.set_amount((existing.amount() or 0) + amount)
            row = existing
        else:
            row = PaymentRow(method, amount)
            row.changed.connect(self.requote)
            row.remove_requested.connect(self.remove_payment)
            row.done_editing.connect(self.focus_item_search)
            row.amount_edit.installEventFilter(self)
            previous = (
                self.payment_rows[-1].amount_edit
                if self.payment_rows
                else self.method_buttons[PaymentMethod.POINTS.value]
            )
            self.payments_layout.addWidget(row)
            self.payment_rows.append(row)
            self.no_payment.hide()
            QWidget.setTabOrder(previous, row.amount_edit)
        self.requote()
        row.focus_amount()
        return row

    def _available(self, method: str) -> int:
        """The most this method can still pay (money methods: no limit)."""
        before = self.quote.before if self.quote and self.quote.before else None
        if before is None and self.member is not None:
            before = self.member.balances
        taken = sum(r.amount() or 0 for r in self.payment_rows if r.method == method)
        if method == PaymentMethod.STORED_VALUE.value:
            return 0 if before is None else max(0, before.balance_fen - taken)
        if method == PaymentMethod.POINTS.value:
            return (
                0
                if before is None
                else max(0, amount_for_points(before.points, self.rules) - taken)
            )
        return 10**12

    def remove_payment(self, row: PaymentRow) -> None:
        if self.finished_sale or row not in self.payment_rows:
            return
        self.payment_rows.remove(row)
        row.hide()
        row.setParent(None)
        row.deleteLater()
        self.no_payment.setVisible(not self.payment_rows)
        self.requote()
        self.focus_item_search()

    # -- the quote ------------------------------------------------------------------------------
    def draft(self) -> SaleDraft:
        payments = []
        for row in self.payment_rows:
            fen = row.amount()
            if fen is not None:
                payments.append(PaymentDraft(row.method, fen))
        return SaleDraft(
            customer_id=None if self.member is None else self.member.customer_id,
            lines=tuple(line.draft for line in self.model.lines),
            payments=tuple(payments),
            staff_id=self.staff_combo.currentData(),
            note=self.note_edit.text(),
        )

    def has_content(self) -> bool:
        return bool(self.model.lines or self.payment_rows)

    @Slot()
    def requote(self) -> None:
        """Price the sale as it stands and show it (every change calls this)."""
        if self.finished_sale:
            return
        try:
            quote = self.context.call(sales.quote_sale, self.draft())
        except StoreCRMError as exc:
            self.quote = None
            show_error(self.problems, messages.error_text(exc))
            self.complete_button.setEnabled(False)
            return
        self.quote = quote
        self.model.set_quoted(match_quoted(self.model.lines, quote.lines))
        self._show_totals(quote)
        self._show_problems(quote)
        if self.member is not None:
            self.member_panel.show_member(
                self.member, quote.before or self.member.balances, quote.after
            )
            self._fit_member_area()
        self.complete_button.setEnabled(quote.ok and bool(self.model.lines))
        count = len(self.model.lines)
        self.lines_count.setText(self.tr("%1 line(s)").replace("%1", str(count)) if count else "")
        for row in self.payment_rows:
            if row.method == PaymentMethod.POINTS.value:
                row.points_label.setText(
                    self.tr("%1 points").replace("%1", f"{quote.points_used:,}")
                    if quote.points_used
                    else ""
                )

    def _show_totals(self, quote: SaleQuote) -> None:
        t = self.totals
        t["total"].setText(money(quote.total_fen))
        t["list"].setText(money(quote.list_fen))
        discount = money(-quote.discount_fen) if quote.discount_fen else money(0)
        if quote.tier_name and quote.discount_permille < 1000:
            discount = f"{discount}  ({quote.tier_name} {discount_text(quote.discount_permille)})"
        t["discount"].setText(discount)
        for key in ("list", "discount"):
            t[key].setVisible(bool(quote.discount_fen))
            self.total_captions[key].setVisible(bool(quote.discount_fen))
        t["paid"].setText(money(quote.paid_fen))
        t["due"].setText(money(quote.due_fen))
        t["due"].setStyleSheet(
            "QLabel { color: #DC2626; font-weight: 600; }" if quote.due_fen else ""
        )
        t["change"].setText(money(quote.change_fen))
        t["change"].setStyleSheet("QLabel { color: #B45309; }" if quote.change_fen else "")
        points = []
        if quote.points_earned:
            points.append(self.tr("+%1 earned").replace("%1", f"{quote.points_earned:,}"))
        if quote.points_used:
            points.append(self.tr("−%1 used").replace("%1", f"{quote.points_used:,}"))
        t["points"].setText(", ".join(points) or "—")
        member = self.member is not None
        t["points"].setVisible(member)
        self.total_captions["points"].setVisible(member)

    def _show_problems(self, quote: SaleQuote) -> None:
        shown = []
        for problem in quote.problems:
            if not self.model.lines and (problem.field, problem.code) == ("lines", "required"):
                continue  # an empty till is not a mistake
            if not self.payment_rows and (problem.field, problem.code) == ("payments", "short"):
                continue  # "still due" says it already; nobody has started paying
            text = messages.validation_text(problem)
            if text not in shown:
                shown.append(text)
        show_error(self.problems, "\n".join(shown))

    def _flash(self, text: str) -> None:
        """A message about the last key pressed, in the problems' place until the next change."""
        show_error(self.problems, text)

    def problem_texts(self) -> list[str]:
        """The messages under the totals, one per problem."""
        return [t for t in self.problems.text().split("\n") if t]

    # -- recording ------------------------------------------------------------------------------
    def complete(self) -> bool:
        """Ctrl+Enter: record the sale when the quote has no problem."""
        if self.finished_sale:
            return False
        self.requote()
        quote = self.quote
        if quote is None or not self.model.lines:
            self.focus_item_search()
            return False
        if not quote.ok:
            shown = [messages.validation_text(p) for p in quote.problems]
            show_error(self.problems, "\n".join(dict.fromkeys(shown)))
            return False
        try:
            info = self.context.call(sales.record_sale, self.draft())
        except StoreCRMError as exc:
            show_error(self.problems, messages.error_text(exc))
            return False
        self.recorded = info
        self.recorded_cash_fen = sum(
            r.amount() or 0 for r in self.payment_rows if r.method == PaymentMethod.CASH.value
        )
        self.history.append(info)
        self.finished_sale = True
        store_bus().changed.emit("sales")
        store_bus().changed.emit("membership")
        self._show_finished(info, quote)
        self.sale_recorded.emit(info)
        return True

    def _show_finished(self, info: SaleInfo, quote: SaleQuote) -> None:
        for box in (self.entry_box, self.payment_box, self.member_search, self.walk_in_button):
            box.setEnabled(False)
        text = self.tr("Sale %1 recorded.").replace("%1", info.no)
        if quote.change_fen:
            text += "  " + self.tr("Give back %1 change.").replace("%1", money(quote.change_fen))
        self.done_label.setText(text)
        self.done_label.show()
        if self.member is not None and info.balances_after is not None:
            before = quote.before or self.member.balances
            self.member_panel.set_balances(before, info.balances_after)
        show_error(self.problems, "")
        self.complete_button.hide()
        self.cancel_button.hide()
        self.print_button.setVisible(self.can_print)
        self.next_button.show()
        self.close_button.show()
        self.next_button.setFocus()

    def print_receipt(self) -> None:
        """Ctrl+P: the receipt of the sale just recorded (when the printing module exists)."""
        if not self.finished_sale or self.recorded is None:
            return
        try:
            printing = importlib.import_module("storecrm.gui.printing")
        except ImportError:
            self.can_print = False
            self.print_button.hide()
            return
        print_receipt = printing.print_receipt
        extra: dict[str, Any] = {}
        cash = self.recorded_cash_fen
        if cash and "cash_tendered_fen" in inspect.signature(print_receipt).parameters:
            extra["cash_tendered_fen"] = cash  # the receipt shows what was handed over
        print_receipt(self, self.recorded, self.store_name, **extra)

    def next_sale(self) -> None:
        """Ctrl+N: clear the till for the next customer."""
        if not self.finished_sale:
            return
        self.finished_sale = False
        self.quote = None
        self.model.clear()
        for row in list(self.payment_rows):
            self.payment_rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        self.no_payment.show()
        self.note_edit.clear()
        self.staff_combo.setCurrentIndex(
            max(0, self.staff_combo.findData(self.context.actor.user_id))
        )
        for box in (self.entry_box, self.payment_box, self.member_search, self.walk_in_button):
            box.setEnabled(True)
        self.done_label.hide()
        self.complete_button.show()
        self.cancel_button.show()
        self.print_button.hide()
        self.next_button.hide()
        self.close_button.hide()
        self.item_search.clear()
        self._show_walk_in()
        self.requote()
        self.member_search.setFocus()

    # -- closing --------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc: close; a sale that is not recorded yet is discarded only when confirmed."""
        if self.finished_sale or not self.has_content():
            self._close()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard this sale?"))
        box.setText(self.tr("This sale is not recorded yet. Discard it?"))
        self.discard_button = box.addButton(
            self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.keep_button = box.addButton(
            self.tr("&Keep selling"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(self.keep_button)
        box.setEscapeButton(self.keep_button)
        box.finished.connect(lambda _r: self._discard_answered(box))
        self.discard_box = box
        box.open()

    def _discard_answered(self, box: QMessageBox) -> None:
        if box.clickedButton() is self.discard_button:
            self._close()
        self.discard_box = None
        box.deleteLater()

    def _close(self) -> None:
        code = QDialog.DialogCode.Accepted if self.recorded else QDialog.DialogCode.Rejected
        self.done(int(code.value))
