"""Service records (服务记录): the dialog (also opened from a customer's profile) and the tab."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from storecrm.domain.errors import ValidationError
from storecrm.domain.reminders import (
    ServiceStatus,
    ServiceType,
)
from storecrm.gui.bus import store_bus
from storecrm.gui.format import date_text, datetime_text
from storecrm.gui.look import icon
from storecrm.gui.names import (
    service_status_name,
    service_type_name,
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
    stars,
    tab_shortcut,
    to_qdate,
    today,
)
from storecrm.gui.widgets import (
    set_tab_order,
)
from storecrm.services import reminders
from storecrm.services.reminders import (
    ServiceRecordDraft,
    ServiceRecordInfo,
)
from storecrm.services.session import StoreContext


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


class ServiceRecordsTab(RecordsTab):
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
