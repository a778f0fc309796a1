"""Money, dates and lunar birthdays as the screens write them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from storecrm.domain.birthday import Birthday, Calendar
from storecrm.gui.format import (
    birthday_text,
    date_text,
    datetime_text,
    lunar_day_name,
    lunar_month_name,
    lunar_text,
    money,
)


@pytest.mark.parametrize(
    "fen, text",
    [
        (0, "¥0.00"),
        (5, "¥0.05"),
        (10 + 20, "¥0.30"),
        (123_450, "¥1,234.50"),
        (123_456_789_01, "¥123,456,789.01"),
        (-500, "-¥5.00"),
        (2**63 - 1, "¥92,233,720,368,547,758.07"),  # exact: integer arithmetic, never float
    ],
)
def test_money_is_yuan_from_integer_fen(fen: int, text: str) -> None:
    assert money(fen) == text


def test_dates_are_year_month_day() -> None:
    assert date_text(date(2024, 3, 5)) == "2024-03-05"
    assert date_text(datetime(2024, 3, 5, 14, 7)) == "2024-03-05"
    assert datetime_text(datetime(2024, 3, 5, 14, 7)) == "2024-03-05 14:07"
    assert date_text(None) == "" and datetime_text(None) == ""


@pytest.fixture
def chinese() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en"))
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize(
    "month, name", [(1, "正月"), (4, "四月"), (8, "八月"), (10, "十月"), (11, "冬月"), (12, "腊月")]
)
def test_lunar_months_in_chinese(month: int, name: str) -> None:
    assert lunar_month_name(month) == name


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize(
    "day, name",
    [
        (1, "初一"),
        (8, "初八"),
        (10, "初十"),
        (11, "十一"),
        (15, "十五"),
        (20, "二十"),
        (21, "廿一"),
        (29, "廿九"),
        (30, "三十"),
    ],
)
def test_lunar_days_in_chinese(day: int, name: str) -> None:
    assert lunar_day_name(day) == name


@pytest.mark.usefixtures("english")
def test_lunar_dates_in_english_are_numbers() -> None:
    assert lunar_text(8, 15) == "lunar 8/15"
    assert lunar_text(4, 8, leap=True) == "lunar leap 4/8"


@pytest.mark.usefixtures("english")
def test_birthdays_as_given() -> None:
    assert birthday_text(Birthday(Calendar.SOLAR, 5, 12, 1990)) == "1990-05-12"
    assert birthday_text(Birthday(Calendar.SOLAR, 5, 12)) == "05-12"
    assert birthday_text(Birthday(Calendar.LUNAR, 8, 15)) == "lunar 8/15"
    assert birthday_text(Birthday(Calendar.LUNAR, 8, 15, 1990)) == "1990 lunar 8/15"
