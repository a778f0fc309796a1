"""The campaigns screen: every campaign with its figures (reached, redeemed, rate, incremental
revenue, verdict), the selected one's result below, and the buttons to create, launch and
export. The figures are worked out off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError
from storecrm.domain.money import money_text
from storecrm.domain.roles import Permission
from storecrm.gui.campaign_printing import campaign_labels
from storecrm.gui.file_dialogs import Purpose, save_file
from storecrm.gui.look import icon
from storecrm.gui.models import ListTableModel
from storecrm.gui.screens.campaigns.dialog import CampaignDialog
from storecrm.gui.screens.campaigns.lifecycle_dialog import LifecycleDialog
from storecrm.gui.screens.campaigns.result_view import CampaignResultView
from storecrm.gui.screens.placeholder import PlaceholderScreen
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import error_label, show_error, subtitle_label, title_label
from storecrm.reports.campaign_labels import Labels, rate_text
from storecrm.reports.coupon_message import DEFAULT_MESSAGE
from storecrm.services.campaigns import manage, results
from storecrm.services.campaigns.results import CampaignResult
from storecrm.services.promotions import coupons
from storecrm.services.session import StoreContext

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMBER_COLUMNS = {3, 4, 5, 6, 7}


class CampaignModel(ListTableModel[CampaignResult]):
    """One row per campaign; figures right-aligned."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and index.isValid()
            and index.column() in _NUMBER_COLUMNS
        ):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return super().data(index, Qt.ItemDataRole.DisplayRole)  # the verdict cut short
        return super().data(index, role)


def _columns(t: Labels) -> list[tuple[str, Any]]:
    return [
        (t("col.name"), lambda r: r.name),
        (t("col.status"), t.status),
        (t("col.period"), lambda r: f"{r.starts_on:%m-%d} – {r.ends_on:%m-%d}"),
        (t("col.target"), lambda r: f"{r.effect.target_size:,}"),
        (t("col.reached"), lambda r: f"{r.reached:,}"),
        (t("col.redeemed"), lambda r: f"{r.redeemed:,}"),
        (t("col.rate"), rate_text),
        (t("col.incremental"), lambda r: money_text(r.effect.incremental)),
        (t("col.verdict"), t.verdict),
    ]


class CampaignsScreen(QWidget):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.labels = campaign_labels()
        self.words = Labels(self.labels)
        self.report: results.CampaignReport | None = None
        self._task: Task | None = None
        self._launch_task: Task | None = None
        self._generation = 0
        may_manage = context.actor.can(Permission.MANAGE_CAMPAIGNS)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        top = QHBoxLayout()
        top.addWidget(title_label(self.tr("Campaigns")))
        top.addStretch(1)
        self.new_button = QPushButton(icon("add"), self.tr("&New campaign…"))
        self.launch_button = QPushButton(icon("ticket"), self.tr("&Launch…"))
        self.lifecycle_button = QPushButton(icon("gift"), self.tr("Lifecycle &offers…"))
        self.lifecycle_button.setToolTip(
            self.tr("Welcome, birthday, win-back and referral coupons given automatically")
        )
        self.messages_button = QPushButton(icon("phone"), self.tr("Export &messages…"))
        self.messages_button.setToolTip(
            self.tr("The target group's coupons with the campaign's message, for an SMS platform")
        )
        self.xlsx_button = QPushButton(icon("export"), self.tr("Export E&xcel…"))
        self.pdf_button = QPushButton(icon("print"), self.tr("Export P&DF…"))
        for button in (
            self.new_button,
            self.launch_button,
            self.lifecycle_button,
            self.messages_button,
        ):
            button.setVisible(may_manage)
        top.addWidget(self.lifecycle_button)
        top.addWidget(self.new_button)
        top.addWidget(self.launch_button)
        layout.addLayout(top)
        # the exports under the list: five buttons beside the title do not fit 1024 px
        exports = QHBoxLayout()
        exports.addWidget(self.messages_button)
        exports.addStretch(1)
        exports.addWidget(self.xlsx_button)
        exports.addWidget(self.pdf_button)
        layout.addWidget(
            subtitle_label(
                self.tr(
                    "Each campaign keeps a random holdout group that gets nothing; what the "
                    "target group spends beyond it is what the campaign earned."
                )
            )
        )
        self.model = CampaignModel(_columns(self.words), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.result_view = CampaignResultView(self.labels)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.result_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        layout.addLayout(exports)
        self.status = subtitle_label("")
        layout.addWidget(self.status)
        self.error = error_label()
        layout.addWidget(self.error)

        self.new_button.clicked.connect(self.new_campaign)
        self.launch_button.clicked.connect(self.launch_selected)
        self.lifecycle_button.clicked.connect(self.lifecycle_offers)
        self.messages_button.clicked.connect(lambda: self.export_messages())
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self._update_buttons()
        self.refresh()

    # -- loading ------------------------------------------------------------------------------
    @Slot()
    def refresh(self, select_id: int | None = None) -> None:
        self._generation += 1
        generation = self._generation
        context = self.context

        def work() -> tuple[int, results.CampaignReport]:
            return generation, context.call(results.campaign_report)

        def arrived(result: tuple[int, results.CampaignReport]) -> None:
            if result[0] == self._generation:
                self._show(result[1], select_id)

        self._task = run_in_background(work, self, self.tr("Adding up…"), arrived, self._failed)

    def _show(self, report: results.CampaignReport, select_id: int | None) -> None:
        current = self.selected()
        keep = select_id if select_id is not None else (current.campaign_id if current else None)
        self.report = report
        self.model.set_rows(report.results)
        row = next(
            (i for i, r in enumerate(report.results) if r.campaign_id == keep),
            0 if report.results else -1,
        )
        if row >= 0:
            self.table.selectRow(row)
        self._selected()
        if not report.results:
            self.status.setText(self.words("no_data"))
        show_error(self.error, "")

    def _failed(self, exc: BaseException) -> None:
        show_error(self.error, messages.error_text(exc))

    def selected(self) -> CampaignResult | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None

    def _selected(self) -> None:
        self.result_view.show_result(self.selected())
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.launch_button.setEnabled(chosen is not None and chosen.status == "draft")
        self.messages_button.setEnabled(  # the coupons' codes go with the messages
            chosen is not None and chosen.reached > 0 and chosen.offer_kind == "coupon"
        )
        has_rows = bool(self.report and self.report.results)
        self.xlsx_button.setEnabled(has_rows)
        self.pdf_button.setEnabled(has_rows)

    # -- actions ------------------------------------------------------------------------------
    @Slot()
    def new_campaign(self) -> CampaignDialog:
        dialog = CampaignDialog(self.context, self)
        dialog.accepted.connect(lambda: self.refresh(dialog.campaign_id))
        dialog.open()
        return dialog

    @Slot()
    def lifecycle_offers(self) -> LifecycleDialog | None:
        try:
            dialog = LifecycleDialog(self.context, self)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return None
        dialog.accepted.connect(lambda: self.refresh())
        dialog.open()
        return dialog

    @Slot()
    def launch_selected(self, confirm: bool = True) -> bool:
        chosen = self.selected()
        if chosen is None or chosen.status != "draft":
            return False
        if confirm:
            question = (
                self.tr(
                    "Launch “%1” now? Its customers are chosen today, the holdout is drawn and "
                    "the target group gets the promotion at the till during the campaign. This "
                    "cannot be undone."
                )
                if chosen.offer_kind == "promotion"
                else self.tr(
                    "Launch “%1” now? Its customers are chosen today, the holdout is drawn and "
                    "each customer in the target group is issued the coupon. This cannot be undone."
                )
            )
            answer = QMessageBox.question(
                self, self.tr("Launch the campaign"), question.replace("%1", chosen.name)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        # thousands of coupons may be issued: off the GUI thread, with a progress dialog
        context, campaign_id = self.context, chosen.campaign_id

        def work() -> manage.LaunchOutcome:
            return context.call(manage.launch_campaign, campaign_id)

        self.launch_button.setEnabled(False)
        self._launch_task = run_in_background(
            work, self, self.tr("Launching the campaign…"), self._launched, self._failed
        )
        return True

    def _launched(self, outcome: manage.LaunchOutcome) -> None:
        first = (
            self.tr("%n coupon(s) issued", "", outcome.coupons_issued)
            if outcome.coupons_issued
            else self.tr("%n customer(s) in the target group", "", outcome.target)
        )
        self.status.setText(first + " · " + self.tr("%n customer(s) held out", "", outcome.holdout))
        self.refresh(outcome.campaign_id)

    def export(self, fmt: str, path: Path | None = None) -> Path | None:
        """Write the results where the user chooses (``path`` given: there, for tests)."""
        if self.report is None:
            return None
        if path is None:
            suffix = ".pdf" if fmt == "pdf" else ".xlsx"
            chosen = save_file(
                self,
                Purpose.REPORT,
                self.tr("Export the campaign results"),
                f"{self.words('title')}{suffix}",
                self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Excel workbook (*.xlsx)"),
                suffix,
            )
            if chosen is None:
                return None
            path = chosen
        try:
            written = self.context.call(
                results.export_campaigns, self.report, path, fmt, self.labels
            )
        except (StoreCRMError, OSError) as exc:
            show_error(self.error, messages.error_text(exc))
            return None
        self.status.setText(self.tr("Written: %1").replace("%1", str(written)))
        return written

    def export_messages(self, path: Path | None = None) -> Path | None:
        """The selected campaign's coupons with its message, as an .xlsx for an SMS platform
        (``path`` given: there, for tests)."""
        chosen = self.selected()
        if chosen is None or not chosen.reached:
            return None
        if path is None:
            picked = save_file(
                self,
                Purpose.REPORT,
                self.tr("Export the campaign's messages"),
                f"{chosen.name}.xlsx",
                self.tr("Excel workbook (*.xlsx)"),
                ".xlsx",
            )
            if picked is None:
                return None
            path = picked
        try:
            ids = self.context.call(manage.target_coupon_ids, chosen.campaign_id)
            store = self.report.store_name if self.report else ""
            exported = self.context.call(
                coupons.export_coupons,
                path,
                ids,
                message=chosen.message or DEFAULT_MESSAGE,
                store_name=store,
            )
        except (StoreCRMError, OSError) as exc:
            show_error(self.error, messages.error_text(exc))
            return None
        text = self.tr("%n message(s) written to %1", "", exported.rows).replace("%1", str(path))
        if exported.skipped_no_consent:
            text += " " + self.tr(
                "%n left out: no consent to marketing messages.", "", exported.skipped_no_consent
            )
        self.status.setText(text)
        return path


def campaigns_screen(context: StoreContext, parent: QWidget | None = None) -> QWidget:
    """The campaigns for the owner and managers; a polite word for anyone else."""
    if context.actor.can(Permission.VIEW_REPORTS):
        return CampaignsScreen(context, parent)
    return PlaceholderScreen(
        QCoreApplication.translate("CampaignsScreen", "Campaigns"),
        QCoreApplication.translate(
            "CampaignsScreen",
            "Campaigns send offers to chosen customers and show what each really earned. They "
            "are for the owner and managers: ask one of them to sign in.",
        ),
        parent,
    )


__all__ = ["CampaignModel", "CampaignsScreen", "campaigns_screen"]
