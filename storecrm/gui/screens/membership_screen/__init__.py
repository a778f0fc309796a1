"""Membership: the tiers, the points and stored-value rules, the session and period card plans,
and the catalogue of items and services with their prices.

The owner sets the tiers and the rules; the owner or a manager keeps the catalogue and the card
plans. Everyone else sees the same tables read-only, with a note saying who can change them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRegularExpression, Qt, Slot
from PySide6.QtGui import QColor, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.membership import (
    MAX_AMOUNT_FEN,
    PERMILLE,
    CardKind,
    MembershipRules,
    PointsExpiry,
    Tier,
    TopUpBonus,
)
from storecrm.domain.roles import Permission
from storecrm.gui.bus import store_bus
from storecrm.gui.fit import scrolling
from storecrm.gui.format import money, parse_yuan, yuan_text
from storecrm.gui.look import icon, set_property
from storecrm.gui.models import Index, ListTableModel
from storecrm.gui.names import discount_text
from storecrm.gui.widgets import (
    DialogOwner,
    SavingForm,
    error_box,
    error_label,
    narrow,
    ok_cancel_buttons,
    plural_suffix,
    show_error,
    subtitle_label,
    title_label,
)
from storecrm.services import catalogue, membership
from storecrm.services.dto import CardPlanDraft, CardPlanInfo, ItemDraft, ItemInfo, TierInfo
from storecrm.services.session import StoreContext

T = TypeVar("T")

GREY = QColor("#9CA3AF")
DAYS_PER_MONTH = 30
DAYS_PER_YEAR = 365


# -- how membership figures read -----------------------------------------------------------------
def _plain(value: Decimal) -> str:
    """8.80 → "8.8", 9.0 → "9", 10 → "10" (never "1E+1")."""
    return format(value.normalize(), "f")


def multiplier_text(permille: int) -> str:
    """1500 → "×1.5" (points earned one and a half times)."""
    return "×" + _plain(Decimal(permille) / PERMILLE)


def yuan(fen: int) -> str:
    """Whole yuan without the fen (¥500), other amounts as money (¥88.50)."""
    return money(fen).removesuffix(".00")


def upgrade_text(spend_fen: int | None, top_up_fen: int | None) -> str:
    parts = []
    if spend_fen is not None:
        parts.append(
            QCoreApplication.translate("Membership", "cumulative spend ≥ %1").replace(
                "%1", yuan(spend_fen)
            )
        )
    if top_up_fen is not None:
        parts.append(
            QCoreApplication.translate("Membership", "single top-up ≥ %1").replace(
                "%1", yuan(top_up_fen)
            )
        )
    if not parts:
        return QCoreApplication.translate("Membership", "Set by hand only")
    return QCoreApplication.translate("Membership", " or ", "between two upgrade rules").join(parts)


def bonus_rule_text(bonus: TopUpBonus) -> str:
    """充 ¥500 送 ¥50."""
    return (
        QCoreApplication.translate("Membership", "Top up %1, get %2 free")
        .replace("%1", yuan(bonus.min_fen))
        .replace("%2", yuan(bonus.bonus_fen))
    )


class Membership(QObject):
    """Card validity in its plural forms ("1 month", "2 months"); lupdate reads plural forms
    only from tr() inside a class, whose name is their context."""

    def years(self, n: int) -> str:
        return self.tr("%n year(s)", "", n)

    def months(self, n: int) -> str:
        return self.tr("%n month(s)", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)


def validity_text(days: int | None) -> str:
    if days is None:
        return QCoreApplication.translate("Membership", "No expiry")
    words = Membership()
    if days % DAYS_PER_YEAR == 0:
        return words.years(days // DAYS_PER_YEAR)
    if days % DAYS_PER_MONTH == 0:
        return words.months(days // DAYS_PER_MONTH)
    return words.days(days)


def item_kind_name(kind: str) -> str:
    names = {
        "item": QCoreApplication.translate("Membership", "Product"),
        "service": QCoreApplication.translate("Membership", "Service"),
    }
    return names.get(kind, kind)


def card_kind_name(kind: str) -> str:
    names = {
        CardKind.COUNT.value: QCoreApplication.translate("Membership", "Session card"),
        CardKind.PERIOD.value: QCoreApplication.translate("Membership", "Period card"),
    }
    return names.get(kind, kind)


def active_text(active: bool) -> str:
    if active:
        return QCoreApplication.translate("Membership", "Active")
    return QCoreApplication.translate("Membership", "Inactive")


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Membership", "Yes")
    return QCoreApplication.translate("Membership", "No")


# -- shared pieces -------------------------------------------------------------------------------
class RecordModel(ListTableModel[T]):
    """A small, fully loaded list as a table: numbers right-aligned, inactive rows greyed."""

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[T], Any]]],
        parent: Any = None,
        *,
        numeric: Sequence[int] = (),
        greyed: Callable[[T], bool] | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._numeric = frozenset(numeric)
        self._greyed = greyed

    def rows(self) -> list[T]:
        return [self.row(i) for i in range(self.rowCount())]

    def texts(self, column: int) -> list[str]:
        """One column as shown (for tests and copying)."""
        return [str(self.index(r, column).data()) for r in range(self.rowCount())]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            if role == Qt.ItemDataRole.TextAlignmentRole:
                side = (
                    Qt.AlignmentFlag.AlignRight
                    if index.column() in self._numeric
                    else Qt.AlignmentFlag.AlignLeft
                )
                return side | Qt.AlignmentFlag.AlignVCenter
            if (
                role == Qt.ItemDataRole.ForegroundRole
                and self._greyed is not None
                and self._greyed(self.row(index.row()))
            ):
                return GREY
        return super().data(index, role)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and section in self._numeric
        ):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().headerData(section, orientation, role)


def record_table(model: ListTableModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(34)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def selected_row(view: QTableView, model: ListTableModel[T]) -> T | None:
    rows = view.selectionModel().selectedRows()
    return model.row(rows[0].row()) if rows else None


def select_where(view: QTableView, model: RecordModel[T], match: Callable[[T], bool]) -> None:
    for position, row in enumerate(model.rows()):
        if match(row):
            view.selectRow(position)
            view.scrollTo(model.index(position, 0))
            return


class MoneyEdit(QLineEdit):
    """Yuan typed as text (88 or 88.50) and read back as integer fen; never a float."""

    def __init__(self, placeholder: str = "") -> None:
        super().__init__()
        pattern = QRegularExpression(r"\d{0,8}(\.\d{0,2})?")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setPlaceholderText(placeholder or "0.00")
        self.setMaximumWidth(200)

    def fen(self) -> int | None:
        """The amount in fen, None when nothing is typed."""
        return parse_yuan(self.text())

    def set_fen(self, fen: int | None) -> None:
        if fen is None:
            self.clear()
            return
        self.setText(str(fen // 100) if fen % 100 == 0 else yuan_text(fen))  # 500, 19.90


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic (Alt+letter) goes to ``widget`` inside a row layout."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _buttons_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class _FormDialog(QDialog, SavingForm):
    """A small form with OK / Cancel and a red message under it; errors mark their field."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout(self)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.fields: dict[str, QWidget] = {}
        self.error = error_label()
        self._marked: QWidget | None = None

    def finish(self) -> None:
        """Add the message and the buttons under the fields (call after the fields)."""
        self.form.addRow(self.error)
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, self.submit, self.tr("&Save"), self.tr("Save (Ctrl+S)")
        )
        self.form.addRow(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.submit)

    def fail(self, exc: StoreCRMError) -> None:
        show_error(self.error, messages.error_text(exc))
        if self._marked is not None:
            set_property(self._marked, "error", False)
        widget = self.fields.get(exc.field) if isinstance(exc, ValidationError) else None
        self._marked = widget
        if widget is not None:
            set_property(widget, "error", True)
            widget.setFocus()

    @Slot()
    def submit(self) -> None:  # pragma: no cover - every dialog has its own
        raise NotImplementedError


class _ListTab(QWidget, DialogOwner):
    """A table of records with Add and Edit (a dialog each) for the users allowed to change
    them; everyone else sees the table and a note saying who can."""

    #: What the tab shows, for the store bus: a change of this reloads it, a save announces it.
    topic = ""
    #: Other changes that alter the rows (a sale changes a tier's member count).
    also_reload_on: tuple[str, ...] = ()

    def __init__(self, context: StoreContext, permission: Permission) -> None:
        super().__init__()
        self.context = context
        self.can_edit = context.actor.can(permission)
        self.dialog: _FormDialog | None = None
        self.rows: list[Any] = []

    def build(
        self,
        intro: str,
        note: str,
        columns: Sequence[tuple[str, Callable[[Any], Any]]],
        numeric: Sequence[int],
        add_text: str,
        add_tip: str,
        edit_tip: str,
    ) -> None:
        """Lay the tab out (the subclass calls this with its own, translated, texts)."""
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(16, 16, 16, 16)
        self.column.setSpacing(10)
        if intro:
            self.column.addWidget(subtitle_label(intro))
        self.model: RecordModel[Any] = RecordModel(
            columns, self, numeric=numeric, greyed=lambda r: not r.active
        )
        self.table = record_table(self.model)
        self.column.addWidget(self.table, 1)
        self.add_button = QPushButton(icon("add"), add_text)
        self.add_button.setToolTip(add_tip)
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.edit_button.setToolTip(edit_tip)
        self.button_row = _buttons_row(self.add_button, self.edit_button)
        self.column.addLayout(self.button_row)
        self.note = subtitle_label(note)
        self.column.addWidget(self.note)
        self.add_button.setVisible(self.can_edit)
        self.edit_button.setVisible(self.can_edit)
        self.note.setVisible(not self.can_edit)
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.table.activated.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        store_bus().changed.connect(self._store_changed)

    # -- what a tab defines ----------------------------------------------------------------------
    def load(self) -> list[Any]:
        raise NotImplementedError

    def make_dialog(self, row: Any | None) -> _FormDialog:
        raise NotImplementedError

    def key(self, row: Any) -> int:
        raise NotImplementedError

    def shown(self, rows: list[Any]) -> list[Any]:
        """The rows the table shows (a filter may hide some)."""
        return rows

    # -- behaviour -------------------------------------------------------------------------------
    @Slot(str)
    def _store_changed(self, what: str) -> None:
        if what == self.topic or what in self.also_reload_on:
            self.reload()

    def reload(self) -> None:
        try:
            self.rows = self.load()
        except StoreCRMError:
            return
        self.refresh()

    def refresh(self) -> None:
        """Show the loaded rows again (after a filter change), keeping the selection."""
        keep = self.selected()
        self.model.set_rows(self.shown(self.rows))
        if keep is not None:
            self.select(self.key(keep))
        self._selection_changed()

    def select(self, key: int) -> None:
        select_where(self.table, self.model, lambda r: self.key(r) == key)

    def selected(self) -> Any | None:
        return selected_row(self.table, self.model)

    @Slot()
    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def add(self) -> _FormDialog | None:
        """Open the dialog for a new record (window-modal; the table follows when it is saved)."""
        if not self.can_edit:
            return None
        return self._open(self.make_dialog(None))

    def edit(self) -> _FormDialog | None:
        row = self.selected()
        if not self.can_edit or row is None:
            return None
        return self._open(self.make_dialog(row))

    def saved(self, row: Any) -> None:
        store_bus().changed.emit(self.topic)  # this tab reloads too
        self.select(self.key(row))


# -- tiers ---------------------------------------------------------------------------------------
class TierDialog(_FormDialog):
    """Add or change a tier: name, rank, discount, points multiplier, the upgrade rules."""

    def __init__(
        self,
        context: StoreContext,
        tier: TierInfo | None = None,
        next_rank: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Add a tier") if tier is None else self.tr("Change tier"), parent)
        self.context = context
        self.tier = tier
        self.saved: TierInfo | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(32)
        self.name_edit.setPlaceholderText(self.tr("e.g. Gold member"))
        self.rank_spin = QSpinBox()
        self.rank_spin.setRange(0, 99)
        self.rank_spin.setMaximumWidth(120)
        self.rank_spin.setToolTip(
            self.tr("A higher rank is a better tier; members only move up by themselves.")
        )
        self.discount_spin = QDoubleSpinBox()
        self.discount_spin.setDecimals(1)
        self.discount_spin.setRange(1.0, 100.0)
        self.discount_spin.setSingleStep(0.5)
        self.discount_spin.setSuffix(" %")
        self.discount_spin.setMaximumWidth(140)
        self.discount_spin.setToolTip(
            self.tr("What members pay, as a share of the price: 88 % is 8.8折, 100 % no discount.")
        )
        self.discount_preview = QLabel()
        self.discount_preview.setObjectName("PageSubtitle")
        discount_row = QHBoxLayout()
        discount_row.addWidget(self.discount_spin)
        discount_row.addWidget(self.discount_preview)
        discount_row.addStretch(1)
        self.points_spin = QDoubleSpinBox()
        self.points_spin.setDecimals(2)
        self.points_spin.setRange(0.0, 10.0)
        self.points_spin.setSingleStep(0.5)
        self.points_spin.setPrefix("× ")
        self.points_spin.setMaximumWidth(140)
        self.points_spin.setToolTip(self.tr("Members of this tier earn points this many times."))
        self.spend_edit = MoneyEdit(self.tr("not used"))
        self.spend_edit.setToolTip(
            self.tr("A member reaches this tier once their spending adds up to this much.")
        )
        self.top_up_edit = MoneyEdit(self.tr("not used"))
        self.top_up_edit.setToolTip(
            self.tr("A member reaches this tier with one top-up of at least this much.")
        )
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("&Rank"), self.rank_spin)
        self.form.addRow(_buddy(self.tr("Members &pay"), self.discount_spin), discount_row)
        self.form.addRow(self.tr("P&oints earned"), self.points_spin)
        self.form.addRow(self.tr("Upgrade at spen&ding of (¥)"), self.spend_edit)
        self.form.addRow(self.tr("… or a single &top-up of (¥)"), self.top_up_edit)
        self.form.addRow(
            subtitle_label(
                self.tr("Leave both upgrade amounts empty for a tier that is only given by hand.")
            )
        )
        self.fields = {
            "name": self.name_edit,
            "rank": self.rank_spin,
            "discount": self.discount_spin,
            "points_multiplier": self.points_spin,
            "upgrade_spend": self.spend_edit,
            "upgrade_top_up": self.top_up_edit,
        }
        self.finish()
        self.discount_spin.valueChanged.connect(self._preview)
        if tier is None:
            self.rank_spin.setValue(next_rank)
            self.discount_spin.setValue(100.0)
            self.points_spin.setValue(1.0)
        else:
            self.name_edit.setText(tier.name)
            self.rank_spin.setValue(tier.rank)
            self.discount_spin.setValue(tier.discount_permille / 10)
            self.points_spin.setValue(tier.points_permille / PERMILLE)
            self.spend_edit.set_fen(tier.upgrade_spend_fen)
            self.top_up_edit.set_fen(tier.upgrade_top_up_fen)
        self._preview()

    def discount_permille(self) -> int:
        return round(Decimal(str(self.discount_spin.value())) * 10)

    def points_permille(self) -> int:
        return round(Decimal(str(self.points_spin.value())) * PERMILLE)

    @Slot()
    def _preview(self) -> None:
        self.discount_preview.setText(discount_text(self.discount_permille()))

    @Slot()
    def submit(self) -> None:
        tier = Tier(
            tier_id=0 if self.tier is None else self.tier.tier_id,
            name=self.name_edit.text(),
            rank=self.rank_spin.value(),
            discount_permille=self.discount_permille(),
            points_permille=self.points_permille(),
            upgrade_spend_fen=self.spend_edit.fen(),
            upgrade_top_up_fen=self.top_up_edit.fen(),
        )
        active = True if self.tier is None else self.tier.active
        self.save_with(membership.save_tier, tier, active=active)


class TiersTab(_ListTab):
    topic = "membership"
    also_reload_on = ("sales", "customers")

    def __init__(self, context: StoreContext) -> None:
        super().__init__(context, Permission.MANAGE_MEMBERSHIP)
        self.build(
            self.tr(
                "Members pay the tier's share of the price on discountable items and earn "
                "points at the tier's rate. They move up by themselves when a rule is met."
            ),
            self.tr("Only the owner can change the membership tiers."),
            [
                (self.tr("Tier"), lambda t: t.name),
                (self.tr("Rank"), lambda t: t.rank),
                (self.tr("Discount"), lambda t: discount_text(t.discount_permille)),
                (self.tr("Points rate"), lambda t: multiplier_text(t.points_permille)),
                (self.tr("Members"), lambda t: t.members),
                (self.tr("Status"), lambda t: active_text(t.active)),
                (
                    self.tr("Upgrade rule"),
                    lambda t: upgrade_text(t.upgrade_spend_fen, t.upgrade_top_up_fen),
                ),
            ],
            (1, 4),
            self.tr("&Add tier…"),
            self.tr("Add a membership tier (Ctrl+N)"),
            self.tr("Change the selected tier (Enter or double-click)"),
        )
        self.toggle_button = QPushButton(self.tr("&Deactivate"))
        self.toggle_button.setToolTip(
            self.tr("A deactivated tier is no longer reached by upgrades; its members keep it.")
        )
        self.toggle_button.setVisible(self.can_edit)
        self.button_row.insertWidget(2, self.toggle_button)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reload()

    def load(self) -> list[TierInfo]:
        return self.context.call(membership.list_tiers, include_inactive=True)

    def key(self, row: TierInfo) -> int:
        return row.tier_id

    def make_dialog(self, row: TierInfo | None) -> TierDialog:
        next_rank = max((t.rank for t in self.rows), default=0) + 1
        return TierDialog(self.context, row, next_rank, self)

    @Slot()
    def _selection_changed(self) -> None:
        super()._selection_changed()
        if not hasattr(self, "toggle_button"):
            return  # still building
        tier = self.selected()
        self.toggle_button.setEnabled(tier is not None)
        self.toggle_button.setText(
            self.tr("&Activate") if tier is not None and not tier.active else self.tr("&Deactivate")
        )

    @Slot()
    def toggle_active(self) -> None:
        t = self.selected()
        if t is None or not self.can_edit:
            return
        tier = Tier(
            t.tier_id,
            t.name,
            t.rank,
            t.discount_permille,
            t.points_permille,
            t.upgrade_spend_fen,
            t.upgrade_top_up_fen,
        )
        try:
            saved = self.context.call(membership.save_tier, tier, active=not t.active)
        except StoreCRMError as exc:
            error_box(self, exc)
            return
        self.saved(saved)


# -- points and stored value ---------------------------------------------------------------------
class RulesTab(QWidget):
    """Points per yuan, points for ¥1 off, expiry, top-up bonuses, the refund threshold."""

    def __init__(self, context: StoreContext) -> None:
        super().__init__()
        self.context = context
        self.can_edit = context.actor.can(Permission.MANAGE_MEMBERSHIP)
        self.rules = MembershipRules()
        form = QFormLayout(self)
        form.setContentsMargins(16, 16, 16, 16)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.earn_spin = QSpinBox()
        self.earn_spin.setRange(0, 1000)
        self.earn_spin.setSpecialValueText(self.tr("No points"))
        self.earn_spin.setMaximumWidth(200)
        self.earn_spin.setToolTip(
            self.tr("Points for every whole yuan paid, before the tier's multiplier.")
        )
        self.redeem_spin = QSpinBox()
        self.redeem_spin.setRange(0, 100_000)
        self.redeem_spin.setSpecialValueText(self.tr("No redemption"))
        self.redeem_spin.setMaximumWidth(200)
        self.redeem_spin.setToolTip(
            self.tr("How many points pay for ¥1 at the till; 0 turns paying with points off.")
        )
        self.expiry_combo = QComboBox()
        self.expiry_combo.addItem(self.tr("Never"), PointsExpiry.NEVER.value)
        self.expiry_combo.addItem(
            self.tr("At the end of the following year"), PointsExpiry.END_OF_NEXT_YEAR.value
        )
        self.expiry_combo.setMaximumWidth(360)
        self.expiry_combo.setToolTip(
            self.tr("积分年底清零: points earned in 2025 lapse after 31 December 2026.")
        )
        form.addRow(self.tr("Points &earned per ¥1 paid"), self.earn_spin)
        form.addRow(self.tr("Points &paid for ¥1 off"), self.redeem_spin)
        form.addRow(self.tr("Points e&xpire"), self.expiry_combo)

        self.bonus_model: RecordModel[TopUpBonus] = RecordModel(
            [
                (self.tr("Top-up of at least"), lambda b: yuan(b.min_fen)),
                (self.tr("Bonus"), lambda b: yuan(b.bonus_fen)),
                (self.tr("Rule"), bonus_rule_text),
            ],
            self,
            numeric=(0, 1),
        )
        self.bonus_table = record_table(self.bonus_model)
        self.bonus_table.setMinimumHeight(150)
        self.bonus_table.setMaximumHeight(190)
        self.bonus_min_edit = MoneyEdit("500")
        self.bonus_min_edit.setFixedWidth(84)
        self.bonus_min_edit.setToolTip(self.tr("The smallest top-up that earns the bonus, in ¥"))
        self.bonus_amount_edit = MoneyEdit("50")
        self.bonus_amount_edit.setFixedWidth(84)
        self.bonus_amount_edit.setToolTip(self.tr("The bonus value added to the balance, in ¥"))
        self.add_bonus_button = QPushButton(icon("add"), self.tr("A&dd rule"))
        self.add_bonus_button.setToolTip(self.tr("Add the rule (Enter); the same amount replaces"))
        self.remove_bonus_button = QPushButton(icon("delete"), self.tr("Re&move"))
        self.remove_bonus_button.setToolTip(self.tr("Remove the selected rule (Delete)"))
        # Remove under the table, the new rule on a line of its own: narrow enough for 1024 px.
        remover = QHBoxLayout()
        remover.addStretch(1)
        remover.addWidget(self.remove_bonus_button)
        adder = QHBoxLayout()
        adder.setSpacing(8)
        adder.addWidget(QLabel(self.tr("Top up ¥")))
        adder.addWidget(self.bonus_min_edit)
        adder.addWidget(QLabel(self.tr("get ¥")))
        adder.addWidget(self.bonus_amount_edit)
        adder.addWidget(QLabel(self.tr("free")))
        adder.addWidget(self.add_bonus_button)
        adder.addStretch(1)
        for button in (self.add_bonus_button, self.remove_bonus_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        bonuses = QVBoxLayout()
        bonuses.setSpacing(8)
        bonuses.addWidget(self.bonus_table)
        bonuses.addLayout(remover)
        bonuses.addLayout(adder)
        self.bonus_error = error_label()
        bonuses.addWidget(self.bonus_error)
        form.addRow(_buddy(self.tr("Top-up &bonuses"), self.bonus_min_edit), bonuses)

        self.approval_edit = MoneyEdit("200")
        self.approval_edit.setToolTip(
            self.tr(
                "A cashier's refund or stored-value withdrawal above this amount needs a "
                "manager's or the owner's password."
            )
        )
        form.addRow(self.tr("Refunds need approval &above (¥)"), self.approval_edit)
        self.error = error_label()
        form.addRow("", self.error)
        self.note = subtitle_label("")
        form.addRow("", self.note)
        self.save_button = QPushButton(self.tr("&Save rules"))
        self.save_button.setToolTip(self.tr("Save the rules (Ctrl+S)"))
        set_property(self.save_button, "primary", True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addRow("", save_row)

        self.save_button.clicked.connect(lambda: self.save())
        self.add_bonus_button.clicked.connect(lambda: self.add_bonus())
        self.remove_bonus_button.clicked.connect(self.remove_bonus)
        self.bonus_amount_edit.returnPressed.connect(lambda: self.add_bonus())
        self.bonus_min_edit.returnPressed.connect(self.bonus_amount_edit.setFocus)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.bonus_table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_bonus)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save())
        for widget in (
            self.earn_spin,
            self.redeem_spin,
            self.expiry_combo,
            self.bonus_min_edit,
            self.bonus_amount_edit,
            self.add_bonus_button,
            self.remove_bonus_button,
            self.approval_edit,
            self.save_button,
        ):
            widget.setEnabled(self.can_edit)
        if not self.can_edit:
            self.note.setText(
                self.tr("Only the owner can change the points and stored-value rules.")
            )
        self.reload()

    def reload(self) -> None:
        try:
            self.rules = self.context.call(membership.get_rules)
        except StoreCRMError:
            return
        r = self.rules
        self.earn_spin.setValue(r.points_per_yuan)
        self.redeem_spin.setValue(r.points_per_yuan_off)
        self.expiry_combo.setCurrentIndex(max(0, self.expiry_combo.findData(r.points_expiry.value)))
        self.bonus_model.set_rows(sorted(r.top_up_bonuses, key=lambda b: b.min_fen))
        self.approval_edit.set_fen(r.refund_approval_fen)

    def bonuses(self) -> tuple[TopUpBonus, ...]:
        return tuple(self.bonus_model.rows())

    def add_bonus(self) -> bool:
        """Add the rule typed below the list (a rule for the same amount is replaced)."""
        low, bonus = self.bonus_min_edit.fen(), self.bonus_amount_edit.fen()
        if not low:
            show_error(
                self.bonus_error, messages.error_text(ValidationError("top_up_bonuses", "required"))
            )
            self.bonus_min_edit.setFocus()
            return False
        if bonus is None or not 0 < bonus <= low * 10:
            show_error(
                self.bonus_error,
                messages.error_text(ValidationError("top_up_bonuses", "bonus_too_large")),
            )
            self.bonus_amount_edit.setFocus()
            return False
        show_error(self.bonus_error, "")
        rows = [b for b in self.bonuses() if b.min_fen != low] + [TopUpBonus(low, bonus)]
        self.bonus_model.set_rows(sorted(rows, key=lambda b: b.min_fen))
        select_where(self.bonus_table, self.bonus_model, lambda b: b.min_fen == low)
        self.bonus_min_edit.clear()
        self.bonus_amount_edit.clear()
        self.bonus_min_edit.setFocus()
        self.note.setText(self.tr("Not saved yet."))
        return True

    @Slot()
    def remove_bonus(self) -> None:
        chosen = selected_row(self.bonus_table, self.bonus_model)
        if chosen is None or not self.can_edit:
            return
        self.bonus_model.set_rows([b for b in self.bonuses() if b != chosen])
        self.note.setText(self.tr("Not saved yet."))

    def save(self) -> bool:
        if not self.can_edit:
            return False
        approval = self.approval_edit.fen()
        rules = replace(
            self.rules,
            points_per_yuan=self.earn_spin.value(),
            points_per_yuan_off=self.redeem_spin.value(),
            points_expiry=PointsExpiry(self.expiry_combo.currentData()),
            top_up_bonuses=self.bonuses(),
            refund_approval_fen=0 if approval is None else min(approval, MAX_AMOUNT_FEN),
        )
        try:
            self.rules = self.context.call(membership.set_rules, rules)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return False
        show_error(self.error, "")
        self.note.setText(self.tr("Saved. The till uses the new rules from the next sale."))
        store_bus().changed.emit("membership")
        return True


# -- card plans ----------------------------------------------------------------------------------
class CardPlanDialog(_FormDialog):
    """A session card (次卡: n sessions) or a period card (期限卡: unlimited until expiry)."""

    def __init__(
        self,
        context: StoreContext,
        plan: CardPlanInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Add a card plan") if plan is None else self.tr("Change card plan"), parent
        )
        self.context = context
        self.plan = plan
        self.saved: CardPlanInfo | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(64)
        self.name_edit.setPlaceholderText(self.tr("e.g. 10 washes card"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Session card (a number of visits)"), CardKind.COUNT.value)
        self.kind_combo.addItem(
            self.tr("Period card (unlimited until expiry)"), CardKind.PERIOD.value
        )
        self.sessions_spin = QSpinBox()
        self.sessions_spin.setRange(1, 1000)
        self.sessions_spin.setValue(10)
        plural_suffix(self.sessions_spin, lambda n: self.tr(" session(s)", "", n))
        self.sessions_spin.setMaximumWidth(180)
        self.price_edit = MoneyEdit()
        self.valid_spin = QSpinBox()
        self.valid_spin.setRange(0, 3660)
        self.valid_spin.setSpecialValueText(self.tr("No expiry"))
        self.valid_spin.setMaximumWidth(140)
        self.valid_spin.setToolTip(self.tr("How long the card can be used after it is bought."))
        self.unit_combo = QComboBox()
        for unit in (1, DAYS_PER_MONTH, DAYS_PER_YEAR):
            self.unit_combo.addItem("", unit)
        self.valid_spin.valueChanged.connect(self._name_units)
        self._name_units(self.valid_spin.value())
        valid_row = QHBoxLayout()
        valid_row.addWidget(self.valid_spin)
        valid_row.addWidget(self.unit_combo)
        valid_row.addStretch(1)
        self.item_combo = QComboBox()
        self.item_combo.addItem(self.tr("Any service"), None)
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
        self.form.addRow(self.tr("&Kind"), self.kind_combo)
        self.form.addRow(self.tr("Sess&ions"), self.sessions_spin)
        self.form.addRow(self.tr("&Price (¥)"), self.price_edit)
        self.form.addRow(_buddy(self.tr("&Valid for"), self.valid_spin), valid_row)
        self.form.addRow(self.tr("&Covers"), self.item_combo)
        self.form.addRow("", self.active_check)
        self.fields = {
            "name": self.name_edit,
            "kind": self.kind_combo,
            "sessions": self.sessions_spin,
            "price": self.price_edit,
            "valid_days": self.valid_spin,
            "item": self.item_combo,
            "item_id": self.item_combo,
        }
        self.finish()
        try:
            items = context.call(catalogue.list_items, include_inactive=True)
        except StoreCRMError:
            items = []
        for item in items:
            covered = plan is not None and plan.item_id == item.item_id
            if (item.kind == "service" and item.active) or covered:
                self.item_combo.addItem(item.name, item.item_id)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        if plan is not None:
            self.name_edit.setText(plan.name)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(plan.kind)))
            if plan.sessions is not None:
                self.sessions_spin.setValue(plan.sessions)
            self.price_edit.set_fen(plan.price_fen)
            self.set_valid_days(plan.valid_days)
            self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(plan.item_id)))
            self.active_check.setChecked(plan.active)
        self._kind_changed()

    @Slot(int)
    def _name_units(self, n: int) -> None:
        """The units read with the number before them: "1 day", "2 days"."""
        names = (
            self.tr("day(s)", "", n),
            self.tr("month(s) (30 days)", "", n),
            self.tr("year(s) (365 days)", "", n),
        )
        for index, name in enumerate(names):
            self.unit_combo.setItemText(index, name)

    def set_valid_days(self, days: int | None) -> None:
        if days is None:
            self.unit_combo.setCurrentIndex(0)
            self.valid_spin.setValue(0)
            return
        for unit in (DAYS_PER_YEAR, DAYS_PER_MONTH, 1):
            if days % unit == 0:
                self.unit_combo.setCurrentIndex(self.unit_combo.findData(unit))
                self.valid_spin.setValue(days // unit)
                return

    def valid_days(self) -> int | None:
        value = self.valid_spin.value()
        return value * int(self.unit_combo.currentData()) if value else None

    @Slot()
    def _kind_changed(self) -> None:
        count = self.kind_combo.currentData() == CardKind.COUNT.value
        self.form.setRowVisible(self.sessions_spin, count)
        self.valid_spin.setSpecialValueText(self.tr("No expiry") if count else self.tr("Choose"))
        self.adjustSize()

    @Slot()
    def submit(self) -> None:
        price = self.price_edit.fen()
        if price is None:
            self.fail(ValidationError("price", "required"))
            return
        count = self.kind_combo.currentData() == CardKind.COUNT.value
        draft = CardPlanDraft(
            name=self.name_edit.text(),
            kind=str(self.kind_combo.currentData()),
            price_fen=price,
            sessions=self.sessions_spin.value() if count else None,
            valid_days=self.valid_days(),
            item_id=self.item_combo.currentData(),
            active=self.active_check.isChecked(),
            plan_id=None if self.plan is None else self.plan.plan_id,
        )
        self.save_with(catalogue.save_card_plan, draft)


class CardPlansTab(_ListTab):
    topic = "catalogue"

    def __init__(self, context: StoreContext) -> None:
        super().__init__(context, Permission.MANAGE_CATALOGUE)
        self.build(
            self.tr(
                "Cards a member buys at the till: a session card holds a number of visits, "
                "a period card unlimited visits until it expires."
            ),
            self.tr("Only the owner or a manager can change card plans and their prices."),
            [
                (self.tr("Card"), lambda p: p.name),
                (self.tr("Kind"), lambda p: card_kind_name(p.kind)),
                (
                    self.tr("Sessions"),
                    lambda p: self.tr("Unlimited") if p.sessions is None else p.sessions,
                ),
                (self.tr("Price"), lambda p: money(p.price_fen)),
                (self.tr("Valid for"), lambda p: validity_text(p.valid_days)),
                (self.tr("Covers"), lambda p: p.item_name or self.tr("Any service")),
                (self.tr("Status"), lambda p: active_text(p.active)),
            ],
            (2, 3),
            self.tr("&Add card plan…"),
            self.tr("Add a session or period card (Ctrl+N)"),
            self.tr("Change the selected card plan (Enter or double-click)"),
        )
        self.reload()

    def load(self) -> list[CardPlanInfo]:
        return self.context.call(catalogue.list_card_plans, include_inactive=True)

    def key(self, row: CardPlanInfo) -> int:
        return row.plan_id

    def make_dialog(self, row: CardPlanInfo | None) -> CardPlanDialog:
        return CardPlanDialog(self.context, row, self)


# -- the catalogue -------------------------------------------------------------------------------
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


# -- the screen ----------------------------------------------------------------------------------
class MembershipScreen(QWidget):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(title_label(self.tr("Membership")))
        self.tabs = QTabWidget()
        self.tiers_tab = TiersTab(context)
        self.rules_tab = RulesTab(context)
        self.plans_tab = CardPlansTab(context)
        self.catalogue_tab = CatalogueTab(context)
        self.tabs.addTab(self.tiers_tab, self.tr("Tiers"))
        self.tabs.addTab(scrolling(narrow(self.rules_tab, 820)), self.tr("Points && stored value"))
        self.tabs.addTab(self.plans_tab, self.tr("Session cards"))
        self.tabs.addTab(self.catalogue_tab, self.tr("Items && services"))
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_current)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)

    @Slot()
    def add_current(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.tiers_tab:
            self.tiers_tab.add()
        elif page is self.plans_tab:
            self.plans_tab.add()
        elif page is self.catalogue_tab:
            self.catalogue_tab.add()

    @Slot()
    def focus_filter(self) -> None:
        self.tabs.setCurrentWidget(self.catalogue_tab)
        self.catalogue_tab.filter_edit.setFocus()
        self.catalogue_tab.filter_edit.selectAll()
