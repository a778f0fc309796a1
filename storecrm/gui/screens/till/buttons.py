"""The row along the bottom of the till. While a sale is entered: Cancel and Complete sale (the
default button). Once it is recorded: what happened ("Sale … recorded. Give back ¥11.50
change."), Print receipt, Next sale and Close. Buttons for parking and resuming a sale would
join this row."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from storecrm.gui.look import icon, set_property


class ButtonBar(QWidget):
    """Cancel / Complete sale, or after recording: the outcome, Print, Next sale, Close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.done_label = QLabel()
        self.done_label.setStyleSheet(
            "QLabel { color: #0F766E; font-weight: 600; font-size: 12.5pt; }"
        )
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        row.addWidget(self.done_label, 1)
        row.addStretch(0)
        self.print_button = QPushButton(icon("print"), self.tr("&Print receipt"))
        self.print_button.setToolTip(self.tr("Print the receipt (Ctrl+P)"))
        self.next_button = QPushButton(self.tr("&Next sale"))
        self.next_button.setToolTip(self.tr("Clear the till for the next customer (Ctrl+N)"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the till (Esc)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Discard this sale (Esc)"))
        self.complete_button = QPushButton(icon("check-active"), self.tr("Complete sale"))
        self.complete_button.setToolTip(self.tr("Record the sale (Ctrl+Enter)"))
        set_property(self.complete_button, "primary", True)
        for button in (
            self.print_button,
            self.next_button,
            self.close_button,
            self.cancel_button,
            self.complete_button,
        ):
            button.setAutoDefault(False)
            row.addWidget(button)
        self.complete_button.setDefault(True)
        self.complete_button.setMinimumWidth(150)
        for button in (self.print_button, self.next_button, self.close_button):
            button.hide()

    def show_recorded(self, text: str, can_print: bool) -> None:
        self.done_label.setText(text)
        self.done_label.show()
        self.complete_button.hide()
        self.cancel_button.hide()
        self.print_button.setVisible(can_print)
        self.next_button.show()
        self.close_button.show()

    def show_entering(self) -> None:
        self.done_label.hide()
        self.complete_button.show()
        self.cancel_button.show()
        self.print_button.hide()
        self.next_button.hide()
        self.close_button.hide()
