"""Due-date rules for solar and lunar birthdays, pinned on known dates."""

from __future__ import annotations

from datetime import date

import pytest

from storecrm.domain.birthday import Birthday, Calendar, check_birthday, lunar_month_length
from storecrm.domain.errors import ValidationError

MID_AUTUMN = Birthday(Calendar.LUNAR, 8, 15)  # 农历八月十五


@pytest.mark.parametrize(
    "year, expected",
    [(2024, date(2024, 9, 17)), (2025, date(2025, 10, 6)), (2026, date(2026, 9, 25))],
)
def test_lunar_birthday_falls_on_mid_autumn_dates(year: int, expected: date) -> None:
    assert MID_AUTUMN.occurrence_in(year) == expected


@pytest.mark.parametrize("year, expected", [(2025, date(2025, 1, 29)), (2026, date(2026, 2, 17))])
def test_spring_festival(year: int, expected: date) -> None:
    assert Birthday(Calendar.LUNAR, 1, 1).occurrence_in(year) == expected


def test_29_february_in_common_and_leap_years() -> None:
    leapling = Birthday.solar(date(2000, 2, 29))
    assert leapling.occurrence_in(2025) == date(2025, 2, 28)
    assert leapling.occurrence_in(2028) == date(2028, 2, 29)
    assert leapling.next_occurrence(date(2027, 3, 1)) == date(2028, 2, 29)
    assert leapling.age_on(date(2025, 2, 28)) == 24
    assert leapling.age_on(date(2025, 3, 1)) == 25


def test_a_late_lunar_month_lands_in_january_of_the_next_solar_year() -> None:
    # 农历十二月初五 of lunar 2026 is 12 January 2027; it must not be skipped on 31 Dec 2026.
    assert Birthday(Calendar.LUNAR, 12, 5).next_occurrence(date(2026, 12, 31)) == date(2027, 1, 12)
    # … and on 1 Jan 2026 the one of lunar 2025 is still ahead (23 Jan 2026).
    assert Birthday(Calendar.LUNAR, 12, 5).next_occurrence(date(2026, 1, 1)) == date(2026, 1, 23)


def test_next_occurrence_is_today_when_today_is_the_day() -> None:
    assert MID_AUTUMN.next_occurrence(date(2026, 9, 25)) == date(2026, 9, 25)
    assert MID_AUTUMN.next_occurrence(date(2026, 9, 26)) == date(2027, 9, 15)


def test_born_in_a_leap_month_is_celebrated_in_the_ordinary_month() -> None:
    # 2023 had 闰二月: 2023-04-05 is 闰二月十五.
    person = Birthday.from_solar_as_lunar(date(2023, 4, 5))
    assert (person.month, person.day, person.leap_month) == (2, 15, True)
    assert person.solar_birth_date() == date(2023, 4, 5)
    assert person.occurrence_in(2025) == date(2025, 3, 14)  # 农历二月十五 (no leap month then)
    assert person.occurrence_in(2023) == date(2023, 3, 6)  # the ordinary 二月十五, not the leap one


def test_lunar_day_30_in_a_29_day_month_falls_back_to_the_29th() -> None:
    assert lunar_month_length(2025, 2) == 29
    assert lunar_month_length(2025, 1) == 30
    born_on_30th = Birthday(Calendar.LUNAR, 2, 30)
    assert born_on_30th.occurrence_in(2025) == Birthday(Calendar.LUNAR, 2, 29).occurrence_in(2025)
    assert born_on_30th.occurrence_in(2025) == date(2025, 3, 28)


def test_solar_to_lunar_round_trip() -> None:
    for born in (date(1990, 10, 3), date(1975, 2, 11), date(2001, 12, 31)):
        assert Birthday.from_solar_as_lunar(born).solar_birth_date() == born
    assert Birthday.from_solar_as_lunar(date(1990, 10, 3)) == Birthday(Calendar.LUNAR, 8, 15, 1990)


def test_age_only_with_a_known_year() -> None:
    assert Birthday(Calendar.LUNAR, 8, 15).age_on(date(2026, 1, 1)) is None
    assert Birthday(Calendar.LUNAR, 8, 15, 1990).age_on(date(2026, 10, 2)) == 35  # born 1990-10-03
    assert Birthday(Calendar.LUNAR, 8, 15, 1990).age_on(date(2026, 10, 3)) == 36


TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    "args, code",
    [
        ((Calendar.SOLAR, 2, 30), "impossible_date"),
        ((Calendar.SOLAR, 4, 31), "impossible_date"),
        ((Calendar.SOLAR, 2, 29, 2025), "impossible_date"),
        ((Calendar.SOLAR, 13, 1), "impossible_date"),
        ((Calendar.LUNAR, 2, 30, 2025), "impossible_date"),
        ((Calendar.LUNAR, 3, 15, 2025, True), "impossible_date"),  # 2025's leap month is 六月
        ((Calendar.LUNAR, 1, 31), "impossible_date"),
        ((Calendar.SOLAR, 12, 1, 2026), "future_date"),
        ((Calendar.SOLAR, 1, 1, 1890), "too_old"),
    ],
)
def test_impossible_birthdays_are_refused(args: tuple, code: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValidationError) as info:
        check_birthday(*args, today=TODAY)
    assert info.value.code == code and info.value.field == "birthday"


@pytest.mark.parametrize(
    "args",
    [
        (Calendar.SOLAR, 2, 29),  # year unknown: allowed
        (Calendar.SOLAR, 2, 29, 2000),
        (Calendar.LUNAR, 2, 30),  # year unknown: allowed
        (Calendar.LUNAR, 6, 10, 2025, True),  # 闰六月 2025 exists
        (Calendar.SOLAR, 11, 23, 2026),  # born today
    ],
)
def test_possible_birthdays_are_accepted(args: tuple) -> None:  # type: ignore[type-arg]
    assert check_birthday(*args, today=TODAY).month == args[1]
