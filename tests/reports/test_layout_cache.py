"""The text engine keeps the lines of the texts it laid out last (a long table repeats its values): the same
lines as laid out afresh, a list the caller may change, and no more than LAID_OUT_KEPT texts kept."""

from __future__ import annotations

import pytest

from app.reports import text_layout
from app.reports.fonts import load_fonts
from app.reports.text_layout import TextEngine, TextStyle


def test_kept_lines_are_the_lines_laid_out_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_layout, "LAID_OUT_KEPT", 3)
    engine = TextEngine(load_fonts())
    style = TextStyle(direction="rtl")
    texts = ["تعاونية النور للحليب بمريرت", "Coopérative Tanfnit (ONCA) 2025", "زيارة 17/05/2025 — تتبع"]
    for width in (60.0, 300.0):
        for text in texts * 2:
            first = engine.layout(text, style, width)
            assert first == engine._layout(text, style, width)
            first.clear()  # the caller's list: the kept lines stay whole
            assert engine.layout(text, style, width) == engine._layout(text, style, width)
    assert len(engine._laid) == 3
    assert engine.layout(texts[0], style.but(bold=True), 60.0) == engine._layout(texts[0], style.but(bold=True), 60.0)
