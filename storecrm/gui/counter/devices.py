"""``Counter``: the counter's devices as the till uses them.

Every byte for a device is sent on a worker thread of its own device (one for the receipt
printer and drawer, one for the pole display), one job after the other, so a printer that is
off or a network printer that does not answer never freezes the till, and two receipts never
mix. The outcome comes back by signal: ``sent`` (what went where) or ``failed`` (the message
for the cashier).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtGui import QGuiApplication

from storecrm.gui.counter import settings as device_settings
from storecrm.gui.counter.display import CustomerDisplay, screen_named
from storecrm.gui.counter.view import CustomerView, Phase
from storecrm.hardware import escpos, pole
from storecrm.hardware.config import (
    DisplaySettings,
    PrinterKind,
    PrinterSettings,
    pole_transport,
    printer_transport,
)
from storecrm.hardware.ticket import Ticket
from storecrm.hardware.transports import DeviceError, Transport
from storecrm.reports.receipt_ticket import paid_in_cash
from storecrm.services.dto import SaleInfo

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(str)
    failed = Signal(str, str)  # what, the device's reason


class _Send(QRunnable):
    def __init__(self, transport: Transport, data: bytes, what: str) -> None:
        super().__init__()
        self.transport, self.data, self.what = transport, data, what
        self.signals = _Signals()

    def run(self) -> None:
        try:
            self.transport.send(self.data)
        except DeviceError as exc:
            self.signals.failed.emit(self.what, exc.reason)
        except Exception as exc:  # noqa: BLE001 - any device trouble is the cashier's message
            log.exception("sending to %s failed", self.transport.name)
            self.signals.failed.emit(self.what, str(exc))
        else:
            self.signals.done.emit(self.what)


class Counter(QObject):
    """The receipt printer, the cash drawer, the customer display and the pole of this PC."""

    sent = Signal(str)  # what was sent: "receipt", "drawer", "test", "label", "pole"
    failed = Signal(str)  # a sentence for the cashier

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.printer = PrinterSettings()
        self.display_settings = DisplaySettings()
        self.display: CustomerDisplay | None = None
        self._printer_pool = QThreadPool(self)
        self._printer_pool.setMaxThreadCount(1)
        self._pole_pool = QThreadPool(self)
        self._pole_pool.setMaxThreadCount(1)
        self._jobs: set[_Send] = set()
        self.last_view: CustomerView | None = None
        self.reload()

    # -- settings -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read this PC's settings again (Settings → Hardware saved, a till opened)."""
        self.printer = device_settings.load_printer()
        self.display_settings = device_settings.load_display()
        self._place_display()

    @property
    def escpos(self) -> bool:
        return self.printer.kind.escpos

    @property
    def system_printer(self) -> bool:
        return self.printer.kind is PrinterKind.SYSTEM

    # -- sending --------------------------------------------------------------------------------
    def _send(self, transport: Transport | None, data: bytes, what: str, pool: QThreadPool) -> bool:
        if transport is None:
            return False
        job = _Send(transport, data, what)
        job.setAutoDelete(False)
        self._jobs.add(job)
        job.signals.done.connect(lambda w, j=job: self._done(j, w, None))
        job.signals.failed.connect(lambda w, reason, j=job: self._done(j, w, reason))
        pool.start(job)
        return True

    @Slot()
    def _done(self, job: _Send, what: str, reason: str | None) -> None:
        self._jobs.discard(job)
        if reason is None:
            self.sent.emit(what)
            return
        device = job.transport.name
        if what == "pole":
            text = QCoreApplication.translate("Counter", "The pole display (%1) did not answer: %2")
        elif what == "drawer":
            text = QCoreApplication.translate(
                "Counter", "The cash drawer did not open: the printer (%1) did not answer: %2"
            )
        else:
            text = QCoreApplication.translate(
                "Counter", "The receipt printer (%1) did not print: %2"
            )
        self.failed.emit(text.replace("%1", device).replace("%2", reason))

    def send_ticket(self, ticket: Ticket, what: str = "receipt") -> bool:
        """Print on the ESC/POS printer; False when none is set up."""
        if not self.escpos:
            return False
        data = escpos.encode(ticket)
        return self._send(printer_transport(self.printer), data, what, self._printer_pool)

    def send_bytes(self, data: bytes, what: str) -> bool:
        return self._send(printer_transport(self.printer), data, what, self._printer_pool)

    def open_drawer(self) -> bool:
        """A pulse for the cash drawer on the printer's port; False without an ESC/POS
        printer (the drawer hangs on one)."""
        if not self.escpos:
            return False
        return self.send_bytes(escpos.drawer_only(self.printer.drawer_pin), "drawer")

    def drawer_for(self, sale: SaleInfo) -> bool:
        """Whether this sale's receipt opens the drawer: cash taken, and the owner wants it."""
        return self.escpos and self.printer.drawer_on_cash and paid_in_cash(sale)

    def wait(self, msecs: int = 10_000) -> bool:
        """Until every job sent so far is done (the tests, closing the program)."""
        done = self._printer_pool.waitForDone(msecs) and self._pole_pool.waitForDone(msecs)
        QCoreApplication.processEvents()
        return done

    # -- the customer display and the pole ------------------------------------------------------
    def _place_display(self) -> None:
        screen = screen_named(self.display_settings.screen)
        if screen is None:
            if self.display is not None:
                self.display.hide()
            return
        if self.display is None:
            self.display = CustomerDisplay()
        self.display.set_promotion_image(self.display_settings.promotion_image)
        if not self.display.isVisible() or self.display.screen() is not screen:
            self.display.place_on(screen)

    @Slot(object)
    def show_view(self, view: CustomerView) -> None:
        """What the customer should see now (the till's signal)."""
        self.last_view = view
        if self.display is not None and self.display.isVisible():
            self.display.show_view(view)
        transport = pole_transport(self.display_settings)
        if transport is None:
            return
        if view.phase == Phase.IDLE:
            data = pole.clear()
        elif view.phase == Phase.PAID and view.change_fen:
            data = pole.show(view.change_fen, pole.Lamp.CHANGE)
        elif view.phase == Phase.PAID:
            data = pole.show(view.paid_fen, pole.Lamp.PAID)
        else:
            data = pole.show(view.total_fen, pole.Lamp.TOTAL)
        self._send(transport, data, "pole", self._pole_pool)

    def close_display(self) -> None:
        if self.display is not None:
            self.display.hide()


def screens() -> list[str]:
    """The names of the screens of this PC, the primary one first."""
    primary = QGuiApplication.primaryScreen()
    names = [s.name() for s in QGuiApplication.screens()]
    if primary is not None and primary.name() in names:
        names.remove(primary.name())
        names.insert(0, primary.name())
    return names


_counter: list[Counter] = []


def counter() -> Counter:
    """The one ``Counter`` of the program (made on first use)."""
    if not _counter:
        _counter.append(Counter())
    return _counter[0]


def forget_counter(close: Callable[[Counter], None] | None = None) -> None:
    """Drop the program's ``Counter`` (signing out, the tests)."""
    while _counter:
        gone = _counter.pop()
        gone.wait()
        gone.close_display()
        if close is not None:
            close(gone)


__all__ = ["Counter", "counter", "forget_counter", "screens"]
