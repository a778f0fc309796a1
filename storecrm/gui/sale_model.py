"""The sales list as a lazy Qt model: it holds only the ids (filtered and ordered newest first in
SQL) and fetches the rows a view shows, a page at a time, keeping a bounded number of pages.

A demo store with ~600,000 sales costs one id query for the chosen period; scrolling fetches
~200 rows when it reaches a page it has not seen (or has dropped) before.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from storecrm.gui.format import money
from storecrm.gui.names import method_name, sale_kind_name
from storecrm.reports.receipt import method_sort_key
from storecrm.services import sales
from storecrm.services.dto import PaymentInfo, SaleRow
from storecrm.services.sales import SaleFilter
from storecrm.services.session import StoreContext

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
MAX_PAGES = 50  # at most 10,000 rows in memory, whatever the store's size

SALE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
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


class SaleTableModel(QAbstractTableModel):
    def __init__(
        self,
        context: StoreContext,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.page_size = page_size
        self.max_pages = max_pages
        self.filter = SaleFilter()
        self.time_format = FULL_TIME
        self.page_fetches = 0  # how many pages were read from the store (tests, benchmarks)
        self.rows_fetched = 0
        self._ids: list[int] = []
        self._rows_by_id: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, _Line]] = OrderedDict()
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
        self._ids = list(ids)
        self.time_format = time_format(self.filter)
        self._rows_by_id = None
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Same ids, maybe new values (a refund changes nothing shown, a note might): repaint."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    # -- lookup ---------------------------------------------------------------------------------
    def ids(self) -> list[int]:
        return list(self._ids)

    def sale_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, sale_id: int) -> int | None:
        if self._rows_by_id is None:
            self._rows_by_id = {sid: row for row, sid in enumerate(self._ids)}
        return self._rows_by_id.get(sale_id)

    def sale_row(self, row: int) -> SaleRow | None:
        line = self._line(row)
        return None if line is None else line.row

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def _line(self, row: int) -> _Line | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def _fetch(self, number: int) -> dict[int, _Line]:
        start = number * self.page_size
        ids = self._ids[start : start + self.page_size]
        rows = self.context.call(sales.sale_rows, ids)
        self.page_fetches += 1
        self.rows_fetched += len(ids)
        page = {r.sale_id: _Line(r, self.time_format) for r in rows}
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return page

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        column = index.column()
        if role == ALIGNMENT:
            return _ALIGNMENTS[column]
        if role == SALE_ID_ROLE:
            return self._ids[index.row()]
        line = self._line(index.row())
        if line is None:
            return None
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

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None
