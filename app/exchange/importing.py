"""Importing a sheet into a form: a dry run, all rows, or only the valid ones.

Every row is read and checked as the form checks what a person types (app/exchange/row_reading.py). A dry run
writes nothing to the database. A real import writes in ONE transaction, a row at a time as it is read (memory
stays bounded whatever the size of the file): either every row, when none has a problem (one problem and nothing
is written: the transaction is rolled back, every problem still reported), or only the valid rows
(`only_valid`). Whatever fails midway (a bug, a full disk, the file gone) rolls the whole import back: nothing is
ever half written.

The problems are listed by sheet, row (as Excel numbers it) and column, and written beside the file as a workbook
(`<file>-problems.xlsx`, app/exchange/problems_out.py) holding the list and the rows concerned, to fix in Excel.
A row that likely duplicates a record of the form or an earlier row of the file (app/exchange/import_duplicates.py)
is a warning in the same list: it is imported all the same, unless `skip_duplicates` leaves such rows out.

A row that changes a record changed since the export (its `_version` is not the record's current stamp) is a
warning too: it is imported as the record's new version, and a conflict is recorded between the version the record
held and the imported one (`app.sync.conflicts.record_conflict`), exactly as a merge records two laptops' concurrent
edits: the same id, the same review (the window's "Conflicts to review", `taawun conflicts`), the same resolution
keeping either side, and it travels in the sync packages. Nothing is lost meanwhile: the imported version is shown
(it has the greatest stamp), the other stays in the history.

Where a record came from: each version an import writes says so in its history row (`origin`, migration 6:
"FILE:ROW", the file's name without its folder, which the window and `taawun history` show as "Imported from FILE,
row N" in the reader's language), and in the log file (`imported <file> row N: record … version …`, no record
contents).
"""

from __future__ import annotations

import itertools
import logging
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.bounds import ORIGIN_MAX, shown
from app.core.clock import now_text
from app.core.errors import InvalidInput
from app.core.field_types.base import cell_text
from app.core.forms import FormSpec
from app.db.store import Store
from app.exchange.import_duplicates import DUPLICATE, DuplicateRows
from app.exchange.import_plan import (
    FORM_OWN,
    GROUP_OWN,
    Keys,
    SheetMap,
    check_required,
    column_keys,
    fold,
    header_of,
    plan_columns,
)
from app.exchange.row_reading import Entry, GroupSheet, RecordNames, RowOutcome, RowProblem, RowReader
from app.exchange.sheet_input import Merged, Sheet, SheetRow, Workbook, open_workbook
from app.exchange.sheets import POSITION, RECORD_ID
from app.sync.conflicts import record_conflict

log = logging.getLogger("taawun.import")
Progress = Callable[[int], None]  # rows read so far
PROGRESS_EVERY = 200


@dataclass
class ImportResult:
    path: Path
    sheet: str
    dry_run: bool
    rows: int = 0  # rows of data read in the form's sheet
    created: int = 0
    updated: int = 0
    unchanged: int = 0  # rows naming a record that already holds their values: no new version
    written: bool = False  # the transaction committed (never in a dry run)
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)  # said, imported all the same: duplicates, conflicts
    conflicts: int = 0  # rows of records changed since the export: conflicts recorded (to be, in a dry run)
    skipped_duplicates: int = 0  # rows without problems left out as likely duplicates (`skip_duplicates`)
    bad_rows: int = 0  # rows of the form's sheet left out for their problems (or whose entries have problems)
    ignored_columns: list[str] = field(default_factory=list)
    unread_columns: list[str] = field(default_factory=list)
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # how the file was read
    origins: list[tuple[int, str, int]] = field(default_factory=list)  # (row, record id, version) written
    problems_file: Path | None = None
    problems_file_error: str | None = None

    @property
    def valid(self) -> int:
        return self.rows - self.bad_rows

    @property
    def duplicates(self) -> int:
        """Rows flagged as likely duplicates (the warnings that are not conflicts)."""
        return sum(1 for warning in self.warnings if warning.code == DUPLICATE)


class _Refused(Exception):
    """Rows have problems and only a clean sheet may be imported: the transaction is rolled back."""


def import_sheet(store: Store, form_name: str, path: Path | str, *, sheet: str | None = None,
                 mapping: dict[str, str] | None = None, dry_run: bool = False, only_valid: bool = False,
                 lang: str = "ar", progress: Progress | None = None, write_problems: bool = True,
                 skip_duplicates: bool = False) -> ImportResult:  # fmt: skip
    """Read `path`'s sheet (the first, or `sheet`) into `form_name`'s records; see the module's text. Raises
    InvalidInput (nothing written) when the file, the sheet or its columns cannot be read."""
    form = store.forms.get(form_name)
    path = Path(path)
    with open_workbook(path) as book:
        main = book.sheet(sheet)
        plan, rows = _form_plan(form, main, mapping, lang)
        result = ImportResult(path, main.title, dry_run, ignored_columns=plan.ignored, unread_columns=plan.unread)
        groups = _group_sheets(book, form, main.title, result)
        reader = RowReader(store, form, plan, groups, lang, RecordNames(store, lang))
        duplicates = DuplicateRows(store, form, main.title, lang, leave_out=skip_duplicates)
        collected: list[tuple[SheetRow, list[RowProblem]]] = []  # the rows with problems, for the workbook
        if dry_run:
            _run(store, reader, duplicates, rows, main.merged, result, collected, write=False, only_valid=True,
                 progress=progress)  # fmt: skip
        else:
            try:
                with store.transaction():
                    _run(store, reader, duplicates, rows, main.merged, result, collected, write=True,
                         only_valid=only_valid, progress=progress)  # fmt: skip
                    if result.bad_rows and not only_valid:
                        raise _Refused
                result.written = True
            except _Refused:
                result.created = result.updated = result.unchanged = result.conflicts = 0
                result.origins = []
        _orphans(groups, result)
        result.notes += book.notes
    _log(result)
    if (result.problems or result.warnings) and write_problems:
        from app.exchange.problems_out import write_problems as write

        target = path.with_name(f"{path.stem}-problems.xlsx")
        try:
            write(target, plan, result.problems, collected, lang, warnings=result.warnings)
            result.problems_file = target
        except OSError as error:  # the list is printed all the same: a read-only folder costs only the file
            result.problems_file_error = error.strerror or str(error)
    return result


def _form_plan(form: FormSpec, main: Sheet, mapping: dict[str, str] | None,
               lang: str) -> tuple[SheetMap, Iterator[SheetRow]]:  # fmt: skip
    """The form's sheet's columns, and its rows of data."""
    keys = column_keys(form.fields, FORM_OWN)
    header, rows = _header(main, keys)
    plan = plan_columns(main.title, header, keys, mapping=mapping)
    for merged in main.merged:
        if merged.first_row <= header.number:
            raise InvalidInput("import_merged_header", ref=merged.ref, sheet=main.title)
    if not plan.has(RECORD_ID):  # rows naming records keep what the sheet lacks; new records need every field
        check_required(plan, form.fields, lang)
    return plan, rows


def _header(sheet: Sheet, keys: Keys) -> tuple[SheetRow, Iterator[SheetRow]]:
    """The header row (the first row, or the second when it holds names), and the rows of data after it."""
    rows = sheet.rows()
    first = next(rows, None)
    if first is None:
        raise InvalidInput("import_empty", sheet=sheet.title)
    second = next(rows, None)
    header, is_second = header_of(first, second, keys)
    if second is None or is_second:
        return header, rows
    return header, itertools.chain([second], rows)  # the first row of data, read ahead


def _run(store: Store, reader: RowReader, duplicates: DuplicateRows, rows: Iterator[SheetRow], merged: tuple[Merged, ...],
         result: ImportResult, collected: list[tuple[SheetRow, list[RowProblem]]], *, write: bool, only_valid: bool,
         progress: Progress | None) -> None:  # fmt: skip
    seen: dict[str, int] = {}  # record id -> the row that named it
    for row in rows:
        result.rows += 1
        outcome = reader.read(row, _cell_problems(reader.plan, row, merged))
        first = seen.setdefault(outcome.record_id, row.number)
        if first != row.number:
            outcome.problems.append(RowProblem(reader.plan.title, row.number, "", outcome.record_id, "import_id_twice",
                                               {"row": first}))  # fmt: skip
        if outcome.problems:
            result.bad_rows += 1
            outcome.problems.sort(key=lambda p: (p.sheet != reader.plan.title, p.sheet, p.order()))
            result.problems += outcome.problems
            collected.append((row, outcome.problems))
        else:
            warning = duplicates.check(outcome)
            result.warnings += [w for w in (outcome.conflict, warning) if w is not None]
            if warning is not None and duplicates.leave_out:
                result.skipped_duplicates += 1
            elif write and (only_valid or not result.bad_rows):
                _write(store, reader.form, outcome, result)
            elif not write and outcome.conflict is not None:
                result.conflicts += 1  # the dry run counts the conflicts the import would record
        if progress is not None and result.rows % PROGRESS_EVERY == 0:
            progress(result.rows)
    if progress is not None:
        progress(result.rows)


def _cell_problems(plan: SheetMap, row: SheetRow, merged: tuple[Merged, ...]) -> list[RowProblem]:
    """The row's cells that hold no value to read, in the columns the import reads."""
    problems = []
    for issue in row.issues:
        if issue.column in plan.columns:
            problems.append(RowProblem(plan.title, row.number, plan.header_text(issue.column), "", issue.code,
                                       issue.params))  # fmt: skip
    for area in merged:
        if area.first_row <= row.number <= area.last_row:
            columns = [c for c in plan.columns if area.first_column <= c <= area.last_column]
            if columns:
                problems.append(RowProblem(plan.title, row.number, plan.header_text(columns[0]), "",
                                           "import_merged_cells", {"ref": area.ref}))  # fmt: skip
    return problems


def _write(store: Store, form: FormSpec, outcome: RowOutcome, result: ImportResult) -> None:
    assert outcome.data is not None
    state = "draft" if outcome.draft else "final"
    now = now_text()
    existing = outcome.existing
    origin = version_origin(result.path, outcome.row.number)
    if existing is None:
        store.write_version(outcome.record_id, form, outcome.data, state=state, version=1, created_at=now, now=now,
                            deleted=False, origin=origin)  # fmt: skip
        result.created += 1
        version = 1
    elif outcome.data == existing.data and state == existing.state:
        result.unchanged += 1  # an export imported back as it was: no version that changes nothing
        return
    else:
        record_form = store.forms.for_record(existing.form, existing.form_version)
        version = existing.version + 1
        store.write_version(existing.id, record_form, outcome.data, state=state, version=version,
                            created_at=existing.created_at, now=now, deleted=False, origin=origin)  # fmt: skip
        result.updated += 1
        if outcome.conflict is not None:  # the record changed since the export: both versions to review
            record_conflict(store, existing.id, held_hlc=existing.hlc, other_hlc=store.clock.last)
            result.conflicts += 1
    result.origins.append((outcome.row.number, outcome.record_id, version))


def version_origin(path: Path, row: int) -> str:
    """What a version's history keeps of where it came from: "FILE:ROW" (the name only; control characters of an
    odd file name escaped, a name beyond ORIGIN_MAX shortened), read back by `app.core.origin`."""
    return f"{shown(path.name, limit=ORIGIN_MAX - 12)}:{row}"


def _group_sheets(book: Workbook, form: FormSpec, main: str, result: ImportResult) -> list[GroupSheet]:
    """The sheets of the form's repeated groups (the other sheets whose header has `_id`, `_position` and columns of
    a group), their rows read and kept by record id."""
    groups = [spec for spec in form.fields if spec.field_type.repeated]
    found: list[GroupSheet] = []
    if not groups:
        return found
    for title in book.titles:
        if title == main:
            continue
        sheet = book.sheet(title)
        rows = sheet.rows()
        first = next(rows, None)
        if first is None:
            continue
        second = next(rows, None)
        best: tuple[int, GroupSheet | None, SheetRow | None] = (0, None, None)  # score, sheet, first row of data
        for group in groups:
            if any(g.group.name == group.name for g in found):
                continue
            keys = column_keys(group.fields, GROUP_OWN)
            header, is_second = header_of(first, second, keys)
            try:
                plan = plan_columns(title, header, keys)
            except InvalidInput:
                continue
            score = len(plan.fields()) + (1 if fold(title) in {fold(t) for t in group.label.values()} else 0)
            if plan.has(RECORD_ID) and plan.has(POSITION) and plan.fields() and score > best[0]:
                best = (score, GroupSheet(group, plan), None if is_second else second)
        chosen = best[1]
        if chosen is None:
            continue
        for merged in sheet.merged:
            if merged.first_row <= chosen.plan.header_row:
                raise InvalidInput("import_merged_header", ref=merged.ref, sheet=title)
        pending = [best[2]] if best[2] is not None else []
        for row in [*pending, *rows]:
            _keep_entry(chosen, row, sheet.merged, result)
        found.append(chosen)
    return found


def _keep_entry(sheet: GroupSheet, row: SheetRow, merged: tuple[Merged, ...], result: ImportResult) -> None:
    plan = sheet.plan
    own, _ = plan.split(row.cells)
    problems = _cell_problems(plan, row, merged)
    record_id = cell_text(own.get(RECORD_ID))
    position_text = cell_text(own.get(POSITION))
    try:
        position = int(float(position_text)) if position_text is not None else 0
    except ValueError:
        problems.append(RowProblem(plan.title, row.number, plan.header_text(plan.column_named(POSITION) or 0),
                                   position_text or "", "import_bad_position", {"value": position_text}))  # fmt: skip
        position = 0
    if record_id is None:
        problems.append(RowProblem(plan.title, row.number, plan.header_text(plan.column_named(RECORD_ID) or 0), "",
                                   "required"))  # fmt: skip
    if problems:
        result.problems += problems
        return
    assert record_id is not None
    sheet.entries.setdefault(_canonical(record_id), []).append(Entry(row, position))


def _canonical(record_id: str) -> str:
    try:
        return str(uuid.UUID(record_id))
    except ValueError:
        return record_id


def _orphans(groups: list[GroupSheet], result: ImportResult) -> None:
    """Entries whose record is not in the form's sheet: reported (they were not imported)."""
    for sheet in groups:
        for record_id, entries in sheet.entries.items():
            for entry in entries:
                result.problems.append(RowProblem(sheet.plan.title, entry.row.number,
                                                  sheet.plan.header_text(sheet.plan.column_named(RECORD_ID) or 0),
                                                  record_id, "import_entry_orphan",
                                                  {"id": record_id, "sheet": result.sheet}))  # fmt: skip


def _log(result: ImportResult) -> None:
    """Where each version came from (file and row), and the outcome; never a record's contents."""
    for row, record_id, version in result.origins:
        log.info("imported %s row %d: record %s version %d", result.path.name, row, record_id, version)
    log.info("import of %s (sheet %s)%s: %d rows, %d created, %d updated, %d conflicts, %d rows with problems,"
             " written: %s", result.path.name, result.sheet, " dry run" if result.dry_run else "", result.rows,
             result.created, result.updated, result.conflicts, result.bad_rows, result.written)  # fmt: skip
