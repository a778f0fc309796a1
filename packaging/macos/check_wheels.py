"""Check from Linux that StoreCRM can be built for both kinds of Mac, and which macOS it needs.

    python packaging/macos/check_wheels.py [--mac-version 15.0]

For arm64 and x86_64, pip resolves StoreCRM's dependencies and the "packaging" extra
(pyproject.toml) as wheels only (``pip install --dry-run --only-binary=:all: --platform
macosx_<version>_<arch>``), for CPython 3.11 on a Mac of ``--mac-version`` (the release
workflow's runner). It fails when a dependency has no wheel there: a build on that Mac would have
to compile it, or could not install it at all.

From the wheels it resolved, it prints the macOS each needs and the LSMinimumSystemVersion a build
with them writes (``appinfo.macos_minimum_system``, as the spec does from the installed wheels),
and fails if that is lower than what the PySide6 wheel needs. Needs the network (PyPI); .ci/run
runs it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ARCHS = ("arm64", "x86_64")


def _load_appinfo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("appinfo", HERE.parent / "appinfo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


appinfo = _load_appinfo()


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"]) + list(project["optional-dependencies"]["packaging"])


def resolve(arch: str, mac_version: str) -> dict[str, tuple[str, list[str]]]:
    """{distribution: (version, its wheel's tags)} that pip picks for a Mac of ``mac_version``
    on ``arch``."""
    platform_tag = f"macosx_{mac_version.replace('.', '_')}_{arch}"
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        command = [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--quiet",
            "--ignore-installed",
            "--target",
            str(Path(tmp) / "target"),
            "--only-binary=:all:",
            "--platform",
            platform_tag,
            "--python-version",
            "3.11",
            "--implementation",
            "cp",
            "--report",
            str(report),
            *requirements(),
        ]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode:
            raise SystemExit(
                f"{platform_tag}: pip found no wheel for every dependency:\n{result.stderr[-3000:]}"
            )
        installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    wheels: dict[str, tuple[str, list[str]]] = {}
    for item in installs:
        name = item["metadata"]["name"].lower().replace("_", "-")
        filename = item["download_info"]["url"].rsplit("/", 1)[-1]
        if not filename.endswith(".whl"):
            raise SystemExit(f"{platform_tag}: {name} is not a wheel ({filename})")
        # name-version(-build)?-python-abi-platform.whl: one tag set, dotted alternatives.
        python, abi, platforms = filename[: -len(".whl")].split("-")[-3:]
        tags = [
            f"{p}-{a}-{plat}"
            for p in python.split(".")
            for a in abi.split(".")
            for plat in platforms.split(".")
        ]
        wheels[name] = (item["metadata"]["version"], tags)
    return wheels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mac-version", default="15.0", help="the building Mac's macOS")
    args = parser.parse_args(argv)
    failed = False
    for arch in ARCHS:
        wheels = resolve(arch, args.mac_version)
        versions = {name: version for name, (version, _tags) in wheels.items()}
        tags = {name: tag_list for name, (_version, tag_list) in wheels.items()}
        needs = {
            name: appinfo.macos_minimum_from_tags(tag_list, arch) for name, tag_list in tags.items()
        }
        minimum = appinfo.macos_minimum_system(tags, arch)
        binary = ", ".join(
            f"{name} {versions[name]} (macOS {m[0]}.{m[1]})"
            for name, m in sorted(needs.items())
            if m
        )
        print(f"macOS {arch}: {len(tags)} wheels, {binary}; the rest are pure Python")
        pyside = needs.get("pyside6-essentials")
        if pyside is None:
            print(f"macOS {arch}: no PySide6-Essentials wheel for macOS", file=sys.stderr)
            failed = True
            continue
        as_tuple = tuple(int(part) for part in minimum.split("."))
        if as_tuple < pyside:
            print(f"macOS {arch}: LSMinimumSystemVersion {minimum} < PySide6's", file=sys.stderr)
            failed = True
        print(
            f"macOS {arch}: LSMinimumSystemVersion {minimum} "
            f"(PySide6-Essentials {versions['pyside6-essentials']} needs macOS "
            f"{pyside[0]}.{pyside[1]})"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
