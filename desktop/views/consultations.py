"""Consultations section: the list of consultations above the one being worked on.

The list sits above the consultation rather than beside it: the six numbered step tabs and the
pool and selection tables need the page's whole width (Russian or French tab labels take 700 px
and more), while a help office runs a few consultations a year, so a short list is enough."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.consultations import (
    ConsultationError,
    ConsultationRow,
    delete_consultation,
    list_consultations,
    restore_consultation,
    status_labels,
)
from desktop.services.identity import use_settings
from desktop.views.consultations_detail import ConsultationDetail
from desktop.views.consultations_form import NewConsultationDialog
from desktop.views.context import AppContext
from desktop.views.form_widgets import add_shortcut
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.translation import date_text
from desktop.views.widgets import ContainsFilterProxy, page_layout


class ConsultationModel(RowTableModel[ConsultationRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        labels = status_labels()
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ConsultationsPage", "Consultation"),
                    lambda r: r.title,
                ),
                Column(
                    lambda: QCoreApplication.translate("ConsultationsPage", "Date"),
                    lambda r: date_text(r.held_on),
                    lambda r: r.held_on.isoformat() if r.held_on else "",
                ),
                Column(
                    lambda: QCoreApplication.translate("ConsultationsPage", "Status"),
                    lambda r: labels.get(r.status, r.status),
                ),
                Column(
                    lambda: QCoreApplication.translate("ConsultationsPage", "Pool"),
                    lambda r: r.pool_size,
                    align_right=True,
                ),
            ],
            parent,
        )


class ConsultationsPage(QWidget):
    """Plan consultations, draw their participants in public, follow up what was promised."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        use_settings(ctx.settings)
        layout = page_layout(
            self,
            self.tr("Consultations"),
            self.tr(
                "Meetings with the diaspora. Participants are drawn by a fair, public lottery from "
                "a pool of volunteers, within quotas that keep the panel representative."
            ),
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        top = QWidget(splitter)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New consultation…"), top)
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(self.tr("Plan a new consultation (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_consultation)
        self.delete_button = QPushButton(self.tr("De&lete"), top)
        self.delete_button.setToolTip(
            self.tr("Delete a consultation whose participants were not drawn yet (Del)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.filter = QLineEdit(top)
        self.filter.setPlaceholderText(self.tr("Filter consultations"))
        self.filter.setAccessibleName(self.tr("Filter consultations"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(160)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.filter, 1)
        column.addLayout(buttons)
        self.model = ConsultationModel(self)
        self.proxy = ContainsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(top)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Consultations"))
        # The title takes the width the date, status and pool size leave (each as wide as its
        # header and longest value), so a Spanish "Consulta" column never shrinks to "Y…".
        fit_columns(self.table, 0, values={
            1: [date_text(dt.date(2000, 12, 28))],
            2: status_labels().values(),
        }, contents=(3,), stretch_minimum=240)
        column.addWidget(self.table, 1)
        self.detail = ConsultationDetail(ctx, splitter)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([130, 10_000])  # the list: its buttons, header and four rows
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        add_shortcut(self.table, QKeySequence.StandardKey.Delete, self.delete_selected)
        self._deleted: str | None = None
        add_shortcut(self, QKeySequence.StandardKey.Undo, self.undo_delete)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, entity: str) -> None:
        if entity in ("consultation", "candidate", "*"):
            self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        with self.ctx.db.sessions() as session:
            rows = list_consultations(session)
        self.model.set_rows(rows)
        if current is None and rows:
            current = rows[0].id
        self.select(current)
        self.detail.show_consultation(self.current_id())
        self.delete_button.setEnabled(self.current_id() is not None)

    def current_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        return row.id if isinstance(row, ConsultationRow) else None

    def select(self, consultation_id: str | None) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            row = self.proxy.data(index, ROW_ROLE)
            if isinstance(row, ConsultationRow) and row.id == consultation_id:
                self.table.selectionModel().blockSignals(True)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.selectionModel().blockSignals(False)
                return

    def _current_changed(self) -> None:
        self.detail.show_consultation(self.current_id())
        self.delete_button.setEnabled(self.current_id() is not None)

    def new_consultation(self) -> None:
        dialog = NewConsultationDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id:
            self.refresh()
            self.select(dialog.saved_id)
            self._current_changed()

    def delete_selected(self) -> None:
        consultation_id = self.current_id()
        if consultation_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete consultation"),
            self.tr("Delete this consultation and its pool? You can undo right after (Ctrl+Z)."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.db.transaction() as session:
                delete_consultation(session, consultation_id)
        except ConsultationError as exc:
            QMessageBox.warning(self, self.tr("Delete consultation"), str(exc))
            return
        self._deleted = consultation_id
        self.ctx.bus.announce("consultation")
        self.ctx.bus.status_message.emit(
            self.tr("Consultation deleted. Press Ctrl+Z to undo."), 10000
        )

    def undo_delete(self) -> None:
        consultation_id = self._deleted
        if consultation_id is None:
            return
        self._deleted = None
        with self.ctx.db.transaction() as session:
            restore_consultation(session, consultation_id)
        self.ctx.bus.announce("consultation")
        self.select(consultation_id)
        self._current_changed()
