"""The database schema as numbered migrations, and what identifies a Taawun file.

`user_version` is the number of migrations applied; `application_id` marks the file as ours, so that another
program's SQLite file is never mistaken for one of ours (and never written to).
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x54415755  # "TAWU"

# Each migration is an SQL script; migration N brings a file from user_version N-1 to N. Never edit a released
# migration: add the next one.
_M001_INITIAL = """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        -- The current state of every record, tombstones included (deleted = 1).
        CREATE TABLE records (
            id TEXT PRIMARY KEY,
            form TEXT NOT NULL,
            form_version INTEGER NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('draft', 'final')),
            data TEXT NOT NULL,
            version INTEGER NOT NULL,
            hlc TEXT NOT NULL,
            device TEXT NOT NULL,
            device_name TEXT NOT NULL,
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
        );
        CREATE INDEX records_by_form ON records (form, deleted, updated_at);
        -- Every version of every record, the current one included: the audit trail and the merge's safety net.
        -- Keyed by the clock stamp, which is unique across laptops, so merged histories never collide.
        CREATE TABLE history (
            record_id TEXT NOT NULL,
            hlc TEXT NOT NULL,
            version INTEGER NOT NULL,
            form TEXT NOT NULL,
            form_version INTEGER NOT NULL,
            state TEXT NOT NULL,
            data TEXT NOT NULL,
            device TEXT NOT NULL,
            device_name TEXT NOT NULL,
            author TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (record_id, hlc)
        ) WITHOUT ROWID;
        -- Photos live inside the database, so one file carries everything; the same picture is stored once.
        CREATE TABLE photos (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            content BLOB NOT NULL,
            size INTEGER NOT NULL,
            mime TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        -- The form definitions the records were filled with: a file describes itself.
        CREATE TABLE form_definitions (
            name TEXT NOT NULL,
            version INTEGER NOT NULL,
            digest TEXT NOT NULL,
            source TEXT NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (name, version)
        );
"""

MIGRATIONS: tuple[str, ...] = (_M001_INITIAL,)

LATEST_VERSION = len(MIGRATIONS)

EXPECTED_TABLES = frozenset({"meta", "records", "history", "photos", "form_definitions"})


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the missing migrations in one transaction; the file's version moves only if all of them succeed."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current >= LATEST_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        # executescript() would commit our transaction first: run the statements one by one inside it.
        for script in MIGRATIONS[current:]:
            for statement in _statements(script):
                conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    statements, current = [], ""
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current += line + "\n"
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements
