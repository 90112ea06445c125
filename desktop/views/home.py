"""Home page: who this office is, and how many records each region holds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QTableView,
    QWidget,
)

from desktop.services import countries
from desktop.services.summary import RegionCounts, Summary, region_summary
from desktop.views.context import AppContext
from desktop.views.operations import run_operation
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import SORT_ROLE, Column, RowTableModel
from desktop.views.translation import number_text
from desktop.views.widgets import ContainsFilterProxy, page_layout


def entity_titles() -> dict[str, str]:
    return {
        "association": QCoreApplication.translate("HomePage", "Associations"),
        "focal_point": QCoreApplication.translate("HomePage", "Focal points"),
        "candidate": QCoreApplication.translate("HomePage", "Candidates"),
        "consultation": QCoreApplication.translate("HomePage", "Consultations"),
    }


def _count_column(entity: str, title: str) -> Column[RegionCounts]:
    return Column(lambda: title, lambda r: number_text(r.counts.get(entity, 0)),
                  sort_key=lambda r: r.counts.get(entity, 0), align_right=True)


def region_columns() -> list[Column[RegionCounts]]:
    titles = entity_titles()
    columns: list[Column[RegionCounts]] = [
        Column(lambda: QCoreApplication.translate("HomePage", "Region"),
               lambda r: r.name if r.code is not None
               else QCoreApplication.translate("HomePage", "National (no region)")),
        Column(lambda: QCoreApplication.translate("HomePage", "Code"), lambda r: r.code or ""),
        Column(lambda: QCoreApplication.translate("HomePage", "Help office"),
               lambda r: r.help_office_name),
    ]
    for entity, title in titles.items():
        columns.append(_count_column(entity, title))
    return columns


class HomePage(QWidget):
    """Totals and per-region counts; refreshes itself when any data changes."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        office = ctx.office
        country = countries.country_name(office.country_code, ctx.language)
        if office.is_national:
            who = self.tr("National bureau of {country}").format(country=country)
        else:
            who = self.tr("Help office for region {region}, {country}").format(
                region=office.region_code, country=country)
        layout = page_layout(self, self.tr("Overview"), who)

        tiles = QFrame(self)
        grid = QGridLayout(tiles)
        grid.setContentsMargins(0, 0, 0, 0)
        self._tile_values: dict[str, QLabel] = {}
        for column, (entity, title) in enumerate(entity_titles().items()):
            box = QFrame(tiles)
            box.setFrameShape(QFrame.Shape.StyledPanel)
            box.setObjectName("tile")
            inner = QGridLayout(box)
            value = QLabel("–", box)
            value.setObjectName("tileValue")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(title, box)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(value, 0, 0)
            inner.addWidget(caption, 1, 0)
            grid.addWidget(box, 0, column)
            self._tile_values[entity] = value
        layout.addWidget(tiles)

        layout.addWidget(QLabel(self.tr("Records per region"), self))
        self.model: RowTableModel[RegionCounts] = RowTableModel(region_columns(), self)
        proxy = ContainsFilterProxy(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Records per region"))
        fit_columns(self.table, (0, 2), contents=range(3, self.model.columnCount()))
        layout.addWidget(self.table, 1)
        ctx.bus.changed.connect(lambda _entity: self.refresh())
        self.refresh(synchronous=True)

    def refresh(self, synchronous: bool = False) -> None:
        db, office_region = self._ctx.db, self._ctx.office.region_code

        def load(_progress: object) -> Summary:
            with db.sessions() as session:
                return region_summary(session, office_region)

        if synchronous:
            self._show(load(None))
        else:
            run_operation(None, load, self._show)

    def _show(self, summary: Summary) -> None:
        locale = self.locale()
        for entity, label in self._tile_values.items():
            label.setText(locale.toString(summary.totals.get(entity, 0)))
        self.model.set_rows(summary.regions)
