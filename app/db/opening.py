"""Opening a database file safely: look before writing.

A file that is not ours (a text file, another program's SQLite file), is damaged or truncated, or comes from a
newer Taawun is rejected with `DatabaseRejected` before any connection that could write to it is opened, so the
file stays byte-for-byte as it was. Only then is it opened for writing and migrated.

The full `PRAGMA integrity_check` reads every page, which takes seconds on a large database: it runs in
`taawun check` and on every file that arrives by sync, not on each start. Each start checks the header (magic,
page size, page count against the file's length: what a pulled stick leaves behind), the identity and version,
the schema, and has SQLite read the schema pages.

Only SQLite touches a live database file. Reading the header with Python's own `open()` is safe only before this
process's first connection to that file: on POSIX, closing *any* descriptor of a file drops every lock the process
holds on it, SQLite's included, and another process may then believe it is the last user, checkpoint, and delete
the write-ahead log under the connection still open here (SQLite's "How To Corrupt An SQLite Database File", 2.2).
So `open_database` (which inspects) is for a process's first connection; a further connection to a database this
process already holds goes through `connect_database`, which never opens the file itself.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from app.core.errors import DatabaseRejected, StorageError
from app.db.read_only import read_only_query, sqlite_uri
from app.db.schema import APPLICATION_ID, EXPECTED_TABLES, LATEST_VERSION, migrate
from app.db.sqlite_errors import storage_error

__all__ = ["connect_database", "connect_file", "connect_read_only", "inspect_file", "integrity_problems",
           "open_database", "regular_file_size", "sqlite_uri", "storage_error"]  # fmt: skip

_MAGIC = b"SQLite format 3\x00"


def connect_file(path: Path, *, timeout: float = 5.0, **query: str) -> sqlite3.Connection:
    """`sqlite3.connect` on `path` (relative to the current folder), through its `file:` URI with URI support on,
    so that the connection can attach a package read-only (see `app.db.read_only.sqlite_uri`)."""
    return sqlite3.connect(sqlite_uri(Path(os.path.abspath(path)), **query), uri=True, isolation_level=None,
                           timeout=timeout)  # fmt: skip


def connect_read_only(path: Path, *, may_change: bool = False, timeout: float = 10) -> sqlite3.Connection:
    """A connection that cannot write to `path`, nor (unless `may_change`) leave -wal / -shm files beside it: opened
    as immutable when nothing can be pending (`app.db.read_only.read_only_query`). `may_change`: a database that
    other connections write meanwhile."""
    conn = connect_file(path.resolve(), timeout=timeout, **read_only_query(path, may_change=may_change))
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def inspect_file(path: Path, *, full_check: bool = False) -> None:
    """Raise `DatabaseRejected` unless `path` is a sound Taawun database this version can open (or an empty file)."""
    shown = str(path)
    try:
        size = regular_file_size(path)
        with path.open("rb") as handle:  # before any connection of this process to the file: see the docstring
            header = handle.read(100)
    except OSError as error:
        raise DatabaseRejected("db_unreadable", path=shown, detail=error.strerror or str(error)) from None
    if size == 0:
        return
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise DatabaseRejected("db_not_sqlite", path=shown)
    _check_length(path, header, size)
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as error:
        raise DatabaseRejected("db_unreadable", path=shown, detail=str(error)) from None
    try:
        _check_identity(conn, shown)
        if full_check:
            problems = integrity_problems(conn)
            if problems:
                raise DatabaseRejected("db_corrupt", path=shown, detail="; ".join(problems[:3]))
    except sqlite3.OperationalError as error:
        # On a full disk SQLite cannot grow the -shm (an I/O error): the disk's fault, not the file's.
        failure = storage_error(error, path)
        if failure.code == "db_full":
            raise failure from None
        raise DatabaseRejected("db_corrupt", path=shown, detail=str(error)) from None
    except sqlite3.DatabaseError as error:
        raise DatabaseRejected("db_corrupt", path=shown, detail=str(error)) from None
    finally:
        conn.close()


def regular_file_size(path: Path) -> int:
    """The size of `path`, which must be an ordinary file. A FIFO or a device named `x.taawun` would block the first
    read forever (or never end), and a folder cannot be a database: refused from `stat`, without opening them."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseRejected("db_not_regular_file", path=str(path))
    return info.st_size


def _check_length(path: Path, header: bytes, size: int) -> None:
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseRejected("db_corrupt", path=str(path), detail="bad page size")
    page_count = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    has_wal = Path(str(path) + "-wal").exists()  # pages may still sit in the write-ahead log
    if size % page_size:
        raise DatabaseRejected("db_corrupt", path=str(path), detail="the file ends in the middle of a page")
    if counter_valid and not has_wal and size < page_count * page_size:
        raise DatabaseRejected(
            "db_corrupt", path=str(path), detail=f"{size} of {page_count * page_size} bytes: the file is truncated"
        )


def _check_identity(conn: sqlite3.Connection, shown: str) -> None:
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if application_id == 0 and user_version == 0 and not tables:
        return  # an empty SQLite file: ours to initialise
    if application_id != APPLICATION_ID:
        raise DatabaseRejected("db_foreign", path=shown)
    if user_version > LATEST_VERSION:
        raise DatabaseRejected("db_newer", path=shown, found=user_version, known=LATEST_VERSION)
    if user_version == LATEST_VERSION and not EXPECTED_TABLES <= tables:
        missing = ", ".join(sorted(EXPECTED_TABLES - tables))
        raise DatabaseRejected("db_corrupt", path=shown, detail=f"missing tables: {missing}")
    # Reading a row of each table makes SQLite walk the schema and the first pages of every table.
    for table in sorted(EXPECTED_TABLES & tables):
        conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchall()


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    problems = [] if rows == ["ok"] else rows
    problems += [f"foreign key: {row}" for row in conn.execute("PRAGMA foreign_key_check")]
    return problems


def open_database(path: Path) -> sqlite3.Connection:
    """This process's first read-write connection to the Taawun database at `path`: the file is checked first
    (created if missing), then connected and migrated. For a further connection, use `connect_database`."""
    path = Path(path)
    if path.exists():
        inspect_file(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError("db_unreadable", path=str(path), detail=error.strerror or str(error)) from None
    return connect_database(path)


def connect_database(path: Path) -> sqlite3.Connection:
    """A read-write connection to a database this process already holds open (checked when it was first opened).
    Only SQLite opens the file: no header read, no Python file call on it or its -wal/-shm."""
    path = Path(path)
    try:
        conn = connect_file(path, timeout=10)
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk before we report it saved, even when the battery dies a second later.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        migrate(conn)
    except sqlite3.OperationalError as error:
        raise storage_error(error, path) from None
    return conn
