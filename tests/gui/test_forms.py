"""The committed ui_*.py modules are what pyside6-uic makes of ui/*.ui today."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_ui", ROOT / "scripts" / "build_ui.py")
assert spec is not None and spec.loader is not None
build_ui = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_ui)

FORMS = sorted((ROOT / "ui").glob("*.ui"))


@pytest.fixture(autouse=True)
def _no_tools_on_path(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PATH holds nothing: the README runs .venv/bin/python without .venv/bin on PATH, so the
    Qt tools must be found beside the interpreter (storecrm.devtools), not on PATH."""
    monkeypatch.setenv("PATH", str(tmp_path_factory.mktemp("empty-path")))


def test_there_are_forms() -> None:
    assert FORMS


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.name)
def test_generated_module_is_up_to_date(form: Path) -> None:
    target = build_ui.target(form)
    assert target.exists(), f"run: python scripts/build_ui.py ({target.name} missing)"
    assert target.read_text(encoding="utf-8") == build_ui.generate(form), (
        f"{target.name} is stale: run python scripts/build_ui.py"
    )
