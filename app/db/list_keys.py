"""The sort keys of the window's lists, kept in step with the records whoever writes them.

`list_keys` (migration 4 in app/db/schema.py) holds one row per live record and sorted column: the column's
key (app.core.sort_key), so that a list sorted by any column walks the index `list_keys_in_order` (form, field,
key, record_id) and reads only the records of the page it shows. Columns keyed: the form's title fields and the
columns its file declares (`list: columns:`; a reference as the first title field of the record it names, the
agent field as the author where it is empty: as the list shows them), and the author ("@author": not a field
name, so no field can clash with it). The state and the last change are sorted by indexes on `records`.
A reference that is no column (a visit's workshop) has a row only where it names a record, for its `ref` below:
the visits of a workshop are then found through an index instead of by reading every visit's JSON.

This module keeps the table (app/db/list_plan.py says what is keyed, app/db/list_keying.py computes the keys);
app/db/derived.py, the coordinator of derived tables, runs it. Triggers queue every inserted, updated or deleted
record in `list_pending`; `key_pending` keys them inside the writer's transaction, before the commit (the store
calls it through `derived.before_commit`), up to `INLINE_AT_MOST` of them (measured on a 2-core machine:
under a millisecond for a save, 40 to 60 µs a visit in batches). More (a large merge) are keyed right after the
commit by `derived.catch_up`, in one transaction, from 10,000 queued records in one pass in SQL
(`replace_queued`: 3 s for the 75,000 visits of a large merge, 3 s for the 100,000 of the migration); the window
refreshes its lists after that, and `taawun sync merge` runs it before it exits, so a list never misses a record.
Records queued by another program (the sqlite3 shell, a benchmark's bulk insert) or by the migration are keyed
when a store next opens the file.

A reference column's key is the title of the record it names, not of the referring record: when a cooperative
is renamed, or arrives after the visits naming it, its visits' keys change although the visits did not. `ref`
holds the id a reference column names, indexed (`list_keys_by_ref`), so keying a cooperative sets the key of
every row naming it in one UPDATE, without reading the visits.

Keys depend on the forms (which fields are titles or columns, their types, the order of choices) and on the key
function: a fingerprint of both is kept in `meta` (`list_keys_signature`); a store opening the file with other
forms or a newer key function keys everything again.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import sqlite3
from collections.abc import Iterator

from app.core.forms import FormRegistry
from app.db.list_keying import BATCH, Keying
from app.db.list_plan import AUTHOR, KeyedField, Plan, plan, reference_field, sort_field
from app.db.schema import LIST_INDEXES, LIST_KEYS_MIGRATION, _statements

__all__ = ["AUTHOR", "LIST_KEYS", "KeyedField", "Plan", "plan", "reference_field", "sort_field"]  # and the upkeep

log = logging.getLogger("taawun.lists")

LIST_TABLES = ("list_keys", "list_pending")
LIST_TRIGGERS = ("list_after_insert", "list_after_update", "list_after_delete")
_SIGNATURE = "list_keys_signature"


# --- keying the queued records ---------------------------------------------------------------------------------------


def has_pending(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM main.list_pending LIMIT 1").fetchone() is not None


def key_pending(conn: sqlite3.Connection, forms: FormRegistry, *, everything: bool = False) -> int:
    """Key every record noted in `list_pending`, inside the caller's transaction; returns how many. `everything`:
    every live record is queued (the table was emptied), so no row outside the queue can name a queued record."""
    if not has_pending(conn):
        return 0
    keying = Keying(conn, plan(forms))
    done = 0
    if pending_count(conn, at_most=_BULK_AT) > _BULK_AT:
        with _bulk(conn, rebuild_indexes=everything or _mostly_queued(conn)):
            done = keying.replace_queued()
        if not everything:
            keying.follow()
    else:
        query = "SELECT record_id FROM main.list_pending ORDER BY rowid LIMIT ? OFFSET ?"
        while ids := [row[0] for row in conn.execute(query, (BATCH, done))]:
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


def _mostly_queued(conn: sqlite3.Connection) -> bool:
    """At least half of the live records queued (a large merge): their rows are most of the table, and making its
    indexes again in one sorted pass costs less than taking out and putting in that many rows at random places."""
    queued = conn.execute("SELECT count(*) FROM main.list_pending").fetchone()[0]
    return bool(queued * 2 >= conn.execute("SELECT count(*) FROM main.records WHERE deleted = 0").fetchone()[0])


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


def key_inline(conn: sqlite3.Connection, forms: FormRegistry) -> None:
    """What the store runs before each commit: `key_pending`, except that a damaged key table never stops a record
    from being saved: its writes are undone, the records stay queued, and `taawun check --repair` (or the next
    start, if the table is gone) rebuilds it. More than `INLINE_AT_MOST` queued records (a large merge) are keyed
    by `derived.catch_up` just after the commit instead, which the window and `taawun sync merge` run on the
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


def key_problems(conn: sqlite3.Connection, forms: FormRegistry) -> list[str]:
    """What is wrong with the keys, as lines for `taawun check` (each one repaired by `taawun check --repair`). Every
    key is computed again from the records and compared, a batch at a time (`taawun check` only: reads everything)."""
    hint = "taawun check --repair rebuilds them"
    damaged = schema_problems(conn)
    if damaged:
        return [f"list keys: {problem} ({hint})" for problem in damaged]
    if _signature(conn) != plan(forms).signature:
        return [f"list keys: made for other forms or by another version ({hint})"]
    keying = Keying(conn, plan(forms))
    # Records queued by another writer and not keyed yet are not a problem: the next transaction keys them.
    queued = {row[0] for row in conn.execute("SELECT record_id FROM main.list_pending")}
    ids = [row[0] for row in conn.execute("SELECT id FROM main.records WHERE deleted = 0") if row[0] not in queued]
    wrong = extra = 0
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
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


class ListKeys:
    """The lists' sort keys as app/db/derived.py runs them (each method on a connection and the forms)."""

    part = "list keys"  # as `taawun check` names it

    def needs_opening(self, conn: sqlite3.Connection, forms: FormRegistry) -> bool:
        return needs_keying(conn, forms)

    def open(self, conn: sqlite3.Connection, forms: FormRegistry) -> None:
        prepare(conn, forms)

    def before_commit(self, conn: sqlite3.Connection, forms: FormRegistry) -> None:
        key_inline(conn, forms)

    def pending(self, conn: sqlite3.Connection) -> int:
        return int(conn.execute("SELECT count(*) FROM main.list_pending").fetchone()[0])

    def has_pending(self, conn: sqlite3.Connection) -> bool:
        return has_pending(conn)

    def begin_catch_up(self, conn: sqlite3.Connection, forms: FormRegistry) -> None:
        pass  # the whole queue is keyed in one step

    def catch_up_step(self, conn: sqlite3.Connection, forms: FormRegistry) -> int:
        """The whole queue at once: a list must show every record."""
        return key_pending(conn, forms)

    def rebuild(self, conn: sqlite3.Connection, forms: FormRegistry) -> int:
        return rebuild(conn, forms)

    def integrity(self, conn: sqlite3.Connection) -> list[str]:
        return []  # ordinary tables: SQLite's own integrity check covers them

    def problems(self, conn: sqlite3.Connection, forms: FormRegistry) -> list[str]:
        return key_problems(conn, forms)


LIST_KEYS = ListKeys()
