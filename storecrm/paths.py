"""Where things live on this computer: app data, logs, the demo store, bundled resources.

``STORECRM_HOME`` moves everything (data, logs, settings) into one folder: tests use it to keep
each run apart, and it makes a portable install on a USB stick possible.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "StoreCRM"


def _home_override() -> Path | None:
    value = os.environ.get("STORECRM_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home_override()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = _home_override()
    path = home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path:
    """The GUI's own preferences (last store, window geometry), not the store's settings."""
    return data_dir() / "preferences.ini"


def demo_store_dir() -> Path:
    return data_dir() / "demo-store"


def default_store_dir(name: str = "my-store") -> Path:
    return data_dir() / "stores" / name


def resources_dir() -> Path:
    """``resources/`` of a source checkout or editable install, or of a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_file() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
