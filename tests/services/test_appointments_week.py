"""The week: seven days' books at once, "copy last week" (复制上周) into this week's days, and
the dated week as it is printed (the usual week with days of their own, leave, closed days).

The salon of ``test_appointments``: Tony 早班 on weekdays, 小美 晚班 every day but Tuesday."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import pytest

from storecrm.domain.errors import PermissionDenied
from storecrm.services import session
from storecrm.services.appointments import book, roster
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD
from tests.services import test_appointments as base
from tests.services.test_appointments import MONDAY, Salon, at, draft

now, salon = base.now, base.salon  # the same salon's fixtures

LAST_MONDAY = MONDAY - timedelta(days=7)


def shifts(owner: StoreContext) -> dict[str, int]:
    return {s.name: s.shift_id for s in owner.call(roster.list_shifts)}


def test_the_week_book_has_seven_days_with_their_appointments(
    owner: StoreContext, salon: Salon
) -> None:
    owner.call(book.book_appointment, draft(salon, salon.tony, at(10)))
    owner.call(book.book_appointment, draft(salon, salon.mei, at(15, 0, MONDAY + timedelta(2))))
    week = owner.call(book.week_book, MONDAY)
    assert [d.day for d in week] == [MONDAY + timedelta(n) for n in range(7)]
    assert [len(d.appointments) for d in week] == [1, 0, 1, 0, 0, 0, 0]
    tuesday = {s.name: s.working for s in week[1].staff}
    assert tuesday["小美"] == ()  # her day off
    assert owner.call(book.booked_on, MONDAY) == 1
    assert owner.call(book.booked_on, MONDAY + timedelta(1)) == 0


def test_copy_last_week_makes_this_week_what_last_week_was(
    owner: StoreContext, salon: Salon
) -> None:
    ids = shifts(owner)
    # Last week Tony worked 全天 on Wednesday and rested on Friday; 小美 worked her Tuesday.
    owner.call(roster.set_day, salon.tony, LAST_MONDAY + timedelta(2), ids["全天"])
    owner.call(roster.set_day, salon.tony, LAST_MONDAY + timedelta(4), None)
    owner.call(roster.set_day, salon.mei, LAST_MONDAY + timedelta(1), ids["早班"])
    # This week already had a day of its own for Tony on Monday, which last week did not.
    owner.call(roster.set_day, salon.tony, MONDAY, ids["晚班"])

    assert owner.call(roster.copy_last_week, MONDAY + timedelta(3)) == 3  # any day of the week

    this, last = owner.call(roster.week_roster, MONDAY), owner.call(roster.week_roster, LAST_MONDAY)
    for now_row, then_row in zip(this.staff, last.staff, strict=True):
        assert [c.shift_name for c in now_row.days] == [c.shift_name for c in then_row.days]
    tony = next(r for r in this.staff if r.staff_id == salon.tony)
    assert [c.shift_name for c in tony.days] == ["早班", "早班", "全天", "早班", "", "", ""]
    assert [c.own_day for c in tony.days] == [False, False, True, False, True, False, False]
    # The day's book follows.
    wednesday = owner.call(book.day_book, MONDAY + timedelta(2))
    spans = {s.name: [(w.start.hour, w.end.hour) for w in s.working] for s in wednesday.staff}
    assert spans["Tony"] == [(9, 21)]


def test_the_printed_week_shows_leave_and_closed_days(owner: StoreContext, salon: Salon) -> None:
    owner.call(roster.add_leave, salon.mei, at(16), at(18), "看病")
    owner.call(roster.add_closed_day, MONDAY + timedelta(6), "盘点")
    week = owner.call(roster.week_roster, MONDAY)
    assert week.days[0] == MONDAY and len(week.days) == 7
    assert week.hours[0] == (time(9), time(21)) and week.hours[6] is None
    mei = next(r for r in week.staff if r.staff_id == salon.mei)
    assert mei.days[0].shift_name == "晚班" and mei.days[0].start == time(14)
    assert [(s.start, s.end) for s in mei.days[0].leave] == [(at(16), at(18))]
    assert mei.days[1].shift_name == ""


def test_a_cashier_may_not_copy_the_week(
    store_dir: Path, owner: StoreContext, salon: Salon
) -> None:
    owner.close()
    cashier = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            cashier.call(roster.copy_last_week, MONDAY)
        assert cashier.call(roster.week_roster, MONDAY).staff  # but reads the week
    finally:
        cashier.close()
