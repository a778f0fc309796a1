"""Checks of a Windows StoreCRM folder (``dist/StoreCRM`` or the installed program) that need no
Windows: run by ``build_installer.py`` before ISCC packs the folder, by ``install_check.py`` on
the installed copy, and by the tests on Linux.

- No test stand-in DLL is in it. CI runs the Windows build under Wine, where
  ``packaging/windows/wine-test/`` puts stand-ins for two Windows system DLLs into the Wine
  prefix (Wine 8 lacks them). They are for the test run only: a real PC has the real ones, and a
  stand-in shipped to a store would break Qt's codecs or cryptography's random numbers there.
- Both executables carry the version resource of ``storecrm.__version__`` (what Explorer shows
  and what the installer reads when it is not told the version).

    python packaging/windows/bundle_check.py FOLDER [VERSION]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent

# The DLLs packaging/windows/wine-test/ stands in for, and the marker each stand-in carries.
STAND_IN_DLLS = frozenset({"icuuc.dll", "bcryptprimitives.dll"})
STAND_IN_MARKER = b"STORECRM-WINE-TEST-STAND-IN"
EXECUTABLES = ("StoreCRM.exe", "storecrm-cli.exe")


def _load_appinfo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("appinfo", HERE.parent / "appinfo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def stand_ins(folder: Path) -> list[Path]:
    """Files in ``folder`` that are a test stand-in: by name, or by the marker inside a binary
    (a stand-in renamed, or linked into something else)."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        binary = path.suffix.lower() in (".dll", ".pyd", ".exe")
        if path.name.lower() in STAND_IN_DLLS or (binary and STAND_IN_MARKER in path.read_bytes()):
            found.append(path)
    return found


def version_resource(exe: Path) -> tuple[dict[str, str], tuple[int, int, int, int] | None]:
    """The string table (ProductVersion, FileVersion, …) and the fixed file version of ``exe``."""
    import pefile  # PyInstaller's own dependency on Windows; the "packaging" extra elsewhere

    pe = pefile.PE(str(exe), fast_load=True)
    try:
        pe.parse_data_directories(
            directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_RESOURCE"]]
        )
        strings: dict[str, str] = {}
        for info in getattr(pe, "FileInfo", None) or []:
            for entry in info:
                for table in getattr(entry, "StringTable", []):
                    strings.update({k.decode(): v.decode() for k, v in table.entries.items()})
        fixed = None
        if getattr(pe, "VS_FIXEDFILEINFO", None):
            info = pe.VS_FIXEDFILEINFO[0]
            fixed = (
                info.FileVersionMS >> 16,
                info.FileVersionMS & 0xFFFF,
                info.FileVersionLS >> 16,
                info.FileVersionLS & 0xFFFF,
            )
    finally:
        pe.close()
    return strings, fixed


def version_problems(exe: Path, version: str) -> list[str]:
    """What is wrong with ``exe``'s version resource for ``version`` (nothing: an empty list)."""
    if not exe.is_file():
        return [f"{exe.name} is missing"]
    strings, fixed = version_resource(exe)
    problems = [
        f"{exe.name} {key} is {strings.get(key)!r}, not {version!r}"
        for key in ("ProductVersion", "FileVersion")
        if strings.get(key) != version
    ]
    expected = _load_appinfo().version_tuple(version)
    if fixed != expected:
        problems.append(f"{exe.name} fixed file version is {fixed}, not {expected}")
    return problems


def problems(folder: Path, version: str) -> list[str]:
    """Everything wrong with the program folder ``folder`` for ``version``."""
    found = [f"test stand-in in the bundle: {p.relative_to(folder)}" for p in stand_ins(folder)]
    for name in EXECUTABLES:
        found += version_problems(folder / name, version)
    return found


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    folder = Path(argv[0])
    version = argv[1] if len(argv) > 1 else _load_appinfo().read_version()
    found = problems(folder, version)
    for problem in found:
        print(f"bundle check: {problem}", file=sys.stderr)
    if found:
        return 1
    print(f"bundle check: {folder}: no test stand-in DLL; version resources say {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
