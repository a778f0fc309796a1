"""Generate ``storecrm/gui/forms/ui_*.py`` from the Qt Designer forms in ``ui/``.

Run after editing a form: ``python scripts/build_ui.py``. A test fails when a generated module
is out of date (``tests/gui/test_forms.py``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from storecrm.devtools import tool

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
OUT = ROOT / "storecrm" / "gui" / "forms"


def generate(form: Path) -> str:
    result = subprocess.run(
        [tool("pyside6-uic"), str(form)],
        check=True,
        capture_output=True,
        text=True,
    )
    # Drop the header lines that name the uic version, so the output depends only on the form.
    lines = [ln for ln in result.stdout.splitlines() if "Qt User Interface Compiler" not in ln]
    return "\n".join(lines).rstrip() + "\n"


def target(form: Path) -> Path:
    return OUT / f"ui_{form.stem}.py"


def main() -> int:
    for form in sorted(FORMS.glob("*.ui")):
        target(form).write_text(generate(form), encoding="utf-8")
        print(f"{form.name} -> {target(form).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
