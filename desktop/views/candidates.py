"""Candidates section: the pool of volunteers, with consent state and sync state per person.

The list loads off the GUI thread and filters on precomputed search strings, so 100,000 people
stay fluid; it implements the list-page protocol, so actions other features register for
candidates (import, export …) appear in its toolbar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QMessageBox,
)

from desktop.services.candidates import (
    AssociationChoice,
    CandidateRow,
    association_choices,
    delete_candidate,
    label_for,
    list_candidates,
    restore_candidate,
    search_fold,
)
from desktop.services.consent import EXPIRED, NONE, VALID, WITHDRAWN, state_label
from desktop.services.progress import Progress
from desktop.services.sync_state import sync_states
from desktop.services.vocabulary import fold, gender_labels
from desktop.views.candidates_consent import BulkConsentDialog, import_candidates
from desktop.views.candidates_form import CandidateDialog
from desktop.views.candidates_privacy import confirm_and_erase, export_person
from desktop.views.context import AppContext
from desktop.views.data_actions import register_data_actions
from desktop.views.list_actions import ListAction, ListPage, register_list_action
from desktop.views.operations import run_operation
from desktop.views.registry_list import RegistryListPage
from desktop.views.row_proxy import RowProxy
from desktop.views.table_model import (
    SORT_ROLE,
    Column,
    RowTableModel,
    sync_state_text,
    sync_state_texts,
)
from desktop.views.translation import number_text
from desktop.views.trash import TrashDialog, TrashRow, parse_time

Index = QModelIndex | QPersistentModelIndex

(
    COL_NAME,
    COL_GENDER,
    COL_BORN,
    COL_COUNTRY,
    COL_CITIZENSHIP,
    COL_GENERATION,
    COL_ASSOCIATION,
    COL_REGION,
    COL_CONSENT,
    COL_SYNC,
) = range(10)


class CandidateTableModel(RowTableModel[CandidateRow]):
    """Candidates, one per line, with whole-column sort keys for the fast proxy."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("CandidatesPage", "Name"), lambda r: r.name
                ),
                Column(
                    lambda: QCoreApplication.translate("CandidatesPage", "Gender"),
                    lambda r: self._genders.get(r.gender, r.gender),
                ),
                Column(
                    lambda: QCoreApplication.translate("CandidatesPage", "Born"),
                    lambda r: r.birth_year,
                    align_right=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("CandidatesPage", "Country of residence"),
                    lambda r: r.country,
                ),
                Column(
                    lambda: QCoreApplication.translate("CandidatesPage", "Citizenship"),
                    lambda r: self._short_citizenship(r.citizenship),
                ),
                Column(
                    lambda: QCoreApplication.translate("CandidatesPage", "Generation"),
                    lambda r: self._short_generation(r.generation),
                ),
                Column(
                    lambda: QCoreApplication.translate("CandidatesPage", "Association"),
                    lambda r: r.association,
                ),
                Column(
                    lambda: QCoreApplication.translate("CandidatesPage", "Origin region"),
                    lambda r: self.region_names.get(r.region_code or "", r.region_code or ""),
                ),
                Column(
                    lambda: QCoreApplication.translate("CandidatesPage", "Consent"),
                    lambda r: (
                        QCoreApplication.translate("CandidatesPage", "Erased")
                        if r.erased
                        else state_label(r.consent)
                    ),
                ),
                Column(
                    lambda: QCoreApplication.translate("CandidatesPage", "Sync"),
                    lambda r: sync_state_text(self.sync.get(r.id, "")),
                ),
            ],
            parent,
        )
        self.sync: dict[str, str] = {}
        self.searches: list[str] = []
        self.region_names: dict[str, str] = {}
        self._genders = gender_labels()

    def column_values(self) -> dict[int, list[str]]:
        """Every text of the short columns (gender, citizenship …), to size them."""
        return {
            COL_GENDER: list(self._genders.values()),
            COL_CITIZENSHIP: [self._short_citizenship(c)
                              for c in ("origin", "destination", "dual")],
            COL_GENERATION: [self._short_generation(c)
                             for c in ("first", "second", "third_plus")],
            COL_CONSENT: [state_label(s) for s in (VALID, EXPIRED, WITHDRAWN, NONE)]
            + [QCoreApplication.translate("CandidatesPage", "Erased")],
            COL_SYNC: sync_state_texts(),
        }

    @staticmethod
    def _short_citizenship(code: str) -> str:
        return {
            "origin": QCoreApplication.translate("CandidatesPage", "Origin"),
            "destination": QCoreApplication.translate("CandidatesPage", "Destination"),
            "dual": QCoreApplication.translate("CandidatesPage", "Dual"),
        }.get(code, code)

    @staticmethod
    def _short_generation(code: str) -> str:
        return {
            "first": QCoreApplication.translate("CandidatesPage", "1st"),
            "second": QCoreApplication.translate("CandidatesPage", "2nd"),
            "third_plus": QCoreApplication.translate("CandidatesPage", "3rd+"),
        }.get(code, code)

    def set_data(
        self, rows: Sequence[CandidateRow], sync: dict[str, str], region_names: dict[str, str]
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.searches = [row.search for row in self._rows]
        self.sync = sync
        self.region_names = region_names
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.isValid()
            and index.column() == COL_CITIZENSHIP
        ):
            return label_for("citizenship", self.row_at(index.row()).citizenship)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.isValid()
            and index.column() == COL_GENERATION
        ):
            return label_for("generation", self.row_at(index.row()).generation)
        if role == SORT_ROLE and index.isValid():
            return self.sort_keys(index.column())[index.row()]
        return super().data(index, role)

    def sort_keys(self, column: int) -> list[Any]:
        rows = self._rows
        if column == COL_NAME:
            return [fold(r.name) for r in rows]
        if column == COL_BORN:
            return [r.birth_year or 0 for r in rows]
        display = self._columns[column].display
        cache: dict[Any, str] = {}
        keys = []
        for row in rows:
            raw = display(row)
            key = cache.get(raw)
            if key is None:
                key = fold(str(raw or ""))
                cache[raw] = key
            keys.append(key)
        return keys


ALL, ELIGIBLE, NOT_ELIGIBLE, ERASED = "all", "eligible", "not_eligible", "erased"


class CandidateProxy(RowProxy):
    """Filters with list operations on the precomputed search strings (no Qt per row)."""

    def __init__(self, model: CandidateTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model
        self.text = ""
        self.consent = ALL
        self.setSourceModel(model)

    def accepted_rows(self, candidates: Sequence[int], narrowing: bool = False) -> list[int]:
        rows = self._model._rows
        needle = search_fold(self.text.strip())
        result = list(candidates)
        if needle:
            searches = self._model.searches
            result = [i for i in result if needle in searches[i]]
        if self.consent == ELIGIBLE:
            result = [i for i in result if rows[i].consent == VALID and not rows[i].erased]
        elif self.consent == NOT_ELIGIBLE:
            result = [i for i in result if rows[i].consent != VALID and not rows[i].erased]
        elif self.consent == ERASED:
            result = [i for i in result if rows[i].erased]
        return result

    def set_text(self, text: str) -> None:
        narrowing = bool(self.text) and search_fold(text).startswith(search_fold(self.text))
        self.text = text
        self.invalidate_rows(narrowing=narrowing)

    def set_consent(self, value: str) -> None:
        self.consent = value
        self.invalidate_rows()


@dataclass
class Loaded:
    rows: list[CandidateRow]
    sync: dict[str, str]
    regions: dict[str, str]


class CandidatesPage(RegistryListPage):
    """The candidate list with New / Edit / Delete, consent, access export and erasure."""

    entity = "candidate"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("CandidatesPage", "Candidates"),
            QCoreApplication.translate(
                "CandidatesPage",
                "Diaspora members who volunteered to be invited to consultations. Only people "
                "with a valid consent can be selected.",
            ),
        )
        self.model = CandidateTableModel(self)
        self._proxy = CandidateProxy(self.model, self)
        self.table.setModel(self._proxy)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.fit_columns(
            COL_NAME,
            {COL_NAME: 170, COL_GENDER: 80, COL_BORN: 60, COL_COUNTRY: 150,
             COL_CITIZENSHIP: 95, COL_GENERATION: 90, COL_ASSOCIATION: 170, COL_REGION: 120,
             COL_CONSENT: 100, COL_SYNC: 70},
            self.model.column_values(),
        )
        self.associations: list[AssociationChoice] | None = None

        self.search.setPlaceholderText(
            self.tr("Filter by name, e-mail, phone, country, association, topic…")
        )
        self.search.setAccessibleName(self.tr("Filter candidates"))
        self.consent_filter = QComboBox(self)
        self.consent_filter.setAccessibleName(self.tr("Consent"))
        for value, text in (
            (ALL, self.tr("Everyone")),
            (ELIGIBLE, self.tr("Valid consent (can be selected)")),
            (NOT_ELIGIBLE, self.tr("No valid consent")),
            (ERASED, self.tr("Erased")),
        ):
            self.consent_filter.addItem(text, value)
        self.consent_filter.currentIndexChanged.connect(self._consent_changed)
        self.filters.addWidget(self.consent_filter)

        self.add_action(
            self.tr("&New candidate…"),
            lambda: self.open_record(None),
            QKeySequence.StandardKey.New,
            self.tr("Register a new candidate"),
        )
        self.add_action(
            self.tr("&Edit…"),
            self.open_selected,
            "Return",
            self.tr("Open the selected candidate"),
            needs_selection=True,
        )
        self.add_action(
            self.tr("&Delete"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            self.tr("Move the selected candidates to the trash"),
            needs_selection=True,
        )
        self.add_action(self.tr("&Trash…"), self.show_trash, "",
                        self.tr("Deleted candidates: restore them"))
        self.toolbar.addSeparator()
        self.add_action(
            self.tr("Record &consent…"),
            self.record_consent,
            "Ctrl+Shift+K",
            self.tr("Record the same consent for the selected people"),
            needs_selection=True,
        )
        self.add_action(
            self.tr("E&xport personal data…"),
            self.export_personal_data,
            "Ctrl+Shift+P",
            self.tr("Everything held on the selected person, as PDF and JSON"),
            needs_selection=True,
        )
        self.add_action(
            self.tr("E&rase…"),
            self.erase_selected,
            "",
            self.tr("Erase the selected person's personal data (statistics stay)"),
            needs_selection=True,
        )
        self.add_registered_actions()
        self.finish_setup()

    # -- RegistryListPage
    def proxy(self) -> RowProxy:
        return self._proxy

    def load_rows(self, progress: Progress) -> Loaded:
        from desktop.services.regions import region_names

        with self.ctx.db.sessions() as session:
            rows = list_candidates(session, self.ctx.language, dt.date.today())
            progress.check()
            return Loaded(rows, sync_states(session, "candidate"), region_names(session))

    def show_rows(self, rows: Any) -> None:
        assert isinstance(rows, Loaded)
        self.model.set_data(rows.rows, rows.sync, rows.regions)
        if self.associations is None:
            self._preload_associations()

    def _preload_associations(self) -> None:
        """The form's association picker needs every association; fetch them in the
        background once, so the form opens at once even with 100,000 of them."""
        db = self.ctx.db

        def load(_progress: Progress) -> list[AssociationChoice]:
            with db.sessions() as session:
                return association_choices(session)

        def done(choices: Any) -> None:
            self.associations = list(choices)

        run_operation(None, load, done)

    def association_list(self) -> list[AssociationChoice]:
        if self.associations is None:
            with self.ctx.db.sessions() as session:
                self.associations = association_choices(session)
        return self.associations

    def _on_changed(self, entity: str) -> None:
        if entity == "association":  # names shown in the list and the picker changed
            self.associations = None
            self.refresh()
            return
        if entity == "*":
            self.associations = None
        super()._on_changed(entity)

    def id_at(self, proxy_row: int) -> str:
        return self.model.row_at(self._proxy.source_row(proxy_row)).id

    def apply_text_filter(self) -> None:
        self._filter_timer.stop()
        self._proxy.set_text(self.search.text())
        self.filters_changed()

    def _consent_changed(self) -> None:
        self._proxy.set_consent(str(self.consent_filter.currentData()))
        self.filters_changed()

    def open_record(self, record_id: str | None) -> None:
        dialog = CandidateDialog(self.ctx, record_id, self.association_list(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id:
            self.select_after_refresh([dialog.saved_id])

    def delete_records(self, ids: Sequence[str]) -> int:
        with self.ctx.db.transaction() as session:
            for record_id in ids:
                delete_candidate(session, record_id)
        return len(ids)

    def restore_records(self, ids: Sequence[str]) -> int:
        with self.ctx.db.transaction() as session:
            for record_id in ids:
                restore_candidate(session, record_id)
        return len(ids)

    def deleted_message(self, count: int) -> str:
        return self.tr("%Ln candidate(s) moved to the trash.", "", count)

    def show_trash(self) -> None:
        self.trash_dialog().exec()

    def trash_dialog(self) -> TrashDialog:
        from desktop.services import countries
        from desktop.services.candidates import trashed_candidates

        def load() -> list[TrashRow]:
            with self.ctx.db.sessions() as session:
                rows = trashed_candidates(session)
            return [TrashRow(r.id, r.name, countries.country_name(r.country_code,
                                                                 self.ctx.language) or "",
                             parse_time(r.deleted_at)) for r in rows]

        return TrashDialog(self.ctx, self.entity, self.tr("Deleted candidates"), load,
                           self.restore_records, self)

    def total_count(self) -> int:
        return self.model.rowCount()

    def count_text(self, shown: int, total: int) -> str:
        locale = self.locale()
        if shown == total:
            return self.tr("{total} candidates").format(total=locale.toString(total))
        return self.tr("{shown} of {total} candidates").format(
            shown=locale.toString(shown), total=locale.toString(total)
        )

    def selected_rows(self) -> list[CandidateRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(self._proxy.source_row(r)) for r in rows]

    # -- actions
    def record_consent(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = BulkConsentDialog(self.ctx, ids, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            message = self.tr("Consent recorded for {count} people.").format(
                count=number_text(dialog.recorded)
            )
            if dialog.skipped:
                message += " " + self.tr("{count} erased or deleted people were skipped.").format(
                    count=number_text(dialog.skipped)
                )
            self.ctx.bus.status_message.emit(message, 8000)

    def export_personal_data(self) -> None:
        ids = self.selected_ids()
        if ids:
            export_person(self.ctx, ids[0], self)

    def erase_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            QMessageBox.information(self, self.tr("Erase"), self.tr("Select one person to erase."))
            return
        if confirm_and_erase(self.ctx, rows[0].id, rows[0].name, self):
            self.refresh()


def _import(page: ListPage) -> None:
    ids = import_candidates(page.ctx, page.widget())
    if ids:
        page.ctx.bus.announce("candidate")


import desktop.services.candidate_merge  # noqa: E402,F401  (candidates can be merged)

register_data_actions("candidate", duplicates=True)
register_list_action(
    ListAction(
        "candidate",
        "import",
        lambda: QCoreApplication.translate("CandidatesPage", "&Import…"),
        _import,
        shortcut="Ctrl+Shift+I",
    )
)
