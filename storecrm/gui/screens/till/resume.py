"""挂单 and 取单 at the till: the sale being entered goes into the store (``services/parked``)
and the till clears for the next customer; a parked sale comes back as it was entered — the
member, the lines with their labels, the payments with their references, who served, the note,
the whole-order discount — and is priced again as things stand now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from storecrm import messages
from storecrm.domain.errors import StoreCRMError
from storecrm.gui.format import money
from storecrm.services import parked
from storecrm.services.dto import LineDraft, SaleDraft

if TYPE_CHECKING:
    from storecrm.gui.screens.till.dialog import SaleDialog
    from storecrm.gui.screens.till.parking import ParkedSalesDialog


def park(dialog: SaleDialog) -> bool:
    if dialog.finished_sale:
        return False
    if not dialog.model.lines:
        dialog._flash(
            QCoreApplication.translate(
                "SaleDialog", "There is nothing to park: add what is sold first."
            )
        )
        return False
    draft = dialog.draft()
    try:
        info = dialog.context.call(parked.park_sale, draft, draft.note[: parked.NOTE_MAX])
    except StoreCRMError as exc:
        dialog._flash(messages.error_text(exc))
        return False
    _clear(dialog)
    dialog.show_parked_count()
    dialog._flash(
        QCoreApplication.translate("SaleDialog", "Parked: %1, %2. F12 brings it back.")
        .replace("%1", info.customer_name or QCoreApplication.translate("SaleDialog", "walk-in"))
        .replace("%2", money(info.total_fen))
    )
    return True


def _clear(dialog: SaleDialog) -> None:
    """The till empty for the next customer (as after a recorded sale's Next)."""
    dialog.finished_sale = True  # next_sale clears only a finished sale
    dialog.next_sale()


def resume_chosen(dialog: SaleDialog, chooser: ParkedSalesDialog) -> bool:
    chosen = chooser.chosen
    if chosen is None:
        return False
    if dialog.has_content() and not park(dialog):
        return False  # the sale on the till could not be put aside: keep it
    try:
        draft = dialog.context.call(parked.resume_parked, chosen.parked_id)
    except StoreCRMError as exc:
        dialog._flash(messages.error_text(exc))
        dialog.show_parked_count()
        return False
    load(dialog, draft)
    dialog.show_parked_count()
    return True


def _label(dialog: SaleDialog, line: LineDraft) -> str:
    if line.kind == "item" and line.item_id is not None:
        info = dialog.items_panel.item(line.item_id)
        return info.name if info else ""
    if line.kind == "card":
        plan = next((p for p in dialog.plans if p.plan_id == line.plan_id), None)
        return plan.name if plan else ""
    if line.kind == "session" and dialog.member is not None:
        card = next((c for c in dialog.member.balances.cards if c.card_id == line.card_id), None)
        return card.name if card else ""
    return line.description or QCoreApplication.translate("SaleDialog", "Amount")


def load(dialog: SaleDialog, draft: SaleDraft) -> None:
    """Put a parked sale back into an empty till."""
    if draft.customer_id is not None:
        dialog.pick_member(draft.customer_id)
    for line in draft.lines:
        dialog.lines_panel.add(line, _label(dialog, line), None)
    for payment in draft.payments:
        row = dialog.payments.add(payment.method, payment.amount_fen)
        row.set_reference(payment.reference)
        dialog.shortcuts.guard(row.amount_edit)
        if row.reference_edit is not None:
            dialog.shortcuts.guard(row.reference_edit)
    index = dialog.staff_combo.findData(draft.served_by)  # the staff member, not an account
    if index >= 0:
        dialog.staff_combo.setCurrentIndex(index)
    dialog.requested_box.setChecked(draft.requested)
    dialog.note_edit.setText(draft.note)
    dialog.adjust = draft.adjust
    dialog.coupon_codes[:] = list(draft.coupon_codes)
    dialog.requote()
    if dialog.model.rowCount():
        dialog.lines_panel.select_row(dialog.model.rowCount() - 1)
    dialog.focus_item_search()


__all__ = ["load", "park", "resume_chosen"]
