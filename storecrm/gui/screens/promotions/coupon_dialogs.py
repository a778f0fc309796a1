"""Two owner's actions on coupons from the Coupons tab: give a coupon of the selected kind to a
list of customers (a tag, a tier or everyone, with marketing consent only: a count first, the
issue off the GUI thread with a progress dialog), and void one coupon found by its code, with a
reason (an appended ``voided`` event; audited)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.promotions.offers import CouponState, CouponTemplate
from storecrm.domain.promotions.segment import SegmentDefinition
from storecrm.gui.format import money
from storecrm.gui.names import coupon_state_name
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import error_label, show_error, subtitle_label
from storecrm.services import customers, membership
from storecrm.services.campaigns.segments import SegmentPreview, preview_segment
from storecrm.services.promotions import coupons
from storecrm.services.promotions.bulk import BulkIssue, give_to_segment
from storecrm.services.promotions.dto import CouponInfo
from storecrm.services.session import StoreContext

PREVIEW_DELAY_MS = 300
REASON_MAX = 80


class GiveCouponsDialog(QDialog):
    """One coupon of ``template`` to each customer with the chosen tag and tier."""

    def __init__(
        self, context: StoreContext, template: CouponTemplate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.template = template
        self.preview: SegmentPreview | None = None
        self.outcome: BulkIssue | None = None
        self.task: Task | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Give coupons to a list"))
        intro = subtitle_label(
            self.tr(
                "One “%1” to each customer chosen here who agreed to marketing messages; "
                "customers who already hold as many as the coupon allows are skipped."
            ).replace("%1", template.name)
        )
        self.tag_combo = QComboBox()
        self.tag_combo.addItem(self.tr("Any"), None)
        for tag in context.call(customers.list_tags):
            self.tag_combo.addItem(tag.name, tag.tag_id)
        self.tier_combo = QComboBox()
        self.tier_combo.addItem(self.tr("Any"), None)
        self.tier_combo.addItem(self.tr("No tier"), 0)
        for tier in context.call(membership.list_tiers):
            self.tier_combo.addItem(tier.name, tier.tier_id)
        for combo in (self.tag_combo, self.tier_combo):
            combo.setMinimumWidth(220)
        form = QFormLayout()
        form.addRow(self.tr("T&ag"), self.tag_combo)
        form.addRow(self.tr("T&ier"), self.tier_combo)
        self.count_label = QLabel()  # one line each: no wrapping that the dialog's size misses
        self.count_label.setObjectName("PreviewCount")
        self.consent_label = subtitle_label("")
        self.consent_label.setWordWrap(False)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.give_button = QPushButton(self.tr("&Give"))
        self.give_button.setDefault(True)
        self.give_button.setEnabled(False)
        self.buttons.addButton(self.give_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.give)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.consent_label)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_count)
        for combo in (self.tag_combo, self.tier_combo):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.refresh_count()

    def segment(self) -> SegmentDefinition:
        tag, tier = self.tag_combo.currentData(), self.tier_combo.currentData()
        return SegmentDefinition(
            tag_ids=() if tag is None else (int(tag),),
            tier_ids=() if tier is None else (int(tier),),
        )

    @Slot()
    def refresh_count(self) -> None:
        """The count is worked out off the GUI thread (every customer is looked at)."""
        self._generation += 1
        generation, context, segment = self._generation, self.context, self.segment()
        self.preview = None
        self.give_button.setEnabled(False)
        self.count_label.setText(self.tr("Counting…"))
        self.consent_label.setText("")

        def work() -> tuple[int, SegmentPreview]:
            return generation, context.call(preview_segment, segment)

        self.task = run_in_background(work, self, "", self._counted, self._failed)

    def _counted(self, result: tuple[int, SegmentPreview]) -> None:
        generation, preview = result
        if generation != self._generation:
            return  # an older choice
        self.preview = preview
        self.count_label.setText(self.tr("%n customer(s) get one", "", preview.members))
        self.consent_label.setText(
            self.tr(
                "%n customer(s) without marketing consent left out", "", preview.without_consent
            )
            if preview.without_consent
            else ""
        )
        self.give_button.setEnabled(preview.members > 0)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, StoreCRMError):
            raise exc
        self.count_label.setText("")
        show_error(self.error, messages.error_text(exc))

    @Slot()
    def give(self) -> None:
        """Issue them off the GUI thread, with a progress dialog."""
        if self.preview is None or not self.preview.members:
            return
        context, template_id, segment = self.context, self.template.id, self.segment()
        self.give_button.setEnabled(False)
        show_error(self.error, "")

        def work() -> BulkIssue:
            return context.call(give_to_segment, template_id, segment)

        self.task = run_in_background(
            work, self, self.tr("Giving coupons…"), self._given, self._give_failed
        )

    def _given(self, outcome: BulkIssue) -> None:
        self.outcome = outcome
        self.accept()

    def _give_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, StoreCRMError):
            raise exc
        show_error(self.error, messages.error_text(exc))
        self.give_button.setEnabled(True)

    def outcome_text(self) -> str:
        """What was done, in a sentence or two (for the tab's note)."""
        if self.outcome is None:
            return ""
        text = self.tr("%n coupon(s) given.", "", self.outcome.issued)
        if self.outcome.over_limit:
            text += " " + self.tr(
                "%n customer(s) already had as many as allowed.", "", self.outcome.over_limit
            )
        if self.outcome.without_consent:
            text += " " + self.tr(
                "%n left out: no consent to marketing messages.", "", self.outcome.without_consent
            )
        return text


class VoidCouponDialog(QDialog):
    """Find a coupon by its code (typed or scanned), then void it with a reason."""

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.coupon: CouponInfo | None = None
        self.voided: CouponInfo | None = None
        self.setWindowTitle(self.tr("Void a coupon"))
        intro = subtitle_label(
            self.tr(
                "A coupon given by mistake or declined: once voided it cannot be used. The coupon "
                "and its history stay on record."
            )
        )
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("Type or scan the code"))
        self.code_edit.setMaxLength(20)
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.setAutoDefault(False)
        self.details: dict[str, QLabel] = {
            key: QLabel() for key in ("coupon", "customer", "worth", "valid", "state")
        }
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(REASON_MAX)
        self.reason_edit.setPlaceholderText(self.tr("e.g. given to the wrong customer"))
        self.reason_edit.setEnabled(False)
        for edit in (self.code_edit, self.reason_edit):
            edit.setMinimumWidth(260)
        form = QFormLayout()
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.find_button)
        code_label = QLabel(self.tr("&Code"))
        code_label.setBuddy(self.code_edit)
        form.addRow(code_label, code_row)
        form.addRow(self.tr("Coupon"), self.details["coupon"])
        form.addRow(self.tr("Customer"), self.details["customer"])
        form.addRow(self.tr("Worth"), self.details["worth"])
        form.addRow(self.tr("Valid"), self.details["valid"])
        form.addRow(self.tr("State"), self.details["state"])
        form.addRow(self.tr("&Reason"), self.reason_edit)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.void_button = QPushButton(self.tr("&Void coupon"))
        self.void_button.setEnabled(False)
        self.buttons.addButton(self.void_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.void)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.code_edit.returnPressed.connect(self.look_up)
        self.find_button.clicked.connect(self.look_up)
        self.code_edit.textEdited.connect(lambda _t: self._show(None))
        self.reason_edit.textChanged.connect(lambda _t: self._update_button())

    @Slot()
    def look_up(self) -> None:
        show_error(self.error, "")
        try:
            found = self.context.call(coupons.find_coupon, self.code_edit.text())
        except StoreCRMError as exc:
            self._show(None)
            show_error(self.error, messages.error_text(exc))
            return
        self._show(found)
        if found.state in (CouponState.REDEEMED, CouponState.VOIDED):
            show_error(self.error, messages.coupon_refusal_text(found.state.value))
        else:
            self.reason_edit.setFocus()

    def _show(self, coupon: CouponInfo | None) -> None:
        self.coupon = coupon
        shown = {key: "" for key in self.details}
        if coupon is not None:
            shown = {
                "coupon": coupon.name,
                "customer": coupon.customer_name,
                "worth": money(coupon.face_fen),
                "valid": self.tr("%1 to %2")
                .replace("%1", coupon.valid_from.isoformat())
                .replace("%2", coupon.valid_to.isoformat()),
                "state": coupon_state_name(coupon.state.value),
            }
        for key, label in self.details.items():
            label.setText(shown[key])
        self.reason_edit.setEnabled(self._voidable())
        self._update_button()

    def _voidable(self) -> bool:
        return self.coupon is not None and self.coupon.state not in (
            CouponState.REDEEMED,
            CouponState.VOIDED,
        )

    def _update_button(self) -> None:
        self.void_button.setEnabled(self._voidable() and bool(self.reason_edit.text().strip()))

    @Slot()
    def void(self) -> None:
        if self.coupon is None:
            return
        if not self.reason_edit.text().strip():
            show_error(self.error, messages.validation_text(ValidationError("reason", "required")))
            return
        try:
            self.voided = self.context.call(
                coupons.void_coupon, self.coupon.coupon_id, self.reason_edit.text()
            )
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.accept()


__all__ = ["GiveCouponsDialog", "VoidCouponDialog"]
