"""Regions section: the home country's regions and help offices (add, rename, retire)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.services.regions import (
    RegionError,
    RegionRow,
    add_region,
    list_regions,
    rename_region,
    set_retired,
)
from desktop.views.context import AppContext
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from desktop.views.widgets import ContainsFilterProxy, page_layout


class RegionModel(RowTableModel[RegionRow]):
    """Regions, with retired ones shown greyed out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(lambda: QCoreApplication.translate("RegionsPage", "Code"),
                       lambda r: r.code),
                Column(lambda: QCoreApplication.translate("RegionsPage", "Region"),
                       lambda r: r.name),
                Column(lambda: QCoreApplication.translate("RegionsPage", "Help office"),
                       lambda r: r.help_office_name),
                Column(lambda: QCoreApplication.translate("RegionsPage", "State"),
                       lambda r: QCoreApplication.translate("RegionsPage", "Retired")
                       if r.retired else QCoreApplication.translate("RegionsPage", "Active")),
            ],
            parent,
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and self.row_at(index.row()).retired):
            return QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))
        return super().data(index, role)


class RegionDialog(QDialog):
    """Add a region, or rename one and its help office."""

    def __init__(self, parent: QWidget | None, row: RegionRow | None, country: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit region") if row else self.tr("Add region"))
        form = QFormLayout(self)
        self.code = QLineEdit(row.code if row else f"{country}-", self)
        self.code.setReadOnly(row is not None)
        self.code.setAccessibleName(self.tr("Region code"))
        self.name = QLineEdit(row.name if row else "", self)
        self.name.setAccessibleName(self.tr("Region name"))
        self.office = QLineEdit(row.help_office_name if row else "", self)
        self.office.setAccessibleName(self.tr("Help office name"))
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Help office:"), self.office)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # A preferred width, not a minimum: an explicit minimum would stop the layout from
        # widening the dialog for longer translations, and labels would be cut off.
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())
        (self.name if row else self.code).setFocus()


class RegionsPage(QWidget):
    """The list of regions with Add / Edit / Retire; read-only for a regional help office."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        layout = page_layout(
            self,
            self.tr("Regions"),
            self.tr("Origin regions of the home country and their help offices. Retired regions "
                    "stay attached to old records but are no longer offered in forms."),
        )
        self.model = RegionModel(self)
        self.proxy = ContainsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter regions"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter regions"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        layout.addWidget(self.filter)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Regions"))
        fit_columns(self.table, (1, 2))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add region…"), self)
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.add_button.setToolTip(self.tr("Add a region ({keys})").format(
            keys=self.add_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.retire_button = QPushButton(self.tr("&Retire"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.retire_button.clicked.connect(self.toggle_retired)
        for button in (self.add_button, self.edit_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.read_only = not ctx.office.is_national
        if self.read_only:
            note = QLabel(self.tr("Regions are kept by the national bureau; this help office "
                                  "receives them when it syncs."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
            for button in (self.add_button, self.edit_button, self.retire_button):
                button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, entity: str) -> None:
        if entity in ("region", "*"):
            self.refresh()

    def refresh(self) -> None:
        with self._ctx.db.sessions() as session:
            self.model.set_rows(list_regions(session, include_retired=True))
        self._update_buttons()

    def selected(self) -> RegionRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.proxy.data(indexes[0], ROW_ROLE)
        return row if isinstance(row, RegionRow) else None

    def select_code(self, code: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index) == code:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        enabled = row is not None and not self.read_only
        self.edit_button.setEnabled(enabled)
        self.retire_button.setEnabled(enabled)
        self.retire_button.setText(
            self.tr("&Restore") if row is not None and row.retired else self.tr("&Retire")
        )

    def _apply(self, dialog: RegionDialog, editing: RegionRow | None) -> bool:
        try:
            with self._ctx.db.transaction() as session:
                if editing is None:
                    add_region(session, self._ctx.office.country_code, dialog.code.text(),
                               dialog.name.text(), dialog.office.text())
                else:
                    rename_region(session, editing.code, dialog.name.text(),
                                  dialog.office.text())
        except RegionError as exc:
            dialog.error.setText(str(exc))
            return False
        self._ctx.bus.announce("region")
        return True

    def _run_dialog(self, editing: RegionRow | None) -> None:
        dialog = RegionDialog(self, editing, self._ctx.office.country_code)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self._apply(dialog, editing):
                self.select_code(editing.code if editing else dialog.code.text().strip().upper())
                return

    def add(self) -> None:
        if not self.read_only:
            self._run_dialog(None)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None and not self.read_only:
            self._run_dialog(row)

    def toggle_retired(self) -> None:
        row = self.selected()
        if row is None or self.read_only:
            return
        if not row.retired:
            answer = QMessageBox.question(
                self,
                self.tr("Retire region"),
                self.tr("Retire {name}? Its records stay; it will no longer be offered in "
                        "forms. You can restore it later.").format(name=row.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        with self._ctx.db.transaction() as session:
            set_retired(session, row.code, not row.retired)
        self._ctx.bus.announce("region")
        self.select_code(row.code)
