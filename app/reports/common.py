"""What every report shares: the language and direction, the styles, values formatted for print, and the generic
rendering of a record from its form (so a field added to a YAML file appears in the reports without code).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.core.dates import show_date
from app.core.display import format_value, record_title
from app.core.errors import InvalidInput
from app.core.fields import is_empty
from app.core.forms import FieldSpec, FormSpec
from app.core.messages import translate
from app.db.record_query import titles
from app.db.store import Record, Store
from app.reports.bidi_runs import ltr_isolate
from app.reports.document import PageFrame
from app.reports.flowables import ACCENT, BULLET, CELL_PADDING, Rule, TextBlock, TocEntry, table
from app.reports.photos import photo_blocks
from app.reports.text_layout import TextEngine, TextStyle

# Values drawn in a label/value table; the other types get a block of their own.
INLINE_TYPES = frozenset(("text", "integer", "decimal", "date", "select_one", "select_multiple", "phone", "reference",
                          "geopoint"))  # fmt: skip
SHORT_LINE = 200  # a multi-line text whose lines are all this short reads as a list
LONGEST_WORDS = 3  # a column's cell words measured to size it (the longest by letters)
# A field whose name ends so is known to hold that language's text (`name_fr`): its paragraphs take its direction.
LANGUAGE_SUFFIXES = {"_ar": "rtl", "_fr": "ltr", "_en": "ltr"}


@dataclass(frozen=True)
class Styles:
    title: TextStyle
    subtitle: TextStyle
    heading: TextStyle
    subheading: TextStyle
    label: TextStyle
    body: TextStyle
    cell: TextStyle
    cell_label: TextStyle
    figure: TextStyle
    small: TextStyle

    @classmethod
    def for_direction(cls, direction: str) -> Styles:
        """In an Arabic report every paragraph is right to left, even one that starts with a Tifinagh or a French
        word; in a French or English report a paragraph typed in Arabic takes its first letter's direction."""
        base = TextStyle(size=10, leading=17, direction=direction)
        auto = direction != "rtl"
        return cls(
            title=base.but(size=17, leading=27, bold=True, color=ACCENT, auto=auto),
            subtitle=base.but(size=11, leading=18, color=colors.HexColor("#4A5A66")),
            heading=base.but(size=13.5, leading=22, bold=True, color=ACCENT),
            subheading=base.but(size=11.5, leading=19, bold=True, color=colors.HexColor("#263238"), auto=auto),
            label=base.but(size=10, leading=17, bold=True, color=colors.HexColor("#37474F")),
            body=base.but(align="justify", auto=auto),
            cell=base.but(size=9.5, leading=16, auto=auto),
            cell_label=base.but(size=9.5, leading=16, bold=True),
            figure=base.but(size=18, leading=26, bold=True, color=ACCENT, align="center"),
            small=base.but(size=8.5, leading=14, color=colors.HexColor("#4A5A66"), align="center"),
        )


@dataclass
class ReportContext:
    """One report being built: the store it reads, its language, and the makers of its blocks."""

    store: Store
    lang: str
    engine: TextEngine
    organisation: str
    generated_on: dt.date
    width: float  # of the page's body
    logo: Any = None  # the organisation's logo, decoded (photos.logo_image), or None
    _keys: itertools.count[int] = field(default_factory=itertools.count)
    _titles: dict[str, str | None] = field(default_factory=dict)  # of the records named so far (few: cooperatives)

    def __post_init__(self) -> None:
        self.rtl = self.lang == "ar"
        self.direction = "rtl" if self.rtl else "ltr"
        self.styles = Styles.for_direction(self.direction)

    # --- words and values --------------------------------------------------------------------------------------

    def t(self, code: str, **params: Any) -> str:
        return translate(code, self.lang, **params)

    def frame(self, title: str) -> PageFrame:
        organisation = self.organisation.strip() or self.t("report_default_organisation")
        return PageFrame(organisation=organisation, title=title,
                         generated=self.t("report_generated", date=self.date(self.generated_on.isoformat())),
                         page_label=lambda page, total: self.t("report_page", page=page, total=total),
                         rtl=self.rtl, logo=self.logo)  # fmt: skip

    def date(self, iso: str) -> str:
        """A date as the window and the command line show it (`app.core.dates`): 17/05/2025 in Arabic and in French
        (slashes keep its order inside an Arabic line), 2025-05-17 in English; unreadable text as it is."""
        return show_date(iso, self.lang)

    def percent(self, part: int, whole: int) -> str:
        value = round(100 * part / whole) if whole else 0
        return f"{value}\u202f%" if self.lang == "fr" else f"{value}%"

    def title_of(self, record_id: str) -> str | None:
        if record_id not in self._titles:
            self._titles[record_id] = self.store.title_of(record_id, self.lang)
        return self._titles[record_id]

    def read_titles(self, ids: Iterable[str]) -> None:
        """Read the titles of the records `ids` name in one query (those of a batch of visits: their
        cooperatives), rather than one query each as they are printed; one not found here is left to `title_of`."""
        wanted = {record_id for record_id in ids if record_id not in self._titles}
        if not wanted:
            return
        store = self.store
        for record_id, (form, data) in titles(store.conn, store.forms, wanted).items():
            self._titles[record_id] = record_title(store.forms.get(form), data, self.lang)

    def in_language(self, style: TextStyle, spec: FieldSpec | None) -> TextStyle:
        """`style` for the text of `spec`: a field known to hold another language's text (by its name's suffix,
        `LANGUAGE_SUFFIXES`) is laid out in that language's direction, whatever the report's."""
        for suffix, direction in LANGUAGE_SUFFIXES.items():
            if spec is not None and spec.name.endswith(suffix):
                return style.but(direction=direction, auto=False)
        return style

    def value(self, spec: FieldSpec, value: Any) -> str:
        """A field's value as printed (empty values are left out before they get here); a date in the language's
        format, as `date` gives it."""
        if spec.type == "phone" and isinstance(value, str):
            return ltr_isolate(_phone(value))
        if spec.type == "geopoint":
            return ltr_isolate(format_value(spec, value, self.lang))
        return format_value(spec, value, self.lang, titles=self.title_of)

    def shown_field(self, form: FormSpec, name: str, value: Any) -> str:
        """The value of the field `name` of `form` as printed (`value`); as stored when the form has no such field."""
        spec = form.field(name)
        return self.value(spec, value) if spec is not None else str(value)

    def record(self, record_id: str, form_name: str) -> tuple[Record, FormSpec]:
        record = self.store.get(record_id)
        if record.form != form_name:
            forms = self.store.forms
            raise InvalidInput("report_wrong_form", id=record_id, expected=forms.get(form_name).label[self.lang],
                               actual=forms.get(record.form).label[self.lang])  # fmt: skip
        return record, self.store.forms.get(record.form)

    # --- blocks --------------------------------------------------------------------------------------------------

    def para(self, text: str, style: TextStyle | None = None, **options: Any) -> TextBlock:
        return TextBlock(self.engine, text, style or self.styles.body, **options)

    def heading(self, text: str, level: int = 0) -> TextBlock:
        """A section (level 0) or subsection (level 1) heading: bookmarked, listed in the table of contents."""
        style = self.styles.heading if level == 0 else self.styles.subheading
        entry = TocEntry(level, text, f"h{next(self._keys)}")
        return TextBlock(self.engine, text, style, space_before=10 if level == 0 else 6, space_after=3, toc=entry,
                         keep_with_next=True)  # fmt: skip

    def label(self, text: str) -> TextBlock:
        return TextBlock(self.engine, text, self.styles.label, space_before=4, keep_with_next=True)

    def title_block(self, title: str, subtitle: str, *facts: str) -> list[Flowable]:
        """The report's cover lines: its title, what it is (and when), then any facts given (where), a rule."""
        lines = [self.para(title, self.styles.title), self.para(subtitle, self.styles.subtitle)]
        lines += [self.para(fact, self.styles.subtitle) for fact in facts if fact]
        return [*lines, Rule(ACCENT, 1.0, 6)]

    def bullets(self, items: list[str], style: TextStyle | None = None) -> list[Flowable]:
        return [self.para(item, style or self.styles.body, bullet=BULLET, space_after=1) for item in items]

    def long_text(self, text: str, spec: FieldSpec | None = None) -> list[Flowable]:
        """One paragraph per line; several short lines read as a list."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        style = self.in_language(self.styles.body, spec)
        if len(lines) > 1 and all(len(line) <= SHORT_LINE for line in lines):
            return self.bullets(lines, style)
        return [self.para(line, style, space_after=4) for line in lines]

    def cell(self, text: str, *, label: bool = False, spec: FieldSpec | None = None) -> TextBlock:
        style = self.styles.cell_label if label else self.styles.cell
        return TextBlock(self.engine, text, self.in_language(style, spec))

    def fields_table(self, rows: list[tuple[str, str]] | list[tuple[str, str, FieldSpec | None]]) -> Flowable:
        """Label and value rows; a row's third item, the field, gives its value's language (`in_language`)."""
        cells: list[list[Flowable]] = [
            [self.cell(row[0], label=True), self.cell(row[1], spec=row[2] if len(row) > 2 else None)] for row in rows
        ]
        return table(cells, [self.width * 0.32, self.width * 0.68], rtl=self.rtl, header=False)

    def grid(self, header: list[str], rows: list[list[str]], weights: list[float]) -> Flowable:
        """A table with a header row; column widths in proportion to `weights`."""
        columns = [[text, *(row[index] for row in rows)] for index, text in enumerate(header)]
        widths = fit_words(weights, [self._longest_word(column) for column in columns], self.width)
        cells = [[self.cell(text, label=True) for text in header]]
        cells += [[self.cell(text) for text in row] for row in rows]
        return table(cells, widths, rtl=self.rtl, zebra=True)

    def _longest_word(self, column: list[str]) -> float:
        """The width a column needs so that no word of its header (bold) or cells is cut: a cell's words are measured
        only among the few longest by letters, so that a long table costs little."""
        styles = self.styles
        words = {(word, True) for word in column[0].split()}
        cells = sorted({word for text in column[1:] for word in text.split()}, key=len, reverse=True)
        words |= {(word, False) for word in cells[:LONGEST_WORDS]}
        widest = max((self.engine.natural_width(word, styles.cell_label if bold else styles.cell)
                      for word, bold in words), default=0.0)  # fmt: skip
        return widest + 2 * CELL_PADDING + 1

    def spacer(self, height: float = 6) -> Flowable:
        return Spacer(1, height)

    # --- records, generically ----------------------------------------------------------------------------------

    def record_story(self, form: FormSpec, data: dict[str, Any], *, skip: frozenset[str] = frozenset(),
                     level: int = 0, headings: bool = True,
                     special: dict[str, Any] | None = None) -> list[Flowable]:  # fmt: skip
        """Every filled field, section by section, labelled from the form; `special` renders chosen fields."""
        special = special or {}
        story: list[Flowable] = []
        for section in form.sections:
            filled = [spec for spec in section.fields if spec.name not in skip and not is_empty(data.get(spec.name))]
            if not filled:
                continue
            if headings:
                story.append(self.heading(section.label[self.lang], level))
            rows: list[tuple[str, str, FieldSpec | None]] = []
            for spec in filled:
                value = data[spec.name]
                if spec.name not in special and spec.type in INLINE_TYPES:
                    rows.append((spec.label[self.lang], self.value(spec, value), spec))
                    continue
                if rows:
                    story.append(self.fields_table(rows))
                    rows = []
                story.append(self.label(spec.label[self.lang]))
                if spec.name in special:
                    story.extend(special[spec.name](spec, value))
                else:
                    story.extend(self.field_blocks(spec, value))
            if rows:
                story.append(self.fields_table(rows))
        return story

    def field_blocks(self, spec: FieldSpec, value: Any) -> list[Flowable]:
        if spec.type == "long_text":
            return self.long_text(str(value), spec)
        if spec.type == "group":
            return self.group_blocks(spec, value)
        if spec.type == "photos":
            return photo_blocks(self, value)
        return [self.para(self.value(spec, value), self.in_language(self.styles.body, spec))]

    def group_blocks(self, spec: FieldSpec, entries: list[dict[str, Any]]) -> list[Flowable]:
        """Each entry of a repeated group: its title field as a numbered line, then its other fields."""
        story: list[Flowable] = []
        for number, entry in enumerate(entries, start=1):
            title_spec = spec.subfield(spec.item_title_field) if spec.item_title_field else None
            title = self.value(title_spec, entry[title_spec.name]) if title_spec and entry.get(title_spec.name) else ""
            story.append(self.para(f"{number}. {title}".strip(), self.styles.label, keep_with_next=True))
            for sub in spec.fields:
                if sub is title_spec or is_empty(entry.get(sub.name)):
                    continue
                if sub.type == "long_text":
                    story.append(self.label(sub.label[self.lang]))
                    story.extend(self.long_text(str(entry[sub.name]), sub))
                else:
                    story.append(self.para(f"{sub.label[self.lang]}: {self.value(sub, entry[sub.name])}"))
        return story

    def group_table(self, spec: FieldSpec, entries: list[dict[str, Any]]) -> list[Flowable]:
        """A repeated group as a table, one column per sub-field that holds something."""
        columns = [sub for sub in spec.fields if any(not is_empty(entry.get(sub.name)) for entry in entries)]
        weights = [4.0 if sub.type == "long_text" else 1.2 if sub.type == "date" else 2.2 for sub in columns]
        rows = [[self.value(sub, e[sub.name]) if not is_empty(e.get(sub.name)) else "" for sub in columns]
                for e in entries]  # fmt: skip
        return [self.grid([sub.label[self.lang] for sub in columns], rows, weights)]

    def keep(self, *flowables: Flowable) -> Flowable:
        return KeepTogether(list(flowables))


def fit_words(weights: list[float], needs: list[float], width: float) -> list[float]:
    """Column widths in proportion to `weights` within `width`, except that a column is never narrower than its
    need (its longest word) while the others can give way; when all needs do not fit, the plain proportions."""
    if sum(needs) > width:
        return [width * weight / sum(weights) for weight in weights]
    fixed: set[int] = set()
    while True:
        free = width - sum(needs[index] for index in fixed)
        share = sum(weight for index, weight in enumerate(weights) if index not in fixed)
        widths = [needs[i] if i in fixed else free * weights[i] / share for i in range(len(weights))]
        short = {i for i in range(len(weights)) if i not in fixed and widths[i] < needs[i]}
        if not short:
            return widths
        fixed |= short


def _phone(value: str) -> str:
    """+212612345678 -> +212 6 12 34 56 78 (how Moroccan numbers are read out)."""
    if value.startswith("+212") and len(value) == 13:
        rest = value[4:]
        return f"+212 {rest[0]} {rest[1:3]} {rest[3:5]} {rest[5:7]} {rest[7:9]}"
    return value
