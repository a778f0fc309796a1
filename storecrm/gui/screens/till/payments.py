"""How the sale is paid: a button per method (F5 cash … F10 points), one row per payment of a
split (its amount editable; WeChat, Alipay and bank card also take the transaction number a
scanner reads off the customer's payment screen, or its last digits), and who served the
customer with a note for the receipt.

The dialog works out how much a method pays (what is due, at most what the member has) and
calls ``PaymentsPanel.add``; the panel keeps the rows. A coupon or a whole-order discount is not
a payment: it belongs in the quote (services/sales.py) and shows in the totals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storecrm.domain.membership import MembershipRules, PaymentMethod, amount_for_points
from storecrm.gui.format import parse_yuan, yuan_text
from storecrm.gui.look import icon, set_property
from storecrm.gui.names import method_name
from storecrm.gui.screens.member_dialogs import caption
from storecrm.gui.screens.staff.pickers import load_roster, staff_member_combo
from storecrm.gui.screens.till.keys import plain_enter
from storecrm.services.dto import MemberBalances, PaymentDraft
from storecrm.services.session import StoreContext

#: Methods paid through a platform: their payments carry the platform's transaction number.
REFERENCE_METHODS = (
    PaymentMethod.WECHAT.value,
    PaymentMethod.ALIPAY.value,
    PaymentMethod.BANK_CARD.value,
)

PAYMENT_KEYS = (
    (PaymentMethod.CASH, "F5"),
    (PaymentMethod.WECHAT, "F6"),
    (PaymentMethod.ALIPAY, "F7"),
    (PaymentMethod.BANK_CARD, "F8"),
    (PaymentMethod.STORED_VALUE, "F9"),
    (PaymentMethod.POINTS, "F10"),
)


def payable(method: str, before: MemberBalances | None, rules: MembershipRules, taken: int) -> int:
    """The most this method can still pay, ``taken`` being what its rows pay already: stored
    value and points at most what the member has; money methods have no limit."""
    if method == PaymentMethod.STORED_VALUE.value:
        return 0 if before is None else max(0, before.balance_fen - taken)
    if method == PaymentMethod.POINTS.value:
        return 0 if before is None else max(0, amount_for_points(before.points, rules) - taken)
    return 10**12


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
        self.remove_button.setObjectName("RowRemove")
        self.remove_button.setIcon(icon("close"))
        self.remove_button.setToolTip(self.tr("Remove this payment (Ctrl+Del)"))
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.points_label = caption("")
        layout.addWidget(self.label)
        layout.addWidget(self.amount_edit)
        layout.addWidget(self.points_label)
        self.reference_edit: QLineEdit | None = None
        if method in REFERENCE_METHODS:
            self.reference_edit = QLineEdit()
            self.reference_edit.setMaxLength(64)
            self.reference_edit.setPlaceholderText(self.tr("Transaction no. or last digits"))
            self.reference_edit.setToolTip(
                self.tr(
                    "Scan the customer's payment screen or type the last digits: the day "
                    "summary lists them to check against the platform's statement"
                )
            )
            self.reference_edit.setAccessibleName(self.tr("Reference"))
            self.reference_edit.setMinimumWidth(150)
            self.reference_edit.installEventFilter(self)
            layout.addWidget(self.reference_edit, 1)
        else:
            layout.addStretch(1)
        layout.addWidget(self.remove_button)
        self.amount_edit.textEdited.connect(lambda _t: self._edited())
        self.amount_edit.editingFinished.connect(self._tidy)
        self.amount_edit.installEventFilter(self)

    def amount(self) -> int | None:
        return parse_yuan(self.amount_edit.text())

    def reference(self) -> str:
        return self.reference_edit.text().strip() if self.reference_edit is not None else ""

    def set_reference(self, text: str) -> None:
        if self.reference_edit is not None:
            self.reference_edit.setText(text)

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
        editing = watched is self.amount_edit or (
            self.reference_edit is not None and watched is self.reference_edit
        )
        if editing and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                if watched is self.amount_edit and self.reference_edit is not None:
                    self.reference_edit.setFocus()  # next, the scanner reads the reference
                    self.reference_edit.selectAll()
                    return True
                self.done_editing.emit()
                return True
        return super().eventFilter(watched, event)


class PaymentsPanel(QFrame):
    """The method buttons, the payments of the split, who served and the note (a card)."""

    method_pressed = Signal(str)
    changed = Signal()  # an amount typed, or who served
    remove_requested = Signal(object)  # a PaymentRow
    done_editing = Signal()  # Enter in an amount or the note: back to the items

    def __init__(self, context: StoreContext, points: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addWidget(caption(self.tr("Payment")))
        methods = QHBoxLayout()
        methods.setSpacing(6)
        self.method_buttons: dict[str, QPushButton] = {}
        for method, key in PAYMENT_KEYS:
            button = QPushButton(f"{key} {method_name(method.value)}")
            button.setAutoDefault(False)
            button.setStyleSheet("QPushButton { padding: 6px 10px; min-width: 0px; }")
            button.clicked.connect(lambda _c=False, m=method.value: self.method_pressed.emit(m))
            methods.addWidget(button)
            self.method_buttons[method.value] = button
        methods.addStretch(1)
        self.method_buttons[PaymentMethod.POINTS.value].setVisible(points)
        layout.addLayout(methods)
        self.rows: list[PaymentRow] = []
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
        self.roster = load_roster(context)
        self.staff_combo = staff_member_combo(context, self.roster)
        self.staff_combo.setMinimumWidth(150)
        self.staff_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.requested_box = QCheckBox(self.tr("Asked &for"))
        self.requested_box.setToolTip(
            self.tr("The customer asked for this staff member (指定); lines may differ (F4)")
        )
        self.requested_box.toggled.connect(lambda _on: self.changed.emit())
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
        form.addWidget(self.requested_box, 0, 2)
        form.addWidget(note_label, 0, 3)
        form.addWidget(self.note_edit, 0, 4)
        form.setColumnStretch(4, 1)
        layout.addLayout(form)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            watched is self.note_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and plain_enter(event)
        ):
            self.done_editing.emit()
            return True
        return super().eventFilter(watched, event)

    # -- the payments ---------------------------------------------------------------------------
    def add(self, method: str, amount_fen: int) -> PaymentRow:
        """A payment by this method; pressing the same method again adds to its row."""
        existing = next((r for r in self.rows if r.method == method), None)
        if existing is not None:
            if amount_fen:
                existing.set_amount((existing.amount() or 0) + amount_fen)
            return existing
        row = PaymentRow(method, amount_fen)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.remove_requested)
        row.done_editing.connect(self.done_editing)
        previous = (
            self.rows[-1].amount_edit
            if self.rows
            else self.method_buttons[PaymentMethod.POINTS.value]
        )
        self.payments_layout.addWidget(row)
        self.rows.append(row)
        self.no_payment.hide()
        QWidget.setTabOrder(previous, row.amount_edit)
        return row

    def remove(self, row: PaymentRow) -> bool:
        if row not in self.rows:
            return False
        self.rows.remove(row)
        row.hide()
        row.setParent(None)
        row.deleteLater()
        self.no_payment.setVisible(not self.rows)
        return True

    def clear(self) -> None:
        """For the next sale: no payments, no note, the signed-in user served."""
        for row in list(self.rows):
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        self.no_payment.show()
        self.note_edit.clear()
        mine = next(
            (p.staff_id for p in self.roster if p.user_id == self.context.actor.user_id), None
        )
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(mine)))
        self.requested_box.setChecked(False)

    def taken(self, method: str) -> int:
        """What the rows of this method pay (amounts that are not money count as 0)."""
        return sum(r.amount() or 0 for r in self.rows if r.method == method)

    def drafts(self) -> tuple[PaymentDraft, ...]:
        """The payments that are money; a row that is not is left out of the quote."""
        payments = []
        for row in self.rows:
            fen = row.amount()
            if fen is not None:
                payments.append(PaymentDraft(row.method, fen, row.reference()))
        return tuple(payments)

    def row_holding(self, widget: QWidget | None) -> PaymentRow | None:
        """The payment row that holds this widget (the focus), if any."""
        for row in self.rows:
            if widget is not None and row.isAncestorOf(widget):
                return row
        return None

    def show_points_used(self, points: int) -> None:
        for row in self.rows:
            if row.method == PaymentMethod.POINTS.value:
                row.points_label.setText(self.tr("%n point(s)", "", points) if points else "")
