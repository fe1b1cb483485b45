"""`taawun import`: a sheet of an Excel workbook, or a CSV file, into a form's records.

    taawun import FORM FILE [--sheet NAME] [--map COLUMN=field ...] [--dry-run] [--only-valid] [--skip-duplicates]

Columns are found by the fields' names or labels in any language (an export of Taawun is read back as it is);
`--map` maps one by hand (`--map "Tél=phone"`, `--map "Remarque="` ignores it). Every row is read and checked as
the form checks what a person types. `--dry-run` writes nothing; otherwise every row is imported in one
transaction when none has a problem, or only the valid rows with `--only-valid`. The problems are listed by
sheet, row and column, and written beside the file (`FILE-problems.xlsx`). A row that likely duplicates a record
or another row (by the form's `duplicates:` keys) is a warning, listed there too: it is imported all the same,
unless `--skip-duplicates` leaves such rows out. A row changing a record that changed since the export (its
`_version` is not the record's current stamp) is a warning too: it is imported as the record's new version, and a
conflict is recorded between the two, to review with `taawun conflicts` (the import says how many). Warnings never
change the exit code. Exit 0 when imported (or a dry run found no problem), 2 when rows have problems and nothing
was imported, or on bad input (nothing written).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.errors import InvalidInput
from app.core.messages import translate

if TYPE_CHECKING:
    from app.cli.context import Context
    from app.exchange.importing import ImportResult

PROBLEMS_PRINTED = 50  # the rest are in the workbook written beside the file


def register(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Callable[[Context], int]]:
    parser = command("import", "import the rows of an Excel sheet or a CSV file into a form")
    parser.add_argument("form", metavar="FORM")
    parser.add_argument("file", metavar="FILE", help="an .xlsx workbook or a .csv file")
    parser.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first)")
    parser.add_argument("--map", action="append", default=[], metavar="COLUMN=field",
                        help="read COLUMN as this field (COLUMN= ignores it)")  # fmt: skip
    parser.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    parser.add_argument("--only-valid", action="store_true", help="import the valid rows, leave out the others")
    parser.add_argument("--skip-duplicates", action="store_true",
                        help="leave out the rows that likely duplicate a record or another row")  # fmt: skip
    return {"import": cmd_import}


def cmd_import(ctx: Context) -> int:
    from app.exchange.import_plan import parse_mapping
    from app.exchange.importing import import_sheet  # openpyxl only for this command

    options = ctx.options
    store = ctx.store
    if options.form not in store.forms:
        raise InvalidInput("unknown_form", form=options.form, available=", ".join(store.forms.names()))
    result = import_sheet(store, options.form, options.file, sheet=options.sheet, mapping=parse_mapping(options.map),
                          dry_run=options.dry_run, only_valid=options.only_valid, lang=ctx.lang,
                          skip_duplicates=options.skip_duplicates)  # fmt: skip
    _report(ctx, result)
    if result.dry_run:
        return 2 if result.problems else 0
    return 0 if result.written else 2


def _report(ctx: Context, result: ImportResult) -> None:
    lang = ctx.lang
    for code, params in result.notes:
        print(translate(code, lang, **params), file=sys.stderr)
    if result.ignored_columns:
        print(translate("import_ignored_columns", lang, columns=", ".join(result.ignored_columns)), file=sys.stderr)
    if result.unread_columns:
        print(translate("import_unread_columns", lang, columns=", ".join(result.unread_columns)), file=sys.stderr)
    for problem in result.problems[:PROBLEMS_PRINTED]:
        print(problem.line(lang))
    if len(result.problems) > PROBLEMS_PRINTED:
        print(translate("import_more_problems", lang, count=len(result.problems) - PROBLEMS_PRINTED))
    for warning in result.warnings[:PROBLEMS_PRINTED]:
        print(warning.line(lang))
    if len(result.warnings) > PROBLEMS_PRINTED:
        print(translate("import_more_problems", lang, count=len(result.warnings) - PROBLEMS_PRINTED))
    if result.problems_file is not None:
        ctx.say("import_problems_written", path=str(result.problems_file))
    elif result.problems_file_error is not None:
        print(translate("import_problems_not_written", lang, path=f"{result.path.stem}-problems.xlsx",
                        detail=result.problems_file_error), file=sys.stderr)  # fmt: skip
    if result.skipped_duplicates:
        ctx.say("import_duplicates_left_out", count=result.skipped_duplicates)
    elif result.duplicates:
        ctx.say("import_duplicates_flagged", count=result.duplicates)
        ctx.say("import_duplicates_hint")
    if result.dry_run and result.conflicts:
        ctx.say("import_conflicts_flagged", count=result.conflicts)
    path = str(result.path)
    if result.dry_run:
        ctx.say("import_checked", path=path, rows=result.rows, valid=result.valid, bad=result.bad_rows)
    elif result.written:
        ctx.say("import_done", path=path, created=result.created, updated=result.updated, bad=result.bad_rows)
        if result.conflicts:
            ctx.say("import_conflicts_recorded", count=result.conflicts)
            ctx.say("import_conflicts_review")
    else:
        ctx.say("import_refused", bad=result.bad_rows, rows=result.rows)
