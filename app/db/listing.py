"""Light rows for the window's lists: a few columns per record, computed by SQLite, a page at a time.

A list of 100,000 visits must open without loading 100,000 JSON documents into Python: SQLite extracts the title
fields (following a reference to the record it names) and sorts, and the window fetches pages as they scroll into
view.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from app.core.forms import FormRegistry, FormSpec
from app.db.list_filters import Filters, filter_sql


@dataclass(frozen=True)
class Column:
    key: str  # a field name, or one of the record columns below
    sql: str  # the expression selecting it, on `r` (the record) and joined records


RECORD_COLUMNS = ("state", "updated_at", "author")


def list_columns(forms: FormRegistry, form: FormSpec) -> list[Column]:
    """The title fields (a reference shows the referred record's first title field), then state and date."""
    columns = []
    for index, name in enumerate(form.title_fields):
        spec = form.field(name)
        if spec is not None and spec.type == "reference" and spec.form in forms:
            target = forms.get(spec.form)
            columns.append(Column(name, f"json_extract(j{index}.data, '$.{target.title_fields[0]}')"))
        else:
            columns.append(Column(name, f"json_extract(r.data, '$.{name}')"))
    columns += [Column(key, f"r.{key}") for key in RECORD_COLUMNS]
    return columns


def _joins(form: FormSpec) -> str:
    joins = []
    for index, name in enumerate(form.title_fields):
        spec = form.field(name)
        if spec is not None and spec.type == "reference":
            joins.append(f"LEFT JOIN records j{index} ON j{index}.id = json_extract(r.data, '$.{name}')")
    return " ".join(joins)


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: a form, an optional text filter, an order, and optionally one field's value."""

    form: str
    text: str = ""
    order_by: str = "updated_at"  # a column key
    descending: bool = True
    collation: str | None = None  # an SQLite collation registered on the connection (the window's locale)
    where_field: tuple[str, str] | None = None  # (field, value): e.g. the visits of one cooperative
    filters: Filters = Filters()


def _where(query: ListQuery, columns: list[Column]) -> tuple[str, list[Any]]:
    clauses, params = ["r.form = ?", "r.deleted = 0"], [query.form]
    if query.text.strip():
        title_sql = [c.sql for c in columns if c.key not in RECORD_COLUMNS]
        clauses.append("(" + " OR ".join(f"instr(lower(coalesce({sql}, '')), ?) > 0" for sql in title_sql) + ")")
        params += [query.text.strip().lower()] * len(title_sql)
    if query.where_field is not None:
        field, value = query.where_field
        clauses.append(f"json_extract(r.data, '$.{field}') = ?")
        params.append(value)
    filter_clauses, filter_params = filter_sql(query.form, query.filters)
    return " AND ".join(clauses + filter_clauses), params + filter_params


def fetch_rows(
    conn: sqlite3.Connection, forms: FormRegistry, query: ListQuery, *, offset: int, limit: int
) -> list[tuple[Any, ...]]:
    """Rows of (id, column values...) in the query's order."""
    form = forms.get(query.form)
    columns = list_columns(forms, form)
    order = next((c for c in columns if c.key == query.order_by), columns[-2])
    where, params = _where(query, columns)
    collate = f" COLLATE {query.collation}" if query.collation and order.key not in RECORD_COLUMNS else ""
    direction = "DESC" if query.descending else "ASC"
    sql = (
        f"SELECT r.id, {', '.join(c.sql for c in columns)} FROM records r {_joins(form)} WHERE {where}"
        f" ORDER BY {order.sql}{collate} {direction}, r.id LIMIT ? OFFSET ?"
    )
    return conn.execute(sql, [*params, limit, offset]).fetchall()


def count_rows(conn: sqlite3.Connection, forms: FormRegistry, query: ListQuery) -> int:
    form = forms.get(query.form)
    columns = list_columns(forms, form)
    where, params = _where(query, columns)
    joins = _joins(form) if query.text.strip() else ""
    return conn.execute(f"SELECT count(*) FROM records r {joins} WHERE {where}", params).fetchone()[0]
