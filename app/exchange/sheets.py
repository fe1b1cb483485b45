"""What a form becomes in a spreadsheet: its sheets, their columns, and the rows of one record.

As Kobo and ODK export a form: one sheet for the records (a row each) and one sheet per repeated group (a row per
entry), linked by the record's id and the entry's position. Every sheet has two header rows: the labels in the
export's language for people, then the names an import reads back (a field's name, `field.part` for a value split
over columns: a reference's title and `.id`, a position's `.lat`, `.lon`...; Taawun's own columns start with `_`).
Which columns a field takes and what goes in them is its type's answer (`FieldType.sheet_columns`, `sheet_cells`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.core.field_types.base import Cell, SheetOptions
from app.core.forms import FieldSpec, FormSpec
from app.core.messages import translate
from app.db.store import Record

RECORD_ID = "_id"  # in a form's sheet, the record's id; in a group's sheet, the id of the record holding the entry
POSITION = "_position"  # in a group's sheet, the entry's place in its record's list, from 1
STATE, AUTHOR, UPDATED, VERSION = "_state", "_author", "_updated", "_version"
SHEET_NAME_MAX = 31  # Excel's limit
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
# Long texts get wide columns; the others a width from their header (see xlsx_out).
_WIDE_TYPES = frozenset({"long_text"})


@dataclass(frozen=True)
class Column:
    name: str  # the second header row: what an import reads
    label: str  # the first header row, in the export's language
    field: FieldSpec | None = None  # None for Taawun's own columns
    wide: bool = False


@dataclass(frozen=True)
class SheetPlan:
    key: str  # the form's name, or "form.group"
    title: str  # the sheet's name in a workbook, the file's name part in CSV (unique, at most 31 characters)
    columns: tuple[Column, ...]
    group: FieldSpec | None = None  # the repeated group whose entries are the rows


def plan_sheets(form: FormSpec, lang: str) -> tuple[SheetPlan, ...]:
    """The form's sheet, then one per repeated group, in the form's order."""
    own = (Column(RECORD_ID, translate("sheet_record_id", lang)), Column(STATE, translate("sheet_state", lang)))
    after = (
        Column(AUTHOR, translate("sheet_author", lang)),
        Column(UPDATED, translate("sheet_updated", lang)),
        Column(VERSION, translate("sheet_version", lang)),
    )
    titles: set[str] = set()
    plans = [SheetPlan(form.name, _sheet_title(_label(form.label, lang, form.name), titles),
                       own + _field_columns(form.fields, lang) + after)]  # fmt: skip
    for spec in form.fields:
        if spec.field_type.repeated:
            columns = (
                Column(RECORD_ID, translate("sheet_record_id", lang)),
                Column(POSITION, translate("sheet_position", lang)),
                *_field_columns(spec.fields, lang),
            )
            plans.append(SheetPlan(f"{form.name}.{spec.name}", _sheet_title(_label(spec.label, lang, spec.name),
                                                                             titles), columns, group=spec))  # fmt: skip
    return tuple(plans)


def record_rows(
    plans: tuple[SheetPlan, ...], record: Record, options: SheetOptions
) -> Iterator[tuple[int, list[Cell]]]:
    """(index of the sheet in `plans`, row) for a record: its row in the form's sheet, then a row per entry of
    each of its groups."""
    yield 0, _fill(plans[0].columns, record.data, options, _own_cells(record, options))
    for index, plan in enumerate(plans[1:], start=1):
        assert plan.group is not None
        entries = record.data.get(plan.group.name)
        if not isinstance(entries, list):
            continue
        for position, entry in enumerate(entries, start=1):
            if isinstance(entry, dict):
                yield index, _fill(plan.columns, entry, options, {RECORD_ID: record.id, POSITION: position})


def _own_cells(record: Record, options: SheetOptions) -> dict[str, Cell]:
    return {
        RECORD_ID: record.id,
        STATE: translate(f"state_{record.state}", options.lang),
        AUTHOR: record.author,
        UPDATED: _local_time(record.updated_at),
        VERSION: record.hlc,
    }


def _local_time(stamp: str) -> Cell:
    """A stored time (ISO, with its offset) as the laptop's local time without offset, which Excel shows as a date
    and time; as stored if it is not one."""
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().replace(tzinfo=None, microsecond=0)
    except (TypeError, ValueError):
        return stamp


def _fill(columns: tuple[Column, ...], data: dict[str, Any], options: SheetOptions, own: dict[str, Cell]) -> list[Cell]:
    """The cells of one row: Taawun's columns from `own`, each field's from its type (a field split over several
    columns fills them in turn)."""
    row: list[Cell] = []
    done: set[str] = set()
    for column in columns:
        spec = column.field
        if spec is None:
            row.append(own.get(column.name))
        elif spec.name not in done:
            done.add(spec.name)
            value = data.get(spec.name)
            parts = spec.field_type.sheet_columns(spec)
            cells = (None,) * len(parts) if value is None else spec.field_type.sheet_cells(spec, value, options)
            row += list(cells)
    return row


def _field_columns(fields: tuple[FieldSpec, ...], lang: str) -> tuple[Column, ...]:
    columns: list[Column] = []
    for spec in fields:
        label = _label(spec.label, lang, spec.name)
        for part in spec.field_type.sheet_columns(spec):
            if part:
                columns.append(Column(f"{spec.name}.{part}", f"{label} ({translate(f'sheet_part_{part}', lang)})",
                                      spec))  # fmt: skip
            else:
                columns.append(Column(spec.name, label, spec, wide=spec.type in _WIDE_TYPES))
    return tuple(columns)


def _label(labels: dict[str, str], lang: str, fallback: str) -> str:
    return labels.get(lang) or labels.get("en") or fallback


def _sheet_title(label: str, taken: set[str]) -> str:
    """A sheet name Excel accepts: without []:*?/\\, not starting or ending with an apostrophe, at most 31
    characters, and unlike the others (Excel compares them without case)."""
    base = _NOT_IN_SHEET_NAMES.sub(" ", label).strip().strip("'").strip() or "Sheet"
    title, number = base[:SHEET_NAME_MAX], 1
    while title.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        title = base[: SHEET_NAME_MAX - len(suffix)] + suffix
    taken.add(title.casefold())
    return title
