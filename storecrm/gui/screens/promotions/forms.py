"""The owner's forms for a promotion, a coupon template and a top-up gift. Each builds the
domain's object from what was typed and hands it to its service; what the service refuses is
shown under the form and marks its field (``membership_screen._FormDialog``)."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from PySide6.QtCore import Qt, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.membership import PERMILLE
from storecrm.domain.promotions.offers import (
    Audience,
    CouponKind,
    CouponTemplate,
    Promotion,
    PromotionKind,
    Targets,
    TopUpGift,
    When,
    month_days_text,
    parse_month_days,
    weekday_mask,
)
from storecrm.gui.names import coupon_kind_name, promotion_kind_name
from storecrm.gui.screens.membership_screen import (
    MoneyEdit,
    _FormDialog,  # the forms' common frame
)
from storecrm.gui.widgets import plural_suffix
from storecrm.services.dto import CardPlanInfo, ItemInfo, TierInfo
from storecrm.services.promotions import catalogue as offers
from storecrm.services.session import StoreContext


def _share_spin(tip: str) -> QDoubleSpinBox:
    """What is paid, as a percentage of the price (88 % is 8.8折)."""
    spin = QDoubleSpinBox()
    spin.setDecimals(1)
    spin.setRange(0.0, 99.9)
    spin.setSingleStep(0.5)
    spin.setSuffix(" %")
    spin.setMaximumWidth(140)
    spin.setToolTip(tip)
    return spin


def _permille(spin: QDoubleSpinBox) -> int:
    return round(Decimal(str(spin.value())) * 10)


def _categories(text: str) -> frozenset[str]:
    cleaned = text.replace("，", ",").replace("、", ",")
    return frozenset(c.strip() for c in cleaned.split(",") if c.strip())


def _date(edit: QLineEdit, field: str) -> date | None:
    text = edit.text().strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, "impossible_date") from None


def _clock(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def _date_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText("YYYY-MM-DD")
    edit.setMaximumWidth(140)
    return edit


def _item_combo(items: list[ItemInfo], none: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none, None)
    for item in items:
        combo.addItem(item.name, item.item_id)
    return combo


def _show_rows(form: QFormLayout, shown: dict[QWidget, bool]) -> None:
    """Show the form's rows holding these widgets, or hide them (fields a kind does not use)."""
    for widget, visible in shown.items():
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is None:
                continue
            layout = item.layout()
            if item.widget() is widget or (layout is not None and layout.indexOf(widget) >= 0):
                form.setRowVisible(row, visible)
                break


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


# -- a promotion -----------------------------------------------------------------------------------
class PromotionDialog(_FormDialog):
    """Add or change a promotion: what it takes off, on what, when, for whom, with what."""

    def __init__(
        self,
        context: StoreContext,
        promotion: Promotion | None,
        items: list[ItemInfo],
        tiers: list[TierInfo],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add a promotion") if promotion is None else self.tr("Change promotion")
        super().__init__(title, parent)
        self.context = context
        self.promotion = promotion
        self.saved: Promotion | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(40)
        self.name_edit.setPlaceholderText(self.tr("e.g. 满300减50 this weekend"))
        self.kind_combo = QComboBox()
        for kind in PromotionKind:
            self.kind_combo.addItem(promotion_kind_name(kind.value), kind.value)
        self.threshold_edit = MoneyEdit()
        self.off_edit = MoneyEdit()
        self.repeat_box = QCheckBox(self.tr("Every time (每满)"))
        self.share_spin = _share_spin(self.tr("What is paid: 88 % is 8.8折, 50 % is half price."))
        self.buy_spin = QSpinBox()
        self.buy_spin.setRange(1, 99)
        self.free_spin = QSpinBox()
        self.free_spin.setRange(0, 99)
        self.gift_combo = _item_combo(items, self.tr("(choose the gift)"))
        self.categories_edit = QLineEdit()
        self.categories_edit.setPlaceholderText(self.tr("Categories, e.g. 洗护, 染发 (empty: all)"))
        self.audience_combo = QComboBox()
        self.audience_combo.addItem(self.tr("Everyone"), Audience.EVERYONE.value)
        self.audience_combo.addItem(self.tr("Members"), Audience.MEMBERS.value)
        self.audience_combo.addItem(self.tr("These tiers"), Audience.TIERS.value)
        self.audience_combo.addItem(self.tr("Campaign target only"), Audience.CAMPAIGN.value)
        self.audience_combo.setItemData(
            3,
            self.tr(
                "Open to nobody until a campaign offers it: then to that campaign's target "
                "members, during its period"
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.tier_boxes = {t.tier_id: QCheckBox(t.name) for t in tiers}
        days = (
            self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
            self.tr("Sat"), self.tr("Sun"),
        )  # fmt: skip
        self.day_boxes = [QCheckBox(d) for d in days]
        self.month_days_edit = QLineEdit()
        self.month_days_edit.setPlaceholderText(self.tr("Days of the month, e.g. 8, 18"))
        self.month_days_edit.setMaximumWidth(200)
        self.window_box = QCheckBox(self.tr("Only from"))
        self.from_edit, self.to_edit = QTimeEdit(QTime(14, 0)), QTimeEdit(QTime(17, 0))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("HH:mm")
        self.starts_edit, self.ends_edit = _date_edit(), _date_edit()
        self.with_tier_box = QCheckBox(self.tr("With the tier discount"))
        self.with_others_box = QCheckBox(self.tr("With other promotions"))
        self.priority_spin = QSpinBox()
        self.priority_spin.setRange(0, 99)
        self.priority_spin.setToolTip(self.tr("Applied first, and chosen on equal savings"))
        self.active_box = QCheckBox(self.tr("Active"))
        form = self.form
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("Spend at least (¥)"), _row(self.threshold_edit, self.repeat_box))
        form.addRow(self.tr("Take off (¥)"), self.off_edit)
        form.addRow(self.tr("Customers pay"), self.share_spin)
        form.addRow(self.tr("Buy / free"), _row(self.buy_spin, self.free_spin))
        form.addRow(self.tr("Gift"), self.gift_combo)
        form.addRow(self.tr("On"), self.categories_edit)
        form.addRow(self.tr("For"), _row(self.audience_combo, *self.tier_boxes.values()))
        form.addRow(self.tr("Days"), _row(*self.day_boxes))
        form.addRow(self.tr("Member days"), self.month_days_edit)
        form.addRow(self.tr("Hours"), _row(self.window_box, self.from_edit, self.to_edit))
        form.addRow(self.tr("From / to"), _row(self.starts_edit, self.ends_edit))
        form.addRow(self.tr("Combines"), _row(self.with_tier_box, self.with_others_box))
        form.addRow(self.tr("Priority"), _row(self.priority_spin, self.active_box))
        self.fields = {
            "name": self.name_edit,
            "off_fen": self.off_edit,
            "permille": self.share_spin,
            "buy_qty": self.buy_spin,
            "gift_item": self.gift_combo,
            "tiers": self.audience_combo,
            "month_days": self.month_days_edit,
            "time_window": self.from_edit,
            "starts_on": self.starts_edit,
            "ends_on": self.ends_edit,
        }
        self.finish()
        self._fill(promotion)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _fill(self, p: Promotion | None) -> None:
        if p is None:
            self.with_tier_box.setChecked(True)
            self.with_others_box.setChecked(True)
            self.active_box.setChecked(True)
            self.share_spin.setValue(88.0)
            self.buy_spin.setValue(2)
            self.free_spin.setValue(1)
            return
        self.name_edit.setText(p.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(p.kind.value))
        self.threshold_edit.set_fen(p.threshold_fen or None)
        self.off_edit.set_fen(p.off_fen or None)
        self.repeat_box.setChecked(p.repeatable)
        self.share_spin.setValue(p.permille / 10 if p.permille < PERMILLE else 88.0)
        self.buy_spin.setValue(max(1, p.buy_qty))
        self.free_spin.setValue(p.free_qty)
        self.gift_combo.setCurrentIndex(max(0, self.gift_combo.findData(p.gift_item_id)))
        self.categories_edit.setText(", ".join(sorted(p.targets.categories)))
        self.audience_combo.setCurrentIndex(self.audience_combo.findData(p.audience.value))
        for tier_id, box in self.tier_boxes.items():
            box.setChecked(tier_id in p.tier_ids)
        for n, box in enumerate(self.day_boxes):
            box.setChecked(bool(p.when.weekdays >> n & 1))
        self.month_days_edit.setText(month_days_text(p.when.month_days))
        if p.when.time_from is not None and p.when.time_to is not None:
            self.window_box.setChecked(True)
            self.from_edit.setTime(QTime(p.when.time_from.hour, p.when.time_from.minute))
            self.to_edit.setTime(QTime(p.when.time_to.hour, p.when.time_to.minute))
        self.starts_edit.setText(p.when.starts_on.isoformat() if p.when.starts_on else "")
        self.ends_edit.setText(p.when.ends_on.isoformat() if p.when.ends_on else "")
        self.with_tier_box.setChecked(p.with_tier)
        self.with_others_box.setChecked(p.with_others)
        self.priority_spin.setValue(p.priority)
        self.active_box.setChecked(p.active)

    def kind(self) -> PromotionKind:
        return PromotionKind(self.kind_combo.currentData())

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.kind()
        shown = {
            self.threshold_edit: kind in (PromotionKind.AMOUNT_OFF, PromotionKind.GIFT),
            self.off_edit: kind is PromotionKind.AMOUNT_OFF,
            self.share_spin: kind in (PromotionKind.PERCENT_OFF, PromotionKind.NTH_ITEM),
            self.buy_spin: kind in (PromotionKind.NTH_ITEM, PromotionKind.BUY_GET),
            self.gift_combo: kind is PromotionKind.GIFT,
        }
        _show_rows(self.form, shown)
        self.repeat_box.setVisible(kind is PromotionKind.AMOUNT_OFF)
        self.free_spin.setVisible(kind is PromotionKind.BUY_GET)

    def built(self) -> Promotion:
        kind = self.kind()
        when = When(
            starts_on=_date(self.starts_edit, "starts_on"),
            ends_on=_date(self.ends_edit, "ends_on"),
            weekdays=weekday_mask(n for n, b in enumerate(self.day_boxes) if b.isChecked()),
            month_days=parse_month_days(self.month_days_edit.text()),
            time_from=_clock(self.from_edit) if self.window_box.isChecked() else None,
            time_to=_clock(self.to_edit) if self.window_box.isChecked() else None,
        )
        nth = kind is PromotionKind.NTH_ITEM
        return Promotion(
            id=0 if self.promotion is None else self.promotion.id,
            name=self.name_edit.text(),
            kind=kind,
            threshold_fen=self.threshold_edit.fen() or 0,
            off_fen=self.off_edit.fen() or 0,
            repeatable=self.repeat_box.isChecked(),
            permille=_permille(self.share_spin)
            if kind in (PromotionKind.PERCENT_OFF, PromotionKind.NTH_ITEM)
            else PERMILLE,
            buy_qty=self.buy_spin.value() if nth or kind is PromotionKind.BUY_GET else 0,
            free_qty=self.free_spin.value() if kind is PromotionKind.BUY_GET else 0,
            gift_item_id=self.gift_combo.currentData() if kind is PromotionKind.GIFT else None,
            targets=Targets(
                item_ids=self.promotion.targets.item_ids if self.promotion else frozenset(),
                categories=_categories(self.categories_edit.text()),
            ),
            audience=Audience(self.audience_combo.currentData()),
            tier_ids=frozenset(t for t, b in self.tier_boxes.items() if b.isChecked()),
            when=when,
            with_tier=self.with_tier_box.isChecked(),
            with_others=self.with_others_box.isChecked(),
            priority=self.priority_spin.value(),
            active=self.active_box.isChecked(),
        )

    @Slot()
    def submit(self) -> None:
        try:
            promotion = self.built()
        except StoreCRMError as exc:
            self.fail(exc)
            return
        self.save_with(offers.save_promotion, promotion)


# -- a coupon template -----------------------------------------------------------------------------
class CouponTemplateDialog(_FormDialog):
    """Add or change a coupon: what it takes off, from what spend, on what, how long."""

    def __init__(
        self,
        context: StoreContext,
        template: CouponTemplate | None,
        items: list[ItemInfo],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add a coupon") if template is None else self.tr("Change coupon")
        super().__init__(title, parent)
        self.context = context
        self.template = template
        self.saved: CouponTemplate | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(40)
        self.name_edit.setPlaceholderText(self.tr("e.g. ¥20 off ¥200"))
        self.kind_combo = QComboBox()
        for kind in CouponKind:
            self.kind_combo.addItem(coupon_kind_name(kind.value), kind.value)
        self.min_edit = MoneyEdit(self.tr("none"))
        self.off_edit = MoneyEdit()
        self.share_spin = _share_spin(self.tr("What is paid: 90 % is 9折."))
        self.cap_edit = MoneyEdit(self.tr("no limit"))
        self.item_combo = _item_combo(items, self.tr("(choose the item)"))
        self.categories_edit = QLineEdit()
        self.categories_edit.setPlaceholderText(self.tr("Categories, e.g. 洗护, 染发 (empty: all)"))
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, 3660)
        self.days_spin.setSpecialValueText(self.tr("fixed dates"))
        plural_suffix(self.days_spin, lambda n: self.tr(" day(s)", "", n))
        self.from_edit, self.to_edit = _date_edit(), _date_edit()
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(0, 999)
        self.limit_spin.setSpecialValueText(self.tr("no limit"))
        self.points_spin = QSpinBox()
        self.points_spin.setRange(0, 1_000_000)
        self.points_spin.setSpecialValueText(self.tr("not for points"))
        self.with_promotions_box = QCheckBox(self.tr("With promotions"))
        self.with_tier_box = QCheckBox(self.tr("With the tier discount"))
        self.active_box = QCheckBox(self.tr("Active"))
        form = self.form
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("Minimum spend (¥)"), self.min_edit)
        form.addRow(self.tr("Take off (¥)"), self.off_edit)
        form.addRow(self.tr("Customers pay"), _row(self.share_spin, self.cap_edit))
        form.addRow(self.tr("Free item"), self.item_combo)
        form.addRow(self.tr("On"), self.categories_edit)
        form.addRow(self.tr("Valid for"), self.days_spin)
        form.addRow(self.tr("… or from / to"), _row(self.from_edit, self.to_edit))
        form.addRow(self.tr("Per customer"), self.limit_spin)
        form.addRow(self.tr("Points price"), self.points_spin)
        form.addRow(self.tr("Combines"), _row(self.with_promotions_box, self.with_tier_box))
        form.addRow("", self.active_box)
        self.fields = {
            "name": self.name_edit,
            "min_spend": self.min_edit,
            "off_fen": self.off_edit,
            "permille": self.share_spin,
            "item": self.item_combo,
            "validity": self.days_spin,
            "valid_days": self.days_spin,
            "valid_to": self.to_edit,
            "valid_from": self.from_edit,
        }
        self.finish()
        self._fill(template)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    @Slot()
    def _kind_changed(self) -> None:
        kind = CouponKind(self.kind_combo.currentData())
        _show_rows(
            self.form,
            {
                self.off_edit: kind in (CouponKind.AMOUNT_OFF, CouponKind.VOUCHER),
                self.share_spin: kind is CouponKind.PERCENT_OFF,
                self.item_combo: kind is CouponKind.ITEM,
            },
        )

    def _fill(self, t: CouponTemplate | None) -> None:
        if t is None:
            self.days_spin.setValue(30)
            self.share_spin.setValue(90.0)
            self.with_promotions_box.setChecked(True)
            self.with_tier_box.setChecked(True)
            self.active_box.setChecked(True)
            return
        self.name_edit.setText(t.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(t.kind.value))
        self.min_edit.set_fen(t.min_spend_fen or None)
        self.off_edit.set_fen(t.off_fen or None)
        self.share_spin.setValue(t.permille / 10 if t.permille < PERMILLE else 90.0)
        self.cap_edit.set_fen(t.max_off_fen)
        self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(t.item_id)))
        self.categories_edit.setText(", ".join(sorted(t.targets.categories)))
        self.days_spin.setValue(t.valid_days or 0)
        self.from_edit.setText(t.valid_from.isoformat() if t.valid_from else "")
        self.to_edit.setText(t.valid_to.isoformat() if t.valid_to else "")
        self.limit_spin.setValue(t.per_customer or 0)
        self.points_spin.setValue(t.points_price or 0)
        self.with_promotions_box.setChecked(t.with_promotions)
        self.with_tier_box.setChecked(t.with_tier)
        self.active_box.setChecked(t.active)

    def built(self) -> CouponTemplate:
        kind = CouponKind(self.kind_combo.currentData())
        days = self.days_spin.value() or None
        return CouponTemplate(
            id=0 if self.template is None else self.template.id,
            name=self.name_edit.text(),
            kind=kind,
            min_spend_fen=self.min_edit.fen() or 0,
            off_fen=self.off_edit.fen() or 0 if kind in (CouponKind.AMOUNT_OFF, CouponKind.VOUCHER)
            else 0,
            permille=_permille(self.share_spin) if kind is CouponKind.PERCENT_OFF else PERMILLE,
            max_off_fen=self.cap_edit.fen() if kind is CouponKind.PERCENT_OFF else None,
            item_id=self.item_combo.currentData() if kind is CouponKind.ITEM else None,
            targets=Targets(
                item_ids=self.template.targets.item_ids if self.template else frozenset(),
                categories=_categories(self.categories_edit.text()),
            ),
            valid_from=None if days else _date(self.from_edit, "valid_from"),
            valid_to=None if days else _date(self.to_edit, "valid_to"),
            valid_days=days,
            per_customer=self.limit_spin.value() or None,
            points_price=self.points_spin.value() or None,
            with_promotions=self.with_promotions_box.isChecked(),
            with_tier=self.with_tier_box.isChecked(),
            active=self.active_box.isChecked(),
        )  # fmt: skip

    @Slot()
    def submit(self) -> None:
        try:
            template = self.built()
        except StoreCRMError as exc:
            self.fail(exc)
            return
        self.save_with(offers.save_template, template)


# -- a top-up gift ---------------------------------------------------------------------------------
class TopUpGiftDialog(_FormDialog):
    """Add or change a top-up gift (充 X 送 …): bonus, a card, points, coupons."""

    def __init__(
        self,
        context: StoreContext,
        gift: TopUpGift | None,
        plans: list[CardPlanInfo],
        templates: list[CouponTemplate],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add a top-up gift") if gift is None else self.tr("Change top-up gift")
        super().__init__(title, parent)
        self.context = context
        self.gift = gift
        self.saved: TopUpGift | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(40)
        self.name_edit.setPlaceholderText(self.tr("e.g. 充1000送护理卡"))
        self.threshold_edit = MoneyEdit()
        self.bonus_edit = MoneyEdit(self.tr("none"))
        self.plan_combo = QComboBox()
        self.plan_combo.addItem(self.tr("(no card)"), None)
        for plan in plans:
            self.plan_combo.addItem(plan.name, plan.plan_id)
        self.points_spin = QSpinBox()
        self.points_spin.setRange(0, 1_000_000)
        self.template_combo = QComboBox()
        self.template_combo.addItem(self.tr("(no coupon)"), None)
        for template in templates:
            self.template_combo.addItem(template.name, template.id)
        self.qty_spin = QSpinBox()
        self.qty_spin.setRange(0, 20)
        self.active_box = QCheckBox(self.tr("Active"))
        form = self.form
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("Top-up of at least (¥)"), self.threshold_edit)
        form.addRow(self.tr("Bonus (¥)"), self.bonus_edit)
        form.addRow(self.tr("Card"), self.plan_combo)
        form.addRow(self.tr("Points"), self.points_spin)
        form.addRow(self.tr("Coupons"), _row(self.template_combo, self.qty_spin))
        form.addRow("", self.active_box)
        self.fields = {
            "name": self.name_edit,
            "threshold": self.threshold_edit,
            "gift": self.bonus_edit,
            "coupon_qty": self.qty_spin,
        }
        self.finish()
        if gift is None:
            self.active_box.setChecked(True)
            return
        self.name_edit.setText(gift.name)
        self.threshold_edit.set_fen(gift.threshold_fen)
        self.bonus_edit.set_fen(gift.bonus_fen or None)
        self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(gift.card_plan_id)))
        self.points_spin.setValue(gift.points)
        self.template_combo.setCurrentIndex(
            max(0, self.template_combo.findData(gift.coupon_template_id))
        )
        self.qty_spin.setValue(gift.coupon_qty)
        self.active_box.setChecked(gift.active)

    @Slot()
    def submit(self) -> None:
        gift = TopUpGift(
            id=0 if self.gift is None else self.gift.id,
            name=self.name_edit.text(),
            threshold_fen=self.threshold_edit.fen() or 0,
            bonus_fen=self.bonus_edit.fen() or 0,
            card_plan_id=self.plan_combo.currentData(),
            points=self.points_spin.value(),
            coupon_template_id=self.template_combo.currentData(),
            coupon_qty=self.qty_spin.value(),
            when=self.gift.when if self.gift is not None else When(),
            active=self.active_box.isChecked(),
        )
        self.save_with(offers.save_top_up_gift, gift)


__all__ = ["CouponTemplateDialog", "PromotionDialog", "TopUpGiftDialog"]
