"""Due-date rules of the reminders on fixed dates (pure domain, no store)."""

from __future__ import annotations

from datetime import date

import pytest

from storecrm.domain.birthday import (
    Birthday,
    Calendar,
    lunar_day_chinese,
    lunar_to_solar,
    solar_to_lunar,
)
from storecrm.domain.errors import ValidationError
from storecrm.domain.reminders import (
    LastAction,
    MessageFacts,
    ReminderAction,
    ReminderRules,
    Window,
    anniversary_in,
    anniversary_keys,
    average_interval,
    birthday_in,
    birthday_keys,
    birthday_text,
    check_rules,
    dormant_since,
    is_open,
    render_template,
    return_window,
    unknown_placeholders,
)


def solar(month: int, day: int, year: int | None = None) -> Birthday:
    return Birthday(Calendar.SOLAR, month, day, year)


def lunar(month: int, day: int, year: int | None = None, leap: bool = False) -> Birthday:
    return Birthday(Calendar.LUNAR, month, day, year, leap)


# -- birthdays --------------------------------------------------------------------------------
def test_a_solar_birthday_is_due_in_the_days_ahead_only() -> None:
    week = Window(date(2026, 11, 23), date(2026, 11, 30))
    assert birthday_in(solar(11, 23), week) == date(2026, 11, 23)
    assert birthday_in(solar(11, 30), week) == date(2026, 11, 30)
    assert birthday_in(solar(12, 1), week) is None
    assert birthday_in(solar(11, 22), week) is None  # yesterday: next year's is not in the week


def test_29_february_is_celebrated_on_28_february_in_a_common_year() -> None:
    leapling = solar(2, 29, 2000)
    common = Window(date(2027, 2, 25), date(2027, 3, 1))
    assert birthday_in(leapling, common) == date(2027, 2, 28)
    assert birthday_in(leapling, Window(date(2028, 2, 25), date(2028, 3, 1))) == date(2028, 2, 29)
    # The SQL narrowing includes 29 February wherever 28 February of a common year is.
    solar_keys, _ = birthday_keys(Window(date(2027, 2, 28), date(2027, 2, 28)))
    assert (2, 29) in solar_keys
    solar_keys, _ = birthday_keys(Window(date(2028, 2, 28), date(2028, 2, 28)))
    assert (2, 29) not in solar_keys
    assert leapling.age_on(date(2027, 2, 28)) == 27


def test_lunar_birthdays_across_a_leap_month() -> None:
    # Lunar 2025 repeats its sixth month: 六月十五 is 2025-07-09, 闰六月十五 is 2025-08-08.
    assert lunar_to_solar(2025, 6, 15) == date(2025, 7, 9)
    assert lunar_to_solar(2025, 6, 15, leap=True) == date(2025, 8, 8)
    ordinary = lunar(6, 15, 1990)
    born_in_leap = lunar(6, 15, 2025, leap=True)
    july = Window(date(2025, 7, 6), date(2025, 7, 12))
    august = Window(date(2025, 8, 5), date(2025, 8, 12))
    # Both are celebrated in the ordinary month, once a year.
    assert birthday_in(ordinary, july) == date(2025, 7, 9)
    assert birthday_in(born_in_leap, july) == date(2025, 7, 9)
    assert birthday_in(ordinary, august) is None
    assert birthday_in(born_in_leap, august) is None
    # The days of the leap month narrow to no lunar birthday at all.
    _, lunar_keys = birthday_keys(Window(date(2025, 8, 8), date(2025, 8, 8)))
    assert solar_to_lunar(date(2025, 8, 8)).is_leap_month
    assert lunar_keys == set()
    _, lunar_keys = birthday_keys(july)
    assert (6, 15) in lunar_keys
    # Next year (no leap month) it moves with the lunar calendar.
    assert birthday_in(born_in_leap, Window(date(2026, 7, 25), date(2026, 7, 31))) == date(
        2026, 7, 28
    )
    assert ordinary.age_on(date(2025, 7, 9)) == 35


def test_lunar_day_30_in_a_short_month_falls_on_day_29() -> None:
    # Lunar 2026's seventh month has 29 days.
    born_on_30 = lunar(7, 30)
    day_29 = lunar_to_solar(2026, 7, 29)
    assert birthday_in(born_on_30, Window(day_29, day_29)) == day_29
    _, lunar_keys = birthday_keys(Window(day_29, day_29))
    assert {(7, 29), (7, 30)} <= lunar_keys


def test_a_lunar_birthday_in_january_belongs_to_the_previous_lunar_year() -> None:
    # 腊月初八 of lunar 2026 is in January 2027.
    laba = lunar(12, 8)
    expected = lunar_to_solar(2026, 12, 8)
    assert expected.year == 2027
    assert birthday_in(laba, Window(expected, expected)) == expected


def test_birthday_text_as_a_message_says_it() -> None:
    assert birthday_text(solar(3, 5)) == "3月5日"
    assert birthday_text(lunar(8, 15)) == "农历八月十五"
    assert birthday_text(lunar(4, 8, leap=True)) == "农历闰四月初八"
    assert birthday_text(lunar(12, 30)) == "农历腊月三十"
    assert [lunar_day_chinese(d) for d in (1, 10, 11, 20, 21, 29)] == [
        "初一",
        "初十",
        "十一",
        "二十",
        "廿一",
        "廿九",
    ]


# -- anniversaries ------------------------------------------------------------------------------
def test_membership_anniversary() -> None:
    window = Window(date(2026, 11, 23), date(2026, 11, 26))
    assert anniversary_in(date(2024, 11, 25), window) == date(2026, 11, 25)
    assert anniversary_in(date(2026, 11, 24), window) is None  # joined this year: no anniversary
    assert anniversary_in(date(2024, 2, 29), Window(date(2027, 2, 28), date(2027, 2, 28))) == date(
        2027, 2, 28
    )
    assert "02-29" in anniversary_keys(Window(date(2027, 2, 28), date(2027, 3, 1)))


# -- return visits ------------------------------------------------------------------------------
def test_average_interval_between_visits() -> None:
    # Three visits over 60 days: two intervals of 30 days on average.
    assert average_interval(date(2026, 1, 1), date(2026, 3, 2), 3) == 30
    # 61 days over two intervals is 30.5: rounded half up to 31.
    assert average_interval(date(2026, 1, 1), date(2026, 3, 3), 3) == 31
    # 62 days over four intervals is 15.5 → 16; 61 over four is 15.25 → 15.
    assert average_interval(date(2026, 1, 1), date(2026, 3, 4), 5) == 16
    assert average_interval(date(2026, 1, 1), date(2026, 3, 3), 5) == 15
    # One visit, or every visit on the same day: no rhythm to go by.
    assert average_interval(date(2026, 1, 1), date(2026, 1, 1), 1) is None
    assert average_interval(date(2026, 1, 1), date(2026, 1, 1), 4) is None
    assert average_interval(date(2026, 1, 1), date(2026, 1, 2), 9) == 1  # never under a day


def test_return_and_dormant_windows() -> None:
    rules = ReminderRules(return_days_ahead=2, return_overdue_days=5, dormant_days=90)
    today = date(2026, 11, 23)
    assert return_window(today, rules) == (date(2026, 11, 18), date(2026, 11, 25))
    first, last = dormant_since(today, ReminderRules(dormant_days=90, dormant_window_days=30))
    assert last == date(2026, 8, 25)  # 90 days before today
    assert (last - first).days == 29


# -- actions ------------------------------------------------------------------------------------
def test_which_occurrences_are_open() -> None:
    today = date(2026, 11, 23)
    due = date(2026, 11, 25)
    assert is_open(None, due, today)
    assert not is_open(LastAction(ReminderAction.CONTACTED), due, today)
    assert not is_open(LastAction(ReminderAction.DONE), due, today)
    assert not is_open(LastAction(ReminderAction.NOT_INTERESTED), due, today)
    assert not is_open(LastAction(ReminderAction.SNOOZED, date(2026, 11, 24)), due, today)
    assert is_open(LastAction(ReminderAction.SNOOZED, date(2026, 11, 23)), due, today)


# -- rules --------------------------------------------------------------------------------------
def test_rules_round_trip_and_ranges() -> None:
    rules = ReminderRules(dormant_days=60, anniversary=True, balance_low_fen=10000)
    assert ReminderRules.from_dict(rules.to_dict()) == rules
    # Saved settings with a wrong type or an unknown key fall back to the default for that key.
    loaded = ReminderRules.from_dict({"dormant_days": "60", "birthday": 1, "nonsense": 3})
    assert loaded == ReminderRules()
    with pytest.raises(ValidationError) as caught:
        check_rules(ReminderRules(dormant_days=3))
    assert caught.value.field == "dormant_days"


# -- templates ----------------------------------------------------------------------------------
def test_templates_fill_placeholders_and_flag_typing_mistakes() -> None:
    facts = MessageFacts("王芳", "¥88.00", "120", "3", "农历八月十五", "美丽发廊")
    body = "{姓名}您好，{店名}提醒：余额{余额}，积分{积分}，次卡剩{剩余次数}次，{生日}快乐 {name}"
    assert render_template(body, facts) == (
        "王芳您好，美丽发廊提醒：余额¥88.00，积分120，次卡剩3次，农历八月十五快乐 王芳"
    )
    assert render_template("{优惠券} {姓名}", facts) == "{优惠券} 王芳"
    assert unknown_placeholders("{姓名} {优惠券} {余 额}") == ["优惠券", "余 额"]


def test_the_indexed_sql_return_date_agrees_with_the_domain_rule() -> None:
    """customers.return_due (a generated column SQLite indexes) must say what
    average_interval says, for every span and visit count, or due customers go missing."""
    from datetime import timedelta

    import sqlcipher3

    from storecrm.data.schema import RETURN_DUE_SQL

    conn = sqlcipher3.connect(":memory:")
    conn.execute(
        "CREATE TABLE customers (first_visit_at TEXT, last_visit_at TEXT, visit_count INT, "
        f"return_due TEXT GENERATED ALWAYS AS ({RETURN_DUE_SQL}))"
    )
    first = date(2025, 12, 30)
    cases = [
        (span, visits)
        for span in (0, 1, 2, 3, 29, 30, 61, 62, 365, 1000)
        for visits in (0, 1, 2, 3, 4, 5, 7, 40)
    ]
    for span, visits in cases:
        last = first + timedelta(days=span)
        conn.execute(
            "INSERT INTO customers VALUES (?, ?, ?)",
            (f"{first} 21:59:00.000000", f"{last} 08:01:00.000000", visits),
        )
    got = [row[0] for row in conn.execute("SELECT return_due FROM customers")]
    for (span, visits), sql_due in zip(cases, got, strict=True):
        last = first + timedelta(days=span)
        interval = average_interval(first, last, visits)
        expected = None if interval is None else (last + timedelta(days=interval)).isoformat()
        assert sql_due == expected, (span, visits)
