"""``MembershipScreen``: the screen's title and its four tabs (tiers, points and stored
value, session cards, items and services), Ctrl+N to add on the current tab, Ctrl+F to
filter the catalogue."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from storecrm.gui.fit import scrolling
from storecrm.gui.screens.membership_screen.card_plans import CardPlansTab
from storecrm.gui.screens.membership_screen.catalogue_tab import CatalogueTab
from storecrm.gui.screens.membership_screen.rules_tab import RulesTab
from storecrm.gui.screens.membership_screen.tiers import TiersTab
from storecrm.gui.widgets import narrow, title_label
from storecrm.services.session import StoreContext


class MembershipScreen(QWidget):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(title_label(self.tr("Membership")))
        self.tabs = QTabWidget()
        self.tiers_tab = TiersTab(context)
        self.rules_tab = RulesTab(context)
        self.plans_tab = CardPlansTab(context)
        self.catalogue_tab = CatalogueTab(context)
        self.tabs.addTab(self.tiers_tab, self.tr("Tiers"))
        self.tabs.addTab(scrolling(narrow(self.rules_tab, 820)), self.tr("Points && stored value"))
        self.tabs.addTab(self.plans_tab, self.tr("Session cards"))
        self.tabs.addTab(self.catalogue_tab, self.tr("Items && services"))
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_current)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)

    @Slot()
    def add_current(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.tiers_tab:
            self.tiers_tab.add()
        elif page is self.plans_tab:
            self.plans_tab.add()
        elif page is self.catalogue_tab:
            self.catalogue_tab.add()

    @Slot()
    def focus_filter(self) -> None:
        self.tabs.setCurrentWidget(self.catalogue_tab)
        self.catalogue_tab.filter_edit.setFocus()
        self.catalogue_tab.filter_edit.selectAll()
