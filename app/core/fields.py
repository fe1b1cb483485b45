"""Field values: how a typed or pasted value becomes the value stored, and what makes it wrong.

Each type's parser is its class's `parse` (app/core/field_types/): it takes what the user gave (text from a form or
the command line, or a JSON value) and returns the canonical value, or raises `BadValue` with a message code. Empty
input never reaches a parser: `is_empty` is checked first, and `required` is the validator's business. The names
below are kept for the modules that parse one kind of value (a date typed in a filter, a group's rows).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.core.field_types import FIELD_TYPES, TYPES, BadValue, is_empty

if TYPE_CHECKING:
    from app.core.forms import FieldSpec

__all__ = ["FIELD_TYPES", "PARSERS", "BadValue", "is_empty"]

PARSERS: dict[str, Callable[[Any, FieldSpec], Any]] = {name: kind.parse for name, kind in TYPES.items()}

parse_text = PARSERS["text"]
parse_long_text = PARSERS["long_text"]
parse_integer = PARSERS["integer"]
parse_decimal = PARSERS["decimal"]
parse_date = PARSERS["date"]
parse_select_one = PARSERS["select_one"]
parse_select_multiple = PARSERS["select_multiple"]
parse_phone = PARSERS["phone"]
parse_reference = PARSERS["reference"]
parse_geopoint = PARSERS["geopoint"]
parse_photos = PARSERS["photos"]
check_group_items = PARSERS["group"]
