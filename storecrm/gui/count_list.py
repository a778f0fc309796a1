"""A list of names each with a count ("Membership anniversary  12"): the count is drawn
right-aligned and always whole, the name elided when the list is narrow, and the list is as wide
as its longest name with a four-digit count in the user's language and font.

An item's text stays "name  count" (what a screen reader says); the delegate paints the name
(:data:`NAME_ROLE`) and the count (:data:`COUNT_ROLE`) apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
GAP = 12  # between the name and its count
WIDEST_COUNT = "0000"


def set_count(item: QListWidgetItem, name: str, count: int | None) -> None:
    """Show ``name`` with ``count`` (None: no count yet)."""
    item.setData(NAME_ROLE, name)
    item.setData(COUNT_ROLE, count)
    item.setText(name if count is None else f"{name}  {count}")


class CountDelegate(QStyledItemDelegate):
    """Paints an item's name on the left (elided to fit) and its count on the right."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = index.data(NAME_ROLE)
        count = index.data(COUNT_ROLE)
        if name is None:
            super().paint(painter, option, index)
            return
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""  # the background, focus and selection as usual; the text drawn below
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(2, 0, -4, 0)
        metrics = opt.fontMetrics
        count_text = "" if count is None else f"{count:,}"
        count_width = metrics.horizontalAdvance(count_text)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        name_rect = rect.adjusted(0, 0, -(count_width + GAP if count_text else 0), 0)
        shown = metrics.elidedText(str(name), Qt.TextElideMode.ElideRight, name_rect.width())
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(name_rect, align | Qt.AlignmentFlag.AlignLeft, shown)
        if count_text:
            painter.drawText(rect, align | Qt.AlignmentFlag.AlignRight, count_text)
        painter.restore()

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        name = index.data(NAME_ROLE)
        if name is None:
            return size
        metrics = option.fontMetrics
        wanted = metrics.horizontalAdvance(f"{name}") + GAP + metrics.horizontalAdvance("0,000")
        return QSize(max(size.width(), wanted + 6), size.height())


def fit_width(view: QListWidget, names: Iterable[str]) -> int:
    """How wide ``view`` must be to show each name and a four-digit count whole."""
    metrics = view.fontMetrics()
    widest = max((metrics.horizontalAdvance(n) for n in names), default=0)
    count = metrics.horizontalAdvance(WIDEST_COUNT[0] + "," + WIDEST_COUNT[1:])
    scroll = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    # item padding and the view's frame and margins, plus room for a vertical scroll bar
    return widest + GAP + count + 2 * view.frameWidth() + 24 + scroll
