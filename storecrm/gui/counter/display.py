"""The customer display (副屏): a second window on the screen that faces the customer.

While a sale is entered it shows the store's name, the member (if any), each line as it is
added (the newest highlighted at the bottom), the discounts, the total in large figures, then
what was paid and the change, and the member's points and stored value after the sale. Between
sales it shows the store's promotion: a picture chosen on this PC and the store's text.

It is driven only by ``show_view`` (the till's signal, through ``Counter``): it never reads the
store nor polls.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPixmap, QScreen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storecrm.gui import fit
from storecrm.gui.counter.view import CustomerView, Phase, ViewLine
from storecrm.gui.format import money
from storecrm.gui.models import ListTableModel

Index = QModelIndex | QPersistentModelIndex
ACCENT = "#0F766E"


def screen_named(name: str) -> QScreen | None:
    return next((s for s in QGuiApplication.screens() if s.name() == name), None)


def _font(widget: QWidget, scale: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setWeight(QFont.Weight.Bold)
    return font


class _LinesModel(ListTableModel[ViewLine]):
    """The lines, the newest last; figures to the right."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            index.isValid()
            and role == Qt.ItemDataRole.BackgroundRole
            and index.row() == self.rowCount() - 1
        ):
            return QColor("#CCFBF1")  # the line just added
        return super().data(index, role)


class CustomerDisplay(QWidget):
    """The window facing the customer (a top-level window of its own)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("CustomerDisplay")
        self.setWindowTitle(self.tr("Customer display"))
        self.setStyleSheet("QWidget#CustomerDisplay { background: #FFFFFF; }")
        self.view: CustomerView | None = None
        self.promotion_image = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        top = QHBoxLayout()
        self.store_label = QLabel()
        self.store_label.setFont(_font(self, 2.0, bold=True))
        self.store_label.setStyleSheet(f"QLabel {{ color: {ACCENT}; }}")
        self.member_label = QLabel()
        self.member_label.setFont(_font(self, 1.4))
        top.addWidget(self.store_label, 1)
        top.addWidget(self.member_label, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(top)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(self._idle_page())
        self.pages.addWidget(self._sale_page())
        self.show_view(CustomerView(Phase.IDLE, ""))

    def _idle_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(24)
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_label = QLabel(self.tr("Welcome!"))
        self.welcome_label.setFont(_font(self, 3.0, bold=True))
        self.welcome_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_label.setStyleSheet(f"QLabel {{ color: {ACCENT}; }}")
        self.promotion_label = QLabel()
        self.promotion_label.setFont(_font(self, 2.2))
        self.promotion_label.setWordWrap(True)
        self.promotion_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        column.addWidget(self.image_label, 3)
        column.addWidget(self.welcome_label)
        column.addWidget(self.promotion_label)
        column.addStretch(1)
        return page

    def _sale_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setSpacing(24)
        self.lines_model = _LinesModel(
            [
                (self.tr("Item"), lambda x: x.name),
                (self.tr("Qty"), lambda x: x.qty),
                (self.tr("Amount"), lambda x: money(x.amount_fen)),
            ],
            self,
        )
        self.lines_view = QTableView()
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setFont(_font(self, 1.5))
        self.lines_view.verticalHeader().hide()
        self.lines_view.verticalHeader().setDefaultSectionSize(44)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines_view.setShowGrid(False)
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        row.addWidget(self.lines_view, 3)
        totals = QFrame()
        totals.setObjectName("Card")
        grid = QGridLayout(totals)
        grid.setContentsMargins(20, 16, 20, 16)
        grid.setVerticalSpacing(10)
        self.figures: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        rows = (
            ("items", self.tr("Items")),
            ("discount", self.tr("Member discount")),
            ("order_discount", self.tr("Order discount")),
            ("rounding", self.tr("Rounding")),
            ("total", self.tr("Total")),
            ("paid", self.tr("Paid")),
            ("change", self.tr("Change")),
            ("points", self.tr("Points after")),
            ("balance", self.tr("Stored value after")),
        )
        for n, (key, text) in enumerate(rows):
            caption = QLabel(text)
            caption.setFont(_font(self, 1.3))
            value = QLabel()
            value.setFont(_font(self, 1.5))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(caption, n, 0)
            grid.addWidget(value, n, 1)
            self.figures[key], self.captions[key] = value, caption
        self.figures["total"].setFont(_font(self, 3.2, bold=True))
        self.figures["total"].setStyleSheet(f"QLabel {{ color: {ACCENT}; }}")
        self.captions["total"].setFont(_font(self, 1.6, bold=True))
        self.figures["change"].setFont(_font(self, 2.4, bold=True))
        self.figures["change"].setStyleSheet("QLabel { color: #B45309; }")
        grid.setRowStretch(len(rows), 1)
        row.addWidget(totals, 2)
        return page

    # -- what is shown --------------------------------------------------------------------------
    def set_promotion_image(self, path: str) -> None:
        self.promotion_image = path
        pixmap = QPixmap(path) if path else QPixmap()
        self.image_label.setVisible(not pixmap.isNull())
        if not pixmap.isNull():
            self.image_label.setPixmap(
                pixmap.scaled(
                    900, 420, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip

    def show_view(self, view: CustomerView) -> None:
        self.view = view
        self.store_label.setText(view.store_name)
        member = view.member_name or ""
        self.member_label.setText(
            self.tr("Hello, %1").replace("%1", member)
            if member and view.phase != Phase.IDLE
            else ""
        )
        if view.phase == Phase.IDLE:
            self.promotion_label.setText(view.promotion_text)
            self.promotion_label.setVisible(bool(view.promotion_text))
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        self.lines_model.set_rows(view.lines)
        if view.lines:
            self.lines_view.scrollToBottom()
        paid = view.phase == Phase.PAID
        shown = {
            "items": str(view.items),
            "discount": money(-view.discount_fen),
            "order_discount": money(-view.order_discount_fen),
            "rounding": money(-view.rounding_fen),
            "total": money(view.total_fen),
            "paid": money(view.paid_fen),
            "change": money(view.change_fen),
            "points": "" if view.points_after is None else f"{view.points_after:,}",
            "balance": "" if view.balance_after_fen is None else money(view.balance_after_fen),
        }
        visible = {
            "items": True,
            "discount": bool(view.discount_fen),
            "order_discount": bool(view.order_discount_fen),
            "rounding": bool(view.rounding_fen),
            "total": True,
            "paid": bool(view.paid_fen),
            "change": paid and bool(view.change_fen),
            "points": view.points_after is not None,
            "balance": view.balance_after_fen is not None,
        }
        for key, value in shown.items():
            self.figures[key].setText(value)
            self.figures[key].setVisible(visible[key])
            self.captions[key].setVisible(visible[key])

    def shown_texts(self) -> dict[str, str]:
        """The figures on the screen now, by key (the visible ones; for the tests)."""
        return {k: v.text() for k, v in self.figures.items() if not v.isHidden()}

    # -- where ----------------------------------------------------------------------------------
    def place_on(self, screen: QScreen) -> None:
        """Fill ``screen``: full screen on a screen of its own; a window there when the
        program's other windows are on it too (a PC with one screen, trying it out)."""
        self.setScreen(screen)
        others = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self and w.isVisible() and w.isWindow()
        ]
        shared = any(w.screen() is screen for w in others)
        if len(QGuiApplication.screens()) > 1 and not shared:
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            space = fit.room(self)
            self.resize(min(1024, space.width()), min(600, space.height()))
            self.move(screen.availableGeometry().topLeft())
            self.show()
            fit.fit_window(self)  # inside the screen, frame and all

    def main_widget(self) -> QWidget:
        """What the customer must see whatever the screen: the total (the welcome between
        sales); the window cases check it is in sight."""
        if self.pages.currentIndex() == 0:
            return self.welcome_label
        return self.figures["total"]


__all__ = ["CustomerDisplay", "screen_named"]
