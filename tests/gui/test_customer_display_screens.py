"""The customer display goes to the screen chosen in Settings → Hardware, full screen there,
while the till stays on its own: on the offscreen platform with two screens (a 1024×768 touch
till and an 800×600 customer screen), in a subprocess, since the offscreen platform's screens
are fixed when the application starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys
from storecrm.gui.app import create_application
from storecrm.gui.counter import settings as device_settings
from storecrm.gui.counter.devices import Counter
from storecrm.gui.counter.view import CustomerView, Phase, ViewLine
from storecrm.hardware.config import DisplaySettings

app = create_application("en")
names = [s.name() for s in app.screens()]
device_settings.save_display(DisplaySettings(screen="customer"))
devices = Counter()
display = devices.display
assert display is not None, names
for _ in range(5):
    app.processEvents()
devices.show_view(
    CustomerView(Phase.SELLING, "悦容美发沙龙", (ViewLine("剪发", 1, 7744),), total_fen=7744)
)
screen = display.screen()
geometry = display.geometry()
print("SCREENS", sorted(names))
print("PRIMARY", app.primaryScreen().name())
print("ON", screen.name(), display.isFullScreen(), geometry.x(), geometry.width(),
      geometry.height())
print("TOTAL", display.shown_texts()["total"])
device_settings.save_display(DisplaySettings(screen="not-plugged-in"))
devices.reload()
print("HIDDEN", not display.isVisible())
"""


def test_the_display_fills_the_chosen_screen(tmp_path: Path) -> None:
    screens = [
        {"name": "till", "x": 0, "y": 0, "width": 1024, "height": 728},
        {"name": "customer", "x": 1024, "y": 0, "width": 800, "height": 600},
    ]
    for screen in screens:
        screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    (tmp_path / "screens.json").write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen:configfile=screens.json",
        "STORECRM_HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert out["SCREENS"] == "['customer', 'till']"
    assert out["ON"] == "customer True 1024 800 600"  # full screen on the customer's screen
    assert out["TOTAL"] == "¥77.44"
    assert out["HIDDEN"] == "True"  # a screen that is not there: no display
