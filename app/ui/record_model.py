"""The table model of a list of records: lazy (a page at a time), sorted and filtered by SQLite.

Its columns are the list's (app/db/listing.py `list_columns`): the form's title fields, the columns its file
declares (`list: columns:`, app/core/form_behaviour.py), then state, last change and author. Clicking a header
sorts by that column through an index at any size: each field column by keys stored with the records
(app.core.sort_key, app/db/list_keys.py), so Arabic names sort as an Arabic reader expects and French ones as a
French reader does, without a Qt collation on the connection.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.dates import show_datetime
from app.core.display import format_value, isolate_ltr
from app.core.forms import FormSpec
from app.db.list_filters import Filters
from app.db.listing import ListQuery, count_rows, fetch_rows, list_columns
from app.db.store import Store

PAGE = 200
AnyIndex = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    def __init__(self, store: Store, query: ListQuery, *, lang: str, column_titles: dict[str, str]) -> None:
        super().__init__()
        self.store = store
        self.form: FormSpec = store.forms.get(query.form)
        self.lang = lang
        self.query = query
        self.columns = list_columns(store.forms, self.form)
        # The columns whose value SQLite gives as JSON text (a multiple choice): decoded to be shown.
        self._structured = [1 + i for i, c in enumerate(self.columns)
                            if (spec := self.form.field(c.key)) is not None and spec.field_type.structured
                            and not spec.field_type.refers_to_record]  # fmt: skip
        self.column_titles = column_titles
        self._rows: list[tuple[Any, ...]] = []
        self._total: int | None = 0
        self._exhausted = True
        self.reload()

    # --- loading ---------------------------------------------------------------------------------------------------

    def _fetch(self, offset: int, limit: int) -> list[tuple[Any, ...]]:
        """Rows of (id, one value per column)."""
        rows = fetch_rows(self.store.conn, self.store.forms, self.query, offset=offset, limit=limit)
        if not self._structured:
            return rows
        return [tuple(_decoded(value) if i in self._structured else value for i, value in enumerate(row))
                for row in rows]  # fmt: skip

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch(0, PAGE)
        self._exhausted = len(self._rows) < PAGE
        # Counting a filtered list means reading every record's JSON (a fifth of a second at 100,000 visits): only
        # the plain list, whose count an index answers, is counted before it is scrolled to the end.
        plain = not self.query.filtered()
        if self._exhausted:
            self._total = len(self._rows)
        else:
            self._total = count_rows(self.store.conn, self.store.forms, self.query) if plain else None
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
        if (key, descending) == (self.query.order_by, self.query.descending):
            return  # already in this order (the table's first sort, as sorting is turned on): nothing to read again
        self.query = replace(self.query, order_by=key, descending=descending)
        self.reload()

    def query_column(self) -> int:
        """The column the list is sorted by now."""
        return next((i for i, c in enumerate(self.columns) if c.key == self.query.order_by), 0)

    def record_id(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row[0] == record_id), -1)

    @property
    def total(self) -> int | None:
        """How many records the list holds, or None while a filtered list has not been read to its end."""
        return self._total


def _decoded(value: Any) -> Any:
    """A list or mapping as SQLite's json_extract gives it (its JSON text), decoded; anything else as it is."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
