"""Translations are complete and compiled, and Chinese renders with the bundled font."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from storecrm import paths
from storecrm.devtools import tool

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
assert spec is not None and spec.loader is not None
i18n_script = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_script)


@pytest.fixture(autouse=True)
def _no_tools_on_path(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PATH holds nothing: the README runs .venv/bin/python without .venv/bin on PATH, so the
    Qt tools must be found beside the interpreter (storecrm.devtools), not on PATH."""
    monkeypatch.setenv("PATH", str(tmp_path_factory.mktemp("empty-path")))


def _messages(language: str) -> list[ET.Element]:
    tree = ET.parse(i18n_script.ts_file(language))
    return list(tree.getroot().iter("message"))


def test_zh_cn_has_no_unfinished_or_empty_translation() -> None:
    messages = _messages("zh_CN")
    assert len(messages) > 100
    unfinished = [
        m.findtext("source")
        for m in messages
        if (t := m.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(t.itertext()).strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    import re

    for message in _messages("zh_CN"):
        source = message.findtext("source") or ""
        found = message.find("translation")
        # A plural's text is in its forms (Chinese has one).
        translation = "".join(found.itertext()) if found is not None else ""
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", translation)), source


def test_every_tr_string_in_the_code_is_in_the_ts_file(tmp_path: Path) -> None:
    """lupdate run now finds nothing that the committed .ts lacks (run scripts/i18n.py update)."""
    import shutil
    import subprocess

    fresh = tmp_path / "fresh.ts"
    shutil.copy(i18n_script.ts_file("zh_CN"), fresh)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *i18n_script.sources(),
            "-ts",
            str(fresh),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    committed = {m.findtext("source") for m in _messages("zh_CN")}
    now = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    assert now - committed == set()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_qm_files_match_their_ts_files(tmp_path: Path, language: str) -> None:
    built = {p.name: p.read_bytes() for p in i18n_script.release(tmp_path)}
    committed = i18n_script.qm_file(language)
    assert committed.exists(), "run: python scripts/i18n.py release"
    assert committed.read_bytes() == built[committed.name], "stale .qm: run scripts/i18n.py release"


def test_translation_is_used_at_run_time(qapp: QApplication) -> None:
    from storecrm import i18n

    assert i18n.install(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("MainWindow", "Customers") == "客户"
    finally:
        i18n.install(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "Customers") == "Customers"


def test_bundled_font_covers_the_chinese_the_program_shows(qapp: QApplication) -> None:
    font_id = QFontDatabase.addApplicationFont(str(paths.font_file()))
    assert font_id >= 0
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    raw = QRawFont(str(paths.font_file()), 16)
    assert raw.isValid()
    translated = "".join(m.findtext("translation") or "" for m in _messages("zh_CN"))
    cjk = sorted({ch for ch in translated if "\u4e00" <= ch <= "\u9fff"})
    assert len(cjk) > 100
    missing = [ch for ch in cjk if not raw.supportsCharacter(ord(ch))]
    assert missing == []
    assert family
