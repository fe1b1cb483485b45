"""The follow-up board as an XLSX workbook (XlsxWriter, as app/exchange/xlsx_out.py): one row per recommendation, in
the board's order, with its record's id and number (what `taawun followups done ID INDEX` takes). Dates are real
dates; text is always text (a note beginning with "=" is never a formula); an Arabic workbook reads right to left."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from app.core.messages import translate
from app.db.followups import BoardFilters, board_items, status_code
from app.db.store import Store
from app.reports.writing import write_pdf as write_whole  # any file written whole, its failures translated

COLUMNS = ("followup_column_due", "followup_column_status", "followup_column_where", "followup_column_action",
           "followup_column_responsible", "followup_column_province", "followup_column_agent", "followup_column_done",
           "followup_column_note", "followup_column_record", "followup_column_number")  # fmt: skip
WIDTHS = (12, 11, 30, 60, 20, 16, 16, 12, 30, 38, 6)
_DATE_FORMATS = {"en": "yyyy-mm-dd"}


def export_followups(store: Store, filters: BoardFilters, path: Path, *, lang: str, today: dt.date) -> int:
    """Write the board to `path` (whole or not at all); returns the number of rows."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                        "strings_to_numbers": False})  # fmt: skip
    day = book.add_format({"num_format": _DATE_FORMATS.get(lang, "dd/mm/yyyy")})
    header = book.add_format({"bold": True, "bg_color": "#E8EEF4", "text_wrap": True, "valign": "top"})
    late = book.add_format({"bold": True, "font_color": "#B71C1C"})
    sheet = book.add_worksheet(translate("followup_report_title", lang)[:31])
    if lang == "ar":
        sheet.right_to_left()
    for column, (code, width) in enumerate(zip(COLUMNS, WIDTHS, strict=True)):
        sheet.write_string(0, column, translate(code, lang), header)
        sheet.set_column(column, column, width)
    sheet.freeze_panes(1, 0)
    row = 0
    for row, item in enumerate(board_items(store.conn, store.forms, filters, today=today), start=1):
        _date(sheet, row, 0, item.due_date, day)
        sheet.write_string(row, 1, translate(status_code(item), lang),
                           late if item.status == "overdue" else None)  # fmt: skip
        for column, text in ((2, item.where), (3, item.action), (4, item.responsible), (5, item.province),
                             (6, item.agent), (8, item.done_note), (9, item.record_id)):  # fmt: skip
            if text:
                sheet.write_string(row, column, str(text))
        _date(sheet, row, 7, item.done_on, day)
        sheet.write_number(row, 10, item.index)
    sheet.autofilter(0, 0, max(row, 1), len(COLUMNS) - 1)
    book.close()
    write_whole(path, buffer.getvalue())
    return row


def _date(sheet: object, row: int, column: int, value: str | None, style: object) -> None:
    if not value:
        return
    try:
        sheet.write_datetime(row, column, dt.datetime.fromisoformat(value[:10]), style)  # type: ignore[attr-defined]
    except ValueError:
        sheet.write_string(row, column, value)  # type: ignore[attr-defined]
