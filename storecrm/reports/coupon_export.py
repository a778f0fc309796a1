"""Issued coupons as an Excel workbook (.xlsx) for an SMS platform: each coupon's code, its
customer (the phone masked unless the user may see whole numbers), what it is, until when,
and the message to send. Headers and the message are the file's content (Chinese), as in the
customer export; written to a temporary file and renamed when complete."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from storecrm.domain.money import money_text, yuan_decimal
from storecrm.domain.promotions.codes import shown
from storecrm.reports.coupon_message import DEFAULT_MESSAGE
from storecrm.reports.customer_export import MONEY_FORMAT, TEXT_FORMAT, _discard, save_atomically

if TYPE_CHECKING:
    from storecrm.services.promotions.dto import CouponInfo

SHEET_TITLE = "优惠券"
HEADERS = ("券码", "顾客", "手机", "优惠券", "面值", "有效期至", "状态", "短信内容")
STATES = {
    "usable": "可用",
    "not_yet": "未到期",
    "expired": "已过期",
    "redeemed": "已使用",
    "voided": "已作废",
}


def message_for(coupon: CouponInfo, template: str, store: str) -> str:
    """The SMS text for one coupon; unknown placeholders are left as typed."""
    values = {
        "store": store,
        "name": coupon.customer_name,
        "coupon": coupon.name,
        "face": money_text(coupon.face_fen) if coupon.face_fen else "",
        "code": shown(coupon.code),
        "valid_to": f"{coupon.valid_to.month}月{coupon.valid_to.day}日",
    }
    text = template
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def write_coupons(
    path: Path, coupons: Sequence[CouponInfo], *, message: str = DEFAULT_MESSAGE, store: str = ""
) -> None:
    workbook = Workbook(write_only=True)
    try:
        sheet = workbook.create_sheet(SHEET_TITLE)
        for letter, width in zip("ABCDEFGH", (16, 12, 15, 18, 10, 12, 8, 70), strict=True):
            sheet.column_dimensions[letter].width = width
        sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        header = []
        for text in HEADERS:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for coupon in coupons:
            code = WriteOnlyCell(sheet, value=shown(coupon.code))
            code.number_format = TEXT_FORMAT
            phone = WriteOnlyCell(sheet, value=coupon.phone or "")
            phone.data_type = "s"
            phone.number_format = TEXT_FORMAT
            face = WriteOnlyCell(sheet, value=yuan_decimal(coupon.face_fen))
            face.number_format = MONEY_FORMAT
            valid = WriteOnlyCell(sheet, value=coupon.valid_to)
            valid.number_format = "yyyy-mm-dd"
            text = WriteOnlyCell(sheet, value=message_for(coupon, message, store))
            text.data_type = "s"
            name = WriteOnlyCell(sheet, value=coupon.customer_name)
            name.data_type = "s"
            sheet.append(
                [code, name, phone, coupon.name, face, valid, STATES[coupon.state.value], text]
            )
        save_atomically(workbook, Path(path))
    except BaseException:
        _discard(workbook)
        raise
