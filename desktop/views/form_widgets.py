"""Form building blocks of the registry: error labels next to fields, tag lists, optional
dates, the engagement-area checklist and a flow layout for chips."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.validation import parse_list
from desktop.views.flow_layout import FlowLayout
from desktop.views.translation import date_input_format

ERROR_STYLE = "color: #b00020;"


class ErrorLabel(QLabel):
    """The red sentence under a field that says what is wrong with it; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))
        self.setAccessibleDescription(message)


def with_error(field: QWidget, error: ErrorLabel, parent: QWidget) -> QWidget:
    """A field with its error label underneath, as one form row widget."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(error)
    return box


class TagEdit(QWidget):
    """A list of short texts (sectors, languages): type and press Enter (or ; or ,) to add,
    click a chip's ✕ to remove. Suggestions come from ``suggestions``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, suggestions: Sequence[str] = (),
                 display: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._display: Callable[[str], str] = display or (lambda tag: tag)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.input = QLineEdit(self)
        self.input.setPlaceholderText(self.tr("Type and press Enter to add"))
        self.input.returnPressed.connect(self._commit)
        self.input.textEdited.connect(self._on_edited)
        self.set_suggestions(suggestions)
        column.addWidget(self.input)
        self.chips = QWidget(self)
        self.chips.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.flow = FlowLayout(self.chips, spacing=4, line_spacing=4, one_line_hint=False)
        column.addWidget(self.chips)
        self.chips.setVisible(False)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.input.setAccessibleName(name)

    def set_suggestions(self, suggestions: Sequence[str]) -> None:
        completer = QCompleter(list(suggestions), self.input)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda _text: self._commit_later())
        self.input.setCompleter(completer)

    def _commit_later(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._commit)

    def _on_edited(self, text: str) -> None:
        if text and text[-1] in ";,":
            self._commit()
        self.changed.emit()

    def _commit(self) -> None:
        text = self.input.text()
        added = False
        for tag in parse_list(text):
            if tag.casefold() not in {t.casefold() for t in self._tags}:
                self._tags.append(tag)
                added = True
        self.input.clear()
        if added:
            self._rebuild()
        self.changed.emit()

    def tags(self) -> list[str]:
        """The tags, including text still being typed (so nothing typed is lost on save)."""
        pending = [t for t in parse_list(self.input.text())
                   if t.casefold() not in {x.casefold() for x in self._tags}]
        return [*self._tags, *pending]

    def set_tags(self, tags: Iterable[str]) -> None:
        self._tags = list(dict.fromkeys(tags))
        self.input.clear()
        self._rebuild()

    def remove(self, tag: str) -> None:
        if tag in self._tags:
            self._tags.remove(tag)
            self._rebuild()
            self.changed.emit()

    def _rebuild(self) -> None:
        while self.flow.count():
            item = self.flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for tag in self._tags:
            label = self._display(tag)
            chip = QToolButton(self.chips)
            chip.setText(f"{label}  ✕")
            chip.setToolTip(self.tr("Remove {tag}").format(tag=label))
            chip.setAccessibleName(self.tr("Remove {tag}").format(tag=label))
            chip.setAutoRaise(False)
            chip.clicked.connect(lambda _checked=False, t=tag: self.remove(t))
            self.flow.addWidget(chip)
        self.chips.setVisible(bool(self._tags))
        self.flow.invalidate()
        self.chips.updateGeometry()
        self.updateGeometry()


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a calendar date field plus a Clear button."""

    changed = Signal()

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(self.EMPTY)
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setDisplayFormat(date_input_format())
        self.edit.setDate(self.EMPTY)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        self.edit.dateChanged.connect(lambda _d: self._on_changed())
        self.edit.calendarWidget().installEventFilter(self)
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        self._on_changed()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.clear_button.setAccessibleName(self.tr("Clear {field}").format(field=name))

    def _on_changed(self) -> None:
        self.clear_button.setEnabled(self.date() is not None)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty date is stored as 1900-01-01; open the calendar on this month instead.
        if event.type() == QEvent.Type.Show and self.date() is None:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False

    def date(self) -> dt.date | None:
        value = self.edit.date()
        if value == self.EMPTY:
            return None
        return dt.date(value.year(), value.month(), value.day())

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else self.EMPTY)

    def clear(self) -> None:
        self.set_date(None)


class CheckList(QWidget):
    """A fixed vocabulary as checkboxes in columns (engagement areas)."""

    changed = Signal()

    def __init__(self, labels: dict[str, str], columns: int = 3,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        rows = (len(labels) + columns - 1) // columns
        for position, (code, label) in enumerate(labels.items()):
            box = QCheckBox(label, self)
            box.setAccessibleName(label)
            box.toggled.connect(lambda _on: self.changed.emit())
            grid.addWidget(box, position % rows, position // rows)
            self.boxes[code] = box

    def checked(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)


def add_shortcut(widget: QWidget, keys: str | QKeySequence.StandardKey, slot: object) -> QShortcut:
    """A shortcut active while focus is anywhere inside ``widget``."""
    sequence = QKeySequence(keys)
    shortcut = QShortcut(sequence, widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def align_form_labels(labels: Iterable[QLabel]) -> None:
    """Give the labels of several form layouts one width, so fields line up across groups."""
    items = list(labels)
    width = max((label.sizeHint().width() for label in items), default=0)
    for label in items:
        label.setMinimumWidth(width)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
