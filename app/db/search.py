"""Full-text search over every record: Arabic-aware, prefix, ranked, with the matching words shown in context.

The query goes through the same folding as the indexed text (app.core.arabic). Each of its words must match the
start of a word of the record (prefix search); only letters and digits reach the FTS5 expression, each word
inside double quotes, so quotes, operators (AND, OR, NOT, NEAR), parentheses, columns and stars typed by the user
are never read as FTS5 syntax.

Speed (benchmarks/search.py, 100,000 visits). A prefix term `"word"*` makes FTS5 gather the lists of every
indexed word it stands for before returning anything (milliseconds for a word in most records); the index's
prefix tables make prefixes of two and three letters cheap, and a longer one is expanded through `search_words`
into the words it stands for, `("word" OR "words" ...)`, which FTS5 reads lazily. Ranking (BM25: a word in the
title weighs more than in the text, one in the title of a record referred to, a visit's cooperative, less) costs
about a microsecond and a half per matching record: when a query matches more than RANK_AT_MOST records (a word
in most of them), the records whose title holds the words come first, then the others, newest first, unranked.
A word of one letter is searched as a whole word (as a prefix it would stand for most of the index), and left out
beside longer words ("التأطير و التكوين").

The snippet is cut from the text as the user typed it (app.core.search_text): FTS5's own snippet() would show the
folded text the index holds, without hamzas, accents or vowels.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.arabic import query_terms
from app.core.display import record_title
from app.core.errors import StorageError
from app.core.messages import DEFAULT_LANGUAGE
from app.core.search_text import Snippet, make_snippet, record_segments
from app.db.search_index import TITLE_MARK, Documents, form_token, has_pending, load_data

if TYPE_CHECKING:
    from app.db.store import Store

# BM25 weights of the columns form and heading (never searched by the words: they filter), title, body, related.
_WEIGHTS = (0.0, 0.0, 5.0, 1.0, 0.5)
MAX_WORDS = 16  # a pasted paragraph is not a query: its first words are enough
MAX_LIMIT = 500
RANK_AT_MOST = 2000
_EXPANSIONS = 32  # a prefix standing for more words than this is left to FTS5
_PREFIX_INDEXED = 3  # the longest prefix the index has tables for (prefix = '2 3' in the migration)

_BM25 = f"bm25(search_index, {', '.join(map(str, _WEIGHTS))})"
_RANKED = (
    f"SELECT rowid, {_BM25} AS score FROM main.search_index WHERE search_index MATCH ? ORDER BY score, rowid LIMIT ?"
)
_NEWEST = "SELECT rowid FROM main.search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?"
_COUNT = "SELECT count(*) FROM (SELECT 1 FROM main.search_index WHERE search_index MATCH ? LIMIT ?)"
_RECORDS = (
    "SELECT d.docid, r.id, r.form, r.data FROM main.search_docs d JOIN main.records r ON r.id = d.record_id"
    " WHERE d.docid IN (SELECT value FROM json_each(?)) AND r.deleted = 0"
)


@dataclass(frozen=True)
class SearchHit:
    id: str
    form: str
    title: str  # the record's title in the language asked for, as lists show it
    rank: float | None  # BM25, lower is better; None past RANK_AT_MOST matches (newest first)
    snippet: Snippet

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "form": self.form, "title": self.title, "rank": self.rank,
                "field": self.snippet.field, "snippet": self.snippet.text()}  # fmt: skip


def _phrases(conn: sqlite3.Connection, term: str) -> list[str] | None:
    """The FTS5 phrases a query term stands for (any of them matches); None when no indexed word starts so."""
    if len(term) == 1:
        return [f'"{term}"']  # as a prefix, one letter stands for most of the index: a word of its own only
    if len(term) <= _PREFIX_INDEXED:
        return [f'"{term}"*']
    words = [row[0] for row in conn.execute(
        "SELECT word FROM main.search_words WHERE word >= ? AND word < ? ORDER BY word LIMIT ?",
        (term, term + "\U0010ffff", _EXPANSIONS + 1),
    )]  # fmt: skip
    if not words:
        return None
    return [f'"{term}"*'] if len(words) > _EXPANSIONS else [f'"{word}"' for word in words]


def _expression(groups: list[list[str]], form: str | None, *, marked: bool = False) -> str:
    """Every group required (any phrase of a group); in the words' columns, or as marked title words."""
    if marked:
        groups = [[phrase[0] + TITLE_MARK + phrase[1:] for phrase in group] for group in groups]
        columns = "heading"
    else:
        columns = "title body related"
    required = " AND ".join("(" + " OR ".join(group) + ")" for group in groups)
    expression = "{" + columns + "} : (" + required + ")"
    return f'form : "{form_token(form)}" AND {expression}' if form else expression


def _matches(
    conn: sqlite3.Connection, terms: list[str], form: str | None, limit: int
) -> list[tuple[int, float | None]]:
    """(docid, BM25 or None) of the best matches, best first."""
    groups = []
    for term in terms:
        phrases = _phrases(conn, term)
        if phrases is None:
            return []  # a word no record holds: nothing can match them all
        groups.append(phrases)
    expression = _expression(groups, form)
    if conn.execute(_COUNT, (expression, RANK_AT_MOST + 1)).fetchone()[0] <= RANK_AT_MOST:
        return conn.execute(_RANKED, (expression, limit)).fetchall()
    titled = [row[0] for row in conn.execute(_NEWEST, (_expression(groups, form, marked=True), limit))]
    newest = [row[0] for row in conn.execute(_NEWEST, (expression, limit + len(titled)))]
    chosen = set(titled)
    unranked: list[tuple[int, float | None]] = [
        (docid, None) for docid in titled + [d for d in newest if d not in chosen]
    ]
    return unranked[:limit]


def search(store: Store, query: str, *, form: str | None = None, limit: int = 50,
           lang: str = DEFAULT_LANGUAGE) -> list[SearchHit]:  # fmt: skip
    """The live records matching every word of `query` (as prefixes), best first; [] for a query without words.
    `form` restricts the search to one form (an unknown one raises `InvalidInput`)."""
    if form is not None:
        store.forms.get(form)
    terms = query_terms(query)
    terms = ([term for term in terms if len(term) > 1] or terms)[:MAX_WORDS]  # "و" beside words is no filter
    if not terms:
        return []
    if has_pending(store.conn):  # a large merge, the migration, another program: never miss a record
        store.catch_up_derived()
    try:
        matches = _matches(store.conn, terms, form, max(1, min(limit, MAX_LIMIT)))
        rows = {row[0]: row[1:] for row in store.conn.execute(_RECORDS, (json.dumps([m[0] for m in matches]),))}
    except sqlite3.DatabaseError as error:  # the index dropped or damaged since the store opened
        raise StorageError("search_index_damaged", detail=str(error)) from None
    documents = Documents(store.conn, store.forms)
    titles: dict[str, str | None] = {}

    def title_of(record_id: str) -> str | None:
        if record_id not in titles:
            row = store.conn.execute("SELECT form, data FROM main.records WHERE id = ?", (record_id,)).fetchone()
            spec = documents.spec(row[0]) if row else None
            titles[record_id] = record_title(spec, load_data(row[1]), lang) if row and spec else None
        return titles[record_id]

    hits = []
    for docid, score in matches:
        if docid not in rows:
            continue  # deleted by another program since: its index row goes with this store's next write
        record_id, form_name, data = rows[docid]
        spec = documents.spec(form_name)
        values = load_data(data)
        title = record_title(spec, values, lang, titles=title_of) if spec else record_id
        segments = record_segments(spec, values, titles=documents.titles)
        hits.append(SearchHit(record_id, form_name, title, score, make_snippet(segments, terms)))
    return hits
