"""Small shared widgets and helpers for dialogs."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import NotAStore, StoreCRMError, ValidationError
from storecrm.gui.look import icon, set_property

if TYPE_CHECKING:
    from storecrm.services.session import StoreContext

log = logging.getLogger(__name__)

D = TypeVar("D", bound=QDialog)


def plural_suffix(spin: QSpinBox, unit: Callable[[int], str]) -> None:
    """Show ``spin``'s unit in the form its value needs: ``unit(n)`` is a plural string such
    as ``self.tr(" day(s)", "", n)``, so English reads "1 day" and "2 days"."""

    def show(value: int) -> None:
        spin.setSuffix(unit(value))

    spin.valueChanged.connect(show)
    show(spin.value())


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose Alt+letter goes to ``buddy``. A form row holding a layout (a field and
    its Browse button) gets no buddy by itself, and its label would show the '&' as such."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def error_label() -> QLabel:
    """A red message shown next to the field it is about; hidden while empty."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_property(label, "error", True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def passwords_match(first: QLineEdit, second: QLineEdit, error: QLabel) -> bool:
    """Shows "the two passwords are not the same" under the fields when they differ."""
    if first.text() == second.text():
        return True
    show_error(error, messages.validation_text(ValidationError("password", "passwords_differ")))
    return False


def error_box(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    closed = isinstance(exc, NotAStore) and exc.reason == "closed"
    if closed and (parent is None or not parent.window().isVisible()):
        # A background job of a window that was signed out of (or replaced by a restore) came
        # back late: nobody is there to tell.
        log.info("a late result for a closed store was dropped")
        return
    QMessageBox.warning(parent, title or "StoreCRM", messages.error_text(exc))


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("PageTitle")
    return label


def subtitle_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("PageSubtitle")
    label.setWordWrap(True)
    return label


def placeholder_label(text: str) -> QLabel:
    """What a panel says while nothing is chosen, centred in grey."""
    label = QLabel(text)
    label.setObjectName("PlaceholderText")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def search_edit(placeholder: str, tip: str, min_width: int = 0, max_width: int = 0) -> QLineEdit:
    """A search box (QLineEdit#SearchBox) with the magnifier in front and a clear button;
    as wide as the layout makes it, within the widths given."""
    edit = QLineEdit()
    edit.setObjectName("SearchBox")
    edit.setPlaceholderText(placeholder)
    edit.setToolTip(tip)
    edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    edit.setClearButtonEnabled(True)
    if min_width:
        edit.setMinimumWidth(min_width)
    if max_width:
        edit.setMaximumWidth(max_width)
    return edit


def narrow(inner: QWidget, max_width: int = 640) -> QWidget:
    """Keep a form at a readable width on a wide window, aligned to the left."""
    from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

    inner.setMaximumWidth(max_width)
    outer = QWidget()
    column = QVBoxLayout(outer)
    row = QHBoxLayout()
    row.addWidget(inner)
    row.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    return outer


def ok_cancel_buttons(
    dialog: QDialog,
    on_ok: Callable[[], object],
    text: str = "",
    tip: str = "",
    look: str = "primary",
) -> tuple[QDialogButtonBox, QPushButton]:
    """OK and Cancel under a dialog's form: OK (renamed to ``text``, styled ``look``) runs
    ``on_ok``, Cancel rejects. The caller passes its own translated texts."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if text:
        ok_button.setText(text)
    if tip:
        ok_button.setToolTip(tip)
    set_property(ok_button, look, True)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok_button


class SavingForm:
    """Mixed into a form dialog whose OK runs one service: ``save_with`` keeps what the service
    returns in ``saved`` and closes, or shows what is wrong (``fail``) and stays open."""

    context: StoreContext
    saved: Any

    if TYPE_CHECKING:  # the dialog's own; nothing here may shadow QDialog.accept

        def fail(self, exc: StoreCRMError) -> None: ...

        def accept(self) -> None: ...

    def save_with(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        try:
            self.saved = self.context.call(service, *args, **kwargs)
        except StoreCRMError as exc:
            self.fail(exc)
            return
        self.accept()


class DialogOwner:
    """Mixed into a tab that adds and changes its rows in dialogs: ``_open`` shows one
    window-modal (kept in ``dialog`` while it is open), and a dialog accepted with something
    ``saved`` hands that to the tab's ``saved``."""

    dialog: Any

    if TYPE_CHECKING:  # the tab's own

        def saved(self, row: Any) -> None: ...

    def _open(self, dialog: D) -> D:
        dialog.finished.connect(lambda result, d=dialog: self._finished(d, result))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _finished(self, dialog: Any, result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        saved = dialog.saved
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and saved is not None:
            self.saved(saved)


def lazy_table_view(
    model: QAbstractItemModel,
    object_name: str,
    widths: Mapping[Any, int],  # column (an int or IntEnum) → width in pixels
    stretch_column: int,
) -> QTableView:
    """The view over a big lazy list (customers, sales): whole rows, one at a time, fixed row
    heights (the view never asks 100,000 rows for their size), columns the user can resize
    from ``widths``, and ``stretch_column`` taking what is left so the list fills the window."""
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(36)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(48)
    for column, width in widths.items():
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


def list_and_panel(table: QWidget, panel: QWidget, panel_width: int) -> QSplitter:
    """A list with its detail panel to the right: the list takes what the window gains, the
    panel keeps its width, and neither can be squeezed away."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.setHandleWidth(12)
    splitter.setStyleSheet("QSplitter::handle { background: transparent; }")
    splitter.addWidget(table)
    splitter.addWidget(panel)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 0)
    splitter.setSizes([1000, panel_width])
    return splitter


def set_tab_order(*widgets: QWidget) -> None:
    """Tab goes from each widget to the next, in this order."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def badge(text: str, background: str = "", foreground: str = "") -> QLabel:
    """A pill (QLabel#Badge); tags bring their own colour, categories a tint and a text colour."""
    label = QLabel(text)
    label.setObjectName("Badge")
    # The QSS radius (10 px) is only drawn when the pill is at least twice as tall.
    label.setMinimumHeight(22)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    rules = []
    if background:
        rules.append(f"background-color: {background};")
    if foreground:
        rules.append(f"color: {foreground};")
    if rules:
        label.setStyleSheet("QLabel#Badge { " + " ".join(rules) + " }")
    return label


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto the next line (tag pills)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def clear(self) -> None:
        while self._items:
            item = self._items.pop()
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lines of items at their size hints, each item centred on its line's height."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no place (and no spacing)
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and lines[-1]:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for n, line in enumerate(lines):
            height = max((hint.height() for _item, hint in line), default=0)
            x = area.x()
            for item, hint in line:
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self._spacing
            y += height + (self._spacing if n < len(lines) - 1 else 0)
        return y - rect.y() + margins.bottom()
