"""Settings → Hardware: the devices of this PC (kept in its preferences, not in the store):
the receipt printer (what kind, where, the paper, printing by itself after a sale, opening the
cash drawer on cash), with a test print and its preview; the customer display's screen, the LED
pole display's port and the picture shown between sales."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storecrm.domain.roles import Permission
from storecrm.gui import printing
from storecrm.gui.counter import settings as device_settings
from storecrm.gui.counter.devices import Counter, counter
from storecrm.gui.counter.view import CustomerView, Phase
from storecrm.gui.file_dialogs import Purpose, open_file
from storecrm.gui.look import set_property
from storecrm.gui.widgets import buddy_label, subtitle_label
from storecrm.hardware import escpos
from storecrm.hardware.config import (
    BAUDS,
    PAPERS,
    DisplaySettings,
    PrinterKind,
    PrinterSettings,
)
from storecrm.hardware.escpos_decode import decode
from storecrm.hardware.ticket import COLUMNS
from storecrm.reports.receipt_ticket import sample_ticket
from storecrm.services import settings, till_settings
from storecrm.services.session import StoreContext

PREVIEW_WIDTH = 230


class HardwareTab(QWidget):
    saved = Signal()

    def __init__(
        self, context: StoreContext, devices: Counter | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.devices = devices
        layout = QHBoxLayout(self)
        layout.setSpacing(20)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self._printer_box())
        column.addWidget(self._display_box())
        self.note = subtitle_label("")
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"))
        set_property(self.save_button, "primary", True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        layout.addLayout(column, 1)
        preview = QVBoxLayout()
        preview.addWidget(subtitle_label(self.tr("Test print, as printed")))
        self.preview = QLabel()
        self.preview.setFixedWidth(PREVIEW_WIDTH)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview.setStyleSheet("QLabel { background: #FFFFFF; border: 1px solid #E5E7EB; }")
        preview.addWidget(self.preview, 1)
        layout.addLayout(preview)
        self.allowed = context.actor.can(Permission.CHANGE_SETTINGS)
        for box in (self.printer_box, self.display_box, self.save_button):
            box.setEnabled(self.allowed)
        self.test_button.setEnabled(True)
        if not self.allowed:
            self.note.setText(self.tr("Only the owner sets up the counter's devices."))
        self.reload()

    # -- building -------------------------------------------------------------------------------
    def _printer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipt printer and cash drawer"))
        form = QFormLayout(box)
        self.kind_combo = QComboBox()
        names = {
            PrinterKind.NONE: self.tr("None: receipts through the print dialog"),
            PrinterKind.SYSTEM: self.tr("An ordinary printer (its driver)"),
            PrinterKind.USB: self.tr("ESC/POS printer on USB (device file)"),
            PrinterKind.SERIAL: self.tr("ESC/POS printer on a serial port"),
            PrinterKind.NETWORK: self.tr("ESC/POS printer on the network (port 9100)"),
            PrinterKind.QUEUE: self.tr("ESC/POS printer through a printer queue (raw)"),
            PrinterKind.FILE: self.tr("Write to a file"),
        }
        for kind, name in names.items():
            self.kind_combo.addItem(name, kind.value)
        self.target_edit = QLineEdit()
        self.target_edit.setMaxLength(200)
        self.baud_combo = QComboBox()
        for baud in BAUDS:
            self.baud_combo.addItem(str(baud), baud)
        self.paper_combo = QComboBox()
        for paper in PAPERS:
            self.paper_combo.addItem(printing.paper_name(paper), paper)
        self.auto_box = QCheckBox(self.tr("Print the receipt by itself after each sale"))
        self.drawer_box = QCheckBox(self.tr("Open the cash drawer when cash is paid"))
        self.pin_combo = QComboBox()
        self.pin_combo.addItem(self.tr("Pin 2 (most drawers)"), 2)
        self.pin_combo.addItem(self.tr("Pin 5"), 5)
        self.test_button = QPushButton(self.tr("&Test print"))
        self.test_button.setToolTip(self.tr("Print a test receipt with the settings shown"))
        self.test_button.clicked.connect(self.test_print)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("&Where"), self.target_edit)
        form.addRow(self.tr("&Baud rate"), self.baud_combo)
        form.addRow(self.tr("P&aper"), self.paper_combo)
        form.addRow("", self.auto_box)
        form.addRow("", self.drawer_box)
        form.addRow(self.tr("Drawer &pin"), self.pin_combo)
        form.addRow("", self.test_button)
        self.printer_form = form
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.printer_box = box
        return box

    def _display_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Customer display"))
        form = QFormLayout(box)
        self.screen_combo = QComboBox()
        self.pole_edit = QLineEdit()
        self.pole_edit.setMaxLength(100)
        self.pole_edit.setPlaceholderText(self.tr("COM3 or /dev/ttyUSB0; empty: none"))
        self.pole_baud_combo = QComboBox()
        for baud in BAUDS:
            self.pole_baud_combo.addItem(str(baud), baud)
        image_row = QHBoxLayout()
        self.image_edit = QLineEdit()
        self.image_edit.setPlaceholderText(self.tr("A picture shown between sales (optional)"))
        self.image_button = QPushButton(self.tr("Br&owse…"))
        self.image_button.clicked.connect(self.choose_image)
        image_row.addWidget(self.image_edit, 1)
        image_row.addWidget(self.image_button)
        form.addRow(self.tr("Second scr&een"), self.screen_combo)
        form.addRow(self.tr("&LED pole display"), self.pole_edit)
        form.addRow(self.tr("Pole ba&ud rate"), self.pole_baud_combo)
        form.addRow(buddy_label(self.tr("Promotion p&icture"), self.image_edit), image_row)
        self.display_box = box
        return box

    # -- the values -----------------------------------------------------------------------------
    def reload(self) -> None:
        printer = device_settings.load_printer()
        display = device_settings.load_display()
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(printer.kind.value)))
        self.target_edit.setText(printer.target)
        self.baud_combo.setCurrentIndex(max(0, self.baud_combo.findData(printer.baud)))
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(printer.paper)))
        self.auto_box.setChecked(printer.auto_print)
        self.drawer_box.setChecked(printer.drawer_on_cash)
        self.pin_combo.setCurrentIndex(max(0, self.pin_combo.findData(printer.drawer_pin)))
        self.screen_combo.clear()
        self.screen_combo.addItem(self.tr("None"), "")
        for screen in QGuiApplication.screens():
            size = screen.size()
            self.screen_combo.addItem(
                f"{screen.name()} ({size.width()}×{size.height()})", screen.name()
            )
        index = self.screen_combo.findData(display.screen)
        if index < 0 and display.screen:  # set up on this PC, not plugged in now
            self.screen_combo.addItem(display.screen, display.screen)
            index = self.screen_combo.count() - 1
        self.screen_combo.setCurrentIndex(max(0, index))
        self.pole_edit.setText(display.pole_port)
        self.pole_baud_combo.setCurrentIndex(
            max(0, self.pole_baud_combo.findData(display.pole_baud))
        )
        self.image_edit.setText(display.promotion_image)
        self._kind_changed()

    def printer_settings(self) -> PrinterSettings:
        return PrinterSettings(
            kind=PrinterKind(self.kind_combo.currentData()),
            target=self.target_edit.text().strip(),
            baud=int(self.baud_combo.currentData()),
            paper=str(self.paper_combo.currentData()),
            auto_print=self.auto_box.isChecked(),
            drawer_on_cash=self.drawer_box.isChecked(),
            drawer_pin=int(self.pin_combo.currentData()),
        )

    def display_settings(self) -> DisplaySettings:
        return DisplaySettings(
            screen=str(self.screen_combo.currentData() or ""),
            pole_port=self.pole_edit.text().strip(),
            pole_baud=int(self.pole_baud_combo.currentData()),
            promotion_image=self.image_edit.text().strip(),
        )

    def _kind_changed(self) -> None:
        kind = PrinterKind(self.kind_combo.currentData())
        hints = {
            PrinterKind.USB: "/dev/usb/lp0",
            PrinterKind.SERIAL: "COM3  /dev/ttyS0",
            PrinterKind.NETWORK: "192.168.1.87:9100",
            PrinterKind.QUEUE: self.tr("The printer's name in the system"),
            PrinterKind.FILE: self.tr("A file the bytes are added to"),
        }
        self.target_edit.setPlaceholderText(hints.get(kind, ""))
        self.printer_form.setRowVisible(self.target_edit, kind.escpos)
        self.printer_form.setRowVisible(self.baud_combo, kind is PrinterKind.SERIAL)
        self.printer_form.setRowVisible(self.paper_combo, kind.escpos)
        self.printer_form.setRowVisible(self.drawer_box, kind.escpos)
        self.printer_form.setRowVisible(self.pin_combo, kind.escpos)
        self.printer_form.setRowVisible(self.auto_box, kind is not PrinterKind.NONE)

    # -- the buttons ----------------------------------------------------------------------------
    def _devices(self) -> Counter:
        return self.devices if self.devices is not None else counter()

    @Slot()
    def save(self) -> None:
        if not self.allowed:
            return
        device_settings.save_printer(self.printer_settings())
        device_settings.save_display(self.display_settings())
        devices = self._devices()
        devices.reload()
        if devices.display is not None and devices.display.isVisible():
            promotion = self.context.call(till_settings.get_till_settings).promotion_text
            name = self.context.call(settings.get_settings).store_name
            devices.show_view(CustomerView(Phase.IDLE, name, promotion_text=promotion))
        self.note.setText(self.tr("Saved. The till uses these devices from the next sale."))
        self.saved.emit()

    @Slot()
    def test_print(self) -> bool:
        """A test receipt with the settings as shown (saved or not), and its preview."""
        chosen = self.printer_settings()
        paper = chosen.paper
        store_name = self.context.call(settings.get_settings).store_name
        ticket = sample_ticket(store_name, printing.receipt_labels(), paper)
        data = escpos.encode(ticket)
        from storecrm.gui.counter.render import render  # its bar codes load reportlab

        image = render(decode(data, COLUMNS[paper]))
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaledToWidth(
                PREVIEW_WIDTH - 10, Qt.TransformationMode.SmoothTransformation
            )
        )
        if not chosen.kind.escpos:
            self.note.setText(
                self.tr("A test print goes to an ESC/POS printer; choose its kind and place.")
            )
            return False
        devices = self._devices()
        saved = devices.printer
        devices.printer = chosen  # this once, with what is on the screen
        try:
            sent = devices.send_bytes(data, "test")
        finally:
            devices.printer = saved
        self.note.setText(
            self.tr("The test receipt was sent to %1.").replace("%1", chosen.target or "lp")
            if sent
            else self.tr("Give the printer's place first.")
        )
        return sent

    @Slot()
    def choose_image(self) -> None:
        path = open_file(
            self,
            Purpose.PROMOTION_IMAGE,
            self.tr("The picture for the customer display"),
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp)"),
        )
        if path is not None:
            self.image_edit.setText(str(path))


__all__ = ["HardwareTab"]
