"""reportlab platypus pieces that draw their text through the text engine: paragraphs, headings, bullets, tables,
a table of contents. Everything mirrors for right-to-left reports: bullets and table columns start on the right.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from app.reports.text_layout import Line, TextEngine, TextStyle

BULLET = "•"
GRID = colors.HexColor("#B8C2CC")
HEADER_FILL = colors.HexColor("#E4ECF2")
ACCENT = colors.HexColor("#1F5C7A")
CELL_PADDING = 5.0  # points on each side of a table cell's text
CELL_V_PADDING = 2.0  # points above and below it
_ANY_HEIGHT = 72000.0  # the height reportlab offers a cell to measure it


def baseline_offset(style: TextStyle) -> float:
    """Distance from the top of a line box to its baseline: the text (about 1.1 em high, Naskh's marks
    included) sits in the middle of the leading."""
    return (style.leading - style.size * 1.1) / 2 + style.size * 0.85


@dataclass(frozen=True)
class TocEntry:
    level: int
    text: str
    key: str


class TextBlock(Flowable):
    """A paragraph (or several, one per line of `text`), optionally bulleted; splits between lines."""

    def __init__(self, engine: TextEngine, text: str, style: TextStyle, *, bullet: str | None = None,
                 hanging: bool = False, space_before: float = 0.0, space_after: float = 0.0,
                 toc: TocEntry | None = None, keep_with_next: bool = False,
                 lines: list[Line] | None = None) -> None:  # fmt: skip
        super().__init__()
        self.engine = engine
        self.text = text
        self.style = style
        self.bullet = bullet
        self.hanging = hanging or bullet is not None  # indented like a list item (the rest of a split one too)
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.toc = toc
        self.keepWithNext = keep_with_next
        self._lines = lines
        self._laid_width: float | None = None if lines is None else -1.0
        self.width = 0.0
        self.height = 0.0

    def _indent(self) -> float:
        return self.style.size * 1.4 if self.hanging else 0.0

    def lines(self, width: float) -> list[Line]:
        # The two halves of a split paragraph keep the lines they were given (-1: laid out by the whole).
        if self._lines is None or (self._laid_width not in (width, -1.0)):
            self._lines = self.engine.layout(self.text, self.style, max(width - self._indent(), 1.0))
            self._laid_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self.lines(availWidth)
        fits = int((availHeight + 1e-6) // self.style.leading)
        if fits >= len(lines):
            return [self]
        if fits < 2 or len(lines) - fits < 2:  # no lone first or last line of a paragraph on a page
            fits = min(fits, len(lines) - 2)
            if fits < 2:
                return []
        first = TextBlock(self.engine, self.text, self.style, bullet=self.bullet, space_before=self.spaceBefore,
                          toc=self.toc, lines=lines[:fits])  # fmt: skip
        rest = TextBlock(self.engine, self.text, self.style, hanging=self.hanging, space_after=self.spaceAfter,
                         lines=lines[fits:])  # fmt: skip
        self._release()
        return [first, rest]

    def _release(self) -> None:
        """Forget the laid-out lines (they are laid out again if needed). The story keeps every block until the
        document is done: kept lines would add up to millions of objects for the garbage collector to walk."""
        if self._laid_width != -1.0:
            self._lines = None

    def draw(self) -> None:
        style = self.style
        lines = self.lines(self.width)
        indent = self._indent()
        # The bullet goes where the paragraph starts: on the right of Arabic text, even in a French report.
        rtl = lines[0].rtl if lines else style.direction == "rtl"
        text_x = 0.0 if rtl else indent
        text_width = self.width - indent
        offset = baseline_offset(style)
        for number, line in enumerate(lines):
            y = self.height - number * style.leading - offset
            self.engine.draw_line(self.canv, line, x=text_x, y=y, width=text_width, style=style)
        if self.bullet and lines:
            bullet_style = style.but(direction="rtl" if rtl else "ltr", align="start", auto=False)
            (mark,) = self.engine.layout(self.bullet, bullet_style, indent)
            y = self.height - offset
            x = self.width - indent if rtl else 0.0
            self.engine.draw_line(self.canv, mark, x=x, y=y, width=indent, style=bullet_style)
        self._release()


class Rule(Flowable):
    """A thin horizontal line across the frame."""

    def __init__(self, color: colors.Color = GRID, thickness: float = 0.6, space: float = 4.0) -> None:
        super().__init__()
        self.color = color
        self.thickness = thickness
        self.spaceBefore = self.spaceAfter = space
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.thickness

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, 0, self.width, 0)


def table(cells: list[list[Any]], widths: list[float], *, rtl: bool, header: bool = True,
          zebra: bool = False, grid: bool = True) -> Table:  # fmt: skip
    """A grid of flowables; for a right-to-left report the first column is on the right."""
    if rtl:
        cells = [list(reversed(row)) for row in cells]
        widths = list(reversed(widths))
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_V_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_V_PADDING),
    ]
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, GRID))
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    if zebra:
        for row in range(2 if header else 1, len(cells), 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#F6F8FA")))
    heights = _row_heights(cells, widths)
    if heights is not None:  # each cell as the list of flowables reportlab makes of it when it measures the row
        cells = [[[cell] for cell in row] for row in cells]
    return Table(cells, colWidths=widths, rowHeights=heights, style=TableStyle(commands), repeatRows=1 if header else 0,
                 splitInRow=1, hAlign="RIGHT" if rtl else "LEFT")  # fmt: skip


def _row_heights(cells: list[list[Any]], widths: list[float]) -> list[float] | None:
    """Each row's height, as reportlab would measure it, when every cell is one paragraph (None otherwise: reportlab
    measures). Measured once here: reportlab measures every row again on each page a long table is split across
    (a list searched for the next unmeasured row, the heights summed again for each row: a third of the time of
    a month's summary went to its two tables of 1,000 rows)."""
    heights = []
    for row in cells:
        tallest = 0.0
        for cell, width in zip(row, widths, strict=True):
            if not isinstance(cell, TextBlock) or cell.spaceBefore or cell.spaceAfter:
                return None
            tallest = max(tallest, cell.wrap(width - 2 * CELL_PADDING, _ANY_HEIGHT)[1])
        heights.append(tallest + 2 * CELL_V_PADDING)
    return heights


class Contents(Flowable):
    """A table of contents filled from the headings of the previous pass (reportlab's multiBuild protocol).

    When the number of headings is known before the build (`reserve`), its rows take their place in the first
    pass, so that the pages do not move once they are filled: the rows are drawn at the end (`draw_reserved`, by
    the page frame, once every heading's page is known) and one pass is enough instead of three (a summary of 95
    pages is laid out once). If the headings turn out to be another number, the usual passes follow."""

    def __init__(self, engine: TextEngine, style: TextStyle) -> None:
        super().__init__()
        self.engine = engine
        self.style = style
        self._entries: list[tuple[int, str, int, str]] = []
        self._previous: list[tuple[int, str, int, str]] = []
        self._reserved: int | None = None  # rows reserved in the first pass
        self._place: tuple[int, float, float, float] | None = None  # (page, x, y, _sW) where the rows go
        self.width = 0.0
        self.height = 0.0

    def reserve(self, rows: int) -> None:
        self._reserved = rows

    def isIndexing(self) -> int:  # noqa: N802 - reportlab's protocol
        return 1

    def isSatisfied(self) -> bool:  # noqa: N802
        if self._reserved is not None:
            if len(self._entries) == self._reserved and self._place is not None:
                return True
            self._reserved = self._place = None  # another number of headings: the usual passes
            return False
        return self._entries == self._previous

    def beforeBuild(self) -> None:  # noqa: N802
        self._previous, self._entries = self._entries, []

    def afterBuild(self) -> None:  # noqa: N802
        pass

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "TOCEntry":
            self._entries.append(tuple(stuff))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        rows = self._reserved if self._reserved is not None else len(self._previous)
        self.height = rows * self.style.leading
        return availWidth, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        if self._reserved is None:
            super().drawOn(canvas, x, y, _sW)
        else:  # the place is kept; the rows are drawn when every heading's page is known
            self._place = (canvas.getPageNumber(), x, y, _sW)

    def draw_reserved(self, canvas: Any, page: int) -> None:
        """Draw the rows on `page` if they go there (a document's last step, its pages all laid out)."""
        if self._reserved is not None and self._place is not None and self._place[0] == page:
            self._previous = self._entries
            super().drawOn(canvas, *self._place[1:])

    def draw(self) -> None:
        style = self.style
        rtl = style.direction == "rtl"
        number_width = style.size * 3
        offset = baseline_offset(style)
        for row, (level, text, page, key) in enumerate(self._previous):
            indent = level * style.size * 1.5
            y = self.height - row * style.leading - offset
            title_width = self.width - number_width - indent
            laid = self.engine.layout(text, style.but(align="start"), title_width)
            if not laid:
                continue
            line = laid[0]  # a title too long for one line is cut short rather than pushing the numbers out
            self.engine.draw_line(self.canv, line, x=number_width if rtl else indent, y=y, width=title_width,
                                  style=style)  # fmt: skip
            number_style = style.but(align="end", auto=False)
            (number,) = self.engine.layout(str(page), number_style, number_width)
            self.engine.draw_line(self.canv, number, x=0.0 if rtl else self.width - number_width, y=y,
                                  width=number_width, style=number_style)  # fmt: skip
            # a dotted leader between the title and its page number
            self.canv.setStrokeColor(GRID)
            self.canv.setDash(1, 2)
            gap = style.size * 0.4
            if rtl:
                start, end = number_width, number_width + title_width - line.width - gap
            else:
                start, end = indent + line.width + gap, self.width - number_width
            if end > start:
                self.canv.line(start, y + 1, end, y + 1)
            self.canv.setDash()
            self.canv.linkRect("", key, (0, y - 3, self.width, y + style.size), relative=1)
