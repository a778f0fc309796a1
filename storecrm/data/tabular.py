"""Reading a table the owner made elsewhere: an Excel workbook (.xlsx) or a CSV/text export.

The result is the header and the data rows, each row numbered as Excel shows it (the first
line of the file is row 1), so a problem can be reported as "row 17" and found at once.
Fully empty rows are skipped but keep their place in the numbering.

- ``.xlsx``/``.xlsm``: the active sheet, read with openpyxl in read-only mode with cached
  formula results. Cell values keep their Python types: ``datetime``/``date``/``time`` for
  date-formatted cells, ``int``/``float`` for numbers (a date typed into a General cell
  arrives as a serial number; a phone number typed as a number arrives as an ``int``), ``str``.
  A formula whose result was never saved (a file written by a script, not by Excel or WPS)
  arrives as :class:`~storecrm.domain.cells.FormulaWithoutValue`, so its row is reported
  instead of vanishing as an empty one.
- ``.csv``/``.txt``/``.tsv``: every cell is a ``str``. The encoding is detected: UTF-16 with a
  BOM (Excel's "Unicode text"), UTF-8 with or without a BOM, then GB18030, which is what a
  Chinese Excel writes as "CSV" (GB18030 is a superset of GBK and GB2312). A stray NUL
  character (some POS exports leave them) is dropped; a file full of them is not text. The
  delimiter is sniffed among comma, tab and semicolon; a cell may be of any length (a too
  long one is the import's problem to report, row by row).
- ``.xls`` (Excel 97–2003) is refused with its own reason, so the owner can be told to save
  the file as ``.xlsx``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import NamedTuple

from storecrm.domain.cells import FormulaWithoutValue
from storecrm.domain.errors import UnreadableFile

Cell = str | int | float | date | datetime | time | FormulaWithoutValue | None
"""A cell as read: ``datetime`` is a subclass of ``date``; CSV cells are always ``str``."""

EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
DELIMITERS = (",", "\t", ";")
HEADER_SEARCH_ROWS = 10  # a title line or two above the header is common in Chinese sheets
_SNIFF_LINES = 50


class TableRow(NamedTuple):
    number: int  # as Excel shows it; the file's first line is 1
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    header_row: int
    rows: tuple[TableRow, ...]
    encoding: str | None = None  # for text files: the encoding that was detected
    delimiter: str | None = None


def _is_empty(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def read_table(path: Path, *, is_header: Callable[[Sequence[str]], bool] | None = None) -> Table:
    """Read ``path`` into its header and data rows.

    The header is the first non-empty row, or, when ``is_header`` is given, the first of the
    first few non-empty rows it accepts (rows above the header, such as a sheet title, are
    dropped). Raises :class:`UnreadableFile`.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise UnreadableFile(str(path), "old_excel")
    if suffix not in EXCEL_SUFFIXES | TEXT_SUFFIXES:
        raise UnreadableFile(str(path), "unsupported")
    if not path.is_file():
        raise UnreadableFile(str(path), "missing")
    encoding = delimiter = None
    if suffix in EXCEL_SUFFIXES:
        numbered = _read_xlsx(path)
    else:
        numbered, encoding, delimiter = _read_text(path)
    rows = [TableRow(n, cells) for n, cells in numbered if not all(_is_empty(c) for c in cells)]
    if not rows:
        raise UnreadableFile(str(path), "empty")
    header_at = 0
    if is_header is not None:
        for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
            if is_header(_header_texts(row.cells)):
                header_at = index
                break
    header_row = rows[header_at]
    header = _header_texts(header_row.cells)
    width = len(header)
    data = tuple(TableRow(r.number, _fit(r.cells, width)) for r in rows[header_at + 1 :])
    return Table(header, header_row.number, data, encoding, delimiter)


def _header_texts(cells: Sequence[Cell]) -> tuple[str, ...]:
    texts = ["" if c is None else str(c).strip() for c in cells]
    while texts and not texts[-1]:
        texts.pop()
    return tuple(texts)


def _fit(cells: tuple[Cell, ...], width: int) -> tuple[Cell, ...]:
    """Rows as wide as the header: pad short ones; cut cells beyond it if they are empty."""
    if len(cells) < width:
        return cells + (None,) * (width - len(cells))
    if len(cells) > width and all(_is_empty(c) for c in cells[width:]):
        return cells[:width]
    return cells


# -- Excel ------------------------------------------------------------------------------------
def _read_xlsx(path: Path) -> list[tuple[int, tuple[Cell, ...]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except PermissionError:
        raise UnreadableFile(str(path), "os") from None
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        ValueError,
        OSError,
        AttributeError,  # openpyxl trips over some parts it cannot model (e.g. bare chart sheets)
        TypeError,
    ):
        raise UnreadableFile(str(path), "damaged") from None
    try:
        # The active sheet may be a chart sheet, which has no cells: take the first real one.
        candidates = [workbook.active, *workbook.worksheets]
        sheet = next((ws for ws in candidates if hasattr(ws, "iter_rows")), None)
        if sheet is None:
            raise UnreadableFile(str(path), "empty")
        # Some programs write a wrong <dimension>; read-only mode would trust it and cut rows.
        sheet.reset_dimensions()
        rows: list[tuple[int, tuple[Cell, ...]]] = []
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                rows.append((number, tuple(_excel_value(v) for v in values)))
            formulas = _has_formulas(sheet)
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
            raise UnreadableFile(str(path), "damaged") from exc
        title = sheet.title
    finally:
        workbook.close()
    if formulas:
        rows = _mark_formulas_without_values(path, title, rows)
    return rows


_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s/>]")


def _has_formulas(sheet: object) -> bool:
    """Whether the sheet's XML has any formula (a quick scan of the bytes, so the common
    file typed by hand is read once)."""
    source = getattr(sheet, "_get_source", None)
    if source is None:
        return True  # cannot tell: look
    tail = b""
    with source() as stream:
        while chunk := stream.read(1 << 20):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-8:]
    return False


def _mark_formulas_without_values(
    path: Path, title: str, rows: list[tuple[int, tuple[Cell, ...]]]
) -> list[tuple[int, tuple[Cell, ...]]]:
    """Read the sheet again for its formulas: a cell that came out empty but holds a formula
    had no saved result."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        sheet = workbook[title]
        sheet.reset_dimensions()
        marked = []
        for (number, cells), formulas in zip(rows, sheet.iter_rows(values_only=True), strict=False):
            if any(isinstance(f, str) and f.startswith("=") for f in formulas):
                width = max(len(cells), len(formulas))
                padded = cells + (None,) * (width - len(cells))
                cells = tuple(
                    FormulaWithoutValue(f)
                    if c is None and isinstance(f, str) and f.startswith("=")
                    else c
                    for c, f in zip(
                        padded, formulas + (None,) * (width - len(formulas)), strict=True
                    )
                )
            marked.append((number, cells))
        return marked
    finally:
        workbook.close()


def _excel_value(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | date | time):
        if isinstance(value, bool):  # a TRUE/FALSE cell
            return "TRUE" if value else "FALSE"
        return value
    return str(value)  # timedelta, Decimal, error values …


# -- CSV and text -----------------------------------------------------------------------------
def _decode(raw: bytes, path: Path) -> tuple[str, str]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise UnreadableFile(str(path), "encoding") from None
    if b"\x00" in raw:
        if raw.count(b"\x00") * 8 > len(raw):  # not text (or UTF-16 without a BOM)
            raise UnreadableFile(str(path), "encoding")
        raw = raw.replace(b"\x00", b"")  # a stray NUL: UTF-8 and GB18030 never hold one
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise UnreadableFile(str(path), "encoding") from None
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(str(path), "encoding")


def _sniff_delimiter(lines: Sequence[str]) -> str:
    """The candidate that splits the first lines into the most, most regular, columns."""
    best, best_score = ",", (-1.0, 0)
    sample = [line for line in lines[:_SNIFF_LINES] if line.strip()]
    for delimiter in DELIMITERS:
        widths = [len(r) for r in csv.reader(sample, delimiter=delimiter)]
        if not widths or widths[0] < 2:
            continue
        regular = sum(1 for w in widths if w == widths[0]) / len(widths)
        score = (round(regular, 1), widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


@contextlib.contextmanager
def _cells_of_any_size(size: int) -> Iterator[None]:
    """Let the csv module read a cell as long as the whole text (its limit is 128 KB, and a
    1 MB cell made it raise): a too long value is for the import to report, row by row."""
    before = csv.field_size_limit()
    csv.field_size_limit(max(before, size + 1))
    try:
        yield
    finally:
        csv.field_size_limit(before)


def _read_text(path: Path) -> tuple[list[tuple[int, tuple[Cell, ...]]], str, str]:
    try:
        raw = path.read_bytes()
    except OSError:
        raise UnreadableFile(str(path), "os") from None
    text, encoding = _decode(raw, path)
    lines = text.splitlines(keepends=True)
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    with _cells_of_any_size(len(text)):
        try:
            delimiter = _sniff_delimiter(lines)
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            for values in reader:
                # A quoted cell may span lines; number rows by the line they start on, as
                # Excel counts records (one per row), not physical lines.
                rows.append((len(rows) + 1, tuple(values)))
        except csv.Error:
            raise UnreadableFile(str(path), "damaged") from None
    return rows, encoding, delimiter
