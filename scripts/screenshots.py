"""Render every screen with demo data to PNG (offscreen; no display needed).

    python scripts/screenshots.py [--out docs/screenshots] [--lang zh_CN|en]

Used for the README and for looking at what the program shows after a change.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    os.environ.setdefault("STORECRM_HOME", tempfile.mkdtemp(prefix="storecrm-shots-"))

    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication, QWidget

    from storecrm import paths
    from storecrm.gui.app import create_application
    from storecrm.gui.login import LoginDialog
    from storecrm.gui.main_window import NAV_KEYS, MainWindow
    from storecrm.gui.preferences import Preferences
    from storecrm.gui.screens.settings_screen import SettingsScreen
    from storecrm.gui.wizard import StoreWizard
    from storecrm.services import demo, session

    app = create_application(args.lang)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    def shoot(widget: QWidget, name: str, size: QSize | None = None) -> None:
        if size is not None:
            widget.resize(size)
        widget.show()
        for _ in range(3):
            QApplication.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    folder = paths.demo_store_dir()
    if not session.is_store_folder(folder):
        demo.create_demo_store(folder)

    wizard = StoreWizard()
    shoot(wizard, "wizard-1-welcome")
    wizard.next()
    wizard.store_page.name_edit.setText("悦容美发沙龙")
    shoot(wizard, "wizard-2-store")
    wizard.recovery_page.set_code("7QK2M-9XH4D-R3TBW-8NVPC-5JZ6A", "悦容美发沙龙")
    wizard.next()
    shoot(wizard, "wizard-3-owner")
    wizard.close()
    page = wizard.recovery_page
    page.setTitle(page.title())
    shoot(page, "wizard-4-recovery-code", QSize(640, 420))
    page.close()

    login = LoginDialog(folder, store_name=demo.DEMO_STORE_NAME, username=demo.DEMO_OWNER)
    shoot(login, "login")
    login.close()

    ctx = session.sign_in(folder, demo.DEMO_OWNER, demo.DEMO_PASSWORD)
    window = MainWindow(ctx, Preferences())
    window.resize(1200, 760)
    for key in NAV_KEYS:
        window.show_screen(key)
        shoot(window, f"main-{key}")
    settings_screen = window.screens["settings"]
    assert isinstance(settings_screen, SettingsScreen)
    for index in range(1, settings_screen.tabs.count()):
        settings_screen.tabs.setCurrentIndex(index)
        shoot(window, f"settings-{index}-{settings_screen.tabs.widget(index).__class__.__name__}")
    window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
