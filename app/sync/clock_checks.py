"""A file whose changes are dated too far in the future is refused, at the start of a merge, before anything is
written (and before the slower checks).

Any version the file brings that this laptop does not hold yet (a history row, a record's current version, a stamp
named by a conflict), stamped beyond this laptop's time plus the maximum offset (`app.core.clock`), refuses the
whole file, naming the laptop whose clock is wrong and the date it claims. Versions this laptop already holds are
not held against the file (a database pushed ahead by an earlier release still exchanges what both sides have).
SQLite reads the attached file: one pass over each table, comparing the stamp's text with the bound's, and only the
rare stamps at or beyond the bound reach Python.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.clock import claimed_wall_ms, shown_time
from app.core.errors import DatabaseRejected, PackageRejected
from app.db.read_only import attached
from app.db.stamps import clock_warning, shown_name

if TYPE_CHECKING:
    from app.db.store import Store

# Each query yields (stamp, device name, device) for the file's stamps that are new here and whose text sorts at or
# beyond the bound's digits (`:low`) while starting with a digit (`< ':'`; numbers and blobs never match).
_NEW = "NOT EXISTS (SELECT 1 FROM main.history m WHERE m.record_id = {rid} AND m.hlc = {stamp})"
_HISTORY = (
    "SELECT CAST(h.hlc AS BLOB), CAST(h.device_name AS BLOB), CAST(h.device AS BLOB) FROM incoming.history h"
    " WHERE h.hlc > :low AND h.hlc < ':' AND " + _NEW.format(rid="h.record_id", stamp="h.hlc")
)
_RECORDS = (
    "SELECT CAST(r.hlc AS BLOB), CAST(r.device_name AS BLOB), CAST(r.device AS BLOB) FROM incoming.records r"
    " WHERE r.hlc > :low AND r.hlc < ':' AND " + _NEW.format(rid="r.id", stamp="r.hlc")
)
_CONFLICTS = (
    "SELECT CAST(s.stamp AS BLOB), (SELECT CAST(h.device_name AS BLOB) FROM incoming.history h"
    "  WHERE h.device = substr(s.stamp, 23) LIMIT 1), CAST(substr(s.stamp, 23) AS BLOB) FROM ("
    " SELECT record_id, hlc_a AS stamp FROM incoming.conflicts UNION ALL SELECT record_id, hlc_b FROM incoming.conflicts"
    " UNION ALL SELECT record_id, held_hlc FROM incoming.conflicts"
    " UNION ALL SELECT record_id, resolved_hlc FROM incoming.conflicts) s"
    " WHERE s.stamp > :low AND s.stamp < ':' AND " + _NEW.format(rid="s.record_id", stamp="s.stamp")
)


def refuse_stamps_ahead(store: Store, path: Path, schema_version: int) -> None:
    """Raise `PackageRejected` (`sync_clock_ahead`, or `sync_clock_ahead_here` when this laptop's own clock looks
    wrong) if the file at `path` brings a version stamped beyond this laptop's time plus the maximum offset."""
    shown = str(path)
    now = store.clock.now_ms()
    bound = store.clock.bound_ms(now)
    queries = (_HISTORY, _RECORDS) + ((_CONFLICTS,) if schema_version >= 2 else ())
    try:
        with attached(store.conn, path):
            for query in queries:
                for stamp, name, device in store.conn.execute(query, {"low": f"{bound:016d}"}):
                    claimed = claimed_wall_ms(bytes(stamp).decode("utf-8", errors="replace"))
                    if claimed is not None and claimed > bound:
                        raise _refusal(store, shown, shown_name(name, device), claimed, now)
    except sqlite3.DatabaseError as error:  # damaged pages: the file's own problem
        raise DatabaseRejected("db_corrupt", path=shown, detail=str(error)) from None


def _refusal(store: Store, shown: str, device: str, claimed: int, now: int) -> PackageRejected:
    here = clock_warning(store, now_ms=now)
    code = "sync_clock_ahead_here" if here is not None and here.code in _BEHIND else "sync_clock_ahead"
    return PackageRejected(code, path=shown, device=device, date=shown_time(claimed), now=shown_time(now))


_BEHIND = ("clock_behind_data", "clock_before_release")
