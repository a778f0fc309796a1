"""The reminder settings (提醒设置): what is reminded and how many days ahead."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.reminders import (
    RULE_LIMITS,
    ReminderRules,
)
from storecrm.domain.roles import Permission
from storecrm.gui.format import parse_yuan, yuan_text
from storecrm.gui.look import icon, set_property
from storecrm.gui.screens.reminder_tabs.common import (
    hint_label,
    tab_shortcut,
)
from storecrm.gui.widgets import (
    error_label,
    plural_suffix,
    show_error,
    subtitle_label,
)
from storecrm.services import reminders
from storecrm.services.session import StoreContext


# -- reminder settings ---------------------------------------------------------------------------
class YuanSpinBox(QSpinBox):
    """Money in a spin box: the value is integer fen, the text yuan (50.00); never a float."""

    def __init__(self) -> None:
        super().__init__()
        self.setPrefix("¥ ")
        self.setSingleStep(10_00)

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt API
        return yuan_text(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt API
        fen = parse_yuan(text.removeprefix(self.prefix()))
        return self.value() if fen is None else fen

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = text.removeprefix(self.prefix()).strip()
        fen = parse_yuan(typed)
        if not typed or typed.endswith("."):
            state = QValidator.State.Intermediate
        elif fen is None:
            state = QValidator.State.Invalid
        elif self.minimum() <= fen <= self.maximum():
            state = QValidator.State.Acceptable
        else:
            state = QValidator.State.Intermediate
        return state, text, pos


class ReminderSettingsTab(QWidget):
    """Which reminders the store wants and their numbers (ReminderRules), in two columns."""

    changed = Signal()

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.can_edit = context.actor.can(Permission.MANAGE_REMINDERS)
        self.rules = ReminderRules()
        self.spins: dict[str, QSpinBox] = {}
        self.switches: dict[str, QGroupBox | QCheckBox] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 16, 16, 16)
        column.setSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        column.addLayout(columns)

        def days(n: int) -> str:
            return self.tr(" day(s)", "", n)

        def visits(n: int) -> str:
            return self.tr(" visit(s)", "", n)

        def sessions(n: int) -> str:
            return self.tr(" session(s)", "", n)

        birthday = self._group("birthday", self.tr("Birthdays"))
        self._number(birthday, "birthday_days_ahead", self.tr("Remind &ahead"), days)
        self._hint(birthday, self.tr("From this many days before the birthday, solar or lunar."))

        returns = self._group("return_visit", self.tr("Return visits due"))
        self._check(returns, "return_by_average", self.tr("By the customer's own &rhythm"))
        self._number(returns, "return_min_visits", self.tr("With at least"), visits)
        self._hint(
            returns,
            self.tr("Their average interval between visits, once they have come this often."),
        )
        self._check(returns, "return_by_item", self.tr("By the items' return &cycle"))
        self._hint(
            returns,
            self.tr("Items with a return cycle (a hair colour every 45 days) bought last time."),
        )
        self._number(returns, "return_days_ahead", self.tr("Remind ahead"), days)
        self._number(returns, "return_overdue_days", self.tr("Keep showing after"), days)

        dormant = self._group("dormant", self.tr("Dormant customers (流失预警)"))
        self._number(dormant, "dormant_days", self.tr("No &visit for"), days)
        self._number(dormant, "dormant_window_days", self.tr("Shown for"), days)
        self._hint(
            dormant,
            self.tr("Customers gone longer are in the customer list's “At risk” category."),
        )

        expiring = self._group("card_expiring", self.tr("Cards expiring"))
        self._number(expiring, "card_expiring_days", self.tr("&Expires within"), days)
        self._hint(expiring, self.tr("Active cards that still have sessions, and period cards."))

        low = self._group("card_low", self.tr("Session cards nearly used up"))
        self._number(low, "card_low_sessions", self.tr("At most"), sessions)
        self._hint(low, self.tr("Session cards with this many sessions left or fewer."))

        balance = self._group("balance_low", self.tr("Stored value low"))
        self.balance_spin = YuanSpinBox()
        low_fen, high_fen = RULE_LIMITS["balance_low_fen"]
        self.balance_spin.setRange(low_fen, high_fen)
        self._number(
            balance, "balance_low_fen", self.tr("&Balance below"), lambda _n: "", self.balance_spin
        )
        self._hint(
            balance,
            self.tr("Balances above ¥0 and below this; reminded again after each visit."),
        )

        anniversary = self._group("anniversary", self.tr("Membership anniversaries"))
        self._number(anniversary, "anniversary_days_ahead", self.tr("Remind ahead"), days)
        self._hint(anniversary, self.tr("The day the customer joined, every year."))

        booked = self._group("appointment", self.tr("Tomorrow's appointments"))
        self._hint(
            booked,
            self.tr("Customers booked for tomorrow, to remind them of their appointment."),
        )
        no_show = self._group("no_show", self.tr("No-show follow-up"))
        self._number(no_show, "no_show_days", self.tr("No-shows of the &last"), days)
        self._hint(no_show, self.tr("Customers who did not come to their appointment."))

        tasks = QGroupBox(self.tr("Tasks and service records"))
        self._new_form(tasks)
        self._check(tasks, "followup", self.tr("Follow-up &tasks on their due day"))
        self._check(tasks, "service", self.tr("Service records not resolved by their due da&y"))
        self._check(
            tasks, "lifecycle_coupon", self.tr("Lifecycle coupons issued, to tell the customer")
        )
        self._number(tasks, "effect_days", self.tr("Brought back &within"), days)
        self._hint(
            tasks,
            self.tr(
                "A contacted customer who buys within this many days counts as brought back "
                "in the reports."
            ),
        )

        # Two columns of about the same height: when a customer is due left, cards right.
        left_boxes = (birthday, returns, anniversary, balance, booked)
        right_boxes = (dormant, expiring, low, tasks, no_show)
        for boxes_of_column in (left_boxes, right_boxes):
            stack = QVBoxLayout()
            stack.setSpacing(12)
            for box in boxes_of_column:
                stack.addWidget(box)
            stack.addStretch(1)
            columns.addLayout(stack, 1)
        boxes = left_boxes + right_boxes

        self.error = error_label()
        column.addWidget(self.error)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setToolTip(self.tr("Save the reminder settings (Ctrl+S)"))
        set_property(self.save_button, "primary", True)
        self.reset_button = QPushButton(icon("refresh"), self.tr("Reset to &defaults"))
        self.reset_button.setToolTip(self.tr("Fill in the settings StoreCRM starts with"))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.note = subtitle_label("")
        column.addWidget(self.note)
        column.addStretch(1)

        self.save_button.clicked.connect(lambda: self.save())
        self.reset_button.clicked.connect(self.reset)
        tab_shortcut(self, QKeySequence.StandardKey.Save, lambda: self.save())
        for box in boxes:
            box.setEnabled(self.can_edit)
        self.save_button.setVisible(self.can_edit)
        self.reset_button.setVisible(self.can_edit)
        if not self.can_edit:
            self.note.setText(
                self.tr("Only the owner or a manager can change the reminder settings.")
            )
        self.reload()

    # -- building ---------------------------------------------------------------------------------
    def _group(self, name: str, title: str) -> QGroupBox:
        box = QGroupBox(title)
        box.setCheckable(True)
        box.setToolTip(self.tr("Tick to show these reminders"))
        self._new_form(box)
        self.switches[name] = box
        return box

    def _new_form(self, box: QGroupBox) -> None:
        form = QFormLayout(box)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = box.layout()
        assert isinstance(form, QFormLayout)
        return form

    def _number(
        self,
        box: QGroupBox,
        name: str,
        label: str,
        unit: Callable[[int], str],
        spin: QSpinBox | None = None,
    ) -> None:
        if spin is None:
            spin = QSpinBox()
            spin.setRange(*RULE_LIMITS[name])
            plural_suffix(spin, unit)
        # Wide enough for the largest number and its unit at any font size.
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance(f"¥ 0000000.00{unit(2)}") + 48)
        caption = QLabel(label)
        caption.setBuddy(spin)
        self.spins[name] = spin
        self._form(box).addRow(caption, spin)

    def _check(self, box: QGroupBox, name: str, label: str) -> None:
        check = QCheckBox(label)
        self.switches[name] = check
        self._form(box).addRow(check)

    def _hint(self, box: QGroupBox, text: str) -> None:
        self._form(box).addRow(hint_label(text))

    # -- behaviour --------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.rules = self.context.call(reminders.get_rules)
        except StoreCRMError:
            return
        self.show_rules(self.rules)

    def show_rules(self, rules: ReminderRules) -> None:
        for name, switch in self.switches.items():
            switch.setChecked(bool(getattr(rules, name)))
        for name, spin in self.spins.items():
            spin.setValue(int(getattr(rules, name)))

    def rules_shown(self) -> ReminderRules:
        values: dict[str, Any] = {n: s.isChecked() for n, s in self.switches.items()}
        values |= {n: s.value() for n, s in self.spins.items()}
        return replace(self.rules, **values)

    @Slot()
    def reset(self) -> None:
        self.show_rules(ReminderRules())
        self.note.setText(self.tr("The default settings are filled in; save to keep them."))

    def save(self) -> bool:
        if not self.can_edit:
            return False
        for spin in self.spins.values():
            spin.interpretText()  # a number still being typed counts
            set_property(spin, "error", False)
        try:
            self.rules = self.context.call(reminders.set_rules, self.rules_shown())
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            wrong = self.spins.get(exc.field) if isinstance(exc, ValidationError) else None
            if wrong is not None:
                set_property(wrong, "error", True)
                wrong.setFocus()
            return False
        show_error(self.error, "")
        self.show_rules(self.rules)
        self.note.setText(self.tr("Saved. Today's list follows the new settings."))
        self.changed.emit()
        return True
