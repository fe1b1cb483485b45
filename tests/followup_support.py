"""What the tests of the follow-up items (tests/db/test_followup_index.py, tests/sync/test_followup_items_sync.py)
check them with: whether they are in step with the records, and how many rows a connection wrote."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from app.db import followup_index
from app.db.store import Store


def in_step(store: Store) -> bool:
    """The stored rows are those a rebuild from the records makes, and nothing waits in the queue."""
    return followup_index.problems(store.conn, store.forms) == [] and not followup_index.has_pending(store.conn)


def count_writes(conn: sqlite3.Connection) -> Callable[[], int]:
    """How many rows of `followup_items` this connection inserted, updated or deleted since the call (TEMP triggers:
    they see every write of the connection, the merge's and the store's)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS item_writes (kind TEXT)")
    for kind in ("INSERT", "UPDATE", "DELETE"):
        conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS item_{kind.lower()} AFTER {kind} ON main.followup_items"
                     f" BEGIN INSERT INTO item_writes VALUES ('{kind}'); END")  # fmt: skip
    conn.execute("DELETE FROM temp.item_writes")
    return lambda: int(conn.execute("SELECT count(*) FROM temp.item_writes").fetchone()[0])
