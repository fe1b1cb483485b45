"""Pairs of records a person said are NOT the same: two cooperatives "Al Amal" of one commune, which the duplicate
keys (app/db/duplicates.py) propose as likely duplicates. A marked pair is no longer proposed anywhere: the
Possible duplicates list, the note after saving, `taawun duplicates`, the import's flags.

The marks are a grow-only set (table `distinct_pairs`, migration 7), one row per pair, `record_a` < `record_b`, with
who marked it, when and on which laptop. They travel in packages and merge as a union (app/sync/incoming_marks.py),
so every laptop converges whatever the order of merges. A mark is never undone: a pair marked by mistake can still
be joined by hand (`taawun join`, or a later version of this feature).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from app.core.bounds import DISTINCT_PAIRS_MAX
from app.core.clock import now_text
from app.core.errors import InvalidInput

if TYPE_CHECKING:
    from app.db.store import Store

COLUMNS = ("record_a", "record_b", "marked_at", "marked_by", "device", "device_name")


def ordered(first: str, second: str) -> tuple[str, str]:
    """A pair as the table keys it: the smaller id first."""
    return (first, second) if first < second else (second, first)


def has_marks(conn: sqlite3.Connection, schema: str = "main") -> bool:
    """Whether the database (`schema` of `conn`) has the table: from schema 7 on, or a file of an older schema that
    kept it from a newer one (a package passed on; in the tests, a stand-in of an older release)."""
    query = f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = 'distinct_pairs'"
    return conn.execute(query).fetchone() is not None


def marked_pairs(conn: sqlite3.Connection) -> frozenset[tuple[str, str]]:
    """Every pair marked "not the same", (smaller id, greater id)."""
    if not has_marks(conn):
        return frozenset()
    return frozenset(conn.execute("SELECT record_a, record_b FROM distinct_pairs").fetchall())


def marked_with(conn: sqlite3.Connection, record_id: str) -> frozenset[str]:
    """The records marked "not the same" as `record_id`."""
    if not has_marks(conn):
        return frozenset()
    rows = conn.execute(
        "SELECT record_b FROM distinct_pairs WHERE record_a = ?1 UNION SELECT record_a FROM distinct_pairs"
        " WHERE record_b = ?1",
        (record_id,),
    )
    return frozenset(row[0] for row in rows)


def mark_distinct(store: Store, first_id: str, second_id: str) -> bool:
    """Mark two live records of one form declaring duplicates as not the same; False when they were already."""
    with store.transaction():
        first, second = store.get(first_id), store.get(second_id)  # ids in any form Python reads, made canonical
        if first.id == second.id:
            raise InvalidInput("distinct_same_record", id=first.id)
        if first.form != second.form:
            raise InvalidInput("distinct_other_form", first=first.id, second=second.id)
        if store.forms.get(first.form).behaviour.duplicates is None:
            raise InvalidInput("duplicates_no_rule", form=first.form)
        pair = ordered(first.id, second.id)
        if store.conn.execute("SELECT 1 FROM distinct_pairs WHERE record_a = ? AND record_b = ?", pair).fetchone():
            return False
        if store.conn.execute("SELECT count(*) FROM distinct_pairs").fetchone()[0] >= DISTINCT_PAIRS_MAX:
            raise InvalidInput("distinct_pairs_full", max=DISTINCT_PAIRS_MAX)  # other laptops would refuse more
        store.conn.execute(
            f"INSERT INTO distinct_pairs ({', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)",
            (*pair, now_text(), store.author, store.device_id, store.device_name),
        )
        return True
