"""The till dialog: it assembles the parts (member area, items, lines, payments, totals),
holds the sale being entered (the member, the lines, the payments, the last quote), binds the
keys, and records the sale.

Every change calls ``requote``: the sale as it stands (``draft()``) is priced by
``sales.quote_sale`` and each part shows its share of the quote. ``draft()`` is the whole state
of an unrecorded sale, so a parked sale is a saved draft and resuming it is loading one;
``next_sale`` is the one place the till is cleared.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.membership import PaymentMethod
from storecrm.domain.order_adjust import OrderAdjust, Rounding, RoundingMode, RoundingUnit
from storecrm.domain.roles import Actor, Permission
from storecrm.gui.bus import store_bus
from storecrm.gui.counter.devices import Counter, counter
from storecrm.gui.counter.view import Phase
from storecrm.gui.format import money
from storecrm.gui.screens.member_dialogs import ApprovalDialog
from storecrm.gui.screens.staff.pickers import LineStaffDialog
from storecrm.gui.screens.till import resume as resuming
from storecrm.gui.screens.till import wiring
from storecrm.gui.screens.till.adjust import OrderAdjustDialog
from storecrm.gui.screens.till.buttons import ButtonBar
from storecrm.gui.screens.till.cards import CardMenu
from storecrm.gui.screens.till.compact import arrange_compact, wants_compact
from storecrm.gui.screens.till.items import ItemsPanel
from storecrm.gui.screens.till.keypad import NumericKeypad
from storecrm.gui.screens.till.keys import Shortcuts
from storecrm.gui.screens.till.lines import LinesPanel, match_quoted
from storecrm.gui.screens.till.member import MemberArea
from storecrm.gui.screens.till.offers import OffersPanel
from storecrm.gui.screens.till.output import ReceiptOutput, customer_view
from storecrm.gui.screens.till.parking import ParkedSalesDialog
from storecrm.gui.screens.till.payments import PaymentRow, PaymentsPanel, payable
from storecrm.gui.screens.till.quick_member import QuickMemberDialog
from storecrm.gui.screens.till.totals import TotalsPanel
from storecrm.gui.widgets import show_error
from storecrm.services import catalogue, membership, parked, sales, settings, till_settings
from storecrm.services.dto import (
    CardBalance,
    CardPlanInfo,
    ItemInfo,
    LineDraft,
    MemberSummary,
    SaleDraft,
    SaleInfo,
    SaleQuote,
)
from storecrm.services.session import StoreContext


class SaleDialog(QDialog):
    """The till. ``recorded`` is the last sale recorded here; ``sale_recorded`` says so;
    ``view_changed`` carries what the customer should see (the customer display, the pole).

    ``devices``: the counter's printer, drawer and displays (the program's ``Counter``);
    ``compact``: the touch layout (None: when the screen is small, 1024 px wide or less)."""

    sale_recorded = Signal(object)
    view_changed = Signal(object)  # a CustomerView
    entry_box: QWidget  # what is disabled once the sale is recorded (set by the arrangement)
    payment_box: QWidget

    def __init__(
        self,
        context: StoreContext,
        customer_id: int | None = None,
        parent: QWidget | None = None,
        *,
        devices: Counter | None = None,
        compact: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.devices = devices if devices is not None else counter()
        self.devices.reload()
        self.adjust: OrderAdjust | None = None
        self.approval: ApprovalDialog | None = None
        self.sub_dialog: QDialog | None = None
        self.till = context.call(till_settings.get_till_settings)
        self.recorded: SaleInfo | None = None
        self.recorded_cash_fen = 0  # the cash handed over for the recorded sale (before change)
        self.history: list[SaleInfo] = []
        self.finished_sale = False
        self.quote: SaleQuote | None = None
        self.member: MemberSummary | None = None
        self.coupon_codes: list[str] = []  # coupons handed over (till/offers.py)
        self.discard_box: QMessageBox | None = None
        self.items: list[ItemInfo] = context.call(catalogue.list_items)
        self.plans: list[CardPlanInfo] = context.call(catalogue.list_card_plans)
        self.rules = context.call(membership.get_rules)
        self.store_name = context.call(settings.get_settings).store_name
        # Read once per till: Alt+1…5 of a walk-in do not move while the till is open.
        self.best_sellers: tuple[ItemInfo, ...] = context.call(catalogue.best_sellers)
        self.can_print = importlib.util.find_spec("storecrm.gui.printing") is not None
        self.output = ReceiptOutput(context, self.devices, self.store_name, self)
        self.compact = wants_compact(self) if compact is None else compact

        self.setWindowTitle(self.tr("New sale"))
        self.member_area = MemberArea(context)
        self.items_panel = ItemsPanel(self.items)
        self.lines_panel = LinesPanel()
        self.payments = PaymentsPanel(context, points=self.rules.points_per_yuan_off > 0)
        self.totals_panel = TotalsPanel()
        self.offers_panel = OffersPanel()
        self.button_bar = ButtonBar()
        self.card_menu = CardMenu(self)
        self.keypad = NumericKeypad(self._keypad_target)
        self._expose_parts()
        if self.compact:
            arrange_compact(self)
        else:
            wiring.arrange(self)
            self.keypad.hide()
        wiring.connect_parts(self)
        self.shortcuts = Shortcuts(self)
        wiring.build_actions(self)
        self.shortcuts.guard(self.member_search, self.item_search, self.note_edit, self.coupon_edit)
        wiring.set_tab_order(self)
        self.line_staff_dialog: LineStaffDialog | None = None
        self._show_served_by()
        self.view_changed.connect(self.devices.show_view)
        self._show_tools()
        self.show_parked_count()
        if customer_id is not None:
            self.pick_member(customer_id)
        else:
            self._show_walk_in()
            self.requote()
            self.member_search.setFocus()

    # -- building -------------------------------------------------------------------------------
    def _expose_parts(self) -> None:
        """The widgets a cashier drives, under the names the tests and scripts use."""
        area, items, lines, pay = (
            self.member_area,
            self.items_panel,
            self.lines_panel,
            self.payments,
        )
        self.member_search, self.walk_in_button = area.member_search, area.walk_in_button
        self.member_stack, self.member_panel = area.stack, area.member_panel
        self.walk_in_page, self.member_page = area.walk_in_page, area.member_page
        self.hits, self.no_hits = area.hits, area.no_hits
        self.usual_buttons, self.usual_caption = items.usual_buttons, items.usual_caption
        self.item_search, self.item_hint, self.item_list = (
            items.item_search,
            items.item_hint,
            items.item_list,
        )
        self.use_card_button, self.sell_card_button = items.use_card_button, items.sell_card_button
        self.model, self.lines_view = lines.model, lines.view
        self.minus_button, self.plus_button = lines.minus_button, lines.plus_button
        self.remove_button, self.lines_count = lines.remove_button, lines.lines_count
        self.method_buttons, self.payment_rows = pay.method_buttons, pay.rows
        self.staff_combo, self.note_edit = pay.staff_combo, pay.note_edit
        self.requested_box, self.staff_button = pay.requested_box, lines.staff_button
        self.totals = self.totals_panel.totals
        self.total_captions = self.totals_panel.total_captions
        self.problems = self.totals_panel.problems
        bar = self.button_bar
        self.done_label, self.print_button, self.next_button = (
            bar.done_label,
            bar.print_button,
            bar.next_button,
        )
        self.close_button, self.cancel_button, self.complete_button = (
            bar.close_button,
            bar.cancel_button,
            bar.complete_button,
        )
        self.park_button, self.parked_button = bar.park_button, bar.parked_button
        self.adjust_button, self.round_button = bar.adjust_button, bar.round_button
        self.drawer_button, self.reprint_button = bar.drawer_button, bar.reprint_button
        self.preview_button, self.new_member_button = bar.preview_button, area.new_member_button
        self.coupon_edit, self.wallet_button = (
            self.offers_panel.code_edit,
            self.offers_panel.wallet_button,
        )

    # -- keys -----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # A plain Enter never records a sale by accident (Ctrl+Enter does); on a focused
            # button it presses that button.
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and focused.isEnabled():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the member -----------------------------------------------------------------------------
    @Slot(int)
    def pick_member(self, customer_id: int) -> bool:
        """Sell to this member: their discount, balances, cards and usual items."""
        if self.finished_sale:
            return False
        try:
            summary = self.context.call(membership.member_summary, customer_id)
        except StoreCRMError as exc:
            self._flash(messages.error_text(exc))
            return False
        if self.member is None or self.member.customer_id != customer_id:
            self.lines_panel.drop_kind("session")
            self.coupon_codes.clear()  # coupons are the member's
        self.member = summary
        self.member_area.clear_search()
        self._fill_usual()
        self._show_member_page()
        self.requote()
        self.focus_item_search()
        return True

    def toggle_walk_in(self) -> None:
        """Ctrl+W: drop the member (a walk-in sale); when already walk-in, look a member up."""
        if self.finished_sale:
            return
        if self.member is not None:
            self.lines_panel.drop_kind("session")
            self.coupon_codes.clear()
            self.member = None
            self._show_walk_in()
            self.requote()
            self.focus_item_search()
        else:
            self.walk_in_button.setChecked(True)
            self.focus_member_search()

    def _show_walk_in(self) -> None:
        self.member = None
        self._fill_usual()
        self._show_member_page()

    def _show_member_page(self) -> None:
        member = self.member is not None
        self.member_area.set_member(member)
        for method in (PaymentMethod.STORED_VALUE.value, PaymentMethod.POINTS.value):
            self.method_buttons[method].setEnabled(member)
        self.use_card_button.setEnabled(member)
        self.sell_card_button.setEnabled(member and bool(self.plans))
        self.offers_panel.set_member(member)

    def _fill_usual(self) -> None:
        if self.member is not None:
            self.items_panel.set_usual(self.member.usual_items)
        else:
            self.items_panel.set_usual(self.best_sellers, best_sellers=True)

    def focus_member_search(self) -> None:
        if self.finished_sale:
            return
        self.member_area.focus_search()

    def focus_item_search(self) -> None:
        if self.finished_sale:
            return
        self.items_panel.focus_search()

    # -- items and lines ------------------------------------------------------------------------
    @Slot(int)
    def add_item(self, item_id: int, qty: int = 1) -> None:
        info = self.items_panel.item(item_id)
        label = info.name if info else ""
        self._add(LineDraft("item", qty, item_id=item_id), label, lambda d: d.item_id == item_id)

    @Slot(int)
    def add_usual(self, slot: int) -> None:
        usual = self.items_panel.usual
        if self.finished_sale or slot >= len(usual):
            return
        self.add_item(usual[slot].item_id)

    @Slot(int, str)
    def add_amount(self, fen: int, description: str = "") -> None:
        self._add(
            LineDraft("amount", 1, unit_fen=fen, description=description),
            description or self.tr("Amount"),
            None,
        )

    def add_session(self, balance: CardBalance, item_id: int | None = None) -> None:
        item_id = balance.item_id if balance.item_id is not None else item_id
        label = balance.name
        self._add(
            LineDraft("session", 1, item_id=item_id, card_id=balance.card_id),
            label,
            lambda d: d.card_id == balance.card_id and d.item_id == item_id,
        )

    def add_card(self, plan: CardPlanInfo) -> None:
        self._add(
            LineDraft("card", 1, plan_id=plan.plan_id),
            plan.name,
            lambda d: d.plan_id == plan.plan_id,
        )

    def _add(self, draft: LineDraft, label: str, same: Callable[[LineDraft], bool] | None) -> None:
        if self.finished_sale:
            return
        row = self.lines_panel.add(draft, label, same)
        self.requote()
        self.lines_panel.select_row(row)

    def current_row(self) -> int | None:
        return self.lines_panel.current_row()

    @Slot(int)
    def change_qty(self, step: int) -> None:
        row = self.current_row()
        if self.finished_sale or row is None:
            return
        if self.lines_panel.step_qty(row, step):
            self.requote()
            self.lines_panel.select_row(row)

    @Slot(int, int)
    def _qty_edited(self, row: int, qty: int) -> None:
        if self.finished_sale:
            return
        old = self.model.lines[row].draft
        self.model.set_draft(row, replace(old, qty=qty))
        # After the editor closes: re-pricing inside setData would reset the editor's model.
        QTimer.singleShot(0, self.requote)

    @Slot()
    def remove_line(self) -> None:
        row = self.current_row()
        if self.finished_sale or row is None:
            return
        self.model.remove(row)
        self.requote()
        if self.model.rowCount():
            self.lines_panel.select_row(min(row, self.model.rowCount() - 1))

    def remove_focused(self) -> None:
        """Ctrl+Del: the payment being edited, or else the selected line."""
        payment = self.payments.row_holding(self.focusWidget())
        if payment is not None:
            self.remove_payment(payment)
            return
        self.remove_line()

    # -- cards ----------------------------------------------------------------------------------
    def usable_cards(self) -> list[CardBalance]:
        """The member's cards that still have a session for this sale."""
        if self.member is None:
            return []
        balances = self.quote.after if self.quote and self.quote.after else self.member.balances
        return [
            c
            for c in balances.cards
            if c.card_id and c.usable and (c.sessions_left is None or c.sessions_left > 0)
        ]

    def use_card(self) -> None:
        """Ctrl+K: pay a service with one of the member's cards (asked when several fit).

        With a service line selected (剪发 just added), that line is turned into a card use;
        otherwise a line using the chosen card is added (its own service, when it has one).
        """
        if self.finished_sale:
            return
        if self.member is None:
            self._flash(messages.validation_text(ValidationError("card", "needs_member")))
            return
        cards = self.usable_cards()
        if not cards:
            self._flash(self.tr("The member has no card with sessions left."))
            return
        row = self.current_row()
        service = self._service_of(row)
        if row is not None and service is not None:
            fitting = [c for c in cards if c.item_id in (None, service)]
            if fitting:
                self._choose_card(fitting, lambda c: self._use_on_line(row, c))
                return
        self._choose_card(cards, self.add_session)

    def _choose_card(self, cards: list[CardBalance], use: Callable[[CardBalance], None]) -> None:
        if len(cards) == 1:
            use(cards[0])
            return
        self.card_menu.offer_cards(self.use_card_button, cards, use)

    def _service_of(self, row: int | None) -> int | None:
        """The service of an item line (None for goods, amounts, cards)."""
        if row is None:
            return None
        draft = self.model.lines[row].draft
        if draft.kind != "item" or draft.item_id is None:
            return None
        info = self.items_panel.item(draft.item_id)
        return info.item_id if info is not None and info.kind == "service" else None

    def _use_on_line(self, row: int, balance: CardBalance) -> None:
        old = self.model.lines[row].draft
        self.model.lines[row].label = balance.name
        self.model.set_draft(
            row, LineDraft("session", old.qty, item_id=old.item_id, card_id=balance.card_id)
        )
        self.requote()
        self.lines_panel.select_row(row)

    def sell_card(self) -> None:
        """Ctrl+D: sell one of the store's card plans to the member."""
        if self.finished_sale:
            return
        if self.member is None:
            self._flash(messages.validation_text(ValidationError("card", "needs_member")))
            return
        if not self.plans:
            self._flash(self.tr("There are no card plans yet; the owner adds them in Settings."))
            return
        self.card_menu.offer_plans(self.sell_card_button, self.plans, self.add_card)

    # -- payments -------------------------------------------------------------------------------
    @Slot(str)
    def pay(self, method: str) -> PaymentRow | None:
        """F5–F10: add a payment of what is still due by this method (stored value and points:
        at most what the member has). Pressing the same method again adds the rest to it."""
        if self.finished_sale:
            return None
        if method in (PaymentMethod.STORED_VALUE.value, PaymentMethod.POINTS.value):
            if self.member is None:
                self._flash(messages.validation_text(ValidationError("payments", "needs_member")))
                return None
            if method == PaymentMethod.POINTS.value and self.rules.points_per_yuan_off <= 0:
                return None
        due = self.quote.due_fen if self.quote is not None else 0
        before = self.quote.before if self.quote and self.quote.before else None
        if before is None and self.member is not None:
            before = self.member.balances
        most = payable(method, before, self.rules, self.payments.taken(method))
        amount = max(0, min(due, most))
        row = self.payments.add(method, amount)
        self.shortcuts.guard(row.amount_edit)
        if row.reference_edit is not None:
            self.shortcuts.guard(row.reference_edit)
        self.requote()
        row.focus_amount()
        return row

    @Slot(object)
    def remove_payment(self, row: PaymentRow) -> None:
        if self.finished_sale or not self.payments.remove(row):
            return
        self.requote()
        self.focus_item_search()

    # -- the quote ------------------------------------------------------------------------------
    def draft(self) -> SaleDraft:
        """The sale as entered: everything the quote and the record need."""
        return SaleDraft(
            customer_id=None if self.member is None else self.member.customer_id,
            lines=self.lines_panel.drafts(),
            payments=self.payments.drafts(),
            note=self.note_edit.text(),
            served_by=self.staff_combo.currentData(),
            requested=self.requested_box.isChecked() and self.staff_combo.currentData() is not None,
            adjust=self.adjust,
            coupon_codes=tuple(self.coupon_codes),
        )

    # -- who served -----------------------------------------------------------------------------
    def _show_served_by(self) -> None:
        """The lines' served-by column: names, and the sale's served-by for lines naming
        nobody of their own."""
        names = {p.staff_id: p.name for p in self.payments.roster}
        default = names.get(self.staff_combo.currentData())
        self.model.set_staff_names(names, default)

    @Slot()
    def edit_line_staff(self) -> bool:
        """F4: who served the selected line (the last line when none is selected)."""
        if self.finished_sale or not self.model.lines:
            return False
        row = self.lines_panel.current_row()
        row = len(self.model.lines) - 1 if row is None else row
        line = self.model.lines[row]
        title = (line.quoted.description if line.quoted else "") or line.label
        picker = LineStaffDialog(self.payments.roster, line.draft.staff, title, self)
        self.line_staff_dialog = picker
        if picker.exec() != QDialog.DialogCode.Accepted:
            return False
        self.model.set_draft(row, replace(line.draft, staff=picker.chosen()))
        self.lines_panel.select_row(row)
        self.requote()
        self.lines_view.setFocus()
        return True

    def has_content(self) -> bool:
        return bool(self.model.lines or self.payment_rows)

    @Slot()
    def requote(self) -> None:
        """Price the sale as it stands and show it (every change calls this)."""
        if self.finished_sale:
            return
        try:
            quote = self.context.call(sales.quote_sale, self.draft())
        except StoreCRMError as exc:
            self.quote = None
            show_error(self.problems, messages.error_text(exc))
            self.complete_button.setEnabled(False)
            return
        self.quote = quote
        self.model.set_quoted(match_quoted(self.model.lines, quote.lines))
        self.totals_panel.show_quote(quote, member=self.member is not None)
        self.offers_panel.show_offers(quote, self.coupon_codes)
        self._show_problems(quote)
        if self.member is not None:
            self.member_area.show_member(
                self.member, quote.before or self.member.balances, quote.after
            )
        self.complete_button.setEnabled(quote.ok and bool(self.model.lines))
        self.lines_panel.show_count()
        self.payments.show_points_used(quote.points_used)
        self.round_button.setChecked(self.adjust is not None and self.adjust.rounding is not None)
        self._emit_view(Phase.SELLING if self.model.lines else Phase.IDLE)

    def _show_problems(self, quote: SaleQuote) -> None:
        shown = []
        for problem in quote.problems:
            if not self.model.lines and (problem.field, problem.code) == ("lines", "required"):
                continue  # an empty till is not a mistake
            if not self.payment_rows and (problem.field, problem.code) == ("payments", "short"):
                continue  # "still due" says it already; nobody has started paying
            text = messages.validation_text(problem)
            if text not in shown:
                shown.append(text)
        self.totals_panel.show_problems(shown)

    def _flash(self, text: str) -> None:
        """A message about the last key pressed, in the problems' place until the next change."""
        show_error(self.problems, text)

    def problem_texts(self) -> list[str]:
        """The messages under the totals, one per problem."""
        return self.totals_panel.problem_texts()

    # -- recording ------------------------------------------------------------------------------
    def complete(self) -> bool:
        """Ctrl+Enter: record the sale when the quote has no problem."""
        if self.finished_sale:
            return False
        self.requote()
        quote = self.quote
        if quote is None or not self.model.lines:
            self.focus_item_search()
            return False
        if not quote.ok:
            shown = [messages.validation_text(p) for p in quote.problems]
            show_error(self.problems, "\n".join(dict.fromkeys(shown)))
            return False
        if quote.needs_approval:  # a discount above the cashier's limit: a manager signs
            self.approval = ApprovalDialog(
                self.context,
                quote.order_discount_fen + quote.rounding_fen,
                self,
                why=self.tr(
                    "A discount of %1 on this sale is above your limit: a manager or the owner "
                    "approves it with their own user name and password."
                ).replace("%1", money(quote.order_discount_fen + quote.rounding_fen)),
            )
            self.approval.accepted.connect(self._record_approved)
            self.approval.open()
            return False
        return self._record(None)

    @Slot()
    def _record_approved(self) -> None:
        approval, self.approval = self.approval, None
        if approval is not None and approval.approver is not None:
            self._record(approval.approver)

    def _record(self, approver: Actor | None) -> bool:
        quote = self.quote
        assert quote is not None
        try:
            info = self.context.call(sales.record_sale, self.draft(), approved_by=approver)
        except StoreCRMError as exc:
            show_error(self.problems, messages.error_text(exc))
            return False
        self.recorded = info
        self.recorded_cash_fen = self.payments.taken(PaymentMethod.CASH.value)
        self.history.append(info)
        self.finished_sale = True
        store_bus().changed.emit("sales")
        store_bus().changed.emit("membership")
        self._show_finished(info, quote)
        self.output.after_sale(info, self.recorded_cash_fen)
        self._emit_view(Phase.PAID, info)
        self.sale_recorded.emit(info)
        return True

    def _show_finished(self, info: SaleInfo, quote: SaleQuote) -> None:
        for box in (self.entry_box, self.payment_box, self.member_search, self.walk_in_button):
            box.setEnabled(False)
        text = self.tr("Sale %1 recorded.").replace("%1", info.no)
        if quote.change_fen:
            text += "  " + self.tr("Give back %1 change.").replace("%1", money(quote.change_fen))
        self.button_bar.show_recorded(text, self.can_print)
        if self.member is not None and info.balances_after is not None:
            before = quote.before or self.member.balances
            self.member_panel.set_balances(before, info.balances_after)
        show_error(self.problems, "")
        self.next_button.setFocus()

    def print_receipt(self) -> bool:
        """Ctrl+P: the receipt of the sale just recorded, or while the next one is entered,
        the last one again: on the counter's printer, else through the preview."""
        if self.recorded is None:
            self._flash(self.tr("No sale was recorded at this till yet."))
            return False
        return self.output.print_again(self.recorded, self.recorded_cash_fen)

    def preview_receipt(self) -> bool:
        """Ctrl+Shift+P: the receipt on the screen, then the print dialog."""
        if self.recorded is None:
            return False
        return self.output.preview(self.recorded, self.recorded_cash_fen)

    def next_sale(self) -> None:
        """Ctrl+N: clear the till for the next customer."""
        if not self.finished_sale:
            return
        self.finished_sale = False
        self.quote = None
        self.model.clear()
        self.payments.clear()
        for box in (self.entry_box, self.payment_box, self.member_search, self.walk_in_button):
            box.setEnabled(True)
        self.adjust = None
        self.coupon_codes.clear()
        self._show_tools()
        self.item_search.clear()
        self._show_walk_in()
        self.requote()
        self.member_search.setFocus()

    # -- closing --------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc: close; a sale that is not recorded yet is discarded only when confirmed."""
        if self.finished_sale or not self.has_content():
            self._close()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard this sale?"))
        box.setText(self.tr("This sale is not recorded yet. Discard it?"))
        self.discard_button = box.addButton(
            self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.keep_button = box.addButton(
            self.tr("&Keep selling"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(self.keep_button)
        box.setEscapeButton(self.keep_button)
        box.finished.connect(lambda _r: self._discard_answered(box))
        self.discard_box = box
        box.open()

    def _discard_answered(self, box: QMessageBox) -> None:
        if box.clickedButton() is self.discard_button:
            self._close()
        self.discard_box = None
        box.deleteLater()

    def _close(self) -> None:
        code = QDialog.DialogCode.Accepted if self.recorded else QDialog.DialogCode.Rejected
        self._emit_view(Phase.IDLE)
        self.done(int(code.value))

    # -- the counter's tools (挂单/取单, 整单优惠, 抹零, drawer, keypad) -----------------------
    def _show_tools(self) -> None:
        owner = self.context.actor.can(Permission.OPEN_DRAWER)
        self.button_bar.show_entering(
            {
                self.park_button: True,
                self.parked_button: True,
                self.adjust_button: True,
                self.round_button: True,
                self.drawer_button: owner,
                self.reprint_button: True,
            }
        )

    def _emit_view(self, phase: Phase, sale: SaleInfo | None = None) -> None:
        names = [line.label if line.quoted is None else line.quoted.description or line.label
                 for line in self.model.lines if line.quoted is not None]  # fmt: skip
        view = customer_view(
            phase,
            self.store_name,
            None if phase is Phase.IDLE else self.quote,
            names,
            self.member,
            self.till.promotion_text,
            sale,
            self.recorded_cash_fen if sale is not None else 0,
        )
        self.view_changed.emit(view)

    def show_parked_count(self) -> None:
        try:
            count = len(self.context.call(parked.list_parked))
        except StoreCRMError:
            count = 0
        self.button_bar.show_parked(count)

    def park(self) -> bool:
        """F11 挂单: put this sale aside (in the store, so it outlives the program) and clear
        the till for the next customer."""
        return resuming.park(self)

    def show_parked(self) -> None:
        """F12 取单: the parked sales; the one chosen comes back into the till (a sale being
        entered is parked first, so nothing is lost)."""
        if self.finished_sale:
            self.next_sale()
        dialog = ParkedSalesDialog(self.context, self)
        self.sub_dialog = dialog
        dialog.accepted.connect(lambda: resuming.resume_chosen(self, dialog))
        dialog.finished.connect(lambda _r: self.show_parked_count())
        dialog.open()

    def edit_adjust(self) -> None:
        """Ctrl+T 整单优惠: the whole-order discount and rounding."""
        if self.finished_sale or not self.model.lines:
            self._flash(self.tr("Add what is sold first; the discount is on the whole sale."))
            return
        dialog = OrderAdjustDialog(self.adjust, self._price_with, self)
        self.sub_dialog = dialog
        dialog.accepted.connect(lambda: self._set_adjust(dialog.chosen))
        dialog.open()

    def _price_with(self, adjust: OrderAdjust | None) -> SaleQuote | None:
        try:
            return self.context.call(sales.quote_sale, replace(self.draft(), adjust=adjust))
        except StoreCRMError:
            return None

    def _set_adjust(self, adjust: OrderAdjust | None) -> None:
        self.adjust = adjust
        self.requote()
        self.focus_item_search()

    def toggle_round_off(self) -> None:
        """Ctrl+R 抹零: drop the jiao and fen (to the yuan, down), or stop rounding."""
        if self.finished_sale:
            return
        current = self.adjust or OrderAdjust()
        rounding = (
            None if current.rounding is not None else Rounding(RoundingUnit.YUAN, RoundingMode.DOWN)
        )
        adjusted = OrderAdjust(current.discount, rounding)
        self._set_adjust(None if adjusted.empty else adjusted)

    def open_drawer(self) -> None:
        """The owner's drawer key (audited)."""
        problem = self.output.open_drawer()
        self._flash(problem or self.tr("The cash drawer was opened (recorded in the audit log)."))

    @Slot(str)
    def new_member(self, typed: str) -> None:
        """新建会员 from what found nobody, without leaving the till."""
        dialog = QuickMemberDialog(self.context, typed, self)
        self.sub_dialog = dialog
        dialog.accepted.connect(
            lambda: dialog.created is not None and self.pick_member(dialog.created.customer_id)
        )
        dialog.open()

    def _keypad_target(self) -> QLineEdit | None:
        focused = self.focusWidget()
        if isinstance(focused, QLineEdit) and self.isAncestorOf(focused):
            return focused
        return self.item_search

    def quantity_from_keypad(self) -> None:
        """× on the keypad: the number in the item search is the selected line's quantity."""
        text = self.item_search.text().strip()
        row = self.current_row()
        if not text.isdigit() or row is None or self.finished_sale:
            self._flash(self.tr("Select a line, type its quantity, then ×."))
            return
        self._qty_edited(row, max(1, min(9999, int(text))))
        self.item_search.clear()

    @Slot(str)
    def _device_failed(self, text: str) -> None:
        if self.isVisible():
            self._flash(text)
