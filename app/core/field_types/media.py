"""Types a device captures: a GPS position, and photos (named by their SHA-256; the bytes live in the database)."""

from __future__ import annotations

import re
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
    bounded_text,
    cell_text,
    check_count,
    finite,
    json_input,
    read_counts,
    shown,
)
from app.core.files import windows_file_name
from app.core.text import clean_number_text, normalise_text

if TYPE_CHECKING:
    from app.core.forms import FieldSpec

_POINT_KEYS = ("lat", "lon", "alt", "accuracy")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def photo_file_name(photo: dict[str, Any]) -> str:
    """The name a photo's file takes outside Taawun (a spreadsheet's photo folder): the start of its digest, so two
    photos both called "IMG_0001.jpg" stay two files, then its own name (made safe for Windows) or ".jpg"."""
    digest = str(photo.get("sha256", ""))[:12]
    name = photo.get("name")
    if not isinstance(name, str) or not name.strip():
        return f"{digest}.jpg"
    return windows_file_name(f"{digest}-{name.strip()}", limit=100)


class GeopointType(FieldType):
    """`{lat, lon}` (and `alt`, `accuracy` when known); typed as "lat lon [alt]" or given as JSON."""

    name = "geopoint"
    left_to_right = True
    structured = True
    listed = False

    def parse(self, value: Any, spec: FieldSpec) -> dict[str, float]:
        if isinstance(value, str):
            parts = [p for p in re.split(r"[\s,;،]+", clean_number_text(value)) if p]
            if len(parts) not in (2, 3):
                raise BadValue("not_geopoint", value=shown(value))
            try:
                numbers = [float(p) for p in parts]
            except ValueError:
                raise BadValue("not_geopoint", value=shown(value)) from None
            value = dict(zip(("lat", "lon", "alt"), numbers, strict=False))
        if not isinstance(value, dict) or "lat" not in value or "lon" not in value:
            raise BadValue("not_geopoint", value=shown(value))
        point: dict[str, float] = {}
        for key in _POINT_KEYS:
            if key in value and (value[key] is not None or key in ("lat", "lon")):
                point[key] = finite(value[key], "not_geopoint", value)
        if set(value) - set(_POINT_KEYS):
            raise BadValue("not_geopoint", value=shown(value))
        if not (-90 <= point["lat"] <= 90 and -180 <= point["lon"] <= 180):
            raise BadValue("not_geopoint", value=shown(value))
        return point

    def display(self, spec: FieldSpec, value: Any, lang: str, *, titles: TitleLookup | None = None) -> str:
        if isinstance(value, dict):
            return f"{value.get('lat')}, {value.get('lon')}"
        return str(value)

    def sheet_columns(self, spec: FieldSpec) -> tuple[str, ...]:
        return _POINT_KEYS  # latitude and longitude in columns of their own, as maps and Kobo read them

    def sheet_cells(self, spec: FieldSpec, value: Any, options: SheetOptions) -> tuple[Cell, ...]:
        if not isinstance(value, dict):
            return (str(value), None, None, None)
        return tuple(value.get(key) if isinstance(value.get(key), int | float) else None for key in _POINT_KEYS)

    def from_cli(self, spec: FieldSpec, text: str) -> Any:
        return json_input(spec, text) if text.lstrip().startswith("{") else text

    def from_sheet(self, spec: FieldSpec, cells: Mapping[str, Cell], context: InputContext) -> Any:
        """Latitude, longitude (and altitude, accuracy) from their columns; or "lat lon" in one column."""
        point: dict[str, Any] = {}
        for key in _POINT_KEYS:
            cell = cells.get(key)
            if isinstance(cell, str):
                number = clean_number_text(cell).replace(",", ".")
                try:
                    cell = float(number) if number else None
                except ValueError:
                    raise BadValue("not_geopoint", value=shown(cells.get(key))) from None
            if cell is not None:
                point[key] = cell
        if not point:
            text = cell_text(cells.get(""))
            return None if text is None else text  # "29.72 -8.97": read by `parse`
        return point  # lat or lon missing: refused by `parse`


class PhotosType(FieldType):
    """A list of `{sha256, name, caption}`; on the command line, file paths separated by `;`."""

    name = "photos"
    keys = frozenset({"min_items", "max_items"})
    structured = True
    holds_photos = True
    listed = False
    read_from_sheet = False  # a cell names photos, it does not hold them

    def read_definition(self, definition: dict[str, Any], reader: DefinitionReader, where: str) -> dict[str, Any]:
        return read_counts(definition, reader, where, ("min_items", "max_items"))

    def parse(self, value: Any, spec: FieldSpec) -> list[dict[str, str]]:
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
                    photo[key] = bounded_text(label, bounds.PHOTO_LABEL_MAX, layout=False)
            photos.append(photo)
        check_count(photos, spec)
        return photos

    def links(self, spec: FieldSpec, value: Any, path: str) -> Iterator[Link]:
        if isinstance(value, list):
            for photo in value:
                if isinstance(photo, dict) and isinstance(photo.get("sha256"), str):
                    yield Link(path, "photo", photo["sha256"])

    def display(self, spec: FieldSpec, value: Any, lang: str, *, titles: TitleLookup | None = None) -> str:
        if not isinstance(value, list):
            return str(value)
        return ", ".join(photo.get("name") or photo.get("sha256", "")[:12] for photo in value)

    def sheet_cells(self, spec: FieldSpec, value: Any, options: SheetOptions) -> tuple[Cell, ...]:
        if not isinstance(value, list):
            return (str(value),)
        return ("; ".join(photo_file_name(photo) for photo in value if isinstance(photo, dict)),)

    def from_cli(self, spec: FieldSpec, text: str) -> Any:
        return [{"path": part.strip()} for part in text.split(";") if part.strip()]
