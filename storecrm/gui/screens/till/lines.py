"""The sale's lines: what the cashier entered and the quote's pricing of each, the table that
shows them, and the buttons under it.

A line is a ``LineDraft`` (services/dto.py) plus a label to show until the quote has priced it.
Per-line facts go into the draft and get a column in ``SaleLinesModel``: who served the line
(``LineDraft.staff``, the Served by column, F4), next a promotion applied to it; the panel's
buttons act on the selected line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storecrm.gui.format import money
from storecrm.gui.look import icon
from storecrm.gui.screens.member_dialogs import caption
from storecrm.gui.screens.staff.pickers import line_staff_text
from storecrm.services.dto import LineDraft, QuotedLine

Index = QModelIndex | QPersistentModelIndex
MAX_QTY = 9999


@dataclass
class SaleLine:
    """A line as the cashier entered it, and the quote's pricing of it (None: it has a
    problem, shown under the totals)."""

    draft: LineDraft
    label: str  # what to show before the quote has priced it
    quoted: QuotedLine | None = None


def _same_line(draft: LineDraft, quoted: QuotedLine) -> bool:
    if draft.kind != quoted.kind or draft.qty != quoted.qty:
        return False
    if draft.kind == "item":
        return draft.item_id == quoted.item_id
    if draft.kind == "card":
        return draft.plan_id == quoted.plan_id
    if draft.kind == "session":
        return draft.card_id == quoted.card_id
    return draft.unit_fen == quoted.unit_fen


def match_quoted(
    lines: Sequence[SaleLine], quoted: Sequence[QuotedLine]
) -> list[QuotedLine | None]:
    """Pair the quote's lines with the entered ones. The quote leaves out a line it could not
    price (its problem is listed instead), so the pairing walks both in order."""
    result: list[QuotedLine | None] = []
    j = 0
    for line in lines:
        if j < len(quoted) and _same_line(line.draft, quoted[j]):
            result.append(quoted[j])
            j += 1
        else:
            result.append(None)
    return result


class SaleLinesModel(QAbstractTableModel):
    """The lines of the sale being entered: description, quantity, unit price, discount,
    amount. The quantity is editable (a double-click, or typing a digit in the list)."""

    DESCRIPTION, QTY, UNIT, DISCOUNT, AMOUNT, STAFF = range(6)
    qty_edited = Signal(int, int)  # row, new quantity

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[SaleLine] = []
        self.staff_names: dict[int, str] = {}  # staff id → name, for the served-by column
        self.default_staff: str | None = None  # the sale's served-by, for lines naming nobody
        self._headers = (
            self.tr("Item"),
            self.tr("Qty"),
            self.tr("Unit price"),
            self.tr("Discount"),
            self.tr("Amount"),
            self.tr("Served by"),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section not in (
            self.DESCRIPTION,
            self.STAFF,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.QTY:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        quoted = line.quoted
        if column == self.STAFF:
            return self._staff_data(line, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DESCRIPTION:
                return (quoted.description if quoted else "") or line.label
            if column == self.QTY:
                return str(line.draft.qty)
            if quoted is None:
                return "—" if column == self.AMOUNT else ""
            if column == self.UNIT:
                return money(quoted.unit_fen)
            if column == self.DISCOUNT:
                if line.draft.kind == "session":
                    return self.tr("card")
                return money(-quoted.discount_fen) if quoted.discount_fen else ""
            if column == self.AMOUNT:
                return money(quoted.amount_fen)
        if role == Qt.ItemDataRole.EditRole and column == self.QTY:
            return line.draft.qty
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.DESCRIPTION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and quoted is None:
            return QColor("#DC2626")
        if role == Qt.ItemDataRole.ToolTipRole:
            if quoted is None:
                return self.tr("This line has a problem; see under the totals.")
            if column == self.DESCRIPTION:
                return quoted.description or line.label
        return None

    def _staff_data(self, line: SaleLine, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return line_staff_text(line.draft.staff, self.staff_names, self.default_staff)
        if role == Qt.ItemDataRole.ForegroundRole and line.draft.staff is None:
            return QColor("#6B7280")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Who served this line (F4 to change)")
        return None

    def set_staff_names(self, names: dict[int, str], default: str | None) -> None:
        """The names for the served-by column and the sale's served-by (lines naming nobody
        of their own show it in brackets)."""
        self.staff_names = dict(names)
        self.default_staff = default
        if self.lines:
            self.dataChanged.emit(
                self.index(0, self.STAFF), self.index(len(self.lines) - 1, self.STAFF)
            )

    def setData(  # noqa: N802 - Qt API
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.QTY:
            return False
        try:
            qty = int(value)
        except (TypeError, ValueError):
            return False
        qty = max(1, min(qty, 9999))
        self.qty_edited.emit(index.row(), qty)
        return True

    # -- changes from the dialog --
    def append(self, line: SaleLine) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.lines[row]
        self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.lines = []
        self.endResetModel()

    def set_quoted(self, quoted: Sequence[QuotedLine | None]) -> None:
        for line, q in zip(self.lines, quoted, strict=True):
            line.quoted = q
        if self.lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.lines) - 1, self.columnCount() - 1)
            )

    def set_draft(self, row: int, draft: LineDraft) -> None:
        self.lines[row].draft = draft
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class LinesView(QTableView):
    """The lines list: + and - change the quantity, Delete removes, a digit edits the quantity."""

    step = Signal(int)
    remove_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.step.emit(1)
            return
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.step.emit(-1)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_pressed.emit()
            return
        if event.text().isdigit() and self.currentIndex().isValid():
            self.setCurrentIndex(self.model().index(self.currentIndex().row(), SaleLinesModel.QTY))
        super().keyPressEvent(event)


class LinesPanel(QWidget):
    """The lines list and the buttons under it: − and + change the quantity of the selected
    line, Remove drops it, and how many lines there are on the right."""

    step = Signal(int)  # one more (+1) or one less (-1) of the selected line
    remove_requested = Signal()  # the selected line
    staff_requested = Signal()  # who served the selected line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        right = QVBoxLayout(self)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(8)
        self.model = SaleLinesModel(self)
        self.view = LinesView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(32)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SaleLinesModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (
            SaleLinesModel.QTY,
            SaleLinesModel.UNIT,
            SaleLinesModel.DISCOUNT,
            SaleLinesModel.AMOUNT,
            SaleLinesModel.STAFF,
        ):  # as wide as their figures, the item's name takes the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(48)
        self.view.step.connect(self.step)
        self.view.remove_pressed.connect(self.remove_requested)
        right.addWidget(self.view, 1)
        tools = QHBoxLayout()
        tools.setSpacing(6)
        self.minus_button = QPushButton("−")
        self.plus_button = QPushButton("+")
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"))
        self.staff_button = QPushButton(self.tr("Served by…"))  # no icon: whole at 1024 px
        self.staff_button.clicked.connect(lambda: self.staff_requested.emit())
        for button in (self.minus_button, self.plus_button, self.remove_button, self.staff_button):
            button.setAutoDefault(False)
            tools.addWidget(button)
        for button in (self.minus_button, self.plus_button):
            button.setStyleSheet("QPushButton { min-width: 36px; padding: 5px 8px; }")
        self.minus_button.clicked.connect(lambda: self.step.emit(-1))
        self.plus_button.clicked.connect(lambda: self.step.emit(1))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit())
        tools.addStretch(1)
        self.lines_count = caption("")
        tools.addWidget(self.lines_count)
        right.addLayout(tools)

    @property
    def lines(self) -> list[SaleLine]:
        return self.model.lines

    def drafts(self) -> tuple[LineDraft, ...]:
        return tuple(line.draft for line in self.model.lines)

    def add(self, draft: LineDraft, label: str, same: Callable[[LineDraft], bool] | None) -> int:
        """A new line, or more of the same one when ``same`` finds a line of the same kind (an
        amount is always a line of its own). Returns its row."""
        row = None
        if same is not None:
            row = next(
                (
                    n
                    for n, line in enumerate(self.model.lines)
                    if line.draft.kind == draft.kind and same(line.draft)
                ),
                None,
            )
        if row is None:
            return self.model.append(SaleLine(draft, label))
        old = self.model.lines[row].draft
        self.model.set_draft(row, replace(old, qty=min(MAX_QTY, old.qty + draft.qty)))
        return row

    def step_qty(self, row: int, step: int) -> bool:
        """One more or one less (never below 1); False when nothing changed."""
        old = self.model.lines[row].draft
        qty = max(1, min(MAX_QTY, old.qty + step))
        if qty == old.qty:
            return False
        self.model.set_draft(row, replace(old, qty=qty))
        return True

    def drop_kind(self, kind: str) -> None:
        """Remove every line of a kind (the session lines when the member changes)."""
        for row in reversed(range(self.model.rowCount())):
            if self.model.lines[row].draft.kind == kind:
                self.model.remove(row)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, SaleLinesModel.DESCRIPTION))
            self.view.selectRow(row)

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        if index.isValid():
            return index.row()
        return None

    def show_count(self) -> None:
        count = len(self.model.lines)
        self.lines_count.setText(self.tr("%n line(s)", "", count) if count else "")
