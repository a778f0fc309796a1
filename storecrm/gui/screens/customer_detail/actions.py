"""What the customer panel does to the record itself: archive, restore, merge into another
customer (each asks first unless told, and reports what changed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from storecrm.domain.errors import StoreCRMError
from storecrm.gui.screens.customer_picker import CustomerPickerDialog
from storecrm.gui.widgets import error_box
from storecrm.services import customers

if TYPE_CHECKING:
    from storecrm.gui.screens.customer_detail.panel import CustomerDetailPanel


def archive(panel: CustomerDetailPanel, reason: str | None = None) -> bool:
    """Hide the customer from the list and look-ups (asks for a reason unless given)."""
    c = panel.customer
    if c is None:
        return False
    if reason is None:
        reason, ok = QInputDialog.getText(
            panel,
            QCoreApplication.translate("CustomerDetailPanel", "Archive customer"),
            QCoreApplication.translate(
                "CustomerDetailPanel",
                "%1 will no longer be found at the till or shown in the list. Their history "
                "is kept, and they can be restored at any time.\n\nReason (optional):",
            ).replace("%1", c.name),
        )
        if not ok:
            return False
    try:
        panel.context.call(customers.archive_customer, c.customer_id, reason)
    except StoreCRMError as exc:
        error_box(panel, exc)
        return False
    panel.reload()
    panel.changed.emit(c.customer_id)
    return True


def restore(panel: CustomerDetailPanel) -> bool:
    c = panel.customer
    if c is None:
        return False
    try:
        panel.context.call(customers.restore_customer, c.customer_id)
    except StoreCRMError as exc:
        error_box(panel, exc)
        return False
    panel.reload()
    panel.changed.emit(c.customer_id)
    return True


def merge_into(
    panel: CustomerDetailPanel, target_id: int | None = None, target_name: str = ""
) -> bool:
    """Merge this (duplicate) customer into another one, which keeps everything."""
    c = panel.customer
    if c is None:
        return False
    if target_id is None:
        picker = CustomerPickerDialog(
            panel.context,
            QCoreApplication.translate("CustomerDetailPanel", "Merge into…"),
            QCoreApplication.translate(
                "CustomerDetailPanel",
                "Find the customer that %1 is a duplicate of. That customer keeps the "
                "timeline, tags, balance, points and visits of both.",
            ).replace("%1", c.name),
            exclude_id=c.customer_id,
            parent=panel,
        )
        if not picker.exec() or picker.chosen is None:
            return False
        target_id, target_name = picker.chosen.customer_id, picker.chosen.name
        answer = QMessageBox.question(
            panel,
            QCoreApplication.translate("CustomerDetailPanel", "Merge customers"),
            QCoreApplication.translate(
                "CustomerDetailPanel",
                "Merge %1 into %2?\n\nEverything of %1 moves to %2, and %1 is archived. "
                "This cannot be undone.",
            )
            .replace("%1", c.name)
            .replace("%2", target_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    try:
        panel.context.call(customers.merge_customers, target_id, c.customer_id)
    except StoreCRMError as exc:
        error_box(panel, exc)
        return False
    panel.changed.emit(target_id)
    panel.open_requested.emit(target_id)
    return True
