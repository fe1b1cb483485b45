"""The page frame of every report: A4, a header with the organisation's name and the report's title, a footer with
the generation date and "page X of Y", all mirrored for right-to-left reports. Builds the PDF in memory.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate

from app.reports.flowables import ACCENT, GRID, Contents, baseline_offset
from app.reports.text_layout import TextEngine, TextStyle

# The PDFs' streams are written binary (compressed), not also ASCII85-encoded as reportlab does by default for the
# 7-bit channels files no longer travel through: a month's summary is 14% smaller and a tenth quicker to write.
rl_config.useA85 = 0

MARGIN = 18 * mm
HEADER_HEIGHT = 14 * mm
FOOTER_HEIGHT = 12 * mm
LOGO_HEIGHT = 8 * mm


@dataclass(frozen=True)
class PageFrame:
    """What every page shows around the content."""

    organisation: str
    title: str
    generated: str  # e.g. "Généré le 17/05/2025"
    page_label: Callable[[int, int], str]  # (page, total) -> "page X of Y" in the report's language
    rtl: bool
    logo: Any = None  # the organisation's logo (a reportlab ImageReader), beside its name on every page
    # A band of this height above the footer, kept free of the story, drawn by `band` on every page (a paper
    # form's QR code): (canvas, bottom, page number, total pages).
    band_height: float = 0.0
    band: Callable[[Canvas, float, int, int], None] | None = None


@dataclass(frozen=True)
class RenderedReport:
    pdf: bytes
    pages: int


class _FramedCanvas(Canvas):
    """Keeps each page until the end, then draws the footers, which need the total number of pages."""

    def __init__(self, *args: Any, furniture: Callable[[Canvas, int, int], None], pages: list[int],
                 **kwargs: Any) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._page_count = pages
        self._kept: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._kept.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._kept)
        self._page_count[:] = [total]
        for number, state in enumerate(self._kept, start=1):
            self.__dict__.update(state)
            self._furniture(self, number, total)
            super().showPage()
        super().save()


class _ReportTemplate(BaseDocTemplate):
    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        """Headings go into the table of contents and the PDF's bookmarks."""
        entry = getattr(flowable, "toc", None)
        if entry is not None:
            self.notify("TOCEntry", (entry.level, entry.text, self.page, entry.key))
            self.canv.bookmarkPage(entry.key)
            self.canv.addOutlineEntry(entry.text, entry.key, level=entry.level, closed=entry.level > 0)


def render(
    story: list[Flowable], *, engine: TextEngine, frame: PageFrame, lang: str, author: str = ""
) -> RenderedReport:
    """Lay out `story` on framed A4 pages and return the PDF's bytes."""
    width, height = A4
    buffer = io.BytesIO()
    template = _ReportTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                               topMargin=MARGIN + HEADER_HEIGHT, bottomMargin=MARGIN + FOOTER_HEIGHT + frame.band_height,
                               title=frame.title, author=author or frame.organisation, subject=frame.title,
                               creator="Taawun", lang=lang)  # fmt: skip
    bottom = MARGIN + FOOTER_HEIGHT + frame.band_height
    body = Frame(MARGIN, bottom, width - 2 * MARGIN, height - MARGIN - HEADER_HEIGHT - bottom,
                 id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    template.addPageTemplates([PageTemplate(id="page", frames=[body])])
    pages: list[int] = []

    contents = [flowable for flowable in story if isinstance(flowable, Contents)]
    for table_of_contents in contents:
        table_of_contents.reserve(_headings(story))

    def furniture(canvas: Canvas, number: int, total: int) -> None:
        for table_of_contents in contents:
            table_of_contents.draw_reserved(canvas, number)
        _draw_furniture(canvas, engine, frame, number, total)
        if frame.band is not None:
            frame.band(canvas, MARGIN + FOOTER_HEIGHT, number, total)

    def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
        return _FramedCanvas(*args, furniture=furniture, pages=pages, **kwargs)

    template.multiBuild(story, canvasmaker=make_canvas)
    return RenderedReport(buffer.getvalue(), pages[0] if pages else 0)


def _headings(flowables: list[Any]) -> int:
    """The headings a story notifies to its table of contents (those inside a group kept together included)."""
    count = 0
    for flowable in flowables:
        if getattr(flowable, "toc", None) is not None:
            count += 1
        if isinstance(flowable, KeepTogether):
            count += _headings(list(flowable._content))
    return count


def _draw_furniture(canvas: Canvas, engine: TextEngine, frame: PageFrame, number: int, total: int) -> None:
    width, height = A4
    direction = "rtl" if frame.rtl else "ltr"
    inner = width - 2 * MARGIN
    half = inner / 2 - 4
    canvas.saveState()
    # Header: the organisation on the starting side, the report's title on the other, a rule beneath.
    top = height - MARGIN
    organisation = TextStyle(size=10, leading=14, bold=True, color=ACCENT, direction=direction, align="start")
    title = TextStyle(size=8.5, leading=12, color=ACCENT, direction=direction, align="end")
    name_x, name_width = MARGIN + (half + 8 if frame.rtl else 0), half
    if frame.logo is not None:  # the logo on the starting edge, the name after it, both above the rule
        pixels_wide, pixels_high = frame.logo.getSize()
        logo_height = LOGO_HEIGHT
        logo_width = min(logo_height * pixels_wide / pixels_high, half / 2)
        logo_height = logo_width * pixels_high / pixels_wide
        rule_y = top - HEADER_HEIGHT + 4 * mm
        logo_x = width - MARGIN - logo_width if frame.rtl else MARGIN
        canvas.drawImage(frame.logo, logo_x, rule_y + 1.5 * mm, logo_width, logo_height)
        name_width = half - logo_width - 2 * mm
        name_x = name_x if frame.rtl else MARGIN + logo_width + 2 * mm
    _draw_one_line(canvas, engine, frame.organisation, organisation, x=name_x, top=top, width=name_width)
    _draw_one_line(
        canvas, engine, frame.title, title, x=MARGIN + (0 if frame.rtl else half + 8), top=top + 1, width=half
    )
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, top - HEADER_HEIGHT + 4 * mm, width - MARGIN, top - HEADER_HEIGHT + 4 * mm)
    # Footer: a rule, the generation date on the starting side, "page X of Y" on the other.
    small = TextStyle(size=8, leading=11, color=ACCENT, direction=direction, align="start")
    line_y = MARGIN + FOOTER_HEIGHT - 4 * mm
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, line_y, width - MARGIN, line_y)
    _draw_one_line(canvas, engine, frame.generated, small, x=MARGIN + (half + 8 if frame.rtl else 0), top=line_y - 2,
                   width=half)  # fmt: skip
    _draw_one_line(canvas, engine, frame.page_label(number, total), small.but(align="end"),
                   x=MARGIN + (0 if frame.rtl else half + 8), top=line_y - 2, width=half)  # fmt: skip
    canvas.restoreState()


def _draw_one_line(canvas: Canvas, engine: TextEngine, text: str, style: TextStyle, *, x: float, top: float,
                   width: float) -> None:  # fmt: skip
    """`text` on one line, its box's top at `top`: page furniture never wraps; what does not fit ends in "…"."""
    lines = engine.layout(text, style, width)
    words = text.split()
    while len(lines) > 1 and len(words) > 1:
        words = lines[0].text.split()[:-1] or words[:1]
        kept = " ".join(words)
        # A direction mark after the "…" keeps it at the end of the last word, even of Arabic in a French line.
        mark = "\u200f" if _last_strong_is_rtl(kept) else "\u200e"
        lines = engine.layout(f"{kept} …{mark}", style, width)
    if lines:
        engine.draw_line(canvas, lines[0], x=x, y=top - baseline_offset(style), width=width, style=style)


def _last_strong_is_rtl(text: str) -> bool:
    for ch in reversed(text):
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL", "L"):
            return kind != "L"
    return False
