"""The report's tiles (a figure with its change on the period before) and chart cards, and money
as a short axis label."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from storecrm.reports.report_labels import (
    Labels,
)

UP = "#047857"
DOWN = "#B91C1C"


# -- numbers as text (count_text, percent_text, change_text: reports/report_labels.py) ---------
def axis_money(text: Labels) -> Callable[[int], str]:
    """Fen as a short axis label: ¥25k / ¥25万 (the unit is the language's)."""
    try:
        unit = max(int(text("axis.unit")), 1) * 100
    except ValueError:
        unit = 100_000
    suffix = text("axis.unit_suffix")

    def fmt(fen: int) -> str:  # integers only: money never passes through a float
        sign = "-" if fen < 0 else ""
        fen = abs(fen)
        if fen < 10 * unit:
            return f"{sign}¥{fen // 100:,}"
        tenths = (fen * 10 + unit // 2) // unit  # rounded half up to a tenth of the unit
        whole, tenth = divmod(tenths, 10)
        return f"{sign}¥{whole:,}{suffix}" if not tenth else f"{sign}¥{whole:,}.{tenth}{suffix}"

    return fmt


# -- the tiles ---------------------------------------------------------------------------------
class ClickableCard(QFrame):
    """A card that opens a table when clicked (or Enter)."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class KpiTile(ClickableCard):
    """One key figure with its change; a click (or Enter) opens the table behind it."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("kpi", True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(2)
        self.label = QLabel(label)
        self.label.setObjectName("PageSubtitle")
        self.value = QLabel("—")
        self.value.setObjectName("KpiValue")
        self.value.setStyleSheet("QLabel#KpiValue { font-size: 15pt; font-weight: 600; }")
        self.change = QLabel("")
        self.change.setObjectName("KpiChange")
        for widget in (self.label, self.value, self.change):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            column.addWidget(widget)
        self.setAccessibleName(label)

    def show_figure(self, value: str, change: str, colour: str, tip: str = "") -> None:
        self.value.setText(value)
        self.change.setText(change)
        self.change.setStyleSheet(f"QLabel#KpiChange {{ color: {colour}; }}")
        self.setToolTip(tip)


def chart_card(chart: QWidget) -> QFrame:
    card = QFrame()
    card.setObjectName("Card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(14, 12, 14, 12)
    layout.addWidget(chart)
    return card
