"""Choosing who served: the till's "served by" box (the roster, the signed-in user's staff record
first chosen) and the small picker for one line's staff (主做/助理, 指定), driven from the
keyboard: type to filter, Enter adds as main staff, Shift+Enter as assistant, Space on a chosen
person switches main/assistant, R marks them asked for (指定), Delete takes them off, Ctrl+Enter
keeps the choice. Issue 21 (park/discount at the till) can reuse ``LineStaffDialog`` as is."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storecrm.domain.commission import LineStaff, Role
from storecrm.domain.customer import pinyin_keys
from storecrm.domain.errors import StoreCRMError
from storecrm.services.session import StoreContext
from storecrm.services.staff import roster
from storecrm.services.staff.dto import StaffMember


def load_roster(context: StoreContext) -> list[StaffMember]:
    """The active staff, or nobody when the roster cannot be read (a warning is logged by
    the caller's screen; the till still works without naming anyone)."""
    try:
        return context.call(roster.list_staff_members)
    except StoreCRMError:
        return []


def member_label(person: StaffMember) -> str:
    return f"{person.name} · {person.grade}" if person.grade else person.name


def staff_member_combo(context: StoreContext, people: Sequence[StaffMember]) -> QComboBox:
    """Who served: "nobody in particular" and the active roster; the signed-in user's own staff
    record is chosen first (as the cashier was before staff had a roster)."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("SaleDialog", "(nobody in particular)"), None)
    for person in people:
        combo.addItem(member_label(person), person.staff_id)
    mine = next((p.staff_id for p in people if p.user_id == context.actor.user_id), None)
    combo.setCurrentIndex(max(0, combo.findData(mine)))
    return combo


def line_staff_text(
    staff: Sequence[LineStaff] | None, names: dict[int, str], default: str | None
) -> str:
    """How a line's staff reads in the till: "Tony★ + 小雅(助)"; the sale's served-by in
    brackets when the line names nobody of its own."""
    if staff is None:
        return f"({default})" if default else ""
    parts = []
    for person in staff:
        name = names.get(person.staff_id, "?")
        if person.requested:
            name += "★"
        if person.role is Role.ASSISTANT:
            name += QCoreApplication.translate("LineStaffDialog", "(asst.)")
        parts.append(name)
    return " + ".join(parts)


class LineStaffDialog(QDialog):
    """Who served one line. ``chosen()`` is None for "as the sale" (the served-by default)."""

    def __init__(
        self,
        people: Sequence[StaffMember],
        current: Sequence[LineStaff] | None,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who served: %1").replace("%1", title))
        self.setMinimumWidth(420)
        self.resize(560, 600)  # room for the list and the wrapped hint; the window fit bounds it
        self.people = {p.staff_id: p for p in people}
        self._chosen: list[LineStaff] = list(current or ())
        self._as_sale = current is None
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Type a name, pinyin, number or grade"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(self)
        label = QLabel(self.tr("S&taff"))
        label.setBuddy(self.filter_edit)
        layout.addWidget(label)
        layout.addWidget(self.filter_edit)
        self.list = QListWidget()
        self.list.setMinimumHeight(150)
        self._keys: list[str] = []  # what typing matches: number, name, grade and their pinyin
        for person in people:
            item = QListWidgetItem(f"{person.no}  {member_label(person)}")
            item.setData(Qt.ItemDataRole.UserRole, person.staff_id)
            self.list.addItem(item)
            words = [person.no, person.name, person.grade, person.position]
            words += [k for w in (person.name, person.grade) for k in pinyin_keys(w)]
            self._keys.append(" ".join(words).lower())
        self.list.itemActivated.connect(lambda _i: self.add_current(Role.MAIN))
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.main_button = QPushButton(self.tr("Add as &main"))
        self.assistant_button = QPushButton(self.tr("Add as a&ssistant"))
        self.main_button.setToolTip(self.tr("Enter"))
        self.assistant_button.setToolTip(self.tr("Shift+Enter"))
        for button in (self.main_button, self.assistant_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.main_button.clicked.connect(lambda: self.add_current(Role.MAIN))
        self.assistant_button.clicked.connect(lambda: self.add_current(Role.ASSISTANT))
        self.requested_box = QCheckBox(self.tr("&Asked for (指定)"))
        self.requested_box.setToolTip(self.tr("The customer asked for the main staff member"))
        buttons.addStretch(1)
        buttons.addWidget(self.requested_box)
        layout.addLayout(buttons)
        chosen_label = QLabel(self.tr("Serving this line"))
        chosen_label.setObjectName("SectionTitle")
        layout.addWidget(chosen_label)
        self.chosen_list = QListWidget()
        self.chosen_list.setMaximumHeight(110)
        self.chosen_list.installEventFilter(self)
        layout.addWidget(self.chosen_list)
        hint = QLabel(
            self.tr(
                "Enter: add as main · Shift+Enter: as assistant · Space: main ↔ assistant · "
                "R: asked for · Delete: take off · Ctrl+Enter: done"
            )
        )
        hint.setObjectName("Caption")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.default_button = self.box.addButton(
            self.tr("As the sa&le"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.default_button.setToolTip(self.tr("The line is served by the sale's served-by"))
        self.default_button.clicked.connect(self.use_sale_default)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAutoDefault(False)
        ok.setToolTip(self.tr("Ctrl+Enter"))
        layout.addWidget(self.box)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.requested_box.toggled.connect(self._requested_toggled)
        self.requested_box.setChecked(any(p.requested for p in self._chosen))
        self._show_chosen()
        self.apply_filter("")
        self.filter_edit.setFocus()

    # -- the list -------------------------------------------------------------------------------
    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(needle) and needle not in self._keys[i]
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def _move(self, step: int) -> None:
        visible = [
            self.list.item(i) for i in range(self.list.count()) if not self.list.item(i).isHidden()
        ]
        if not visible:
            return
        current = self.list.currentItem()
        position = visible.index(current) if current in visible else -1
        self.list.setCurrentItem(visible[max(0, min(len(visible) - 1, position + step))])

    def add_current(self, role: Role) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        staff_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._as_sale = False
        self._chosen = [p for p in self._chosen if p.staff_id != staff_id]
        requested = role is Role.MAIN and self.requested_box.isChecked()
        self._chosen.append(LineStaff(staff_id, role, requested))
        self._show_chosen()
        self.filter_edit.clear()
        self.filter_edit.setFocus()

    # -- the chosen -----------------------------------------------------------------------------
    def _show_chosen(self) -> None:
        self.chosen_list.clear()
        if self._as_sale:
            self.chosen_list.addItem(self.tr("(as the sale: its served-by)"))
            return
        for person in self._chosen:
            who = self.people.get(person.staff_id)
            role = self.tr("main") if person.role is Role.MAIN else self.tr("assistant")
            text = f"{who.name if who else '?'} · {role}"
            if person.requested:
                text += " · " + self.tr("asked for")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.staff_id)
            self.chosen_list.addItem(item)

    def _chosen_row(self) -> int:
        row = self.chosen_list.currentRow()
        return row if 0 <= row < len(self._chosen) and not self._as_sale else len(self._chosen) - 1

    def toggle_role(self) -> None:
        row = self._chosen_row()
        if row < 0:
            return
        person = self._chosen[row]
        role = Role.ASSISTANT if person.role is Role.MAIN else Role.MAIN
        self._chosen[row] = LineStaff(person.staff_id, role, person.requested and role is Role.MAIN)
        self._show_chosen()
        self.chosen_list.setCurrentRow(row)

    def toggle_requested(self) -> None:
        row = self._chosen_row()
        if row < 0:
            return
        person = self._chosen[row]
        if person.role is Role.MAIN:
            self._chosen[row] = LineStaff(person.staff_id, person.role, not person.requested)
        self._show_chosen()
        self.chosen_list.setCurrentRow(row)

    def remove_chosen(self) -> None:
        row = self._chosen_row()
        if row >= 0:
            del self._chosen[row]
            self._show_chosen()

    def _requested_toggled(self, on: bool) -> None:
        self._chosen = [
            LineStaff(p.staff_id, p.role, on and p.role is Role.MAIN) for p in self._chosen
        ]
        self._show_chosen()

    def use_sale_default(self) -> None:
        self._as_sale = True
        self._chosen = []
        self.accept()

    def chosen(self) -> tuple[LineStaff, ...] | None:
        return None if self._as_sale or not self._chosen else tuple(self._chosen)

    def accept(self) -> None:
        if (
            not self._as_sale
            and self._chosen
            and not any(p.role is Role.MAIN for p in self._chosen)
        ):
            first = self._chosen[0]
            self._chosen[0] = LineStaff(first.staff_id, Role.MAIN, first.requested)
        super().accept()

    # -- keys -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, mods = event.key(), event.modifiers()
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and mods & Qt.KeyboardModifier.ControlModifier
        ):
            # Ctrl+Enter from the boxes too (the shortcut needs an active window); with a name
            # typed, that person serves the line as main staff.
            if watched is self.filter_edit and self.filter_edit.text().strip():
                self.add_current(Role.MAIN)
            self.accept()
            return True
        if watched is self.filter_edit:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                mods & Qt.KeyboardModifier.ControlModifier
            ):
                shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
                self.add_current(Role.ASSISTANT if shift else Role.MAIN)
                return True
            if key == Qt.Key.Key_Tab and not self.filter_edit.text():
                self.chosen_list.setFocus()
                self.chosen_list.setCurrentRow(max(0, len(self._chosen) - 1))
                return True
        if watched is self.chosen_list:
            if key == Qt.Key.Key_Space:
                self.toggle_role()
                return True
            if key == Qt.Key.Key_R:
                self.toggle_requested()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_chosen()
                return True
        return super().eventFilter(watched, event)


__all__ = [
    "LineStaffDialog",
    "line_staff_text",
    "load_roster",
    "member_label",
    "staff_member_combo",
]
