"""What leaves the till besides the screen: the receipt (by itself after a sale on the
counter's printer, again on a key, or previewed on request), the cash drawer (on cash
payments, or on the owner's key, audited), and what the customer display and the pole show.

``ReceiptOutput`` belongs to one till; the devices are the program's ``Counter``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from storecrm import messages
from storecrm.domain.errors import StoreCRMError
from storecrm.gui import printing
from storecrm.gui.counter.devices import Counter
from storecrm.gui.counter.view import CustomerView, Phase, ViewLine
from storecrm.reports.receipt_ticket import receipt_ticket
from storecrm.services import till_settings
from storecrm.services.dto import MemberSummary, SaleInfo, SaleQuote
from storecrm.services.session import StoreContext


class ReceiptOutput(QObject):
    def __init__(
        self,
        context: StoreContext,
        devices: Counter,
        store_name: str,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.devices = devices
        self.store_name = store_name
        self.window = parent

    # -- the receipt ------------------------------------------------------------------------
    def after_sale(self, sale: SaleInfo, cash_tendered_fen: int) -> bool:
        """Right after recording: the receipt prints by itself when set up so, the drawer
        opens for cash. True when something was sent to a printer."""
        devices = self.devices
        drawer = devices.drawer_for(sale)
        if devices.escpos:
            if devices.printer.auto_print:
                ticket = receipt_ticket(
                    sale,
                    self.store_name,
                    printing.receipt_labels(),
                    devices.printer.paper,
                    cash_tendered_fen=cash_tendered_fen or None,
                    open_drawer=drawer,
                )
                return devices.send_ticket(ticket)
            if drawer:
                devices.open_drawer()
            return False
        if devices.system_printer and devices.printer.auto_print:
            return printing.print_receipt_now(
                sale, self.store_name, cash_tendered_fen=cash_tendered_fen or None
            )
        return False

    def print_again(self, sale: SaleInfo, cash_tendered_fen: int) -> bool:
        """The receipt again (Ctrl+P): on the counter's printer when there is one (the drawer
        stays shut), else through the preview and the print dialog."""
        devices = self.devices
        if devices.escpos:
            ticket = receipt_ticket(
                sale,
                self.store_name,
                printing.receipt_labels(),
                devices.printer.paper,
                cash_tendered_fen=cash_tendered_fen or None,
            )
            return devices.send_ticket(ticket)
        if devices.system_printer:
            return printing.print_receipt_now(
                sale, self.store_name, cash_tendered_fen=cash_tendered_fen or None
            )
        return self.preview(sale, cash_tendered_fen)

    def preview(self, sale: SaleInfo, cash_tendered_fen: int) -> bool:
        """The receipt on the screen first, then the print dialog (Ctrl+Shift+P)."""
        return printing.print_receipt(
            self.window, sale, self.store_name, cash_tendered_fen=cash_tendered_fen or None
        )

    # -- the drawer ---------------------------------------------------------------------------
    def open_drawer(self) -> str:
        """The owner's key: audited first, then the pulse. Returns what to tell the user
        ("" when the drawer was asked to open)."""
        try:
            self.context.call(till_settings.open_drawer, "till key")
        except StoreCRMError as exc:
            return messages.error_text(exc)
        if not self.devices.open_drawer():
            return self.tr("No receipt printer is set up: the cash drawer hangs on its port.")
        return ""


def customer_view(
    phase: Phase,
    store_name: str,
    quote: SaleQuote | None,
    names: list[str],
    member: MemberSummary | None,
    promotion: str,
    sale: SaleInfo | None = None,
    cash_tendered_fen: int = 0,
) -> CustomerView:
    """What the customer sees now, from the till's quote (and the sale once recorded)."""
    if phase is Phase.IDLE or quote is None:
        return CustomerView(Phase.IDLE if quote is None else phase, store_name,
                            promotion_text=promotion)  # fmt: skip
    lines = tuple(
        ViewLine(name, line.qty, line.amount_fen)
        for name, line in zip(names, quote.lines, strict=False)
    )
    own = quote.discount_fen - quote.order_discount_fen - quote.rounding_fen
    after = quote.after
    if sale is not None and sale.balances_after is not None:
        after = sale.balances_after
    paid = quote.paid_fen
    change = quote.change_fen
    if sale is not None and cash_tendered_fen:
        cash_kept = sum(p.amount_fen for p in sale.payments if p.method == "cash")
        change = max(0, cash_tendered_fen - cash_kept)
    return CustomerView(
        phase=phase,
        store_name=store_name,
        lines=lines,
        discount_fen=own,
        order_discount_fen=quote.order_discount_fen,
        rounding_fen=quote.rounding_fen,
        total_fen=quote.total_fen,
        paid_fen=paid,
        change_fen=change,
        member_name=None if member is None else member.name,
        points_after=None if after is None else after.points,
        balance_after_fen=None if after is None else after.balance_fen,
        promotion_text=promotion,
    )


__all__ = ["ReceiptOutput", "customer_view"]
