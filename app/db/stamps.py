"""Clock stamps at the trust boundary: a file whose changes are dated too far in the future is refused, and a
laptop whose own clock looks wrong is told so.

`refuse_stamps_ahead` runs at the start of a merge, before anything is written (and before the slower checks):
any version the file brings that this laptop does not hold yet (a history row, a record's current version, a
stamp named by a conflict), stamped beyond this laptop's time plus the maximum offset (`app.core.clock`), refuses
the whole file, naming the laptop whose clock is wrong and the date it claims. Versions this laptop already holds
are not held against the file (a database pushed ahead by an earlier release still exchanges what both sides
have). SQLite reads the attached file: one pass over each table, comparing the stamp's text with the bound's, and
only the rare stamps at or beyond the bound reach Python.

`clock_warning` says whether this laptop's clock, or its database's, looks wrong (the window at start-up,
`taawun check`), from the stored clock (one row) and the wall clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.clock import ClockWarning, claimed_wall_ms, judge_clock
from app.core.shown import shown_text

if TYPE_CHECKING:
    from app.db.store import Store


def shown_name(raw: bytes | None, fallback: bytes | None = None) -> str:
    """A laptop's name from a file, safe to print: decoded leniently (a file may hold text that is not UTF-8),
    then escaped and bounded as every name from elsewhere is (app/core/shown.py)."""
    value = raw or fallback or b"?"
    return shown_text(bytes(value).decode("utf-8", errors="replace"))


def newest_stamp_ms(store: Store) -> int | None:
    """The time claimed by the newest stamp this database holds: its stored clock (never behind any stamp it
    holds), or this store's clock if later."""
    row = store.conn.execute("SELECT CAST(value AS BLOB) FROM meta WHERE key = 'clock'").fetchone()
    stored = claimed_wall_ms(bytes(row[0]).decode("utf-8", errors="replace")) if row and row[0] is not None else None
    own = store.clock.last_wall_ms or None
    known = [wall for wall in (stored, own) if wall]
    return max(known) if known else None


def clock_warning(store: Store, *, now_ms: int | None = None) -> ClockWarning | None:
    """What looks wrong with this laptop's clock or its database's, if anything (`app.core.clock.judge_clock`)."""
    now = store.clock.now_ms() if now_ms is None else now_ms
    return judge_clock(now, newest_stamp_ms(store), max_offset_ms=store.clock.max_offset_ms)
