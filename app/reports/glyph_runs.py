"""Shaped glyph runs written straight into a page's content stream.

reportlab can draw a harfbuzz-positioned string (`ShapedStr`), but it rebuilds the positioning of every glyph at
every draw, in Python: that alone made an Arabic report six times slower than a plain one. Here each piece is
encoded once per document (its subset codes and kerning gaps as a ready `TJ` operand) and reused; the PDF is the
same kind reportlab writes: one `BT`...`ET` per line, `Tf` when the font subset changes, `Ts` for raised marks.
Font subsets are reportlab's own (`splitString` and `getSubsetInternalName`, its dynamic-font protocol).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.rl_accel import escapePDF

from app.reports.fonts import GlyphFont

# (subset number, rise in 1/1000 em, TJ operand) pieces of one encoded glyph run
Encoded = list[tuple[int, float, str]]


@dataclass
class GlyphWriter:
    """Encodes runs for the document being built (subset codes differ from one document to the next)."""

    _document: Any = None
    _encoded: dict[Any, Encoded] = field(default_factory=dict)

    def encoder(self, document: Any) -> Callable[[GlyphFont, Any, float], Encoded]:
        """For `document`: (font, shaped piece, extra) -> the piece encoded; `extra` widens its last advance (a
        stretched space of a justified line). A shaped piece is kept by the engine, so it is its own key."""
        current = self._document() if self._document is not None else None
        if current is not document:
            self._document = weakref.ref(document)
            self._encoded = {}
        cache = self._encoded

        def encode(font: GlyphFont, shaped: Any, extra: float) -> Encoded:
            encoded = cache.get(shaped)
            if encoded is None:
                encoded = cache[shaped] = _encode(document, font, shaped.codes, shaped.data)
            if extra:  # a stretched space: one more gap after it (numbers may follow one another in TJ)
                subset, rise, operand = encoded[-1]
                return [*encoded[:-1], (subset, rise, f"{operand} {_number(-extra)}")]
            return encoded

        return encode


def _encode(document: Any, font: GlyphFont, codes: str, data: tuple[Any, ...]) -> Encoded:
    result: Encoded = []
    index = 0
    for subset, chunk in font.splitString(codes, document):
        rise = None
        parts: list[str] = []
        pending: list[int] = []  # bytes not yet written
        for byte in chunk:
            item = data[index]
            glyph_rise = item.y_offset
            if rise is None:
                rise = glyph_rise
            elif glyph_rise != rise:  # a raised or lowered mark: a new operand with its own rise
                _flush(parts, pending)
                result.append((subset, rise, " ".join(parts)))
                parts, rise = [], glyph_rise
            before = -item.x_offset
            after = item.width - item.x_advance + item.x_offset
            if before:
                _flush(parts, pending)
                parts.append(_number(before))
            pending.append(byte)
            if after:
                _flush(parts, pending)
                parts.append(_number(after))
            index += 1
        _flush(parts, pending)
        result.append((subset, rise or 0.0, " ".join(parts)))
    return result


def _number(value: float) -> str:
    """A PDF number, two decimals at most (reportlab's `fp_str` is pure Python where its C part is missing)."""
    return f"{value:.2f}".rstrip("0").rstrip(".") or "0"


def _flush(parts: list[str], pending: list[int]) -> None:
    """Glyph codes as a PDF string: literal where mostly printable (Latin), hexadecimal where most would need an
    octal escape of four characters (Arabic codes are mostly outside the printable range)."""
    if pending:
        data = bytes(pending)
        literal = escapePDF(data)
        parts.append(f"({literal})" if len(literal) <= 2 * len(data) else f"<{data.hex()}>")
        pending.clear()


def write_line(canvas: Any, runs: list[tuple[GlyphFont, float, Encoded]], *, y: float, size: float,
               color: Any) -> None:  # fmt: skip
    """Draw encoded runs on baseline `y`, in one text object. Only the first run is placed: each glyph's
    advance (its width, corrected in the TJ arrays) brings the pen where the next run starts. The colour is set
    inside q...Q, so the canvas's own colour is left as it was."""
    if not runs:
        return
    document = canvas._doc  # the document whose font subsets the codes belong to (as reportlab's own text does)
    red, green, blue = color.rgb()
    operators = [
        f"q {_number(red)} {_number(green)} {_number(blue)} rg BT 1 0 0 1 {_number(runs[0][1])} {_number(y)} Tm"
    ]
    current: tuple[str, int] | None = None
    current_rise = 0.0
    for font, _, encoded in runs:
        for subset, rise, operand in encoded:
            if (font.fontName, subset) != current:
                current = (font.fontName, subset)
                operators.append(f"{font.getSubsetInternalName(subset, document)} {_number(size)} Tf")
            if rise != current_rise:
                operators.append(f"{_number(rise * size / 1000)} Ts")
                current_rise = rise
            operators.append(f"[{operand}] TJ")
    operators.append("ET Q")
    canvas.addLiteral(" ".join(operators))
