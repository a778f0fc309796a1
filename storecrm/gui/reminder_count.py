"""The number of reminders due today, for the navigation, before the reminders screen exists.

The main window builds each screen when it is first opened; the count on its "Reminders" entry
is wanted from the start, so this works it out off the GUI thread (``reminders.due_count``) once
the window has been painted, and again when the store changes, until the reminders screen is
built and counts for itself (``stop``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from storecrm.domain.errors import StoreCRMError
from storecrm.gui.bus import store_bus
from storecrm.gui.tasks import Task, run_in_background
from storecrm.services import reminders
from storecrm.services.session import StoreContext

log = logging.getLogger(__name__)


class ReminderCount(QObject):
    """Counts today's reminders in the background; ``counted`` carries the number."""

    counted = Signal(int)

    def __init__(self, context: StoreContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self._parent = parent
        self.task: Task | None = None
        self._again = False
        self._listening = False
        self._stopped = False

    def start(self) -> None:
        if self._stopped or self._listening:
            return
        self._listening = True
        store_bus().changed.connect(self._store_changed)
        self.count()

    def stop(self) -> None:
        """The reminders screen counts from now on."""
        self._stopped = True
        if self._listening:
            self._listening = False
            store_bus().changed.disconnect(self._store_changed)

    @Slot(str)
    def _store_changed(self, _what: str) -> None:
        self.count()

    def count(self) -> None:
        if self._stopped:
            return
        if self.task is not None:  # one more count after this one, never a pile of them
            self._again = True
            return
        self._again = False
        context = self.context
        self.task = run_in_background(
            lambda: context.call(reminders.due_count), self._parent, "", self._done, self._failed
        )

    def _done(self, count: int) -> None:
        self.task = None
        if self._stopped:
            return
        if self._again:
            self.count()
            return
        self.counted.emit(count)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        if not isinstance(exc, StoreCRMError):  # a bug: the crash handler shows it
            raise exc
        log.info("no reminder count: %s", exc)  # a cashier without the customers, say


__all__ = ["ReminderCount"]
