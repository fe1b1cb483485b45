"""What the search index holds for a record: its columns (`heading`, `title`, `body`, `related`, see
app.core.search_text) and the words it adds to `search_words`, computed from the record's data and the forms.

Folding (app.core.arabic.index_text) was most of the Python time of indexing (measured: 2/3 of it). It works
character by character and never across white space (NFKD, casefold, the removal of marks and the letters folded
are each per character, and the article's pattern starts at a word's beginning), so folding a text is folding each
of its pieces between spaces and joining them with one space. Notes repeat their words (a village, a product, "the
cooperative"), so `Documents` folds each distinct piece once and keeps it: the same text as `index_text` gives
(tests/search/test_search_documents.py compares both on arbitrary text), at a fraction of the cost.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from app.core.arabic import _ARTICLE, WORD, normalise_for_search
from app.core.forms import FormRegistry, FormSpec
from app.core.search_text import COLUMNS, record_segments, title_texts

# Letters (category Lo, so FTS5 keeps them inside a word) of click languages, which no one types here: "ǂ" marks
# title words in the `heading` column (only ever searched with it, so the letter typed elsewhere does no harm);
# "ǀ" stands for "_" in form names ([a-z][a-z0-9_]*, app.core.forms), which FTS5 would otherwise split: "visit"
# would match a form "visit_plan".
TITLE_MARK = "\u01c2"
_FORM_UNDERSCORE = "\u01c0"
_PIECES_KEPT = 50_000  # distinct pieces folded and kept at most (some MB), then the memo starts again

Columns = tuple[str, str, str, str]  # heading, title, body, related
# A piece of text between spaces, folded: its folded text ("" if nothing is left), its words, and the words without
# their article (app.core.arabic._ARTICLE) that the index adds after the text.
Folded = tuple[str, tuple[str, ...], tuple[str, ...]]


def form_token(form: str) -> str:
    return form.replace("_", _FORM_UNDERSCORE)


def load_data(data: str) -> dict[str, Any]:
    try:
        value = json.loads(data)
    except (TypeError, ValueError):  # written by something else than the store: nothing to index
        return {}
    return value if isinstance(value, dict) else {}


def _fold_piece(piece: str) -> Folded:
    folded = normalise_for_search(piece)
    return folded, tuple(WORD.findall(folded)), tuple(_ARTICLE.findall(folded))


class Documents:
    """The index's columns for records of this database; the titles of referred records are read once each, and
    each distinct piece of text is folded once."""

    def __init__(self, conn: sqlite3.Connection, forms: FormRegistry) -> None:
        self.conn = conn
        self.forms = forms
        self._titles: dict[str, list[str]] = {}
        self._pieces: dict[str, Folded] = {}

    def spec(self, form: str) -> FormSpec | None:
        return self.forms.get(form) if form in self.forms else None

    def titles(self, record_id: str) -> list[str]:
        """The words naming a record (a deleted one too: a visit still names its cooperative)."""
        if record_id not in self._titles:
            row = self.conn.execute("SELECT form, data FROM main.records WHERE id = ?", (record_id,)).fetchone()
            spec = self.spec(row[0]) if row else None
            self._titles[record_id] = title_texts(spec, load_data(row[1])) if row and spec else []
        return self._titles[record_id]

    def index_text(self, texts: list[str]) -> tuple[str, list[str]]:
        """`app.core.arabic.index_text(texts)` and its words (as `WORD.findall` finds them in it)."""
        pieces = self._pieces
        if len(pieces) > _PIECES_KEPT:
            pieces.clear()
        split = " ".join(texts).split()
        found = list(map(pieces.get, split))
        if None in found:
            for position, piece in enumerate(split):
                if found[position] is None:
                    found[position] = pieces[piece] = _fold_piece(piece)
        text = " ".join([folded for folded, _, _ in found if folded])  # type: ignore[misc]
        words = [word for _, some, _ in found for word in some]  # type: ignore[misc]
        extra = [word for _, _, some in found for word in some]  # type: ignore[misc]
        return (f"{text} {' '.join(extra)}" if extra else text), words + extra

    def document(self, form: str, data: str) -> tuple[Columns, list[str]]:
        """The record's columns, and the words of its title, body and related columns (for `search_words`)."""
        segments = record_segments(self.spec(form), load_data(data), titles=self.titles)
        texts: dict[str, list[str]] = {column: [] for column in COLUMNS}
        for segment in segments:
            texts[segment.column].append(segment.text)
        (title, title_words), (body, body_words), (related, related_words) = (
            self.index_text(texts[column]) for column in COLUMNS
        )
        heading = " ".join(TITLE_MARK + word for word in title_words)
        return (heading, title, body, related), title_words + body_words + related_words

    def columns(self, form: str, data: str) -> Columns:
        return self.document(form, data)[0]
