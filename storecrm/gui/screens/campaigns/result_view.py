"""One campaign's result: its figures in a grid (the same pairs as the PDF) and the verdict in
words, in the accent colour when the campaign brought in more."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from storecrm.domain.promotions.campaign import VerdictKind
from storecrm.gui.look import set_property
from storecrm.gui.widgets import subtitle_label
from storecrm.reports.campaign_labels import Labels, figure_rows
from storecrm.services.campaigns.results import CampaignResult

COLUMNS = 3  # pairs of label and value per row


class CampaignResultView(QFrame):
    def __init__(self, labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CampaignResult")
        self.words = Labels(labels)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.heading = QLabel()
        self.heading.setObjectName("SectionTitle")
        self.period = subtitle_label("")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        self.verdict = QLabel()
        self.verdict.setObjectName("CampaignVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        layout.addWidget(self.period)
        layout.addLayout(self.grid)
        layout.addWidget(self.verdict)
        self.show_result(None)

    def show_result(self, result: CampaignResult | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # off the view at once: deleteLater waits for the loop
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.values.clear()
        if result is None:
            self.heading.setText(self.words("title"))
            self.period.setText("")
            self.verdict.setText(self.tr("Choose a campaign to see what it earned."))
            set_property(self.verdict, "good", False)
            return
        t = self.words
        self.heading.setText(f"{result.name} · {t.status(result)}")
        period = t("period", result.starts_on.isoformat(), result.ends_on.isoformat())
        if result.measured_to is not None:
            period += " · " + t("measured_to", result.measured_to.isoformat())
        self.period.setText(period)
        for i, (label, value) in enumerate(figure_rows(result, t)):
            row, col = divmod(i, COLUMNS)
            name = QLabel(label)
            name.setObjectName("FigureName")
            shown = QLabel(value)
            shown.setObjectName("FigureValue")
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(name, row, col * 2)
            self.grid.addWidget(shown, row, col * 2 + 1)
            self.values[label] = shown
        self.verdict.setText(t.verdict(result))
        set_property(self.verdict, "good", result.effect.kind is VerdictKind.MORE)


__all__ = ["CampaignResultView"]
