"""Files on the disk: fsync of a file or a folder, flushing a file being written, whole
reads, and what an OSError met while writing into the backup folder means for the user."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import IO

from storecrm.domain.errors import BackupFolderProblem


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows has no directory fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def folder_error(folder: Path, exc: OSError) -> BackupFolderProblem | None:
    """The user's reading of an OSError met while writing into ``folder``."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return BackupFolderProblem(str(folder), "full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        return BackupFolderProblem(str(folder), "unwritable")
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return BackupFolderProblem(str(folder), "missing")
    return None


def _flush(fd: int) -> None:
    if hasattr(os, "fdatasync"):
        os.fdatasync(fd)
    else:  # pragma: no cover - Windows
        os.fsync(fd)


def _read_full(fh: IO[bytes], size: int) -> bytes:
    """``size`` bytes of ``fh`` (fewer only at its end): an unbuffered read may return less
    than asked, and the pages' HMACs are checked a whole chunk of pages at a time."""
    data = fh.read(size)
    if not data or len(data) == size:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        more = fh.read(size - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)
