"""The customer list as a lazy Qt model, read a page at a time in the order of an index
(keyset paging, services/customer_list.py): opening, sorting and filtering read one page of 200
customers, whatever the store's size; the view asks for the next page (canFetchMore/fetchMore)
when it is scrolled to the end of what it has. The model keeps the ids it has read and a
bounded number of pages of rows; a page it dropped is read again by its ids.

Why not a row count of the whole list with pages read wherever the scroll bar is dropped: a
page there needs its position (OFFSET: 164 ms half-way down a million customers, against
0.1 ms for the next page after a key), and the exact count (0.1 s warm, 1 s cold at 1M; much
more behind a filter). Nobody reads a million customers by scrolling: the end of the list is
the first page of the other direction, one click on the column's heading away.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor

from storecrm.gui import pills
from storecrm.gui.format import date_text, money
from storecrm.gui.names import CATEGORY_COLORS, category_name
from storecrm.gui.paged_model import ID_ROLE, Index, PagedTableModel
from storecrm.services import customer_list, customers
from storecrm.services.customer_list import CustomerPage
from storecrm.services.customers import CustomerFilter
from storecrm.services.dto import CardBalance, CustomerRow
from storecrm.services.session import StoreContext

CUSTOMER_ID_ROLE = ID_ROLE
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole CustomerRow
TEXT_ROLE = Qt.ItemDataRole.UserRole + 3  # the cell as text, also for the pill columns

ARCHIVED_COLOR = QColor("#9CA3AF")
DEFAULT_PILL = ("#374151", "#E5E7EB")


#: A page fills a tall window (30 rows of 36 px at 1080 px): opening, sorting and filtering
#: read one page, and what a page shows of each customer (tags, cards, category) costs
#: ~0.6 ms a row at 100k under load: 200 rows were 127 ms of a 245 ms filter.
PAGE_ROWS = 60
MAX_PAGES = 160  # at most 9,600 rows in memory, as the pages of 200 kept before


class Column(IntEnum):
    NAME = 0
    PHONE = 1
    CARD = 2
    CATEGORY = 3
    TAGS = 4
    LAST_VISIT = 5
    VISITS = 6
    TOTAL_SPEND = 7
    BALANCE = 8
    POINTS = 9
    CARDS = 10  # usable session and period cards


# Columns the list can be sorted by, and the service's sort key for each (sorting is in SQL).
SORT_KEYS: dict[Column, str] = {
    Column.NAME: "name",
    Column.LAST_VISIT: "last_visit",
    Column.VISITS: "visits",
    Column.TOTAL_SPEND: "total_spend",
    Column.BALANCE: "balance",
}
# Numbers and money read best right-aligned, so the digits line up.
NUMERIC = frozenset({Column.VISITS, Column.TOTAL_SPEND, Column.BALANCE, Column.POINTS})
# Shown as coloured pills (a cached pixmap) instead of text.
PILLS = frozenset({Column.CATEGORY, Column.TAGS})


DISPLAY = int(Qt.ItemDataRole.DisplayRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset(
    {DISPLAY, DECORATION, TOOLTIP, FOREGROUND, ALIGNMENT, CUSTOMER_ID_ROLE, ROW_ROLE, TEXT_ROLE}
)
_PILL_COLUMNS = frozenset(int(c) for c in PILLS)
_ALIGNMENTS = tuple(
    (Qt.AlignmentFlag.AlignRight if c in NUMERIC else Qt.AlignmentFlag.AlignLeft)
    | Qt.AlignmentFlag.AlignVCenter
    for c in Column
)


def card_summary(cards: tuple[CardBalance, ...]) -> str:
    """剪发10次卡 余7次 · 美容月卡 至2026-12-23: a member's usable cards in one cell."""
    parts = []
    for card in cards:
        if card.kind == "count":
            text = QCoreApplication.translate("CustomerList", "%1: %2 left").replace(
                "%2", str(card.sessions_left or 0)
            )
        else:
            text = QCoreApplication.translate("CustomerList", "%1: until %2").replace(
                "%2", date_text(card.expires_on)
            )
        parts.append(text.replace("%1", card.name))
    return " · ".join(parts)


class _Line:
    """A fetched customer with its cells already formatted (a repaint only looks them up)."""

    __slots__ = ("category_pill", "row", "tag_pills", "texts")

    def __init__(self, row: CustomerRow) -> None:
        self.row = row
        category = category_name(row.category)
        self.texts = (
            row.name,
            row.phone or "",
            row.card_no or "",
            category,
            ", ".join(t.name for t in row.tags),
            date_text(row.last_visit_at),
            str(row.visit_count),
            money(row.total_spend_fen),
            money(row.balance_fen),
            f"{row.points:,}",
            card_summary(row.cards),
        )
        foreground, background = CATEGORY_COLORS.get(row.category, DEFAULT_PILL)
        self.category_pill = ((category, background, foreground),)
        self.tag_pills = tuple((t.name, t.color, "#FFFFFF") for t in row.tags)


class CustomerTableModel(PagedTableModel[_Line]):
    roles = _ROLES
    alignments = _ALIGNMENTS

    def __init__(self, context: StoreContext, parent: Any = None, **paging: int) -> None:
        """``paging``: page_size and max_pages, if not the list's (PAGE_ROWS, MAX_PAGES)."""
        paging = {"page_size": PAGE_ROWS, "max_pages": MAX_PAGES} | paging
        super().__init__(context, parent, column_count=len(Column), **paging)
        self.filter = CustomerFilter()
        self._next_key: tuple[Any, int] | None = None  # where the next page starts
        # A page read walks the index for a bounded time (services/customer_list.py): a short
        # page is followed by the next read from the event loop (the window stays live) until
        # the list holds ``_wanted`` rows or ends. ``_reads`` tells a reload's from the last.
        self._wanted = 0
        self._reads = 0
        self._reading_on = False
        self.sort_column = Column.NAME
        self.sort_order = Qt.SortOrder.AscendingOrder
        # How wide the pills of a column may be drawn (the view sets it from its columns).
        self.pill_widths = {Column.CATEGORY: pills.MAX_WIDTH, Column.TAGS: pills.MAX_WIDTH}
        self._headers = {
            Column.NAME: self.tr("Name"),
            Column.PHONE: self.tr("Phone"),
            Column.CARD: self.tr("Card no."),
            Column.CATEGORY: self.tr("Category"),
            Column.TAGS: self.tr("Tags"),
            Column.LAST_VISIT: self.tr("Last visit"),
            Column.VISITS: self.tr("Visits"),
            Column.TOTAL_SPEND: self.tr("Total spend"),
            Column.BALANCE: self.tr("Balance"),
            Column.POINTS: self.tr("Points"),
            Column.CARDS: self.tr("Cards"),
        }

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the first page again (filter and sort in SQL) and forget every cached row."""
        self._reads += 1
        self._reading_on = False
        self._wanted = self.page_size
        page = self._read_next(None)
        self.beginResetModel()
        self._replace_ids(page.ids)
        self._keep(0, page)
        self.endResetModel()
        self._go_on_later(page)

    def _go_on_later(self, page: CustomerPage) -> None:
        """After a short page (the walk stopped on its time), read on from the event loop."""
        if page.partial and self._next_key is not None and len(self._ids) < self._wanted:
            reads = self._reads
            self._reading_on = True
            QTimer.singleShot(0, self, lambda: self._go_on(reads))

    def _go_on(self, reads: int) -> None:
        if reads == self._reads:  # not reloaded meanwhile
            self._reading_on = False
            self._read_more()

    @property
    def reading_on(self) -> bool:
        """Whether a short page's next read is waiting in the event loop (the page the view
        asked for is not complete yet)."""
        return self._reading_on

    def _read_next(self, after: tuple[Any, int] | None) -> CustomerPage:
        page = self.context.call(
            customer_list.customer_page,
            self.filter,
            SORT_KEYS[self.sort_column],
            self.sort_order == Qt.SortOrder.DescendingOrder,
            after,
            self.page_size,
        )
        self.page_fetches += 1
        self.rows_fetched += len(page.ids)
        return page

    def _keep(self, first: int, page: CustomerPage) -> None:
        """Keep the rows from row ``first`` on (a short page's rows share a page number with
        the rows read before them, or run into the next number)."""
        self._next_key = page.next_key
        lines = {r.customer_id: _Line(r) for r in page.rows}
        for row in range(first, len(self._ids)):
            line = lines.get(self._ids[row])
            if line is not None:
                number = row // self.page_size
                self._pages.setdefault(number, {})[self._ids[row]] = line
                self._pages.move_to_end(number)
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._next_key is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        """The next page, after the last customer read (the view is scrolled to the end)."""
        if not self.canFetchMore(parent):
            return
        self._wanted = len(self._ids) + self.page_size
        self._read_more()

    def _read_more(self) -> None:
        if self._next_key is None:
            return
        page = self._read_next(self._next_key)
        first = len(self._ids)
        if not page.ids:
            self._next_key = page.next_key if page.partial else None
            self._go_on_later(page)
            return
        # A customer whose sort value changed since the rows above were read (a sale moved
        # their spend) can come again: each customer is one row.
        known = set(self._ids)
        fresh = [i for i in page.ids if i not in known]
        if not fresh:
            self._next_key = page.next_key
            self._go_on_later(page)
            return
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._ids.extend(fresh)
        self._rows_by_id = None
        self._keep(first, page)
        self.endInsertRows()
        self._go_on_later(page)

    def set_filter(self, flt: CustomerFilter) -> None:
        self.filter = flt
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        self.sort_column = Column(column)
        self.sort_order = order
        self.reload()

    def count(self) -> int:
        """How many customers the list holds, counted no further than COUNT_AT_MOST + 1."""
        return self.context.call(customer_list.count_customers, self.filter)

    def _read_page(self, ids: list[int]) -> dict[int, _Line]:
        rows = self.context.call(customers.customer_rows, ids)
        return {r.customer_id: _Line(r) for r in rows}

    # -- lookup ---------------------------------------------------------------------------------
    def customer_id(self, row: int) -> int:
        return self._ids[row]

    # -- Qt model API ---------------------------------------------------------------------------
    def _cell(self, line: _Line, column: int, role: int) -> Any:
        if role == DISPLAY:
            return None if column in _PILL_COLUMNS else line.texts[column]
        if role == DECORATION:
            if column == Column.CATEGORY:
                return pills.pills_icon(
                    line.category_pill, line.row.archived, self.pill_widths[Column.CATEGORY]
                )
            if column == Column.TAGS:
                return pills.pills_icon(
                    line.tag_pills, line.row.archived, self.pill_widths[Column.TAGS]
                )
            return None
        if role == FOREGROUND:
            return ARCHIVED_COLOR if line.row.archived else None
        if role == TEXT_ROLE:
            return line.texts[column]
        if role == ROW_ROLE:
            return line.row
        # the tool tip
        if column in _PILL_COLUMNS:
            return line.texts[column] or None
        if column == Column.NAME and line.row.archived:
            return self.tr("Archived")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Headings stay left-aligned (as the stylesheet sets them): with the sort arrow shown,
        # Qt cuts a right-aligned heading short.
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and Column(section) not in SORT_KEYS
        ):
            return self.tr("This column cannot be sorted.")
        return super().headerData(section, orientation, role)
