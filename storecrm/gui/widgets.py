"""Small shared widgets and helpers for dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from storecrm import messages
from storecrm.gui.look import set_property


def error_label() -> QLabel:
    """A red message shown next to the field it is about; hidden while empty."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_property(label, "error", True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def error_box(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    QMessageBox.warning(parent, title or "StoreCRM", messages.error_text(exc))


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("PageTitle")
    return label


def subtitle_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("PageSubtitle")
    label.setWordWrap(True)
    return label


def narrow(inner: QWidget, max_width: int = 640) -> QWidget:
    """Keep a form at a readable width on a wide window, aligned to the left."""
    from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

    inner.setMaximumWidth(max_width)
    outer = QWidget()
    column = QVBoxLayout(outer)
    row = QHBoxLayout()
    row.addWidget(inner)
    row.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    return outer
