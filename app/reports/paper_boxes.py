"""The boxes of a paper form, drawn with the reports' text engine (shaped Arabic, bidi): a line to write on, boxes
for the digits of a number or a date, tick boxes beside their choices, each optionally filled with a known value.

Sizes are for handwriting with a pen: a line every 8.5 mm, digit boxes of 6.3 mm, tick boxes of 3.9 mm. Numbers,
dates and phone numbers stay left to right inside an Arabic page (as in the window), placed on its starting side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from app.reports.flowables import GRID, baseline_offset
from app.reports.text_layout import Line, TextEngine, TextStyle

LINE = 24.0  # points from one handwriting line to the next
BOX = 18.0  # the side of a digit box
TICK = 11.0  # the side of a tick box
SEPARATOR = 9.0  # the width given to a "/" or "," between groups of boxes
GAP = 6.0  # between a box and its label, between a label column and its answer
INK = colors.HexColor("#0D3C8C")  # the known values of a pre-filled form: blue, as if written in pen
RULE = colors.HexColor("#5B6770")


def draw_text(engine: TextEngine, canvas: Any, text: str, style: TextStyle, *, x: float, top: float,
              width: float) -> float:  # fmt: skip
    """`text` laid out within `width`, its first line's top at `top`; returns the height used."""
    lines = engine.layout(text, style, width)
    for number, line in enumerate(lines):
        y = top - number * style.leading - baseline_offset(style)
        engine.draw_line(canvas, line, x=x, y=y, width=width, style=style)
    return len(lines) * style.leading


def text_height(engine: TextEngine, text: str, style: TextStyle, width: float) -> float:
    return len(engine.layout(text, style, width)) * style.leading if text else 0.0


class Answer:
    """What a field's row holds beside its label: its height, the width it needs, and how it is drawn."""

    height = LINE

    def width_needed(self) -> float:
        return 0.0

    def height_within(self, width: float) -> float:
        return self.height

    def draw(self, canvas: Any, *, x: float, top: float, width: float, rtl: bool) -> None:
        raise NotImplementedError


@dataclass
class WriteLine(Answer):
    """A line to write on, across the answer's width; a known value written on it, on as many lines as it takes
    (a value is never cut: it is what the person checks)."""

    engine: TextEngine
    value: str = ""
    style: TextStyle | None = None

    def _lines(self, width: float) -> list[Line]:
        if not self.value or self.style is None:
            return []
        return self.engine.layout(self.value, self.style, width - 4)

    def height_within(self, width: float) -> float:
        return LINE * max(1, len(self._lines(width)))

    def draw(self, canvas: Any, *, x: float, top: float, width: float, rtl: bool) -> None:
        lines = self._lines(width)
        for number in range(max(1, len(lines))):
            bottom = top - (number + 1) * LINE + 3
            if number < len(lines) and self.style is not None:
                self.engine.draw_line(canvas, lines[number], x=x + 2, y=bottom + 4, width=width - 4, style=self.style)
            rule(canvas, x, bottom, width)


@dataclass
class Boxes(Answer):
    """Groups of one-character boxes (a number's digits, a date's day, month and year), left to right, each group
    after a separator and with an optional caption beneath; placed on the starting side of the answer."""

    engine: TextEngine
    groups: Sequence[int]  # boxes in each group
    style: TextStyle  # of the characters written in the boxes (and of the separators, in grey)
    separator: str = ""
    captions: Sequence[str] = ()
    caption_style: TextStyle | None = None
    value: Sequence[str] = ()  # characters for the boxes, group after group ("" for an empty box)

    def __post_init__(self) -> None:
        self.height = BOX + 6 + (self.caption_style.leading if self.captions and self.caption_style else 0)

    def width_needed(self) -> float:
        return sum(self.groups) * BOX + (len(self.groups) - 1) * SEPARATOR

    def draw(self, canvas: Any, *, x: float, top: float, width: float, rtl: bool) -> None:
        left = x + width - self.width_needed() if rtl else x
        bottom = top - BOX - 3
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        characters = list(self.value)
        cursor = left
        for index, count in enumerate(self.groups):
            if index:
                mark = self.style.but(color=RULE, align="center", direction="ltr", auto=False)
                for line in self.engine.layout(self.separator, mark, SEPARATOR + 4)[:1]:
                    self.engine.draw_line(canvas, line, x=cursor - 2, y=bottom + 5, width=SEPARATOR + 4, style=mark)
                cursor += SEPARATOR
            group_left = cursor
            for _ in range(count):
                canvas.rect(cursor, bottom, BOX, BOX, stroke=1, fill=0)
                character = characters.pop(0) if characters else ""
                if character:
                    centred = self.style.but(align="center")
                    for line in self.engine.layout(character, centred, BOX + 8)[:1]:
                        self.engine.draw_line(canvas, line, x=cursor - 4, y=bottom + 5, width=BOX + 8, style=centred)
                cursor += BOX
            if index < len(self.captions) and self.caption_style is not None:
                style = self.caption_style.but(align="center")
                draw_text(self.engine, canvas, self.captions[index], style, x=group_left, top=bottom - 1,
                          width=cursor - group_left)  # fmt: skip
        canvas.restoreState()


@dataclass
class LabelledLines(Answer):
    """Lines side by side, each after a caption of its own (a GPS position's latitude and longitude)."""

    engine: TextEngine
    captions: Sequence[str]
    caption_style: TextStyle
    values: Sequence[str] = ()
    style: TextStyle | None = None

    def draw(self, canvas: Any, *, x: float, top: float, width: float, rtl: bool) -> None:
        share = width / len(self.captions)
        for index, caption in enumerate(self.captions):
            cell_x = x + width - (index + 1) * share if rtl else x + index * share
            caption_width = min(self.engine.natural_width(caption, self.caption_style) + 2, share / 2)
            caption_x = cell_x + share - caption_width if rtl else cell_x
            line_x = cell_x + GAP if rtl else cell_x + caption_width + GAP
            line_width = share - caption_width - 2 * GAP
            draw_text(self.engine, canvas, caption, self.caption_style, x=caption_x, top=top - 6, width=caption_width)
            value = self.values[index] if index < len(self.values) else ""
            WriteLine(self.engine, value, self.style).draw(canvas, x=line_x, top=top, width=line_width, rtl=rtl)


def rule(canvas: Any, x: float, y: float, width: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.setDash(1, 2)
    canvas.line(x, y, x + width, y)
    canvas.restoreState()


class FieldRow(Flowable):
    """A field on one row: its label (and hint) in a column on the starting side, its answer beside it."""

    def __init__(self, engine: TextEngine, label: str, hint: str, answer: Answer, *, label_style: TextStyle,
                 hint_style: TextStyle, rtl: bool, label_share: float = 0.36, note: str = "",
                 note_style: TextStyle | None = None) -> None:  # fmt: skip
        super().__init__()
        self.engine = engine
        self.label = label
        self.hint = hint
        self.note = note  # when the field applies (app/reports/paper_conditions.py), under the label
        self.note_style = note_style or hint_style
        self.answer = answer
        self.label_style = label_style
        self.hint_style = hint_style
        self.rtl = rtl
        self.label_share = label_share
        self.spaceBefore = 3.0
        self.width = self.height = 0.0

    def _columns(self, width: float) -> tuple[float, float]:
        answer = max(width * (1 - self.label_share) - GAP, self.answer.width_needed())
        return width - answer - GAP, answer

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        self.width = availWidth
        label_width, _ = self._columns(availWidth)
        label = text_height(self.engine, self.label, self.label_style, label_width)
        label += text_height(self.engine, self.note, self.note_style, label_width)
        label += text_height(self.engine, self.hint, self.hint_style, label_width)
        self.height = max(label, self.answer.height_within(self._columns(availWidth)[1])) + 2
        return availWidth, self.height

    def draw(self, canvas_: Any = None) -> None:
        canvas = self.canv
        label_width, answer_width = self._columns(self.width)
        label_x = self.width - label_width if self.rtl else 0.0
        answer_x = 0.0 if self.rtl else label_width + GAP
        top = self.height - 1
        used = draw_text(self.engine, canvas, self.label, self.label_style, x=label_x, top=top, width=label_width)
        if self.note:
            used += draw_text(self.engine, canvas, self.note, self.note_style, x=label_x, top=top - used,
                              width=label_width)  # fmt: skip
        if self.hint:
            draw_text(self.engine, canvas, self.hint, self.hint_style, x=label_x, top=top - used, width=label_width)
        self.answer.draw(canvas, x=answer_x, top=top, width=answer_width, rtl=self.rtl)


class RuledLine(Flowable):
    """One line of a long text's writing space, with the line of a known value laid out on it."""

    def __init__(self, engine: TextEngine, line: Line | None = None, style: TextStyle | None = None) -> None:
        super().__init__()
        self.engine = engine
        self.line = line
        self.style = style
        self.width = 0.0
        self.height = LINE

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, LINE

    def draw(self) -> None:
        if self.line is not None and self.style is not None:
            self.engine.draw_line(self.canv, self.line, x=2, y=7, width=self.width - 4, style=self.style)
        rule(self.canv, 0, 3, self.width)


class TickRow(Flowable):
    """One row of a choice list: a tick box beside each choice's label, in columns read from the starting side."""

    def __init__(self, engine: TextEngine, choices: Sequence[tuple[str, bool]], *, columns: int, style: TextStyle,
                 rtl: bool) -> None:  # fmt: skip
        super().__init__()
        self.engine = engine
        self.choices = choices
        self.columns = columns
        self.style = style
        self.rtl = rtl
        self.width = self.height = 0.0

    def _label_width(self) -> float:
        return self.width / self.columns - TICK - 2 * GAP

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        tallest = max(text_height(self.engine, label, self.style, self._label_width()) for label, _ in self.choices)
        self.height = max(tallest, TICK) + 5
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        cell = self.width / self.columns
        label_width = self._label_width()
        top = self.height - 1
        offset = baseline_offset(self.style)
        for index, (label, ticked) in enumerate(self.choices):
            cell_x = self.width - (index + 1) * cell if self.rtl else index * cell
            box_x = cell_x + cell - TICK if self.rtl else cell_x
            label_x = box_x - GAP - label_width if self.rtl else box_x + TICK + GAP
            # The box's middle on the middle of the label's first line: the eye goes from one to the other.
            box_y = top - offset + self.style.size * 0.35 - TICK / 2
            tick_box(canvas, box_x, box_y, ticked)
            draw_text(self.engine, canvas, label, self.style, x=label_x, top=top, width=label_width)


def tick_box(canvas: Any, x: float, y: float, ticked: bool) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.7)
    canvas.rect(x, y, TICK, TICK, stroke=1, fill=0)
    if ticked:  # a cross, in the pen's colour
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.4)
        canvas.line(x + 2, y + 2, x + TICK - 2, y + TICK - 2)
        canvas.line(x + 2, y + TICK - 2, x + TICK - 2, y + 2)
    canvas.restoreState()


def tick_columns(engine: TextEngine, labels: Sequence[str], style: TextStyle, width: float) -> int:
    """How many columns of choices fit: as many as the widest label allows, at most four; at least two for more
    than three choices (a long label then wraps in its column rather than making a long list of one column)."""
    widest = max((engine.natural_width(label, style) for label in labels), default=0.0)
    per_column = widest + TICK + 2 * GAP
    fits = max(1, min(4, int(width // per_column)))
    return min(max(fits, 2 if len(labels) > 3 else 1), len(labels))


__all__ = ["GRID", "INK", "Answer", "Boxes", "FieldRow", "LabelledLines", "RuledLine", "TickRow", "WriteLine"]
