"""The "Find duplicates" window: likely pairs with their score and reasons, each to be marked
"not a duplicate" or merged."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.dedupe import DuplicatePair, likely_pairs, mark_not_duplicate
from desktop.services.identity import current_user_name
from desktop.services.progress import Progress
from desktop.views.context import AppContext
from desktop.views.merge_dialog import MergeDialog
from desktop.views.operations import Operation, run_operation
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, Column, Index, RowTableModel
from desktop.views.widgets import ContainsFilterProxy


class PairModel(RowTableModel[DuplicatePair]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("DuplicatesDialog", "Score"),
                    lambda p: p.score,
                    align_right=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("DuplicatesDialog", "Record"),
                    lambda p: p.first_name,
                ),
                Column(
                    lambda: QCoreApplication.translate("DuplicatesDialog", "Looks like"),
                    lambda p: p.second_name,
                ),
                Column(
                    lambda: QCoreApplication.translate("DuplicatesDialog", "Why"),
                    lambda p: "; ".join(p.reasons),
                ),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            pair = self.row_at(index.row())
            return "\n".join([pair.first_name, pair.second_name, *pair.reasons])
        return super().data(index, role)


class DuplicatesDialog(QDialog):
    """Looks for likely duplicate pairs in the background and lets the user settle each."""

    def __init__(self, ctx: AppContext, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Likely duplicates"))
        self.resize(1040, 560)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Looking for duplicates…"), self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        layout.addWidget(self.progress)

        self.model = PairModel(self)
        self.proxy = ContainsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Likely duplicate pairs"))
        fit_columns(self.table, (1, 2, 3), contents=(0,))
        self.table.doubleClicked.connect(lambda _index: self.merge_selected())
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setToolTip(self.tr("Merge the two records, picking each field (Enter)"))
        self.not_duplicate_button = QPushButton(self.tr("&Not a duplicate"), self)
        self.not_duplicate_button.setToolTip(
            self.tr("Remember that these are two different records, so they are not proposed again")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.not_duplicate_button.clicked.connect(self.not_duplicate)
        row.addWidget(self.merge_button)
        row.addWidget(self.not_duplicate_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for button in (self.merge_button, self.not_duplicate_button):
            button.setAutoDefault(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.search()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.merge_selected()
            return
        super().keyPressEvent(event)

    # -- searching
    def search(self) -> None:
        db, entity = self.ctx.db, self.entity

        def work(progress: Progress) -> list[DuplicatePair]:
            with db.sessions() as session:
                return likely_pairs(session, entity, progress)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.operation = run_operation(
            None, work, self._found, on_error=self._failed, on_cancel=lambda: None
        )
        self.operation.progressed.connect(self._progressed)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _found(self, pairs: object) -> None:
        self.operation = None
        self.progress.hide()
        self.model.set_rows(list(pairs) if isinstance(pairs, list) else [])
        self._update_status()
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.progress.hide()
        self.status.setText(self.tr("Could not look for duplicates: {error}").format(error=exc))

    def _update_status(self) -> None:
        count = self.model.rowCount()
        if count:
            self.status.setText(
                self.tr(
                    "{count} likely duplicate pairs. Check each one: merge "
                    "it, or mark it as not a duplicate."
                ).format(count=count)
            )
        else:
            self.status.setText(self.tr("No likely duplicates found."))
        self._update_buttons()

    def reject(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
        super().reject()

    # -- acting on a pair
    def selected(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        pair = self.proxy.data(rows[0], ROW_ROLE)
        return pair if isinstance(pair, DuplicatePair) else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.merge_button.setEnabled(has)
        self.not_duplicate_button.setEnabled(has)

    def _remove(self, predicate: object) -> None:
        assert callable(predicate)
        current = self.table.currentIndex().row()
        self.model.set_rows([p for p in self.model.rows() if not predicate(p)])
        if self.proxy.rowCount():
            self.table.selectRow(min(max(current, 0), self.proxy.rowCount() - 1))
        self._update_status()

    def not_duplicate(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        with self.ctx.db.transaction() as session:
            mark_not_duplicate(
                session,
                self.entity,
                pair.first_id,
                pair.second_id,
                current_user_name(self.ctx.settings),
            )
        self._remove(lambda p: {p.first_id, p.second_id} == {pair.first_id, pair.second_id})
        self.ctx.bus.status_message.emit(
            self.tr("“{first}” and “{second}” will no longer be proposed as duplicates.").format(
                first=pair.first_name, second=pair.second_name
            ),
            5000,
        )

    def merge_selected(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        dialog = MergeDialog(self.ctx, self.entity, pair.first_id, pair.second_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.merge_result is None:
            return
        removed = dialog.merge_result.removed_id
        kept = dialog.merge_result.kept_id
        # Pairs with the removed record are settled; those of the kept one may have changed.
        self._remove(
            lambda p: removed in (p.first_id, p.second_id) or kept in (p.first_id, p.second_id)
        )
