"""Birthdays as a Chinese shop records them: solar (公历) or lunar (农历), year often unknown.

When is a birthday celebrated in a given year?

- Solar 29 February: on 28 February in years that are not leap years.
- Lunar month M day D: on the solar date of lunar (Y, M, D). Lunar year Y mostly overlaps
  solar year Y, but its last months fall in January/February of solar Y+1, so
  :meth:`Birthday.next_occurrence` looks at lunar years Y-1, Y and Y+1.
- Lunar day 30 in a year whose month M has only 29 days: on day 29 (the month's last day).
- Born in a leap month (闰月): celebrated in the ordinary month M every year, which is what most
  families do; in a year that has a leap month M again, still the ordinary (first) one.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from lunardate import LunarDate

from storecrm.domain.errors import ValidationError

LUNAR_MIN_YEAR = 1900
LUNAR_MAX_YEAR = 2099
MAX_AGE = 120


class Calendar(StrEnum):
    SOLAR = "solar"
    LUNAR = "lunar"


def _lunar_range(year: int) -> None:
    if not LUNAR_MIN_YEAR <= year <= LUNAR_MAX_YEAR:
        raise ValueError(f"lunar year {year} is outside {LUNAR_MIN_YEAR}–{LUNAR_MAX_YEAR}")


def lunar_month_length(year: int, month: int, leap: bool = False) -> int:
    """29 or 30: the number of days of lunar month ``month`` (or its leap twin) in ``year``."""
    _lunar_range(year)
    if leap and LunarDate.leap_month_for_year(year) != month:
        raise ValueError(f"lunar year {year} has no leap month {month}")
    try:
        LunarDate(year, month, 30, leap).to_solar_date()
    except ValueError:  # lunardate refuses day 30 of a 29-day month
        return 29
    return 30


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date:
    _lunar_range(year)
    return LunarDate(
        year, month, min(day, lunar_month_length(year, month, leap)), leap
    ).to_solar_date()


@dataclass(frozen=True, slots=True)
class Birthday:
    calendar: Calendar
    month: int
    day: int
    year: int | None = None
    leap_month: bool = False

    @classmethod
    def solar(cls, d: date) -> Birthday:
        return cls(Calendar.SOLAR, d.month, d.day, d.year)

    @classmethod
    def from_solar_as_lunar(cls, d: date) -> Birthday:
        """Someone born on solar date ``d`` who celebrates the lunar birthday."""
        lunar = LunarDate.from_solar_date(d.year, d.month, d.day)
        return cls(Calendar.LUNAR, lunar.month, lunar.day, lunar.year, bool(lunar.is_leap_month))

    def solar_birth_date(self) -> date | None:
        if self.year is None:
            return None
        if self.calendar is Calendar.SOLAR:
            return date(self.year, self.month, self.day)
        return LunarDate(self.year, self.month, self.day, self.leap_month).to_solar_date()

    def occurrence_in(self, year: int) -> date:
        """The solar date of this birthday in (solar year / lunar year) ``year``."""
        if self.calendar is Calendar.SOLAR:
            if self.month == 2 and self.day == 29 and not _calendar.isleap(year):
                return date(year, 2, 28)
            return date(year, self.month, self.day)
        return lunar_to_solar(year, self.month, self.day)  # leap-month births: ordinary month

    def next_occurrence(self, today: date) -> date:
        """The first day on or after ``today`` on which this birthday is celebrated."""
        candidates = []
        for year in (today.year - 1, today.year, today.year + 1):
            try:
                candidates.append(self.occurrence_in(year))
            except ValueError:
                continue
        upcoming = [d for d in candidates if d >= today]
        if not upcoming:
            raise ValueError("birthday cannot be placed in the supported calendar range")
        return min(upcoming)

    def age_on(self, d: date) -> int | None:
        born = self.solar_birth_date()
        if born is None:
            return None
        return d.year - born.year - ((d.month, d.day) < (born.month, born.day))


def check_birthday(
    calendar: Calendar,
    month: int,
    day: int,
    year: int | None = None,
    leap_month: bool = False,
    *,
    today: date,
) -> Birthday:
    """Validate what was typed; raises ``ValidationError(field="birthday", code=…)``."""

    def fail(code: str) -> ValidationError:
        return ValidationError("birthday", code)

    if not 1 <= month <= 12:
        raise fail("impossible_date")
    if calendar is Calendar.SOLAR:
        if leap_month:
            raise fail("impossible_date")
        days = _calendar.monthrange(year if year is not None else 2000, month)[1]
        if not 1 <= day <= days:
            raise fail("impossible_date")
    else:
        if not 1 <= day <= 30:
            raise fail("impossible_date")
        if year is not None:
            if not LUNAR_MIN_YEAR <= year <= LUNAR_MAX_YEAR:
                raise fail("too_old" if year < LUNAR_MIN_YEAR else "future_date")
            if leap_month and LunarDate.leap_month_for_year(year) != month:
                raise fail("impossible_date")
            if day > lunar_month_length(year, month, leap_month):
                raise fail("impossible_date")
    birthday = Birthday(calendar, month, day, year, leap_month)
    if year is not None:
        if year < today.year - MAX_AGE:
            raise fail("too_old")
        born = birthday.solar_birth_date()
        if born is not None and born > today:
            raise fail("future_date")
    return birthday
