"""The report's appointment figures and the reminders' appointment rules, by hand."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from storecrm.domain.appointment_figures import BookedTime, appointment_figures
from storecrm.domain.appointments import AppointmentStatus as S
from storecrm.domain.errors import ValidationError
from storecrm.domain.reminders import (
    MessageFacts,
    ReminderKind,
    ReminderRules,
    appointment_time_text,
    check_rules,
    no_show_window,
    render_template,
    unknown_placeholders,
)
from storecrm.domain.reports import Period


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute)


def test_bookings_outcomes_rates_and_utilisation() -> None:
    period = Period(date(2026, 12, 7), date(2026, 12, 8))
    figures = appointment_figures(
        period,
        [
            BookedTime(at(7, 9), at(7, 10, 30), S.DONE, 1),  # 90 min
            BookedTime(at(7, 11), at(7, 11, 30), S.NO_SHOW, 1),  # 30 min, held
            BookedTime(at(7, 12), at(7, 13), S.CANCELLED, 1),  # left out
            BookedTime(at(8, 9), at(8, 10), S.ARRIVED, 2),
            BookedTime(at(8, 10), at(8, 11), S.BOOKED, None),  # anyone: no one's hours
            BookedTime(at(9, 9), at(9, 10), S.DONE, 2),  # after the period
        ],
        {1: 600, 2: 0, 3: 480},
        {1: "Tony", 2: "小美", 3: "阿杰"},
    )
    assert [(d.bookings, d.came, d.no_shows, d.booked, d.cancelled) for d in figures.days] == [
        (2, 1, 1, 0, 1),
        (2, 1, 0, 1, 0),
    ]
    assert figures.no_show_rate == Decimal("33.3")  # 1 of 3 known outcomes
    assert [(s.name, s.appointments, s.booked_minutes, s.shift_minutes) for s in figures.staff] == [
        ("Tony", 2, 120, 600),
        ("小美", 1, 60, 0),
        ("阿杰", 0, 0, 480),
    ]
    assert [s.utilisation for s in figures.staff] == [Decimal("20.0"), None, Decimal("0.0")]
    assert figures.utilisation == Decimal("16.7")  # 180 of 1080 minutes


def test_an_empty_period_has_a_row_per_day_and_no_rates() -> None:
    figures = appointment_figures(Period(date(2026, 12, 1), date(2026, 12, 3)), [], {}, {})
    assert [d.day.day for d in figures.days] == [1, 2, 3]
    assert figures.no_show_rate is None and figures.utilisation is None and figures.staff == ()


def test_no_show_window_and_the_appointment_placeholders() -> None:
    window = no_show_window(date(2026, 12, 8), ReminderRules())
    assert (window.start, window.end) == (date(2026, 12, 2), date(2026, 12, 8))
    assert appointment_time_text(at(8, 9, 5)) == "12月8日 09:05"
    facts = MessageFacts("王芳", "¥0.00", "0", "0", "", "店", "12月8日 09:05", "剪发", "Tony")
    body = "{姓名}{时间}{项目}{技师}|{time}{items}{staff}"
    assert render_template(body, facts) == "王芳12月8日 09:05剪发Tony|12月8日 09:05剪发Tony"
    assert unknown_placeholders("{时间}{技师}{项目}{房间}") == ["房间"]
    rules = ReminderRules.from_dict({"no_show_days": 14, "appointment": False})
    assert (rules.no_show_days, rules.appointment, rules.no_show) == (14, False, True)
    assert rules.enabled(ReminderKind.NO_SHOW) and not rules.enabled(ReminderKind.APPOINTMENT)
    with pytest.raises(ValidationError) as refused:
        check_rules(ReminderRules(no_show_days=0))
    assert refused.value.field == "no_show_days"
