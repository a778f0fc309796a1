"""Message templates (消息模板): the list, the editor with placeholder buttons and the preview."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages
from storecrm.domain.errors import StoreCRMError, ValidationError
from storecrm.domain.reminders import (
    KIND_ORDER,
    MessageFacts,
    appointment_time_text,
    birthday_text,
    render_template,
    unknown_placeholders,
)
from storecrm.domain.roles import Permission
from storecrm.gui.format import money
from storecrm.gui.look import icon, set_property
from storecrm.gui.names import (
    reminder_kind_name,
)
from storecrm.gui.screens.membership_screen import (
    RecordModel,
    record_table,
    select_where,
    selected_row,
)
from storecrm.gui.screens.reminder_tabs.common import (
    PLACEHOLDER_BUTTONS,
    SAMPLE_APPOINTMENT_HOUR,
    SAMPLE_BALANCE_FEN,
    SAMPLE_BIRTHDAY,
    SAMPLE_POINTS,
    SAMPLE_SESSIONS,
    tab_shortcut,
    today,
)
from storecrm.gui.widgets import (
    FlowLayout,
    error_box,
    error_label,
    show_error,
    subtitle_label,
)
from storecrm.services import reminders, settings
from storecrm.services.reminders import (
    TemplateInfo,
)
from storecrm.services.session import StoreContext


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
