"""A layout that places widgets in a row and wraps them onto the next line when the row is full.

Button rows are where translations hurt most: five buttons that fit side by side in English need
40 % more room in Russian or French and would otherwise force the whole window wider than the
screen. A flow layout keeps the row's minimum width to its widest button and lets the rest wrap,
the way Qt's own Flow Layout example does; unlike that example it also mirrors for Arabic.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

SEPARATOR = "flow_separator"
"""Widget property: a separator line, left out where it would start or end a line."""


class FlowLayout(QLayout):
    """Items left to right (right to left when mirrored), wrapping onto as many lines as needed."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1, line_spacing: int = -1,
                 one_line_hint: bool = True) -> None:
        """``spacing`` between items and ``line_spacing`` between lines (-1: the style's);
        ``one_line_hint=False`` makes the preferred size the widest item, for rows that grow
        without bound (tags) and must not widen their dialog."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self._one_line_hint = one_line_hint
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's item bookkeeping
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """``widget`` at position ``index`` (the end when out of range)."""
        self.addChildWidget(widget)
        index = index if 0 <= index <= len(self._items) else len(self._items)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        """All items on one line, which is what the row looks like when there is room."""
        if not self._one_line_hint:
            return self.minimumSize()
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item, horizontal=True) if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: anything narrower than that would cut a button's text."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # -- placement
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self, item: QLayoutItem, horizontal: bool) -> int:
        wanted = self._spacing if horizontal else self._line_spacing
        if wanted >= 0:
            return wanted
        widget = item.widget()
        parent = self.parentWidget()
        if widget is None or parent is None:
            return 6
        control = widget.sizePolicy().controlType()
        orientation = Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical
        gap = parent.style().layoutSpacing(control, control, orientation, None, parent)
        return gap if gap >= 0 else 6

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place the items inside ``rect`` (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        mirrored = self._direction() == Qt.LayoutDirection.RightToLeft
        x, y, line_height = area.x(), area.y(), 0
        items = self._visible()
        for index, item in enumerate(items):
            hint = item.sizeHint().expandedTo(item.minimumSize())
            step = self._gap(item, horizontal=True)
            if self._is_separator(item) and not self._separates(items, index, x, area):
                if apply:  # a separator that would start or end a line separates nothing
                    item.setGeometry(QRect(QPoint(area.x(), y), QSize(0, 0)))
                continue
            if x > area.x() and x + hint.width() > area.right() + 1:
                x = area.x()
                y += line_height + self._gap(item, horizontal=False)
                line_height = 0
            if apply:
                left = x if not mirrored else area.x() + area.right() + 1 - x - hint.width()
                item.setGeometry(QRect(QPoint(left, y), hint))
            x += hint.width() + step
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()

    @staticmethod
    def _is_separator(item: QLayoutItem) -> bool:
        widget = item.widget()
        return widget is not None and bool(widget.property(SEPARATOR))

    def _separates(self, items: list[QLayoutItem], index: int, x: int, area: QRect) -> bool:
        """Whether the separator ``items[index]``, placed at ``x``, has an item on each side
        on the same line."""
        if x <= area.x() or index + 1 >= len(items):
            return False
        hint = items[index].sizeHint().expandedTo(items[index].minimumSize())
        after = x + hint.width() + self._gap(items[index], horizontal=True)
        following = items[index + 1].sizeHint().expandedTo(items[index + 1].minimumSize())
        return after + following.width() <= area.right() + 1

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
