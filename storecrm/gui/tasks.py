"""Running slow work off the GUI thread.

:func:`run_in_background` runs a function on the global thread pool and calls back on the GUI
thread with its result or its exception. A progress dialog appears only if the work takes longer
than half a second, so quick jobs never flash a dialog. Workers never touch widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from storecrm.domain.errors import NotAStore

log = logging.getLogger(__name__)

SHOW_PROGRESS_AFTER_MS = 500


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.signals = _Signals()
        self.cancelled = False

    def report(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.fn(self.report) if self.with_progress else self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """A running background job; keeps itself alive until it reports back."""

    done = Signal(object)
    error = Signal(object)

    _running: set[Task] = set()

    def __init__(
        self,
        fn: Callable[..., Any],
        parent: QWidget | None,
        label: str,
        *,
        with_progress: bool = False,
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self._on_cancel = on_cancel
        self._job = _Job(fn, with_progress)
        self._job.setAutoDelete(False)
        self._dialog: QProgressDialog | None = None
        self._parent = parent
        self._label = label
        self._last: tuple[int, int] = (0, 0)
        self._job.signals.finished.connect(self._on_finished)
        self._job.signals.failed.connect(self._on_failed)
        self._job.signals.progress.connect(self._on_progress)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)

    def _orphaned(self) -> bool:
        """Whether the screen that asked went away (the window closed, the user signed out):
        its job still finishes, but nobody is left to show a dialog or the result to."""
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def start(self) -> Task:
        Task._running.add(self)
        if self._label:  # no label: a quiet refresh the user did not ask for, never a dialog
            self._timer.start(SHOW_PROGRESS_AFTER_MS)
        QThreadPool.globalInstance().start(self._job)
        return self

    @Slot()
    def _show_dialog(self) -> None:
        if self._orphaned():
            return
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        if self._on_cancel is None:
            dialog.setCancelButton(None)
        else:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(self._cancel)
        dialog.setMinimumDuration(0)
        dialog.setWindowTitle(self._label)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        done, total = self._last
        if total:
            dialog.setRange(0, total)
            dialog.setValue(done)
        dialog.show()
        self._dialog = dialog

    @Slot()
    def _cancel(self) -> None:
        if self._on_cancel is not None:
            self._on_cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Cancelling…"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._last = (done, total)
        if self._dialog is not None and total:
            self._dialog.setRange(0, total)
            self._dialog.setValue(done)

    def _close(self) -> None:
        self._timer.stop()
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.close()
            self._dialog.deleteLater()
        self._dialog = None
        Task._running.discard(self)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._close()
        if not self._orphaned():
            self.done.emit(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._close()
        if self._parent is not None and _store_closed_under_it(exc):
            # Signed out or restored while a screen's job ran: the window that asked is gone.
            log.info("a background job stopped: its store was closed")
        elif self._orphaned():
            log.error("a background job failed after its screen closed", exc_info=exc)  # type: ignore[arg-type]
        else:
            self.error.emit(exc)


def _store_closed_under_it(exc: object) -> bool:
    return isinstance(exc, NotAStore) and exc.reason == "closed"


def run_in_background(
    fn: Callable[..., Any],
    parent: QWidget | None,
    label: str,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    with_progress: bool = False,
    on_cancel: Callable[[], None] | None = None,
) -> Task:
    """Run ``fn`` (``fn(report)`` when ``with_progress``) off the GUI thread.

    With ``on_cancel`` the progress dialog has a Cancel button that calls it; the job itself
    decides when to stop (it is never killed half way).
    """
    task = Task(fn, parent, label, with_progress=with_progress, on_cancel=on_cancel)
    task.done.connect(on_done)
    task.error.connect(on_error)
    return task.start()
