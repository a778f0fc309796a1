"""The points and stored-value rules tab: points earned and paid, their expiry, the top-up
bonuses (充送) and the amount above which a refund needs approval."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.membership import MAX_AMOUNT_FEN, MembershipRules, PointsExpiry, TopUpBonus
from storecrm.domain.roles import Permission
from storecrm.gui.bus import store_bus
from storecrm.gui.look import icon, set_property
from storecrm.gui.screens.membership_screen.forms import MoneyEdit, buddy
from storecrm.gui.screens.membership_screen.tables import (
    RecordModel,
    record_table,
    select_where,
    selected_row,
)
from storecrm.gui.screens.membership_screen.words import bonus_rule_text, yuan
from storecrm.gui.widgets import error_label, show_error, subtitle_label
from storecrm.services import membership
from storecrm.services.session import StoreContext


class RulesTab(QWidget):
    """Points per yuan, points for ¥1 off, expiry, top-up bonuses, the refund threshold."""

    def __init__(self, context: StoreContext) -> None:
        super().__init__()
        self.context = context
        self.can_edit = context.actor.can(Permission.MANAGE_MEMBERSHIP)
        self.rules = MembershipRules()
        form = QFormLayout(self)
        form.setContentsMargins(16, 16, 16, 16)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.earn_spin = QSpinBox()
        self.earn_spin.setRange(0, 1000)
        self.earn_spin.setSpecialValueText(self.tr("No points"))
        self.earn_spin.setMaximumWidth(200)
        self.earn_spin.setToolTip(
            self.tr("Points for every whole yuan paid, before the tier's multiplier.")
        )
        self.redeem_spin = QSpinBox()
        self.redeem_spin.setRange(0, 100_000)
        self.redeem_spin.setSpecialValueText(self.tr("No redemption"))
        self.redeem_spin.setMaximumWidth(200)
        self.redeem_spin.setToolTip(
            self.tr("How many points pay for ¥1 at the till; 0 turns paying with points off.")
        )
        self.expiry_combo = QComboBox()
        self.expiry_combo.addItem(self.tr("Never"), PointsExpiry.NEVER.value)
        self.expiry_combo.addItem(
            self.tr("At the end of the following year"), PointsExpiry.END_OF_NEXT_YEAR.value
        )
        self.expiry_combo.setMaximumWidth(360)
        self.expiry_combo.setToolTip(
            self.tr("积分年底清零: points earned in 2025 lapse after 31 December 2026.")
        )
        form.addRow(self.tr("Points &earned per ¥1 paid"), self.earn_spin)
        form.addRow(self.tr("Points &paid for ¥1 off"), self.redeem_spin)
        form.addRow(self.tr("Points e&xpire"), self.expiry_combo)

        self.bonus_model: RecordModel[TopUpBonus] = RecordModel(
            [
                (self.tr("Top-up of at least"), lambda b: yuan(b.min_fen)),
                (self.tr("Bonus"), lambda b: yuan(b.bonus_fen)),
                (self.tr("Rule"), bonus_rule_text),
            ],
            self,
            numeric=(0, 1),
        )
        self.bonus_table = record_table(self.bonus_model)
        self.bonus_table.setMinimumHeight(150)
        self.bonus_table.setMaximumHeight(190)
        self.bonus_min_edit = MoneyEdit("500")
        self.bonus_min_edit.setFixedWidth(84)
        self.bonus_min_edit.setToolTip(self.tr("The smallest top-up that earns the bonus, in ¥"))
        self.bonus_amount_edit = MoneyEdit("50")
        self.bonus_amount_edit.setFixedWidth(84)
        self.bonus_amount_edit.setToolTip(self.tr("The bonus value added to the balance, in ¥"))
        self.add_bonus_button = QPushButton(icon("add"), self.tr("A&dd rule"))
        self.add_bonus_button.setToolTip(self.tr("Add the rule (Enter); the same amount replaces"))
        self.remove_bonus_button = QPushButton(icon("delete"), self.tr("Re&move"))
        self.remove_bonus_button.setToolTip(self.tr("Remove the selected rule (Delete)"))
        # Remove under the table, the new rule on a line of its own: narrow enough for 1024 px.
        remover = QHBoxLayout()
        remover.addStretch(1)
        remover.addWidget(self.remove_bonus_button)
        adder = QHBoxLayout()
        adder.setSpacing(8)
        adder.addWidget(QLabel(self.tr("Top up ¥")))
        adder.addWidget(self.bonus_min_edit)
        adder.addWidget(QLabel(self.tr("get ¥")))
        adder.addWidget(self.bonus_amount_edit)
        adder.addWidget(QLabel(self.tr("free")))
        adder.addWidget(self.add_bonus_button)
        adder.addStretch(1)
        for button in (self.add_bonus_button, self.remove_bonus_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        bonuses = QVBoxLayout()
        bonuses.setSpacing(8)
        bonuses.addWidget(self.bonus_table)
        bonuses.addLayout(remover)
        bonuses.addLayout(adder)
        self.bonus_error = error_label()
        bonuses.addWidget(self.bonus_error)
        form.addRow(buddy(self.tr("Top-up &bonuses"), self.bonus_min_edit), bonuses)

        self.approval_edit = MoneyEdit("200")
        self.approval_edit.setToolTip(
            self.tr(
                "A cashier's refund or stored-value withdrawal above this amount needs a "
                "manager's or the owner's password."
            )
        )
        form.addRow(self.tr("Refunds need approval &above (¥)"), self.approval_edit)
        self.error = error_label()
        form.addRow("", self.error)
        self.note = subtitle_label("")
        form.addRow("", self.note)
        self.save_button = QPushButton(self.tr("&Save rules"))
        self.save_button.setToolTip(self.tr("Save the rules (Ctrl+S)"))
        set_property(self.save_button, "primary", True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addRow("", save_row)

        self.save_button.clicked.connect(lambda: self.save())
        self.add_bonus_button.clicked.connect(lambda: self.add_bonus())
        self.remove_bonus_button.clicked.connect(self.remove_bonus)
        self.bonus_amount_edit.returnPressed.connect(lambda: self.add_bonus())
        self.bonus_min_edit.returnPressed.connect(self.bonus_amount_edit.setFocus)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.bonus_table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_bonus)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save())
        for widget in (
            self.earn_spin,
            self.redeem_spin,
            self.expiry_combo,
            self.bonus_min_edit,
            self.bonus_amount_edit,
            self.add_bonus_button,
            self.remove_bonus_button,
            self.approval_edit,
            self.save_button,
        ):
            widget.setEnabled(self.can_edit)
        if not self.can_edit:
            self.note.setText(
                self.tr("Only the owner can change the points and stored-value rules.")
            )
        self.reload()

    def reload(self) -> None:
        try:
            self.rules = self.context.call(membership.get_rules)
        except StoreCRMError:
            return
        r = self.rules
        self.earn_spin.setValue(r.points_per_yuan)
        self.redeem_spin.setValue(r.points_per_yuan_off)
        self.expiry_combo.setCurrentIndex(max(0, self.expiry_combo.findData(r.points_expiry.value)))
        self.bonus_model.set_rows(sorted(r.top_up_bonuses, key=lambda b: b.min_fen))
        self.approval_edit.set_fen(r.refund_approval_fen)

    def bonuses(self) -> tuple[TopUpBonus, ...]:
        return tuple(self.bonus_model.rows())

    def add_bonus(self) -> bool:
        """Add the rule typed below the list (a rule for the same amount is replaced)."""
        low, bonus = self.bonus_min_edit.fen(), self.bonus_amount_edit.fen()
        if not low:
            show_error(
                self.bonus_error, messages.error_text(ValidationError("top_up_bonuses", "required"))
            )
            self.bonus_min_edit.setFocus()
            return False
        if bonus is None or not 0 < bonus <= low * 10:
            show_error(
                self.bonus_error,
                messages.error_text(ValidationError("top_up_bonuses", "bonus_too_large")),
            )
            self.bonus_amount_edit.setFocus()
            return False
        show_error(self.bonus_error, "")
        rows = [b for b in self.bonuses() if b.min_fen != low] + [TopUpBonus(low, bonus)]
        self.bonus_model.set_rows(sorted(rows, key=lambda b: b.min_fen))
        select_where(self.bonus_table, self.bonus_model, lambda b: b.min_fen == low)
        self.bonus_min_edit.clear()
        self.bonus_amount_edit.clear()
        self.bonus_min_edit.setFocus()
        self.note.setText(self.tr("Not saved yet."))
        return True

    @Slot()
    def remove_bonus(self) -> None:
        chosen = selected_row(self.bonus_table, self.bonus_model)
        if chosen is None or not self.can_edit:
            return
        self.bonus_model.set_rows([b for b in self.bonuses() if b != chosen])
        self.note.setText(self.tr("Not saved yet."))

    def save(self) -> bool:
        if not self.can_edit:
            return False
        approval = self.approval_edit.fen()
        rules = replace(
            self.rules,
            points_per_yuan=self.earn_spin.value(),
            points_per_yuan_off=self.redeem_spin.value(),
            points_expiry=PointsExpiry(self.expiry_combo.currentData()),
            top_up_bonuses=self.bonuses(),
            refund_approval_fen=0 if approval is None else min(approval, MAX_AMOUNT_FEN),
        )
        try:
            self.rules = self.context.call(membership.set_rules, rules)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return False
        show_error(self.error, "")
        self.note.setText(self.tr("Saved. The till uses the new rules from the next sale."))
        store_bus().changed.emit("membership")
        return True
