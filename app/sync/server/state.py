"""What this laptop knows the server holds: a cache beside the database, so that a push of ten changes does not ask
the server about a hundred thousand versions.

The cache is a small SQLite file next to the database (`<database>.server`), never inside it: it is not data, a
backup does not need it, and a package never carries it. It names, per server and per laptop id (a restored
backup is a new laptop), the documents known to be on the server (sent by this laptop, or pulled from it), the
conflicts as last sent, the content key this laptop seals with, and when the window last synced (and what it
did). Losing it costs time, never data: a push
then asks the server (`_revs_diff`) about everything, and sends only what is missing. If the server itself was
restored from an older backup, `taawun sync push --all` ignores the cache and sends whatever the server lacks.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.core.errors import StorageError

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS sent (server TEXT NOT NULL, laptop TEXT NOT NULL, doc TEXT NOT NULL,"
    " PRIMARY KEY (server, laptop, doc)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS conflicts_sent (server TEXT NOT NULL, laptop TEXT NOT NULL, id TEXT NOT NULL,"
    " digest TEXT NOT NULL, PRIMARY KEY (server, laptop, id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS push_key (server TEXT NOT NULL, laptop TEXT NOT NULL, key_id TEXT NOT NULL,"
    " serial INTEGER NOT NULL, PRIMARY KEY (server, laptop))",
    # The window's "last sync": when it ended and what it did (a JSON object of counts), shown until the next one
    "CREATE TABLE IF NOT EXISTS last_sync (server TEXT NOT NULL, laptop TEXT NOT NULL, at TEXT NOT NULL,"
    " summary TEXT NOT NULL, PRIMARY KEY (server, laptop))",
)


def state_path(database: Path) -> Path:
    return Path(str(database) + ".server")


class SyncState:
    """The cache for one server and one laptop. Open with `SyncState.open(database, server, laptop)`."""

    def __init__(self, conn: sqlite3.Connection, server: str, laptop: str) -> None:
        self._conn = conn
        self._key = (server, laptop)

    @classmethod
    def open(cls, database: Path, server: str, laptop: str) -> SyncState:
        path = state_path(database)
        try:
            conn = _connect(path)
        except sqlite3.OperationalError as error:
            # Busy beyond the time-out (another sync of this laptop writing it), or not openable: never damage, so
            # never removed from under the process that holds it.
            raise StorageError("server_state_unwritable", path=str(path), detail=str(error)) from None
        except sqlite3.DatabaseError:
            # Damaged (a power cut while it was written, an edit): it is only a cache, made anew.
            with contextlib.suppress(OSError):
                path.unlink()
            try:
                conn = _connect(path)
            except sqlite3.Error as error:
                raise StorageError("server_state_unwritable", path=str(path), detail=str(error)) from None
        except sqlite3.Error as error:
            raise StorageError("server_state_unwritable", path=str(path), detail=str(error)) from None
        return cls(conn, server, laptop)

    def close(self) -> None:
        self._conn.close()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            with self._conn:
                yield
        except sqlite3.Error as error:
            raise StorageError("server_state_unwritable", path="", detail=str(error)) from None

    def known(self) -> set[str]:
        rows = self._conn.execute("SELECT doc FROM sent WHERE server = ? AND laptop = ?", self._key)
        return {row[0] for row in rows}

    def add(self, doc_ids: Iterable[str]) -> None:
        with self._writing():
            self._conn.executemany("INSERT OR IGNORE INTO sent (server, laptop, doc) VALUES (?, ?, ?)",
                                   ((*self._key, doc_id) for doc_id in doc_ids))  # fmt: skip

    def conflicts_sent(self) -> dict[str, str]:
        rows = self._conn.execute("SELECT id, digest FROM conflicts_sent WHERE server = ? AND laptop = ?", self._key)
        return dict(rows.fetchall())

    def set_conflicts_sent(self, digests: dict[str, str]) -> None:
        with self._writing():
            self._conn.executemany("INSERT OR REPLACE INTO conflicts_sent (server, laptop, id, digest) VALUES"
                                   " (?, ?, ?, ?)", ((*self._key, i, d) for i, d in digests.items()))  # fmt: skip

    def push_key(self) -> tuple[str, int] | None:
        row = self._conn.execute("SELECT key_id, serial FROM push_key WHERE server = ? AND laptop = ?", self._key)
        found = row.fetchone()
        return None if found is None else (str(found[0]), int(found[1]))

    def set_push_key(self, key: tuple[str, int]) -> None:
        with self._writing():
            self._conn.execute("INSERT OR REPLACE INTO push_key (server, laptop, key_id, serial) VALUES (?, ?, ?, ?)",
                               (*self._key, *key))  # fmt: skip

    def last_sync(self) -> tuple[str, dict[str, int]] | None:
        """When the last sync with this server ended (`now_text()`), and its counts; None before the first."""
        row = self._conn.execute("SELECT at, summary FROM last_sync WHERE server = ? AND laptop = ?", self._key)
        found = row.fetchone()
        if found is None:
            return None
        try:
            summary = json.loads(found[1])
        except ValueError:
            return None  # a damaged cache costs the line, never the window
        if not isinstance(summary, dict):
            return None
        return str(found[0]), {str(k): v for k, v in summary.items() if type(v) is int}

    def set_last_sync(self, at: str, summary: dict[str, int]) -> None:
        with self._writing():
            self._conn.execute("INSERT OR REPLACE INTO last_sync (server, laptop, at, summary) VALUES (?, ?, ?, ?)",
                               (*self._key, at, json.dumps(summary)))  # fmt: skip

    def forget(self) -> None:
        """Everything known of this server (`--all`: ask the server about everything again)."""
        with self._writing():
            for table in ("sent", "conflicts_sent"):
                self._conn.execute(f"DELETE FROM {table} WHERE server = ? AND laptop = ?", self._key)


BUSY_SECONDS = 10.0  # how long a sync waits for another one of this laptop writing the cache


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("BEGIN")
        for statement in _SCHEMA:
            conn.execute(statement)
        conn.execute("COMMIT")
        conn.isolation_level = "DEFERRED"  # `with conn:` commits each write
    except BaseException:
        conn.close()
        raise
    return conn
