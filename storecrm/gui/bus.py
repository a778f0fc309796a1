"""One "store changed" signal for the whole window: a screen that writes says what changed,
and every screen that shows it refreshes itself (no screen calls another)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class StoreBus(QObject):
    #: What changed: "customers", "sales", "membership" (balances, tiers, cards), "catalogue",
    #: "appointments", "reminders", "settings" (the store's name and business type).
    changed = Signal(str)


_bus: StoreBus | None = None


def store_bus() -> StoreBus:
    global _bus
    if _bus is None:
        _bus = StoreBus()
    return _bus
