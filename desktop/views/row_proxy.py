"""A sort/filter proxy for lists of 100,000 rows that stays quick on every keystroke.

``QSortFilterProxyModel`` asks Python once per source row to filter (``filterAcceptsRow``) and
twice per comparison to sort (``lessThan`` or ``data``): 45-90 ms per keystroke and seconds per
sort over 100,000 rows of a Python model. This proxy instead receives the whole answer at once
from Python code that works on lists (a list comprehension over precomputed lower-case search
strings takes a few milliseconds) and keeps the mapping between its rows and the source rows in
two plain lists, so the view calls into Python only for the rows it paints.

Subclasses decide what passes: override :meth:`accepted_rows`, and call
:meth:`invalidate_rows` when a criterion changed. The source model gives bulk sort keys through
:meth:`SortKeySource.sort_keys`, and may hand over an order computed by its loader thread with
``presorted(column) -> list[int] | None``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from desktop.views.table_model import SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


@runtime_checkable
class SortKeySource(Protocol):
    """A source model that can give the sort key of every row of a column at once."""

    def sort_keys(self, column: int) -> Sequence[Any]: ...


class RowProxy(QAbstractProxyModel):
    """Flat-table proxy: rows are a filtered, ordered selection of the source rows."""

    CHUNK = 8_000
    """Rows tested per step of a long filtering (a few milliseconds each)."""

    filtering_finished = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._order: list[int] = []  # every source row, in sort order
        self._rows: list[int] = []  # the visible source rows, in sort order
        self._inverse: list[int] | None = None  # source row -> proxy row (built on demand)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._key_cache: dict[int, Sequence[Any]] = {}
        self._cell: Any = None
        self._pending: tuple[Sequence[int], int, bool] | None = None
        self._chunk_timer = QTimer(self)
        self._chunk_timer.setSingleShot(True)
        self._chunk_timer.setInterval(0)
        self._chunk_timer.timeout.connect(self._continue_filtering)

    # -- source wiring
    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._connections(old):
                signal.disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(model)
        self._cell = getattr(model, "cell", None)
        """``cell(row, column, role)``: a source may offer it to skip index objects when the
        view paints (several calls per visible cell)."""
        for signal, slot in self._connections(model):
            signal.connect(slot)
        self._rebuild()
        self.endResetModel()

    def _connections(self, model: QAbstractItemModel) -> list[tuple[Any, Any]]:
        return [
            (model.modelAboutToBeReset, self._source_about_to_reset),
            (model.modelReset, self._source_reset),
            (model.dataChanged, self._source_data_changed),
            (model.headerDataChanged, self.headerDataChanged),
            (model.layoutChanged, self._source_reset_now),
            (model.rowsInserted, self._source_reset_now),
            (model.rowsRemoved, self._source_reset_now),
        ]

    def _source_about_to_reset(self) -> None:
        self.beginResetModel()

    def _source_reset(self) -> None:
        self._key_cache.clear()
        self._rebuild()
        self.endResetModel()

    def _source_reset_now(self, *_args: Any) -> None:
        self.beginResetModel()
        self._key_cache.clear()
        self._rebuild()
        self.endResetModel()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                             *_roles: Any) -> None:
        self._key_cache.clear()
        if not self._rows:
            return
        first, last = top_left.row(), bottom_right.row()
        if last - first > 50:  # many rows: one signal for the whole visible range
            self.dataChanged.emit(self.index(0, top_left.column()),
                                  self.index(len(self._rows) - 1, bottom_right.column()))
            return
        source = self.sourceModel()
        for source_row in range(first, last + 1):
            proxy = self.mapFromSource(source.index(source_row, 0))
            if proxy.isValid():
                self.dataChanged.emit(self.index(proxy.row(), top_left.column()),
                                      self.index(proxy.row(), bottom_right.column()))

    # -- what subclasses provide
    def accepted_rows(self, candidates: Sequence[int], narrowing: bool = False) -> list[int]:
        """The source rows among ``candidates`` (in the given order) that pass the filter.
        ``narrowing``: the candidates passed the previous, looser criteria."""
        return list(candidates)

    def quick_rows(self, candidates: Sequence[int], narrowing: bool) -> list[int] | None:
        """The whole answer when it can be had cheaply (e.g. a rare word found by one scan),
        else None and the rows are tested chunk by chunk."""
        return None

    # -- filtering
    def invalidate_rows(self, narrowing: bool = False) -> None:
        """Re-filter after a criterion changed. ``narrowing`` says every row that passes now
        passed before (e.g. one more letter typed), so only the visible rows are tested.

        A long list is filtered in chunks: the first chunk before this returns (the view
        shows the first matches at once), the rest from the event loop, appended as they
        come, so typing never waits for 100,000 rows. A new call cancels the unfinished one.
        """
        if self._pending is not None:
            self._pending = None
            narrowing = False  # the visible rows are not all there yet
        candidates = self._rows if narrowing else self._order
        quick = self.quick_rows(candidates, narrowing)
        self.beginResetModel()
        if quick is not None:
            self._rows = quick
        elif len(candidates) <= self.CHUNK:
            self._rows = self.accepted_rows(candidates, narrowing)
        else:
            self._rows = self.accepted_rows(candidates[:self.CHUNK], narrowing)
            self._pending = (candidates, self.CHUNK, narrowing)
            self._chunk_timer.start()
        self._inverse = None
        self.endResetModel()
        if self._pending is None:
            self.filtering_finished.emit()

    def _continue_filtering(self) -> None:
        if self._pending is None:
            return
        candidates, start, narrowing = self._pending
        end = start + self.CHUNK
        found = self.accepted_rows(candidates[start:end], narrowing)
        if found:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
            self._rows.extend(found)
            self._inverse = None
            self.endInsertRows()
        if end >= len(candidates):
            self._pending = None
            self.filtering_finished.emit()
        else:
            self._pending = (candidates, end, narrowing)
            self._chunk_timer.start()

    def finish_filtering(self) -> None:
        """Filter the remaining chunks now (before sorting, or when all rows are needed)."""
        while self._pending is not None:
            self._continue_filtering()

    def is_filtering(self) -> bool:
        return self._pending is not None

    # -- sorting
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.finish_filtering()
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        persistent = self.persistentIndexList()
        self._sort_column = column
        self._sort_order = order
        self._order = self._sorted_order()
        visible = set(old_rows)
        self._rows = [r for r in self._order if r in visible]
        self._inverse = None
        # Persistent indexes (selection, current item) follow their source rows.
        moved_to: list[QModelIndex] = []
        for pi in persistent:
            new_row = self._proxy_row(old_rows[pi.row()]) if pi.row() < len(old_rows) else -1
            moved_to.append(self.index(new_row, pi.column()) if new_row >= 0 else QModelIndex())
        self.changePersistentIndexList([QModelIndex(pi) for pi in persistent], moved_to)
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _keys(self, column: int) -> Sequence[Any]:
        keys = self._key_cache.get(column)
        if keys is None:
            source = self.sourceModel()
            if isinstance(source, SortKeySource):
                keys = source.sort_keys(column)
            else:
                keys = [source.index(r, column).data(SORT_ROLE)
                        for r in range(source.rowCount())]
            self._key_cache[column] = keys
        return keys

    def _sorted_order(self) -> list[int]:
        source = self.sourceModel()
        count = source.rowCount() if source is not None else 0
        if self._sort_column < 0 or source is None:
            return list(range(count))
        presorted = getattr(source, "presorted", None)
        ready = presorted(self._sort_column) if presorted is not None else None
        if ready is not None:
            order = list(ready)
        else:
            keys = self._keys(self._sort_column)
            try:
                order = sorted(range(count), key=keys.__getitem__)
            except TypeError:  # mixed kinds of values in one column: numbers before text
                order = sorted(range(count), key=lambda r: (
                    isinstance(keys[r], str), str(keys[r]) if isinstance(keys[r], str)
                    else keys[r] if isinstance(keys[r], (int, float)) else 0))
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            order.reverse()
        return order

    def _rebuild(self) -> None:
        self._pending = None
        self._order = self._sorted_order()
        self._rows = self.accepted_rows(self._order)
        self._inverse = None

    # -- mapping
    def _proxy_row(self, source_row: int) -> int:
        if self._inverse is None:
            source = self.sourceModel()
            inverse = [-1] * (source.rowCount() if source is not None else 0)
            for position, row in enumerate(self._rows):
                inverse[row] = position
            self._inverse = inverse
        if 0 <= source_row < len(self._inverse):
            return self._inverse[source_row]
        return -1

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        source = self.sourceModel()
        if source is None or not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return source.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row(source_index.row())
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or row < 0 or row >= len(self._rows) or column < 0 \
                or column >= self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _child: Index | None = None) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if row < 0 or row >= len(self._rows):
            return None
        if self._cell is not None:  # straight to the source's rows, no index object
            return self._cell(self._rows[row], index.column(), role)
        source = self.sourceModel()
        return source.data(source.index(self._rows[row], index.column()), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source: QAbstractItemModel | None = self.sourceModel()
        if source is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return source.headerData(section, orientation, role)
        return section + 1 if role == Qt.ItemDataRole.DisplayRole else None

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    # -- for pages
    def source_rows(self) -> list[int]:
        """The visible source rows, in display order (all of them, even mid-filtering)."""
        self.finish_filtering()
        return list(self._rows)

    def source_row(self, proxy_row: int) -> int:
        return self._rows[proxy_row]
