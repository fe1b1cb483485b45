"""What a right-to-left line reads back as when copied from the PDF: invisible marks added to the text of a few
glyphs (their `ToUnicode` entries), never to what is drawn.

A PDF holds glyphs in drawing order; a reader copying a line rebuilds its logical order with a rule of its own.
poppler's (pdftotext, Evince, Okular) is not the Unicode bidi algorithm: in a right-to-left line it gathers every
stretch of characters that are not right-to-left letters, starting from a left-to-right letter or a "number"
character, and keeps it in drawing order. Its "number" characters include the separators and terminators of numbers
(bidi classes CS, ES, ET: `, . : / - + % # $ °` and the Arabic comma `،`) even where the bidi algorithm made them
right-to-left, as after an Arabic word: "كلغ، أي" was copied as "كلغ ،أي", "الرئيسة: «نحتاج" as "الرئيسة« :نحتاج",
"45% من" as "45 %من". And a neutral that follows a left-to-right run (a French name, a date) was carried across it.

Two marks fix both without changing a single glyph: a RIGHT-TO-LEFT MARK after the neutral that follows a
left-to-right run (it stops the run), and RIGHT-TO-LEFT MARKs on both sides of such a separator where it stands in a
right-to-left run (it is then a stretch of its own, which reads the same in either order). A mark is what plain
text needs there anyway, and other readers (pdf.js, pdfplumber) ignore it or take it as the letter-like
right-to-left character it is. The marks are only in the copied text: a search for a word is not disturbed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from app.reports.fonts import GlyphFont
from app.reports.shaping import Shaped

RLM = "\u200f"
NUMBER_PUNCTUATION = frozenset({"CS", "ES", "ET"})  # taken for part of a number by poppler, whatever their level


def is_number_punctuation(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in NUMBER_PUNCTUATION for ch in text)


@dataclass
class ReadBackMarks:
    """The marked variants of shaped pieces, made once per (face, glyph codes) and kept by the text engine."""

    _after_run: dict[tuple[str, str], Shaped] = field(default_factory=dict)
    _wrapped: dict[tuple[str, str], Shaped] = field(default_factory=dict)

    def after_left_to_right(self, face: GlyphFont, shaped: Shaped) -> Shaped:
        """`shaped` (the space, bracket or punctuation that follows a left-to-right run inside right-to-left text)
        read back with a RIGHT-TO-LEFT MARK after it: poppler carried such a neutral across the run without it
        ("اللجنة  Coopérative Tanfnitيوم"). The mark goes with the piece's rightmost glyph, the first one a reader
        meets leaving the run."""
        key = (face.fontName, shaped.codes)
        marked = self._after_run.get(key)
        if marked is None:
            last = ord(shaped.codes[-1])
            text = face.text_of(last)
            if text.endswith(RLM):  # a separator already wrapped (see `in_right_to_left`)
                marked = shaped
            else:
                code = face.code_for(face.face.charToGlyph[last], text + RLM)
                marked = Shaped(shaped.codes[:-1] + chr(code), shaped.data, shaped.advance)
            self._after_run[key] = marked
        return marked

    def in_right_to_left(self, face: GlyphFont, shaped: Shaped) -> Shaped:
        """`shaped`, a piece at a right-to-left level, with each of its number separators and terminators read back
        between two RIGHT-TO-LEFT MARKs (the same piece when it has none)."""
        key = (face.fontName, shaped.codes)
        wrapped = self._wrapped.get(key)
        if wrapped is None:
            codes = []
            for char in shaped.codes:
                text = face.text_of(ord(char))
                if text and is_number_punctuation(text) and not text.startswith(RLM):
                    glyph = face.face.charToGlyph[ord(char)]
                    char = chr(face.code_for(glyph, RLM + text + RLM))
                codes.append(char)
            joined = "".join(codes)
            wrapped = shaped if joined == shaped.codes else Shaped(joined, shaped.data, shaped.advance)
            self._wrapped[key] = wrapped
        return wrapped
