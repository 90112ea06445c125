"""From a figure to the records behind it: a list dialog, then the section with its filters.

A click on a tile, a bar or a table row opens :class:`DrillDownDialog` with exactly the records
the figure counts (``services.indicators.details``). "Show in the section" then opens the
section those records live in through the main window's own navigation, and sets the section's
existing filter boxes (region, status) where it has them, so the user lands on the same list
with the tools they already know.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.indicators import IndicatorReport
from desktop.services.indicators.details import ENTITY_OF, DetailRow, Details, figure_details
from desktop.services.indicators.labels import region_label
from desktop.views.context import AppContext
from desktop.views.operations import run_operation
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from desktop.views.translation import date_text
from desktop.views.widgets import ContainsFilterProxy

SECTION_OF: dict[str, str] = {
    "association": "associations",
    "focal_point": "focal_points",
    "region": "regions",
    "candidate": "candidates",
    "consultation": "consultations",
    "follow_up_action": "commitments",
}


def section_title(key: str) -> str:
    titles = {
        "associations": QCoreApplication.translate("Dashboard", "Show in Associations"),
        "focal_points": QCoreApplication.translate("Dashboard", "Show in Focal points"),
        "regions": QCoreApplication.translate("Dashboard", "Show in Regions"),
        "candidates": QCoreApplication.translate("Dashboard", "Show in Candidates"),
        "consultations": QCoreApplication.translate("Dashboard", "Show in Consultations"),
        "commitments": QCoreApplication.translate("Dashboard", "Show in the promise ledger"),
    }
    return titles[key]


def open_section(widget: QWidget, key: str) -> QWidget | None:
    """Show section ``key`` of the main window holding ``widget``; its page, or None when the
    widget is not in a main window (a page shown on its own in a test)."""
    window = widget.window()
    show = getattr(window, "show_section", None)
    page = getattr(window, "page", None)
    if show is None or page is None or not show(key):
        return None
    result = page(key)
    return result if isinstance(result, QWidget) else None


def _choose(combo: QComboBox, value: str) -> bool:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def apply_filters(page: QWidget, filters: dict[str, str]) -> None:
    """Set the page's own filter combo boxes (``region_filter``, ``status_filter``…) to the
    drill-down's values. Region choices fill in once the page's rows have loaded, so an
    unknown value is tried again when the page's model is next reset."""
    pending: dict[str, str] = {}
    for name, value in filters.items():
        combo = getattr(page, f"{name}_filter", None)
        if isinstance(combo, QComboBox) and not _choose(combo, value):
            pending[name] = value
    model = getattr(page, "model", None)
    if pending and model is not None and hasattr(model, "modelReset"):
        def retry() -> None:
            model.modelReset.disconnect(retry)
            for name, value in pending.items():
                combo = getattr(page, f"{name}_filter", None)
                if isinstance(combo, QComboBox):
                    _choose(combo, value)

        model.modelReset.connect(retry)


def detail_text(entity: str, detail: str, language: str) -> str:
    """The detail code in words: a status, a kind, a country or a gender."""
    from desktop.services import countries
    from desktop.services.consultations import follow_up_labels, kind_labels
    from desktop.services.vocabulary import gender_labels, status_labels

    if entity == "association":
        return status_labels().get(detail, detail)
    if entity == "follow_up_action":
        return follow_up_labels().get(detail, detail)
    if entity == "consultation":
        return kind_labels().get(detail, detail)
    if entity == "candidate":
        if detail in gender_labels():
            return gender_labels()[detail]
        return countries.country_name(detail, language) if len(detail) == 2 else detail
    return detail


def detail_columns(entity: str, names: dict[str, str],
                   language: str = "en") -> list[Column[DetailRow]]:
    status = QCoreApplication.translate("Dashboard", "Status")
    detail_titles = {
        "association": status,
        "focal_point": QCoreApplication.translate("Dashboard", "Institution"),
        "region": QCoreApplication.translate("Dashboard", "Help office"),
        "candidate": QCoreApplication.translate("Dashboard", "Details"),
        "consultation": QCoreApplication.translate("Dashboard", "Kind"),
        "follow_up_action": status,
    }
    columns: list[Column[DetailRow]] = [
        Column(lambda: QCoreApplication.translate("Dashboard", "Name"), lambda r: r.name),
        Column(lambda: QCoreApplication.translate("Dashboard", "Region"),
               lambda r: region_label(r.region_code, names)),
        Column(lambda: detail_titles.get(entity, ""),
               lambda r: detail_text(entity, r.detail, language)),
    ]
    if entity in ("consultation", "follow_up_action", "focal_point"):
        columns.append(Column(lambda: QCoreApplication.translate("Dashboard", "Date"),
                              lambda r: date_text(r.date) if r.date else "",
                              sort_key=lambda r: r.date.isoformat() if r.date else ""))
    return columns


class DrillDownDialog(QDialog):
    """The records behind one figure; "Show in the section" opens them where they live."""

    def __init__(self, parent: QWidget, ctx: AppContext, report: IndicatorReport, title: str,
                 indicator: str, breakdown: str = "", region: str = "",
                 labels: Callable[[DetailRow], str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 480)
        self._ctx, self._report = ctx, report
        self._indicator, self._breakdown, self._region = indicator, breakdown, region
        self._labels = labels
        self.details: Details | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(QCoreApplication.translate("DrillDownDialog", "Loading…"), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model: RowTableModel[DetailRow] = RowTableModel([], self)
        self.proxy = ContainsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(title)
        self.table.doubleClicked.connect(lambda _i: self.show_in_section())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.section_button = QPushButton(section_title(SECTION_OF[ENTITY_OF[indicator]]), self)
        self.section_button.setEnabled(False)
        self.section_button.clicked.connect(self.show_in_section)
        buttons.addButton(self.section_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        db = ctx.db

        def load(_progress: object) -> Details:
            with db.sessions() as session:
                return figure_details(session, report, indicator, breakdown, region)

        run_operation(None, load, self._show)

    def _show(self, details: Details) -> None:
        self.details = details
        columns = detail_columns(details.entity, self._report.region_names,
                                 self._ctx.language)
        self.model = RowTableModel(columns, self)
        self.model.set_rows(details.rows)
        self.proxy.setSourceModel(self.model)
        fit_columns(self.table, (0,), contents=range(1, len(columns)))
        count = len(details.rows)
        text = QCoreApplication.translate("DrillDownDialog", "Records listed: {count}.").format(
            count=count)
        if details.truncated:
            text += " " + QCoreApplication.translate(
                "DrillDownDialog", "Only the first {count} are listed.").format(count=count)
        self.summary.setText(text)
        section = SECTION_OF[details.entity]
        self.section_button.setText(section_title(section))
        self.section_button.setEnabled(True)

    def current_row(self) -> DetailRow | None:
        index = self.table.currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, DetailRow) else None

    def show_in_section(self) -> None:
        if self.details is None:
            return
        entity = self.details.entity
        page = open_section(self.parentWidget() or self, SECTION_OF[entity])
        if page is None:
            return
        filters: dict[str, str] = {}
        region = self._region or self._report.scope.key
        if region and entity in ("association", "focal_point"):
            filters["region"] = "-" if region == "national" else region
        dimension, _, value = self._breakdown.partition("=")
        if entity == "association" and dimension == "status":
            filters["status"] = value
        apply_filters(page, filters)
        row = self.current_row() or (self.details.rows[0] if len(self.details.rows) == 1
                                     else None)
        select = getattr(page, "select", None)
        if row is not None and select is not None:
            select(row.parent_id or row.record_id)
        self.accept()
