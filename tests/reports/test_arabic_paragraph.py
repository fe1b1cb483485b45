"""One Arabic paragraph mixing French words, Western digits, a date, a percentage, parentheses and quotation
marks, drawn into a PDF and read back line by line (see conftest.PdfText for how a visual line is checked)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from bidi import get_display
from reportlab.lib.pagesizes import A4

from app.reports.document import MARGIN, PageFrame, render
from app.reports.flowables import TextBlock
from app.reports.text_layout import TextEngine, TextStyle

PARAGRAPH = (
    "زارت لجنة المتابعة Coopérative Tanfnit يوم 17/05/2025 (أي بعد 3 أشهر من التأسيس) وسجلت أن 45% من الأعضاء "
    "نساء، وأن الإنتاج بلغ 1200 لتر في اليوم. قال الرئيس: «نريد une formation en gestion financière قبل نهاية "
    "2025» ثم شكر “شبكة الجمعيات التنموية” على الدعم، واقترح تنظيم زيارات بينية (visites d'échange) مع تعاونيات "
    "Ifssan و Imdoukal في إقليم خنيفرة خلال الأشهر الستة المقبلة."
)
FRAME = PageFrame(organisation="تعاون", title="فقرة", generated="أنشئ في 02/06/2025",
                  page_label=lambda page, total: f"الصفحة {page} من {total}", rtl=True)  # fmt: skip


def is_arabic(ch: str) -> bool:
    return unicodedata.bidirectional(ch) == "AL"


def render_paragraph(engine: TextEngine, pdf_text: Callable[..., Any], align: str = "justify") -> Any:
    style = TextStyle(size=11, leading=19, direction="rtl", align=align)
    report = render([TextBlock(engine, PARAGRAPH, style)], engine=engine, frame=FRAME, lang="ar")
    return pdf_text(report.pdf, rtl=True)


def test_each_line_holds_its_words_in_order_no_line_reversed_no_letter_reversed_no_word_dropped(
    engine: TextEngine, pdf_text: Callable[..., Any]
) -> None:
    text = render_paragraph(engine, pdf_text)
    lines = text.find(PARAGRAPH)
    # Found: the paragraph cut into consecutive lines, each line exactly python-bidi's visual order of its words.
    assert lines is not None and len(lines) >= 3
    baselines = [line.baseline for line in lines]
    assert baselines == sorted(baselines, reverse=True)  # the first words on the top line: lines not reversed
    shown = "".join(line.text for line in lines)
    for word in re.findall(r"[\u0600-\u06ff]+", PARAGRAPH):  # every Arabic word, its letters right to left
        assert word[::-1] in shown, word
    for word in ("Coopérative", "Tanfnit", "formation", "gestion", "financière", "Ifssan", "Imdoukal", "d'échange"):
        assert word in shown, word  # every French word kept, left to right
    assert "17/05/2025" in shown and "1200" in shown and "%45" in shown  # 45% after Arabic reads "%45" (rule W2)


def test_each_script_is_drawn_with_a_font_that_has_it(engine: TextEngine, pdf_text: Callable[..., Any]) -> None:
    lines = render_paragraph(engine, pdf_text).find(PARAGRAPH)
    assert lines is not None
    for line in lines:
        for ch, font in zip(line.text, line.fonts, strict=True):
            if is_arabic(ch):
                assert font.startswith("NotoNaskhArabic"), (ch, font)
            elif ch.isascii() and ch.isalnum() or ch in "éè()%":
                assert font.startswith("NotoSans-"), (ch, font)


def test_justified_lines_fill_the_width_and_the_last_one_keeps_to_the_right(
    engine: TextEngine, pdf_text: Callable[..., Any]
) -> None:
    lines = render_paragraph(engine, pdf_text).find(PARAGRAPH)
    assert lines is not None
    left, right = MARGIN, A4[0] - MARGIN
    for line in lines[:-1]:
        assert abs(line.x0 - left) < 2.5 and abs(line.x1 - right) < 2.5, line
    assert abs(lines[-1].x1 - right) < 2.5 and lines[-1].x0 > left + 20


def test_right_aligned_lines_are_not_stretched(engine: TextEngine, pdf_text: Callable[..., Any]) -> None:
    lines = render_paragraph(engine, pdf_text, align="start").find(PARAGRAPH)
    assert lines is not None
    assert all(abs(line.x1 - (A4[0] - MARGIN)) < 2.5 for line in lines)
    assert any(line.x0 > MARGIN + 5 for line in lines)


def test_the_parentheses_enclose_their_words_as_an_arabic_reader_sees_them(
    engine: TextEngine, pdf_text: Callable[..., Any]
) -> None:
    lines = render_paragraph(engine, pdf_text).find(PARAGRAPH)
    assert lines is not None
    shown = "".join(line.text for line in lines)
    # The opening parenthesis stands on the right of "أي بعد" (read first), the closing one on the left.
    inside = get_display("(أي بعد 3 أشهر من التأسيس)", base_dir="R")
    assert inside in shown
    assert inside.index("(") > inside.index(")")
