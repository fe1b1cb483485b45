"""What the window's import wizard shows before importing: a file's sheets, and each column of a sheet with the
field it will be read as (found as `taawun import` finds it, app/exchange/import_plan.py), and every field a column
may be mapped to, named in the user's language. The wizard's choices come back as `import_sheet`'s `mapping`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.forms import FormSpec
from app.core.messages import translate
from app.exchange.import_plan import FORM_OWN, IGNORE, column_keys, column_letter, header_of, plan_columns
from app.exchange.sheet_input import open_workbook


@dataclass(frozen=True)
class ColumnChoice:
    index: int
    letter: str
    header: str
    target: str  # the name of what it is read as ("" when nothing: ignored)


def sheet_titles(path: Path | str) -> list[str]:
    """The sheets of a workbook (a CSV file and those an export wrote beside it). InvalidInput when unreadable."""
    with open_workbook(path) as book:
        return list(book.titles)


def columns_of(form: FormSpec, path: Path | str, sheet: str | None) -> list[ColumnChoice]:
    """The sheet's columns under their header, each with the field it is read as. InvalidInput (the file, the
    sheet, a header that is empty) as the import says it."""
    from app.core.errors import InvalidInput

    keys = column_keys(form.fields, FORM_OWN)
    with open_workbook(path) as book:
        found = book.sheet(sheet)
        rows = found.rows()
        first = next(rows, None)
        if first is None:
            raise InvalidInput("import_empty", sheet=found.title)
        header, _ = header_of(first, next(rows, None), keys)
        plan = plan_columns(found.title, header, keys)
    return [ColumnChoice(index, column_letter(index), text, plan.columns[index].name if index in plan.columns else
                         IGNORE) for index, text in enumerate(plan.headers) if text]  # fmt: skip


def targets_of(form: FormSpec, lang: str) -> list[tuple[str, str]]:
    """(name, what people read) of everything a column may be read as, in the form's order: the record's id and
    state, then each field (and each part of a field split over columns)."""
    targets = [(name, translate(code, lang)) for name, code in FORM_OWN.items() if name in ("_id", "_state",
                                                                                          "_version")]  # fmt: skip
    for spec in form.fields:
        if not spec.field_type.read_from_sheet:
            continue
        label = spec.label.get(lang) or spec.name
        for part in dict.fromkeys(("", *spec.field_type.sheet_columns(spec))):
            if part:
                targets.append((f"{spec.name}.{part}", f"{label} ({translate(f'sheet_part_{part}', lang)})"))
            else:
                targets.append((spec.name, label))
    return targets


def mapping_of(columns: list[ColumnChoice], chosen: dict[int, str]) -> dict[str, str]:
    """`import_sheet`'s mapping for the targets chosen by column index (those that differ from what was found)."""
    return {column.header: chosen[column.index] for column in columns
            if column.index in chosen and chosen[column.index] != column.target}  # fmt: skip
