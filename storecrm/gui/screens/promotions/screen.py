"""The owner's promotions screen (营销 → 促销): three tabs, each a list with Add / Edit / Switch
off — the promotions the till applies by itself, the coupons (templates; issue one to a
customer from here, and what the coupons still owed are worth), and the top-up gifts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain import clock
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.promotions.codes import shown
from storecrm.domain.promotions.offers import (
    Audience,
    CouponKind,
    CouponTemplate,
    Promotion,
    PromotionKind,
    TopUpGift,
)
from storecrm.domain.roles import Permission
from storecrm.gui.file_dialogs import Purpose, save_file
from storecrm.gui.format import money
from storecrm.gui.look import icon
from storecrm.gui.names import coupon_kind_name, discount_text, promotion_kind_name
from storecrm.gui.screens.customer_picker import CustomerPickerDialog
from storecrm.gui.screens.membership_screen import (
    _FormDialog,  # the forms' common frame
    _ListTab,  # a list with Add / Edit
    active_text,
)
from storecrm.gui.screens.promotions.coupon_dialogs import GiveCouponsDialog, VoidCouponDialog
from storecrm.gui.screens.promotions.forms import (
    CouponTemplateDialog,
    PromotionDialog,
    TopUpGiftDialog,
)
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import error_box, subtitle_label, title_label
from storecrm.services import catalogue, membership, settings
from storecrm.services.promotions import catalogue as offers
from storecrm.services.promotions import coupons
from storecrm.services.promotions import till as till_offers
from storecrm.services.session import StoreContext

TOPIC = "promotions"


def what_text(p: Promotion) -> str:
    """What a promotion gives, in a few words."""
    kind = p.kind
    if kind is PromotionKind.AMOUNT_OFF:
        text = QCoreApplication.translate("Promotions", "Spend %1, %2 off").replace(
            "%1", money(p.threshold_fen)
        )
        text = text.replace("%2", money(p.off_fen))
        return text + (
            " " + QCoreApplication.translate("Promotions", "(each time)") if p.repeatable else ""
        )
    if kind is PromotionKind.PERCENT_OFF:
        return discount_text(p.permille)
    if kind is PromotionKind.NTH_ITEM:
        return (
            QCoreApplication.translate("Promotions", "Unit no. %1 at %2")
            .replace("%1", str(p.buy_qty))
            .replace("%2", discount_text(p.permille))
        )
    if kind is PromotionKind.BUY_GET:
        return (
            QCoreApplication.translate("Promotions", "Buy %1, %2 free")
            .replace("%1", str(p.buy_qty))
            .replace("%2", str(p.free_qty))
        )
    return QCoreApplication.translate("Promotions", "Spend %1, a gift").replace(
        "%1", money(p.threshold_fen)
    )


def when_text(p: Promotion) -> str:
    days = (
        QCoreApplication.translate("Promotions", "Mon"),
        QCoreApplication.translate("Promotions", "Tue"),
        QCoreApplication.translate("Promotions", "Wed"),
        QCoreApplication.translate("Promotions", "Thu"),
        QCoreApplication.translate("Promotions", "Fri"),
        QCoreApplication.translate("Promotions", "Sat"),
        QCoreApplication.translate("Promotions", "Sun"),
    )
    parts = []
    if p.when.weekdays:
        parts.append(" ".join(d for n, d in enumerate(days) if p.when.weekdays >> n & 1))
    if p.when.month_days:
        parts.append(
            QCoreApplication.translate("Promotions", "day %1 of the month").replace(
                "%1", ", ".join(map(str, sorted(p.when.month_days)))
            )
        )
    if p.when.time_from is not None and p.when.time_to is not None:
        parts.append(f"{p.when.time_from:%H:%M}–{p.when.time_to:%H:%M}")
    if p.when.ends_on is not None:
        parts.append(
            QCoreApplication.translate("Promotions", "until %1").replace(
                "%1", p.when.ends_on.isoformat()
            )
        )
    return ", ".join(parts) or QCoreApplication.translate("Promotions", "Always")


def for_text(p: Promotion) -> str:
    if p.audience is Audience.EVERYONE:
        return QCoreApplication.translate("Promotions", "Everyone")
    if p.audience is Audience.MEMBERS:
        return QCoreApplication.translate("Promotions", "Members")
    if p.audience is Audience.CAMPAIGN:
        return QCoreApplication.translate("Promotions", "Campaign target")
    return QCoreApplication.translate("Promotions", "Tiers: %1").replace("%1", str(len(p.tier_ids)))


def combines_text(with_tier: bool, with_others: bool) -> str:
    parts = []
    if with_tier:
        parts.append(QCoreApplication.translate("Promotions", "tier"))
    if with_others:
        parts.append(QCoreApplication.translate("Promotions", "others"))
    return " + ".join(parts) or QCoreApplication.translate("Promotions", "alone")


class PromotionsTab(_ListTab):
    topic = TOPIC

    def __init__(self, context: StoreContext) -> None:
        super().__init__(context, Permission.MANAGE_PROMOTIONS)
        self.costs: dict[int, int] | None = None
        self.build(
            self.tr(
                "The till applies these by itself: of those that may be combined, the best for "
                "the customer wins, and each saving is its own line on the receipt."
            ),
            self.tr("Only the owner or a manager can change promotions."),
            [
                (self.tr("Promotion"), lambda p: p.name),
                (self.tr("Kind"), lambda p: promotion_kind_name(p.kind.value)),
                (self.tr("Gives"), what_text),
                (self.tr("When"), when_text),
                (self.tr("For"), for_text),
                (self.tr("Combines with"), lambda p: combines_text(p.with_tier, p.with_others)),
                (self.tr("Status"), lambda p: active_text(p.active)),
                (self.tr("Cost this month"), self._cost),
            ],
            (7,),
            self.tr("&Add promotion…"),
            self.tr("Add a promotion"),
            self.tr("Change the selected promotion (Enter or double-click)"),
        )
        self.toggle_button = QPushButton(self.tr("&Switch off / on"))
        self.toggle_button.setVisible(self.can_edit)
        self.button_row.insertWidget(2, self.toggle_button)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reload()

    def load(self) -> list[Promotion]:
        self.costs = self._costs()
        return self.context.call(offers.list_promotions)

    def _costs(self) -> dict[int, int] | None:
        """What each promotion took off this month's sales (None: not the user's to see)."""
        if not self.context.actor.can(Permission.VIEW_REPORTS):
            return None
        today = clock.now().date()
        start = today.replace(day=1)
        cost = self.context.call(coupons.promotion_cost, start, today)
        return {
            r.ref_id: r.amount_fen
            for r in cost.rows
            if r.source == "promotion" and r.ref_id is not None
        }

    def _cost(self, p: Promotion) -> str:
        if self.costs is None:
            return ""
        return money(self.costs.get(p.id, 0))

    def key(self, row: Any) -> int:
        return int(row.id)

    def make_dialog(self, row: Any | None) -> _FormDialog:
        items = self.context.call(catalogue.list_items)
        tiers = self.context.call(membership.list_tiers)
        return PromotionDialog(self.context, row, items, tiers, self)

    @Slot()
    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self.context.call(offers.set_promotion_active, row.id, not row.active)
        except StoreCRMError as exc:
            self.note.setText(messages.error_text(exc))
            return
        self.saved(row)


class CouponsTab(_ListTab):
    topic = TOPIC

    def __init__(self, context: StoreContext) -> None:
        super().__init__(context, Permission.MANAGE_PROMOTIONS)
        self.build(
            self.tr(
                "Coupons given to members: each has its own code, scanned at the till or picked "
                "from the member's wallet, and is used once."
            ),
            self.tr("Only the owner or a manager can change coupons or give them."),
            [
                (self.tr("Coupon"), lambda t: t.name),
                (self.tr("Kind"), lambda t: coupon_kind_name(t.kind.value)),
                (self.tr("Worth"), self._worth),
                (
                    self.tr("Min. spend"),
                    lambda t: money(t.min_spend_fen) if t.min_spend_fen else "",
                ),  # fmt: skip
                (self.tr("Valid"), self._validity),
                (self.tr("Points"), lambda t: t.points_price or ""),
                (self.tr("Status"), lambda t: active_text(t.active)),
            ],
            (2, 3, 5),
            self.tr("&Add coupon…"),
            self.tr("Add a coupon"),
            self.tr("Change the selected coupon (Enter or double-click)"),
        )
        self.issue_button = QPushButton(self.tr("Give to a &member…"))
        self.issue_button.setToolTip(self.tr("Issue one coupon of this kind to a member"))
        self.issue_button.setVisible(self.can_edit)
        # giving, voiding and exporting on a row of their own: with adding and editing they
        # are wider than a 1024-pixel screen
        self.coupon_row = QHBoxLayout()
        self.coupon_row.setSpacing(8)
        self.column.insertLayout(self.column.indexOf(self.button_row) + 1, self.coupon_row)
        self.coupon_row.addWidget(self.issue_button)
        self.issue_button.clicked.connect(self.issue)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.issue_button.setEnabled(self.selected() is not None)
        )
        self.issue_button.setEnabled(False)
        self.give_list_button = QPushButton(self.tr("Give to a &list…"))
        self.give_list_button.setToolTip(
            self.tr(
                "One coupon of this kind to each customer with a tag or tier who agreed to "
                "marketing messages"
            )
        )
        self.give_list_button.setVisible(self.can_edit)
        self.give_list_button.setEnabled(False)
        self.coupon_row.addWidget(self.give_list_button)
        self.give_list_button.clicked.connect(lambda: self.give_to_list())
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.give_list_button.setEnabled(self.selected() is not None)
        )
        self.void_button = QPushButton(self.tr("&Void a coupon…"))
        self.void_button.setToolTip(self.tr("Find an issued coupon by its code and void it"))
        self.void_button.setVisible(self.can_edit)
        self.coupon_row.addWidget(self.void_button)
        self.void_button.clicked.connect(lambda: self.void_coupon())
        self.export_button = QPushButton(icon("export"), self.tr("E&xport for SMS…"))
        self.export_button.setToolTip(
            self.tr(
                "The usable coupons of this kind with a message each, as Excel for an SMS "
                "platform (members who agreed to marketing messages)"
            )
        )
        self.export_button.setVisible(self.can_edit and context.actor.can(Permission.EXPORT_DATA))
        self.coupon_row.addWidget(self.export_button)
        self.coupon_row.addStretch(1)
        self.export_button.clicked.connect(lambda: self.export())
        self.export_task: Task | None = None
        self.export_message = ""
        self.owed = subtitle_label("")
        self.column.addWidget(self.owed)
        self.return_box = QCheckBox(
            self.tr("A refund of a whole sale gives its coupons back while they are valid")
        )
        self.return_box.setVisible(context.actor.can(Permission.CHANGE_SETTINGS))
        self.return_box.setChecked(context.call(till_offers.get_returns_on_refund))
        self.return_box.toggled.connect(self._set_returns)
        self.column.addWidget(self.return_box)
        self.picker: CustomerPickerDialog | None = None
        self.reload()

    def _worth(self, t: CouponTemplate) -> str:
        if t.kind is CouponKind.PERCENT_OFF:
            return discount_text(t.permille)
        if t.kind is CouponKind.ITEM:
            return self.tr("a free item")
        return money(t.off_fen)

    def _validity(self, t: CouponTemplate) -> str:
        if t.valid_days:
            return self.tr("%n day(s) from issue", "", t.valid_days)
        return self.tr("until %1").replace("%1", t.valid_to.isoformat() if t.valid_to else "")

    def load(self) -> list[CouponTemplate]:
        return self.context.call(offers.list_templates)

    def reload(self) -> None:
        super().reload()
        if not self.context.actor.can(Permission.VIEW_REPORTS):
            self.owed.hide()
            return
        try:
            owed = self.context.call(coupons.coupon_liability)
        except StoreCRMError:
            return
        self.owed.setText(
            self.tr("Coupons still owed: %1, worth %2; %3 of them (%4) expire this month.")
            .replace("%1", str(owed.count))
            .replace("%2", money(owed.face_fen))
            .replace("%3", str(owed.expiring_count))
            .replace("%4", money(owed.expiring_face_fen))
        )

    def key(self, row: Any) -> int:
        return int(row.id)

    def make_dialog(self, row: Any | None) -> _FormDialog:
        return CouponTemplateDialog(
            self.context, row, self.context.call(catalogue.list_items), self
        )

    @Slot()
    def issue(self) -> None:
        template = self.selected()
        if template is None:
            return
        picker = CustomerPickerDialog(
            self.context,
            self.tr("Give a coupon"),
            self.tr("Give “%1” to:").replace("%1", template.name),
            parent=self,
        )
        self.picker = picker
        picker.accepted.connect(lambda: self._issue_to(template, picker))
        picker.open()

    def give_to_list(self) -> GiveCouponsDialog | None:
        template = self.selected()
        if template is None:
            return None
        dialog = GiveCouponsDialog(self.context, template, self)
        dialog.accepted.connect(lambda: self._given(dialog))
        dialog.open()
        return dialog

    def _given(self, dialog: GiveCouponsDialog) -> None:
        self.reload()
        self.owed.setText(dialog.outcome_text())

    def void_coupon(self) -> VoidCouponDialog:
        dialog = VoidCouponDialog(self.context, self)
        dialog.accepted.connect(lambda: self._voided(dialog))
        dialog.open()
        return dialog

    def _voided(self, dialog: VoidCouponDialog) -> None:
        self.reload()
        if dialog.voided is not None:
            self.owed.setText(self.tr("Coupon %1 voided.").replace("%1", shown(dialog.voided.code)))

    @Slot(bool)
    def _set_returns(self, on: bool) -> None:
        try:
            self.context.call(till_offers.set_returns_on_refund, on)
        except StoreCRMError as exc:
            error_box(self, exc)

    def export(self, path: Path | None = None) -> Task | None:
        """The selected kind's usable coupons to .xlsx (off the GUI thread)."""
        template = self.selected()
        if template is None:
            return None
        if path is None:
            path = save_file(
                self,
                Purpose.CUSTOMER_EXPORT,
                self.tr("Export coupons for SMS"),
                f"coupons-{template.name}.xlsx",
                self.tr("Excel workbook (*.xlsx)"),
                ".xlsx",
            )
            if path is None:
                return None
        context, target = self.context, path
        store_name = context.call(settings.get_settings).store_name

        def write() -> coupons.ExportedCoupons:
            listed = context.call(coupons.list_coupons, template_id=template.id, usable_only=True)
            ids = [c.coupon_id for c in listed]
            return context.call(coupons.export_coupons, target, ids, store_name=store_name)

        def done(result: coupons.ExportedCoupons) -> None:
            text = self.tr("%n coupon(s) written to the file.", "", result.rows)
            if result.skipped_no_consent:
                text += "\n" + self.tr(
                    "%n left out: no consent to marketing messages.", "", result.skipped_no_consent
                )
            self.export_message = text
            self.owed.setText(text)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, StoreCRMError | OSError):
                error_box(self, exc)
                return
            raise exc

        self.export_task = run_in_background(
            write, self, self.tr("Exporting the coupons…"), done, failed
        )
        return self.export_task

    def _issue_to(self, template: CouponTemplate, picker: CustomerPickerDialog) -> None:
        if picker.chosen is None:
            return
        try:
            result = self.context.call(
                coupons.issue_coupons, template.id, [picker.chosen.customer_id]
            )
        except StoreCRMError as exc:
            self.owed.setText(messages.error_text(exc))
            return
        if result.over_limit:
            self.owed.setText(messages.validation_text(ValidationError("coupon", "over_limit")))
            return
        self.reload()


class TopUpGiftsTab(_ListTab):
    topic = TOPIC

    def __init__(self, context: StoreContext) -> None:
        super().__init__(context, Permission.MANAGE_PROMOTIONS)
        self.build(
            self.tr(
                "What a top-up earns besides the bonus rules: money, a card, points, coupons. "
                "The highest one reached applies; a refund of the top-up takes it back."
            ),
            self.tr("Only the owner or a manager can change top-up gifts."),
            [
                (self.tr("Gift"), lambda g: g.name),
                (self.tr("Top-up of"), lambda g: money(g.threshold_fen)),
                (self.tr("Gives"), self._gives),
                (self.tr("Status"), lambda g: active_text(g.active)),
            ],
            (1,),
            self.tr("&Add top-up gift…"),
            self.tr("Add a top-up gift"),
            self.tr("Change the selected gift (Enter or double-click)"),
        )
        self.reload()

    def _gives(self, g: TopUpGift) -> str:
        parts = []
        if g.bonus_fen:
            parts.append(self.tr("%1 bonus").replace("%1", money(g.bonus_fen)))
        if g.card_plan_id:
            parts.append(self.tr("a card"))
        if g.points:
            parts.append(self.tr("%n point(s)", "", g.points))
        if g.coupon_qty:
            parts.append(self.tr("%n coupon(s)", "", g.coupon_qty))
        return ", ".join(parts)

    def load(self) -> list[TopUpGift]:
        return self.context.call(offers.list_top_up_gifts)

    def key(self, row: Any) -> int:
        return int(row.id)

    def make_dialog(self, row: Any | None) -> _FormDialog:
        plans = self.context.call(catalogue.list_card_plans)
        templates = self.context.call(offers.list_templates)
        return TopUpGiftDialog(self.context, row, plans, templates, self)


class PromotionsScreen(QWidget):
    """Promotions, coupons and top-up gifts, a tab each."""

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(title_label(self.tr("Promotions")))
        self.tabs = QTabWidget()
        self.promotions_tab = PromotionsTab(context)
        self.coupons_tab = CouponsTab(context)
        self.gifts_tab = TopUpGiftsTab(context)
        self.tabs.addTab(self.promotions_tab, self.tr("Promotions"))
        self.tabs.addTab(self.coupons_tab, self.tr("Coupons"))
        self.tabs.addTab(self.gifts_tab, self.tr("Top-up gifts"))
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self._current().add())

    def _current(self) -> _ListTab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, _ListTab)
        return tab

    def open_dialog(self) -> QDialog | None:
        tab = self.tabs.currentWidget()
        return getattr(tab, "dialog", None)


__all__ = ["PromotionsScreen"]
