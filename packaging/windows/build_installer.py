"""Build StoreCRM-<version>-windows-x64-setup.exe: the frozen program, then the installer.

    python packaging/windows/build_installer.py [--skip-build] [--native] [--iscc PATH]
                                                [--compression METHOD]

1. ``packaging/build.py`` (PyInstaller, the frozen program's self-check, the size), unless
   ``--skip-build`` reuses ``dist/StoreCRM``.
2. ``bundle_check.py``: no test stand-in DLL in the folder, and both executables' version
   resources say ``storecrm.__version__``.
3. ISCC compiles ``storecrm.iss`` with ``/DAppVersion=<version>``, and with the release's
   compression (lzma2/max) unless ``--compression`` names another: CI's Wine run uses
   lzma2/fast, four times faster for a setup about 12 % larger that is never shipped.

ISCC is ``--iscc``, else ``$ISCC``, else ``iscc`` on the PATH or in the usual install folders.
CI and the release workflow use the one pinned in ``appinfo.INNO_SETUP_NPM`` (the npm package,
which holds ``ISCC.exe``); a developer may use any Inno Setup 6.3 or newer. Runs on Windows, and
under Wine in CI (``packaging/windows/wine_build.sh``).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


appinfo = _load(HERE.parent / "appinfo.py", "appinfo")
bundle_check = _load(HERE / "bundle_check.py", "bundle_check")


def find_iscc(given: str | None) -> Path:
    candidates = [given, os.environ.get("ISCC"), shutil.which("iscc")]
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        if root:
            folder = "Programs/Inno Setup 6" if base == "LOCALAPPDATA" else "Inno Setup 6"
            candidates.append(str(Path(root) / folder / "ISCC.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise SystemExit(
        f"ISCC.exe (Inno Setup 6) not found: npm install {appinfo.INNO_SETUP_NPM} and pass "
        "--iscc node_modules/innosetup/bin/ISCC.exe, or install Inno Setup 6.3 or newer"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-build", action="store_true", help="reuse dist/StoreCRM")
    parser.add_argument("--native", action="store_true", help="passed on to build.py")
    parser.add_argument("--iscc", help="the Inno Setup compiler, ISCC.exe")
    parser.add_argument("--compression", help="Inno Setup's Compression= (default lzma2/max)")
    args = parser.parse_args(argv)
    version = appinfo.read_version()
    folder = appinfo.DIST_DIR / appinfo.APP_NAME
    if not args.skip_build:
        command = [sys.executable, str(HERE.parent / "build.py")]
        if args.native:
            command.append("--native")
        if subprocess.run(command, cwd=appinfo.ROOT).returncode:
            return 1
    if bundle_check.main([str(folder), version]):
        return 1
    iscc = find_iscc(args.iscc)
    print(f"Inno Setup compiler: {iscc}", flush=True)
    setup = appinfo.DIST_DIR / appinfo.installer_name(version, "setup")
    setup.unlink(missing_ok=True)
    started = time.perf_counter()
    # The version is passed; without it the .iss reads it from StoreCRM.exe.
    command = [str(iscc), "/Qp", f"/DAppVersion={version}"]
    if args.compression:
        command.append(f"/DCompression={args.compression}")
    command.append(str(HERE / "storecrm.iss"))
    print("+", " ".join(command), flush=True)
    if subprocess.run(command, cwd=appinfo.ROOT).returncode or not setup.is_file():
        print(f"build_installer.py: ISCC did not write {setup}", file=sys.stderr)
        return 1
    size = setup.stat().st_size / 1_000_000
    print(f"installer: {setup} ({size:.1f} MB, ISCC took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
