"""Errors exactly as SQLite raises them (their result code set), for tests that make a condition happen where a
real one cannot be arranged (a disk filling up half-way through a copy). Made on real connections, never built by
hand: the application reads the result code, not the words."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path


def full_disk_error() -> sqlite3.OperationalError:
    """SQLITE_FULL ("database or disk is full"): a database limited to two pages, given more."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("PRAGMA max_page_count = 2")
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    except sqlite3.OperationalError as error:
        return error
    finally:
        conn.close()
    raise AssertionError("SQLite did not refuse the write")


def read_only_error() -> sqlite3.OperationalError:
    """SQLITE_READONLY ("attempt to write a readonly database")."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("INSERT INTO t VALUES (1)")
    except sqlite3.OperationalError as error:
        return error
    finally:
        conn.close()
    raise AssertionError("SQLite did not refuse the write")


def busy_error() -> sqlite3.OperationalError:
    """SQLITE_BUSY ("database is locked"): a second writer that does not wait."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "busy.db"
        first = sqlite3.connect(path, isolation_level=None)
        second = sqlite3.connect(path, isolation_level=None, timeout=0)
        try:
            first.execute("BEGIN IMMEDIATE")
            second.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            return error
        finally:
            first.close()
            second.close()
    raise AssertionError("SQLite did not refuse the second writer")
