"""Settings → Till: the store's rules for the till, set by the owner: how much whole-order
discount (as a share of what may be discounted) and rounding a cashier and a manager may give
without a manager's password, and the promotion the customer display shows between sales."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError
from storecrm.domain.order_adjust import AdjustLimit, AdjustLimits
from storecrm.domain.roles import Permission
from storecrm.gui.look import set_property
from storecrm.gui.widgets import error_label, show_error, subtitle_label
from storecrm.services import till_settings
from storecrm.services.session import StoreContext
from storecrm.services.till_settings import PROMOTION_MAX, TillSettings


class TillRulesTab(QWidget):
    saved = Signal()

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        form = QFormLayout(self)
        form.addRow(
            subtitle_label(
                self.tr(
                    "Above these limits the till asks for a manager's or the owner's password. "
                    "The owner has no limit."
                )
            )
        )
        self.cashier_discount = self._percent()
        self.cashier_rounding = self._fen()
        self.manager_discount = self._percent()
        self.manager_rounding = self._fen()
        form.addRow(self.tr("Cashier: order discount up to"), self.cashier_discount)
        form.addRow(self.tr("Cashier: rounding up to"), self.cashier_rounding)
        form.addRow(self.tr("Manager: order discount up to"), self.manager_discount)
        form.addRow(self.tr("Manager: rounding up to"), self.manager_rounding)
        self.promotion_edit = QPlainTextEdit()
        self.promotion_edit.setPlaceholderText(self.tr("充500送50, this week's offer …"))
        self.promotion_edit.setMaximumHeight(90)
        form.addRow(self.tr("Customer display between sales"), self.promotion_edit)
        self.error = error_label()
        form.addRow("", self.error)
        self.note = subtitle_label("")
        form.addRow("", self.note)
        self.save_button = QPushButton(self.tr("&Save"))
        set_property(self.save_button, "primary", True)
        self.save_button.clicked.connect(self.save)
        form.addRow("", self.save_button)
        allowed = context.actor.can(Permission.CHANGE_SETTINGS)
        for widget in (
            self.cashier_discount,
            self.cashier_rounding,
            self.manager_discount,
            self.manager_rounding,
            self.promotion_edit,
            self.save_button,
        ):
            widget.setEnabled(allowed)
        if not allowed:
            self.note.setText(self.tr("Only the owner can change the till's rules."))
        self.reload()

    def _percent(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 100)
        spin.setSuffix(" %")
        spin.setToolTip(self.tr("Of what may be discounted (cards and no-discount items aside)"))
        spin.setMaximumWidth(160)
        return spin

    def _fen(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 99)
        spin.setPrefix("¥0.")
        spin.setToolTip(self.tr("9: to the jiao; 99: to the yuan"))
        spin.setMaximumWidth(160)
        spin.setSpecialValueText(self.tr("no rounding"))
        return spin

    def reload(self) -> None:
        try:
            current = self.context.call(till_settings.get_till_settings)
        except StoreCRMError:
            return
        limits = current.limits
        # Whole percent on the screen; the rule keeps permille (a limit of 12.5 % shows 12 %).
        self.cashier_discount.setValue(limits.cashier.discount_permille // 10)
        self.manager_discount.setValue(limits.manager.discount_permille // 10)
        self.cashier_rounding.setValue(limits.cashier.rounding_fen)
        self.manager_rounding.setValue(limits.manager.rounding_fen)
        self.promotion_edit.setPlainText(current.promotion_text)

    def settings(self) -> TillSettings:
        return TillSettings(
            AdjustLimits(
                cashier=AdjustLimit(
                    self.cashier_discount.value() * 10, self.cashier_rounding.value()
                ),
                manager=AdjustLimit(
                    self.manager_discount.value() * 10, self.manager_rounding.value()
                ),
            ),
            self.promotion_edit.toPlainText()[: PROMOTION_MAX * 2],
        )

    @Slot()
    def save(self) -> bool:
        try:
            self.context.call(till_settings.set_till_settings, self.settings())
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return False
        show_error(self.error, "")
        self.note.setText(self.tr("Saved. The till uses these rules from the next sale."))
        self.saved.emit()
        return True


__all__ = ["TillRulesTab"]
