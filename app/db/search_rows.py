"""The search index's rows for a batch of records, in three steps that can run apart (app/db/search_beside.py runs
the first two on a thread of their own): read the records, compute their documents (Python's work), write them
(SQLite's work: FTS5's rows, `search_docs`, `search_words`), then take the batch off the queue.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from app.core.forms import FormRegistry
from app.db.search_documents import Documents, form_token

BATCH = 1000  # records read, computed and written together


def referenced_forms(forms: FormRegistry) -> frozenset[str]:
    """Forms whose records other records refer to: a change of their title changes their referrers' index."""
    return frozenset(
        spec.form for form in forms for spec in form.fields if spec.type == "reference" and spec.form is not None
    )


Computed = dict[str, tuple[str, tuple[str, str, str, str], list[str]]]  # record id -> form, columns, words


def read_records(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[str, str]]:
    """record id -> (form, data) of the live records among `ids` (a deleted one has no index row)."""
    return {row[0]: row[1:] for row in conn.execute(
        "SELECT id, form, data FROM main.records WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    )}  # fmt: skip


def compute_documents(documents: Documents, records: dict[str, tuple[str, str]]) -> Computed:
    """The index's columns and words of each record: Python's part of indexing, which reads only the records."""
    computed: Computed = {}
    for record_id, (form, data) in records.items():
        columns, words = documents.document(form, data)
        computed[record_id] = (form, columns, words)
    return computed


def index_batch(conn: sqlite3.Connection, documents: Documents, referenced: frozenset[str], ids: list[str], *,
                 list_words: bool) -> list[str]:  # fmt: skip
    """Replace the index rows of `ids`; returns those of them whose title changed and that others may refer to."""
    computed = compute_documents(documents, read_records(conn, ids))
    return write_batch(conn, referenced, ids, computed, list_words=list_words)


def write_batch(conn: sqlite3.Connection, referenced: frozenset[str], ids: list[str], computed: Computed, *,
                list_words: bool) -> list[str]:  # fmt: skip
    """Replace the index rows of `ids` by the `computed` documents of the live ones among them (the others lose
    theirs); returns the records whose title changed and that others may refer to. SQLite's part of indexing.

    Each step is one statement over a JSON array, answered in one row: while SQLite works it releases Python's
    lock, and a statement per row (`executemany`, or fetching rows one by one) would take that lock back a
    thousand times a batch, each time waiting for the thread computing the next batch (app/db/search_beside.py)
    to let go of it."""
    docs = _object(conn, "SELECT json_group_object(record_id, docid) FROM main.search_docs"
                         " WHERE record_id IN (SELECT value FROM json_each(?))", ids)  # fmt: skip
    maybe_renamed = [record_id for record_id in docs if record_id in computed and computed[record_id][0] in referenced]
    old_titles = _object(conn, "SELECT json_group_object(d.record_id, s.title) FROM main.search_docs d"
                               " JOIN main.search_index s ON s.rowid = d.docid"
                               " WHERE d.record_id IN (SELECT value FROM json_each(?))", maybe_renamed)  # fmt: skip
    conn.execute("DELETE FROM main.search_index WHERE rowid IN (SELECT value FROM json_each(?))",
                 (json.dumps(list(docs.values())),))  # fmt: skip
    conn.execute("DELETE FROM main.search_docs WHERE docid IN (SELECT value FROM json_each(?))",
                 (json.dumps([docid for record_id, docid in docs.items() if record_id not in computed]),))  # fmt: skip
    # In the order queued (oldest first when the whole index is built): "newest first" follows the docids.
    conn.execute("INSERT INTO main.search_docs (record_id) SELECT value FROM json_each(?) ORDER BY key",
                 (json.dumps([record_id for record_id in ids if record_id in computed and record_id not in docs]),))  # fmt: skip
    docids = _object(conn, "SELECT json_group_object(record_id, docid) FROM main.search_docs"
                           " WHERE record_id IN (SELECT value FROM json_each(?))", list(computed))  # fmt: skip
    rows, renamed, words = [], [], set()
    for record_id, (form, (heading, title, body, related), record_words) in computed.items():
        rows.append((docids[record_id], form_token(form), heading, title, body, related))
        if list_words:
            words.update(record_words)
        if record_id in old_titles and old_titles[record_id] != title:
            renamed.append(record_id)
    rows.sort()  # FTS5 appends ascending rowids fastest
    conn.execute("INSERT INTO main.search_index (rowid, form, heading, title, body, related)"
                 " SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]')"
                 " FROM json_each(?) ORDER BY key", (json.dumps(rows, ensure_ascii=False),))  # fmt: skip
    # Words are never taken out: a word no record holds any more only costs a lookup when a prefix expands to it.
    conn.execute("INSERT OR IGNORE INTO main.search_words (word) SELECT value FROM json_each(?)",
                 (json.dumps(sorted(words), ensure_ascii=False),))  # fmt: skip
    return renamed


def _object(conn: sqlite3.Connection, query: str, keys: list[str]) -> dict[str, Any]:
    """The JSON object a `json_group_object` query gives for `keys` (its one parameter, as a JSON array)."""
    if not keys:
        return {}
    found = conn.execute(query, (json.dumps(keys),)).fetchone()[0]
    return json.loads(found) if found else {}


def finish_batch(conn: sqlite3.Connection, ids: list[str], renamed: list[str]) -> None:
    """After a batch is written: its records leave the queue, and those naming a renamed record join it."""
    if renamed:
        # Records naming a renamed record show its old name in their `related` words: index them again. A text
        # search finds the candidates (ids are UUIDs); indexing a record that merely mentions the id is harmless.
        conn.execute(
            "INSERT OR IGNORE INTO main.search_pending (record_id) SELECT r.id FROM main.records r"
            " WHERE r.deleted = 0 AND EXISTS (SELECT 1 FROM json_each(?) j WHERE j.value != r.id"
            " AND instr(r.data, j.value) > 0)",
            (json.dumps(renamed),),
        )
    conn.execute("DELETE FROM main.search_pending WHERE record_id IN (SELECT value FROM json_each(?))",
                 (json.dumps(ids),))  # fmt: skip
