"""The sort keys of records, read from the file: one row per live record and keyed column (app/db/list_plan.py), a
reference column keyed by the title of the record it names (a reference kept for its `ref` only: a row where it
names a record), the form's agent field by the author where it is empty (as the list shows it). `Keying.replace`
keys a batch of records; `replace_queued` keys every queued record at once, in SQL but for the keys themselves;
`follow` gives the rows naming a renamed, arrived or deleted record its new title. Used by the table's upkeep (app/db/list_keys.py), in the
caller's transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from app.core.forms import FieldSpec
from app.core.sort_key import text_key, value_key
from app.db.list_plan import KeyedField, Plan

BATCH = 2000  # records read, or ids looked up, per statement

Row = tuple[str, str, str, Any, "str | None"]  # record_id, field, form, key, ref
# Types whose value is a JSON array or object, which json_extract returns as JSON text.
_STRUCTURED = frozenset({"select_multiple", "geopoint", "photos", "group"})


class Keying:
    """Keys records of one database with one plan; the titles of referred records are read once each."""

    def __init__(self, conn: sqlite3.Connection, plan: Plan) -> None:
        self.conn = conn
        self.plan = plan
        self._titles: dict[tuple[str, str], Any] = {}  # (id, title field) -> key, for references
        # One query reads what every form needs: its n-th keyed field in the n-th column, by a CASE on the form
        # (json_extract in SQLite, rather than the whole document parsed in Python: a fifth of the time). Form and
        # field names are identifiers, checked when the forms were loaded (app.core.forms).
        self._width = width = max(
            (sum(k.spec is not None for k in fields) for fields in plan.forms.values()), default=0
        )
        columns = []
        for position in range(width):
            cases = []
            for form, fields in plan.forms.items():
                values = [k.sql() for k in fields if k.spec is not None]
                if position < len(values):
                    cases.append(f"WHEN '{form}' THEN {values[position]}")
            columns.append(f"CASE form {' '.join(cases)} END")
        self._columns = f"id, form, deleted, author{''.join(', ' + c for c in columns)}"
        self._to_follow: list[tuple[str, str | None]] = []  # (id, form or None if gone from the file)

    def select(self, where: str) -> str:
        """The query of (id, form, deleted, author, title values...) of records, tombstones too."""
        return f"SELECT {self._columns} FROM main.records {where}"

    def read(self, ids: list[str]) -> list[tuple[Any, ...]]:
        """What `select` reads of those of `ids` the file holds."""
        return self.conn.execute(
            self.select("WHERE id IN (SELECT value FROM json_each(?))"), (json.dumps(ids),)
        ).fetchall()

    def rows(self, found: list[tuple[Any, ...]]) -> list[Row]:
        """The key rows of the live records among `found`."""
        live = [row for row in found if not row[2] and row[1] in self.plan.forms]
        self._read_titles(live)
        rows: list[Row] = []
        for record_id, form, _, author, *values in live:
            data = iter(values)
            for keyed in self.plan.forms[form]:
                if keyed.spec is None:
                    rows.append((record_id, keyed.name, form, _author_key(author), None))
                    continue
                value = next(data)
                if keyed.target is not None:
                    ref = value if isinstance(value, str) else None
                    if ref is not None or keyed.sorted:  # a reference kept for its `ref` only: none, no row
                        rows.append((record_id, keyed.name, form, self._title(ref, keyed.target_spec), ref))
                else:
                    rows.append((record_id, keyed.name, form, value_key(keyed.spec, _decoded(keyed.spec, value)), None))
        return rows

    def replace(self, ids: list[str], found: list[tuple[Any, ...]]) -> None:
        """Replace the rows of `ids` (of which `found` is what `read` found); note those that others may name."""
        rows = self.rows(found)
        # Only the rows that changed are written: an edit of a note keeps its cooperative, date and author, and
        # rewriting their rows (and their two index entries each) would be most of a save's pages for nothing.
        kept = {(row[0], row[1]): row for row in self.conn.execute(
            "SELECT record_id, field, form, key, ref FROM main.list_keys"
            " WHERE record_id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}  # fmt: skip
        wanted = {(row[0], row[1]): row for row in rows}
        self.conn.executemany("DELETE FROM main.list_keys WHERE record_id = ? AND field = ?",
                              [place for place in kept if place not in wanted])  # fmt: skip
        self.conn.executemany(
            "INSERT OR REPLACE INTO main.list_keys (record_id, field, form, key, ref) VALUES (?, ?, ?, ?, ?)",
            [row for place, row in wanted.items() if not _same(kept.get(place), row)],
        )
        forms = {row[0]: row[1] for row in found}
        for record_id in ids:
            form = forms.get(record_id)
            if form is None or form in self.plan.referrers:
                self._to_follow.append((record_id, form))

    def _read_titles(self, live: list[tuple[Any, ...]]) -> None:
        """The titles that the references of `live` name, read in one query per referred title field."""
        wanted: dict[str, tuple[FieldSpec, set[str]]] = {}
        for _, form, _, _, *values in live:
            for keyed, value in zip((k for k in self.plan.forms[form] if k.spec is not None), values, strict=False):
                spec = keyed.target_spec
                if spec is not None and isinstance(value, str) and (value, spec.name) not in self._titles:
                    wanted.setdefault(spec.name, (spec, set()))[1].add(value)
        for spec, ids in wanted.values():
            self._reference_keys(spec, ids)

    def _reference_keys(self, spec: FieldSpec, ids: Iterable[str]) -> dict[str, Any]:
        """The keys of the title field `spec` of the records `ids` (None for an id the file does not hold)."""
        ids = set(ids)
        missing = sorted(ref for ref in ids if (ref, spec.name) not in self._titles)
        for ref in missing:
            self._titles[(ref, spec.name)] = None
        query = (f"SELECT id, json_extract(data, '$.{spec.name}') FROM main.records"
                 " WHERE id IN (SELECT value FROM json_each(?))")  # fmt: skip
        for start in range(0, len(missing), BATCH):
            for ref, value in self.conn.execute(query, (json.dumps(missing[start : start + BATCH]),)):
                self._titles[(ref, spec.name)] = _title_key(spec, value)
        return {ref: self._titles[(ref, spec.name)] for ref in ids}

    def replace_queued(self) -> int:
        """Every queued record at once (the migration, a rebuild, a large merge), in SQL but for the keys: the
        records are read in one pass into a temporary table, each distinct value of a column is keyed once in
        Python (100,000 visits hold a few thousand dates, a few cooperatives, a few authors), and the rows are
        written by INSERT ... SELECT. The same keys as `replace`, in half the time or less from 20,000 records.
        Returns how many were queued."""
        conn = self.conn
        values = [f"v{position}" for position in range(self._width)]
        conn.execute("DROP TABLE IF EXISTS temp.list_scan")
        conn.execute("DROP TABLE IF EXISTS temp.list_values")
        conn.execute(f"CREATE TEMP TABLE list_scan (id, form, deleted, author{''.join(', ' + v for v in values)})")
        conn.execute("CREATE TEMP TABLE list_values (form, field, value, key, PRIMARY KEY (form, field, value))")
        try:
            # The records in the order they are stored: 100,000 looked up one by one by id cost more.
            conn.execute(f"INSERT INTO temp.list_scan {self.select('NOT INDEXED')}"
                         " WHERE id IN (SELECT record_id FROM main.list_pending)")  # fmt: skip
            conn.execute("DELETE FROM main.list_keys WHERE record_id IN (SELECT record_id FROM main.list_pending)")
            for form, fields in self.plan.forms.items():
                position = 0
                for keyed in fields:
                    column = "author" if keyed.spec is None else values[position]
                    position += keyed.spec is not None
                    self._insert_column(form, keyed, column)
            # To follow: the records of referred forms among those keyed (tombstones too), and any queued id the file
            # no longer holds (compared by count first: there are none unless another program deleted rows).
            referred = json.dumps(sorted(self.plan.referrers))
            self._to_follow += conn.execute("SELECT id, form FROM temp.list_scan WHERE form IN (SELECT value FROM"
                                            " json_each(?))", (referred,)).fetchall()  # fmt: skip
            scanned = conn.execute("SELECT count(*) FROM temp.list_scan").fetchone()[0]
            queued = conn.execute("SELECT count(*) FROM main.list_pending").fetchone()[0]
            if scanned != queued:
                self._to_follow += conn.execute("SELECT record_id, NULL FROM main.list_pending WHERE record_id NOT IN"
                                                " (SELECT id FROM temp.list_scan)").fetchall()  # fmt: skip
            return int(queued)
        finally:
            conn.execute("DROP TABLE temp.list_scan")
            conn.execute("DROP TABLE temp.list_values")

    def _insert_column(self, form: str, keyed: KeyedField, column: str) -> None:
        distinct = [row[0] for row in self.conn.execute(
            f"SELECT DISTINCT {column} FROM temp.list_scan WHERE form = ? AND deleted = 0 AND {column} IS NOT NULL",
            (form,))]  # fmt: skip
        keys: list[tuple[Any, Any]]  # (value, its key)
        if keyed.spec is None:
            keys = [(value, _author_key(value)) for value in distinct]
        elif keyed.target is not None:
            found = self._reference_keys(keyed.target_spec, (v for v in distinct if isinstance(v, str))) if (
                keyed.target_spec is not None) else {}  # fmt: skip
            keys = [(value, found.get(value)) for value in distinct]
        else:
            keys = [(value, value_key(keyed.spec, _decoded(keyed.spec, value))) for value in distinct]
        self.conn.executemany("INSERT INTO temp.list_values (form, field, value, key) VALUES (?, ?, ?, ?)",
                              [(form, keyed.name, value, key) for value, key in keys])  # fmt: skip
        ref = f"CASE WHEN typeof(s.{column}) = 'text' THEN s.{column} END" if keyed.target is not None else "NULL"
        only_named = "" if keyed.sorted else f" AND typeof(s.{column}) = 'text'"  # as `rows`: a row where it names one
        self.conn.execute(
            f"INSERT INTO main.list_keys (record_id, field, form, key, ref) SELECT s.id, ?, s.form, v.key, {ref}"
            f" FROM temp.list_scan s LEFT JOIN temp.list_values v ON v.form = s.form AND v.field = ?"
            f" AND v.value = s.{column} WHERE s.form = ? AND s.deleted = 0{only_named} ORDER BY s.id",
            (keyed.name, keyed.name, form),
        )

    def _title(self, ref: str | None, spec: FieldSpec | None) -> Any:
        return None if ref is None or spec is None else self._titles.get((ref, spec.name))

    def follow(self) -> None:
        """Rows naming a record keyed since the last call take its new title: renamed, arrived, deleted (a tombstone
        keeps its data, and the list still shows its title) or removed from the file (no title any more)."""
        for record_id, form in self._to_follow:
            if form is None:
                self.conn.execute("UPDATE main.list_keys SET key = NULL WHERE ref = ? AND key IS NOT NULL",
                                  (record_id,))  # fmt: skip
                continue
            data = self._data(record_id)
            for referring_form, field, spec in self.plan.referrers[form]:
                key = _title_key(spec, data.get(spec.name)) if spec is not None else None
                self.conn.execute(
                    "UPDATE main.list_keys SET key = ? WHERE ref = ? AND form = ? AND field = ? AND key IS NOT ?",
                    (key, record_id, referring_form, field, key),
                )
        self._to_follow = []

    def _data(self, record_id: str) -> dict[str, Any]:
        row = self.conn.execute("SELECT data FROM main.records WHERE id = ?", (record_id,)).fetchone()
        try:
            data = json.loads(row[0]) if row else {}
        except (TypeError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}


def _author_key(author: Any) -> str | None:
    return None if author is None else text_key(str(author))


def _decoded(spec: FieldSpec, value: Any) -> Any:
    """A value as json_extract gave it, arrays and objects decoded."""
    if spec.type in _STRUCTURED and isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _title_key(spec: FieldSpec, value: Any) -> Any:
    """The key of a referred record's title field as a referring list shows it: the raw value (a reference there is
    shown as the id it holds, so it is sorted as text)."""
    return value_key(None if spec.type == "reference" else spec, _decoded(spec, value))


def _same(stored: tuple[Any, ...] | None, row: Row) -> bool:
    """Whether a stored key row is the row wanted: the same values of the same types (a key 1 is not a key "1",
    nor 1.0, for SQLite's order)."""
    return stored is not None and all(type(a) is type(b) and a == b for a, b in zip(stored, row, strict=True))
