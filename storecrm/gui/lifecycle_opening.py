"""The lifecycle offers' daily issue, set off when the store's window opens.

It runs off the GUI thread, quietly (no progress dialog: nobody asked for it), as a write through
the store's one writer (``services.campaigns.lifecycle.issue_due``); the service makes sure a
second opening the same day issues nothing. A failure (the writer busy for long, say) only goes
to the log: the next opening tries again, as nothing of the day's issue was kept.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from storecrm.gui.tasks import Task, run_in_background
from storecrm.services.campaigns import lifecycle
from storecrm.services.session import StoreContext

log = logging.getLogger(__name__)


def campaign_names() -> dict[str, str]:
    """The standing campaigns' names in the user's language."""
    return {
        kind: QCoreApplication.translate("Lifecycle", name)
        for kind, name in lifecycle.DEFAULT_NAMES.items()
    }


class LifecycleOpening(QObject):
    """Sets off the day's lifecycle coupons once, in the background."""

    finished = Signal(object)  # lifecycle.DailyOutcome
    ended = Signal()  # issued or not (after ``finished``), or nothing to do (read-only store)

    def __init__(self, context: StoreContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self._parent = parent
        self.task: Task | None = None

    def start(self) -> None:
        if self.task is not None:
            return
        if self.context.read_only:
            self.ended.emit()
            return
        context = self.context
        names = campaign_names()

        def work() -> lifecycle.DailyOutcome:
            return context.call(lifecycle.issue_due, names)

        self.task = run_in_background(work, self._parent, "", self._done, self._failed)

    def _done(self, outcome: lifecycle.DailyOutcome) -> None:
        self.task = None
        self.finished.emit(outcome)
        self.ended.emit()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        log.warning("the lifecycle offers were not issued on opening", exc_info=exc)
        self.ended.emit()


__all__ = ["LifecycleOpening", "campaign_names"]
