"""Every window fits the counter PC's screen (gui/fit.py): ``window_cases.py`` opens every
top-level window and dialog on a 1366×768 screen and on a 1920×1080 screen at 150 % (each less
a 40 px taskbar), in a subprocess per screen since the offscreen platform's screen is fixed when
the application starts; and no window class of storecrm/gui is left out of it."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from storecrm.services.session import StoreContext
from tests.gui import window_cases

ROOT = Path(__file__).resolve().parents[2]
TASKBAR = 40  # Windows' taskbar at 100 %, in logical pixels

# name: (width, height, scale, language): the physical screen less the taskbar.
SCREENS = {
    "1366x768": (1366, 768 - TASKBAR, 1.0, "zh_CN"),
    "1920x1080@150%": (1920, 1080 - int(TASKBAR * 1.5), 1.5, "en"),
    "1024x768": (1024, 768 - TASKBAR, 1.0, "zh_CN"),
}
TOP_LEVEL = {"QDialog", "QMainWindow", "QWizard"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, subprocess.Popen[str]]]:
    """The cases on every screen, started together (each is its own Qt application)."""
    started = {}
    for name, (width, height, scale, language) in SCREENS.items():
        where = tmp_path_factory.mktemp("screen")
        screen = {"name": name, "x": 0, "y": 0, "width": width, "height": height}
        screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        (where / "screen.json").write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        env = {
            **os.environ,
            # Relative: Qt splits the platform string at ':' (a drive letter would break it).
            "QT_QPA_PLATFORM": "offscreen:configfile=screen.json",
            "QT_SCALE_FACTOR": str(scale),
            "STORECRM_FIT_LANG": language,
            "PYTHONPATH": str(ROOT),
        }
        command = [
            sys.executable,
            "-m",
            "pytest",
            str(Path(window_cases.__file__)),
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(ROOT),
            "-c",
            str(ROOT / "pyproject.toml"),
        ]
        started[name] = subprocess.Popen(
            command, cwd=where, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
    yield started
    for process in started.values():
        if process.poll() is None:
            process.kill()
            process.communicate()


@pytest.mark.slow
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_window_fits_the_screen(runs: dict[str, subprocess.Popen[str]], screen: str) -> None:
    process = runs[screen]
    try:
        output, _ = process.communicate(timeout=900)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    reported = [line for line in output.splitlines() if line.startswith("E ")]
    assert process.returncode == 0, "\n".join(reported) or output[-6000:]


def _window_classes() -> dict[str, str]:
    """Every class in storecrm/gui that is (through its bases) a QDialog, QMainWindow or
    QWizard, with its file."""
    bases: dict[str, list[str]] = {}
    files: dict[str, str] = {}
    for path in (ROOT / "storecrm" / "gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [ast.unparse(b).split(".")[-1] for b in node.bases]
                files[node.name] = str(path.relative_to(ROOT))

    def top_level(name: str, seen: frozenset[str] = frozenset()) -> bool:
        if name in TOP_LEVEL:
            return True
        if name not in bases or name in seen:
            return False
        return any(top_level(b, seen | {name}) for b in bases[name])

    return {name: files[name] for name in bases if top_level(name)}


def test_every_window_class_is_opened_by_a_fit_case() -> None:
    """A new dialog without a case here fails: add it to window_cases.py."""
    covered = {name for names in window_cases.WINDOWS.values() for name in names}
    classes = _window_classes()
    assert len(classes) > 20  # the scan finds the dialogs at all
    missing = {
        name: path
        for name, path in classes.items()
        if name not in covered and name not in window_cases.BASES
    }
    assert missing == {}
    assert covered - set(classes) == set()  # no stale names in the cases


def test_the_store_name_field_shows_a_whole_name(qtbot: QtBot, owner: StoreContext) -> None:
    from storecrm.gui.app import create_application
    from storecrm.gui.preferences import Preferences
    from storecrm.gui.screens.settings_screen import StoreTab

    create_application("zh_CN")
    tab = StoreTab(owner, Preferences())
    qtbot.addWidget(tab)
    tab.show()
    name = "悦容美发沙龙（国贸旗舰店）"
    tab.name_edit.setText(name)
    shown = tab.name_edit.contentsRect().width() - 20  # less the padding of app.qss
    assert tab.name_edit.fontMetrics().horizontalAdvance(name) <= shown
