"""Bar charts of the dashboard (QtCharts), each bar a way into the records behind it.

Horizontal bars because category names (regions, "Third generation or later") are long in
every language. In a right-to-left interface the chart is mirrored by hand (QtCharts does not
follow the layout direction): the value axis runs right to left and the category axis sits on
the right.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

PALETTE = ("#2f6db3", "#9cc0e8", "#e0a030", "#7a8896", "#4f9d69", "#c4554d")


@dataclass(frozen=True)
class BarSeriesData:
    """One coloured set of bars: its legend name, the drill-down it opens, a value per
    category."""

    name: str
    key: str
    """Passed back on click with the category key, e.g. ``"participants"``."""
    values: tuple[float, ...]


class BarChart(QChartView):
    """Horizontal (optionally stacked) bars; ``bar_clicked(series key, category key)``."""

    bar_clicked = Signal(str, str)

    def __init__(self, title: str, stacked: bool = False, percent: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stacked, self._percent = stacked, percent
        self._category_keys: list[str] = []
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(4)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)
        self.series: QAbstractBarSeries | None = None

    def set_data(self, categories: list[tuple[str, str]], sets: list[BarSeriesData]) -> None:
        """``categories``: (key, label) top to bottom; ``sets``: values in that order."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._category_keys = [key for key, _label in categories]
        series: QAbstractBarSeries = (QHorizontalStackedBarSeries() if self._stacked
                                      else QHorizontalBarSeries())
        # Horizontal bar charts draw the first category at the bottom; reverse so the list
        # reads top to bottom like every other list.
        order = list(reversed(range(len(categories))))
        for index, data in enumerate(sets):
            bar_set = QBarSet(data.name)
            bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
            for position in order:
                bar_set.append(float(data.values[position]))
            bar_set.clicked.connect(
                lambda bar, key=data.key: self._clicked(key, order[bar]))
            series.append(bar_set)
        series.setLabelsVisible(not self._stacked)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideEnd)
        if self._percent:
            series.setLabelsFormat("@value %")
        chart.addSeries(series)
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        category_axis = QBarCategoryAxis()
        category_axis.append([categories[position][1] for position in order])
        category_axis.setTruncateLabels(False)  # a region's name matters more than bar length
        value_axis = QValueAxis()
        value_axis.setLabelFormat("%d")
        top = max([sum(values) for values in zip(*(s.values for s in sets), strict=True)]
                  if self._stacked and sets else
                  [v for s in sets for v in s.values] or [0.0])
        top_value = max(1.0, float(top))
        if top_value <= 8 and not self._percent:  # small counts: one tick per whole number
            value_axis.setRange(0, float(int(top_value) + 1))
            value_axis.setTickCount(int(top_value) + 2)
        else:
            value_axis.setRange(0, top_value * 1.05)
            value_axis.setTickCount(5)
            value_axis.applyNiceNumbers()
        value_axis.setReverse(rtl)
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignRight if rtl
                      else Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        chart.legend().setVisible(len(sets) > 1)
        self.series = series
        self.setMinimumHeight(max(220, 70 + 26 * len(categories) * (1 if self._stacked
                                                                     else max(1, len(sets)))))

    def _clicked(self, key: str, category: int) -> None:
        if 0 <= category < len(self._category_keys):
            self.bar_clicked.emit(key, self._category_keys[category])

    def category_keys(self) -> list[str]:
        return list(self._category_keys)
