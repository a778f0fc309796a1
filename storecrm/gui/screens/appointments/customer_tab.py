"""A customer's appointments on their profile (预约): the next ones first, then the past ones,
and how many times they did not come (爽约)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError
from storecrm.gui.bus import store_bus
from storecrm.gui.models import ListTableModel
from storecrm.gui.screens.appointments.model import status_name
from storecrm.services.appointments import book
from storecrm.services.appointments.dto import AppointmentInfo
from storecrm.services.session import StoreContext


class CustomerAppointmentsTab(QWidget):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model: ListTableModel[AppointmentInfo] = ListTableModel(
            [
                (self.tr("When"), lambda a: f"{a.start:%Y-%m-%d %H:%M}–{a.end:%H:%M}"),
                (self.tr("Services"), lambda a: "、".join(s.name for s in a.services)),
                (
                    self.tr("Staff"),
                    lambda a: a.staff_name + (self.tr(" (requested)") if a.requested else ""),
                ),
                (
                    self.tr("Status"),
                    lambda a: status_name(a.status) + (f": {a.reason}" if a.reason else ""),
                ),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.customer_id: int | None = None
        store_bus().changed.connect(self._store_changed)

    @Slot(str)
    def _store_changed(self, what: str) -> None:
        if what == "appointments" and self.customer_id is not None:
            self.show_customer(self.customer_id)

    def show_customer(self, customer_id: int) -> None:
        self.customer_id = customer_id
        try:
            seen = self.context.call(book.customer_appointments, customer_id)
        except StoreCRMError as exc:
            self.summary.setText(messages.error_text(exc))
            self.model.set_rows([])
            return
        self.model.set_rows([*seen.upcoming, *seen.past])
        parts = [self.tr("%n to come", "", len(seen.upcoming))]
        parts.append(self.tr("%n no-show(s)", "", seen.no_shows))
        if seen.upcoming:
            first = seen.upcoming[0]
            parts.append(
                self.tr("next: %1").replace("%1", f"{first.start:%m-%d %H:%M} {first.staff_name}")
            )
        self.summary.setText("  ·  ".join(parts))
