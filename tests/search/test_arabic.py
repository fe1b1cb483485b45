"""The folding applied to indexed text and to queries (app.core.arabic), and the snippets cut from typed text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.arabic import (
    index_text,
    normalise_for_search,
    normalise_with_offsets,
    query_terms,
    query_words,
    without_article,
)
from app.core.search_text import Segment, make_snippet, matched_spans


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("التأطير", "التاطير"),  # hamza on alef
        ("الإمكانيات", "الامكانيات"),  # hamza under alef
        ("آفاق", "افاق"),  # madda
        ("ٱلتعاونية", "التعاونيه"),  # alef wasla; taa marbuta
        ("مُحَمَّدٌ", "محمد"),  # tashkeel, shadda
        ("تـعـاونـيـة", "تعاونيه"),  # tatweel
        ("على مستوى", "علي مستوي"),  # alef maksura
        ("مسؤول", "مسوول"),  # hamza on waw
        ("رئيس", "رييس"),  # hamza on yaa
        ("الْقُرْآنُ", "القران"),  # Quranic marks and madda
        ("٢٠٢٥ و ۱۵", "2025 و 15"),  # Arabic-Indic and Persian digits
        ("Coopérative Élevage ÇA", "cooperative elevage ca"),  # accents, case
        ("Œuvre sœur", "oeuvre soeur"),  # ligatures
        ("  مرحبا \n\t بكم  ", "مرحبا بكم"),  # spaces collapse
        ("ﺗﻌﺎوﻧﻴﺔ", "تعاونيه"),  # presentation forms (copied from a PDF)
        ("ک ی", "ك ي"),  # Persian keyboard letters
        ("a\u200fb\u200c", "ab"),  # direction marks and joiners
    ],
)
def test_folding(typed: str, folded: str) -> None:
    assert normalise_for_search(typed) == folded


def test_query_and_text_meet_whatever_the_spelling() -> None:
    assert normalise_for_search("التاطير") == normalise_for_search("التأطير")
    assert normalise_for_search("الْإِمْكَانِيَّات") == normalise_for_search("الامكانيات")
    assert normalise_for_search("COOPERATIVE") == normalise_for_search("coopérative")


def test_articles_are_indexed_and_searched_without_them() -> None:
    assert without_article("والتاطير") == "تاطير"
    assert without_article("للتعاونيه") == "تعاونيه"
    assert without_article("والي") is None and without_article("ال") is None  # too short to be an article
    assert query_terms("التأطير والتكوين") == ["تاطير", "تكوين"]
    assert index_text(["التعاونية الفلاحية"]) == "التعاونيه الفلاحيه تعاونيه فلاحيه"


def test_query_words_keep_only_letters_and_digits() -> None:
    assert query_words('"lait" OR NEAR(x*, 2) -y ^z {title}:') == ["lait", "or", "near", "x", "2", "y", "z", "title"]
    assert query_words("  \"'*()  ") == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_folding_is_idempotent(text: str) -> None:
    once = normalise_for_search(text)
    assert normalise_for_search(once) == once


_TYPED = st.text(alphabet="التأطيرإمكانيةىؤئ ًٌٍَُِّْـ٠١٢ coopérativeŒÉ 0123\n.,()", max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TYPED)
def test_folding_character_by_character_gives_the_same_text(text: str) -> None:
    folded, spans = normalise_with_offsets(text)
    assert folded == normalise_for_search(text)
    assert len(spans) == len(folded)
    assert all(0 <= start < end <= len(text) for start, end in spans)


def test_the_snippet_shows_the_text_as_typed_with_the_words_marked() -> None:
    text = "ناقشنا مع الأعضاء ضعف التأطيرِ و الإمكانيات، ثم زرنا المعصرة."
    snippet = make_snippet([Segment("body", "observations", text)], query_terms("التاطير الامكانيات"))
    assert snippet.field == "observations"
    assert snippet.text() == "ناقشنا مع الأعضاء ضعف [التأطيرِ] و [الإمكانيات]، ثم زرنا المعصرة."
    assert snippet.text("«", "»").count("«") == 2
    assert "<b>التأطيرِ</b>" in snippet.html()


def test_a_long_text_is_cut_around_the_first_match() -> None:
    text = "كلمة " * 60 + "Coopérative <laitière> & co " + "mot " * 60
    snippet = make_snippet([Segment("body", "notes", text)], query_terms("cooperative"), width=60)
    assert snippet.text().startswith("…") and snippet.text().endswith("…")
    assert "[Coopérative]" in snippet.text() and len(snippet.text()) < 90
    assert "&lt;laitière&gt; &amp; co" in snippet.html()  # escaped for the window's rich text


def test_matched_spans_cover_whole_words_and_their_marks() -> None:
    text = "(التأطيرُ)، 2025-05-17"
    spans = matched_spans(text, ["تاطير", "2025"])
    assert [text[a:b] for a, b in spans] == ["التأطيرُ", "2025"]
