"""The tabs' shared pieces: dates, the due-date model, the dialog base with a customer field,
and the base of the two record tabs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain import clock
from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.roles import Permission
from storecrm.gui.look import icon, set_property
from storecrm.gui.screens.customer_picker import CustomerPickerDialog
from storecrm.gui.screens.membership_screen import (
    RecordModel,
    record_table,
    select_where,
    selected_row,
)
from storecrm.gui.widgets import (
    DialogOwner,
    SavingForm,
    error_label,
    ok_cancel_buttons,
    show_error,
    subtitle_label,
)
from storecrm.services import catalogue, customers
from storecrm.services.dto import StaffInfo
from storecrm.services.session import StoreContext

T = TypeVar("T")

OVERDUE = QColor("#B91C1C")
GREY = QColor("#9CA3AF")
#: What the message preview says about its made-up customer (besides the translated name).
SAMPLE_BALANCE_FEN = 128_00
SAMPLE_POINTS = 360
SAMPLE_SESSIONS = 3
SAMPLE_BIRTHDAY = Birthday(Calendar.SOLAR, 5, 20)
#: The placeholders the template editor offers as buttons (the service also knows English ones).
PLACEHOLDER_BUTTONS = (
    "{姓名}",
    "{余额}",
    "{积分}",
    "{剩余次数}",
    "{生日}",
    "{店名}",
    "{时间}",
    "{项目}",
    "{技师}",
)
#: The made-up appointment of the preview (tomorrow's appointments, no-show follow-up).
SAMPLE_APPOINTMENT_HOUR = 14
#: Topics of the store bus that change what these tabs show.
RELOAD_ON = ("customers", "reminders")


# -- shared pieces -------------------------------------------------------------------------------
def today() -> date:
    return clock.now().date()


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def stars(satisfaction: int | None) -> str:
    return "" if satisfaction is None else "★" * satisfaction


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def load_staff(context: StoreContext) -> list[StaffInfo]:
    try:
        return context.call(catalogue.list_staff)
    except StoreCRMError:
        return []


def fill_assignees(
    combo: QComboBox,
    staff: Sequence[StaffInfo],
    nobody: str,
    current_id: int | None,
    current_name: str = "",
) -> None:
    """Active staff, "nobody in particular", and the current assignee even when disabled."""
    combo.addItem(nobody, None)
    for person in staff:
        combo.addItem(person.display_name, person.user_id)
    if current_id is not None and combo.findData(current_id) < 0:
        combo.addItem(current_name or str(current_id), current_id)
    combo.setCurrentIndex(max(0, combo.findData(current_id)))


class DueModel(RecordModel[T]):
    """A list with a due date: the date is red once it has passed, closed rows are grey."""

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[T], Any]]],
        parent: Any,
        *,
        due_column: int,
        overdue: Callable[[T], bool],
        closed: Callable[[T], bool],
    ) -> None:
        super().__init__(columns, parent, greyed=closed)
        self._due_column = due_column
        self._overdue = overdue

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self._due_column
            and self._overdue(self.row(index.row()))
        ):
            return OVERDUE
        return super().data(index, role)


def tab_shortcut(
    parent: QWidget, key: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]
) -> None:
    """A key that works while the focus is anywhere in ``parent`` (one tab of several)."""
    shortcut = QShortcut(QKeySequence(key), parent)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)


def hint_label(text: str) -> QLabel:
    """A short grey line explaining the control above it."""
    return subtitle_label(text)


class FieldDialog(QDialog, SavingForm):
    """A form whose problems are shown in red right under the field they are about."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout(self)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.field_errors: dict[str, QLabel] = {}
        self.error = error_label()
        self._marked: QWidget | None = None

    def add_field(
        self, label: str, widget: QWidget, field: str = "", shown: QWidget | QLayout | None = None
    ) -> None:
        """A row with ``label`` (its &mnemonic goes to ``widget``) and a hidden error line."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        if isinstance(shown, QLayout):
            box.addLayout(shown)
        else:
            box.addWidget(shown or widget)
        if field:
            problem = error_label()
            box.addWidget(problem)
            self.fields[field] = widget
            self.field_errors[field] = problem
        self.form.addRow(caption, box)

    def finish(self) -> None:
        self.form.addRow(self.error)
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, self.submit, self.tr("&Save"), self.tr("Save (Ctrl+S)")
        )
        self.form.addRow(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.submit)

    def clear_errors(self) -> None:
        show_error(self.error, "")
        for label in self.field_errors.values():
            show_error(label, "")
        if self._marked is not None:
            set_property(self._marked, "error", False)
            self._marked = None

    def fail(self, exc: StoreCRMError) -> None:
        self.clear_errors()
        text = messages.error_text(exc)
        field = exc.field if isinstance(exc, ValidationError) else ""
        if field not in self.field_errors:
            show_error(self.error, text)
            return
        show_error(self.field_errors[field], text)
        widget = self.fields[field]
        self._marked = widget
        set_property(widget, "error", True)
        widget.setFocus()

    @Slot()
    def submit(self) -> None:  # pragma: no cover - every dialog has its own
        raise NotImplementedError


class CustomerField(QWidget):
    """The customer a task or record is about: fixed, or chosen with the customer picker."""

    def __init__(
        self, context: StoreContext, customer_id: int | None, customer_name: str, fixed: bool
    ) -> None:
        super().__init__()
        self.context = context
        self.customer_id = customer_id
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.name_label = QLabel()
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(icon("search"), self.tr("C&hoose…"))
        self.choose_button.setToolTip(self.tr("Find the customer by name, phone or card no."))
        self.choose_button.setVisible(not fixed)
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.name_label, 1)
        row.addWidget(self.choose_button)
        self.setFocusProxy(self.choose_button if not fixed else self.name_label)
        if customer_id is not None and not customer_name:
            try:
                customer_name = context.call(customers.get_customer, customer_id).name
            except StoreCRMError:
                customer_name = ""
        self.set_customer(customer_id, customer_name)

    def set_customer(self, customer_id: int | None, name: str) -> None:
        self.customer_id = customer_id
        self.name_label.setText(name if customer_id is not None else self.tr("Not chosen yet"))
        self.name_label.setObjectName("" if customer_id is not None else "PageSubtitle")
        self.name_label.style().unpolish(self.name_label)
        self.name_label.style().polish(self.name_label)

    @Slot()
    def choose(self) -> bool:
        picker = CustomerPickerDialog(
            self.context,
            self.tr("Choose a customer"),
            self.tr("Type the customer's name, pinyin, phone or card number."),
            parent=self,
        )
        if not picker.exec() or picker.chosen is None:
            return False
        self.set_customer(picker.chosen.customer_id, picker.chosen.name)
        return True


class RecordsTab(QWidget, DialogOwner):
    """What the follow-up and service record tabs share: a row of filters over the table, the
    buttons under it (or a note for a role that may only look), the selection kept across
    reloads, and the dialog that adds or changes a row. Each tab passes its own texts."""

    changed = Signal()

    def __init__(self, context: StoreContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.can_edit = context.actor.can(Permission.EDIT_CUSTOMERS)
        self.dialog: Any = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(16, 16, 16, 16)
        self.column.setSpacing(10)

    # -- layout ----------------------------------------------------------------------------------
    def add_filters(self, caption_text: str, filters: Sequence[QWidget]) -> None:
        """The filters in a row, captioned (its mnemonic goes to the first), with the count."""
        self.count_label = subtitle_label("")
        self.count_label.setWordWrap(False)
        caption = QLabel(caption_text)
        caption.setBuddy(filters[0])
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(caption)
        for widget in filters:
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.count_label)
        self.column.addLayout(top)

    def add_table(self, model: RecordModel[Any], object_name: str) -> None:
        self.table = record_table(model)
        self.table.setObjectName(object_name)
        self.column.addWidget(self.table, 1)

    def add_buttons(self, buttons: Sequence[QPushButton], note: str) -> None:
        """The buttons for those who may change the rows, the note for those who may not."""
        row = QHBoxLayout()
        row.setSpacing(8)
        for button in buttons:
            button.setVisible(self.can_edit)
            row.addWidget(button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.note = subtitle_label(note)
        self.note.setVisible(not self.can_edit)
        self.column.addWidget(self.note)

    # -- what a tab defines ----------------------------------------------------------------------
    model: RecordModel[Any]

    def load(self) -> list[Any]:
        raise NotImplementedError

    def key(self, row: Any) -> int:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    @Slot()
    def _selection_changed(self) -> None:
        raise NotImplementedError

    # -- behaviour -------------------------------------------------------------------------------
    @Slot(str)
    def _store_changed(self, what: str) -> None:
        if what in RELOAD_ON:
            self.reload()

    def reload(self) -> None:
        keep = self.selected()
        try:
            rows = self.load()
        except StoreCRMError:
            return
        self.model.set_rows(rows)
        self.count_label.setText(self.count_text(len(rows)))
        if keep is not None:
            self.select(self.key(keep))
        self._selection_changed()

    def select(self, key: int) -> None:
        select_where(self.table, self.model, lambda r: self.key(r) == key)

    def selected(self) -> Any | None:
        return selected_row(self.table, self.model)

    def saved(self, row: Any) -> None:
        """A dialog saved ``row``: show it, and tell the screen."""
        self.reload()
        self.select(self.key(row))
        self.changed.emit()
