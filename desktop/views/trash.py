"""The trash of a registry list: deleted records, restored with one click."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.views.context import AppContext
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from desktop.views.translation import datetime_text
from desktop.views.widgets import ContainsFilterProxy


@dataclass(frozen=True)
class TrashRow:
    id: str
    name: str
    detail: str
    deleted_at: dt.datetime | None


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return datetime_text(value)


def parse_time(text: str | dt.datetime | None) -> dt.datetime | None:
    if text is None or isinstance(text, dt.datetime):
        return text
    parsed = dt.datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


class TrashDialog(QDialog):
    """Deleted records of one kind, newest first; Restore brings the selected ones back."""

    def __init__(
        self,
        ctx: AppContext,
        entity: str,
        title: str,
        load: Callable[[], Sequence[TrashRow]],
        restore: Callable[[Sequence[str]], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self._load = load
        self._restore = restore
        self.restored = 0
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Deleted records stay here until you restore them. Restoring "
                "brings a record back with its links and history."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setAccessibleName(self.tr("Filter deleted records"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.model: RowTableModel[TrashRow] = RowTableModel(
            [
                Column(lambda: QCoreApplication.translate("TrashDialog", "Name"), lambda r: r.name),
                Column(
                    lambda: QCoreApplication.translate("TrashDialog", "Details"), lambda r: r.detail
                ),
                Column(
                    lambda: QCoreApplication.translate("TrashDialog", "Deleted"),
                    lambda r: _when(r.deleted_at),
                    sort_key=lambda r: r.deleted_at.isoformat() if r.deleted_at else "",
                ),
            ],
            self,
        )
        self.proxy = ContainsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(title)
        fit_columns(self.table, 0, contents=(1, 2))
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("The trash is empty."), self)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore selected"), self)
        self.restore_button.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.resize(720, 460)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self._load())
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.empty.setVisible(self.model.rowCount() == 0)

    def selected_ids(self) -> list[str]:
        ids = []
        for index in self.table.selectionModel().selectedRows():
            row = self.proxy.data(index, ROW_ROLE)
            if isinstance(row, TrashRow):
                ids.append(row.id)
        return ids

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        count = self._restore(ids)
        self.restored += count
        self.ctx.bus.announce(self.entity)
        self.ctx.bus.status_message.emit(
            self.tr("%Ln record(s) restored.", "", count), 5000
        )
        self.reload()
