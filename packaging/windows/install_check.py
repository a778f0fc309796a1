"""Install StoreCRM's setup.exe silently, check the installed program, and uninstall it (Windows).

    python packaging/windows/install_check.py all SETUP.exe [--scope user|all]
    python packaging/windows/install_check.py install SETUP.exe [--scope user|all]
    python packaging/windows/install_check.py self-check
    python packaging/windows/install_check.py screenshot OUT.png
    python packaging/windows/install_check.py uninstall
    python packaging/windows/install_check.py clean

The same steps on a real Windows PC (the release workflow, per user as a store owner installs)
and under Wine in CI (``wine_build.sh``, for all users: Wine cannot expand ``{autopf}`` per user).

- install: a file is put into StoreCRM's data folder first (``%LOCALAPPDATA%\\StoreCRM``), as
  if a store had been used; Setup runs with ``/VERYSILENT``; the uninstall entry's
  InstallLocation must be the default folder, the Start menu shortcut must exist, and the
  installed folder must pass ``bundle_check.py`` (no test stand-in DLL, version resources).
- self-check: ``storecrm-cli.exe --self-check`` (offscreen) and the windowed ``StoreCRM.exe
  --self-check`` on Qt's own ``windows`` platform, which reports through a file.
- screenshot: starts the installed program with an empty data folder (``STORECRM_HOME``), waits
  for its window (the first-run wizard) and saves a picture of the screen.
- uninstall: ``unins000.exe /VERYSILENT``; the program folder, the shortcut and the uninstall
  entry must be gone, and the data folder must still hold the file put there.
- clean: uninstall what an earlier, failed run left installed, checking nothing.

Each step prints what it did; the exit code is 0 only when every check passed.
"""

from __future__ import annotations

import argparse
import ctypes
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from ctypes import wintypes
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


appinfo = _load(HERE.parent / "appinfo.py", "appinfo")
bundle_check = _load(HERE / "bundle_check.py", "bundle_check")

UNINSTALL_KEY = (
    r"Software\Microsoft\Windows\CurrentVersion\Uninstall" + "\\" + appinfo.WINDOWS_APP_ID + "_is1"
)
KEEP_ME = "keep-me (install_check).txt"
SELF_CHECK_TIMEOUT = 300
UNINSTALL_TIMEOUT = 120
WINDOW_TIMEOUT = 180


# ctypes' Windows-only parts (windll, WINFUNCTYPE), typed loosely so the file checks on Linux too.
WIN32: Any = ctypes


class CheckFailed(Exception):
    pass


def data_dir() -> Path:
    """The folder storecrm.paths.data_dir() uses on Windows (platformdirs' user data folder)."""
    return Path(os.environ["LOCALAPPDATA"]) / str(appinfo.APP_NAME)


def start_menu_shortcut(scope: str) -> Path:
    root = os.environ["PROGRAMDATA"] if scope == "all" else os.environ["APPDATA"]
    return Path(root) / "Microsoft/Windows/Start Menu/Programs" / f"{appinfo.APP_NAME}.lnk"


def installed() -> tuple[Path, str] | None:
    """(InstallLocation, scope) from the uninstall entry Setup wrote, or None."""
    winreg: Any = importlib.import_module("winreg")

    for hive, scope in ((winreg.HKEY_CURRENT_USER, "user"), (winreg.HKEY_LOCAL_MACHINE, "all")):
        try:
            with winreg.OpenKey(
                hive, UNINSTALL_KEY, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY
            ) as key:
                location = winreg.QueryValueEx(key, "InstallLocation")[0]
        except OSError:
            continue
        return Path(str(location)), scope
    return None


def _run(command: list[str], *, env: dict[str, str] | None = None, timeout: float) -> int:
    print("+", " ".join(f'"{c}"' if " " in c else c for c in command), flush=True)
    return subprocess.run(command, env=env, timeout=timeout).returncode


def install(setup: Path, scope: str) -> Path:
    if installed():
        raise CheckFailed("StoreCRM is installed already: uninstall it first")
    data = data_dir()
    data.mkdir(parents=True, exist_ok=True)
    (data / KEEP_ME).write_text("A store's data: the uninstaller must keep it.\n", "utf-8")
    log = Path(tempfile.gettempdir()) / "storecrm-setup.log"
    started = time.perf_counter()
    code = _run(
        [
            str(setup),
            "/VERYSILENT",
            "/SUPPRESSMSGBOXES",
            "/NORESTART",
            "/ALLUSERS" if scope == "all" else "/CURRENTUSER",
            f"/LOG={log}",
        ],
        timeout=600,
    )
    if code:
        tail = log.read_text("utf-8", "replace")[-3000:] if log.is_file() else "(no log)"
        raise CheckFailed(f"Setup exited with {code}; its log ends:\n{tail}")
    found = installed()
    if not found:
        raise CheckFailed("Setup wrote no uninstall entry")
    folder, found_scope = found
    default = (
        Path(os.environ["ProgramW6432" if "ProgramW6432" in os.environ else "ProgramFiles"])
        if scope == "all"
        else Path(os.environ["LOCALAPPDATA"]) / "Programs"
    ) / appinfo.APP_NAME
    if found_scope != scope or folder.resolve() != default.resolve():
        raise CheckFailed(f"installed for {found_scope!r} into {folder}, expected {default}")
    if not (folder / "unins000.exe").is_file():
        raise CheckFailed(f"no uninstaller in {folder}")
    if not start_menu_shortcut(scope).is_file():
        raise CheckFailed(f"no Start menu shortcut {start_menu_shortcut(scope)}")
    problems = bundle_check.problems(folder, appinfo.read_version())
    if problems:
        raise CheckFailed("the installed program: " + "; ".join(problems))
    files = sum(1 for p in folder.rglob("*") if p.is_file())
    print(
        f"installed for {'all users' if scope == 'all' else 'the current user'} into {folder} "
        f"({files} files) in {time.perf_counter() - started:.0f} s; Start menu shortcut, "
        "version resources and no test stand-in DLL checked",
        flush=True,
    )
    return folder


def _folder() -> Path:
    found = installed()
    if not found:
        raise CheckFailed("StoreCRM is not installed")
    return found[0]


def self_check() -> None:
    folder = _folder()
    env = dict(os.environ)
    env.pop("STORECRM_HOME", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="storecrm-check-") as tmp:
        cli = folder / f"{appinfo.CLI_EXE}.exe"
        if _run([str(cli), "--self-check"], env=env, timeout=SELF_CHECK_TIMEOUT):
            raise CheckFailed(f"{cli.name} --self-check failed")
        # The windowed program has no console: it writes its report to a file.
        report = Path(tmp) / "report.txt"
        env["STORECRM_SELFCHECK_REPORT"] = str(report)
        env["QT_QPA_PLATFORM"] = "windows"
        gui = folder / f"{appinfo.GUI_EXE}.exe"
        # Under Wine it would also print to an inherited console: the report file is the proof.
        print("+", gui, "--self-check", flush=True)
        code = subprocess.run(
            [str(gui), "--self-check"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=SELF_CHECK_TIMEOUT,
        ).returncode
        print(report.read_text("utf-8") if report.is_file() else "(no report)", flush=True)
        if code or not report.is_file():
            raise CheckFailed(f"{gui.name} --self-check failed (exit code {code})")
    print(f"self-checks passed: {cli.name} (offscreen), {gui.name} (windows)", flush=True)


# -- the screenshot: Win32 through ctypes -----------------------------------------------------
def _windows_of(pid: int) -> list[tuple[int, str, tuple[int, int, int, int]]]:
    """Visible top-level windows of process ``pid``: (handle, title, rectangle)."""
    user32 = WIN32.windll.user32
    found: list[tuple[int, str, tuple[int, int, int, int]]] = []

    def visit(hwnd: int, _param: int) -> bool:
        owner = wintypes.DWORD()
        user32.GetWindowThreadProcessId(hwnd, ctypes.byref(owner))
        if owner.value == pid and user32.IsWindowVisible(hwnd):
            title = ctypes.create_unicode_buffer(256)
            user32.GetWindowTextW(hwnd, title, 256)
            rect = wintypes.RECT()
            user32.GetWindowRect(hwnd, ctypes.byref(rect))
            box = (rect.left, rect.top, rect.right, rect.bottom)
            if title.value and box[2] - box[0] > 100:
                found.append((hwnd, title.value, box))
        return True

    callback = WIN32.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)(visit)
    user32.EnumWindows(callback, 0)
    return found


def screenshot(out: Path) -> None:
    from PIL import ImageGrab

    folder = _folder()
    with tempfile.TemporaryDirectory(prefix="storecrm-first-run-") as home:
        env = dict(os.environ)
        env["STORECRM_HOME"] = home  # an empty data folder: the first-run wizard opens
        env.pop("QT_QPA_PLATFORM", None)
        program = subprocess.Popen([str(folder / f"{appinfo.GUI_EXE}.exe")], env=env)
        try:
            deadline = time.monotonic() + WINDOW_TIMEOUT
            windows: list[tuple[int, str, tuple[int, int, int, int]]] = []
            while not windows:
                if program.poll() is not None:
                    raise CheckFailed(f"the program exited with {program.returncode}")
                if time.monotonic() > deadline:
                    raise CheckFailed(f"no window after {WINDOW_TIMEOUT} s")
                time.sleep(0.5)
                windows = _windows_of(program.pid)
            # Until the program waits for input: the window is laid out and painted.
            process: Any = program  # Popen's Windows process handle
            WIN32.windll.user32.WaitForInputIdle(int(process._handle), 30_000)
            hwnd, title, box = windows[0]
            WIN32.windll.user32.SetForegroundWindow(hwnd)
            WIN32.windll.user32.UpdateWindow(hwnd)
            time.sleep(2)  # the stylesheet's first paint; a picture, not a test
            image = ImageGrab.grab()
            out.parent.mkdir(parents=True, exist_ok=True)
            image.save(out)
            print(f"screenshot: {out} ({image.width}x{image.height}), window {title!r} at {box}")
        finally:
            program.kill()
            program.wait(timeout=60)


def uninstall() -> None:
    folder, scope = installed() or (None, None)
    if folder is None or scope is None:
        raise CheckFailed("StoreCRM is not installed")
    started = time.perf_counter()
    code = _run(
        [str(folder / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"],
        timeout=600,
    )
    if code:
        raise CheckFailed(f"the uninstaller exited with {code}")
    # The uninstaller finishes from a copy of itself in %TEMP%, after the first one exits.
    deadline = time.monotonic() + UNINSTALL_TIMEOUT
    while installed() or (folder / f"{appinfo.GUI_EXE}.exe").exists():
        if time.monotonic() > deadline:
            raise CheckFailed(f"still installed {UNINSTALL_TIMEOUT} s after the uninstaller ran")
        time.sleep(0.5)
    if start_menu_shortcut(scope).exists():
        raise CheckFailed(f"the Start menu shortcut is still there: {start_menu_shortcut(scope)}")
    kept = data_dir() / KEEP_ME
    if not kept.is_file():
        raise CheckFailed(f"the uninstaller removed the data folder {data_dir()}")
    kept.unlink()
    print(
        f"uninstalled in {time.perf_counter() - started:.0f} s; the data folder {data_dir()} "
        "was kept",
        flush=True,
    )


def clean() -> None:
    found = installed()
    if found:
        uninstaller = found[0] / "unins000.exe"
        _run([str(uninstaller), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"], timeout=600)
        deadline = time.monotonic() + UNINSTALL_TIMEOUT
        while installed() and time.monotonic() < deadline:
            time.sleep(0.5)
    (data_dir() / KEEP_ME).unlink(missing_ok=True)
    print("clean: " + ("uninstalled an earlier install" if found else "nothing installed"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="step", required=True)
    for name in ("all", "install"):
        step = sub.add_parser(name)
        step.add_argument("setup", type=Path)
        step.add_argument("--scope", choices=("user", "all"), default="user")
    sub.add_parser("self-check")
    shot = sub.add_parser("screenshot")
    shot.add_argument("out", type=Path)
    sub.add_parser("uninstall")
    sub.add_parser("clean")
    args = parser.parse_args(argv)
    if sys.platform != "win32":
        print("install_check.py runs on Windows (or under Wine)", file=sys.stderr)
        return 2
    try:
        if args.step in ("all", "install"):
            install(args.setup.resolve(), args.scope)
        if args.step in ("all", "self-check"):
            self_check()
        if args.step == "screenshot":
            screenshot(args.out.resolve())
        if args.step in ("all", "uninstall"):
            uninstall()
        if args.step == "clean":
            clean()
    except (CheckFailed, subprocess.TimeoutExpired) as exc:
        print(f"install_check.py {args.step}: FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
