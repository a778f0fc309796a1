"""The roster (员工名册): who works here, their number, position and grade (commission rules
match on the grade), phone, hire date, whether they still work here, and the sign-in account
linked to them, if any."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError
from storecrm.gui.format import date_text
from storecrm.gui.look import icon
from storecrm.gui.models import ListTableModel
from storecrm.gui.widgets import error_box, error_label, ok_cancel_buttons, show_error
from storecrm.services import users
from storecrm.services.session import StoreContext
from storecrm.services.staff import roster
from storecrm.services.staff.dto import StaffDraft, StaffMember

POSITIONS = ("发型师", "美容师", "技师", "助理", "服务员", "前台", "店长")
GRADES = ("总监", "首席", "高级", "中级", "初级", "助理")


class StaffDialog(QDialog):
    """Add or change a staff member."""

    def __init__(
        self, context: StoreContext, person: StaffMember | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.person = person
        self.saved: StaffMember | None = None
        self.setWindowTitle(self.tr("Staff member") if person else self.tr("New staff member"))
        form = QFormLayout(self)
        self.no_edit = QLineEdit(person.no if person else "")
        self.no_edit.setPlaceholderText(self.tr("next free number"))
        self.no_edit.setMaxLength(16)
        self.name_edit = QLineEdit(person.name if person else "")
        self.name_edit.setMaxLength(64)
        self.position_combo = QComboBox()
        self.grade_combo = QComboBox()
        for combo, values, current in (
            (self.position_combo, POSITIONS, person.position if person else ""),
            (self.grade_combo, GRADES, person.grade if person else ""),
        ):
            combo.setEditable(True)
            combo.addItems(["", *values])
            combo.setCurrentText(current)
        self.grade_combo.setToolTip(self.tr("Commission rules can pay each grade differently"))
        self.phone_edit = QLineEdit((person.phone or "") if person else "")
        self.hired_box = QCheckBox(self.tr("Known"))
        self.hired_edit = QDateEdit()
        self.hired_edit.setCalendarPopup(True)
        self.hired_edit.setDisplayFormat("yyyy-MM-dd")
        hired = person.hired_on if person else None
        self.hired_box.setChecked(hired is not None)
        self.hired_edit.setDate(
            QDate(hired.year, hired.month, hired.day) if hired else QDate.currentDate()
        )
        self.hired_edit.setEnabled(hired is not None)
        self.hired_box.toggled.connect(self.hired_edit.setEnabled)
        hired_row = QHBoxLayout()
        hired_row.addWidget(self.hired_box)
        hired_row.addWidget(self.hired_edit, 1)
        self.account_combo = QComboBox()
        self.account_combo.addItem(self.tr("(no account)"), None)
        try:
            for user in context.call(users.list_users):
                self.account_combo.addItem(f"{user.display_name} ({user.username})", user.user_id)
        except StoreCRMError:
            pass
        if (
            person
            and person.user_id is not None
            and self.account_combo.findData(person.user_id) < 0
        ):
            # A manager lists only their own account: another one's link stays as it is.
            self.account_combo.addItem(person.username or f"#{person.user_id}", person.user_id)
        self.account_combo.setCurrentIndex(
            max(0, self.account_combo.findData(person.user_id if person else None))
        )
        self.account_combo.setToolTip(
            self.tr("Signed in with this account, they see their own figures")
        )
        self.active_box = QCheckBox(self.tr("Works here"))
        self.active_box.setChecked(person.active if person else True)
        form.addRow(self.tr("&Number"), self.no_edit)
        form.addRow(self.tr("N&ame"), self.name_edit)
        form.addRow(self.tr("&Position"), self.position_combo)
        form.addRow(self.tr("&Grade"), self.grade_combo)
        form.addRow(self.tr("P&hone"), self.phone_edit)
        form.addRow(self.tr("Hired on"), hired_row)
        form.addRow(self.tr("A&ccount"), self.account_combo)
        form.addRow("", self.active_box)
        self.error = error_label()
        form.addRow(self.error)
        buttons, _ok = ok_cancel_buttons(self, self.save)
        form.addRow(buttons)
        self.name_edit.setFocus()

    def _hired(self) -> date | None:
        if not self.hired_box.isChecked():
            return None
        chosen = self.hired_edit.date().toPython()
        assert isinstance(chosen, date)
        return chosen

    @Slot()
    def save(self) -> None:
        draft = StaffDraft(
            staff_id=self.person.staff_id if self.person else 0,
            name=self.name_edit.text(),
            no=self.no_edit.text(),
            position=self.position_combo.currentText(),
            grade=self.grade_combo.currentText(),
            phone=self.phone_edit.text() or None,
            hired_on=self._hired(),
            active=self.active_box.isChecked(),
            user_id=self.account_combo.currentData(),
        )
        try:
            self.saved = self.context.call(roster.save_staff_member, draft)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.accept()


class RosterTab(QWidget):
    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("&Add staff member…"))
        self.add_button.setObjectName("PrimaryButton")
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.left_box = QCheckBox(self.tr("Show those who left"))
        for widget in (self.add_button, self.edit_button, self.left_box):
            tools.addWidget(widget)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.model: ListTableModel[StaffMember] = ListTableModel(
            [
                (self.tr("No."), lambda p: p.no),
                (self.tr("Name"), lambda p: p.name),
                (self.tr("Position"), lambda p: p.position),
                (self.tr("Grade"), lambda p: p.grade),
                (self.tr("Phone"), lambda p: p.phone or ""),
                (self.tr("Hired on"), lambda p: date_text(p.hired_on) if p.hired_on else ""),
                (self.tr("Account"), lambda p: p.username or ""),
                (self.tr("Works here"), lambda p: self.tr("yes") if p.active else self.tr("left")),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(lambda: self.edit(new=True))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.left_box.toggled.connect(lambda _on: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        try:
            people = self.context.call(
                roster.list_staff_members, include_inactive=self.left_box.isChecked()
            )
        except StoreCRMError as exc:
            error_box(self, exc)
            return
        self.model.set_rows(people)

    def selected(self) -> StaffMember | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def edit(self, new: bool = False) -> StaffDialog | None:
        person = None if new else self.selected()
        if not new and person is None:
            return None
        dialog = StaffDialog(self.context, person, self)
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.finished.connect(lambda result: self.refresh() if result else None)
        dialog.open()
        return dialog


__all__ = ["RosterTab", "StaffDialog"]
