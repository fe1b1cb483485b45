"""The search index's own folding (app/db/search_documents.py folds each piece of text once) gives exactly the
text and words of app.core.arabic.index_text, on arbitrary text."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.arabic import WORD, index_text
from app.core.forms import FormRegistry
from app.db.search_documents import Documents

# What folding treats specially: marks, hamza seats, ligatures that NFKD opens into several words, Arabic-Indic
# digits, invisible characters, spaces of every kind, articles and particles, Latin accents and ligatures.
_PIECES = st.sampled_from(
    ["ال", "وال", "لل", "بال", "تعاونيّة", "الأمل", "مسؤول", "ﷺ", "ﻻ", "ـ", "\u0651", "\u064b", "٣", "۴", "٫", "œ",
     "École", "ÇA", "İ", "ß", "ﬁ", "\u200c", "\u200b", "\u00a0", "\u2003", "\u3000", " ", "\t", "\n", "_", "-", "x",
     "a\u0301", "\u0301", "ⵜⴰⵡⵏⵉⵜ", "ى", "ة", "ک", "ی", "٬"]
)  # fmt: skip
_TEXT = st.one_of(st.text(max_size=30), st.lists(_PIECES, max_size=12).map("".join))


@settings(max_examples=400, deadline=None)
@given(texts=st.lists(_TEXT, max_size=4))
def test_folding_piece_by_piece_is_folding_the_whole_text(texts: list[str]) -> None:
    documents = Documents(sqlite3.connect(":memory:"), FormRegistry([]))
    for _ in range(2):  # the second time from what it kept
        text, words = documents.index_text(texts)
        assert text == index_text(texts)
        assert words == WORD.findall(text)
