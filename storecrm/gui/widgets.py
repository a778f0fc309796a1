"""Small shared widgets and helpers for dialogs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QLineEdit, QMessageBox, QWidget

from storecrm import messages
from storecrm.domain.errors import ValidationError
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


def passwords_match(first: QLineEdit, second: QLineEdit, error: QLabel) -> bool:
    """Shows "the two passwords are not the same" under the fields when they differ."""
    if first.text() == second.text():
        return True
    show_error(error, messages.validation_text(ValidationError("password", "passwords_differ")))
    return False


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


def badge(text: str, background: str = "", foreground: str = "") -> QLabel:
    """A pill (QLabel#Badge); tags bring their own colour, categories a tint and a text colour."""
    label = QLabel(text)
    label.setObjectName("Badge")
    # The QSS radius (10 px) is only drawn when the pill is at least twice as tall.
    label.setMinimumHeight(22)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    rules = []
    if background:
        rules.append(f"background-color: {background};")
    if foreground:
        rules.append(f"color: {foreground};")
    if rules:
        label.setStyleSheet("QLabel#Badge { " + " ".join(rules) + " }")
    return label


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto the next line (tag pills)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def clear(self) -> None:
        while self._items:
            item = self._items.pop()
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()
