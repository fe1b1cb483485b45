"""Whether a file holds exactly our schema, as our own migrations wrote it (a package, a backup to restore)."""

from __future__ import annotations

import functools
import sqlite3

from app.core.errors import DatabaseRejected, PackageRejected
from app.db.schema import FOLLOWUP_MIGRATION, MIGRATIONS, _statements


@functools.cache
def followup_objects() -> dict[str, tuple[str, str]]:
    """name -> (type, sql) of every object the follow-up items' migration makes: what a package leaves out
    (app/db/schema.py says why), and what app/db/followup_index.py checks is in a database as made."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE records (id TEXT, deleted INTEGER)")
        for statement in _statements(FOLLOWUP_MIGRATION):
            conn.execute(statement)
        return {name: (kind, sql) for name, kind, sql in
                conn.execute("SELECT name, type, sql FROM sqlite_master WHERE name != 'records'")}  # fmt: skip
    finally:
        conn.close()


def expected_schema(version: int, *, package: bool = False) -> dict[str, tuple[str, str, str | None]]:
    """sqlite_master of a file made by the first `version` migrations: name -> (type, table, sql); of a sync
    package (`package`), without what packages leave out."""
    conn = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        left_out = followup_objects() if package else {}
        return {name: (kind, table, sql) for kind, name, table, sql in
                conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master") if name not in left_out}  # fmt: skip
    finally:
        conn.close()


def check_schema(conn: sqlite3.Connection, shown: str, version: int, *, package: bool = False) -> None:
    """Exactly our tables and indexes, as our migrations wrote them (a package: without what packages leave out):
    no extra table, trigger, view or column."""
    if version < 1:
        raise DatabaseRejected("db_foreign", path=shown)
    if conn.execute("PRAGMA encoding").fetchone()[0] != "UTF-8":
        raise PackageRejected("sync_schema_mismatch", path=shown, detail="text encoding")
    expected = expected_schema(version, package=package)
    found = {name: (kind, table, sql) for kind, name, table, sql in
             conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")}  # fmt: skip
    differences = [f"{found[name][0]} {name}" for name in sorted(found) if name not in expected]
    differences += [f"{kind} {name} missing" for name, (kind, _, _) in sorted(expected.items()) if name not in found]
    differences += [f"{expected[name][0]} {name} altered" for name in sorted(found)
                    if name in expected and found[name] != expected[name]]  # fmt: skip
    if differences:
        raise PackageRejected("sync_schema_mismatch", path=shown, detail=", ".join(differences[:5]))
