"""``_ListTab``: a tab with a table of records and Add / Edit (a dialog each) for the users
allowed to change them, reloaded through the store bus (the promotions screen uses it too)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from storecrm.domain.errors import StoreCRMError
from storecrm.domain.roles import Permission
from storecrm.gui.bus import store_bus
from storecrm.gui.look import icon
from storecrm.gui.screens.membership_screen.forms import _FormDialog
from storecrm.gui.screens.membership_screen.tables import (
    RecordModel,
    record_table,
    select_where,
    selected_row,
)
from storecrm.gui.widgets import DialogOwner, subtitle_label
from storecrm.services.session import StoreContext


def _buttons_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


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
