"""Field types: how a typed or pasted value becomes the value stored, and what makes it wrong.

Each parser takes what the user gave (text from a form or the command line, or a JSON value) and returns the
canonical value, or raises `BadValue` with a message code. Empty input never reaches a parser: `is_empty` is
checked first, and `required` is the validator's business.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.core import bounds
from app.core.text import clean_number_text, normalise_text

if TYPE_CHECKING:
    from app.core.forms import FieldSpec


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


def _show(value: Any) -> str:
    return bounds.shown(value)


def _bounded_text(text: str, limit: int, *, layout: bool) -> str:
    try:
        return bounds.check_text(text, limit=limit, layout=layout)
    except bounds.BoundExceeded as error:
        raise BadValue(error.code, **error.params) from None


def _check_length(text: str, spec: FieldSpec) -> str:
    if spec.min_length is not None and len(text) < spec.min_length:
        raise BadValue("too_short", min=spec.min_length)
    if spec.max_length is not None and len(text) > spec.max_length:
        raise BadValue("too_long", max=spec.max_length)
    return text


def parse_text(value: Any, spec: FieldSpec) -> str:
    if not isinstance(value, str):
        raise BadValue("not_text")
    text = normalise_text(value).strip()
    if len(text.splitlines()) > 1:  # \n, \r and every other Unicode line or paragraph separator
        raise BadValue("text_has_line_break")
    return _check_length(_bounded_text(text, bounds.TEXT_MAX, layout=False), spec)


def parse_long_text(value: Any, spec: FieldSpec) -> str:
    if not isinstance(value, str):
        raise BadValue("not_text")
    text = normalise_text(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return _check_length(_bounded_text(text, bounds.LONG_TEXT_MAX, layout=True), spec)


def _check_range(number: float, spec: FieldSpec) -> None:
    if spec.min is not None and number < spec.min:
        raise BadValue("below_min", min=spec.min)
    if spec.max is not None and number > spec.max:
        raise BadValue("above_max", max=spec.max)


def parse_integer(value: Any, spec: FieldSpec) -> int:
    if isinstance(value, bool):
        raise BadValue("not_integer", value=_show(value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        text = clean_number_text(value).replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        if not re.fullmatch(r"[+-]?[0-9]{1,18}", text):
            raise BadValue("not_integer", value=_show(value))
        value = int(text)
    if not isinstance(value, int) or abs(value) >= 10**18:  # the same bound as typed text: SQLite's 64 bits
        raise BadValue("not_integer", value=_show(value))
    if abs(value) > bounds.INTEGER_MAX:  # and exact in JSON, as every laptop reads it
        raise BadValue("above_max" if value > 0 else "below_min", max=bounds.INTEGER_MAX, min=-bounds.INTEGER_MAX)
    _check_range(value, spec)
    return value


def _finite(number: Any, code: str, shown: Any) -> float:
    """A JSON number as a float; huge integers, NaN and infinities are refused rather than raising."""
    if isinstance(number, bool) or not isinstance(number, (int, float)):
        raise BadValue(code, value=_show(shown))
    try:
        result = float(number)
    except OverflowError:
        raise BadValue(code, value=_show(shown)) from None
    if not math.isfinite(result) or abs(result) > bounds.DECIMAL_MAX:
        raise BadValue(code, value=_show(shown))
    return result


def parse_decimal(value: Any, spec: FieldSpec) -> float:
    if isinstance(value, bool):
        raise BadValue("not_decimal", value=_show(value))
    if isinstance(value, str):
        text = clean_number_text(value).replace(" ", "").replace("\u00a0", "").replace(",", ".")
        if not re.fullmatch(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)", text):
            raise BadValue("not_decimal", value=_show(value))
        value = float(text)
    number = _finite(value, "not_decimal", value)
    _check_range(number, spec)
    return number


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_date(value: Any, spec: FieldSpec) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        day = value
    elif isinstance(value, str) and _ISO_DAY.fullmatch(value):
        # Stored dates are canonical: the fast path (merges validate tens of thousands of them; strptime is slow).
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            raise BadValue("not_date", value=_show(value)) from None
    elif isinstance(value, str):
        text = clean_number_text(value)
        for pattern in _DATE_FORMATS:
            try:
                day = dt.datetime.strptime(text, pattern).date()
                break
            except ValueError:
                continue
        else:
            raise BadValue("not_date", value=_show(value))
    else:
        raise BadValue("not_date", value=_show(value))
    if spec.min is not None and day.isoformat() < str(spec.min):
        raise BadValue("below_min", min=spec.min)
    if spec.max is not None and day.isoformat() > str(spec.max):
        raise BadValue("above_max", max=spec.max)
    return day.isoformat()


def _choice_value(value: Any, spec: FieldSpec) -> str:
    """A choice by its value, or by its label in any language (so `--set legal_form=تعاونية` works)."""
    if not isinstance(value, str):
        raise BadValue("not_a_choice", value=_show(value))
    text = normalise_text(value).strip()
    for choice in spec.choices:
        if text == choice.value or text in choice.label.values():
            return choice.value
    raise BadValue("not_a_choice", value=_show(value))


def parse_select_one(value: Any, spec: FieldSpec) -> str:
    return _choice_value(value, spec)


def _split_list(value: Any) -> list[Any]:
    if isinstance(value, str):
        items = [part for part in re.split(r"[,،;]", value) if part.strip()]
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        raise BadValue("not_a_choice", value=_show(value))
    if len(items) > bounds.CHOICES_MAX:
        raise BadValue("too_many_items", max=bounds.CHOICES_MAX)
    return items


def _check_count(items: list[Any], spec: FieldSpec) -> None:
    if spec.min_items is not None and len(items) < spec.min_items:
        raise BadValue("too_few_items", min=spec.min_items)
    if spec.max_items is not None and len(items) > spec.max_items:
        raise BadValue("too_many_items", max=spec.max_items)


def parse_select_multiple(value: Any, spec: FieldSpec) -> list[str]:
    chosen: list[str] = []
    for item in _split_list(value):
        choice = _choice_value(item, spec)
        if choice in chosen:
            raise BadValue("duplicate_choice", value=choice)
        chosen.append(choice)
    _check_count(chosen, spec)
    # Stored in the form's order, so that two laptops ticking the same boxes store the same value.
    order = [choice.value for choice in spec.choices]
    return sorted(chosen, key=order.index)


def parse_phone(value: Any, spec: FieldSpec) -> str:
    """Moroccan numbers: 05/06/07 followed by 8 digits, or +212 / 00212 then 5/6/7 and 8 digits."""
    if not isinstance(value, str):
        raise BadValue("not_phone", value=_show(value))
    text = re.sub(r"[\s\-./()\u00a0]", "", clean_number_text(value))
    match = re.fullmatch(r"(?:\+212|00212|212|0)([5-7][0-9]{8})", text)
    if match is None:
        raise BadValue("not_phone", value=_show(value))
    return "+212" + match.group(1)


def parse_reference(value: Any, spec: FieldSpec) -> str:
    if not isinstance(value, str):
        raise BadValue("not_reference", value=_show(value))
    if _CANONICAL_UUID.fullmatch(value):
        return value  # already as stored: the common case, and building a UUID per value is slow in a big merge
    try:
        return str(uuid.UUID(value.strip()))
    except ValueError:
        raise BadValue("not_reference", value=_show(value)) from None


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def parse_geopoint(value: Any, spec: FieldSpec) -> dict[str, float]:
    if isinstance(value, str):
        parts = [p for p in re.split(r"[\s,;،]+", clean_number_text(value)) if p]
        if len(parts) not in (2, 3):
            raise BadValue("not_geopoint", value=_show(value))
        try:
            numbers = [float(p) for p in parts]
        except ValueError:
            raise BadValue("not_geopoint", value=_show(value)) from None
        value = dict(zip(("lat", "lon", "alt"), numbers, strict=False))
    if not isinstance(value, dict) or "lat" not in value or "lon" not in value:
        raise BadValue("not_geopoint", value=_show(value))
    point: dict[str, float] = {}
    for key in ("lat", "lon", "alt", "accuracy"):
        if key in value and (value[key] is not None or key in ("lat", "lon")):
            point[key] = _finite(value[key], "not_geopoint", value)
    if set(value) - {"lat", "lon", "alt", "accuracy"}:
        raise BadValue("not_geopoint", value=_show(value))
    if not (-90 <= point["lat"] <= 90 and -180 <= point["lon"] <= 180):
        raise BadValue("not_geopoint", value=_show(value))
    return point


_SHA256 = re.compile(r"[0-9a-f]{64}")


def parse_photos(value: Any, spec: FieldSpec) -> list[dict[str, str]]:
    if not isinstance(value, list):
        raise BadValue("not_photo_list")
    if len(value) > bounds.PHOTOS_MAX:
        raise BadValue("too_many_items", max=bounds.PHOTOS_MAX)
    photos = []
    for item in value:
        digest = item.get("sha256") if isinstance(item, dict) else None
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            raise BadValue("not_photo_list")
        if set(item) - {"sha256", "name", "caption"}:
            raise BadValue("not_photo_list")
        photo = {"sha256": item["sha256"]}
        for key in ("name", "caption"):
            if isinstance(item.get(key), str) and item[key].strip():
                label = normalise_text(item[key]).strip()
                photo[key] = _bounded_text(label, bounds.PHOTO_LABEL_MAX, layout=False)
        photos.append(photo)
    _check_count(photos, spec)
    return photos


def check_group_items(value: Any, spec: FieldSpec) -> list[Any]:
    """A group's value must be a list of mappings; the validator checks each entry's fields."""
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise BadValue("not_group")
    if len(value) > bounds.GROUP_ENTRIES_MAX:
        raise BadValue("too_many_items", max=bounds.GROUP_ENTRIES_MAX)
    _check_count(value, spec)
    return value


PARSERS: dict[str, Callable[[Any, FieldSpec], Any]] = {
    "text": parse_text,
    "long_text": parse_long_text,
    "integer": parse_integer,
    "decimal": parse_decimal,
    "date": parse_date,
    "select_one": parse_select_one,
    "select_multiple": parse_select_multiple,
    "phone": parse_phone,
    "reference": parse_reference,
    "geopoint": parse_geopoint,
    "photos": parse_photos,
    "group": check_group_items,
}

FIELD_TYPES = tuple(PARSERS)
