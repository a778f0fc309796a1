"""One writer per store: an OS-level lock on ``store.lock`` held while a copy of the program has
the store open.

The operating system drops the lock when the process ends, even by a crash or ``kill -9``, so a
stale lock never blocks the owner. Who holds it (computer, process, since when) is written
beside it so the refusal can say which copy has the store open.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
from datetime import datetime
from pathlib import Path
from typing import IO

from storecrm.domain.errors import NotAStore, StoreLocked

LOCK_NAME = "store.lock"
HOLDER_NAME = "store.lock.info"


def _try_lock(fh: IO[bytes]) -> bool:
    if os.name == "nt":  # pragma: no cover - exercised on Windows builds
        import msvcrt

        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class StoreLock:
    """Held for as long as this process may write the store."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._fh: IO[bytes] | None = None

    @classmethod
    def acquire(cls, folder: Path) -> StoreLock:
        lock = cls(folder)
        try:
            fh = open(folder / LOCK_NAME, "a+b")  # noqa: SIM115 - held open for the lock's life
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise NotAStore(str(folder), "read_only") from exc
            raise
        if not _try_lock(fh):
            fh.close()
            raise StoreLocked(*lock.holder())
        lock._fh = fh
        info = {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        # The lock itself is what counts; the description is a courtesy.
        with contextlib.suppress(OSError):
            (folder / HOLDER_NAME).write_text(json.dumps(info), encoding="utf-8")
        return lock

    def holder(self) -> tuple[str, int | None, str]:
        """(computer, process id, since) of the copy holding the lock, as far as known."""
        try:
            info = json.loads((self.folder / HOLDER_NAME).read_text(encoding="utf-8"))
            return str(info["host"]), int(info["pid"]), str(info["since"])
        except (OSError, ValueError, KeyError, TypeError):
            return "", None, ""

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            (self.folder / HOLDER_NAME).unlink(missing_ok=True)
        self._fh.close()  # closing the handle releases flock / msvcrt locks
        self._fh = None


class WorkLock:
    """An OS lock on a file inside a working folder (a restore's staging folder, a verify's
    temporary folder), held while the work runs. A clean-up in another program can then tell
    a folder in use from one whose program was killed: the OS drops the lock with the process.
    """

    NAME = ".storecrm-work.lock"

    def __init__(self, folder: Path, fh: IO[bytes] | None) -> None:
        self.folder = folder
        self._fh = fh

    @classmethod
    def hold(cls, folder: Path) -> WorkLock:
        fh = open(folder / cls.NAME, "a+b")  # noqa: SIM115 - held open for the lock's life
        if not _try_lock(fh):  # pragma: no cover - a fresh folder of our own
            fh.close()
            raise OSError(f"work folder in use: {folder}")
        return cls(folder, fh)

    def release(self) -> None:
        """Let go and remove the lock file (the folder is then about to go or to move)."""
        if self._fh is None:
            return
        self._fh.close()
        self._fh = None
        with contextlib.suppress(OSError):
            (self.folder / self.NAME).unlink(missing_ok=True)

    @classmethod
    def abandoned(cls, folder: Path) -> bool | None:
        """True: a lock file that nobody holds (its program died); False: held right now;
        None: no lock file (a folder made before the lock existed, or just being made)."""
        try:
            fh = open(folder / cls.NAME, "r+b")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            return None
        except OSError:
            return False
        try:
            return _try_lock(fh)
        finally:
            fh.close()  # also releases the lock just taken
