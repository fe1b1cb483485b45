"""Sync packages: one Taawun database file per export, and the checks any file must pass before it is merged.

A package is an ordinary Taawun database (records, history with tombstones, photos, form definitions, conflicts),
made by our own migrations and filled in one read transaction, so it needs no reader of its own and is a
consistent snapshot; its derived tables (the search index, the lists' keys) travel empty, and the follow-up items
are left out altogether (app/db/schema.py, migration 9). Its `meta` table carries a
small manifest (`package_*` keys: the exporting laptop, the time, the schema version, the row counts); this
laptop's `device_id` is removed from the copy, so a package opened by mistake as someone's own database becomes
a new device instead of a clone of this one, and the local-only `sync_log` is emptied.

`check_package` looks at a file on its own, read-only, before the local database is touched at all: what a file
from a USB stick must prove (header and length, identity and version, `PRAGMA integrity_check`, the exact schema,
the manifest, and that its records and history agree). What needs the local database too (validation of the
versions new to us, stamp clashes) is checked by the merge, inside its transaction, before it writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app.core.clock import now_text
from app.core.errors import DatabaseRejected, FormDefinitionError, PackageRejected, StorageError
from app.core.forms import check_references, parse_form
from app.db.opening import connect_file, connect_read_only, inspect_file, integrity_problems
from app.db.read_only import sqlite_uri
from app.db.schema import APPLICATION_ID, LATEST_VERSION, migrate
from app.db.schema_check import check_schema, expected_schema, followup_objects
from app.db.sqlite_errors import Condition, condition_of
from app.sync.package_format import (
    RELEASE,
    Extensions,
    PackageFormat,
    find_extensions,
    format_of_export,
    read_format,
    write_extensions,
)

# The tables a package carries and the manifest counts, in the order they are reported.
COUNTED_TABLES = ("records", "history", "photos", "form_definitions", "conflicts", "signed_batches")
# Counted from schema 7 on: a laptop of an older release that passes the table on (as a table it does not know)
# writes no count for it, and its file is compared on the tables its manifest counts.
_COUNTED_SINCE_7 = ("signed_batches",)

# A stamp: 16 digits of milliseconds, 4 of counter, then the device (see app.core.clock), checked in SQL.
_STAMP_GLOB = "[0-9]" * 16 + "." + "[0-9]" * 4 + ".?*"


@dataclass(frozen=True)
class Manifest:
    """Who made a file and what it holds. A plain database (not an export) has no manifest: empty strings."""

    device: str
    device_name: str
    exported_at: str
    schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    format: str = ""  # "MAJOR.MINOR" (app.sync.package_format); empty before the format was declared
    release: str = ""  # the Taawun release that wrote the file


@dataclass(frozen=True)
class Shape:
    """What `check_structure` found: the schema version to read the file as (ours at most), its format, and what
    a newer minor format adds (kept by the merge, passed on by the next export)."""

    version: int
    format: PackageFormat
    extensions: Extensions = field(default_factory=Extensions)


def conflict_id(record_id: str, hlc_a: str, hlc_b: str) -> str:
    """The name of the conflict between two versions: the same on every laptop that finds it."""
    first, second = sorted((hlc_a, hlc_b))
    return hashlib.sha256(f"{record_id}|{first}|{second}".encode()).hexdigest()[:16]


def _sha256(content: bytes | None) -> str | None:
    return None if content is None else hashlib.sha256(content).hexdigest()


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the checks and the merge use (sha256 of photos, conflict ids)."""
    conn.create_function("taawun_sha256", 1, _sha256, deterministic=True)
    conn.create_function("taawun_conflict_id", 3, conflict_id, deterministic=True)


# --- writing a package ----------------------------------------------------------------------------------------------


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table a package carries (0 for a table an older file does not have)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")}
    return {t: conn.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0] if t in tables else 0
            for t in COUNTED_TABLES}  # fmt: skip


# What a package carries; every other table is local to a laptop (`sync_log`) or derived from these (the search
# index), and travels empty: the merging laptop derives its own from the records, and a smaller file is checked and
# merged faster. The signed batches (schema 7) are counted (`COUNTED_TABLES`). The pairs marked "not the same"
# (schema 8) travel uncounted: a laptop of schema 6 passes them on
# as a table it does not know, and its manifest, which cannot count them, must still agree with its file.
CARRIED_TABLES = ("meta", *COUNTED_TABLES, "distinct_pairs")


def write_snapshot(database: Path, target: Path, *, device: str, device_name: str) -> None:
    """Write a consistent copy of `database`'s carried tables to `target` (which must not exist) as a package."""
    try:
        copy = connect_file(target)
        try:
            copy.execute("PRAGMA synchronous = OFF")  # the export flushes the finished file itself, then checks it
            # A new temporary file needs no rollback journal on the stick: if the export is killed, the whole file
            # is thrown away (by the next export), so there is nothing to roll back to.
            copy.execute("PRAGMA journal_mode = MEMORY")
            migrate(copy)  # the same schema, statement for statement, as every Taawun file of this version
            empty = table_counts_all(copy)
            copy.execute("ATTACH DATABASE ? AS source", (sqlite_uri(Path(os.path.abspath(database))),))
            # One transaction: the source is read in one snapshot (a read transaction: the window and the command
            # line keep saving meanwhile; IMMEDIATE would take the source's write lock for the whole copy).
            copy.execute("BEGIN")
            for table in CARRIED_TABLES:
                copy.execute(f"INSERT INTO main.{table} SELECT * FROM source.{table}")
            # Tables that the copy's own triggers filled (the search index's queue) are derived: emptied.
            empty_derived(copy, empty)
            # What newer releases' files brought and this release does not know travels on (after the emptying
            # above: the tables it recreates are carried, not derived).
            write_extensions(copy)
            write_manifest(copy, device=device, device_name=device_name, exported_at=now_text(),
                           kept_in="source")  # fmt: skip
            copy.execute("COMMIT")
            copy.execute("DETACH DATABASE source")
        finally:
            copy.close()
    except sqlite3.Error as error:
        condition = condition_of(error)
        if condition is Condition.FULL:
            raise StorageError("sync_disk_full", path=str(target.parent)) from None
        if condition is Condition.READ_ONLY:
            raise StorageError("sync_folder_unwritable", path=str(target.parent), detail=str(error)) from None
        raise StorageError("sync_export_failed", path=str(target), detail=str(error)) from None


def empty_derived(conn: sqlite3.Connection, empty: dict[str, int]) -> None:
    """Inside the writing transaction: the objects packages leave out dropped (the follow-up items: triggers and
    partial indexes no older release would read; app/db/schema.py), the tables the package's own triggers filled
    (the search index's queue; `empty`: the counts before anything was written) emptied, and no laptop's identity
    or older manifest kept."""
    left_out = followup_objects()
    for kind in ("trigger", "table"):  # a table's indexes go with it
        for name in sorted(name for name, (found, _) in left_out.items() if found == kind):
            conn.execute(f'DROP {kind.upper()} IF EXISTS main."{name}"')
    for table, rows in table_counts_all(conn).items():
        if table not in CARRIED_TABLES and rows != empty.get(table, 0):
            conn.execute(f'DELETE FROM main."{table}"')
    conn.execute("DELETE FROM main.meta WHERE key = 'device_id' OR key LIKE 'package_%'")


def write_manifest(conn: sqlite3.Connection, *, device: str, device_name: str, exported_at: str,
                   kept_in: str = "main") -> None:  # fmt: skip
    """The package's manifest (`Manifest`), last in the writing transaction: who wrote it, when, its counts and
    format (`kept_in`: the schema whose kept additions of newer formats the package passes on)."""
    version = conn.execute("PRAGMA main.user_version").fetchone()[0]
    manifest = {"package_device": device, "package_device_name": device_name, "package_exported_at": exported_at,
                "package_schema_version": str(version), "package_counts": json.dumps(table_counts(conn)),
                "package_format": format_of_export(conn, kept_in), "package_release": RELEASE}  # fmt: skip
    conn.executemany("INSERT INTO main.meta (key, value) VALUES (?, ?)", manifest.items())


def table_counts_all(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows in every ordinary table of `main` (virtual tables are counted through their shadow tables)."""
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    )]  # fmt: skip
    return {t: conn.execute(f'SELECT count(*) FROM main."{t}"').fetchone()[0] for t in tables}


# --- checking a file on its own -------------------------------------------------------------------------------------


def stored_digests(conn: sqlite3.Connection) -> frozenset[str]:
    """The digests of the form definitions a database holds (already checked on their way in)."""
    return frozenset(row[0] for row in conn.execute("SELECT digest FROM main.form_definitions"))


def check_package(path: Path, *, known_forms: frozenset[str] = frozenset()) -> Manifest:
    """The file's manifest, or `PackageRejected`/`DatabaseRejected` saying why it must not be merged.

    `known_forms`: digests of definitions the caller already holds; a definition with the same text is not parsed
    again (parsing YAML is the slowest part of checking a small file).
    """
    return check_contents(path, check_structure(path).version, known_forms=known_forms)


def check_structure(path: Path) -> Shape:
    """The quick half of `check_package` (milliseconds, whatever the size): the header and length, the identity,
    version and format, the exact schema (with what a newer minor format may add). After it, SQLite can read the
    file safely: its tables are ours, with no view or trigger of the file's own making (damaged pages give errors,
    not harm)."""
    path = Path(path)
    shown = str(path)
    try:
        if path.is_file() and path.stat().st_size == 0:
            raise PackageRejected("sync_empty_file", path=shown)
    except OSError as error:
        raise DatabaseRejected("db_unreadable", path=shown, detail=error.strerror or str(error)) from None
    try:
        inspect_file(path)  # header, length, identity, version
    except DatabaseRejected as error:
        if error.code != "db_newer":
            raise
        # A newer schema: readable if it is a newer minor format (`read_format` decides, below).
    conn = connect_read_only(path)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise DatabaseRejected("db_foreign", path=shown)  # an empty SQLite file: nothing of ours in it
        if version < 1:
            raise DatabaseRejected("db_foreign", path=shown)
        found = read_format(conn, version, shown)
        if not found.carries_additions(version):
            check_schema(conn, shown, version, package=True)
            return Shape(version, found)
        readable_as = min(version, LATEST_VERSION)
        extensions, problems = find_extensions(conn, expected_schema(readable_as, package=True), shown)
        if problems:
            raise PackageRejected("sync_schema_mismatch", path=shown, detail=", ".join(problems[:5]))
        return Shape(readable_as, found, extensions)
    except sqlite3.DatabaseError as error:
        raise DatabaseRejected("db_corrupt", path=shown, detail=str(error)) from None
    finally:
        conn.close()


def read_manifest(path: Path) -> Manifest:
    """Who made the file and when, as its manifest says, after `check_structure` only (milliseconds, whatever the
    size): what the USB stick screen shows of a plain file before it is merged (the merge checks all of it)."""
    shape = check_structure(path)
    conn = connect_read_only(path)
    try:
        return _read_manifest(conn, shape.version)
    except sqlite3.DatabaseError as error:
        raise DatabaseRejected("db_corrupt", path=str(path), detail=str(error)) from None
    finally:
        conn.close()


def check_contents(path: Path, version: int, *, known_forms: frozenset[str] = frozenset()) -> Manifest:
    """The slow half of `check_package`, for a file that passed `check_structure`: `PRAGMA integrity_check`,
    the manifest against the rows, the invariants every Taawun file keeps, the form definitions."""
    path = Path(path)
    shown = str(path)
    conn = connect_read_only(path)
    try:
        register_functions(conn)
        problems = integrity_problems(conn)
        if problems:
            raise DatabaseRejected("db_corrupt", path=shown, detail="; ".join(problems[:3]))
        manifest = _read_manifest(conn, version)
        counts = table_counts(conn)
        compared = [t for t in COUNTED_TABLES if t not in _COUNTED_SINCE_7 or t in manifest.counts]
        if manifest.counts and any(manifest.counts.get(t, 0) != counts[t] for t in compared):
            detail = ", ".join(f"{t} {manifest.counts.get(t, 0)}/{counts[t]}" for t in compared)
            raise PackageRejected("sync_manifest_mismatch", path=shown, detail=detail)
        _check_consistency(conn, shown, version)
        _check_form_definitions(conn, shown, known_forms)
        return manifest
    except sqlite3.DatabaseError as error:
        raise DatabaseRejected("db_corrupt", path=shown, detail=str(error)) from None
    finally:
        conn.close()


def _read_manifest(conn: sqlite3.Connection, version: int) -> Manifest:
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    try:
        counts = json.loads(meta["package_counts"]) if "package_counts" in meta else {}
    except ValueError:
        counts = {"unreadable": -1}  # fails the comparison with the real counts
    if not isinstance(counts, dict):
        counts = {"unreadable": -1}
    return Manifest(
        device=str(meta.get("package_device") or meta.get("device_id") or ""),
        device_name=str(meta.get("package_device_name", "")),
        exported_at=str(meta.get("package_exported_at", "")),
        schema_version=version,
        counts={str(k): v for k, v in counts.items()},
        format=str(meta.get("package_format", ""))[:20],
        release=str(meta.get("package_release", ""))[:40],
    )


_HISTORY_COLUMNS = ("form", "form_version", "state", "data", "version", "device", "device_name", "author", "deleted")
_SAME_AS_HISTORY = " AND ".join(f"h.{c} IS r.{c}" for c in _HISTORY_COLUMNS) + " AND h.changed_at IS r.updated_at"

# Each query finds the first row breaking an invariant every Taawun file keeps (what Store writes, what a merge
# keeps): the merge relies on them, e.g. "a record's current version is its newest one, and is in its history".
_INVARIANTS: tuple[tuple[str, str], ...] = (
    (
        "a record whose current version is not in its history",
        f"SELECT r.id FROM records r WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.record_id = r.id"
        f" AND h.hlc = r.hlc AND {_SAME_AS_HISTORY}) LIMIT 1",
    ),
    (
        "a version newer than its record, of another form, or of no record",
        "SELECT h.record_id FROM history h LEFT JOIN records r ON r.id = h.record_id"
        " WHERE r.id IS NULL OR h.hlc > r.hlc OR h.form IS NOT r.form LIMIT 1",
    ),
    (
        "a version with a malformed stamp, state or deletion mark",
        f"SELECT record_id FROM history WHERE NOT (hlc GLOB '{_STAMP_GLOB}' AND substr(hlc, 23) = device"
        " AND state IN ('draft', 'final') AND deleted IN (0, 1) AND typeof(data) = 'text'"
        " AND typeof(version) = 'integer' AND version >= 1) LIMIT 1",
    ),
    (
        "a version whose form definition the file does not carry",
        "SELECT h.record_id FROM history h WHERE NOT EXISTS (SELECT 1 FROM form_definitions f"
        " WHERE f.name = h.form AND f.version = h.form_version) LIMIT 1",
    ),
    (
        "a photo whose size does not match",
        "SELECT sha256 FROM photos WHERE typeof(content) != 'blob' OR size IS NOT length(content) LIMIT 1",
    ),
)
_CONFLICT_INVARIANT = (
    "a conflict about versions the file does not hold",
    "SELECT c.id FROM conflicts c WHERE c.id != taawun_conflict_id(c.record_id, c.hlc_a, c.hlc_b)"
    " OR NOT EXISTS (SELECT 1 FROM history h WHERE h.record_id = c.record_id AND h.hlc = c.hlc_a)"
    " OR NOT EXISTS (SELECT 1 FROM history h WHERE h.record_id = c.record_id AND h.hlc = c.hlc_b)"
    " OR (c.resolved_hlc IS NOT NULL AND NOT EXISTS (SELECT 1 FROM history h WHERE h.record_id = c.record_id"
    " AND h.hlc = c.resolved_hlc)) LIMIT 1",
)


def _check_consistency(conn: sqlite3.Connection, shown: str, version: int) -> None:
    checks = _INVARIANTS + ((_CONFLICT_INVARIANT,) if version >= 2 else ())
    for description, query in checks:
        row = conn.execute(query).fetchone()
        if row is not None:
            raise PackageRejected("sync_inconsistent", path=shown, detail=f"{description}: {row[0]}")


def _check_form_definitions(conn: sqlite3.Connection, shown: str, known: frozenset[str]) -> None:
    """Every form definition the file brings must load, under the name, version and digest it is filed with, as
    strictly as a shipped one (`parse_form`: size and depth limits, no aliases), and refer only to forms the file
    describes too (a file carries every definition its laptop holds)."""
    names = {row[0] for row in conn.execute("SELECT DISTINCT name FROM form_definitions")}
    for name, version, digest, source in conn.execute("SELECT name, version, digest, source FROM form_definitions"):
        params = {"path": shown, "form": name, "version": version}
        if not isinstance(source, str) or hashlib.sha256(source.encode("utf-8")).hexdigest() != digest:
            raise PackageRejected("sync_bad_form", **params)
        if digest in known:
            continue  # the very text of a definition we hold: name and version are compared by the merge
        try:
            spec = parse_form(source, file=f"{name} v{version}", stem=name)
        except FormDefinitionError as error:
            raise PackageRejected("sync_bad_form", cause=error, **params) from None
        if spec.version != version:
            raise PackageRejected("sync_bad_form", **params)
        try:
            check_references([spec], known=names)
        except FormDefinitionError as error:
            raise PackageRejected("sync_bad_form", cause=error, **params) from None
