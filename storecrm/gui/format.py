"""How values look on screen: money in yuan from integer fen, dates, lunar dates, birthdays.

Money stays an integer (fen) all the way to the text; no float is ever involved, so ¥0.10 + ¥0.20
is never shown as ¥0.30000000000000004. The money formats themselves live in
``storecrm/domain/money.py`` (shared with the receipts, the reports and the messages); this
module keeps the names the screens use.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale

from storecrm.domain.birthday import LUNAR_MONTH_NAMES, Birthday, Calendar, lunar_day_chinese
from storecrm.domain.customer import to_halfwidth
from storecrm.domain.membership import MAX_AMOUNT_FEN
from storecrm.domain.money import money_text
from storecrm.domain.money import yuan_text as yuan_text  # re-exported: the amount in an edit box

#: 12345 → "¥123.45", 123456789 → "¥1,234,567.89", -500 → "-¥5.00" (``domain/money``).
money = money_text


def date_text(value: date | datetime | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d")


def datetime_text(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M")


def chinese_numerals() -> bool:
    """Lunar dates are written 八月十五 in Chinese and 8/15 in other languages."""
    return QLocale().language() == QLocale.Language.Chinese


def lunar_month_name(month: int) -> str:
    """正月 … 腊月 (Chinese) or "8" (other languages)."""
    return f"{LUNAR_MONTH_NAMES[month - 1]}月" if chinese_numerals() else str(month)


def lunar_day_name(day: int) -> str:
    """初一 … 三十 (Chinese) or "15" (other languages)."""
    return lunar_day_chinese(day) if chinese_numerals() else str(day)


def lunar_text(month: int, day: int, leap: bool = False) -> str:
    """农历八月十五 / 农历闰四月初八 in Chinese; "lunar 8/15" / "lunar leap 4/8" in English."""
    template = (
        QCoreApplication.translate("LunarDate", "lunar leap %1/%2")
        if leap
        else QCoreApplication.translate("LunarDate", "lunar %1/%2")
    )
    return template.replace("%1", lunar_month_name(month)).replace("%2", lunar_day_name(day))


def birthday_text(birthday: Birthday) -> str:
    """The birthday as the customer gives it: 1990-05-12, 05-12 (year unknown), 农历八月十五."""
    if birthday.calendar is Calendar.LUNAR:
        text = lunar_text(birthday.month, birthday.day, birthday.leap_month)
        if birthday.year is not None:
            text = (
                QCoreApplication.translate("LunarDate", "%1 %2", "year, then the lunar date")
                .replace("%1", str(birthday.year))
                .replace("%2", text)
            )
        return text
    if birthday.year is None:
        return f"{birthday.month:02d}-{birthday.day:02d}"
    return f"{birthday.year:04d}-{birthday.month:02d}-{birthday.day:02d}"


_YUAN = re.compile(r"(\d{1,9})(?:\.(\d{0,2}))?|\.(\d{1,2})")


def parse_yuan(text: str) -> int | None:
    """What a cashier types as money → fen: "88", "88.5", "88.50", "¥1,000", "８８" (full-width).

    None when it is not an amount of money (letters, a third decimal, a minus sign). Decimal
    arithmetic only: no float ever touches money.
    """
    t = to_halfwidth(text).strip().replace(",", "").replace(" ", "")
    t = t.removeprefix("¥").removeprefix("￥").removesuffix("元")
    if not t or not _YUAN.fullmatch(t):
        return None
    try:
        fen = int((Decimal(t) * 100).to_integral_value())
    except InvalidOperation:  # pragma: no cover - the pattern already rules this out
        return None
    return fen if fen <= MAX_AMOUNT_FEN else None


def short_yuan(fen: int) -> str:
    """Fen as people say a price: 50000 → "500", 8850 → "88.5", 8855 → "88.55"."""
    whole, cents = divmod(fen, 100)
    if not cents:
        return str(whole)
    return f"{whole}.{cents:02d}".rstrip("0")
