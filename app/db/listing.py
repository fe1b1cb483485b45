"""Light rows for the window's lists: a few columns per record, computed by SQLite, a page at a time.

A list of 100,000 visits must open, and sort by any column, without reading 100,000 JSON documents: the ids of a
page come from an index walked in the list's order (the sort keys of app/db/list_keys.py for the title fields, the
columns the form declares and the author, indexes on `records` for the state and the last change), then the page's
columns are read for those ids only (following a reference to the record it names).

Ties are broken by the record's id, in the direction of the sort, so that descending is exactly ascending
reversed and one index walk serves both.

With filters, the walk checks each record it meets until the page is full: quick when many records match. When
few do, walking the whole index to find them would be slow: if an index can list a small superset of them (the
visits of the matching cooperatives, of a date range, in a state, of one cooperative), those are read and sorted
instead; if none can (an agent's name, which may be in the JSON), the walk is given a budget, beyond which the
table is read through in the order stored and the few records found sorted, as every filtered list used to be.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.core.form_behaviour import list_fields
from app.core.forms import FormRegistry, FormSpec
from app.db.list_filters import Filters, candidate_sql, filter_sql
from app.db.list_keys import plan, reference_field, sort_field


@dataclass(frozen=True)
class Column:
    key: str  # a field name, or one of the record columns below
    sql: str  # the expression selecting it, on `r` (the record) and joined records


RECORD_COLUMNS = ("state", "updated_at", "author")
Sql = tuple[str, list[Any]]  # a query and its parameters
# Up to this many candidates, reading and sorting them beats walking the index (about 15 µs a record either way;
# a walk reads 200 / (share of records matching) of them for a page).
CANDIDATES_AT_MOST = 5000


def list_columns(forms: FormRegistry, form: FormSpec) -> list[Column]:
    """The title fields, then the columns the form declares (a reference shows the referred record's first title
    field; the form's agent field, where it is empty, the record's author), then state, last change and author."""
    columns = []
    keyed = {k.name: k for k in plan(forms).forms.get(form.name, ())}
    for index, name in enumerate(list_fields(form)):
        spec = form.field(name)
        if spec is not None and spec.type == "reference" and spec.form is not None and spec.form in forms:
            target = forms.get(spec.form)
            columns.append(Column(name, f"json_extract(j{index}.data, '$.{target.title_fields[0]}')"))
        elif name in keyed:  # the value it is sorted by (the agent's, the author where it is empty)
            columns.append(Column(name, keyed[name].sql("r.")))
        else:
            columns.append(Column(name, f"json_extract(r.data, '$.{name}')"))
    columns += [Column(key, f"r.{key}") for key in RECORD_COLUMNS]
    return columns


def _joins(form: FormSpec) -> str:
    joins = []
    for index, name in enumerate(list_fields(form)):
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
    where_field: tuple[str, str] | None = None  # (field, value): e.g. the visits of one cooperative
    filters: Filters = Filters()

    def filtered(self) -> bool:
        return bool(self.text.strip()) or self.where_field is not None or self.filters.active()


def _where(
    query: ListQuery, columns: list[Column], forms: FormRegistry, *, keyed: bool = True
) -> tuple[str, list[Any]]:
    """The WHERE condition on the record `r` (and the referred records joined for a text filter), and its
    parameters. Not `keyed`: the filters are written without the sort keys (as before them)."""
    clauses, params = ["r.form = ?", "r.deleted = 0"], [query.form]
    if query.text.strip():
        titles = forms.get(query.form).title_fields  # the text filter reads the titles, not the other columns
        title_sql = [c.sql for c in columns if c.key in titles]
        clauses.append("(" + " OR ".join(f"instr(lower(coalesce({sql}, '')), ?) > 0" for sql in title_sql) + ")")
        params += [query.text.strip().lower()] * len(title_sql)
    if query.where_field is not None:
        field, value = query.where_field
        clauses.append(f"json_extract(r.data, '$.{field}') = ?")
        params.append(value)
    filter_clauses, filter_params = filter_sql(query.form, query.filters, forms=forms, keyed=keyed)
    return " AND ".join(clauses + filter_clauses), params + filter_params


def _candidates(forms: FormRegistry, form: FormSpec, query: ListQuery) -> list[Sql]:
    """Sub-queries (one column, `record_id`) each listing, through an index, every record the filters can let
    through, and perhaps more."""
    sources = candidate_sql(forms, query.form, query.filters)
    if query.where_field is not None and reference_field(forms, form, query.where_field[0]) is not None:
        sources.append(("SELECT record_id FROM list_keys WHERE ref = ? AND form = ? AND field = ?",
                        [query.where_field[1], query.form, query.where_field[0]]))  # fmt: skip
    return sources


def _fewest(conn: sqlite3.Connection, sources: list[Sql]) -> Sql | None:
    """The source with the fewest candidates, if it has at most CANDIDATES_AT_MOST (each counted no further)."""
    best, best_count = None, CANDIDATES_AT_MOST + 1
    for sql, params in sources:
        count = conn.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)", [*params, best_count]).fetchone()[0]
        if count < best_count:
            best, best_count = (sql, params), count
    return best


class _Page:
    """The queries that can list the ids of one page of a list, in the list's order."""

    def __init__(self, forms: FormRegistry, query: ListQuery, *, offset: int, limit: int) -> None:
        self.query = query
        self.form = forms.get(query.form)
        self.columns = list_columns(forms, self.form)
        self.order = next((c.key for c in self.columns if c.key == query.order_by), "updated_at")
        self.field = sort_field(forms, self.form, self.order)  # None: sorted by an index on `records`
        self.direction = "DESC" if query.descending else "ASC"
        self.page = [limit, offset]
        self.where, self.params = _where(query, self.columns, forms)
        self.joins = _joins(self.form) if query.text.strip() else ""

    def _keys(self, table: str) -> str:
        """The ORDER BY of the list, on `table` (`k`: list_keys, `r`: records)."""
        if self.field is not None:
            return f"{table}.key {self.direction}, {table}.record_id {self.direction}"
        return f"{table}.{self.order} {self.direction}, {table}.id {self.direction}"

    def _index(self) -> Sql:
        """The list's index: (FROM clause of `k` or `r`, WHERE condition on it, parameters)."""
        if self.field is not None:
            return "list_keys k", ["k.form = ? AND k.field = ?", self.query.form, self.field]
        return "records r", ["r.form = ? AND r.deleted = 0", self.query.form]

    def walk(self) -> Sql:
        """The list's index in order, each record checked against the filters (if any) until the page is full:
        quick when many records match."""
        table, (condition, *params) = self._index()
        if not self.query.filtered():
            column = "k.record_id" if self.field is not None else "r.id"
            sql = f"SELECT {column} FROM {table} WHERE {condition} ORDER BY {self._keys(table[-1])} LIMIT ? OFFSET ?"
            return sql, [*params, *self.page]
        if self.field is not None:
            # CROSS JOIN: SQLite keeps the tables in the order written. It cannot tell how many records a condition
            # on JSON lets through, and would otherwise start from the records and sort them all.
            sql = (f"SELECT k.record_id FROM list_keys k CROSS JOIN records r ON r.id = k.record_id {self.joins}"
                   f" WHERE {condition} AND {self.where} ORDER BY {self._keys('k')} LIMIT ? OFFSET ?")  # fmt: skip
        else:
            sql = f"SELECT r.id FROM records r {self.joins} WHERE {self.where} ORDER BY {self._keys('r')} LIMIT ? OFFSET ?"
            params = []
        return sql, [*params, *self.params, *self.page]

    def candidates(self, source: Sql) -> Sql:
        """The records a small candidate sub-query lists, checked against the filters, then sorted."""
        candidates, candidate_params = source
        if self.field is not None:
            sql = (f"SELECT k.record_id FROM ({candidates}) c CROSS JOIN list_keys k ON k.record_id = c.record_id"
                   f" AND k.field = ? CROSS JOIN records r ON r.id = k.record_id {self.joins}"
                   f" WHERE k.form = ? AND {self.where} ORDER BY {self._keys('k')} LIMIT ? OFFSET ?")  # fmt: skip
            return sql, [*candidate_params, self.field, self.query.form, *self.params, *self.page]
        sql = (f"SELECT r.id FROM ({candidates}) c CROSS JOIN records r ON r.id = c.record_id {self.joins}"
               f" WHERE {self.where} ORDER BY {self._keys('r')} LIMIT ? OFFSET ?")  # fmt: skip
        return sql, [*candidate_params, *self.params, *self.page]

    def scan(self) -> Sql:
        """Every record read in the order stored (the quickest way through them all), those matching sorted."""
        if self.field is not None:
            sql = (f"SELECT k.record_id FROM records r NOT INDEXED {self.joins} CROSS JOIN list_keys k"
                   f" ON k.record_id = r.id AND k.field = ? WHERE {self.where}"
                   f" ORDER BY {self._keys('k')} LIMIT ? OFFSET ?")  # fmt: skip
            return sql, [self.field, *self.params, *self.page]
        sql = (f"SELECT r.id FROM records r NOT INDEXED {self.joins} WHERE {self.where}"
               f" ORDER BY {self._keys('r')} LIMIT ? OFFSET ?")  # fmt: skip
        return sql, [*self.params, *self.page]


def page_sql(forms: FormRegistry, query: ListQuery, *, offset: int, limit: int) -> Sql:
    """The query of a page's ids walking the list's index: all there is to an unfiltered list."""
    return _Page(forms, query, offset=offset, limit=limit).walk()


def page_ids(conn: sqlite3.Connection, forms: FormRegistry, query: ListQuery, *, offset: int, limit: int) -> list[str]:
    """The ids of one page of the list, in its order."""
    page = _Page(forms, query, offset=offset, limit=limit)

    def run(sql: Sql) -> list[str]:
        return [row[0] for row in conn.execute(*sql)]

    if not query.filtered():
        return run(page.walk())
    fewest = _fewest(conn, _candidates(forms, page.form, query))
    if fewest is not None:
        return run(page.candidates(fewest))
    # The walk first, within a budget: enough when a fair share of the records match (a tenth, for the pages near
    # the top). Beyond it few match and no index lists them: the whole table is read in the order stored instead.
    walked = _within(conn, page.walk(), steps=_STEPS_PER_RECORD * max(CANDIDATES_AT_MOST, 10 * (offset + limit)))
    return walked if walked is not None else run(page.scan())


_STEPS_PER_RECORD = 20  # SQLite virtual machine instructions a walk spends on a record, filters included (measured)
_STEPS_PER_CALL = 1000


def _within(conn: sqlite3.Connection, sql: Sql, *, steps: int) -> list[str] | None:
    """The ids the query lists, or None if SQLite needs more than about `steps` instructions for them."""
    calls = 0

    def spent() -> bool:
        nonlocal calls
        calls += 1
        return calls * _STEPS_PER_CALL > steps  # True interrupts the query

    conn.set_progress_handler(spent, _STEPS_PER_CALL)
    try:
        return [row[0] for row in conn.execute(*sql)]
    except sqlite3.OperationalError:
        if calls * _STEPS_PER_CALL > steps:
            return None
        raise
    finally:
        conn.set_progress_handler(None, 0)


def fetch_rows(
    conn: sqlite3.Connection, forms: FormRegistry, query: ListQuery, *, offset: int, limit: int
) -> list[tuple[Any, ...]]:
    """Rows of (id, column values...) in the query's order."""
    ids = page_ids(conn, forms, query, offset=offset, limit=limit)
    if not ids:
        return []
    form = forms.get(query.form)
    columns = list_columns(forms, form)
    rows = conn.execute(
        f"SELECT r.id, {', '.join(c.sql for c in columns)} FROM records r {_joins(form)}"
        " WHERE r.id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    )
    by_id = {row[0]: row for row in rows}
    return [by_id[record_id] for record_id in ids if record_id in by_id]


def count_rows(conn: sqlite3.Connection, forms: FormRegistry, query: ListQuery) -> int:
    form = forms.get(query.form)
    columns = list_columns(forms, form)
    where, params = _where(query, columns, forms)
    joins = _joins(form) if query.text.strip() else ""
    return conn.execute(f"SELECT count(*) FROM records r {joins} WHERE {where}", params).fetchone()[0]


def records_where(forms: FormRegistry, query: ListQuery) -> tuple[str, str, list[Any]]:
    """What a list of `query` lets through, for other readers of the same records (app/db/record_query.py): the
    joins its text filter needs, its WHERE condition on the record `r`, and the parameters."""
    form = forms.get(query.form)
    where, params = _where(query, list_columns(forms, form), forms)
    return (_joins(form) if query.text.strip() else ""), where, params


def candidate_sources(forms: FormRegistry, query: ListQuery) -> list[Sql]:
    """Sub-queries (one column, `record_id`) each listing through an index every record of `query`, and perhaps
    more: where a reader of few of the records can start."""
    return _candidates(forms, forms.get(query.form), query)
