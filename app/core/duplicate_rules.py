"""What a form compares to find likely duplicates of a record, declared in its file (`duplicates:`).

    duplicates:
      names: [name_ar, name_fr]            # text fields naming the record, compared folded (app/core/name_folding)
      place: commune                        # a similar name counts only within the same value of this field
      same: [registration_number, phone]    # an equal value of one of these alone makes a likely duplicate

A form that declares nothing is never searched for duplicates. Checked as strictly as the rest of the file: an
unknown key, or a field that does not exist or has the wrong type, is refused, naming it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.errors import FormDefinitionError

if TYPE_CHECKING:
    from app.core.forms import FieldSpec

KEYS = frozenset({"names", "place", "same"})
NAME_TYPES = ("text",)
PLACE_TYPES = ("text", "select_one", "reference")
SAME_TYPES = ("text", "phone")

Fail = Callable[..., FormDefinitionError]


@dataclass(frozen=True)
class DuplicateRule:
    names: tuple[str, ...] = ()
    place: str | None = None
    same: tuple[str, ...] = ()


def parse_duplicates(value: Any, fields: tuple[FieldSpec, ...], fail: Fail) -> DuplicateRule:
    if not isinstance(value, dict):
        raise fail("form_not_mapping", "duplicates", key="duplicates")
    for unknown in value:
        if unknown not in KEYS:
            raise fail("form_unknown_key", "duplicates", key=unknown)
    if not value.get("names") and not value.get("same"):
        raise fail("form_missing_key", "duplicates", key="names")

    def of_type(name: Any, key: str, types: tuple[str, ...]) -> str:
        allowed = [spec.name for spec in fields if spec.type in types]
        if not isinstance(name, str) or name not in allowed:
            raise fail("form_bad_value", "duplicates", key=key, expected=", ".join(allowed) or "—")
        return name

    def several(key: str, types: tuple[str, ...]) -> tuple[str, ...]:
        items = value.get(key, [])
        if not isinstance(items, list) or len(set(map(str, items))) != len(items):
            raise fail("form_bad_value", "duplicates", key=key, expected="[…], each once")
        return tuple(of_type(item, key, types) for item in items)

    place = value.get("place")
    return DuplicateRule(names=several("names", NAME_TYPES),
                         place=None if place is None else of_type(place, "place", PLACE_TYPES),
                         same=several("same", SAME_TYPES))  # fmt: skip
