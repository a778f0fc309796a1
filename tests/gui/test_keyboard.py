"""The keyboard at the counter: which control has the keys when a screen opens, that one can
see it, and Alt+letters that go where their underline says.

(Duplicate Alt+letters and '&' shown as such are checked for every window and dialog by
``window_cases.py``; here are the cases a person reported.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from storecrm.gui.app import create_application
from storecrm.gui.main_window import NAV_KEYS, MainWindow
from storecrm.gui.preferences import Preferences
from storecrm.gui.screens.sales_screen import SalesScreen
from storecrm.services.session import StoreContext

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot: QtBot, owner: StoreContext) -> Iterator[MainWindow]:
    create_application("zh_CN")
    main = MainWindow(owner, Preferences())
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    yield main
    main.sign_out()  # no backup on closing


def _picture(widget: QWidget, area: QRect) -> QImage:
    QApplication.processEvents()
    return widget.grab(area).toImage()


def test_every_screen_has_the_keys_when_it_is_chosen(qtbot: QtBot, window: MainWindow) -> None:
    customers = window.screens["customers"]
    assert customers.isAncestorOf(QApplication.focusWidget())  # the program opens ready to search
    for position, key in enumerate(NAV_KEYS):
        # Ctrl+1 … Ctrl+9, and Ctrl+0 for the tenth screen
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + (position + 1) % 10), CTRL)
        focus = QApplication.focusWidget()
        assert window.current_screen_key() == key
        assert focus is not None and window.screens[key].isAncestorOf(focus), (key, focus)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    sales = window.screens["sales"]
    assert isinstance(sales, SalesScreen) and QApplication.focusWidget() is sales.table


def test_the_navigation_keeps_the_keys_and_shows_it_has_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    nav = window.nav
    area = nav.visualItemRect(nav.item(0)).adjusted(-3, -3, 3, 3)
    without = _picture(nav.viewport(), area)
    nav.setFocus(Qt.FocusReason.BacktabFocusReason)  # Shift+Tab into the navigation
    assert nav.hasFocus()
    with_focus = _picture(nav.viewport(), area)
    assert with_focus != without  # a ring round the current entry
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert window.current_screen_key() == "sales" and nav.hasFocus()  # Down, Down… stays here
    qtbot.keyClick(nav, Qt.Key.Key_Return)  # Enter: into the screen
    sales = window.screens["sales"]
    assert isinstance(sales, SalesScreen) and QApplication.focusWidget() is sales.table


def test_a_list_shows_it_has_the_keys(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    sales = window.screens["sales"]
    assert isinstance(sales, SalesScreen)
    table = sales.table
    area = QRect(0, 0, table.width(), 4)  # the frame's top edge
    with_focus = _picture(table, area)
    sales.period_combo.setFocus()
    without = _picture(table, area)
    assert with_focus != without


def test_alt_n_in_the_wizard_goes_to_the_next_page(qtbot: QtBot) -> None:
    from storecrm.gui.wizard import StoreWizard

    create_application("zh_CN")
    wizard = StoreWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    wizard.next()
    page = wizard.store_page
    assert wizard.currentPage() is page
    page.name_edit.insert("悦容美发")
    # A mnemonic "animates" the click: the button is pressed a moment after the key.
    qtbot.keyClick(wizard, Qt.Key.Key_N, ALT)  # 下一步(N), not 门店名称
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.owner_page)
    wizard.back()
    qtbot.keyClick(wizard, Qt.Key.Key_B, ALT)  # 上一步(B), not 行业类型 or 浏览
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.welcome_page)
