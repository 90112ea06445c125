"""Keep every window and dialog inside the screen it opens on.

Office laptops have 1366×768 screens (about 1366×728 once the task bar is counted). Dialogs ask
for a comfortable size in their constructor (``resize(1060, 760)``); on a small screen that put
Save and Close below the screen edge. Rather than every dialog measuring the screen itself, one
application-wide event filter (:class:`WindowFitter`, installed by ``make_application``) shrinks
each top-level window to the available area of its screen the first time it is shown and moves it
so that its frame is fully visible. Forms keep their fields in a scroll area, so a shorter window
scrolls inside while its button row stays visible.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

FRAME_ALLOWANCE = QSize(16, 40)
"""Room kept for the window manager's title bar and borders around the client area (a window
that has not been shown yet reports its frame only after it is mapped)."""

_FITTED = "_diaspora_fitted"


def screen_area(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (without task bars), in global
    coordinates. Tests replace this function to emulate a 1366×768 laptop screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fit_to_screen(window: QWidget, area: QRect | None = None) -> None:
    """Shrink ``window`` (a top-level widget) to fit ``area`` and move it fully inside it.

    The size never goes below what the layout needs (``minimumSizeHint``); such a window is a
    bug of its own that the window-fit test reports.
    """
    area = area if area is not None else screen_area(window)
    room = area.size() - FRAME_ALLOWANCE
    if window.isMaximized() or window.isFullScreen():
        return
    size = window.size().boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room))
    if size != window.size():
        window.resize(size)
    outer = size + FRAME_ALLOWANCE
    position = window.pos()
    x = max(min(position.x(), area.right() + 1 - outer.width()), area.left())
    y = max(min(position.y(), area.bottom() + 1 - outer.height()), area.top())
    if QPoint(x, y) != position:
        window.move(x, y)


class WindowFitter(QObject):
    """Application-wide event filter: fits each window into its screen when first shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not watched.property(_FITTED)
            and _is_fittable(watched)
        ):
            watched.setProperty(_FITTED, True)
            fit_to_screen(watched)
        return False


def _is_fittable(widget: QWidget) -> bool:
    """Dialogs and main windows; not menus, tooltips, combo-box pop-ups or splash screens."""
    kind = widget.windowType()
    return kind in (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)


def install_window_fitter(app: QApplication) -> WindowFitter:
    """Install the fitter on ``app`` once; returns it (kept alive as the app's child)."""
    existing = app.findChild(WindowFitter)
    if isinstance(existing, WindowFitter):
        return existing
    fitter = WindowFitter(app)
    app.installEventFilter(fitter)
    return fitter


class ValuesBesideLabels(QObject):
    """In a right-to-left UI, a field holding Latin text (an e-mail, a seed, a phone number)
    would align its text to the left, at the far end from its label; this keeps every line
    edit's text on the right, next to the label, whatever script it is in."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QLineEdit)
            and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
            and not watched.alignment() & Qt.AlignmentFlag.AlignHCenter
        ):
            watched.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                 | (watched.alignment() & Qt.AlignmentFlag.AlignVertical_Mask))
        return False


def install_values_beside_labels(app: QApplication) -> ValuesBesideLabels:
    existing = app.findChild(ValuesBesideLabels)
    if isinstance(existing, ValuesBesideLabels):
        return existing
    aligner = ValuesBesideLabels(app)
    app.installEventFilter(aligner)
    return aligner
