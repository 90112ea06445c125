"""The coverage section: who haven't we heard from, and who do we hear from again and again.

Pick a window (the last N months), a scope and a dimension (residence country, generation,
gender, citizenship, association). The table compares the consenting pool with the people who
took part; groups nobody was heard from are marked. Beside it, the people and associations
seated at two or more consultations in the window.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.candidates import ERASED_NAME
from desktop.services.coverage import Coverage, RepeatRow, SegmentRow, compute_coverage
from desktop.services.indicators import Scope
from desktop.services.indicators.labels import dimension_titles, region_label, value_label
from desktop.services.indicators.model import NATIONAL_LABEL
from desktop.services.personal_data import erased_name
from desktop.services.progress import Progress
from desktop.services.regions import region_names
from desktop.views.context import AppContext
from desktop.views.flow_layout import FlowLayout
from desktop.views.operations import run_operation
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import SORT_ROLE, Column, Index, RowTableModel
from desktop.views.translation import number_text
from desktop.views.widgets import ContainsFilterProxy, page_layout

UNHEARD = QColor("#b3261e")


class SegmentModel(RowTableModel[SegmentRow]):
    """Groups with their pool, participants, seats and coverage; never-heard ones in bold red."""

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: QCoreApplication.translate("Coverage", "Group"), self.label),
            Column(lambda: QCoreApplication.translate("Coverage", "Consenting people"),
                   lambda r: number_text(r.pool),
                   sort_key=lambda r: r.pool, align_right=True),
            Column(lambda: QCoreApplication.translate("Coverage", "Took part"),
                   lambda r: number_text(r.participants),
                   sort_key=lambda r: r.participants, align_right=True),
            Column(lambda: QCoreApplication.translate("Coverage", "Seats held"),
                   lambda r: number_text(r.seats),
                   sort_key=lambda r: r.seats, align_right=True),
            Column(lambda: QCoreApplication.translate("Coverage", "Heard from (%)"),
                   lambda r: number_text(r.coverage, 1) if r.pool else "–",
                   sort_key=lambda r: r.coverage if r.pool else 999.0, align_right=True),
        ], parent)
        self.language = language

    def label(self, row: SegmentRow) -> str:
        if row.dimension == "association":
            return row.name
        return value_label("participants", row.dimension, row.value, self.language)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.ForegroundRole,
                                        Qt.ItemDataRole.FontRole):
            row = self.row_at(index.row())
            if row.never_heard and (row.pool > 0 or row.dimension == "association"):
                if role == Qt.ItemDataRole.ForegroundRole:
                    return UNHEARD
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


def repeat_columns(names: dict[str, str]) -> list[Column[RepeatRow]]:
    return [
        Column(lambda: QCoreApplication.translate("Coverage", "Name"),
               lambda r: erased_name() if r.name == ERASED_NAME else r.name),
        Column(lambda: QCoreApplication.translate("Coverage", "Region"),
               lambda r: region_label(r.region_code, names)),
        Column(lambda: QCoreApplication.translate("Coverage", "Consultations"),
               lambda r: number_text(r.consultations),
               sort_key=lambda r: r.consultations, align_right=True),
    ]


class CoveragePage(QWidget):
    """Coverage over the last N months, recomputed off the GUI thread when anything changes."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._generation = 0
        self.coverage: Coverage | None = None
        self.today: dt.date | None = None
        """The day the window ends (None: today); tests fix it."""
        layout = page_layout(self, self.tr("Who haven't we heard from?"), self.tr(
            "The people who took part in consultations, against everyone who agreed to be "
            "consulted and every registered association. Groups in red were never heard in "
            "the period; the lists on the right show who is consulted again and again."))
        with ctx.db.sessions() as session:
            self.names = region_names(session)
        bar_widget = QWidget(self)
        bar = FlowLayout(bar_widget, spacing=8)
        months_label = QLabel(self.tr("&Last"), bar_widget)
        self.months = QSpinBox(bar_widget)
        self.months.setRange(1, 120)
        self.months.setValue(24)
        self.months.setSuffix(" " + self.tr("months"))
        self.months.setAccessibleName(self.tr("Months looked back"))
        months_label.setBuddy(self.months)
        bar.addWidget(months_label)
        bar.addWidget(self.months)
        self.scope_box = QComboBox(bar_widget)
        self.scope_box.setAccessibleName(self.tr("Scope"))
        self.scope_box.addItem(self.tr("All regions"), "")
        self.scope_box.addItem(self.tr("National level"), NATIONAL_LABEL)
        for code, name in sorted(self.names.items(), key=lambda kv: kv[1].casefold()):
            self.scope_box.addItem(name, code)
        if ctx.office.region_code:
            self.scope_box.setCurrentIndex(max(0, self.scope_box.findData(ctx.office.region_code)))
        bar.addWidget(self.scope_box)
        self.dimension_box = QComboBox(bar_widget)
        self.dimension_box.setAccessibleName(self.tr("Group people by"))
        titles = dimension_titles()
        for key in ("country", "generation", "gender", "citizenship"):
            self.dimension_box.addItem(titles[key], key)
        self.dimension_box.addItem(self.tr("Association"), "association")
        bar.addWidget(self.dimension_box)
        self.summary = QLabel("", bar_widget)
        bar.addWidget(self.summary)
        layout.addWidget(bar_widget)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.segments = SegmentModel(ctx.language, self)
        self.segment_proxy = ContainsFilterProxy(self)
        self.segment_proxy.setSourceModel(self.segments)
        self.segment_proxy.setSortRole(SORT_ROLE)
        self.segment_table = self._table(splitter, self.segment_proxy,
                                         self.tr("Groups and how often they were heard"))
        self.segment_table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        fit_columns(self.segment_table, (0,), contents=range(1, 5))
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("People seated at two or more consultations"),
                                      right))
        self.people: RowTableModel[RepeatRow] = RowTableModel(repeat_columns(self.names), self)
        self.people_table = self._table(right, self.people,
                                        self.tr("People seated at two or more consultations"))
        right_layout.addWidget(self.people_table, 1)
        right_layout.addWidget(QLabel(self.tr("Associations whose members held the most seats"),
                                      right))
        self.associations: RowTableModel[RepeatRow] = RowTableModel(
            repeat_columns(self.names), self)
        self.association_table = self._table(
            right, self.associations, self.tr("Associations whose members held the most seats"))
        right_layout.addWidget(self.association_table, 1)
        splitter.addWidget(self.segment_table)
        splitter.addWidget(right)
        splitter.setSizes([600, 400])
        layout.addWidget(splitter, 1)

        self.months.valueChanged.connect(lambda _v: self.refresh())
        self.scope_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.dimension_box.currentIndexChanged.connect(lambda _i: self._show_dimension())
        ctx.bus.changed.connect(lambda _e: self.refresh())
        self.refresh()

    def _table(self, parent: QWidget, model: Any, name: str) -> QTableView:
        table = QTableView(parent)
        table.setModel(model)
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setAccessibleName(name)
        if model is not self.segment_proxy:
            fit_columns(table, (0,), contents=(1, 2))
        return table

    def scope(self) -> Scope:
        value = str(self.scope_box.currentData() or "")
        if not value:
            return Scope.everything()
        return Scope.national() if value == NATIONAL_LABEL else Scope.region(value)

    def refresh(self) -> None:
        self._generation += 1
        generation, db = self._generation, self._ctx.db
        months, scope, today = self.months.value(), self.scope(), self.today
        self.summary.setText(self.tr("Counting…"))

        def work(_progress: Progress) -> Coverage:
            with db.sessions() as session:
                return compute_coverage(session, months, scope, today)

        def done(result: Coverage) -> None:
            if generation == self._generation:
                self.show_coverage(result)

        run_operation(None, work, done, on_error=lambda exc: self.summary.setText(str(exc)))

    def show_coverage(self, coverage: Coverage) -> None:
        self.coverage = coverage
        self.people.set_rows(coverage.people_again)
        self.associations.set_rows(coverage.associations_again)
        self._show_dimension()

    def _show_dimension(self) -> None:
        if self.coverage is None:
            return
        dimension = str(self.dimension_box.currentData())
        rows = self.coverage.of(dimension)
        self.segments.set_rows(rows)
        if dimension == "association":
            total = self.coverage.associations_registered
            unheard = total - self.coverage.associations_heard
            self.summary.setText(self.tr("{count} of {total} associations never heard").format(
                count=number_text(unheard), total=number_text(total)))
        else:
            unheard = len(self.coverage.never_heard(dimension))
            self.summary.setText(self.tr("{count} groups with consenting people never "
                                         "heard").format(count=number_text(unheard)))
