"""The roster's week dialog shows the chosen week as it will be worked (the usual week with
that week's days of their own, shaded), and saves either as the usual week (every week; the
week's own days go) or for that week only (days of their own where it differs)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from storecrm.gui.screens.appointments import AppointmentsScreen
from storecrm.gui.screens.appointments.week import WeekDialog
from storecrm.services.appointments import book, roster
from storecrm.services.session import StoreContext
from tests.gui import test_appointments_screen as base
from tests.gui.test_appointments_screen import Salon

english, salon = base.english, base.salon  # Tony 早班, 小美 晚班, every day; Monday 7 Dec 2026
MONDAY = date(2026, 12, 7)


def opened(qtbot: QtBot, screen: AppointmentsScreen) -> WeekDialog:
    screen.edit_roster()
    dialog = screen.week_dialog
    assert dialog is not None and dialog.monday() == MONDAY
    return dialog


def choose(dialog: WeekDialog, staff_id: int, weekday: int, shift_id: int | None) -> None:
    combo = dialog.cells[(staff_id, weekday)]
    combo.setCurrentIndex(combo.findData(shift_id))


def test_the_grid_shows_the_dated_week_and_saves_it_for_that_week_or_as_usual(
    qtbot: QtBot, owner: StoreContext, salon: Salon
) -> None:
    shifts = {s.name: s.shift_id for s in owner.call(roster.list_shifts)}
    owner.call(roster.set_day, salon.tony, MONDAY + timedelta(days=2), shifts["全天"])  # Wed
    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)

    dialog = opened(qtbot, screen)
    assert dialog.cells[(salon.tony, 2)].currentData() == shifts["全天"]
    assert dialog.cells[(salon.tony, 1)].currentData() == shifts["早班"]
    assert dialog.own_days() == {(salon.tony, 2)}
    assert "usual week: 早班" in dialog.cells[(salon.tony, 2)].toolTip()
    # The week after has no day of its own: the usual week, nothing shaded.
    dialog.week_of.setDate(QDate(2026, 12, 16))
    assert dialog.cells[(salon.tony, 2)].currentData() == shifts["早班"]
    assert dialog.own_days() == set()
    dialog.week_of.setDate(QDate(2026, 12, 7))
    assert dialog.own_days() == {(salon.tony, 2)}

    # 小美 off on Friday, this week only: shaded at once, then saved as a day of its own.
    choose(dialog, salon.mei, 4, None)
    assert dialog.own_days() == {(salon.tony, 2), (salon.mei, 4)}
    with qtbot.waitSignal(dialog.accepted):
        dialog.this_week_button.click()
    week = owner.call(roster.week_shifts, MONDAY)
    assert week.own == {salon.tony: {2: shifts["全天"]}, salon.mei: {4: None}}
    assert week.usual[salon.mei][4] == shifts["晚班"]  # the usual week stays
    friday = MONDAY + timedelta(days=4)
    assert (
        next(s for s in owner.call(book.day_book, friday).staff if s.name == "小美").working == ()
    )
    next_friday = next(
        s for s in owner.call(book.day_book, friday + timedelta(days=7)).staff if s.name == "小美"
    )
    assert next_friday.shift_name == "晚班"

    # Tony on 晚班 on Mondays from now on: saved as the usual week, the grid as shown becomes
    # every week and this week's own days go.
    dialog = opened(qtbot, screen)
    assert dialog.own_days() == {(salon.tony, 2), (salon.mei, 4)}
    choose(dialog, salon.tony, 0, shifts["晚班"])
    choose(dialog, salon.tony, 2, shifts["早班"])  # back to the usual: no longer shaded
    choose(dialog, salon.mei, 4, shifts["晚班"])
    assert dialog.own_days() == {(salon.tony, 0)}
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    week = owner.call(roster.week_shifts, MONDAY)
    assert week.own == {}
    assert (
        week.usual[salon.tony][0] == shifts["晚班"] and week.usual[salon.tony][2] == shifts["早班"]
    )
    later = owner.call(roster.week_shifts, MONDAY + timedelta(days=21))
    assert later.shift_on(salon.tony, 0) == shifts["晚班"]


def test_saved_for_this_week_a_day_like_the_usual_week_loses_its_own(
    owner: StoreContext, salon: Salon
) -> None:
    shifts = {s.name: s.shift_id for s in owner.call(roster.list_shifts)}
    owner.call(roster.set_day, salon.tony, MONDAY, shifts["全天"])
    grid = {salon.tony: {0: shifts["早班"], 1: None}}
    differ = owner.call(roster.save_week, MONDAY + timedelta(days=3), grid, usual=False)
    assert differ == 1  # Tuesday off differs; Monday is the usual 早班 again
    assert owner.call(roster.week_shifts, MONDAY).own == {salon.tony: {1: None}}
