"""A coupon slip (优惠券) as an ESC/POS ticket: the store, what the coupon is worth and on what,
until when, whose it is, and its code as a QR code and a Code128 barcode with the code printed
under them, so the till scans it back. Pure, like the receipt: the GUI passes translated words
(``labels``) and the coupon; the system printer prints the same ticket as a picture."""

from __future__ import annotations

from collections.abc import Mapping

from storecrm.domain.money import money_text
from storecrm.domain.promotions.codes import shown
from storecrm.hardware.ticket import (
    COLUMNS,
    Align,
    Barcode,
    Cut,
    Feed,
    Item,
    Qr,
    Text,
    Ticket,
    rule,
    width,
    wrap,
)
from storecrm.hardware.ticket import row as ticket_row
from storecrm.services.promotions.dto import CouponInfo

DEFAULT_LABELS: dict[str, str] = {
    "title": "Coupon",
    "worth": "Worth",
    "min_spend": "Minimum spend",
    "valid": "Valid",
    "member": "Member",
    "code": "Code",
    "show": "Show this slip at the till",
}


def coupon_ticket(
    coupon: CouponInfo,
    store_name: str,
    kind_name: str,
    labels: Mapping[str, str] | None = None,
    paper: str = "58mm",
) -> Ticket:
    words = DEFAULT_LABELS | dict(labels or {})
    columns = COLUMNS.get(paper, 32)
    items: list[Item] = []

    def centre(text: str, *, bold: bool = False, double: bool = False) -> None:
        for part in wrap(text, columns // 2 if double else columns):
            items.append(Text(part, Align.CENTER, bold, double, double))

    def pair(left: str, right: str) -> None:
        for part in ticket_row(left, right, columns):
            items.append(Text(part))

    centre(store_name, bold=True, double=width(store_name) * 2 <= columns)
    centre(words["title"])
    items.append(Text(rule(columns)))
    centre(coupon.name, bold=True, double=width(coupon.name) * 2 <= columns)
    centre(kind_name)
    if coupon.face_fen:
        pair(words["worth"], money_text(coupon.face_fen))
    if coupon.min_spend_fen:
        pair(words["min_spend"], money_text(coupon.min_spend_fen))
    pair(words["valid"], f"{coupon.valid_from.isoformat()} ~ {coupon.valid_to.isoformat()}")
    pair(words["member"], coupon.customer_name)
    items.append(Text(rule(columns)))
    items.append(Qr(coupon.code, 6))
    items.append(Barcode(coupon.code))
    centre(f"{words['code']} {shown(coupon.code)}", bold=True)
    centre(words["show"])
    items.append(Feed(4))
    items.append(Cut())
    return Ticket(tuple(items), columns)


__all__ = ["DEFAULT_LABELS", "coupon_ticket"]
