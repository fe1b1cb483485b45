"""Report tests: the demo data in a store, one text engine for the session, and PDFs read back as text.

Reading a PDF back: pdfplumber gives each glyph's text (from the PDF's ToUnicode map, so logical letters) and its
position. Glyphs are drawn left to right, so a line read back is in *visual* order: an Arabic word comes out with
its letters reversed, a French word inside it reads normally. Rather than trying to undo the bidi algorithm (which
cannot be inverted in general), `PdfText.find` goes the other way: it cuts the expected logical text into the
lines the PDF shows, computes each line's visual order with python-bidi (an independent implementation of the
Unicode bidi algorithm) and requires it to be exactly the characters found on that line, in that order.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from bidi import get_display

from app.core.forms import FormRegistry
from app.db.demo import demo_id, load_demo
from app.db.store import Store
from app.reports import ReportRequest, build_report, parse_period
from app.reports.bidi_runs import BIDI_CONTROLS
from app.reports.fonts import load_fonts
from app.reports.text_layout import TextEngine

GENERATED_ON = dt.date(2025, 6, 2)
ORGANISATION = "شبكة الجمعيات التنموية لآيت سكوكو"
GAP = 1.0  # points between two glyphs of one baseline that start a new segment (a table cell, a bullet's text)


@dataclass(frozen=True)
class Segment:
    """Glyphs on one baseline with no gap between them, in the order they stand from left to right."""

    page: int
    baseline: float
    x0: float
    x1: float
    text: str
    fonts: tuple[str, ...]


def invisible(ch: str) -> bool:
    return ch in BIDI_CONTROLS or unicodedata.bidirectional(ch) == "BN"


def visible(text: str) -> str:
    return "".join(ch for ch in text if not invisible(ch))


def base_direction(text: str, fallback: str) -> str:
    """P2-P3: the direction of the first strong letter."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return fallback


class PdfText:
    def __init__(self, pdf: bytes, *, rtl: bool) -> None:
        self.pdf = pdf
        self.fallback = "R" if rtl else "L"
        self.segments: list[Segment] = []
        self.images: list[tuple[int, dict[str, object]]] = []
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            self.pages = len(document.pages)
            self.page_width = float(document.pages[0].width)
            for number, page in enumerate(document.pages, start=1):
                self.segments += _segments(number, page.chars)
                self.images += [(number, image) for image in page.images]
        self.segments.sort(key=lambda s: (s.page, -s.baseline, s.x0))

    @property
    def all_text(self) -> str:
        return "\n".join(segment.text for segment in self.segments)

    def find(self, value: str, *, base: str | None = None) -> list[Segment] | None:
        """The segments showing `value` (a paragraph, logical order) line by line, or None."""
        words = [word for word in value.split(" ") if word]  # spaces only: no-break spaces stay inside words
        direction = base or base_direction(value, self.fallback)
        for index in range(len(self.segments)):
            found = self._match(index, words, 0, direction)
            if found is not None:
                return found
        return None

    def has(self, value: str) -> bool:
        return self.find(value) is not None

    def _match(self, index: int, words: list[str], first: int, direction: str) -> list[Segment] | None:
        segment = self.segments[index]
        length, count = -1, 0
        while first + count < len(words) and length < len(segment.text):
            length += len(visible(words[first + count])) + 1
            count += 1
        if length != len(segment.text):
            return None
        line = " ".join(words[first : first + count])
        if visible(get_display(line, base_dir=direction)) != segment.text:
            return None
        if first + count == len(words):
            return [segment]
        following = self._next_in_column(index)
        if following is None:
            return None
        rest = self._match(following, words, first + count, direction)
        return None if rest is None else [segment, *rest]

    def _next_in_column(self, index: int) -> int | None:
        """The segment below `index` in the same column (on this page, or at the top of a following one)."""
        current = self.segments[index]
        best: int | None = None
        for other in range(index + 1, len(self.segments)):
            candidate = self.segments[other]
            if candidate.x1 < current.x0 or candidate.x0 > current.x1:
                continue
            if candidate.page == current.page and candidate.baseline < current.baseline - 1:
                if best is None or candidate.baseline > self.segments[best].baseline:
                    best = other
            elif candidate.page > current.page and best is None:
                return other
        return best


def _segments(page: int, chars: list[dict[str, object]]) -> Iterator[Segment]:
    lines: dict[float, list[dict[str, object]]] = {}
    for char in chars:
        baseline = round(float(char["matrix"][5]), 1)  # type: ignore[index]
        lines.setdefault(baseline, []).append(char)
    for baseline, line in lines.items():
        line.sort(key=lambda c: float(c["x0"]))  # type: ignore[arg-type]
        group: list[dict[str, object]] = []
        for char in line:
            if group and float(char["x0"]) - float(group[-1]["x1"]) > GAP and visible(str(group[-1]["text"])) != " ":  # type: ignore[arg-type]
                yield _segment(page, baseline, group)
                group = []
            group.append(char)
        if group:
            yield _segment(page, baseline, group)


def _segment(page: int, baseline: float, chars: list[dict[str, object]]) -> Segment:
    # Invisible marks a glyph reads back with (the RLM after a space that follows a left-to-right run) are dropped:
    # a segment is what the page shows.
    text = "".join(visible(str(c["text"])) for c in chars)
    # One font per character of `text` (a ligature such as "fi" is one glyph standing for two letters).
    fonts = tuple(str(c["fontname"]).split("+", 1)[-1] for c in chars for _ in visible(str(c["text"])))
    return Segment(page, baseline, float(chars[0]["x0"]), float(chars[-1]["x1"]), text, fonts)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def engine() -> TextEngine:
    return TextEngine(load_fonts())


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("reports") / "demo.db"
    with Store.open(path, forms=shipped_forms, author="فاطمة", device_name="laptop-mrirt") as store:
        load_demo(store)
        yield store


ReportReader = Callable[..., PdfText]


@pytest.fixture(scope="session")
def demo_report(demo_store: Store, engine: TextEngine) -> ReportReader:
    """(kind, demo key or None, lang, period=...) -> the report of the demo data, built once and read back."""
    cache: dict[tuple[object, ...], PdfText] = {}

    def read(kind: str, key: str | None, lang: str, *, start: str = "2025-01-01", end: str = "2025-12-31",
             province: str | None = None) -> PdfText:  # fmt: skip
        cache_key = (kind, key, lang, start, end, province)
        if cache_key not in cache:
            if kind == "summary":
                request = ReportRequest(kind, lang, period=parse_period(start, end, province))
            else:
                request = ReportRequest(kind, lang, record_id=demo_id(str(key)))
            report = build_report(demo_store, request, organisation=ORGANISATION, generated_on=GENERATED_ON,
                                  engine=engine)  # fmt: skip
            cache[cache_key] = PdfText(report.pdf, rtl=lang == "ar")
            assert cache[cache_key].pages == report.pages
        return cache[cache_key]

    return read


@pytest.fixture
def pdf_text() -> Callable[..., PdfText]:
    """The reader class itself, for tests that build their own PDFs (test modules cannot import conftest)."""
    return PdfText


@pytest.fixture
def organisation() -> str:
    return ORGANISATION


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
