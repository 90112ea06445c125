"""Table columns that show their whole header in every language.

Qt's ``Stretch`` mode squeezes a stretching column down to a few pixels ("Y…") as soon as the
other columns fill the table, and fixed widths chosen for English cut Russian or pseudo headers
("гион происхожден"). :func:`fit_columns` instead keeps every column at least as wide as its
header (with the style's margins and room for the sort arrow, as Qt measures it), widens short
code-like columns (status, consent, sync …) to their longest translated value, and lets one or
more text columns take the width that is left, never less than their own header. When the
columns need more than the table's width, the table scrolls sideways instead of cutting them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from desktop.views.translation import bidi_isolate


def header_width(header: QHeaderView, section: int) -> int:
    """The width a column needs to show its whole header title and the sort arrow."""
    return max(header.sectionSizeHint(section), 0)


def values_width(table: QTableView, texts: Iterable[str]) -> int:
    """The width a column needs to show each of ``texts`` in full (cell margins included)."""
    metrics = QFontMetrics(table.font())
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    widest = max((metrics.horizontalAdvance(bidi_isolate(text)) for text in texts if text),
                 default=0)
    return widest + 2 * margin + 2 if widest else 0  # + 2: the grid line, rounding


class ColumnFitter(QObject):
    """Keeps a table's columns fitted; see :func:`fit_columns`."""

    def __init__(self, table: QTableView, stretch: Sequence[int], widths: Mapping[int, int],
                 values: Mapping[int, Iterable[str]], contents: Iterable[int],
                 stretch_minimum: int) -> None:
        super().__init__(table)
        self.table = table
        self.header = table.horizontalHeader()
        self.stretch = [column for column in stretch if column >= 0]
        self.widths = dict(widths)
        self.values = {column: list(texts) for column, texts in values.items()}
        self.contents = set(contents)
        self.stretch_minimum = stretch_minimum
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.stretch_columns)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.header.setStretchLastSection(False)
        self.header.sectionResized.connect(self._resized)
        self.header.sectionCountChanged.connect(lambda _old, _new: self.apply())
        table.viewport().installEventFilter(self)
        self.apply()

    def minimum(self, column: int) -> int:
        """The narrowest this column may be made by the page (the user may go narrower)."""
        need = max(header_width(self.header, column),
                   values_width(self.table, self.values.get(column, ())))
        if column in self.stretch:
            need = max(need, self.stretch_minimum)
        return need

    def apply(self) -> None:
        """Set every column's mode and starting width, then share out the rest."""
        for column in range(self.header.count()):
            if column in self.contents and column not in self.stretch:
                self.header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
                continue
            self.header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if column in self.stretch:
                continue
            preferred = self.widths.get(column, self.header.sectionSize(column))
            self._set(column, max(preferred, self.minimum(column)))
        self.stretch_columns()

    def stretch_columns(self) -> None:
        """Give the stretching columns the width the others leave, at least their minimum."""
        shown = [c for c in self.stretch if c < self.header.count()
                 and not self.header.isSectionHidden(c)]
        if not shown:
            return
        others = sum(self.header.sectionSize(c) for c in range(self.header.count())
                     if c not in shown and not self.header.isSectionHidden(c))
        minimums = [self.minimum(c) for c in shown]
        spare = max(0, self.table.viewport().width() - others - sum(minimums))
        share, extra = divmod(spare, len(shown))
        for position, (column, least) in enumerate(zip(shown, minimums, strict=True)):
            self._set(column, least + share + (extra if position == len(shown) - 1 else 0))

    def _set(self, column: int, width: int) -> None:
        if self.header.sectionSize(column) == width:
            return
        self._busy = True
        try:
            self.header.resizeSection(column, width)
        finally:
            self._busy = False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._busy and column not in self.stretch:
            self._timer.start()  # another column changed: the stretching ones take the rest

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.stretch_columns()
        elif event.type() == QEvent.Type.Show:
            self.apply()  # fonts and sort arrows are final once shown
        return False


def fit_columns(table: QTableView, stretch: int | Sequence[int] = (), *,
                widths: Mapping[int, int] | None = None,
                values: Mapping[int, Iterable[str]] | None = None,
                contents: Iterable[int] = (), stretch_minimum: int = 0) -> ColumnFitter:
    """Fit ``table``'s columns to their headers (call once its model is set).

    ``stretch``: the text column(s) that take the width left over (never less than their
    header or ``stretch_minimum``). ``widths``: preferred widths, widened to the header when
    it needs more. ``values``: every text a short column can show (translated status labels
    …), so it is widened to the longest. ``contents``: columns sized to their cells by Qt
    (small tables only: Qt measures the rows). Other columns keep their width, widened to
    their header. Users can still resize every column; the table scrolls sideways when the
    columns need more room than it has.
    """
    columns = [stretch] if isinstance(stretch, int) else list(stretch)
    return ColumnFitter(table, columns, widths or {}, values or {}, contents, stretch_minimum)
