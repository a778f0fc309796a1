"""How the till's parts are put together: where they go (``arrange``; the touch layout is
``compact.arrange_compact``), how their signals reach the dialog, every key of the till, and the
Tab order. ``SaleDialog.__init__`` calls these once."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from storecrm.gui.names import method_name
from storecrm.gui.screens.till import offers
from storecrm.gui.screens.till.items import USUAL_SLOTS
from storecrm.gui.screens.till.payments import PAYMENT_KEYS

if TYPE_CHECKING:
    from storecrm.gui.screens.till.dialog import SaleDialog

SIDE_WIDTH = 372
SIDE_MIN_WIDTH = 300
ITEMS_WIDTH = 296
ITEMS_MIN_WIDTH = 220
LINES_MIN_WIDTH = 360
PREFERRED_SIZE = QSize(1366, 800)  # a counter PC's screen; fitted to what there is


class Column(QWidget):
    """A column of the till that would like ``width`` pixels and makes do with ``minimum``."""

    def __init__(self, content: QWidget, width: int, minimum: int) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)
        self.preferred = width
        self.setMinimumWidth(minimum)
        self.setMaximumWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.preferred, super().sizeHint().height())


def arrange(dialog: SaleDialog) -> None:
    """Where the parts go: items | lines over the payments, the member and the totals on
    the right, the buttons along the bottom. The columns beside the lines take their
    width on a wide screen and give some up on a narrow one (1024 px), the lines keep
    enough for an item's name. (A compact or touch layout is another arrangement of the
    same parts.)"""
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(16, 14, 16, 12)
    outer.setSpacing(10)
    main = QHBoxLayout()
    main.setSpacing(16)
    work = QVBoxLayout()
    work.setSpacing(12)
    dialog.entry_box = QWidget()
    entry = QHBoxLayout(dialog.entry_box)
    entry.setContentsMargins(0, 0, 0, 0)
    entry.setSpacing(16)
    items = Column(dialog.items_panel, ITEMS_WIDTH, ITEMS_MIN_WIDTH)
    entry.addWidget(items)
    dialog.lines_panel.setMinimumWidth(LINES_MIN_WIDTH)
    middle = QVBoxLayout()
    middle.setSpacing(8)
    middle.addWidget(dialog.lines_panel, 1)
    middle.addWidget(dialog.offers_panel)  # coupons handed over, gifts reached, under the lines
    entry.addLayout(middle, 1)
    work.addWidget(dialog.entry_box, 1)
    dialog.payment_box = dialog.payments
    work.addWidget(dialog.payment_box)
    main.addLayout(work, 1)
    side = QWidget()
    column = QVBoxLayout(side)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(10)
    column.addWidget(dialog.member_area)
    column.addWidget(dialog.totals_panel, 1)
    main.addWidget(Column(side, SIDE_WIDTH, SIDE_MIN_WIDTH))
    outer.addLayout(main, 1)
    outer.addWidget(dialog.button_bar)
    dialog.resize(PREFERRED_SIZE)  # or what the screen has room for (gui/fit.py)


def connect_parts(dialog: SaleDialog) -> None:
    dialog.member_area.member_chosen.connect(dialog.pick_member)
    dialog.member_area.walk_in_clicked.connect(dialog.toggle_walk_in)
    dialog.items_panel.item_chosen.connect(dialog.add_item)
    dialog.items_panel.amount_entered.connect(dialog.add_amount)
    dialog.items_panel.usual_chosen.connect(dialog.add_usual)
    dialog.use_card_button.clicked.connect(lambda: dialog.use_card())
    dialog.sell_card_button.clicked.connect(lambda: dialog.sell_card())
    dialog.model.qty_edited.connect(dialog._qty_edited)
    dialog.lines_panel.step.connect(dialog.change_qty)
    dialog.lines_panel.remove_requested.connect(dialog.remove_line)
    dialog.lines_panel.staff_requested.connect(dialog.edit_line_staff)
    dialog.staff_combo.currentIndexChanged.connect(lambda _i: dialog._show_served_by())
    dialog.payments.method_pressed.connect(dialog.pay)
    dialog.payments.changed.connect(dialog.requote)
    dialog.payments.remove_requested.connect(dialog.remove_payment)
    dialog.payments.done_editing.connect(dialog.focus_item_search)
    dialog.print_button.clicked.connect(lambda: dialog.print_receipt())
    dialog.next_button.clicked.connect(lambda: dialog.next_sale())
    dialog.close_button.clicked.connect(dialog.reject)
    dialog.cancel_button.clicked.connect(dialog.reject)
    dialog.complete_button.clicked.connect(lambda: dialog.complete())
    dialog.park_button.clicked.connect(lambda: dialog.park())
    dialog.parked_button.clicked.connect(lambda: dialog.show_parked())
    dialog.adjust_button.clicked.connect(lambda: dialog.edit_adjust())
    dialog.round_button.clicked.connect(lambda: dialog.toggle_round_off())
    dialog.drawer_button.clicked.connect(lambda: dialog.open_drawer())
    dialog.reprint_button.clicked.connect(lambda: dialog.print_receipt())
    dialog.preview_button.clicked.connect(lambda: dialog.preview_receipt())
    dialog.member_area.new_member_requested.connect(dialog.new_member)
    dialog.keypad.quantity.connect(dialog.quantity_from_keypad)
    dialog.devices.failed.connect(dialog._device_failed)
    dialog.offers_panel.code_entered.connect(partial(offers.hand_over, dialog))
    dialog.offers_panel.wallet_requested.connect(partial(offers.open_wallet, dialog))
    dialog.offers_panel.clear_requested.connect(partial(offers.clear_coupons, dialog))
    dialog.offers_panel.gift_requested.connect(partial(offers.add_gift, dialog))


def build_actions(dialog: SaleDialog) -> None:
    """Every key of the till (the module docstring of ``till`` lists them)."""
    dialog.shortcuts.add(["F2"], dialog.focus_member_search)
    dialog.shortcuts.add(["F3"], dialog.focus_item_search)
    dialog.shortcuts.add(["Ctrl+W"], dialog.toggle_walk_in, dialog.walk_in_button)
    for n in range(USUAL_SLOTS):
        dialog.shortcuts.add([f"Alt+{n + 1}"], partial(dialog.add_usual, n))
    dialog.shortcuts.add(["Ctrl+K"], dialog.use_card, dialog.use_card_button)
    dialog.use_card_button.setToolTip(
        QCoreApplication.translate(
            "SaleDialog", "Use a session card of the member for this service (Ctrl+K)"
        )
    )
    dialog.shortcuts.add(["Ctrl+D"], dialog.sell_card, dialog.sell_card_button)
    dialog.sell_card_button.setToolTip(
        QCoreApplication.translate("SaleDialog", "Sell a session or period card (Ctrl+D)")
    )
    dialog.plus_button.setToolTip(
        QCoreApplication.translate(
            "SaleDialog", "One more of the selected line (+ in the list, Ctrl+=)"
        )
    )
    dialog.minus_button.setToolTip(
        QCoreApplication.translate(
            "SaleDialog", "One less of the selected line (- in the list, Ctrl+-)"
        )
    )
    dialog.remove_button.setToolTip(
        QCoreApplication.translate(
            "SaleDialog", "Remove the selected line (Delete in the list, Ctrl+Del)"
        )
    )
    dialog.shortcuts.add(["Ctrl+=", "Ctrl++"], lambda: dialog.change_qty(1))
    dialog.shortcuts.add(["Ctrl+-"], lambda: dialog.change_qty(-1))
    dialog.shortcuts.add(["Ctrl+Del"], dialog.remove_focused)
    dialog.shortcuts.add(["F4"], dialog.edit_line_staff, dialog.staff_button)
    dialog.staff_button.setToolTip(
        QCoreApplication.translate(
            "SaleDialog", "Who served the selected line: main staff, assistants, asked for (F4)"
        )
    )
    for method, key in PAYMENT_KEYS:
        button = dialog.method_buttons[method.value]
        button.setToolTip(
            QCoreApplication.translate("SaleDialog", "Pay by %1 (%2)")
            .replace("%1", method_name(method.value))
            .replace("%2", key)
        )
        dialog.shortcuts.add([key], partial(dialog.pay, method.value))
    dialog.shortcuts.add(["Ctrl+Return", "Ctrl+Enter"], dialog.complete)
    dialog.shortcuts.add(["Ctrl+P"], dialog.print_receipt, dialog.reprint_button)
    dialog.shortcuts.add(["Ctrl+Shift+P"], dialog.preview_receipt, dialog.preview_button)
    dialog.shortcuts.add(["Ctrl+N"], dialog.next_sale)
    dialog.shortcuts.add(["F11"], dialog.park, dialog.park_button)
    dialog.shortcuts.add(["F12"], dialog.show_parked, dialog.parked_button)
    dialog.shortcuts.add(["Ctrl+T"], dialog.edit_adjust, dialog.adjust_button)
    dialog.shortcuts.add(["Ctrl+R"], dialog.toggle_round_off, dialog.round_button)
    dialog.shortcuts.add(["Ctrl+Shift+O"], dialog.open_drawer, dialog.drawer_button)
    dialog.shortcuts.add(["Ctrl+U"], partial(offers.focus_code, dialog))
    dialog.coupon_edit.setToolTip(
        QCoreApplication.translate("SaleDialog", "A coupon's code, scanned or typed (Ctrl+U)")
    )
    dialog.shortcuts.add(
        ["Ctrl+Shift+U"], partial(offers.open_wallet, dialog), dialog.wallet_button
    )
    dialog.shortcuts.add(
        ["Ctrl+G"], partial(offers.add_gift, dialog), dialog.offers_panel.gift_button
    )


def set_tab_order(dialog: SaleDialog) -> None:
    chain: list[QWidget] = [
        dialog.member_search,
        dialog.walk_in_button,
        dialog.item_search,
        dialog.item_list,
        dialog.use_card_button,
        dialog.sell_card_button,
        dialog.lines_view,
        dialog.minus_button,
        dialog.plus_button,
        dialog.remove_button,
        dialog.staff_button,
        *dialog.method_buttons.values(),
        dialog.staff_combo,
        dialog.requested_box,
        dialog.note_edit,
        dialog.coupon_edit,
        dialog.wallet_button,
        *dialog.button_bar.tools,
        dialog.cancel_button,
        dialog.complete_button,
    ]
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
