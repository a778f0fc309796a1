"""Money as text: one set of formats for the screens, receipts, reports and messages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from storecrm.domain.money import amount_text, money_text, yuan_decimal, yuan_text


@pytest.mark.parametrize(
    "fen, money, amount, signed, plain",
    [
        (0, "¥0.00", "0.00", "0.00", "0.00"),
        (5, "¥0.05", "0.05", "+0.05", "0.05"),
        (-5, "-¥0.05", "-0.05", "-0.05", "-0.05"),
        (-500, "-¥5.00", "-5.00", "-5.00", "-5.00"),
        (8800, "¥88.00", "88.00", "+88.00", "88.00"),
        (12345, "¥123.45", "123.45", "+123.45", "123.45"),
        (123450, "¥1,234.50", "1,234.50", "+1,234.50", "1234.50"),
        (-123456789, "-¥1,234,567.89", "-1,234,567.89", "-1,234,567.89", "-1234567.89"),
    ],
)
def test_money_formats(fen: int, money: str, amount: str, signed: str, plain: str) -> None:
    assert money_text(fen) == money
    assert amount_text(fen) == amount
    assert amount_text(fen, sign=True) == signed
    assert yuan_text(fen) == plain


def test_yuan_decimal_is_exact() -> None:
    assert yuan_decimal(10) + yuan_decimal(20) == Decimal("0.30")
    assert yuan_decimal(-123456789) == Decimal("-1234567.89")


def test_the_old_names_are_the_shared_functions() -> None:
    from storecrm.reports import receipt, report_labels

    assert receipt.money_text is money_text and receipt.fen_text is amount_text
    assert report_labels.money_text is money_text
