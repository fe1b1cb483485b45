"""A chunk of the search index's catch-up, its Python and its SQLite work done side by side.

Indexing a record is two kinds of work of about the same size (benchmarks/derived_catch_up.py): computing its
document (folding its text, in Python, holding the interpreter's lock) and writing it (FTS5 tokenising it and
filling its tables, in SQLite, which releases that lock while it works). One after the other, one core waits while
the other works. Here a thread of its own, on a read-only connection of its own, reads the chunk's records and
computes their documents a batch ahead, while this connection writes the previous batch: on two cores the
catch-up takes about the longer of the two instead of their sum.

Why the thread reads what this connection would read: it starts its read transaction once the caller's write
transaction has begun (the catch-up's `BEGIN IMMEDIATE`), so no other writer can commit in between, and the
catch-up itself never changes `records`. Only in write-ahead-log mode: there a reader never holds up the writer
(in rollback mode the writer's commit would wait for the thread's read lock while the thread waits for the writer).
A database in memory, or not in WAL mode, is indexed one batch after the other as before.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from pathlib import Path

from app.core.forms import FormRegistry
from app.db import search_rows
from app.db.opening import connect_read_only
from app.db.search_documents import Documents
from app.db.search_rows import (
    Computed,
    compute_documents,
    finish_batch,
    index_batch,
    read_records,
    referenced_forms,
    write_batch,
)

_AHEAD = 2  # batches computed ahead of the writer at most (memory stays a few batches' documents)
_WAIT = 0.2  # seconds between looks at whether the other side gave up


def index_chunk(conn: sqlite3.Connection, forms: FormRegistry, *, limit: int) -> int:
    """Index at most `limit` queued records inside the caller's write transaction (begun already); returns how
    many. The same rows as `search_index.index_pending(conn, forms, limit=limit)` writes."""
    ids = [row[0] for row in conn.execute("SELECT record_id FROM main.search_pending ORDER BY rowid LIMIT ?",
                                          (limit,))]  # fmt: skip
    batches = [ids[start : start + search_rows.BATCH] for start in range(0, len(ids), search_rows.BATCH)]
    referenced = referenced_forms(forms)
    path = _database_file(conn)
    if path is None or len(batches) < 2:  # one after the other (nothing to overlap in one batch)
        documents = Documents(conn, forms)
        for batch in batches:
            finish_batch(conn, batch, index_batch(conn, documents, referenced, batch, list_words=True))
        return len(ids)
    producer = _Producer(path, forms, batches)
    try:
        for batch in batches:
            computed = producer.next()
            finish_batch(conn, batch, write_batch(conn, referenced, batch, computed, list_words=True))
    finally:
        producer.stop()
    return len(ids)


def _database_file(conn: sqlite3.Connection) -> Path | None:
    """The main database's file when another connection can read it beside this one (WAL mode), else None."""
    file = conn.execute("SELECT file FROM pragma_database_list WHERE name = 'main'").fetchone()[0]
    if not file or conn.execute("PRAGMA main.journal_mode").fetchone()[0].lower() != "wal":
        return None
    return Path(file)


class _Producer:
    """The documents of each batch in turn, computed on a thread with its own read-only connection."""

    def __init__(self, path: Path, forms: FormRegistry, batches: list[list[str]]) -> None:
        self._results: queue.Queue[Computed | BaseException] = queue.Queue(maxsize=_AHEAD)
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(path, forms, batches), name="taawun-search-documents",
                                        daemon=True)  # fmt: skip
        self._thread.start()

    def _run(self, path: Path, forms: FormRegistry, batches: list[list[str]]) -> None:
        try:
            conn = connect_read_only(path, may_change=True)
            try:
                conn.execute("BEGIN")  # one snapshot for the whole chunk
                documents = Documents(conn, forms)
                for batch in batches:
                    if not self._hand(compute_documents(documents, read_records(conn, batch))):
                        return
                conn.execute("ROLLBACK")
            finally:
                conn.close()
        except BaseException as error:  # noqa: BLE001 - handed to the writing thread, which raises it
            self._hand(error)

    def _hand(self, item: Computed | BaseException) -> bool:
        """Put `item` for the writer; False when the writer gave up (it raised, and waits for this thread)."""
        while not self._stopped.is_set():
            try:
                self._results.put(item, timeout=_WAIT)
                return True
            except queue.Full:
                continue
        return False

    def next(self) -> Computed:
        while True:
            try:
                item = self._results.get(timeout=_WAIT)
            except queue.Empty:
                if not self._thread.is_alive() and self._results.empty():
                    raise RuntimeError("the search documents' thread ended early") from None
                continue
            if isinstance(item, BaseException):
                raise item
            return item

    def stop(self) -> None:
        """Let the thread end (whether or not every batch was taken) and wait for it: its connection is closed."""
        self._stopped.set()
        self._thread.join()
