"""Reading another SQLite file (a package, a backup) read-only, beside the local database."""

from __future__ import annotations

import sqlite3
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def attached(conn: sqlite3.Connection, path: Path) -> Iterator[None]:
    """The file as schema `incoming` of `conn`, read-only, for the duration of the block."""
    path = path.resolve()
    has_wal = Path(str(path) + "-wal").exists()
    uri = "file:" + urllib.parse.quote(str(path)) + ("?mode=ro" if has_wal else "?mode=ro&immutable=1")
    conn.execute("ATTACH DATABASE ? AS incoming", (uri,))
    try:
        # SQLite reads the URI only where URI file names are enabled; otherwise it would have opened another file
        # (named after the whole URI) read-write. Refuse to go on rather than merge from, or write, the wrong file.
        attached_file = conn.execute("SELECT file FROM pragma_database_list WHERE name = 'incoming'").fetchone()[0]
        if Path(attached_file) != path:
            raise RuntimeError(f"SQLite did not attach {path} read-only (URI file names disabled?)")
        yield
    finally:
        conn.execute("DETACH DATABASE incoming")
