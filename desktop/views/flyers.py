"""Flyers section: saved flyers (a synced record) with their sync state, the editor with its
live preview, export, printing, and batch printing for many regions and languages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.services.flyers.campaigns import CampaignResult, RegionResult, campaign_results
from desktop.services.flyers.labels import language_name
from desktop.services.flyers.store import (
    FlyerRow,
    delete_flyer,
    get_flyer,
    list_flyers,
    restore_flyer,
)
from desktop.services.flyers.templates import TEMPLATES
from desktop.views.context import AppContext
from desktop.views.flyers_batch import BatchDialog
from desktop.views.flyers_editor import FlyerEditor
from desktop.views.form_widgets import add_shortcut
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel, sync_state_text
from desktop.views.widgets import ContainsFilterProxy, page_layout


def flyer_columns() -> list[Column[FlyerRow]]:
    locale = QLocale()
    return [
        Column(lambda: QCoreApplication.translate("FlyersPage", "Name"), lambda r: r.name),
        Column(lambda: QCoreApplication.translate("FlyersPage", "Region"),
               lambda r: r.region_name or (r.region_code or QCoreApplication.translate(
                   "FlyersPage", "National"))),
        Column(lambda: QCoreApplication.translate(
            "FlyersPage", "Language"), lambda r: language_name(r.language)),
        Column(lambda: QCoreApplication.translate(
            "FlyersPage", "Format"), lambda r: TEMPLATES[r.template].title()
               if r.template in TEMPLATES else r.template),
        Column(lambda: QCoreApplication.translate("FlyersPage", "Changed"),
               lambda r: locale.toString(QDateTime(r.updated_at.astimezone()),
                                         QLocale.FormatType.ShortFormat),
               sort_key=lambda r: r.updated_at.timestamp()),
        Column(lambda: QCoreApplication.translate(
            "FlyersPage", "Sync"), lambda r: sync_state_text(r.sync_state)),
    ]


def campaign_columns() -> list[Column[CampaignResult]]:
    return [
        Column(lambda: QCoreApplication.translate("FlyersPage", "Flyer"),
               lambda r: r.label or QCoreApplication.translate("FlyersPage", "(unknown code)")),
        Column(lambda: QCoreApplication.translate("FlyersPage", "Code"), lambda r: r.code),
        Column(lambda: QCoreApplication.translate("FlyersPage", "Region"),
               lambda r: r.region_code),
        Column(lambda: QCoreApplication.translate("FlyersPage", "Received"),
               lambda r: r.received, align_right=True),
        Column(lambda: QCoreApplication.translate("FlyersPage", "Accepted"),
               lambda r: r.accepted, align_right=True),
    ]


def region_columns() -> list[Column[RegionResult]]:
    return [
        Column(lambda: QCoreApplication.translate("FlyersPage", "Region"),
               lambda r: r.region_code or QCoreApplication.translate("FlyersPage", "None given")),
        Column(lambda: QCoreApplication.translate("FlyersPage", "Received"),
               lambda r: r.received, align_right=True),
        Column(lambda: QCoreApplication.translate("FlyersPage", "Accepted"),
               lambda r: r.accepted, align_right=True),
    ]


class FlyersPage(QWidget):
    """The saved flyers; New / Edit / Delete (with Undo) / Print several regions."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.editor: FlyerEditor | None = None
        self._deleted_id: str | None = None
        layout = page_layout(
            self, self.tr("Flyers"),
            self.tr("Flyers, posters and banners in six languages with the region's focal "
                    "points and a QR code. Open one to edit it with a live preview; print it "
                    "here or export a PDF for a print shop."))

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New flyer…"), self)
        self.new_button.setToolTip(self.tr("Create a flyer (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_flyer)
        add_shortcut(self, QKeySequence.StandardKey.New, self.new_flyer)
        self.edit_button = QPushButton(self.tr("&Open…"), self)
        self.edit_button.setToolTip(self.tr("Open the selected flyer in the editor (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button = QPushButton(self.tr("D&uplicate…"), self)
        self.duplicate_button.setToolTip(self.tr("Start a new flyer from the selected one, "
                                                 "e.g. for another language or region"))
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected flyer (Del); you can undo "
                                              "it"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.batch_button = QPushButton(self.tr("Print for several &regions…"), self)
        self.batch_button.setToolTip(self.tr("One flyer per region and language into a "
                                             "folder"))
        self.batch_button.clicked.connect(self.batch)
        for button in (self.new_button, self.edit_button, self.duplicate_button,
                       self.delete_button, self.batch_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter flyers"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter flyers"))
        layout.addWidget(self.filter)

        self.undo_bar = QFrame(self)
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(8, 4, 8, 4)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_bar)
        self.undo_button.setToolTip(self.tr("Bring the deleted flyer back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        add_shortcut(self, QKeySequence.StandardKey.Undo, self.undo_delete)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)

        self.model: RowTableModel[FlyerRow] = RowTableModel(flyer_columns(), self)
        self.proxy = ContainsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Saved flyers"))
        fit_columns(self.table, 0, contents=range(1, self.model.columnCount()))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        add_shortcut(self.table, QKeySequence.StandardKey.Delete, self.delete_selected)
        layout.addWidget(self.table, 1)

        self.empty_label = QLabel(self.tr("No flyer yet. Press “New flyer…” to make one: it "
                                          "starts with ready-made texts in the language you "
                                          "choose."), self)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        # Which flyers brought registrations (each flyer's QR code carries its campaign code).
        results_title = QLabel(self.tr("Registrations that came through the flyers' QR codes"),
                               self)
        results_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(results_title)
        results = QHBoxLayout()
        self.campaign_model: RowTableModel[CampaignResult] = RowTableModel(
            campaign_columns(), self)
        self.campaign_table = QTableView(self)
        self.campaign_table.setModel(self.campaign_model)
        self.region_model: RowTableModel[RegionResult] = RowTableModel(region_columns(), self)
        self.region_table = QTableView(self)
        self.region_table.setModel(self.region_model)
        for table, name in ((self.campaign_table, self.tr("Registrations per flyer")),
                            (self.region_table, self.tr("Registrations per region"))):
            table.verticalHeader().hide()
            table.setAlternatingRowColors(True)
            table.setWordWrap(False)
            table.setAccessibleName(name)
            table.setMaximumHeight(170)
        fit_columns(self.campaign_table, 0, contents=range(1, 5))
        fit_columns(self.region_table, 0, contents=range(1, 3))
        results.addWidget(self.campaign_table, 3)
        results.addWidget(self.region_table, 2)
        layout.addLayout(results)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    # -- data ----------------------------------------------------------------------------
    def _on_changed(self, entity: str) -> None:
        if entity in ("flyer", "region", "registration", "flyer_campaign", "*"):
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_id()
        with self.ctx.db.sessions() as session:
            rows = list_flyers(session)
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        results = campaign_results(self.ctx.db)
        self.campaign_model.set_rows(results.campaigns)
        self.region_model.set_rows(results.regions)
        if selected:
            self.select_id(selected)
        self._update_buttons()

    def selected_row(self) -> FlyerRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.proxy.data(indexes[0], ROW_ROLE)
        return row if isinstance(row, FlyerRow) else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def select_id(self, flyer_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            found = self.proxy.data(self.proxy.index(row, 0), ROW_ROLE)
            if isinstance(found, FlyerRow) and found.id == flyer_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(has)

    # -- actions -------------------------------------------------------------------------
    def open_editor(self, flyer_id: str | None = None, duplicate_of: str | None = None) -> \
            FlyerEditor:
        values = None
        if duplicate_of is not None:
            with self.ctx.db.sessions() as session:
                values = get_flyer(session, duplicate_of)
            values.name = ""
        editor = FlyerEditor(self.ctx, flyer_id, values, self)
        editor.saved.connect(self.select_id)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        editor.destroyed.connect(lambda *_: setattr(self, "editor", None))
        editor.open()
        return editor

    def new_flyer(self) -> None:
        self.open_editor()

    def edit_selected(self) -> None:
        flyer_id = self.selected_id()
        if flyer_id:
            self.open_editor(flyer_id)

    def duplicate_selected(self) -> None:
        flyer_id = self.selected_id()
        if flyer_id:
            self.open_editor(None, duplicate_of=flyer_id)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        with self.ctx.db.transaction() as session:
            delete_flyer(session, row.id)
        self._deleted_id = row.id
        self.undo_label.setText(self.tr("“{name}” was deleted.").format(name=row.name))
        self.undo_bar.show()
        self.ctx.bus.announce("flyer")

    def undo_delete(self) -> None:
        if self._deleted_id is None:
            return
        with self.ctx.db.transaction() as session:
            restore_flyer(session, self._deleted_id)
        restored, self._deleted_id = self._deleted_id, None
        self.undo_bar.hide()
        self.ctx.bus.announce("flyer")
        self.select_id(restored)

    def batch(self) -> BatchDialog:
        base = None
        flyer_id = self.selected_id()
        if flyer_id:
            with self.ctx.db.sessions() as session:
                try:
                    base = get_flyer(session, flyer_id)
                except LookupError as exc:
                    QMessageBox.warning(self, self.tr("Flyer"), str(exc))
        dialog = BatchDialog(self.ctx, base, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
