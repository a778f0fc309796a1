"""The membership dialogs' common parts: ``MoneyEdit`` (yuan typed, fen read), a label
whose mnemonic goes to a widget inside a row, and ``_FormDialog`` (a form with OK /
Cancel and a red message that marks its field; the promotions forms use it too)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Slot
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from storecrm import messages
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.gui.format import parse_yuan, yuan_text
from storecrm.gui.look import set_property
from storecrm.gui.widgets import SavingForm, error_label, ok_cancel_buttons, show_error


class MoneyEdit(QLineEdit):
    """Yuan typed as text (88 or 88.50) and read back as integer fen; never a float."""

    def __init__(self, placeholder: str = "") -> None:
        super().__init__()
        pattern = QRegularExpression(r"\d{0,8}(\.\d{0,2})?")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setPlaceholderText(placeholder or "0.00")
        self.setMaximumWidth(200)

    def fen(self) -> int | None:
        """The amount in fen, None when nothing is typed."""
        return parse_yuan(self.text())

    def set_fen(self, fen: int | None) -> None:
        if fen is None:
            self.clear()
            return
        self.setText(str(fen // 100) if fen % 100 == 0 else yuan_text(fen))  # 500, 19.90


def buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic (Alt+letter) goes to ``widget`` inside a row layout."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class _FormDialog(QDialog, SavingForm):
    """A small form with OK / Cancel and a red message under it; errors mark their field."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout(self)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.fields: dict[str, QWidget] = {}
        self.error = error_label()
        self._marked: QWidget | None = None

    def finish(self) -> None:
        """Add the message and the buttons under the fields (call after the fields)."""
        self.form.addRow(self.error)
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, self.submit, self.tr("&Save"), self.tr("Save (Ctrl+S)")
        )
        self.form.addRow(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.submit)

    def fail(self, exc: StoreCRMError) -> None:
        show_error(self.error, messages.error_text(exc))
        if self._marked is not None:
            set_property(self._marked, "error", False)
        widget = self.fields.get(exc.field) if isinstance(exc, ValidationError) else None
        self._marked = widget
        if widget is not None:
            set_property(widget, "error", True)
            widget.setFocus()

    @Slot()
    def submit(self) -> None:  # pragma: no cover - every dialog has its own
        raise NotImplementedError
