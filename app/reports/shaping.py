"""Shaping one run of text with harfbuzz: the glyphs, their positions, and the character codes reportlab draws
them with (see fonts.GlyphFont: each glyph's code reads back as the text it stands for)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import uharfbuzz as hb
from reportlab.pdfbase.ttfonts import ShapeData

from app.reports.fonts import GlyphFont


@dataclass(frozen=True, eq=False)  # compared by identity: the engine keeps one per (face, text, direction)
class Shaped:
    """One piece as harfbuzz shaped it: glyph codes for reportlab and their positions, in 1/1000 em."""

    codes: str
    data: tuple[ShapeData, ...]
    advance: float


def shape_run(face: GlyphFont, text: str, rtl: bool) -> Shaped:
    """`text` shaped by harfbuzz in one direction with one face (the bidi level decides the direction)."""
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"  # the bidi level decides, not the script (mirrored brackets)
    # A letter and its marks (shadda, vowels) are one cluster: the letter's glyph reads back as all of them and
    # the marks' glyphs as nothing. Drawn as glyphs of their own, raised above the letter, marks were read by PDF
    # readers as letters of another line or word ("الت ْو ِص َي ُة").
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_GRAPHEMES
    hb.shape(face.hb_font, buffer, {})
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    # Each cluster's text goes to its first glyph in logical order; harfbuzz lists RTL glyphs right to left.
    # Readers take a right-to-left line's glyphs as drawn (visual order) and reverse them, a glyph's several
    # characters included, except a right-to-left ligature (lam-alef) whose letters are all right to left (poppler's
    # rule, and the order copy and paste gave for it so far): a cluster with marks is stored reversed, so that the
    # reader's reversal gives it back in logical order.
    starts = sorted({info.cluster for info in infos})
    ends = dict(zip(starts, starts[1:] + [len(text)], strict=True))
    order = range(len(infos) - 1, -1, -1) if rtl else range(len(infos))
    texts = [""] * len(infos)
    seen: set[int] = set()
    for index in order:
        cluster = infos[index].cluster
        if cluster not in seen:
            seen.add(cluster)
            piece = text[cluster : ends[cluster]]
            if rtl and len(piece) > 1 and not all(unicodedata.bidirectional(ch) in ("R", "AL") for ch in piece):
                piece = piece[::-1]
            texts[index] = piece
    scale = 1000 / face.units_per_em
    codes = []
    data = []
    advance = 0.0
    for info, position, glyph_text in zip(infos, positions, texts, strict=True):
        glyph = info.codepoint
        code = face.code_for(glyph, glyph_text)
        codes.append(chr(code))
        x_advance = position.x_advance * scale
        advance += x_advance
        data.append(ShapeData(info.cluster, x_advance, position.y_advance * scale, position.x_offset * scale,
                              position.y_offset * scale, face.face.charWidths[code]))  # fmt: skip
    return Shaped("".join(codes), tuple(data), advance)
