"""Follow-up tasks (跟进任务): the dialog (also opened from a customer's profile) and the tab."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.reminders import (
    FollowupStatus,
)
from storecrm.gui.bus import store_bus
from storecrm.gui.format import date_text
from storecrm.gui.look import icon
from storecrm.gui.names import (
    followup_status_name,
)
from storecrm.gui.screens.reminder_tabs.common import (
    CustomerField,
    DueModel,
    FieldDialog,
    RecordsTab,
    date_edit,
    fill_assignees,
    from_qdate,
    load_staff,
    tab_shortcut,
    today,
)
from storecrm.gui.widgets import (
    error_box,
    set_tab_order,
)
from storecrm.services import reminders
from storecrm.services.reminders import (
    FollowupInfo,
)
from storecrm.services.session import StoreContext


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


class FollowupsTab(RecordsTab):
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
