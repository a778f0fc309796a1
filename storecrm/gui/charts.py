"""Small charts painted with QPainter for the reports dashboard: bars over time, a ring of
shares, horizontal bars. (QtCharts would add ~200 MB of PySide6-Addons to the installer.)

Each chart is a focusable widget with a title; a click, Enter or Space emits ``clicked`` (the
dashboard opens the table behind it), and hovering a bar or a slice shows its figure. Values
are integers (fen, counts); a formatter turns them into text.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

Formatter = Callable[[int], str]

TEAL = QColor("#0F766E")
TEAL_PALE = QColor("#99C8C4")
TEXT = QColor("#111827")
MUTED = QColor("#6B7280")
GRID = QColor("#E5E7EB")
FOCUS = QColor("#2DD4BF")
PALETTE = [
    QColor(c)
    for c in (
        "#0F766E", "#2563EB", "#D97706", "#7C3AED", "#DB2777", "#059669", "#DC2626",
        "#0891B2", "#65A30D", "#9CA3AF",
    )
]  # fmt: skip


def nice_ceiling(value: int) -> int:
    """The axis top: 1, 2, 2.5 or 5 times a power of ten, at least ``value``."""
    if value <= 0:
        return 1
    power: int = 10 ** max(len(str(value)) - 1, 0)
    for step in (1, 2, 2.5, 5, 10):
        top = int(step * power)
        if top >= value:
            return top
    return 10 * power


def plain(value: int) -> str:
    return f"{value:,}"


class Chart(QWidget):
    """A titled chart that opens its details when clicked."""

    clicked = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.empty_text = ""  # drawn instead of the chart when it has no data
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(360, 220)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            tip = self.tip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tip_at(self, point: QPointF) -> str:
        return ""

    # painting helpers
    def _begin(self) -> tuple[QPainter, QRectF]:
        """A painter, the title drawn; returns the area left for the chart."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        title_font = QFont(font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(TEXT)
        metrics = QFontMetricsF(title_font)
        painter.drawText(QRectF(0, 0, self.width(), metrics.height() + 2), self.title)
        painter.setFont(font)
        if self.hasFocus():
            painter.setPen(QPen(FOCUS, 1.5))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.75, 0.75, -0.75, -0.75), 4, 4)
        top = metrics.height() + 8
        return painter, QRectF(0, top, self.width(), self.height() - top)

    def _empty(self, painter: QPainter, area: QRectF, text: str) -> None:
        painter.setPen(MUTED)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)


class BarChart(Chart):
    """Bars over time (days, weeks, months), with the previous period as a pale line."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.labels: list[str] = []
        self.values: list[int] = []
        self.previous: list[int] | None = None
        self.fmt: Formatter = plain
        self.axis_fmt: Formatter = plain
        self._bars: list[QRectF] = []
        self.previous_name = ""

    def set_data(
        self,
        labels: Sequence[str],
        values: Sequence[int],
        previous: Sequence[int] | None = None,
        *,
        fmt: Formatter = plain,
        axis_fmt: Formatter | None = None,
        previous_name: str = "",
    ) -> None:
        self.labels, self.values = list(labels), list(values)
        self.previous = list(previous) if previous is not None and any(previous) else None
        self.fmt, self.axis_fmt = fmt, axis_fmt or fmt
        self.previous_name = previous_name
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter, area = self._begin()
        self._bars = []
        if not self.values or not any(self.values) and not self.previous:
            self._empty(painter, area, self.empty_text)
            painter.end()
            return
        metrics = QFontMetricsF(painter.font())
        top = nice_ceiling(max([*self.values, *(self.previous or []), 1]))
        ticks = 4
        axis_width = max(metrics.horizontalAdvance(self.axis_fmt(top * i // ticks))
                         for i in range(ticks + 1)) + 8  # fmt: skip
        plot = QRectF(
            area.left() + axis_width,
            area.top() + 4,
            area.width() - axis_width - 4,
            area.height() - metrics.height() - 10,
        )
        # grid and value axis
        for i in range(ticks + 1):
            y = plot.bottom() - plot.height() * i / ticks
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(area.left(), y - metrics.height() / 2, axis_width - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.axis_fmt(top * i // ticks),
            )
        n = len(self.values)
        slot = plot.width() / n
        bar = max(1.0, slot * (0.7 if n <= 40 else 0.85))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TEAL)
        for i, value in enumerate(self.values):
            height = plot.height() * max(value, 0) / top
            rect = QRectF(
                plot.left() + i * slot + (slot - bar) / 2, plot.bottom() - height, bar, height
            )
            painter.drawRect(rect)
            self._bars.append(QRectF(plot.left() + i * slot, plot.top(), slot, plot.height()))
        if self.previous is not None and self.previous_name:
            # what the pale line is, at the top right
            width = metrics.horizontalAdvance(self.previous_name)
            y = metrics.height() / 2 + 1
            painter.setPen(QPen(TEAL_PALE, 2))
            painter.drawLine(
                QPointF(area.right() - width - 26, y), QPointF(area.right() - width - 8, y)
            )
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(area.right() - width - 4, 0, width + 4, metrics.height() + 2),
                Qt.AlignmentFlag.AlignVCenter,
                self.previous_name,
            )
        if self.previous is not None:
            pen = QPen(TEAL_PALE, 2)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            points = [
                QPointF(
                    plot.left() + (i + 0.5) * slot,
                    plot.bottom() - plot.height() * max(v, 0) / top,
                )
                for i, v in enumerate(self.previous[:n])
            ]
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)
        # category labels: as many as fit without touching
        painter.setPen(MUTED)
        widest = max((metrics.horizontalAdvance(label) for label in self.labels), default=0)
        every = max(1, math.ceil((widest + 10) / slot))
        for i, label in enumerate(self.labels):
            if i % every:
                continue
            centre = plot.left() + (i + 0.5) * slot
            painter.drawText(
                QRectF(centre - widest / 2 - 5, plot.bottom() + 4, widest + 10, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        painter.end()

    def tip_at(self, point: QPointF) -> str:
        for i, rect in enumerate(self._bars):
            if rect.contains(point):
                text = f"{self.labels[i]}: {self.fmt(self.values[i])}"
                if self.previous is not None and i < len(self.previous):
                    text += f"\n{self.previous_name}: {self.fmt(self.previous[i])}"
                return text
        return ""


class DonutChart(Chart):
    """Shares of a whole as a ring, with a legend of names and percentages."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.parts: list[tuple[str, int]] = []
        self.fmt: Formatter = plain
        self.centre_text = ""
        self._ring = QRectF()

    def set_data(
        self, parts: Sequence[tuple[str, int]], *, fmt: Formatter = plain, centre: str = ""
    ) -> None:
        self.parts = [(name, value) for name, value in parts if value > 0]
        self.fmt = fmt
        self.centre_text = centre
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter, area = self._begin()
        whole = sum(v for _n, v in self.parts)
        if whole <= 0:
            self._empty(painter, area, self.empty_text)
            painter.end()
            return
        metrics = QFontMetricsF(painter.font())
        size = min(area.height() - 8, area.width() * 0.45)
        ring = QRectF(area.left() + 6, area.top() + (area.height() - size) / 2, size, size)
        self._ring = ring
        thickness = size * 0.22
        angle = 90 * 16
        for i, (_name, value) in enumerate(self.parts):
            span = -round(value * 360 * 16 / whole)
            pen = QPen(PALETTE[i % len(PALETTE)], thickness)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            inner = ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
            painter.drawArc(inner, angle, span)
            angle += span
        if self.centre_text:
            painter.setPen(TEXT)
            painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, self.centre_text)
        # the legend
        x = ring.right() + 14
        line = metrics.height() + 4
        shown = int((area.height()) // line)
        y = area.top() + max(0.0, (area.height() - line * min(len(self.parts), shown)) / 2)
        for i, (name, value) in enumerate(self.parts[:shown]):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PALETTE[i % len(PALETTE)])
            painter.drawRoundedRect(QRectF(x, y + line / 2 - 5, 10, 10), 2, 2)
            share = f"{value * 1000 // whole / 10:.1f}%"
            painter.setPen(TEXT)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, area.right() - x - 70)
            painter.drawText(QRectF(x + 16, y, area.right() - x - 16, line),
                             Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
            painter.setPen(MUTED)
            painter.drawText(QRectF(x + 16, y, area.right() - x - 20, line),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             share)  # fmt: skip
            y += line
        painter.end()

    def tip_at(self, point: QPointF) -> str:
        whole = sum(v for _n, v in self.parts)
        centre = self._ring.center()
        dx, dy = point.x() - centre.x(), centre.y() - point.y()
        radius = self._ring.width() / 2
        if whole <= 0 or not radius or math.hypot(dx, dy) > radius:
            return ""
        # clockwise from 12 o'clock, as the ring is drawn
        turn = (math.degrees(math.atan2(dx, dy)) + 360) % 360
        acc = 0.0
        for name, value in self.parts:
            acc += value * 360 / whole
            if turn <= acc:
                return f"{name}: {self.fmt(value)}"
        return ""


class HBarChart(Chart):
    """One horizontal bar per row (staff, segments), the figure written at its end."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.rows: list[tuple[str, int]] = []
        self.fmt: Formatter = plain
        self._bars: list[tuple[QRectF, int]] = []

    def set_data(self, rows: Sequence[tuple[str, int]], *, fmt: Formatter = plain) -> None:
        self.rows = list(rows)
        self.fmt = fmt
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter, area = self._begin()
        self._bars = []
        if not self.rows or not any(v for _n, v in self.rows):
            self._empty(painter, area, self.empty_text)
            painter.end()
            return
        metrics = QFontMetricsF(painter.font())
        line = max(metrics.height() + 6, min(30.0, area.height() / len(self.rows)))
        shown = self.rows[: max(1, int(area.height() // line))]
        name_width = min(
            max(metrics.horizontalAdvance(n) for n, _v in shown) + 10, area.width() * 0.4
        )
        value_width = max(metrics.horizontalAdvance(self.fmt(v)) for _n, v in shown) + 10
        top = max(max(v for _n, v in shown), 1)
        span = area.width() - name_width - value_width
        y = area.top()
        for i, (name, value) in enumerate(shown):
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(area.left(), y, name_width - 8, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_width - 8),
            )
            width = span * max(value, 0) / top
            bar = QRectF(area.left() + name_width, y + line * 0.2, max(width, 1.0), line * 0.6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TEAL)
            painter.drawRoundedRect(bar, 2, 2)
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(bar.right() + 6, y, value_width, line),
                Qt.AlignmentFlag.AlignVCenter,
                self.fmt(value),
            )
            self._bars.append((QRectF(area.left(), y, area.width(), line), i))
            y += line
        painter.end()

    def tip_at(self, point: QPointF) -> str:
        for rect, i in self._bars:
            if rect.contains(point):
                name, value = self.rows[i]
                return f"{name}: {self.fmt(value)}"
        return ""
