"""The problems of an import as a workbook beside the file, to fix in Excel.

Two sheets: the list (sheet, row, column, value, problem, in the user's language; then the warnings, which are
imported all the same, on a yellow ground: rows that likely duplicate a record or another row, their value the
candidate records' ids, and rows of records changed since the export, imported as conflicts to review, their value
the row's `_version`), and the rows of the form's sheet that have problems, under the sheet's own header, each
followed by its problems: corrected there, that sheet can be imported as it is (`--sheet`), its last column
ignored. Written whole or not at all (a temporary file put in place, app/core/files.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import Any

from app.core.field_types.base import Cell
from app.core.files import place_file
from app.core.messages import translate
from app.exchange.import_plan import SheetMap
from app.exchange.row_reading import RowProblem
from app.exchange.sheet_input import SheetRow

_WIDTHS = (18, 8, 24, 30, 80)
_EXCEL_DAYS_FROM = dt.date(1900, 3, 1)  # before it, Excel's calendar is wrong: such a day is written as text


def write_problems(target: Path, plan: SheetMap, problems: list[RowProblem],
                   rows: list[tuple[SheetRow, list[RowProblem]]], lang: str, *,
                   warnings: list[RowProblem] | None = None) -> None:  # fmt: skip
    """Raises OSError (nothing written) when the file cannot be written."""
    import xlsxwriter
    from xlsxwriter.exceptions import FileCreateError

    temporary = target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")
    try:
        with xlsxwriter.Workbook(str(temporary), {"constant_memory": True, "strings_to_formulas": False,
                                                  "strings_to_urls": False, "strings_to_numbers": False}) as book:  # fmt: skip
            bold = book.add_format({"bold": True, "bg_color": "#F4E8E8", "text_wrap": True, "valign": "top"})
            day = book.add_format({"num_format": "yyyy-mm-dd"})
            warned = book.add_format({"bg_color": "#FFF4C2"})
            listing = book.add_worksheet(translate("import_sheet_problems", lang))
            copies = book.add_worksheet(translate("import_sheet_rows", lang))
            for sheet in (listing, copies):
                if lang == "ar":
                    sheet.right_to_left()
                sheet.freeze_panes(1, 0)
            codes = ("import_column_sheet", "import_column_row", "import_column_column", "import_column_value",
                     "import_column_problem")  # fmt: skip
            for column, (code, width) in enumerate(zip(codes, _WIDTHS, strict=True)):
                listing.write_string(0, column, translate(code, lang), bold)
                listing.set_column(column, column, width)
            listed = [*problems, *(warnings or [])]
            for number, problem in enumerate(listed, start=1):
                style = warned if problem.warning else None
                listing.write_string(number, 0, problem.sheet, style)
                listing.write_number(number, 1, problem.row, style)
                listing.write_string(number, 2, problem.column, style)
                listing.write_string(number, 3, problem.value, style)
                listing.write_string(number, 4, problem.message(lang), style)
            listing.autofilter(0, 0, max(len(listed), 1), len(codes) - 1)
            headers = [*plan.headers, translate("import_column_problem", lang)]
            for column, text in enumerate(headers):
                copies.write_string(0, column, text, bold)
            for number, (row, found) in enumerate(rows, start=1):
                for column, cell in enumerate(row.cells):
                    _write_cell(copies, number, column, cell, day)
                copies.write_string(number, len(headers) - 1,
                                    "\n".join(p.line(lang) for p in found))  # fmt: skip
        place_file(temporary, target)
    except FileCreateError as error:  # XlsxWriter's wrapping of the OSError of a full disk, a read-only folder
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        cause = error.args[0] if error.args and isinstance(error.args[0], OSError) else OSError(str(error))
        raise cause from None
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise


def _write_cell(sheet: Any, row: int, column: int, cell: Cell, day: Any) -> None:
    if cell is None:
        return
    day_of = cell.date() if isinstance(cell, dt.datetime) else cell
    if isinstance(cell, dt.date) and isinstance(day_of, dt.date) and day_of >= _EXCEL_DAYS_FROM:
        moment = cell if isinstance(cell, dt.datetime) else dt.datetime.combine(cell, dt.time())
        sheet.write_datetime(row, column, moment, day)
    elif isinstance(cell, int | float) and not isinstance(cell, bool):
        sheet.write_number(row, column, cell)
    else:
        sheet.write_string(row, column, cell.isoformat() if isinstance(cell, dt.date) else str(cell))
