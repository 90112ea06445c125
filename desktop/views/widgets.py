"""Small building blocks shared by the sections: page headers, searchable country pickers."""

from __future__ import annotations

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services import countries
from desktop.views.table_model import SORT_ROLE


def page_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def page_subtitle(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def page_layout(widget: QWidget, title: str, subtitle: str = "") -> QVBoxLayout:
    """The standard page frame: a title, an optional line of explanation, then content."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(10)
    layout.addWidget(page_title(title, widget))
    if subtitle:
        layout.addWidget(page_subtitle(subtitle, widget))
    return layout


class FitComboBox(QComboBox):
    """A combo box as wide as its current choice needs (up to ``widest`` pixels), so "All
    engagement areas" is never cut in a language that says it in 30 letters; put it in a row
    that wraps (:class:`~desktop.views.flow_layout.FlowLayout`) so that several fit any width.
    """

    def __init__(self, parent: QWidget | None = None, widest: int = 360) -> None:
        super().__init__(parent)
        self.widest = widest
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.currentIndexChanged.connect(lambda _i: self.updateGeometry())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = self.fontMetrics().horizontalAdvance(self.currentText())
        if not self.itemIcon(self.currentIndex()).isNull():
            text += self.iconSize().width() + 4
        need = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                             QSize(text, hint.height()), self).width()
        return QSize(max(hint.width(), min(need, self.widest)), hint.height())


class CountryComboBox(QComboBox):
    """A country picker: type any part of a name (in the UI language) to narrow the list."""

    def __init__(self, language: str = "en", parent: QWidget | None = None,
                 allow_empty: bool = False) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if allow_empty:
            self.addItem("", "")
        for country in countries.countries(language):
            self.addItem(country.name, country.code)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("Type to search countries"))
        self.setCurrentIndex(-1 if not allow_empty else 0)

    def code(self) -> str:
        """The chosen ISO 3166-1 alpha-2 code, or "" if the text matches no country."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return ""
        return str(self.itemData(index) or "")

    def set_code(self, code: str) -> None:
        index = self.findData(code.upper()) if code else (0 if self.findData("") == 0 else -1)
        self.setCurrentIndex(index)


class ContainsFilterProxy(QSortFilterProxyModel):
    """Case-insensitive 'contains' filter over all columns; sorts text the way the user's
    language does (Bălți next to Balti, not after Z) and numbers as numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)
        self._collator = QCollator(QLocale())
        self._collator.setNumericMode(True)
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a = left.data(self.sortRole())
        b = right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
