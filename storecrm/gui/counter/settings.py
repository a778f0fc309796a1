"""The devices of this PC in the program's preferences file (``[hardware]``), typed."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from storecrm import paths
from storecrm.hardware.config import BAUDS, PAPERS, DisplaySettings, PrinterKind, PrinterSettings

GROUP = "hardware"


def _qs() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    return str(value).lower() in ("true", "1", "yes")


def _int(value: object, default: int, allowed: tuple[int, ...] = ()) -> int:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return default
    return number if not allowed or number in allowed else default


def load_printer() -> PrinterSettings:
    qs = _qs()
    qs.beginGroup(GROUP)
    try:
        kind = str(qs.value("printer_kind", PrinterKind.NONE.value))
        paper = str(qs.value("paper", "58mm"))
        return PrinterSettings(
            kind=PrinterKind(kind) if kind in {k.value for k in PrinterKind} else PrinterKind.NONE,
            target=str(qs.value("printer_target", "") or ""),
            baud=_int(qs.value("printer_baud"), 9600, BAUDS),
            paper=paper if paper in PAPERS else "58mm",
            auto_print=_bool(qs.value("auto_print"), True),
            drawer_on_cash=_bool(qs.value("drawer_on_cash"), True),
            drawer_pin=_int(qs.value("drawer_pin"), 2, (2, 5)),
        )
    finally:
        qs.endGroup()


def save_printer(settings: PrinterSettings) -> None:
    qs = _qs()
    qs.beginGroup(GROUP)
    qs.setValue("printer_kind", settings.kind.value)
    qs.setValue("printer_target", settings.target.strip())
    qs.setValue("printer_baud", settings.baud)
    qs.setValue("paper", settings.paper)
    qs.setValue("auto_print", "true" if settings.auto_print else "false")
    qs.setValue("drawer_on_cash", "true" if settings.drawer_on_cash else "false")
    qs.setValue("drawer_pin", settings.drawer_pin)
    qs.endGroup()
    qs.sync()


def load_display() -> DisplaySettings:
    qs = _qs()
    qs.beginGroup(GROUP)
    try:
        return DisplaySettings(
            screen=str(qs.value("display_screen", "") or ""),
            pole_port=str(qs.value("pole_port", "") or ""),
            pole_baud=_int(qs.value("pole_baud"), 2400, BAUDS),
            promotion_image=str(qs.value("promotion_image", "") or ""),
        )
    finally:
        qs.endGroup()


def save_display(settings: DisplaySettings) -> None:
    qs = _qs()
    qs.beginGroup(GROUP)
    qs.setValue("display_screen", settings.screen)
    qs.setValue("pole_port", settings.pole_port.strip())
    qs.setValue("pole_baud", settings.pole_baud)
    qs.setValue("promotion_image", settings.promotion_image.strip())
    qs.endGroup()
    qs.sync()


__all__ = ["load_display", "load_printer", "save_display", "save_printer"]
