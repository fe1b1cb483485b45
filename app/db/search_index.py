"""The search index, kept in step with the records whoever writes them.

Triggers on `records` (migration 3 in app/db/schema.py) note every inserted, updated or deleted record in
`search_pending`; `index_pending` then reads those records and writes their folded words (app/db/search_documents.py)
to the FTS5 table `search_index` (one row per live record, keyed by `search_docs.docid`; tombstones have none). The
store runs it inside every transaction just before the commit, through app/db/derived.py (the coordinator of
derived tables, which runs this index's `SEARCH` and the lists' keys alike), so a save, a deletion or a small merge
commits with its index rows, or not at all. This module knows neither the store nor the lists' keys.

Indexing costs about 0.2 ms of CPU per record, more for a record already indexed (FTS5 reads the old text
back to remove it): a merge of 75,000 changed visits would hold other writers back for many seconds. So a
transaction leaving more than INLINE_AT_MOST records queued commits them queued (the queue is written in the same
transaction as the records, so nothing is lost), and the catch-up indexes them in short transactions of CHUNK
records: a search always runs it first, so it never misses a record; the window runs it on its worker after a
large merge or at start, `taawun sync merge` before it exits. When most of the index is queued again, the catch-up
empties it first and indexes everything afresh (`reload_if_mostly_queued`). The records queued by the migration, or
by another program (a benchmark's bulk insert), are caught up the same way.

Why not compute the words in the triggers: the folding (app.core.arabic) and the choice labels (the forms) are
Python, and with `trusted_schema` off, as on all our connections, SQLite refuses both application functions and
virtual tables inside triggers ("unsafe use of ..."). A trigger writing one row to an ordinary table is allowed.

Why an FTS5 table that stores its (folded) text rather than a contentless or external-content one: deleting a
row of a contentless table needs either its old text (gone once the record changed) or SQLite 3.43's
`contentless_delete` (newer than the SQLite some laptops have); external content would need the folded text
stored elsewhere anyway. The stored text also lets `search_problems` compare what is indexed with the records.

Columns: `form` (the form's name, to filter by), `heading` (the title's words again, each marked with
TITLE_MARK, so "the records whose title holds this word" is a short list of its own instead of a filter over
every record holding it), `title`, `body`, `related` (see app.core.search_text). `search_words` lists the words
indexed, so that a query's prefix can be expanded into the words it stands for (app/db/search.py).
"""

from __future__ import annotations

import functools
import json
import logging
import sqlite3

from app.core.forms import FormRegistry
from app.db.schema import SEARCH_MIGRATION, _statements
from app.db.search_beside import index_chunk
from app.db.search_documents import TITLE_MARK, Documents, form_token, load_data
from app.db.search_rows import BATCH, finish_batch, index_batch, referenced_forms
from app.db.sqlite_errors import is_damage

__all__ = ["SEARCH", "TITLE_MARK", "Documents", "form_token", "load_data"]  # and the upkeep below

log = logging.getLogger("taawun.search")

SEARCH_TABLES = ("search_index", "search_docs", "search_words", "search_pending")
SEARCH_TRIGGERS = ("search_after_insert", "search_after_update", "search_after_delete")
INLINE_AT_MOST = 2000  # indexed before the commit of the transaction that queued them: about half a second
CHUNK = 4000  # records per transaction when catching up, so that other writers wait at most about a second


def has_pending(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM main.search_pending LIMIT 1").fetchone() is not None


def pending_count(conn: sqlite3.Connection, *, at_most: int) -> int:
    """How many records wait to be indexed, counting no further than `at_most` + 1."""
    query = "SELECT count(*) FROM (SELECT 1 FROM main.search_pending LIMIT ?)"
    return int(conn.execute(query, (at_most + 1,)).fetchone()[0])


def index_pending(conn: sqlite3.Connection, forms: FormRegistry, *, inline: bool = False, limit: int | None = None,
                  list_words: bool = True) -> int:  # fmt: skip
    """Index the records noted in `search_pending` (at most `limit` of them), inside the caller's transaction;
    returns how many. `inline`: nothing is done when more than INLINE_AT_MOST are queued (see the module's text).
    `list_words` False: `search_words` is left for `words_from_index` to fill."""
    if not has_pending(conn) or (inline and pending_count(conn, at_most=INLINE_AT_MOST) > INLINE_AT_MOST):
        return 0
    documents = Documents(conn, forms)
    referenced = referenced_forms(forms)
    done = 0
    query = "SELECT record_id FROM main.search_pending ORDER BY rowid LIMIT ?"
    while ids := [row[0] for row in conn.execute(query, (BATCH if limit is None else min(BATCH, limit - done),))]:
        finish_batch(conn, ids, index_batch(conn, documents, referenced, ids, list_words=list_words))
        done += len(ids)
    return done


def index_inline(conn: sqlite3.Connection, forms: FormRegistry) -> None:
    """What the store runs before each commit: `index_pending(inline=True)`, except that a damaged index never
    stops a record from being saved. Its writes are undone, the records stay queued, a search reports the damage
    (search_index_damaged) and `taawun check --repair`, or the next start, rebuilds the index."""
    conn.execute("SAVEPOINT search_index")
    try:
        index_pending(conn, forms, inline=True)
    except sqlite3.DatabaseError as error:
        conn.execute("ROLLBACK TO search_index")
        log.warning("search index not updated, the records stay queued: %s", error)  # SQLite's words, no content
    conn.execute("RELEASE search_index")


def words_from_index(conn: sqlite3.Connection) -> None:
    """Every word of the index into `search_words`. Listing each record's words in Python costs a fifth of the
    indexing time; for a whole database rebuilt in one transaction FTS5's own vocabulary gives them in a fraction
    of a second at the end."""
    # A temporary table of this connection, not part of the file's schema (which sync packages compare).
    conn.execute("CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, search_index, 'col')")
    try:
        conn.execute("INSERT OR IGNORE INTO main.search_words (word) SELECT DISTINCT term FROM temp.search_vocabulary"
                     " WHERE col IN ('title', 'body', 'related')")  # fmt: skip
    finally:
        conn.execute("DROP TABLE temp.search_vocabulary")


# --- the index as a whole: presence, rebuild, check ----------------------------------------------------------------


@functools.cache
def _expected_objects() -> dict[str, str]:
    """name -> SQL of every object the search migration creates (FTS5's own tables included)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE records (id TEXT, deleted INTEGER, created_at TEXT)")
        for statement in _statements(SEARCH_MIGRATION):
            conn.execute(statement)
        return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE name LIKE 'search%'").fetchall())
    finally:
        conn.close()


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    """Search objects missing or not as the migration makes them (dropped by hand, or made by a development
    version): either way the index is rebuilt."""
    found = dict(conn.execute("SELECT name, sql FROM main.sqlite_master WHERE name LIKE 'search%'").fetchall())
    expected = _expected_objects()
    problems = [f"{name} is missing" for name in expected if name not in found]
    return problems + [f"{name} is altered" for name in expected if name in found and found[name] != expected[name]]


def recreate(conn: sqlite3.Connection) -> None:
    """Drop the index's objects and create them again exactly as the migration does (the same statements, so a
    package exported afterwards has the schema every laptop expects), queueing every live record. In a transaction."""
    for trigger in SEARCH_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS main.{trigger}")
    for table in SEARCH_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS main.{table}")
    for name in _expected_objects():  # FTS5's own tables, left behind if search_index was removed by hand
        if name.startswith("search_index_"):
            conn.execute(f"DROP TABLE IF EXISTS main.{name}")
    for statement in _statements(SEARCH_MIGRATION):
        conn.execute(statement)


def _emptied(conn: sqlite3.Connection) -> bool:
    """Live records, none indexed nor queued."""
    return (conn.execute("SELECT 1 FROM main.search_docs LIMIT 1").fetchone() is None
            and not has_pending(conn)
            and conn.execute("SELECT 1 FROM main.records WHERE deleted = 0 LIMIT 1").fetchone() is not None)  # fmt: skip


_HINT = "taawun check --repair rebuilds it"


def index_integrity(conn: sqlite3.Connection) -> list[str]:
    """FTS5's own check of the index against itself. For SQLite it is an INSERT: it takes the write lock while it
    runs, and inside a read transaction it would turn it into a write transaction (see app/db/checking.py). A busy,
    full or read-only database is not damage of the index: raised as SQLite gave it. Nothing when the index's
    objects are missing or altered (`search_problems` says so)."""
    if schema_problems(conn):
        return []
    try:
        conn.execute("INSERT INTO main.search_index (search_index) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as error:
        if not is_damage(error):  # a busy, full or read-only database, or a bug: not the index's content
            raise
        return [f"search index: damaged: {error} ({_HINT})"]
    return []


def search_problems(conn: sqlite3.Connection, forms: FormRegistry) -> list[str]:
    """What is wrong with the index's objects and rows, compared with the records (its content's own soundness is
    `index_integrity`'s)."""
    hint = _HINT
    damaged = schema_problems(conn)
    if damaged:
        return [f"search index: {problem} ({hint})" for problem in damaged]
    # Records queued by another writer and not indexed yet are not a problem: the next transaction indexes them.
    queued = "SELECT record_id FROM main.search_pending"
    counts = (
        ("records missing from the search index",
         f"SELECT count(*) FROM main.records r WHERE r.deleted = 0 AND r.id NOT IN ({queued}) AND NOT EXISTS"
         " (SELECT 1 FROM main.search_docs d JOIN main.search_index s ON s.rowid = d.docid WHERE d.record_id = r.id)"),
        ("deleted or unknown records in the search index",
         f"SELECT count(*) FROM main.search_docs d LEFT JOIN main.records r ON r.id = d.record_id"
         f" WHERE (r.id IS NULL OR r.deleted = 1) AND d.record_id NOT IN ({queued})"),
        ("search index rows of no record",
         "SELECT count(*) FROM main.search_index s WHERE NOT EXISTS (SELECT 1 FROM main.search_docs d"
         " WHERE d.docid = s.rowid)"),
    )  # fmt: skip
    problems = []
    for description, query in counts:
        count = conn.execute(query).fetchone()[0]
        if count:
            problems.append(f"search index: {count} {description} ({hint})")
    outdated = _outdated(conn, forms)
    if outdated:
        problems.append(f"search index: {outdated} records indexed with outdated text ({hint})")
    return problems


def _outdated(conn: sqlite3.Connection, forms: FormRegistry) -> int:
    """Records whose indexed text is not what they hold now (the whole index is read: `taawun check` only)."""
    documents = Documents(conn, forms)
    cursor = conn.execute(
        "SELECT r.form, r.data, s.form, s.heading, s.title, s.body, s.related FROM main.search_docs d"
        " JOIN main.records r ON r.id = d.record_id JOIN main.search_index s ON s.rowid = d.docid"
        " WHERE r.deleted = 0 AND r.id NOT IN (SELECT record_id FROM main.search_pending)"
    )
    outdated = 0
    while rows := cursor.fetchmany(BATCH):
        for form, data, token, *indexed in rows:
            outdated += (form_token(form), *documents.columns(form, data)) != (token, *indexed)
    return outdated


def open_needs(conn: sqlite3.Connection) -> bool:
    """Whether opening the file has index work: objects missing or altered, records queued, or an index emptied
    while records are live (a sync package opened or restored as a database: its derived tables travelled empty)."""
    return bool(schema_problems(conn)) or has_pending(conn) or _emptied(conn)


def open_index(conn: sqlite3.Connection, forms: FormRegistry) -> None:
    """At start, in the caller's transaction: put back an index that was removed or altered (its records queued),
    and index what other writers queued if that is quick; more waits for the catch-up (start-up must stay fast on
    the window's thread)."""
    if schema_problems(conn):
        recreate(conn)
        return
    if _emptied(conn):
        conn.execute("INSERT OR IGNORE INTO main.search_pending (record_id) SELECT id FROM main.records"
                     " WHERE deleted = 0 ORDER BY created_at, id")  # fmt: skip
    index_pending(conn, forms, inline=True)


def rebuild(conn: sqlite3.Connection, forms: FormRegistry) -> int:
    """`taawun check --repair`: the index made anew from the records, in the caller's transaction; returns the rows
    indexed."""
    recreate(conn)
    done = index_pending(conn, forms, list_words=False)
    words_from_index(conn)
    return done


RELOAD_AT = 10_000  # records queued, already indexed, from which reloading the index may beat replacing their rows


def reload_if_mostly_queued(conn: sqlite3.Connection, forms: FormRegistry) -> bool:
    """When at least half of the indexed records are queued again (a large merge), empty the FTS5 table and queue
    every indexed record, in the caller's transaction. Replacing a row costs FTS5 two passes over its words (its old
    text read back and taken out, then the new one put in); indexing the unchanged rest again costs one, and FTS5
    fills an empty table fastest. The records keep their docids (the "newest first" order) and stay queued until
    indexed, so a search, on any connection, catches up first and never misses one. Returns whether it reloaded.

    The records others refer to (cooperatives) are indexed at once, not followed: their referrers, queued too,
    are indexed with their titles as they are now; left queued, each would look renamed (its old row is gone) and
    queue its referrers again, indexed already by then."""
    queued = conn.execute("SELECT count(*) FROM main.search_pending p JOIN main.search_docs d"
                          " ON d.record_id = p.record_id").fetchone()[0]  # fmt: skip
    if queued < RELOAD_AT or queued * 2 < conn.execute("SELECT count(*) FROM main.search_docs").fetchone()[0]:
        return False
    conn.execute("DROP TABLE main.search_index")
    conn.execute(_fts_statement())
    conn.execute("INSERT OR IGNORE INTO main.search_pending (record_id) SELECT record_id FROM main.search_docs"
                 " ORDER BY docid")  # fmt: skip
    referred = [row[0] for row in conn.execute(
        "SELECT d.record_id FROM main.search_docs d JOIN main.records r ON r.id = d.record_id"
        " WHERE r.form IN (SELECT value FROM json_each(?)) ORDER BY d.docid",
        (json.dumps(sorted(referenced_forms(forms))),))]  # fmt: skip
    documents = Documents(conn, forms)
    for start in range(0, len(referred), BATCH):
        ids = referred[start : start + BATCH]
        index_batch(conn, documents, frozenset(), ids, list_words=True)
        conn.execute("DELETE FROM main.search_pending WHERE record_id IN (SELECT value FROM json_each(?))",
                     (json.dumps(ids),))  # fmt: skip
    return True


@functools.cache
def _fts_statement() -> str:
    """The migration's own statement of the FTS5 table (so that the file's schema stays the one every laptop
    expects)."""
    return next(s for s in _statements(SEARCH_MIGRATION) if s.startswith("CREATE VIRTUAL TABLE search_index "))


class SearchIndex:
    """The search index as app/db/derived.py runs it (each method on a connection and the forms)."""

    part = "search index"  # as `taawun check` names it

    def needs_opening(self, conn: sqlite3.Connection, forms: FormRegistry) -> bool:
        return open_needs(conn)

    def open(self, conn: sqlite3.Connection, forms: FormRegistry) -> None:
        open_index(conn, forms)

    def before_commit(self, conn: sqlite3.Connection, forms: FormRegistry) -> None:
        index_inline(conn, forms)

    def pending(self, conn: sqlite3.Connection) -> int:
        return int(conn.execute("SELECT count(*) FROM main.search_pending").fetchone()[0])

    def has_pending(self, conn: sqlite3.Connection) -> bool:
        return has_pending(conn)

    def begin_catch_up(self, conn: sqlite3.Connection, forms: FormRegistry) -> None:
        reload_if_mostly_queued(conn, forms)

    def catch_up_step(self, conn: sqlite3.Connection, forms: FormRegistry) -> int:
        """A chunk of the queue (one short transaction's worth). Each chunk lists its words itself: a search on
        another connection between two chunks must find them."""
        return index_chunk(conn, forms, limit=CHUNK)

    def rebuild(self, conn: sqlite3.Connection, forms: FormRegistry) -> int:
        return rebuild(conn, forms)

    def integrity(self, conn: sqlite3.Connection) -> list[str]:
        return index_integrity(conn)

    def problems(self, conn: sqlite3.Connection, forms: FormRegistry) -> list[str]:
        return search_problems(conn, forms)


SEARCH = SearchIndex()
