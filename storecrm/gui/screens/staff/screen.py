"""The Staff screen (员工): performance, payroll, the roster and the commission plan, as tabs.
What a tab shows follows the signed-in role: a cashier gets their own performance only."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from storecrm.domain.roles import Permission
from storecrm.gui.bus import store_bus
from storecrm.gui.screens.staff.dashboard_tab import DashboardTab
from storecrm.gui.screens.staff.statement import StatementDialog
from storecrm.gui.widgets import title_label
from storecrm.services.session import StoreContext


class StaffScreen(QWidget):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        actor = context.actor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.addWidget(title_label(self.tr("Staff")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.dashboard = DashboardTab(context)
        self.dashboard.open_statement.connect(self.open_statement)
        self.tabs.addTab(self.dashboard, self.tr("&Performance"))
        self.payroll = self.roster = self.plan = None
        if actor.can(Permission.VIEW_STAFF_FIGURES):
            from storecrm.gui.screens.staff.payroll_tab import PayrollTab

            self.payroll = PayrollTab(context)
            self.tabs.addTab(self.payroll, self.tr("Pa&yroll"))
        if actor.can(Permission.MANAGE_STAFF):
            from storecrm.gui.screens.staff.roster_tab import RosterTab

            self.roster = RosterTab(context)
            self.tabs.addTab(self.roster, self.tr("&Roster"))
        if actor.can(Permission.MANAGE_COMMISSION) or actor.can(Permission.VIEW_STAFF_FIGURES):
            from storecrm.gui.screens.staff.plan_tab import PlanTab

            self.plan = PlanTab(context)
            self.plan.setEnabled(True)
            self.plan.save_button.setEnabled(actor.can(Permission.MANAGE_COMMISSION))
            self.tabs.addTab(self.plan, self.tr("Commissio&n plan"))
        self.statement: StatementDialog | None = None
        store_bus().changed.connect(self._store_changed)

    @Slot(str)
    def _store_changed(self, what: str) -> None:
        if what in ("sales", "membership"):
            self.dashboard.refresh()
            if self.payroll is not None:
                self.payroll.refresh()

    @Slot(int, str)
    def open_statement(self, staff_id: int, month: str) -> StatementDialog:
        dialog = StatementDialog(self.context, staff_id, month, self)
        self.statement = dialog
        dialog.open()
        return dialog


__all__ = ["StaffScreen"]
