"""The command-line tools that pip installed with this Python, for the scripts and tests.

PySide6 puts ``pyside6-uic``, ``pyside6-lupdate`` and ``pyside6-lrelease`` beside the
interpreter (``.venv/bin``; ``Scripts\\`` on Windows). The README's lines run
``.venv/bin/python`` without activating the environment, so that folder is not on PATH, and a
tool of the same name that is on PATH belongs to another installation, of another version. So
tools are called by the path :func:`tool` gives, never by bare name. (The program itself
needs none of them.)
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path


def tool(name: str) -> str:
    """The path of the console script ``name`` installed with this Python."""
    # sys.executable is not resolved: .venv/bin/python links to the base interpreter, whose
    # folder is not the environment's. sysconfig's scripts folder covers a Python installed
    # without a venv, whose tools may sit apart from it (Windows: Scripts\ beside python.exe).
    folders = dict.fromkeys([Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))])
    for folder in folders:
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    raise FileNotFoundError(
        f"{name} is not installed with this Python ({sys.executable}); "
        f'install the project into it: {sys.executable} -m pip install -e ".[dev]"'
    )
