"""Derived tables: what the store computes from the records to serve the window (the lists' sort keys, the follow-up
board's items, the search index), kept in step with the records whoever writes them. This module is their one coordinator; `Store` calls only
it, and each index knows neither the other nor `Store`.

Every derived table lives the same life, run here for all of them in one order (the lists' keys and the follow-up items
first: a list and the board must show every record, so they are made all at once, before the search index, which is
made a chunk at a time):

- open: at start, the table's objects checked against the migration (made again if missing or altered, every live
  record queued) and what other writers queued made if that is quick (`open_tables`);
- before commit: triggers on `records` queue every changed record; the store's transaction makes their derived rows
  just before its commit, so a save commits with them or not at all (`before_commit`). A transaction that queued
  many (a large merge) leaves them queued, durably, to keep the write lock short;
- catch-up: what stays queued (after a large merge, a crash, another program) is made in short transactions, with
  progress (`catch_up`); the window runs it on its worker, `taawun sync merge` before it exits, a search first;
- rebuild: `taawun check --repair` makes every table anew from the records (`rebuild`);
- problems: `taawun check` compares each table with the records (`integrity`, `problems`).

An index is an object with the methods of `DerivedIndex`, on a connection and the forms; adding a derived table
means writing one and listing it in `INDEXES`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Protocol

from app.core.forms import FormRegistry
from app.db.followup_index import FOLLOWUP_ITEMS
from app.db.list_keys import LIST_KEYS
from app.db.search_index import SEARCH

Progress = Callable[[int, int], None]  # (done, total)
Transaction = Callable[
    [], AbstractContextManager[None]
]  # a write transaction on the connection (the store's, or `plain`)


class DerivedIndex(Protocol):
    part: str  # how `taawun check` names it

    def needs_opening(self, conn: sqlite3.Connection, forms: FormRegistry) -> bool: ...
    def open(self, conn: sqlite3.Connection, forms: FormRegistry) -> None: ...
    def before_commit(self, conn: sqlite3.Connection, forms: FormRegistry) -> None: ...
    def pending(self, conn: sqlite3.Connection) -> int: ...
    def has_pending(self, conn: sqlite3.Connection) -> bool: ...
    def begin_catch_up(self, conn: sqlite3.Connection, forms: FormRegistry) -> None: ...
    def catch_up_step(self, conn: sqlite3.Connection, forms: FormRegistry) -> int: ...
    def rebuild(self, conn: sqlite3.Connection, forms: FormRegistry) -> int: ...
    def integrity(self, conn: sqlite3.Connection) -> list[str]: ...
    def problems(self, conn: sqlite3.Connection, forms: FormRegistry) -> list[str]: ...


INDEXES: tuple[DerivedIndex, ...] = (LIST_KEYS, FOLLOWUP_ITEMS, SEARCH)  # the order they are made in
# The order `taawun check` lists their problems in.
CHECKED: tuple[DerivedIndex, ...] = (SEARCH, LIST_KEYS, FOLLOWUP_ITEMS)


def plain(conn: sqlite3.Connection) -> Transaction:
    """A write transaction without the store (a script, a test on a bare connection)."""

    @contextlib.contextmanager
    def transaction() -> Iterator[None]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    return transaction


def open_tables(conn: sqlite3.Connection, forms: FormRegistry, *, transaction: Transaction | None = None) -> None:
    """At start: each table put back if removed or altered, re-keyed if made for other forms, and what is queued
    made if quick; each in a transaction of its own, and only when it has something to do."""
    transaction = transaction or plain(conn)
    for index in INDEXES:
        if index.needs_opening(conn, forms):
            with transaction():
                index.open(conn, forms)


def before_commit(conn: sqlite3.Connection, forms: FormRegistry) -> None:
    """Inside the writer's transaction, just before its commit: the derived rows of the records it changed (none
    when it changed many: see the module's text). A damaged table never stops a record from being saved: each
    index undoes its own writes then, and its records stay queued."""
    for index in INDEXES:
        index.before_commit(conn, forms)


def has_pending(conn: sqlite3.Connection) -> bool:
    """Whether records wait for the catch-up."""
    return any(index.has_pending(conn) for index in INDEXES)


def catch_up(conn: sqlite3.Connection, forms: FormRegistry, *, progress: Progress | None = None,
             transaction: Transaction | None = None) -> int:  # fmt: skip
    """Make every table's queued rows, a step per transaction (all at once for the lists' keys, a chunk at a time
    for the search index, so that other writers wait little); returns how many records were queued (the largest
    queue, before the catch-up began). `progress(done, total)` after each step, over the queued rows of all tables."""
    transaction = transaction or plain(conn)
    if not has_pending(conn):
        return 0
    waiting = max(index.pending(conn) for index in INDEXES)
    with _larger_cache(conn):
        for index in INDEXES:
            if index.has_pending(conn):
                with transaction():
                    index.begin_catch_up(conn, forms)  # may queue more (the search index reloaded)
        queued = [index.pending(conn) for index in INDEXES]
        total, before = sum(queued), 0
        for index, count in zip(INDEXES, queued, strict=True):
            while index.has_pending(conn):
                with transaction():
                    index.catch_up_step(conn, forms)
                if progress is not None:
                    progress(min(before + max(0, count - index.pending(conn)), total), max(total, 1))
            before += count
    return waiting


_CATCH_UP_CACHE_KIB = 64 * 1024


@contextlib.contextmanager
def _larger_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """A larger page cache while catching up: FTS5 merges its segments and SQLite sorts within it, and a chunk's
    dirty pages then stay in memory until its commit instead of being spilled to the log and read back."""
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{_CATCH_UP_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")


def rebuild(conn: sqlite3.Connection, forms: FormRegistry, *, transaction: Transaction | None = None) -> int:
    """`taawun check --repair`: every table made anew from the records, in one transaction; returns how many
    records the search index holds (what the command says)."""
    with (transaction or plain(conn))():
        made = {index.part: index.rebuild(conn, forms) for index in INDEXES}
    return made[SEARCH.part]


def integrity(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Each index's check of itself, by part. Run outside `taawun check`'s read transaction: the search index's is a
    write statement for SQLite (app/db/checking.py)."""
    return {index.part: index.integrity(conn) for index in CHECKED}


def problems(conn: sqlite3.Connection, forms: FormRegistry) -> list[str]:
    """What is wrong with the derived tables, as lines for `taawun check` (each repaired by `taawun check --repair`):
    an index's comparison with the records is only made when its own check found nothing."""
    lines: list[str] = []
    for index in CHECKED:
        lines += index.integrity(conn) or index.problems(conn, forms)
    return lines
