"""What killed work leaves behind, cleared at the next start without touching work in progress.

- ``.<store>.restoring-*`` beside a store: a restore's staging folder (the backup's database
  and keyring, still encrypted). A restore holds a :class:`~storecrm.data.lock.WorkLock` in it
  while it runs, so only folders whose lock nobody holds are removed.
- ``.<store>.creating-*`` beside a store: an interrupted creation (no lock: removed once old).
- ``.keyring*.tmp`` inside the store: an interrupted atomic write of the keyring (the caller
  holds the store's lock, so nobody else is writing one).
- ``storecrm-verify-*`` in the temp folder: a keyed verify's copy of a backup's database (still
  encrypted), locked like a restore's staging folder.

A folder without a lock file was made by an older version, or is being made this very moment:
it is left alone until it is :data:`UNLOCKED_GRACE` seconds old. Backup parts are handled by
``backup.remove_stale_parts`` (a complete one becomes a backup instead).
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
import time
from pathlib import Path

from storecrm.data.lock import WorkLock

log = logging.getLogger(__name__)

UNLOCKED_GRACE = 3600.0
VERIFY_PREFIX = "storecrm-verify-"


def _remove_if_abandoned(folder: Path) -> bool:
    if folder.is_symlink() or not folder.is_dir():
        return False
    state = WorkLock.abandoned(folder)
    if state is False:
        return False  # in use by a running program
    if state is None:
        try:
            age = time.time() - folder.stat().st_mtime
        except OSError:
            return False
        if age < UNLOCKED_GRACE:
            return False
    shutil.rmtree(folder, ignore_errors=True)
    return not folder.exists()


def clean_beside_store(folder: Path) -> int:
    """Staging folders of this store's killed restores and creations, and keyring temporary
    files. The caller holds the store's lock. Returns how many were removed."""
    removed = 0
    prefixes = (f".{folder.name}.restoring-", f".{folder.name}.creating-")
    with contextlib.suppress(OSError):
        for path in folder.parent.iterdir():
            if path.name.startswith(prefixes) and _remove_if_abandoned(path):
                removed += 1
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if path.name.startswith(".keyring") and path.name.endswith(".tmp") and path.is_file():
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
    if removed:
        log.info("removed %d leftovers of interrupted work beside the store", removed)
    return removed


def clean_temp_folder(temp: Path | None = None) -> int:
    """Temporary folders of killed keyed verifies. Returns how many were removed."""
    folder = Path(temp) if temp is not None else Path(tempfile.gettempdir())
    removed = 0
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if path.name.startswith(VERIFY_PREFIX) and _remove_if_abandoned(path):
                removed += 1
    if removed:
        log.info("removed %d temporary folders of interrupted checks", removed)
    return removed
