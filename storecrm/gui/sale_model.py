"""The sales list as a lazy Qt model: it holds only the ids (filtered and ordered newest first in
SQL) and fetches the rows a view shows, a page at a time, keeping a bounded number of pages.

A demo store with ~600,000 sales costs one id query for the chosen period; scrolling fetches
~200 rows when it reaches a page it has not seen (or has dropped) before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from storecrm.gui.format import money
from storecrm.gui.names import method_name, sale_kind_name
from storecrm.gui.paged_model import ID_ROLE, PagedTableModel
from storecrm.reports.receipt import method_sort_key
from storecrm.services import sales
from storecrm.services.dto import PaymentInfo, SaleRow
from storecrm.services.sales import SaleFilter
from storecrm.services.session import StoreContext

SALE_ID_ROLE = ID_ROLE
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole SaleRow

REFUND_COLOR = QColor("#B91C1C")
MUTED_COLOR = QColor("#6B7280")

KINDS = ("sale", "top_up", "refund", "withdrawal", "gift")
METHODS = ("cash", "wechat", "alipay", "bank_card", "stored_value", "points")


class Column(IntEnum):
    TIME = 0
    NUMBER = 1
    KIND = 2
    CUSTOMER = 3
    STAFF = 4
    PAYMENTS = 5
    TOTAL = 6
    NOTE = 7


def walk_in_name() -> str:
    return QCoreApplication.translate("Sales", "Walk-in")


def payments_text(payments: Iterable[PaymentInfo]) -> str:
    """ "WeChat ¥50.00 + Stored value ¥38.00" (a points payment also says how many points)."""
    parts = []
    for p in sorted(payments, key=lambda p: method_sort_key(p.method)):
        text = f"{method_name(p.method)} {money(p.amount_fen)}"
        if p.method == "points" and p.points:
            text += " " + QCoreApplication.translate("Sales", "(%1 pts)").replace(
                "%1", f"{abs(p.points):,}"
            )
        parts.append(text)
    return " + ".join(parts)


FULL_TIME = "%Y-%m-%d %H:%M"


def time_format(flt: SaleFilter) -> str:
    """Only the time when the list shows one day; the month and day within one year."""
    if flt.start is None or flt.end is None:
        return FULL_TIME
    if flt.end - flt.start <= timedelta(days=1) and flt.start.time() == datetime.min.time():
        return "%H:%M"
    if flt.start.year == (flt.end - timedelta(microseconds=1)).year:
        return "%m-%d %H:%M"
    return FULL_TIME


# Numbers and money read best right-aligned, so the digits line up.
_ALIGNMENTS = tuple(
    (Qt.AlignmentFlag.AlignRight if c == Column.TOTAL else Qt.AlignmentFlag.AlignLeft)
    | Qt.AlignmentFlag.AlignVCenter
    for c in Column
)
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset({DISPLAY, TOOLTIP, FOREGROUND, ALIGNMENT, SALE_ID_ROLE, ROW_ROLE})
_NEGATIVE_KINDS = frozenset({"refund", "withdrawal"})


class _Line:
    """A fetched sale with its cells already formatted (a repaint only looks them up)."""

    __slots__ = ("negative", "row", "texts")

    def __init__(self, row: SaleRow, time_format: str) -> None:
        self.row = row
        staff = row.staff_name or row.cashier_name
        self.negative = row.total_fen < 0 or row.kind in _NEGATIVE_KINDS
        self.texts = (
            row.at.strftime(time_format),
            row.no,
            sale_kind_name(row.kind),
            row.customer_name or walk_in_name(),
            staff,
            payments_text(row.payments),
            money(row.total_fen),
            row.note.replace("\n", " "),
        )


class SaleTableModel(PagedTableModel[_Line]):
    roles = _ROLES
    alignments = _ALIGNMENTS

    def __init__(self, context: StoreContext, parent: Any = None, **paging: int) -> None:
        """``paging``: page_size and max_pages, if not the usual (see PagedTableModel)."""
        super().__init__(context, parent, column_count=len(Column), **paging)
        self.filter = SaleFilter()
        self.time_format = FULL_TIME
        self._headers = {
            Column.TIME: self.tr("Time"),
            Column.NUMBER: self.tr("No."),
            Column.KIND: self.tr("Type"),
            Column.CUSTOMER: self.tr("Customer"),
            Column.STAFF: self.tr("Staff"),
            Column.PAYMENTS: self.tr("Payment"),
            Column.TOTAL: self.tr("Total"),
            Column.NOTE: self.tr("Note"),
        }

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the ids again on this thread (the screen reads them off it, see set_ids)."""
        self.set_ids(self.context.call(sales.list_sale_ids, self.filter), self.filter)

    def set_filter(self, flt: SaleFilter) -> None:
        self.filter = flt
        self.reload()

    def set_ids(self, ids: Sequence[int], flt: SaleFilter | None = None) -> None:
        """Show these ids (read elsewhere, e.g. on a worker thread) and forget cached rows."""
        self.beginResetModel()
        if flt is not None:
            self.filter = flt
        self.time_format = time_format(self.filter)
        self._replace_ids(ids)
        self.endResetModel()

    def _read_page(self, ids: list[int]) -> dict[int, _Line]:
        rows = self.context.call(sales.sale_rows, ids)
        return {r.sale_id: _Line(r, self.time_format) for r in rows}

    # -- lookup ---------------------------------------------------------------------------------
    def sale_id(self, row: int) -> int:
        return self._ids[row]

    def sale_row(self, row: int) -> SaleRow | None:
        line = self._line(row)
        return None if line is None else line.row

    # -- Qt model API ---------------------------------------------------------------------------
    def _cell(self, line: _Line, column: int, role: int) -> Any:
        if role == DISPLAY:
            return line.texts[column]
        if role == FOREGROUND:
            if line.negative and column in (Column.KIND, Column.TOTAL):
                return REFUND_COLOR
            if column == Column.CUSTOMER and line.row.customer_id is None:
                return MUTED_COLOR
            return None
        if role == ROW_ROLE:
            return line.row
        # the tool tip: long cells are cut short in the list
        if column == Column.TIME:
            return line.row.at.strftime("%Y-%m-%d %H:%M:%S")
        if column in (Column.PAYMENTS, Column.NOTE, Column.CUSTOMER) and line.texts[column]:
            return line.texts[column]
        if column in (Column.NUMBER, Column.KIND) and line.row.note:
            return line.texts[Column.NOTE]  # the note column may be left out of a narrow list
        if column == Column.STAFF and line.row.staff_name:
            return (
                self.tr("Served by %1, cashier %2")
                .replace("%1", line.row.staff_name)
                .replace("%2", line.row.cashier_name)
            )
        return None
