"""Writing sheets as an XLSX workbook, with XlsxWriter.

XlsxWriter because an export of 100,000 visits must not hold them in memory: in its `constant_memory` mode each
row goes to a temporary file as soon as the next one starts, so memory stays flat whatever the number of rows
(openpyxl's write-only mode does the same, about twice as slowly); it writes dates, numbers, right-to-left sheets,
frozen panes and filters as Excel expects them, and it is well kept. Text is always written as text
(`write_string`): a note beginning with "=" stays a note, never a formula. Excel keeps 15 significant digits of a
number: a position's 7 decimals and every count pass unchanged.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

from app.core.field_types.base import Cell
from app.exchange.sheets import SheetPlan

_WIDTH_MIN, _WIDTH_MAX, _WIDE = 8, 50, 60  # characters
_MEASURED_ROWS = 200  # the widths are taken from the headers and the first rows
_DATE_FORMATS = {"en": "yyyy-mm-dd"}  # Arabic and French: 17/05/2025, as the window shows dates
_DAY = "dd/mm/yyyy"
# Excel counts days from 1900 and wrongly holds 29 February 1900: an earlier day is written as ISO text.
_EXCEL_DAYS_FROM = dt.date(1900, 3, 1)


class XlsxSheets:
    """One workbook at `path`: `add_sheet` for each plan, then `write_row` in each sheet's order, then `close`."""

    def __init__(self, path: Path, lang: str) -> None:
        import xlsxwriter  # on first use: the window's start-up does not pay for it

        self.path = path
        self.lang = lang
        # Opened here, so that a folder that is gone fails now, before any row is read; and XlsxWriter's own
        # temporary files (a sheet's rows) go to a folder of ours, removed whatever happens (`close`, `abandon`).
        self.stream = path.open("wb")
        self.tmpdir = tempfile.mkdtemp(prefix="taawun-xlsx-")
        # strings_to_numbers and the like off: a cell is what it is (text stays text, even "0612345678").
        self.book = xlsxwriter.Workbook(self.stream, {"constant_memory": True, "tmpdir": self.tmpdir,
                                                      "strings_to_formulas": False, "strings_to_urls": False,
                                                      "strings_to_numbers": False})  # fmt: skip
        day = _DATE_FORMATS.get(lang, _DAY)
        self.day = self.book.add_format({"num_format": day})
        self.time = self.book.add_format({"num_format": f"{day} hh:mm"})
        self.header = self.book.add_format({"bold": True, "bg_color": "#E8EEF4", "text_wrap": True, "valign": "top"})
        self.names = self.book.add_format({"font_color": "#666666", "font_size": 9})
        self.sheets: list[Any] = []
        self.rows: list[int] = []
        self.widths: list[list[float]] = []
        self.plans: list[SheetPlan] = []

    def add_sheet(self, plan: SheetPlan) -> int:
        sheet = self.book.add_worksheet(plan.title)
        if self.lang == "ar":
            sheet.right_to_left()
        # Row by row: in constant_memory mode a row is written out once the next one starts.
        for column, spec in enumerate(plan.columns):
            sheet.write_string(0, column, spec.label, self.header)
        for column, spec in enumerate(plan.columns):
            sheet.write_string(1, column, spec.name, self.names)
        sheet.freeze_panes(2, 0)  # both header rows stay in view
        self.sheets.append(sheet)
        self.rows.append(2)
        self.widths.append([_WIDE if spec.wide else max(_WIDTH_MIN, len(spec.label) + 2) for spec in plan.columns])
        self.plans.append(plan)
        return len(self.sheets) - 1

    def write_row(self, index: int, cells: list[Cell]) -> None:
        sheet, row = self.sheets[index], self.rows[index]
        measure = row < _MEASURED_ROWS + 2
        for column, cell in enumerate(cells):
            if cell is None:
                continue
            if isinstance(cell, dt.datetime):
                sheet.write_datetime(row, column, cell, self.time)
                width = 17
            elif isinstance(cell, dt.date) and cell < _EXCEL_DAYS_FROM:
                sheet.write_string(row, column, cell.isoformat())  # before Excel's calendar: as text, not wrong
                width = 11
            elif isinstance(cell, dt.date):
                sheet.write_datetime(row, column, dt.datetime.combine(cell, dt.time()), self.day)
                width = 11
            elif isinstance(cell, bool):
                sheet.write_string(row, column, str(cell))
                width = 6
            elif isinstance(cell, int | float):
                sheet.write_number(row, column, cell)
                width = len(str(cell))
            else:
                text = str(cell)
                sheet.write_string(row, column, text)
                width = max((len(line) for line in text.splitlines()), default=0)
            if measure and not self.plans[index].columns[column].wide:
                self.widths[index][column] = max(self.widths[index][column], min(width + 2, _WIDTH_MAX))
        self.rows[index] = row + 1

    def close(self) -> None:
        for sheet, plan, widths, rows in zip(self.sheets, self.plans, self.widths, self.rows, strict=True):
            for column, width in enumerate(widths):
                sheet.set_column(column, column, width)
            sheet.autofilter(1, 0, max(rows - 1, 1), len(plan.columns) - 1)  # on the names' row, over the data
        from xlsxwriter.exceptions import FileCreateError

        try:
            self.book.close()
            self.stream.flush()
        except FileCreateError as error:  # XlsxWriter wraps the OSError of a full disk...
            cause = error.args[0] if error.args and isinstance(error.args[0], OSError) else OSError(str(error))
            raise cause from None
        finally:
            self.abandon()

    def abandon(self) -> None:
        """Stop without finishing the workbook (an export that failed): every file handle closed, the temporary
        folder removed. Safe after `close`."""
        for sheet in self.sheets:
            handle = getattr(sheet, "row_data_fh", None)  # XlsxWriter's file of a sheet's rows (constant_memory)
            if handle is not None and not handle.closed:
                handle.close()
        self.stream.close()
        shutil.rmtree(self.tmpdir, ignore_errors=True)
