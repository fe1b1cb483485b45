"""The sort keys of the window's lists, kept in step with the records whoever writes them.

`list_keys` (migration 4 in app/db/schema.py) holds one row per live record and sorted column: the column's
key (app.core.sort_key), so that a list sorted by any column walks the index `list_keys_in_order` (form, field,
key, record_id) and reads only the records of the page it shows. Columns keyed: the form's title fields (a
reference as the first title field of the record it names, as the list shows it) and the author ("@author": not
a field name, so no field can clash with it). The state and the last change are sorted by indexes on `records`.

Maintenance follows the search index (app/db/search_index.py): triggers queue every inserted, updated or deleted
record in `list_pending`; `key_pending` keys them inside the writer's transaction, before the commit (the store
calls it through `search_index.index_inline`), up to `INLINE_AT_MOST` of them (measured on a 2-core machine:
under a millisecond for a save, 40 to 60 µs a visit in batches). More (a large merge) are keyed right after the
commit by `search_index.catch_up`, in one transaction, from 10,000 queued records in one pass in SQL
(`replace_queued`: 3 s for the 75,000 visits of a large merge, 3 s for the 100,000 of the migration); the window
refreshes its lists after that, and `taawun sync merge` runs it before it exits, so a list never misses a record.
Records queued by another program (the sqlite3 shell, a benchmark's bulk insert) or by the migration are keyed
when a store next opens the file.

A reference column's key is the title of the record it names, not of the referring record: when a cooperative
is renamed, or arrives after the visits naming it, its visits' keys change although the visits did not. `ref`
holds the id a reference column names, indexed (`list_keys_by_ref`), so keying a cooperative sets the key of
every row naming it in one UPDATE, without reading the visits.

Keys depend on the forms (which fields are titles, their types, the order of choices) and on the key function:
a fingerprint of both is kept in `meta` (`list_keys_signature`); a store opening the file with other forms or a
newer key function keys everything again.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.forms import FieldSpec, FormRegistry, FormSpec
from app.core.sort_key import KEY_VERSION, text_key, value_key
from app.db.schema import LIST_INDEXES, LIST_KEYS_MIGRATION, _statements

if TYPE_CHECKING:
    from app.db.store import Store

log = logging.getLogger("taawun.lists")

AUTHOR = "@author"  # the field name of the author's key
LIST_TABLES = ("list_keys", "list_pending")
LIST_TRIGGERS = ("list_after_insert", "list_after_update", "list_after_delete")
_SIGNATURE = "list_keys_signature"
_BATCH = 2000


@dataclass(frozen=True)
class KeyedField:
    """A sorted column of a form's list: where its value is in the record, and how it becomes a key."""

    name: str  # the field's name, or AUTHOR
    spec: FieldSpec | None  # None for the author
    target: str | None = None  # a reference: the form referred to
    target_spec: FieldSpec | None = None  # ... and that form's first title field, which the list shows


@dataclass(frozen=True)
class Plan:
    forms: dict[str, tuple[KeyedField, ...]]
    # For each form referred to by a keyed reference: (referring form, field, the referred title field).
    referrers: dict[str, tuple[tuple[str, str, FieldSpec | None], ...]]
    signature: str


def keyed_fields(forms: FormRegistry, form: FormSpec) -> tuple[KeyedField, ...]:
    fields = []
    for name in form.title_fields:
        spec = form.field(name)
        if spec is None:
            continue
        if spec.type == "reference" and spec.form is not None and spec.form in forms:
            target = forms.get(spec.form)
            fields.append(KeyedField(name, spec, spec.form, target.field(target.title_fields[0])))
        else:  # a reference to a form this laptop does not know is shown, and sorted, as the id it holds
            fields.append(KeyedField(name, spec))
    return (*fields, KeyedField(AUTHOR, None))


_PLANS: dict[int, tuple[FormRegistry, Plan]] = {}
_PROBES = ("آمال أحمد إبراهيم", "تعاونيّة الأمل", "مسؤول على", "École Cœur", "Tighza 10 ٣", "«(x)» - 2.5%", "ⵜⴰⵡⵏⵉⵜ")


def plan(forms: FormRegistry) -> Plan:
    """What to key for these forms (worked out once per registry)."""
    cached = _PLANS.get(id(forms))
    if cached is None or cached[0] is not forms:
        by_form = {form.name: keyed_fields(forms, form) for form in forms}
        referrers: dict[str, list[tuple[str, str, FieldSpec | None]]] = defaultdict(list)
        described = []
        for name, fields in sorted(by_form.items()):
            for keyed in fields:
                if keyed.target is not None:
                    referrers[keyed.target].append((name, keyed.name, keyed.target_spec))
                described.append(
                    [name, keyed.name, *_describe(keyed.spec), keyed.target, *_describe(keyed.target_spec)]
                )
        # The keys of a few texts stand for the key function itself: a change to it (or to the folding it uses)
        # that moves any of them changes the fingerprint even if KEY_VERSION was not raised.
        probes = [text_key(text) for text in _PROBES]
        digest = hashlib.sha256(json.dumps([KEY_VERSION, probes, described], ensure_ascii=False).encode()).hexdigest()
        made = Plan(by_form, {k: tuple(v) for k, v in referrers.items()}, digest)
        cached = _PLANS[id(forms)] = (forms, made)
    return cached[1]


def _describe(spec: FieldSpec | None) -> list[Any]:
    """What of a field its keys depend on."""
    if spec is None:
        return [None, None, None]
    return [spec.name, spec.type, [c.value for c in spec.choices] if spec.type == "select_one" else None]


def sort_field(forms: FormRegistry, form: FormSpec, column: str) -> str | None:
    """The `list_keys` field that sorts a list column; None for the columns sorted by an index on `records`."""
    if column == "author":
        return AUTHOR
    if column in form.title_fields and form.field(column) is not None:
        return column
    return None


def reference_field(forms: FormRegistry, form: FormSpec, name: str) -> KeyedField | None:
    """The keyed reference field `name` of a form (its `ref` column finds the records naming a record), if any."""
    return next((k for k in plan(forms).forms.get(form.name, ()) if k.name == name and k.target is not None), None)


# --- keying the queued records ---------------------------------------------------------------------------------------


def has_pending(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM main.list_pending LIMIT 1").fetchone() is not None


def key_pending(conn: sqlite3.Connection, forms: FormRegistry, *, everything: bool = False) -> int:
    """Key every record noted in `list_pending`, inside the caller's transaction; returns how many. `everything`:
    every live record is queued (the table was emptied), so no row outside the queue can name a queued record."""
    if not has_pending(conn):
        return 0
    keying = _Keying(conn, plan(forms))
    done = 0
    if pending_count(conn, at_most=_BULK_AT) > _BULK_AT:
        with _bulk(conn, rebuild_indexes=everything):
            done = keying.replace_queued()
        if not everything:
            keying.follow()
    else:
        query = "SELECT record_id FROM main.list_pending ORDER BY rowid LIMIT ? OFFSET ?"
        while ids := [row[0] for row in conn.execute(query, (_BATCH, done))]:
            keying.replace(ids, keying.read(ids))
            done += len(ids)
        keying.follow()
    conn.execute("DELETE FROM main.list_pending")
    return done


def pending_count(conn: sqlite3.Connection, *, at_most: int) -> int:
    """How many records wait to be keyed, counting no further than `at_most` + 1."""
    query = "SELECT count(*) FROM (SELECT 1 FROM main.list_pending LIMIT ?)"
    return int(conn.execute(query, (at_most + 1,)).fetchone()[0])


INLINE_AT_MOST = 5000  # keyed before the commit that queued them: about a quarter of a second
_BULK_AT = 10_000  # records queued from which `replace_queued` is faster than keying them batch by batch (measured)
_BULK_CACHE_KIB = 64 * 1024


@contextlib.contextmanager
def _bulk(conn: sqlite3.Connection, *, rebuild_indexes: bool) -> Iterator[None]:
    """For many records: a larger page cache while they are keyed (SQLite's sorter works within it). With
    `rebuild_indexes` (every record queued: the migration, a repair), the sorted indexes are made afterwards in
    one sorted pass rather than by 300,000 inserts at random places (a second less at 100,000 visits), with the
    very statements of the migration; for fewer records, rebuilding them would cost more than it saves."""
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
    indexes = [s for s in _statements(LIST_KEYS_MIGRATION) if s.startswith("CREATE INDEX")] if rebuild_indexes else []
    try:
        for statement in indexes:
            conn.execute(f"DROP INDEX main.{statement.split()[2]}")
        yield
        for statement in indexes:
            conn.execute(statement)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")


Row = tuple[str, str, str, Any, "str | None"]  # record_id, field, form, key, ref
# Types whose value is a JSON array or object, which json_extract returns as JSON text.
_STRUCTURED = frozenset({"select_multiple", "geopoint", "photos", "group"})


class _Keying:
    """Keys records of one database with one plan; the titles of referred records are read once each."""

    def __init__(self, conn: sqlite3.Connection, plan: Plan) -> None:
        self.conn = conn
        self.plan = plan
        self._titles: dict[tuple[str, str], Any] = {}  # (id, title field) -> key, for references
        # One query reads what every form needs: its n-th title field in the n-th column, by a CASE on the form
        # (json_extract in SQLite, rather than the whole document parsed in Python: a fifth of the time). Form and
        # field names are identifiers, checked when the forms were loaded (app.core.forms).
        self._width = width = max(
            (sum(k.spec is not None for k in fields) for fields in plan.forms.values()), default=0
        )
        columns = []
        for position in range(width):
            cases = []
            for form, fields in plan.forms.items():
                names = [k.name for k in fields if k.spec is not None]
                if position < len(names):
                    cases.append(f"WHEN '{form}' THEN json_extract(data, '$.{names[position]}')")
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
                    rows.append((record_id, keyed.name, form, self._title(ref, keyed.target_spec), ref))
                else:
                    rows.append((record_id, keyed.name, form, value_key(keyed.spec, _decoded(keyed.spec, value)), None))
        return rows

    def replace(self, ids: list[str], found: list[tuple[Any, ...]]) -> None:
        """Replace the rows of `ids` (of which `found` is what `read` found); note those that others may name."""
        rows = self.rows(found)
        self.conn.execute("DELETE FROM main.list_keys WHERE record_id IN (SELECT value FROM json_each(?))",
                          (json.dumps(ids),))  # fmt: skip
        self.conn.executemany("INSERT INTO main.list_keys (record_id, field, form, key, ref) VALUES (?, ?, ?, ?, ?)",
                              rows)  # fmt: skip
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
        for start in range(0, len(missing), _BATCH):
            for ref, value in self.conn.execute(query, (json.dumps(missing[start : start + _BATCH]),)):
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
        self.conn.execute(
            f"INSERT INTO main.list_keys (record_id, field, form, key, ref) SELECT s.id, ?, s.form, v.key, {ref}"
            f" FROM temp.list_scan s LEFT JOIN temp.list_values v ON v.form = s.form AND v.field = ?"
            f" AND v.value = s.{column} WHERE s.form = ? AND s.deleted = 0 ORDER BY s.id",
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


def key_inline(conn: sqlite3.Connection, forms: FormRegistry) -> None:
    """What the store runs before each commit: `key_pending`, except that a damaged key table never stops a record
    from being saved: its writes are undone, the records stay queued, and `taawun check --repair` (or the next
    start, if the table is gone) rebuilds it. More than `INLINE_AT_MOST` queued records (a large merge) are keyed
    by `search_index.catch_up` just after the commit instead, which the window and `taawun sync merge` run on the
    spot: the merge's transaction, which holds other writers back, stays short."""
    if pending_count(conn, at_most=INLINE_AT_MOST) > INLINE_AT_MOST:
        return
    conn.execute("SAVEPOINT list_keys")
    try:
        key_pending(conn, forms)
    except sqlite3.DatabaseError as error:
        conn.execute("ROLLBACK TO list_keys")
        log.warning("list keys not updated, the records stay queued: %s", error)  # SQLite's words, no content
    conn.execute("RELEASE list_keys")


# --- the keys as a whole: presence, rebuild, check ---------------------------------------------------------------------


@functools.cache
def _expected_objects() -> dict[str, str]:
    """name -> SQL of every object the list migration creates (the indexes on `records` included)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE records (id TEXT, form TEXT, deleted INTEGER, state TEXT, updated_at TEXT)")
        for statement in _statements(LIST_INDEXES + LIST_KEYS_MIGRATION):
            conn.execute(statement)
        return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE name != 'records'").fetchall())
    finally:
        conn.close()


def _found_objects(conn: sqlite3.Connection) -> dict[str, str]:
    names = json.dumps(sorted(_expected_objects()))
    return dict(conn.execute("SELECT name, sql FROM main.sqlite_master WHERE name IN (SELECT value FROM json_each(?))",
                             (names,)).fetchall())  # fmt: skip


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    found, expected = _found_objects(conn), _expected_objects()
    problems = [f"{name} is missing" for name in expected if name not in found]
    return problems + [f"{name} is altered" for name in expected if name in found and found[name] != expected[name]]


def recreate(conn: sqlite3.Connection) -> None:
    """The key tables and triggers made anew as the migration makes them, every live record queued; an index on
    `records` missing or altered is made again. In a transaction."""
    found, expected = _found_objects(conn), _expected_objects()
    for trigger in LIST_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS main.{trigger}")
    for table in LIST_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS main.{table}")
    for statement in _statements(LIST_INDEXES):
        name = statement.split()[2]
        if found.get(name) != expected[name]:
            conn.execute(f"DROP INDEX IF EXISTS main.{name}")
            conn.execute(statement)
    for statement in _statements(LIST_KEYS_MIGRATION):
        conn.execute(statement)


def requeue(conn: sqlite3.Connection) -> None:
    """Every key thrown away and every live record queued to be keyed again. In a transaction."""
    conn.execute("DELETE FROM main.list_keys")
    conn.execute("INSERT OR IGNORE INTO main.list_pending (record_id) SELECT id FROM main.records WHERE deleted = 0")


def _signature(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM main.meta WHERE key = ?", (_SIGNATURE,)).fetchone()
    return row[0] if row else None


def _set_signature(conn: sqlite3.Connection, forms: FormRegistry) -> None:
    conn.execute("INSERT OR REPLACE INTO main.meta (key, value) VALUES (?, ?)", (_SIGNATURE, plan(forms).signature))


def needs_keying(conn: sqlite3.Connection, forms: FormRegistry) -> bool:
    """Whether opening the file has keys to make: objects damaged, other forms or key function, records queued, or
    keys emptied while records are live (a sync package opened as a database: its derived tables travel empty)."""
    return bool(
        schema_problems(conn)
        or _signature(conn) != plan(forms).signature
        or has_pending(conn)
        or (conn.execute("SELECT 1 FROM main.list_keys LIMIT 1").fetchone() is None
            and conn.execute("SELECT 1 FROM main.records WHERE deleted = 0 LIMIT 1").fetchone() is not None)
    )  # fmt: skip


def prepare(conn: sqlite3.Connection, forms: FormRegistry) -> None:
    """At start, in the caller's transaction: repair what `needs_keying` found, then key what is queued."""
    if schema_problems(conn):
        recreate(conn)
    elif _signature(conn) != plan(forms).signature or (
        conn.execute("SELECT 1 FROM main.list_keys LIMIT 1").fetchone() is None
    ):
        requeue(conn)
    _set_signature(conn, forms)
    key_pending(conn, forms, everything=not conn.execute("SELECT 1 FROM main.list_keys LIMIT 1").fetchone())


def rebuild(conn: sqlite3.Connection, forms: FormRegistry) -> int:
    """`taawun check --repair`: the keys made anew from the records, in the caller's transaction; returns how many
    records were keyed."""
    recreate(conn)
    _set_signature(conn, forms)
    return key_pending(conn, forms, everything=True)


def open_keys(store: Store) -> None:
    if needs_keying(store.conn, store.forms):
        with store.transaction():
            prepare(store.conn, store.forms)


def key_problems(store: Store) -> list[str]:
    """What is wrong with the keys, as lines for `taawun check` (each one repaired by `taawun check --repair`). Every
    key is computed again from the records and compared, a batch at a time (`taawun check` only: reads everything)."""
    conn, hint = store.conn, "taawun check --repair rebuilds them"
    damaged = schema_problems(conn)
    if damaged:
        return [f"list keys: {problem} ({hint})" for problem in damaged]
    if _signature(conn) != plan(store.forms).signature:
        return [f"list keys: made for other forms or by another version ({hint})"]
    keying = _Keying(conn, plan(store.forms))
    # Records queued by another writer and not keyed yet are not a problem: the next transaction keys them.
    queued = {row[0] for row in conn.execute("SELECT record_id FROM main.list_pending")}
    ids = [row[0] for row in conn.execute("SELECT id FROM main.records WHERE deleted = 0") if row[0] not in queued]
    wrong = extra = 0
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        expected = {(row[0], row[1]): row[2:] for row in keying.rows(keying.read(batch))}
        stored = {(row[0], row[1]): row[2:] for row in conn.execute(
            "SELECT record_id, field, form, key, ref FROM main.list_keys WHERE record_id IN (SELECT value FROM"
            " json_each(?))", (json.dumps(batch),))}  # fmt: skip
        wrong += sum(1 for k, v in expected.items() if stored.get(k) != v)
        extra += sum(1 for k in stored if k not in expected)
    extra += conn.execute(
        "SELECT count(*) FROM main.list_keys k WHERE k.record_id NOT IN (SELECT record_id FROM main.list_pending)"
        " AND NOT EXISTS (SELECT 1 FROM main.records r WHERE r.id = k.record_id AND r.deleted = 0)"
    ).fetchone()[0]
    problems = []
    if wrong:
        problems.append(f"list keys: {wrong} missing or outdated ({hint})")
    if extra:
        problems.append(f"list keys: {extra} of no live record or column ({hint})")
    return problems
