"""The timeline tab of the customer panel: the note row, the entries newest first, and one
entry (a coloured dot on a line, the kind and time, then the text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from storecrm.domain.roles import Permission
from storecrm.gui.format import datetime_text, money
from storecrm.gui.names import timeline_kind_name, timeline_text
from storecrm.gui.screens.customer_detail.frames import transparent
from storecrm.gui.screens.customer_detail.words import escape
from storecrm.gui.widgets import error_label
from storecrm.services.dto import TimelineEntry

if TYPE_CHECKING:
    from storecrm.gui.screens.customer_detail.panel import CustomerDetailPanel

KIND_COLORS = {
    "created": "#2563EB",
    "updated": "#9CA3AF",
    "archived": "#DC2626",
    "restored": "#16A34A",
    "merged": "#7C3AED",
    "note": "#0F766E",
    "sale": "#EA580C",
    "top_up": "#0284C7",
    "refund": "#BE123C",
    "withdrawal": "#B45309",
    "gift": "#DB2777",
    "tier": "#CA8A04",
}


class _TimelineItem(QWidget):
    """One timeline entry: a coloured dot on a line, the kind and time, then the text."""

    def __init__(self, entry: TimelineEntry, last: bool) -> None:
        super().__init__()
        self.kind = entry.kind
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        rail = QVBoxLayout()
        rail.setContentsMargins(0, 6, 0, 0)
        rail.setSpacing(0)
        dot = QLabel()
        dot.setFixedSize(10, 10)
        color = KIND_COLORS.get(entry.kind, "#6B7280")
        dot.setStyleSheet(f"background-color: {color}; border-radius: 5px;")
        rail.addWidget(dot, 0, Qt.AlignmentFlag.AlignHCenter)
        line = QFrame()
        line.setFixedWidth(10)
        if not last:  # a thin line down to the next entry
            line.setStyleSheet(
                "QFrame { border: none; border-left: 2px solid #D1D5DB; margin: 4px 0 0 4px; }"
            )
        rail.addWidget(line, 1)
        row.addLayout(rail)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 14)
        column.setSpacing(2)
        who = " · ".join(p for p in (datetime_text(entry.at), entry.username) if p)
        heading = f"<b>{escape(timeline_kind_name(entry.kind))}</b>"
        if entry.amount_fen and entry.kind != "gift":  # a gift costs points, a session nothing
            heading += f"&nbsp;&nbsp;<b>{escape(money(entry.amount_fen))}</b>"
        self.head = QLabel(f"{heading}&nbsp;&nbsp;<span style='color:#6B7280'>{escape(who)}</span>")
        self.head.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.head)
        body = timeline_text(entry.kind, entry.text)
        self.body = QLabel(body)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setVisible(bool(body))
        column.addWidget(self.body)
        row.addLayout(column, 1)

    def text(self) -> str:
        head = self.head.text()
        plain = QTextDocumentFragment.fromHtml(head).toPlainText()
        return f"{plain}\n{self.body.text()}" if not self.body.isHidden() else plain


def build_timeline(panel: CustomerDetailPanel) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.setSpacing(8)
    row = QHBoxLayout()
    panel.note_edit = QLineEdit()
    panel.note_edit.setMaxLength(1000)
    panel.note_edit.setPlaceholderText(
        QCoreApplication.translate(
            "CustomerDetailPanel", "Write a note (a call, a wish, a remark)…"
        )
    )
    panel.note_edit.returnPressed.connect(lambda: panel.add_note())
    panel.add_note_button = QPushButton(QCoreApplication.translate("CustomerDetailPanel", "Add"))
    panel.add_note_button.clicked.connect(lambda: panel.add_note())
    row.addWidget(panel.note_edit, 1)
    row.addWidget(panel.add_note_button)
    panel.note_row = QWidget()
    panel.note_row.setLayout(row)
    row.setContentsMargins(0, 0, 0, 0)
    panel.note_row.setVisible(panel.context.actor.can(Permission.EDIT_CUSTOMERS))
    layout.addWidget(panel.note_row)
    panel.note_error = error_label()
    layout.addWidget(panel.note_error)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    entries = QWidget()
    panel.timeline_layout = QVBoxLayout(entries)
    panel.timeline_layout.setContentsMargins(0, 4, 0, 0)
    panel.timeline_layout.setSpacing(0)
    panel.timeline_layout.addStretch(1)
    scroll.setWidget(entries)
    transparent(scroll, entries)
    layout.addWidget(scroll, 1)
    return page


def fill_timeline(panel: CustomerDetailPanel, entries: list[TimelineEntry]) -> None:
    while panel.timeline_layout.count() > 1:  # keep the closing stretch
        taken = panel.timeline_layout.takeAt(0)
        widget = taken.widget() if taken is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
    panel.timeline_entries = []
    for position, entry in enumerate(entries):
        item = _TimelineItem(entry, last=position == len(entries) - 1)
        panel.timeline_entries.append(item)
        panel.timeline_layout.insertWidget(position, item)
    panel.tabs.setTabText(
        1,
        QCoreApplication.translate("CustomerDetailPanel", "Timeline (%1)").replace(
            "%1", str(len(entries))
        ),
    )
