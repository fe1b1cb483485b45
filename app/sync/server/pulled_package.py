"""A pulled batch written as a package file (the format of `app.sync.package`), for `merge_files` to check and merge
as it would a file from a stick: untrusted data has one way in.

The file is what the pushing laptop's own package would have held of the records its pushes named: each record's
row (its current version, when it was created), the versions of its history, the form definitions, signed batches
and photos they need, the conflicts and marks the pushes brought, and a manifest naming that laptop. It is made by
our own migrations, like any package, filled in one transaction, and written to the application's temporary folder.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.db.opening import connect_file
from app.db.schema import migrate
from app.db.sqlite_errors import storage_error
from app.sync.package import empty_derived, table_counts_all, write_manifest
from app.sync.server.documents import (
    BATCH_COLUMNS,
    CONFLICT_COLUMNS,
    FORM_COLUMNS,
    HISTORY_COLUMNS,
    PAIR_COLUMNS,
)

_RECORD_FROM_VERSION = ("form", "form_version", "state", "data", "version", "hlc", "device", "device_name", "author",
                        "deleted")  # fmt: skip


@dataclass
class PulledBatch:
    """What one package will hold (rows as dicts keyed by column, photos with their content)."""

    device: str
    device_name: str
    pushed_at: str
    records: dict[str, dict[str, Any]] = field(default_factory=dict)  # record id -> push entry
    versions: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    forms: list[dict[str, Any]] = field(default_factory=list)
    batches: list[dict[str, Any]] = field(default_factory=list)
    photos: list[tuple[dict[str, Any], bytes]] = field(default_factory=list)
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)
    pairs: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)


def write_package(batch: PulledBatch, target: Path) -> None:
    """Write `batch` to `target` (a new file) as a package; `StorageError` when the temporary folder's disk is full
    or cannot be written (this laptop's situation, said as for its database: nothing of the batch is merged)."""
    try:
        _write(batch, target)
    except sqlite3.Error as error:
        raise storage_error(error, target) from None


def _write(batch: PulledBatch, target: Path) -> None:
    conn = connect_file(target)
    try:
        conn.execute("PRAGMA synchronous = OFF")  # a temporary file, removed after its merge
        conn.execute("PRAGMA journal_mode = MEMORY")
        migrate(conn)
        empty = table_counts_all(conn)
        conn.execute("BEGIN")
        records = []
        for entry in batch.records.values():
            current = batch.versions.get((entry["id"], entry["hlc"]))
            if current is None:
                continue  # its current version is not on the server (yet): the record waits for the next pull
            row = {c: current[c] for c in _RECORD_FROM_VERSION}
            row.update(id=entry["id"], created_at=entry["created_at"], updated_at=current["changed_at"])
            records.append(row)
        kept = {row["id"] for row in records}
        versions = [row for key, row in batch.versions.items() if key[0] in kept]
        held = {(row["record_id"], row["hlc"]) for row in versions}
        conflicts = [row for row in batch.conflicts.values()
                     if all((row["record_id"], row[c]) in held for c in ("hlc_a", "hlc_b", "resolved_hlc") if row[c])]  # fmt: skip
        _insert(conn, "history", HISTORY_COLUMNS, versions)
        _insert(conn, "records", ("id", "created_at", "updated_at", *_RECORD_FROM_VERSION), records)
        _insert(conn, "form_definitions", FORM_COLUMNS, batch.forms)
        _insert(conn, "signed_batches", BATCH_COLUMNS, batch.batches)
        conn.executemany(
            "INSERT OR IGNORE INTO photos (sha256, content, size, mime, added_at) VALUES (?, ?, ?, ?, ?)",
            ((row["sha256"], content, row["size"], row["mime"], row["added_at"]) for row, content in batch.photos),
        )
        _insert(conn, "conflicts", CONFLICT_COLUMNS, conflicts)
        _insert(conn, "distinct_pairs", PAIR_COLUMNS, batch.pairs.values())
        empty_derived(conn, empty)
        write_manifest(conn, device=batch.device, device_name=batch.device_name, exported_at=batch.pushed_at)
        conn.execute("COMMIT")
    finally:
        conn.close()


def _insert(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> None:
    conn.executemany(
        f"INSERT OR IGNORE INTO main.{table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        (tuple(row[c] for c in columns) for row in rows),
    )
