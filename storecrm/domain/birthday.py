"""Customer birthdays as a Chinese shop records them, and the days they are celebrated.

A birthday is either solar (公历) or lunar (农历), and the birth year is often unknown
("农历八月十五" and nothing more). This module validates what was typed
(:func:`check_birthday`), converts a lunar birth to the real date of birth, works out the age,
and, for the birthday reminders, on which solar date the birthday is celebrated in a given year.

When is a birthday celebrated? (:meth:`Birthday.occurrence_in`)

- Solar month M day D: on M-D of the solar year. Someone born on 29 February is celebrated on
  28 February in years that are not leap years.
- Lunar month M day D: on the solar date of lunar (Y, M, D) for lunar year Y. Lunar year Y
  begins between 21 January and 20 February of solar year Y, so its last months fall in
  January/February of solar year Y+1 (农历腊月 of lunar 2026 is January 2027).
- Lunar day 30 in a year whose month M has only 29 days: on day 29, the month's last day
  (e.g. 除夕 in a year without 大年三十).
- Born in a leap month (闰月): celebrated in the ordinary month M every year, as most families
  do; in a year that has leap month M again, still in the ordinary (first) month M.
- The day a person turns one year older (:meth:`Birthday.age_on`) is the day the birthday is
  celebrated by these rules, so "今天 60 岁生日" on the reminder and the age agree.

Lunar dates are computed with ``lunardate``, which knows lunar years 1900–2099 only; outside
that range the conversions raise :class:`ValueError`.
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
MAX_AGE = 120  # years; an older birth year is refused as a typing mistake


class Calendar(StrEnum):
    SOLAR = "solar"  # 公历
    LUNAR = "lunar"  # 农历


CHINESE_DIGITS = "〇一二三四五六七八九"
LUNAR_MONTH_NAMES = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")


def lunar_day_chinese(day: int) -> str:
    """初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十."""
    if day <= 10:
        return "初" + ("十" if day == 10 else CHINESE_DIGITS[day])
    if day < 20:
        return "十" + CHINESE_DIGITS[day - 10]
    if day == 20:
        return "二十"
    if day < 30:
        return "廿" + CHINESE_DIGITS[day - 20]
    return "三十"


def _check_lunar_year(year: int) -> None:
    if not LUNAR_MIN_YEAR <= year <= LUNAR_MAX_YEAR:
        raise ValueError(
            f"lunar year {year} is outside the supported range "
            f"{LUNAR_MIN_YEAR}-{LUNAR_MAX_YEAR} of the lunar calendar tables"
        )


def leap_month_of(year: int) -> int | None:
    """The month that lunar ``year`` repeats as its leap month (闰月), or ``None``."""
    _check_lunar_year(year)
    leap: int | None = LunarDate.leap_month_for_year(year)
    return leap


def lunar_month_length(year: int, month: int, leap: bool = False) -> int:
    """29 or 30: the days of lunar ``month`` of ``year`` (its leap twin if ``leap``)."""
    _check_lunar_year(year)
    if not 1 <= month <= 12:
        raise ValueError(f"lunar month {month} is not 1-12")
    if leap and leap_month_of(year) != month:
        raise ValueError(f"lunar year {year} has no leap month {month}")
    try:
        LunarDate(year, month, 30, leap).to_solar_date()
    except ValueError:  # lunardate refuses day 30 of a 29-day month
        return 29
    return 30


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date:
    """The solar date of lunar (``year``, ``month``, ``day``); the day must exist."""
    if not 1 <= day <= lunar_month_length(year, month, leap):
        raise ValueError(f"lunar {year}-{'leap ' if leap else ''}{month} has no day {day}")
    solar: date = LunarDate(year, month, day, leap).to_solar_date()
    return solar


# lunardate silently returns nonsense for solar dates outside its tables, so check first.
SOLAR_MIN = lunar_to_solar(LUNAR_MIN_YEAR, 1, 1)
SOLAR_MAX = lunar_to_solar(LUNAR_MAX_YEAR, 12, lunar_month_length(LUNAR_MAX_YEAR, 12))


def solar_to_lunar(d: date) -> LunarDate:
    """The lunar date of solar ``d`` (``.year``, ``.month``, ``.day``, ``.is_leap_month``)."""
    if not SOLAR_MIN <= d <= SOLAR_MAX:
        raise ValueError(
            f"{d.isoformat()} is outside the supported range "
            f"{SOLAR_MIN.isoformat()} - {SOLAR_MAX.isoformat()} of the lunar calendar tables"
        )
    return LunarDate.from_solar_date(d.year, d.month, d.day)


def _lunar_year_of(d: date) -> int:
    year: int = solar_to_lunar(d).year
    return year


@dataclass(frozen=True, slots=True)
class Birthday:
    """A birthday in its own calendar; see the module docstring for when it is celebrated."""

    calendar: Calendar
    month: int  # 1-12 in its calendar
    day: int  # 1-31 solar / 1-30 lunar
    year: int | None = None  # birth year in its calendar (lunar year for lunar), None if unknown
    leap_month: bool = False  # lunar only: born in the leap (闰) month

    def __post_init__(self) -> None:
        # Only the shape; whether the day exists in a known year is check_birthday's job.
        object.__setattr__(self, "calendar", Calendar(self.calendar))
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1-12")
        if self.calendar is Calendar.SOLAR:
            if self.leap_month:
                raise ValueError("a solar birthday has no leap month")
            if not 1 <= self.day <= _calendar.monthrange(2000, self.month)[1]:
                raise ValueError(f"solar month {self.month} has no day {self.day}")
        elif not 1 <= self.day <= 30:
            raise ValueError(f"a lunar month has no day {self.day}")

    @classmethod
    def solar(cls, d: date) -> Birthday:
        """From a full solar birth date."""
        return cls(Calendar.SOLAR, d.month, d.day, d.year)

    @classmethod
    def from_solar_as_lunar(cls, d: date) -> Birthday:
        """Someone born on solar date ``d`` who celebrates the lunar birthday."""
        lunar = solar_to_lunar(d)
        return cls(Calendar.LUNAR, lunar.month, lunar.day, lunar.year, bool(lunar.is_leap_month))

    def solar_birth_date(self) -> date | None:
        """The actual date of birth (a lunar one converted), or ``None`` if the year is unknown."""
        if self.year is None:
            return None
        if self.calendar is Calendar.SOLAR:
            return date(self.year, self.month, self.day)
        return lunar_to_solar(self.year, self.month, self.day, self.leap_month)

    def occurrence_in(self, year: int) -> date:
        """The solar date on which this birthday is celebrated in ``year``.

        ``year`` is the solar year for a solar birthday and the lunar year for a lunar one
        (whose months 11-12 may fall in January/February of solar ``year + 1``). Solar 29
        February falls back to 28 February, lunar day 30 to day 29 when the month is short, and a
        leap-month birthday is celebrated in the ordinary month (see the module docstring).
        Raises ValueError for a lunar year outside 1900-2099.
        """
        if self.calendar is Calendar.SOLAR:
            if (self.month, self.day) == (2, 29) and not _calendar.isleap(year):
                return date(year, 2, 28)
            return date(year, self.month, self.day)
        day = min(self.day, lunar_month_length(year, self.month))
        return lunar_to_solar(year, self.month, day)

    def next_occurrence(self, today: date) -> date:
        """The first day on or after ``today`` on which this birthday is celebrated.

        For a lunar birthday this looks at the lunar year ``today`` falls in and the next one,
        so a 腊月 birthday in January is not skipped and one already past this year moves on to
        the next lunar year; the lunar years before are over by ``today``.
        """
        this_year = today.year if self.calendar is Calendar.SOLAR else _lunar_year_of(today)
        occurrence = self.occurrence_in(this_year)
        return occurrence if occurrence >= today else self.occurrence_in(this_year + 1)

    def age_on(self, d: date) -> int | None:
        """Completed years on ``d`` if the year is known, else ``None``.

        One year is completed on each day the birthday is celebrated (see
        :meth:`occurrence_in`), counted in the birthday's own calendar; 0 before the first one
        (also for a ``d`` before the birth, e.g. a wrong computer clock).
        """
        if self.year is None:
            return None
        current = d.year if self.calendar is Calendar.SOLAR else _lunar_year_of(d)
        age = current - self.year
        if age > 0 and self.occurrence_in(current) > d:
            age -= 1
        return max(age, 0)


def days_in_month(
    calendar: Calendar, month: int, year: int | None = None, leap_month: bool = False
) -> int:
    """The days a birthday's day can take in ``month`` (0: not chosen yet): of the month in a
    known year (29 February in leap years only; a lunar month's 29 or 30, its leap twin's when
    ``leap_month`` and the year has it), else every day the month can have (29 February, lunar
    day 30), as :func:`check_birthday` accepts them."""
    calendar = Calendar(calendar)
    if calendar is Calendar.SOLAR:
        if not 1 <= month <= 12:
            return 31
        return _calendar.monthrange(2000 if year is None else year, month)[1]
    if year is None or not 1 <= month <= 12 or not LUNAR_MIN_YEAR <= year <= LUNAR_MAX_YEAR:
        return 30
    return lunar_month_length(year, month, leap_month and leap_month_of(year) == month)


def check_birthday(
    calendar: Calendar,
    month: int,
    day: int,
    year: int | None = None,
    leap_month: bool = False,
    *,
    today: date,
) -> Birthday:
    """The birthday that was typed, or ``ValidationError(field="birthday", code=...)``.

    Codes: ``impossible_date`` (month or day out of range, 2/30, 4/31, 2/29 in a known common
    year, lunar day 30 of a 29-day month in a known year, a leap month the known year does not
    have, a leap month for a solar birthday), ``future_date`` (born after ``today``) and
    ``too_old`` (born before ``today.year - 120``). With the year unknown, solar 29 February,
    lunar day 30 and any lunar leap month are accepted. A lunar year outside the calendar tables
    (1900-2099) is ``too_old`` before them and ``impossible_date`` after; never ValueError.
    """

    def fail(code: str) -> ValidationError:
        return ValidationError("birthday", code)

    calendar = Calendar(calendar)
    if not 1 <= month <= 12 or day < 1:
        raise fail("impossible_date")
    if calendar is Calendar.SOLAR:
        # Unknown year: 2000 is a leap year, so 29 February passes.
        if leap_month or day > _calendar.monthrange(2000, month)[1]:
            raise fail("impossible_date")
    elif day > 30:
        raise fail("impossible_date")
    if year is None:
        return Birthday(calendar, month, day, None, leap_month)

    if year < today.year - MAX_AGE:
        raise fail("too_old")
    if year > today.year:
        raise fail("future_date")
    if calendar is Calendar.SOLAR:
        if day > _calendar.monthrange(year, month)[1]:
            raise fail("impossible_date")
    else:
        if year < LUNAR_MIN_YEAR:  # only with a clock set before 2020; beyond the tables anyway
            raise fail("too_old")
        if year > LUNAR_MAX_YEAR:
            raise fail("impossible_date")
        if leap_month and leap_month_of(year) != month:
            raise fail("impossible_date")
        if day > lunar_month_length(year, month, leap_month):
            raise fail("impossible_date")
    birthday = Birthday(calendar, month, day, year, leap_month)
    born = birthday.solar_birth_date()
    if born is not None and born > today:
        raise fail("future_date")
    return birthday
