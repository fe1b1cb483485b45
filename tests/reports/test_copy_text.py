"""Text copied out of an Arabic report: vowel marks and shadda stay on their letters, words stay whole, and the
spaces and brackets around a French name, a date or a number stay where they were typed (read with poppler's
pdftotext, as PDF readers on Linux copy it).

poppler rebuilds a right-to-left line's logical order with a rule of its own, which carried the space after a
left-to-right run across it ("اللجنة  Coopérative Tanfnitيوم"): that space reads back with a RIGHT-TO-LEFT MARK
after it, which stops the rule and is what plain text needs there anyway. What is left: poppler still takes some
punctuation for left to right ("الأعضاء، «بلا" is copied as "الأعضاء« ،بلا", "45% من" as "45 %من")."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.reports.document import PageFrame, render
from app.reports.flowables import TextBlock
from app.reports.text_layout import TextEngine, TextStyle

ARABIC = [
    "وَتَمَّتِ التَّوْصِيَةُ بِمُرَافَقَةِ الْجَمْعِيَّاتِ الْمَحَلِّيَّةِ فِي إِقْلِيمِ خَنِيفْرَة",
    "خلق تعاونيّة خدماتيّة تأخذ على عاتقها التكوين والتأطير لفائدة الأعضاء (كلّهم) ولا سيّما الشباب",
]
MIXED = [
    "زارت اللجنة Coopérative Tanfnit يوم 17/05/2025 (أي بعد 3 أشهر) ولاحظت أنَّ الإنتاجَ تضاعفَ",
    "تعاونيّة تانفنيت (Mrirt) في إقليم خنيفرة منذ 2019",
]
_EMBEDDINGS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_arabic_with_tashkeel_and_shadda_copies_back_as_typed(engine: TextEngine, tmp_path: Path) -> None:
    frame = PageFrame(organisation="تعاون", title="نص", generated="", page_label=lambda p, t: "", rtl=True)
    style = TextStyle(direction="rtl", align="start", size=12, leading=20)
    pdf = tmp_path / "copy.pdf"
    pdf.write_bytes(render([TextBlock(engine, text, style) for text in ARABIC + MIXED], engine=engine, frame=frame,
                           lang="ar").pdf)  # fmt: skip
    copied = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, encoding="utf-8",
                            check=True).stdout  # fmt: skip
    lines = [line.translate(_EMBEDDINGS).strip() for line in copied.splitlines()]
    for sentence in ARABIC + MIXED:
        assert sentence in lines, (sentence, lines)
    marks_kept = copied.translate(dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e")))
    assert "Coopérative Tanfnit\u200f يوم" in marks_kept  # the mark after the run, before the space
