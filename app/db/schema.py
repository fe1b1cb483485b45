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

# Sync by file (app/sync): the conflicts found by merges, which travel with the data, and this laptop's own log.
_M002_SYNC = """
        -- Concurrent edits of one record found by a merge, for people to review. The id is derived from the record
        -- and the two versions, so every laptop that finds the same conflict names it alike; the rows travel in
        -- exported files, so a conflict resolved on one laptop is closed on the others by the next merge.
        CREATE TABLE conflicts (
            id TEXT PRIMARY KEY,
            record_id TEXT NOT NULL,
            hlc_a TEXT NOT NULL,
            hlc_b TEXT NOT NULL,
            held_hlc TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            detected_device TEXT NOT NULL,
            detected_device_name TEXT NOT NULL,
            resolved_hlc TEXT,
            resolved_at TEXT,
            resolved_by TEXT,
            resolved_device_name TEXT,
            CHECK (hlc_a < hlc_b),
            CHECK (held_hlc IN (hlc_a, hlc_b))
        );
        CREATE INDEX conflicts_by_record ON conflicts (record_id, resolved_hlc);
        -- What each merge on this laptop did or why it refused a file. Local: never exported.
        CREATE TABLE sync_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            file TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('merged', 'rejected')),
            source_device TEXT,
            source_device_name TEXT,
            exported_at TEXT,
            inserted INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0,
            versions_added INTEGER NOT NULL DEFAULT 0,
            photos_added INTEGER NOT NULL DEFAULT 0,
            forms_added INTEGER NOT NULL DEFAULT 0,
            reason_code TEXT,
            reason_params TEXT
        );
"""

# Search (app/db/search_index.py): the words of every live record, folded by app.core.arabic, in an FTS5 table
# keyed by `search_docs.docid` (an explicit integer key: VACUUM may renumber the implicit rowids of `records`). The
# folding is Python and needs the forms, and with `trusted_schema` off SQLite refuses application functions and
# virtual tables inside triggers: so the triggers only note which records changed, in `search_pending`, whoever
# writes them (the store, a merge, a later migration, another program), and the store indexes those rows in
# Python before its transaction commits. The last statement queues the records already there, oldest first.
# "WHERE NOT EXISTS" rather than INSERT OR IGNORE: a statement's conflict clause overrides those of the triggers it
# fires, so under the merge's INSERT ... ON CONFLICT DO UPDATE an OR IGNORE in a trigger would not ignore.
# No comment may stand inside a statement: package.expected_schema compares sqlite_master's text with this script.
_M003_SEARCH = """
        CREATE TABLE search_docs (
            docid INTEGER PRIMARY KEY,
            record_id TEXT NOT NULL UNIQUE
        );
        CREATE VIRTUAL TABLE search_index USING fts5(form, heading, title, body, related, prefix = '2 3',
            tokenize = 'unicode61 remove_diacritics 0');
        CREATE TABLE search_words (
            word TEXT PRIMARY KEY
        ) WITHOUT ROWID;
        CREATE TABLE search_pending (
            record_id TEXT PRIMARY KEY
        );
        CREATE TRIGGER search_after_insert AFTER INSERT ON records BEGIN
            INSERT INTO search_pending (record_id) SELECT NEW.id
                WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE record_id = NEW.id);
        END;
        CREATE TRIGGER search_after_update AFTER UPDATE ON records BEGIN
            INSERT INTO search_pending (record_id) SELECT NEW.id
                WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE record_id = NEW.id);
            INSERT INTO search_pending (record_id) SELECT OLD.id
                WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE record_id = OLD.id);
        END;
        CREATE TRIGGER search_after_delete AFTER DELETE ON records BEGIN
            INSERT INTO search_pending (record_id) SELECT OLD.id
                WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE record_id = OLD.id);
        END;
        INSERT INTO search_pending (record_id) SELECT id FROM records WHERE deleted = 0 ORDER BY created_at, id;
"""
# The search objects as they are now: app/db/search_index.py recreates them from this script to repair or rebuild
# the index, and treats any other definition as damaged. A later migration changing them must point this at its
# own complete definition of them.
SEARCH_MIGRATION = _M003_SEARCH

# Sorted lists (app/db/list_keys.py). Sorting 100,000 visits by a column must walk an index, not read every
# record's JSON: `list_keys` holds, for every live record, the sort key of each of its list's columns that SQLite
# cannot index by itself (the title fields, a reference shown as the referred record's title, the author's name),
# computed by Python (app.core.sort_key) and kept in step like the search index: the triggers note changed records
# in `list_pending` (as `search_pending`'s do, and for the same reasons), whoever writes them, and the store keys
# them before its transaction commits (all of them, whatever their number: keying costs tens of microseconds a
# record, and a list must not miss the records of a large merge). `ref` is the id a reference column names, so
# that renaming a cooperative re-keys its visits through an index. The state and the last change are columns of
# `records`: plain indexes sort them, the record's id last to break ties (records_by_change serves all that
# records_by_form served, and replaces it). The last statement queues the records already there. Derived data:
# rebuilt from the records, never merged.
_LIST_INDEXES = """
        CREATE INDEX records_by_change ON records (form, deleted, updated_at, id);
        CREATE INDEX records_by_state ON records (form, deleted, state, id);
"""
_LIST_KEYS = """
        CREATE TABLE list_keys (
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            form TEXT NOT NULL,
            key,
            ref TEXT,
            PRIMARY KEY (record_id, field)
        ) WITHOUT ROWID;
        CREATE INDEX list_keys_in_order ON list_keys (form, field, key, record_id);
        CREATE INDEX list_keys_by_ref ON list_keys (ref, form, field) WHERE ref IS NOT NULL;
        CREATE TABLE list_pending (
            record_id TEXT PRIMARY KEY
        );
        CREATE TRIGGER list_after_insert AFTER INSERT ON records BEGIN
            INSERT INTO list_pending (record_id) SELECT NEW.id
                WHERE NOT EXISTS (SELECT 1 FROM list_pending WHERE record_id = NEW.id);
        END;
        CREATE TRIGGER list_after_update AFTER UPDATE ON records BEGIN
            INSERT INTO list_pending (record_id) SELECT NEW.id
                WHERE NOT EXISTS (SELECT 1 FROM list_pending WHERE record_id = NEW.id);
            INSERT INTO list_pending (record_id) SELECT OLD.id
                WHERE NOT EXISTS (SELECT 1 FROM list_pending WHERE record_id = OLD.id);
        END;
        CREATE TRIGGER list_after_delete AFTER DELETE ON records BEGIN
            INSERT INTO list_pending (record_id) SELECT OLD.id
                WHERE NOT EXISTS (SELECT 1 FROM list_pending WHERE record_id = OLD.id);
        END;
        INSERT INTO list_pending (record_id) SELECT id FROM records WHERE deleted = 0;
"""
_REPLACED_INDEXES = """
        DROP INDEX records_by_form;
"""
_M004_LISTS = _REPLACED_INDEXES + _LIST_INDEXES + _LIST_KEYS
# What app/db/list_keys.py recreates to repair the list keys (and compares the file with), as SEARCH_MIGRATION.
LIST_INDEXES = _LIST_INDEXES
LIST_KEYS_MIGRATION = _LIST_KEYS

# What packages of a newer minor format carried that this release does not know (app/sync/package_format.py): kept
# as it came, and written into this laptop's next export, so a laptop on an older release passes newer data on.
# Local tables: a package carries the values themselves, as the columns and tables of the newer format.
_M005_EXTENSIONS = """
        -- A column of a newer format: of a table this release knows (new_table = 0) or of one it does not.
        CREATE TABLE extension_columns (
            table_name TEXT NOT NULL,
            column_name TEXT NOT NULL,
            position INTEGER NOT NULL,
            declaration TEXT NOT NULL,
            new_table INTEGER NOT NULL CHECK (new_table IN (0, 1)),
            format_minor INTEGER NOT NULL,
            PRIMARY KEY (table_name, column_name)
        );
        -- Their values, one per row and column, as SQLite stored them. row_key: the row's key in the table as a JSON
        -- array (a record's current row: its id and stamp), or a digest of the whole row in a table unknown here.
        CREATE TABLE extension_cells (
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            column_name TEXT NOT NULL,
            value,
            PRIMARY KEY (table_name, row_key, column_name)
        ) WITHOUT ROWID;
"""

# Where a version came from, when it did not come from a person typing it: an import names its file and row
# ("cooperatives.xlsx:12", app/exchange/importing.py; neutral text the window and the command line translate
# around). NULL for every other version. A minor step of the package format (package_format.MINOR_OF_SCHEMA): a
# column appended to `history`, which a laptop of schema 5 keeps as an extension and passes on.
_M006_HISTORY_ORIGIN = """
        ALTER TABLE history ADD COLUMN origin TEXT;
"""

# An organisation's keys and member list (docs/security.md, app/security/): local to the laptop, never carried by a
# package (the list travels inside sealed files instead). `organisation` holds the signed member list, this laptop's
# keys and the organisation's key (each under the laptop's passphrase) and the sequence of the files it sealed;
# `sealed_seen` the greatest sequence merged from each laptop (an older file is a replay). A laptop signs its
# versions in batches (app/security/version_signing.py): `signed_batches` holds each batch (the list of the versions
# it vouches for, by key and digest, and its signature) and travels in packages; `history.signature` names the
# batch that vouches for the version (its id: the SHA-256 of its body). A column appended to `history` and a new
# plain table: a minor step of the package format, which a laptop of schema 5 or 6 keeps as extensions and passes on.
_M007_SIGNATURES = """
        CREATE TABLE organisation (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE sealed_seen (
            laptop TEXT PRIMARY KEY,
            sequence INTEGER NOT NULL,
            merged_at TEXT NOT NULL
        );
        ALTER TABLE history ADD COLUMN signature TEXT;
        CREATE TABLE signed_batches (
            id TEXT PRIMARY KEY,
            laptop TEXT NOT NULL,
            body TEXT NOT NULL,
            signature TEXT NOT NULL,
            signed_at TEXT NOT NULL
        ) WITHOUT ROWID;
"""

# Pairs of records a person said are NOT the same (two cooperatives "Al Amal" in one commune): no longer proposed as
# likely duplicates (app/db/distinct_pairs.py). A grow-only set that travels in packages: a mark is never undone,
# and the merge keeps the union (for a pair marked on two laptops, the earliest mark's who and when), so every
# laptop converges whatever the order of merges. record_a < record_b. The checks keep malformed rows out even where
# no merge checked them (a laptop of schema 6 keeps the table aside, and adopts it when it reaches this schema). A
# minor step of the package format (package_format.MINOR_OF_SCHEMA): a new plain table, which a laptop of schema 5
# or 6 keeps as an extension and passes on. Nothing else refers to this migration's number.
_M008_DISTINCT_PAIRS = """
        CREATE TABLE distinct_pairs (
            record_a TEXT NOT NULL,
            record_b TEXT NOT NULL,
            marked_at TEXT NOT NULL,
            marked_by TEXT NOT NULL,
            device TEXT NOT NULL,
            device_name TEXT NOT NULL,
            PRIMARY KEY (record_a, record_b),
            CHECK (record_a < record_b),
            CHECK (length(record_a) = 36 AND length(record_b) = 36),
            CHECK (NOT (record_a GLOB '*[^0-9a-f-]*' OR record_b GLOB '*[^0-9a-f-]*')),
            CHECK (length(marked_by) <= 100 AND length(device_name) <= 100),
            CHECK (length(marked_at) <= 1000 AND length(device) <= 1000)
        ) WITHOUT ROWID;
"""

# The follow-up board's items (app/db/followup_index.py): one row per recommendation of a live visit or workshop
# (its place among the record's items, its due date as a sort key, done or not, whether the record is a draft, and
# what the board filters on), so that the board at 100,000 visits reads an index instead of every visit's JSON.
# Each index a page or a count walks covers what it filters on (done, draft) and the board's order, so that a first
# showing reads index pages only: a row of the table looked up for each of 100,000 items costs a third of a second.
# (A cooperative's index holds its items' place too: a cooperative saved compares them without reading the rows.)
# Kept in step like the lists' keys: the triggers note changed records in `followup_pending` (every form: a
# cooperative moved to another province moves its visits' items), and the store makes their rows before its
# transaction commits. Derived data: rebuilt from the records, never merged. A package leaves these objects out
# altogether (`FOLLOWUP_MIGRATION`'s objects, app/sync/package.py): triggers and partial indexes are no addition an
# older release may read in a newer minor format (app/sync/package_format.py), and the merging laptop derives its own
# rows anyway. So a package of this schema holds what one of schema 8 holds, and laptops of schema 5 to 8 read it.
# The last statement queues the records already there.
_FOLLOWUPS = """
        CREATE TABLE followup_items (
            record_id TEXT NOT NULL,
            idx INTEGER NOT NULL,
            form TEXT NOT NULL,
            draft INTEGER NOT NULL,
            due_key TEXT NOT NULL,
            due_date TEXT,
            done_on TEXT,
            created_at TEXT NOT NULL,
            province TEXT,
            commune TEXT,
            author TEXT,
            agent TEXT,
            cooperative TEXT,
            workshop TEXT,
            made_on TEXT,
            PRIMARY KEY (record_id, idx)
        ) WITHOUT ROWID;
        CREATE INDEX followup_items_in_order ON followup_items (due_key, created_at, record_id, idx, done_on, draft);
        CREATE INDEX followup_items_by_status ON followup_items (done_on, draft, due_key);
        CREATE INDEX followup_items_by_province ON followup_items (province, due_key, created_at, record_id, idx,
            done_on, draft) WHERE province IS NOT NULL;
        CREATE INDEX followup_items_by_commune ON followup_items (commune, due_key, created_at, record_id, idx,
            done_on, draft) WHERE commune IS NOT NULL;
        CREATE INDEX followup_items_by_author ON followup_items (author, due_key, created_at, record_id, idx,
            done_on, draft, agent) WHERE author IS NOT NULL;
        CREATE INDEX followup_items_by_agent ON followup_items (agent, due_key, created_at, record_id, idx,
            done_on, draft) WHERE agent IS NOT NULL;
        CREATE INDEX followup_items_by_cooperative ON followup_items (cooperative, due_key, created_at, record_id, idx,
            done_on, draft, province, commune) WHERE cooperative IS NOT NULL;
        CREATE INDEX followup_items_by_workshop ON followup_items (workshop, due_key, created_at, record_id, idx,
            done_on, draft) WHERE workshop IS NOT NULL;
        CREATE TABLE followup_pending (
            record_id TEXT PRIMARY KEY
        );
        CREATE TRIGGER followup_after_insert AFTER INSERT ON records BEGIN
            INSERT INTO followup_pending (record_id) SELECT NEW.id
                WHERE NOT EXISTS (SELECT 1 FROM followup_pending WHERE record_id = NEW.id);
        END;
        CREATE TRIGGER followup_after_update AFTER UPDATE ON records BEGIN
            INSERT INTO followup_pending (record_id) SELECT NEW.id
                WHERE NOT EXISTS (SELECT 1 FROM followup_pending WHERE record_id = NEW.id);
            INSERT INTO followup_pending (record_id) SELECT OLD.id
                WHERE NOT EXISTS (SELECT 1 FROM followup_pending WHERE record_id = OLD.id);
        END;
        CREATE TRIGGER followup_after_delete AFTER DELETE ON records BEGIN
            INSERT INTO followup_pending (record_id) SELECT OLD.id
                WHERE NOT EXISTS (SELECT 1 FROM followup_pending WHERE record_id = OLD.id);
        END;
        INSERT INTO followup_pending (record_id) SELECT id FROM records WHERE deleted = 0;
"""
_M009_FOLLOWUPS = _FOLLOWUPS
# What app/db/followup_index.py recreates to repair the items (and compares the file with), and what a package
# leaves out, as SEARCH_MIGRATION.
FOLLOWUP_MIGRATION = _FOLLOWUPS

MIGRATIONS: tuple[str, ...] = (_M001_INITIAL, _M002_SYNC, _M003_SEARCH, _M004_LISTS, _M005_EXTENSIONS,
                               _M006_HISTORY_ORIGIN, _M007_SIGNATURES, _M008_DISTINCT_PAIRS, _M009_FOLLOWUPS)  # fmt: skip

LATEST_VERSION = len(MIGRATIONS)

EXPECTED_TABLES = frozenset({"meta", "records", "history", "photos", "form_definitions", "conflicts", "sync_log"})


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
        if current >= 5:
            # Values kept from newer releases' packages (migration 5) move into what this release now has. Imported
            # here: the package format builds on this module.
            from app.db.extensions import adopt_known_extensions

            adopt_known_extensions(conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        # SQLite has already rolled back after some errors (a full disk): a second ROLLBACK would raise "no
        # transaction is active" and hide the error that says what happened.
        if conn.in_transaction:
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
