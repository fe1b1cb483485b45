"""Types made of records: a reference to a record of another form, and a repeated group of entries."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from app.core import bounds
from app.core.field_types.base import (
    BadValue,
    Cell,
    DefinitionReader,
    FieldType,
    InputContext,
    Link,
    SheetOptions,
    TitleLookup,
    cell_text,
    check_count,
    json_input,
    read_counts,
    resolve_fields,
    shown,
    text_of,
)

if TYPE_CHECKING:
    from app.core.forms import FieldSpec

_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_record_id(text: str) -> bool:
    """Whether `text` is a record's id (a UUID, in any of the forms Python reads) rather than a record's name."""
    try:
        uuid.UUID(text.strip())
    except ValueError:
        return False
    return True


class ReferenceType(FieldType):
    """The id of a record of the form named by `form` (checked against the forms loaded alongside it,
    `app.core.forms.check_references`). Shown, searched and sorted by that record's title."""

    name = "reference"
    keys = frozenset({"form"})
    refers_to_record = True

    def read_definition(self, definition: dict[str, Any], reader: DefinitionReader, where: str) -> dict[str, Any]:
        if "form" not in definition:
            raise reader.fail("form_missing_key", where, key="form")
        return {"form": reader.name(definition["form"], where)}

    def parse(self, value: Any, spec: FieldSpec) -> str:
        if not isinstance(value, str):
            raise BadValue("not_reference", value=shown(value))
        if _CANONICAL_UUID.fullmatch(value):
            return value  # already as stored: the common case, and building a UUID per value is slow in a big merge
        try:
            return str(uuid.UUID(value.strip()))
        except ValueError:
            raise BadValue("not_reference", value=shown(value)) from None

    def links(self, spec: FieldSpec, value: Any, path: str) -> Iterator[Link]:
        if isinstance(value, str):
            yield Link(path, "reference", value, spec.form)

    def display(self, spec: FieldSpec, value: Any, lang: str, *, titles: TitleLookup | None = None) -> str:
        if not isinstance(value, str):
            return str(value)
        title = titles(value) if titles else None
        return title or value

    def sheet_columns(self, spec: FieldSpec) -> tuple[str, ...]:
        return ("", "id")  # the title people read, and the id an import reads back

    def sheet_cells(self, spec: FieldSpec, value: Any, options: SheetOptions) -> tuple[Cell, ...]:
        if not isinstance(value, str):
            return (str(value), None)
        title = options.titles(value) if options.titles else None
        return (title or "", value)

    def resolve(self, spec: FieldSpec, value: Any, context: InputContext) -> Any:
        return context.record_named(spec, value) if isinstance(value, str) else value

    def from_sheet(self, spec: FieldSpec, cells: Mapping[str, Cell], context: InputContext) -> Any:
        # The id when the sheet has it (an export's `.id` column); else the record by its name, as typed.
        record_id = cell_text(cells.get("id"))
        if record_id is not None:
            return record_id
        return super().from_sheet(spec, cells, context)


class GroupType(FieldType):
    """A list of entries (recommendations, stops), each a mapping of the group's own `fields`; no group in a group."""

    name = "group"
    keys = frozenset({"fields", "item_title_field", "min_items", "max_items"})
    structured = True
    repeated = True
    listed = False
    read_from_sheet = False  # a sheet of its own (app/exchange)

    def read_definition(self, definition: dict[str, Any], reader: DefinitionReader, where: str) -> dict[str, Any]:
        options: dict[str, Any] = read_counts(definition, reader, where, ("min_items", "max_items"))
        fields = options["fields"] = reader.field_list(definition.get("fields"), where)
        if any(sub.field_type.repeated for sub in fields):
            raise reader.fail("form_bad_value", where, key="fields", expected="no group inside a group")
        title = definition.get("item_title_field")
        if title is not None and (not isinstance(title, str) or title not in {f.name for f in fields}):
            raise reader.fail("form_bad_value", where, key="item_title_field", expected="a field of the group")
        options["item_title_field"] = title
        reader.check_expressions(fields, {f.name for f in fields})
        return options

    def parse(self, value: Any, spec: FieldSpec) -> list[Any]:
        """A list of mappings; each entry's fields are checked by the validator (app/core/validation.py)."""
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise BadValue("not_group")
        if len(value) > bounds.GROUP_ENTRIES_MAX:
            raise BadValue("too_many_items", max=bounds.GROUP_ENTRIES_MAX)
        check_count(value, spec)
        return value

    def _entries(self, value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
        if isinstance(value, list):
            yield from ((index, entry) for index, entry in enumerate(value, start=1) if isinstance(entry, dict))

    def links(self, spec: FieldSpec, value: Any, path: str) -> Iterator[Link]:
        for index, entry in self._entries(value):
            for sub in spec.fields:
                if entry.get(sub.name) is not None:
                    yield from sub.field_type.links(sub, entry[sub.name], f"{path}[{index}].{sub.name}")

    def display(self, spec: FieldSpec, value: Any, lang: str, *, titles: TitleLookup | None = None) -> str:
        if not isinstance(value, list):
            return str(value)
        return "\n".join(
            f"{index}. "
            + " | ".join(text_of(sub, entry.get(sub.name), lang, titles) for sub in spec.fields if sub.name in entry)
            for index, entry in enumerate(value, start=1)
        )

    def sheet_columns(self, spec: FieldSpec) -> tuple[str, ...]:
        return ()  # its entries are rows of a sheet of their own (app/exchange/sheets.py)

    def sheet_cells(self, spec: FieldSpec, value: Any, options: SheetOptions) -> tuple[Cell, ...]:
        return ()

    def search_texts(self, spec: FieldSpec, value: Any, *, path: str, titled: bool) -> Iterator[tuple[str, str]]:
        for _, entry in self._entries(value):
            for sub in spec.fields:
                found = entry.get(sub.name)
                if found is not None and not sub.field_type.refers_to_record:  # not followed: few, and costly
                    yield from sub.field_type.search_texts(sub, found, path=f"{path}.{sub.name}", titled=False)

    def from_cli(self, spec: FieldSpec, text: str) -> Any:
        return json_input(spec, text)

    def resolve(self, spec: FieldSpec, value: Any, context: InputContext) -> Any:
        if not isinstance(value, list):
            return value
        return [resolve_fields(spec.fields, entry, context) if isinstance(entry, dict) else entry for entry in value]

    def unknown_choices(self, spec: FieldSpec, value: Any) -> Iterator[tuple[FieldSpec, str]]:
        for _, entry in self._entries(value):
            for sub in spec.fields:
                yield from sub.field_type.unknown_choices(sub, entry.get(sub.name))
