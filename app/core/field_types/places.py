"""A province or prefecture of Morocco, chosen from the official list (`app.core.places`).

Stored as the province's code ("tiznit"); shown, searched and written to spreadsheets by its official name in each
language ("إقليم تيزنيت", "Province de Tiznit"), sorted in the list's order. `region` names the form's region field
(a choice whose values are the regions' codes): a final record's province must lie in the region chosen (the
window sets the region from the province and narrows the provinces to the region's). `commune` names the commune
field, completed in the window from the communes already recorded for the province.

Records made before provinces were chosen from the list hold the province as text ("Tiznit", "تزنيت"): such a text
stays valid, shown and searched as it was typed, until a person accepts the official province `taawun places match`
proposes for it. What people type (`--set province=…`) is read as the matching reads it: the one province it
names, else refused (a draft keeps it as typed). A spreadsheet's cell is read back as an export writes it: an official
name or a code is that province, any other text stays as it is.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from app.core import bounds
from app.core.errors import InvalidInput
from app.core.field_types.base import (
    BadValue,
    Cell,
    DefinitionReader,
    FieldType,
    InputContext,
    SheetOptions,
    SortKey,
    TitleLookup,
    bounded_text,
    cell_text,
)
from app.core.places import official_places
from app.core.sort_key import plain_key
from app.core.text import normalise_text

if TYPE_CHECKING:
    from app.core.forms import FieldSpec


class ProvinceType(FieldType):
    name = "province"
    keys = frozenset({"region", "commune"})

    def read_definition(self, definition: dict[str, Any], reader: DefinitionReader, where: str) -> dict[str, Any]:
        return {
            "region_field": reader.name(definition["region"], where) if "region" in definition else None,
            "commune_field": reader.name(definition["commune"], where) if "commune" in definition else None,
        }

    def parse(self, value: Any, spec: FieldSpec) -> str:
        """A province's code as stored; any other text is a province typed before the list (kept as typed)."""
        if not isinstance(value, str):
            raise BadValue("not_text")
        text = normalise_text(value).strip()
        if len(text.splitlines()) > 1:
            raise BadValue("text_has_line_break")
        return bounded_text(text, bounds.TEXT_MAX, layout=False)

    def display(self, spec: FieldSpec, value: Any, lang: str, *, titles: TitleLookup | None = None) -> str:
        province = official_places().province(value) if isinstance(value, str) else None
        return province.official(lang) if province is not None else str(value)

    def sheet_cells(self, spec: FieldSpec, value: Any, options: SheetOptions) -> tuple[Cell, ...]:
        known = isinstance(value, str) and official_places().province(value) is not None
        return (str(value) if options.choice_values and known else self.display(spec, value, options.lang),)

    def search_texts(self, spec: FieldSpec, value: Any, *, path: str, titled: bool) -> Iterator[tuple[str, str]]:
        province = official_places().province(value) if isinstance(value, str) else None
        texts = province.words() if province is not None else [str(value)]
        yield from ((path, text) for text in texts)

    def sort_key(self, spec: FieldSpec, value: Any) -> SortKey:
        # An official province by its place in the list (the same in every language), before the texts typed.
        position = official_places().position(value) if isinstance(value, str) else None
        return position if position is not None else plain_key(value)

    def resolve(self, spec: FieldSpec, value: Any, context: InputContext) -> Any:
        if not isinstance(value, str):
            return value  # another shape: refused by `parse`
        province = official_places().match(value)
        if province is not None:
            return province.code
        if not context.draft:
            raise InvalidInput("unknown_province", field=spec.label.get(context.lang) or spec.name,
                               value=value.strip())  # fmt: skip
        return value

    def from_sheet(self, spec: FieldSpec, cells: Mapping[str, Cell], context: InputContext) -> Any:
        # What an export writes: an official province by its official name (or its code). Any other text is kept as
        # it is, as the records made before the list hold it: an export imported back changes nothing, and an import
        # never guesses (`taawun places match` proposes, a person accepts).
        text = cell_text(cells.get(""))
        if text is None:
            return None
        named = official_places().named(text)
        return named.code if named is not None else text

    def problem_with_others(self, spec: FieldSpec, value: Any, others: dict[str, Any]) -> BadValue | None:
        """A final record's official province outside the region the record gives."""
        province = official_places().province(value) if isinstance(value, str) else None
        region = others.get(spec.region_field) if spec.region_field else None
        if province is None or not isinstance(region, str) or province.region == region:
            return None
        return BadValue("province_not_in_region")
