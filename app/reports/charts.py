"""A horizontal bar chart: the bars, axis and counts by reportlab.graphics; the category labels (Arabic or French)
by the text engine, since reportlab's own strings cannot shape Arabic. Mirrored in right-to-left reports: labels
on the right, bars growing leftwards.
"""

from __future__ import annotations

import math

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import Flowable

from app.reports.flowables import ACCENT, GRID, baseline_offset
from app.reports.text_layout import TextEngine, TextStyle

ROW = 19.0  # points per category
COUNT_SIZE = 8.0  # the count after each bar
COUNT_GAP = 3.0
COUNT_COLOR = colors.HexColor("#263238")
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
        drawing.add(chart)
        return drawing

    def _draw_counts(self, bars_x: float, bars_width: float, rtl: bool, value_max: float) -> None:
        """Each count just past the end of its bar, in dark text on the page's white: never dark on the dark bar
        (reportlab's own bar labels landed inside the bars of a mirrored chart). The axis always ends at least one
        step past the longest bar, so there is room; a count that would still not fit goes inside, in white."""
        canvas = self.canv
        size = COUNT_SIZE
        for row, (_, count) in enumerate(self.items):
            text = str(count)
            length = bars_width * count / value_max if value_max else 0.0
            text_width = canvas.stringWidth(text, self.number_font, size)
            outside = length + COUNT_GAP + text_width <= bars_width + 14
            y = self.height - (row + 0.5) * ROW - size * 0.35
            canvas.setFillColor(COUNT_COLOR if outside else colors.white)
            canvas.setFont(self.number_font, size)
            offset = length + COUNT_GAP if outside else length - COUNT_GAP - text_width
            if rtl:
                canvas.drawString(bars_x + bars_width - offset - text_width, y, text)
            else:
                canvas.drawString(bars_x + offset, y, text)

    def draw(self) -> None:
        rtl = self.style.direction == "rtl"
        label_width = self.width * 0.38
        gap = 6.0
        bars_width = self.width - label_width - gap - 16  # room for the count after the longest bar
        bars_x = 16 if rtl else label_width + gap
        drawing = self._drawing(bars_width, rtl)
        renderPDF.draw(drawing, self.canv, bars_x, 0)
        self.canv.saveState()
        self._draw_counts(bars_x, bars_width, rtl, drawing.contents[0].valueAxis.valueMax)
        self.canv.restoreState()
        label_style = self.style.but(align="end", auto=False)
        label_x = self.width - label_width if rtl else 0.0
        offset = baseline_offset(label_style)
        for row, (label, _) in enumerate(self.items):
            lines = self.engine.layout(label, label_style, label_width)
            if not lines:
                continue
            top = self.height - row * ROW - (ROW - label_style.leading) / 2
            self.engine.draw_line(self.canv, lines[0], x=label_x, y=top - offset, width=label_width, style=label_style)
