"""The report fonts: registered once with reportlab, each able to draw whatever glyph harfbuzz chooses.

reportlab draws a TrueType font by character code, and its PDF `ToUnicode` map gives each code back as that
character. Shaped Arabic needs glyphs that no character maps to (initial, medial and final forms, lam-alef
parts), so `GlyphFont` gives each (glyph, text) pair it meets a private code (plane 15) mapped to that glyph,
and writes a `ToUnicode` map that turns every code back into the text it stands for: the PDF's text can be
searched, copied and extracted in logical Arabic letters.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import uharfbuzz as hb
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from app.resources import fonts_dir

# family -> (regular file, bold file); Tifinagh has no bold and is drawn regular.
FAMILIES: dict[str, tuple[str, str]] = {
    "arabic": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "latin": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "tifinagh": ("NotoSansTifinagh-Regular.ttf", "NotoSansTifinagh-Regular.ttf"),
}
# Where a character without a script of its own (punctuation, symbols) looks first.
FALLBACK_ORDER = ("latin", "arabic", "tifinagh")
# Characters no shipped face draws, and what is drawn instead (read the same way by people, searched the same way).
SUBSTITUTES = {
    "\u2212": "-",  # MINUS SIGN: no Noto face we ship has it; every Moroccan longitude is negative
    "\u2215": "/", "\u2216": "\\", "\u2217": "*", "\u2219": "·", "\u2223": "|", "\u2236": ":",
    "\u2264": "<=", "\u2265": ">=", "\u2260": "!=", "\u2248": "~", "\u2192": "->", "\u2190": "<-",
    "\u2194": "<->", "\u21d2": "=>", "\u2032": "'", "\u2033": '"', "\u2010": "-", "\u2011": "-",
    "\u2715": "×", "\u2713": "v", "\u2714": "v", "\u25cf": "•", "\u25aa": "•", "\u25e6": "•",
}  # fmt: skip
UNKNOWN = "\ufffd"  # a character no face has and nothing stands for: the replacement character, never a box
_KEPT_INVISIBLE = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_FIRST_PRIVATE_CODE = 0xF0000  # Supplementary Private Use Area-A: fonts do not use it, so no clash
# reportlab's font registry is process-wide: registering is guarded so two threads cannot race on a name.
_REGISTRATION_LOCK = threading.Lock()


class GlyphFont(TTFont):
    """A reportlab TrueType font that can draw any glyph id, and tells PDF readers which text each glyph is."""

    def __init__(self, name: str, path: Path) -> None:
        # `shapable` makes reportlab honour the glyph positions of the strings we shape with harfbuzz; its own
        # shaping (which lacks bidi, DESIGN.md section 5) stays off, as it only runs when a caller asks for it.
        super().__init__(name, str(path), shapable=True)
        self.path = path
        self.hb_font = hb.Font(hb.Face(hb.Blob.from_file_path(str(path))))
        self.units_per_em: int = self.hb_font.face.upem
        self._codes: dict[tuple[int, str], int] = {}
        self._texts: dict[int, str] = {}
        self._next_code = _FIRST_PRIVATE_CODE
        self._coverage: dict[str, bool] = {}
        self._lock = threading.Lock()

    def covers(self, ch: str) -> bool:
        """Whether the font has a glyph for the character itself."""
        known = self._coverage.get(ch)
        if known is None:
            known = self._coverage[ch] = self.hb_font.get_nominal_glyph(ord(ch)) is not None
        return known

    def advance(self, glyph: int) -> float:
        """The glyph's own advance in PDF units (1/1000 of the font size)."""
        return self.hb_font.get_glyph_h_advance(glyph) * 1000 / self.units_per_em

    def code_for(self, glyph: int, text: str) -> int:
        """The character code that draws `glyph` and reads back as `text`."""
        if len(text) == 1 and self.face.charToGlyph.get(ord(text)) == glyph:
            return ord(text)
        key = (glyph, text)
        code = self._codes.get(key)
        if code is not None:
            return code
        with self._lock:
            code = self._codes.get(key)
            if code is None:
                code = self._next_code
                while code in self.face.charToGlyph:
                    code += 1
                self._next_code = code + 1
                self.face.charToGlyph[code] = glyph
                self.face.charWidths[code] = self.advance(glyph)
                self._texts[code] = text
                self._codes[key] = code
        return code

    def text_of(self, code: int) -> str:
        """The text a character code reads back as (see `code_for`)."""
        return self._texts.get(code, chr(code))

    def _to_unicode(self, base_font_name: str, subset: list[int]) -> str:
        entries = []
        for index, code in enumerate(subset):
            text = self._texts.get(code, chr(code))
            # A glyph that only completes another one's cluster (a decomposed letter) reads as nothing: "<>".
            entries.append(f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>")
        lines = [
            "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            f"/CIDSystemInfo << /Registry ({base_font_name}) /Ordering ({base_font_name}) /Supplement 0 >> def",
            f"/CMapName /{base_font_name} def", "/CMapType 2 def",
            "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        ]  # fmt: skip
        for start in range(0, len(entries), 100):  # a bfchar block holds at most 100 entries
            block = entries[start : start + 100]
            lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines)

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 - reportlab's name
        """reportlab's `TTFont.addObjects`, except for the ToUnicode map (see the module docstring)."""
        state = self._assignState(doc)
        state.frozen = 1
        for number, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(number, doc)[1:]
            base_font_name = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {number}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
            cmap_stream = pdfdoc.PDFStream()
            cmap_stream.content = self._to_unicode(base_font_name, subset)
            if doc.compression:
                cmap_stream.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap_stream, "toUnicodeCMap:" + base_font_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]


class _Printable(dict[int, "str | None"]):
    """`str.translate` table: each character some face draws stays; any other is replaced (`SUBSTITUTES`, its
    compatibility form, else `UNKNOWN`) or, if invisible (a format character, a mark), dropped. Filled as met."""

    def __init__(self, faces: list[GlyphFont]) -> None:
        super().__init__()
        self.faces = faces

    def drawn(self, text: str) -> bool:
        return all(any(face.covers(ch) for face in self.faces) for ch in text)

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        replacement: str | None = ch
        if ch in _KEPT_INVISIBLE or ch.isspace() or self.drawn(ch):
            pass
        elif ch in SUBSTITUTES and self.drawn(SUBSTITUTES[ch]):
            replacement = SUBSTITUTES[ch]
        elif (compatible := unicodedata.normalize("NFKC", ch)) != ch and compatible and self.drawn(compatible):
            replacement = compatible
        elif unicodedata.category(ch) in ("Cc", "Cf", "Mn", "Me", "Mc"):
            replacement = None
        else:
            replacement = UNKNOWN
        self[code] = replacement
        return replacement


@dataclass(frozen=True)
class FontSet:
    """The faces of the three families, regular and bold."""

    faces: dict[tuple[str, bool], GlyphFont]
    _printable: _Printable = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_printable", _Printable(list(self.faces.values())))

    def printable(self, text: str) -> str:
        """`text` with only characters some face draws (see `_Printable`): no glyph of a report is ever a box."""
        return text.translate(self._printable)

    def face(self, family: str, bold: bool = False) -> GlyphFont:
        return self.faces[(family, bold)]

    def family_of(self, ch: str) -> str | None:
        """The family whose script the character belongs to; None for characters shared by all scripts."""
        cp = ord(ch)
        if 0x0600 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
            return "arabic"
        if 0x2D30 <= cp <= 0x2D7F:
            return "tifinagh"
        if "0" <= ch <= "9":  # Western digits are drawn in the Latin face, the same in every report
            return "latin"
        if ch.isalpha() and not unicodedata.combining(ch):
            return "latin"
        return None

    def fallback_family(self, ch: str, bold: bool) -> str:
        for family in FALLBACK_ORDER:
            if self.face(family, bold).covers(ch):
                return family
        return "latin"  # nobody has it: the Latin face draws its "missing glyph" box


def load_fonts(directory: Path | None = None) -> FontSet:
    """Register the report fonts with reportlab (once per process, under fixed names) and return them."""
    directory = directory or fonts_dir()
    faces: dict[tuple[str, bool], GlyphFont] = {}
    with _REGISTRATION_LOCK:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for family, files in FAMILIES.items():
            for bold, file_name in zip((False, True), files, strict=True):
                name = "Taawun-" + Path(file_name).stem
                if name in registered:
                    font = pdfmetrics.getFont(name)
                    if not isinstance(font, GlyphFont):
                        raise RuntimeError(f"font name {name} is registered by someone else")
                else:
                    font = GlyphFont(name, directory / file_name)
                    pdfmetrics.registerFont(font)
                    registered.add(name)
                faces[(family, bold)] = font
    return FontSet(faces)
