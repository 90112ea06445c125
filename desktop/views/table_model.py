"""A table model fed plain rows, the base of every list in the app (Vorta/Picard pattern).

Subclasses declare columns and how to show a row; the model never touches the database. Sorting
uses :data:`SORT_ROLE` (raw values, so numbers and dates sort properly) and filtering happens in a
``QSortFilterProxyModel``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.views.translation import bidi_isolate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
"""The whole row object, for actions on a selection."""

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column: a translated title, how to display a row, and optionally a sort key."""

    title: Callable[[], str]
    display: Callable[[RowT], Any]
    sort_key: Callable[[RowT], Any] | None = None
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Read-only table of plain rows; call :meth:`set_rows` to replace them all at once."""

    def __init__(self, columns: Sequence[Column[RowT]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[RowT] = []

    # -- data in
    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    # -- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.display(row)
            if isinstance(value, str):
                return bidi_isolate(value)
            return "" if value is None else value
        if role == SORT_ROLE:
            key = column.sort_key or column.display
            value = key(row)
            if isinstance(value, str):
                return value.casefold()
            return -1 if value is None else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title()
        return None


def sync_state_text(state: str) -> str:
    """What the "Sync" column shows for a state from :mod:`desktop.services.sync_state`."""
    from PySide6.QtCore import QCoreApplication

    texts = {
        "pending": QCoreApplication.translate("SyncState", "Pending"),
        "conflict": QCoreApplication.translate("SyncState", "Conflict"),
    }
    return texts.get(state, QCoreApplication.translate("SyncState", "Synced"))


def sync_state_texts() -> list[str]:
    """Every text the "Sync" column can show (to size the column)."""
    return [sync_state_text(state) for state in ("pending", "conflict", "")]
