"""Linux: the window can open. Every system library that the parts of Qt the program loads on
a desktop need is installed: the bindings it imports, the xcb platform plugin (X11 and
XWayland) with libQt6XcbQpa and its GL integrations, and the image, icon, print, input-method
and theme plugins. `.ci/run` installs exactly the Debian packages the README names, so this
proves that list is enough; a "not found" names the library to add a package for. On Debian,
the README's list is also held to the packages of the libraries Qt links directly, so it
stays complete on a machine that happens to have more installed."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")

PYSIDE = Path(PySide6.__file__).parent
PLUGINS = PYSIDE / "Qt" / "plugins"
# The bindings the program imports (grep "from PySide6" storecrm).
MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")
# Plugins a desktop session loads. Left out, as in packaging/storecrm.spec: qpdf (needs
# QtPdf, not in PySide6-Essentials), the GTK theme (Fusion and the stylesheet draw the
# program), the virtual keyboard (kiosks; its library is not in PySide6-Essentials), and the
# platforms other than xcb.
PLUGIN_GLOBS = (
    "platforms/libqxcb.so",
    "xcbglintegrations/*.so",
    "imageformats/*.so",
    "iconengines/*.so",
    "printsupport/*.so",
    "platforminputcontexts/*.so",
    "platformthemes/*.so",
)
LEFT_OUT = {"libqpdf.so", "libqgtk3.so", "libqtvirtualkeyboardplugin.so"}
README = Path(__file__).resolve().parent.parent / "README.md"
# On every Debian or Ubuntu, whatever else is missing: apt itself needs them.
EVERY_DEBIAN = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libzstd1"}


def readme_packages(marker: str) -> set[str]:
    """The packages of the ``sudo apt install …`` block after ``<!-- marker -->`` (as .ci/run
    reads it)."""
    text = README.read_text(encoding="utf-8")
    found = re.search(rf"<!-- {marker} -->\n```bash\n(.*?)\n```", text, re.S)
    assert found, f"README.md has no apt block after <!-- {marker} -->"
    words = found.group(1).replace("\\\n", " ").split()
    assert words[:3] == ["sudo", "apt", "install"], words[:3]
    return {w for w in words[3:] if not w.startswith("-")}


def _files() -> list[Path]:
    files = [next(PYSIDE.glob(f"{name}.*.so")) for name in MODULES]
    for pattern in PLUGIN_GLOBS:
        files += [p for p in sorted(PLUGINS.glob(pattern)) if p.name not in LEFT_OUT]
    return files


def test_the_files_checked_include_the_xcb_platform() -> None:
    names = {f.name for f in _files()}
    assert "libqxcb.so" in names
    assert {"libqsvg.so", "libqsvgicon.so", "libcupsprintersupport.so"} <= names


def test_every_library_a_desktop_session_needs_is_installed() -> None:
    missing: dict[str, set[str]] = {}
    for path in _files():
        # ldd lists the whole tree: libqxcb.so brings libQt6XcbQpa and everything it needs.
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True)
        for line in out.stdout.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], set()).add(path.name)
    assert missing == {}, (
        "libraries not found (add its Debian package to the README's debian-packages list): "
        + "; ".join(
            f"{lib} (for {', '.join(sorted(users))})" for lib, users in sorted(missing.items())
        )
    )


def _ldd(path: Path) -> dict[str, str]:
    """Library name → the file it resolves to ("" when not found)."""
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True)
    found = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[1] == "=>":
            found[parts[0]] = "" if parts[2] == "not" else parts[2]
    return found


def _needed(path: Path) -> list[str]:
    """The libraries ``path`` itself names (its ELF NEEDED entries)."""
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out.stdout)


def _packages_of(libraries: set[str]) -> dict[str, str]:
    """Library file → the Debian package that holds it (one dpkg call for all)."""
    # With the merged /usr, dpkg may know a file as /lib/… or as /usr/lib/…: ask for both.
    asked = {}
    for lib in libraries:
        bare = re.sub(r"^/usr/", "/", lib)
        asked |= {bare: lib, "/usr" + bare: lib}
    out = subprocess.run(["dpkg", "-S", *sorted(asked)], capture_output=True, text=True)
    found = {}
    for line in out.stdout.splitlines():
        package, _, path = line.partition(": ")
        if path in asked:
            found[asked[path]] = package.split(":")[0]
    assert set(found) == libraries, f"no Debian package holds {sorted(libraries - set(found))}"
    return found


@pytest.mark.skipif(
    not (shutil.which("dpkg") and shutil.which("readelf")), reason="needs dpkg and readelf"
)
def test_the_readme_names_the_package_of_every_library_qt_links_directly() -> None:
    # Qt's own libraries (in PySide6) that these files load, and the files themselves.
    qt_files = set(_files())
    for path in _files():
        qt_files |= {Path(p) for p in _ldd(path).values() if p.startswith(str(PYSIDE))}
    system: dict[str, str] = {}  # library file → its name
    for path in sorted(qt_files):
        resolved = _ldd(path)
        for name in _needed(path):
            where = resolved.get(name, "")
            if where and not where.startswith(str(PYSIDE)):
                system[where] = name
    needed: dict[str, set[str]] = {}
    for where, package in _packages_of(set(system)).items():
        needed.setdefault(package, set()).add(system[where])
    named = readme_packages("debian-packages")
    assert "libxcb-icccm4" in needed and "libxcb-keysyms1" in needed  # what the issue saw
    missing = {p: sorted(libs) for p, libs in needed.items() if p not in named | EVERY_DEBIAN}
    assert missing == {}, f"add to the README's debian-packages list: {missing}"
    # And nothing there that Qt does not need, but Python's venv module.
    assert named - set(needed) == {"python3-venv"}
