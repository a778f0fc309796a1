"""The session cards tab: the card plans (次卡 with a number of visits, 期限卡 unlimited
until expiry) and the dialog that adds or changes one."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.membership import CardKind
from storecrm.domain.roles import Permission
from storecrm.gui.format import money
from storecrm.gui.screens.membership_screen.forms import MoneyEdit, _FormDialog, buddy
from storecrm.gui.screens.membership_screen.list_tab import _ListTab
from storecrm.gui.screens.membership_screen.words import (
    DAYS_PER_MONTH,
    DAYS_PER_YEAR,
    active_text,
    card_kind_name,
    validity_text,
)
from storecrm.gui.widgets import plural_suffix
from storecrm.services import catalogue
from storecrm.services.dto import CardPlanDraft, CardPlanInfo
from storecrm.services.session import StoreContext


class CardPlanDialog(_FormDialog):
    """A session card (次卡: n sessions) or a period card (期限卡: unlimited until expiry)."""

    def __init__(
        self,
        context: StoreContext,
        plan: CardPlanInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Add a card plan") if plan is None else self.tr("Change card plan"), parent
        )
        self.context = context
        self.plan = plan
        self.saved: CardPlanInfo | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(64)
        self.name_edit.setPlaceholderText(self.tr("e.g. 10 washes card"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Session card (a number of visits)"), CardKind.COUNT.value)
        self.kind_combo.addItem(
            self.tr("Period card (unlimited until expiry)"), CardKind.PERIOD.value
        )
        self.sessions_spin = QSpinBox()
        self.sessions_spin.setRange(1, 1000)
        self.sessions_spin.setValue(10)
        plural_suffix(self.sessions_spin, lambda n: self.tr(" session(s)", "", n))
        self.sessions_spin.setMaximumWidth(180)
        self.price_edit = MoneyEdit()
        self.valid_spin = QSpinBox()
        self.valid_spin.setRange(0, 3660)
        self.valid_spin.setSpecialValueText(self.tr("No expiry"))
        self.valid_spin.setMaximumWidth(140)
        self.valid_spin.setToolTip(self.tr("How long the card can be used after it is bought."))
        self.unit_combo = QComboBox()
        for unit in (1, DAYS_PER_MONTH, DAYS_PER_YEAR):
            self.unit_combo.addItem("", unit)
        self.valid_spin.valueChanged.connect(self._name_units)
        self._name_units(self.valid_spin.value())
        valid_row = QHBoxLayout()
        valid_row.addWidget(self.valid_spin)
        valid_row.addWidget(self.unit_combo)
        valid_row.addStretch(1)
        self.item_combo = QComboBox()
        self.item_combo.addItem(self.tr("Any service"), None)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, 720)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSpecialValueText(self.tr("Not set (30 min)"))
        plural_suffix(self.duration_spin, lambda n: self.tr(" min", "", n))
        self.duration_spin.setMaximumWidth(200)
        self.duration_spin.setToolTip(self.tr("How long an appointment for this service takes."))
        self.active_check = QCheckBox(self.tr("On sale"))
        self.active_check.setChecked(True)
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("&Kind"), self.kind_combo)
        self.form.addRow(self.tr("Sess&ions"), self.sessions_spin)
        self.form.addRow(self.tr("&Price (¥)"), self.price_edit)
        self.form.addRow(buddy(self.tr("&Valid for"), self.valid_spin), valid_row)
        self.form.addRow(self.tr("&Covers"), self.item_combo)
        self.form.addRow("", self.active_check)
        self.fields = {
            "name": self.name_edit,
            "kind": self.kind_combo,
            "sessions": self.sessions_spin,
            "price": self.price_edit,
            "valid_days": self.valid_spin,
            "item": self.item_combo,
            "item_id": self.item_combo,
        }
        self.finish()
        try:
            items = context.call(catalogue.list_items, include_inactive=True)
        except StoreCRMError:
            items = []
        for item in items:
            covered = plan is not None and plan.item_id == item.item_id
            if (item.kind == "service" and item.active) or covered:
                self.item_combo.addItem(item.name, item.item_id)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        if plan is not None:
            self.name_edit.setText(plan.name)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(plan.kind)))
            if plan.sessions is not None:
                self.sessions_spin.setValue(plan.sessions)
            self.price_edit.set_fen(plan.price_fen)
            self.set_valid_days(plan.valid_days)
            self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(plan.item_id)))
            self.active_check.setChecked(plan.active)
        self._kind_changed()

    @Slot(int)
    def _name_units(self, n: int) -> None:
        """The units read with the number before them: "1 day", "2 days"."""
        names = (
            self.tr("day(s)", "", n),
            self.tr("month(s) (30 days)", "", n),
            self.tr("year(s) (365 days)", "", n),
        )
        for index, name in enumerate(names):
            self.unit_combo.setItemText(index, name)

    def set_valid_days(self, days: int | None) -> None:
        if days is None:
            self.unit_combo.setCurrentIndex(0)
            self.valid_spin.setValue(0)
            return
        for unit in (DAYS_PER_YEAR, DAYS_PER_MONTH, 1):
            if days % unit == 0:
                self.unit_combo.setCurrentIndex(self.unit_combo.findData(unit))
                self.valid_spin.setValue(days // unit)
                return

    def valid_days(self) -> int | None:
        value = self.valid_spin.value()
        return value * int(self.unit_combo.currentData()) if value else None

    @Slot()
    def _kind_changed(self) -> None:
        count = self.kind_combo.currentData() == CardKind.COUNT.value
        self.form.setRowVisible(self.sessions_spin, count)
        self.valid_spin.setSpecialValueText(self.tr("No expiry") if count else self.tr("Choose"))
        self.adjustSize()

    @Slot()
    def submit(self) -> None:
        price = self.price_edit.fen()
        if price is None:
            self.fail(ValidationError("price", "required"))
            return
        count = self.kind_combo.currentData() == CardKind.COUNT.value
        draft = CardPlanDraft(
            name=self.name_edit.text(),
            kind=str(self.kind_combo.currentData()),
            price_fen=price,
            sessions=self.sessions_spin.value() if count else None,
            valid_days=self.valid_days(),
            item_id=self.item_combo.currentData(),
            active=self.active_check.isChecked(),
            plan_id=None if self.plan is None else self.plan.plan_id,
        )
        self.save_with(catalogue.save_card_plan, draft)


class CardPlansTab(_ListTab):
    topic = "catalogue"

    def __init__(self, context: StoreContext) -> None:
        super().__init__(context, Permission.MANAGE_CATALOGUE)
        self.build(
            self.tr(
                "Cards a member buys at the till: a session card holds a number of visits, "
                "a period card unlimited visits until it expires."
            ),
            self.tr("Only the owner or a manager can change card plans and their prices."),
            [
                (self.tr("Card"), lambda p: p.name),
                (self.tr("Kind"), lambda p: card_kind_name(p.kind)),
                (
                    self.tr("Sessions"),
                    lambda p: self.tr("Unlimited") if p.sessions is None else p.sessions,
                ),
                (self.tr("Price"), lambda p: money(p.price_fen)),
                (self.tr("Valid for"), lambda p: validity_text(p.valid_days)),
                (self.tr("Covers"), lambda p: p.item_name or self.tr("Any service")),
                (self.tr("Status"), lambda p: active_text(p.active)),
            ],
            (2, 3),
            self.tr("&Add card plan…"),
            self.tr("Add a session or period card (Ctrl+N)"),
            self.tr("Change the selected card plan (Enter or double-click)"),
        )
        self.reload()

    def load(self) -> list[CardPlanInfo]:
        return self.context.call(catalogue.list_card_plans, include_inactive=True)

    def key(self, row: CardPlanInfo) -> int:
        return row.plan_id

    def make_dialog(self, row: CardPlanInfo | None) -> CardPlanDialog:
        return CardPlanDialog(self.context, row, self)
