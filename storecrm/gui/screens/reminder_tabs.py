"""The Reminders screen's other tabs: follow-up tasks (跟进任务), service records (服务记录),
message templates (消息模板) and the reminder settings (提醒设置).

Each tab is a plain widget over :mod:`storecrm.services.reminders` and says ``changed`` after
it wrote something, so the screen can refresh today's list. The two dialogs,
:class:`FollowupDialog` and :class:`ServiceRecordDialog`, also open from a customer's profile.

Ctrl+N, F4, Delete and Ctrl+S belong to the tab that has the focus (widget-with-children
shortcuts), so the four tabs never fight over a key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain import clock
from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.reminders import (
    KIND_ORDER,
    RULE_LIMITS,
    FollowupStatus,
    MessageFacts,
    ReminderRules,
    ServiceStatus,
    ServiceType,
    appointment_time_text,
    birthday_text,
    render_template,
    unknown_placeholders,
)
from storecrm.domain.roles import Permission
from storecrm.gui.bus import store_bus
from storecrm.gui.format import date_text, datetime_text, money, parse_yuan, yuan_text
from storecrm.gui.look import icon, set_property
from storecrm.gui.names import (
    followup_status_name,
    reminder_kind_name,
    service_status_name,
    service_type_name,
)
from storecrm.gui.screens.customer_picker import CustomerPickerDialog
from storecrm.gui.screens.membership_screen import (
    RecordModel,
    record_table,
    select_where,
    selected_row,
)
from storecrm.gui.widgets import (
    DialogOwner,
    FlowLayout,
    SavingForm,
    error_box,
    error_label,
    ok_cancel_buttons,
    plural_suffix,
    set_tab_order,
    show_error,
    subtitle_label,
)
from storecrm.services import catalogue, customers, reminders, settings
from storecrm.services.dto import StaffInfo
from storecrm.services.reminders import (
    FollowupInfo,
    ServiceRecordDraft,
    ServiceRecordInfo,
    TemplateInfo,
)
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


class _RecordsTab(QWidget, DialogOwner):
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


# -- follow-up tasks -----------------------------------------------------------------------------
class FollowupDialog(FieldDialog):
    """A new follow-up task (跟进任务): whom, what, by when, by whom."""

    def __init__(
        self,
        context: StoreContext,
        customer_id: int | None = None,
        customer_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New follow-up task"), parent)
        self.context = context
        self.saved: FollowupInfo | None = None
        self.customer_field = CustomerField(
            context, customer_id, customer_name, fixed=customer_id is not None
        )
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(120)
        self.title_edit.setPlaceholderText(self.tr("e.g. Ask how the new hair colour holds up"))
        self.due_edit = date_edit(today() + timedelta(days=1))
        self.due_edit.setToolTip(self.tr("The task is on the today list from this day on."))
        self.assignee_combo = QComboBox()
        fill_assignees(
            self.assignee_combo,
            load_staff(context),
            self.tr("Anyone"),
            context.actor.user_id,
        )
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Anything the person calling should know"))
        self.note_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.add_field(self.tr("Cust&omer"), self.customer_field, "customer")
        self.add_field(self.tr("&Task"), self.title_edit, "title")
        self.add_field(self.tr("&Due on"), self.due_edit, "due_on")
        self.add_field(self.tr("&Assigned to"), self.assignee_combo, "assignee")
        self.add_field(self.tr("&Note"), self.note_edit, "note")
        self.finish()
        if customer_id is None:
            self.customer_field.choose_button.setFocus()
        else:
            self.title_edit.setFocus()

    @Slot()
    def submit(self) -> None:
        customer_id = self.customer_field.customer_id
        if customer_id is None:
            self.fail(ValidationError("customer", "required"))
            return
        self.save_with(
            reminders.add_followup,
            customer_id,
            self.title_edit.text(),
            from_qdate(self.due_edit.date()),
            assignee_id=self.assignee_combo.currentData(),
            note=self.note_edit.toPlainText(),
        )


class FollowupsTab(_RecordsTab):
    """The follow-up tasks, open ones first by default; new, done and cancel."""

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Open"), FollowupStatus.OPEN.value)
        self.status_combo.addItem(self.tr("Done"), FollowupStatus.DONE.value)
        self.status_combo.addItem(self.tr("Cancelled"), FollowupStatus.CANCELLED.value)
        self.status_combo.addItem(self.tr("All"), None)
        self.status_combo.setToolTip(self.tr("Which tasks to show"))
        self.mine_check = QCheckBox(self.tr("&Mine only"))
        self.mine_check.setToolTip(self.tr("Only the tasks assigned to me"))
        self.add_filters(self.tr("Sho&w"), (self.status_combo, self.mine_check))

        self.model: DueModel[FollowupInfo] = DueModel(
            [
                (self.tr("Customer"), lambda f: f.customer_name),
                (self.tr("Phone"), lambda f: f.phone or ""),
                (self.tr("Task"), lambda f: f.title),
                (self.tr("Due"), lambda f: date_text(f.due_on)),
                (self.tr("Assigned to"), lambda f: f.assignee_name or self.tr("Anyone")),
                (self.tr("Status"), lambda f: followup_status_name(f.status)),
            ],
            self,
            due_column=3,
            overdue=lambda f: f.status == FollowupStatus.OPEN.value and f.due_on < today(),
            closed=lambda f: f.status != FollowupStatus.OPEN.value,
        )
        self.add_table(self.model, "FollowupTable")

        self.add_button = QPushButton(icon("add"), self.tr("&New follow-up…"))
        self.add_button.setToolTip(self.tr("Add a follow-up task (Ctrl+N)"))
        self.done_button = QPushButton(icon("check"), self.tr("&Done"))
        self.done_button.setToolTip(self.tr("Mark the selected task as done"))
        self.cancel_button = QPushButton(icon("close"), self.tr("&Cancel task"))
        self.cancel_button.setToolTip(self.tr("Cancel the selected task (it is no longer needed)"))
        self.add_buttons(
            (self.add_button, self.done_button, self.cancel_button),
            self.tr("Your role can see the tasks but not change them."),
        )

        set_tab_order(
            self.status_combo,
            self.mine_check,
            self.table,
            self.add_button,
            self.done_button,
            self.cancel_button,
        )

        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.mine_check.toggled.connect(lambda _on: self.reload())
        self.add_button.clicked.connect(lambda: self.add())
        self.done_button.clicked.connect(lambda: self.close_selected(FollowupStatus.DONE))
        self.cancel_button.clicked.connect(lambda: self.close_selected(FollowupStatus.CANCELLED))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        tab_shortcut(self, "Ctrl+N", lambda: self.add())
        store_bus().changed.connect(self._store_changed)
        self.reload()

    def load(self) -> list[FollowupInfo]:
        status = self.status_combo.currentData()
        rows = self.context.call(
            reminders.list_followups,
            status=None if status is None else FollowupStatus(status),
            assignee_id=self.context.actor.user_id if self.mine_check.isChecked() else None,
        )
        # Soonest first; finished tasks after the open ones when all are shown.
        rows.sort(key=lambda f: (f.status != FollowupStatus.OPEN.value, f.due_on, f.followup_id))
        return rows

    def key(self, row: FollowupInfo) -> int:
        return row.followup_id

    def count_text(self, count: int) -> str:
        return self.tr("%n task(s)", "", count)

    @Slot()
    def _selection_changed(self) -> None:
        task = self.selected()
        can_close = task is not None and task.status == FollowupStatus.OPEN.value
        self.done_button.setEnabled(can_close)
        self.cancel_button.setEnabled(can_close)

    def add(self, customer_id: int | None = None, customer_name: str = "") -> FollowupDialog | None:
        """Open the dialog for a new task (window-modal; the list follows when it is saved)."""
        if not self.can_edit:
            return None
        return self._open(FollowupDialog(self.context, customer_id, customer_name, self))

    def close_selected(self, status: FollowupStatus) -> bool:
        """Done or cancelled (cancelling asks first)."""
        task = self.selected()
        if task is None or not self.can_edit or task.status != FollowupStatus.OPEN.value:
            return False
        if status is FollowupStatus.CANCELLED:
            answer = QMessageBox.question(
                self,
                self.tr("Cancel task"),
                self.tr("Cancel the task “%1” for %2?")
                .replace("%1", task.title)
                .replace("%2", task.customer_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.context.call(reminders.close_followup, task.followup_id, status)
        except StoreCRMError as exc:
            error_box(self, exc)
            return False
        self.reload()
        self.changed.emit()
        return True


# -- service records -----------------------------------------------------------------------------
class ServiceRecordDialog(FieldDialog):
    """A service request, complaint or feedback (服务记录), new or changed."""

    def __init__(
        self,
        context: StoreContext,
        record: ServiceRecordInfo | None = None,
        customer_id: int | None = None,
        customer_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("New service record") if record is None else self.tr("Service record"),
            parent,
        )
        self.setMinimumWidth(560)
        self.context = context
        self.record = record
        self.saved: ServiceRecordInfo | None = None
        if record is not None:
            customer_id, customer_name = record.customer_id, record.customer_name
        self.customer_field = CustomerField(
            context, customer_id, customer_name, fixed=customer_id is not None
        )
        self.type_combo = QComboBox()
        for service_type in ServiceType:
            self.type_combo.addItem(service_type_name(service_type.value), service_type.value)
        self.subject_edit = QLineEdit()
        self.subject_edit.setMaxLength(120)
        self.subject_edit.setPlaceholderText(self.tr("e.g. Colour faded after a week"))
        self.detail_edit = self._text_edit(self.tr("What the customer said or asked for"))
        self.status_combo = QComboBox()
        for status in ServiceStatus:
            self.status_combo.addItem(service_status_name(status.value), status.value)
        self.assignee_combo = QComboBox()
        fill_assignees(
            self.assignee_combo,
            load_staff(context),
            self.tr("Nobody yet"),
            context.actor.user_id if record is None else record.assignee_id,
            "" if record is None else record.assignee_name,
        )
        self.due_check = QCheckBox(self.tr("Has a due &date"))
        self.due_edit = date_edit(today() + timedelta(days=3))
        self.due_edit.setToolTip(self.tr("Not resolved by this day, it is on the today list."))
        due_row = QHBoxLayout()
        due_row.setSpacing(10)
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        self.resolution_edit = self._text_edit(self.tr("How it was resolved"))
        self.satisfaction_combo = QComboBox()
        self.satisfaction_combo.addItem(self.tr("Not rated"), None)
        for n in range(1, 6):
            self.satisfaction_combo.addItem("★" * n + "☆" * (5 - n), n)
        self.satisfaction_combo.setToolTip(self.tr("How satisfied the customer was, 1 to 5"))

        self.add_field(self.tr("Cust&omer"), self.customer_field, "customer")
        self.add_field(self.tr("&Type"), self.type_combo, "type")
        self.add_field(self.tr("Su&bject"), self.subject_edit, "subject")
        self.add_field(self.tr("Deta&il"), self.detail_edit, "detail")
        self.add_field(self.tr("Stat&us"), self.status_combo, "status")
        self.add_field(self.tr("&Assigned to"), self.assignee_combo, "assignee")
        self.add_field(self.tr("Due"), self.due_check, "due_on", due_row)
        self.add_field(self.tr("&Resolution"), self.resolution_edit, "resolution")
        self.add_field(self.tr("Satis&faction"), self.satisfaction_combo, "satisfaction")
        self.finish()
        self.setTabOrder(self.due_check, self.due_edit)
        self.due_check.toggled.connect(self.due_edit.setEnabled)

        if record is not None:
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(record.type)))
            self.subject_edit.setText(record.subject)
            self.detail_edit.setPlainText(record.detail)
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(record.status)))
            if record.due_on is not None:
                self.due_edit.setDate(to_qdate(record.due_on))
            self.resolution_edit.setPlainText(record.resolution)
            self.satisfaction_combo.setCurrentIndex(
                max(0, self.satisfaction_combo.findData(record.satisfaction))
            )
        self.due_check.setChecked(record is not None and record.due_on is not None)
        self.due_edit.setEnabled(self.due_check.isChecked())
        if customer_id is None:
            self.customer_field.choose_button.setFocus()
        elif record is None:
            self.subject_edit.setFocus()
        else:
            self.status_combo.setFocus()

    def _text_edit(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        return edit

    def draft(self, customer_id: int) -> ServiceRecordDraft:
        return ServiceRecordDraft(
            customer_id=customer_id,
            type=ServiceType(self.type_combo.currentData()),
            subject=self.subject_edit.text(),
            detail=self.detail_edit.toPlainText(),
            status=ServiceStatus(self.status_combo.currentData()),
            assignee_id=self.assignee_combo.currentData(),
            due_on=from_qdate(self.due_edit.date()) if self.due_check.isChecked() else None,
            resolution=self.resolution_edit.toPlainText(),
            satisfaction=self.satisfaction_combo.currentData(),
        )

    @Slot()
    def submit(self) -> None:
        customer_id = self.customer_field.customer_id
        if customer_id is None:
            self.fail(ValidationError("customer", "required"))
            return
        draft = self.draft(customer_id)
        if self.record is None:
            self.save_with(reminders.add_service_record, draft)
        else:
            self.save_with(reminders.update_service_record, self.record.record_id, draft)


class ServiceRecordsTab(_RecordsTab):
    """Requests, complaints and feedback: the unresolved ones by default."""

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.open_combo = QComboBox()
        self.open_combo.addItem(self.tr("Not resolved"), True)
        self.open_combo.addItem(self.tr("All"), False)
        self.open_combo.setToolTip(self.tr("Which records to show"))
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("All types"), None)
        for service_type in ServiceType:
            self.type_combo.addItem(service_type_name(service_type.value), service_type.value)
        self.type_combo.setToolTip(self.tr("Only records of this type"))
        self.add_filters(self.tr("Sho&w"), (self.open_combo, self.type_combo))

        self.model: DueModel[ServiceRecordInfo] = DueModel(
            [
                (self.tr("Type"), lambda r: service_type_name(r.type)),
                (self.tr("Subject"), lambda r: r.subject),
                (self.tr("Customer"), lambda r: r.customer_name),
                (self.tr("Status"), lambda r: service_status_name(r.status)),
                (self.tr("Assigned to"), lambda r: r.assignee_name),
                (self.tr("Due"), lambda r: date_text(r.due_on)),
                (self.tr("Satisfaction"), lambda r: stars(r.satisfaction)),
                (self.tr("Created"), lambda r: datetime_text(r.created_at)),
            ],
            self,
            due_column=5,
            overdue=lambda r: r.overdue(today()),
            closed=lambda r: r.status == ServiceStatus.RESOLVED.value,
        )
        self.add_table(self.model, "ServiceRecordTable")

        self.add_button = QPushButton(icon("add"), self.tr("&New record…"))
        self.add_button.setToolTip(self.tr("Add a service request, complaint or feedback (Ctrl+N)"))
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Change the selected record (Enter or F4)"))
        self.add_buttons(
            (self.add_button, self.edit_button),
            self.tr("Your role can see the records but not change them."),
        )

        set_tab_order(
            self.open_combo, self.type_combo, self.table, self.add_button, self.edit_button
        )

        self.open_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.type_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.table.activated.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        tab_shortcut(self, "Ctrl+N", lambda: self.add())
        tab_shortcut(self, "F4", lambda: self.edit())
        store_bus().changed.connect(self._store_changed)
        self.reload()

    def load(self) -> list[ServiceRecordInfo]:
        kind = self.type_combo.currentData()
        return self.context.call(
            reminders.list_service_records,
            open_only=bool(self.open_combo.currentData()),
            type_=None if kind is None else ServiceType(kind),
        )

    def key(self, row: ServiceRecordInfo) -> int:
        return row.record_id

    def count_text(self, count: int) -> str:
        return self.tr("%n record(s)", "", count)

    @Slot()
    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def add(
        self, customer_id: int | None = None, customer_name: str = ""
    ) -> ServiceRecordDialog | None:
        if not self.can_edit:
            return None
        return self._open(
            ServiceRecordDialog(
                self.context, customer_id=customer_id, customer_name=customer_name, parent=self
            )
        )

    def edit(self) -> ServiceRecordDialog | None:
        record = self.selected()
        if record is None or not self.can_edit:
            return None
        return self._open(ServiceRecordDialog(self.context, record, parent=self))


# -- message templates ---------------------------------------------------------------------------
class TemplatesTab(QWidget):
    """The messages staff copy to WeChat or SMS, with a live preview on a made-up customer."""

    changed = Signal()

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.can_edit = context.actor.can(Permission.MANAGE_REMINDERS)
        self.template_id: int | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 16, 16, 16)
        row.setSpacing(16)

        # the list
        self.model: RecordModel[TemplateInfo] = RecordModel(
            [
                (self.tr("Template"), lambda t: t.name),
                (self.tr("For"), lambda t: self.kind_text(t.kind)),
            ],
            self,
        )
        self.table = record_table(self.model)
        self.table.setObjectName("TemplateTable")
        self.new_button = QPushButton(icon("add"), self.tr("&New"))
        self.new_button.setToolTip(self.tr("Start a new template (Ctrl+N)"))
        self.delete_button = QPushButton(icon("delete"), self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete the selected template (Delete)"))
        set_property(self.delete_button, "danger", True)
        list_buttons = QHBoxLayout()
        list_buttons.setSpacing(8)
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.table, 1)
        left.addLayout(list_buttons)
        row.addLayout(left, 1)

        # the editor
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(48)
        self.name_edit.setPlaceholderText(self.tr("e.g. Birthday wishes"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Any reminder"), None)
        for kind in KIND_ORDER:
            self.kind_combo.addItem(reminder_kind_name(kind.value), kind.value)
        self.kind_combo.setToolTip(self.tr("The reminders this message is offered for"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        self.body_edit.setPlaceholderText(self.tr("Hello {姓名}, …"))
        self.placeholder_buttons: list[QPushButton] = []
        tips = (
            self.tr("Insert the customer's name"),
            self.tr("Insert the stored-value balance"),
            self.tr("Insert the points"),
            self.tr("Insert the sessions left on their cards"),
            self.tr("Insert the birthday"),
            self.tr("Insert the store's name"),
            self.tr("Insert the appointment's day and time"),
            self.tr("Insert the appointment's services"),
            self.tr("Insert the staff member booked"),
        )
        placeholders = QWidget()
        flow = FlowLayout(placeholders, spacing=6)  # wraps on a narrow window, never clips
        for text, tip in zip(PLACEHOLDER_BUTTONS, tips, strict=True):
            button = QPushButton(text)  # the placeholder itself: typed exactly like this
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, t=text: self.insert_placeholder(t))
            flow.addWidget(button)
            self.placeholder_buttons.append(button)
        self.body_error = error_label()
        self.name_error = error_label()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        preview_card = QFrame()
        preview_card.setObjectName("Card")
        card_layout = QVBoxLayout(preview_card)
        card_layout.setContentsMargins(14, 12, 14, 12)
        card_layout.addWidget(self.preview)
        self.save_button = QPushButton(self.tr("&Save template"))
        self.save_button.setToolTip(self.tr("Save the template (Ctrl+S)"))
        set_property(self.save_button, "primary", True)
        self.error = error_label()
        self.note = subtitle_label("")

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        name_box = QVBoxLayout()
        name_box.setSpacing(4)
        name_box.addWidget(self.name_edit)
        name_box.addWidget(self.name_error)
        name_caption = QLabel(self.tr("N&ame"))
        name_caption.setBuddy(self.name_edit)
        kind_caption = QLabel(self.tr("F&or"))
        kind_caption.setBuddy(self.kind_combo)
        body_caption = QLabel(self.tr("&Message"))
        body_caption.setBuddy(self.body_edit)
        body_box = QVBoxLayout()
        body_box.setSpacing(6)
        body_box.addWidget(self.body_edit)
        body_box.addWidget(placeholders)
        body_box.addWidget(self.body_error)
        form.addRow(name_caption, name_box)
        form.addRow(kind_caption, self.kind_combo)
        form.addRow(body_caption, body_box)
        form.addRow(QLabel(self.tr("Preview")), preview_card)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addRow("", self.error)
        form.addRow("", save_row)
        form.addRow("", self.note)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addStretch(1)
        row.addLayout(editor, 2)

        self.setTabOrder(self.table, self.new_button)
        self.setTabOrder(self.new_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.name_edit)
        self.setTabOrder(self.name_edit, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.body_edit)
        previous: QWidget = self.body_edit
        for button in self.placeholder_buttons:
            self.setTabOrder(previous, button)
            previous = button
        self.setTabOrder(previous, self.save_button)

        self.facts = self.sample_facts()
        self.body_edit.textChanged.connect(self.update_preview)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(lambda: self.new())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.save_button.clicked.connect(lambda: self.save())
        tab_shortcut(self, "Ctrl+N", lambda: self.new())
        tab_shortcut(self, QKeySequence.StandardKey.Save, lambda: self.save())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self.delete())

        for widget in (self.new_button, self.delete_button, self.save_button):
            widget.setVisible(self.can_edit)
        for button in self.placeholder_buttons:
            button.setEnabled(self.can_edit)
        self.name_edit.setReadOnly(not self.can_edit)
        self.body_edit.setReadOnly(not self.can_edit)
        self.kind_combo.setEnabled(self.can_edit)
        if not self.can_edit:
            self.note.setText(
                self.tr("Only the owner or a manager can change the message templates.")
            )
        self.reload()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.new()

    def kind_text(self, kind: str | None) -> str:
        return self.tr("Any reminder") if kind is None else reminder_kind_name(kind)

    def sample_facts(self) -> MessageFacts:
        try:
            store = self.context.call(settings.get_settings).store_name
        except StoreCRMError:
            store = ""
        return MessageFacts(
            name=self.tr("Ms Zhang", "the made-up customer of the message preview"),
            balance=money(SAMPLE_BALANCE_FEN),
            points=str(SAMPLE_POINTS),
            sessions=str(SAMPLE_SESSIONS),
            birthday=birthday_text(SAMPLE_BIRTHDAY),
            store=store or self.tr("Our store"),
            time=appointment_time_text(
                datetime.combine(today() + timedelta(days=1), time(SAMPLE_APPOINTMENT_HOUR, 30))
            ),
            items=self.tr("Haircut", "the made-up service of the message preview"),
            staff=self.tr("Tony", "the made-up staff member of the message preview"),
        )

    def reload(self) -> None:
        try:
            rows = self.context.call(reminders.list_templates)
        except StoreCRMError:
            return
        self.model.set_rows(rows)

    def select(self, template_id: int) -> None:
        select_where(self.table, self.model, lambda t: t.template_id == template_id)

    def selected(self) -> TemplateInfo | None:
        return selected_row(self.table, self.model)

    @Slot()
    def _selection_changed(self) -> None:
        template = self.selected()
        self.delete_button.setEnabled(template is not None)
        if template is not None:
            self.show_template(template)

    def show_template(self, template: TemplateInfo | None) -> None:
        self.template_id = None if template is None else template.template_id
        self.name_edit.setText("" if template is None else template.name)
        self.kind_combo.setCurrentIndex(
            max(0, self.kind_combo.findData(None if template is None else template.kind))
        )
        self.body_edit.setPlainText("" if template is None else template.body)
        self.clear_errors()
        self.update_preview()

    def clear_errors(self) -> None:
        for label in (self.error, self.name_error, self.body_error):
            show_error(label, "")
        for widget in (self.name_edit, self.body_edit):
            set_property(widget, "error", False)

    @Slot()
    def update_preview(self) -> None:
        body = self.body_edit.toPlainText()
        self.preview.setText(render_template(body, self.facts) if body.strip() else "")
        unknown = unknown_placeholders(body)
        if unknown:  # said while typing, before the service refuses it
            problem = ValidationError("body", "unknown_placeholder", names=", ".join(unknown))
            show_error(self.body_error, messages.error_text(problem))
        elif self.body_error.text():
            show_error(self.body_error, "")
            set_property(self.body_edit, "error", False)

    def insert_placeholder(self, text: str) -> None:
        if not self.can_edit:
            return
        self.body_edit.insertPlainText(text)
        self.body_edit.setFocus()

    def new(self) -> None:
        if not self.can_edit:
            return
        self.table.clearSelection()
        self.show_template(None)
        self.note.setText(self.tr("A new template: give it a name and a message, then save."))
        self.name_edit.setFocus()

    def save(self) -> bool:
        if not self.can_edit:
            return False
        self.clear_errors()
        try:
            saved = self.context.call(
                reminders.save_template,
                self.template_id,
                self.name_edit.text(),
                self.kind_combo.currentData(),
                self.body_edit.toPlainText(),
            )
        except StoreCRMError as exc:
            self.fail(exc)
            return False
        self.reload()
        self.select(saved.template_id)
        self.note.setText(self.tr("Saved."))
        self.changed.emit()
        return True

    def fail(self, exc: StoreCRMError) -> None:
        """The problem under the field it is about (name or message), else under the editor."""
        field = exc.field if isinstance(exc, ValidationError) else ""
        places = {
            "name": (self.name_error, self.name_edit),
            "body": (self.body_error, self.body_edit),
        }
        label, widget = places.get(field, (self.error, None))
        show_error(label, messages.error_text(exc))
        if widget is not None:
            set_property(widget, "error", True)
            widget.setFocus()

    def delete(self) -> bool:
        template = self.selected()
        if template is None or not self.can_edit:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template “%1”? This cannot be undone.").replace(
                "%1", template.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.context.call(reminders.delete_template, template.template_id)
        except StoreCRMError as exc:
            error_box(self, exc)
            return False
        self.reload()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.show_template(None)
        self.note.setText(self.tr("Deleted."))
        self.changed.emit()
        return True


# -- reminder settings ---------------------------------------------------------------------------
class YuanSpinBox(QSpinBox):
    """Money in a spin box: the value is integer fen, the text yuan (50.00); never a float."""

    def __init__(self) -> None:
        super().__init__()
        self.setPrefix("¥ ")
        self.setSingleStep(10_00)

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt API
        return yuan_text(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt API
        fen = parse_yuan(text.removeprefix(self.prefix()))
        return self.value() if fen is None else fen

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = text.removeprefix(self.prefix()).strip()
        fen = parse_yuan(typed)
        if not typed or typed.endswith("."):
            state = QValidator.State.Intermediate
        elif fen is None:
            state = QValidator.State.Invalid
        elif self.minimum() <= fen <= self.maximum():
            state = QValidator.State.Acceptable
        else:
            state = QValidator.State.Intermediate
        return state, text, pos


class ReminderSettingsTab(QWidget):
    """Which reminders the store wants and their numbers (ReminderRules), in two columns."""

    changed = Signal()

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.can_edit = context.actor.can(Permission.MANAGE_REMINDERS)
        self.rules = ReminderRules()
        self.spins: dict[str, QSpinBox] = {}
        self.switches: dict[str, QGroupBox | QCheckBox] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 16, 16, 16)
        column.setSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        column.addLayout(columns)

        def days(n: int) -> str:
            return self.tr(" day(s)", "", n)

        def visits(n: int) -> str:
            return self.tr(" visit(s)", "", n)

        def sessions(n: int) -> str:
            return self.tr(" session(s)", "", n)

        birthday = self._group("birthday", self.tr("Birthdays"))
        self._number(birthday, "birthday_days_ahead", self.tr("Remind &ahead"), days)
        self._hint(birthday, self.tr("From this many days before the birthday, solar or lunar."))

        returns = self._group("return_visit", self.tr("Return visits due"))
        self._check(returns, "return_by_average", self.tr("By the customer's own &rhythm"))
        self._number(returns, "return_min_visits", self.tr("With at least"), visits)
        self._hint(
            returns,
            self.tr("Their average interval between visits, once they have come this often."),
        )
        self._check(returns, "return_by_item", self.tr("By the items' return &cycle"))
        self._hint(
            returns,
            self.tr("Items with a return cycle (a hair colour every 45 days) bought last time."),
        )
        self._number(returns, "return_days_ahead", self.tr("Remind ahead"), days)
        self._number(returns, "return_overdue_days", self.tr("Keep showing after"), days)

        dormant = self._group("dormant", self.tr("Dormant customers (流失预警)"))
        self._number(dormant, "dormant_days", self.tr("No &visit for"), days)
        self._number(dormant, "dormant_window_days", self.tr("Shown for"), days)
        self._hint(
            dormant,
            self.tr("Customers gone longer are in the customer list's “At risk” category."),
        )

        expiring = self._group("card_expiring", self.tr("Cards expiring"))
        self._number(expiring, "card_expiring_days", self.tr("&Expires within"), days)
        self._hint(expiring, self.tr("Active cards that still have sessions, and period cards."))

        low = self._group("card_low", self.tr("Session cards nearly used up"))
        self._number(low, "card_low_sessions", self.tr("At most"), sessions)
        self._hint(low, self.tr("Session cards with this many sessions left or fewer."))

        balance = self._group("balance_low", self.tr("Stored value low"))
        self.balance_spin = YuanSpinBox()
        low_fen, high_fen = RULE_LIMITS["balance_low_fen"]
        self.balance_spin.setRange(low_fen, high_fen)
        self._number(
            balance, "balance_low_fen", self.tr("&Balance below"), lambda _n: "", self.balance_spin
        )
        self._hint(
            balance,
            self.tr("Balances above ¥0 and below this; reminded again after each visit."),
        )

        anniversary = self._group("anniversary", self.tr("Membership anniversaries"))
        self._number(anniversary, "anniversary_days_ahead", self.tr("Remind ahead"), days)
        self._hint(anniversary, self.tr("The day the customer joined, every year."))

        booked = self._group("appointment", self.tr("Tomorrow's appointments"))
        self._hint(
            booked,
            self.tr("Customers booked for tomorrow, to remind them of their appointment."),
        )
        no_show = self._group("no_show", self.tr("No-show follow-up"))
        self._number(no_show, "no_show_days", self.tr("No-shows of the &last"), days)
        self._hint(no_show, self.tr("Customers who did not come to their appointment."))

        tasks = QGroupBox(self.tr("Tasks and service records"))
        self._new_form(tasks)
        self._check(tasks, "followup", self.tr("Follow-up &tasks on their due day"))
        self._check(tasks, "service", self.tr("Service records not resolved by their due da&y"))
        self._check(
            tasks, "lifecycle_coupon", self.tr("Lifecycle coupons issued, to tell the customer")
        )
        self._number(tasks, "effect_days", self.tr("Brought back &within"), days)
        self._hint(
            tasks,
            self.tr(
                "A contacted customer who buys within this many days counts as brought back "
                "in the reports."
            ),
        )

        # Two columns of about the same height: when a customer is due left, cards right.
        left_boxes = (birthday, returns, anniversary, balance, booked)
        right_boxes = (dormant, expiring, low, tasks, no_show)
        for boxes_of_column in (left_boxes, right_boxes):
            stack = QVBoxLayout()
            stack.setSpacing(12)
            for box in boxes_of_column:
                stack.addWidget(box)
            stack.addStretch(1)
            columns.addLayout(stack, 1)
        boxes = left_boxes + right_boxes

        self.error = error_label()
        column.addWidget(self.error)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setToolTip(self.tr("Save the reminder settings (Ctrl+S)"))
        set_property(self.save_button, "primary", True)
        self.reset_button = QPushButton(icon("refresh"), self.tr("Reset to &defaults"))
        self.reset_button.setToolTip(self.tr("Fill in the settings StoreCRM starts with"))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.note = subtitle_label("")
        column.addWidget(self.note)
        column.addStretch(1)

        self.save_button.clicked.connect(lambda: self.save())
        self.reset_button.clicked.connect(self.reset)
        tab_shortcut(self, QKeySequence.StandardKey.Save, lambda: self.save())
        for box in boxes:
            box.setEnabled(self.can_edit)
        self.save_button.setVisible(self.can_edit)
        self.reset_button.setVisible(self.can_edit)
        if not self.can_edit:
            self.note.setText(
                self.tr("Only the owner or a manager can change the reminder settings.")
            )
        self.reload()

    # -- building ---------------------------------------------------------------------------------
    def _group(self, name: str, title: str) -> QGroupBox:
        box = QGroupBox(title)
        box.setCheckable(True)
        box.setToolTip(self.tr("Tick to show these reminders"))
        self._new_form(box)
        self.switches[name] = box
        return box

    def _new_form(self, box: QGroupBox) -> None:
        form = QFormLayout(box)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = box.layout()
        assert isinstance(form, QFormLayout)
        return form

    def _number(
        self,
        box: QGroupBox,
        name: str,
        label: str,
        unit: Callable[[int], str],
        spin: QSpinBox | None = None,
    ) -> None:
        if spin is None:
            spin = QSpinBox()
            spin.setRange(*RULE_LIMITS[name])
            plural_suffix(spin, unit)
        # Wide enough for the largest number and its unit at any font size.
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance(f"¥ 0000000.00{unit(2)}") + 48)
        caption = QLabel(label)
        caption.setBuddy(spin)
        self.spins[name] = spin
        self._form(box).addRow(caption, spin)

    def _check(self, box: QGroupBox, name: str, label: str) -> None:
        check = QCheckBox(label)
        self.switches[name] = check
        self._form(box).addRow(check)

    def _hint(self, box: QGroupBox, text: str) -> None:
        self._form(box).addRow(hint_label(text))

    # -- behaviour --------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.rules = self.context.call(reminders.get_rules)
        except StoreCRMError:
            return
        self.show_rules(self.rules)

    def show_rules(self, rules: ReminderRules) -> None:
        for name, switch in self.switches.items():
            switch.setChecked(bool(getattr(rules, name)))
        for name, spin in self.spins.items():
            spin.setValue(int(getattr(rules, name)))

    def rules_shown(self) -> ReminderRules:
        values: dict[str, Any] = {n: s.isChecked() for n, s in self.switches.items()}
        values |= {n: s.value() for n, s in self.spins.items()}
        return replace(self.rules, **values)

    @Slot()
    def reset(self) -> None:
        self.show_rules(ReminderRules())
        self.note.setText(self.tr("The default settings are filled in; save to keep them."))

    def save(self) -> bool:
        if not self.can_edit:
            return False
        for spin in self.spins.values():
            spin.interpretText()  # a number still being typed counts
            set_property(spin, "error", False)
        try:
            self.rules = self.context.call(reminders.set_rules, self.rules_shown())
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            wrong = self.spins.get(exc.field) if isinstance(exc, ValidationError) else None
            if wrong is not None:
                set_property(wrong, "error", True)
                wrong.setFocus()
            return False
        show_error(self.error, "")
        self.show_rules(self.rules)
        self.note.setText(self.tr("Saved. Today's list follows the new settings."))
        self.changed.emit()
        return True
