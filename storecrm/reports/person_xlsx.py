"""One customer's copy of their data as an Excel workbook: the profile on the first sheet, one
sheet per kind of record (the same rows as the PDF). Text cells only, never formulas; the sheets
stay in memory and the file is renamed into place when complete."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from storecrm.reports import person_labels as w
from storecrm.reports.customer_export import save_atomically
from storecrm.reports.person_rows import profile_rows, sections
from storecrm.services.person_export import PersonRecord


def _text(value: str) -> str:
    return str(ILLEGAL_CHARACTERS_RE.sub("", value))


def _put(sheet: object, rows: list[tuple[str, ...]], widths: list[int]) -> None:
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=number, column=column)
            cell.value = _text(value) if value else None
            cell.data_type = "s"  # never a formula, whatever a note starts with
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if number == 1:
                cell.font = Font(bold=True)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def build_workbook(record: PersonRecord) -> Workbook:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = w.SECTIONS["profile"]
    head = (w.TITLE, f"{record.store_name} · {w.when(record.made_at)} · {record.made_by}")
    _put(first, [head, *profile_rows(record)], [18, 70])
    for section in sections(record):
        sheet = workbook.create_sheet(section.title[:31])
        widths = [40 if i in section.wide else 16 for i in range(len(section.headers))]
        _put(sheet, [section.headers, *section.rows], widths)
    return workbook


def write_person_xlsx(record: PersonRecord, path: Path) -> Path:
    target = Path(path)
    save_atomically(build_workbook(record), target)
    return target
