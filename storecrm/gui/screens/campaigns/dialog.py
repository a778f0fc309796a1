"""A new campaign: name, offer (a coupon template, or a promotion open only to the target),
period, holdout, message, and the segment
(tag, category, tier, RFM segment, birthday month, last visit and spend ranges). The count of
customers the segment reaches (with marketing consent) is worked out off the GUI thread a moment
after each change and shown under the segment."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain import clock
from storecrm.domain.customer import Category
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.promotions.campaign import DEFAULT_HOLDOUT_PERCENT, MAX_HOLDOUT_PERCENT
from storecrm.domain.promotions.segment import SegmentDefinition
from storecrm.domain.reports import RfmSegment
from storecrm.gui.names import category_name
from storecrm.gui.report_printing import report_labels
from storecrm.gui.screens.membership_screen import MoneyEdit
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import error_label, show_error, subtitle_label
from storecrm.reports.coupon_message import DEFAULT_MESSAGE
from storecrm.services import customers, membership
from storecrm.services.campaigns.manage import (
    NAME_MAX,
    CampaignDraft,
    OfferKind,
    create_campaign,
    offer_choices,
    promotion_choices,
)
from storecrm.services.campaigns.segments import SegmentPreview, preview_segment
from storecrm.services.session import StoreContext

PREVIEW_DELAY_MS = 300
ANY = None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


class CampaignDialog(QDialog):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.campaign_id: int | None = None
        self.preview: SegmentPreview | None = None
        self._task: Task | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("New campaign"))
        today = clock.now().date()

        # -- the campaign ------------------------------------------------------------------
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("e.g. May thank-you for regulars"))
        self.coupon_offers = [(o.name, o.template_id) for o in context.call(offer_choices)]
        self.promotion_offers = [(o.name, o.promotion_id) for o in context.call(promotion_choices)]
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("A coupon to each target member"), OfferKind.COUPON)
        self.kind_combo.addItem(self.tr("A promotion for the target only"), OfferKind.PROMOTION)
        self.offer_combo = QComboBox()
        self.offer_hint = subtitle_label("")
        self.offer_hint.setWordWrap(True)
        # its text changes with the kind: room for three lines, so the form never squeezes it
        self.offer_hint.setMinimumHeight(self.offer_hint.fontMetrics().lineSpacing() * 3 + 4)
        self.starts_edit = QDateEdit(_qdate(today))
        self.ends_edit = QDateEdit(_qdate(today + timedelta(days=30)))
        for edit in (self.starts_edit, self.ends_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.holdout_spin = QSpinBox()
        self.holdout_spin.setRange(0, MAX_HOLDOUT_PERCENT)
        self.holdout_spin.setValue(DEFAULT_HOLDOUT_PERCENT)
        self.holdout_spin.setSuffix(" %")
        self.holdout_spin.setToolTip(
            self.tr(
                "Chosen at random, these customers get nothing: what they spend shows what "
                "the others would have spent without the offer."
            )
        )
        self.message_edit = QPlainTextEdit()
        self.message_edit.setPlainText(DEFAULT_MESSAGE)
        self.message_edit.setToolTip(
            self.tr(
                "The text sent with each coupon (Export messages…). It may use {store}, {name}, "
                "{coupon}, {face}, {code} and {valid_to}."
            )
        )
        self.message_edit.setFixedHeight(70)
        for wide in (self.name_edit, self.kind_combo, self.offer_combo, self.message_edit):
            wide.setMinimumWidth(260)
        campaign_box = QGroupBox(self.tr("Campaign"))
        form = QFormLayout(campaign_box)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("Offer &kind"), self.kind_combo)
        form.addRow(self.tr("&Offer"), self.offer_combo)
        form.addRow(self.offer_hint)
        form.addRow(self.tr("&From"), self.starts_edit)
        form.addRow(self.tr("&To"), self.ends_edit)
        form.addRow(self.tr("&Holdout"), self.holdout_spin)
        form.addRow(self.tr("&Message"), self.message_edit)

        # -- the segment ---------------------------------------------------------------------
        self.tag_combo = QComboBox()
        self.tag_combo.addItem(self.tr("Any"), ANY)
        for tag in context.call(customers.list_tags):
            self.tag_combo.addItem(tag.name, tag.tag_id)
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("Any"), ANY)
        for category in Category:
            self.category_combo.addItem(category_name(category.value), category.value)
        self.tier_combo = QComboBox()
        self.tier_combo.addItem(self.tr("Any"), ANY)
        self.tier_combo.addItem(self.tr("No tier"), 0)
        for tier in context.call(membership.list_tiers):
            self.tier_combo.addItem(tier.name, tier.tier_id)
        self.rfm_combo = QComboBox()
        self.rfm_combo.addItem(self.tr("Any"), ANY)
        words = report_labels()
        for segment in RfmSegment:
            self.rfm_combo.addItem(
                words.get(f"segment.{segment.value}", segment.value), segment.value
            )
        self.birthday_combo = QComboBox()
        self.birthday_combo.addItem(self.tr("Any"), ANY)
        for month in range(1, 13):
            self.birthday_combo.addItem(QDate(2000, month, 1).toString("MMMM"), month)
        self.visit_from_check = QCheckBox(self.tr("since"))
        self.visit_to_check = QCheckBox(self.tr("until"))
        self.visit_from_edit = QDateEdit(_qdate(today - timedelta(days=90)))
        self.visit_to_edit = QDateEdit(_qdate(today))
        for edit in (self.visit_from_edit, self.visit_to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        visits = QHBoxLayout()
        for widget in (
            self.visit_from_check, self.visit_from_edit, self.visit_to_check, self.visit_to_edit
        ):  # fmt: skip
            visits.addWidget(widget)
        visits.addStretch(1)
        self.spend_min_edit = MoneyEdit(self.tr("from"))
        self.spend_max_edit = MoneyEdit(self.tr("to"))
        spend = QHBoxLayout()
        spend.addWidget(self.spend_min_edit)
        spend.addWidget(QLabel("–"))
        spend.addWidget(self.spend_max_edit)
        spend.addStretch(1)
        segment_box = QGroupBox(self.tr("Who gets it"))
        seg_form = QFormLayout(segment_box)
        seg_form.addRow(self.tr("T&ag"), self.tag_combo)
        seg_form.addRow(self.tr("&Category"), self.category_combo)
        seg_form.addRow(self.tr("T&ier"), self.tier_combo)
        seg_form.addRow(self.tr("&RFM segment"), self.rfm_combo)
        seg_form.addRow(self.tr("&Birthday in"), self.birthday_combo)
        seg_form.addRow(self.tr("Last visit"), visits)
        seg_form.addRow(self.tr("Spent in all (¥)"), spend)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("PreviewCount")
        self.preview_label.setWordWrap(True)
        seg_form.addRow(self.preview_label)

        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save draft"))
        self.kind_combo.currentIndexChanged.connect(self._fill_offers)
        self._fill_offers()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(campaign_box, 1)
        columns.addWidget(segment_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        for combo in (
            self.tag_combo, self.category_combo, self.tier_combo, self.rfm_combo,
            self.birthday_combo,
        ):  # fmt: skip
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        for check in (self.visit_from_check, self.visit_to_check):
            check.toggled.connect(lambda _on: self._timer.start())
        for edit in (self.visit_from_edit, self.visit_to_edit):
            edit.dateChanged.connect(lambda _d: self._timer.start())
        for money in (self.spend_min_edit, self.spend_max_edit):
            money.textChanged.connect(lambda _t: self._timer.start())
        self.refresh_preview()

    @Slot()
    def _fill_offers(self) -> None:
        """The offers of the chosen kind, with a word on what it means (or what is missing)."""
        promotion = self.kind_combo.currentData() == OfferKind.PROMOTION
        self.offer_combo.clear()
        for name, ref in self.promotion_offers if promotion else self.coupon_offers:
            self.offer_combo.addItem(name, ref)
        if promotion and self.promotion_offers:
            hint = self.tr(
                "The till gives it to the target members only, from the first day to the last; "
                "the holdout and everyone else pay as usual."
            )
        elif promotion:
            hint = self.tr(
                "There is no promotion for a campaign's target yet: create one under Promotions "
                "with For: Campaign target only."
            )
        elif self.coupon_offers:
            hint = self.tr("Each target member is issued one coupon when the campaign is launched.")
        else:
            hint = self.tr(
                "There is no active coupon template yet: create one under Coupons first."
            )
        self.offer_hint.setText(hint)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(self.offer_combo.count() > 0)

    # -- reading the form --------------------------------------------------------------------
    def segment(self) -> SegmentDefinition:
        def one(combo: QComboBox) -> tuple[object, ...]:
            value = combo.currentData()
            return () if value is None else (value,)

        return SegmentDefinition(
            tag_ids=one(self.tag_combo),  # type: ignore[arg-type]
            categories=one(self.category_combo),  # type: ignore[arg-type]
            tier_ids=one(self.tier_combo),  # type: ignore[arg-type]
            rfm_segments=one(self.rfm_combo),  # type: ignore[arg-type]
            birthday_months=one(self.birthday_combo),  # type: ignore[arg-type]
            last_visit_from=_pydate(self.visit_from_edit)
            if self.visit_from_check.isChecked()
            else None,
            last_visit_to=_pydate(self.visit_to_edit) if self.visit_to_check.isChecked() else None,
            spend_min_fen=self.spend_min_edit.fen(),
            spend_max_fen=self.spend_max_edit.fen(),
        )

    def draft(self) -> CampaignDraft:
        offer = self.offer_combo.currentData()
        offer_id = None if offer is None else int(offer)
        promotion = self.kind_combo.currentData() == OfferKind.PROMOTION
        return CampaignDraft(
            name=self.name_edit.text(),
            coupon_template_id=None if promotion else offer_id,
            promotion_id=offer_id if promotion else None,
            starts_on=_pydate(self.starts_edit),
            ends_on=_pydate(self.ends_edit),
            segment=self.segment(),
            message=self.message_edit.toPlainText(),
            holdout_percent=self.holdout_spin.value(),
        )

    # -- the preview -------------------------------------------------------------------------
    @Slot()
    def refresh_preview(self) -> None:
        try:
            segment = self.segment().check()
        except ValidationError as exc:
            self.preview_label.setText(messages.error_text(exc))
            return
        self._generation += 1
        generation = self._generation
        context = self.context
        self.preview_label.setText(self.tr("Counting…"))

        def work() -> tuple[int, SegmentPreview]:
            return generation, context.call(preview_segment, segment)

        self._task = run_in_background(work, self, "", self._counted, self._failed)

    def _counted(self, result: tuple[int, SegmentPreview]) -> None:
        generation, preview = result
        if generation != self._generation:
            return  # an older choice
        self.preview = preview
        text = self.tr("Reaches %n customer(s)", "", preview.members)
        if preview.without_consent:
            text += " · " + self.tr(
                "%n customer(s) without marketing consent left out", "", preview.without_consent
            )
        self.preview_label.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.preview_label.setText(messages.error_text(exc))

    # -- saving ------------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        try:
            self.campaign_id = self.context.call(create_campaign, self.draft())
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.accept()


__all__ = ["CampaignDialog"]
