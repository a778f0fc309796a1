"""Loading translations: the app's own (``resources/i18n``) and Qt's for standard buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from storecrm import paths

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")

_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []  # the default locale before the first install


def qm_file(language: str) -> str:
    return str(paths.resources_dir() / "i18n" / f"storecrm_{language}.qm")


def uninstall() -> None:
    """Remove the translators :func:`install` put in (the source language, English, remains)."""
    app = QCoreApplication.instance()
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
    _installed.clear()
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())


def install(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> bool:
    """Install the translators for ``language``; English is the source language (its file
    holds only the plural forms)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    if not _locale_before:
        _locale_before.append(QLocale())
    QLocale.setDefault(QLocale(language))
    ok = True
    # English is the source language, but its plural forms ("%n day(s)" → "1 day", "2 days")
    # come from its translation file like any other language's.
    own = QTranslator(app)
    if own.load(qm_file(language)):
        app.installTranslator(own)
        _installed.append(own)
    else:
        ok = False
    if language == "en":
        return ok
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok
