"""Translations: ``update`` collects every tr() string into ``resources/i18n/*.ts``;
``release`` compiles the ``.qm`` files the program loads.

    python scripts/i18n.py update   # after adding or changing user-visible strings (also
                                    # gives English plurals their forms: "%n day(s)")
    python scripts/i18n.py fill new.json  # set translations from {"source": "译文"}
    python scripts/i18n.py release  # after translating (the .qm files are committed)

Tests fail when zh_CN has an unfinished entry or a .qm file is older than its .ts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from storecrm.devtools import tool

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")


def sources() -> list[str]:
    files = sorted((ROOT / "storecrm").rglob("*.py")) + sorted((ROOT / "ui").glob("*.ui"))
    skip = ("storecrm/gui/forms/",)  # generated from ui/*.ui, which lupdate reads directly
    return [
        str(f.relative_to(ROOT))
        for f in files
        if not any(str(f.relative_to(ROOT)).startswith(s) for s in skip)
    ]


def ts_file(language: str) -> Path:
    return I18N / f"storecrm_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N / f"storecrm_{language}.qm"


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    _lupdate(LANGUAGES)
    if english_plurals():
        _lupdate(("en",))  # back to lupdate's own layout


def _lupdate(languages: tuple[str, ...]) -> None:
    for language in languages:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources(),
                "-ts",
                str(ts_file(language)),
            ],
            check=True,
            cwd=ROOT,
        )


def release(out_dir: Path = I18N) -> list[Path]:
    produced = []
    for language in LANGUAGES:
        target = out_dir / qm_file(language).name
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm", str(target)],
            check=True,
            cwd=ROOT,
        )
        produced.append(target)
    return produced


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a numerus source: "%n day(s)" → "%n day", "%n days"
    ("(es)" likewise, "entry(ies)" → "entry", "entries"); a source without them reads the
    same for every number."""
    import re

    singular = re.sub(r"\((?:s|es|ies)\)", "", source)
    plural = re.sub(r"y\(ies\)", "ies", source)
    plural = re.sub(r"\((s|es)\)", r"\1", plural)
    return singular, plural


def english_plurals() -> int:
    """Give every unfinished plural (numerus) message of the English file its two forms, made
    from the source by :func:`english_forms`; returns how many were set. English is the source
    language, so these are its only translations."""
    import xml.etree.ElementTree as ET

    path = ts_file("en")
    tree = ET.parse(path)
    count = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        forms = translation.findall("numerusform")
        for form in forms:
            translation.remove(form)
        for text in english_forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        count += 1
    if count:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


def fill(mapping_file: Path, language: str = "zh_CN") -> int:
    """Set the *unfinished* translations from a JSON object {source: translation}; returns how
    many were set. A finished translation is never overwritten: the same English word (Change,
    Sales) means different things in different contexts (找零 at the till, 变动 on a ledger)."""
    import json
    import xml.etree.ElementTree as ET

    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    path = ts_file(language)
    tree = ET.parse(path)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        unfinished = translation is not None and translation.get("type") == "unfinished"
        if source in mapping and unfinished:
            forms = translation.findall("numerusform")
            if forms:  # a plural: Chinese has one form for every number
                for form in forms:
                    form.text = mapping[source]
            else:
                translation.text = mapping[source]
            translation.attrib.pop("type", None)
            count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    update()  # lupdate rewrites the file in its own layout
    return count


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "fill":
        print(f"{fill(Path(argv[1]))} translations set")
        return 0
    commands = {"update": update, "release": release}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
