"""Solar and lunar birthdays: celebration dates, age and validation, pinned on known dates.

Expected lunar dates were checked against well-known festivals: 中秋 2024-09-17, 2025-10-06,
2026-09-25, 2027-09-15; 春节 2025-01-29, 2026-02-17, 2027-02-06; 端午 2025-05-31; 腊八 2026-01-26,
2027-01-15; 除夕 2026-02-16 (腊月廿九: 2025-2029 famously have no 大年三十) and 2030-02-02
(腊月三十); 闰二月 2023 began 2023-03-22, 闰六月 2017 on 2017-07-23 (七夕 2017 was 08-28).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from storecrm.domain.birthday import (
    Birthday,
    Calendar,
    check_birthday,
    leap_month_of,
    lunar_month_length,
)
from storecrm.domain.errors import ValidationError

MID_AUTUMN = Birthday(Calendar.LUNAR, 8, 15)  # 农历八月十五, year unknown
LABA_EVE = Birthday(Calendar.LUNAR, 12, 5)  # 农历十二月初五, year unknown
LEAPLING = Birthday.solar(date(2000, 2, 29))


# --- when the birthday is celebrated ---------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, date(2024, 9, 17)),
        (2025, date(2025, 10, 6)),
        (2026, date(2026, 9, 25)),
        (2027, date(2027, 9, 15)),
    ],
)
def test_lunar_birthday_on_mid_autumn(year: int, expected: date) -> None:
    assert MID_AUTUMN.occurrence_in(year) == expected


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2025, date(2025, 1, 29)), (2026, date(2026, 2, 17)), (2027, date(2027, 2, 6))],
)
def test_lunar_new_year(year: int, expected: date) -> None:
    assert Birthday(Calendar.LUNAR, 1, 1).occurrence_in(year) == expected


def test_dragon_boat_and_laba() -> None:
    assert Birthday(Calendar.LUNAR, 5, 5).occurrence_in(2025) == date(2025, 5, 31)
    # 腊八 of lunar 2025 and lunar 2026 fall in January of the next solar year.
    assert Birthday(Calendar.LUNAR, 12, 8).occurrence_in(2025) == date(2026, 1, 26)
    assert Birthday(Calendar.LUNAR, 12, 8).occurrence_in(2026) == date(2027, 1, 15)


def test_solar_birthday_on_its_day() -> None:
    assert Birthday.solar(date(1988, 7, 3)).occurrence_in(2026) == date(2026, 7, 3)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2025, date(2025, 2, 28)),
        (2028, date(2028, 2, 29)),
        (2100, date(2100, 2, 28)),  # divisible by 4 but not a leap year
        (2000, date(2000, 2, 29)),
    ],
)
def test_29_february_falls_back_to_28_february(year: int, expected: date) -> None:
    assert LEAPLING.occurrence_in(year) == expected
    assert Birthday(Calendar.SOLAR, 2, 29).occurrence_in(year) == expected  # year unknown


def test_lunar_day_30_falls_back_to_the_29th_in_a_short_month() -> None:
    assert lunar_month_length(2025, 2) == 29
    assert lunar_month_length(2025, 1) == 30
    # 二月三十 in lunar 2025 (二月 has 29 days) is 二月廿九; 三月初一 is 2025-03-29.
    assert Birthday(Calendar.LUNAR, 2, 30).occurrence_in(2025) == date(2025, 3, 28)
    # 正月三十 exists in lunar 2025.
    assert Birthday(Calendar.LUNAR, 1, 30).occurrence_in(2025) == date(2025, 2, 27)


def test_born_on_new_years_eve_the_30th() -> None:
    eve = Birthday(Calendar.LUNAR, 12, 30)
    assert eve.occurrence_in(2025) == date(2026, 2, 16)  # no 大年三十: 腊月廿九 is 除夕
    assert eve.occurrence_in(2029) == date(2030, 2, 2)  # 腊月三十 exists again


def test_born_in_a_leap_month_is_celebrated_in_the_ordinary_month() -> None:
    assert leap_month_of(2023) == 2
    person = Birthday.from_solar_as_lunar(date(2023, 4, 5))  # 闰二月十五
    assert person == Birthday(Calendar.LUNAR, 2, 15, 2023, leap_month=True)
    assert person.occurrence_in(2025) == date(2025, 3, 14)  # 二月十五 (2025 has 闰六月)
    assert leap_month_of(2042) == 2
    # 2042 has 闰二月 again: still the ordinary 二月十五, 29 days before the leap one.
    ordinary = person.occurrence_in(2042)
    assert ordinary == Birthday(Calendar.LUNAR, 2, 15).occurrence_in(2042)
    assert Birthday.from_solar_as_lunar(ordinary).leap_month is False
    # In the birth year itself the ordinary month came first, before the birth.
    assert person.occurrence_in(2023) == date(2023, 3, 6)


def test_born_on_day_30_of_a_leap_month() -> None:
    # 2017 闰六月 (began 2017-07-23) had 30 days, its ordinary 六月 29.
    assert (lunar_month_length(2017, 6, leap=True), lunar_month_length(2017, 6)) == (30, 29)
    person = Birthday.from_solar_as_lunar(date(2017, 8, 21))
    assert person == Birthday(Calendar.LUNAR, 6, 30, 2017, leap_month=True)
    assert person.solar_birth_date() == date(2017, 8, 21)
    assert lunar_month_length(2025, 6) == 30
    assert person.occurrence_in(2025) == date(2025, 7, 24)  # 六月三十; 闰六月初一 is 07-25
    # 2036 has a 30-day 闰六月 but a 29-day ordinary 六月: ordinary month, day 29.
    assert leap_month_of(2036) == 6
    assert lunar_month_length(2036, 6) == 29
    assert person.occurrence_in(2036) == Birthday(Calendar.LUNAR, 6, 29).occurrence_in(2036)


def test_lunar_years_outside_the_tables_are_refused_clearly() -> None:
    assert MID_AUTUMN.occurrence_in(2099) == Birthday(Calendar.LUNAR, 8, 15).occurrence_in(2099)
    with pytest.raises(ValueError, match="lunar year 2100 is outside"):
        MID_AUTUMN.occurrence_in(2100)
    with pytest.raises(ValueError, match="lunar year 1899 is outside"):
        MID_AUTUMN.occurrence_in(1899)
    with pytest.raises(ValueError, match="outside the supported range"):
        Birthday.from_solar_as_lunar(date(1900, 1, 30))  # lunardate would answer nonsense
    with pytest.raises(ValueError, match="outside the supported range"):
        Birthday.from_solar_as_lunar(date(2100, 3, 1))


# --- the next celebration --------------------------------------------------------------------


def test_a_lunar_december_birthday_late_in_december_lands_in_january() -> None:
    # 十二月初五 of lunar 2026 is 2027-01-12; on 2026-12-31 it must not be skipped.
    assert LABA_EVE.next_occurrence(date(2026, 12, 31)) == date(2027, 1, 12)
    # On 2026-01-01 the one of lunar 2025 (2026-01-23) is still ahead.
    assert LABA_EVE.next_occurrence(date(2026, 1, 1)) == date(2026, 1, 23)
    # Just after it, the next is the one of lunar 2026, in January 2027.
    assert LABA_EVE.next_occurrence(date(2026, 1, 24)) == date(2027, 1, 12)


def test_a_lunar_birthday_already_past_this_year_moves_to_next_year() -> None:
    assert MID_AUTUMN.next_occurrence(date(2026, 9, 25)) == date(2026, 9, 25)  # today counts
    assert MID_AUTUMN.next_occurrence(date(2026, 9, 26)) == date(2027, 9, 15)
    assert MID_AUTUMN.next_occurrence(date(2026, 1, 5)) == date(2026, 9, 25)


def test_a_lunar_new_year_birthday_seen_from_january() -> None:
    spring = Birthday(Calendar.LUNAR, 1, 1)
    assert spring.next_occurrence(date(2026, 1, 5)) == date(2026, 2, 17)
    assert spring.next_occurrence(date(2026, 2, 18)) == date(2027, 2, 6)


@pytest.mark.parametrize(
    "birthday",
    [
        LABA_EVE,
        Birthday(Calendar.LUNAR, 12, 30),
        Birthday(Calendar.LUNAR, 1, 1),
        MID_AUTUMN,
        Birthday(Calendar.LUNAR, 2, 15, 2023, leap_month=True),
        LEAPLING,
    ],
)
def test_next_occurrence_is_the_first_of_three_years_on_or_after_today(birthday: Birthday) -> None:
    day = date(2025, 1, 1)
    while day < date(2028, 1, 1):
        years = (day.year - 1, day.year, day.year + 1)
        expected = min(d for d in map(birthday.occurrence_in, years) if d >= day)
        assert birthday.next_occurrence(day) == expected, day
        day += timedelta(days=1)


def test_next_solar_occurrence() -> None:
    assert LEAPLING.next_occurrence(date(2025, 1, 10)) == date(2025, 2, 28)
    assert LEAPLING.next_occurrence(date(2025, 3, 1)) == date(2026, 2, 28)
    assert LEAPLING.next_occurrence(date(2027, 3, 1)) == date(2028, 2, 29)
    assert Birthday.solar(date(1990, 12, 31)).next_occurrence(date(2026, 12, 31)) == date(
        2026, 12, 31
    )


# --- date of birth and age -------------------------------------------------------------------


@pytest.mark.parametrize(
    "born",
    [
        date(1990, 10, 3),  # 八月十五
        date(1975, 2, 11),  # 正月初一
        date(2001, 12, 31),
        date(2023, 4, 5),  # 闰二月十五
        date(2020, 6, 20),  # 闰四月廿九, the last day of 闰四月 2020
        date(2020, 6, 21),  # 五月初一, the day after
        date(1956, 2, 11),  # 腊月三十 of lunar 1955 (falls in solar 1956)
    ],
)
def test_solar_as_lunar_round_trip(born: date) -> None:
    assert Birthday.from_solar_as_lunar(born).solar_birth_date() == born


def test_solar_as_lunar_gives_the_lunar_date() -> None:
    assert Birthday.from_solar_as_lunar(date(1990, 10, 3)) == Birthday(Calendar.LUNAR, 8, 15, 1990)
    born_2020 = Birthday.from_solar_as_lunar(date(2020, 6, 20))  # 闰四月 2020 began 05-23
    assert born_2020 == Birthday(Calendar.LUNAR, 4, 29, 2020, leap_month=True)
    # A 腊月 birth in January belongs to the previous lunar year.
    assert Birthday.from_solar_as_lunar(date(2027, 1, 12)) == Birthday(Calendar.LUNAR, 12, 5, 2026)


def test_solar_birth_date_needs_the_year() -> None:
    assert MID_AUTUMN.solar_birth_date() is None
    assert Birthday(Calendar.SOLAR, 5, 4).solar_birth_date() is None
    assert Birthday.solar(date(1980, 5, 4)).solar_birth_date() == date(1980, 5, 4)


def test_age_of_a_solar_birthday() -> None:
    person = Birthday.solar(date(1980, 5, 4))
    assert person.age_on(date(2026, 5, 3)) == 45
    assert person.age_on(date(2026, 5, 4)) == 46
    assert person.age_on(date(1980, 5, 4)) == 0
    assert person.age_on(date(1981, 5, 3)) == 0
    assert person.age_on(date(1979, 1, 1)) == 0  # before birth (wrong clock): not negative


def test_age_of_a_leapling_turns_on_28_february() -> None:
    assert LEAPLING.age_on(date(2025, 2, 27)) == 24
    assert LEAPLING.age_on(date(2025, 2, 28)) == 25  # celebrated that day
    assert LEAPLING.age_on(date(2028, 2, 28)) == 27
    assert LEAPLING.age_on(date(2028, 2, 29)) == 28


def test_age_of_a_lunar_birthday_turns_on_the_lunar_birthday() -> None:
    person = Birthday(Calendar.LUNAR, 8, 15, 1990)  # born 1990-10-03
    assert person.age_on(date(2026, 9, 24)) == 35
    assert person.age_on(date(2026, 9, 25)) == 36  # 中秋 2026, before the solar anniversary
    # Early in solar 2027 it is still lunar 2026.
    assert person.age_on(date(2027, 1, 20)) == 36
    assert person.age_on(date(2027, 9, 15)) == 37


def test_age_of_a_december_lunar_birthday_in_january() -> None:
    person = Birthday(Calendar.LUNAR, 12, 7, 2000)  # 腊月初七 of lunar 2000
    assert person.solar_birth_date() == date(2001, 1, 1)
    assert person.occurrence_in(2026) == date(2027, 1, 14)
    assert person.age_on(date(2027, 1, 5)) == 25  # past the solar anniversary, not the lunar one
    assert person.age_on(date(2027, 1, 13)) == 25
    assert person.age_on(date(2027, 1, 14)) == 26


def test_age_of_a_leap_month_birthday() -> None:
    person = Birthday(Calendar.LUNAR, 2, 15, 2023, leap_month=True)  # born 2023-04-05
    assert person.age_on(date(2023, 4, 5)) == 0
    assert person.age_on(date(2024, 3, 23)) == 0  # 二月十四 of lunar 2024
    assert person.age_on(date(2024, 3, 24)) == 1  # 二月十五 of lunar 2024


def test_age_unknown_without_year() -> None:
    assert MID_AUTUMN.age_on(date(2026, 9, 25)) is None
    assert Birthday(Calendar.SOLAR, 5, 4).age_on(date(2026, 5, 4)) is None


# --- validation ------------------------------------------------------------------------------

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("calendar", "month", "day", "year", "leap", "code"),
    [
        (Calendar.SOLAR, 2, 30, None, False, "impossible_date"),
        (Calendar.SOLAR, 4, 31, None, False, "impossible_date"),
        (Calendar.SOLAR, 4, 31, 1990, False, "impossible_date"),
        (Calendar.SOLAR, 2, 29, 2025, False, "impossible_date"),
        (Calendar.SOLAR, 2, 29, 2023, False, "impossible_date"),
        (Calendar.SOLAR, 13, 1, None, False, "impossible_date"),
        (Calendar.SOLAR, 0, 1, None, False, "impossible_date"),
        (Calendar.SOLAR, 1, 0, None, False, "impossible_date"),
        (Calendar.SOLAR, 5, 4, None, True, "impossible_date"),  # no leap month in solar
        (Calendar.LUNAR, 2, 30, 2025, False, "impossible_date"),  # 二月 2025 has 29 days
        (Calendar.LUNAR, 3, 15, 2025, True, "impossible_date"),  # 2025's leap month is 六月
        (Calendar.LUNAR, 6, 15, 2024, True, "impossible_date"),  # 2024 has no leap month
        (Calendar.LUNAR, 2, 30, 2023, True, "impossible_date"),  # 闰二月 2023 has 29 days
        (Calendar.LUNAR, 1, 31, None, False, "impossible_date"),
        (Calendar.LUNAR, 13, 1, None, False, "impossible_date"),
        (Calendar.SOLAR, 12, 1, 2026, False, "future_date"),
        (Calendar.SOLAR, 11, 24, 2026, False, "future_date"),
        (Calendar.SOLAR, 1, 1, 2027, False, "future_date"),
        (Calendar.LUNAR, 12, 5, 2026, False, "future_date"),  # lunar 2026 → 2027-01-12
        (Calendar.LUNAR, 10, 16, 2026, False, "future_date"),  # → 2026-11-24, tomorrow
        (Calendar.SOLAR, 1, 1, 1905, False, "too_old"),
        (Calendar.LUNAR, 1, 1, 1905, False, "too_old"),
        (Calendar.LUNAR, 1, 1, 1890, False, "too_old"),  # before the lunar tables, too
    ],
)
def test_impossible_birthdays_are_refused(
    calendar: Calendar, month: int, day: int, year: int | None, leap: bool, code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        check_birthday(calendar, month, day, year, leap, today=TODAY)
    assert (info.value.field, info.value.code) == ("birthday", code)


@pytest.mark.parametrize(
    ("calendar", "month", "day", "year", "leap"),
    [
        (Calendar.SOLAR, 2, 29, None, False),  # year unknown
        (Calendar.SOLAR, 2, 29, 2000, False),
        (Calendar.SOLAR, 12, 31, None, False),
        (Calendar.SOLAR, 11, 23, 2026, False),  # born today
        (Calendar.LUNAR, 10, 15, 2026, False),  # 十月十五 2026 is today
        (Calendar.SOLAR, 1, 1, 1906, False),  # exactly 120 years back
        (Calendar.LUNAR, 2, 30, None, False),  # year unknown
        (Calendar.LUNAR, 5, 10, None, True),  # year unknown: any leap month
        (Calendar.LUNAR, 6, 10, 2025, True),  # 闰六月 2025 exists
        (Calendar.LUNAR, 1, 30, 2025, False),  # 正月 2025 has 30 days
        (Calendar.LUNAR, 6, 30, 2017, True),  # 闰六月 2017 has 30 days
        (Calendar.LUNAR, 12, 5, 2025, False),  # lunar 2025 → 2026-01-23, past
    ],
)
def test_possible_birthdays_are_accepted(
    calendar: Calendar, month: int, day: int, year: int | None, leap: bool
) -> None:
    birthday = check_birthday(calendar, month, day, year, leap, today=TODAY)
    assert birthday == Birthday(calendar, month, day, year, leap)


def test_lunar_years_beyond_the_tables_are_validation_errors_not_crashes() -> None:
    # A shop computer with its clock set to 2015: 1896 is not 120 years back, but unknown.
    with pytest.raises(ValidationError) as info:
        check_birthday(Calendar.LUNAR, 1, 1, 1896, today=date(2015, 6, 1))
    assert info.value.code == "too_old"
    with pytest.raises(ValidationError) as info:
        check_birthday(Calendar.LUNAR, 1, 1, 2100, today=date(2100, 6, 1))
    assert info.value.code == "impossible_date"


def test_check_birthday_accepts_the_stored_string() -> None:
    birthday = check_birthday("lunar", 8, 15, today=TODAY)  # type: ignore[arg-type]
    assert birthday.calendar is Calendar.LUNAR


def test_birthday_refuses_a_shape_no_calendar_has() -> None:
    with pytest.raises(ValueError, match="month 13"):
        Birthday(Calendar.SOLAR, 13, 1)
    with pytest.raises(ValueError, match="no day 30"):
        Birthday(Calendar.SOLAR, 2, 30)
    with pytest.raises(ValueError, match="no day 31"):
        Birthday(Calendar.LUNAR, 1, 31)
    with pytest.raises(ValueError, match="leap month"):
        Birthday(Calendar.SOLAR, 5, 4, leap_month=True)


def test_the_days_a_month_offers() -> None:
    from storecrm.domain.birthday import days_in_month

    solar, lunar = Calendar.SOLAR, Calendar.LUNAR
    assert days_in_month(solar, 2) == 29  # year unknown: 29 February is a birthday
    assert days_in_month(solar, 2, 1990) == 28 and days_in_month(solar, 2, 2000) == 29
    assert days_in_month(solar, 2, 1900) == 28  # a century, not a leap year
    assert [days_in_month(solar, m) for m in (1, 4, 6, 9, 11, 12)] == [31, 30, 30, 30, 30, 31]
    assert days_in_month(solar, 0) == 31  # no month chosen yet
    assert days_in_month(lunar, 2) == 30  # never more than 30, and 30 with the year unknown
    # Lunar 2023: 二月 has 30 days, its leap twin 闰二月 29; 正月 has 29.
    assert days_in_month(lunar, 2, 2023) == 30
    assert days_in_month(lunar, 2, 2023, leap_month=True) == 29
    assert days_in_month(lunar, 1, 2023) == 29
    assert days_in_month(lunar, 3, 2023, leap_month=True) == days_in_month(lunar, 3, 2023)
