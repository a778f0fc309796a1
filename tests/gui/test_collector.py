"""Garbage cycles holding windows are freed on the GUI thread, never in a worker.

The freeze it prevents (storecrm/gui/collector.py): the automatic collector, run by a worker
that allocates, destroys a window Python owns in that worker; ~QWidget waits for the GUI thread
to flush window events while the worker holds Python's lock, and the GUI thread waits for that
lock in the first Python event filter. The scenario runs in a child process with a time limit,
so the freeze, if it came back, fails this test instead of hanging the run.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap

from pytestqt.qtbot import QtBot

from storecrm.gui import collector
from storecrm.gui.app import create_application

SCENARIO = textwrap.dedent(
    """
    import gc, threading, time
    from PySide6.QtCore import QEventLoop, QObject, QTimer, Qt, Slot
    from PySide6.QtWidgets import QWidget
    from storecrm.gui.app import create_application
    from storecrm.gui.tasks import run_in_background

    app = create_application("en")
    main = threading.get_ident()
    where = []

    class Dialog(QWidget):  # a window class of ours: Python owns it and destroys it
        pass

    class Watcher(QObject):  # outlives the window, so its connection outlives the wrapper
        @Slot()
        def seen(self):
            where.append("gui" if threading.get_ident() == main else "worker")

    watcher = Watcher()

    def a_window_in_a_cycle():
        # No event is handled between making it and dropping it: the GUI thread's collector
        # cannot run meanwhile, so the window is garbage in the youngest generation.
        window = Dialog()
        window.cycle = window  # only the cyclic collector frees it
        window.destroyed.connect(watcher.seen, Qt.ConnectionType.DirectConnection)
        window.show()

    gc.collect()  # a clean slate: the counts start from nothing
    a_window_in_a_cycle()

    def work():
        # What an export does: many small containers, enough to pass every threshold, and
        # garbage cycles of its own, which count until a collection frees them.
        kept = [[i] for i in range(300_000)]
        for _ in range(10_000):
            cycle = []
            cycle.append(cycle)
        return len(kept)

    loop = QEventLoop()
    run_in_background(work, None, "", lambda n: loop.quit(), lambda e: loop.quit())
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    deadline = time.monotonic() + 30
    while not where and time.monotonic() < deadline:  # the collector's next ticks
        QTimer.singleShot(100, loop.quit)
        loop.exec()
    print("destroyed in", where)
    """
)


def test_a_window_in_garbage_is_destroyed_on_the_gui_thread_while_a_worker_allocates() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCENARIO],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "destroyed in ['gui']" in done.stdout, done.stdout + done.stderr


def test_the_collector_collects_what_passed_its_threshold(qtbot: QtBot) -> None:
    app = create_application("en")
    guard = collector.install(app)
    assert collector.install(app) is guard  # once per application
    assert not gc.isenabled()

    class Node:
        pass

    freed: list[int] = []
    for i in range(3):
        node = Node()
        node.cycle = node  # type: ignore[attr-defined]
        __import__("weakref").finalize(node, freed.append, i)
    del node
    kept = [[i] for i in range(guard.thresholds[0] * 2)]  # past generation 0's threshold
    qtbot.waitUntil(lambda: len(freed) == 3, timeout=10_000)
    assert len(kept) == guard.thresholds[0] * 2
