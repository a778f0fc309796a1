"""The touch layout of the till, for the 收银一体机's 1024×768 touch screen: the same parts as
``SaleDialog._arrange`` in another arrangement, every target at least 44 px (the stylesheet's
``QDialog[touch="true"]`` rules, and rows of lists as tall), and the numeric keypad under the
totals so amounts and quantities need no keyboard. The keyboard still does everything.

    items (usual, search, list) | lines over the payments | member, totals, keypad
    the tools (park, parked, discount, round off, drawer, last receipt) … Cancel, Complete
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from storecrm.gui import fit
from storecrm.gui.look import set_property
from storecrm.gui.screens.till.keypad import TOUCH

if TYPE_CHECKING:
    from storecrm.gui.screens.till.dialog import SaleDialog

COMPACT_WIDTH = 1100  # a screen narrower than this (1024 px) gets the touch layout
ITEMS_WIDTH = 250
SIDE_WIDTH = 320  # the totals need 320
ROW_HEIGHT = 44
MEMBER_HEIGHT = 128  # name, tier, the stored value and its principal; the rest scrolls


def wants_compact(dialog: QWidget) -> bool:
    """Whether the screen the till opens on is a small (touch) one."""
    return fit.room(dialog).width() <= COMPACT_WIDTH


def arrange_compact(dialog: SaleDialog) -> None:
    set_property(dialog, "touch", True)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(8, 8, 8, 8)
    outer.setSpacing(8)
    main = QHBoxLayout()
    main.setSpacing(10)

    dialog.entry_box = QWidget()  # what is disabled once the sale is recorded
    entry = QHBoxLayout(dialog.entry_box)
    entry.setContentsMargins(0, 0, 0, 0)
    entry.setSpacing(10)
    dialog.items_panel.setFixedWidth(ITEMS_WIDTH)
    entry.addWidget(dialog.items_panel)
    middle = QVBoxLayout()
    middle.setSpacing(8)
    middle.addWidget(dialog.lines_panel, 1)
    middle.addWidget(dialog.offers_panel)  # under the lines: the side column is full
    entry.addLayout(middle, 1)
    dialog.payment_box = dialog.payments

    work = QVBoxLayout()
    work.setSpacing(8)
    work.addWidget(dialog.entry_box, 1)
    work.addWidget(dialog.payment_box)
    main.addLayout(work, 1)

    side = QWidget()
    side.setFixedWidth(SIDE_WIDTH)
    column = QVBoxLayout(side)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(8)
    dialog.member_area.set_heights(MEMBER_HEIGHT, MEMBER_HEIGHT)
    dialog.member_area.set_brief(True)
    dialog.totals_panel.tighten()
    column.addWidget(dialog.member_area)
    column.addWidget(dialog.totals_panel, 1)
    column.addWidget(dialog.keypad)
    main.addWidget(side)
    outer.addLayout(main, 1)
    outer.addWidget(dialog.button_bar)

    # Rows a finger can hit.
    dialog.lines_view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    dialog.items_panel.set_row_height(ROW_HEIGHT)
    dialog.member_area.set_row_height(ROW_HEIGHT)
    for button in dialog.button_bar.tools:
        button.setMinimumWidth(TOUCH)
    dialog.resize(QSize(1024, 740))  # or what the screen has room for (gui/fit.py)


__all__ = ["arrange_compact", "wants_compact"]
