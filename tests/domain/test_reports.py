"""Reports' pure pieces: periods and the period compared with, buckets, rounding, RFM segments
and the reminder-effect rule."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from storecrm.domain.errors import ValidationError
from storecrm.domain.reports import (
    Comparison,
    Contact,
    Granularity,
    NamedPeriod,
    Period,
    RateComparison,
    ReturnVisit,
    RfmScale,
    RfmSegment,
    SalesFigures,
    add_months,
    auto_granularity,
    average_fen,
    bucket_start,
    buckets,
    change_percent,
    named_period,
    percent,
    previous_period,
    reminder_effect,
    rfm_segment,
    share_fen,
)


def p(a: str, b: str) -> Period:
    return Period(date.fromisoformat(a), date.fromisoformat(b))


# -- periods ---------------------------------------------------------------------------------------
def test_a_period_is_whole_days_both_ends_included() -> None:
    may = p("2025-05-01", "2025-05-31")
    assert may.days == 31
    assert may.start_at == datetime(2025, 5, 1)
    assert may.end_at == datetime(2025, 6, 1)  # the moment after its last day
    assert date(2025, 5, 31) in may and date(2025, 6, 1) not in may


def test_a_period_must_run_forwards_and_not_for_ever() -> None:
    with pytest.raises(ValidationError) as backwards:
        p("2025-05-02", "2025-05-01")
    assert backwards.value.code == "end_before_start"
    with pytest.raises(ValidationError) as long:
        p("2020-01-01", "2025-01-01")
    assert long.value.code == "too_long"


@pytest.mark.parametrize(
    ("period", "previous"),
    [
        # the month so far with the same days of the month before
        (("2025-11-01", "2025-11-23"), ("2025-10-01", "2025-10-23")),
        # whole months with whole months, whatever their lengths
        (("2025-03-01", "2025-03-31"), ("2025-02-01", "2025-02-28")),
        (("2025-02-01", "2025-02-28"), ("2025-01-01", "2025-01-31")),
        (("2024-03-01", "2024-03-31"), ("2024-02-01", "2024-02-29")),
        # 30 March has no 30 February: the month's last day
        (("2025-03-01", "2025-03-30"), ("2025-02-01", "2025-02-28")),
        # a quarter, a year, across the new year
        (("2025-07-01", "2025-09-30"), ("2025-04-01", "2025-06-30")),
        (("2025-01-01", "2025-12-31"), ("2024-01-01", "2024-12-31")),
        (("2025-01-01", "2025-01-31"), ("2024-12-01", "2024-12-31")),
        # anything else: as many days just before
        (("2025-05-10", "2025-05-16"), ("2025-05-03", "2025-05-09")),
        (("2025-05-10", "2025-05-10"), ("2025-05-09", "2025-05-09")),
        (("2025-11-23", "2026-11-23"), ("2024-11-22", "2025-11-22")),
    ],
)
def test_the_period_compared_with(period: tuple[str, str], previous: tuple[str, str]) -> None:
    before = previous_period(p(*period))
    assert (before.start.isoformat(), before.end.isoformat()) == previous
    assert before.end < p(*period).start


def test_named_periods() -> None:
    today = date(2025, 11, 23)
    assert named_period(NamedPeriod.THIS_MONTH, today) == p("2025-11-01", "2025-11-23")
    assert named_period(NamedPeriod.LAST_MONTH, today) == p("2025-10-01", "2025-10-31")
    assert named_period(NamedPeriod.THIS_QUARTER, today) == p("2025-10-01", "2025-11-23")
    assert named_period(NamedPeriod.THIS_YEAR, today) == p("2025-01-01", "2025-11-23")
    assert named_period("last_month", date(2025, 1, 5)) == p("2024-12-01", "2024-12-31")
    assert named_period("this_quarter", date(2025, 3, 31)) == p("2025-01-01", "2025-03-31")


def test_add_months_clips_to_the_month() -> None:
    assert add_months(date(2025, 3, 31), -1) == date(2025, 2, 28)
    assert add_months(date(2025, 1, 15), 13) == date(2026, 2, 15)
    assert add_months(date(2025, 2, 10), 0, month_end=True) == date(2025, 2, 28)


# -- buckets ---------------------------------------------------------------------------------------
def test_granularity_by_length() -> None:
    assert auto_granularity(p("2025-05-01", "2025-05-31")) is Granularity.DAY
    assert auto_granularity(p("2025-05-01", "2025-06-01")) is Granularity.WEEK
    assert auto_granularity(p("2025-07-01", "2025-09-30")) is Granularity.WEEK  # 92 days
    assert auto_granularity(p("2025-01-01", "2025-12-31")) is Granularity.MONTH


def test_weeks_start_on_monday_and_are_clipped_to_the_period() -> None:
    assert bucket_start(date(2025, 5, 4), Granularity.WEEK) == date(2025, 4, 28)  # a Sunday
    weeks = buckets(p("2025-05-01", "2025-05-31"), Granularity.WEEK)
    spans = [(1, 4), (5, 11), (12, 18), (19, 25), (26, 31)]
    assert [(w.start.day, w.end.day) for w in weeks] == spans
    assert sum(w.days for w in weeks) == 31


def test_months_are_clipped_too() -> None:
    months = buckets(p("2025-11-23", "2026-02-10"), Granularity.MONTH)
    assert [(m.start.isoformat(), m.end.isoformat()) for m in months] == [
        ("2025-11-23", "2025-11-30"),
        ("2025-12-01", "2025-12-31"),
        ("2026-01-01", "2026-01-31"),
        ("2026-02-01", "2026-02-10"),
    ]
    assert len(buckets(p("2025-05-01", "2025-05-31"), Granularity.DAY)) == 31


# -- rounding --------------------------------------------------------------------------------------
def test_percentages_round_half_up_to_one_decimal() -> None:
    assert percent(1, 3) == Decimal("33.3")
    assert percent(2, 3) == Decimal("66.7")
    assert percent(1, 8) == Decimal("12.5")
    assert percent(1, 16) == Decimal("6.3")  # 6.25 → 6.3
    assert percent(5, 0) is None


def test_change_against_the_previous_period() -> None:
    assert change_percent(113604, 20800) == Decimal("446.2")
    assert change_percent(50, 100) == Decimal("-50.0")
    assert change_percent(10, 0) is None  # nothing to compare with
    assert change_percent(10, None) is None
    assert change_percent(-50, -100) == Decimal("50.0")  # a smaller loss is a rise
    assert Comparison(150, 100).change == Decimal("50.0")
    assert RateComparison(Decimal("50.0"), Decimal("42.5")).change_points == Decimal("7.5")
    assert RateComparison(None, Decimal("1.0")).change_points is None


def test_averages_round_half_up_to_the_fen() -> None:
    assert average_fen(113604, 5) == 22721  # 22720.8
    assert average_fen(5, 2) == 3  # 2.5
    assert average_fen(-5, 2) == -3  # away from zero
    assert average_fen(100, 0) == 0
    assert share_fen(50000, 9, 10) == 45000
    assert share_fen(10000, 1, 3) == 3333
    assert share_fen(100, 1, 0) == 0


def test_sales_figures_add_up() -> None:
    a = SalesFigures(sales=2, gross_fen=300, refunds=1, refunds_fen=50, new_customers=1)
    b = SalesFigures(sales=1, gross_fen=100, top_ups_fen=500, top_up_refunds_fen=100)
    total = a.plus(b)
    assert (total.sales, total.revenue_fen, total.net_top_ups_fen) == (3, 350, 400)
    assert total.average_ticket_fen == 117  # 350 / 3 = 116.67


# -- RFM -------------------------------------------------------------------------------------------
def test_the_eight_segments() -> None:
    assert rfm_segment(True, True, True) is RfmSegment.IMPORTANT_VALUE
    assert rfm_segment(False, True, True) is RfmSegment.IMPORTANT_KEEP
    assert rfm_segment(True, False, True) is RfmSegment.IMPORTANT_DEVELOP
    assert rfm_segment(False, False, True) is RfmSegment.IMPORTANT_WIN_BACK
    assert rfm_segment(True, True, False) is RfmSegment.GENERAL_VALUE
    assert rfm_segment(False, False, False) is RfmSegment.GENERAL_WIN_BACK
    assert len(set(RfmSegment)) == 8


def test_rfm_compares_with_the_average_exactly() -> None:
    # Three customers: averages 10 days, 4 visits, ¥100.00.
    scale = RfmScale.of([(5, 6, 15000), (10, 4, 10000), (15, 2, 5000)])
    assert (scale.customers, scale.recency_days_sum, scale.visits_sum) == (3, 30, 12)
    assert scale.mean_recency_days() == Decimal("10.0")
    assert scale.mean_visits() == Decimal("4.0")
    assert scale.mean_spend_fen() == 10000
    assert scale.segment(5, 6, 15000) is RfmSegment.IMPORTANT_VALUE
    # Exactly the average is not better than it: low on all three.
    assert scale.segment(10, 4, 10000) is RfmSegment.GENERAL_WIN_BACK
    assert scale.segment(15, 2, 5000) is RfmSegment.GENERAL_WIN_BACK
    assert scale.segment(30, 9, 20000) is RfmSegment.IMPORTANT_KEEP  # came often, not lately
    assert RfmScale.of([]).mean_visits() is None


# -- reminder effect -------------------------------------------------------------------------------
T0 = datetime(2025, 5, 1, 9, 0, 0)


def test_came_back_within_the_window_end_included() -> None:
    contacts = [Contact("dormant", 1, T0), Contact("dormant", 2, T0), Contact("birthday", 3, T0)]
    visits = [
        ReturnVisit(10, 1, T0 + timedelta(days=30), 5000),  # the window's last moment
        ReturnVisit(11, 2, T0 + timedelta(days=30, seconds=1), 7000),  # one second too late
        ReturnVisit(12, 3, T0, 9000),  # at the contact itself: not after it
    ]
    rows, total = reminder_effect(contacts, visits, 30, T0 + timedelta(days=60))
    by_kind = {r.kind: r for r in rows}
    assert (by_kind["dormant"].contacts, by_kind["dormant"].came_back) == (2, 1)
    assert by_kind["dormant"].spent_fen == 5000
    assert by_kind["dormant"].rate == Decimal("50.0")
    assert (by_kind["birthday"].came_back, by_kind["birthday"].spent_fen) == (0, 0)
    assert (total.contacts, total.customers, total.came_back, total.spent_fen) == (3, 3, 1, 5000)
    assert [r.kind for r in rows] == ["dormant", "birthday"]  # most contacts first


def test_a_sale_covered_by_two_contacts_counts_once() -> None:
    contacts = [
        Contact("dormant", 1, T0),
        Contact("dormant", 1, T0 + timedelta(days=3)),
        Contact("birthday", 1, T0 + timedelta(days=4)),
    ]
    visits = [ReturnVisit(10, 1, T0 + timedelta(days=5), 8000)]
    rows, total = reminder_effect(contacts, visits, 30, T0 + timedelta(days=6))
    by_kind = {r.kind: r for r in rows}
    assert (by_kind["dormant"].contacts, by_kind["dormant"].customers) == (2, 1)
    assert by_kind["dormant"].came_back == 2  # both contacts were followed by the visit
    assert by_kind["dormant"].spent_fen == 8000  # but the sale is counted once
    assert by_kind["birthday"].spent_fen == 8000
    assert (total.came_back, total.spent_fen) == (3, 8000)
    assert total.open_windows == 3  # all three windows run past the report's moment


def test_the_window_must_be_positive() -> None:
    with pytest.raises(ValidationError):
        reminder_effect([], [], 0, T0)
    rows, total = reminder_effect([], [], 30, T0)
    assert rows == () and total.rate is None
