"""What of a record is searchable, and the snippet that shows why it was found. Pure: no Qt, no database.

A record's searchable text comes in three columns of the index, weighted differently when results are ranked:
`title` (its title fields), `body` (every other text-like field: texts, long texts, phones, the labels of its
choices in Arabic, French and English so that "lait" finds a dairy cooperative, and the same inside repeated
groups) and `related` (the titles of the records it refers to: a visit is found by its cooperative's name).

The snippet is cut from the text as typed (not from the folded text the index holds, which has lost its hamzas,
accents and vowels): the query's words are located in the folded text with `normalise_with_offsets`, which maps
each folded character back to the original, and whole words are marked there.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from app.core.arabic import WORD, normalise_for_search, normalise_with_offsets, word_matches
from app.core.forms import FieldSpec, FormSpec

COLUMNS = ("title", "body", "related")

# Given a record id, the texts of that record's own title (empty if unknown): supplied by whoever holds the store.
TitleTexts = Callable[[str], list[str]]


@dataclass(frozen=True)
class Segment:
    """One searchable piece of a record: a field's value (or one language's label of a choice)."""

    column: str  # one of COLUMNS
    field: str  # the field's path: "observations", "recommendations.action"
    text: str


@dataclass(frozen=True)
class _Plan:
    """A form's fields in the order records are read for search: title fields first, then the others."""

    titles: tuple[FieldSpec, ...]
    others: tuple[FieldSpec, ...]
    known: frozenset[str]


_PLANS: dict[int, tuple[FormSpec, _Plan]] = {}  # by id(form); the spec is kept so that its id stays its own


def _plan(form: FormSpec) -> _Plan:
    # Worked out once per form: a rebuilt index reads 100,000 records of the same three forms.
    cached = _PLANS.get(id(form))
    if cached is None or cached[0] is not form:
        fields = form.fields
        titles = tuple(spec for name in form.title_fields if (spec := form.field(name)) is not None)
        others = tuple(spec for spec in fields if spec.name not in form.title_fields)
        cached = _PLANS[id(form)] = (form, _Plan(titles, others, frozenset(spec.name for spec in fields)))
    return cached[1]


def title_texts(form: FormSpec, data: dict[str, Any]) -> list[str]:
    """The words naming a record (its title fields, choices in every language), references not followed."""
    texts: list[str] = []
    for spec in _plan(form).titles:
        if not spec.field_type.refers_to_record:
            texts += [text for _, text in _field_texts(spec, data.get(spec.name), titled=True)]
    return texts


def record_segments(form: FormSpec | None, data: dict[str, Any], *, titles: TitleTexts) -> list[Segment]:
    """Every searchable piece of a record, title first. `form` None (a form this laptop does not know): every
    string found in the data is body text."""
    if form is None:
        return [Segment("body", "", text) for text in _strings(data)]
    plan = _plan(form)
    segments: list[Segment] = []
    for spec in plan.titles:
        value = data.get(spec.name)
        if value is None:
            continue
        if spec.field_type.refers_to_record:
            segments += [Segment("related", spec.name, text) for text in titles(str(value))]
        else:
            segments += [Segment("title", path, text) for path, text in _field_texts(spec, value, titled=True)]
    for spec in plan.others:
        value = data.get(spec.name)
        if value is None:
            continue
        if spec.field_type.refers_to_record:
            segments += [Segment("related", spec.name, text) for text in titles(str(value))]
        else:
            segments += [Segment("body", path, text) for path, text in _field_texts(spec, value)]
    # Fields of a newer version of the form (brought by a merge before this laptop uses that version).
    unknown = [key for key in data if key not in plan.known]
    segments += [Segment("body", key, text) for key in sorted(unknown) for text in _strings(data[key])]
    return segments


def _field_texts(spec: FieldSpec, value: Any, *, titled: bool = False) -> Iterator[tuple[str, str]]:
    """(path, text) of a field's searchable words, as its type gives them (a title field's numbers and dates too)."""
    if value is not None:
        yield from spec.field_type.search_texts(spec, value, path=spec.name, titled=titled)


# Ids and digests (references, photos) are not words anyone searches for.
_ID = re.compile(r"[0-9a-fA-F-]{32,}")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if not _ID.fullmatch(value):
            yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


# --- snippets ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Snippet:
    """A piece of a record's text as typed, with the words the query found marked: (text, is_match) pieces."""

    field: str
    pieces: tuple[tuple[str, bool], ...]

    def text(self, start: str = "[", end: str = "]") -> str:
        """For the command line: matches between `start` and `end`."""
        return "".join(f"{start}{text}{end}" if hit else text for text, hit in self.pieces)

    def html(self) -> str:
        """For the window (rich text): matches in bold, everything escaped."""
        return "".join(f"<b>{html.escape(text)}</b>" if hit else html.escape(text) for text, hit in self.pieces)


def matched_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where in `text` (as typed) the words found by `terms` are: whole words, marks and tatweel included."""
    return list(_spans(text, tuple(terms))) if _may_match(text, terms) else []


def _may_match(text: str, terms: list[str]) -> bool:
    folded = normalise_for_search(text)
    return any(term in folded for term in terms)  # the quick test: most fields of a record found lack the words


_TOKEN = re.compile(r"\S+")


def _spans(text: str, terms: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    # Piece by piece between spaces, each folded once per query (notes repeat their words): the cost stays that
    # of the words read, not of the whole text, and stops where the snippet ends (see make_snippet).
    for token in _TOKEN.finditer(text):
        for first, last in _token_spans(token.group(), terms):
            yield token.start() + first, token.start() + last


@functools.lru_cache(maxsize=8192)
def _token_spans(token: str, terms: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """The matching words inside a piece of text without spaces ("(التأطير)،", "2025-05-17"), as spans of it."""
    folded, origin = normalise_with_offsets(token)
    spans = []
    for match in WORD.finditer(folded):
        if word_matches(match.group(), list(terms)):
            first, last = origin[match.start()][0], origin[match.end() - 1][1]
            while last < len(token) and not normalise_for_search(token[last]):
                last += 1  # the vowel marks written on the last letter belong to the word
            spans.append((first, last))
    return tuple(spans)


def make_snippet(segments: list[Segment], terms: list[str], *, width: int = 90) -> Snippet:
    """The first piece of text (body before title before related) holding a found word, cut to about `width`
    characters around it."""
    ordered = sorted(segments, key=lambda s: ("body", "title", "related").index(s.column))
    for segment in ordered:
        if _may_match(segment.text, terms):
            spans = _spans(segment.text, tuple(terms))
            first = next(spans, None)
            if first is not None:
                return _cut(segment, first, spans, width)
    return _cut(ordered[0], None, iter(()), width) if ordered else Snippet("", ())


def _cut(segment: Segment, first: tuple[int, int] | None, more: Iterator[tuple[int, int]], width: int) -> Snippet:
    text = segment.text
    start, end = 0, len(text)
    if len(text) > width:
        anchor = first[0] if first else 0
        start = max(0, anchor - width // 3)
        if start > 0:  # begin at a word
            space = text.rfind(" ", 0, start + 1)
            start = space + 1 if space >= 0 and start - space < 20 else start
        end = min(len(text), start + width)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start + width // 2 else end
    pieces: list[tuple[str, bool]] = [("…", False)] if start > 0 else []
    position = start
    spans = itertools.takewhile(lambda span: span[0] < end, itertools.chain([first] if first else [], more))
    for span_start, span_end in spans:
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start >= span_end or span_start < position:
            continue
        pieces += [(text[position:span_start], False), (text[span_start:span_end], True)]
        position = span_end
    pieces.append((text[position:end], False))
    if end < len(text):
        pieces.append(("…", False))
    flat = tuple((" ".join(piece.split("\n")), hit) for piece, hit in pieces if piece)
    return Snippet(segment.field, flat)
