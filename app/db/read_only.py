"""SQLite's names for files (`file:` URIs), and reading another SQLite file (a package, a backup) read-only.

The one place that says how a file is opened read-only: `read_only_uri` (its query, and when the file may be
opened as immutable), used by `app.db.opening.connect_read_only` and by `attached` below.
"""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath, PureWindowsPath


def sqlite_uri(path: PurePath, **query: str) -> str:
    r"""The `file:` URI that names `path` for SQLite, with `query` parameters (`read_only_uri` gives the read-only
    ones).

    Every connection is opened through such a URI with `uri=True`: SQLite reads a URI given to `ATTACH` (the merge
    attaches each package read-only that way) only on a connection opened with URI support, unless SQLite was
    compiled with SQLITE_USE_URI, which python.org's Windows build is not. In the path SQLite decodes `%HH`, and a
    `?` or `#` would end it: every byte but letters, digits, `_.-~` and `/` is escaped (an Arabic folder name as
    its UTF-8 bytes). Windows paths take the forms SQLite documents: `C:\Users\x` is `file:///C:/Users/x`, a
    share `\\server\d\x` is `file:////server/d/x`.
    """
    if isinstance(path, PureWindowsPath):
        text = path.as_posix()
        data = text.encode("utf-8")
    else:
        text = str(path)
        data = os.fsencode(text)  # the file name's bytes, even when they are not UTF-8
    if isinstance(path, PureWindowsPath) and len(path.drive) == 2 and path.root:  # C:\…
        body = "///" + path.drive + urllib.parse.quote_from_bytes(data[len(path.drive) :])
    elif text.startswith("/"):  # a POSIX absolute path, or a Windows share (//server/share/…)
        body = "//" + urllib.parse.quote_from_bytes(data)
    else:  # relative to the current folder
        body = urllib.parse.quote_from_bytes(data)
    return "file:" + body + ("?" + urllib.parse.urlencode(query) if query else "")


def read_only_query(path: Path, *, may_change: bool = False) -> dict[str, str]:
    """The URI parameters that open `path` read-only.

    With no write-ahead log beside the file nothing can be pending, so a file nobody writes is opened as immutable:
    SQLite then takes no locks and creates no side files (a plain read-only open of a WAL file would create both).
    `may_change`: a database other connections write meanwhile (the local one, read beside a merge): never immutable,
    SQLite would not see their changes and could read a page half-written."""
    if may_change or Path(str(path) + "-wal").exists():
        return {"mode": "ro"}
    return {"mode": "ro", "immutable": "1"}


def read_only_uri(path: Path, *, may_change: bool = False) -> str:
    """The `file:` URI that opens `path` (made absolute) read-only: see `read_only_query`."""
    return sqlite_uri(Path(os.path.abspath(path)), **read_only_query(path, may_change=may_change))


@contextmanager
def attached(conn: sqlite3.Connection, path: Path) -> Iterator[None]:
    """The file as schema `incoming` of `conn`, read-only, for the duration of the block.

    When the block fails while one of its statements is still reading the file (a check refusing a row in the
    middle of a query), SQLite cannot detach it yet ("database incoming is locked"): that must not hide the block's
    own error (the refusal and its reason), so the file stays attached until the next `attached` on the
    connection detaches it first."""
    path = path.resolve()
    if conn.execute("SELECT 1 FROM pragma_database_list WHERE name = 'incoming'").fetchone() is not None:
        conn.execute("DETACH DATABASE incoming")  # left by a block that failed mid-query (see above)
    conn.execute("ATTACH DATABASE ? AS incoming", (read_only_uri(path),))
    try:
        # SQLite reads the URI only where URI file names are enabled; otherwise it would have opened another file
        # (named after the whole URI) read-write. Refuse to go on rather than merge from, or write, the wrong file.
        attached_file = conn.execute("SELECT file FROM pragma_database_list WHERE name = 'incoming'").fetchone()[0]
        if Path(attached_file) != path:
            raise RuntimeError(f"SQLite did not attach {path} read-only (URI file names disabled?)")
        yield
    except BaseException:
        try:
            conn.execute("DETACH DATABASE incoming")
        except sqlite3.OperationalError:
            pass  # still read by a statement of the failed block: detached by the next `attached`
        raise
    conn.execute("DETACH DATABASE incoming")
