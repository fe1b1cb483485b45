"""Types with a magnitude: whole numbers, decimal numbers, dates. Each may declare `min` and `max`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.core import bounds
from app.core.dates import show_date
from app.core.field_types.base import (
    BadValue,
    Cell,
    DefinitionReader,
    FieldType,
    InputContext,
    SheetOptions,
    SortKey,
    TitleLookup,
    finite,
    shown,
)
from app.core.sort_key import plain_key
from app.core.text import clean_number_text

if TYPE_CHECKING:
    from app.core.forms import FieldSpec


def _check_range(number: float, spec: FieldSpec) -> None:
    if spec.min is not None and number < spec.min:
        raise BadValue("below_min", min=spec.min)
    if spec.max is not None and number > spec.max:
        raise BadValue("above_max", max=spec.max)


class _Ranged(FieldType):
    keys = frozenset({"min", "max"})
    left_to_right = True

    def read_definition(self, definition: dict[str, Any], reader: DefinitionReader, where: str) -> dict[str, Any]:
        options: dict[str, Any] = {}
        for key in ("min", "max"):
            if key in definition:
                limit = self.limit(definition[key])
                if limit is None:
                    raise reader.fail("form_bad_value", where, key=key, expected=f"a limit for a {self.name} field")
                options[key] = limit
        return options

    def limit(self, value: Any) -> Any:
        """A `min` or `max` of the definition as the field compares it; None when it is not one."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        return None

    def sort_key(self, spec: FieldSpec, value: Any) -> SortKey:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value  # SQLite compares numbers numerically and puts them before any text
        return plain_key(value)

    def sheet_cells(self, spec: FieldSpec, value: Any, options: SheetOptions) -> tuple[Cell, ...]:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return (value,)  # a number Excel can add up
        return super().sheet_cells(spec, value, options)

    def from_sheet(self, spec: FieldSpec, cells: Mapping[str, Cell], context: InputContext) -> Any:
        cell = cells.get("")
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            return cell  # a number cell as it is (`parse` refuses 4.5 in a whole-number field)
        return super().from_sheet(spec, cells, context)


class IntegerType(_Ranged):
    name = "integer"

    def parse(self, value: Any, spec: FieldSpec) -> int:
        if isinstance(value, bool):
            raise BadValue("not_integer", value=shown(value))
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str):
            text = clean_number_text(value).replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
            if not re.fullmatch(r"[+-]?[0-9]{1,18}", text):
                raise BadValue("not_integer", value=shown(value))
            value = int(text)
        if not isinstance(value, int) or abs(value) >= 10**18:  # the same bound as typed text: SQLite's 64 bits
            raise BadValue("not_integer", value=shown(value))
        if abs(value) > bounds.INTEGER_MAX:  # and exact in JSON, as every laptop reads it
            raise BadValue("above_max" if value > 0 else "below_min", max=bounds.INTEGER_MAX,
                           min=-bounds.INTEGER_MAX)  # fmt: skip
        _check_range(value, spec)
        return value


class DecimalType(_Ranged):
    name = "decimal"

    def parse(self, value: Any, spec: FieldSpec) -> float:
        if isinstance(value, bool):
            raise BadValue("not_decimal", value=shown(value))
        if isinstance(value, str):
            text = clean_number_text(value).replace(" ", "").replace("\u00a0", "").replace(",", ".")
            if not re.fullmatch(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)", text):
                raise BadValue("not_decimal", value=shown(value))
            value = float(text)
        number = finite(value, "not_decimal", value)
        _check_range(number, spec)
        return number


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class DateType(_Ranged):
    """A day, stored as ISO `YYYY-MM-DD` text (which sorts as days do); typed also as 17/05/2025, 17.05.2025."""

    name = "date"

    def limit(self, value: Any) -> Any:
        text = value.isoformat() if isinstance(value, dt.date) else value
        try:
            return dt.date.fromisoformat(str(text)).isoformat()
        except ValueError:
            return None

    def parse(self, value: Any, spec: FieldSpec) -> str:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            day = value
        elif isinstance(value, str) and _ISO_DAY.fullmatch(value):
            # Stored dates are canonical: the fast path (merges validate tens of thousands; strptime is slow).
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                raise BadValue("not_date", value=shown(value)) from None
        elif isinstance(value, str):
            text = clean_number_text(value)
            for pattern in _DATE_FORMATS:
                try:
                    day = dt.datetime.strptime(text, pattern).date()
                    break
                except ValueError:
                    continue
            else:
                raise BadValue("not_date", value=shown(value))
        else:
            raise BadValue("not_date", value=shown(value))
        if spec.min is not None and day.isoformat() < str(spec.min):
            raise BadValue("below_min", min=spec.min)
        if spec.max is not None and day.isoformat() > str(spec.max):
            raise BadValue("above_max", max=spec.max)
        return day.isoformat()

    def display(self, spec: FieldSpec, value: Any, lang: str, *, titles: TitleLookup | None = None) -> str:
        # The one date format (`app.core.dates`), as the lists, the reports and the command line show dates: a
        # title, a history line or a conflict reads 17/05/2025 as its list does. Machine output (JSON) is the
        # stored ISO value, never this. A draft's text that is not a date is shown as typed.
        if isinstance(value, str | dt.date):
            return show_date(value, lang)
        return str(value)

    def sheet_cells(self, spec: FieldSpec, value: Any, options: SheetOptions) -> tuple[Cell, ...]:
        if isinstance(value, str) and _ISO_DAY.fullmatch(value):
            try:
                return (dt.date.fromisoformat(value),)  # a real date: Excel sorts, filters and formats it
            except ValueError:
                pass
        return (self.display(spec, value, options.lang),)

    def from_sheet(self, spec: FieldSpec, cells: Mapping[str, Cell], context: InputContext) -> Any:
        cell = cells.get("")
        if isinstance(cell, dt.date):  # a real date (a datetime too: the day is what the field holds)
            return (cell.date() if isinstance(cell, dt.datetime) else cell).isoformat()
        return super().from_sheet(spec, cells, context)  # text: 17/05/2025, 2025-05-17... read by `parse`

    def sort_key(self, spec: FieldSpec, value: Any) -> SortKey:
        if isinstance(value, str | int | float):
            return value  # ISO text: its own key (which lets a date range be read from the keys, app/db/list_filters)
        return plain_key(value)
