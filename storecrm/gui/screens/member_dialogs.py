"""The member's money at the counter: top up stored value (储值), pay it back (退储值), refund a
sale (退款), take a gift for points (积分兑换), and a manager's approval for large refunds.

Also the small helpers the till shares with these dialogs: typed yuan → fen, payment method
names, the tier discount as people say it (8.8折) and a before/after balances table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.customer import mask_phone
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.membership import (
    MAX_AMOUNT_FEN,
    MONEY_METHODS,
    MembershipRules,
    TopUpBonus,
    top_up_bonus,
)
from storecrm.domain.roles import Actor
from storecrm.gui.bus import store_bus
from storecrm.gui.format import datetime_text, money, parse_yuan, short_yuan, yuan_text
from storecrm.gui.look import set_property
from storecrm.gui.names import discount_text, method_name
from storecrm.gui.widgets import error_label, ok_cancel_buttons, show_error
from storecrm.services import catalogue, membership, sales
from storecrm.services.dto import ItemInfo, MemberSummary, RefundQuote, SaleInfo
from storecrm.services.session import StoreContext

# -- shared helpers -------------------------------------------------------------------------------


def top_up_rule_text(rule: TopUpBonus) -> str:
    """充500送50."""
    return (
        QCoreApplication.translate("TopUp", "Top up %1, get %2 free", "zh_CN: 充%1送%2")
        .replace("%1", short_yuan(rule.min_fen))
        .replace("%2", short_yuan(rule.bonus_fen))
    )


def best_rule(amount_fen: int, rules: MembershipRules) -> TopUpBonus | None:
    """The bonus rule a top-up of ``amount_fen`` reaches (the one :func:`top_up_bonus` uses)."""
    reached = [r for r in rules.top_up_bonuses if r.min_fen <= amount_fen]
    return max(reached, key=lambda r: r.min_fen) if reached else None


def money_methods() -> list[str]:
    return [m.value for m in MONEY_METHODS]


def card(object_name: str = "Card") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(object_name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.setSpacing(6)
    return frame, layout


def caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("PageSubtitle")
    return label


def member_line(summary: MemberSummary) -> str:
    """张三 · 138****5678 · 金卡 8.8折."""
    parts = [summary.name]
    if summary.phone:
        parts.append(mask_phone(summary.phone))
    if summary.tier_name:
        parts.append(f"{summary.tier_name} {discount_text(summary.discount_permille)}")
    return "  ·  ".join(parts)


def ctrl_enter(dialog: QDialog, slot: Callable[[], object]) -> None:
    """Ctrl+Enter (both Enter keys) runs the dialog's main action."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, slot)


@dataclass(frozen=True, slots=True)
class BalanceRow:
    key: str
    caption: str
    before: str
    after: str
    bold: bool = False


class BalancesTable(QWidget):
    """Before | after, one row per balance (principal, bonus, points, each card); a value that
    changes is shown in the accent colour.

    The till shows it again on every key (each change re-prices the sale), so its labels are
    kept and reused: a new figure is a new text, a row more is a row of labels shown again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        self.before: dict[str, QLabel] = {}
        self.after: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self._headers = (caption(self.tr("Before")), caption(self.tr("After")))
        for column, header in enumerate(self._headers, start=1):
            self.grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignRight)
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []

    @staticmethod
    def _set(label: QLabel, text: str, sheet: str, visible: bool) -> None:
        """Only what differs: a new style sheet re-polishes the label, showing re-lays out."""
        if label.text() != text:
            label.setText(text)
        if label.styleSheet() != sheet:
            label.setStyleSheet(sheet)
        if label.isHidden() == visible:
            # Shown now, not at the next event loop turn (the layout of a visible table skips
            # hidden labels, and the till sizes itself right away).
            label.setVisible(visible)

    def set_rows(self, rows: Sequence[BalanceRow], show_after: bool = True) -> None:
        while len(self._rows) < len(rows):
            n = len(self._rows) + 1
            labels = (QLabel(), QLabel(), QLabel())
            for label in labels[1:]:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, label in enumerate(labels):
                self.grid.addWidget(label, n, column)
                label.hide()
            self._rows.append(labels)
        self._set(self._headers[0], self._headers[0].text(), "", True)
        self._set(self._headers[1], self._headers[1].text(), "", show_after)
        self.before, self.after, self.captions = {}, {}, {}
        bold = "QLabel { font-weight: 600; }"
        for (name, before, after), line in zip(self._rows, rows, strict=False):
            style = "font-weight: 600;" if line.bold else ""
            if show_after and line.after != line.before:
                style += " color: #0F766E; font-weight: 600;"
            self._set(name, line.caption, bold if line.bold else "", True)
            self._set(before, line.before, bold if line.bold else "", True)
            self._set(after, line.after, f"QLabel {{ {style} }}" if style else "", show_after)
            self.captions[line.key] = name
            self.before[line.key] = before
            self.after[line.key] = after
        for labels in self._rows[len(rows) :]:
            for label in labels:
                if not label.isHidden():
                    label.hide()


def stored_value_rows(
    before_principal: int, before_bonus: int, after_principal: int, after_bonus: int
) -> list[BalanceRow]:
    return [
        BalanceRow(
            "stored_value",
            QCoreApplication.translate("Balances", "Stored value"),
            money(before_principal + before_bonus),
            money(after_principal + after_bonus),
            bold=True,
        ),
        BalanceRow(
            "principal",
            QCoreApplication.translate("Balances", "  paid in (principal)"),
            money(before_principal),
            money(after_principal),
        ),
        BalanceRow(
            "bonus",
            QCoreApplication.translate("Balances", "  bonus"),
            money(before_bonus),
            money(after_bonus),
        ),
    ]


def _emit_changed() -> None:
    store_bus().changed.emit("sales")
    store_bus().changed.emit("membership")


# -- approval -------------------------------------------------------------------------------------
class ApprovalDialog(QDialog):
    """A manager or the owner confirms a large refund or withdrawal (or a discount above the
    cashier's limit: ``why`` says so) with their own password.

    ``approver`` holds them after the dialog is accepted; a wrong password keeps it open.
    """

    def __init__(
        self,
        context: StoreContext,
        amount_fen: int,
        parent: QWidget | None = None,
        *,
        why: str = "",
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.amount_fen = amount_fen
        self.approver: Actor | None = None
        self.setWindowTitle(self.tr("Manager approval"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        text = QLabel(
            why
            or self.tr(
                "Giving back %1 needs the approval of a manager or the owner. "
                "They sign with their own user name and password."
            ).replace("%1", money(amount_fen))
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(32)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.approve, self.tr("&Approve"))
        layout.addWidget(self.buttons)
        self.username_edit.setFocus()

    @Slot()
    def approve(self) -> bool:
        username = self.username_edit.text().strip()
        if not username or not self.password_edit.text():
            show_error(
                self.error, messages.validation_text(ValidationError("password", "required"))
            )
            return False
        try:
            approver = self.context.confirm_manager(username, self.password_edit.text())
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return False
        self.approver = approver
        self.accept()
        return True


# -- top-up ---------------------------------------------------------------------------------------
class _MoneyDialog(QDialog):
    """What top-up and withdrawal share: the member, an amount, a method, balances."""

    def __init__(self, context: StoreContext, customer_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.recorded: SaleInfo | None = None
        self.summary: MemberSummary = context.call(membership.member_summary, customer_id)
        self.rules: MembershipRules = context.call(membership.get_rules)
        self.setMinimumWidth(480)
        self.column = QVBoxLayout(self)
        self.column.setSpacing(10)
        who, who_layout = card()
        self.member_label = QLabel(member_line(self.summary))
        self.member_label.setStyleSheet("QLabel { font-weight: 600; }")
        who_layout.addWidget(self.member_label)
        self.column.addWidget(who)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.amount_edit = QLineEdit()
        self.amount_edit.setMaxLength(14)
        self.method_combo = QComboBox()
        for method in money_methods():
            self.method_combo.addItem(method_name(method), method)
        self.column.addLayout(self.form)
        self.balances = BalancesTable()
        box, box_layout = card()
        box_layout.addWidget(self.balances)
        self.column.addWidget(box)
        self.error = error_label()
        self.column.addWidget(self.error)
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.save)
        self.column.addWidget(self.buttons)
        ctrl_enter(self, self.save)
        self.amount_edit.textChanged.connect(lambda _t: self.refresh())

    def amount(self) -> int | None:
        return parse_yuan(self.amount_edit.text())

    def refresh(self) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def _done(self, info: SaleInfo) -> None:
        self.recorded = info
        _emit_changed()
        self.accept()


class TopUpDialog(_MoneyDialog):
    """储值: money paid in becomes principal; the owner's rule adds bonus (充500送50)."""

    def __init__(
        self, context: StoreContext, customer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, customer_id, parent)
        self.setWindowTitle(self.tr("Top up stored value"))
        self.amount_edit.setPlaceholderText(self.tr("e.g. 500"))
        self.amount_edit.setToolTip(self.tr("The money paid in, in yuan"))
        self.form.addRow(self.tr("&Amount (¥)"), self.amount_edit)
        self.rule_buttons: list[QPushButton] = []
        if self.rules.top_up_bonuses:
            row = QHBoxLayout()
            row.setSpacing(6)
            for rule in self.rules.top_up_bonuses:
                button = QPushButton(top_up_rule_text(rule))
                button.setAutoDefault(False)
                button.setToolTip(self.tr("Top up exactly %1").replace("%1", money(rule.min_fen)))
                button.clicked.connect(lambda _c=False, r=rule: self._use_rule(r))
                row.addWidget(button)
                self.rule_buttons.append(button)
            row.addStretch(1)
            self.form.addRow("", row)
        self.bonus_label = QLabel()
        self.form.addRow(self.tr("Bonus"), self.bonus_label)
        self.form.addRow(self.tr("Paid &by"), self.method_combo)
        from storecrm.gui.screens.staff.pickers import load_roster, staff_member_combo

        self.staff_combo = staff_member_combo(context, load_roster(context))
        self.staff_combo.setToolTip(self.tr("Who sold the top-up (充值业绩)"))
        self.form.addRow(self.tr("&Served by"), self.staff_combo)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        self.form.addRow(self.tr("&Note"), self.note_edit)
        self.ok_button.setText(self.tr("&Top up"))
        self.ok_button.setToolTip(self.tr("Record the top-up (Ctrl+Enter)"))
        self.refresh()
        self.amount_edit.setFocus()

    def _use_rule(self, rule: TopUpBonus) -> None:
        self.amount_edit.setText(short_yuan(rule.min_fen))
        self.amount_edit.setFocus()

    def bonus(self) -> int:
        amount = self.amount()
        return 0 if amount is None else top_up_bonus(amount, self.rules)

    def refresh(self) -> None:
        amount = self.amount() or 0
        bonus = top_up_bonus(amount, self.rules)
        rule = best_rule(amount, self.rules)
        if rule is not None and bonus:
            self.bonus_label.setText(f"{money(bonus)}  ({top_up_rule_text(rule)})")
        elif self.rules.top_up_bonuses:
            smallest = min(self.rules.top_up_bonuses, key=lambda r: r.min_fen)
            self.bonus_label.setText(
                self.tr("None (from %1: %2)")
                .replace("%1", money(smallest.min_fen))
                .replace("%2", top_up_rule_text(smallest))
            )
        else:
            self.bonus_label.setText(self.tr("None"))
        now = self.summary.balances
        self.balances.set_rows(
            stored_value_rows(
                now.principal_fen, now.bonus_fen, now.principal_fen + amount, now.bonus_fen + bonus
            )
        )
        bad = bool(self.amount_edit.text().strip()) and self.amount() is None
        set_property(self.amount_edit, "error", bad)
        show_error(self.error, "")

    @Slot()
    def save(self) -> bool:
        amount = self.amount()
        if amount is None or amount <= 0:
            err = ValidationError("amount", "range", low=1, high=MAX_AMOUNT_FEN)
            show_error(self.error, messages.validation_text(err))
            self.amount_edit.setFocus()
            return False
        try:
            info = self.context.call(
                membership.top_up,
                self.customer_id,
                amount,
                str(self.method_combo.currentData()),
                note=self.note_edit.text(),
                served_by=self.staff_combo.currentData(),
            )
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return False
        self._done(info)
        return True


class WithdrawDialog(_MoneyDialog):
    """退储值: principal paid back to the member. Bonus is never paid out in money; it can be
    forfeited (the member leaves). Above the owner's limit a cashier needs a manager."""

    def __init__(
        self, context: StoreContext, customer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, customer_id, parent)
        self.approval: ApprovalDialog | None = None
        self.setWindowTitle(self.tr("Pay back stored value"))
        now = self.summary.balances
        self.amount_edit.setPlaceholderText(
            self.tr("at most %1").replace("%1", money(now.principal_fen))
        )
        self.amount_edit.setToolTip(
            self.tr("Paid-in money (principal) given back, in yuan; bonus is never paid out")
        )
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        self.all_button = QPushButton(self.tr("A&ll"))
        self.all_button.setAutoDefault(False)
        self.all_button.setToolTip(self.tr("Pay back all the principal (Alt+L)"))
        self.all_button.clicked.connect(
            lambda: self.amount_edit.setText(yuan_text(self.summary.balances.principal_fen))
        )
        amount_row.addWidget(self.all_button)
        amount_label = QLabel(self.tr("&Amount (¥)"))
        amount_label.setBuddy(self.amount_edit)
        self.form.addRow(amount_label, amount_row)
        self.forfeit_check = QCheckBox(
            self.tr("&Forfeit the remaining bonus (%1)").replace("%1", money(now.bonus_fen))
        )
        self.forfeit_check.setEnabled(now.bonus_fen > 0)
        self.forfeit_check.toggled.connect(lambda _on: self.refresh())
        self.form.addRow("", self.forfeit_check)
        self.form.addRow(self.tr("Paid &by"), self.method_combo)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("Required, e.g. moving away"))
        self.form.addRow(self.tr("&Reason"), self.reason_edit)
        self.ok_button.setText(self.tr("&Pay back"))
        self.ok_button.setToolTip(self.tr("Record the payment back (Ctrl+Enter)"))
        set_property(self.ok_button, "primary", False)
        set_property(self.ok_button, "danger", True)
        self.refresh()
        self.amount_edit.setFocus()

    def refresh(self) -> None:
        now = self.summary.balances
        amount = self.amount() or 0
        bonus_after = 0 if self.forfeit_check.isChecked() else now.bonus_fen
        self.balances.set_rows(
            stored_value_rows(
                now.principal_fen, now.bonus_fen, now.principal_fen - amount, bonus_after
            )
        )
        bad = bool(self.amount_edit.text().strip()) and self.amount() is None
        set_property(self.amount_edit, "error", bad)
        show_error(self.error, "")

    @Slot()
    def save(self) -> bool:
        forfeit = self.forfeit_check.isChecked()
        fen = self.amount() if self.amount_edit.text().strip() else 0
        if fen is None or (fen == 0 and not forfeit):
            principal = self.summary.balances.principal_fen
            err = ValidationError("amount", "range", low=1, high=principal)
            show_error(self.error, messages.validation_text(err))
            self.amount_edit.setFocus()
            return False
        if not self.reason_edit.text().strip():
            show_error(self.error, messages.validation_text(ValidationError("reason", "required")))
            self.reason_edit.setFocus()
            return False
        try:
            if self.context.call(membership.needs_approval, fen):
                self.approval = ApprovalDialog(self.context, fen, self)
                self.approval.accepted.connect(lambda: self._record(fen, self._approver()))
                self.approval.open()
                return False
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return False
        return self._record(fen, None)

    def _approver(self) -> Actor | None:
        return None if self.approval is None else self.approval.approver

    def _record(self, fen: int, approver: Actor | None) -> bool:
        try:
            info = self.context.call(
                membership.withdraw,
                self.customer_id,
                fen,
                str(self.method_combo.currentData()),
                self.reason_edit.text(),
                approved_by=approver,
                forfeit_bonus=self.forfeit_check.isChecked(),
            )
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return False
        self._done(info)
        return True


# -- refund ---------------------------------------------------------------------------------------
class RefundDialog(QDialog):
    """退款: choose how much of each line goes back (all of it by default: a void); the quote
    shows what returns by which method, and to the member's balances."""

    def __init__(self, context: StoreContext, sale_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sale_id = sale_id
        self.recorded: SaleInfo | None = None
        self.quote: RefundQuote | None = None
        self.approval: ApprovalDialog | None = None
        self.sale: SaleInfo = context.call(sales.get_sale, sale_id)
        sale = self.sale
        self.setWindowTitle(self.tr("Refund sale %1").replace("%1", sale.no))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        head, head_layout = card()
        title = QLabel(
            self.tr("Sale %1 · %2").replace("%1", sale.no).replace("%2", datetime_text(sale.at))
        )
        title.setStyleSheet("QLabel { font-weight: 600; }")
        head_layout.addWidget(title)
        who = sale.customer_name or self.tr("Walk-in customer")
        if sale.customer_phone:
            who += f"  ·  {sale.customer_phone}"
        paid = ", ".join(
            f"{method_name(p.method)} {money(p.amount_fen)}" for p in sale.payments if p.amount_fen
        )
        self.sale_label = caption(
            self.tr("%1 · total %2 · paid %3")
            .replace("%1", who)
            .replace("%2", money(sale.total_fen))
            .replace("%3", paid or "—")
        )
        self.sale_label.setWordWrap(True)
        head_layout.addWidget(self.sale_label)
        if sale.refunds:
            head_layout.addWidget(
                caption(self.tr("Refunded before: %1").replace("%1", ", ".join(sale.refunds)))
            )
        layout.addWidget(head)

        # One row per line: what was sold, what went back already, and a spin box for now.
        lines_box = QWidget()
        grid = QGridLayout(lines_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        for column, text in enumerate(
            (self.tr("Item"), self.tr("Sold"), self.tr("Refunded"), self.tr("Amount"))
        ):
            grid.addWidget(caption(text), 0, column)
        grid.addWidget(caption(self.tr("Refund now")), 0, 4)
        self.spins: dict[int, QSpinBox] = {}
        for row, line in enumerate(sale.lines, start=1):
            left = line.qty - line.refunded_qty
            grid.addWidget(QLabel(line.description or self._kind_text(line.kind)), row, 0)
            for column, text in (
                (1, str(line.qty)),
                (2, str(line.refunded_qty or "")),
                (3, money(line.amount_fen)),
            ):
                label = QLabel(text)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(label, row, column)
            spin = QSpinBox()
            spin.setRange(0, max(left, 0))
            spin.setValue(max(left, 0))
            spin.setEnabled(left > 0)
            spin.setMinimumWidth(90)
            spin.setAccessibleName(line.description)
            spin.valueChanged.connect(lambda _v: self.refresh())
            grid.addWidget(spin, row, 4)
            self.spins[line.line_id] = spin
        grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(lines_box)
        scroll.viewport().setAutoFillBackground(False)
        lines_box.setAutoFillBackground(False)
        scroll.setMaximumHeight(220)
        scroll.setMinimumHeight(min(220, 40 + 40 * len(sale.lines)))
        layout.addWidget(scroll)
        quick = QHBoxLayout()
        self.all_button = QPushButton(self.tr("&Everything left"))
        self.all_button.setToolTip(self.tr("Refund every line in full (Alt+E)"))
        self.none_button = QPushButton(self.tr("&Nothing"))
        self.none_button.setToolTip(self.tr("Set every line to 0, then choose (Alt+N)"))
        for button in (self.all_button, self.none_button):
            button.setAutoDefault(False)
            quick.addWidget(button)
        quick.addStretch(1)
        self.all_button.clicked.connect(lambda: self._set_all(True))
        self.none_button.clicked.connect(lambda: self._set_all(False))
        layout.addLayout(quick)

        back, back_layout = card()
        self.total_label = QLabel()
        self.total_label.setStyleSheet("QLabel { font-size: 13pt; font-weight: 600; }")
        back_layout.addWidget(self.total_label)
        self.back_form = QFormLayout()
        self.back_form.setHorizontalSpacing(14)
        self.back_form.setVerticalSpacing(4)
        self.methods_label = QLabel()
        self.stored_label = QLabel()
        self.points_label = QLabel()
        self.sessions_label = QLabel()
        self.back_form.addRow(caption(self.tr("Money back")), self.methods_label)
        self.back_form.addRow(caption(self.tr("Stored value back")), self.stored_label)
        self.back_form.addRow(caption(self.tr("Points")), self.points_label)
        self.back_form.addRow(caption(self.tr("Sessions back")), self.sessions_label)
        back_layout.addLayout(self.back_form)
        self.approval_label = QLabel()
        self.approval_label.setStyleSheet("QLabel { color: #B45309; }")
        self.approval_label.setWordWrap(True)
        back_layout.addWidget(self.approval_label)
        layout.addWidget(back)

        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("Required, e.g. the customer was not happy"))
        form.addRow(self.tr("&Reason"), self.reason_edit)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons, self.ok_button = ok_cancel_buttons(
            self,
            self.save,
            self.tr("Re&fund"),
            self.tr("Record the refund (Ctrl+Enter)"),
            look="danger",
        )
        layout.addWidget(self.buttons)
        ctrl_enter(self, self.save)
        self.refresh()
        self.reason_edit.setFocus()

    def _kind_text(self, kind: str) -> str:
        return {
            "top_up": self.tr("Stored value top-up"),
            "amount": self.tr("Amount"),
        }.get(kind, kind)

    def _set_all(self, everything: bool) -> None:
        for spin in self.spins.values():
            spin.blockSignals(True)
            spin.setValue(spin.maximum() if everything else 0)
            spin.blockSignals(False)
        self.refresh()

    def quantities(self) -> dict[int, int]:
        return {line_id: spin.value() for line_id, spin in self.spins.items() if spin.value()}

    @Slot()
    def refresh(self) -> None:
        qty = self.quantities()
        self.quote = None
        try:
            if not qty:
                raise ValidationError("refund", "nothing_left")
            self.quote = self.context.call(sales.quote_refund, self.sale_id, qty)
        except StoreCRMError as exc:
            self.total_label.setText(self.tr("Refund: %1").replace("%1", money(0)))
            for label in (self.methods_label, self.stored_label, self.points_label):
                label.setText("—")
            self.sessions_label.setText("—")
            self.approval_label.hide()
            show_error(
                self.error, messages.error_text(exc) if qty else self.tr("Choose what to refund.")
            )
            self.ok_button.setEnabled(False)
            return
        quote = self.quote
        self.total_label.setText(self.tr("Refund: %1").replace("%1", money(quote.total_fen)))
        money_back = [p for p in quote.payments if p.method in money_methods() and p.amount_fen]
        self.methods_label.setText(
            "\n".join(f"{method_name(p.method)}  {money(p.amount_fen)}" for p in money_back) or "—"
        )
        if quote.sv_principal_fen or quote.sv_bonus_fen:
            self.stored_label.setText(
                self.tr("%1 (paid in %2, bonus %3)")
                .replace("%1", money(quote.sv_principal_fen + quote.sv_bonus_fen))
                .replace("%2", money(quote.sv_principal_fen))
                .replace("%3", money(quote.sv_bonus_fen))
            )
        else:
            self.stored_label.setText("—")
        points = []
        if quote.points_returned:
            points.append(
                self.tr("%1 paid with given back").replace("%1", f"{quote.points_returned:,}")
            )
        if quote.points_reversed:
            points.append(
                self.tr("%1 earned taken back").replace("%1", f"{quote.points_reversed:,}")
            )
        self.points_label.setText("; ".join(points) or "—")
        self.sessions_label.setText(
            str(quote.sessions_returned) if quote.sessions_returned else "—"
        )
        self.approval_label.setVisible(quote.needs_approval)
        self.approval_label.setText(
            self.tr("This refund needs a manager's or the owner's approval.")
        )
        show_error(self.error, "")
        self.ok_button.setEnabled(True)

    @Slot()
    def save(self) -> bool:
        if self.quote is None:
            return False
        if not self.reason_edit.text().strip():
            show_error(self.error, messages.validation_text(ValidationError("reason", "required")))
            self.reason_edit.setFocus()
            return False
        if self.quote.needs_approval:
            self.approval = ApprovalDialog(self.context, self.quote.total_fen, self)
            self.approval.accepted.connect(self._record_approved)
            self.approval.open()
            return False
        return self._record(None)

    @Slot()
    def _record_approved(self) -> None:
        if self.approval is not None and self.approval.approver is not None:
            self._record(self.approval.approver)

    def _record(self, approver: Actor | None) -> bool:
        try:
            info = self.context.call(
                sales.refund_sale,
                self.sale_id,
                self.quantities(),
                self.reason_edit.text(),
                approved_by=approver,
            )
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return False
        self.recorded = info
        _emit_changed()
        self.accept()
        return True


# -- gifts ----------------------------------------------------------------------------------------
class GiftDialog(QDialog):
    """积分兑换: the member takes a gift (an item with a points cost) for points."""

    def __init__(
        self, context: StoreContext, customer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.recorded: SaleInfo | None = None
        self.summary: MemberSummary = context.call(membership.member_summary, customer_id)
        self.gifts: list[ItemInfo] = [
            i for i in context.call(catalogue.list_items) if i.points_cost is not None
        ]
        self.setWindowTitle(self.tr("Gift for points"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        who, who_layout = card()
        label = QLabel(member_line(self.summary))
        label.setStyleSheet("QLabel { font-weight: 600; }")
        who_layout.addWidget(label)
        layout.addWidget(who)
        self.list = QTreeWidget()
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Gift"), self.tr("Points")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setColumnWidth(0, 260)
        self.list.setMinimumHeight(160)
        for gift in self.gifts:
            item = QTreeWidgetItem([gift.name, f"{gift.points_cost:,}"])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, gift.item_id)
            item.setSizeHint(0, QSize(0, 28))
            self.list.addTopLevelItem(item)
        if self.gifts:
            first = self.list.topLevelItem(0)
            assert first is not None
            self.list.setCurrentItem(first)
        self.list.currentItemChanged.connect(lambda *_a: self.refresh())
        layout.addWidget(self.list, 1)
        self.empty_label = caption(
            self.tr("No gifts yet: give an item a points cost in the catalogue.")
        )
        self.empty_label.setVisible(not self.gifts)
        layout.addWidget(self.empty_label)
        form = QFormLayout()
        self.qty_spin = QSpinBox()
        self.qty_spin.setRange(1, 999)
        self.qty_spin.valueChanged.connect(lambda _v: self.refresh())
        form.addRow(self.tr("&Quantity"), self.qty_spin)
        layout.addLayout(form)
        box, box_layout = card()
        self.cost_label = QLabel()
        box_layout.addWidget(self.cost_label)
        self.balances = BalancesTable()
        box_layout.addWidget(self.balances)
        layout.addWidget(box)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons, self.ok_button = ok_cancel_buttons(
            self,
            self.save,
            self.tr("&Redeem"),
            self.tr("Give the gift and take the points (Ctrl+Enter)"),
        )
        layout.addWidget(self.buttons)
        ctrl_enter(self, self.save)
        self.refresh()
        self.list.setFocus()

    def current_gift(self) -> ItemInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        item_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((g for g in self.gifts if g.item_id == item_id), None)

    def cost(self) -> int:
        gift = self.current_gift()
        return 0 if gift is None else int(gift.points_cost or 0) * self.qty_spin.value()

    def refresh(self) -> None:
        have = self.summary.balances.points
        cost = self.cost()
        self.cost_label.setText(self.tr("Takes %n point(s)", "", cost))
        self.balances.set_rows(
            [BalanceRow("points", self.tr("Points"), f"{have:,}", f"{have - cost:,}", bold=True)]
        )
        short = cost > have
        if short:
            err = ValidationError("points", "insufficient", available=have, wanted=cost)
            show_error(self.error, messages.validation_text(err))
        else:
            show_error(self.error, "")
        self.ok_button.setEnabled(self.current_gift() is not None and not short)

    @Slot()
    def save(self) -> bool:
        gift = self.current_gift()
        if gift is None or not self.ok_button.isEnabled():
            return False
        try:
            info = self.context.call(
                membership.redeem_gift, self.customer_id, gift.item_id, self.qty_spin.value()
            )
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return False
        self.recorded = info
        _emit_changed()
        self.accept()
        return True
