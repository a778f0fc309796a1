"""The row along the bottom of the till.

While a sale is entered: the counter's tools on the left — park the sale (挂单, F11), the
parked sales (取单, F12, with how many wait), the whole-order discount (整单优惠, Ctrl+T),
rounding off (抹零, Ctrl+R), the cash drawer (the owner, audited) and the last receipt again
— then Cancel and Complete sale (the default button). Once it is recorded: what happened
("Sale … recorded. Give back ¥11.50 change."), Print receipt, Preview, Next sale and Close.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from storecrm.gui.look import icon, set_property


class ButtonBar(QWidget):
    """The tools and Cancel / Complete sale, or after recording: the outcome, Print, Preview,
    Next sale, Close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.park_button = QPushButton(icon("pause"), self.tr("Park"))
        self.park_button.setToolTip(self.tr("Put this sale aside and serve the next customer"))
        self.parked_button = QPushButton(icon("list"), self.tr("Parked"))
        self.parked_button.setToolTip(self.tr("The parked sales: resume one"))
        self.adjust_button = QPushButton(icon("percent"), self.tr("Discount…"))
        self.adjust_button.setToolTip(self.tr("A discount on the whole sale, and rounding"))
        self.round_button = QPushButton(self.tr("Round off"))
        self.round_button.setCheckable(True)
        self.round_button.setToolTip(self.tr("Drop the jiao and fen (抹零 to the yuan)"))
        self.drawer_button = QPushButton(icon("wallet"), self.tr("Drawer"))
        self.drawer_button.setToolTip(self.tr("Open the cash drawer (the owner; audited)"))
        self.reprint_button = QPushButton(icon("print"), self.tr("Last receipt"))
        self.reprint_button.setToolTip(self.tr("Print the last receipt again"))
        self.tools = (
            self.park_button,
            self.parked_button,
            self.adjust_button,
            self.round_button,
            self.drawer_button,
            self.reprint_button,
        )
        for button in self.tools:
            button.setAutoDefault(False)
            row.addWidget(button)
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
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setToolTip(self.tr("The receipt on the screen first (Ctrl+Shift+P)"))
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
            self.preview_button,
            self.next_button,
            self.close_button,
            self.cancel_button,
            self.complete_button,
        ):
            button.setAutoDefault(False)
            row.addWidget(button)
        self.complete_button.setDefault(True)
        self.complete_button.setMinimumWidth(150)
        for button in (self.print_button, self.preview_button, self.next_button, self.close_button):
            button.hide()

    def show_parked(self, count: int) -> None:
        """How many sales wait on the Parked button."""
        self.parked_button.setText(
            self.tr("Parked (%1)").replace("%1", str(count)) if count else self.tr("Parked")
        )

    def show_recorded(self, text: str, can_print: bool) -> None:
        self.done_label.setText(text)
        self.done_label.show()
        self.complete_button.hide()
        self.cancel_button.hide()
        for button in self.tools:
            if button not in (self.drawer_button,):
                button.hide()
        self.print_button.setVisible(can_print)
        self.preview_button.setVisible(can_print)
        self.next_button.show()
        self.close_button.show()

    def show_entering(self, tools: dict[QPushButton, bool]) -> None:
        """Back to entering a sale; ``tools``: which tools this user and PC have."""
        self.done_label.hide()
        self.complete_button.show()
        self.cancel_button.show()
        for button, shown in tools.items():
            button.setVisible(shown)
        self.print_button.hide()
        self.preview_button.hide()
        self.next_button.hide()
        self.close_button.hide()
