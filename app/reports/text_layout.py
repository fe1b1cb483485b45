"""Paragraphs of mixed Arabic, French and Tifinagh text: shaped, broken into lines, ordered and drawn.

The order of operations is what makes Arabic come out right (DESIGN.md section 5):
1. give every character the face that has its glyph (Arabic, Latin and digits, Tifinagh; punctuation and spaces
   follow their neighbours), and resolve the paragraph's bidi levels, to measure with;
2. break lines on the logical text, measuring words as harfbuzz shapes them (a word too long for a line is cut
   between two letters);
3. apply the bidi algorithm to each line on its own, in the paragraph's direction (skipped when it provably gives
   the paragraph's levels; a paragraph holding isolates keeps its own levels, as an isolate may span lines);
4. order each line visually (rules L1-L2) and draw its pieces, each shaped in its own direction.
A piece is a run of characters with one face and one level, never crossing a space. A line is drawn from the
pieces it was measured with, or re-measured from its own pieces and given back a word if that made it too wide:
no line is ever wider than its width (but for a single letter wider than the whole line).
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import groupby
from typing import Any, NamedTuple

from reportlab.lib import colors

from app.reports.bidi_runs import (
    BidiParagraph,
    bidi_classes,
    line_is_self_contained,
    resolve,
    visual_order,
)
from app.reports.fonts import FontSet, GlyphFont
from app.reports.glyph_runs import Encoded, GlyphWriter, write_line
from app.reports.read_back import ReadBackMarks
from app.reports.script_codes import CODE, FAMILY, FamilyCodes, cluster_boundaries, with_controls
from app.reports.shaping import Shaped, shape_run

LAID_OUT_KEPT = 4096  # texts whose lines TextEngine.layout keeps (a few megabytes at most)
_SHARED = re.compile("[nmsc]+")  # runs of characters whose face depends on their neighbours
_SPACE_BETWEEN = {code: re.compile(f"(?<={code})s(?={code})") for code in "alt"}
_RUNS = re.compile("a+|l+|t+|c+|[ALT]")  # the pieces of a line of one level: spaces are pieces of their own


@dataclass(frozen=True)
class TextStyle:
    """How a paragraph looks. `direction` is the report's; with `auto`, the text's first letter decides."""

    size: float = 10.0
    leading: float = 17.0
    bold: bool = False
    color: colors.Color = colors.black
    align: str = "start"  # start | end | center | justify (start and end follow the paragraph's direction)
    direction: str = "rtl"  # rtl | ltr
    auto: bool = False

    def but(self, **changes: Any) -> TextStyle:
        return replace(self, **changes)


class Piece(NamedTuple):  # a tuple: tens of thousands are made per report, dataclasses are slower to build
    """A run of characters with one face and one bidi level, never crossing a space (or a single space)."""

    start: int
    end: int
    face: GlyphFont
    shaped: Shaped
    width: float  # points
    level: int
    is_space: bool


@dataclass(frozen=True)
class Line:
    """One laid-out line: `start`/`end` index the paragraph's logical text, `pieces` go from left to right."""

    paragraph: str
    start: int
    end: int
    pieces: tuple[Piece, ...]
    width: float
    rtl: bool
    last: bool  # the last line of its paragraph is never justified

    @property
    def text(self) -> str:
        return self.paragraph[self.start : self.end]


@dataclass
class _Paragraph:
    text: str
    classes: list[str]  # bidi classes, computed once for the paragraph and its lines
    bidi: BidiParagraph
    families: str  # see TextEngine._families
    faces: dict[str, GlyphFont]  # by family code


@dataclass
class TextEngine:
    """Lays out and draws text with the report fonts; keeps the shapes of the pieces it has met."""

    fonts: FontSet
    _shapes: dict[tuple[str, str, bool], Shaped] = field(default_factory=dict)
    _writer: GlyphWriter = field(default_factory=GlyphWriter)
    _marks: ReadBackMarks = field(default_factory=ReadBackMarks)  # what copied lines read back as
    _codes: FamilyCodes = field(init=False)
    # The lines of the texts laid out last: a long table repeats a few values (dates, names) in a column, and
    # reportlab measures a cell again as a table is split across pages. Bounded, as the story is long.
    _laid: OrderedDict[tuple[str, TextStyle, float], tuple[Line, ...]] = field(default_factory=OrderedDict)

    def __post_init__(self) -> None:
        self._codes = FamilyCodes(self.fonts)

    # --- shaping -----------------------------------------------------------------------------------------------

    def shape(self, face: GlyphFont, text: str, rtl: bool) -> Shaped:
        key = (face.fontName, text, rtl)
        shaped = self._shapes.get(key)
        if shaped is None:
            shaped = self._shapes[key] = shape_run(face, text, rtl)
        return shaped

    # --- itemising ---------------------------------------------------------------------------------------------

    def _prepare(self, text: str, style: TextStyle) -> _Paragraph:
        base = None if style.auto else (1 if style.direction == "rtl" else 0)
        classes = bidi_classes(text)
        bidi = resolve(text, base_level=base, fallback_level=1 if style.direction == "rtl" else 0, classes=classes)
        faces = {code: self.fonts.face(FAMILY[code.lower()], style.bold) for code in "altALT"}
        return _Paragraph(text, classes, bidi, self._families(text, style.bold), faces)

    def _families(self, text: str, bold: bool) -> str:
        """One code per character: a(rabic), l(atin), t(ifinagh), upper case for a space drawn in that face,
        c for a bidi control (never drawn). Characters without a script of their own (spaces, punctuation,
        marks) take the face of what precedes them if it has their glyph, else of what follows, else any."""
        codes = text.translate(self._codes)
        if not _SHARED.search(codes):
            return codes
        for code, space in (("a", "A"), ("l", "L"), ("t", "T")):  # most spaces: between two words of one face
            codes = _SPACE_BETWEEN[code].sub(space, codes)
        if not _SHARED.search(codes):
            return codes
        fonts = self.fonts
        resolved = list(codes)
        for run in _SHARED.finditer(codes):
            start, end = run.span()
            previous = resolved[start - 1].lower() if start and resolved[start - 1] != "c" else None
            pending = []
            for index in range(start, end):
                kind, ch = codes[index], text[index]
                if kind == "c":
                    continue
                if previous is not None and fonts.face(FAMILY[previous], bold).covers(ch):
                    resolved[index] = previous
                else:
                    pending.append(index)
            following = codes[end] if end < len(codes) and codes[end] != "c" else None
            for index in reversed(pending):
                ch = text[index]
                if following is not None and fonts.face(FAMILY[following], bold).covers(ch):
                    resolved[index] = following
                else:
                    resolved[index] = CODE[fonts.fallback_family(ch, bold)]
                following = resolved[index]
            for index in range(start, end):
                if codes[index] == "s":
                    resolved[index] = resolved[index].upper()
        return "".join(resolved)

    def _pieces(self, paragraph: _Paragraph, start: int, end: int, levels: Sequence[int], size: float) -> list[Piece]:
        """The pieces of [start, end) in logical order; `levels` are those of that range."""
        text = paragraph.text
        faces = paragraph.faces
        shapes = self._shapes
        scale = size / 1000
        pieces: list[Piece] = []
        if not levels:
            return pieces
        if levels.count(levels[0]) == len(levels):  # one level (the usual line): runs of one face, and spaces
            level = levels[0]
            runs: Iterable[tuple[str, int, int, int]] = (
                (match.group()[0], level, match.start(), match.end())
                for match in _RUNS.finditer(paragraph.families, start, end)
            )
        else:
            runs = self._mixed_runs(paragraph.families[start:end], levels, start)
        for code, level, run_start, run_end in runs:
            if code == "c":
                continue
            face = faces[code]
            rtl = bool(level % 2)
            piece_text = " " if code.isupper() else text[run_start:run_end]
            shaped = shapes.get((face.fontName, piece_text, rtl))
            if shaped is None:
                shaped = self.shape(face, piece_text, rtl)
            pieces.append(Piece(run_start, run_end, face, shaped, shaped.advance * scale, level, code.isupper()))
        return pieces

    @staticmethod
    def _mixed_runs(families: str, levels: Sequence[int], offset: int) -> Iterable[tuple[str, int, int, int]]:
        """The runs of a range whose levels differ: the pieces of each stretch of one level in turn."""
        position = 0
        for level, group in groupby(levels):
            count = len(list(group))
            for match in _RUNS.finditer(families, position, position + count):
                yield match.group()[0], level, offset + match.start(), offset + match.end()
            position += count

    def _finish(self, paragraph: _Paragraph, start: int, end: int, size: float,
                measured: list[Piece] | None = None) -> Line:  # fmt: skip
        """The line [start, end): the bidi algorithm applied to the line alone, in the paragraph's direction.
        `measured` are the line's pieces as measured with the paragraph's levels, reused when the line's own
        levels agree (they nearly always do)."""
        bidi = paragraph.bidi
        if measured is not None and line_is_self_contained(bidi, paragraph.classes, start, end):
            pieces = measured
        else:
            if bidi.has_controls:
                # An isolate (a phone number, a GPS point) may open on one line and close on the next: a paragraph
                # holding isolates keeps its own levels, each line only reordered (rules L1-L2), as UAX #9 says.
                levels = bidi.line_levels(start, end)
            else:
                line = resolve(paragraph.text[start:end], base_level=bidi.base_level,
                               classes=paragraph.classes[start:end])  # fmt: skip
                levels = line.line_levels(0, end - start)
            if measured is not None and levels == list(bidi.levels[start:end]):
                pieces = measured
            else:
                pieces = self._pieces(paragraph, start, end, levels, size)
                if measured and measured[-1].start == measured[-1].end:  # a hyphen (see _hyphen) stays
                    pieces.append(measured[-1]._replace(level=levels[-1] if levels else measured[-1].level))
        ordered = tuple(pieces[i] for i in visual_order([piece.level for piece in pieces]))
        width = sum(piece.width for piece in pieces)
        return Line(paragraph.text, start, end, ordered, width, bool(paragraph.bidi.base_level % 2), False)

    # --- line breaking -----------------------------------------------------------------------------------------

    def layout(self, text: str, style: TextStyle, width: float) -> list[Line]:
        """The lines of `text` (each `\\n` starts a paragraph; empty paragraphs are dropped) within `width`."""
        key = (text, style, width)
        laid = self._laid.get(key)
        if laid is None:
            laid = self._laid[key] = tuple(self._layout(text, style, width))
            if len(self._laid) > LAID_OUT_KEPT:
                self._laid.popitem(last=False)
        else:
            self._laid.move_to_end(key)
        return list(laid)

    def _layout(self, text: str, style: TextStyle, width: float) -> list[Line]:
        lines: list[Line] = []
        text = self.fonts.printable(text.replace("\r\n", "\n").replace("\t", " "))
        for paragraph_text in text.split("\n"):
            if paragraph_text.strip():
                lines.extend(self._layout_paragraph(paragraph_text, style, width))
        return lines

    def natural_width(self, text: str, style: TextStyle) -> float:
        """The width of `text` on one line."""
        text = self.fonts.printable(text)
        paragraph = self._prepare(text, style)
        return self._finish(paragraph, 0, len(text), style.size).width

    def _layout_paragraph(self, text: str, style: TextStyle, width: float) -> list[Line]:
        """Greedy line filling on the logical text, measured with the paragraph's pieces; each line is then
        finished on its own and, should it come out wider (its own bidi levels can cut pieces differently),
        gives back its last word; a word longer than a line is cut between two letters."""
        paragraph = self._prepare(text, style)
        size = style.size
        levels = paragraph.bidi.levels
        pieces = self._pieces(paragraph, 0, len(text), levels, size)
        words = _words(pieces)  # (first piece, end piece) of each word
        edges = _edges(pieces)  # edges[i]: the width of pieces[:i]
        lines: list[Line] = []
        first = 0
        while first < len(words):
            low = words[first][0]
            after = first + 1
            while after < len(words) and edges[words[after][1]] - edges[low] <= width:
                after += 1
            while True:
                high = words[after - 1][1]
                start, end = with_controls(paragraph.families, pieces[low].start, pieces[high - 1].end)
                line = self._finish(paragraph, start, end, size, pieces[low:high])
                if line.width <= width or after - first == 1:
                    break
                after -= 1
            if line.width > width:  # one word longer than a line: cut it between two letters
                cut = self._longest_fit(paragraph, start, end, width, size)
                hyphen = self._hyphen(paragraph, start, cut, end, size)
                if hyphen is not None:  # a Latin word cut between two letters ends its line with a hyphen
                    cut = self._longest_fit(paragraph, start, end, width - hyphen.width, size)
                    hyphen = self._hyphen(paragraph, start, cut, end, size)
                if cut < end:
                    halves = self._pieces(paragraph, start, cut, levels[start:cut], size)
                    if hyphen is not None:
                        halves.append(hyphen._replace(level=levels[cut - 1]))
                    rest = self._pieces(paragraph, cut, end, levels[cut:end], size)
                    pieces[low:high] = halves + rest
                    shift = len(halves) + len(rest) - (high - low)
                    split = (low, low + len(halves)), (low + len(halves), high + shift)
                    words[first : first + 1] = split
                    words[first + 2 :] = [(lo + shift, hi + shift) for lo, hi in words[first + 2 :]]
                    edges = _edges(pieces)
                    continue  # the first half now fits; the second starts the next line
            lines.append(line)
            first = after
        if lines:
            lines[-1] = replace(lines[-1], last=True)
        return lines

    def _hyphen(self, paragraph: _Paragraph, start: int, cut: int, end: int, size: float) -> Piece | None:
        """The hyphen that ends the first half of a Latin word cut at `cut` (None for another script, or a cut that
        is not between two letters: Arabic and Tifinagh words are not hyphenated)."""
        text, families = paragraph.text, paragraph.families
        if not start < cut - 1 < cut < end or families[cut - 1] != "l" or families[cut] != "l":
            return None
        if not (text[cut - 1].isalpha() and text[cut].isalpha()):
            return None
        face = paragraph.faces["l"]
        shaped = self.shape(face, "-", False)
        return Piece(cut, cut, face, shaped, shaped.advance * size / 1000, 0, False)

    def _longest_fit(self, paragraph: _Paragraph, start: int, end: int, width: float, size: float) -> int:
        """The furthest cluster boundary b in (start, end] with [start, b) within `width` (at least one cluster)."""
        boundaries = cluster_boundaries(paragraph.text, start, end)
        low, high = 0, len(boundaries) - 1  # boundaries[low] always goes (a single cluster may overflow)
        while low < high:
            middle = (low + high + 1) // 2
            if self._finish(paragraph, start, boundaries[middle], size).width <= width:
                low = middle
            else:
                high = middle - 1
        return boundaries[low]

    # --- drawing -----------------------------------------------------------------------------------------------

    def draw_line(self, canvas: Any, line: Line, *, x: float, y: float, width: float, style: TextStyle) -> None:
        """Draw `line` on its baseline `y`, within [x, x + width], aligned as `style` says."""
        extra = width - line.width
        stretch = 0.0
        align = style.align
        if align == "justify":
            spaces = sum(1 for piece in line.pieces if piece.is_space)
            if not line.last and spaces and extra > 0:
                stretch = extra / spaces
            align = "start"
        if stretch:
            left = x
        elif align == "center":
            left = x + extra / 2
        else:  # start and end are the paragraph's own: the right edge for a right-to-left paragraph's start
            left = x + extra if (align == "start") == line.rtl else x
        document = canvas._doc  # font subsets belong to the document (reportlab's own text objects do the same)
        encoded = self._writer.encoder(document)
        runs: list[tuple[GlyphFont, float, Encoded]] = []
        cursor = left
        extra_units = stretch * 1000 / style.size
        previous: GlyphFont | None = None
        pieces = line.pieces
        marks = self._marks
        for index, piece in enumerate(pieces):
            face = piece.face
            shaped = piece.shaped
            if piece.level % 2 and not piece.is_space:  # see read_back.py: marks in the copied text only
                shaped = marks.in_right_to_left(face, shaped)
                if index + 1 < len(pieces) and not pieces[index + 1].level % 2 and _neutral(line, piece):
                    shaped = marks.after_left_to_right(face, shaped)
            elif piece.is_space and piece.level % 2 and index + 1 < len(pieces) and not pieces[index + 1].level % 2:
                shaped = marks.after_left_to_right(face, shaped)
            if piece.is_space and stretch:
                glyphs = encoded(face, shaped, extra_units)
                advance = piece.width + stretch
            else:
                glyphs = encoded(face, shaped, 0.0)
                advance = piece.width
            if face is previous:  # one font after another: one run, the advances place the glyphs
                runs[-1][2].extend(glyphs)
            else:
                runs.append((face, cursor, list(glyphs)))
                previous = face
            cursor += advance
        write_line(canvas, runs, y=y, size=style.size, color=style.color)


def _neutral(line: Line, piece: Piece) -> bool:
    """Whether a piece holds no letter or digit (a space, a bracket, punctuation, a percent sign)."""
    text = line.paragraph[piece.start : piece.end]
    return piece.is_space or not any(unicodedata.bidirectional(ch) in ("L", "R", "AL", "EN", "AN") for ch in text)


def _edges(pieces: list[Piece]) -> list[float]:
    edges = [0.0]
    for piece in pieces:
        edges.append(edges[-1] + piece.width)
    return edges


def _words(pieces: list[Piece]) -> list[tuple[int, int]]:
    """The (first, end) piece indices of every run of pieces between spaces."""
    words = []
    first: int | None = None
    for index, piece in enumerate(pieces):
        if piece.is_space:
            if first is not None:
                words.append((first, index))
                first = None
        elif first is None:
            first = index
    if first is not None:
        words.append((first, len(pieces)))
    return words
