"""The table model of a list of records: lazy (a page at a time), sorted and filtered by SQLite.

Clicking a header sorts by that column through an index (app/db/listing.py): text columns by keys stored with
the records (app.core.sort_key), so Arabic names sort as an Arabic reader expects and French ones as a French
reader does, without a Qt collation on the connection.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.dates import show_datetime
from app.core.display import format_value, isolate_ltr
from app.core.forms import FormSpec
from app.core.sort_key import text_key, value_key
from app.db.list_filters import Filters
from app.db.listing import RECORD_COLUMNS, Column, ListQuery, count_rows, fetch_rows, list_columns
from app.db.store import Store

PAGE = 200
AnyIndex = QModelIndex | QPersistentModelIndex
# The fields people scan a list for, beside its title: shown after the title columns when the form has them.
# They are read for the rows of a page only; a header click sorts by them once the whole list is loaded (up to
# SORT_LOADED_AT_MOST records: beyond it, the list keeps its order, as the index cannot sort by them yet).
SCAN_FIELDS = {"cooperative": ("commune", "sectors"), "visit": ("purpose", "agent"),
               "workshop": ("start_date", "end_date", "place")}  # fmt: skip
SORT_LOADED_AT_MOST = 5000
# A visit that names no visiting agent was made by whoever wrote it.
SCAN_FALLBACK = {"agent": "author"}


class RecordTableModel(QAbstractTableModel):
    def __init__(self, store: Store, query: ListQuery, *, lang: str, column_titles: dict[str, str]) -> None:
        super().__init__()
        self.store = store
        self.form: FormSpec = store.forms.get(query.form)
        self.lang = lang
        self.query = query
        listed = list_columns(store.forms, self.form)
        scanned = [name for name in SCAN_FIELDS.get(self.form.name, ())
                   if self.form.field(name) is not None and name not in {c.key for c in listed}]  # fmt: skip
        self.scan_fields = scanned
        # The title columns, the scanned fields, then state, last change and author.
        at = next((i for i, c in enumerate(listed) if c.key in RECORD_COLUMNS), len(listed))
        self.columns = [*listed[:at], *(Column(name, "") for name in scanned), *listed[at:]]
        self._scan_at = 1 + at  # where a fetched row (id, listed values…) takes the scanned values
        self._scan_sort: tuple[str, bool] | None = None  # a scanned field the loaded rows are sorted by
        self.column_titles = column_titles
        self._rows: list[tuple[Any, ...]] = []
        self._total: int | None = 0
        self._exhausted = True
        self.reload()

    # --- loading ---------------------------------------------------------------------------------------------------

    def _fetch(self, offset: int, limit: int) -> list[tuple[Any, ...]]:
        """Rows of (id, one value per column), the scanned fields read for this page's records only."""
        rows = fetch_rows(self.store.conn, self.store.forms, self.query, offset=offset, limit=limit)
        if not self.scan_fields or not rows:
            return rows
        at = self._scan_at
        expressions = ", ".join(f"json_extract(data, '$.{name}')" for name in self.scan_fields)
        found = {row[0]: row[1:] for row in self.store.conn.execute(
            f"SELECT id, {expressions} FROM records WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([row[0] for row in rows]),))}  # fmt: skip
        extra = {record_id: tuple(self._scanned_value(name, value) for name, value in zip(self.scan_fields, values,
                                                                                            strict=True))
                 for record_id, values in found.items()}  # fmt: skip
        empty = (None,) * len(self.scan_fields)
        joined = [(*row[:at], *extra.get(row[0], empty), *row[at:]) for row in rows]
        keys = [c.key for c in self.columns]
        for name, other in SCAN_FALLBACK.items():
            if name in self.scan_fields and other in keys:
                mine, theirs = 1 + keys.index(name), 1 + keys.index(other)
                joined = [row if row[mine] not in (None, "") else (*row[:mine], row[theirs], *row[mine + 1:])
                          for row in joined]  # fmt: skip
        return joined

    def _scanned_value(self, name: str, value: Any) -> Any:
        spec = self.form.field(name)
        if spec is not None and spec.type == "select_multiple" and isinstance(value, str):
            try:
                return json.loads(value)  # SQLite gives a list as its JSON text
            except ValueError:
                return value
        return value

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch(0, PAGE)
        self._exhausted = len(self._rows) < PAGE
        while self._scan_sort is not None and not self._exhausted and len(self._rows) < SORT_LOADED_AT_MOST:
            more = self._fetch(len(self._rows), PAGE)  # sorted by a scanned field: the whole list, as sort() read it
            self._rows += more
            self._exhausted = len(more) < PAGE
        if not self._exhausted:
            self._scan_sort = None  # too long now: back to the index's order
        # Counting a filtered list means reading every record's JSON (a fifth of a second at 100,000 visits): only
        # the plain list, whose count an index answers, is counted before it is scrolled to the end.
        plain = not self.query.filtered()
        if self._exhausted:
            self._total = len(self._rows)
        else:
            self._total = count_rows(self.store.conn, self.store.forms, self.query) if plain else None
        if self._scan_sort is not None:
            self._sort_loaded(*self._scan_sort)
        self.endResetModel()

    def set_filters(self, filters: Filters) -> None:
        self.query = replace(self.query, filters=filters)
        self.reload()

    def set_filter(self, text: str) -> None:
        self.query = replace(self.query, text=text)
        self.reload()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._fetch(len(self._rows), PAGE)
        if len(more) < PAGE:
            self._exhausted = True
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        if self._exhausted:
            self._total = len(self._rows)

    # --- Qt's model interface --------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                key = self.columns[section].key
                spec = self.form.field(key)
                return spec.label[self.lang] if spec is not None else self.column_titles.get(key, key)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row[0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(self.columns[index.column()].key, row[index.column() + 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].key == "updated_at":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, key: str, value: Any) -> str:
        if value is None:
            return ""
        if key == "state":
            return self.column_titles.get(f"state_{value}", str(value))
        if key == "updated_at":
            # In the one date format, local time; two runs of digits: isolated, so a right-to-left cell keeps them.
            return isolate_ltr(show_datetime(str(value), self.lang))
        spec = self.form.field(key)
        if spec is not None and spec.type not in ("reference", "text", "long_text"):
            return format_value(spec, value, self.lang, isolate=True)
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self.columns[column].key
        if self._scan_sort is None and (key, descending) == (self.query.order_by, self.query.descending):
            return  # already in this order (the table's first sort, as sorting is turned on): nothing to read again
        if key in self.scan_fields:
            # Not an index's column: the loaded list is sorted here, once read to its end (if it is not too long).
            while not self._exhausted and len(self._rows) < SORT_LOADED_AT_MOST:
                self.fetchMore()
            if not self._exhausted:
                return
            self.layoutAboutToBeChanged.emit()
            self._scan_sort = (key, descending)
            self._sort_loaded(key, descending)
            self.layoutChanged.emit()
            return
        self._scan_sort = None
        self.query = replace(self.query, order_by=key, descending=descending)
        self.reload()

    def _sort_loaded(self, key: str, descending: bool) -> None:
        """The loaded rows by a scanned field's sort key (app.core.sort_key), empty values last, ties by id."""
        column = 1 + next(i for i, c in enumerate(self.columns) if c.key == key)
        spec = self.form.field(key)

        def sort_key(row: tuple[Any, ...]) -> tuple[int, str, str]:
            value = row[column]
            if spec is not None and spec.type == "select_multiple" and isinstance(value, list):
                found = text_key(format_value(spec, value, self.lang))  # by the labels read, in this language
            else:
                found = value_key(spec, value)
            if found is None:
                return (1, "", row[0])
            return (0, f"{found:>20}" if isinstance(found, int | float) else str(found), row[0])

        filled = sorted((r for r in self._rows if sort_key(r)[0] == 0), key=sort_key, reverse=descending)
        self._rows = filled + sorted((r for r in self._rows if sort_key(r)[0] == 1), key=lambda r: r[0])

    def query_column(self) -> int:
        """The column the list is sorted by now."""
        order = self._scan_sort[0] if self._scan_sort is not None else self.query.order_by
        return next((i for i, c in enumerate(self.columns) if c.key == order), 0)

    def record_id(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row[0] == record_id), -1)

    @property
    def total(self) -> int | None:
        """How many records the list holds, or None while a filtered list has not been read to its end."""
        return self._total
