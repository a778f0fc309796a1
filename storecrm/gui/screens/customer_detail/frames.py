"""The customer panel's frames: a card (the rounded frame of the header and the figures), a
figure with its caption under it, and a scroll area that lets its page's colour show through."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def card_frame() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    return frame, layout


class Stat(QWidget):
    """A figure with its caption underneath (balance, points, …)."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.value = QLabel()
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setObjectName("PageSubtitle")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


def transparent(scroll: QScrollArea, inner: QWidget) -> None:
    """Let the card or tab behind a scroll area show through (QScrollArea fills its page)."""
    scroll.viewport().setAutoFillBackground(False)
    inner.setAutoFillBackground(False)
