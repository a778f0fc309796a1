"""Clearing what killed work left behind (issue 17): at every start, the temp folder; at every
sign-in that holds the store's lock, the store's surroundings and its backup folder. Never what
a running program uses (their work folders are locked), never a good backup. Failures are
logged and never keep anyone from working. See ``data/leftovers.py``.
"""

from __future__ import annotations

import logging

from storecrm.data import backup as files
from storecrm.data import leftovers
from storecrm.data.store import Store

log = logging.getLogger(__name__)


def clean_temporary_folders() -> None:
    """At the program's start: temporary folders of killed checks of backups."""
    try:
        leftovers.clean_temp_folder()
    except Exception:  # noqa: BLE001 - tidying up must never stop the program
        log.exception("cleaning the temp folder failed")


def clean_after_sign_in(store: Store) -> None:
    """At a sign-in holding the store's lock: staging folders beside the store, keyring
    temporary files, and this store's backup parts in its backup folder."""
    if store.read_only or store.lock is None:
        return
    from storecrm.services import backup  # it imports the session module, which imports us

    try:
        leftovers.clean_beside_store(store.paths.folder)
        with store.unit_of_work() as uow:
            folder = backup.backup_folder(uow)
        busy = backup.exclusive()
        if folder.is_dir() and busy.acquire(blocking=False):  # no backup of ours running
            try:
                for path in files.remove_stale_parts(folder, store.keyring.store_id):
                    log.info("an interrupted backup was complete and is kept: %s", path.name)
            finally:
                busy.release()
    except Exception:  # noqa: BLE001 - tidying up must never keep anyone from signing in
        log.exception("cleaning after sign-in failed")
