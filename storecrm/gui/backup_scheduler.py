"""Backups while the program runs: daily at the owner's time, on request, and when it closes.

:class:`BackupScheduler` checks once a minute whether today's backup is due (its time has come
and none was made since) and runs it on the thread pool, so the window never waits for it. It
tells the status bar about the last good backup through :attr:`BackupScheduler.status_changed`;
:class:`BackupStatusLabel` is that status bar entry, with a warning when there has been no backup
for 48 hours or the chosen folder is missing (a USB drive not plugged in).

A scheduled backup that fails (folder missing, disk full) is tried again after
:data:`RETRY_AFTER`, not every minute.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from storecrm import messages
from storecrm.gui.look import set_property
from storecrm.gui.tasks import Task, run_in_background
from storecrm.services import backup
from storecrm.services.backup import BackupResult, BackupStatus
from storecrm.services.session import StoreContext

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60_000
RETRY_AFTER = timedelta(minutes=30)


class BackupScheduler(QObject):
    """Runs the store's backups in the background; one at a time."""

    status_changed = Signal(object)  # BackupStatus
    running_changed = Signal(bool)
    backup_finished = Signal(object)  # BackupResult
    backup_failed = Signal(str)  # a sentence for the user

    def __init__(
        self,
        context: StoreContext,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
        interval_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._now = now
        self._task: Task | None = None
        self._retry_at: datetime | None = None
        self._exiting = False
        self.status: BackupStatus | None = None
        self.last_error = ""
        self.made = 0  # backups finished by this scheduler
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    # -- state -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def exiting(self) -> bool:
        """True while the backup on closing runs (the window should ignore another close)."""
        return self._exiting

    def start(self) -> None:
        """Start the daily check (the first one a minute from now) and show the status."""
        self.refresh_status()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def refresh_status(self) -> None:
        if self.context.closed:
            return
        try:
            status = self.context.call(backup.backup_status, self._now())
        except Exception:  # noqa: BLE001 - the status bar must never take the window down
            log.exception("backup status unavailable")
            return
        self.status = status
        self.status_changed.emit(status)

    # -- running -----------------------------------------------------------------------------
    @Slot()
    def tick(self) -> None:
        """The minute check: refresh the status and start today's backup when it is due."""
        if self.context.closed:
            self.stop()
            return
        self.refresh_status()
        now = self._now()
        if self.running or (self._retry_at is not None and now < self._retry_at):
            return
        if self.context.call(backup.is_due, now):
            self.run("scheduled")

    def run(self, kind: str = "manual", parent: QWidget | None = None, label: str = "") -> bool:
        """Start a backup on the thread pool; False when one is already running.

        ``label``: shown in a progress dialog if the backup takes more than half a second
        (a manual backup); without it the backup runs quietly (the daily one).
        """
        if self.running or self.context.closed:
            return False
        context = self.context

        def work(report: Callable[[int, int], None]) -> BackupResult:
            return context.call(backup.run_backup, kind=kind, progress=report)

        self._task = run_in_background(
            work, parent, label, self._finished, self._failed, with_progress=True
        )
        self.running_changed.emit(True)
        return True

    def _finished(self, result: BackupResult) -> None:
        self._task = None
        self.made += 1
        self._retry_at = None
        self.last_error = ""
        self.running_changed.emit(False)
        self.backup_finished.emit(result)
        self.refresh_status()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._retry_at = self._now() + RETRY_AFTER
        self.running_changed.emit(False)
        if not isinstance(exc, Exception):
            raise exc
        log.warning("backup failed: %s", type(exc).__name__)
        self.last_error = messages.error_text(exc)
        self.backup_failed.emit(self.last_error)
        self.refresh_status()

    def wait(self) -> None:
        """Process events until the running backup has finished (the window keeps painting)."""
        if not self.running:
            return
        loop = QEventLoop()
        self.running_changed.connect(loop.quit)
        try:
            while self.running:
                loop.exec()
        finally:
            self.running_changed.disconnect(loop.quit)

    def backup_on_exit(self, parent: QWidget | None = None) -> bool:
        """The backup when the program closes (if the owner wants it); True when one was made.

        Waits for it with the window still painting; call before signing out.
        """
        if self._exiting or self.context.closed:
            return False
        self._exiting = True
        try:
            self.stop()
            self.wait()  # a daily backup that is still running counts
            if not self.context.call(backup.get_backup_settings).on_exit:
                return False
            before = self.made
            if not self.run("exit", parent, self.tr("Making a backup before closing…")):
                return False
            self.wait()
            return self.made > before
        finally:
            self._exiting = False


class BackupStatusLabel(QLabel):
    """The status bar's backup entry: the last good backup, or a warning."""

    def __init__(self, scheduler: BackupScheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.warning = False
        scheduler.status_changed.connect(self.show_status)
        scheduler.running_changed.connect(self._running)
        if scheduler.status is not None:
            self.show_status(scheduler.status)

    @Slot(bool)
    def _running(self, running: bool) -> None:
        if running:
            self.setText(self.tr("Backing up…"))
        elif self.scheduler.status is not None:
            self.show_status(self.scheduler.status)

    @Slot(object)
    def show_status(self, status: BackupStatus) -> None:
        if status.warning == "folder_missing":
            text = self.tr("Backup folder missing")
        elif status.warning == "never":
            text = self.tr("No backup yet")
        elif status.last_at is not None:
            when = status.last_at.strftime("%Y-%m-%d %H:%M")
            text = (
                self.tr("No backup since %1")
                if status.warning == "stale"
                else self.tr("Last backup: %1")
            ).replace("%1", when)
        else:
            text = self.tr("No backup yet")
        if self.scheduler.last_error:
            text += " · " + self.tr("last attempt failed")
        self.warning = status.warning is not None or bool(self.scheduler.last_error)
        self.setText(text)
        tip = self.tr("Backup folder: %1").replace("%1", status.folder)
        if self.scheduler.last_error:
            tip += "\n" + self.scheduler.last_error
        self.setToolTip(tip)
        set_property(self, "error", self.warning)
