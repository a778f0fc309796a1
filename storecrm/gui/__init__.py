"""The Qt Widgets front end.

Importing this package also makes PySide6's check of every later import cheap (see
:func:`cheap_feature_check`): the window, the command line and the tests all import it before
the program's own modules.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook, which the check below serves)


def _mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's source file names PySide6: what PySide6 asks of each module, read
    as bytes, without keeping the source."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # an extension, a package without a file, or a frozen build: no source
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def cheap_feature_check() -> bool:
    """Replace PySide6's check of each newly imported module by a cheap one with the same answer.

    PySide6 supports ``from __feature__ import snake_case``: after importing PySide6, every module
    imported later is asked whether it uses PySide6, by ``"PySide6" in inspect.getsource(module)``.
    That reads each module's source through ``linecache`` and keeps it there for the life of the
    process: at a start, ~400 modules (SQLAlchemy's among them), ~0.25 s of CPU and ~18 MB of
    memory. The same question is answered here by reading the file's bytes; a module without a
    readable ``.py`` file gets False, as ``inspect`` raising OSError gave. The program uses no
    ``__feature__``. Returns whether the check was replaced (False if this PySide6 has none).
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _mentions_pyside  # type: ignore[attr-defined]
    return True


cheap_feature_check()
