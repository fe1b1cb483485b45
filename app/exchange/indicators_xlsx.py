"""The indicator report as a workbook (XlsxWriter): one sheet, a row per figure, this period and the previous one
side by side, each a number Excel can sum (a share: its percent) with what a partial figure rests on beside it. An
unknown figure is the word for unknown, never 0. Built in memory (a few dozen rows) and put in place whole by the
caller (`app.reports.writing.write_pdf` writes any finished file so)."""

from __future__ import annotations

import io

from app.core.forms import FormRegistry
from app.core.messages import translate
from app.db.indicator_rows import Cell, indicator_rows
from app.db.indicators import Area, Indicators

_SHEET_TITLE_MAX = 31  # Excel's limit on a sheet's name


def indicators_workbook(found: Indicators, forms: FormRegistry, lang: str, *, organisation: str = "") -> bytes:
    import xlsxwriter  # on first use: the window's start-up does not pay for it

    def t(code: str, **params: object) -> str:
        return translate(code, lang, **params)

    def dates(area: Area) -> str:
        return t("ind_dates", start=area.start.isoformat(), end=area.end.isoformat())

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                        "strings_to_numbers": False})  # fmt: skip
    title = t("ind_title")
    sheet = book.add_worksheet(title[:_SHEET_TITLE_MAX])
    if lang == "ar":
        sheet.right_to_left()
    bold = book.add_format({"bold": True, "font_size": 13})
    header = book.add_format({"bold": True, "bg_color": "#E8EEF4", "text_wrap": True, "valign": "top"})
    section = book.add_format({"bold": True, "font_color": "#1F5F8B"})
    note = book.add_format({"font_color": "#666666", "font_size": 9, "text_wrap": True})
    part = book.add_format({"indent": 1})
    area = found.current.area
    sheet.write_string(0, 0, title, bold)
    where = area.province or t("report_all_areas")
    sheet.write_string(1, 0, f"{organisation} — {where}" if organisation.strip() else where)
    sheet.write_string(2, 0, t("ind_scope"), note)
    columns = [t("ind_indicator"), f"{t('ind_current')} ({dates(area)})", t("ind_basis"),
               f"{t('ind_previous')} ({dates(found.previous.area)})", t("ind_basis")]  # fmt: skip
    for column, text in enumerate(columns):
        sheet.write_string(4, column, text, header)
    row_number, last_section = 5, ""
    for row in indicator_rows(found, forms, lang):
        if row.section != last_section:
            sheet.write_string(row_number, 0, t(row.section), section)
            row_number, last_section = row_number + 1, row.section
        sheet.write_string(row_number, 0, row.label, part if row.part else None)
        for column, cell in ((1, row.current), (3, row.previous)):
            _write(sheet, row_number, column, cell, note)
        row_number += 1
    sheet.set_column(0, 0, 42)
    sheet.set_column(1, 1, 24)
    sheet.set_column(2, 2, 26)
    sheet.set_column(3, 3, 24)
    sheet.set_column(4, 4, 26)
    sheet.freeze_panes(5, 1)
    book.close()
    return buffer.getvalue()


def _write(sheet: object, row: int, column: int, cell: Cell, note: object) -> None:
    if cell.value is None:
        sheet.write_string(row, column, cell.text)  # type: ignore[attr-defined]
    else:
        sheet.write_number(row, column, cell.value)  # type: ignore[attr-defined]
    if cell.basis:
        sheet.write_string(row, column + 1, cell.basis, note)  # type: ignore[attr-defined]
