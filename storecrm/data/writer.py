"""One writer per store inside the program: the lock every write unit of work holds, and which
SQLite errors mean "busy, try the unit again".

``store.lock`` keeps other copies of the program out; :class:`WriterLock` orders the threads of
this one. A write unit of work takes it before ``BEGIN IMMEDIATE`` and keeps it until it ends,
so two writers never meet inside SQLite (where the loser of a read-then-write race gets
``SQLITE_BUSY`` at once, whatever the busy timeout). Read units take no lock: in WAL mode they
read their snapshot while the writer writes.

How long a writer waits for the lock depends on who is waiting. A worker thread waits for the
worst legitimate writer (an import or a demo history of 100,000 customers: minutes). The GUI
thread (the main thread) waits :data:`MAIN_THREAD_WAIT` at most and then gets
:class:`~storecrm.domain.errors.StoreBusy`, a message for the user, rather than a frozen window.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from storecrm.domain.errors import StoreBusy

log = logging.getLogger(__name__)

#: The longest a worker thread waits for the writer: longer than any write the program makes
#: (the demo history of 100,000 customers takes about two minutes on a counter PC).
WORKER_WAIT = 600.0
#: The longest the GUI thread waits. Writes from the GUI thread are a sale, a top-up, a form:
#: milliseconds. Only a long background write (an import, a merge of many) can hold it longer.
MAIN_THREAD_WAIT = 10.0
#: A unit of work that SQLite still finds busy is run again this many times in all.
ATTEMPTS = 4
RETRY_PAUSE = 0.05  # seconds, times the attempt number

_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8


class WriteOnReadPath(RuntimeError):
    """A read unit of work tried to write: a use case marked as reading only wrote, or a write
    was not handed to the writer. A programming error, never a user's."""


class WriterLock:
    """The store's one writer in this process (see the module docstring)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owner: int | None = None

    @property
    def held_here(self) -> bool:
        """Whether the calling thread holds it."""
        return self._owner == threading.get_ident()

    def acquire(self, timeout: float | None = None) -> None:
        """Wait for the writer; raise StoreBusy after ``timeout`` (by default by thread)."""
        if self.held_here:
            # A second write unit on the same thread would wait for itself inside SQLite.
            raise RuntimeError("a write unit of work was opened inside another one")
        if timeout is None:
            main = threading.current_thread() is threading.main_thread()
            timeout = MAIN_THREAD_WAIT if main else WORKER_WAIT
        started = time.monotonic()
        if not self._lock.acquire(timeout=timeout):
            log.warning("the store's writer stayed busy for %.0f s", timeout)
            raise StoreBusy()
        self._owner = threading.get_ident()
        waited = time.monotonic() - started
        if waited >= 1.0:
            log.info("waited %.1f s for the store's writer", waited)

    def release(self) -> None:
        self._owner = None
        self._lock.release()


def _sqlite_code(exc: BaseException) -> int | None:
    error: Any = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF  # the primary code of an extended one


def is_busy(exc: BaseException) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED: another connection held a lock; the unit may run again."""
    code = _sqlite_code(exc)
    if code is not None:
        return code in (_SQLITE_BUSY, _SQLITE_LOCKED)
    text = str(getattr(exc, "orig", exc))
    return "database is locked" in text or "database table is locked" in text


def is_write_refused(exc: BaseException) -> bool:
    """SQLITE_READONLY: a write on a ``query_only`` connection."""
    return _sqlite_code(exc) == _SQLITE_READONLY
