"""Small QtCharts views for the reports: bar charts (one colour per bar if asked) and a histogram
of two distributions with vertical marker lines. They hold plain numbers, never a session."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

GRID = QColor("#e0e0e0")
AXIS_TEXT = QColor("#424242")


def nice_step(top: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving at most ``ticks`` steps."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1.0, 2.0, 5.0, 10.0) if m * power >= raw)


def _count_axis(top: int) -> QValueAxis:
    """An axis of whole counts from 0, with round ticks and a little room above the top."""
    axis = QValueAxis()
    step = max(1, int(nice_step(max(top, 1))))
    axis.setRange(0, step * math.ceil(max(top, 1) / step) + (step if top % step == 0 else 0))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    _style_axis(axis)
    return axis


def _style_axis(axis: QAbstractAxis) -> None:
    axis.setGridLineColor(GRID)
    axis.setLabelsColor(AXIS_TEXT)
    axis.setMinorGridLineVisible(False)


def _new_chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    # Room on the right: a label centred on the last bar would be cut off, and hidden.
    chart.setMargins(QMargins(4, 4, 20, 4))
    chart.legend().setVisible(False)
    return chart


class _ChartView(QChartView):
    def __init__(self, name: str, min_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setChart(_new_chart())

    def sizeHint(self) -> QSize:
        # A graphics view asks for its whole scene; in a scroll area that would make every
        # chart as tall as the screen. Ask for the minimum height; layouts give more room.
        return QSize(400, self.minimumHeight())

    def _replace_chart(self) -> QChart:
        old = self.chart()
        chart = _new_chart()
        self.setChart(chart)  # the view does not delete the chart it showed before
        old.deleteLater()
        return chart


class BarChartView(_ChartView):
    """Bars of whole counts with their category labels; horizontal bars suit long names.

    ``colors`` gives each bar its own colour (a stacked series with one set per bar, since a
    bar set has one colour). An empty label leaves its bar unlabelled (for long runs of days).
    """

    def __init__(
        self,
        name: str,
        *,
        horizontal: bool = False,
        min_height: int = 160,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, min_height, parent)
        self.horizontal = horizontal
        self.labels: tuple[str, ...] = ()
        self.values: tuple[int, ...] = ()

    def clear_bars(self) -> None:
        self.set_bars((), ())

    def set_bars(
        self,
        labels: Sequence[str],
        values: Sequence[int],
        *,
        color: QColor | str = "#1565c0",
        colors: Sequence[QColor | str] | None = None,
        show_values: bool = True,
    ) -> None:
        self.labels, self.values = tuple(labels), tuple(int(v) for v in values)
        chart = self._replace_chart()
        if not self.labels:
            return
        labels, values = list(self.labels), list(self.values)
        bar_colors = None if colors is None else list(colors)
        if self.horizontal:
            # Horizontal categories run bottom-up and a category axis cannot be reversed:
            # feed them reversed so the first is at the top, as a list is read.
            labels.reverse()
            values.reverse()
            if bar_colors is not None:
                bar_colors = bar_colors[: len(values)][::-1]
        series: QAbstractBarSeries
        if bar_colors is not None:
            series = QHorizontalStackedBarSeries() if self.horizontal else QStackedBarSeries()
            for i, value in enumerate(values):
                bar = QBarSet(labels[i])
                bar.append([float(value) if j == i else 0.0 for j in range(len(values))])
                bar.setColor(QColor(bar_colors[i]))
                bar.setBorderColor(QColor(bar_colors[i]))
                bar.setLabelColor(AXIS_TEXT)
                series.append(bar)
        else:
            series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
            bar = QBarSet("")
            bar.append([float(v) for v in values])
            bar.setColor(QColor(color))
            bar.setBorderColor(QColor(color))
            bar.setLabelColor(AXIS_TEXT)
            series.append(bar)
        series.setBarWidth(0.7)
        if show_values:
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value")
            series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
            if bar_colors is not None:  # stacked bars cannot put their labels above the bar
                series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideEnd)
        chart.addSeries(series)
        categories = self._category_axis(labels)
        _style_axis(categories)
        categories.setGridLineVisible(False)
        # "..." in place of a name or a date tells nothing; the labels are short or spaced out.
        categories.setTruncateLabels(False)
        counts = _count_axis(max(self.values))
        if self.horizontal:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(counts)

    def _category_axis(self, labels: Sequence[str]) -> QAbstractAxis:
        if self.horizontal or all(labels):
            axis = QBarCategoryAxis()
            axis.append(list(labels))
            return axis
        # Some bars unlabelled (a long run of days): labels on the bars' positions. A bar
        # category axis would hide the label of the last bar (today) as too wide for it.
        positions = QCategoryAxis()
        positions.setRange(-0.5, len(labels) - 0.5)
        positions.setStartValue(-0.5)
        positions.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for i, label in enumerate(labels):
            if label:
                positions.append(label, i)
        return positions


@dataclass(frozen=True, slots=True)
class Distribution:
    name: str
    counts: tuple[int, ...]
    color: str


@dataclass(frozen=True, slots=True)
class Marker:
    """A vertical line at ``x`` across the histogram."""

    name: str
    x: float
    color: str
    dashed: bool = False


class HistogramView(_ChartView):
    """Distributions over shared bins as translucent step areas, with vertical marker lines
    (the band edges) and a legend naming each."""

    def __init__(self, name: str, *, min_height: int = 240, parent: QWidget | None = None) -> None:
        super().__init__(name, min_height, parent)
        self.bin_edges: tuple[float, ...] = ()
        self.distributions: tuple[Distribution, ...] = ()
        self.markers: tuple[Marker, ...] = ()

    def clear_histogram(self) -> None:
        self.set_histogram((), (), ())

    def set_histogram(
        self,
        bin_edges: Sequence[float],
        distributions: Sequence[Distribution],
        markers: Sequence[Marker],
        *,
        x_title: str = "",
        y_title: str = "",
    ) -> None:
        self.bin_edges = tuple(bin_edges)
        self.distributions = tuple(distributions)
        self.markers = tuple(markers)
        chart = self._replace_chart()
        if len(self.bin_edges) < 2:
            return
        top = max((max(d.counts, default=0) for d in self.distributions), default=0)
        x_axis = QValueAxis()
        low, high = self.bin_edges[0], self.bin_edges[-1]
        x_axis.setRange(low, high)
        # Round ticks (0.05, 0.10, ...) rather than seven evenly spaced odd values.
        step = nice_step(high - low, 6)
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(math.ceil(low / step) * step)
        x_axis.setTickInterval(step)
        x_axis.setLabelFormat(f"%.{max(0, -math.floor(math.log10(step)))}f")
        x_axis.setTitleText(x_title)
        _style_axis(x_axis)
        y_axis = _count_axis(top)
        y_axis.setTitleText(y_title)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for dist in self.distributions:
            outline = QLineSeries()
            for i, count in enumerate(dist.counts):
                outline.append(QPointF(self.bin_edges[i], count))
                outline.append(QPointF(self.bin_edges[i + 1], count))
            area = QAreaSeries(outline)
            outline.setParent(area)  # the area draws it but does not keep it alive
            area.setName(dist.name)
            fill = QColor(dist.color)
            fill.setAlpha(110)
            area.setBrush(QBrush(fill))
            area.setPen(QPen(QColor(dist.color), 2))
            chart.addSeries(area)
            area.attachAxis(x_axis)
            area.attachAxis(y_axis)
        y_top = y_axis.max()
        for marker in self.markers:
            line = QLineSeries()
            line.setName(marker.name)
            line.append(QPointF(marker.x, 0))
            line.append(QPointF(marker.x, y_top))
            pen = QPen(QColor(marker.color), 2.5)
            if marker.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        legend = chart.legend()
        legend.setVisible(True)
        # On the right, one entry a line: along the bottom the names were cut to "Stron…".
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)
