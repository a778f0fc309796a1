"""The customer list as an Excel workbook (.xlsx), for the owner to keep, print or sort.

The header row is bold and frozen and has an autofilter. Dates are real date cells, and money
is a number in yuan shown as ¥1,234.50. Phone and card numbers are text, so Excel does not
turn 13812345678 into 1.38E+10. The headers and values are in Chinese because they are the
file's content, not the program's interface. The columns read back by the customer import
(姓名, 手机, 生日 + 生日类型, 标签, 储值余额 …) use names that the import recognises.

The workbook is written to a temporary file beside the target and renamed at the end, so a
full disk or a crash never leaves a half-written file under the real name. Its sheets are kept
in memory meanwhile (``sheets_in_memory``), never in the system's temporary folder.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from storecrm.domain.birthday import LUNAR_MONTH_NAMES, lunar_day_chinese
from storecrm.domain.customer import mask_phone
from storecrm.domain.money import yuan_decimal
from storecrm.reports import sheets_in_memory

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from storecrm.services.customer_export import ExportRow

sheets_in_memory.install()  # every workbook writer imports this module (save_atomically)

SHEET_TITLE = "客户档案"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MONEY_FORMAT = "¥#,##0.00"
TEXT_FORMAT = "@"
MAX_WIDTH = 40
WIDTH_SAMPLE = 2000  # rows looked at to size the columns
PROGRESS_EVERY = 500

# Column key → header. Headers are file content (Chinese), not interface text.
HEADERS: dict[str, str] = {
    "name": "姓名",
    "phone": "手机",
    "other_phone": "其他电话",
    "card_no": "卡号",
    "gender": "性别",
    "birthday": "生日",
    "birthday_calendar": "生日类型",
    "tags": "标签",
    "category": "分类",
    "source": "来源",
    "address": "地址",
    "preferences": "偏好",
    "taste": "口味",
    "allergies": "过敏",
    "hair_notes": "发质",
    "skin_notes": "肤质",
    "sizes": "尺码",
    "notes": "备注",
    "marketing_consent": "同意营销",
    "first_visit_at": "首次到店",
    "last_visit_at": "最近到店",
    "visit_count": "到店次数",
    "total_spend_fen": "累计消费",
    "balance_fen": "储值余额",
    "points": "积分",
    "created_at": "建档时间",
    "archived": "已归档",
}
# Shown only when at least one exported customer has something in them.
OPTIONAL = frozenset(
    {"other_phone", "address", "preferences", "taste", "allergies", "hair_notes"}
    | {"skin_notes", "sizes"}
)
GENDERS = {"male": "男", "female": "女", "unknown": ""}
CATEGORIES = {
    "potential": "潜在客户",
    "new": "新客",
    "regular": "常客",
    "vip": "VIP",
    "at_risk": "流失风险",
    "occasional": "偶尔到店",
}
SOURCES = {
    "walk_in": "到店",
    "referral": "转介绍",
    "online": "网络",
    "event": "活动",
    "other": "其他",
}
CALENDARS = {"solar": "公历", "lunar": "农历"}
YES_NO = {True: "是", False: "否"}


def birthday_cell(row: ExportRow) -> date | str | None:
    """A real date when the solar date of birth is known; otherwise the way people write it."""
    b = row.birthday
    if b is None:
        return None
    if b.calendar == "solar":
        if b.year is not None:
            return row.birthday_solar or date(b.year, b.month, b.day)
        return f"{b.month}月{b.day}日"
    year = f"{b.year}年" if b.year is not None else ""
    leap = "闰" if b.leap_month else ""
    return f"农历{year}{leap}{LUNAR_MONTH_NAMES[b.month - 1]}月{lunar_day_chinese(b.day)}"


@dataclass(frozen=True, slots=True)
class _Column:
    key: str
    kind: str  # text | number_text | date | datetime | money | int
    value: Callable[[ExportRow], Any]


def _columns(mask_phones: bool) -> list[_Column]:
    def phone(value: str | None) -> str | None:
        return mask_phone(value) if mask_phones and value else value

    return [
        _Column("name", "text", lambda r: r.name),
        _Column("phone", "number_text", lambda r: phone(r.phone)),
        _Column("other_phone", "number_text", lambda r: phone(r.other_phone)),
        _Column("card_no", "number_text", lambda r: r.card_no),
        _Column("gender", "text", lambda r: GENDERS.get(r.gender, "")),
        _Column("birthday", "date", birthday_cell),
        _Column(
            "birthday_calendar",
            "text",
            lambda r: CALENDARS.get(r.birthday.calendar, "") if r.birthday else None,
        ),
        _Column("tags", "text", lambda r: "，".join(r.tags)),
        _Column("category", "text", lambda r: CATEGORIES.get(r.category, r.category)),
        _Column("source", "text", lambda r: SOURCES.get(r.source, r.source)),
        _Column("address", "text", lambda r: r.address),
        _Column("preferences", "text", lambda r: r.preferences),
        _Column("taste", "text", lambda r: r.taste),
        _Column("allergies", "text", lambda r: r.allergies),
        _Column("hair_notes", "text", lambda r: r.hair_notes),
        _Column("skin_notes", "text", lambda r: r.skin_notes),
        _Column("sizes", "text", lambda r: r.sizes),
        _Column("notes", "text", lambda r: r.notes),
        _Column("marketing_consent", "text", lambda r: YES_NO[r.marketing_consent]),
        _Column("first_visit_at", "datetime", lambda r: r.first_visit_at),
        _Column("last_visit_at", "datetime", lambda r: r.last_visit_at),
        _Column("visit_count", "int", lambda r: r.visit_count),
        _Column("total_spend_fen", "money", lambda r: yuan_decimal(r.total_spend_fen)),
        _Column("balance_fen", "money", lambda r: yuan_decimal(r.balance_fen)),
        _Column("points", "int", lambda r: r.points),
        _Column("created_at", "datetime", lambda r: r.created_at),
        _Column("archived", "text", lambda r: YES_NO[r.archived]),
    ]


def _display_width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, Decimal):
        return len(f"¥{value:,.2f}")
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clean(text: str) -> str:
    return str(ILLEGAL_CHARACTERS_RE.sub("", text))


def write_customers(
    path: Path,
    rows: Sequence[ExportRow],
    *,
    mask_phones: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write ``rows`` to ``path`` (replacing it only once the new file is complete)."""
    path = Path(path)
    columns = [
        c for c in _columns(mask_phones) if c.key not in OPTIONAL or any(c.value(r) for r in rows)
    ]
    workbook = Workbook(write_only=True)
    try:
        sheet: WriteOnlyWorksheet = workbook.create_sheet(SHEET_TITLE)
        sample = rows[:WIDTH_SAMPLE]
        for index, column in enumerate(columns, start=1):
            header = HEADERS[column.key]
            widest = max(
                [_display_width(header)] + [_display_width(column.value(r)) for r in sample]
            )
            sheet.column_dimensions[get_column_letter(index)].width = min(widest + 3, MAX_WIDTH)
        sheet.freeze_panes = "A2"
        last = get_column_letter(len(columns))
        sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"

        bold = Font(bold=True)
        centre = Alignment(horizontal="center", vertical="center")
        header_cells = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=HEADERS[column.key])
            cell.font = bold
            cell.alignment = centre
            header_cells.append(cell)
        sheet.append(header_cells)

        for done, row in enumerate(rows, start=1):
            sheet.append([_cell(sheet, column.kind, column.value(row)) for column in columns])
            if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(rows)):
                progress(done, len(rows))
        save_atomically(workbook, path)
    except BaseException:
        _discard(workbook)
        raise


def _cell(sheet: WriteOnlyWorksheet, kind: str, value: Any) -> Any:
    """A plain value where Excel needs nothing more; a styled cell where it does."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = _clean(value)
        if kind != "number_text" and not value.startswith("="):
            return value  # openpyxl writes a str as a string cell
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # never a formula, whatever a name or note starts with
        if kind == "number_text":
            cell.number_format = TEXT_FORMAT
        return cell
    if kind == "int":
        return value
    cell = WriteOnlyCell(sheet, value=value)
    if kind == "date":
        cell.number_format = DATE_FORMAT
    elif kind == "datetime":
        cell.number_format = DATETIME_FORMAT
    elif kind == "money":
        cell.number_format = MONEY_FORMAT
    return cell


def _discard(workbook: Workbook) -> None:
    """Close what a write-only workbook has open and remove openpyxl's temporary sheet files
    (they hold customer data in plain text) after a failure."""
    for sheet in workbook.worksheets:
        rows = getattr(sheet, "_rows", None)
        writer = getattr(sheet, "_writer", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()
        with contextlib.suppress(Exception):
            if writer is not None:
                writer.close()
                writer.cleanup()


def save_atomically(workbook: Workbook, path: Path) -> None:  # also used by other exports
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with temp.open("xb") as handle:  # a new file, with the user's usual permissions
            _save(workbook, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _save(workbook: Workbook, handle: BinaryIO) -> None:
    """``Workbook.save`` whose zip archive is closed even when writing fails (a full disk):
    left open, Python would try to finish it when collecting it and print "Exception ignored
    in ZipFile.__del__" on the command line."""
    if workbook.write_only and not workbook.worksheets:
        workbook.create_sheet()
    workbook.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)
    archive = zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(workbook, archive).save()  # closes the archive when it succeeds
    except BaseException:
        with contextlib.suppress(Exception):
            archive.close()  # fails again, but leaves the archive closed
        raise
