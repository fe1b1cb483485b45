"""Reading a spreadsheet row by row: the sheets of an XLSX workbook, or CSV files.

XLSX with openpyxl in read-only mode: the sheet's XML is parsed as the rows are asked for, so a 50 MB file is read
in bounded memory. Read-only mode does not expose merged cells nor, with cached values asked for, which cells hold
formulas: both are found by a scan of the sheet's XML (a stream, no parse), and only a sheet that has formulas is
read a second time alongside, to tell a formula whose value Excel saved (taken) from one never computed (reported:
a file written by a program that does not compute formulas; Excel computes them when it saves).

CSV: UTF-8, with or without a byte-order mark (what Taawun and Excel's "CSV UTF-8" write); otherwise Windows'
Arabic code page, cp1256, which Excel's plain "CSV" writes on an Arabic Windows, and which holds the French letters
too (é, è, à, ç at the places cp1252 has them), so a French Windows' file reads the same. Separated by commas, or
by semicolons as Excel writes CSV where the decimal separator is a comma (French settings). Text written after an
apostrophe because it begins like a formula (Taawun's CSV export, Excel's own way) loses the apostrophe.

A workbook of CSV files is the file itself and the files beside it that an export wrote with it
(`<stem>-<form>.<group>.csv`: a repeated group's entries).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from app.core.errors import InvalidInput
from app.core.field_types.base import Cell
from app.exchange.csv_out import QUOTED_STARTS

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")
_SCAN_CHUNK = 1 << 20
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_MERGED = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]{1,3}[0-9]+)(?::([A-Z]{1,3}[0-9]+))?\"")
_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"})


@dataclass(frozen=True)
class CellIssue:
    """A cell that cannot be read as a value: merged with others, a formula never computed, an error value."""

    column: int  # from 0
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SheetRow:
    number: int  # as Excel numbers rows (from 1), blank rows counted
    cells: list[Cell]
    issues: tuple[CellIssue, ...] = ()


@dataclass(frozen=True)
class Merged:
    ref: str  # "A3:B4"
    first_row: int
    first_column: int  # from 0
    last_row: int
    last_column: int


class Sheet:
    """One sheet: its title, its merged ranges, and its rows that are not blank."""

    def __init__(self, title: str, merged: tuple[Merged, ...] = ()) -> None:
        self.title = title
        self.merged = merged
        self.readers: list[Generator[SheetRow, None, None]] = []

    def rows(self) -> Iterator[SheetRow]:
        """The rows, blank ones left out. Each reader holds the file open until it ends or the workbook closes."""
        reader = self._rows()
        self.readers.append(reader)
        return (row for row in reader if row.issues or any(not _blank(cell) for cell in row.cells))

    def close(self) -> None:
        for reader in self.readers:
            reader.close()  # a reader left midway (an error, a header read ahead) closes its file now

    def _rows(self) -> Generator[SheetRow, None, None]:
        raise NotImplementedError


class Workbook:
    """A spreadsheet file opened for reading: `sheet(title)`, `titles`; `close` when done."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.titles: list[str] = []
        self.notes: list[tuple[str, dict[str, Any]]] = []  # (message code, params): how the file was read
        self.opened: list[Sheet] = []

    def sheet(self, title: str | None = None) -> Sheet:
        sheet = self._sheet(self._title(title))
        self.opened.append(sheet)
        return sheet

    def _sheet(self, title: str) -> Sheet:
        raise NotImplementedError

    def close(self) -> None:
        for sheet in self.opened:
            sheet.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _title(self, title: str | None) -> str:
        if title is None:
            return self.titles[0]
        if title in self.titles:
            return title
        folded = {name.casefold(): name for name in self.titles}  # as Excel compares sheet names
        if title.strip().casefold() in folded:
            return folded[title.strip().casefold()]
        raise InvalidInput("import_no_sheet", sheet=title, available=", ".join(self.titles))


def open_workbook(path: Path | str) -> Workbook:
    """The workbook at `path` (XLSX, or CSV by its name); `InvalidInput` naming the file when it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput("import_no_file", path=str(path))
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return XlsxWorkbook(path)
    if suffix in CSV_SUFFIXES:
        return CsvWorkbook(path)
    raise InvalidInput("import_bad_format", path=str(path))


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


# --- XLSX ----------------------------------------------------------------------------------------------------------


class XlsxWorkbook(Workbook):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        import openpyxl  # on first use: the window's start-up does not pay for it

        try:
            # data_only: a formula's value as Excel last saved it. keep_links off: nothing of other files is read.
            self.book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
        except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as error:
            raise InvalidInput("import_unreadable", path=str(path), detail=_detail(error)) from None
        self.titles = [sheet.title for sheet in self.book.worksheets]
        if not self.titles:
            raise InvalidInput("import_unreadable", path=str(path), detail="no sheet")

    def _sheet(self, title: str) -> Sheet:
        worksheet = self.book[title]
        formulas, merged = _scan(self.book, worksheet)
        return XlsxSheet(self, title, worksheet, formulas=formulas, merged=merged)

    def close(self) -> None:
        super().close()
        self.book.close()


class XlsxSheet(Sheet):
    def __init__(self, book: XlsxWorkbook, title: str, worksheet: Any, *, formulas: bool,
                 merged: tuple[Merged, ...]) -> None:  # fmt: skip
        super().__init__(title, merged)
        self.book = book
        self.worksheet = worksheet
        self.formulas = formulas

    def _rows(self) -> Generator[SheetRow, None, None]:
        values = _values(self.worksheet)
        if not self.formulas:
            for number, cells in enumerate(values, start=1):
                yield SheetRow(number, [_cell(value) for value in cells], _error_issues(cells))
            return
        import openpyxl

        # The formulas themselves, read alongside: a formula whose saved value is empty was never computed.
        texts = openpyxl.load_workbook(self.book.path, read_only=True, data_only=False, keep_links=False)
        try:
            formulas = _values(texts[self.title])
            for number, cells in enumerate(values, start=1):
                written = next(formulas, ())
                issues = list(_error_issues(cells))
                for column, source in enumerate(written):
                    value = cells[column] if column < len(cells) else None
                    if value is None and _is_formula(source):
                        issues.append(CellIssue(column, "import_formula_no_value", {"formula": str(source)[:80]}))
                yield SheetRow(number, [_cell(value) for value in cells], tuple(issues))
        finally:
            texts.close()


def _values(worksheet: Any) -> Iterator[tuple[Any, ...]]:
    # The dimension a file declares may be wrong (some programs write "A1"): forgotten, every row read as it is.
    worksheet.reset_dimensions()
    return iter(worksheet.iter_rows(min_row=1, values_only=True))


def _is_formula(source: Any) -> bool:
    return (isinstance(source, str) and source.startswith("=")) or type(source).__name__ in (
        "ArrayFormula", "DataTableFormula")  # fmt: skip


def _error_issues(cells: tuple[Any, ...]) -> tuple[CellIssue, ...]:
    return tuple(CellIssue(column, "import_cell_error", {"value": value})
                 for column, value in enumerate(cells) if isinstance(value, str) and value in _ERRORS)  # fmt: skip


def _cell(value: Any) -> Cell:
    if value is None or isinstance(value, str | int | float | dt.date):
        return None if isinstance(value, str) and value in _ERRORS else value
    if isinstance(value, dt.time | dt.timedelta):
        return str(value)
    return str(value)


def _scan(book: Any, worksheet: Any) -> tuple[bool, tuple[Merged, ...]]:
    """Whether the sheet holds formulas, and its merged ranges, from its XML read as a stream of bytes (openpyxl's
    read-only mode gives neither). The sheet's path inside the file is openpyxl's (a private name; the version is
    pinned in constraints.txt)."""
    formulas = False
    refs: list[tuple[bytes, bytes | None]] = []
    tail = b""
    with book._archive.open(worksheet._worksheet_path) as source:
        while chunk := source.read(_SCAN_CHUNK):
            text = tail + chunk
            formulas = formulas or _FORMULA_TAG.search(text) is not None
            end = text.rfind(b">") + 1  # a tag cut by the chunk's end is searched again with the next chunk
            refs += [(m.group(1), m.group(2)) for m in _MERGED.finditer(text, 0, end)]
            tail = text[end:][-4096:]
    return formulas, tuple(_merged(first.decode(), (last or first).decode()) for first, last in dict.fromkeys(refs))


def _merged(first: str, last: str) -> Merged:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    (c1, r1), (c2, r2) = coordinate_from_string(first), coordinate_from_string(last)
    ref = first if first == last else f"{first}:{last}"
    return Merged(ref, r1, column_index_from_string(c1) - 1, r2, column_index_from_string(c2) - 1)


def _detail(error: BaseException) -> str:
    return str(error) or type(error).__name__


# --- CSV -----------------------------------------------------------------------------------------------------------

UTF8 = "utf-8"
ARABIC_WINDOWS = "cp1256"


class CsvWorkbook(Workbook):
    """The CSV file, titled by its name, then the files an export wrote beside it, titled by what follows the
    file's name (`<stem>-visit.recommendations.csv`: "visit.recommendations")."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.files = {path.stem: path}
        try:
            beside = sorted(path.parent.glob(f"{glob_escape(path.stem)}-*{path.suffix}"))
        except OSError:
            beside = []
        for other in beside:
            self.files[other.stem[len(path.stem) + 1 :]] = other
        self.titles = list(self.files)

    def _sheet(self, title: str) -> Sheet:
        path = self.files[title]
        encoding = detect_encoding(path)
        if encoding == ARABIC_WINDOWS:
            self.notes.append(("import_read_as_cp1256", {"path": path.name}))
        return CsvSheet(title, path, encoding)


def glob_escape(text: str) -> str:
    return re.sub(r"([\[\]*?])", r"[\1]", text)


class CsvSheet(Sheet):
    def __init__(self, title: str, path: Path, encoding: str) -> None:
        super().__init__(title)
        self.path = path
        self.encoding = encoding

    def _rows(self) -> Generator[SheetRow, None, None]:
        try:
            with self.path.open(encoding=self.encoding, newline="") as stream:
                reader = csv.reader(stream, delimiter=_delimiter(stream))
                try:  # numbered as Excel shows the file: a cell's line breaks do not make rows
                    for number, cells in enumerate(reader, start=1):
                        yield SheetRow(number, [_csv_cell(cell) for cell in cells])
                except csv.Error as error:
                    raise InvalidInput("import_unreadable", path=str(self.path),
                                       detail=f"{reader.line_num}: {error}") from None  # fmt: skip
        except OSError as error:
            raise InvalidInput("import_unreadable", path=str(self.path), detail=_detail(error)) from None


def detect_encoding(path: Path) -> str:
    """utf-8-sig (a byte-order mark), utf-8 when every byte decodes as UTF-8, else Windows' Arabic code page."""
    try:
        with path.open("rb") as stream:
            start = stream.read(3)
            if start.startswith(codecs.BOM_UTF8):
                return "utf-8-sig"
            stream.seek(0)
            decoder = codecs.getincrementaldecoder(UTF8)()
            while chunk := stream.read(_SCAN_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return ARABIC_WINDOWS
    except OSError as error:
        raise InvalidInput("import_unreadable", path=str(path), detail=_detail(error)) from None
    return UTF8


def _delimiter(stream: IO[str]) -> str:
    """The separator of the header line: ";" (Excel under French settings), a tab, or ","."""
    first = stream.readline()
    stream.seek(0)
    counts = {sep: len(next(csv.reader(io.StringIO(first), delimiter=sep), [])) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] > 1 else ","


def _csv_cell(text: str) -> Cell:
    if text.startswith("'") and text[1:].startswith(QUOTED_STARTS):
        return text[1:]  # the apostrophe that kept it from being run as a formula (or kept a first apostrophe)
    return text if text.strip() else None
