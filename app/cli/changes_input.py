"""Turning command-line input (`--set field=value`, `--json FILE|-`) into record data and photos to store.

Input is held to the declared bounds (`app.core.bounds`) as it is read: files are read up to their bound and no
further (`--set photos=/dev/zero` reads nothing: only regular files are photos), JSON is read as bytes and decoded as
UTF-8 (or UTF-16/UTF-32 when a byte order mark says so: `decode_input`), never in the system's code page; text that
is not UTF-8 and JSON nested beyond Python's stack are refused as bad input (exit 2), and a large photo is scaled
down before it is named by its digest. The values themselves are then checked by `clean_record`.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from app.core import bounds
from app.core.errors import InvalidInput
from app.core.forms import FormSpec
from app.core.pictures import open_regular, read_photo_file

PhotoFile = tuple[bytes, str]  # content, mime type (as read_photo_file returns them)


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
            raise InvalidInput("bad_assignment", text=bounds.shown(text, 200))
        name = name.strip()
        for part in (name, value):  # an argument the terminal could not decode arrives with lone surrogates
            try:
                bounds.decode_utf8(part)
            except bounds.BoundExceeded:
                raise InvalidInput("text_not_utf8", field=bounds.shown(name)) from None
        data[name] = _value_for(form, name, value)
    photos: list[PhotoFile] = []
    for spec in form.fields:
        if spec.field_type.holds_photos and isinstance(data.get(spec.name), list):
            data[spec.name], found = _photo_values(spec.name, data[spec.name])
            photos.extend(found)
    return data, photos


def _read_json(source: str) -> dict[str, Any]:
    shown = "-" if source == "-" else bounds.shown(source, 200)
    limit = bounds.JSON_INPUT_BYTES_MAX
    try:
        if source == "-":
            if sys.stdin is None:  # a program started without a console (Taawun.exe): nothing to read
                raise OSError("no standard input")
            content = sys.stdin.buffer.read(limit + 1)  # bytes, never the console's or the system's code page
        else:
            with open_regular(source) as file:
                content = file.read(limit + 1)
    except OSError as error:
        raise InvalidInput("file_unreadable", path=shown, detail=bounds.shown(str(error), 200)) from None
    if len(content) > limit:
        raise InvalidInput("json_input_too_large", path=shown, max=limit // 1_000_000)
    text = decode_input(content, shown=shown)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput("bad_json", detail=str(error)) from None
    except RecursionError:  # nested deeper than Python's stack; shallower monsters are refused by clean_record
        raise InvalidInput("json_too_deep", path=shown, max=bounds.JSON_DEPTH_MAX) from None
    if not isinstance(value, dict):
        raise InvalidInput("json_not_object")
    return value


_BOMS = (  # the longest first: a UTF-32 LE BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_input(content: bytes, *, shown: str) -> str:
    """Text given to a command, whatever the system's code page: UTF-8, or the encoding its byte order mark names
    (Notepad writes UTF-8 with a BOM, PowerShell 5.1's `>` and `Out-File` UTF-16 LE with a BOM). Never the ANSI code
    page: under 1256 Arabic would be stored as mojibake, and travel to every laptop. Anything else is refused as
    bad input (exit 2), naming `shown` (the file, or "-" for standard input)."""
    encoding, start = "utf-8", 0
    for bom, name in _BOMS:
        if content.startswith(bom):
            encoding, start = name, len(bom)
            break
    try:
        return content[start:].decode(encoding)
    except UnicodeDecodeError:
        raise InvalidInput("input_not_utf8", path=shown) from None


def _value_for(form: FormSpec, name: str, text: str) -> Any:
    """What `--set name=text` gives, as the field's type reads it (groups and geopoints may be given as JSON, photos
    as file paths separated by `;`); a field the form does not have keeps the text (refused by clean_record)."""
    spec = form.field(name)
    if spec is None or text.strip() == "":
        return text
    return spec.field_type.from_cli(spec, text)


def _photo_values(field: str, items: list[Any]) -> tuple[list[Any], list[PhotoFile]]:
    values: list[Any] = []
    files: list[PhotoFile] = []
    if len(items) > bounds.PHOTOS_MAX:
        return items, files  # refused by clean_record, naming the bound, before any file is read
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("path"), str):
            content, mime = read_photo_file(Path(item["path"]), field=field)
            files.append((content, mime))
            values.append({"sha256": hashlib.sha256(content).hexdigest(), "name": Path(item["path"]).name})
        else:
            values.append(item)
    return values, files
