"""The reminder list as an .xlsx for the store's SMS platform or WeChat: name, phone, the
reminder, its date and the message filled in for that customer.

The phone is written as text (a number would lose a leading zero and show as 1.38E+10); the
due date is a real date cell. The file is written beside the target and renamed into place,
so a full disk never leaves half a file under the chosen name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font

from storecrm.reports.customer_export import save_atomically
from storecrm.services.reminders import MessageRow


def _clean(text: str) -> str:
    return str(ILLEGAL_CHARACTERS_RE.sub("", text))  # openpyxl has no type hints


def write_messages(
    path: Path,
    rows: Sequence[MessageRow],
    headers: Sequence[str],
    kind_names: Mapping[str, str],
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Messages"
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(
            [
                _clean(row.name),
                row.phone,
                kind_names.get(row.kind, row.kind),
                row.due_on,
                _clean(row.message),
            ]
        )
    for cells in sheet.iter_rows(min_row=2):
        cells[1].number_format = "@"
        cells[3].number_format = "yyyy-mm-dd"
        cells[4].alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDE", (14, 16, 14, 12, 70), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:E{max(1, len(rows) + 1)}"
    save_atomically(workbook, path)
