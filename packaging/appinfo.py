"""The facts every packaging script shares: names, the version, the bundle id, where files go.

The PyInstaller spec, ``build.py``, the macOS and Windows scripts and the tests all read them
here, so the installer, the app bundle and the frozen program cannot disagree. The version is
read from ``storecrm/__init__.py`` (the one place it is written) without importing the package.

This file is loaded by path, never as ``import packaging...``: the folder is not a Python package
(the name would shadow the PyPI ``packaging`` library that pip and PyInstaller use).
"""

from __future__ import annotations

import ast
import platform
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = PACKAGING / "icons"

APP_NAME = "StoreCRM"
# The windowed program (what the shortcuts start) and, on Windows only, a console twin for the
# admin commands and the self-check (a windowed .exe has no stdout).
GUI_EXE = "StoreCRM"
CLI_EXE = "storecrm-cli"
BUNDLE_ID = "cn.storecrm.StoreCRM"
PUBLISHER = "StoreCRM"
DESCRIPTION = "StoreCRM 客户档案与会员管理"
COPYRIGHT = "Copyright © StoreCRM"
# Never change: Windows finds an earlier install (to upgrade or remove it) by this id.
WINDOWS_APP_ID = "{8C0E5B2A-4F7D-4E8B-9A51-6D2C3B7E1F40}"

ICON_SVG = ROOT / "resources" / "icons" / "app.svg"
ICON_ICO = ICONS / "storecrm.ico"
ICON_ICNS = ICONS / "storecrm.icns"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

# The Inno Setup compiler CI (under Wine) and the release workflow build the installer with: the
# npm package of that name holds ISCC.exe. 6.4 has no Chinese messages; storecrm.iss uses the
# committed packaging/windows/ChineseSimplified.isl, so nothing is downloaded at build time.
INNO_SETUP_NPM = "innosetup@6.4.1"

# Build output: never inside the source folders (both are in .gitignore).
BUILD_DIR = ROOT / "build" / "pyinstaller"
DIST_DIR = ROOT / "dist"


def read_version(root: Path = ROOT) -> str:
    """``__version__`` from ``storecrm/__init__.py``, by reading the file, not importing it."""
    tree = ast.parse((root / "storecrm" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise ValueError("storecrm/__init__.py sets no __version__ string")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows' fixed version block: "1.2.3rc1" -> (1, 2, 3, 0)."""
    numbers: list[int] = []
    for part in version.split(".")[:4]:
        digits = ""
        for ch in part:
            if not ch.isdigit():
                break
            digits += ch
        numbers.append(int(digits or 0))
    while len(numbers) < 4:
        numbers.append(0)
    return numbers[0], numbers[1], numbers[2], numbers[3]


def platform_tag() -> str:
    """windows-x64, macos-arm64, linux-x86_64 …: part of an installer's file name."""
    machine = platform.machine().lower()
    if sys.platform == "win32":
        return "windows-" + {"amd64": "x64", "x86_64": "x64"}.get(machine, machine)
    if sys.platform == "darwin":
        return "macos-" + machine
    return "linux-" + machine


def windows_version_info(version: str) -> str:
    """The text of a PyInstaller version file (a Python expression over PyInstaller's
    ``versioninfo`` classes) for the .exe's version resource, shown in Explorer's Details tab.

    Built as text rather than objects because ``PyInstaller.utils.win32.versioninfo`` imports
    Windows-only modules; PyInstaller itself evaluates it when it builds on Windows.
    """
    nums = version_tuple(version)

    def strings(lang: str) -> str:
        return (
            f"StringTable('{lang}', ["
            f"StringStruct('CompanyName', {PUBLISHER!r}), "
            f"StringStruct('FileDescription', {DESCRIPTION!r}), "
            f"StringStruct('FileVersion', {version!r}), "
            f"StringStruct('InternalName', {APP_NAME!r}), "
            f"StringStruct('LegalCopyright', {COPYRIGHT!r}), "
            f"StringStruct('OriginalFilename', {GUI_EXE + '.exe'!r}), "
            f"StringStruct('ProductName', {APP_NAME!r}), "
            f"StringStruct('ProductVersion', {version!r})])"
        )

    # 0x0804 = Chinese (PRC), 0x0409 = English (US); 1200 = Unicode.
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0,\n"
        "    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        f"    StringFileInfo([{strings('080404B0')}, {strings('040904B0')}]),\n"
        "    VarFileInfo([VarStruct('Translation', [0x0804, 1200, 0x0409, 1200])]),\n"
        "  ],\n"
        ")\n"
    )


# The oldest macOS StoreCRM.app may claim, whatever its wheels allow; the wheels the build bundles
# can only raise it (PySide6 6.8 and 6.9 need macOS 12, 6.10 and newer macOS 13).
MACOS_MINIMUM_FLOOR = (11, 0)
MACOS_WHEEL_TAG = re.compile(r"macosx_(\d+)_(\d+)_(\w+)$")


def macos_minimum_from_tags(tags: Iterable[str], arch: str) -> tuple[int, int] | None:
    """The macOS version a wheel with these tags needs on an ``arch`` Mac (arm64, x86_64):
    "cp39-abi3-macosx_13_0_universal2" -> (13, 0). A wheel tagged for several macOS versions
    installs on the oldest; None if no tag is for macOS on ``arch``."""
    archs = {arch, "universal2"} | ({"universal", "intel"} if arch == "x86_64" else set())
    found = [
        (int(m.group(1)), int(m.group(2)))
        for tag in tags
        for platform_tag in tag.split("-")[-1].split(".")
        if (m := MACOS_WHEEL_TAG.match(platform_tag)) and m.group(3) in archs
    ]
    return min(found) if found else None


def macos_minimum_system(wheel_tags: Mapping[str, Iterable[str]], arch: str | None = None) -> str:
    """LSMinimumSystemVersion for an app bundling wheels {distribution: its tags} on an ``arch``
    Mac (default: this one): the newest macOS any of them needs, never below
    MACOS_MINIMUM_FLOOR."""
    arch = arch or platform.machine()
    needed = [MACOS_MINIMUM_FLOOR]
    for tags in wheel_tags.values():
        minimum = macos_minimum_from_tags(tags, arch)
        if minimum:
            needed.append(minimum)
    major, minor = max(needed)
    return f"{major}.{minor}"


def installed_wheel_tags(root: str = "storecrm") -> dict[str, list[str]]:
    """The wheel tags of ``root``'s installed distribution and everything it requires (not its
    extras), by distribution name: what PyInstaller bundles, as pip installed it here."""
    from importlib import metadata

    tags: dict[str, list[str]] = {}
    pending = [root]
    while pending:
        name = re.split(r"[\s\[<>=!~;(]", pending.pop(), maxsplit=1)[0].lower().replace("_", "-")
        if name in tags:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        wheel = dist.read_text("WHEEL") or ""
        tags[name] = [
            line.split(":", 1)[1].strip() for line in wheel.splitlines() if line.startswith("Tag:")
        ]
        pending += [r for r in dist.requires or [] if "extra ==" not in r]
    return tags


def macos_info_plist(version: str, minimum_system: str | None = None) -> dict[str, object]:
    """Info.plist keys for StoreCRM.app (PyInstaller adds the executable and icon keys).

    LSMinimumSystemVersion comes from the wheels installed for the build (PySide6's is the
    newest), unless ``minimum_system`` is given."""
    if minimum_system is None:
        minimum_system = macos_minimum_system(installed_wheel_tags())
    return {
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "zh_CN",
        "CFBundleLocalizations": ["zh_Hans", "en"],
        # Lets the native parts (menus, file dialogs) follow the system language.
        "CFBundleAllowMixedLocalizations": True,
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": COPYRIGHT,
        "LSApplicationCategoryType": "public.app-category.business",
        "LSMinimumSystemVersion": minimum_system,
        "NSRequiresAquaSystemAppearance": False,
    }


def installer_name(version: str, kind: str) -> str:
    """StoreCRM-0.1.0-windows-x64-setup.exe, StoreCRM-0.1.0-macos-arm64.dmg, …"""
    suffix = {"setup": "-setup.exe", "dmg": ".dmg", "tar": ".tar.gz"}[kind]
    return f"{APP_NAME}-{version}-{platform_tag()}{suffix}"


def main(argv: list[str]) -> int:
    """``python packaging/appinfo.py version | dmg-name | setup-name | inno-setup | github-env``:
    the facts above for shell scripts and CI, which should not repeat them."""
    version = read_version()
    command = argv[0] if argv else "version"
    if command == "version":
        print(version)
    elif command == "setup-name":
        print(installer_name(version, "setup"))
    elif command == "dmg-name":
        print(installer_name(version, "dmg"))
    elif command == "inno-setup":
        print(INNO_SETUP_NPM)
    elif command == "github-env":
        print(f"STORECRM_VERSION={version}")
        print(f"STORECRM_PLATFORM={platform_tag()}")
    else:
        commands = "version, setup-name, dmg-name, inno-setup, github-env"
        print(f"unknown: {command} ({commands})", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
