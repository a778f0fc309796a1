"""Bringing customers in from an old system (import wizard) and taking the list out (export).

Both read or write whole files and run on a worker thread: the import shows a progress bar
with a Cancel button; nothing is saved unless the whole import succeeds.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.customer_import import IMPORT_FIELDS, RowProblem
from storecrm.domain.errors import PermissionDenied
from storecrm.domain.roles import Permission
from storecrm.gui.file_dialogs import Purpose, open_file, save_file
from storecrm.gui.look import icon, set_property
from storecrm.gui.models import ListTableModel
from storecrm.gui.tasks import run_in_background
from storecrm.gui.widgets import error_label, show_error, subtitle_label, title_label
from storecrm.services import customer_export, customer_import, customer_list
from storecrm.services.customer_import import ImportPreview, ImportReport, PreviewRow
from storecrm.services.customers import CustomerFilter
from storecrm.services.session import StoreContext


class ImportDialog(QDialog):
    """File → columns and preview (with every problem) → import with progress → report."""

    imported = Signal(object)  # ImportReport, after a saved import

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(1000, 680)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)

        # 1. file
        first = QWidget()
        col = QVBoxLayout(first)
        col.addWidget(title_label(self.tr("Import customers from Excel or CSV")))
        col.addWidget(
            subtitle_label(
                self.tr(
                    "Export the customer list from your old system as .xlsx or .csv (UTF-8 or "
                    "GBK). Columns such as 姓名, 手机, 性别, 生日, 卡号, 标签, 余额, 积分 and 备注 "
                    "are recognised. You will see every row before anything is saved."
                )
            )
        )
        self.choose_button = QPushButton(icon("import"), self.tr("&Choose file…"))
        set_property(self.choose_button, "primary", True)
        self.choose_button.clicked.connect(self.choose_file)
        col.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.file_error = error_label()
        col.addWidget(self.file_error)
        col.addStretch(1)
        self.pages.addWidget(first)

        # 2. columns, preview and problems
        second = QWidget()
        col = QVBoxLayout(second)
        self.summary = QLabel()
        self.summary.setObjectName("SectionTitle")
        self.summary.setWordWrap(True)
        col.addWidget(self.summary)
        col.addWidget(QLabel(self.tr("Columns (choose what each column holds):")))
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Example"), self.tr("Imported as")]
        )
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns.setMaximumHeight(200)
        col.addWidget(self.columns)
        self.recheck_button = QPushButton(
            icon("refresh"), self.tr("Check &again with these columns")
        )
        self.recheck_button.clicked.connect(self.recheck)
        col.addWidget(self.recheck_button, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(QLabel(self.tr("Rows that cannot be imported (fix them in the file):")))
        self.problem_model: ListTableModel[RowProblem] = ListTableModel(
            [
                (self.tr("Row"), lambda p: p.row_number),
                (self.tr("Column"), lambda p: messages.import_field_name(p.field)),
                (self.tr("Value"), lambda p: p.value),
                (self.tr("Problem"), lambda p: messages.import_problem_text(p)),
            ],
            self,
        )
        self.problems = QTableView()
        self.problems.setModel(self.problem_model)
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        col.addWidget(self.problems, 1)
        col.addWidget(QLabel(self.tr("First rows as they will be imported:")))
        self.preview_model: ListTableModel[PreviewRow] = ListTableModel(
            [
                (self.tr("Row"), lambda r: r.row_number),
                (self.tr("Status"), self._row_status),
                (self.tr("Name"), lambda r: r.customer.draft.name if r.customer else ""),
                (self.tr("Phone"), lambda r: (r.customer.valid.phone or "") if r.customer else ""),
            ],
            self,
        )
        self.preview_rows = QTableView()
        self.preview_rows.setModel(self.preview_model)
        self.preview_rows.verticalHeader().hide()
        self.preview_rows.horizontalHeader().setStretchLastSection(True)
        col.addWidget(self.preview_rows, 1)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Customers already in the store:")))
        self.skip_radio = QRadioButton(self.tr("&Skip them"))
        self.update_radio = QRadioButton(self.tr("&Update them from the file"))
        self.skip_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip_radio)
        group.addButton(self.update_radio)
        options.addWidget(self.skip_radio)
        options.addWidget(self.update_radio)
        options.addStretch(1)
        self.dry_run = QCheckBox(self.tr("&Test run only (save nothing)"))
        options.addWidget(self.dry_run)
        col.addLayout(options)
        self.run_error = error_label()
        col.addWidget(self.run_error)
        self.pages.addWidget(second)

        # 3. report
        third = QWidget()
        col = QVBoxLayout(third)
        col.addWidget(title_label(self.tr("Import finished")))
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.report_label)
        self.report_problems = QTableView()
        self.report_problems.setModel(self.problem_model)
        self.report_problems.verticalHeader().hide()
        self.report_problems.horizontalHeader().setStretchLastSection(True)
        col.addWidget(self.report_problems, 1)
        self.pages.addWidget(third)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        set_property(self.import_button, "primary", True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.run)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.import_button.setVisible(False)
        if not context.actor.can(Permission.IMPORT_DATA):
            self.choose_button.setEnabled(False)
            show_error(self.file_error, messages.error_text(_denied()))

    # -- step 1 -------------------------------------------------------------------------------
    @Slot()
    def choose_file(self) -> None:
        path = open_file(
            self,
            Purpose.CUSTOMER_IMPORT,
            self.tr("Choose the customer file"),
            self.tr("Customer lists (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path, mapping: dict[int, str] | None = None) -> None:
        self.path = path
        self.choose_button.setEnabled(False)
        self.recheck_button.setEnabled(False)
        run_in_background(
            lambda: self.context.call(customer_import.preview_import, path, mapping),
            self,
            self.tr("Reading the file…"),
            self._previewed,
            self._preview_failed,
        )

    def _preview_failed(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self.recheck_button.setEnabled(True)
        target = self.file_error if self.pages.currentIndex() == 0 else self.run_error
        show_error(target, messages.error_text(exc))

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.choose_button.setEnabled(True)
        self.recheck_button.setEnabled(True)
        show_error(self.run_error, "")
        self.summary.setText(
            self.tr("%1: %2 — %3, %4, %5.")
            .replace("%1", Path(preview.path).name)
            .replace("%2", self.tr("%n row(s) read", "", preview.rows_read))
            .replace("%3", self.tr("%n new customer(s)", "", preview.new_rows))
            .replace("%4", self.tr("%n already in the store", "", len(preview.duplicates)))
            .replace("%5", self.tr("%n row(s) with problems", "", preview.problem_rows))
        )
        self.columns.setRowCount(len(preview.columns))
        examples: dict[int, list[str]] = {i: [] for i in range(len(preview.columns))}
        for row in preview.rows[:3]:
            for i, text in enumerate(row.texts[: len(preview.columns)]):
                if text:
                    examples[i].append(text)
        for position, column in enumerate(preview.columns):
            self.columns.setItem(position, 0, _item(column.header or f"#{column.index + 1}"))
            self.columns.setItem(position, 1, _item(" / ".join(examples.get(column.index, []))))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for field in IMPORT_FIELDS:
                combo.addItem(messages.import_field_name(field), field)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(column.index, ""))))
            self.columns.setCellWidget(position, 2, combo)
            # Rows as tall as the choice box, or the boxes overlap each other.
            self.columns.setRowHeight(
                position, max(self.columns.rowHeight(position), combo.sizeHint().height())
            )
        self.problem_model.set_rows(list(preview.problems))
        self.preview_model.set_rows(list(preview.rows))
        self.pages.setCurrentIndex(1)
        self.import_button.setVisible(True)
        self.import_button.setEnabled("name" in preview.mapping.values())

    def _row_status(self, row: PreviewRow) -> str:
        if row.problems:
            return self.tr("Problem")
        if row.duplicate is not None:
            return self.tr("Already in the store: %1").replace("%1", row.duplicate.name)
        return self.tr("New")

    def mapping(self) -> dict[int, str]:
        assert self.preview is not None
        chosen = {}
        for row, column in enumerate(self.preview.columns):
            combo = self.columns.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            if combo.currentData():
                chosen[column.index] = str(combo.currentData())
        return chosen

    @Slot()
    def recheck(self) -> None:
        if self.path is not None:
            self.load(self.path, self.mapping())

    # -- step 2 → 3 ---------------------------------------------------------------------------
    @Slot()
    def run(self) -> None:
        if self.path is None or self.preview is None:
            return
        path, mapping = self.path, self.mapping()
        on_duplicate = "update" if self.update_radio.isChecked() else "skip"
        dry_run = self.dry_run.isChecked()
        stop = threading.Event()
        self.import_button.setEnabled(False)

        def work(report: Any) -> ImportReport:
            return self.context.call(
                customer_import.run_import,
                path,
                mapping,
                on_duplicate,  # type: ignore[arg-type]
                dry_run,
                report,
                stop.is_set,
            )

        run_in_background(
            work,
            self,
            self.tr("Importing customers…"),
            self._done,
            self._failed,
            with_progress=True,
            on_cancel=stop.set,
        )

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        show_error(self.run_error, messages.error_text(exc))

    def _done(self, report: ImportReport) -> None:
        self.import_button.setEnabled(True)
        self.report = report
        if report.cancelled:
            text = self.tr("The import was cancelled. Nothing was saved.")
        else:
            # Each count in its own plural form ("1 customer", "2 customers").
            counts = ", ".join(
                (
                    self.tr("%n customer(s) would be created", "", report.created)
                    if report.dry_run
                    else self.tr("%n customer(s) created", "", report.created),
                    self.tr("%n updated", "", report.updated),
                    self.tr("%n skipped as already in the store", "", report.skipped),
                    self.tr("%n row(s) with problems", "", report.problem_rows),
                )
            )
            text = (
                self.tr("Test run: %1. Nothing was saved.")
                if report.dry_run
                else self.tr("%1. Rows with problems were not imported.")
            ).replace("%1", counts)
        if report.warnings:
            text += "\n" + self.tr(
                "%n row(s) carried a balance or points for a customer who already exists; "
                "those balances were not changed.",
                "",
                len(report.warnings),
            )
        self.report_label.setText(text)
        self.problem_model.set_rows(list(report.problems) + list(report.warnings))
        self.pages.setCurrentIndex(2)
        self.import_button.setVisible(False)
        if report.saved:
            self.imported.emit(report)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _denied() -> Exception:
    return PermissionDenied(Permission.IMPORT_DATA.value)


class ExportDialog(QDialog):
    """Export the list as filtered and sorted on screen, optionally with masked phones."""

    def __init__(
        self,
        context: StoreContext,
        flt: CustomerFilter,
        sort: str,
        descending: bool,
        count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.flt, self.sort, self.descending = flt, sort, descending
        self.result_path: Path | None = None
        self.result_rows = 0
        self.setWindowTitle(self.tr("Export customers to Excel"))
        layout = QVBoxLayout(self)
        if count > customer_list.COUNT_AT_MOST:  # the list counts no further
            what = self.tr(
                "More than %Ln customer(s) of the current list, as filtered and sorted.",
                "",
                customer_list.COUNT_AT_MOST,
            )
        else:
            what = self.tr(
                "The %n customer(s) of the current list, as filtered and sorted.", "", count
            )
        layout.addWidget(subtitle_label(what))
        self.mask_check = QCheckBox(self.tr("&Mask phone numbers (138****5678)"))
        self.mask_check.setChecked(True)
        layout.addWidget(self.mask_check)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.choose_and_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    @Slot()
    def choose_and_export(self) -> None:
        path = save_file(
            self,
            Purpose.CUSTOMER_EXPORT,
            self.tr("Save the customer list"),
            "customers.xlsx",
            self.tr("Excel (*.xlsx)"),
            ".xlsx",
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        self.buttons.setEnabled(False)
        flt, sort, desc, mask = self.flt, self.sort, self.descending, self.mask_check.isChecked()
        run_in_background(
            lambda: self.context.call(
                customer_export.export_customers, path, flt, sort, desc, mask
            ),
            self,
            self.tr("Exporting…"),
            self._done,
            self._failed,
        )

    def _done(self, result: customer_export.ExportResult) -> None:
        self.result_path = result.path
        self.result_rows = result.rows
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self.error, messages.error_text(exc))
