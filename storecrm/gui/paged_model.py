"""The lazy paging behind the big lists (customers, sales): a Qt table model that holds only the
ids (filtered and sorted in SQL elsewhere) and fetches the rows a view actually shows, a page at a
time, keeping a bounded number of pages.

A subclass says how to read one page (`_read_page`), how many columns it has, and formats its
cells; the ids, the page cache and the row lookups are kept here, once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from storecrm.services.session import StoreContext

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
MAX_PAGES = 50  # at most 10,000 rows in memory, whatever the store's size

#: The row's id (customer_id, sale_id), for every column.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)

LineT = TypeVar("LineT")


class PagedTableModel(QAbstractTableModel, Generic[LineT]):
    """Ids in order, and the fetched lines (one per row, already formatted) page by page."""

    #: The roles data() answers (others are None at once), and each column's alignment.
    roles: frozenset[int] = frozenset()
    alignments: tuple[Qt.AlignmentFlag, ...] = ()

    def __init__(
        self,
        context: StoreContext,
        parent: Any = None,
        *,
        column_count: int,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.page_size = page_size
        self.max_pages = max_pages
        self.page_fetches = 0  # how many pages were read from the store (tests, benchmarks)
        self.rows_fetched = 0
        self._column_count = column_count
        self._ids: list[int] = []
        self._rows_by_id: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, LineT]] = OrderedDict()
        self._headers: dict[int, str] = {}  # the subclass fills it with its translated headings

    def _read_page(self, ids: list[int]) -> dict[int, LineT]:
        """The lines of these ids (any order; an id gone from the store may be missing)."""
        raise NotImplementedError

    def _cell(self, line: LineT, column: int, role: int) -> Any:
        """What a fetched line shows in ``column`` for ``role`` (one of ``roles``)."""
        raise NotImplementedError

    # -- loading ---------------------------------------------------------------------------------
    def _replace_ids(self, ids: Sequence[int]) -> None:
        """Take these ids and forget every cached row (call between begin/endResetModel)."""
        self._ids = list(ids)
        self._rows_by_id = None
        self._pages.clear()

    def refresh_rows(self) -> None:
        """Same ids, maybe new values: drop the cached rows and repaint."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self._column_count - 1)
            )

    # -- lookup ---------------------------------------------------------------------------------
    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, item_id: int) -> int | None:
        if self._rows_by_id is None:
            self._rows_by_id = {iid: row for row, iid in enumerate(self._ids)}
        return self._rows_by_id.get(item_id)

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def _line(self, row: int) -> LineT | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def _fetch(self, number: int) -> dict[int, LineT]:
        start = number * self.page_size
        ids = self._ids[start : start + self.page_size]
        page = self._read_page(ids)
        self.page_fetches += 1
        self.rows_fetched += len(ids)
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return page

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._column_count

    # data() runs for every visible cell and role on each repaint: plain ints, no enum lookups.
    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in self.roles or not index.isValid():
            return None
        column = index.column()
        if role == ALIGNMENT:
            return self.alignments[column]
        if role == ID_ROLE:
            return self._ids[index.row()]
        line = self._line(index.row())
        if line is None:
            return None
        return self._cell(line, column, role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
