"""The summary's bar charts: each count stands beside its bar in dark text, never dark on the dark bar."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from app.reports.charts import BarChart
from app.reports.document import PageFrame, render
from app.reports.flowables import ACCENT
from app.reports.text_layout import TextEngine, TextStyle


@pytest.mark.parametrize("direction", ["rtl", "ltr"])
def test_every_count_is_readable_beside_its_bar(engine: TextEngine, direction: str) -> None:
    items = [("ضعف التكوين والتأطير", 4), ("العزلة", 3), ("Commercialisation", 3), ("غياب الشركاء", 2), ("ⵜⴰⵡⵓⵏ", 1)]
    chart = BarChart(
        engine, items, style=TextStyle(direction=direction), number_font=engine.fonts.face("latin").fontName
    )
    frame = PageFrame(organisation="تعاون", title="", generated="", page_label=lambda p, t: "", rtl=direction == "rtl")
    pdf = render([chart], engine=engine, frame=frame, lang="ar" if direction == "rtl" else "fr").pdf
    dark = tuple(round(v, 3) for v in ACCENT.rgb())
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        bars = [r for r in page.rects if tuple(round(float(v), 3) for v in r.get("non_stroking_color") or ()) == dark]
        assert len(bars) == len(items)
        counts = []
        for bar in bars:
            beside = [c for c in page.chars if c["text"].isdigit() and bar["top"] <= (c["top"] + c["bottom"]) / 2
                      <= bar["bottom"]]  # fmt: skip
            assert len(beside) == 1, beside  # the count of this bar, and no axis label
            (char,) = beside
            assert char["x1"] < bar["x0"] or char["x0"] > bar["x1"]  # outside the bar, on the white page
            assert (char["x1"] < bar["x0"]) == (direction == "rtl")  # past the bar's end, not before its start
            assert max(float(v) for v in char["non_stroking_color"]) < 0.3  # dark text
            counts.append((bar["top"], int(char["text"])))
    assert [count for _, count in sorted(counts)] == [count for _, count in items]  # each count on its own bar
