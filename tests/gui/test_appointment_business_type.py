"""The book follows a change of the store's business type made in the settings (retail/salon
↔ restaurant) without a new sign-in: the settings announce "settings" on the store bus and the
book becomes a column per table (桌位… in its settings menu), then per staff member again."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from storecrm.domain.store_profile import BusinessType
from storecrm.gui.bus import store_bus
from storecrm.gui.preferences import Preferences
from storecrm.gui.screens.appointments import AppointmentsScreen
from storecrm.gui.screens.appointments.model import DayBookModel
from storecrm.gui.screens.appointments.tables_model import TableBookModel
from storecrm.gui.screens.settings_screen import SettingsScreen
from storecrm.services.appointments import tables
from storecrm.services.appointments.dto import TableInfo
from storecrm.services.session import StoreContext
from tests.gui import test_appointments_screen as base
from tests.gui.test_appointments_screen import Salon

english, salon = base.english, base.salon  # Tony 早班, 小美 晚班; Monday 7 Dec 2026


def test_the_book_follows_the_business_type_without_a_new_sign_in(
    qtbot: QtBot, owner: StoreContext, salon: Salon
) -> None:
    owner.call(tables.save_table, TableInfo(0, "A1", "大厅", 4, 1))
    owner.call(tables.save_table, TableInfo(0, "牡丹", "包间", 12, 2))
    screen = AppointmentsScreen(owner)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert isinstance(screen.model, DayBookModel) and screen.model.columnCount() == 2
    assert screen.roster_action.isVisible() and not screen.tables_action.isVisible()

    settings = SettingsScreen(owner, Preferences())
    qtbot.addWidget(settings)
    store = settings.store_tab
    store.type_combo.setCurrentIndex(store.type_combo.findData(BusinessType.RESTAURANT))
    with qtbot.waitSignal(store_bus().changed):
        store.save()
    qtbot.waitUntil(lambda: isinstance(screen.model, TableBookModel))
    qtbot.waitUntil(lambda: screen.model.columnCount() == 2)
    assert screen.table.model() is screen.model
    assert screen.model.roster is not None and screen.model.roster.day == date(2026, 12, 7)
    assert [t.name for t in screen.model.roster.tables] == ["A1", "牡丹"]
    assert screen.tables_action.isVisible() and not screen.roster_action.isVisible()
    assert not screen.rooms_action.isVisible()
    screen.table.setCurrentIndex(screen.model.index(0, 0))
    assert "free" in screen.selected_label.text()  # the new selection model is followed

    store.type_combo.setCurrentIndex(store.type_combo.findData(BusinessType.BEAUTY))
    store.save()
    qtbot.waitUntil(lambda: isinstance(screen.model, DayBookModel))
    qtbot.waitUntil(lambda: screen.model.columnCount() == 2)
    assert [s.name for s in screen.model.roster.staff] == ["Tony", "小美"]  # type: ignore[union-attr]
    assert screen.roster_action.isVisible() and screen.rooms_action.isVisible()
