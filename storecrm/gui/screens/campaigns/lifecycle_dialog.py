"""Lifecycle offers: the owner switches each on (开卡礼, 生日礼, 沉睡唤醒, 推荐奖励), with its
coupon, its holdout and its own figures. Each is a standing campaign whose coupons go out once a
day, when the store is opened; its results are in the campaigns list."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError
from storecrm.domain.promotions.campaign import MAX_HOLDOUT_PERCENT
from storecrm.domain.promotions.lifecycle import (
    DAYS_AHEAD_RANGE,
    MARGIN_RANGE,
    MIN_VISITS_RANGE,
    SOURCES,
    KindSettings,
    LifecycleKind,
    LifecycleSettings,
)
from storecrm.gui.names import coupon_source_name
from storecrm.gui.widgets import error_label, show_error, subtitle_label
from storecrm.services.campaigns import lifecycle
from storecrm.services.campaigns.manage import offer_choices
from storecrm.services.session import StoreContext


class LifecycleDialog(QDialog):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Lifecycle offers"))
        self.settings: LifecycleSettings = context.call(lifecycle.get_settings)
        self.offers = context.call(offer_choices)
        self.boxes: dict[LifecycleKind, QGroupBox] = {}
        self.offer_combos: dict[LifecycleKind, QComboBox] = {}
        self.holdout_spins: dict[LifecycleKind, QSpinBox] = {}
        self.forms: dict[LifecycleKind, QFormLayout] = {}
        self.switches: dict[LifecycleKind, QCheckBox] = {}

        titles = {
            LifecycleKind.WELCOME: self.tr("&Welcome coupon on joining"),
            LifecycleKind.BIRTHDAY: self.tr("&Birthday coupon"),
            LifecycleKind.WINBACK: self.tr("W&in-back coupon for a customer who stays away"),
            LifecycleKind.REFERRAL: self.tr("&Referral reward"),
        }
        hints = {
            LifecycleKind.WELCOME: self.tr("New members from the day it is switched on."),
            LifecycleKind.BIRTHDAY: self.tr(
                "Solar or lunar, as the customer's birthday is kept; once a year."
            ),
            LifecycleKind.WINBACK: self.tr(
                "When the days since the last visit pass the customer's usual interval (the "
                "middle of the gaps between their visits) by the margin; once a year."
            ),
            LifecycleKind.REFERRAL: self.tr(
                "To the customer who referred someone, when that person first pays."
            ),
        }
        grid = QGridLayout()
        for i, kind in enumerate(LifecycleKind):
            box = self._box(kind, titles[kind], hints[kind])
            grid.addWidget(box, i // 2, i % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        s = self.settings
        birthday = self._form(LifecycleKind.BIRTHDAY)
        self.days_ahead_spin = self._spin(DAYS_AHEAD_RANGE, s.of(LifecycleKind.BIRTHDAY).days_ahead)
        self.days_ahead_spin.setSuffix(self.tr(" days before"))
        birthday.addRow(self.tr("Ahead"), self.days_ahead_spin)
        winback = self._form(LifecycleKind.WINBACK)
        w = s.of(LifecycleKind.WINBACK)
        self.margin_spin = self._spin(MARGIN_RANGE, w.margin_percent)
        self.margin_spin.setSuffix(" %")
        self.min_visits_spin = self._spin(MIN_VISITS_RANGE, w.min_visits)
        self.min_visits_spin.setToolTip(self.tr("Visits needed"))
        both = QHBoxLayout()
        both.addWidget(self.margin_spin)
        both.addWidget(QLabel(self.tr("Visits needed")))
        both.addWidget(self.min_visits_spin)
        winback.addRow(self.tr("Margin"), both)

        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        # never smaller than the fields need (the wrapped lines' height is known only late)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro = subtitle_label(
            self.tr(
                "Each offer is a standing campaign: its coupons go out once a day when the store "
                "is opened, to customers with marketing consent, and are listed in the reminders "
                "to tell the customer. A random holdout gets nothing, so the campaigns list shows "
                "what each offer earned."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if not self.offers:
            none = subtitle_label(
                self.tr("There is no active coupon template yet: create one under Coupons first.")
            )
            layout.addWidget(none)
        layout.addLayout(grid)
        rules = subtitle_label(
            "\n".join(
                f"• {coupon_source_name(SOURCES[kind])}: {hints[kind]}" for kind in LifecycleKind
            )
        )
        rules.setWordWrap(True)
        layout.addWidget(rules)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _box(self, kind: LifecycleKind, title: str, hint: str) -> QGroupBox:
        current = self.settings.of(kind)
        box = QGroupBox(title)
        # never shorter than its fields want: the grid would squeeze the longest box's rows
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # a check box of its own rather than a checkable box: an unchecked box disables its
        # fields, and Qt lays disabled spin boxes out shorter than the stylesheet draws them
        switch = QCheckBox(self.tr("Give it"))
        switch.setChecked(current.enabled)
        switch.setEnabled(bool(self.offers) or current.enabled)
        self.switches[kind] = switch
        # the explanation is under the boxes: a wrapped label inside a box of a grid is not
        # given its height (Qt's grid does not pass height-for-width on)
        box.setToolTip(hint)
        form = QFormLayout(box)
        form.setVerticalSpacing(8)
        self.forms[kind] = form
        combo = QComboBox()
        for offer in self.offers:
            combo.addItem(offer.name, offer.template_id)
        if current.template_id is not None:
            index = combo.findData(current.template_id)
            if index >= 0:
                combo.setCurrentIndex(index)
        holdout = self._spin((0, MAX_HOLDOUT_PERCENT), current.holdout_percent)
        holdout.setSuffix(" %")
        holdout.setToolTip(
            self.tr(
                "Chosen at random, these customers get nothing: what they spend shows what "
                "the others would have spent without the offer."
            )
        )
        form.addRow(switch, combo)  # ☑ Give it  [the coupon]
        form.addRow(self.tr("Holdout"), holdout)
        self.boxes[kind] = box
        self.offer_combos[kind] = combo
        self.holdout_spins[kind] = holdout
        return box

    def _form(self, kind: LifecycleKind) -> QFormLayout:
        return self.forms[kind]

    @staticmethod
    def _spin(limits: tuple[int, int], value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(*limits)
        spin.setValue(value)
        return spin

    def chosen(self, kind: LifecycleKind) -> KindSettings:
        """The kind's settings as the dialog shows them."""
        current = self.settings.of(kind)
        template = self.offer_combos[kind].currentData()
        values = replace(
            current,
            enabled=self.switches[kind].isChecked(),
            template_id=current.template_id if template is None else int(template),
            holdout_percent=self.holdout_spins[kind].value(),
        )
        if kind is LifecycleKind.BIRTHDAY:
            values = replace(values, days_ahead=self.days_ahead_spin.value())
        if kind is LifecycleKind.WINBACK:
            values = replace(
                values,
                margin_percent=self.margin_spin.value(),
                min_visits=self.min_visits_spin.value(),
            )
        return values

    def save(self) -> None:
        try:
            for kind in LifecycleKind:
                chosen = self.chosen(kind)
                if chosen != self.settings.of(kind):
                    self.settings = self.context.call(lifecycle.set_kind, kind, chosen)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.accept()


__all__ = ["LifecycleDialog"]
