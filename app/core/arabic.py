"""Text folded for search: the same spelling variations typed on Arabic, French and English keyboards compare equal.

`normalise_for_search` is applied both to what is indexed and to what the user types, so the two meet whatever
the spelling habits: Arabic short vowels and tatweel vanish, the seats of hamza fold to their letter, alef maksura
and taa marbuta meet their look-alikes, Arabic-Indic digits become Western ones, French accents and ligatures fold,
case is ignored and runs of spaces collapse. Pure functions, no Qt, no database.

`normalise_with_offsets` is the same folding character by character, keeping where each folded character came
from, so a match found in folded text can be shown (highlighted) in the text exactly as it was typed.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Combining marks removed after compatibility decomposition (NFKD splits "é" into "e" + U+0301 and "أ" into
# "ا" + U+0654, so removing the marks also folds accents and the seats of hamza):
_MARK_RANGES = (
    (0x0300, 0x036F),  # Latin combining accents (French é è ê ë à â ç î ï ô û ù ü ÿ after NFKD)
    (0x0610, 0x061A),  # Arabic honorific and Quranic signs
    (0x064B, 0x065F),  # tashkeel: fathatan … sukun, shadda, and the hamza / madda marks NFKD splits off
    (0x0670, 0x0670),  # superscript (dagger) alef
    (0x06D6, 0x06ED),  # Quranic annotation signs
    (0x08D3, 0x08FF),  # Arabic Extended-A marks
    (0x1AB0, 0x1AFF),  # combining diacritical marks, extended
    (0x1DC0, 0x1DFF),  # combining diacritical marks, supplement
    (0x20D0, 0x20FF),  # combining marks for symbols
    (0xFE20, 0xFE2F),  # combining half marks
)
# Invisible characters that keyboards and copy-paste leave inside words: tatweel (kashida, drawn only to stretch a
# word), high hamza, soft hyphen, zero-width (non-)joiners and spaces, direction marks and isolates, BOM.
_INVISIBLE = (
    "\u0640\u0674\u00ad\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)

_LETTERS = {
    # Hamza seats and wasla: أ إ آ already lose their hamza/madda mark through NFKD + mark removal; ٱ ٲ ٳ do not
    # decompose. People write the initial hamza or not (الإمكانيات / الامكانيات), so every alef meets the bare one.
    "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    # ؤ -> و and ئ -> ي: NFKD gives the seat letter plus a hamza mark, which goes with the other marks. The seat of
    # a medial hamza varies with spelling habits and keyboards (مسؤول / مسئول / مسوول, رئيس / ريس): folding to the
    # seat lets those spellings meet, at the price of rare collisions between words that differ only by a hamza.
    # Alef maksura and yaa are confused in handwriting-style typing (على / علي), taa marbuta and haa likewise
    # (تعاونية / تعاونيه); Persian keyboards type keheh and Farsi yeh for kaf and yaa.
    "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك",
    # French and other Latin ligatures and letters with no decomposition.
    "œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d",
}  # fmt: skip

# Arabic-Indic (U+0660..) and Extended Arabic-Indic (Persian/Urdu, U+06F0..) digits to Western ones; the Arabic
# decimal separator as a point and the thousands separator dropped, as app.core.text reads numbers.
_DIGITS = {**{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}, **{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")}}
_DIGITS.update({"٫": ".", "٬": ""})


# Measured on visit notes: a regular expression deleting the marks, then a replace per folded letter present, is
# twice as fast as one str.translate (which looks every character up in a dict); indexing 100,000 records is where
# it counts.
_REMOVED = re.compile(
    "[" + "".join(f"{chr(first)}-{chr(last)}" for first, last in _MARK_RANGES) + re.escape(_INVISIBLE) + "]+"
)
_REPLACED = tuple({**_LETTERS, **_DIGITS}.items())

# A word as SQLite's FTS5 `unicode61` tokenizer sees one: letters and digits of any script (the rest separates).
WORD = re.compile(r"[^\W_]+")


def _fold(text: str) -> str:
    # NFKD first (presentation forms such as ﻻ, full-width letters, ligatures such as ﬁ become plain letters and
    # accents separate), then casefold (which may produce letters NFKD splits again: "İ" -> "i" + dot above).
    text = _REMOVED.sub("", unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold()))
    if text.isascii():  # French and English once their accents are gone: no letter left to fold
        return text
    for letter, replacement in _REPLACED:
        if letter in text:
            text = text.replace(letter, replacement)
    return text


def normalise_for_search(text: str) -> str:
    """`text` folded for search (the same function for the indexed text and for the query); idempotent."""
    return " ".join(_fold(text).split())


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return _fold(char)


def normalise_with_offsets(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`normalise_for_search(text)` built one character at a time, with the span of `text` each folded character
    comes from (a ligature gives several characters of one span; a removed mark gives none)."""
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        for folded in _fold_char(char):
            if folded.isspace():
                if not chars or chars[-1] == " ":
                    continue  # leading spaces, or a run of them: one space stands for the run
                folded = " "
            chars.append(folded)
            spans.append((index, index + 1))
    if chars and chars[-1] == " ":
        chars.pop()
        spans.pop()
    return "".join(chars), spans


# Arabic words mostly carry the article, often behind a conjunction or preposition (والتعاونية, بالتعاونية,
# للتعاونية): the word without it is indexed too, and searched for, so "تعاونيه" finds "التعاونية" and "التأطير"
# finds "والتأطير". At least two letters must remain: "والد" and "والي" are words, not articles.
_ARTICLES = ("وال", "فال", "بال", "كال", "لل", "ال")
_ARTICLE = re.compile(r"(?<![^\W_])(?:[وفبك]ال|لل|ال)([^\W_]{2,})")


def without_article(word: str) -> str | None:
    """A folded Arabic word without its article (and the particle in front of it), or None if it has none."""
    for prefix in _ARTICLES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return None


def query_words(query: str) -> list[str]:
    """The words of a query, folded, in order, without repeats."""
    return list(dict.fromkeys(WORD.findall(normalise_for_search(query))))


def query_terms(query: str) -> list[str]:
    """What each word of a query is searched as (a prefix of an indexed word): the folded word, without its
    article if it has one (the index holds article-less forms too, see `index_text`)."""
    return list(dict.fromkeys(without_article(word) or word for word in query_words(query)))


def word_matches(word: str, terms: list[str]) -> bool:
    """Whether a folded word of the text is found by a query whose terms are `terms` (prefix search)."""
    bare = without_article(word)
    return any(word.startswith(term) or (bare is not None and bare.startswith(term)) for term in terms)


def index_text(texts: list[str]) -> str:
    """What the index holds for some texts: their folded words, then the article-less forms of those with one."""
    if not texts:
        return ""
    folded = normalise_for_search(" ".join(texts))
    extra = _ARTICLE.findall(folded)
    return f"{folded} {' '.join(extra)}" if extra else folded
