"""The commission payroll as an Excel workbook for the accountant: a title line, a frozen bold
header, one row per staff member with real numbers (money in yuan with a ¥ format, written
from integer fen as exact decimals), a total row with SUM formulas. Saved atomically beside
the target (``save_atomically``), nothing written anywhere else."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from storecrm.domain.money import yuan_decimal
from storecrm.reports.customer_export import save_atomically
from storecrm.reports.payroll_labels import Labels
from storecrm.services.staff.dto import Payroll

MONEY = '"¥"#,##0.00'
HEADER_ROW = 3
_TEAL = "0F766E"


def write_payroll_xlsx(sheet: Payroll, path: Path, labels: Mapping[str, str] | None = None) -> Path:
    text = Labels(labels)
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = text("sheet")
    period = text("period", sheet.start.isoformat(), sheet.end.isoformat())
    ws.cell(1, 1, f"{sheet.store_name} · {text('title')} · {period}").font = Font(
        bold=True, size=13, color=_TEAL
    )
    keys = (
        "col.no", "col.name", "col.position", "col.grade", "col.cash", "col.consumption",
        "col.cards", "col.top_ups", "col.visits", "col.commission", "col.tier", "col.total",
    )  # fmt: skip
    for c, key in enumerate(keys, start=1):
        cell = ws.cell(HEADER_ROW, c, text(key))
        cell.font = Font(bold=True, color=_TEAL)
        cell.fill = PatternFill("solid", fgColor="F0FDFA")
    money_columns = {5, 6, 7, 8, 10, 11, 12}
    for r, row in enumerate(sheet.rows, start=HEADER_ROW + 1):
        values = (
            row.no, row.name, row.position, row.grade, row.cash_fen, row.consumption_fen,
            row.card_sales_fen, row.top_ups_fen, row.visits, row.commission_fen,
            row.tier_adjust_fen, row.total_commission_fen,
        )  # fmt: skip
        for c, value in enumerate(values, start=1):
            cell = ws.cell(
                r,
                c,
                yuan_decimal(value) if c in money_columns and isinstance(value, int) else value,
            )
            if c in money_columns:
                cell.number_format = MONEY
    last = HEADER_ROW + len(sheet.rows)
    total = last + 1
    ws.cell(total, 1, text("total")).font = Font(bold=True)
    for c in (*money_columns, 9):
        letter = get_column_letter(c)
        cell = ws.cell(total, c, f"=SUM({letter}{HEADER_ROW + 1}:{letter}{last})")
        cell.font = Font(bold=True)
        cell.number_format = MONEY if c in money_columns else "#,##0"
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 3)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(keys))}{last}"
    for c, width in enumerate((8, 14, 10, 10, 16, 16, 14, 14, 8, 14, 14, 16), start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    target = Path(path)
    save_atomically(book, target)
    return target


__all__ = ["write_payroll_xlsx"]
