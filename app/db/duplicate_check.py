"""The likely duplicates of a record just saved, looked for on a worker thread (the window's note after a new record).

Keying every cooperative of the form takes about 0.3-0.4 s at 10,000 of them: too long for the GUI thread after a
save. The worker reads with a read-only connection of its own (a connection belongs to the thread that made it), in
one snapshot: the record as it is saved now and the records it is compared with. A record deleted or joined since
its save has no note; nothing is written.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.core.display import record_title
from app.core.errors import InvalidInput
from app.core.forms import FormRegistry
from app.db import duplicates
from app.db.opening import connect_read_only
from app.db.sqlite_errors import sqlite_failure


@dataclass(frozen=True)
class Candidate:
    """A record the saved one may duplicate: its id, what names it, and why (in the language asked for)."""

    record_id: str
    title: str
    reasons: str


def check_saved_record(path: Path, forms: FormRegistry, record_id: str, *, lang: str,
                       limit: int) -> tuple[Candidate, ...]:  # fmt: skip
    """The first `limit` likely duplicates of the saved record `record_id` of the database at `path`, strongest
    first (none when it is deleted, of a form not in use here, or of one declaring no duplicates)."""
    try:
        conn = connect_read_only(Path(path), may_change=True)  # the window's connection keeps writing meanwhile
        try:
            conn.execute("BEGIN")  # one snapshot for the record and those it is compared with
            return _candidates(conn, forms, record_id, lang=lang, limit=limit)
        finally:
            conn.close()  # the read transaction ends with it
    except sqlite3.Error as error:
        raise sqlite_failure(error, path) from None


def _candidates(conn: sqlite3.Connection, forms: FormRegistry, record_id: str, *, lang: str,
                limit: int) -> tuple[Candidate, ...]:  # fmt: skip
    row = conn.execute("SELECT form, data FROM records WHERE id = ? AND deleted = 0", (record_id,)).fetchone()
    if row is None:
        return ()
    try:
        form = forms.get(row[0])
    except InvalidInput:  # a form awaiting a decision here: not compared
        return ()
    pairs = duplicates.candidates_in(conn, form, json.loads(row[1]), record_id=record_id)[:limit]
    wanted = json.dumps([pair.second for pair in pairs])
    data = {found: json.loads(text) for found, text in conn.execute(
        "SELECT id, data FROM records WHERE id IN (SELECT value FROM json_each(?))", (wanted,))}  # fmt: skip
    return tuple(Candidate(pair.second, record_title(form, data.get(pair.second, {}), lang) or pair.second,
                           duplicates.reasons_text(form, pair.reasons, lang)) for pair in pairs)  # fmt: skip
