"""The backup folder: the names of backup files, the checks of a folder before a backup is
written into it, the backups it holds (:func:`iter_backups`) and the temporary files that
interrupted backups left there (:func:`remove_stale_parts`)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from storecrm.data.backup.disk import fsync_dir
from storecrm.data.backup.file_format import PART_SUFFIX, SUFFIX, Header
from storecrm.data.backup.reading import check_file, read_header
from storecrm.domain.errors import BackupFolderProblem, BadBackup


def backup_name(store_id: str, created_at: datetime) -> str:
    return f"StoreCRM-{store_id[:8]}-{created_at.strftime('%Y%m%d-%H%M%S')}{SUFFIX}"


def _free_name(folder: Path, store_id: str, created_at: datetime) -> Path:
    target = folder / backup_name(store_id, created_at)
    n = 2
    while target.exists():
        target = folder / backup_name(store_id, created_at).replace(SUFFIX, f"-{n}{SUFFIX}")
        n += 1
    return target


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise BackupFolderProblem(str(folder), "missing")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupFolderProblem(str(folder), "unwritable")


def iter_backups(folder: Path) -> Iterator[tuple[Path, Header | BadBackup]]:
    """Every ``*.storecrm-backup`` in ``folder`` with its header (or why it is unreadable)."""
    try:
        paths = sorted(p for p in folder.iterdir() if p.name.endswith(SUFFIX))
    except OSError:
        return
    for path in paths:
        if path.name.startswith(".") or not path.is_file():
            continue
        try:
            yield path, read_header(path)
        except BadBackup as exc:
            yield path, exc


def remove_stale_parts(folder: Path, store_id: str) -> list[Path]:
    """Temporary files this store's interrupted backups left behind. The caller makes sure no
    backup of this store is being written (it holds the store's lock and the backup lock).

    A ``.part`` that is complete is a backup whose copy passed every check and that was killed
    just before its rename (the end marker is written only after the checks): it gets its real
    name instead of being deleted. Returns the backups so recovered.
    """
    prefix = f".StoreCRM-{store_id[:8]}-"
    recovered: list[Path] = []
    try:
        names = sorted(p.name for p in folder.iterdir())
    except OSError:
        return recovered
    for name in names:
        if not (name.startswith(prefix) and PART_SUFFIX in name):
            continue
        path = folder / name
        if name.endswith(SUFFIX + PART_SUFFIX):
            target = folder / name[1 : -len(PART_SUFFIX)]
            if not target.exists():
                try:
                    check_file(path)
                    os.replace(path, target)
                    fsync_dir(folder)
                    recovered.append(target)
                    continue
                except (BadBackup, OSError):
                    pass
        with contextlib.suppress(OSError):
            path.unlink()
    return recovered
