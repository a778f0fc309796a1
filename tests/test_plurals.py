"""Numbers in words: every count the user reads goes through Qt's plural forms
(``self.tr("%n day(s)", "", n)``), so English says "1 day" / "2 days" and Chinese "1 天".

The source is scanned for translated strings that show a count without the plural form: a
"(s)", a number followed by a counted noun ("%1 days", "%1 old backups"), or a spin box suffix
(" days"). The English translation gives every plural its two forms."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "storecrm"

NOUNS = (
    r"days?|weeks?|months?|years?|customers?|visits?|lines?|items?|points?|rows?|backups?|"
    r"sales?|records?|sessions?|reminders?|characters?|tasks?|entries|entry|times|tickets?"
)
COUNTED = re.compile(rf"%\d+\s+(?:[\w-]+\s+)?(?:{NOUNS})\b")
SUFFIX = re.compile(rf"^ (?:{NOUNS})$")


@dataclass(frozen=True)
class Message:
    where: str  # file:line
    source: str
    numerus: bool


def _string(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _has_n(call: ast.Call, position: int) -> bool:
    if len(call.args) > position:
        return True
    return any(k.arg == "n" for k in call.keywords)


def messages() -> list[Message]:
    """Every string the program translates, with whether it is passed a number for its
    plural form (tr: the third argument; translate: the fourth)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = str(path.relative_to(ROOT))
        if relative.startswith("storecrm/gui/forms/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "tr":
                source, numerus = _string(node.args[0] if node.args else None), _has_n(node, 2)
            elif name == "translate":
                # lupdate takes translate()'s number for a plural only when it is a literal:
                # a count must go through self.tr() in a class (see test below).
                source, numerus = _string(node.args[1] if len(node.args) > 1 else None), False
                if _has_n(node, 3):
                    found.append(Message(f"{relative}:{node.lineno}", "translate(n)", True))
            elif name == "QT_TRANSLATE_NOOP":
                source, numerus = _string(node.args[1] if len(node.args) > 1 else None), False
            else:
                continue
            if source is not None:
                found.append(Message(f"{relative}:{node.lineno}", source, numerus))
    return found


def counted_without_plural(message: Message) -> bool:
    if message.numerus:
        return False
    text = message.source
    return "(s)" in text or "(es)" in text or bool(COUNTED.search(text) or SUFFIX.match(text))


def test_the_scanner_finds_what_it_looks_for() -> None:
    def bad(source: str, numerus: bool = False) -> bool:
        return counted_without_plural(Message("x", source, numerus))

    assert bad("%1 line(s)") and bad("%1 days") and bad("%1 old backups removed.")
    assert bad(" days") and bad("Added %1 demo customers in %2 s.")
    assert not bad("%n day(s)", numerus=True) and not bad(" day(s)", numerus=True)
    assert not bad("Card %1") and not bad("%1 of %2 shown") and not bad("Sessions: %1")
    found = {m.source for m in messages()}
    assert "%n customer(s)" in found and "Business report" in found  # tr, translate, NOOP


def test_every_count_uses_the_plural_form() -> None:
    offending = [f"{m.where}: {m.source!r}" for m in messages() if counted_without_plural(m)]
    assert offending == []


def test_no_count_is_passed_to_translate() -> None:
    """pyside6-lupdate does not see QCoreApplication.translate(ctx, text, None, n) as a plural
    (unless n is a literal), so its translation would never be used: tr() in a class instead."""
    assert [m.where for m in messages() if m.source == "translate(n)"] == []


def _ts(language: str) -> list[ET.Element]:
    path = ROOT / "resources" / "i18n" / f"storecrm_{language}.ts"
    return [m for m in ET.parse(path).getroot().iter("message") if m.get("numerus") == "yes"]


def test_english_gives_every_plural_its_singular_and_plural() -> None:
    plurals = _ts("en")
    assert len(plurals) > 20
    for message in plurals:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        one, many = [f.text or "" for f in translation.findall("numerusform")]
        assert "(s)" not in one + many and "(es)" not in one + many, source
        assert one.count("%n") == many.count("%n") == source.count("%n"), source
        if re.search(rf"%n\s+(?:[\w-]+\s+)?(?:{NOUNS})\b", source) or "(" in source:
            assert one != many, f"{source}: the same for 1 and for 2"


def test_chinese_gives_every_plural_its_form() -> None:
    for message in _ts("zh_CN"):
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None
        forms = [f.text or "" for f in translation.findall("numerusform")]
        assert len(forms) == 1 and forms[0].strip(), message.findtext("source")
        assert "(s)" not in forms[0]


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("en", "1 day", "2 days"), ("zh_CN", "1 天", "2 天")],
)
def test_days_read_right_in_each_language(
    qapp: QApplication, language: str, one: str, two: str
) -> None:
    from storecrm import i18n
    from storecrm.gui.screens.membership_screen import validity_text

    i18n.install(qapp, language)
    try:
        assert validity_text(1) == one and validity_text(2) == two
    finally:
        i18n.install(qapp, "en")


def test_english_counts_on_screen(qapp: QApplication) -> None:
    from storecrm import i18n

    i18n.install(qapp, "en")
    tr = QCoreApplication.translate
    assert tr("CustomersScreen", "%n customer(s)", None, 1) == "1 customer"
    assert tr("CustomersScreen", "%n customer(s)", None, 3) == "3 customers"
    assert tr("ReminderTexts", "In %n day(s)", None, 1) == "In 1 day"
    assert tr("ShiftSummaryDialog", "%n sale(s)", None, 1) == "1 sale"
