"""The Tiers tab (会员等级): the list of tiers with their member counts, the tier dialog
(name, rank, discount, points rate, upgrade rules), activating and deactivating."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from storecrm.domain.errors import StoreCRMError
from storecrm.domain.membership import PERMILLE, Tier
from storecrm.domain.roles import Permission
from storecrm.gui.names import discount_text
from storecrm.gui.screens.membership_screen.forms import MoneyEdit, _FormDialog, buddy
from storecrm.gui.screens.membership_screen.list_tab import _ListTab
from storecrm.gui.screens.membership_screen.words import active_text, multiplier_text, upgrade_text
from storecrm.gui.widgets import error_box, subtitle_label
from storecrm.services import membership
from storecrm.services.dto import TierInfo
from storecrm.services.session import StoreContext


class TierDialog(_FormDialog):
    """Add or change a tier: name, rank, discount, points multiplier, the upgrade rules."""

    def __init__(
        self,
        context: StoreContext,
        tier: TierInfo | None = None,
        next_rank: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Add a tier") if tier is None else self.tr("Change tier"), parent)
        self.context = context
        self.tier = tier
        self.saved: TierInfo | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(32)
        self.name_edit.setPlaceholderText(self.tr("e.g. Gold member"))
        self.rank_spin = QSpinBox()
        self.rank_spin.setRange(0, 99)
        self.rank_spin.setMaximumWidth(120)
        self.rank_spin.setToolTip(
            self.tr("A higher rank is a better tier; members only move up by themselves.")
        )
        self.discount_spin = QDoubleSpinBox()
        self.discount_spin.setDecimals(1)
        self.discount_spin.setRange(1.0, 100.0)
        self.discount_spin.setSingleStep(0.5)
        self.discount_spin.setSuffix(" %")
        self.discount_spin.setMaximumWidth(140)
        self.discount_spin.setToolTip(
            self.tr("What members pay, as a share of the price: 88 % is 8.8折, 100 % no discount.")
        )
        self.discount_preview = QLabel()
        self.discount_preview.setObjectName("PageSubtitle")
        discount_row = QHBoxLayout()
        discount_row.addWidget(self.discount_spin)
        discount_row.addWidget(self.discount_preview)
        discount_row.addStretch(1)
        self.points_spin = QDoubleSpinBox()
        self.points_spin.setDecimals(2)
        self.points_spin.setRange(0.0, 10.0)
        self.points_spin.setSingleStep(0.5)
        self.points_spin.setPrefix("× ")
        self.points_spin.setMaximumWidth(140)
        self.points_spin.setToolTip(self.tr("Members of this tier earn points this many times."))
        self.spend_edit = MoneyEdit(self.tr("not used"))
        self.spend_edit.setToolTip(
            self.tr("A member reaches this tier once their spending adds up to this much.")
        )
        self.top_up_edit = MoneyEdit(self.tr("not used"))
        self.top_up_edit.setToolTip(
            self.tr("A member reaches this tier with one top-up of at least this much.")
        )
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("&Rank"), self.rank_spin)
        self.form.addRow(buddy(self.tr("Members &pay"), self.discount_spin), discount_row)
        self.form.addRow(self.tr("P&oints earned"), self.points_spin)
        self.form.addRow(self.tr("Upgrade at spen&ding of (¥)"), self.spend_edit)
        self.form.addRow(self.tr("… or a single &top-up of (¥)"), self.top_up_edit)
        self.form.addRow(
            subtitle_label(
                self.tr("Leave both upgrade amounts empty for a tier that is only given by hand.")
            )
        )
        self.fields = {
            "name": self.name_edit,
            "rank": self.rank_spin,
            "discount": self.discount_spin,
            "points_multiplier": self.points_spin,
            "upgrade_spend": self.spend_edit,
            "upgrade_top_up": self.top_up_edit,
        }
        self.finish()
        self.discount_spin.valueChanged.connect(self._preview)
        if tier is None:
            self.rank_spin.setValue(next_rank)
            self.discount_spin.setValue(100.0)
            self.points_spin.setValue(1.0)
        else:
            self.name_edit.setText(tier.name)
            self.rank_spin.setValue(tier.rank)
            self.discount_spin.setValue(tier.discount_permille / 10)
            self.points_spin.setValue(tier.points_permille / PERMILLE)
            self.spend_edit.set_fen(tier.upgrade_spend_fen)
            self.top_up_edit.set_fen(tier.upgrade_top_up_fen)
        self._preview()

    def discount_permille(self) -> int:
        return round(Decimal(str(self.discount_spin.value())) * 10)

    def points_permille(self) -> int:
        return round(Decimal(str(self.points_spin.value())) * PERMILLE)

    @Slot()
    def _preview(self) -> None:
        self.discount_preview.setText(discount_text(self.discount_permille()))

    @Slot()
    def submit(self) -> None:
        tier = Tier(
            tier_id=0 if self.tier is None else self.tier.tier_id,
            name=self.name_edit.text(),
            rank=self.rank_spin.value(),
            discount_permille=self.discount_permille(),
            points_permille=self.points_permille(),
            upgrade_spend_fen=self.spend_edit.fen(),
            upgrade_top_up_fen=self.top_up_edit.fen(),
        )
        active = True if self.tier is None else self.tier.active
        self.save_with(membership.save_tier, tier, active=active)


class TiersTab(_ListTab):
    topic = "membership"
    also_reload_on = ("sales", "customers")

    def __init__(self, context: StoreContext) -> None:
        super().__init__(context, Permission.MANAGE_MEMBERSHIP)
        self.build(
            self.tr(
                "Members pay the tier's share of the price on discountable items and earn "
                "points at the tier's rate. They move up by themselves when a rule is met."
            ),
            self.tr("Only the owner can change the membership tiers."),
            [
                (self.tr("Tier"), lambda t: t.name),
                (self.tr("Rank"), lambda t: t.rank),
                (self.tr("Discount"), lambda t: discount_text(t.discount_permille)),
                (self.tr("Points rate"), lambda t: multiplier_text(t.points_permille)),
                (self.tr("Members"), lambda t: t.members),
                (self.tr("Status"), lambda t: active_text(t.active)),
                (
                    self.tr("Upgrade rule"),
                    lambda t: upgrade_text(t.upgrade_spend_fen, t.upgrade_top_up_fen),
                ),
            ],
            (1, 4),
            self.tr("&Add tier…"),
            self.tr("Add a membership tier (Ctrl+N)"),
            self.tr("Change the selected tier (Enter or double-click)"),
        )
        self.toggle_button = QPushButton(self.tr("&Deactivate"))
        self.toggle_button.setToolTip(
            self.tr("A deactivated tier is no longer reached by upgrades; its members keep it.")
        )
        self.toggle_button.setVisible(self.can_edit)
        self.button_row.insertWidget(2, self.toggle_button)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reload()

    def load(self) -> list[TierInfo]:
        return self.context.call(membership.list_tiers, include_inactive=True)

    def key(self, row: TierInfo) -> int:
        return row.tier_id

    def make_dialog(self, row: TierInfo | None) -> TierDialog:
        next_rank = max((t.rank for t in self.rows), default=0) + 1
        return TierDialog(self.context, row, next_rank, self)

    @Slot()
    def _selection_changed(self) -> None:
        super()._selection_changed()
        if not hasattr(self, "toggle_button"):
            return  # still building
        tier = self.selected()
        self.toggle_button.setEnabled(tier is not None)
        self.toggle_button.setText(
            self.tr("&Activate") if tier is not None and not tier.active else self.tr("&Deactivate")
        )

    @Slot()
    def toggle_active(self) -> None:
        t = self.selected()
        if t is None or not self.can_edit:
            return
        tier = Tier(
            t.tier_id,
            t.name,
            t.rank,
            t.discount_permille,
            t.points_permille,
            t.upgrade_spend_fen,
            t.upgrade_top_up_fen,
        )
        try:
            saved = self.context.call(membership.save_tier, tier, active=not t.active)
        except StoreCRMError as exc:
            error_box(self, exc)
            return
        self.saved(saved)
