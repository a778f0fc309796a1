"""The commission plan on one screen (提成方案): every rule of the plan in a table — what it
pays on, for which items, grades and 指定/非指定, the rate or tiers, the split with assistants —
edited in place and saved as a new version from a date (today or later). Earlier versions can
be looked at; the past is never recomputed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain import clock
from storecrm.domain.commission import (
    AssistantPay,
    Basis,
    Method,
    RateTier,
    Rule,
    Target,
    TierMode,
)
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.gui.fit import scrolling
from storecrm.gui.format import date_text, parse_yuan, short_yuan
from storecrm.gui.look import icon
from storecrm.gui.models import ListTableModel
from storecrm.gui.screens.staff.words import (
    basis_name,
    method_name,
    mode_name,
    pay_text,
    requested_text,
    scope_text,
    split_text,
    target_name,
)
from storecrm.gui.widgets import error_label, ok_cancel_buttons, show_error, subtitle_label
from storecrm.services import catalogue
from storecrm.services.session import StoreContext
from storecrm.services.staff import plans, roster
from storecrm.services.staff.dto import PlanInfo

MAX_TIERS = 5


def parse_percent(text: str) -> int | None:
    """ "12.5" or "12.5%" → 1250 basis points; None for anything else."""
    cleaned = text.strip().rstrip("%").strip()
    if not cleaned:
        return None
    fen = parse_yuan(cleaned)  # two decimals, exactly: 12.5 → 1250
    return None if fen is None or not 0 <= fen <= 10_000 else fen


def percent_field(rate_bp: int) -> str:
    return short_yuan(rate_bp)


class RuleDialog(QDialog):
    """One rule: what it pays on, for whom, how much."""

    def __init__(
        self,
        rule: Rule,
        items: dict[int, str],
        categories: list[str],
        grades: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Commission rule"))
        self.rule = rule
        self.result_rule: Rule | None = None
        body = QWidget()  # scrolls when the screen is shorter than the rule (1366×768)
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        self.target_combo = QComboBox()
        for target in Target:
            self.target_combo.addItem(target_name(target), target.value)
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("Everything (store default)"), ("default", None))
        for category in categories:
            self.scope_combo.addItem(
                self.tr("Category %1").replace("%1", category), ("category", category)
            )
        for item_id, name in items.items():
            self.scope_combo.addItem(name, ("item", item_id))
        self.grade_combo = QComboBox()
        self.grade_combo.addItem(self.tr("Any grade"), None)
        for grade in grades:
            self.grade_combo.addItem(grade, grade)
        self.requested_combo = QComboBox()
        for value in (None, True, False):
            self.requested_combo.addItem(requested_text(value), value)
        self.basis_combo = QComboBox()
        for basis in Basis:
            self.basis_combo.addItem(basis_name(basis), basis.value)
        self.method_combo = QComboBox()
        for method in Method:
            self.method_combo.addItem(method_name(method), method.value)
        self.rate_edit = QLineEdit()
        self.rate_edit.setPlaceholderText("10")
        self.fixed_edit = QLineEdit()
        self.fixed_edit.setPlaceholderText("5.00")
        self.tiered_box = QCheckBox(self.tr("Tiered by the month's performance (阶梯)"))
        self.mode_combo = QComboBox()
        for mode in TierMode:
            self.mode_combo.addItem(mode_name(mode), mode.value)
        self.mode_combo.setToolTip(
            self.tr(
                "Whole month: the rate reached pays the whole month. Marginal: each tier's "
                "rate pays the part of the month inside it."
            )
        )
        tiers = QGridLayout()
        tiers.addWidget(QLabel(self.tr("From (¥ in the month)")), 0, 0)
        tiers.addWidget(QLabel(self.tr("Rate (%)")), 0, 1)
        self.tier_edits: list[tuple[QLineEdit, QLineEdit]] = []
        for row in range(MAX_TIERS):
            start, rate = QLineEdit(), QLineEdit()
            if row == 0:
                start.setText("0")
                start.setEnabled(False)
            tiers.addWidget(start, row + 1, 0)
            tiers.addWidget(rate, row + 1, 1)
            self.tier_edits.append((start, rate))
        self.tiers_box = QWidget()
        self.tiers_box.setLayout(tiers)
        self.main_edit = QLineEdit()
        self.assistant_combo = QComboBox()
        self.assistant_combo.addItem(self.tr("a share of the line (%)"), AssistantPay.SHARE.value)
        self.assistant_combo.addItem(
            self.tr("a fixed amount per unit (¥)"), AssistantPay.FIXED.value
        )
        self.assistant_edit = QLineEdit()
        split = QHBoxLayout()
        split.addWidget(QLabel(self.tr("Main %")))
        split.addWidget(self.main_edit)
        split.addWidget(QLabel(self.tr("Assistants get")))
        split.addWidget(self.assistant_combo)
        split.addWidget(self.assistant_edit)
        self.bonus_box = QCheckBox(self.tr("Pay on bonus stored value too (赠送金额)"))
        form.addRow(self.tr("Pays on"), self.target_combo)
        form.addRow(self.tr("For"), self.scope_combo)
        form.addRow(self.tr("Grade"), self.grade_combo)
        form.addRow(self.tr("指定 / 非指定"), self.requested_combo)
        form.addRow(self.tr("Performance"), self.basis_combo)
        form.addRow(self.tr("How"), self.method_combo)
        form.addRow(self.tr("Rate (%)"), self.rate_edit)
        form.addRow(self.tr("Amount per unit (¥)"), self.fixed_edit)
        form.addRow("", self.tiered_box)
        form.addRow(self.tr("Tiers"), self.mode_combo)
        form.addRow("", self.tiers_box)
        form.addRow(self.tr("With assistants"), split)
        form.addRow("", self.bonus_box)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body), 1)
        self.error = error_label()
        outer.addWidget(self.error)
        buttons, _ok = ok_cancel_buttons(self, self.save)
        outer.addWidget(buttons)
        hint = body.sizeHint()  # as big as the rule asks; the window fit bounds it to the screen
        self.resize(hint.width() + 40, hint.height() + 110)
        self._load(rule)
        for combo in (self.method_combo, self.target_combo):
            combo.currentIndexChanged.connect(lambda _i: self._enable())
        self.tiered_box.toggled.connect(lambda _on: self._enable())
        self._enable()

    def _load(self, rule: Rule) -> None:
        self.target_combo.setCurrentIndex(self.target_combo.findData(rule.target.value))
        scope = (
            ("item", rule.item_id)
            if rule.item_id is not None
            else ("category", rule.category)
            if rule.category
            else ("default", None)
        )
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(scope)))
        self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(rule.grade)))
        self.requested_combo.setCurrentIndex(self.requested_combo.findData(rule.requested))
        self.basis_combo.setCurrentIndex(self.basis_combo.findData(rule.basis.value))
        self.method_combo.setCurrentIndex(self.method_combo.findData(rule.method.value))
        self.rate_edit.setText(percent_field(rule.rate_bp))
        self.fixed_edit.setText(short_yuan(rule.fixed_fen))
        self.tiered_box.setChecked(bool(rule.tiers))
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(rule.tier_mode.value))
        for (start, rate), tier in zip(self.tier_edits, rule.tiers, strict=False):
            start.setText(short_yuan(tier.from_fen))
            rate.setText(percent_field(tier.rate_bp))
        self.main_edit.setText(short_yuan(rule.main_permille * 10))
        self.assistant_combo.setCurrentIndex(
            self.assistant_combo.findData(rule.assistant_pay.value)
        )
        self.assistant_edit.setText(
            short_yuan(rule.assistant_fixed_fen)
            if rule.assistant_pay is AssistantPay.FIXED
            else short_yuan(rule.assistant_permille * 10)
        )
        self.bonus_box.setChecked(rule.include_bonus)

    def _enable(self) -> None:
        fixed = self.method_combo.currentData() == Method.FIXED.value
        line = self.target_combo.currentData() == Target.LINE.value
        self.rate_edit.setEnabled(not fixed and not self.tiered_box.isChecked())
        self.fixed_edit.setEnabled(fixed)
        self.tiered_box.setEnabled(not fixed)
        tiered = self.tiered_box.isChecked() and not fixed
        self.mode_combo.setEnabled(tiered)
        self.tiers_box.setEnabled(tiered)
        self.scope_combo.setEnabled(line)
        self.basis_combo.setEnabled(line)
        self.bonus_box.setEnabled(line)
        if not line:
            self.scope_combo.setCurrentIndex(0)
            self.basis_combo.setCurrentIndex(self.basis_combo.findData(Basis.CASH.value))

    def _percent(self, edit: QLineEdit, field: str) -> int:
        value = parse_percent(edit.text() or "0")
        if value is None:
            edit.setFocus()
            raise ValidationError(field, "range", low=0, high=100)
        return value

    def _yuan(self, edit: QLineEdit, field: str) -> int:
        value = parse_yuan(edit.text() or "0")
        if value is None or value < 0:
            edit.setFocus()
            raise ValidationError(field, "invalid")
        return value

    @Slot()
    def save(self) -> None:
        try:
            kind, value = self.scope_combo.currentData()
            fixed_assistant = self.assistant_combo.currentData() == AssistantPay.FIXED.value
            tiers: list[RateTier] = []
            if self.tiered_box.isChecked() and self.tiered_box.isEnabled():
                for start, rate in self.tier_edits:
                    if not rate.text().strip():
                        continue
                    tiers.append(RateTier(self._yuan(start, "tiers"), self._percent(rate, "rate")))
            rule = Rule(
                rule_id=self.rule.rule_id,
                target=Target(self.target_combo.currentData()),
                item_id=value if kind == "item" else None,
                category=value if kind == "category" else None,
                grade=self.grade_combo.currentData(),
                requested=self.requested_combo.currentData(),
                basis=Basis(self.basis_combo.currentData()),
                method=Method(self.method_combo.currentData()),
                rate_bp=0 if tiers else self._percent(self.rate_edit, "rate"),
                fixed_fen=self._yuan(self.fixed_edit, "fixed"),
                tiers=tuple(tiers),
                tier_mode=TierMode(self.mode_combo.currentData()),
                main_permille=self._percent(self.main_edit, "main_share") // 10,
                assistant_pay=AssistantPay(self.assistant_combo.currentData()),
                assistant_permille=0
                if fixed_assistant
                else self._percent(self.assistant_edit, "assistant_share") // 10,
                assistant_fixed_fen=self._yuan(self.assistant_edit, "assistant_fixed")
                if fixed_assistant
                else 0,
                include_bonus=self.bonus_box.isChecked(),
            ).check()
        except ValidationError as exc:
            show_error(self.error, messages.validation_text(exc))
            return
        self.result_rule = rule
        self.accept()


class PlanTab(QWidget):
    """The rules of the plan being edited (from the latest version), the versions saved."""

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rules: list[Rule] = []
        self.versions: list[PlanInfo] = []
        self.items = {i.item_id: i.name for i in context.call(catalogue.list_items)}
        self.categories = sorted(
            {i.category for i in context.call(catalogue.list_items) if i.category}
        )
        self.grades = sorted(
            {
                p.grade
                for p in context.call(roster.list_staff_members, include_inactive=True)
                if p.grade
            }
        )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.version_combo = QComboBox()
        self.version_combo.setMinimumContentsLength(28)
        self.version_combo.setToolTip(self.tr("Look at a version saved before"))
        self.version_label = subtitle_label("")
        top.addWidget(QLabel(self.tr("Version")))
        top.addWidget(self.version_combo)
        top.addWidget(self.version_label, 1)
        layout.addLayout(top)
        tools = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("&Add rule…"))
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.remove_button = QPushButton(icon("delete"), self.tr("Re&move"))
        for button in (self.add_button, self.edit_button, self.remove_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.model: ListTableModel[Rule] = ListTableModel(
            [
                (self.tr("Pays on"), lambda r: target_name(r.target)),
                (self.tr("For"), lambda r: scope_text(r, self.items)),
                (self.tr("Grade"), lambda r: r.grade or self.tr("any")),
                (self.tr("指定"), lambda r: requested_text(r.requested)),
                (self.tr("Performance"), lambda r: basis_name(r.basis)),
                (self.tr("Pays"), pay_text),
                (self.tr("Main / assistants"), split_text),
                (self.tr("Bonus value"), lambda r: self.tr("paid") if r.include_bonus else ""),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.table, 1)
        save_row = QHBoxLayout()
        self.from_edit = QDateEdit()
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDisplayFormat("yyyy-MM-dd")
        now = clock.now()
        today = QDate(now.year, now.month, now.day)
        self.from_edit.setMinimumDate(today)
        self.from_edit.setDate(today)
        self.from_edit.setToolTip(self.tr("Sales from this day on are paid by the new version"))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("What changed (optional)"))
        self.save_button = QPushButton(icon("check"), self.tr("&Save as a new version"))
        self.save_button.setObjectName("PrimaryButton")
        save_row.addWidget(QLabel(self.tr("In force from")))
        save_row.addWidget(self.from_edit)
        save_row.addWidget(self.note_edit, 1)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)
        self.error = error_label()
        layout.addWidget(self.error)
        self.saved_label = subtitle_label("")
        layout.addWidget(self.saved_label)
        self.add_button.clicked.connect(lambda: self.edit(new=True))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.remove_button.clicked.connect(self.remove)
        self.save_button.clicked.connect(self.save)
        self.version_combo.currentIndexChanged.connect(self._show_version)
        self.refresh()

    def refresh(self) -> None:
        self.versions = self.context.call(plans.list_plans)
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for plan in reversed(self.versions):
            state = self.tr("in force") if plan.in_force else (
                self.tr("from %1").replace("%1", date_text(plan.effective_from))
            )  # fmt: skip
            self.version_combo.addItem(
                self.tr("Version %1 · %2").replace("%1", str(plan.version)).replace("%2", state),
                plan.plan_id,
            )
        self.version_combo.blockSignals(False)
        latest = max(self.versions, key=lambda p: (p.effective_from, p.plan_id), default=None)
        if latest is not None:
            self.version_combo.setCurrentIndex(self.version_combo.findData(latest.plan_id))
        self._show_version()

    def _show_version(self) -> None:
        plan = next(
            (p for p in self.versions if p.plan_id == self.version_combo.currentData()), None
        )
        if plan is None:
            self.rules = []
            self.version_label.setText(self.tr("No plan yet: add rules and save."))
        else:
            self.rules = list(plan.rules)
            self.version_label.setText(
                self.tr("From %1, saved %2 by %3. %4")
                .replace("%1", date_text(plan.effective_from))
                .replace("%2", date_text(plan.created_at))
                .replace("%3", plan.created_by_name)
                .replace("%4", plan.note)
            )
        self.model.set_rows(self.rules)

    def selected_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def edit(self, new: bool = False) -> RuleDialog | None:
        row = None if new else self.selected_row()
        if not new and row is None:
            return None
        rule = Rule(0, Target.LINE, rate_bp=1000) if row is None else self.rules[row]
        dialog = RuleDialog(rule, self.items, self.categories, self.grades, self)
        self.dialog = dialog

        def done(result: int) -> None:
            if result and dialog.result_rule is not None:
                if row is None:
                    self.rules.append(replace(dialog.result_rule, rule_id=0))
                else:
                    self.rules[row] = dialog.result_rule
                self.model.set_rows(self.rules)
                show_error(self.error, self.tr("Not saved yet: save as a new version."))

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def remove(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        del self.rules[row]
        self.model.set_rows(self.rules)
        show_error(self.error, self.tr("Not saved yet: save as a new version."))

    @Slot()
    def save(self) -> bool:
        effective = self.from_edit.date().toPython()
        assert isinstance(effective, date)
        try:
            saved = self.context.call(
                plans.save_plan,
                effective,
                tuple(self.rules),
                self.note_edit.text(),
            )
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return False
        show_error(self.error, "")
        self.note_edit.clear()
        self.refresh()
        self.version_combo.setCurrentIndex(self.version_combo.findData(saved.plan_id))
        self.saved_label.setText(
            self.tr("Version %1 is saved; it pays the sales from %2 on.")
            .replace("%1", str(saved.version))
            .replace("%2", date_text(saved.effective_from))
        )
        return True


__all__ = ["PlanTab", "RuleDialog", "parse_percent"]
