"""Backups of an organisation's laptop written to a folder it names (a stick, another disk): sealed, kind "backup"
(docs/security.md). The daily copies in the application's own backups folder, and the copy kept before a restore,
stay plain: they never leave the laptop, whose disk holds the same data in the database.

A sealed backup is SQLite's checked copy (`app.db.backup.backup_database`) written into the application's temporary
folder, then sealed onto the target (`app.security.placing.seal_onto`: a temporary name, read back, renamed). It is
restored by opening it with this laptop's keys into the temporary folder (`open_backup`), then the ordinary restore
of that plaintext; it is not a package and is never merged (a replay does not apply: an older backup may be wanted).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from app.core.errors import StorageError
from app.core.volumes import check_fits
from app.db.backup import backup_database, backup_name, copy_size, unused_name, write_failure
from app.db.opening import connect_read_only
from app.db.sqlite_errors import storage_error
from app.db.store import Store
from app.security.organisation import Unlocked
from app.security.placing import seal_onto, sealed_size_bound, temporary_folder
from app.security.sealed import membership, open_sealed, remove_plaintext


def in_organisation(database: Path) -> bool:
    """Does the database file hold an organisation's keys? Read-only, without opening a store (`taawun backup`
    reads a database it does not otherwise open). A database that cannot be read says so (StorageError): a copy
    of it is never written plain by mistake."""
    if not database.is_file() or database.stat().st_size == 0:
        return False
    try:
        conn = connect_read_only(database, may_change=True)
        try:
            tables = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'organisation'")
            if tables.fetchone() is None:  # a database of a schema before migration 7
                return False
            return conn.execute("SELECT 1 FROM organisation WHERE key = 'keys'").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise storage_error(error, database) from None


def backup_sealed(store: Store, keys: Unlocked, folder: Path | str, *, device_name: str = "",
                  now: dt.datetime | None = None) -> Path:  # fmt: skip
    """A sealed copy of `store`'s database in `folder`; returns it. Named as a plain backup is (`.db`, so that the
    window's restore finds it); its first bytes say it is sealed."""
    folder = Path(folder)
    if not folder.is_dir():
        raise StorageError("backup_folder_missing", path=str(folder))
    held = membership(store)
    final = unused_name(folder / backup_name(device_name or store.device_name, now or dt.datetime.now()))
    bound = copy_size(store.conn)
    check_fits(folder, bound if held is None else sealed_size_bound(bound, held.members))
    plain = backup_database(store, temporary_folder(), device_name=device_name, now=now)
    try:
        seal_onto(store, keys, plain, final, kind="backup")
    except OSError as error:
        raise write_failure(error, final) from None
    finally:
        remove_plaintext(plain)
    return final


@contextlib.contextmanager
def open_backup(store: Store, keys: Unlocked, path: Path) -> Iterator[Path]:
    """The sealed backup at `path`, opened with this laptop's keys into the temporary folder and checked (its
    organisation, sender and signature: `open_sealed`); the plaintext is removed when the block ends."""
    opened = open_sealed(store, path, keys, into=temporary_folder(), kind="backup")
    try:
        yield opened.path
    finally:
        remove_plaintext(opened.path)
