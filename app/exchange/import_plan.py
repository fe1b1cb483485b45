"""Which column of a sheet holds which field: read from its header, adjustable by hand.

A header cell names a field by its name (`name_ar`), by its label in any of the three languages ("Nom en arabe",
"الاسم بالعربية"), or a part of a value split over columns as an export writes it (`location.lat`, a reference's
`cooperative.id`; or the export's label, "Localisation (latitude)"). Labels are compared folded as search folds
text (`app.core.arabic`: case, hamza seats, taa marbuta, vowel marks, accents), so "التعاونيه" finds "التعاونية".
Taawun's own columns (`_id`, `_state`, `_version`; a group's `_position`) are known by name and label too.

The header is the first row that is not blank; when the next row holds only names (an export's second header row,
under the labels), that row is the header. `--map COLUMN=field` maps a column by hand (`COLUMN=` ignores it). A
column that names nothing is reported and ignored; a required field without a column is refused before any row is
read (unless rows may name existing records, which keep their values).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.core.arabic import normalise_for_search
from app.core.errors import InvalidInput
from app.core.field_types.base import Cell, cell_text
from app.core.forms import FieldSpec
from app.core.messages import LANGUAGES, translate
from app.exchange.sheet_input import SheetRow
from app.exchange.sheets import AUTHOR, POSITION, RECORD_ID, STATE, UPDATED, VERSION

FORM_OWN = {RECORD_ID: "sheet_record_id", STATE: "sheet_state", AUTHOR: "sheet_author", UPDATED: "sheet_updated",
            VERSION: "sheet_version"}  # fmt: skip
GROUP_OWN = {RECORD_ID: "sheet_record_id", POSITION: "sheet_position"}
IGNORE = ""  # `--map COLUMN=`: the column is not read


@dataclass(frozen=True)
class Target:
    """What a column holds: a part of a field's value ("" the value itself), or one of Taawun's own columns."""

    field: FieldSpec | None
    part: str  # for Taawun's own columns, the column's name (`_id`...)

    @property
    def name(self) -> str:
        if self.field is None:
            return self.part
        return f"{self.field.name}.{self.part}" if self.part else self.field.name


def fold(text: str) -> str:
    return " ".join(normalise_for_search(text).split())


def column_letter(index: int) -> str:
    """A column's letters as Excel shows them (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Keys:
    """The names a sheet's columns may carry: exactly (`names`), and folded (`folded`: names and labels)."""

    names: dict[str, Target] = field(default_factory=dict)
    folded: dict[str, Target] = field(default_factory=dict)
    unread: set[str] = field(default_factory=set)  # names of columns an export writes that are not read (photos)

    def find(self, text: str) -> Target | None:
        return self.names.get(text.strip()) or self.folded.get(fold(text))

    def find_unread(self, text: str) -> bool:
        return fold(text) in self.unread_labels

    unread_labels: set[str] = field(default_factory=set)  # folded labels of the unread columns


def column_keys(fields: Iterable[FieldSpec], own: dict[str, str]) -> Keys:
    fields = tuple(fields)
    keys = Keys(unread=unread_names(fields))
    labels: dict[str, dict[str, Target]] = {}  # folded label -> the targets it names, by name

    def add(label: str, target: Target) -> None:
        if label.strip():
            labels.setdefault(fold(label), {})[target.name] = target

    for name, code in own.items():
        target = Target(None, name)
        keys.names[name] = target
        for lang in LANGUAGES:
            add(translate(code, lang), target)
    for spec in fields:
        if not spec.field_type.read_from_sheet:
            continue
        parts = spec.field_type.sheet_columns(spec)
        for part in dict.fromkeys(("", *parts)):  # a split value may also be given whole (a position as "lat lon")
            target = Target(spec, part)
            keys.names[target.name] = target
            for lang in LANGUAGES:
                label = spec.label.get(lang) or ""
                add(f"{label} ({translate(f'sheet_part_{part}', lang)})" if part else label, target)
    for name, target in keys.names.items():
        add(name, target)
    keys.unread_labels = {fold(spec.label.get(lang) or spec.name) for spec in fields if spec.name in keys.unread
                          for lang in LANGUAGES} | {fold(name) for name in keys.unread}  # fmt: skip
    # A label two fields share once folded names neither (their names still do).
    keys.folded = {key: next(iter(found.values())) for key, found in labels.items() if len(found) == 1}
    return keys


def unread_names(fields: Iterable[FieldSpec]) -> set[str]:
    """Names of columns an export writes that an import cannot read back (photos: a cell only names them)."""
    return {spec.name for spec in fields if not spec.field_type.read_from_sheet and spec.field_type.sheet_columns(spec)}


@dataclass
class SheetMap:
    """A sheet's header read: which column is what."""

    title: str
    header_row: int
    headers: list[str]
    columns: dict[int, Target]
    ignored: list[str] = field(default_factory=list)  # columns that name nothing ("C (Remarque)")
    unread: list[str] = field(default_factory=list)  # columns of fields an import does not read (photos)

    def has(self, name: str) -> bool:
        return any(target.name == name for target in self.columns.values())

    def fields(self) -> dict[str, FieldSpec]:
        return {t.field.name: t.field for t in self.columns.values() if t.field is not None}

    def column_of(self, field_name: str) -> int | None:
        """The first column of a field (its value, or the first of its parts)."""
        found = [i for i, t in self.columns.items() if t.field is not None and t.field.name == field_name]
        return min(found) if found else None

    def column_named(self, name: str) -> int | None:
        return next((i for i, t in self.columns.items() if t.name == name), None)

    def split(self, cells: list[Cell]) -> tuple[dict[str, Cell], dict[str, dict[str, Cell]]]:
        """A row's cells: Taawun's own by name, and each mapped field's by part (an absent cell is empty)."""
        own: dict[str, Cell] = {}
        by_field: dict[str, dict[str, Cell]] = {}
        for index, target in self.columns.items():
            cell = cells[index] if index < len(cells) else None
            if target.field is None:
                own[target.part] = cell
            else:
                by_field.setdefault(target.field.name, {})[target.part] = cell
        return own, by_field

    def header_text(self, index: int) -> str:
        header = self.headers[index] if index < len(self.headers) else ""
        return f"{column_letter(index)} ({header})" if header else column_letter(index)


def header_of(first: SheetRow, second: SheetRow | None, keys: Keys) -> tuple[SheetRow, bool]:
    """The header row among the first two rows that are not blank, and whether it is the second (an export's names
    under its labels: every cell of the second row a name, exactly)."""
    if second is None:
        return first, False
    texts = [text for cell in second.cells if (text := cell_text(cell)) is not None]
    if len(texts) >= 2 and all(text in keys.names or text in keys.unread for text in texts):
        return second, True
    return first, False


def parse_mapping(items: Iterable[str]) -> dict[str, str]:
    """`--map COLUMN=field` items: the column's header (as written, or folded) -> a field's name ("" ignores)."""
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, target = item.rpartition("=")
        if not sep or not column.strip():
            raise InvalidInput("import_bad_map", text=item)
        mapping[column.strip()] = target.strip()
    return mapping


def plan_columns(title: str, header: SheetRow, keys: Keys, *, mapping: dict[str, str] | None = None) -> SheetMap:
    headers = [cell_text(cell) or "" for cell in header.cells]
    by_hand = _by_hand(headers, keys, mapping or {})
    plan = SheetMap(title, header.number, headers, {})
    for index, text in enumerate(headers):
        if index in by_hand:
            target = by_hand[index]
        elif not text:
            continue
        else:
            target = keys.find(text)
        if target is not None:
            plan.columns[index] = target
        elif index in by_hand or not text:
            continue
        elif text in keys.unread or keys.find_unread(text):
            plan.unread.append(plan.header_text(index))
        else:
            plan.ignored.append(plan.header_text(index))
    _refuse_twice(plan)
    return plan


def _by_hand(headers: list[str], keys: Keys, mapping: dict[str, str]) -> dict[int, Any]:
    """Column index -> Target (None: ignored) for each `--map` item."""
    chosen: dict[int, Any] = {}
    for column, name in mapping.items():
        index = next((i for i, h in enumerate(headers) if h == column), None)
        if index is None:
            index = next((i for i, h in enumerate(headers) if h and fold(h) == fold(column)), None)
        if index is None:
            raise InvalidInput("import_map_no_column", column=column,
                               columns=", ".join(h for h in headers if h))  # fmt: skip
        if name == IGNORE:
            chosen[index] = None
            continue
        target = keys.find(name)
        if target is None:
            raise InvalidInput("import_map_no_field", field=name, fields=", ".join(sorted(keys.names)))
        chosen[index] = target
    return chosen


def _refuse_twice(plan: SheetMap) -> None:
    seen: dict[str, list[int]] = {}
    for index, target in plan.columns.items():
        seen.setdefault(target.name, []).append(index)
    for name, indexes in seen.items():
        if len(indexes) > 1:
            raise InvalidInput("import_column_twice", field=name, sheet=plan.title,
                               columns=", ".join(plan.header_text(i) for i in indexes))  # fmt: skip


def check_required(plan: SheetMap, fields: Iterable[FieldSpec], lang: str) -> None:
    """A required field (always shown: no `relevant`) with no column: refused, naming it and the columns found."""
    mapped = plan.fields()
    for spec in fields:
        if spec.required and spec.relevant is None and spec.field_type.read_from_sheet and spec.name not in mapped:
            raise InvalidInput("import_missing_column", field=spec.label.get(lang) or spec.name, name=spec.name,
                               sheet=plan.title, columns=", ".join(h for h in plan.headers if h))  # fmt: skip
