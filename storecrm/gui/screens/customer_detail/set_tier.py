"""``SetTierDialog``: put a member in a tier by hand (also a lower one), with a reason for
the timeline."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from storecrm import messages
from storecrm.domain.errors import StoreCRMError
from storecrm.gui.bus import store_bus
from storecrm.gui.names import discount_text
from storecrm.gui.widgets import error_label, ok_cancel_buttons, show_error
from storecrm.services import membership
from storecrm.services.session import StoreContext


class SetTierDialog(QDialog):
    """Put a member in a tier by hand (also a lower one), with a reason for the timeline."""

    def __init__(
        self,
        context: StoreContext,
        customer_id: int,
        current_tier_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.setWindowTitle(self.tr("Set the member's tier"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.tier_combo = QComboBox()
        self.tier_combo.addItem(self.tr("No tier"), None)
        for tier in context.call(membership.list_tiers, include_inactive=True):
            if tier.active or tier.tier_id == current_tier_id:
                self.tier_combo.addItem(
                    f"{tier.name} · {discount_text(tier.discount_permille)}", tier.tier_id
                )
        self.tier_combo.setCurrentIndex(max(0, self.tier_combo.findData(current_tier_id)))
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("e.g. an old member card from the paper book"))
        form.addRow(self.tr("&Tier"), self.tier_combo)
        form.addRow(self.tr("&Reason"), self.reason_edit)
        self.error = error_label()
        form.addRow(self.error)
        buttons, self.ok_button = ok_cancel_buttons(self, self.submit)
        form.addRow(buttons)

    @Slot()
    def submit(self) -> None:
        try:
            self.context.call(
                membership.set_member_tier,
                self.customer_id,
                self.tier_combo.currentData(),
                self.reason_edit.text(),
            )
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        store_bus().changed.emit("membership")
        self.accept()
