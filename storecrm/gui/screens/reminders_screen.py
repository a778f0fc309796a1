"""The reminders screen: today's list by kind, with the customer's key facts and what to do
about each one (contacted, snooze, done, not interested, copy a message, open the profile);
then follow-up tasks, service records, message templates and the reminder settings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storecrm.domain.errors import StoreCRMError
from storecrm.domain.reminders import KIND_ORDER, Channel, ReminderAction
from storecrm.gui.bus import store_bus
from storecrm.gui.count_list import CountDelegate, fit_width, set_count
from storecrm.gui.file_dialogs import Purpose, save_file
from storecrm.gui.format import birthday_text, date_text, datetime_text, money
from storecrm.gui.look import icon
from storecrm.gui.names import (
    channel_name,
    coupon_source_name,
    reminder_kind_name,
    service_type_name,
)
from storecrm.gui.tasks import Task, run_in_background
from storecrm.gui.widgets import error_box, set_tab_order, title_label
from storecrm.services import reminders
from storecrm.services.reminders import ReminderItem, ReminderLines, ReminderList
from storecrm.services.session import StoreContext

Index = QModelIndex | QPersistentModelIndex


class ReminderTexts(QObject):
    """How a reminder's date and reason read (a QObject so lupdate sees the plurals)."""

    def when_text(self, item: ReminderItem) -> str:
        """Today / tomorrow / in 3 days / 2 days overdue (dormant: since when)."""
        if item.kind == "dormant":
            return self.tr("Since %1").replace("%1", date_text(item.due_on))
        if item.kind == "no_show":
            if item.days == 0:
                return self.tr("Missed today")
            return self.tr("Missed %n day(s) ago", "", -item.days)
        if item.days == 0:
            return self.tr("Today")
        if item.days == 1:
            return self.tr("Tomorrow")
        if item.days > 1:
            return self.tr("In %n day(s)", "", item.days)
        return self.tr("%n day(s) overdue", "", -item.days)

    def widest_when(self) -> str:
        """The longest "when" a list shows (for its column's width)."""
        samples = (
            self.tr("In %n day(s)", "", 88),
            self.tr("%n day(s) overdue", "", 88),
            self.tr("Missed %n day(s) ago", "", 88),
        )
        # a Chinese character is about two digits wide
        return max(samples, key=lambda text: sum(2 if ord(ch) > 0x2E80 else 1 for ch in text))

    def reason_text(self, item: ReminderItem) -> str:
        kind = item.kind
        if kind == "birthday" and item.birthday is not None:
            text = birthday_text(item.birthday)
            if item.age:
                text += " · " + self.tr("turns %n", "", item.age)
            return text
        if kind == "return_visit":
            parts = []
            if item.interval_days:
                parts.append(self.tr("comes every %n day(s)", "", item.interval_days))
            for name, due in item.items:
                parts.append(self.tr("%1 due %2").replace("%1", name).replace("%2", date_text(due)))
            return " · ".join(parts)
        if kind == "dormant":
            days = (item.due_on - item.last_visit_on).days if item.last_visit_on else 0
            return self.tr("no visit for %n day(s)", "", days + max(0, -item.days))
        if kind == "card_expiring":
            text = self.tr("%1 expires %2").replace("%1", item.card_name)
            text = text.replace("%2", date_text(item.card_expires_on))
            if item.sessions_left is not None:
                text += " · " + self.tr("%n session(s) left", "", item.sessions_left)
            return text
        if kind == "card_low":
            return (
                item.card_name + " · " + self.tr("%n session(s) left", "", item.sessions_left or 0)
            )
        if kind == "balance_low":
            return self.tr("stored value %1").replace("%1", money(item.balance_fen))
        if kind == "anniversary":
            return self.tr("member for %n year(s)", "", item.years or 0)
        if kind == "followup":
            text = item.title
            if item.assignee_name:
                text += " · " + self.tr("for %1").replace("%1", item.assignee_name)
            return text
        if kind == "service":
            return f"{service_type_name(item.service_type)}: {item.title}"
        if kind == "lifecycle_coupon":
            text = f"{coupon_source_name(item.coupon_source)}: {item.title}"
            if item.coupon_valid_to is not None:
                text += " · " + self.tr("valid until %1").replace(
                    "%1", date_text(item.coupon_valid_to)
                )
            return text
        if kind in ("appointment", "no_show") and item.appointment_at is not None:
            at = item.appointment_at
            # tomorrow's: the "when" column says the day; a no-show: the day it was missed
            parts = [at.strftime("%H:%M") if kind == "appointment" else datetime_text(at)]
            if item.services_text:
                parts.append(item.services_text)
            parts.append(item.staff_name or self.tr("anyone"))
            return " · ".join(parts)
        return ""


_TEXTS: ReminderTexts | None = None


def _texts() -> ReminderTexts:
    global _TEXTS
    if _TEXTS is None:
        _TEXTS = ReminderTexts()
    return _TEXTS


def when_text(item: ReminderItem) -> str:
    """Today / tomorrow / in 3 days / 2 days overdue (dormant: since when)."""
    return _texts().when_text(item)


def reason_text(item: ReminderItem) -> str:
    return _texts().reason_text(item)


class ReminderModel(QAbstractTableModel):
    """The reminders of one kind (tens of thousands on a big store; texts made on demand)."""

    COLUMNS = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[ReminderItem] = ()

    def set_rows(self, rows: Sequence[ReminderItem]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> ReminderItem:
        return self._rows[index]

    def rows(self) -> Sequence[ReminderItem]:
        """The lines shown (made as they are read: pass them to a worker to read them all)."""
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.name + (" ⏰" if item.snoozed else "")
            if column == 1:
                return item.phone or ""
            if column == 2:
                return when_text(item)
            if column == 3:
                return reason_text(item)
            if column == 4:
                return date_text(item.last_visit_on) if item.last_visit_on else "—"
            if column == 5:
                return money(item.balance_fen)
            if column == 6:
                return str(item.points)
        overdue = item.days < 0 and item.kind not in ("dormant", "no_show")
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and overdue:
            return QColor("#b91c1c")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and not item.marketing_consent:
            return self.tr("No consent to marketing messages")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Customer"),
            self.tr("Phone"),
            self.tr("When"),
            self.tr("Why"),
            self.tr("Last visit"),
            self.tr("Balance"),
            self.tr("Points"),
        )[section]


class ContactDialog(QDialog):
    """How the customer was reached and what came of it."""

    def __init__(self, item: ReminderItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contacted %1").replace("%1", item.name))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{item.name}</b> · {item.phone or ''}"))
        layout.addWidget(QLabel(reminder_kind_name(item.kind) + " · " + reason_text(item)))
        row = QHBoxLayout()
        self.channels = QButtonGroup(self)
        for n, channel in enumerate(Channel):
            button = QRadioButton(f"{channel_name(channel.value)} (&{n + 1})")
            button.setProperty("channel", channel.value)
            self.channels.addButton(button, n)
            row.addWidget(button)
            if n == 0:
                button.setChecked(True)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Outcome (optional):")))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("e.g. booked for Saturday 3 pm; not in town"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.note.setFocus()

    def channel(self) -> Channel:
        button = self.channels.checkedButton()
        assert button is not None  # the group is exclusive and starts on the first channel
        return Channel(button.property("channel"))

    def note_text(self) -> str:
        return self.note.toPlainText()


class SnoozeDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        layout = QVBoxLayout(self)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        tomorrow = today + timedelta(days=1)
        self.date_edit.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.set_days(today, 3)
        layout.addWidget(self.date_edit)
        quick = QHBoxLayout()
        for days, label in (
            (1, self.tr("Tomorrow")),
            (3, self.tr("In 3 days")),
            (7, self.tr("In a week")),
            (30, self.tr("In a month")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, d=days: self.set_days(today, d))
            quick.addWidget(button)
        layout.addLayout(quick)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_days(self, today: date, days: int) -> None:
        d = today + timedelta(days=days)
        self.date_edit.setDate(QDate(d.year, d.month, d.day))

    def chosen(self) -> date:
        chosen = self.date_edit.date().toPython()
        assert isinstance(chosen, date)
        return chosen


class TodayView(QWidget):
    """Today's reminders: kinds with counts on the left, the chosen kind's list on the right."""

    count_changed = Signal(int)
    open_customer = Signal(int)
    loaded = Signal()

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: ReminderList | None = None
        self._task: Task | None = None
        self._again = False  # reload() asked while the list was being worked out
        self._generation = 0
        self._stale = False
        self.templates: list[reminders.TemplateInfo] = []

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("ScreenTitle")
        self.title.setWordWrap(True)  # on a narrow screen the buttons keep their labels
        top.addWidget(self.title, 1)
        self.mine_only = QCheckBox(self.tr("&Mine only"))
        self.mine_only.setToolTip(self.tr("Only the tasks and service records assigned to me"))
        self.mine_only.toggled.connect(self.reload)
        top.addWidget(self.mine_only)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        self.export_button = QPushButton(icon("export"), self.tr("Export list… (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_list)
        self.export_button.setEnabled(self._can_export())
        top.addWidget(self.export_button)
        layout.addLayout(top)

        splitter = QSplitter()
        self.kinds = QListWidget()
        self.kinds.setObjectName("ReminderKinds")
        # Each kind with its count, the count always whole ("Membership anniversary  12").
        self.kinds.setItemDelegate(CountDelegate(self.kinds))
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        names = [reminder_kind_name(kind.value) for kind in KIND_ORDER]
        for kind, name in zip(KIND_ORDER, names, strict=True):
            entry = QListWidgetItem()
            set_count(entry, name, None)
            entry.setData(Qt.ItemDataRole.UserRole, kind.value)
            self.kinds.addItem(entry)
        kinds_width = fit_width(self.kinds, names)
        self.kinds.setMinimumWidth(min(kinds_width, 150))
        self.kinds.currentRowChanged.connect(self._kind_chosen)
        splitter.addWidget(self.kinds)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.model = ReminderModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        when = self.table.fontMetrics().horizontalAdvance(ReminderTexts().widest_when()) + 24
        for column, width in ((0, 100), (1, 110), (2, max(90, when)), (4, 96), (5, 116), (6, 64)):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        right_layout.addWidget(self.table, 1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("EmptyHint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right_layout.addWidget(self.empty_label)

        actions = QHBoxLayout()
        self.contact_button = QPushButton(icon("check"), self.tr("&Contacted…"))
        self.contact_button.clicked.connect(lambda: self.contact())
        self.snooze_button = QPushButton(icon("calendar"), self.tr("&Snooze…"))
        self.snooze_button.clicked.connect(lambda: self.snooze())
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.clicked.connect(lambda: self.mark(ReminderAction.DONE))
        self.not_interested_button = QPushButton(self.tr("&Not interested"))
        self.not_interested_button.clicked.connect(lambda: self.mark(ReminderAction.NOT_INTERESTED))
        self.template_combo = QComboBox()
        self.template_combo.setMinimumWidth(140)
        self.copy_button = QPushButton(self.tr("Co&py message"))
        self.copy_button.clicked.connect(lambda: self.copy_message())
        self.open_button = QPushButton(icon("customers"), self.tr("&Open profile"))
        self.open_button.clicked.connect(self.open_current)
        for widget in (
            self.contact_button,
            self.snooze_button,
            self.done_button,
            self.not_interested_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        # The messages go together at the top: the template is what is copied and exported.
        at = top.indexOf(self.export_button)
        top.insertWidget(at, self.template_combo)
        top.insertWidget(at + 1, self.copy_button)
        right_layout.addLayout(actions)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([kinds_width, 1000])
        self.kinds.setMaximumWidth(kinds_width + 80)
        layout.addWidget(splitter, 1)

        QShortcut(QKeySequence("F5"), self, self.reload)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_list)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, lambda: self.copy_message())
        open_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_current)
        open_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        set_tab_order(  # the bar at the top, the kinds, the list, the actions on its line
            self.mine_only,
            self.refresh_button,
            self.template_combo,
            self.copy_button,
            self.export_button,
            self.kinds,
            self.table,
            self.contact_button,
            self.snooze_button,
            self.done_button,
            self.not_interested_button,
            self.open_button,
        )
        store_bus().changed.connect(self._store_changed)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------------
    def _can_export(self) -> bool:
        from storecrm.domain.roles import Permission

        return self.context.actor.can(Permission.EXPORT_DATA)

    @Slot()
    def reload(self) -> None:
        """Work the list out again off the GUI thread. A request while one is being worked out
        waits for it, and its answer is dropped for the newer one: changes in a busy hour
        queue one more computation, never a pile of them on a slow counter PC."""
        if self._task is not None:
            self._again = True
            return
        self._again = False
        self._generation += 1
        generation = self._generation
        context = self.context
        mine = self.mine_only.isChecked()

        def read() -> tuple[int, ReminderList | Exception, list[reminders.TemplateInfo]]:
            try:
                result: ReminderList | Exception = context.call(
                    reminders.due_reminders, mine_only=mine
                )
                if isinstance(result, ReminderList):
                    result.prepare()  # every kind put in order here, off the GUI thread
                templates = context.call(reminders.list_templates)
            except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
                return generation, exc, []
            return generation, result, templates

        self._task = run_in_background(read, self, "", self._arrived, self._crashed)

    def loading(self) -> bool:
        return self._task is not None

    @Slot(object)
    def _arrived(self, outcome: tuple[int, Any, list[reminders.TemplateInfo]]) -> None:
        generation, result, templates = outcome
        if generation != self._generation:
            return
        self._task = None
        if self._again:  # asked again meanwhile: that answer is the one to show
            self.reload()
            return
        if isinstance(result, Exception):
            if isinstance(result, StoreCRMError):
                error_box(self, result)
                return
            raise result
        self.result = result
        self.templates = templates
        counts = result.counts()
        self.title.setText(
            self.tr("Today, %1").replace("%1", date_text(result.today))
            + " · "
            + self.tr("%n reminder(s)", "", len(result))
        )
        for row in range(self.kinds.count()):
            entry = self.kinds.item(row)
            kind = entry.data(Qt.ItemDataRole.UserRole)
            set_count(entry, reminder_kind_name(kind), counts.get(kind, 0))
        if self.kinds.currentRow() < 0:
            first = next((n for n, k in enumerate(KIND_ORDER) if counts.get(k.value)), 0)
            self.kinds.setCurrentRow(first)
        else:
            self._kind_chosen(self.kinds.currentRow())
        self.count_changed.emit(len(result))
        self.loaded.emit()

    @Slot(object)
    def _crashed(self, exc: BaseException) -> None:
        self._task = None
        raise exc

    @Slot(str)
    def _store_changed(self, _what: str) -> None:
        self.reload()

    def current_kind(self) -> str:
        entry = self.kinds.currentItem()
        return str(entry.data(Qt.ItemDataRole.UserRole)) if entry else KIND_ORDER[0].value

    @Slot(int)
    def _kind_chosen(self, _row: int) -> None:
        kind = self.current_kind()
        keep = self.current_item()
        rows = self.result.of_kind(kind) if self.result else ReminderLines.EMPTY
        self.model.set_rows(rows)
        self.empty_label.setText("" if rows else self.tr("Nothing to do here today."))
        self.empty_label.setVisible(not rows)
        self.template_combo.clear()
        fitting = sorted(self.templates, key=lambda t: (t.kind != kind, t.kind is not None))
        for template in fitting:
            self.template_combo.addItem(template.name, template.template_id)
        # Keep the place in the list: the same customer, or the row where they were.
        if rows:
            position = 0
            if keep is not None:
                try:
                    position = rows.customer_ids().index(keep.customer_id)
                except ValueError:  # they are gone from this list: stay at the same row
                    position = min(self._last_row, len(rows) - 1)
            self.select_row(position)
        self._update_buttons()

    _last_row = 0

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def current_item(self) -> ReminderItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row(index.row())

    def _update_buttons(self) -> None:
        has = self.current_item() is not None
        for button in (
            self.contact_button,
            self.snooze_button,
            self.done_button,
            self.not_interested_button,
            self.copy_button,
            self.open_button,
        ):
            button.setEnabled(has)
        self.copy_button.setEnabled(has and self.template_combo.count() > 0)

    # -- acting --------------------------------------------------------------------------------
    def _act(self, item: ReminderItem, action: ReminderAction, **kwargs: Any) -> bool:
        self._last_row = max(0, self.table.currentIndex().row())
        try:
            self.context.call(
                reminders.act,
                customer_id=item.customer_id,
                kind=item.kind,
                ref=item.ref,
                action=action,
                **kwargs,
            )
        except StoreCRMError as exc:
            error_box(self, exc)
            return False
        store_bus().changed.emit("reminders")
        return True

    def contact(self, channel: Channel | None = None, note: str | None = None) -> bool:
        """Record a contact; with no channel given, ask in a dialog."""
        item = self.current_item()
        if item is None:
            return False
        if channel is None:
            dialog = ContactDialog(item, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            channel, note = dialog.channel(), dialog.note_text()
        return self._act(item, ReminderAction.CONTACTED, channel=channel, note=note or "")

    def snooze(self, until: date | None = None) -> bool:
        item = self.current_item()
        if item is None:
            return False
        if until is None:
            today = self.result.today if self.result else date.today()
            dialog = SnoozeDialog(today, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            until = dialog.chosen()
        return self._act(item, ReminderAction.SNOOZED, snooze_until=until)

    def mark(self, action: ReminderAction) -> bool:
        item = self.current_item()
        if item is None:
            return False
        return self._act(item, action)

    @Slot()
    def open_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.open_customer.emit(item.customer_id)

    def copy_message(self, confirm_no_consent: bool | None = None) -> str | None:
        """Put the chosen template, filled in for this customer, on the clipboard."""
        item = self.current_item()
        template_id = self.template_combo.currentData()
        if item is None or template_id is None:
            return None
        if not item.marketing_consent:
            if confirm_no_consent is None:
                answer = QMessageBox.question(
                    self,
                    self.tr("No consent"),
                    self.tr(
                        "%1 has not agreed to receive marketing messages. "
                        "Copy the message anyway (e.g. for a service notice)?"
                    ).replace("%1", item.name),
                )
                confirm_no_consent = answer == QMessageBox.StandardButton.Yes
            if not confirm_no_consent:
                return None
        try:
            text = self.context.call(
                reminders.render_message,
                int(template_id),
                item.customer_id,
                None,
                item.appointment_id,
            )
        except StoreCRMError as exc:
            error_box(self, exc)
            return None
        QGuiApplication.clipboard().setText(text)
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(self.tr("Message copied for %1").replace("%1", item.name), 4000)
        return text

    def export_list(self, path: Path | None = None) -> Task | None:
        """Write the current kind's customers who agreed to marketing, with the message, to
        .xlsx for the store's SMS platform or WeChat."""
        template_id = self.template_combo.currentData()
        rows = self.model.rows()
        if template_id is None or not rows or not self._can_export():
            return None
        if path is None:
            path = save_file(
                self,
                Purpose.REMINDER_EXPORT,
                self.tr("Export reminder list"),
                f"reminders-{self.current_kind()}.xlsx",
                self.tr("Excel workbook (*.xlsx)"),
                ".xlsx",
            )
            if path is None:
                return None
        context = self.context
        headers = (
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("Reminder"),
            self.tr("Due"),
            self.tr("Message"),
        )
        kind_names = {k.value: reminder_kind_name(k.value) for k in KIND_ORDER}
        target = path

        def write() -> reminders.MessageList:
            from storecrm.reports.reminder_export import write_messages

            listed = context.call(reminders.message_list, int(template_id), rows)
            write_messages(target, listed.rows, headers, kind_names)
            return listed

        def done(listed: reminders.MessageList) -> None:
            self.last_export = listed
            text = self.tr("%n customer(s) written to the file.", "", len(listed.rows))
            if listed.skipped_no_consent:
                text += "\n" + self.tr(
                    "%n left out: no consent to marketing messages.", "", listed.skipped_no_consent
                )
            if listed.skipped_no_phone:
                text += "\n" + self.tr("%n left out: no phone.", "", listed.skipped_no_phone)
            self.export_message = text
            if not self.quiet:
                QMessageBox.information(self, self.tr("Export reminder list"), text)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, StoreCRMError | OSError):
                error_box(self, exc)
                return
            raise exc

        self._export_task = run_in_background(
            write, self, self.tr("Exporting the list…"), done, failed
        )
        return self._export_task

    quiet = False
    last_export: reminders.MessageList | None = None
    export_message = ""


class RemindersScreen(QWidget):
    """Today, follow-up tasks, service records, templates, settings."""

    count_changed = Signal(int)
    open_customer = Signal(int)

    def __init__(self, context: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from storecrm.gui.screens.reminder_tabs import (
            FollowupsTab,
            ReminderSettingsTab,
            ServiceRecordsTab,
            TemplatesTab,
        )

        self.context = context
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Reminders")))
        self.tabs = QTabWidget()
        self.today = TodayView(context)
        self.followups = FollowupsTab(context)
        self.services = ServiceRecordsTab(context)
        self.templates = TemplatesTab(context)
        self.settings = ReminderSettingsTab(context)
        self.tabs.addTab(self.today, icon("calendar"), self.tr("Today"))
        self.tabs.addTab(self.followups, self.tr("Follow-up tasks"))
        self.tabs.addTab(self.services, self.tr("Service records"))
        self.tabs.addTab(self.templates, self.tr("Message templates"))
        self.tabs.addTab(self.settings, self.tr("Reminder settings"))
        layout.addWidget(self.tabs)
        self.today.count_changed.connect(self.count_changed)
        self.today.open_customer.connect(self.open_customer)
        for tab in (self.followups, self.services, self.templates, self.settings):
            changed = getattr(tab, "changed", None)
            if changed is not None:
                changed.connect(self.today.reload)
        self.today.reload()
