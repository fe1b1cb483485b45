"""The field types of form files, one class each (the model is qutebrowser's `config/configtypes.py`).

A type is everything the application knows about a kind of value: the keys of its definition (any other key is
refused when a form is loaded), how typed text or JSON becomes the stored value and what makes it wrong, the
references and photos it holds, its text in each language, its searchable words, its sort key and what the command
line makes of `--set field=…`. A field's type object is `spec.field_type`; a new type is a subclass of
`FieldType` (app/core/field_types/base.py) added to `TYPES` below, and a widget in app/ui/forms/widgets.py.
"""

from __future__ import annotations

from app.core.field_types.base import (
    COMMON_KEYS,
    BadValue,
    FieldType,
    InputContext,
    Link,
    TitleLookup,
    is_empty,
    resolve_fields,
    text_of,
)
from app.core.field_types.choices import SelectMultipleType, SelectOneType, choice_for, choice_params, choices_text
from app.core.field_types.media import GeopointType, PhotosType
from app.core.field_types.numbers import DateType, DecimalType, IntegerType
from app.core.field_types.places import ProvinceType
from app.core.field_types.records import GroupType, ReferenceType
from app.core.field_types.texts import LongTextType, PhoneType, TextType

TYPES: dict[str, FieldType] = {
    kind.name: kind
    for kind in (
        TextType(), LongTextType(), IntegerType(), DecimalType(), DateType(), SelectOneType(), SelectMultipleType(),
        PhoneType(), ReferenceType(), GeopointType(), PhotosType(), GroupType(), ProvinceType(),
    )
}  # fmt: skip
FIELD_TYPES = tuple(TYPES)
# Every key some type reads: a key outside these is unknown to every type (a typo, say), not merely misplaced.
FIELD_KEYS = COMMON_KEYS.union(*(kind.keys for kind in TYPES.values()))

__all__ = [
    "COMMON_KEYS", "FIELD_KEYS", "FIELD_TYPES", "TYPES", "BadValue", "FieldType", "InputContext", "Link",
    "TitleLookup", "choice_for", "choice_params", "choices_text", "is_empty", "resolve_fields", "text_of",
]  # fmt: skip
