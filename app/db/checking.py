"""`taawun check`: everything wrong with a database, read from one state of it, and damage said as damage.

One snapshot. The window and the command line write the same file at once, and the check compares things that
change together (a record and its history, its list keys, its search words). Read in separate statements, an edit
committed between two of them looks like an outdated key or a missing version. So everything is read inside one
read transaction (`BEGIN`, deferred: in WAL mode its snapshot is taken at the first read and kept to the end);
it takes no lock that holds writers back.

One exception: FTS5's own check of the search index is, for SQLite, an INSERT (`'integrity-check'`). Inside the
read transaction it would upgrade it to a write transaction (failing at once if another process committed since the
snapshot began, else holding every writer back until the end of the whole check). It checks the index against
itself only, not against the records, so it runs first as a step of its own: it holds the write lock for its own
duration only (0.4 s of a 2.8 s check at 20,000 records on a 2-core laptop, measured). Like any writer it waits
for the lock: beside a process saving back to back without a pause (600 saves a second, measured), SQLite's busy
handler finds a gap after 0.5 to 1.4 s on average, 4 s at most; held longer than the busy timeout (10 s), the check
says the database is busy (`db_busy`), not damaged. (SQLite 3.44 and later check FTS5 tables in
`PRAGMA integrity_check`, read-only, but laptops have older ones.)

Damage. A damaged page, or text that is not UTF-8 (bytes overwritten), makes SQLite raise SQLITE_CORRUPT or
SQLITE_NOTADB (or Python fail to decode the text) from whatever statement meets it (`app.db.sqlite_errors`). While
checking, each of them is a problem found (the check goes on with its next part); while a store opens or saves,
it is `DatabaseRejected("db_corrupt")`, from which the window and the command line offer the newest sound backup
(app/db/recovery.py). A full disk, a read-only file or a busy database is not damage: `storage_error` says those.
"""

from __future__ import annotations

import functools
import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.db.derived import CHECKED
from app.db.opening import connect_read_only, integrity_problems
from app.db.sqlite_errors import is_damage, said, sqlite_failure, storage_error

__all__ = ["Findings", "check_store", "file_problems", "is_damage", "said", "sqlite_failure"]

if TYPE_CHECKING:
    from app.db.store import Store


@dataclass
class Findings:
    """What `check_store` found: `lines` for `taawun check`; among them, `damage`: the file itself is damaged
    (SQLite's integrity check failed, or damage stopped a part of the check), which a backup mends, not `--repair`."""

    lines: list[str] = field(default_factory=list)
    damage: list[str] = field(default_factory=list)


def check_store(store: Store) -> Findings:
    """Everything wrong with the store's database: SQLite's own check, then our invariants, the search index and
    the lists' keys."""
    conn = store.conn
    found = Findings()
    # First and on its own: a write statement (see the module's text). What it finds wrong stops the index's other
    # checks, which read the index. (Each derived table's part, in app/db/derived.py's order.)
    own_checks = {
        index.part: _step(found, index.part, functools.partial(index.integrity, conn), store.path) for index in CHECKED
    }
    try:
        conn.execute("BEGIN")  # deferred: a read transaction, one snapshot for everything below
    except sqlite3.OperationalError as error:
        raise storage_error(error, store.path) from None
    try:
        sqlite_found = _step(found, "SQLite's integrity check", lambda: integrity_problems(conn), store.path)
        found.damage += [line for line in sqlite_found or [] if not line.startswith("foreign key:")]
        _step(found, "photos", lambda: _photo_problems(conn), store.path)
        _step(found, "history", lambda: _history_problems(conn), store.path)
        for index in CHECKED:
            if own_checks[index.part] == []:
                _step(found, index.part, functools.partial(index.problems, conn, store.forms), store.path)
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")  # nothing was written: only the read transaction ends
    return found


def _step(found: Findings, part: str, step: Callable[[], list[str]], path: Path) -> list[str] | None:
    """Run one part of the check, adding its problems to `found`; SQLite's damage met on the way is a problem of
    that part, and the check goes on. Returns the part's problems, or None when damage stopped it."""
    try:
        problems = step()
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            if isinstance(error, sqlite3.OperationalError):
                raise storage_error(error, path) from None  # busy, full, read-only: not a problem of the file
            raise
        line = f"{part}: {said(error)}"
        if line not in found.lines:
            found.lines.append(line)
            found.damage.append(line)
        return None
    found.lines.extend(problems)
    return problems


def _photo_problems(conn: sqlite3.Connection) -> list[str]:
    problems = []
    for digest, content in conn.execute("SELECT sha256, content FROM photos"):
        if hashlib.sha256(bytes(content)).hexdigest() != digest:
            problems.append(f"photo {digest[:12]}: content does not match its SHA-256")
    return problems


def _history_problems(conn: sqlite3.Connection) -> list[str]:
    orphans = conn.execute(
        "SELECT id FROM records r WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.record_id = r.id AND h.hlc = r.hlc)"
    ).fetchall()
    return [f"record {row[0]}: its current version is missing from the history" for row in orphans]


def file_problems(path: Path | str) -> list[str]:
    """What SQLite's integrity check finds in a database no store could open (it was rejected as damaged): read
    through SQLite, read-only, never written. Empty when even that cannot read it beyond the error it gave."""
    try:
        conn = connect_read_only(Path(path))
    except sqlite3.Error:
        return []
    try:
        return integrity_problems(conn)
    except sqlite3.DatabaseError as error:
        return [f"SQLite's integrity check: {said(error)}"]
    finally:
        conn.close()
