"""Text types: one line of text, a long text with line breaks, a Moroccan phone number."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.core import bounds
from app.core.field_types.base import (
    BadValue,
    Cell,
    DefinitionReader,
    FieldType,
    InputContext,
    bounded_text,
    read_counts,
    shown,
)
from app.core.text import clean_number_text, normalise_text

if TYPE_CHECKING:
    from app.core.forms import FieldSpec


def _check_length(text: str, spec: FieldSpec) -> str:
    if spec.min_length is not None and len(text) < spec.min_length:
        raise BadValue("too_short", min=spec.min_length)
    if spec.max_length is not None and len(text) > spec.max_length:
        raise BadValue("too_long", max=spec.max_length)
    return text


class TextType(FieldType):
    """One line of text (a name, a place): line breaks are refused, Unicode normalised, spaces trimmed."""

    name = "text"
    keys = frozenset({"min_length", "max_length"})
    words = True
    may_name_record = True
    default_max_length = 500

    def read_definition(self, definition: dict[str, Any], reader: DefinitionReader, where: str) -> dict[str, Any]:
        options: dict[str, Any] = {"max_length": self.default_max_length}
        options.update(read_counts(definition, reader, where, ("min_length", "max_length")))
        return options

    def parse(self, value: Any, spec: FieldSpec) -> str:
        if not isinstance(value, str):
            raise BadValue("not_text")
        text = normalise_text(value).strip()
        if len(text.splitlines()) > 1:  # \n, \r and every other Unicode line or paragraph separator
            raise BadValue("text_has_line_break")
        return _check_length(bounded_text(text, bounds.TEXT_MAX, layout=False), spec)


class LongTextType(TextType):
    """Text with line breaks (observations, notes): line ends made `\\n`."""

    name = "long_text"
    may_name_record = False
    listed = False  # its lines do not fit a list's cell
    default_max_length = 20000

    def parse(self, value: Any, spec: FieldSpec) -> str:
        if not isinstance(value, str):
            raise BadValue("not_text")
        text = normalise_text(value).replace("\r\n", "\n").replace("\r", "\n").strip()
        return _check_length(bounded_text(text, bounds.LONG_TEXT_MAX, layout=True), spec)


class PhoneType(FieldType):
    """Moroccan numbers: 05/06/07 followed by 8 digits, or +212 / 00212 then 5/6/7 and 8 digits; stored as
    +212XXXXXXXXX."""

    name = "phone"
    left_to_right = True
    words = True

    def parse(self, value: Any, spec: FieldSpec) -> str:
        if not isinstance(value, str):
            raise BadValue("not_phone", value=shown(value))
        text = re.sub(r"[\s\-./()\u00a0]", "", clean_number_text(value))
        match = re.fullmatch(r"(?:\+212|00212|212|0)([5-7][0-9]{8})", text)
        if match is None:
            raise BadValue("not_phone", value=shown(value))
        return "+212" + match.group(1)

    def from_sheet(self, spec: FieldSpec, cells: Mapping[str, Cell], context: InputContext) -> Any:
        cell = cells.get("")
        if isinstance(cell, int | float) and not isinstance(cell, bool) and float(cell).is_integer():
            # Excel reads 0612345678 typed in a cell as the number 612345678: its leading zero comes back.
            digits = str(int(cell))
            return "0" + digits if len(digits) == 9 else digits
        return super().from_sheet(spec, cells, context)
