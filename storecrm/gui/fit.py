"""Every window fits the screen it opens on.

``WindowFit`` is an application-wide event filter (``create_application`` installs it). It sees
the Show event of every top-level window, ours and Qt's alike (dialogs, the main window, message
boxes, the print preview), before the window appears, and:

- keeps the size the window asked for (``resize()``, a restored geometry, or its size hint),
  but never larger than the available geometry of its screen less the window frame, and never
  smaller than its minimum size;
- keeps the frame inside that area: a dialog centred over its parent, a window placed before
  (a restored main window) where it was as far as it fits.

So no window hard-codes a size that only fits a big screen: it asks for what it would like and
gets what there is. A window cannot shrink below its minimum, so windows keep their minimums
small and put content that can be long in a scroll area (``scrolling``). The frame is the real
one once the platform has told it (after the first window is shown); before that, a title bar
and borders are reserved (``DEFAULT_FRAME``). tests/gui/test_windows.py opens every window at
1366×768, at 1920×1080 with 150 % scaling and at 1024×768, each less a taskbar, and checks that
its frame fits, its main button is in sight and no control is cut or squeezed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QMainWindow,
    QScrollArea,
    QWidget,
)

# The frame reserved while the platform has not said how big it is: a Windows 10/11 title bar
# (31 px at 100 %, as many logical pixels at 150 %) and its resize borders.
DEFAULT_FRAME = QMargins(8, 31, 8, 8)
MIN_TITLE_BAR = 16  # smaller top margins are a border alone

_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)
_SHOW = QEvent.Type.Show  # looked up once: PySide's enum attributes cost a microsecond each


def screen_of(window: QWidget) -> QScreen:
    """The screen the window opens on: its parent's, else its own, else the primary one."""
    parent = window.parentWidget()
    for candidate in (parent.window() if parent is not None else None, window):
        if candidate is not None and candidate.screen() is not None:
            return candidate.screen()
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen


def frame_margins(window: QWidget) -> QMargins:
    """The window frame round the client area: the platform's own once a shown window has one
    with a title bar, else ``DEFAULT_FRAME`` (a platform that draws no title bar, such as the
    offscreen one of the tests, is treated as one that will)."""
    for candidate in (window, *QApplication.topLevelWidgets()):
        handle = candidate.windowHandle()
        if handle is not None and candidate.isVisible():
            margins = handle.frameMargins()
            if margins.top() >= MIN_TITLE_BAR:
                return margins
    return DEFAULT_FRAME


def room(window: QWidget) -> QRect:
    """Where the window's client area may go: the screen's available geometry less the
    frame."""
    return screen_of(window).availableGeometry().marginsRemoved(frame_margins(window))


def fitted_size(window: QWidget, space: QSize) -> QSize:
    return window.size().boundedTo(space).expandedTo(window.minimumSize())


def fit_window(window: QWidget) -> None:
    """Size and place a top-level window inside the room its screen has (see the module): a
    window placed before (a restored main window) stays where it was as far as it fits, a
    dialog is centred over its parent, any other window on the screen."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    space = room(window)
    size = fitted_size(window, space.size())
    if size != window.size():
        window.resize(size)
    parent = window.parentWidget()
    if window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        wanted = window.geometry().topLeft()
    else:
        centre = parent.window().geometry().center() if parent is not None else space.center()
        wanted = centre - QPoint(size.width() // 2, size.height() // 2)
    x = max(space.left(), min(wanted.x(), space.right() + 1 - size.width()))
    y = max(space.top(), min(wanted.y(), space.bottom() + 1 - size.height()))
    # move() places the frame as the platform knows it; the room was worked out for the client.
    frame_offset = window.geometry().topLeft() - window.pos()
    window.move(QPoint(x, y) - frame_offset)


class WindowFit(QObject):
    """Fits every dialog and main window as it is shown (installed once on the application;
    a screen shown alone as a window, as tests do, is left as it is)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == _SHOW  # first and cheap: this runs for every event of the program
            and isinstance(watched, QDialog | QMainWindow)
            and watched.isWindow()
            and watched.windowType() in _WINDOW_TYPES
        ):
            fit_window(watched)
        return False


def install(app: QApplication) -> None:
    if app.findChild(WindowFit, "WindowFit") is None:
        fitter = WindowFit(app)
        fitter.setObjectName("WindowFit")
        app.installEventFilter(fitter)


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls vertically when the window is
    shorter than the content (a long form on a 768 px screen)."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    content.setAutoFillBackground(False)
    area.viewport().setAutoFillBackground(False)
    return area
