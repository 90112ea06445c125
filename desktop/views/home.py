"""Home: the monitoring dashboard, or the first steps on an empty database.

Tiles and charts for a period and a scope picked at the top, computed off the GUI thread by the
indicators service (the same figures as ``report indicators`` and the donor report). Every
figure opens the records behind it (:mod:`desktop.views.dashboard_drill`). A help office starts
on its own region, named, not coded; the per-region table lists the national row first, then
the regions that hold data.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import countries
from desktop.services.indicators import (
    IndicatorReport,
    Period,
    Scope,
    compute_indicators,
)
from desktop.services.indicators.cache import load_cached, save_cached
from desktop.services.indicators.labels import (
    indicator_titles,
    region_label,
    value_label,
)
from desktop.services.indicators.model import NATIONAL_LABEL, PERCENT_INDICATORS
from desktop.services.progress import Progress
from desktop.services.regions import RegionRow, list_regions
from desktop.views.context import AppContext
from desktop.views.dashboard_charts import BarChart, BarSeriesData
from desktop.views.dashboard_drill import DrillDownDialog, open_section
from desktop.views.flow_layout import FlowLayout
from desktop.views.operations import run_operation
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from desktop.views.translation import number_text
from desktop.views.widgets import ContainsFilterProxy, page_layout

TILES: tuple[str, ...] = (
    "associations", "focal_points_active", "candidates_consented", "consultations_held",
    "participants", "women_share", "commitments_overdue", "consents_expiring",
    "regions_without_focal_point", "segments_unheard", "repeat_participants",
    "commitments_on_time_share",
)
ALERT_TILES = frozenset({"commitments_overdue", "consents_expiring",
                         "regions_without_focal_point", "segments_unheard"})
PERIODS: tuple[str, ...] = ("12m", "3m", "year", "last_year", "all", "custom")
TOP_REGIONS = 12
CACHE_FILE = "dashboard-figures.json"
log = logging.getLogger(__name__)


def period_titles() -> dict[str, str]:
    return {
        "12m": QCoreApplication.translate("Dashboard", "Last 12 months"),
        "3m": QCoreApplication.translate("Dashboard", "Last 3 months"),
        "year": QCoreApplication.translate("Dashboard", "This year"),
        "last_year": QCoreApplication.translate("Dashboard", "Last year"),
        "all": QCoreApplication.translate("Dashboard", "All time"),
        "custom": QCoreApplication.translate("Dashboard", "Choose dates…"),
    }


def period_for(key: str, today: dt.date, start: dt.date, end: dt.date) -> Period:
    if key == "3m":
        return Period.last_months(3, today)
    if key == "year":
        return Period(dt.date(today.year, 1, 1), today)
    if key == "last_year":
        return Period(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))
    if key == "all":
        return Period(None, today)
    if key == "custom":
        return Period(min(start, end), max(start, end))
    return Period.last_months(12, today)


@dataclass(frozen=True)
class RegionFigures:
    code: str  # a region code, or "national"
    name: str
    figures: dict[str, float]


class Tile(QFrame):
    """A big number and its caption; click (or Enter) opens the records behind it."""

    clicked = Signal()

    def __init__(self, indicator: str, caption: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(8, 6, 8, 6)
        inner.setSpacing(2)
        self.value = QLabel("–", self)
        self.value.setObjectName("tileValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        inner.addWidget(self.value)
        inner.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, text: str, alert: bool) -> None:
        self.value.setText(text)
        self.value.setStyleSheet("color: #b3261e;" if alert else "")
        self.setAccessibleDescription(text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


def region_columns() -> list[Column[RegionFigures]]:
    def count(indicator: str, title: str) -> Column[RegionFigures]:
        return Column(lambda: title, lambda r: number_text(int(r.figures.get(indicator, 0))),
                      sort_key=lambda r: r.figures.get(indicator, 0), align_right=True)

    titles = indicator_titles()
    return [
        Column(lambda: QCoreApplication.translate("Dashboard", "Region"), lambda r: r.name,
               sort_key=lambda r: (r.code != NATIONAL_LABEL, r.name)),
        count("associations", titles["associations"]),
        count("focal_points_active", titles["focal_points_active"]),
        count("candidates_consented", titles["candidates_consented"]),
        count("consultations_held", titles["consultations_held"]),
        count("participants", titles["participants"]),
        count("commitments_overdue", titles["commitments_overdue"]),
    ]


REGION_TABLE_FIGURES = ("associations", "focal_points_active", "candidates_consented",
                        "consultations_held", "participants", "commitments_overdue")


def region_rows(report: IndicatorReport) -> list[RegionFigures]:
    """The national row first, then every region that holds data, by name."""
    per = {name: report.by_region(name) for name in REGION_TABLE_FIGURES}
    codes = {code for values in per.values() for code, value in values.items() if value}
    rows = [RegionFigures(code, region_label(code, report.region_names),
                          {name: per[name].get(code, 0.0) for name in REGION_TABLE_FIGURES})
            for code in codes]
    rows.sort(key=lambda r: (r.code != NATIONAL_LABEL, r.name.casefold()))
    return rows


class FirstSteps(QFrame):
    """What to do first when there is nothing to count yet."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Nothing to show yet: start here"), self)
        heading.setObjectName("pageSubtitle")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        layout.addWidget(heading)
        self.buttons: dict[str, QPushButton] = {}
        steps = (
            ("associations", self.tr("1. Import or add diaspora associations"),
             self.tr("Bring in your spreadsheet of associations (Associations → Import…) or "
                     "add them one by one.")),
            ("focal_points", self.tr("2. Add focal points"),
             self.tr("The people who act as information points in each region; those who "
                     "agree are printed on flyers.")),
            ("candidates", self.tr("3. Register people who agree to be consulted"),
             self.tr("Record each person's consent; only they can be drawn for a "
                     "consultation.")),
            ("consultations", self.tr("4. Plan a consultation"),
             self.tr("Set its quotas, draw a fair panel and record what was promised.")),
            ("flyers", self.tr("5. Print a flyer"),
             self.tr("Tell the diaspora where to find their focal point.")),
        )
        for key, title, text in steps:
            row = QHBoxLayout()
            button = QPushButton(title, self)
            button.setMinimumWidth(320)
            button.clicked.connect(lambda _c=False, k=key: open_section(self, k))
            label = QLabel(text, self)
            label.setWordWrap(True)
            row.addWidget(button)
            row.addWidget(label, 1)
            layout.addLayout(row)
            self.buttons[key] = button


class HomePage(QWidget):
    """The dashboard; refreshes itself (off the GUI thread) when any data changes."""

    figures_shown = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._generation = 0
        self.report: IndicatorReport | None = None
        self.fresh = False
        """True once the figures shown were counted now (not last time's, from the cache)."""
        self._shown_key = ""
        office = ctx.office
        with ctx.db.sessions() as session:
            self._regions: list[RegionRow] = list_regions(session, include_retired=True)
        names = {r.code: r.name for r in self._regions}
        country = countries.country_name(office.country_code, ctx.language)
        if office.is_national:
            who = self.tr("National bureau of {country}").format(country=country)
        else:
            who = self.tr("Help office for {region}, {country}").format(
                region=names.get(office.region_code, office.region_code), country=country)
        outer = page_layout(self, self.tr("Overview"), who)

        bar_widget = QWidget(self)
        bar = FlowLayout(bar_widget, spacing=8)
        bar.addWidget(QLabel(self.tr("Period:"), self))
        self.period_box = QComboBox(self)
        for key, title in period_titles().items():
            self.period_box.addItem(title, key)
        self.period_box.setAccessibleName(self.tr("Period"))
        bar.addWidget(self.period_box)
        today = dt.date.today()
        self.start_edit = QDateEdit(QDate(today.year, 1, 1), self)
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setVisible(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.start_edit.setAccessibleName(self.tr("From"))
        self.end_edit.setAccessibleName(self.tr("To"))
        bar.addWidget(self.start_edit)
        bar.addWidget(self.end_edit)
        bar.addWidget(QLabel(self.tr("Scope:"), self))
        self.scope_box = QComboBox(self)
        self.scope_box.setAccessibleName(self.tr("Scope"))
        self.scope_box.addItem(self.tr("All regions"), "")
        self.scope_box.addItem(self.tr("National level"), NATIONAL_LABEL)
        for region in sorted(self._regions, key=lambda r: r.name.casefold()):
            self.scope_box.addItem(region.name, region.code)
        if not office.is_national:
            index = self.scope_box.findData(office.region_code)
            self.scope_box.setCurrentIndex(max(index, 0))
        bar.addWidget(self.scope_box)
        self.status = QLabel("", self)
        self.status.setObjectName("pageSubtitle")
        bar.addWidget(self.status)
        self.ledger_button = QPushButton(self.tr("Promise ledger"), self)
        self.ledger_button.clicked.connect(lambda: open_section(self, "commitments"))
        bar.addWidget(self.ledger_button)
        self.coverage_button = QPushButton(self.tr("Who haven't we heard from?"), self)
        self.coverage_button.clicked.connect(lambda: open_section(self, "coverage"))
        bar.addWidget(self.coverage_button)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_xlsx_action = menu.addAction(self.tr("Figures as a spreadsheet (.xlsx)…"))
        self.export_xlsx_action.triggered.connect(lambda: self.export("xlsx"))
        self.export_pdf_action = menu.addAction(self.tr("Donor report (PDF)…"))
        self.export_pdf_action.triggered.connect(lambda: self.export("pdf"))
        self.export_button.setMenu(menu)
        bar.addWidget(self.export_button)
        outer.addWidget(bar_widget)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.first_steps = FirstSteps(body)
        self.first_steps.setVisible(False)
        self.body_layout.addWidget(self.first_steps)

        tiles = QWidget(body)
        grid = QGridLayout(tiles)
        grid.setContentsMargins(0, 0, 0, 0)
        titles = indicator_titles()
        self.tiles: dict[str, Tile] = {}
        for position, name in enumerate(TILES):
            tile = Tile(name, titles[name], tiles)
            tile.clicked.connect(lambda n=name: self.drill(n))
            grid.addWidget(tile, position // 6, position % 6)
            self.tiles[name] = tile
        self.body_layout.addWidget(tiles)

        charts = QWidget(body)
        chart_grid = QGridLayout(charts)
        chart_grid.setContentsMargins(0, 0, 0, 0)
        self.associations_chart = BarChart(
            self.tr("Associations by region and status"), stacked=True, parent=charts)
        self.gender_chart = BarChart(
            self.tr("Participants against the consenting pool, by gender (%)"), percent=True,
            parent=charts)
        self.generation_chart = BarChart(
            self.tr("Participants against the consenting pool, by generation (%)"),
            percent=True, parent=charts)
        self.commitments_chart = BarChart(self.tr("Commitments by status"), parent=charts)
        for chart in (self.associations_chart, self.gender_chart, self.generation_chart,
                      self.commitments_chart):
            chart.bar_clicked.connect(self._bar_clicked)
        chart_grid.addWidget(self.associations_chart, 0, 0)
        chart_grid.addWidget(self.commitments_chart, 0, 1)
        chart_grid.addWidget(self.gender_chart, 1, 0)
        chart_grid.addWidget(self.generation_chart, 1, 1)
        self.charts_widget = charts
        self.body_layout.addWidget(charts)

        self.table_title = QLabel(self.tr("By region: the national level first, then the "
                                          "regions that hold data"), body)
        self.body_layout.addWidget(self.table_title)
        self.model: RowTableModel[RegionFigures] = RowTableModel(region_columns(), self)
        proxy = ContainsFilterProxy(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.proxy = proxy
        self.table = QTableView(body)
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Figures by region"))
        self.table.setMinimumHeight(220)
        self.table.doubleClicked.connect(self._region_activated)
        fit_columns(self.table, (0,), contents=range(1, self.model.columnCount()))
        self.body_layout.addWidget(self.table)

        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.scope_box.currentIndexChanged.connect(lambda _i: self.refresh())
        ctx.bus.changed.connect(self._data_changed)
        self._changed_timer = QTimer(self)
        self._changed_timer.setSingleShot(True)
        self._changed_timer.setInterval(300)
        self._changed_timer.timeout.connect(self.refresh)
        self.refresh()

    # -- choosing
    def period(self) -> Period:
        start, end = self.start_edit.date(), self.end_edit.date()
        return period_for(str(self.period_box.currentData()), dt.date.today(),
                          dt.date(start.year(), start.month(), start.day()),
                          dt.date(end.year(), end.month(), end.day()))

    def scope(self) -> Scope:
        value = str(self.scope_box.currentData() or "")
        if not value:
            return Scope.everything()
        if value == NATIONAL_LABEL:
            return Scope.national()
        return Scope.region(value)

    def _period_changed(self) -> None:
        custom = self.period_box.currentData() == "custom"
        self.start_edit.setVisible(custom)
        self.end_edit.setVisible(custom)
        self.refresh()

    def _data_changed(self, _entity: str) -> None:
        self._changed_timer.start()  # an import announces many changes: count once

    # -- computing (off the GUI thread)
    def period_key(self) -> str:
        key = str(self.period_box.currentData())
        if key == "custom":
            period = self.period()
            key += f":{period.start}:{period.end}"
        return key

    def cache_path(self) -> Path:
        return self._ctx.paths.data_dir / CACHE_FILE

    def refresh(self) -> None:
        self._generation += 1
        generation, db = self._generation, self._ctx.db
        period, scope, key, cache = self.period(), self.scope(), self.period_key(), \
            self.cache_path()
        self.status.setText(self.tr("Counting…"))
        cached = load_cached(cache, key, scope) if self.report is None \
            or self.report.scope != scope or self._shown_key != key else None
        if cached is not None:  # last time's figures at once, fresh ones when counted
            report, counted_at = cached
            self._show(generation, report, fresh=False)
            self.status.setText(self.tr("Figures of {time}; counting again…").format(
                time=counted_at.astimezone().strftime("%H:%M")))

        def work(_progress: Progress) -> IndicatorReport:
            with db.sessions() as session:
                report = compute_indicators(session, period, scope)
            try:
                save_cached(cache, key, report)
            except OSError:
                log.warning("Could not keep the dashboard figures in %s", cache)
            return report

        run_operation(None, work, lambda report: self._show(generation, report),
                      on_error=lambda exc: self.status.setText(str(exc)))

    def _show(self, generation: int, report: IndicatorReport, fresh: bool = True) -> None:
        if generation != self._generation:
            return  # the period or scope changed while counting; a newer result is coming
        self.report = report
        self.fresh = fresh
        self._shown_key = self.period_key()
        if fresh:
            self.status.setText("")
        empty = report.empty_database
        self.first_steps.setVisible(empty)
        for widget in (self.charts_widget, self.table, self.table_title):
            widget.setVisible(not empty)
        for name, tile in self.tiles.items():
            tile.setVisible(not empty or name in ("associations", "focal_points_active"))
            value = report.total(name)
            tile.set_value(self.figure_text(name, value), name in ALERT_TILES and value > 0)
        if not empty:
            self._fill_charts(report)
            self.model.set_rows(region_rows(report))
            self.table.setVisible(self.scope().kind == "all")
            self.table_title.setVisible(self.scope().kind == "all")
        self.figures_shown.emit()

    @staticmethod
    def figure_text(indicator: str, value: float) -> str:
        if indicator in PERCENT_INDICATORS:
            return QCoreApplication.translate("Dashboard", "{value} %").format(
                value=number_text(value, 1))
        return number_text(int(value))

    def _fill_charts(self, report: IndicatorReport) -> None:
        language = self._ctx.language
        names = report.region_names
        per_region = report.region_breakdown("associations", "status")
        if per_region:
            top = sorted(per_region, key=lambda c: -sum(per_region[c].values()))[:TOP_REGIONS]
            categories = [(code, region_label(code, names)) for code in top]
        else:
            code = report.scope.key or NATIONAL_LABEL
            per_region = {code: report.breakdown("associations", "status")}
            categories = [(code, region_label(code, names))]
        statuses = ("verified", "pending", "inactive")
        self.associations_chart.set_data(categories, [
            BarSeriesData(value_label("associations", "status", status, language),
                          f"associations:{status}",
                          tuple(per_region.get(code, {}).get(status, 0.0)
                                for code, _n in categories))
            for status in statuses])
        for chart, dimension in ((self.gender_chart, "gender"),
                                 (self.generation_chart, "generation")):
            taking = report.breakdown("participants", dimension)
            pool = report.breakdown("candidates_consented", dimension)
            keys = sorted(set(taking) | set(pool), key=lambda k: (-pool.get(k, 0), k))
            chart.set_data(
                [(k, value_label("participants", dimension, k, language)) for k in keys],
                [BarSeriesData(self.tr("Participants"), f"participants:{dimension}",
                               tuple(_share(taking, k) for k in keys)),
                 BarSeriesData(self.tr("Consenting pool"),
                               f"candidates_consented:{dimension}",
                               tuple(_share(pool, k) for k in keys))])
        promise_states = ("open", "in_progress", "done", "dropped")
        counts = report.breakdown("commitments", "status")
        self.commitments_chart.set_data(
            [(s, value_label("commitments", "status", s, language)) for s in promise_states],
            [BarSeriesData(indicator_titles()["commitments"], "commitments:status",
                           tuple(counts.get(s, 0.0) for s in promise_states))])

    # -- drilling down
    def _bar_clicked(self, key: str, category: str) -> None:
        indicator, _, dimension = key.partition(":")
        if indicator == "associations":  # stacked: dimension holds the status
            region = "" if category == (self.scope().key or NATIONAL_LABEL) and \
                self.scope().kind != "all" else category
            self.drill(indicator, f"status={dimension}", region)
        else:
            self.drill(indicator, f"{dimension}={category}")

    def _region_activated(self) -> None:
        index = self.table.currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        if not isinstance(row, RegionFigures):
            return
        column = index.column()
        indicator = REGION_TABLE_FIGURES[column - 1] if column > 0 else "associations"
        self.drill(indicator, "", row.code)

    def drill(self, indicator: str, breakdown: str = "",
              region: str = "") -> DrillDownDialog | None:
        if self.report is None:
            return None
        title = indicator_titles()[indicator]
        if breakdown:
            dimension, _, value = breakdown.partition("=")
            title += " — " + value_label(indicator, dimension, value, self._ctx.language,
                                          self.report.region_names)
        if region:
            title += " — " + region_label(region, self.report.region_names)
        dialog = DrillDownDialog(self, self._ctx, self.report, title, indicator, breakdown,
                                 region)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_drill = dialog
        return dialog

    # -- exporting
    def export(self, kind: str) -> None:
        report = self.report
        if report is None:
            return
        suggested = str(Path.home() / f"indicators-{report.period.end.isoformat()}.{kind}")
        filters = (self.tr("Spreadsheet (*.xlsx)") if kind == "xlsx"
                   else self.tr("PDF document (*.pdf)"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the figures"), suggested,
                                              filters)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_suffix(f".{kind}")
        self.export_to(target)

    def export_to(self, target: Path) -> None:
        from desktop.services.indicators.files import write_report
        from desktop.services.office_profile import load_office_profile

        db, language, period, scope = self._ctx.db, self._ctx.language, self.period(), \
            self.scope()

        def work(_progress: Progress) -> Path:
            with db.sessions() as session:  # counted afresh: the page may show last time's
                report = compute_indicators(session, period, scope)
                profile = load_office_profile(session)
            write_report(report, target, language, profile)
            return target

        run_operation(self, work, lambda _p: self._ctx.bus.status_message.emit(
            self.tr("Saved {path}").format(path=str(target)), 8000),
            label=self.tr("Writing the report…"))


def _share(values: dict[str, float], key: str) -> float:
    total = sum(values.values())
    return round(100.0 * values.get(key, 0.0) / total, 1) if total else 0.0
