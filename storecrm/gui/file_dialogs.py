"""Every file dialog of the program: where it opens, and remembering where the user went.

A dialog has a purpose (save a report, import customers, restore a backup, …). It opens in the
folder last used for that purpose on this computer (kept in the program's preferences, not the
store), else in the purpose's own fallback (the backup folder when restoring, the stores' folder
when opening a store), else in Documents: never in the program's working folder, which is its
install or source folder.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from storecrm.gui.preferences import Preferences


class Purpose(StrEnum):
    """What a file dialog is for; each remembers its own last folder."""

    REPORT = "report"  # the business report as PDF or Excel
    PAYROLL = "payroll"  # the commission payroll as PDF or Excel
    CUSTOMER_EXPORT = "customer_export"
    CUSTOMER_IMPORT = "customer_import"
    REMINDER_EXPORT = "reminder_export"
    SHIFT_SUMMARY = "shift_summary"  # the shift summary as PDF
    RECEIPT = "receipt"  # a receipt as PDF
    RESTORE = "restore"  # the backup file to restore
    BACKUP_FOLDER = "backup_folder"  # where backups go
    STORE_FOLDER = "store_folder"  # a store's folder (open one, or where to make one)
    PROMOTION_IMAGE = "promotion_image"  # the picture on the customer display between sales
    MEMBER_CARDS = "member_cards"  # A4 sheets of member cards as PDF


def documents_folder() -> Path:
    """The user's Documents folder (or home, where there is none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for candidate in (location, QDir.homePath()):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.home()


def start_folder(purpose: Purpose, fallback: Path | None = None) -> Path:
    """Where a dialog for ``purpose`` opens: the last folder used for it, else ``fallback``,
    else Documents; only a folder that exists now (a USB drive may be gone)."""
    for candidate in (Preferences().last_folder(purpose), fallback):
        if candidate is not None and candidate.is_dir():
            return candidate
    return documents_folder()


def remember(purpose: Purpose, folder: Path) -> None:
    prefs = Preferences()
    prefs.set_last_folder(purpose, folder)
    prefs.sync()


def save_file(
    parent: QWidget | None,
    purpose: Purpose,
    title: str,
    file_name: str,
    name_filter: str,
    suffix: str,
    fallback: Path | None = None,
) -> Path | None:
    """Ask where to save ``file_name``; the path (with ``suffix`` added when the user left it
    off), or None when cancelled."""
    start = start_folder(purpose, fallback) / Path(file_name).name
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(start), name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if suffix and not path.name.lower().endswith(suffix.lower()):
        path = path.with_name(path.name + suffix)
    remember(purpose, path.parent)
    return path


def open_file(
    parent: QWidget | None,
    purpose: Purpose,
    title: str,
    name_filter: str,
    fallback: Path | None = None,
) -> Path | None:
    """Ask for a file to read; None when cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, title, str(start_folder(purpose, fallback)), name_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember(purpose, path.parent)
    return path


def choose_folder(
    parent: QWidget | None,
    purpose: Purpose,
    title: str,
    current: Path | None = None,
    fallback: Path | None = None,
) -> Path | None:
    """Ask for a folder, opening in ``current`` (the folder already chosen) when it exists;
    None when cancelled."""
    start = current if current is not None and current.is_dir() else None
    chosen = QFileDialog.getExistingDirectory(
        parent, title, str(start or start_folder(purpose, fallback))
    )
    if not chosen:
        return None
    folder = Path(chosen)
    remember(purpose, folder)
    return folder
