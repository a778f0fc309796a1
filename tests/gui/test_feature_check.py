"""PySide6's check of each import gives the same answer, read cheaply (issue 23, point 6).

After PySide6 is imported, it asks of every module imported later whether its source names
PySide6 (for ``from __feature__ import …``), by reading the source through ``inspect`` and
keeping it in ``linecache``. storecrm.gui replaces the check by one that reads the file's bytes.
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import linecache
import sys
from pathlib import Path
from types import ModuleType

import pytest

import storecrm.domain.money
import storecrm.gui
import storecrm.gui.app
from storecrm.gui import _mentions_pyside


def _pyside_own_answer(module: ModuleType) -> bool:
    """PySide6 6.x's own check (shibokensupport.feature._mod_uses_pyside), the oracle."""
    try:
        source = inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False
    return "PySide6" in source


def _module_from(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_check_is_replaced_once_the_gui_is_imported() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is _mentions_pyside
    assert storecrm.gui.cheap_feature_check() is True


def test_the_cheap_check_answers_as_pyside_does(tmp_path: Path) -> None:
    (tmp_path / "uses_qt.py").write_text(
        "# 客户档案\nfrom PySide6.QtCore import QObject\n", encoding="utf-8"
    )
    (tmp_path / "plain.py").write_text("# 会员 PySide2 only\nVALUE = 1\n", encoding="utf-8")
    modules = [
        storecrm.gui.app,  # names PySide6
        storecrm.domain.money,  # does not
        json,  # the standard library
        sys,  # built in: no file
        sys.modules["PySide6.QtCore"],  # an extension module
        _module_from(tmp_path / "uses_qt.py", "uses_qt_probe"),
        _module_from(tmp_path / "plain.py", "plain_probe"),
    ]
    answers = [_mentions_pyside(m) for m in modules]
    assert answers == [_pyside_own_answer(m) for m in modules]
    assert answers == [True, False, False, False, False, True, False]


def test_a_missing_source_is_not_a_pyside_module(tmp_path: Path) -> None:
    path = tmp_path / "gone.py"
    path.write_text("import PySide6\n", encoding="utf-8")
    module = _module_from(path, "gone_probe")
    path.unlink()  # as in a frozen build: the module has a file name but no file
    assert _mentions_pyside(module) is False


def test_importing_a_module_keeps_no_copy_of_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "fresh_probe_module.py").write_text(
        "from PySide6.QtCore import QObject\nVALUE = 2\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    import fresh_probe_module  # noqa: PLC0415  (imported here, after PySide6's hook)

    assert fresh_probe_module.VALUE == 2
    assert str(tmp_path / "fresh_probe_module.py") not in linecache.cache
    feature = sys.modules["shibokensupport.feature"]
    assert feature.pyside_feature_dict["fresh_probe_module"] == 0  # seen as a PySide6 module
