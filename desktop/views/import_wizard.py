"""The import wizard: pick a file, map its columns, preview what will happen, import (in the
background, with Cancel), then a summary with Undo.

It works for any entity with an :class:`~desktop.services.importing.ImportSpec`, so candidates
reuse it as they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.services.identity import current_user_name
from desktop.services.importing import (
    ColumnMapping,
    ImportFileError,
    ImportPlan,
    ImportReport,
    ImportSpec,
    RowError,
    RowWarning,
    Table,
    UndoError,
    analyse,
    apply_saved,
    auto_map,
    delete_mapping,
    execute,
    load_mapping,
    mapping_by_header,
    read_for_import,
    save_mapping,
    saved_mappings,
    spec_for,
    undo_batch,
    write_errors_csv,
)
from desktop.services.importing.encodings import encoding_choices
from desktop.services.progress import Progress
from desktop.views.context import AppContext
from desktop.views.operations import Operation, run_operation
from desktop.views.table_model import Column, RowTableModel
from desktop.views.translation import list_text, number_text

SAMPLE_ROWS = 3
FILE_FILTER = "*.csv *.txt *.tsv *.xlsx *.xlsm"


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel("", parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setAccessibleName(QCoreApplication.translate("ImportWizard", "Problem"))
    label.hide()
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


# --------------------------------------------------------------------------------------------
# Page 1: the file


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A CSV file (any usual encoding, separated by ; , or tabs) or "
                "an Excel workbook (.xlsx) whose first row names the columns."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("&File:"), self)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("Type a path or choose a file"))
        label.setBuddy(self.path)
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self.choose)
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path.textChanged.connect(self._edited)

    def _edited(self, _text: str) -> None:
        _show(self.error, "")
        self.completeChanged.emit()

    def choose(self) -> None:
        start = self.path.text() or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            start,
            self.tr("Tables ({patterns});;All files (*)").format(patterns=FILE_FILTER),
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip()).expanduser()
        QCoreApplication.processEvents()
        try:
            self.wiz.table = read_for_import(self.wiz.spec, path)
        except ImportFileError as exc:
            _show(self.error, str(exc))
            return False
        self.wiz.path = path
        return True


# --------------------------------------------------------------------------------------------
# Page 2: the columns


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the file goes into the field chosen next to "
                "it. Columns set to “Do not import” are left out."
            )
        )
        layout = QVBoxLayout(self)
        saved = QHBoxLayout()
        saved_label = QLabel(self.tr("Sa&ved mappings:"), self)
        self.saved = QComboBox(self)
        self.saved.setAccessibleName(self.tr("Saved mappings"))
        self.saved.setMinimumWidth(220)
        saved_label.setBuddy(self.saved)
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.apply_button.setToolTip(self.tr("Use the chosen saved mapping for this file"))
        self.save_button = QPushButton(self.tr("&Save mapping…"), self)
        self.save_button.setToolTip(
            self.tr("Save these choices to reuse them for the next file from the same source")
        )
        self.delete_button = QPushButton(self.tr("&Delete mapping"), self)
        self.apply_button.clicked.connect(self.apply_saved_mapping)
        self.save_button.clicked.connect(self.save_current)
        self.delete_button.clicked.connect(self.delete_saved)
        for widget in (
            saved_label,
            self.saved,
            self.apply_button,
            self.save_button,
            self.delete_button,
        ):
            saved.addWidget(widget)
        saved.addStretch(1)
        layout.addLayout(saved)
        reading = QHBoxLayout()
        encoding_label = QLabel(self.tr("&Encoding:"), self)
        self.encoding = QComboBox(self)
        self.encoding.setAccessibleName(self.tr("Encoding of the file"))
        for codec, label in encoding_choices():
            self.encoding.addItem(label, codec)
        encoding_label.setBuddy(self.encoding)
        header_label = QLabel(self.tr("&Header on row:"), self)
        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, 1_000_000)
        self.header_row.setAccessibleName(self.tr("Row that names the columns"))
        header_label.setBuddy(self.header_row)
        reading_widgets: tuple[QWidget, ...] = (encoding_label, self.encoding, header_label,
                                                self.header_row)
        for item in reading_widgets:
            reading.addWidget(item)
        reading.addStretch(1)
        layout.addLayout(reading)
        self.encoding.activated.connect(lambda _i: self.reread())
        self.header_row.editingFinished.connect(self.reread)
        self.info = QLabel("", self)
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        layout.addWidget(self.scroll_area, 1)
        self.error = _error_label(self)
        layout.addWidget(self.error)

    def reread(self) -> None:
        """Read the file again with the chosen encoding and header row."""
        table = self.wiz.table
        if table is None or self.wiz.path is None:
            return
        codec = str(self.encoding.currentData() or "") if table.kind == "csv" else None
        row = self.header_row.value()
        if (codec or None) == (table.codec or None) and row == table.header_line:
            return
        try:
            self.wiz.table = read_for_import(self.wiz.spec, self.wiz.path,
                                             encoding=codec or None, header_row=row)
        except ImportFileError as exc:
            _show(self.error, str(exc))
            return
        self.initializePage()

    def initializePage(self) -> None:
        table = self.wiz.table
        assert table is not None
        spec = self.wiz.spec
        self.encoding.blockSignals(True)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(table.codec)))
        self.encoding.blockSignals(False)
        self.encoding.setEnabled(table.kind == "csv")
        self.header_row.blockSignals(True)
        self.header_row.setValue(table.header_line)
        self.header_row.blockSignals(False)
        if table.kind == "csv":
            self.info.setText(
                self.tr(
                    "{rows} rows read from {file} ({encoding}, separated by {separator})."
                ).format(
                    rows=len(table.rows),
                    file=self.wiz.path.name if self.wiz.path else "",
                    encoding=table.encoding,
                    separator=_separator_name(table.separator),
                )
            )
        else:
            self.info.setText(
                self.tr("{rows} rows read from sheet “{sheet}” of {file}.").format(
                    rows=len(table.rows),
                    sheet=table.sheet,
                    file=self.wiz.path.name if self.wiz.path else "",
                )
            )
        if table.skipped:
            self.info.setText(self.info.text() + " " + self.tr(
                "Not data, left out: {rows}.").format(rows=list_text(
                    [self.tr("row {line} ({reason})").format(line=r.line, reason=r.reason)
                     for r in table.skipped[:5]])))
        body = QWidget()
        grid = QGridLayout(body)
        bold = QFont(self.font())
        bold.setBold(True)
        for column, text in enumerate(
            (self.tr("Column in the file"), self.tr("First values"), self.tr("Import into"))
        ):
            header = QLabel(text, body)
            header.setFont(bold)
            grid.addWidget(header, 0, column)
        self.combos = []
        for index, header_text in enumerate(table.headers):
            name = QLabel(header_text, body)
            samples = [str(row.cell(index)) for row in table.rows[:20] if str(row.cell(index))]
            sample = QLabel(_elide("; ".join(samples[:SAMPLE_ROWS]), 60), body)
            sample.setToolTip("\n".join(samples[:SAMPLE_ROWS]))
            sample.setEnabled(False)
            combo = QComboBox(body)
            combo.setAccessibleName(self.tr("Field for column {column}").format(column=header_text))
            combo.addItem(self.tr("— Do not import —"), "")
            for field in spec.fields:
                text = field.label() + (" *" if field.required else "")
                combo.addItem(text, field.key)
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            name.setBuddy(combo)
            grid.addWidget(name, index + 1, 0)
            grid.addWidget(sample, index + 1, 1)
            grid.addWidget(combo, index + 1, 2)
            self.combos.append(combo)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(table.headers) + 1, 1)
        self.scroll_area.setWidget(body)
        self._reload_saved()
        self.set_mapping(auto_map(spec, table.headers))
        if self.combos:
            self.combos[0].setFocus()

    def _reload_saved(self, select: str = "") -> None:
        with self.wiz.ctx.db.sessions() as session:
            names = saved_mappings(session, self.wiz.spec.entity)
        self.saved.clear()
        self.saved.addItems(names)
        if select:
            self.saved.setCurrentText(select)
        for button in (self.apply_button, self.delete_button):
            button.setEnabled(bool(names))

    def set_mapping(self, mapping: ColumnMapping) -> None:
        for index, combo in enumerate(self.combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index, ""))))
            combo.blockSignals(False)
        self._changed()

    def mapping(self) -> ColumnMapping:
        return {
            index: str(combo.currentData())
            for index, combo in enumerate(self.combos)
            if combo.currentData()
        }

    def problem(self) -> str:
        spec = self.wiz.spec
        chosen: dict[str, list[str]] = {}
        assert self.wiz.table is not None
        for index, field in self.mapping().items():
            chosen.setdefault(field, []).append(self.wiz.table.headers[index])
        for field, columns in chosen.items():
            if len(columns) > 1:
                return self.tr(
                    "“{field}” is chosen for more than one column ({columns}); "
                    "choose it for one only."
                ).format(field=spec.field(field).label(), columns=list_text(columns))
        missing = [f.label() for f in spec.required if f.key not in chosen]
        if missing:
            return self.tr("Choose the column that holds: {fields}.").format(
                fields=list_text(missing)
            )
        return ""

    def _changed(self) -> None:
        _show(self.error, self.problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem()

    def validatePage(self) -> bool:
        self.wiz.mapping = self.mapping()
        return True

    def apply_saved_mapping(self) -> None:
        name = self.saved.currentText()
        if not name or self.wiz.table is None:
            return
        with self.wiz.ctx.db.sessions() as session:
            saved = load_mapping(session, self.wiz.spec.entity, name)
        self.set_mapping(apply_saved(self.wiz.spec, self.wiz.table.headers, saved))

    def save_current(self) -> None:
        assert self.wiz.table is not None
        suggestion = self.saved.currentText() or (self.wiz.path.stem if self.wiz.path else "")
        name, ok = QInputDialog.getText(
            self, self.tr("Save mapping"), self.tr("Name of this mapping:"), text=suggestion
        )
        if not ok or not name.strip():
            return
        with self.wiz.ctx.db.transaction() as session:
            save_mapping(
                session,
                self.wiz.spec.entity,
                name,
                mapping_by_header(self.wiz.table.headers, self.mapping()),
            )
        self._reload_saved(" ".join(name.split()))

    def delete_saved(self) -> None:
        name = self.saved.currentText()
        if not name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete mapping"),
            self.tr("Delete the saved mapping “{name}”?").format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.wiz.ctx.db.transaction() as session:
            delete_mapping(session, self.wiz.spec.entity, name)
        self._reload_saved()


def _separator_name(separator: str) -> str:
    names = {
        ";": QCoreApplication.translate("ImportWizard", "semicolons"),
        ",": QCoreApplication.translate("ImportWizard", "commas"),
        "\t": QCoreApplication.translate("ImportWizard", "tabs"),
        "|": QCoreApplication.translate("ImportWizard", "bars"),
    }
    return names.get(separator, separator)


def _elide(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------------------------------
# Page 3: preview


class ErrorModel(RowTableModel[RowError]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ImportWizard", "Line"),
                    lambda e: e.line,
                    align_right=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("ImportWizard", "Column"), lambda e: e.column
                ),
                Column(
                    lambda: QCoreApplication.translate("ImportWizard", "Reason"), lambda e: e.reason
                ),
            ],
            parent,
        )


class WarningModel(RowTableModel[RowWarning]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ImportWizard", "Line"),
                    lambda w: w.line,
                    align_right=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("ImportWizard", "Note"), lambda w: w.message
                ),
            ],
            parent,
        )


def _table(model: RowTableModel[Any], parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAccessibleName(name)
    view.horizontalHeader().setStretchLastSection(True)
    header = view.horizontalHeader()
    for column in range(model.columnCount() - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return view


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.operation: Operation | None = None
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr(
                "Every row is checked with the same rules as the form. Nothing "
                "is imported before you press Import."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        layout = QVBoxLayout(self)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        layout.addWidget(self.summary)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        layout.addWidget(self.progress)
        self.tabs = QTabWidget(self)
        self.errors = ErrorModel(self)
        self.warnings = WarningModel(self)
        self.error_view = _table(self.errors, self, self.tr("Rows left out"))
        self.warning_view = _table(self.warnings, self, self.tr("Possible duplicates"))
        self.tabs.addTab(self.error_view, "")
        self.tabs.addTab(self.warning_view, "")
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.save_errors = QPushButton(self.tr("Save &rejected rows…"), self)
        self.save_errors.setToolTip(
            self.tr(
                "Write the rows left out, with the line, column and "
                "reason, to a CSV file you can correct and import "
                "again"
            )
        )
        self.save_errors.clicked.connect(self.write_errors)
        row.addWidget(self.save_errors)
        row.addStretch(1)
        layout.addLayout(row)

    def initializePage(self) -> None:
        self.wiz.plan = None
        self.errors.set_rows([])
        self.warnings.set_rows([])
        self._update_tabs()
        self.save_errors.setEnabled(False)
        self.summary.setText(self.tr("Checking the rows…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        db, spec, table, mapping = (
            self.wiz.ctx.db,
            self.wiz.spec,
            self.wiz.table,
            dict(self.wiz.mapping),
        )
        assert table is not None

        def work(progress: Progress) -> ImportPlan:
            with db.sessions() as session:
                return analyse(session, spec, table, mapping, progress)

        self.operation = run_operation(
            None, work, self._analysed, on_error=self._failed, on_cancel=lambda: None
        )
        self.operation.progressed.connect(self._progressed)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.stop()

    def stop(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.operation = None

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.progress.hide()
        self.summary.setText(self.tr("The file cannot be imported: {error}").format(error=exc))
        self.completeChanged.emit()

    def _analysed(self, plan: object) -> None:
        self.operation = None
        self.progress.hide()
        assert isinstance(plan, ImportPlan)
        self.wiz.plan = plan
        self.errors.set_rows(plan.errors)
        self.warnings.set_rows(plan.warnings)
        self._update_tabs()
        self.save_errors.setEnabled(bool(plan.errors))
        parts = [
            self.tr("{read} rows read: {good} can be imported.").format(
                read=plan.rows_read, good=len(plan.good)
            )
        ]
        if plan.rejected_lines:
            parts.append(
                self.tr("{bad} rows will be left out; the reasons are listed below.").format(
                    bad=len(plan.rejected_lines)
                )
            )
        if plan.flagged_lines:
            parts.append(
                self.tr(
                    "{flagged} rows look like records already in the register; "
                    "they will be imported, check them afterwards."
                ).format(flagged=len(plan.flagged_lines))
            )
        unmapped = plan.unmapped_headers()
        if unmapped:
            parts.append(
                self.tr("Columns not imported: {columns}.").format(columns=list_text(unmapped))
            )
        if not plan.good:
            parts.append(self.tr("There is nothing to import."))
        self.summary.setText(" ".join(parts))
        self.completeChanged.emit()

    def _update_tabs(self) -> None:
        self.tabs.setTabText(
            0,
            self.tr("Rows left out ({count})").format(
                count=number_text(len({e.line for e in self.errors.rows()}))
            ),
        )
        self.tabs.setTabText(
            1,
            self.tr("Possible duplicates ({count})").format(
                count=number_text(len({w.line for w in self.warnings.rows()}))
            ),
        )

    def isComplete(self) -> bool:
        return self.wiz.plan is not None and bool(self.wiz.plan.good)

    def write_errors(self) -> None:
        plan = self.wiz.plan
        if plan is None:
            return
        base = (
            self.wiz.path.with_name(self.wiz.path.stem + "-rejected.csv")
            if self.wiz.path
            else Path.home() / "rejected.csv"
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the rejected rows"), str(base), self.tr("CSV files (*.csv)")
        )
        if not chosen:
            return
        try:
            count = write_errors_csv(plan, Path(chosen))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save the rejected rows"),
                self.tr("Could not write {file}: {error}").format(
                    file=chosen, error=exc.strerror or exc
                ),
            )
            return
        self.wiz.ctx.bus.status_message.emit(
            self.tr("{count} rejected rows written to {file}").format(
                count=number_text(count), file=chosen
            ),
            6000,
        )


# --------------------------------------------------------------------------------------------
# Page 4: import and summary


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.operation: Operation | None = None
        self.done = False
        self.setTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        layout.addWidget(self.summary)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Undo this import"), self)
        self.undo_button.setToolTip(
            self.tr(
                "Remove the records this import added (possible "
                "as long as none of them was changed since)"
            )
        )
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        plan = self.wiz.plan
        assert plan is not None
        self.done = False
        self.summary.setText(
            self.tr("Importing {count} rows…").format(count=number_text(len(plan.good)))
        )
        self.progress.setRange(0, max(len(plan.good), 1))
        self.progress.setValue(0)
        self.progress.show()
        db, name = self.wiz.ctx.db, self.wiz.path.name if self.wiz.path else ""
        who = current_user_name(self.wiz.ctx.settings)

        def work(progress: Progress) -> ImportReport:
            return execute(db, plan, name, progress, by=who)

        self.operation = run_operation(
            None, work, self._imported, on_error=self._failed, on_cancel=self._cancelled
        )
        self.operation.progressed.connect(self._progressed)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _finish(self) -> None:
        self.operation = None
        self.done = True
        self.progress.hide()
        self.completeChanged.emit()
        self.wiz.operation_finished()

    def _imported(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        self.wiz.report = report
        self.summary.setText(
            self.tr(
                "{imported} records imported from {file}; {rejected} rows were left out. You can "
                "undo this import now, or later from “Recent imports” as long as none of its "
                "records was changed."
            ).format(imported=report.imported, file=report.file_name, rejected=report.rejected)
        )
        self.undo_button.setVisible(report.batch_id is not None)
        self.wiz.ctx.bus.announce(self.wiz.spec.entity)
        self.wiz.ctx.bus.status_message.emit(
            self.tr("{count} records imported.").format(count=number_text(report.imported)), 6000
        )
        self._finish()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(
            self.tr("The import failed and nothing was imported: {error}").format(error=exc)
        )
        self._finish()

    def _cancelled(self) -> None:
        self.summary.setText(self.tr("The import was cancelled; nothing was imported."))
        self._finish()

    def isComplete(self) -> bool:
        return self.done

    def undo(self) -> None:
        report = self.wiz.report
        if report is None or report.batch_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            self.tr("Remove the {count} records this import added?").format(
                count=number_text(report.imported)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.wiz.ctx.db.transaction() as session:
                removed = undo_batch(
                    session, report.batch_id, current_user_name(self.wiz.ctx.settings)
                )
        except UndoError as exc:
            QMessageBox.warning(self, self.tr("Undo import"), str(exc))
            return
        self.undo_button.hide()
        self.summary.setText(
            self.tr("The import was undone: {count} records were removed.").format(
                count=number_text(removed)
            )
        )
        self.wiz.ctx.bus.announce(self.wiz.spec.entity)


# --------------------------------------------------------------------------------------------
# The wizard


class ImportWizard(QWizard):
    """Import records of ``entity`` from a file the user picks (or ``path``)."""

    def __init__(
        self, ctx: AppContext, entity: str, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec: ImportSpec = spec_for(entity)
        self.path: Path | None = None
        self.table: Table | None = None
        self.mapping: ColumnMapping = {}
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self._closing = False
        self.setWindowTitle(self.tr("Import {what}").format(what=self.spec.label().lower()))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.resize(820, 600)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        if path is not None:
            self.file_page.path.setText(str(path))

    def running(self) -> Operation | None:
        return self.preview_page.operation or self.result_page.operation

    def reject(self) -> None:
        """Cancel stops background work first; a running import rolls back, then closes."""
        operation = self.running()
        if operation is None:
            super().reject()
            return
        operation.cancel()
        if operation is self.preview_page.operation:
            self.preview_page.operation = None
            super().reject()
        else:
            self._closing = True  # closes once the import has rolled back
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)

    def operation_finished(self) -> None:
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        if self._closing:
            super().reject()


def open_import_wizard(ctx: AppContext, entity: str, parent: QWidget | None = None) -> None:
    ImportWizard(ctx, entity, parent).exec()


__all__ = ["ImportWizard", "open_import_wizard"]
