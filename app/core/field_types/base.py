"""What every field type is asked, and the answers most types share.

A field type is one object (one instance of a `FieldType` subclass per type name, in `app.core.field_types.TYPES`)
that knows everything about its values: the keys of its definition in a form file, the value stored for what a
person typed, the links it holds, its text in each language, its searchable words, its sort key and what to make of
command-line input. The rest of the application asks `spec.field_type` rather than branching on `spec.type`.

The methods take the field's `FieldSpec` (its options: limits, choices, sub-fields) and never keep state: the same
type object serves every field of that type.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from app.core import bounds
from app.core.errors import FormDefinitionError, InvalidInput
from app.core.messages import MESSAGES, translate
from app.core.sort_key import plain_key

if TYPE_CHECKING:
    from app.core.forms import Choice, FieldSpec

# Given a record id, the title of that record (or None when unknown): supplied by whoever holds the store.
TitleLookup = Callable[[str], "str | None"]
SortKey = str | int | float | None
# A spreadsheet cell as a writer takes it: text, a number, a day, or empty.
Cell = str | int | float | dt.date | None

# Keys every field may have, whatever its type (read by the loader itself, app/core/forms.py).
COMMON_KEYS = frozenset({"name", "type", "label", "hint", "required", "relevant", "constraint", "constraint_message"})


class BadValue(ValueError):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    if isinstance(value, (list, dict, tuple)):
        return len(value) == 0
    return False


@dataclass(frozen=True)
class Link:
    """A value in a record that points elsewhere: a reference to a record, or a photo."""

    path: str
    kind: str  # "reference" | "photo"
    target: str  # the record id, or the photo's sha256
    form: str | None = None


class DefinitionReader(Protocol):
    """What a type may use of the form loader while it reads its keys (app/core/forms.py `_Loader`)."""

    def fail(self, code: str, where: str = "", **params: Any) -> FormDefinitionError: ...
    def name(self, value: Any, where: str) -> str: ...
    def count(self, value: Any, key: str, where: str) -> int: ...
    def choices(self, value: Any, where: str) -> tuple[Choice, ...]: ...
    def field_list(self, value: Any, where: str) -> tuple[FieldSpec, ...]: ...
    def check_expressions(self, fields: tuple[FieldSpec, ...], known: set[str]) -> None: ...


@dataclass(frozen=True)
class InputContext:
    """What resolving command-line input needs beyond the field: whether the record is a draft, the language of
    messages, and how to find the record a name refers to (the command line supplies it: it holds the store)."""

    draft: bool
    lang: str
    record_named: Callable[[FieldSpec, str], str]


def shown(value: Any) -> str:
    return bounds.shown(value)


def bounded_text(text: str, limit: int, *, layout: bool) -> str:
    try:
        return bounds.check_text(text, limit=limit, layout=layout)
    except bounds.BoundExceeded as error:
        raise BadValue(error.code, **error.params) from None


def finite(number: Any, code: str, value: Any) -> float:
    """A JSON number as a float; huge integers, NaN and infinities are refused rather than raising."""
    if isinstance(number, bool) or not isinstance(number, (int, float)):
        raise BadValue(code, value=shown(value))
    try:
        result = float(number)
    except OverflowError:
        raise BadValue(code, value=shown(value)) from None
    if not math.isfinite(result) or abs(result) > bounds.DECIMAL_MAX:
        raise BadValue(code, value=shown(value))
    return result


def check_count(items: list[Any], spec: FieldSpec) -> None:
    if spec.min_items is not None and len(items) < spec.min_items:
        raise BadValue("too_few_items", min=spec.min_items)
    if spec.max_items is not None and len(items) > spec.max_items:
        raise BadValue("too_many_items", max=spec.max_items)


def read_counts(definition: dict[str, Any], reader: DefinitionReader, where: str, keys: tuple[str, ...],
                ) -> dict[str, int]:  # fmt: skip
    """The whole-number options among `keys` present in `definition` (min_items, max_length…)."""
    return {key: reader.count(definition[key], key, where) for key in keys if key in definition}


def json_input(spec: FieldSpec, text: str) -> Any:
    """`--set field=<JSON>`, read as JSON; bad or too deep JSON is refused as bad input, naming the field."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput("bad_json", detail=f"{spec.name}: {error}") from None
    except RecursionError:
        raise InvalidInput("json_too_deep", path=f"--set {spec.name}", max=bounds.JSON_DEPTH_MAX) from None


def text_of(spec: FieldSpec, value: Any, lang: str, titles: TitleLookup | None = None) -> str:
    """A value as its field's type shows it ("" for None): what `app.core.display.format_value` gives."""
    return "" if value is None else spec.field_type.display(spec, value, lang, titles=titles)


def resolve_fields(fields: tuple[FieldSpec, ...], data: dict[str, Any], context: InputContext) -> dict[str, Any]:
    """`data` with what people typed (choices by label, records by name) replaced by what is stored."""
    result = dict(data)
    for spec in fields:
        value = data.get(spec.name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        result[spec.name] = spec.field_type.resolve(spec, value, context)
    return result


def cell_text(cell: Cell) -> str | None:
    """A spreadsheet cell as the text a person would have typed (None when empty): a whole number without ".0",
    a day as ISO (a time of day kept only when there is one)."""
    if cell is None or isinstance(cell, bool):
        return None if cell is None else str(cell)
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() and abs(cell) < 1e15 else repr(cell)
    if isinstance(cell, int):
        return str(cell)
    text = str(cell).strip()
    return text or None


@dataclass(frozen=True)
class SheetOptions:
    """How values become spreadsheet cells (app/exchange): the language of labels, the titles of referred records,
    and whether choices are written as their values (for machines) rather than their labels (for people)."""

    lang: str
    titles: TitleLookup | None = None
    choice_values: bool = False


class FieldType:
    """One type of field. Subclasses set `name` and the keys they read, and override what differs from text."""

    name: ClassVar[str]
    # Keys of a field's definition this type reads, beyond COMMON_KEYS: any other key is refused by the loader.
    keys: ClassVar[frozenset[str]] = frozenset()
    # Its shown value reads left to right even in Arabic (numbers, dates, phones, positions): isolated in Arabic text.
    left_to_right: ClassVar[bool] = False
    # Its values are words people search for outside the title (texts, phones); choices and groups say their own.
    words: ClassVar[bool] = False
    # Stored as a JSON array or object (SQLite's json_extract gives such values as JSON text).
    structured: ClassVar[bool] = False
    # Its value is the id of a record of another form (spec.form): searched and sorted by that record's title.
    refers_to_record: ClassVar[bool] = False
    # Its value is a list of entries, each a record of the field's own sub-fields (checked field by field).
    repeated: ClassVar[bool] = False
    # Its value names photos, given on the command line as files to read.
    holds_photos: ClassVar[bool] = False
    # A one-line text whose field name says it names the record ("name…", "title…"): the command line finds a
    # record by it.
    may_name_record: ClassVar[bool] = False
    # Its value fits one cell of a list and sorts by its key (`sort_key`): a form may show it as a column of its list
    # (`list: columns:`, app/core/form_behaviour.py). Not a text on several lines, a position, photos or a group.
    listed: ClassVar[bool] = True
    # Its value can be read back from a spreadsheet's cells (`from_sheet`): not photos (a cell holds only their
    # names, not their bytes), not a repeated group (a sheet of its own, read entry by entry).
    read_from_sheet: ClassVar[bool] = True

    # --- the definition in a form file ----------------------------------------------------------------------------

    def read_definition(self, definition: dict[str, Any], reader: DefinitionReader, where: str) -> dict[str, Any]:
        """The `FieldSpec` options of this type read from `definition` (only `keys` are present beyond the common
        ones: the loader refused the others)."""
        return {}

    # --- values ---------------------------------------------------------------------------------------------------

    def parse(self, value: Any, spec: FieldSpec) -> Any:
        """The value stored for `value` (typed text or JSON; never empty), or `BadValue` with a message code."""
        raise NotImplementedError

    def links(self, spec: FieldSpec, value: Any, path: str) -> Iterator[Link]:
        """The references and photos in a cleaned value, so that the store can check each exists."""
        return iter(())

    def display(self, spec: FieldSpec, value: Any, lang: str, *, titles: TitleLookup | None = None) -> str:
        """The value as people read it in `lang` (not None; not escaped): lists, titles, history, reports and the
        command line's human output, in the language's conventions (a date in its format, `app.core.dates`)."""
        return str(value)

    # --- spreadsheets (app/exchange) -------------------------------------------------------------------------------

    def sheet_columns(self, spec: FieldSpec) -> tuple[str, ...]:
        """The parts of a value that take a column each in a spreadsheet, as the suffixes of the field's name in the
        header ("" for the value itself): one column, unless a type splits its value (a position, a reference);
        none for a repeated group, which gets a sheet of its own."""
        return ("",)

    def sheet_cells(self, spec: FieldSpec, value: Any, options: SheetOptions) -> tuple[Cell, ...]:
        """A value (not None) as cells, one per `sheet_columns`: what people read (`display`) unless the type has a
        better cell (a number, a day). A draft may hold a value of another shape: it is written as text."""
        return (self.display(spec, value, options.lang, titles=options.titles),)

    def from_sheet(self, spec: FieldSpec, cells: Mapping[str, Cell], context: InputContext) -> Any:
        """The inverse of `sheet_cells`: the value to clean (`app.core.validation.clean_record`) for the cells a
        spreadsheet row gives, by part as `sheet_columns` names them ("" for the value itself; a part missing from
        the sheet is absent). None when they are empty. Choices and records given by their labels or names are
        resolved as on the command line (`resolve`); `BadValue` or `InvalidInput` when the cells cannot be read."""
        text = cell_text(cells.get(""))
        return None if text is None else self.resolve(spec, text, context)

    def search_texts(self, spec: FieldSpec, value: Any, *, path: str, titled: bool) -> Iterator[tuple[str, str]]:
        """(field path, text) of the value's searchable words (not None); `titled`: the field names the record, so
        even numbers and dates are searched."""
        if self.words or titled:
            yield path, value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)

    def sort_key(self, spec: FieldSpec, value: Any) -> SortKey:
        """What SQLite orders by plain comparison (not None, not empty): by default the value as text."""
        return plain_key(value)

    # --- the command line -----------------------------------------------------------------------------------------

    def from_cli(self, spec: FieldSpec, text: str) -> Any:
        """The value given by `--set field=text` (not blank), before names are resolved and the value is parsed."""
        return text

    def resolve(self, spec: FieldSpec, value: Any, context: InputContext) -> Any:
        """A value as people give it (a choice's label, a record's name) turned into what is stored; the value
        itself is checked later, by `parse` (through `app.core.validation.clean_record`)."""
        return value

    def unknown_choices(self, spec: FieldSpec, value: Any) -> Iterator[tuple[FieldSpec, str]]:
        """(field, value) for each value kept by a draft that is not one of its field's choices."""
        return iter(())

    def problem_with_others(self, spec: FieldSpec, value: Any, others: dict[str, Any]) -> BadValue | None:
        """What is wrong with a final record's parsed `value` given its other fields' parsed values (a province
        outside the record's region), or None: checked with the constraints (`app.core.validation`)."""
        return None

    def description(self, lang: str) -> str:
        """What `taawun forms FORM` says the type is."""
        code = f"cli_type_{self.name}"
        return translate(code, lang) if code in MESSAGES else self.name
