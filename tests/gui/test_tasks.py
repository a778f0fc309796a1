"""Background jobs whose screen goes away before they finish."""

from __future__ import annotations

import logging
import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from storecrm.domain.errors import NotAStore
from storecrm.gui import tasks
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import error_box


def test_a_job_outliving_its_screen_finishes_quietly(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "SHOW_PROGRESS_AFTER_MS", 0)  # the dialog would be due at once
    screen = QWidget()
    release = threading.Event()
    results: list[object] = []

    def job() -> str:
        release.wait(10)
        return "done"

    task = run_in_background(job, screen, "Working…", results.append, results.append)
    shiboken6.delete(screen)  # the window closed while the job runs
    qtbot.waitUntil(lambda: not task._timer.isActive())
    release.set()
    qtbot.waitUntil(lambda: task not in Task._running)
    assert results == []  # nobody was left to tell
    assert not [w for w in qtbot_top_levels() if isinstance(w, QProgressDialog)]


def test_a_job_tells_its_screen(qtbot: QtBot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    results: list[object] = []
    task = run_in_background(lambda: 42, screen, "", results.append, results.append)
    qtbot.waitUntil(lambda: task not in Task._running)
    assert results == [42]


def test_a_screens_job_whose_store_was_closed_tells_nobody(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """Signed out (or restored) while the dashboard computed: the closed store refuses the job,
    and the window that asked has gone; no message box, no error in the log."""
    screen = QWidget()
    qtbot.addWidget(screen)
    told: list[object] = []

    def job() -> None:
        raise NotAStore("/store", "closed")

    task = run_in_background(job, screen, "", told.append, told.append)
    qtbot.waitUntil(lambda: task not in Task._running)
    assert told == []
    error_box(screen, NotAStore("/store", "closed"))  # a late result, its window not shown
    assert not [w for w in qtbot_top_levels() if isinstance(w, QMessageBox)]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def qtbot_top_levels() -> list[QWidget]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
