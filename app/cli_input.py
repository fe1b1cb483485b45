"""Turning command-line input (`--set field=value`, `--json FILE|-`) into record data and photos to store."""

from __future__ import annotations

import json
import mimetypes
import sys
from pathlib import Path
from typing import Any

from app.core.errors import InvalidInput
from app.core.forms import FormSpec

PhotoFile = tuple[bytes, str]  # content, mime type


def read_changes(
    form: FormSpec, assignments: list[str], json_source: str | None
) -> tuple[dict[str, Any], list[PhotoFile]]:
    """The values given, by field name, and the photo files they name (read, not yet stored)."""
    data: dict[str, Any] = {}
    if json_source is not None:
        data.update(_read_json(json_source))
    for text in assignments:
        name, sep, value = text.partition("=")
        if not sep or not name.strip():
            raise InvalidInput("bad_assignment", text=text)
        data[name.strip()] = _value_for(form, name.strip(), value)
    photos: list[PhotoFile] = []
    for spec in form.fields:
        if spec.type == "photos" and isinstance(data.get(spec.name), list):
            data[spec.name], found = _photo_values(data[spec.name])
            photos.extend(found)
    return data, photos


def _read_json(source: str) -> dict[str, Any]:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput("file_unreadable", path=source, detail=str(error)) from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput("bad_json", detail=str(error)) from None
    if not isinstance(value, dict):
        raise InvalidInput("json_not_object")
    return value


def _value_for(form: FormSpec, name: str, text: str) -> Any:
    """Groups and geopoints may be given as JSON; photos as file paths separated by `;`."""
    spec = form.field(name)
    if spec is None or text.strip() == "":
        return text
    if spec.type == "group" or (spec.type == "geopoint" and text.lstrip().startswith("{")):
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise InvalidInput("bad_json", detail=f"{name}: {error}") from None
    if spec.type == "photos":
        return [{"path": part.strip()} for part in text.split(";") if part.strip()]
    return text


def _photo_values(items: list[Any]) -> tuple[list[Any], list[PhotoFile]]:
    import hashlib

    values: list[Any] = []
    files: list[PhotoFile] = []
    for item in items:
        if isinstance(item, dict) and "path" in item:
            path = Path(str(item["path"]))
            try:
                content = path.read_bytes()
            except OSError as error:
                raise InvalidInput("photo_unreadable", path=str(path), detail=str(error)) from None
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            files.append((content, mime))
            values.append({"sha256": hashlib.sha256(content).hexdigest(), "name": path.name})
        else:
            values.append(item)
    return values, files
