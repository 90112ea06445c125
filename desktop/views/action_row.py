"""A toolbar that wraps instead of hiding actions, and that the keyboard can reach.

A ``QToolBar`` that is too narrow moves its last actions into a "»" menu that few people open,
and its buttons take no keyboard focus. Translations make a list page's toolbar 20–40 % longer
than in English, so French or Russian users lost Import, Export or Find duplicates. This row
shows one button per action and wraps onto another line when the page is narrow (mirrored for
right-to-left languages, as :class:`~desktop.views.flow_layout.FlowLayout` is); Tab reaches
every enabled button. Add actions with ``addAction`` as on a ``QToolBar``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QToolButton, QWidget

from desktop.views.flow_layout import SEPARATOR, FlowLayout


class ActionRow(QWidget):
    """A wrapping row of tool buttons, one per action added (separators are thin lines)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing=2, line_spacing=2)
        self._widgets: dict[QAction, QWidget] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def addSeparator(self) -> QAction:
        action = QAction(self)
        action.setSeparator(True)
        self.addAction(action)
        return action

    def addWidget(self, widget: QWidget) -> None:
        """A widget of its own (a menu button …) after the buttons added so far."""
        widget.setParent(self)
        if isinstance(widget, QToolButton):
            self._style_button(widget)
        self.flow.addWidget(widget)

    def widgetForAction(self, action: QAction) -> QWidget | None:
        """The button (or separator line) that shows ``action``."""
        return self._widgets.get(action)

    def buttons(self) -> list[QToolButton]:
        return [w for w in self._widgets.values() if isinstance(w, QToolButton)]

    def focus_widgets(self) -> list[QWidget]:
        """The buttons and widgets that take the keyboard, in the row's order."""
        items = (self.flow.itemAt(i) for i in range(self.flow.count()))
        widgets = [item.widget() for item in items if item is not None]
        return [w for w in widgets
                if w is not None and w.focusPolicy() & Qt.FocusPolicy.TabFocus]

    def actionEvent(self, event: QActionEvent) -> None:
        action = event.action()
        if event.type() == QEvent.Type.ActionAdded:
            widget = self._line() if action.isSeparator() else self._button(action)
            before = event.before()
            position = self.flow.count()
            if before is not None and before in self._widgets:
                position = self.flow.indexOf(self._widgets[before])
            self._widgets[action] = widget
            self.flow.insert_widget(position, widget)
            widget.setVisible(action.isVisible())
        elif event.type() == QEvent.Type.ActionRemoved:
            gone = self._widgets.pop(action, None)
            if gone is not None:
                self.flow.removeWidget(gone)
                gone.deleteLater()
        elif event.type() == QEvent.Type.ActionChanged:
            shown = self._widgets.get(action)
            if shown is not None:
                shown.setVisible(action.isVisible())
        super().actionEvent(event)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        self._style_button(button)
        return button

    @staticmethod
    def _style_button(button: QToolButton) -> None:
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus in the table

    def _line(self) -> QFrame:
        probe = QToolButton()  # no parent: never shown, gone with this function
        probe.setFont(self.font())
        probe.setText("X")
        self._style_button(probe)
        return _Separator(probe.sizeHint().height(), self)


class _Separator(QFrame):
    """A thin vertical line between groups of buttons; the row gives it no room (zero size)
    where it would start or end a line."""

    def __init__(self, height: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._height = height
        self.setFrameShape(QFrame.Shape.VLine)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        self.setProperty(SEPARATOR, True)

    def sizeHint(self) -> QSize:
        return QSize(9, self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)
