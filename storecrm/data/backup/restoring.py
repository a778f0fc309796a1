"""Restoring a backup: :func:`stage_restore` builds the new store files in a staging folder
beside the store and fully checks them there; only then does :func:`install_staged` move the
current files into ``safety/before-restore-<time>/`` (a complete store folder of its own) and the
staged files in. Every step before the move leaves the current store untouched.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

from storecrm.data import migrate
from storecrm.data.backup.disk import _fsync_file, fsync_dir
from storecrm.data.backup.file_format import KEYRING_NAME, Header, Progress
from storecrm.data.backup.verifying import extract_and_check
from storecrm.data.engine import DB_NAME

# Files of a store that a restore replaces; the lock and the safety folder stay.
STORE_FILES = (
    DB_NAME,
    f"{DB_NAME}-wal",
    f"{DB_NAME}-shm",
    f"{DB_NAME}-journal",
    KEYRING_NAME,
    "keyring.next.json",
    "pending-audit.jsonl",
)
_KEEP_IN_FOLDER = {"store.lock", "store.lock.info", migrate.SAFETY_DIR}


def restore_target_state(folder: Path) -> str:
    """``"store"``, ``"empty"`` (missing, empty, or only what a store leaves behind) or
    ``"other"`` (a folder with other files: never overwritten)."""
    if not folder.exists():
        return "empty"
    if not folder.is_dir():
        return "other"
    if (folder / DB_NAME).is_file() and (folder / KEYRING_NAME).is_file():
        return "store"
    names = {p.name for p in folder.iterdir()}
    return "empty" if names <= _KEEP_IN_FOLDER else "other"


def staging_folder(folder: Path) -> Path:
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = folder.with_name(f".{folder.name}.restoring-{secrets.token_hex(4)}")
    staging.mkdir()
    return staging


def stage_restore(
    path: Path,
    staging: Path,
    *,
    password: str | None = None,
    recovery_code: str | None = None,
    progress: Progress | None = None,
) -> tuple[Header, bytes]:
    """Fill ``staging`` with the backup's store files, fully checked."""
    header, key = extract_and_check(
        path,
        staging / DB_NAME,
        password=password,
        recovery_code=recovery_code,
        progress=progress,
    )
    header.keyring.save(staging / KEYRING_NAME, key)
    _fsync_file(staging / DB_NAME)
    fsync_dir(staging)
    return header, key


def install_staged(staging: Path, folder: Path, stamp: str) -> Path | None:
    """Put the staged store in ``folder``; returns where the replaced files were kept.

    The current files are moved (never copied: nothing can fail half way for lack of space)
    into ``safety/before-restore-<stamp>/``, which is then a complete store folder of its own,
    WAL included. The caller holds the store's lock.
    """
    state = restore_target_state(folder)
    if state == "other":  # pragma: no cover - the caller checked before staging
        raise FileExistsError(str(folder))
    if state == "empty" and (not folder.exists() or not any(folder.iterdir())):
        if folder.exists():
            folder.rmdir()
        os.replace(staging, folder)
        fsync_dir(folder.parent)
        return None
    safety: Path | None = None
    present = [name for name in STORE_FILES if (folder / name).exists()]
    if present:
        safety = folder / migrate.SAFETY_DIR / f"before-restore-{stamp}"
        n = 2
        while safety.exists():
            safety = folder / migrate.SAFETY_DIR / f"before-restore-{stamp}-{n}"
            n += 1
        safety.mkdir(parents=True)
        # The keyring first: a crash from here on leaves a folder that is plainly not a store,
        # never a database with another store's key slots.
        for name in sorted(present, key=lambda n: n != KEYRING_NAME):
            os.replace(folder / name, safety / name)
        fsync_dir(safety)
        fsync_dir(folder)
    os.replace(staging / DB_NAME, folder / DB_NAME)
    os.replace(staging / KEYRING_NAME, folder / KEYRING_NAME)
    fsync_dir(folder)
    shutil.rmtree(staging, ignore_errors=True)
    return safety
