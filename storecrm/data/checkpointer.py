"""The store's WAL checkpoints, made by a thread of their own rather than inside a sale.

In WAL mode a commit appends the pages it changed to ``store.db-wal``; a checkpoint copies them
into ``store.db`` and syncs it, so that the WAL can start over from its beginning. SQLite's
automatic checkpoint runs inside the commit that takes the WAL past 1,000 pages: a member's sale
writes about 34, so one sale in thirty paid for a checkpoint of the thirty before it, 10–20 ms
on the 100k store, and those sales were most of the slowest twentieth (issue 23).

A writable store's :class:`Checkpointer` is told of every write unit's commit. Its thread then
reads the WAL's size in frames and how many are in the database already (the WAL index's header,
in ``store.db-shm``). Once :data:`CHECKPOINT_FRAMES` frames are not copied, it checkpoints them
in PASSIVE mode on a reader's connection. The rest of a full WAL (the frames of the sales made
meanwhile) it copies after a lull of :data:`LULL` without commits, so that the next commit
finds all of the WAL in the database and starts it over; chasing each commit of a busy spell
instead put a checkpoint's syncs beside one sale in five (their p50 10.2 ms against 4.8 ms).
A checkpoint takes no lock a writer waits for: not the store's writer lock (it writes nothing
the store holds, so the "one writer" rule of :mod:`storecrm.data.writer` is kept), and in
SQLite only the checkpoint lock, which commits do not take. A sale goes on committing while it
runs.

The writer's connections keep SQLite's automatic checkpoint, at :data:`SAFETY_FRAMES`: should
the thread fall behind (a bulk import commits faster than it checkpoints), the WAL stays bounded
as before, only larger.
"""

from __future__ import annotations

import logging
import struct
import sys
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

#: Frames in the WAL not yet in the database from which the thread checkpoints (SQLite's own
#: default for its automatic checkpoint: the WAL stays about 4 MB).
CHECKPOINT_FRAMES = 1000
#: Seconds without a commit after which the rest of a full WAL is copied (a till's sales are
#: seconds apart; back-to-back writes leave it to the next batch or to SQLite at SAFETY_FRAMES).
LULL = 0.2
#: The writer connections' automatic checkpoint (``PRAGMA wal_autocheckpoint``), a bound for
#: when the thread does not keep up.
SAFETY_FRAMES = 4 * CHECKPOINT_FRAMES

# The WAL index (https://sqlite.org/walformat.html): two copies of a 48-byte header, ``mxFrame``
# (the last valid frame) at byte 16 of the first, then ``nBackfill`` (the frames already copied
# into the database) at byte 96; native byte order, version 3007000.
_WAL_INDEX = struct.Struct(("<" if sys.byteorder == "little" else ">") + "I12xI76xI")
_WAL_INDEX_VERSION = 3007000


def wal_frames(shm: Path) -> tuple[int, int]:
    """(frames in the WAL, frames of them already copied into the database), read from the WAL
    index; (0, 0) when there is none. A header this code does not know reads as a full WAL
    with nothing copied, so a checkpoint is made rather than forgotten."""
    try:
        with open(shm, "rb") as fh:
            head = fh.read(_WAL_INDEX.size)
    except FileNotFoundError:
        return 0, 0
    if len(head) < _WAL_INDEX.size:
        return 0, 0
    version, last, backfilled = (int(x) for x in _WAL_INDEX.unpack(head))
    if version == 0:  # not set up yet: nothing written
        return 0, 0
    if version != _WAL_INDEX_VERSION:
        return CHECKPOINT_FRAMES, 0
    return last, min(backfilled, last)


class Checkpointer:
    """Checkpoints a store's WAL on a thread of its own (see the module docstring), started at
    the first commit it is told of. ``checkpoint`` makes one PASSIVE checkpoint."""

    def __init__(
        self,
        shm: Path,
        checkpoint: Callable[[], None],
        *,
        frames: int = CHECKPOINT_FRAMES,
        lull: float = LULL,
    ) -> None:
        self._shm = shm
        self._checkpoint = checkpoint
        self._frames = frames
        self._lull = lull
        self._cond = threading.Condition()
        self._told = 0  # commits told of
        self._seen = 0  # commits looked at by the thread
        self._looking_at = 0  # the commits the thread is looking at
        self._stopped = False
        self._thread: threading.Thread | None = None
        #: Checkpoints made by the thread.
        self.made = 0

    def committed(self) -> None:
        """A write unit committed: the thread looks at the WAL (the caller does not wait)."""
        with self._cond:
            if self._stopped:
                return
            self._told += 1
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="storecrm-checkpoint", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def settled(self, timeout: float) -> bool:
        """Wait until the thread has looked at every commit it was told of (and made the
        checkpoint it called for); False after ``timeout`` seconds."""
        with self._cond:
            return self._cond.wait_for(lambda: self._seen >= self._told, timeout)

    def stop(self) -> None:
        """Stop the thread, after the checkpoint it may be making."""
        with self._cond:
            self._stopped = True
            thread = self._thread
            self._cond.notify_all()
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _newer(self) -> bool:
        return self._stopped or self._told > self._looking_at

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._stopped or self._told > self._seen)
                if self._stopped:
                    self._seen = self._told
                    self._cond.notify_all()
                    return
                told = self._looking_at = self._told
            try:
                last, backfilled = wal_frames(self._shm)
                due = last - backfilled >= self._frames  # a batch of frames: copied now
                if not due and last >= self._frames and backfilled < last:
                    # The rest of a full WAL: the WAL starts over only at a commit that finds
                    # all of it in the database. Copied in a lull between commits, not beside
                    # each sale of a busy spell (a checkpoint's syncs slow a sale's own).
                    with self._cond:
                        busy = self._cond.wait_for(self._newer, self._lull)
                    due = not busy
                if due:
                    self._checkpoint()
                    self.made += 1
            except Exception:  # the store closing under it, a full disk: the next commit retries
                log.warning("the WAL checkpoint failed", exc_info=True)
            with self._cond:
                self._seen = told
                self._cond.notify_all()
