"""Exporting records to a spreadsheet: a list as filtered on screen, or every form, as XLSX or CSV.

The records are read through the lists' own query (app/db/record_query.py), a batch at a time, and written as they
come: memory stays bounded whatever the number of records (the writers stream too). Deleted records are left out
(the lists never show them); drafts are marked in the state column.

Nothing is ever half written: every file (the workbook, each CSV file, the photos) is first written beside its
final place under a temporary name, and only when all are complete are they put in place, each in one step. A
pulled stick or a full disk leaves the previous files as they were and no new name (the temporaries are removed).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.display import record_title
from app.core.errors import InvalidInput, StorageError
from app.core.field_types.base import SheetOptions
from app.core.field_types.media import photo_file_name
from app.core.files import place_file
from app.core.forms import FieldSpec, FormRegistry, FormSpec
from app.db.listing import ListQuery
from app.db.record_query import RecordQuery, record_batches, titles
from app.db.store import Record, Store
from app.exchange.csv_out import CsvSheets
from app.exchange.sheets import SheetPlan, plan_sheets, record_rows
from app.exchange.xlsx_out import XlsxSheets

FORMATS = ("xlsx", "csv")
Progress = Callable[[int], None]  # records written so far


@dataclass
class ExportResult:
    records: int = 0
    files: list[Path] = field(default_factory=list)  # in their final places
    photos: int = 0


def export_lists(store: Store, queries: Iterable[ListQuery], target: Path, *, fmt: str, lang: str,
                 choice_values: bool = False, photos: bool = False,
                 progress: Progress | None = None) -> ExportResult:  # fmt: skip
    """The records each query's list shows, written to `target` (`fmt` "xlsx": one workbook, a sheet per form and
    per repeated group; "csv": `target` for a single form's records, `<stem>-<sheet>.csv` beside it for the other
    sheets). `photos`: the photos of the records written into the folder `<stem>-photos` beside it, named as the
    photo cells name them. Raises StorageError (nothing written) when a file cannot be written."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    queries = list(queries)
    target = Path(target)
    plans = [(query, plan_sheets(store.forms.get(query.form), lang)) for query in queries]
    placed = _Placed()
    try:
        result = _write(store, plans, target, placed, fmt=fmt, lang=lang, choice_values=choice_values,
                        photos=photos, progress=progress)  # fmt: skip
        result.files = placed.place_all()
    except OSError as error:
        placed.discard()
        raise StorageError("export_write_failed", path=str(target), detail=error.strerror or str(error)) from None
    except BaseException:
        placed.discard()
        raise
    return result


def every_form(forms: FormRegistry) -> list[ListQuery]:
    """`taawun export all` and File › Export everything: each form's live records, unfiltered."""
    return [ListQuery(name) for name in forms.names()]


def _write(store: Store, plans: list[tuple[ListQuery, tuple[SheetPlan, ...]]], target: Path, placed: _Placed, *,
           fmt: str, lang: str, choice_values: bool, photos: bool, progress: Progress | None) -> ExportResult:  # fmt: skip
    result = ExportResult()
    digests: dict[str, str] = {}  # photo digest -> file name, in the order met
    single = len(plans) == 1
    writer: XlsxSheets | CsvSheets
    if fmt == "xlsx":
        writer = XlsxSheets(placed.temporary(target), lang)
    else:
        writer = CsvSheets(lambda plan: placed.temporary(_csv_path(target, plan, single and plan.group is None)))
    try:
        indexes = [[writer.add_sheet(plan) for plan in sheets] for _, sheets in plans]
        _write_records(store, plans, indexes, writer, digests if photos else None, lang, choice_values, result,
                       progress)  # fmt: skip
    except BaseException:
        writer.abandon()
        raise
    writer.close()
    if photos and digests:
        result.photos = _write_photos(store, digests, placed.folder(target.with_name(f"{target.stem}-photos")))
    return result


def _write_records(store: Store, plans: list[tuple[ListQuery, tuple[SheetPlan, ...]]], indexes: list[list[int]],
                   writer: Any, digests: dict[str, str] | None, lang: str, choice_values: bool,
                   result: ExportResult, progress: Progress | None) -> None:  # fmt: skip
    for (query, sheets), sheet_indexes in zip(plans, indexes, strict=True):
        form = store.forms.get(query.form)
        for batch in record_batches(store.conn, store.forms, RecordQuery(query)):
            options = SheetOptions(lang, _batch_titles(store, form, batch, lang), choice_values)
            for record in batch:
                for index, row in record_rows(sheets, record, options):
                    writer.write_row(sheet_indexes[index], row)
                if digests is not None:
                    for photo in _photos(form.fields, record.data):
                        digests.setdefault(str(photo["sha256"]), photo_file_name(photo))
                result.records += 1
            if progress is not None:
                progress(result.records)


def _csv_path(target: Path, plan: SheetPlan, is_target: bool) -> Path:
    return target if is_target else target.with_name(f"{target.stem}-{plan.key}{target.suffix or '.csv'}")


def _batch_titles(store: Store, form: FormSpec, batch: list[Record], lang: str) -> Callable[[str], str | None]:
    """The titles of the records this batch refers to, read in one query."""
    ids = {target for record in batch for target in _references(form.fields, record.data)}
    found = titles(store.conn, store.forms, ids) if ids else {}
    named = {
        record_id: record_title(store.forms.get(other), data, lang, machine=False)
        for record_id, (other, data) in found.items()
    }
    return named.get


def _references(fields: tuple[FieldSpec, ...], data: dict[str, Any]) -> Iterator[str]:
    for spec in fields:
        value = data.get(spec.name)
        if spec.field_type.refers_to_record and isinstance(value, str):
            yield value
        elif spec.field_type.repeated and isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict):
                    yield from _references(spec.fields, entry)


def _photos(fields: tuple[FieldSpec, ...], data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for spec in fields:
        value = data.get(spec.name)
        if spec.field_type.holds_photos and isinstance(value, list):
            yield from (photo for photo in value if isinstance(photo, dict) and isinstance(photo.get("sha256"), str))
        elif spec.field_type.repeated and isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict):
                    yield from _photos(spec.fields, entry)


def _write_photos(store: Store, digests: dict[str, str], folder: Path) -> int:
    written = 0
    for digest, name in digests.items():
        try:
            content = store.photo(digest)
        except InvalidInput:  # a photo this laptop has not received (the record came without it): its name stays
            continue
        (folder / name).write_bytes(content)
        written += 1
    return written


class _Placed:
    """The temporary files and folder of one export, put in their places together at the end, or all removed."""

    def __init__(self) -> None:
        self.tag = os.urandom(4).hex()
        self.files: list[tuple[Path, Path]] = []  # (temporary, final)
        self.folders: list[tuple[Path, Path]] = []

    def temporary(self, final: Path) -> Path:
        temporary = final.with_name(f".{final.name}.{self.tag}.tmp")
        self.files.append((temporary, final))
        return temporary

    def folder(self, final: Path) -> Path:
        temporary = final.with_name(f".{final.name}.{self.tag}.tmp")
        temporary.mkdir()
        self.folders.append((temporary, final))
        return temporary

    def place_all(self) -> list[Path]:
        for temporary, final in self.files:
            place_file(temporary, final)
        for temporary, final in self.folders:
            for photo in temporary.iterdir():  # each photo put in place: a folder of an earlier export is merged
                final.mkdir(exist_ok=True)
                place_file(photo, final / photo.name)
            temporary.rmdir()
        return [final for _, final in self.files] + [final for _, final in self.folders]

    def discard(self) -> None:
        for temporary, _ in self.files:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
        for temporary, _ in self.folders:
            with contextlib.suppress(OSError):
                for photo in temporary.iterdir():
                    photo.unlink()
                temporary.rmdir()
