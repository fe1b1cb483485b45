"""Writing sheets as CSV files, one per sheet, in UTF-8 with a byte-order mark: without it, Excel reads the file
in the system's legacy code page and shows Arabic as garbage (getodk/central#752).

Excel runs a cell beginning with "=", "+", "-" or "@" as a formula: text that begins so is written after an
apostrophe, as Excel itself marks text (an import takes it off again; text that begins with an apostrophe gets
a second one, so that what the import gives back is what was written). Numbers are written as numbers ("-5.57").
Dates are ISO (2025-05-17): the one written form every spreadsheet reads as a date whatever its locale.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from app.core.field_types.base import Cell
from app.exchange.sheets import SheetPlan

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTED_STARTS = (*FORMULA_STARTS, "'")


class CsvSheets:
    """A CSV file per sheet, at the path `path_of` gives for it; rows in order; `close` flushes them."""

    def __init__(self, path_of: Callable[[SheetPlan], Path]) -> None:
        self.path_of = path_of
        self.files: list[IO[str]] = []
        self.outputs: list[Any] = []  # csv writers (their type is private to the csv module)

    def add_sheet(self, plan: SheetPlan) -> int:
        stream = self.path_of(plan).open("w", encoding="utf-8-sig", newline="")  # the BOM: Excel then reads UTF-8
        self.files.append(stream)
        writer = csv.writer(stream)
        writer.writerow([column.label for column in plan.columns])
        writer.writerow([column.name for column in plan.columns])
        self.outputs.append(writer)
        return len(self.outputs) - 1

    def write_row(self, index: int, cells: list[Cell]) -> None:
        self.outputs[index].writerow([_text(cell) for cell in cells])

    def close(self) -> None:
        for stream in self.files:
            stream.close()

    def abandon(self) -> None:
        self.close()  # the files are temporaries, removed by the caller


def _text(cell: Cell) -> str | int | float:
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime):
        return cell.isoformat(sep=" ", timespec="minutes")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return cell
    text = str(cell)
    # Text that begins with an apostrophe gets one more, so that an import, taking one off, gives it back as it was.
    return "'" + text if text.startswith(QUOTED_STARTS) else text
