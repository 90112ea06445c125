"""List actions for getting records in and out and keeping the register clean: Import…,
Export…, Recent imports… (with Undo) and Find duplicates…

They are registered for associations and focal points here; any other entity with an import
spec (candidates) gets the same actions with :func:`register_data_actions`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.identity import current_user_name
from desktop.services.importing import (
    BatchInfo,
    UndoError,
    export_records,
    list_batches,
    spec_for,
    undo_batch,
    undo_check,
)
from desktop.services.importing.export import ExportError
from desktop.services.progress import Progress
from desktop.views.context import AppContext
from desktop.views.list_actions import ListAction, ListPage, register_list_action
from desktop.views.operations import run_operation
from desktop.views.save_dialog import ask_save_path, file_name
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.translation import datetime_text, number_text

# --------------------------------------------------------------------------------------------
# Export


def export_list(page: ListPage) -> None:
    """Export exactly what the list shows, in its order, to a CSV or Excel file."""
    spec = spec_for(page.entity)
    ids = page.visible_ids()
    parent = page.widget()
    if not ids:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("DataActions", "Export"),
            QCoreApplication.translate(
                "DataActions", "The list is empty: there is nothing to export."
            ),
        )
        return
    path = ask_save_path(
        parent, page.ctx.settings, "spreadsheet",
        QCoreApplication.translate("DataActions", "Export %Ln record(s)", "", len(ids)),
        file_name(spec.cli_name.replace("_", " ").replace("-", " ").capitalize(),
                  suffix=".xlsx"),
        QCoreApplication.translate("DataActions", "Excel workbook (*.xlsx);;CSV file (*.csv)"),
        page.ctx.paths.data_dir,
    )
    if path is None:
        return
    run_export(page.ctx, page.entity, ids, path, parent)


def run_export(
    ctx: AppContext, entity: str, ids: list[str], path: Path, parent: QWidget | None
) -> None:
    spec = spec_for(entity)
    db = ctx.db

    def work(progress: Progress) -> int:
        with db.sessions() as session:
            return export_records(session, spec, path, ids=ids, progress=progress)

    def done(count: int) -> None:
        ctx.bus.status_message.emit(
            QCoreApplication.translate("DataActions", "{count} records exported to {file}").format(
                count=number_text(count), file=path
            ),
            8000,
        )

    def failed(exc: BaseException) -> None:
        message = (
            str(exc)
            if isinstance(exc, ExportError)
            else QCoreApplication.translate("DataActions", "Could not export: {error}").format(
                error=exc
            )
        )
        QMessageBox.warning(parent, QCoreApplication.translate("DataActions", "Export"), message)

    run_operation(
        parent,
        work,
        done,
        label=QCoreApplication.translate("DataActions", "Exporting…"),
        on_error=failed,
    )


# --------------------------------------------------------------------------------------------
# Recent imports


class BatchModel(RowTableModel[tuple[BatchInfo, str]]):
    """Batches with the reason they cannot be undone ("" when they can)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("DataActions", "Imported on"),
                    lambda r: datetime_text(r[0].imported_at),
                    sort_key=lambda r: r[0].imported_at.isoformat(),
                ),
                Column(
                    lambda: QCoreApplication.translate("DataActions", "File"),
                    lambda r: r[0].file_name,
                ),
                Column(
                    lambda: QCoreApplication.translate("DataActions", "Records"),
                    lambda r: r[0].rows_imported,
                    align_right=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("DataActions", "Left out"),
                    lambda r: r[0].rows_rejected,
                    align_right=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("DataActions", "By"),
                    lambda r: r[0].imported_by,
                ),
                Column(
                    lambda: QCoreApplication.translate("DataActions", "State"),
                    lambda r: _state(r[0], r[1]),
                ),
            ],
            parent,
        )


def _state(info: BatchInfo, reason: str) -> str:
    if info.undone_at is not None:
        return QCoreApplication.translate("DataActions", "Undone on {date}").format(
            date=datetime_text(info.undone_at)
        )
    if reason:
        return QCoreApplication.translate("DataActions", "Changed since; cannot be undone")
    return QCoreApplication.translate("DataActions", "Can be undone")


class RecentImportsDialog(QDialog):
    """The recent imports of one kind of record, each undoable while its records are
    untouched."""

    def __init__(self, ctx: AppContext, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.setWindowTitle(self.tr("Recent imports"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        self.note = QLabel(
            self.tr(
                "An import can be undone as long as none of its records was "
                "changed, deleted, merged or linked since."
            ),
            self,
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.model = BatchModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Recent imports"))
        fit_columns(self.table, 1)
        layout.addWidget(self.table, 1)
        self.reason = QLabel("", self)
        self.reason.setWordWrap(True)
        layout.addWidget(self.reason)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Undo import"), self)
        self.undo_button.setToolTip(self.tr("Move the records of the selected import to the trash"))
        self.undo_button.clicked.connect(self.undo_selected)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.db.sessions() as session:
            rows = [
                (info, undo_check(session, info.id)) for info in list_batches(session, self.entity)
            ]
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        else:
            self.reason.setText(self.tr("No imports yet."))
        self._update()

    def selected(self) -> tuple[BatchInfo, str] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.model.data(rows[0], ROW_ROLE)
        return value if isinstance(value, tuple) else None

    def _update(self) -> None:
        chosen = self.selected()
        self.undo_button.setEnabled(chosen is not None and not chosen[1])
        if chosen is not None:
            self.reason.setText(chosen[1])

    def undo_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen[1]:
            return
        info = chosen[0]
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            self.tr("Move the {count} records imported from {file} to the trash?").format(
                count=number_text(info.rows_imported), file=info.file_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.db.transaction() as session:
                removed = undo_batch(session, info.id, current_user_name(self.ctx.settings))
        except UndoError as exc:
            QMessageBox.warning(self, self.tr("Undo import"), str(exc))
            self.refresh()
            return
        self.ctx.bus.announce(self.entity)
        self.ctx.bus.status_message.emit(
            self.tr("Import undone: {count} records moved to the trash.").format(
                count=number_text(removed)
            ),
            6000,
        )
        self.refresh()


# --------------------------------------------------------------------------------------------
# Registration


def open_import(page: ListPage) -> None:
    from desktop.views.import_wizard import ImportWizard

    ImportWizard(page.ctx, page.entity, page.widget()).exec()


def open_recent_imports(page: ListPage) -> None:
    RecentImportsDialog(page.ctx, page.entity, page.widget()).exec()


def open_duplicates(page: ListPage) -> None:
    from desktop.views.duplicates_dialog import DuplicatesDialog

    DuplicatesDialog(page.ctx, page.entity, page.widget()).exec()


def register_data_actions(entity: str, duplicates: bool = False) -> None:
    """Add Import…, Export… and Recent imports… (and Find duplicates…) to ``entity``'s list."""
    register_list_action(
        ListAction(
            entity,
            "import",
            lambda: QCoreApplication.translate("DataActions", "&Import…"),
            open_import,
            shortcut="Ctrl+Shift+I",
        )
    )
    register_list_action(
        ListAction(
            entity,
            "export",
            lambda: QCoreApplication.translate("DataActions", "E&xport…"),
            export_list,
            shortcut="Ctrl+Shift+E",
        )
    )
    register_list_action(
        ListAction(
            entity,
            "recent_imports",
            lambda: QCoreApplication.translate("DataActions", "Recent i&mports…"),
            open_recent_imports,
        )
    )
    if duplicates:
        register_list_action(
            ListAction(
                entity,
                "duplicates",
                lambda: QCoreApplication.translate("DataActions", "Find &duplicates…"),
                open_duplicates,
                shortcut="Ctrl+Shift+D",
            )
        )


register_data_actions("association", duplicates=True)
register_data_actions("focal_point", duplicates=True)
