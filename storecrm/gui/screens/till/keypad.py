"""The on-screen numeric keypad of the touch layout: amounts and quantities without a
keyboard.

Its keys type into the box being edited, as the keyboard would (the same key events, so every
box behaves the same whether typed or tapped): a payment's amount or reference, the member or
item search (a phone's last digits, an amount such as 88). With nothing being edited they go
to the item search. ``×`` makes the number typed there the quantity of the selected line;
``✓`` is Enter. The keys never take the focus away from the box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QPushButton, QWidget

TOUCH = 46  # px: a finger's target (44 at least)

# (label, key, text): what each key types.
KEYS = (
    ("7", Qt.Key.Key_7, "7"),
    ("8", Qt.Key.Key_8, "8"),
    ("9", Qt.Key.Key_9, "9"),
    ("4", Qt.Key.Key_4, "4"),
    ("5", Qt.Key.Key_5, "5"),
    ("6", Qt.Key.Key_6, "6"),
    ("1", Qt.Key.Key_1, "1"),
    ("2", Qt.Key.Key_2, "2"),
    ("3", Qt.Key.Key_3, "3"),
    ("0", Qt.Key.Key_0, "0"),
    ("00", Qt.Key.Key_0, "00"),
    (".", Qt.Key.Key_Period, "."),
)


def tap(target: QWidget, key: Qt.Key, text: str = "") -> None:
    """A key pressed and released on ``target``, as the keyboard would."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


class NumericKeypad(QWidget):
    """0–9, 00 and the point; ⌫ and C; × (quantity) and ✓ (Enter)."""

    quantity = Signal()  # × pressed: the number in the item search becomes the line's qty

    def __init__(
        self, target: Callable[[], QLineEdit | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.target = target
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        for n, (label, key, text) in enumerate(KEYS):
            button = self._button(label)
            button.clicked.connect(lambda _c=False, k=key, t=text: self._type(k, t))
            grid.addWidget(button, n // 3, n % 3)
        back = self._button("⌫")
        back.setToolTip(self.tr("Delete the last character (Backspace)"))
        back.clicked.connect(lambda: self._type(Qt.Key.Key_Backspace, ""))
        clear = self._button("C")
        clear.setToolTip(self.tr("Clear the box"))
        clear.clicked.connect(self._clear)
        times = self._button("×")
        times.setToolTip(self.tr("The number typed becomes the quantity of the selected line"))
        times.clicked.connect(lambda: self.quantity.emit())
        enter = self._button("✓")
        enter.setToolTip(self.tr("Enter"))
        enter.setProperty("primary", True)
        enter.clicked.connect(lambda: self._type(Qt.Key.Key_Return, "\r"))
        for column, button in enumerate((back, clear, times)):
            grid.addWidget(button, column, 3)
        grid.addWidget(enter, 3, 3)

    def _button(self, label: str) -> QPushButton:
        button = QPushButton(label)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setMinimumSize(TOUCH, TOUCH)
        button.setStyleSheet(
            f"QPushButton {{ font-size: 15pt; min-width: {TOUCH - 2}px; "
            f"min-height: {TOUCH - 2}px; padding: 0px; }}"
        )
        self.buttons[label] = button
        return button

    def _type(self, key: Qt.Key, text: str) -> None:
        edit = self.target()
        if edit is None:
            return
        if not edit.hasFocus():
            edit.setFocus()
        for char in list(text) or [""]:  # "00" is two presses of 0
            tap(edit, key, char)

    def _clear(self) -> None:
        edit = self.target()
        if edit is not None:
            edit.clear()
            edit.textEdited.emit("")
            edit.setFocus()


__all__ = ["TOUCH", "NumericKeypad", "tap"]
