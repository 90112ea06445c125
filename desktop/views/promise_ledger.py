"""The promise ledger section: every commitment from every consultation, and the digest PDF.

Filters by region, consultation, status and "overdue only"; a double-click edits a commitment
in the consultation's own commitment dialog. "Public digest (PDF)…" writes the "You said … /
We did …" sheet for one region and period in any of the six languages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.services.consultations import follow_up_labels
from desktop.services.indicators import Period, Scope
from desktop.services.indicators.labels import region_label
from desktop.services.indicators.model import NATIONAL_LABEL
from desktop.services.office_profile import load_office_profile
from desktop.services.progress import Progress
from desktop.services.promise_ledger import (
    DIGEST_LANGUAGES,
    LedgerRow,
    get_commitment,
    ledger_rows,
    write_digest,
)
from desktop.services.regions import region_names
from desktop.services.vocabulary import fold
from desktop.views.context import AppContext
from desktop.views.flow_layout import FlowLayout
from desktop.views.operations import run_operation
from desktop.views.row_proxy import RowProxy
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, Column, Index, RowTableModel
from desktop.views.translation import date_text
from desktop.views.widgets import page_layout

OVERDUE_COLOUR = QColor("#b3261e")


class LedgerModel(RowTableModel[LedgerRow]):
    """Commitments; overdue ones in red."""

    def __init__(self, names: dict[str, str], parent: Any = None) -> None:
        statuses = follow_up_labels()
        super().__init__([
            Column(lambda: self.tr("Promise"), lambda r: r.text),
            Column(lambda: self.tr("Made at"),
                   lambda r: f"{r.consultation_title} ({date_text(r.held_on)})" if r.held_on
                   else r.consultation_title),
            Column(lambda: self.tr("Region"), lambda r: region_label(r.region_code, self.names)),
            Column(lambda: self.tr("Participants"), lambda r: r.attended,
                   sort_key=lambda r: r.attended, align_right=True),
            Column(lambda: self.tr("Responsible"), lambda r: r.owner),
            Column(lambda: self.tr("Due"), lambda r: date_text(r.due_on),
                   sort_key=lambda r: r.due_on.isoformat() if r.due_on else "9999"),
            Column(lambda: self.tr("Status"), lambda r: (
                self.tr("Overdue") if r.overdue else statuses.get(r.status, r.status))),
            Column(lambda: self.tr("What was done (evidence)"), lambda r: r.outcome),
        ], parent)
        self.names = names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and self.row_at(index.row()).overdue:
            return OVERDUE_COLOUR
        return super().data(index, role)


class LedgerProxy(RowProxy):
    def __init__(self, parent: Any = None) -> None:
        self.text = ""
        self.region = ""
        self.consultation = ""
        self.status = ""
        super().__init__(parent)

    def set_filters(self, **values: str) -> None:
        for key, value in values.items():
            setattr(self, key, fold(value) if key == "text" else value)
        self.invalidate_rows()

    def accepted_rows(self, candidates: Sequence[int], narrowing: bool = False) -> list[int]:
        source = self.sourceModel()
        assert isinstance(source, LedgerModel)
        rows = source.rows()
        result = list(candidates)
        if self.region:
            wanted = "" if self.region == NATIONAL_LABEL else self.region
            result = [i for i in result if rows[i].region_code == wanted]
        if self.consultation:
            result = [i for i in result if rows[i].consultation_id == self.consultation]
        if self.status == "overdue":
            result = [i for i in result if rows[i].overdue]
        elif self.status:
            result = [i for i in result if rows[i].status == self.status]
        for word in self.text.split():
            result = [i for i in result if word in fold(
                " ".join((rows[i].text, rows[i].owner, rows[i].outcome,
                          rows[i].consultation_title)))]
        return result


class PromiseLedgerPage(QWidget):
    """Every commitment of every consultation; refreshes when consultations change."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        layout = page_layout(self, self.tr("Promise ledger"), self.tr(
            "Every commitment made at a consultation: what was promised, to whom, who is "
            "responsible, by when, and what was done. Overdue ones are in red."))
        with ctx.db.sessions() as session:
            self.names = region_names(session)
        filters = QWidget(self)
        row = FlowLayout(filters, spacing=8)
        self.search = QLineEdit(filters)
        self.search.setPlaceholderText(self.tr("Search promises, owners, evidence…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        row.addWidget(self.search)
        self.region_filter = QComboBox(filters)
        self.region_filter.setAccessibleName(self.tr("Region"))
        self.region_filter.addItem(self.tr("All regions"), "")
        self.region_filter.addItem(self.tr("National level"), NATIONAL_LABEL)
        for code, name in sorted(self.names.items(), key=lambda kv: kv[1].casefold()):
            self.region_filter.addItem(name, code)
        if ctx.office.region_code:
            self.region_filter.setCurrentIndex(
                max(0, self.region_filter.findData(ctx.office.region_code)))
        row.addWidget(self.region_filter)
        self.consultation_filter = QComboBox(filters)
        self.consultation_filter.setAccessibleName(self.tr("Consultation"))
        self.consultation_filter.addItem(self.tr("All consultations"), "")
        row.addWidget(self.consultation_filter)
        self.status_filter = QComboBox(filters)
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Any status"), "")
        self.status_filter.addItem(self.tr("Overdue"), "overdue")
        for code, label in follow_up_labels().items():
            self.status_filter.addItem(label, code)
        row.addWidget(self.status_filter)
        layout.addWidget(filters)

        self.model = LedgerModel(self.names, self)
        self.proxy = LedgerProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Commitments"))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        fit_columns(self.table, (0, 7), contents=(3, 5, 6))
        layout.addWidget(self.table, 1)

        buttons = QWidget(self)
        actions = FlowLayout(buttons, spacing=8)
        self.count_label = QLabel("", buttons)
        self.edit_button = QPushButton(self.tr("&Edit commitment…"), buttons)
        self.edit_button.clicked.connect(self.edit_selected)
        self.digest_button = QPushButton(self.tr("Public &digest (PDF)…"), buttons)
        self.digest_button.setToolTip(self.tr(
            "“You said … / We did …” for one region and period, in any of the six languages, "
            "to hand out at the next consultation"))
        self.digest_button.clicked.connect(self.open_digest)
        actions.addWidget(self.count_label)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.digest_button)
        layout.addWidget(buttons)

        self.search.textChanged.connect(lambda t: self.proxy.set_filters(text=t))
        self.region_filter.currentIndexChanged.connect(self._filters_changed)
        self.consultation_filter.currentIndexChanged.connect(self._filters_changed)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, entity: str) -> None:
        if entity in ("consultation", "follow_up_action", "*"):
            self.refresh()

    def refresh(self) -> None:
        db = self._ctx.db

        def load(_progress: Progress) -> list[LedgerRow]:
            with db.sessions() as session:
                return ledger_rows(session)

        run_operation(None, load, self.show_rows)

    def show_rows(self, rows: list[LedgerRow]) -> None:
        self.model.set_rows(rows)
        current = self.consultation_filter.currentData()
        self.consultation_filter.blockSignals(True)
        while self.consultation_filter.count() > 1:
            self.consultation_filter.removeItem(1)
        seen: dict[str, str] = {}
        for row in rows:
            seen.setdefault(row.consultation_id, row.consultation_title)
        for cid, title in sorted(seen.items(), key=lambda kv: kv[1].casefold()):
            self.consultation_filter.addItem(title, cid)
        self.consultation_filter.setCurrentIndex(
            max(0, self.consultation_filter.findData(current)))
        self.consultation_filter.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self) -> None:
        self.proxy.set_filters(region=self.region_filter.currentData() or "",
                               consultation=self.consultation_filter.currentData() or "",
                               status=self.status_filter.currentData() or "")
        self._count()

    def _count(self) -> None:
        shown = self.proxy.rowCount()
        overdue = sum(1 for r in range(shown)
                      if getattr(self.proxy.data(self.proxy.index(r, 0), ROW_ROLE), "overdue",
                                 False))
        self.count_label.setText(self.tr("{shown} commitments shown, {overdue} overdue").format(
            shown=shown, overdue=overdue))

    def select(self, action_id: str) -> None:
        """Select a commitment (the dashboard's drill-down lands here)."""
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            row = self.proxy.data(index, ROW_ROLE)
            if isinstance(row, LedgerRow) and action_id in (row.id, row.consultation_id):
                self.table.selectRow(proxy_row)
                return

    def selected(self) -> LedgerRow | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.proxy.data(rows[0], ROW_ROLE) if rows else None
        return row if isinstance(row, LedgerRow) else None

    def edit_selected(self) -> None:
        from desktop.views.consultations_followup import FollowUpDialog

        row = self.selected()
        if row is None:
            return
        with self._ctx.db.sessions() as session:
            action = get_commitment(session, row.id)
            if action is not None:
                session.expunge(action)
        if action is not None:
            FollowUpDialog(self._ctx, row.consultation_id, action, self).exec()

    def open_digest(self) -> None:
        DigestDialog(self._ctx, self, str(self.region_filter.currentData() or "")).exec()


class DigestDialog(QDialog):
    """Region, period and language of the public digest, then where to save it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, region: str = "") -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Public digest: you said, we did"))
        form = QFormLayout(self)
        with ctx.db.sessions() as session:
            names = region_names(session)
        self.region = QComboBox(self)
        self.region.addItem(self.tr("All regions"), "")
        self.region.addItem(self.tr("National level"), NATIONAL_LABEL)
        for code, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            self.region.addItem(name, code)
        self.region.setCurrentIndex(max(0, self.region.findData(region or ctx.office.region_code)))
        today = dt.date.today()
        self.start = QDateEdit(QDate(today.year - 1, today.month, 1), self)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        self.language = QComboBox(self)
        from desktop.services.flyers.labels import language_name

        for code in DIGEST_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow(self.tr("&Language:"), self.language)
        self.note = QLabel(self.tr("Lists the commitments of the consultations held in the "
                                   "period, with what was done. Commitments are printed as "
                                   "typed."), self)
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self.open_after = QCheckBox(self.tr("Open the file when it is written"), self)
        form.addRow(self.open_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def scope(self) -> Scope:
        value = str(self.region.currentData() or "")
        if not value:
            return Scope.everything()
        return Scope.national() if value == NATIONAL_LABEL else Scope.region(value)

    def period(self) -> Period:
        start, end = self.start.date(), self.end.date()
        first = dt.date(start.year(), start.month(), start.day())
        last = dt.date(end.year(), end.month(), end.day())
        return Period(min(first, last), max(first, last))

    def choose_file(self) -> None:
        code = str(self.language.currentData())
        region = str(self.region.currentData() or "all")
        suggested = str(Path.home() / f"you-said-we-did-{region}-{code}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the digest"), suggested,
                                              self.tr("PDF document (*.pdf)"))
        if path:
            self.write_to(Path(path))

    def write_to(self, target: Path) -> None:
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        db, scope, period = self._ctx.db, self.scope(), self.period()
        language = str(self.language.currentData())

        def work(_progress: Progress) -> int:
            with db.sessions() as session:
                return write_digest(session, target, language, scope, period,
                                    load_office_profile(session))

        def done(count: int) -> None:
            self._ctx.bus.status_message.emit(
                self.tr("Saved {path} ({count} commitments)").format(path=str(target),
                                                                     count=count), 8000)
            if self.open_after.isChecked():
                from PySide6.QtCore import QUrl
                from PySide6.QtGui import QDesktopServices

                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
            self.accept()

        run_operation(self, work, done, label=self.tr("Writing the digest…"))
