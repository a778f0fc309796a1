"""A screen that a later version builds: says so plainly, and what it will do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from storecrm.gui.widgets import title_label


class PlaceholderScreen(QWidget):
    def __init__(self, title: str, coming: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(title_label(title))
        frame = QFrame()
        frame.setObjectName("Placeholder")
        inner = QVBoxLayout(frame)
        self.text = QLabel(coming)
        self.text.setObjectName("PlaceholderText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(self.text)
        layout.addWidget(frame, 1)
