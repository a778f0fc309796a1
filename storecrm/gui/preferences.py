"""The program's own preferences on this computer (not the store's settings): which store was
open last, the window's size and place, the chosen language, and the folder each kind of file
dialog last used (``gui/file_dialogs.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from storecrm import paths


class Preferences:
    def __init__(self) -> None:
        self._qs = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)

    @property
    def last_store(self) -> Path | None:
        value = self._qs.value("store/last", "")
        return Path(str(value)) if value else None

    @last_store.setter
    def last_store(self, folder: Path | None) -> None:
        self._qs.setValue("store/last", str(folder) if folder else "")

    @property
    def last_username(self) -> str:
        return str(self._qs.value("store/last_username", ""))

    @last_username.setter
    def last_username(self, name: str) -> None:
        self._qs.setValue("store/last_username", name)

    @property
    def language(self) -> str:
        return str(self._qs.value("ui/language", ""))

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)

    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_window_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)

    def reminders_at_start(self) -> bool:
        """Open on the reminders when some are due (the owner's morning list)."""
        return str(self._qs.value("ui/reminders_at_start", "true")).lower() == "true"

    def set_reminders_at_start(self, on: bool) -> None:
        self._qs.setValue("ui/reminders_at_start", "true" if on else "false")

    def last_folder(self, purpose: str) -> Path | None:
        """The folder a file dialog for ``purpose`` last used, if any."""
        value = str(self._qs.value(f"folders/{purpose}", "") or "")
        return Path(value) if value else None

    def set_last_folder(self, purpose: str, folder: Path) -> None:
        self._qs.setValue(f"folders/{purpose}", str(folder))

    def sync(self) -> None:
        self._qs.sync()
