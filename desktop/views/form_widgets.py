"""Form building blocks of the registry: error labels next to fields, tag lists, typed
optional dates, the engagement-area checklist and a flow layout for chips."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop.services.person_fields import unset_quota_fields
from desktop.services.validation import parse_list
from desktop.views.flow_layout import FlowLayout
from desktop.views.translation import date_pattern, date_text, list_text

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
    """A date that may be left empty: type it in the UI language's usual order (07/03/2025,
    7.3.2025, 3/7/2025 — any separator, two- or four-digit year) or pick it from the calendar.

    Clearing is one key: the whole date is selected when the field gets focus (Backspace or
    Delete then empties it) and Delete always empties the whole field. Text that is not a
    date turns the field red and says how to write one; :meth:`date` is then None and
    :meth:`problem` says why, so a form can refuse to save it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self._format = date_pattern()
        self._value: dt.date | None = None
        self._problem = ""
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self.tr("e.g. {date}").format(date=date_text(dt.date.today())))
        self.edit.setToolTip(self.tr("Type the date or pick it from the calendar; "
                                     "Delete clears it."))
        self.edit.textEdited.connect(self._on_typed)
        self.edit.editingFinished.connect(self._tidy)
        self.edit.installEventFilter(self)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)  # drawn by the style: no font
        self.calendar_button.setAccessibleName(self.tr("Pick from the calendar"))
        self.calendar_button.setToolTip(self.tr("Pick from the calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.calendar_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button.setMenu(menu)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.clear_button)
        self._update_buttons()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.calendar_button.setAccessibleName(
            self.tr("Pick {field} from the calendar").format(field=name))
        self.clear_button.setAccessibleName(self.tr("Clear {field}").format(field=name))

    # -- typing
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit:
            if event.type() == QEvent.Type.FocusIn:
                QTimer.singleShot(0, self.edit.selectAll)
            elif (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                  and event.key() == Qt.Key.Key_Delete and self.edit.text()):
                self.clear()
                return True
        return super().eventFilter(watched, event)

    def _on_typed(self, text: str) -> None:
        self._read(text)
        self.changed.emit()

    def _read(self, text: str) -> None:
        if not text.strip():
            self._value, self._problem = None, ""
        else:
            parsed = parse_typed_date(text, self._format)
            self._value = parsed
            self._problem = "" if parsed is not None else self.tr(
                "Not a date. Write it like {example}.").format(
                    example=date_text(dt.date.today()))
        self.edit.setStyleSheet("border: 1px solid #b00020;" if self._problem else "")
        self.edit.setToolTip(self._problem or self.tr(
            "Type the date or pick it from the calendar; Delete clears it."))
        self._update_buttons()

    def _tidy(self) -> None:
        """Rewrite a typed date the way lists show it (7.3.25 becomes 07.03.2025)."""
        if self._value is not None:
            shown = date_text(self._value)
            if self.edit.text() != shown:
                self.edit.setText(shown)

    def _update_buttons(self) -> None:
        self.clear_button.setEnabled(bool(self.edit.text()))

    # -- calendar
    def _prepare_calendar(self) -> None:
        day = self._value or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)

    def _picked(self, value: QDate) -> None:
        self.set_date(dt.date(value.year(), value.month(), value.day()))
        menu = self.calendar_button.menu()
        if menu is not None:
            menu.close()
        self.changed.emit()

    # -- value
    def date(self) -> dt.date | None:
        return self._value

    def problem(self) -> str:
        """Why the typed text is not a date ("" when it is one or the field is empty)."""
        return self._problem

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText(date_text(value) if value else "")
        self._read(self.edit.text())

    def clear(self) -> None:
        self.set_date(None)
        self.changed.emit()


def parse_typed_date(text: str, pattern: str) -> dt.date | None:
    """A date typed in the order of ``pattern`` (a Qt date format such as dd/MM/yyyy), with
    any separators, or as eight digits in a row; ISO 2025-03-07 is always understood. A
    two-digit year means the nearer of 19xx and 20xx. None when the text is not a real date."""
    plain = _month_names_as_numbers(text.translate(_DIGITS))
    groups = re.findall(r"\d+", plain)
    order = _field_order(pattern)
    if len(groups) == 1 and len(groups[0]) == 8:
        widths = {"d": 2, "M": 2, "y": 4}
        run, groups, at = groups[0], [], 0
        for field in order:
            groups.append(run[at:at + widths[field]])
            at += widths[field]
    if len(groups) != 3:
        return None
    if len(groups[0]) == 4:
        order = ["y", "M", "d"]
    found = dict(zip(order, (int(group) for group in groups), strict=True))
    year = found["y"]
    if len(str(year)) <= 2:
        this_year = dt.date.today().year
        year += this_year - this_year % 100
        if year > this_year + 50:
            year -= 100
    try:
        return dt.date(year, found["M"], found["d"])
    except ValueError:
        return None


def _month_names_as_numbers(text: str) -> str:
    """"7 Dec 2026" or "7 décembre 2026" as "7 12 2026" (names in the UI language or English)."""
    words = re.findall(r"[^\W\d_]+\.?", text)
    if not words:
        return text
    names: list[tuple[str, int]] = []
    for locale in (QLocale(), QLocale(QLocale.Language.English)):
        for month in range(1, 13):
            for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                for name in (locale.monthName(month, form),
                             locale.standaloneMonthName(month, form)):
                    names.append((name.casefold().rstrip("."), month))
    for word in words:
        key = word.casefold().rstrip(".")
        month_number = next((m for name, m in names if name == key), None)
        if month_number is None and len(key) >= 3:
            month_number = next((m for name, m in names if name.startswith(key)), None)
        if month_number is not None:
            text = text.replace(word, f" {month_number} ", 1)
    return text


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _field_order(pattern: str) -> list[str]:
    """The order in which day, month and year are typed in a Qt date pattern."""
    order: list[str] = []
    for match in re.finditer(r"d+|M+|y+", pattern):
        field = match.group(0)[0]
        if field not in order:
            order.append(field)
    return order if sorted(order) == ["M", "d", "y"] else ["d", "M", "y"]


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


def confirm_unset_quota_fields(parent: QWidget, entity: str, values: Mapping[str, object],
                               labels: Mapping[str, str],
                               widgets: Mapping[str, QWidget]) -> bool:
    """Before saving a person: if fields the selection quotas use are still unset, say which
    and let the user go back to them (True: save anyway, or nothing was missing)."""
    missing = unset_quota_fields(entity, values)
    if not missing:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("QuotaFields", "Some details are not set"),
        QCoreApplication.translate(
            "QuotaFields",
            "The selection quotas use these details, which are not set: {fields}.\n\n"
            "Ask the person if you can. Saved without them, the person counts as "
            "\u201cnot stated\u201d in quotas. Save anyway?"
        ).format(fields=list_text([labels.get(key, key) for key in missing])),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Save:
        widget = widgets.get(missing[0])
        if widget is not None:
            widget.setFocus()
        return False
    return True
