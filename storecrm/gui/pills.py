"""Small rounded labels (tags in their colour, the customer category) drawn once into a pixmap
and reused, so a table shows them through the standard delegate with no painting per cell."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QIcon, QPainter, QPixmap

Pill = tuple[str, str, str]  # text, background colour, text colour

GAP = 4
PAD = 7
MAX_WIDTH = 190  # more tags than fit become "+N" after the first
ARCHIVED: tuple[str, str] = ("#F3F4F6", "#9CA3AF")


def _font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(font.pointSizeF() * 0.86)
    return font


def pills_icon(
    pills: tuple[Pill, ...], greyed: bool = False, max_width: int = MAX_WIDTH
) -> QIcon | None:
    """The pills as an icon for a table cell at most ``max_width`` wide; tags that do not fit
    are counted in a last "+N" pill. The same image when the row is selected (Qt would tint)."""
    if not pills:
        return None
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    return _icon(pills, greyed, max(24, max_width), float(ratio))


@lru_cache(maxsize=2048)
def _icon(pills: tuple[Pill, ...], greyed: bool, max_width: int, ratio: float) -> QIcon:
    pixmap = _render(pills, greyed, max_width, ratio)
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)
    return icon


def layout(
    pills: tuple[Pill, ...], max_width: int, metrics: QFontMetrics | None = None
) -> list[tuple[str, str, str, int]]:
    """The pills drawn in ``max_width``: (text, background, text colour, width) each. The first
    is always shown (its name elided to fit, to one character at least); the tags that do not
    fit after it are counted in a last "+N"."""
    metrics = metrics or QFontMetrics(_font())
    shown: list[tuple[str, str, str, int]] = []
    used = 0
    for position, (text, background, foreground) in enumerate(pills):
        width = metrics.horizontalAdvance(text) + 2 * PAD
        rest = len(pills) - position - 1
        more = metrics.horizontalAdvance(f"+{rest}") + 2 * PAD + GAP if rest else 0
        if shown and used + width + more > max_width:
            label = f"+{len(pills) - position}"
            shown.append((label, "#E5E7EB", "#374151", metrics.horizontalAdvance(label) + 2 * PAD))
            used += shown[-1][3] + GAP
            break
        if not shown and width + more > max_width:
            room = max(0, max_width - more - 2 * PAD)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            if len(elided.rstrip("…")) == 0 and len(text) > 1:
                elided = text[0] + "…"  # too narrow for more: the first character, all the same
            text = elided
            width = metrics.horizontalAdvance(text) + 2 * PAD
        shown.append((text, background, foreground, width))
        used += width + GAP
    return shown


def _render(pills: tuple[Pill, ...], greyed: bool, max_width: int, ratio: float) -> QPixmap:
    font = _font()
    metrics = QFontMetrics(font)
    height = metrics.height() + 4
    shown = layout(pills, max_width, metrics)
    used = sum(width + GAP for *_rest, width in shown)
    total = max(1, used - GAP)
    pixmap = QPixmap(int(total * ratio), int(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    x = 0
    for text, background, foreground, width in shown:
        if greyed:
            background, foreground = ARCHIVED
        rect = QRectF(x, 0, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        x += width + GAP
    painter.end()
    return pixmap
