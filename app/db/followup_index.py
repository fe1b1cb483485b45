"""The follow-up board's items, a derived table kept in step with the records whoever writes them.

`followup_items` (migration 9 in app/db/schema.py) holds one row per recommendation of a live visit or workshop
(app/db/followup_items.py says what the rows are), so that the board at 100,000 visits counts, filters and sorts
through indexes instead of reading every visit's JSON. app/db/derived.py, the coordinator of derived tables, runs
it as it runs the lists' keys: triggers queue every inserted, updated or deleted record in `followup_pending`;
`make_pending` makes their rows inside the writer's transaction, before the commit, up to `INLINE_AT_MOST` of them;
more (a large merge) are made right after by `derived.catch_up`, in one transaction (the board must show every item).

Only the rows that differ are written: the queued records' rows are computed into a TEMP table and compared with
those stored, column by column, so a merge or an edit that leaves a record's recommendations as they were (1,000
visits' notes edited on another laptop) writes no page of the items table. A queued cooperative gives the rows that
name it its province and commune (a cooperative moved to another province moves its visits' items) through the
index on `cooperative`, without reading the visits.

The rows depend on the forms (which fields hold the place, the agent): a signature of them is kept in `meta`
(`followup_items_signature`); a store opening the file with other forms makes every row again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Collection, Iterator

from app.core.form_behaviour import list_behaviour
from app.core.forms import FormRegistry
from app.db.followup_items import COLUMNS, FORMS, QUEUED, QUEUED_MANY, insert_rows, place_rows, signature
from app.db.schema import FOLLOWUP_MIGRATION, _statements
from app.db.schema_check import followup_objects

log = logging.getLogger("taawun.followups")

TABLES = ("followup_items", "followup_pending")
TRIGGERS = ("followup_after_insert", "followup_after_update", "followup_after_delete")
INLINE_AT_MOST = 5000  # made before the commit that queued them
_SIGNATURE = "followup_items_signature"
_HINT = "taawun check --repair rebuilds them"
_SAME = " AND ".join(f"i.{c} IS w.{c}" for c in COLUMNS.replace(" ", "").split(","))


# --- making the queued records' rows ---------------------------------------------------------------------------------


def has_pending(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM main.followup_pending LIMIT 1").fetchone() is not None


def pending_count(conn: sqlite3.Connection, *, at_most: int | None = None) -> int:
    if at_most is None:
        return int(conn.execute("SELECT count(*) FROM main.followup_pending").fetchone()[0])
    query = "SELECT count(*) FROM (SELECT 1 FROM main.followup_pending LIMIT ?)"
    return int(conn.execute(query, (at_most + 1,)).fetchone()[0])


def make_pending(conn: sqlite3.Connection, forms: FormRegistry) -> int:
    """The rows of every queued record, in the caller's transaction, only those that changed written; returns how
    many records were queued."""
    if not has_pending(conn):
        return 0
    queued = pending_count(conn)
    empty = conn.execute("SELECT 1 FROM main.followup_items LIMIT 1").fetchone() is None
    # Never for a save: the indexes made again change the file's schema, which every other connection then reads
    # again (a database of cooperatives only has an empty items table).
    bulk = queued >= _BULK_AT and (empty or _mostly_queued(conn, queued))
    with _bulk(conn, rebuild_indexes=bulk):
        if empty:  # nothing to compare with (the migration, a rebuild)
            insert_rows(conn, forms, "main.followup_items", QUEUED_MANY if bulk else QUEUED)
        else:
            _compare_and_write(conn, forms, QUEUED_MANY if bulk else QUEUED)
    conn.execute("DELETE FROM main.followup_pending")
    return queued


_BULK_AT = 10_000  # queued records from which the indexes may be made again rather than kept up row by row


def _mostly_queued(conn: sqlite3.Connection, queued: int) -> bool:
    """At least half of the live records queued (a large merge, every visit changed): their rows are most of the
    table, and making its eight indexes again in one sorted pass costs less than changing that many rows in each at
    random places."""
    return bool(queued * 2 >= conn.execute("SELECT count(*) FROM main.records WHERE deleted = 0").fetchone()[0])


@contextlib.contextmanager
def _bulk(conn: sqlite3.Connection, *, rebuild_indexes: bool) -> Iterator[None]:
    """The table's indexes dropped and made again afterwards with the migration's own statements (when
    `rebuild_indexes`), and a larger page cache for SQLite's sorter meanwhile."""
    if not rebuild_indexes:
        yield
        return
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
    indexes = [statement for statement in _statements(FOLLOWUP_MIGRATION) if statement.startswith("CREATE INDEX")]
    try:
        for statement in indexes:
            conn.execute(f"DROP INDEX main.{statement.split()[2]}")
        yield
        for statement in indexes:
            conn.execute(statement)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")


_BULK_CACHE_KIB = 64 * 1024


def _compare_and_write(conn: sqlite3.Connection, forms: FormRegistry, records: str) -> None:
    """The queued records' rows computed aside and only those that differ from the stored ones written. Only the
    statements of the forms queued run (a visit saved: none of the workshops' or the cooperatives')."""
    queued = {row[0] for row in conn.execute("SELECT DISTINCT r.form FROM main.followup_pending q LEFT JOIN"
                                             " main.records r ON r.id = q.record_id")}  # fmt: skip
    _stage(conn, forms, records, among=queued)
    try:
        # Rows of queued records that are no longer wanted (an item removed, a record deleted), then the wanted
        # rows that are not stored exactly so.
        conn.execute(
            "DELETE FROM main.followup_items WHERE record_id IN (SELECT record_id FROM main.followup_pending)"
            " AND NOT EXISTS (SELECT 1 FROM temp.followup_wanted w WHERE w.record_id = followup_items.record_id"
            " AND w.idx = followup_items.idx)"
        )
        conn.execute(
            f"INSERT OR REPLACE INTO main.followup_items ({COLUMNS}) SELECT {COLUMNS} FROM temp.followup_wanted w"
            f" WHERE NOT EXISTS (SELECT 1 FROM main.followup_items i WHERE i.record_id = w.record_id AND"
            f" i.idx = w.idx AND {_SAME})"
        )
        _follow_places(conn, forms, queued)
    finally:
        conn.execute("DELETE FROM temp.followup_wanted")


def _stage(conn: sqlite3.Connection, forms: FormRegistry, records: str = QUEUED,
           among: Collection[str | None] = FORMS) -> None:  # fmt: skip
    """The wanted rows in a TEMP table, made once per connection and emptied after each use: creating and dropping
    it at every save would change the connection's schema, and SQLite then prepares every statement again."""
    _staging_table(conn)
    conn.execute("DELETE FROM temp.followup_wanted")
    insert_rows(conn, forms, "temp.followup_wanted", records, [form for form in among if form is not None])


def _staging_table(conn: sqlite3.Connection) -> None:
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS followup_wanted ({COLUMNS}, PRIMARY KEY (record_id, idx))"
                 " WITHOUT ROWID")  # fmt: skip


def _follow_places(conn: sqlite3.Connection, forms: FormRegistry, queued: Collection[str | None]) -> None:
    """The rows naming a queued place record (a cooperative) take its province and commune: renamed, moved,
    deleted (no place any more), or gone from the file (`queued`: the forms queued, None for a record gone)."""
    seen: set[str] = set()
    for form in FORMS:
        behaviour = list_behaviour(forms, form) if form in forms else None
        if behaviour is None or behaviour.via is None or behaviour.place_form != "cooperative":
            continue
        if behaviour.place_form in seen or not ({behaviour.place_form, None} & set(queued)):
            continue
        seen.add(behaviour.place_form)
        places = place_rows(behaviour.province, behaviour.commune)
        # The queued place records (few) read first, then their items found through the index on `cooperative`
        # (an UPDATE ... FROM would walk that whole index at each save).
        found = conn.execute(
            f"SELECT q.record_id, t.province, t.commune FROM main.followup_pending q LEFT JOIN ({places}"
            " FROM main.records r WHERE r.form = ?) t ON t.id = q.record_id WHERE NOT EXISTS (SELECT 1 FROM"
            " main.records o WHERE o.id = q.record_id AND o.form != ?)",
            (behaviour.place_form, behaviour.place_form),
        ).fetchall()
        conn.executemany(
            "UPDATE main.followup_items SET province = ?2, commune = ?3 WHERE cooperative = ?1"
            " AND (province IS NOT ?2 OR commune IS NOT ?3)",
            found,
        )


def make_inline(conn: sqlite3.Connection, forms: FormRegistry) -> None:
    """What the store runs before each commit: `make_pending`, except that a damaged items table never stops a
    record from being saved (its writes undone, the records stay queued), and that more than `INLINE_AT_MOST`
    queued records (a large merge) are left to `derived.catch_up`, just after the commit."""
    conn.execute("SAVEPOINT followup_items")
    try:
        # A table missing (a package opened as a database, before the store's start puts it back) is damage too.
        if pending_count(conn, at_most=INLINE_AT_MOST) <= INLINE_AT_MOST:
            make_pending(conn, forms)
    except sqlite3.DatabaseError as error:
        conn.execute("ROLLBACK TO followup_items")
        log.warning("follow-up items not updated, the records stay queued: %s", error)  # SQLite's words, no content
    conn.execute("RELEASE followup_items")


# --- the table as a whole: presence, rebuild, check ------------------------------------------------------------------


def expected_objects() -> dict[str, str]:
    """name -> SQL of every object the follow-up migration creates."""
    return {name: sql for name, (_, sql) in followup_objects().items()}


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    names = json.dumps(sorted(expected_objects()))
    found = dict(conn.execute("SELECT name, sql FROM main.sqlite_master WHERE name IN (SELECT value FROM json_each(?))",
                              (names,)).fetchall())  # fmt: skip
    expected = expected_objects()
    problems = [f"{name} is missing" for name in expected if name not in found]
    return problems + [f"{name} is altered" for name in expected if name in found and found[name] != expected[name]]


def recreate(conn: sqlite3.Connection) -> None:
    """The tables and triggers made anew as the migration makes them, every live record queued. In a transaction."""
    for trigger in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS main.{trigger}")
    for table in TABLES:
        conn.execute(f"DROP TABLE IF EXISTS main.{table}")
    for statement in _statements(FOLLOWUP_MIGRATION):
        conn.execute(statement)


def _stored_signature(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM main.meta WHERE key = ?", (_SIGNATURE,)).fetchone()
    return row[0] if row else None


def _set_signature(conn: sqlite3.Connection, forms: FormRegistry) -> None:
    conn.execute("INSERT OR REPLACE INTO main.meta (key, value) VALUES (?, ?)", (_SIGNATURE, signature(forms)))


def needs_opening(conn: sqlite3.Connection, forms: FormRegistry) -> bool:
    """Objects missing or altered (a package opened as a database leaves them out), other forms, records queued."""
    return bool(schema_problems(conn) or _stored_signature(conn) != signature(forms) or has_pending(conn))


def prepare(conn: sqlite3.Connection, forms: FormRegistry) -> None:
    """At start, in the caller's transaction: repair what `needs_opening` found, then make what is queued."""
    if schema_problems(conn):
        recreate(conn)
    elif _stored_signature(conn) != signature(forms):
        conn.execute("DELETE FROM main.followup_items")
        conn.execute("INSERT OR IGNORE INTO main.followup_pending (record_id) SELECT id FROM main.records"
                     " WHERE deleted = 0")  # fmt: skip
    _set_signature(conn, forms)
    make_pending(conn, forms)


def rebuild(conn: sqlite3.Connection, forms: FormRegistry) -> int:
    """`taawun check --repair`: the rows made anew from the records, in the caller's transaction."""
    recreate(conn)
    _set_signature(conn, forms)
    return make_pending(conn, forms)


def problems(conn: sqlite3.Connection, forms: FormRegistry) -> list[str]:
    """What is wrong with the items, as lines for `taawun check`: every row computed again from the records and
    compared (records queued by another writer and not made yet are not a problem: the next transaction makes them)."""
    damaged = schema_problems(conn)
    if damaged:
        return [f"follow-up items: {problem} ({_HINT})" for problem in damaged]
    if _stored_signature(conn) != signature(forms):
        return [f"follow-up items: made for other forms or by another version ({_HINT})"]
    _stage(conn, forms, "all")
    try:
        unqueued = "record_id NOT IN (SELECT record_id FROM main.followup_pending)"
        wrong = conn.execute(
            f"SELECT count(*) FROM temp.followup_wanted w WHERE {unqueued} AND NOT EXISTS (SELECT 1 FROM"
            f" main.followup_items i WHERE i.record_id = w.record_id AND i.idx = w.idx AND {_SAME})"
        ).fetchone()[0]
        extra = conn.execute(
            f"SELECT count(*) FROM main.followup_items i WHERE {unqueued} AND NOT EXISTS (SELECT 1 FROM"
            " temp.followup_wanted w WHERE w.record_id = i.record_id AND w.idx = i.idx)"
        ).fetchone()[0]
    finally:
        conn.execute("DELETE FROM temp.followup_wanted")
    found = []
    if wrong:
        found.append(f"follow-up items: {wrong} missing or outdated ({_HINT})")
    if extra:
        found.append(f"follow-up items: {extra} of no live record or recommendation ({_HINT})")
    return found


class FollowupItems:
    """The follow-up board's items as app/db/derived.py runs them."""

    part = "follow-up items"  # as `taawun check` names it

    def needs_opening(self, conn: sqlite3.Connection, forms: FormRegistry) -> bool:
        return needs_opening(conn, forms)

    def open(self, conn: sqlite3.Connection, forms: FormRegistry) -> None:
        prepare(conn, forms)

    def before_commit(self, conn: sqlite3.Connection, forms: FormRegistry) -> None:
        make_inline(conn, forms)

    def pending(self, conn: sqlite3.Connection) -> int:
        return pending_count(conn)

    def has_pending(self, conn: sqlite3.Connection) -> bool:
        return has_pending(conn)

    def begin_catch_up(self, conn: sqlite3.Connection, forms: FormRegistry) -> None:
        pass  # the whole queue is made in one step

    def catch_up_step(self, conn: sqlite3.Connection, forms: FormRegistry) -> int:
        """The whole queue at once: the board must show every item."""
        return make_pending(conn, forms)

    def rebuild(self, conn: sqlite3.Connection, forms: FormRegistry) -> int:
        return rebuild(conn, forms)

    def integrity(self, conn: sqlite3.Connection) -> list[str]:
        """Nothing of its own (ordinary tables: SQLite's integrity check covers them). It makes the TEMP table that
        `problems` computes the rows into, here, before `taawun check` begins its read transaction: a schema made
        inside it makes SQLite load the schema again, the search index's virtual table with it, mid-snapshot."""
        _staging_table(conn)
        return []

    def problems(self, conn: sqlite3.Connection, forms: FormRegistry) -> list[str]:
        return problems(conn, forms)


FOLLOWUP_ITEMS = FollowupItems()
