"""The items and services tab: the catalogue with its filter (Ctrl+F) and the dialog that
adds or changes an item (price, gift for points, discount, return visit, duration)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from storecrm.domain.errors import ValidationError
from storecrm.domain.roles import Permission
from storecrm.gui.format import money
from storecrm.gui.screens.membership_screen.forms import MoneyEdit, _FormDialog
from storecrm.gui.screens.membership_screen.list_tab import _ListTab
from storecrm.gui.screens.membership_screen.words import active_text, item_kind_name, yes_no
from storecrm.gui.widgets import plural_suffix, subtitle_label
from storecrm.services import catalogue
from storecrm.services.dto import ItemDraft, ItemInfo
from storecrm.services.session import StoreContext


class ItemDialog(_FormDialog):
    """An item or service: name, category, price, gift for points, discount, revisit cycle."""

    def __init__(
        self,
        context: StoreContext,
        item: ItemInfo | None = None,
        categories: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Add an item or service") if item is None else self.tr("Change item"), parent
        )
        self.context = context
        self.item = item
        self.saved: ItemInfo | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(64)
        self.name_edit.setPlaceholderText(self.tr("e.g. Haircut"))
        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self.category_combo.addItem("")
        self.category_combo.addItems(sorted({c for c in categories if c}))
        category_edit = self.category_combo.lineEdit()
        assert category_edit is not None  # the combo is editable
        category_edit.setMaxLength(32)
        category_edit.setPlaceholderText(self.tr("e.g. Hair care"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(item_kind_name("service"), "service")
        self.kind_combo.addItem(item_kind_name("item"), "item")
        self.price_edit = MoneyEdit()
        self.gift_spin = QSpinBox()
        self.gift_spin.setRange(0, 10_000_000)
        self.gift_spin.setSpecialValueText(self.tr("Not a gift"))
        plural_suffix(self.gift_spin, lambda n: self.tr(" point(s)", "", n))
        self.gift_spin.setMaximumWidth(200)
        self.gift_spin.setToolTip(self.tr("Members may take this as a gift for so many points."))
        self.discount_check = QCheckBox(self.tr("Tier discounts apply"))
        self.discount_check.setChecked(True)
        self.revisit_spin = QSpinBox()
        self.revisit_spin.setRange(0, 3650)
        self.revisit_spin.setSpecialValueText(self.tr("None"))
        plural_suffix(self.revisit_spin, lambda n: self.tr(" day(s)", "", n))
        self.revisit_spin.setMaximumWidth(200)
        self.revisit_spin.setToolTip(
            self.tr("Remind the customer to come back after this many days (e.g. a hair colour).")
        )
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, 720)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSpecialValueText(self.tr("Not set (30 min)"))
        plural_suffix(self.duration_spin, lambda n: self.tr(" min", "", n))
        self.duration_spin.setMaximumWidth(200)
        self.duration_spin.setToolTip(self.tr("How long an appointment for this service takes."))
        self.active_check = QCheckBox(self.tr("On sale"))
        self.active_check.setChecked(True)
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("Ca&tegory"), self.category_combo)
        self.form.addRow(self.tr("&Kind"), self.kind_combo)
        self.form.addRow(self.tr("&Price (¥)"), self.price_edit)
        self.form.addRow(self.tr("&Gift for"), self.gift_spin)
        self.form.addRow("", self.discount_check)
        self.form.addRow(self.tr("&Return visit after"), self.revisit_spin)
        self.form.addRow(self.tr("&Duration"), self.duration_spin)
        self.form.addRow("", self.active_check)
        self.fields = {
            "name": self.name_edit,
            "category": self.category_combo,
            "kind": self.kind_combo,
            "price": self.price_edit,
            "points_cost": self.gift_spin,
            "revisit_days": self.revisit_spin,
            "duration_min": self.duration_spin,
        }
        self.finish()
        if item is not None:
            self.name_edit.setText(item.name)
            self.category_combo.setCurrentText(item.category)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(item.kind)))
            self.price_edit.set_fen(item.price_fen)
            self.gift_spin.setValue(item.points_cost or 0)
            self.discount_check.setChecked(item.discountable)
            self.revisit_spin.setValue(item.revisit_days or 0)
            self.duration_spin.setValue(item.duration_min or 0)
            self.active_check.setChecked(item.active)

    @Slot()
    def submit(self) -> None:
        price = self.price_edit.fen()
        if price is None:
            self.fail(ValidationError("price", "required"))
            return
        draft = ItemDraft(
            name=self.name_edit.text(),
            price_fen=price,
            category=self.category_combo.currentText(),
            kind=str(self.kind_combo.currentData()),
            points_cost=self.gift_spin.value() or None,
            discountable=self.discount_check.isChecked(),
            revisit_days=self.revisit_spin.value() or None,
            active=self.active_check.isChecked(),
            item_id=None if self.item is None else self.item.item_id,
            duration_min=self.duration_spin.value() or None,
        )
        self.save_with(catalogue.save_item, draft)


class CatalogueTab(_ListTab):
    topic = "catalogue"

    def __init__(self, context: StoreContext) -> None:
        super().__init__(context, Permission.MANAGE_CATALOGUE)
        self.build(
            "",
            self.tr("Only the owner or a manager can change the catalogue and its prices."),
            [
                (self.tr("Name"), lambda i: i.name),
                (self.tr("Category"), lambda i: i.category),
                (self.tr("Kind"), lambda i: item_kind_name(i.kind)),
                (self.tr("Price"), lambda i: money(i.price_fen)),
                (self.tr("Gift for points"), lambda i: i.points_cost or ""),
                (self.tr("Discountable"), lambda i: yes_no(i.discountable)),
                (
                    self.tr("Return visit"),
                    lambda i: (
                        ""
                        if i.revisit_days is None
                        else self.tr("after %n day(s)", "", i.revisit_days)
                    ),
                ),
                (self.tr("Status"), lambda i: active_text(i.active)),
            ],
            (3, 4),
            self.tr("&Add item…"),
            self.tr("Add an item or a service (Ctrl+N)"),
            self.tr("Change the selected item (Enter or double-click)"),
        )
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("SearchBox")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or category (Ctrl+F)"))
        self.filter_edit.setMaximumWidth(420)
        self.count_label = subtitle_label("")
        self.count_label.setWordWrap(False)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        top.addStretch(1)
        self.column.insertLayout(0, top)
        self.setTabOrder(self.filter_edit, self.table)
        self.filter_edit.textChanged.connect(lambda _text: self.refresh())
        self.filter_edit.returnPressed.connect(self._filter_entered)
        self.reload()

    def load(self) -> list[ItemInfo]:
        return self.context.call(catalogue.list_items, include_inactive=True)

    def key(self, row: ItemInfo) -> int:
        return row.item_id

    def make_dialog(self, row: ItemInfo | None) -> ItemDialog:
        return ItemDialog(self.context, row, [i.category for i in self.rows], self)

    def shown(self, rows: list[ItemInfo]) -> list[ItemInfo]:
        words = self.filter_edit.text().casefold().split() if hasattr(self, "filter_edit") else []
        found = [i for i in rows if all(w in f"{i.name} {i.category}".casefold() for w in words)]
        if hasattr(self, "count_label"):
            self.count_label.setText(
                self.tr("%1 of %2 shown")
                .replace("%1", str(len(found)))
                .replace("%2", str(len(rows)))
                if words
                else self.tr("%n item(s)", "", len(rows))
            )
        return found

    @Slot()
    def _filter_entered(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
