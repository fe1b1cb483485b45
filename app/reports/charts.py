"""A horizontal bar chart: the bars, axis and counts by reportlab.graphics; the category labels (Arabic or French)
by the text engine, since reportlab's own strings cannot shape Arabic. Mirrored in right-to-left reports: labels
on the right, bars growing leftwards.
"""

from __future__ import annotations

import math

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable

from app.reports.flowables import ACCENT, GRID, baseline_offset
from app.reports.text_layout import TextEngine, TextStyle

ROW = 19.0  # points per category
AXIS = 16.0  # room for the value axis under the bars


class BarChart(Flowable):
    def __init__(self, engine: TextEngine, items: list[tuple[str, int]], *, style: TextStyle, number_font: str) -> None:
        super().__init__()
        self.engine = engine
        self.items = items
        self.style = style
        self.number_font = number_font
        self.spaceBefore = 4
        self.spaceAfter = 8
        self.width = 0.0
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        self.width = availWidth
        self.height = len(self.items) * ROW + AXIS
        return availWidth, self.height

    def _drawing(self, width: float, rtl: bool) -> Drawing:
        counts = [count for _, count in self.items]
        top = max(counts, default=0)
        step = max(1, math.ceil(top / 5))
        drawing = Drawing(width, self.height)
        chart = HorizontalBarChart()
        chart.x, chart.y = 0, AXIS
        chart.width, chart.height = width, len(self.items) * ROW
        chart.data = [counts]
        chart.bars[0].fillColor = ACCENT
        chart.bars[0].strokeColor = None
        chart.barWidth, chart.groupSpacing = 10, 9
        chart.categoryAxis.categoryNames = [""] * len(counts)
        chart.categoryAxis.reverseDirection = 1  # the first (largest) category on top
        chart.categoryAxis.visibleTicks = 0
        chart.categoryAxis.strokeColor = GRID
        chart.valueAxis.reverseDirection = 1 if rtl else 0  # zero on the side of the labels
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = step * max(1, math.ceil(top / step) + (1 if top % step == 0 else 0))
        chart.valueAxis.valueStep = step
        chart.valueAxis.labels.fontName = self.number_font
        chart.valueAxis.labels.fontSize = 7.5
        chart.valueAxis.strokeColor = GRID
        chart.valueAxis.visibleGrid = 1
        chart.valueAxis.gridStrokeColor = GRID
        chart.valueAxis.gridStrokeDashArray = (1, 2)
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = self.number_font
        chart.barLabels.fontSize = 8
        chart.barLabels.boxAnchor = "e" if rtl else "w"
        chart.barLabels.dx = -3 if rtl else 3
        drawing.add(chart)
        return drawing

    def draw(self) -> None:
        rtl = self.style.direction == "rtl"
        label_width = self.width * 0.38
        gap = 6.0
        bars_width = self.width - label_width - gap - 16  # room for the count after the longest bar
        bars_x = 16 if rtl else label_width + gap
        renderPDF.draw(self._drawing(bars_width, rtl), self.canv, bars_x, 0)
        label_style = self.style.but(align="end", auto=False)
        label_x = self.width - label_width if rtl else 0.0
        offset = baseline_offset(label_style)
        for row, (label, _) in enumerate(self.items):
            lines = self.engine.layout(label, label_style, label_width)
            if not lines:
                continue
            top = self.height - row * ROW - (ROW - label_style.leading) / 2
            self.engine.draw_line(self.canv, lines[0], x=label_x, y=top - offset, width=label_width, style=label_style)
