"""Focal points section: the directory of people who are information points, with filters,
delete with Undo, the trash and the form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.services.focal_points import (
    FocalPointRow,
    delete_focal_points,
    list_focal_points,
    restore_focal_points,
)
from desktop.services.progress import Progress
from desktop.services.regions import list_regions, region_names
from desktop.services.vocabulary import fold, language_name, role_labels
from desktop.views.context import AppContext
from desktop.views.focal_point_form import open_focal_point
from desktop.views.registry_list import RegistryListPage, shortcut_text
from desktop.views.row_proxy import RowProxy
from desktop.views.table_model import Column, RowTableModel, sync_state_text, sync_state_texts
from desktop.views.translation import list_text, phone_text
from desktop.views.trash import TrashDialog, TrashRow


def flyer_text(row: FocalPointRow) -> str:
    if row.listed_on_flyers:
        return QCoreApplication.translate("FocalPointList", "Listed")
    return (
        QCoreApplication.translate("FocalPointList", "Not listed")
        if row.has_consent
        else QCoreApplication.translate("FocalPointList", "No consent")
    )


def flyer_texts() -> list[str]:
    """Every text of the "Flyers" column (to size it)."""
    return [QCoreApplication.translate("FocalPointList", "Listed"),
            QCoreApplication.translate("FocalPointList", "Not listed"),
            QCoreApplication.translate("FocalPointList", "No consent")]


def activity_text(row: FocalPointRow, today: dt.date) -> str:
    if row.is_active(today):
        return QCoreApplication.translate("FocalPointList", "Active")
    if row.active_from is not None and row.active_from > today:
        return QCoreApplication.translate("FocalPointList", "Not yet")
    return QCoreApplication.translate("FocalPointList", "Ended")


def activity_texts() -> list[str]:
    """Every text of the "Active" column (to size it)."""
    return [QCoreApplication.translate("FocalPointList", "Active"),
            QCoreApplication.translate("FocalPointList", "Not yet"),
            QCoreApplication.translate("FocalPointList", "Ended")]


(
    FP_NAME,
    FP_ROLE,
    FP_INSTITUTION,
    FP_TITLE,
    FP_REGION,
    FP_EMAIL,
    FP_PHONE,
    FP_LANGUAGES,
    FP_FLYERS,
    FP_ACTIVE,
    FP_SYNC,
) = range(11)


class FocalPointModel(RowTableModel[FocalPointRow]):
    """Focal points, one per line."""

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        self.language = language
        self.region_names: dict[str, str] = {}
        self.today = dt.date.today()
        roles = role_labels()
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("FocalPointList", "Name"),
                    lambda r: r.name,
                    sort_key=lambda r: fold(r.name),
                ),
                Column(
                    lambda: QCoreApplication.translate("FocalPointList", "Role"),
                    lambda r: roles.get(r.role, r.role),
                ),
                Column(
                    lambda: QCoreApplication.translate("FocalPointList", "Institution"),
                    lambda r: r.institution,
                ),
                Column(
                    lambda: QCoreApplication.translate("FocalPointList", "Title"), lambda r: r.title
                ),
                Column(
                    lambda: QCoreApplication.translate("FocalPointList", "Region"),
                    lambda r: (
                        self.region_names.get(r.region_code, r.region_code)
                        if r.region_code
                        else QCoreApplication.translate("FocalPointList", "National")
                    ),
                ),
                Column(
                    lambda: QCoreApplication.translate("FocalPointList", "E-mail"),
                    lambda r: r.email,
                ),
                Column(
                    lambda: QCoreApplication.translate("FocalPointList", "Phone"),
                    lambda r: phone_text(r.phone)
                ),
                Column(
                    lambda: QCoreApplication.translate("FocalPointList", "Languages"),
                    lambda r: list_text(language_name(code, self.language) for code in r.languages),
                ),
                Column(lambda: QCoreApplication.translate("FocalPointList", "Flyers"), flyer_text),
                Column(
                    lambda: QCoreApplication.translate("FocalPointList", "Active"),
                    lambda r: activity_text(r, self.today),
                ),
                Column(
                    lambda: QCoreApplication.translate("FocalPointList", "Sync"),
                    lambda r: sync_state_text(r.sync_state),
                ),
            ],
            parent,
        )


ALL, LISTED, NOT_LISTED, NO_CONSENT = "", "listed", "not_listed", "no_consent"
ACTIVE_NOW, INACTIVE = "active", "inactive"


class FocalPointProxy(RowProxy):
    """Filters by free text (name, institution, title, e-mail, phone, languages), region,
    role, flyer listing and whether the person is active today."""

    def __init__(self, parent: Any = None) -> None:
        self.text = ""
        self.region = ""
        self.role = ""
        self.flyers = ALL
        self.activity = ALL
        self.today = dt.date.today()
        super().__init__(parent)
        self._sort_column = FP_NAME

    def set_filters(
        self,
        *,
        text: str | None = None,
        region: str | None = None,
        role: str | None = None,
        flyers: str | None = None,
        activity: str | None = None,
    ) -> None:
        if text is not None:
            self.text = fold(" ".join(text.split()))
        for key, value in (
            ("region", region),
            ("role", role),
            ("flyers", flyers),
            ("activity", activity),
        ):
            if value is not None:
                setattr(self, key, value)
        self.invalidate_rows()

    def _model(self) -> FocalPointModel:
        source = self.sourceModel()
        assert isinstance(source, FocalPointModel)
        return source

    def accepted_rows(self, candidates: Sequence[int], narrowing: bool = False) -> list[int]:
        rows = self._model().rows()
        result = list(candidates)
        if self.region:
            wanted = "" if self.region == "-" else self.region
            result = [i for i in result if rows[i].region_code == wanted]
        if self.role:
            result = [i for i in result if rows[i].role == self.role]
        if self.flyers == LISTED:
            result = [i for i in result if rows[i].listed_on_flyers]
        elif self.flyers == NOT_LISTED:
            result = [i for i in result if not rows[i].listed_on_flyers]
        elif self.flyers == NO_CONSENT:
            result = [i for i in result if not rows[i].has_consent]
        if self.activity == ACTIVE_NOW:
            result = [i for i in result if rows[i].is_active(self.today)]
        elif self.activity == INACTIVE:
            result = [i for i in result if not rows[i].is_active(self.today)]
        for word in self.text.split():
            result = [i for i in result if word in rows[i].search]
        return result

    def id_at(self, proxy_row: int) -> str:
        return self._model().row_at(self.source_row(proxy_row)).id


class FocalPointsPage(RegistryListPage):
    """The focal-point directory of every region (or of this help office's region first)."""

    entity = "focal_point"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx,
            self.tr("Focal points"),
            self.tr(
                "People who act as information points: elected officials, local-government "
                "officers, technical and consular focal points, association liaisons."
            ),
        )
        self.model = FocalPointModel(ctx.language, self)
        self._proxy = FocalPointProxy(self)
        self._proxy.setSourceModel(self.model)
        self.table.setModel(self._proxy)
        self.table.horizontalHeader().setSortIndicator(FP_NAME, Qt.SortOrder.AscendingOrder)
        widths = {
            FP_NAME: 200,
            FP_ROLE: 170,
            FP_INSTITUTION: 200,
            FP_TITLE: 140,
            FP_REGION: 120,
            FP_EMAIL: 190,
            FP_PHONE: 130,
            FP_LANGUAGES: 140,
        }
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, widths.get(column, 90))
        self.fit_columns(FP_INSTITUTION, widths, {
            FP_FLYERS: flyer_texts(),
            FP_ACTIVE: activity_texts(),
            FP_SYNC: sync_state_texts(),
        })

        self.search.setPlaceholderText(
            self.tr("Filter by name, institution, title, e-mail or phone ({keys})").format(
                keys=shortcut_text(QKeySequence.StandardKey.Find)
            )
        )
        self.search.setAccessibleName(self.tr("Filter focal points"))
        self.region_filter = self.add_choice(self.tr("Region"))
        self.region_filter.addItem(self.tr("All regions"), "")
        self.role_filter = self.add_choice(self.tr("Role"))
        self.role_filter.addItem(self.tr("All roles"), "")
        for code, label in role_labels().items():
            self.role_filter.addItem(label, code)
        self.flyer_filter = self.add_choice(self.tr("Flyers"))
        for text, value in (
            (self.tr("Listed or not"), ALL),
            (self.tr("Listed on flyers"), LISTED),
            (self.tr("Not listed"), NOT_LISTED),
            (self.tr("No consent recorded"), NO_CONSENT),
        ):
            self.flyer_filter.addItem(text, value)
        self.active_filter = self.add_choice(self.tr("Active"))
        for text, value in (
            (self.tr("Active or not"), ALL),
            (self.tr("Active today"), ACTIVE_NOW),
            (self.tr("Not active today"), INACTIVE),
        ):
            self.active_filter.addItem(text, value)
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        for combo in (self.region_filter, self.role_filter, self.flyer_filter, self.active_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.filters.addWidget(self.clear_button)

        self.add_action(
            self.tr("&New focal point…"),
            self.new_record,
            QKeySequence.StandardKey.New,
            self.tr("Add a focal point"),
        )
        self.add_action(
            self.tr("&Open…"),
            self.open_selected,
            "",
            self.tr("Open the selected focal point"),
            needs_selection=True,
            hint="Return",
        )
        self.add_action(
            self.tr("&Delete"),
            self.delete_selected,
            "",
            self.tr("Move the selected focal points to the trash"),
            needs_selection=True,
            hint=QKeySequence.StandardKey.Delete,
        )
        self.add_action(
            self.tr("&Trash…"),
            self.show_trash,
            "",
            self.tr("Deleted focal points, to restore them"),
        )
        self.add_registered_actions()
        self.finish_setup()


    # -- RegistryListPage
    def proxy(self) -> RowProxy:
        return self._proxy

    def load_rows(
        self, _progress: Progress
    ) -> tuple[list[FocalPointRow], dict[str, str], list[tuple[str, str]]]:
        with self.ctx.db.sessions() as session:
            return (
                list_focal_points(session),
                region_names(session),
                [(r.code, r.name) for r in list_regions(session)],
            )

    def show_rows(self, loaded: Any) -> None:
        rows, names, regions = loaded
        self.model.region_names = names
        self.model.today = self._proxy.today = dt.date.today()
        self.model.set_rows(rows)
        current = self.region_filter.currentData()
        self.region_filter.blockSignals(True)
        while self.region_filter.count() > 1:
            self.region_filter.removeItem(1)
        for code, name in regions:
            self.region_filter.addItem(name, code)
        self.region_filter.addItem(self.tr("National (no region)"), "-")
        self.region_filter.setCurrentIndex(max(self.region_filter.findData(current), 0))
        self.region_filter.blockSignals(False)
        self.filters_changed()

    def id_at(self, proxy_row: int) -> str:
        return self._proxy.id_at(proxy_row)

    def total_count(self) -> int:
        return self.model.rowCount()

    def count_text(self, shown: int, total: int) -> str:
        locale = self.locale()
        if shown == total:
            return self.tr("{total} focal points").format(total=locale.toString(total))
        return self.tr("{shown} of {total} focal points").format(
            shown=locale.toString(shown), total=locale.toString(total)
        )

    def apply_text_filter(self) -> None:
        self._filter_timer.stop()
        self.apply_filters()

    def apply_filters(self) -> None:
        selected = self.selected_ids()
        self._proxy.set_filters(
            text=self.search.text(),
            region=self.region_filter.currentData() or "",
            role=self.role_filter.currentData() or "",
            flyers=self.flyer_filter.currentData() or "",
            activity=self.active_filter.currentData() or "",
        )
        if selected:
            self.select_ids(selected)
        self.update_actions()
        self.filters_changed()

    def clear_filters(self) -> None:
        for combo in (self.region_filter, self.role_filter, self.flyer_filter, self.active_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    # -- records
    def new_record(self) -> None:
        saved = open_focal_point(self.ctx, None, self)
        if saved:
            self.select_after_refresh([saved])

    def open_record(self, record_id: str | None) -> None:
        saved = open_focal_point(self.ctx, record_id, self)
        if saved:
            self.select_after_refresh([saved])

    def delete_records(self, ids: Sequence[str]) -> int:
        with self.ctx.db.transaction() as session:
            return delete_focal_points(session, ids, by=self.user())

    def restore_records(self, ids: Sequence[str]) -> int:
        with self.ctx.db.transaction() as session:
            return restore_focal_points(session, ids, by=self.user())

    def deleted_message(self, count: int) -> str:
        if count == 1:
            return self.tr("1 focal point moved to the trash.")
        return self.tr("{count} focal points moved to the trash.").format(
            count=self.locale().toString(count)
        )

    def show_trash(self) -> None:
        self.trash_dialog().exec()

    def trash_dialog(self) -> TrashDialog:
        roles = role_labels()

        def load() -> list[TrashRow]:
            with self.ctx.db.sessions() as session:
                rows = list_focal_points(session, trash=True)
            return [TrashRow(r.id, r.name, roles.get(r.role, r.role), r.deleted_at) for r in rows]

        return TrashDialog(
            self.ctx, self.entity, self.tr("Deleted focal points"), load, self.restore_records, self
        )


def make_page(ctx: AppContext) -> QWidget:
    return FocalPointsPage(ctx)
