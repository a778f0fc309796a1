"""The layers depend one way: gui → services → data/domain. This test fails on a crossing."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "storecrm"

# layer -> top-level modules it must never import
FORBIDDEN = {
    "domain": (
        "PySide6",
        "shiboken6",
        "sqlalchemy",
        "alembic",
        "sqlcipher3",
        "storecrm.data",
        "storecrm.services",
        "storecrm.gui",
    ),
    "data": ("PySide6", "shiboken6", "storecrm.services", "storecrm.gui"),
    "services": ("PySide6", "shiboken6", "storecrm.gui"),
    "reports": ("PySide6", "shiboken6", "sqlalchemy", "storecrm.data", "storecrm.gui"),
    "gui": ("sqlalchemy", "alembic", "sqlcipher3", "storecrm.data"),
    # The counter's devices: encoders and transports, below the GUI and beside the domain.
    "hardware": (
        "PySide6",
        "shiboken6",
        "sqlalchemy",
        "storecrm.data",
        "storecrm.services",
        "storecrm.gui",
        "storecrm.reports",
    ),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def crossings(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_modules(path):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_it_must_not(layer: str) -> None:
    if not (PACKAGE / layer).is_dir():
        pytest.skip(f"no {layer} package yet")
    assert crossings(layer) == []


def test_the_scan_sees_a_crossing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy as sa\n")
    assert {"PySide6.QtCore", "sqlalchemy"} <= imported_modules(bad)
