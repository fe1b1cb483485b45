"""No glyph of a report is ever an empty box: every character the layout may meet (the forms' texts in the three
languages, the reports' own words, the demo records and typical notes in Arabic, French and Tifinagh) is drawn by
a shipped face that has it, or replaced by something that reads the same (U+2212 MINUS SIGN by "-")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.core.messages import MESSAGES
from app.db.store import Store
from app.reports.document import PageFrame, render
from app.reports.flowables import TextBlock
from app.reports.fonts import UNKNOWN
from app.reports.text_layout import TextEngine, TextStyle

FORMS = Path(__file__).resolve().parents[2] / "forms"
# Sentences of the field report the demo comes from (docs: the seed article on the Mrirt meeting), and the kind of
# notes agents write: Tifinagh, digits of both kinds, signed coordinates, euros, guillemets, Arabic punctuation,
# full vowel marks (tashkeel), and a few symbols people paste from other documents.
NOTES = [
    "احتضن الفضاء السياحي فاسكا، بمدينة مريرت، نهاية الأسبوع الماضي، “اللقاء الاقتصادي و الاجتماعي و التضامني و "
    'تنمية المجال"، الذي نظمته شبكة الجمعيات التنموية لآيت سكوكو.',
    "برنامج اللقاء عرف تنظيم زيارات ميدانية لأربع تعاونيات، هي : تعاونية بيئتي لتدبير النفايات، تعاونية إفسان "
    "لإنتاج الكسكس البلدي.",
    'انطلاقا من سؤال: “أي استراتيجية لجعل السياحة التضامنية رابطة للتنمية المحلية؟"، و لأجل ذلك تمت التوصية…',
    "ⵜⴰⵡⵓⵏ ⵏ ⵎⵔⵉⵔⵜ — تعاونية تانفنيت (Tanfnit) ⴰⵎⵓⵔ",
    "الموقع: 33.1622, −5.5763 ؛ الارتفاع ١٢٠٠ م؛ الرصيد −1 250,50 € (أي −12 %)",
    "قال الرئيس: «نريد تكويناً في التسيير» ثم سأل: هل من دعم؟",
    "وَتَمَّتِ التَّوْصِيَةُ بِمُرَافَقَةِ الْجَمْعِيَّاتِ الْمَحَلِّيَّةِ ﴿ إِنَّ اللَّهَ ﴾ ﷺ ـــ",
    "Température −3 °C à 7 h ; écart ≤ 2 % ≥ 1 ; « très bien » – coût : 1 200,50 € → 1 500 €",
    "Œuvre, naïve, Ça, à l'œil, n° 12, ½ litre, 3×2, 10÷5, 45‰, ±2, x² — ‘ok’ • fin",
    "Visit on 2025-05-17: members under 35 ≈ 12; next step ← training; 1st, 2nd",
    "٠١٢٣٤٥٦٧٨٩ 0123456789 ۰۱۲۳۴۵۶۷۸۹ ٪ ٫ ٬",
    "\u200fنص\u200e text \u2066+212 6 12 34 56 78\u2069 \u061cفقرة\u00a0مع\u202fمسافة",
]


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _corpus(store: Store) -> list[str]:
    texts: list[str] = []
    for path in sorted(FORMS.glob("*.yaml")):
        texts += _strings(yaml.safe_load(path.read_text(encoding="utf-8")))
    texts += [text for words in MESSAGES.values() for text in words.values()]
    for form in ("cooperative", "visit", "workshop"):
        for record in store.records_of(form):
            texts += _strings(record.data)
    return [*texts, *NOTES]


def _boxes(engine: TextEngine, text: str, style: TextStyle) -> list[str]:
    """The characters of `text` drawn with the font's missing glyph (glyph 0, `.notdef`: an empty box)."""
    missing = []
    for line in engine.layout(text, style, 400):
        for piece in line.pieces:
            glyphs = piece.face.face.charToGlyph
            if any(glyphs[ord(code)] == 0 for code in piece.shaped.codes):
                missing.append(line.paragraph[piece.start : piece.end])
    return missing


def test_every_character_of_the_forms_the_messages_the_demo_and_typical_notes_has_a_glyph(
    engine: TextEngine, demo_store: Store
) -> None:
    corpus = _corpus(demo_store)
    characters = set("".join(corpus))
    assert {"\u2212", "ⵜ", "€", "«", "،", "؛", "؟", "\u0651"} <= characters  # the corpus holds the hard cases
    assert len(characters) > 150
    problems = []
    for direction in ("rtl", "ltr"):
        for bold in (False, True):
            style = TextStyle(direction=direction, bold=bold, auto=True)
            for text in corpus:
                if boxes := _boxes(engine, text, style):
                    problems.append((direction, bold, text[:40], boxes))
    assert not problems


@pytest.mark.parametrize(
    ("typed", "drawn"),
    [("−5.5763", "-5.5763"), ("≤ 2", "<= 2"), ("a → b", "a -> b"), ("ⵜⴰⵡⵓⵏ", "ⵜⴰⵡⵓⵏ"), ("€", "€"), ("Ｔ", "T"),
     ("🐪 جمل", f"{UNKNOWN} جمل")],
)  # fmt: skip
def test_characters_no_face_has_are_replaced_by_what_reads_the_same(engine: TextEngine, typed: str, drawn: str) -> None:
    (line,) = engine.layout(typed, TextStyle(direction="ltr"), 400)
    assert line.text == drawn
    assert not _boxes(engine, typed, TextStyle(direction="ltr"))


def test_a_negative_longitude_reads_back_from_the_pdf_with_its_sign(
    engine: TextEngine, pdf_text: Callable[..., Any]
) -> None:
    frame = PageFrame(organisation="تعاون", title="GPS", generated="", page_label=lambda p, t: f"{p}/{t}", rtl=True)
    style = TextStyle(direction="rtl")
    story = [TextBlock(engine, "الموقع: \u206633.1622, −5.5763\u2069", style)]
    text = pdf_text(render(story, engine=engine, frame=frame, lang="ar").pdf, rtl=True)
    assert "33.1622, -5.5763" in text.all_text
