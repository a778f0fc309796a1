"""Python's cyclic garbage collector runs on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to be allocating when a
generation's count passes its threshold. When that is a worker (an export building a workbook
makes millions of objects) and the garbage holds a window Python owns (a closed dialog kept in
a reference cycle by a lambda), the window's C++ destructor runs in the worker: ``~QWidget``
closes its ``QWindow``, which waits for the GUI thread to flush the window-system events, while
the worker holds Python's lock, which the GUI thread needs for the first event that reaches
Python code (an event filter, a slot). Neither goes on: the program freezes for good. CI met it
once in ``test_export_excel_and_pdf``; tests/gui/test_collector.py reproduces it.

So the automatic collector is switched off and a timer on the GUI thread does its work: every
tick it collects the generations whose counts have passed their thresholds, as the automatic
collector would have, so every Qt object in cyclic garbage is destroyed on the GUI thread.
Python's counts are objects made less objects freed, so a worker's short-lived objects do not
add up between ticks, but garbage cycles do: at most about a threshold's worth (700 objects)
waits for the next tick.
Command-line use never installs it and keeps the automatic collector.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

INTERVAL_MS = 100
# A full collection walks every object the program keeps (some 100 ms on a big store). The
# automatic collector puts it off until the objects made since the last one are a quarter of
# those it walked, which Python does not expose; at most one every few seconds stands in.
FULL_EVERY_S = 5.0


class GuiThreadCollector(QObject):
    """Collects garbage cycles on the thread it lives on (the GUI thread)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("GuiThreadCollector")
        self.thresholds = gc.get_threshold()
        self.last_full = time.monotonic()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start(INTERVAL_MS)

    @Slot()
    def check(self) -> None:
        """The automatic collector's rule: a generation is collected when its count passed
        its threshold; collecting an older one collects the younger ones too."""
        if gc.isenabled():  # a worker's pause (services/reminders.py) ended by turning it on
            gc.disable()
        if not self.thresholds[0]:
            return
        counts = gc.get_count()
        generation = -1
        for level in range(3):
            if counts[level] > self.thresholds[level]:
                generation = level
            else:
                break
        if generation == 2:
            now = time.monotonic()
            if now - self.last_full < FULL_EVERY_S:
                generation = 1
            else:
                self.last_full = now
        if generation >= 0:
            gc.collect(generation)


def install(app: QApplication) -> GuiThreadCollector:
    """Switch the automatic collector off and collect on the GUI thread (once per app)."""
    found = app.findChild(GuiThreadCollector, "GuiThreadCollector")
    if isinstance(found, GuiThreadCollector):
        gc.disable()
        return found
    return GuiThreadCollector(app)
