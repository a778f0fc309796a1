"""The style and the stylesheet are set once per application: setting them again re-polished
every widget alive and crashed Qt (a segmentation fault) when a closed wizard was on its way
out: the wizard's keyboard test followed by the customer form's tests, in one process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from storecrm.gui.app import create_application

ROOT = Path(__file__).resolve().parents[2]


def test_a_second_create_application_keeps_the_style_it_has() -> None:
    app = create_application("en")
    style, sheet = app.style(), app.styleSheet()
    assert sheet  # the stylesheet is on
    assert create_application("zh_CN") is app
    assert app.style() is style and app.styleSheet() == sheet
    assert isinstance(app, QApplication)


def test_the_wizard_then_the_customer_form_in_one_process() -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/gui/test_keyboard.py::test_alt_n_in_the_wizard_goes_to_the_next_page",
            "tests/gui/test_customer_form.py",
        ],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
