"""Reading exported spreadsheets back in tests, with other libraries than the one that wrote them (openpyxl for
XLSX, Python's csv for CSV), and turning a row back into stored values, independently of app/exchange."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from app.core.field_types import choice_for
from app.core.forms import FieldSpec, FormSpec


def read_xlsx(path: Path) -> dict[str, tuple[list[str], list[str], list[dict[str, Any]]]]:
    """Sheet title -> (labels, names, rows as {name: value})."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    sheets = {}
    for sheet in book.worksheets:
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        labels, names = [str(v) for v in rows[0]], [str(v) for v in rows[1]]
        sheets[sheet.title] = (labels, names, [dict(zip(names, row, strict=True)) for row in rows[2:]])
    return sheets


def read_csv(path: Path) -> tuple[list[str], list[str], list[dict[str, Any]]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark: Excel would not read the file as UTF-8"
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    labels, names = rows[0], rows[1]
    return labels, names, [dict(zip(names, row, strict=True)) for row in rows[2:]]


def stored_value(spec: FieldSpec, row: dict[str, Any], *, labels: bool, csv_text: bool) -> Any:
    """The value a row holds for a field, as the store keeps it (None when its cells are empty)."""
    kind = spec.type
    if kind == "geopoint":
        point = {key: row.get(f"{spec.name}.{key}") for key in ("lat", "lon", "alt", "accuracy")}
        point = {key: float(v) for key, v in point.items() if v not in (None, "")}
        return point or None
    if kind == "reference":
        value = row.get(f"{spec.name}.id")
        return value or None
    value = row.get(spec.name)
    if value in (None, ""):
        return None
    quoted = ("=", "+", "-", "@", "\t", "\r", "'")  # a first apostrophe is doubled too (app/exchange/csv_out.py)
    if csv_text and isinstance(value, str) and value.startswith("'") and value[1:2] in quoted:
        value = value[1:]
    if kind == "integer":
        return int(value)
    if kind == "decimal":
        return float(value)
    if kind == "date":
        if isinstance(value, dt.datetime):
            assert value.time() == dt.time(), value
            return value.date().isoformat()
        return dt.date.fromisoformat(str(value)).isoformat()
    if kind == "select_one":
        return _choice(spec, str(value), labels)
    if kind == "select_multiple":
        return [_choice(spec, part.strip(), labels) for part in str(value).split("; ")]
    return str(value)


def _choice(spec: FieldSpec, text: str, labels: bool) -> str:
    if not labels:
        return text
    choice = choice_for(spec, text)
    assert choice is not None, f"{text!r} is no label of {spec.name}"
    return choice.value


def record_data(form: FormSpec, row: dict[str, Any], entries: dict[str, list[dict[str, Any]]], *,
                labels: bool, csv_text: bool = False) -> dict[str, Any]:  # fmt: skip
    """A record's data from its row and its groups' rows (`entries`: group name -> rows, in position order)."""
    data: dict[str, Any] = {}
    for spec in form.fields:
        if spec.type == "group":
            rows = entries.get(spec.name, [])
            if rows:
                data[spec.name] = [
                    {sub.name: v for sub in spec.fields
                     if (v := stored_value(sub, entry, labels=labels, csv_text=csv_text)) is not None}
                    for entry in rows
                ]  # fmt: skip
            continue
        if spec.type == "photos":
            continue  # compared by name, separately
        value = stored_value(spec, row, labels=labels, csv_text=csv_text)
        if value is not None:
            data[spec.name] = value
    return data
