"""整单优惠: the whole-order discount (a percentage, as 折, or a new total) and the rounding
(抹零 to the jiao or the yuan, down or to the nearest), with the sale priced live as it would
be, and whether the cashier's limit needs a manager's password.

The dialog only builds an ``OrderAdjust``; the till prices it (``sales.quote_sale``, through
the ``price`` callable) and, on completing, asks for the approval.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.order_adjust import (
    OrderAdjust,
    OrderDiscount,
    Rounding,
    RoundingMode,
    RoundingUnit,
)
from storecrm.gui.format import money, parse_yuan, yuan_text
from storecrm.gui.screens.member_dialogs import caption, ctrl_enter
from storecrm.gui.screens.till.keypad import NumericKeypad
from storecrm.gui.widgets import error_label, ok_cancel_buttons, show_error
from storecrm.services.dto import SaleQuote

ROUNDINGS: tuple[Rounding | None, ...] = (
    None,
    Rounding(RoundingUnit.JIAO, RoundingMode.DOWN),
    Rounding(RoundingUnit.YUAN, RoundingMode.DOWN),
    Rounding(RoundingUnit.JIAO, RoundingMode.NEAREST),
    Rounding(RoundingUnit.YUAN, RoundingMode.NEAREST),
)

ADJUST_FIELDS = ("order_discount", "order_total", "rounding")  # the quote's problems of these


def permille_paid(text: str) -> int | None:
    """What a cashier types for a discount, as the permille paid: "9" or "9折" → 900,
    "8.5" → 850, "85" or "85%" → 850, "88.5" → 885; None when it is not one."""
    raw = text.strip().removesuffix("折").removesuffix("%").strip()
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    if not value.is_finite() or value <= 0:
        return None
    permille = value * 100 if value < 10 else value * 10
    if permille != permille.to_integral_value() or not 1 <= permille <= 1000:
        return None
    return int(permille)


def discount_text(permille: int) -> str:
    """900 → "9", 850 → "8.5", 885 → "88.5" (as a cashier would type it back)."""
    if permille % 100 == 0:
        return str(permille // 100)
    if permille % 10 == 0:
        return f"{permille // 100}.{permille // 10 % 10}"
    return f"{permille // 10}.{permille % 10}"


class OrderAdjustDialog(QDialog):
    """The discount and the rounding for the whole sale; ``adjust()`` once accepted."""

    def __init__(
        self,
        current: OrderAdjust | None,
        price: Callable[[OrderAdjust | None], SaleQuote | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.price = price
        self.setWindowTitle(self.tr("Order discount and rounding"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        self.kind_group = QButtonGroup(self)
        self.none_radio = QRadioButton(self.tr("&No discount"))
        self.percent_radio = QRadioButton(self.tr("&Percentage (折)"))
        self.total_radio = QRadioButton(self.tr("New &total"))
        for n, radio in enumerate((self.none_radio, self.percent_radio, self.total_radio)):
            self.kind_group.addButton(radio, n)
            grid.addWidget(radio, n, 0)
        self.percent_edit = QLineEdit()
        self.percent_edit.setPlaceholderText(self.tr("9 = 9折, 8.5 = 85折"))
        self.percent_edit.setToolTip(
            self.tr("What the customer pays: 9 or 90 for 90 %, 8.5 or 85 for 85 %")
        )
        self.total_edit = QLineEdit()
        self.total_edit.setPlaceholderText(self.tr("The amount to pay, ¥"))
        for edit in (self.percent_edit, self.total_edit):
            edit.setMaxLength(12)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.textEdited.connect(lambda _t: self._edited())
        grid.addWidget(self.percent_edit, 1, 1)
        grid.addWidget(self.total_edit, 2, 1)
        rounding_label = QLabel(self.tr("&Rounding"))
        self.rounding_combo = QComboBox()
        names = (
            self.tr("No rounding"),
            self.tr("Drop the fen (抹分)"),
            self.tr("Drop the jiao and fen (抹角)"),
            self.tr("To the nearest jiao"),
            self.tr("To the nearest yuan"),
        )
        for name in names:
            self.rounding_combo.addItem(name)
        rounding_label.setBuddy(self.rounding_combo)
        grid.addWidget(rounding_label, 3, 0)
        grid.addWidget(self.rounding_combo, 3, 1)
        grid.setColumnStretch(1, 1)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(grid, 1)
        self.keypad = NumericKeypad(self._typing_into)
        body.addWidget(self.keypad)
        layout.addLayout(body)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("QLabel { font-weight: 600; }")
        layout.addWidget(self.result_label)
        self.approval_note = caption("")
        self.approval_note.setWordWrap(True)
        layout.addWidget(self.approval_note)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.apply, self.tr("&Apply"))
        self.remove_button = QPushButton(self.tr("Re&move all"))
        self.remove_button.setToolTip(self.tr("No whole-order discount and no rounding"))
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        ctrl_enter(self, self.apply)
        self.chosen: OrderAdjust | None = current
        self._load(current)
        self.kind_group.idToggled.connect(self._toggled)
        self.rounding_combo.currentIndexChanged.connect(lambda _i: self._edited())
        self._kind_changed()

    # -- reading and writing the fields -------------------------------------------------------
    def _load(self, current: OrderAdjust | None) -> None:
        discount = current.discount if current else None
        if discount is None:
            self.none_radio.setChecked(True)
        elif discount.kind.value == "percent":
            self.percent_radio.setChecked(True)
            self.percent_edit.setText(discount_text(discount.value))
        else:
            self.total_radio.setChecked(True)
            self.total_edit.setText(yuan_text(discount.value))
        rounding = current.rounding if current else None
        self.rounding_combo.setCurrentIndex(ROUNDINGS.index(rounding))

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self._kind_changed()

    def _typing_into(self) -> QLineEdit | None:
        if self.total_radio.isChecked():
            return self.total_edit
        if self.percent_radio.isChecked():
            return self.percent_edit
        return None

    def _kind_changed(self) -> None:
        self.percent_edit.setEnabled(self.percent_radio.isChecked())
        self.total_edit.setEnabled(self.total_radio.isChecked())
        target = self._typing_into()
        if target is not None:
            target.setFocus()
            target.selectAll()
        self._edited()

    def adjust(self) -> OrderAdjust | None:
        """What the fields say; raises ``ValueError`` for a figure that is not one."""
        discount = None
        if self.percent_radio.isChecked():
            permille = permille_paid(self.percent_edit.text())
            if permille is None:
                raise ValueError(self.tr("Type what the customer pays: 9 for 9折, 8.5 for 85折."))
            discount = OrderDiscount.percent(permille) if permille < 1000 else None
        elif self.total_radio.isChecked():
            fen = parse_yuan(self.total_edit.text())
            if fen is None:
                raise ValueError(self.tr("Type the new total in yuan, such as 500 or 499.5."))
            discount = OrderDiscount.new_total(fen)
        rounding = ROUNDINGS[self.rounding_combo.currentIndex()]
        order = OrderAdjust(discount, rounding)
        return None if order.empty else order

    def _edited(self) -> None:
        try:
            order = self.adjust()
        except ValueError as exc:
            show_error(self.error, str(exc) if self._typing_into() and self._typed() else "")
            self.result_label.setText("")
            self.approval_note.setText("")
            return
        quote = self.price(order)
        if quote is None:
            return
        own = [
            p for p in quote.problems if p.field in ("order_discount", "order_total", "rounding")
        ]
        show_error(self.error, "\n".join(messages.validation_text(p) for p in own))
        parts = [self.tr("Before: %1").replace("%1", money(quote.subtotal_fen))]
        if quote.order_discount_fen:
            parts.append(self.tr("discount %1").replace("%1", money(-quote.order_discount_fen)))
        if quote.rounding_fen:
            parts.append(self.tr("rounding %1").replace("%1", money(-quote.rounding_fen)))
        parts.append(self.tr("to pay %1").replace("%1", money(quote.total_fen)))
        self.result_label.setText("  ·  ".join(parts))
        self.approval_note.setText(
            self.tr("Above your limit: a manager confirms with their password on completing.")
            if quote.needs_approval
            else ""
        )

    def _typed(self) -> bool:
        target = self._typing_into()
        return target is not None and bool(target.text().strip())

    # -- the buttons ----------------------------------------------------------------------------
    def apply(self) -> bool:
        try:
            order = self.adjust()
        except ValueError as exc:
            show_error(self.error, str(exc))
            return False
        quote = self.price(order)
        if quote is not None:
            own = [
                p
                for p in quote.problems
                if p.field in ("order_discount", "order_total", "rounding")
            ]
            if own:
                show_error(self.error, messages.validation_text(own[0]))
                return False
        self.chosen = order
        self.accept()
        return True

    def remove(self) -> None:
        self.chosen = None
        self.accept()


__all__ = ["ROUNDINGS", "OrderAdjustDialog", "discount_text", "permille_paid"]
