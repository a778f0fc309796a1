"""A printed ticket as data, and the column arithmetic of a thermal roll.

A 58 mm roll prints 32 columns of the standard font (12 × 24 dots on a 384-dot head), an
80 mm roll 48 (576 dots). A Chinese character is as wide as two columns; double-width text
takes twice its columns. ``row`` and ``wrap`` lay text out by those widths, so a label and its
amount meet the right edge however much Chinese is in the label.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

COLUMNS = {"58mm": 32, "80mm": 48}
DOTS = {"58mm": 384, "80mm": 576}


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Text:
    """One printed line (no newline in it)."""

    text: str
    align: Align = Align.LEFT
    bold: bool = False
    wide: bool = False  # double width
    tall: bool = False  # double height


@dataclass(frozen=True, slots=True)
class Qr:
    data: str
    size: int = 6  # module size in dots (1–16)


@dataclass(frozen=True, slots=True)
class Barcode:
    """A Code128 barcode with its number printed under it."""

    data: str
    height: int = 80  # dots


@dataclass(frozen=True, slots=True)
class Feed:
    lines: int = 1


@dataclass(frozen=True, slots=True)
class Cut:
    partial: bool = True


@dataclass(frozen=True, slots=True)
class Drawer:
    """A pulse on the drawer port of the printer (pin 2 or pin 5): the cash drawer opens."""

    pin: int = 2


Item = Text | Qr | Barcode | Feed | Cut | Drawer


@dataclass(frozen=True, slots=True)
class Ticket:
    items: tuple[Item, ...]
    columns: int = 32

    def texts(self) -> list[str]:
        """The printed lines of text, in order (what a reader of the paper sees)."""
        return [i.text for i in self.items if isinstance(i, Text)]


# -- widths --------------------------------------------------------------------------------------
def char_width(char: str) -> int:
    """Columns a character takes: 2 for Chinese (wide and full-width forms), else 1."""
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def width(text: str) -> int:
    return sum(char_width(c) for c in text)


def clip(text: str, columns: int) -> str:
    """The text cut to ``columns`` (a Chinese character is never cut in half)."""
    out, used = [], 0
    for char in text:
        w = char_width(char)
        if used + w > columns:
            break
        out.append(char)
        used += w
    return "".join(out)


def wrap(text: str, columns: int) -> list[str]:
    """The text in lines of at most ``columns`` (breaking anywhere: Chinese has no spaces)."""
    lines: list[str] = []
    rest = text
    while rest:
        line = clip(rest, columns)
        if not line:  # a character wider than the line
            line = rest[0]
        lines.append(line)
        rest = rest[len(line) :]
    return lines or [""]


def row(left: str, right: str, columns: int) -> list[str]:
    """A label and its value on one line, the value against the right edge; a label too long
    for that line gets its own line(s) first."""
    room = columns - width(right) - 1
    if width(left) <= room:
        return [left + " " * (columns - width(left) - width(right)) + right]
    lines = wrap(left, columns)
    last = lines[-1]
    if width(last) <= room:
        lines[-1] = last + " " * (columns - width(last) - width(right)) + right
    else:
        lines.append(" " * (columns - width(right)) + right)
    return lines


def rule(columns: int, char: str = "-") -> str:
    return char * columns


__all__ = [
    "COLUMNS",
    "DOTS",
    "Align",
    "Barcode",
    "Cut",
    "Drawer",
    "Feed",
    "Item",
    "Qr",
    "Text",
    "Ticket",
    "char_width",
    "clip",
    "row",
    "rule",
    "width",
    "wrap",
]
