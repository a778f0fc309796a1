"""Choosing one customer by typing (name, pinyin, phone, card): the referrer on the form and the
customer to merge into."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storecrm.gui.look import icon, set_property
from storecrm.services import customers
from storecrm.services.dto import CustomerHit
from storecrm.services.session import StoreContext

SEARCH_DELAY_MS = 150


class CustomerPickerDialog(QDialog):
    """A search box and its matches; Enter or double-click chooses."""

    def __init__(
        self,
        context: StoreContext,
        title: str,
        prompt: str,
        *,
        exclude_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.exclude_id = exclude_id
        self.chosen: CustomerHit | None = None
        self.setWindowTitle(title)
        self.resize(460, 420)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        text = QLabel(prompt)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("SearchBox")
        self.search_edit.setPlaceholderText(self.tr("Name, pinyin, phone or card no."))
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        layout.addWidget(self.search_edit)
        self.results = QTreeWidget()
        self.results.setColumnCount(3)
        self.results.setHeaderLabels([self.tr("Name"), self.tr("Phone"), self.tr("Card no.")])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAllColumnsShowFocus(True)
        self.results.header().setStretchLastSection(True)
        self.results.setColumnWidth(0, 140)
        self.results.setColumnWidth(1, 140)
        self.results.itemActivated.connect(self._choose_item)
        layout.addWidget(self.results, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("C&hoose"))
        set_property(ok, "primary", True)
        self.buttons.accepted.connect(self._choose_current)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.setFocus()

    @Slot()
    def search(self) -> None:
        self._timer.stop()
        hits = self.context.call(customers.search_customers, self.search_edit.text())
        self.results.clear()
        for hit in hits:
            if hit.customer_id == self.exclude_id:
                continue
            item = QTreeWidgetItem([hit.name, hit.phone or "", hit.card_no or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, hit)
            item.setSizeHint(0, QSize(0, 30))
            self.results.addTopLevelItem(item)
        first = self.results.topLevelItem(0)
        if first is not None:
            self.results.setCurrentItem(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.topLevelItemCount():
                self.results.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.search()
                self._choose_current()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _choose_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._choose_item(item)

    def _choose_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.chosen = item.data(0, Qt.ItemDataRole.UserRole)
        self.accept()
