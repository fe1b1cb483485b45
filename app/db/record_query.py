"""Whole records through the filters of the window's lists, a batch at a time: what the reports read.

A report over a month of a database of 100,000 visits must not read the 100,000 (seconds, and hundreds of
megabytes of dictionaries): the records it shows are chosen by SQLite with the same conditions as the lists
(app/db/listing.py, app/db/list_filters.py: form, live records only, state, date range, place, one field's
value...), started from an index where one lists few enough candidates (a date range's sort keys, a cooperative's
or a workshop's visits), and handed over in batches, so that a caller keeps only what it prints.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from app.core.forms import FormRegistry, FormSpec
from app.db.list_keys import reference_field
from app.db.listing import ListQuery, Sql, candidate_sources, records_where
from app.db.store import Record

BATCH = 500  # records decoded at a time
# Up to this many candidates an index lists, reading them beats reading every record of the form in the order
# stored (about 2 µs a candidate against 5 µs a record, measured at 100,000 visits); a source is counted no further.
CANDIDATES_AT_MOST = 40_000
RECORD_COLUMNS = ("id", "form", "form_version", "state", "data", "version", "hlc", "device", "device_name", "author",
                  "created_at", "updated_at", "deleted")  # fmt: skip


@dataclass(frozen=True)
class RecordQuery:
    """The records a list of `list_query` would show (its text filter, one field's value, its filters), optionally only
    those whose field `among[0]` holds one of the ids `among[1]`, in the order of the fields `order` (ascending),
    ties in the order they were created (as `Store.records_of`)."""

    list_query: ListQuery
    among: tuple[str, Collection[str]] | None = None
    order: tuple[str, ...] = ()


def record_batches(conn: sqlite3.Connection, forms: FormRegistry, query: RecordQuery, *,
                   batch: int = BATCH) -> Iterator[list[Record]]:  # fmt: skip
    """The records of `query`, in its order, `batch` at a time."""
    sql, params = _select(conn, forms, query, ", ".join(f"r.{column}" for column in RECORD_COLUMNS))
    cursor = conn.execute(sql, params)
    try:
        while rows := cursor.fetchmany(batch):
            yield [_record(row) for row in rows]
    finally:
        cursor.close()  # a reader that stops early does not keep the statement open


def records(conn: sqlite3.Connection, forms: FormRegistry, query: RecordQuery, *,
            batch: int = BATCH) -> Iterator[Record]:  # fmt: skip
    """The records of `query`, one by one, in its order (decoded `batch` at a time)."""
    for chunk in record_batches(conn, forms, query, batch=batch):
        yield from chunk


def field_values(conn: sqlite3.Connection, forms: FormRegistry, query: RecordQuery,
                 fields: tuple[str, ...]) -> Iterator[tuple[Any, ...]]:  # fmt: skip
    """(id, value of each of `fields`) of the records of `query`, without decoding them: light rows for figures."""
    form = forms.get(query.list_query.form)
    columns = ", ".join(["r.id", *(_field(form, name) for name in fields)])
    sql, params = _select(conn, forms, query, columns)
    yield from conn.execute(sql, params)


def titles(
    conn: sqlite3.Connection, forms: FormRegistry, ids: Collection[str]
) -> dict[str, tuple[str, dict[str, Any]]]:
    """(form, data) of the records `ids` name that are known here, deleted ones included (`Store.title_of` names a
    deleted record too): the records a batch refers to, read in one query."""
    rows = conn.execute("SELECT id, form, data FROM records WHERE id IN (SELECT value FROM json_each(?))",
                        (json.dumps(sorted(set(ids))),))  # fmt: skip
    return {row[0]: (row[1], json.loads(row[2])) for row in rows if row[1] in forms}


def _select(conn: sqlite3.Connection, forms: FormRegistry, query: RecordQuery, columns: str) -> Sql:
    form = forms.get(query.list_query.form)
    joins, where, params = records_where(forms, query.list_query)
    if query.among is not None:
        field, ids = query.among
        where += f" AND {_field(form, field)} IN (SELECT value FROM json_each(?))"
        params = [*params, json.dumps(sorted(ids))]
    order = ", ".join([*(_field(form, name) for name in query.order), "r.created_at", "r.id"])
    source = _source(conn, forms, form, query)
    if source is None:
        return f"SELECT {columns} FROM records r {joins} WHERE {where} ORDER BY {order}", params
    # CROSS JOIN: from the candidates to their records, in that order (SQLite cannot tell how few they are).
    candidates, candidate_params = source
    sql = (f"SELECT {columns} FROM ({candidates}) c CROSS JOIN records r ON r.id = c.record_id {joins}"
           f" WHERE {where} ORDER BY {order}")  # fmt: skip
    return sql, [*candidate_params, *params]


def _source(conn: sqlite3.Connection, forms: FormRegistry, form: FormSpec, query: RecordQuery) -> Sql | None:
    """The index listing the fewest candidates for the query, if it lists at most CANDIDATES_AT_MOST."""
    sources = candidate_sources(forms, query.list_query)
    if query.among is not None and reference_field(forms, form, query.among[0]) is not None:
        sources.append(("SELECT record_id FROM list_keys WHERE ref IN (SELECT value FROM json_each(?))"
                        " AND form = ? AND field = ?", [json.dumps(sorted(query.among[1])), form.name,
                                                        query.among[0]]))  # fmt: skip
    best, best_count = None, CANDIDATES_AT_MOST + 1
    for sql, params in sources:
        count = conn.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)", [*params, best_count]).fetchone()[0]
        if count < best_count:
            best, best_count = (sql, params), count
    return best


def _field(form: FormSpec, name: str) -> str:
    """A field's value on the record `r`; only a field of the form's (whose name the loader checked) reaches SQL."""
    if form.field(name) is None:
        raise ValueError(f"{form.name} has no field {name!r}")
    return f"json_extract(r.data, '$.{name}')"


def _record(row: tuple[Any, ...]) -> Record:
    values = dict(zip(RECORD_COLUMNS, row, strict=True))
    return Record(**{**values, "data": json.loads(values["data"]), "deleted": bool(values["deleted"])})
