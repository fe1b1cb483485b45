"""Paper forms: any form printed blank, to fill in by hand where there is no laptop, or pre-filled with a record's
values for a person to check (a cooperative's president checks its profile), in Arabic (right to left) or French.

Built from the form's definition alone (sections, fields, types, choices, labels), so a field added to a form file
is on its paper form without code: each section a heading, each field its label (`*` when required) and a space
for the answer sized for a pen as its type asks: a line for short text, ruled lines for long text, a box per digit
for numbers and phones, day/month/year boxes for dates, a tick box per choice, a few entries of a repeated group,
a note for photos, two lines for a GPS position. A type this module does not know gets a line. A field the window
shows only under a condition (its `relevant` rule) says when under its label, in words (app/reports/
paper_conditions.py: "Seulement si « Autre » est coché dans « Difficultés rencontrées »"); one the window never
shows on a new record (an old field kept only where a record has it) is left off a paper without its value.

Every page carries a QR code (app/core/paper_code.py: the record's id and version, or the form's name and version)
with its text beside it, which the window's "Go to record" (Ctrl+G) reads from a scanner or the keyboard.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.core.errors import InvalidInput
from app.core.fields import is_empty
from app.core.forms import FieldSpec, FormSpec
from app.core.messages import LANGUAGES
from app.core.paper_code import blank_code, record_code
from app.db.store import Store
from app.reports.common import ReportContext
from app.reports.document import MARGIN, RenderedReport, render
from app.reports.fonts import load_fonts
from app.reports.paper_boxes import (
    INK,
    Answer,
    Boxes,
    FieldRow,
    LabelledLines,
    RuledLine,
    TickRow,
    WriteLine,
    draw_text,
    tick_columns,
)
from app.reports.paper_conditions import condition_note, kept_only_where_filled, never_shown
from app.reports.photos import logo_image
from app.reports.text_layout import TextEngine, TextStyle

LONG_TEXT_LINES = 3  # ruled lines for a long text (two inside a repeated group's entry)
BLANK_ENTRIES = 3  # entries of a repeated group on a blank form; a pre-filled one gets one more than it holds
MOST_TICK_BOXES = 30  # a choice list longer than this (every province) is written in, not ticked
DEFAULT_DIGITS = 6  # boxes for a whole number without a maximum
DECIMALS = 2  # boxes after the decimal comma
PHONE_DIGITS = 10  # 06 12 34 56 78
QR_SIZE = 20 * mm
BAND_HEIGHT = QR_SIZE + 3 * mm


def build_paper(store: Store, *, form: str, lang: str, record_id: str | None = None, organisation: str = "",
                logo: bytes | None = None, generated_on: dt.date | None = None,
                engine: TextEngine | None = None) -> RenderedReport:  # fmt: skip
    """The PDF of `form` on paper: blank, or filled with record `record_id` (of that form). An unknown form,
    language or id, or a record of another form, is InvalidInput."""
    if lang not in LANGUAGES:
        raise InvalidInput("report_unknown_language", language=lang)
    if form not in store.forms:
        raise InvalidInput("unknown_form", form=form, available=", ".join(store.forms.names()))
    engine = engine or TextEngine(load_fonts())
    ctx = ReportContext(store=store, lang=lang, engine=engine, organisation=organisation,
                        generated_on=generated_on or dt.date.today(), width=A4[0] - 2 * MARGIN,
                        logo=logo_image(logo))  # fmt: skip
    paper = PaperForm(ctx)
    if record_id is None:
        spec = store.forms.get(form)
        data: dict[str, Any] = {}
        code = blank_code(spec.name, spec.version)
        title = ctx.t("paper_title", form=spec.label[lang])
        story = [*ctx.title_block(title, ctx.t("paper_blank_subtitle", version=spec.version)), *paper.note()]
    else:
        record, spec = ctx.record(record_id, form)
        data = record.data
        code = record_code(spec.name, record.id, record.version)
        title = _title(ctx, spec, data) or spec.label[lang]
        subtitle = ctx.t("paper_check_subtitle", form=spec.label[lang], version=record.version)
        story = [*ctx.title_block(title, subtitle), *paper.note()]
    story += paper.sections(spec, data, filled=record_id is not None)
    hint = ctx.t("paper_blank_code_hint" if record_id is None else "paper_code_hint")
    frame = ctx.frame(ctx.t("paper_title", form=spec.label[lang]))
    frame = replace(frame, band_height=BAND_HEIGHT,
                    band=lambda canvas, bottom, page, total: draw_code(ctx, canvas, bottom, code, hint))  # fmt: skip
    return render(story, engine=engine, frame=frame, lang=lang)


def draw_code(ctx: ReportContext, canvas: Any, bottom: float, code: str, hint: str) -> None:
    """The QR code of `code` at the band's end side (left in Arabic), its text and how to use it beside it."""
    widget = QrCodeWidget(code, barLevel="M", barBorder=2)
    left, low, right, high = widget.getBounds()
    drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (right - left), 0, 0, QR_SIZE / (high - low), 0, 0])
    drawing.add(widget)
    width = A4[0] - 2 * MARGIN
    y = bottom + 1.5 * mm
    qr_x = MARGIN if ctx.rtl else MARGIN + width - QR_SIZE
    renderPDF.draw(drawing, canvas, qr_x, y)
    text_width = width - QR_SIZE - 4 * mm
    text_x = MARGIN + QR_SIZE + 4 * mm if ctx.rtl else MARGIN
    # The text's edge meets the code's: its left edge in Arabic (the code on the left), its right edge in French.
    code_style = TextStyle(size=8, leading=11, direction="ltr", align="start" if ctx.rtl else "end")
    hint_style = TextStyle(size=7.5, leading=11, color=colors.HexColor("#4A5A66"), direction=ctx.direction,
                           align="end")  # fmt: skip
    top = y + QR_SIZE / 2 + 11
    draw_text(ctx.engine, canvas, code, code_style, x=text_x, top=top, width=text_width)
    draw_text(ctx.engine, canvas, hint, hint_style, x=text_x, top=top - 11, width=text_width)


class PaperForm:
    """The story of a form on paper, field by field from its definition."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        styles = ctx.styles
        self.label_style = styles.label
        self.hint_style = styles.label.but(size=7.5, leading=11, bold=False, color=colors.HexColor("#5B6770"))
        # When a field applies: darker than a hint and bold, read before filling the boxes beside it.
        self.note_style = self.hint_style.but(size=8, bold=True, color=colors.HexColor("#8A4B08"))
        self.siblings: dict[str, FieldSpec] = {}  # the fields a `relevant` rule can name: the form's, or an entry's
        self.choice_style = styles.cell.but(auto=False)
        self.value_style = styles.body.but(size=10.5, leading=15, color=INK, align="start")
        self.digit_style = TextStyle(size=11, leading=15, color=INK, direction="ltr", align="center")

    def note(self) -> list[Flowable]:
        return [self.ctx.para(self.ctx.t("paper_required_note"), self.hint_style.but(size=8.5, leading=13))]

    def sections(self, form: FormSpec, data: dict[str, Any], *, filled: bool) -> list[Flowable]:
        story: list[Flowable] = []
        self.siblings = {spec.name: spec for spec in form.fields}
        for section in form.sections:
            story.append(self.ctx.heading(section.label[self.ctx.lang]))
            for spec in section.fields:
                if printed(spec, data.get(spec.name)):
                    story += self.field(spec, data.get(spec.name), filled=filled)
        return story

    # --- one field -------------------------------------------------------------------------------------------------

    def field(self, spec: FieldSpec, value: Any, *, filled: bool, in_group: bool = False) -> list[Flowable]:
        known = None if is_empty(value) else value
        kind = spec.type
        if kind in ("select_one", "select_multiple"):
            if len(spec.choices) <= MOST_TICK_BOXES:
                return self.choices(spec, known)
            return [self.row(spec, self.answer(spec, known), self.ctx.t("paper_write_choice"))]
        if kind == "long_text":
            return self.long_text(spec, known, lines=LONG_TEXT_LINES - 1 if in_group else LONG_TEXT_LINES)
        if kind == "group":
            return self.group(spec, known if isinstance(known, list) else [], filled=filled)
        if kind == "photos":
            count = str(len(known)) if isinstance(known, list) else ""
            # How photos reach the record, whatever the field's own hint says (a maximum): a form cannot hold them.
            note = " · ".join(part for part in (self.hint(spec), self.ctx.t("paper_photos_note")) if part)
            boxes = Boxes(self.ctx.engine, [2], self.digit_style, value=list(count.rjust(2)))
            return [FieldRow(self.ctx.engine, self.label(spec), note, boxes, label_style=self.label_style,
                             hint_style=self.hint_style, rtl=self.ctx.rtl, note=self.applies(spec),
                             note_style=self.note_style)]  # fmt: skip
        return [self.row(spec, self.answer(spec, known))]

    def label(self, spec: FieldSpec) -> str:
        return spec.label[self.ctx.lang] + (" *" if spec.required else "")

    def applies(self, spec: FieldSpec) -> str:
        """When the field applies, in words ("" when always): printed under its label."""
        return condition_note(self.ctx, spec, self.siblings)

    def hint(self, spec: FieldSpec, extra: str = "") -> str:
        """The field's own hint, else `extra` (how to tick its boxes): a form's hint often says it already."""
        return spec.hint[self.ctx.lang] if spec.hint else extra

    def row(self, spec: FieldSpec, answer: Answer, extra: str = "") -> FieldRow:
        return FieldRow(self.ctx.engine, self.label(spec), self.hint(spec, extra), answer, label_style=self.label_style,
                        hint_style=self.hint_style, rtl=self.ctx.rtl, note=self.applies(spec),
                        note_style=self.note_style)  # fmt: skip

    def answer(self, spec: FieldSpec, value: Any) -> Answer:
        """The space for a one-line answer, by type; a known value written in it."""
        ctx, engine = self.ctx, self.ctx.engine
        kind = spec.type
        if kind == "integer" and (value is None or isinstance(value, int)):
            digits = str(value) if value is not None else ""
            count = max(len(str(spec.max)) if isinstance(spec.max, int) else DEFAULT_DIGITS, len(digits))
            return Boxes(engine, [count], self.digit_style, value=list(digits.rjust(count)))
        if kind == "decimal" and (value is None or isinstance(value, int | float)):
            whole, _, part = (f"{value:.{DECIMALS}f}" if value is not None else "").partition(".")
            count = max(DEFAULT_DIGITS, len(whole))
            return Boxes(engine, [count, DECIMALS], self.digit_style, separator=",",
                         value=[*whole.rjust(count), *part])  # fmt: skip
        if kind == "date":
            return self.date(value)
        if kind == "phone":
            digits = _national(value) if isinstance(value, str) else ""
            count = max(PHONE_DIGITS, len(digits))
            return Boxes(engine, [count], self.digit_style, value=list(digits.ljust(count)))
        if kind == "geopoint":
            point = value if isinstance(value, dict) else {}
            shown = [f"{point[key]:.6f}" if isinstance(point.get(key), int | float) else "" for key in ("lat", "lon")]
            return LabelledLines(engine, [ctx.t("paper_latitude"), ctx.t("paper_longitude")], self.hint_style,
                                 shown, self.value_style.but(direction="ltr", auto=False))  # fmt: skip
        text = ctx.value(spec, value) if value is not None else ""
        return WriteLine(engine, text, ctx.in_language(self.value_style, spec))

    def date(self, value: Any) -> Answer:
        characters: list[str] = []
        if isinstance(value, str):
            try:
                day = dt.date.fromisoformat(value)
                characters = list(f"{day.day:02d}{day.month:02d}{day.year:04d}")
            except ValueError:
                characters = []
        captions = [self.ctx.t("paper_day"), self.ctx.t("paper_month"), self.ctx.t("paper_year")]
        return Boxes(self.ctx.engine, [2, 2, 4], self.digit_style, separator="/", captions=captions,
                     caption_style=self.hint_style, value=characters)  # fmt: skip

    def choices(self, spec: FieldSpec, value: Any) -> list[Flowable]:
        """The field's label, then its choices in columns of tick boxes (those of the known value ticked)."""
        ctx = self.ctx
        chosen = set(value) if isinstance(value, list) else {value} if value is not None else set()
        labels = [(choice.label[ctx.lang], choice.value in chosen) for choice in spec.choices]
        how = ctx.t("paper_one_choice" if spec.type == "select_one" else "paper_many_choices")
        story: list[Flowable] = self.block_label(spec, how)
        columns = tick_columns(ctx.engine, [label for label, _ in labels], self.choice_style, ctx.width)
        for start in range(0, len(labels), columns):
            story.append(TickRow(ctx.engine, labels[start : start + columns], columns=columns,
                                 style=self.choice_style, rtl=ctx.rtl))  # fmt: skip
        return story

    def block_label(self, spec: FieldSpec, extra: str = "") -> list[Flowable]:
        """A field's label across the page (and its hint beneath), kept with what follows: a label never ends a
        page alone. (Plain blocks each kept with the next: reportlab never keeps a KeepTogether with the next.)"""
        hint, note = self.hint(spec, extra), self.applies(spec)
        story = [self.ctx.para(self.label(spec), self.label_style, space_before=5, keep_with_next=True)]
        if note:
            story.append(self.ctx.para(note, self.note_style, keep_with_next=True))
        if hint:
            story.append(self.ctx.para(hint, self.hint_style, keep_with_next=True))
        return story

    def long_text(self, spec: FieldSpec, value: Any, *, lines: int) -> list[Flowable]:
        """Ruled lines to write on; a known text written over them, with one more line left free."""
        ctx = self.ctx
        style = ctx.in_language(self.value_style, spec)
        written = ctx.engine.layout(str(value), style, ctx.width - 4) if value is not None else []
        story: list[Flowable] = self.block_label(spec)
        story += [RuledLine(ctx.engine, line, style) for line in written]
        story += [RuledLine(ctx.engine) for _ in range(max(lines - len(written), 1 if written else lines))]
        return _together(story)

    def group(self, spec: FieldSpec, entries: list[Any], *, filled: bool) -> list[Flowable]:
        """A repeated group: its label, then its entries (those known, and blank ones), each field by field."""
        ctx = self.ctx
        count = len(entries) + 1 if filled else max(BLANK_ENTRIES, spec.min_items or 0)
        if spec.max_items is not None:
            count = max(min(count, spec.max_items), len(entries))
        story: list[Flowable] = self.block_label(spec)
        subheading = ctx.styles.subheading.but(size=10, leading=16)
        outer, self.siblings = self.siblings, {sub.name: sub for sub in spec.fields}  # an entry's rules name its own
        for number in range(1, count + 1):
            entry = entries[number - 1] if number <= len(entries) and isinstance(entries[number - 1], dict) else {}
            title = ctx.t("paper_entry", group=spec.label[ctx.lang], number=number)
            fields = [ctx.para(title, subheading, space_before=4)]
            for sub in spec.fields:
                if printed(sub, entry.get(sub.name)):
                    fields += self.field(sub, entry.get(sub.name), filled=filled, in_group=True)
            story += _together(fields)
        self.siblings = outer
        return story


def printed(spec: FieldSpec, value: Any) -> bool:
    """Whether a field is on the paper: not one the window never shows, nor an old one it shows only where a record
    already has it (`kept_only_where_filled`) on a paper without a value for it."""
    if never_shown(spec):
        return False
    return not kept_only_where_filled(spec) or not is_empty(value)


def _together(flowables: list[Flowable]) -> list[Flowable]:
    """`flowables` kept on one page (reportlab splits them where they are taller than a page): the ruled lines of a
    long text, an entry of a group; never a lone line to write on at the top of a page."""
    for flowable in flowables[:-1]:
        flowable.keepWithNext = True
    return flowables


def _title(ctx: ReportContext, form: FormSpec, data: dict[str, Any]) -> str:
    """The record's title fields as printed: a visit's cooperative by its name, not its id."""
    parts = []
    for name in form.title_fields:
        spec = form.field(name)
        if spec is not None and not is_empty(data.get(name)):
            parts.append(ctx.date(data[name]) if spec.type == "date" else ctx.value(spec, data[name]))
    return " — ".join(parts)


def _national(phone: str) -> str:
    """+212612345678 -> 0612345678, as a Moroccan number is written by hand; any other number's digits as they are."""
    if phone.startswith("+212") and len(phone) == 13:
        return "0" + phone[4:]
    return "".join(ch for ch in phone if ch.isdigit())
