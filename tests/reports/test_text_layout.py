"""The line breaker and the text engine: no text lost, no line wider than the width, the right face for every
script, shaped Arabic, mirrored brackets."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import ShapeData
from reportlab.pdfgen.canvas import Canvas

from app.reports.bidi_runs import ltr_isolate
from app.reports.fonts import load_fonts
from app.reports.script_codes import cluster_boundaries, is_break_space
from app.reports.shaping import Shaped
from app.reports.text_layout import TextEngine, TextStyle

ARABIC_WORDS = ["تعاونية", "الحليب", "و", "الزيتون", "مريرت", "لإنتاج", "الكسكس", "لا", "الآن", "مسؤول", "ـــ"]
FRENCH_WORDS = ["coopérative", "Ifssan", "gestion", "financière", "l'économie", "M'rirt", "œuvre"]
OTHER = ["2025", "17/05/2025", "45%", "(12)", "«", "»", "“", "”", "،", "؟", ":", "ⵜⴰⵡⵓⵏ", "33.16,", "-5.57", "مَرْحَبًا"]
WORD = st.one_of(
    st.sampled_from(ARABIC_WORDS + FRENCH_WORDS + OTHER),
    st.text(st.sampled_from(list("بكمxyz09")), min_size=1, max_size=30),
)
TEXT = st.lists(WORD, min_size=1, max_size=40).map(" ".join) | st.text(
    st.sampled_from(list("تعاونية coop 12 ()")), min_size=1, max_size=80
)


@pytest.fixture(scope="module")
def style() -> TextStyle:
    return TextStyle(size=10, leading=17)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, width=st.floats(min_value=20, max_value=500), direction=st.sampled_from(["rtl", "ltr"]),
       auto=st.booleans())  # fmt: skip
def test_lines_keep_all_the_text_in_order_and_stay_within_the_width(
    engine: TextEngine, text: str, width: float, direction: str, auto: bool
) -> None:
    lines = engine.layout(text, TextStyle(size=10, leading=17, direction=direction, auto=auto), width)
    position = 0
    for line in lines:
        assert all(is_break_space(ch) for ch in text[position : line.start])  # only the breaking spaces are gone
        assert line.start < line.end and line.text == text[line.start : line.end]
        position = line.end
        if line.width > width:  # allowed only for a single letter (with its marks) wider than the line
            assert len(cluster_boundaries(text, line.start, line.end)) == 1
        assert abs(sum(piece.width for piece in line.pieces) - line.width) < 1e-6
    assert all(is_break_space(ch) for ch in text[position:])
    assert (lines == []) == (text.strip() == "")


def test_a_word_longer_than_the_line_is_cut_between_letters(engine: TextEngine, style: TextStyle) -> None:
    word = "تعاونيةالحليبوالزيتون" * 6
    lines = engine.layout(word, style, 120)
    assert len(lines) > 2
    assert "".join(line.text for line in lines) == word
    assert all(line.width <= 120 for line in lines)
    vowelled = "مَرْحَبًا" * 8  # a cut never separates a letter from its vowel marks
    for line in engine.layout(vowelled, style, 60):
        assert not unicodedata.combining(line.text[0])


def test_each_character_gets_a_face_that_has_it(engine: TextEngine, style: TextStyle) -> None:
    text = "تعاونية Ifssan (2025) ⵜⴰⵡⵓⵏ، «نعم» 45%"
    (line,) = engine.layout(text, style, 2000)
    face_at = {index: p.face.fontName for p in line.pieces for index in range(p.start, p.end) if not p.is_space}

    def face_of(part: str) -> set[str]:
        start = text.index(part)
        return {face_at[index].removeprefix("Taawun-") for index in range(start, start + len(part))}

    assert face_of("تعاونية") == {"NotoNaskhArabic-Regular"}
    assert face_of("Ifssan") == {"NotoSans-Regular"}
    assert face_of("ⵜⴰⵡⵓⵏ") == {"NotoSansTifinagh-Regular"}
    assert face_of("،") == {"NotoNaskhArabic-Regular"}  # the Arabic comma, which the Latin face lacks
    assert face_of("2025") == face_of("45") == {"NotoSans-Regular"}  # digits in the Latin face wherever they are
    assert face_of("(") == {"NotoSans-Regular"}  # the Arabic face has no parentheses
    for piece in line.pieces:
        for ch in text[piece.start : piece.end]:
            assert piece.is_space or piece.face.covers(ch), (ch, piece.face.fontName)


def test_bold_text_uses_the_bold_faces(engine: TextEngine) -> None:
    (line,) = engine.layout("تعاونية Tanfnit", TextStyle(bold=True), 1000)
    assert {p.face.fontName for p in line.pieces if not p.is_space} == {
        "Taawun-NotoNaskhArabic-Bold",
        "Taawun-NotoSans-Bold",
    }


def test_arabic_is_shaped_into_joined_forms_and_brackets_are_mirrored_right_to_left(engine: TextEngine) -> None:
    fonts = engine.fonts
    naskh, sans = fonts.face("arabic"), fonts.face("latin")
    joined = engine.shape(naskh, "بيئتي", rtl=True)
    isolated = [engine.shape(naskh, ch, rtl=True).codes for ch in "بيئتي"]
    assert joined.codes != "".join(reversed(isolated))  # initial, medial and final forms, not isolated letters
    assert engine.shape(sans, "(", rtl=True).data[0] == engine.shape(sans, ")", rtl=False).data[0]
    assert engine.shape(sans, "(", rtl=True).codes != engine.shape(sans, "(", rtl=False).codes


def test_fonts_are_registered_once(engine: TextEngine) -> None:
    again = load_fonts()
    assert again.face("arabic") is engine.fonts.face("arabic")
    assert again.face("tifinagh", bold=True) is again.face("tifinagh")


def test_a_right_to_left_paragraph_lays_out_from_the_right(engine: TextEngine, style: TextStyle) -> None:
    (line,) = engine.layout("الأولى الثانية", style, 500)
    assert line.rtl
    words = [line.paragraph[p.start : p.end] for p in line.pieces if not p.is_space]
    assert words == ["الثانية", "الأولى"]  # pieces go left to right: the first word ends up on the right


def test_invisible_marks_at_the_ends_of_a_line_still_steer_its_order(engine: TextEngine, style: TextStyle) -> None:
    french = style.but(direction="ltr")
    (line,) = engine.layout("Rapport — اللقاء الاقتصادي …\u200f", french, 1000)
    shown = [line.paragraph[p.start : p.end] for p in line.pieces if not p.is_space]
    assert shown == ["Rapport", "—", "…", "الاقتصادي", "اللقاء"]  # the "…" ends the Arabic words, on their left
    phone = ltr_isolate("+212 6 12 34 56 78")
    for width in (60, 90, 140, 1000):  # wherever the lines break, the number reads left to right, "+" first
        lines = engine.layout(f"الهاتف {phone} للرئيس", style, width)
        drawn = "".join(line.paragraph[p.start : p.end] for line in lines for p in line.pieces)
        assert "+212" in drawn and "212+" not in drawn, width


def test_a_glyph_that_only_completes_a_cluster_reads_back_as_nothing(
    engine: TextEngine, pdf_text: Callable[..., Any], tmp_path: Path
) -> None:
    """When harfbuzz draws one letter with two glyphs, the cluster's text goes to the first; the second must not
    read as "(cid:1)" in extracted text."""
    face = engine.fonts.face("latin")
    glyph = face.face.charToGlyph[ord("x")]
    code = face.code_for(glyph, "")
    width = face.advance(glyph)
    style = TextStyle(size=20, direction="ltr")
    (line,) = engine.layout("ab cd", style, 500)
    first = line.pieces[0]
    extended = Shaped(first.shaped.codes + chr(code), (*first.shaped.data, ShapeData(0, width, 0, 0, 0, width)),
                      first.shaped.advance + width)  # fmt: skip
    line = replace(line, pieces=(first._replace(shaped=extended), *line.pieces[1:]))
    canvas = Canvas(str(tmp_path / "cluster.pdf"))
    engine.draw_line(canvas, line, x=100, y=700, width=400, style=style)
    canvas.save()
    text = pdf_text((tmp_path / "cluster.pdf").read_bytes(), rtl=False)
    assert [segment.text for segment in text.segments] == ["ab cd"]
