"""Text copied out of an Arabic report: vowel marks and shadda stay on their letters, words stay whole (read with
poppler's pdftotext, as PDF readers on Linux copy it).

What the format does not let us fix: poppler rebuilds a right-to-left line's logical order with a simple rule of its
own, which moves the space (or bracket) between a left-to-right run and the Arabic word after it to the other side
of the run ("اللجنة  Coopérative Tanfnitيوم"), and treats some punctuation as left to right ("الأعضاء، «بلا" is
copied as "الأعضاء« ،بلا"); every word still reads whole and in order."""

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
MIXED = ["زارت اللجنة Coopérative Tanfnit يوم السبت ولاحظت أنَّ الإنتاجَ تضاعفَ منذ 2024 بفضل التكوين"]
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
    for sentence in ARABIC:
        assert sentence in lines, (sentence, lines)
    (mixed,) = [line for line in lines if "Tanfnit" in line]
    position = 0
    for word in MIXED[0].split():  # each word whole, marks on their letters, in the order typed
        found = mixed.find(word, position)
        assert found >= 0, (word, mixed)
        position = found + len(word)
