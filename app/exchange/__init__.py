"""Spreadsheets in and out (XLSX and CSV): what a form becomes as sheets (`sheets`), the rows of the records a
list shows (`export`), and the writers (`xlsx_out`, `csv_out`). Qt-free: the window and the command line call it."""
