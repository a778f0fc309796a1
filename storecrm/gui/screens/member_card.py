"""Print a member card (会员卡): as a sticker on the counter's ESC/POS printer, or as A4 sheets of
cards saved as a PDF (for a card printer's sheet or to cut and laminate). The card number is
the barcode and the QR code; a card that has no number yet gets one on the profile first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storecrm.gui.counter.devices import Counter, counter
from storecrm.gui.counter.render import render
from storecrm.gui.file_dialogs import Purpose, save_file
from storecrm.gui.look import icon, set_property
from storecrm.gui.widgets import error_box, subtitle_label
from storecrm.reports.member_cards import MemberCard, card_ticket, save_cards_pdf
from storecrm.services import membership, settings
from storecrm.services.session import StoreContext


class MemberCardDialog(QDialog):
    def __init__(
        self,
        context: StoreContext,
        customer_id: int,
        parent: QWidget | None = None,
        devices: Counter | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.devices = devices if devices is not None else counter()
        summary = context.call(membership.member_summary, customer_id)
        store_name = context.call(settings.get_settings).store_name
        self.card = MemberCard(store_name, summary.name, summary.tier_name, summary.card_no or "")
        self.setWindowTitle(self.tr("Member card"))
        layout = QHBoxLayout(self)
        layout.setSpacing(16)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview.setStyleSheet("QLabel { background: #FFFFFF; border: 1px solid #E5E7EB; }")
        self.preview.setFixedWidth(230)
        layout.addWidget(self.preview)
        column = QVBoxLayout()
        column.setSpacing(10)
        self.note = subtitle_label("")
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        self.print_button = QPushButton(icon("print"), self.tr("&Print on the receipt printer"))
        self.print_button.setToolTip(self.tr("A sticker with the barcode and the QR code"))
        set_property(self.print_button, "primary", True)
        copies_row = QHBoxLayout()
        copies_label = QLabel(self.tr("Cop&ies on the A4 sheet"))
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, 10)
        copies_label.setBuddy(self.copies_spin)
        copies_row.addWidget(copies_label)
        copies_row.addWidget(self.copies_spin)
        copies_row.addStretch(1)
        self.pdf_button = QPushButton(icon("export"), self.tr("Save A4 &sheet (PDF)…"))
        self.close_button = QPushButton(self.tr("Close"))
        column.addWidget(self.print_button)
        column.addLayout(copies_row)
        column.addWidget(self.pdf_button)
        column.addStretch(1)
        column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(column, 1)
        self.print_button.clicked.connect(self.print_sticker)
        self.pdf_button.clicked.connect(lambda: self.save_sheet())
        self.close_button.clicked.connect(self.accept)
        has_number = bool(self.card.card_no)
        self.print_button.setEnabled(has_number and self.devices.escpos)
        self.pdf_button.setEnabled(has_number)
        if not has_number:
            self.note.setText(
                self.tr("The member has no card number yet: give one on the profile (Edit).")
            )
        elif not self.devices.escpos:
            self.note.setText(
                self.tr("No receipt printer is set up (Settings → Hardware); the A4 sheet works.")
            )
        else:
            self.note.setText(self.tr("The card number is the barcode and the QR code."))
        if has_number:
            image = render(card_ticket(self.card, self.devices.printer.paper))
            self.preview.setPixmap(
                QPixmap.fromImage(image).scaledToWidth(
                    220, Qt.TransformationMode.SmoothTransformation
                )
            )

    def print_sticker(self) -> bool:
        sent = self.devices.send_ticket(card_ticket(self.card, self.devices.printer.paper), "label")
        if sent:
            self.note.setText(self.tr("Sent to the receipt printer."))
        return sent

    def save_sheet(self, path: Path | None = None) -> Path | None:
        if path is None:
            path = save_file(
                self,
                Purpose.MEMBER_CARDS,
                self.tr("Save the member cards"),
                self.tr("member-card-%1.pdf").replace("%1", self.card.card_no),
                self.tr("PDF files (*.pdf)"),
                ".pdf",
            )
            if path is None:
                return None
        try:
            saved = save_cards_pdf([self.card] * self.copies_spin.value(), path)
        except OSError as exc:
            error_box(self, exc)
            return None
        self.note.setText(self.tr("Saved: %1").replace("%1", str(saved)))
        return saved


__all__ = ["MemberCardDialog"]
