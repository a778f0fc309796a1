"""Logging to a rotating file in the user's log folder, with personal data kept out.

The program never logs names, phones, passwords or keys on purpose; as a second line of defence
a filter masks anything that looks like a phone number or a long hex secret before it is
written. SQL parameters are hidden by the engine (``hide_parameters``).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from storecrm import paths
from storecrm.domain.errors import is_disk_full

LOG_NAME = "storecrm.log"
_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_HEX = re.compile(r"\b[0-9a-fA-F]{32,}\b")


class RedactFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _HEX.sub("[secret]", _PHONE.sub("[phone]", message))
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def configure(debug: bool = False) -> Path:
    path = log_file()
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_storecrm", False)]:
        if Path(getattr(old, "baseFilename", "")) != path:  # the log folder moved (tests)
            root.removeHandler(old)
            old.close()
    if not any(getattr(h, "_storecrm", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler._storecrm = True  # type: ignore[attr-defined]
        handler.addFilter(RedactFilter())
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path


def log_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    logging.getLogger("storecrm.crash").critical("unhandled exception\n%s", text)


def install_crash_handler(show: Callable[[str, bool], None] | None = None) -> None:
    """Write any unhandled exception's traceback to the log; ``show(log file, disk full)``
    tells the user plainly (a full disk is said so: it is not a fault of the program)."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log_exception(exc_type, exc, tb)
        if show is not None:
            show(str(log_file()), is_disk_full(exc))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
