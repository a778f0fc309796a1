"""Build the frozen StoreCRM with PyInstaller, prove it works, and say how big it is.

    python packaging/build.py [--debug] [--native] [--skip-build] [--dist DIR] [--work DIR]

The same steps on Windows, macOS and Linux (CI runs them on all three):

1. ``pyinstaller packaging/storecrm.spec`` into ``dist/StoreCRM/`` (and ``dist/StoreCRM.app``
   on macOS); ``--debug`` passes the spec's debug switch (console window, bootloader messages).
2. The frozen program's ``--self-check``, headless (``QT_QPA_PLATFORM=offscreen``, and with
   ``--native`` also on the system's own Qt platform, as CI does on Windows and macOS): a temporary
   encrypted store created at the first schema revision and upgraded, an .xlsx export read back,
   a PDF in the bundled CJK font, Qt's plugins and translations. On Windows both the console twin
   ``storecrm-cli.exe`` and the windowed ``StoreCRM.exe`` run it; on macOS the program inside
   the .app does, after Info.plist is checked.
3. The size of the folder and its largest parts.

Exit code 0 only if the build and every check passed. The installers are made from the result by
``packaging/windows/build_installer.py`` and ``packaging/macos/build_app.sh``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import plistlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load_appinfo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("appinfo", HERE / "appinfo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


appinfo = _load_appinfo()
SELF_CHECK_TIMEOUT = 300


class BuildFailed(Exception):
    pass


def run_pyinstaller(dist: Path, work: Path, debug: bool) -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildFailed('PyInstaller is not installed: pip install -e ".[packaging]"')
    for icon in (appinfo.ICON_ICO, appinfo.ICON_ICNS):
        if not icon.is_file():
            raise BuildFailed(f"{icon} is missing: run python scripts/make_icons.py")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(HERE / "storecrm.spec"),
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    if debug:
        command += ["--", "--debug"]
    print("+", " ".join(command), flush=True)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=appinfo.ROOT)
    if result.returncode:
        raise BuildFailed(f"PyInstaller failed with exit code {result.returncode}")
    print(f"PyInstaller finished in {time.perf_counter() - started:.0f} s", flush=True)


NATIVE_PLATFORM = {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")


def self_check(program: Path, *, windowed: bool = False, platform: str = "offscreen") -> None:
    """Run ``program --self-check`` on the Qt ``platform``; a windowed Windows program reports
    through a file. ``offscreen`` needs no display; the native platform proves the plugin that
    opens real windows loads too (CI's Windows and macOS machines have a desktop)."""
    if not program.is_file():
        raise BuildFailed(f"{program} was not built")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform
    env.pop("STORECRM_HOME", None)  # the self-check makes its own
    with tempfile.TemporaryDirectory(prefix="storecrm-build-") as tmp:
        report = Path(tmp) / "self-check.txt"
        if windowed:
            env["STORECRM_SELFCHECK_REPORT"] = str(report)
        print(f"+ QT_QPA_PLATFORM={platform} {program} --self-check", flush=True)
        try:
            result = subprocess.run(
                [str(program), "--self-check"],
                env=env,
                cwd=tmp,
                timeout=SELF_CHECK_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            raise BuildFailed(
                f"{program.name} --self-check took over {SELF_CHECK_TIMEOUT} s"
            ) from None
        if windowed:
            print(report.read_text(encoding="utf-8") if report.is_file() else "(no report)")
    if result.returncode:
        raise BuildFailed(f"{program.name} --self-check failed (exit code {result.returncode})")


def check_info_plist(app: Path, version: str) -> None:
    """The .app's Info.plist says what appinfo says (bundle id, version, languages, icon)."""
    with (app / "Contents" / "Info.plist").open("rb") as fh:
        plist = plistlib.load(fh)
    expected = appinfo.macos_info_plist(version)
    wrong = {k: plist.get(k) for k, v in expected.items() if plist.get(k) != v}
    if wrong:
        raise BuildFailed(f"Info.plist differs from packaging/appinfo.py: {wrong}")
    icon = app / "Contents" / "Resources" / str(plist.get("CFBundleIconFile", ""))
    if not icon.is_file():
        raise BuildFailed(f"the app icon {icon} is missing")
    for lproj in ("zh_Hans.lproj", "en.lproj"):
        if not (app / "Contents" / "Resources" / lproj / "InfoPlist.strings").is_file():
            raise BuildFailed(f"{lproj}/InfoPlist.strings is missing from the app")
    print(
        f"Info.plist: {plist['CFBundleIdentifier']} {plist['CFBundleShortVersionString']}, "
        f"languages {', '.join(plist['CFBundleLocalizations'])}"
    )


def check_windows_version(exe: Path, version: str) -> None:
    """The version resource the spec wrote (what Explorer and the installer read)."""
    try:
        import pefile  # comes with PyInstaller on Windows
    except ImportError:
        print("version resource: not checked (no pefile)")
        return
    pe = pefile.PE(str(exe), fast_load=True)
    pe.parse_data_directories(
        directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_RESOURCE"]]
    )
    strings: dict[str, str] = {}
    for info in getattr(pe, "FileInfo", []) or []:
        for entry in info:
            for table in getattr(entry, "StringTable", []):
                strings.update({k.decode(): v.decode() for k, v in table.entries.items()})
    pe.close()
    if strings.get("ProductVersion") != version:
        raise BuildFailed(f"{exe.name} ProductVersion is {strings.get('ProductVersion')!r}")
    print(f"version resource: {exe.name} ProductVersion {version}")


def _tree_size(path: Path) -> tuple[int, int]:
    total = count = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            file = Path(root) / name
            if not file.is_symlink():
                total += file.stat().st_size
                count += 1
    return total, count


def report_size(folder: Path, top: int = 12) -> int:
    """Print the folder's size and its largest parts (a package folder or a single file)."""
    total, count = _tree_size(folder)
    internal = folder / "_internal"
    base = internal if internal.is_dir() else folder
    parts: dict[str, int] = {}
    entries = list(base.iterdir())
    if base != folder:  # the executables beside _internal
        entries += [e for e in folder.iterdir() if e.is_file()]
    for entry in entries:
        if entry.is_symlink():
            continue
        size = _tree_size(entry)[0] if entry.is_dir() else entry.stat().st_size
        parts[entry.name] = size
    qt = base / "PySide6" / "Qt"
    if qt.is_dir():  # Qt is most of the bundle: show its libraries one by one
        parts.pop("PySide6", None)
        for entry in (qt / "lib").iterdir() if (qt / "lib").is_dir() else []:
            if not entry.is_symlink():
                size = _tree_size(entry)[0] if entry.is_dir() else entry.stat().st_size
                parts[f"PySide6/Qt/lib/{entry.name}"] = size
        rest = _tree_size(base / "PySide6")[0] - _tree_size(qt / "lib")[0]
        parts["PySide6 (bindings, plugins, translations)"] = rest
    print(f"bundle size: {total / 1_000_000:.1f} MB in {count} files ({folder})")
    for name, size in sorted(parts.items(), key=lambda item: -item[1])[:top]:
        print(f"  {size / 1_000_000:7.1f} MB  {name}")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--debug", action="store_true", help="the spec's debug build")
    parser.add_argument("--skip-build", action="store_true", help="check an earlier build")
    parser.add_argument(
        "--native",
        action="store_true",
        help=f"also run the self-check on the native Qt platform ({NATIVE_PLATFORM})",
    )
    parser.add_argument("--dist", type=Path, default=appinfo.DIST_DIR)
    parser.add_argument("--work", type=Path, default=appinfo.BUILD_DIR)
    args = parser.parse_args(argv)
    version = appinfo.read_version()
    dist: Path = args.dist.resolve()
    folder = dist / appinfo.APP_NAME
    started = time.perf_counter()
    try:
        if not args.skip_build:
            run_pyinstaller(dist, args.work.resolve(), args.debug)
        if sys.platform == "win32":
            check_windows_version(folder / f"{appinfo.GUI_EXE}.exe", version)
            self_check(folder / f"{appinfo.CLI_EXE}.exe")
            program = folder / f"{appinfo.GUI_EXE}.exe"
        elif sys.platform == "darwin":
            app = dist / f"{appinfo.APP_NAME}.app"
            check_info_plist(app, version)
            program = app / "Contents" / "MacOS" / appinfo.GUI_EXE
        else:
            program = folder / appinfo.GUI_EXE
        windowed = sys.platform == "win32" and not args.debug
        self_check(program, windowed=windowed)
        if args.native:
            self_check(program, windowed=windowed, platform=NATIVE_PLATFORM)
        report_size(folder)
        if sys.platform == "darwin":
            report_size(dist / f"{appinfo.APP_NAME}.app", top=0)
    except BuildFailed as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    print(f"StoreCRM {version}: frozen build OK in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
