"""Promotions and coupons at the till. The store's promotions apply by themselves: every quote
carries the best allowed combination (``services/promotions/till``) and the totals show each
saving on a row of its own. What the cashier does here is hand coupons over:

- the coupon box takes a code scanned off a slip or a phone, or typed (Enter adds it; Ctrl+U
  jumps to it);
- the wallet (Ctrl+Shift+U, or the button) lists the member's coupons; Enter uses the chosen
  one, and a coupon slip (its code as a QR code and a barcode) prints from there;
- each coupon handed over is listed with what it takes off, or why it does not apply (expired,
  used, another customer's, below its minimum spend …) in the till's message style;
  "Clear coupons" drops them all;
- a 满赠 reached whose gift is not on the sale is named, and Ctrl+G (or the button) adds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError
from storecrm.domain.promotions.codes import clean_code, shown
from storecrm.domain.promotions.offers import CouponState
from storecrm.gui import printing
from storecrm.gui.counter.render import render
from storecrm.gui.format import money
from storecrm.gui.look import icon, set_property
from storecrm.gui.models import ListTableModel
from storecrm.gui.names import coupon_kind_name, coupon_state_name
from storecrm.gui.screens.till.pick_table import pick_table, selected_row, show_rows
from storecrm.gui.widgets import error_box, error_label, show_error
from storecrm.reports.coupon_slip import coupon_ticket
from storecrm.services.dto import SaleQuote
from storecrm.services.promotions import catalogue as offers
from storecrm.services.promotions import coupons
from storecrm.services.promotions.dto import CouponInfo
from storecrm.services.session import StoreContext

if TYPE_CHECKING:
    from storecrm.gui.counter.devices import Counter
    from storecrm.gui.screens.till.dialog import SaleDialog

Index = QModelIndex | QPersistentModelIndex
MAX_HANDED = 5


class OffersPanel(QFrame):
    """The coupon box, the wallet button, the coupons handed over and the gifts reached."""

    code_entered = Signal(str)
    wallet_requested = Signal()
    clear_requested = Signal()
    gift_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("Coupon code: scan or type, Enter"))
        self.code_edit.setClearButtonEnabled(True)
        self.wallet_button = QPushButton(icon("wallet"), self.tr("Wallet"))
        self.wallet_button.setToolTip(self.tr("The member's coupons"))
        self.clear_button = QPushButton(icon("close"), self.tr("Clear coupons"))
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.wallet_button)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self.handed_label = QLabel()
        self.handed_label.setWordWrap(True)
        self.handed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.refused_label = error_label()
        self.gift_row = QWidget()
        gift = QHBoxLayout(self.gift_row)
        gift.setContentsMargins(0, 0, 0, 0)
        self.gift_label = QLabel()
        self.gift_label.setWordWrap(True)
        self.gift_button = QPushButton(icon("gift"), self.tr("Add gift"))
        gift.addWidget(self.gift_label, 1)
        gift.addWidget(self.gift_button)
        layout.addWidget(self.handed_label)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.gift_row)
        self.code_edit.returnPressed.connect(self._entered)
        self.wallet_button.clicked.connect(self.wallet_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        self.gift_button.clicked.connect(self.gift_requested)
        self.show_offers(None, [])

    def _entered(self) -> None:
        text = self.code_edit.text().strip()
        if text:
            self.code_edit.clear()
            self.code_entered.emit(text)

    def show_offers(self, quote: SaleQuote | None, codes: list[str]) -> None:
        """What the coupons handed over do on this quote, and the gifts reached."""
        used = [s for s in quote.savings if s.source == "coupon"] if quote else []
        self.handed_label.setText(
            "\n".join(
                self.tr("✓ %1 (%2): %3")
                .replace("%1", s.name)
                .replace("%2", shown(s.code))
                .replace("%3", money(-s.amount_fen))
                for s in used
            )
        )
        self.handed_label.setVisible(bool(used))
        refused = list(quote.coupon_refusals) if quote else []
        show_error(
            self.refused_label,
            "\n".join(
                self.tr("✗ %1: %2")
                .replace("%1", r.name or shown(r.code))
                .replace(
                    "%2",
                    messages.coupon_refusal_text(
                        r.reason.value, min_spend_fen=r.min_spend_fen, base_fen=r.base_fen
                    ),
                )
                for r in refused
            ),
        )
        hints = list(quote.gift_hints) if quote else []
        self.gift_label.setText(
            "\n".join(
                self.tr("%1 reached: the gift is free (Ctrl+G)").replace("%1", h.name)
                for h in hints
            )  # fmt: skip
        )
        self.gift_row.setVisible(bool(hints))
        self.clear_button.setVisible(bool(codes))

    def set_member(self, member: bool) -> None:
        self.wallet_button.setEnabled(member)


# -- the wallet ----------------------------------------------------------------------------------
class WalletDialog(QDialog):
    """A member's coupons, usable ones first; ``chosen`` is the one to use once accepted."""

    def __init__(
        self,
        context: StoreContext,
        customer_id: int,
        handed: list[str],
        parent: QWidget | None = None,
        *,
        print_slip: Any = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.handed = set(handed)
        self.chosen: CouponInfo | None = None
        self.print_slip = print_slip
        self.bought = False  # points were spent here: the till re-reads the member
        self.setWindowTitle(self.tr("Coupon wallet"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.model = ListTableModel[CouponInfo](
            [
                (self.tr("Coupon"), lambda c: c.name),
                (self.tr("Kind"), lambda c: coupon_kind_name(c.kind.value)),
                (self.tr("Code"), lambda c: shown(c.code)),
                (self.tr("Worth"), lambda c: money(c.face_fen) if c.face_fen else ""),
                (
                    self.tr("Min. spend"),
                    lambda c: money(c.min_spend_fen) if c.min_spend_fen else "",
                ),  # fmt: skip
                (self.tr("Valid to"), lambda c: c.valid_to.isoformat()),
                (self.tr("State"), self._state),
            ],
            self,
            numbers=(3, 4),
        )
        self.table = pick_table(self.model, 0, self.use)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("This member has no coupon to use."))
        self.empty.setObjectName("PlaceholderText")
        layout.addWidget(self.empty)
        self.problem = error_label()
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        self.points_button = QPushButton(icon("star"), self.tr("&Buy with points…"))
        self.points_button.setToolTip(
            self.tr("A coupon the member pays for with points (积分兑换)")
        )
        self.points_menu = QMenu(self)
        self.points_button.setMenu(self.points_menu)
        self.slip_button = QPushButton(icon("print"), self.tr("&Print slip"))
        self.slip_button.setToolTip(self.tr("The coupon with its code as a QR code and barcode"))
        self.close_button = QPushButton(self.tr("Close"))
        self.use_button = QPushButton(self.tr("&Use on this sale"))
        self.use_button.setToolTip(self.tr("Hand this coupon over (Enter)"))
        set_property(self.use_button, "primary", True)
        self.use_button.setDefault(True)
        row.addWidget(self.slip_button)
        row.addWidget(self.points_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        self.slip_button.clicked.connect(self.slip)
        self.close_button.clicked.connect(self.reject)
        self.use_button.clicked.connect(lambda: self.use())
        self._fill_points_menu()
        self.reload()

    def _fill_points_menu(self) -> None:
        """The coupons sold for points (积分兑换券), with their price."""
        try:
            templates = self.context.call(offers.list_templates)
        except StoreCRMError:
            templates = []
        for_points = [t for t in templates if t.active and t.points_price]
        for template in for_points:
            text = self.tr("%1 — points: %2").replace("%1", template.name)
            action = self.points_menu.addAction(text.replace("%2", f"{template.points_price:,}"))
            action.triggered.connect(lambda _c=False, t=template.id: self.buy_with_points(t))
        self.points_button.setVisible(bool(for_points))

    def buy_with_points(self, template_id: int) -> bool:
        """The member pays the coupon's points price; it lands in the wallet."""
        try:
            self.context.call(coupons.buy_with_points, self.customer_id, template_id)
        except StoreCRMError as exc:
            show_error(self.problem, messages.error_text(exc))
            return False
        show_error(self.problem, "")
        self.bought = True
        self.reload()
        return True

    def _state(self, coupon: CouponInfo) -> str:
        if coupon.code in self.handed:
            return self.tr("On this sale")
        return coupon_state_name(coupon.state.value)

    def reload(self) -> None:
        try:
            rows = self.context.call(coupons.wallet, self.customer_id)
        except StoreCRMError as exc:
            error_box(self, exc)
            rows = []
        show_rows(self.model, self.table, self.empty, (self.use_button, self.slip_button), rows)

    def selected(self) -> CouponInfo | None:
        return selected_row(self.model, self.table)

    def use(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        if chosen.state is not CouponState.USABLE:
            show_error(self.problem, messages.coupon_refusal_text(chosen.state.value))
            return False
        self.chosen = chosen
        self.accept()
        return True

    def slip(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.print_slip is not None:
            self.print_slip(chosen)


# -- the coupon slip -----------------------------------------------------------------------------
def slip_labels() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("CouponSlip", "Coupon"),
        "worth": QCoreApplication.translate("CouponSlip", "Worth"),
        "min_spend": QCoreApplication.translate("CouponSlip", "Minimum spend"),
        "valid": QCoreApplication.translate("CouponSlip", "Valid"),
        "member": QCoreApplication.translate("CouponSlip", "Member"),
        "code": QCoreApplication.translate("CouponSlip", "Code"),
        "show": QCoreApplication.translate("CouponSlip", "Show this slip at the till"),
    }


def slip_image(coupon: CouponInfo, store_name: str, paper: str = "58mm") -> QImage:
    ticket = coupon_ticket(
        coupon, store_name, coupon_kind_name(coupon.kind.value), slip_labels(), paper
    )
    return render(ticket)


def print_coupon_slip(
    parent: QWidget, devices: Counter, coupon: CouponInfo, store_name: str
) -> bool:
    """The slip on the counter's ESC/POS printer, else previewed for the system printer (the
    same ticket as a picture)."""
    if devices.escpos:
        ticket = coupon_ticket(
            coupon,
            store_name,
            coupon_kind_name(coupon.kind.value),
            slip_labels(),
            devices.printer.paper,
        )
        return devices.send_ticket(ticket, "coupon")
    image = slip_image(coupon, store_name)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    title = QCoreApplication.translate("CouponSlip", "Coupon %1").replace("%1", shown(coupon.code))
    dialog = printing.preview_dialog(printer, parent, title, QSize(720, 820))
    dialog.paintRequested.connect(lambda p: paint_image(p, image))
    result = dialog.exec()
    dialog.deleteLater()
    return bool(result == QDialog.DialogCode.Accepted)


def paint_image(printer: QPrinter, image: QImage) -> None:
    """The picture at the page's width (at most 80 mm: a slip, not a poster), from the top."""
    painter = QPainter(printer)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    most = printer.resolution() * 80 / 25.4
    scale = min(page.width(), most) / image.width()
    painter.scale(scale, scale)
    painter.drawImage(0, 0, image)
    painter.end()


# -- what the till does --------------------------------------------------------------------------
def hand_over(dialog: SaleDialog, text: str) -> bool:
    """A code scanned or typed: on the sale (the quote says whether and why not)."""
    if dialog.finished_sale:
        return False
    code = clean_code(text)
    if not code:
        return False
    if code in dialog.coupon_codes:
        dialog._flash(
            QCoreApplication.translate("SaleDialog", "This coupon is already on the sale.")
        )
        return False
    if len(dialog.coupon_codes) >= MAX_HANDED:
        dialog._flash(messages.coupon_refusal_text("too_many"))
        return False
    dialog.coupon_codes.append(code)
    dialog.requote()
    return True


def open_wallet(dialog: SaleDialog) -> None:
    """Ctrl+Shift+U: the member's coupons; the chosen one goes on the sale."""
    if dialog.finished_sale:
        return
    if dialog.member is None:
        dialog._flash(
            QCoreApplication.translate(
                "SaleDialog", "Coupons are a member's: find the member first."
            )
        )
        return
    wallet = WalletDialog(
        dialog.context,
        dialog.member.customer_id,
        dialog.coupon_codes,
        dialog,
        print_slip=lambda c: print_coupon_slip(dialog, dialog.devices, c, dialog.store_name),
    )
    dialog.sub_dialog = wallet
    wallet.finished.connect(
        lambda _r: wallet.bought and dialog.member is not None
        and dialog.pick_member(dialog.member.customer_id)
    )  # fmt: skip
    wallet.accepted.connect(
        lambda: wallet.chosen is not None and hand_over(dialog, wallet.chosen.code)
    )
    wallet.open()


def clear_coupons(dialog: SaleDialog) -> None:
    if dialog.finished_sale or not dialog.coupon_codes:
        return
    dialog.coupon_codes.clear()
    dialog.requote()


def add_gift(dialog: SaleDialog) -> bool:
    """Ctrl+G: the gift of the first 满赠 reached goes on the sale (free: the quote says so)."""
    quote = dialog.quote
    if dialog.finished_sale or quote is None or not quote.gift_hints:
        dialog._flash(QCoreApplication.translate("SaleDialog", "No gift has been reached."))
        return False
    dialog.add_item(quote.gift_hints[0].item_id)
    return True


def focus_code(dialog: SaleDialog) -> None:
    if not dialog.finished_sale:
        dialog.offers_panel.code_edit.setFocus()


__all__ = [
    "OffersPanel",
    "WalletDialog",
    "add_gift",
    "clear_coupons",
    "hand_over",
    "open_wallet",
    "print_coupon_slip",
    "slip_image",
]
