"""The look: the bundled CJK font, the one stylesheet, the one icon set."""

from __future__ import annotations

import logging
from functools import cache

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
    qss = paths.resources_dir() / "style" / "app.qss"
    try:
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    except OSError:
        log.warning("stylesheet missing")


@cache
def icon(name: str) -> QIcon:
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def set_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the stylesheet matches on, and re-apply the style."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
