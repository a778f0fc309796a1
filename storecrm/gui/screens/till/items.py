"""What the cashier adds to the sale: the usual items (Alt+1…Alt+5; for a walk-in the store's
best sellers; domain/usual_items.py says which and in what order), the item search (name,
pinyin or initials, category, or a typed amount such as 88 or "88 染发加长"), the item list, and
the card buttons (use a session card, sell a card).

The panel says what was chosen (``item_chosen``, ``amount_entered``, ``usual_chosen``); the
dialog adds the line. A coupon or promotion code typed at the till would be read here next to
the typed amount.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storecrm.domain import usual_items
from storecrm.domain.customer import pinyin_keys
from storecrm.gui.format import money, parse_yuan
from storecrm.gui.look import icon
from storecrm.gui.screens.member_dialogs import caption
from storecrm.gui.screens.till.keys import move_current, plain_enter
from storecrm.gui.widgets import FlowLayout
from storecrm.services.dto import ItemInfo

USUAL_SLOTS = usual_items.SLOTS
_AMOUNT_AND_NOTE = re.compile(r"\s*([0-9０-９.,．¥￥]+)\s*(.*)")


def typed_amount(text: str) -> tuple[int, str] | None:
    """ "88", "88.5" or "88 染发加长" → (fen, note); None when it is not an amount."""
    found = _AMOUNT_AND_NOTE.fullmatch(text)
    if found is None:
        return None
    fen = parse_yuan(found.group(1).replace("．", "."))
    if fen is None or fen <= 0:
        return None
    return fen, found.group(2).strip()


class ItemsPanel(QWidget):
    """The usual items, the item search over the item list, and the card buttons."""

    item_chosen = Signal(int)  # an item id: Enter on the highlighted item, or activated
    amount_entered = Signal(int, str)  # fen and a note: Enter on a typed amount
    usual_chosen = Signal(int)  # the slot of a usual item button (0 for Alt+1)

    def __init__(self, items: Sequence[ItemInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = list(items)
        self.usual: list[ItemInfo] = []
        self._keys = {i.item_id: pinyin_keys(i.name) for i in self.items}
        left = QVBoxLayout(self)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(8)
        self.usual_caption = caption(self.tr("Usual items (Alt+1…Alt+5)"))
        left.addWidget(self.usual_caption)
        # Wraps onto a second line rather than squeezing long item names.
        usual_box = QWidget()
        self.usual_row = FlowLayout(usual_box, spacing=6)
        self.usual_row.setContentsMargins(0, 0, 0, 0)
        self.usual_buttons: list[QPushButton] = []
        for n in range(USUAL_SLOTS):
            button = QPushButton()
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setStyleSheet("QPushButton { padding: 5px 10px; min-width: 0px; }")
            button.clicked.connect(lambda _c=False, n=n: self.usual_chosen.emit(n))
            button.hide()
            self.usual_row.addWidget(button)
            self.usual_buttons.append(button)
        left.addWidget(usual_box)
        self.item_search = QLineEdit()
        self.item_search.setObjectName("SearchBox")
        self.item_search.setPlaceholderText(self.tr("Item, pinyin or amount (F3)"))
        self.item_search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.item_search.setToolTip(
            self.tr(
                "Enter adds the highlighted item; a number such as 88 or 88.5 adds that amount (F3)"
            )
        )
        self.item_search.installEventFilter(self)
        self.item_search.textChanged.connect(lambda _t: self.filter_items())
        left.addWidget(self.item_search)
        self.item_hint = caption("")
        left.addWidget(self.item_hint)
        self.item_list = QTreeWidget()
        self.item_list.setColumnCount(2)
        self.item_list.setHeaderLabels([self.tr("Item or service"), self.tr("Price")])
        self.item_list.setRootIsDecorated(False)
        self.item_list.setUniformRowHeights(True)
        self.item_list.setAllColumnsShowFocus(True)
        self.item_list.header().setStretchLastSection(False)
        self.item_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.item_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for info in self.items:
            entry = QTreeWidgetItem([info.name, money(info.price_fen)])
            entry.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            entry.setData(0, Qt.ItemDataRole.UserRole, info.item_id)
            entry.setSizeHint(0, QSize(0, 28))
            if info.category:
                entry.setToolTip(0, info.category)
            self.item_list.addTopLevelItem(entry)
        self.item_list.itemActivated.connect(self._item_activated)
        left.addWidget(self.item_list, 1)
        cards = QHBoxLayout()
        cards.setSpacing(6)
        self.use_card_button = QPushButton(icon("ticket"), self.tr("Use card"))
        self.sell_card_button = QPushButton(icon("wallet"), self.tr("Sell card"))
        for button in (self.use_card_button, self.sell_card_button):
            button.setAutoDefault(False)
            cards.addWidget(button)
        cards.addStretch(1)
        left.addLayout(cards)
        self.filter_items()

    # -- keys -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            watched is self.item_search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                move_current(self.item_list, 1 if key == Qt.Key.Key_Down else -1)
                return True
            if plain_enter(event):
                self.add_from_search()
                return True
            if key == Qt.Key.Key_Escape and self.item_search.text():
                self.item_search.clear()
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.item_search.setFocus()
        self.item_search.selectAll()

    def set_row_height(self, height: int) -> None:
        """The item list's rows (a finger's height on a touch screen)."""
        for n in range(self.item_list.topLevelItemCount()):
            entry = self.item_list.topLevelItem(n)
            if entry is not None:
                entry.setSizeHint(0, QSize(0, height))

    # -- the usual items ------------------------------------------------------------------------
    def set_usual(self, usual: Sequence[ItemInfo], best_sellers: bool = False) -> None:
        """The buttons for Alt+1…Alt+5 (hidden when there are none): a member's usual items,
        or for a walk-in the store's ``best_sellers``."""
        self.usual_caption.setText(
            self.tr("Best sellers (Alt+1…Alt+5)")
            if best_sellers
            else self.tr("Usual items (Alt+1…Alt+5)")
        )
        self.usual = list(usual[:USUAL_SLOTS])
        for n, button in enumerate(self.usual_buttons):
            if n < len(self.usual):
                info = self.usual[n]
                button.setText(f"{n + 1}  {info.name}")
                button.setToolTip(
                    self.tr("Add %1, %2 (Alt+%3)")
                    .replace("%1", info.name)
                    .replace("%2", money(info.price_fen))
                    .replace("%3", str(n + 1))
                )
                button.show()
            else:
                button.hide()
        self.usual_caption.setVisible(bool(self.usual))

    # -- the search -----------------------------------------------------------------------------
    def item(self, item_id: int) -> ItemInfo | None:
        return next((i for i in self.items if i.item_id == item_id), None)

    def _matches(self, info: ItemInfo, text: str) -> bool:
        if not text:
            return True
        if text in info.name.casefold() or (info.category and text in info.category.casefold()):
            return True
        compact = text.replace(" ", "")
        return any(key.startswith(compact) for key in self._keys.get(info.item_id, ()))

    def filter_items(self) -> None:
        raw = self.item_search.text()
        text = raw.strip().casefold()
        amount = typed_amount(raw)
        first: QTreeWidgetItem | None = None
        for n in range(self.item_list.topLevelItemCount()):
            entry = self.item_list.topLevelItem(n)
            assert entry is not None
            info = self.item(int(entry.data(0, Qt.ItemDataRole.UserRole)))
            visible = amount is None and info is not None and self._matches(info, text)
            entry.setHidden(not visible)
            if visible and first is None:
                first = entry
        if first is not None:
            self.item_list.setCurrentItem(first)
        else:
            self.item_list.setCurrentIndex(QModelIndex())
        if amount is not None:
            self.item_hint.setText(
                self.tr("Enter adds an amount of %1").replace("%1", money(amount[0]))
            )
        elif text and first is None:
            self.item_hint.setText(self.tr("No item matches; type a number to add an amount."))
        else:
            self.item_hint.setText("")
        self.item_hint.setVisible(bool(self.item_hint.text()))

    def add_from_search(self) -> None:
        """Enter in the item box: an amount, or the highlighted item."""
        amount = typed_amount(self.item_search.text())
        if amount is not None:
            self.amount_entered.emit(*amount)
            self.item_search.clear()
            return
        entry = self.item_list.currentItem()
        if entry is None or entry.isHidden():
            return
        self.item_chosen.emit(int(entry.data(0, Qt.ItemDataRole.UserRole)))
        self.item_search.clear()

    def _item_activated(self, entry: QTreeWidgetItem, _column: int = 0) -> None:
        self.item_chosen.emit(int(entry.data(0, Qt.ItemDataRole.UserRole)))
        self.item_search.clear()
        self.focus_search()
