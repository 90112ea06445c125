"""Associations section: the registry list with filters, the status workflow on a selection,
delete with Undo, the trash, and the form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.services import countries
from desktop.services.associations import (
    COUNTRY,
    AssociationList,
    count_associations,
    delete_associations,
    first_page,
    list_associations,
    restore_associations,
    set_status_bulk,
)
from desktop.services.progress import Progress
from desktop.services.regions import list_regions, region_names
from desktop.services.vocabulary import engagement_area_labels, status_labels
from desktop.views.association_form import open_association
from desktop.views.association_list import (
    COL_AREAS,
    COL_CITY,
    COL_CONTACT,
    COL_EMAIL,
    COL_NAME,
    COL_PHONE,
    COL_STATUS,
    COL_SYNC,
    NATIONAL,
    AssociationProxy,
    AssociationTableModel,
)
from desktop.views.context import AppContext
from desktop.views.registry_list import RegistryListPage, shortcut_text
from desktop.views.row_proxy import RowProxy
from desktop.views.table_model import sync_state_texts
from desktop.views.translation import list_text
from desktop.views.trash import TrashDialog, TrashRow, parse_time

SYNC_LOAD_LIMIT = 5_000
"""Up to this many associations load on the GUI thread (a few tens of milliseconds)."""
PREVIEW_ROWS = 200
"""Rows shown, by name, while a larger list loads in the background."""


class AssociationsPage(RegistryListPage):
    """The association registry; filters combine (all must hold)."""

    entity = "association"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx,
            self.tr("Associations"),
            self.tr("Diaspora associations abroad. Type to filter; pick a country, region, "
                    "status, engagement area or sector to narrow the list."),
        )
        self.model = AssociationTableModel(ctx.language, self)
        self._proxy = AssociationProxy(self)
        self._proxy.setSourceModel(self.model)
        self.table.setModel(self._proxy)
        self.table.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        widths = {COL_NAME: 300, COL_CITY: 120, COL_CONTACT: 160, COL_EMAIL: 200,
                  COL_PHONE: 130, COL_AREAS: 260}
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, widths.get(column, 110))
        self.fit_columns(COL_AREAS, widths, {
            COL_STATUS: status_labels().values(),
            COL_SYNC: sync_state_texts(),
        })

        self.search.setPlaceholderText(self.tr("Filter by name, acronym, city, contact, "
                                               "e-mail or phone ({keys})").format(
            keys=shortcut_text(QKeySequence.StandardKey.Find)))
        self.search.setAccessibleName(self.tr("Filter associations"))
        self.country_filter = self.add_choice(self.tr("Country"))
        self.region_filter = self.add_choice(self.tr("Origin region"))
        self.status_filter = self.add_choice(self.tr("Status"))
        self.area_filter = self.add_choice(self.tr("Engagement area"))
        self.sector_filter = self.add_choice(self.tr("Sector"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for code, label in status_labels().items():
            self.status_filter.addItem(label, code)
        self.area_filter.addItem(self.tr("All engagement areas"), "")
        for code, label in engagement_area_labels().items():
            self.area_filter.addItem(label, code)
        self.country_filter.addItem(self.tr("All countries"), "")
        self.region_filter.addItem(self.tr("All regions"), "")
        self.sector_filter.addItem(self.tr("All sectors"), "")
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        for combo in (self.country_filter, self.region_filter, self.status_filter,
                      self.area_filter, self.sector_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.filters.addWidget(self.clear_button)

        self.add_action(self.tr("&New association…"), self.new_record,
                        QKeySequence.StandardKey.New, self.tr("Register a new association"))
        self.add_action(self.tr("&Open…"), self.open_selected, "",
                        self.tr("Open the selected association"), needs_selection=True,
                        hint="Return")
        self.status_button = QToolButton(self)
        self.status_button.setText(self.tr("Set &status"))
        self.status_button.setToolTip(self.tr("Change the status of the selected associations"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        for code, label in status_labels().items():
            action = menu.addAction(label)
            action.triggered.connect(lambda _c=False, s=code: self.set_status_of_selection(s))
        self.status_button.setMenu(menu)
        self.toolbar.addWidget(self.status_button)
        self.add_action(self.tr("&Delete"), self.delete_selected, "",
                        self.tr("Move the selected associations to the trash"),
                        needs_selection=True, hint=QKeySequence.StandardKey.Delete)
        self.add_action(self.tr("&Trash…"), self.show_trash, "",
                        self.tr("Deleted associations, to restore them"))
        self.add_registered_actions()
        self.finish_setup()


    # -- RegistryListPage
    def proxy(self) -> RowProxy:
        return self._proxy

    def load_rows(self, _progress: Progress) -> tuple[AssociationList, dict[str, str],
                                                      list[tuple[str, str]], list[str]]:
        with self.ctx.db.sessions() as session:
            rows = list_associations(session)
            names = region_names(session)
            active = [(r.code, r.name) for r in list_regions(session)]
            sectors = rows.sectors()
        return rows, names, active, sectors

    def load_synchronously(self) -> bool:
        total = self.model.rowCount()
        if total == 0:
            with self.ctx.db.sessions() as session:
                total = count_associations(session)
        return total <= SYNC_LOAD_LIMIT

    def load_preview(self) -> Any | None:
        with self.ctx.db.sessions() as session:
            return (first_page(session, PREVIEW_ROWS), region_names(session),
                    [(r.code, r.name) for r in list_regions(session)], [])

    def show_rows(self, loaded: Any) -> None:
        rows, names, active, sectors = loaded
        self.model.set_region_names(names, notify=False)  # the reset repaints everything
        self.model.set_list(rows)
        self._fill_choices(rows, active, sectors)
        self.filters_changed()

    def _fill_choices(self, rows: AssociationList, regions: list[tuple[str, str]],
                      sectors: list[str]) -> None:
        used = {t[COUNTRY] for t in rows.fetched if t[COUNTRY]}
        if self.country_filter.currentData():
            used.add(self.country_filter.currentData())
        choices = sorted(((countries.country_name(c, self.ctx.language), c) for c in used),
                         key=lambda item: item[0].casefold())
        self._refill(self.country_filter, choices)
        self._refill(self.region_filter,
                     [(name, code) for code, name in regions]
                     + [(self.tr("National (no origin region)"), NATIONAL)])
        self._refill(self.sector_filter, [(s, s) for s in sectors])

    def _refill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def id_at(self, proxy_row: int) -> str:
        return self._proxy.id_at(proxy_row)

    def visible_ids(self) -> list[str]:
        return self._proxy.visible_ids()

    def total_count(self) -> int:
        return self.model.rowCount()

    def count_text(self, shown: int, total: int) -> str:
        locale = self.locale()
        if shown == total:
            return self.tr("{total} associations").format(total=locale.toString(total))
        return self.tr("{shown} of {total} associations").format(
            shown=locale.toString(shown), total=locale.toString(total))

    # -- filtering
    def apply_text_filter(self) -> None:
        self._filter_timer.stop()
        selected = self.selected_ids()
        self._proxy.set_filters(text=self.search.text())
        self._after_filter(selected)

    def apply_filters(self) -> None:
        selected = self.selected_ids()
        self._proxy.set_filters(
            text=self.search.text(),
            country=self.country_filter.currentData() or "",
            region=self.region_filter.currentData() or "",
            status=self.status_filter.currentData() or "",
            area=self.area_filter.currentData() or "",
            sector=self.sector_filter.currentData() or "",
        )
        self._after_filter(selected)

    def _after_filter(self, selected: list[str]) -> None:
        if selected and len(selected) <= 50:
            self.select_ids(selected, scroll=True)
        self.update_actions()
        self.filters_changed()

    def clear_filters(self) -> None:
        for combo in (self.country_filter, self.region_filter, self.status_filter,
                      self.area_filter, self.sector_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    # -- records
    def new_record(self) -> None:
        saved = open_association(self.ctx, None, self)
        if saved:
            self.select_after_refresh([saved])

    def open_record(self, record_id: str | None) -> None:
        saved = open_association(self.ctx, record_id, self)
        if saved:
            self.select_after_refresh([saved])

    def delete_records(self, ids: Sequence[str]) -> int:
        with self.ctx.db.transaction() as session:
            return delete_associations(session, ids, by=self.user())

    def restore_records(self, ids: Sequence[str]) -> int:
        with self.ctx.db.transaction() as session:
            return restore_associations(session, ids, by=self.user())

    def deleted_message(self, count: int) -> str:
        if count == 1:
            return self.tr("1 association moved to the trash.")
        return self.tr("{count} associations moved to the trash.").format(
            count=self.locale().toString(count))

    def set_status_of_selection(self, status: str) -> None:
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, self.tr("Set status"),
                                    self.tr("Select one or more associations first."))
            return
        label = status_labels()[status]
        if len(ids) > 1:
            answer = QMessageBox.question(
                self, self.tr("Set status"),
                self.tr("Set the status of {count} associations to “{status}”?").format(
                    count=self.locale().toString(len(ids)), status=label))
            if answer != QMessageBox.StandardButton.Yes:
                return
        with self.ctx.db.transaction() as session:
            changed = set_status_bulk(session, ids, status, by=self.user())
        self.select_after_refresh(ids)
        self.ctx.bus.announce(self.entity)
        self.ctx.bus.status_message.emit(
            self.tr("%Ln association(s) set to “{status}”.", "", changed).format(
                status=label), 6000)

    def show_trash(self) -> None:
        self.trash_dialog().exec()

    def trash_dialog(self) -> TrashDialog:
        def load() -> list[TrashRow]:
            with self.ctx.db.sessions() as session:
                rows = list_associations(session, trash=True)
            return [TrashRow(r.id, r.name, list_text(p for p in (
                r.city, countries.country_name(r.country_code, self.ctx.language)) if p),
                parse_time(r.deleted_at)) for r in rows]

        return TrashDialog(self.ctx, self.entity, self.tr("Deleted associations"), load,
                           self.restore_records, self)


def make_page(ctx: AppContext) -> QWidget:
    return AssociationsPage(ctx)
