"""Packaging: the self-check, and the spec, installer scripts and workflow agreeing with each other.

The fast tests read the files (the PyInstaller spec is run with stand-ins for PyInstaller's build
classes, once per platform). The slow one builds the frozen program for real and runs its
``--self-check``; it needs PyInstaller (``pip install -e ".[packaging]"``), which ``.ci/run``
installs before running it with ``STORECRM_REQUIRE_FROZEN=1``.
"""

from __future__ import annotations

import ast
import importlib.util
import io
import os
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

import storecrm
from storecrm import cli, paths, selfcheck

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "storecrm.iss"
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


# -- the self-check ------------------------------------------------------------------------------
def test_self_check_passes_from_source(qapp: Any, tmp_path: Path) -> None:
    home_before = os.environ["STORECRM_HOME"]
    report = tmp_path / "report.txt"
    os.environ["STORECRM_SELFCHECK_REPORT"] = str(report)
    out = io.StringIO()
    try:
        code = selfcheck.run(out)
    finally:
        del os.environ["STORECRM_SELFCHECK_REPORT"]
    text = out.getvalue()
    assert code == 0, text
    assert "FAIL" not in text
    for name, _check in selfcheck.CHECKS:
        assert f"ok    {name}" in text
    assert "upgraded 0001 -> " in text  # the store was made at the first revision and upgraded
    assert text.rstrip().endswith(f"{len(selfcheck.CHECKS)} checks in " + text.split()[-2] + " s")
    assert report.read_text(encoding="utf-8") == text  # for a windowed program with no console
    assert os.environ["STORECRM_HOME"] == home_before  # put back
    assert not (Path(home_before) / "data").exists()  # nothing written to the user's folders


def test_self_check_reports_what_is_missing(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "font_file", lambda: tmp_path / "no-font.ttc")
    out = io.StringIO()
    assert selfcheck.run(out) == selfcheck.EXIT_FAILED
    text = out.getvalue()
    assert re.search(r"FAIL  resources\s+CheckFailed: font missing", text)
    assert "FAIL  pdf" in text
    assert "ok    store" in text  # the other checks still ran
    assert "self-check FAILED" in text


def test_cli_self_check_flag(qapp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--self-check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"StoreCRM {storecrm.__version__} self-check (from source")
    assert "self-check passed" in out


# -- facts shared by every script ----------------------------------------------------------------
def test_version_comes_from_the_package(appinfo: ModuleType) -> None:
    assert appinfo.read_version() == storecrm.__version__
    assert appinfo.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert appinfo.version_tuple("2.0rc1") == (2, 0, 0, 0)
    assert appinfo.version_tuple("1.2.3.4.5") == (1, 2, 3, 4)
    assert appinfo.APP_NAME == paths.APP_NAME  # the data folder's name on every platform


def test_windows_version_resource_text(appinfo: ModuleType) -> None:
    text = appinfo.windows_version_info("1.4.2")
    tree = ast.parse(text, mode="eval")
    calls = {
        n.func.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
    }
    # The names PyInstaller's version-file reader evaluates the text with.
    assert calls <= {
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    }
    assert "filevers=(1, 4, 2, 0)" in text
    assert "StringStruct('ProductVersion', '1.4.2')" in text
    assert "StringStruct('OriginalFilename', 'StoreCRM.exe')" in text


def test_icons_are_generated_and_committed(appinfo: ModuleType) -> None:
    from PIL import Image

    for size in appinfo.PNG_SIZES:
        with Image.open(appinfo.ICONS / f"storecrm-{size}.png") as png:
            assert png.size == (size, size)
    with Image.open(appinfo.ICON_ICO) as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in appinfo.ICO_SIZES}
    with Image.open(appinfo.ICON_ICNS) as icns:
        assert icns.size == (1024, 1024)


def test_make_icons_renders_the_svg(qapp: Any, tmp_path: Path) -> None:
    make_icons = _load(ROOT / "scripts" / "make_icons.py", "make_icons")
    written = make_icons.make_icons(tmp_path)
    assert {p.name for p in written} >= {"storecrm.ico", "storecrm.icns", "storecrm-256.png"}
    from PIL import Image

    with Image.open(tmp_path / "storecrm-256.png") as png:
        assert png.getpixel((128, 10))[3] == 255  # the teal square, opaque
        assert png.getpixel((1, 1))[3] == 0  # outside the rounded corner, transparent


# -- the PyInstaller spec, run with stand-ins ---------------------------------------------------
class _Recorder:
    """Stands in for PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE: records what it was given."""

    made: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self, kind: str, made: list[tuple[str, tuple[Any, ...], dict[str, Any]]]):
        self.kind = kind
        self.made = made

    def __call__(self, *args: Any, **kwargs: Any) -> SimpleNamespace:
        self.made.append((self.kind, args, kwargs))
        return SimpleNamespace(binaries=[], datas=[], pure=[], scripts=[], zipped_data=[])


def run_spec(
    platform: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    *spec_args: str,
    namespace_out: dict[str, Any] | None = None,
) -> dict[str, list[tuple[tuple[Any, ...], dict[str, Any]]]]:
    made: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
    namespace: dict[str, Any] = {
        "SPECPATH": str(PACKAGING),
        "workpath": str(tmp_path / "work"),
        **{k: _Recorder(k, made) for k in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "argv", [str(PACKAGING / "storecrm.spec"), *spec_args])
    code = (PACKAGING / "storecrm.spec").read_text(encoding="utf-8")
    exec(compile(code, "storecrm.spec", "exec"), namespace)  # noqa: S102 - our own spec
    monkeypatch.undo()
    if namespace_out is not None:
        namespace_out.update(namespace)
    calls: dict[str, list[tuple[tuple[Any, ...], dict[str, Any]]]] = {}
    for kind, args, kwargs in made:
        calls.setdefault(kind, []).append((args, kwargs))
    return calls


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_spec_ships_the_resources_and_migrations(
    platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = run_spec(platform, tmp_path, monkeypatch)
    ((args, analysis),) = calls["Analysis"]
    assert args[0] == [str(ROOT / "storecrm" / "__main__.py")]
    for source, _dest in analysis["datas"]:
        assert Path(source).is_file(), source
    shipped = {(Path(src).name, dest.replace("\\", "/")) for src, dest in analysis["datas"]}
    assert ("wqy-microhei.ttc", "resources/fonts") in shipped
    assert ("storecrm_zh_CN.qm", "resources/i18n") in shipped
    assert ("app.svg", "resources/icons") in shipped
    assert ("app.qss", "resources/style") in shipped
    assert ("env.py", "storecrm/data/migrations") in shipped
    assert ("script.py.mako", "storecrm/data/migrations") in shipped
    versions = sorted((ROOT / "storecrm/data/migrations/versions").glob("0*.py"))
    assert versions
    for version in versions:
        assert (version.name, "storecrm/data/migrations/versions") in shipped
    assert not any(name.endswith(".ts") for name, _ in shipped)  # sources stay out
    # The native SQLCipher module, and what the migration scripts import (Alembic loads them by
    # path, so PyInstaller's analysis cannot see it).
    assert {"sqlcipher3._sqlite3", "alembic", "sqlalchemy", "storecrm.domain.customer"} <= set(
        analysis["hiddenimports"]
    )
    # reportlab's barcode symbologies are imported by name (the frozen self-check failed on code93).
    assert {"reportlab.graphics.barcode.code93", "reportlab.graphics.barcode.qr"} <= set(
        analysis["hiddenimports"]
    )
    assert {"tkinter", "PySide6.QtNetwork", "PySide6.QtQml"} <= set(analysis["excludes"])
    ((_, collect),) = calls["COLLECT"]
    assert collect["name"] == "StoreCRM"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        # Linux and macOS wheels: PySide6/Qt/...; Windows: PySide6/plugins, PySide6/*.dll.
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6\\plugins\\imageformats\\qpdf.dll", False),
        ("PySide6/plugins/tls/qschannelbackend.dll", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt6Pdf.dll", False),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf", False),
        ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/translations/qtbase_en.qm", True),
        ("PySide6/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_ja.qm", False),
        ("resources/i18n/storecrm_zh_CN.qm", True),
    ],
)
def test_spec_leaves_out_unused_qt_parts(
    dest: str, kept: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    namespace: dict[str, Any] = {}
    run_spec("linux", tmp_path, monkeypatch, namespace_out=namespace)
    assert namespace["_keep"](dest) is kept


def test_spec_on_windows_has_icon_version_and_a_console_twin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = run_spec("win32", tmp_path, monkeypatch)
    exes = {kw["name"]: kw for _args, kw in calls["EXE"]}
    assert set(exes) == {"StoreCRM", "storecrm-cli"}
    assert exes["StoreCRM"]["console"] is False  # windowed
    assert exes["storecrm-cli"]["console"] is True
    for kw in exes.values():
        assert Path(kw["icon"]) == PACKAGING / "icons" / "storecrm.ico"
        version_text = Path(kw["version"]).read_text(encoding="utf-8")
        assert f"StringStruct('ProductVersion', '{storecrm.__version__}')" in version_text
    assert "BUNDLE" not in calls


def test_spec_debug_switch_gives_a_console(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec("win32", tmp_path, monkeypatch, "--debug")
    gui = next(kw for _args, kw in calls["EXE"] if kw["name"] == "StoreCRM")
    assert gui["console"] is True and gui["debug"] is True and gui["strip"] is False


def test_spec_on_macos_makes_the_app_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, appinfo: ModuleType
) -> None:
    monkeypatch.delenv("MACOS_SIGN_IDENTITY", raising=False)
    calls = run_spec("darwin", tmp_path, monkeypatch)
    ((_, bundle),) = calls["BUNDLE"]
    assert bundle["name"] == "StoreCRM.app"
    assert bundle["bundle_identifier"] == "cn.storecrm.StoreCRM"
    assert bundle["version"] == storecrm.__version__
    assert Path(bundle["icon"]) == PACKAGING / "icons" / "storecrm.icns"
    plist = bundle["info_plist"]
    assert plist["CFBundleShortVersionString"] == storecrm.__version__
    assert plist["CFBundleLocalizations"] == ["zh_Hans", "en"]
    assert plist["CFBundleDevelopmentRegion"] == "zh_CN"
    assert plist["NSHighResolutionCapable"] is True
    assert bundle["codesign_identity"] is None  # unsigned unless MACOS_SIGN_IDENTITY is set
    ((_, analysis),) = calls["Analysis"]
    lproj = {dest for _src, dest in analysis["datas"] if dest.endswith(".lproj")}
    assert lproj == {"zh_Hans.lproj", "en.lproj"}
    plistlib.dumps(plist)  # every value is one a plist can hold


def test_spec_signs_on_macos_when_an_identity_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MACOS_SIGN_IDENTITY", "Developer ID Application: Test (TEAM123)")
    calls = run_spec("darwin", tmp_path, monkeypatch)
    ((_, bundle),) = calls["BUNDLE"]
    assert bundle["codesign_identity"] == "Developer ID Application: Test (TEAM123)"
    assert Path(bundle["entitlements_file"]).is_file()
    with Path(bundle["entitlements_file"]).open("rb") as fh:
        assert plistlib.load(fh)


# -- the Windows installer script ----------------------------------------------------------------
def _iss() -> str:
    return ISS.read_text(encoding="utf-8-sig")


def _iss_define(name: str) -> str:
    match = re.search(rf'^#define {name} "([^"]*)"', _iss(), re.MULTILINE)
    assert match, name
    return match.group(1)


def test_inno_setup_script_matches_the_spec(appinfo: ModuleType) -> None:
    text = _iss()
    assert _iss_define("AppName") == appinfo.APP_NAME
    assert _iss_define("AppExeName") == f"{appinfo.GUI_EXE}.exe"
    assert _iss_define("AppGuid") == appinfo.WINDOWS_APP_ID
    # The installer's icon, relative to the script.
    icon = re.search(r"^SetupIconFile=\{#Here\}(.+)$", text, re.MULTILINE)
    assert icon and (ISS.parent / icon.group(1).replace("\\", "/")).resolve() == appinfo.ICON_ICO
    # The program folder it packs is the spec's COLLECT output.
    assert '#define BundleDir Here + "..\\..\\dist\\StoreCRM"' in text
    # The version: passed by build_installer.py, else read from the .exe's version resource.
    assert '#define AppVersion GetStringFileInfo(AppExePath, "ProductVersion")' in text
    assert "AppVersion={#AppVersion}" in text
    builder = (PACKAGING / "windows" / "build_installer.py").read_text(encoding="utf-8")
    assert 'f"/DAppVersion={version}"' in builder
    # The installer's name is the one CI and the README use.
    base = re.search(r"^OutputBaseFilename=(.+)$", text, re.MULTILINE)
    assert base
    name = base.group(1).replace("{#AppName}", "StoreCRM").replace("{#AppVersion}", "9.9")
    assert f"{name}.exe" == "StoreCRM-9.9-windows-x64-setup.exe"


def test_inno_setup_script_installs_per_user_in_two_languages() -> None:
    text = _iss()
    assert "PrivilegesRequired=lowest" in text
    assert "PrivilegesRequiredOverridesAllowed=dialog commandline" in text
    assert "DefaultDirName={autopf}\\{#AppName}" in text
    assert re.search(r'^Name: "english"; MessagesFile: "compiler:Default.isl"', text, re.M)
    assert re.search(
        r'^Name: "chinesesimplified"; MessagesFile: "\{#ChineseMessages\}"', text, re.M
    )
    assert '"{autoprograms}\\{#AppName}"' in text  # Start menu
    assert re.search(r'^Name: "\{autodesktop\}.*Tasks: desktopicon$', text, re.M)
    assert re.search(r'^Name: "desktopicon";.*Flags: unchecked$', text, re.M)
    # Every custom message exists in both languages.
    keys = re.findall(r"^(english|chinesesimplified)\.(\w+)=", text, re.M)
    english = {k for lang, k in keys if lang == "english"}
    chinese = {k for lang, k in keys if lang == "chinesesimplified"}
    assert english == chinese and "RemoveDataQuestion" in english


def test_uninstaller_keeps_the_data_unless_asked() -> None:
    text = _iss()
    # paths.data_dir() on Windows is platformdirs' user data folder: %LOCALAPPDATA%\StoreCRM.
    assert "ExpandConstant('{localappdata}\\{#AppName}')" in text
    code = text.split("[Code]", 1)[1]
    assert "usPostUninstall" in code
    assert "MB_DEFBUTTON2" in code  # "No, keep it" is the default answer
    assert "{param:REMOVEDATA|0}" in code  # a silent uninstall keeps the data unless told
    assert code.count("DelTree(") == 1
    assert "[UninstallDelete]" not in text


# -- the macOS script ------------------------------------------------------------------------------
def test_macos_script_and_localisation(appinfo: ModuleType) -> None:
    script = PACKAGING / "macos" / "build_app.sh"
    assert os.access(script, os.X_OK)
    bash = shutil.which("bash")
    if bash:
        subprocess.run([bash, "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    assert "packaging/appinfo.py dmg-name" in text
    assert 'ln -s /Applications "$staging/Applications"' in text
    assert "hdiutil create" in text and "-format UDZO" in text
    for variable in ("MACOS_SIGN_IDENTITY", "APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"):
        assert variable in text
    assert "signing: skipped" in text and "notarisation: skipped" in text
    for lproj in ("zh_Hans", "en"):
        strings = (PACKAGING / "macos" / f"{lproj}.lproj" / "InfoPlist.strings").read_text("utf-8")
        assert '"CFBundleDisplayName" = "StoreCRM";' in strings
    assert appinfo.installer_name("1.0", "dmg").startswith("StoreCRM-1.0-")


# -- the release workflow --------------------------------------------------------------------------
def test_release_workflow_is_valid_and_uses_the_scripts() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for used in (
        "packaging/build.py",
        "packaging/appinfo.py",
        "scripts/make_icons.py",
        "packaging/windows/build_installer.py",
        "packaging/windows/install_check.py",
        "packaging/macos/build_app.sh",
    ):
        assert used in text
        assert (ROOT / used.replace("\\", "/")).is_file()
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load(text)
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert set(triggers) == {"push", "workflow_dispatch"}
    build = workflow["jobs"]["build"]
    oses = {entry["os"] for entry in build["strategy"]["matrix"]["include"]}
    assert {"windows-latest", "macos-latest"} <= oses
    steps = build["steps"]
    assert all("uses" in step or "run" in step for step in steps)
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["python-version"] == "3.11"
    assert any(s.get("uses", "").startswith("actions/upload-artifact") for s in steps)


# -- the real frozen build -------------------------------------------------------------------------
BUNDLE_BUDGET_MB = 250  # Linux, today about 180 MB; see packaging/README.md


@pytest.mark.slow
def test_frozen_build_passes_its_self_check() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("STORECRM_REQUIRE_FROZEN") == "1":
            pytest.fail('PyInstaller is not installed: pip install -e ".[packaging]"')
        pytest.skip('needs PyInstaller: pip install -e ".[packaging]"')
    env = dict(os.environ)
    env.pop("STORECRM_HOME", None)
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    output = result.stdout + result.stderr
    print(output)  # the self-check and the bundle size, shown with `pytest -s`
    assert result.returncode == 0, output[-6000:]
    assert "self-check passed" in output
    size = re.search(r"^bundle size: ([\d.]+) MB", output, re.M)
    assert size, output[-3000:]
    assert float(size.group(1)) < BUNDLE_BUDGET_MB, "the bundle grew: see packaging/README.md"
