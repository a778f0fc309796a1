"""The payroll (提成工资表): all staff, one row each, for a month (or any months), exported as
an A4 PDF to print and sign, or an Excel workbook for the accountant."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain import clock
from storecrm.domain.errors import StoreCRMError
from storecrm.gui.file_dialogs import Purpose, save_file
from storecrm.gui.look import icon
from storecrm.gui.models import ListTableModel
from storecrm.gui.staff_printing import payroll_labels
from storecrm.gui.widgets import error_label, show_error, subtitle_label
from storecrm.reports.payroll_labels import Labels, table_rows
from storecrm.services.session import StoreContext
from storecrm.services.staff import figures
from storecrm.services.staff.dto import Payroll


def month_end(first: date) -> date:
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


class PayrollModel(ListTableModel[list[str]]):
    """The payroll's rows as the PDF shows them; figures right-aligned."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() > 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


def _column(index: int) -> Callable[[list[str]], str]:
    def cell(row: list[str]) -> str:
        return row[index]

    return cell


class PayrollTab(QWidget):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sheet: Payroll | None = None
        self.labels = payroll_labels()
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.month_edit = QDateEdit()
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        today = clock.now().date()
        last = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
        self.month_edit.setDate(QDate(last.year, last.month, 1))
        self.month_edit.setToolTip(self.tr("The month to pay"))
        self.pdf_button = QPushButton(icon("print"), self.tr("Export P&DF…"))
        self.xlsx_button = QPushButton(icon("export"), self.tr("Export E&xcel…"))
        controls.addWidget(QLabel(self.tr("Month")))
        controls.addWidget(self.month_edit)
        controls.addStretch(1)
        controls.addWidget(self.pdf_button)
        controls.addWidget(self.xlsx_button)
        layout.addLayout(controls)
        self.model: ListTableModel[list[str]] = PayrollModel([], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.note = subtitle_label(Labels(self.labels)("note"))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.status = subtitle_label("")
        layout.addWidget(self.status)
        self.error = error_label()
        layout.addWidget(self.error)
        self.month_edit.dateChanged.connect(lambda _d: self.refresh())
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        # The month is added up when the tab is first shown (showEvent), not when the staff
        # screen is built: its first opening shows the performance tab.

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.sheet is None:
            self.refresh()

    def period(self) -> tuple[date, date]:
        chosen = self.month_edit.date().toPython()
        assert isinstance(chosen, date)
        first = chosen.replace(day=1)
        return first, month_end(first)

    @Slot()
    def refresh(self) -> None:
        start, end = self.period()
        try:
            self.sheet = self.context.call(figures.payroll, start, end)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        header, rows = table_rows(self.sheet, Labels(self.labels))
        self.model = PayrollModel([(name, _column(i)) for i, name in enumerate(header)], self)
        self.model.set_rows(rows)
        self.table.setModel(self.model)
        for column in (2, 3):  # position and grade: on the roster and the PDF, not needed here
            self.table.setColumnHidden(column, True)
        show_error(self.error, "")

    def export(self, fmt: str, path: Path | None = None) -> Path | None:
        """Write the payroll where the user chooses (``path`` given: there, for tests)."""
        if self.sheet is None:
            return None
        if path is None:
            suffix = ".pdf" if fmt == "pdf" else ".xlsx"
            start, _end = self.period()
            suggested = f"{Labels(self.labels)('title')} {start:%Y-%m}{suffix}"
            chosen = save_file(
                self,
                Purpose.PAYROLL,
                self.tr("Export the payroll"),
                suggested,
                self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Excel workbook (*.xlsx)"),
                suffix,
            )
            if chosen is None:
                return None
            path = chosen
        try:
            written = self.context.call(figures.export_payroll, self.sheet, path, fmt, self.labels)
        except (StoreCRMError, OSError) as exc:
            show_error(self.error, messages.error_text(exc))
            return None
        self.status.setText(self.tr("Written: %1").replace("%1", str(written)))
        return written


__all__ = ["PayrollTab"]
