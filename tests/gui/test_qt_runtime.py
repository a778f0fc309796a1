"""The Qt binding the program runs on must not leak references to None.

PySide6 6.12.0 on CPython 3.11 drops one reference to None on every Qt call that returns
nothing; a running shop PC would eventually abort with "none_dealloc". pyproject pins below it.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
    assert before - sys.getrefcount(None) < 50
