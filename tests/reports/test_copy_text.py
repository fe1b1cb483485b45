"""Text copied out of an Arabic report: vowel marks and shadda stay on their letters, words stay whole, and the
spaces and brackets around a French name, a date or a number stay where they were typed (read with poppler's
pdftotext, as PDF readers on Linux copy it).

poppler rebuilds a right-to-left line's logical order with a rule of its own (app/reports/read_back.py), which
carried the space after a left-to-right run across it ("اللجنة  Coopérative Tanfnitيوم") and took the separators
and terminators of numbers for left to right wherever they stood ("الأعضاء، «بلا" was copied as "الأعضاء« ،بلا",
"45% من" as "45 %من", "17/05/2025، و" as "17/05/2025 ،و"): right-to-left marks in the copied text, none drawn,
give every sentence below back as typed. Not covered: Arabic inside a left-to-right (French) line."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.reports.document import PageFrame, render
from app.reports.flowables import TextBlock
from app.reports.read_back import ReadBackMarks
from app.reports.text_layout import TextEngine, TextStyle

ARABIC = [
    "وَتَمَّتِ التَّوْصِيَةُ بِمُرَافَقَةِ الْجَمْعِيَّاتِ الْمَحَلِّيَّةِ فِي إِقْلِيمِ خَنِيفْرَة",
    "خلق تعاونيّة خدماتيّة تأخذ على عاتقها التكوين والتأطير لفائدة الأعضاء (كلّهم) ولا سيّما الشباب",
]
MIXED = [
    "زارت اللجنة Coopérative Tanfnit يوم 17/05/2025 (أي بعد 3 أشهر) ولاحظت أنَّ الإنتاجَ تضاعفَ",
    "تعاونيّة تانفنيت (Mrirt) في إقليم خنيفرة منذ 2019",
]
# Punctuation at the edge of a French word or a number, each case once misplaced by pdftotext.
PUNCTUATION = [
    "عدد الأعضاء 45، منهم 12 امرأة.",
    "بلغ الإنتاج 1200 كلغ، أي بزيادة 45% من الإنتاج السابق.",
    "تاريخ الزيارة 17/05/2025، والزيارة القادمة في 03/12/2026.",
    "زارت اللجنة تعاونيّة تانفنيت (Mrirt)، ثم عادت في 17/05/2025.",
    "قالت الرئيسة: «نحتاج إلى Formation في التسويق».",
    "الاجتماع يوم 17/05/2025: حضر 12 عضوا (منهم 5 نساء).",
    "اشترت التعاونية آلة (Séchoir solaire), ثم بدأت.",
    "بلغ عدد المنخرطين 1.250 منخرطا، والمداخيل 12,5 مليون درهم.",
    "سعر اللتر: 30 درهما؛ الكمية: 200 لتر.",
    "وَتَمَّتِ التَّوْصِيَةُ بِـ Formation (تكوين)، في 3 أيام.",
    "النسبة 45٪، أي أقل من 50%.",
]
_EMBEDDINGS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_arabic_with_tashkeel_and_shadda_copies_back_as_typed(engine: TextEngine, tmp_path: Path) -> None:
    frame = PageFrame(organisation="تعاون", title="نص", generated="", page_label=lambda p, t: "", rtl=True)
    style = TextStyle(direction="rtl", align="start", size=12, leading=20)
    pdf = tmp_path / "copy.pdf"
    sentences = ARABIC + MIXED + PUNCTUATION
    pdf.write_bytes(render([TextBlock(engine, text, style) for text in sentences], engine=engine, frame=frame,
                           lang="ar").pdf)  # fmt: skip
    copied = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, encoding="utf-8",
                            check=True).stdout  # fmt: skip
    lines = [line.translate(_EMBEDDINGS).strip() for line in copied.splitlines()]
    for sentence in sentences:
        assert sentence in lines, (sentence, lines)
    marks_kept = copied.translate(dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e")))
    assert "Coopérative Tanfnit\u200f يوم" in marks_kept  # the mark after the run, before the space


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_the_marks_change_what_is_copied_not_what_is_drawn(
    engine: TextEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page with the read-back marks and the page without them are the same pixels; only the text differs."""
    frame = PageFrame(organisation="تعاون", title="نص", generated="", page_label=lambda p, t: "", rtl=True)
    style = TextStyle(direction="rtl", align="start", size=12, leading=20)

    def page(name: str) -> tuple[bytes, str]:
        pdf = tmp_path / f"{name}.pdf"
        fresh = TextEngine(engine.fonts)  # its own caches of marked pieces
        pdf.write_bytes(render([TextBlock(fresh, text, style) for text in MIXED + PUNCTUATION], engine=fresh,
                               frame=frame, lang="ar").pdf)  # fmt: skip
        subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf), str(tmp_path / name)], check=True)
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, encoding="utf-8",
                              check=True).stdout  # fmt: skip
        return (tmp_path / f"{name}.png").read_bytes(), text

    marked_png, marked_text = page("marked")
    monkeypatch.setattr(ReadBackMarks, "in_right_to_left", lambda self, face, shaped: shaped)
    monkeypatch.setattr(ReadBackMarks, "after_left_to_right", lambda self, face, shaped: shaped)
    plain_png, plain_text = page("plain")
    assert marked_png == plain_png
    assert marked_text != plain_text  # the marks are there, and only in the text
