"""The till's keys: ``Shortcuts`` binds a key anywhere in the till (and before a line edit's
own bindings); small helpers shared by the parts: a shortcut in a tooltip, plain Enter, the
arrow keys of a search box moving through the list under it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QTreeWidget, QWidget


def shortcut_text(keys: Sequence[str]) -> str:
    return QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)


def portable(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.PortableText)


def with_shortcut(text: str, keys: Sequence[str]) -> str:
    """A tooltip with its shortcut after it: "Walk-in (Ctrl+W)"."""
    return f"{text} ({shortcut_text(keys)})" if keys else text


def plain_enter(event: QKeyEvent) -> bool:
    """Enter or Return with no modifier (Ctrl+Enter records the sale)."""
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
        Qt.KeyboardModifier.NoModifier,
        Qt.KeyboardModifier.KeypadModifier,
    )


def move_current(tree: QTreeWidget, step: int) -> None:
    """Up/Down in a search box: move the highlight in the list it filters (hidden rows
    skipped)."""
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    visible = [item for item in items if item is not None and not item.isHidden()]
    if not visible:
        return
    current = tree.currentItem()
    position = visible.index(current) if current in visible else -1
    target = visible[max(0, min(len(visible) - 1, position + step))]
    tree.setCurrentItem(target)
    tree.scrollToItem(target)


class Shortcuts(QObject):
    """The till's keys: window shortcuts that also win over a line edit's own bindings (a
    line edit would take Ctrl+K, Ctrl+D on X11, or Ctrl+Del for itself)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.actions: list[QAction] = []
        self._taken: set[str] = set()

    def add(
        self,
        keys: Sequence[str],
        slot: Callable[[], object],
        button: QAbstractButton | None = None,
    ) -> QAction:
        """Keys that run ``slot`` anywhere in the window; a button gets them in its tooltip."""
        action = QAction(button.text() if button is not None else "", self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _c=False: slot())
        self.window.addAction(action)
        self.actions.append(action)
        for k in keys:
            self._taken.add(portable(QKeySequence(k)))
        if button is not None:
            tip = button.toolTip() or button.text()
            if shortcut_text(keys) not in tip:
                button.setToolTip(with_shortcut(tip, keys))
        return action

    def guard(self, *edits: QWidget) -> None:
        """The till's keys come before these boxes' own (installing twice is harmless)."""
        for edit in edits:
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and portable(QKeySequence(event.keyCombination())) in self._taken
        ):
            return True
        return super().eventFilter(watched, event)
