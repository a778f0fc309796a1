"""The devices of one counter PC, as the owner set them in Settings → Hardware (kept in the
program's preferences on that PC, not in the store: another PC has other ports), and the
transports they mean."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from storecrm.hardware.transports import (
    DeviceTransport,
    FileTransport,
    NetworkTransport,
    QueueTransport,
    SerialTransport,
    Transport,
)

PAPERS = ("58mm", "80mm")
BAUDS = (2400, 4800, 9600, 19200, 38400, 57600, 115200)


class PrinterKind(StrEnum):
    NONE = "none"  # no receipt printer set up: receipts print through the print dialog
    SYSTEM = "system"  # an ordinary printer, through the system's driver (A4 or a roll)
    USB = "usb"  # an ESC/POS printer's device file (/dev/usb/lp0)
    SERIAL = "serial"  # an ESC/POS printer on a serial port (COM3, /dev/ttyS0)
    NETWORK = "network"  # an ESC/POS printer on the network (port 9100)
    QUEUE = "queue"  # a Windows or CUPS printer queue, in raw mode
    FILE = "file"  # the bytes appended to a file

    @property
    def escpos(self) -> bool:
        return self not in (PrinterKind.NONE, PrinterKind.SYSTEM)


@dataclass(frozen=True, slots=True)
class PrinterSettings:
    kind: PrinterKind = PrinterKind.NONE
    target: str = ""  # the device, port, host[:port], queue or file, by kind
    baud: int = 9600  # serial printers
    paper: str = "58mm"
    auto_print: bool = True  # the receipt prints by itself after each sale
    drawer_on_cash: bool = True  # the drawer opens when a sale is paid (partly) in cash
    drawer_pin: int = 2


@dataclass(frozen=True, slots=True)
class DisplaySettings:
    screen: str = ""  # the name of the screen for the customer display; "" for none
    pole_port: str = ""  # the LED pole display's serial port (or file: for a file); "" none
    pole_baud: int = 2400
    promotion_image: str = ""  # a picture shown between sales (a file on this PC)


def _host_port(target: str) -> tuple[str, int]:
    host, _, port = target.strip().rpartition(":")
    if host and port.isdigit():
        return host.strip("[]"), int(port)
    return target.strip(), 9100


def printer_transport(settings: PrinterSettings) -> Transport | None:
    """Where the receipt printer's bytes go; None when it is not an ESC/POS printer."""
    kind, target = settings.kind, settings.target.strip()
    if kind is PrinterKind.USB:
        return DeviceTransport(target or "/dev/usb/lp0")
    if kind is PrinterKind.SERIAL and target:
        return SerialTransport(target, settings.baud)
    if kind is PrinterKind.NETWORK and target:
        return NetworkTransport(*_host_port(target))
    if kind is PrinterKind.QUEUE:
        return QueueTransport(target)
    if kind is PrinterKind.FILE and target:
        return FileTransport(target)
    return None


def pole_transport(settings: DisplaySettings) -> Transport | None:
    port = settings.pole_port.strip()
    if not port:
        return None
    if port.startswith("file:"):
        return FileTransport(port[len("file:") :])
    return SerialTransport(port, settings.pole_baud)


__all__ = [
    "BAUDS",
    "PAPERS",
    "DisplaySettings",
    "PrinterKind",
    "PrinterSettings",
    "pole_transport",
    "printer_transport",
]
