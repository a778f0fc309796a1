"""The store's clock: local wall-clock time to the second (a store lives in one time zone)."""

from __future__ import annotations

from datetime import datetime


def now() -> datetime:
    return datetime.now().replace(microsecond=0)
