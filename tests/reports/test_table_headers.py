"""Table headers are never cut inside a word ("Recommand/ations"): a column is at least as wide as its longest word."""

from __future__ import annotations

import io
from typing import Any

import pdfplumber
import pytest

from app.db.store import Store
from app.reports import ReportRequest, build_report, parse_period
from app.reports.common import ReportContext, fit_words
from app.reports.flowables import HEADER_FILL
from app.reports.text_layout import TextEngine, TextStyle


def _header_lines(pdf: bytes) -> list[str]:
    """The text of each line drawn on a header row's background, one string per cell line (left to right)."""
    fill = tuple(round(value, 3) for value in HEADER_FILL.rgb())
    lines: list[str] = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for rect in page.rects:
                color = rect.get("non_stroking_color")
                if not color or tuple(round(float(v), 3) for v in color) != fill:
                    continue
                inside = [c for c in page.chars if c["x0"] >= rect["x0"] - 0.5 and c["x1"] <= rect["x1"] + 0.5
                          and c["top"] >= rect["top"] - 0.5 and c["bottom"] <= rect["bottom"] + 0.5]  # fmt: skip
                rows: dict[float, list[dict[str, Any]]] = {}
                for char in inside:
                    rows.setdefault(round(float(char["matrix"][5]), 1), []).append(char)
                for chars in rows.values():
                    chars.sort(key=lambda c: float(c["x0"]))
                    cell = [chars[0]]
                    for char in chars[1:]:
                        if float(char["x0"]) - float(cell[-1]["x1"]) > 3:  # the next cell
                            lines.append("".join(str(c["text"]) for c in cell))
                            cell = []
                        cell.append(char)
                    lines.append("".join(str(c["text"]) for c in cell))
    return lines


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_header_word_of_any_report_is_cut(
    demo_store: Store, engine: TextEngine, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    headers: list[str] = []
    grid = ReportContext.grid

    def recording(self: ReportContext, header: list[str], rows: list[list[str]], weights: list[float]) -> Any:
        headers.extend(header)
        return grid(self, header, rows, weights)

    monkeypatch.setattr(ReportContext, "grid", recording)
    requests = [ReportRequest("summary", lang, period=parse_period("2025-01-01", "2025-12-31"))]
    requests += [ReportRequest(form, lang, record_id=record.id) for form in ("cooperative", "visit", "workshop")
                 for record in demo_store.records_of(form)[:1]]  # fmt: skip
    lines: list[str] = []
    for request in requests:
        lines += _header_lines(build_report(demo_store, request, engine=engine).pdf)
    words = {word for header in headers for word in header.split()}
    assert len(headers) >= 10 and len(lines) >= 10
    assert any("Recommandations" in line or "Recommendations" in line for line in lines)
    cut = [line for line in lines if not set(line.split()) <= words]
    assert not cut, cut


def test_columns_give_way_to_a_long_word_and_keep_their_proportions_otherwise() -> None:
    assert fit_words([1, 1], [10, 10], 100) == [50, 50]
    widths = fit_words([1.3, 4.0, 2.6, 1.3], [40, 30, 30, 90], 400)
    assert widths[3] == 90 and abs(sum(widths) - 400) < 1e-9
    assert widths[1] / widths[2] == pytest.approx(4.0 / 2.6)
    assert fit_words([1, 1], [80, 80], 100) == [50, 50]  # cannot all fit: the plain proportions


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_a_latin_word_too_long_for_any_column_is_hyphenated_and_an_arabic_one_is_not(
    engine: TextEngine, direction: str
) -> None:
    style = TextStyle(direction=direction, bold=True)
    lines = engine.layout("Recommandations", style, 40)
    assert len(lines) >= 2 and "".join(line.text for line in lines) == "Recommandations"
    for line in lines:
        assert line.width <= 40
        hyphens = [piece for piece in line.pieces if piece.start == piece.end]
        if line.last:
            assert not hyphens
        else:  # the hyphen drawn after the first half, on its right (the word is left to right)
            assert len(hyphens) == 1 and line.pieces[-1] is hyphens[0]
            assert hyphens[0].face.fontName == engine.fonts.face("latin", True).fontName
    arabic = engine.layout("الاستراتيجيات", style, 40)
    assert len(arabic) == 2 and not any(piece.start == piece.end for line in arabic for piece in line.pieces)
