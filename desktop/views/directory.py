"""Region directory: pick a region and see its current information points with their contacts,
exactly the list that flyers print."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.services.focal_points import (
    DirectoryGaps,
    InformationPoint,
    directory_gaps,
    information_points,
)
from desktop.services.regions import list_regions
from desktop.services.vocabulary import language_name, role_labels
from desktop.views.context import AppContext
from desktop.views.focal_point_form import open_focal_point
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from desktop.views.translation import date_input_format, list_text, phone_text
from desktop.views.widgets import ContainsFilterProxy, page_layout


class DirectoryModel(RowTableModel[InformationPoint]):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        roles = role_labels()
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("DirectoryPage", "Name"), lambda p: p.name
                ),
                Column(
                    lambda: QCoreApplication.translate("DirectoryPage", "Role"),
                    lambda p: roles.get(p.role, p.role),
                ),
                Column(
                    lambda: QCoreApplication.translate("DirectoryPage", "Institution"),
                    lambda p: p.institution,
                ),
                Column(
                    lambda: QCoreApplication.translate("DirectoryPage", "Title"), lambda p: p.title
                ),
                Column(
                    lambda: QCoreApplication.translate("DirectoryPage", "E-mail"), lambda p: p.email
                ),
                Column(
                    lambda: QCoreApplication.translate("DirectoryPage", "Phone"),
                    lambda p: phone_text(p.phone)
                ),
                Column(
                    lambda: QCoreApplication.translate("DirectoryPage", "Languages"),
                    lambda p: list_text(language_name(code, language) for code in p.languages),
                ),
            ],
            parent,
        )


class DirectoryPage(QWidget):
    """The information points of one region on one day (today unless changed)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = page_layout(
            self,
            self.tr("Region directory"),
            self.tr(
                "The information points of a region: focal points who are active on the "
                "day, listed on flyers and have given their consent to publish their "
                "contacts. Flyers print exactly this list."
            ),
        )
        row = QHBoxLayout()
        self.region = QComboBox(self)
        self.region.setAccessibleName(self.tr("Region"))
        self.region.setMinimumWidth(240)
        region_label = QLabel(self.tr("&Region:"), self)
        region_label.setBuddy(self.region)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_input_format())
        self.day.setAccessibleName(self.tr("On the day"))
        day_label = QLabel(self.tr("On the &day:"), self)
        day_label.setBuddy(self.day)
        today = QPushButton(self.tr("&Today"), self)
        today.clicked.connect(lambda: self.day.setDate(QDate.currentDate()))
        row.addWidget(region_label)
        row.addWidget(self.region)
        row.addSpacing(12)
        row.addWidget(day_label)
        row.addWidget(self.day)
        row.addWidget(today)
        row.addStretch(1)
        layout.addLayout(row)

        self.model = DirectoryModel(ctx.language, self)
        self.proxy = ContainsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Information points"))
        fit_columns(self.table, 2, contents=range(self.model.columnCount()))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        layout.addWidget(self.table, 1)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Directory summary"))
        layout.addWidget(self.summary)

        self._fill_regions()
        self.region.currentIndexChanged.connect(lambda _i: self.refresh())
        self.day.dateChanged.connect(lambda _d: self.refresh())
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def _fill_regions(self) -> None:
        current = self.region.currentData() or self.ctx.office.region_code
        with self.ctx.db.sessions() as session:
            regions = list_regions(session)
        self.region.blockSignals(True)
        self.region.clear()
        for item in regions:
            self.region.addItem(item.name, item.code)
        self.region.setCurrentIndex(max(self.region.findData(current), 0))
        self.region.blockSignals(False)

    def _on_changed(self, entity: str) -> None:
        if entity == "region" or entity == "*":
            self._fill_regions()
        if entity in ("focal_point", "region", "*"):
            self.refresh()

    def on_day(self) -> dt.date:
        value = self.day.date()
        return dt.date(value.year(), value.month(), value.day())

    def refresh(self) -> None:
        code = self.region.currentData()
        if not code:
            self.model.set_rows([])
            self.summary.setText(self.tr("There are no regions yet."))
            return
        day = self.on_day()
        with self.ctx.db.sessions() as session:
            points = information_points(session, code, day)
            gaps = directory_gaps(session, code, day)
        self.model.set_rows(points)
        self.summary.setText(self._summary(gaps))

    def _summary(self, gaps: DirectoryGaps) -> str:
        parts = [
            self.tr("%Ln information point(s) on the flyers of this region.", "", gaps.listed)
        ]
        if gaps.without_consent:
            parts.append(
                self.tr(
                    "{count} active focal point(s) are missing because their "
                    "consent to publish is not recorded."
                ).format(count=gaps.without_consent)
            )
        if gaps.not_listed:
            parts.append(
                self.tr(
                    "{count} active focal point(s) gave consent but are not listed on flyers."
                ).format(count=gaps.not_listed)
            )
        return " ".join(parts)

    def open_selected(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return
        point = self.proxy.data(indexes[0], ROW_ROLE)
        if isinstance(point, InformationPoint):
            open_focal_point(self.ctx, point.id, self)


def make_page(ctx: AppContext) -> QWidget:
    return DirectoryPage(ctx)
