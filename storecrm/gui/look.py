"""The look: the bundled CJK font, the one stylesheet, the one icon set."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QDir, QSize
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from storecrm import paths

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 10.5


def load_font(app: QApplication) -> str:
    """Make the bundled font the application font so Chinese renders with no system CJK font."""
    font_id = QFontDatabase.addApplicationFont(str(paths.font_file()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled font could not be loaded")
        return app.font().family()
    font = QFont(families[0])
    font.setPointSizeF(BASE_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    return families[0]


def apply_stylesheet(app: QApplication) -> None:
    # Fusion draws the same on every Windows and macOS version; the stylesheet goes on top.
    # Set once: setting the style or the sheet again re-polishes every widget alive, and a
    # widget on its way out (a closed wizard's page) can crash Qt in that re-polish.
    if app.property("storecrm_styled"):
        return
    app.setProperty("storecrm_styled", True)
    app.setStyle("Fusion")
    # The stylesheet names its arrow and tick images as url(icons:…).
    QDir.addSearchPath("icons", str(paths.resources_dir() / "icons"))
    qss = paths.resources_dir() / "style" / "app.qss"
    try:
        sheet = qss.read_text(encoding="utf-8")
    except OSError:
        log.warning("stylesheet missing")
        return
    app.setStyleSheet(sheet)


@cache
def icon(name: str) -> QIcon:
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


@cache
def nav_icon(name: str) -> QIcon:
    """Grey normally, white when its navigation entry is selected (on the accent colour)."""
    folder = paths.resources_dir() / "icons"
    result = QIcon()
    result.addFile(str(folder / f"{name}.svg"), QSize(), QIcon.Mode.Normal)
    result.addFile(str(folder / f"{name}-active.svg"), QSize(), QIcon.Mode.Selected)
    return result


def set_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the stylesheet matches on, and re-apply the style."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
