"""The pairs marked "not the same" that a file brings (app/db/distinct_pairs.py): checked, then merged as a union.

The check (`check_marks`, beside the merge on the read-only connection of `BackgroundCheck`) holds the file's rows
to the same bounds as everything else: at most `DISTINCT_PAIRS_MAX` rows, each naming two records by their canonical
ids (the smaller first) that one of the two databases holds, of one form, with names and texts within their bounds
and valid UTF-8 (read as bytes, never beyond their bound). One bad row refuses the whole file: nothing is merged.
Rows this laptop holds already, value for value, were checked when they came.

The merge (`merge_marks`) is a union: a pair new here is added; for a pair marked on two laptops, the earliest mark
(when, then which laptop, who, its name) is kept on both, so the rows agree everywhere whatever the order of merges.
Both run only when the file and this laptop both have the table (a file of schema 6 or older has none, unless it
kept one from a newer file, as an older release keeps what it does not know).
"""

from __future__ import annotations

import json
import re
import sqlite3

from app.core import bounds
from app.core.errors import InvalidInput, PackageRejected
from app.db.distinct_pairs import COLUMNS, has_marks

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_IDS = 36  # characters of a canonical id
_LIMITS = {"record_a": _IDS, "record_b": _IDS, "marked_at": bounds.TEXT_MAX, "marked_by": bounds.NAME_MAX,
           "device": bounds.TEXT_MAX, "device_name": bounds.NAME_MAX}  # fmt: skip
_SAME_ROW = " AND ".join(f"m.{column} IS i.{column}" for column in COLUMNS)
# Each text as bytes when it may hold its bound's characters (4 bytes each at most), and whether it is text at all.
_NEW_ROWS = (
    "SELECT "
    + ", ".join(
        f"CASE WHEN length(CAST(i.{c} AS BLOB)) <= {4 * limit} THEN CAST(i.{c} AS BLOB) END, typeof(i.{c}) = 'text'"
        for c, limit in _LIMITS.items()
    )
    + f" FROM incoming.distinct_pairs i WHERE NOT EXISTS (SELECT 1 FROM main.distinct_pairs m WHERE {_SAME_ROW})"
)
_BATCH = 1_000


def marks_carried(conn: sqlite3.Connection) -> bool:
    """Do both this laptop (`main`) and the file (`incoming`) have the table?"""
    return has_marks(conn, "main") and has_marks(conn, "incoming")


def check_marks(conn: sqlite3.Connection, shown: str) -> None:
    """Raise `PackageRejected` for the file's first pair that this laptop could not have marked itself."""
    if not marks_carried(conn):
        return
    found = {row[1] for row in conn.execute("SELECT * FROM pragma_table_xinfo('distinct_pairs', 'incoming')")}
    if not set(COLUMNS) <= found:
        raise PackageRejected("sync_inconsistent", path=shown, detail="distinct_pairs: columns")
    count = conn.execute("SELECT count(*) FROM incoming.distinct_pairs").fetchone()[0]
    if count > bounds.DISTINCT_PAIRS_MAX:
        raise PackageRejected("sync_too_many_marks", path=shown, count=count, max=bounds.DISTINCT_PAIRS_MAX)
    cursor = conn.execute(_NEW_ROWS)
    while batch := cursor.fetchmany(_BATCH):
        pairs = [_read_mark(shown, row) for row in batch]
        _check_records(conn, shown, pairs)


def _read_mark(shown: str, row: tuple[bytes | int | None, ...]) -> tuple[str, str]:
    """A row of `_NEW_ROWS` (each column's bytes, then whether it is text) held to the bounds: its two ids."""
    contents, typed = row[0::2], row[1::2]
    first, second = (_text(content) if kind else "?" for content, kind in zip(contents[:2], typed[:2], strict=True))
    if not (_UUID.fullmatch(first) and _UUID.fullmatch(second)) or not first < second:
        raise PackageRejected("sync_mark_not_ids", path=shown, first=bounds.shown(first), second=bounds.shown(second))
    for column, content, kind in zip(_LIMITS, contents, typed, strict=True):
        try:
            if content is None:
                raise bounds.BoundExceeded("too_long", max=_LIMITS[column])
            if not kind:
                raise bounds.BoundExceeded("not_text")
            text = bounds.decode_utf8(content)  # type: ignore[arg-type]
            if column in ("marked_by", "device_name"):
                bounds.check_name(text)
            else:
                bounds.check_text(text, limit=_LIMITS[column], layout=False)
        except bounds.BoundExceeded as error:
            raise PackageRejected("sync_mark_out_of_bounds", path=shown, first=first, second=second, field=column,
                                  cause=InvalidInput(error.code, **error.params)) from None  # fmt: skip
    return first, second


def _check_records(conn: sqlite3.Connection, shown: str, pairs: list[tuple[str, str]]) -> None:
    """Both records of each pair are known to one of the two databases (deleted or not), of one form: a mark on
    records that never existed is not a mark anyone made."""
    wanted = json.dumps(sorted({record_id for pair in pairs for record_id in pair}))
    forms = dict(conn.execute(
        "SELECT id, form FROM main.records WHERE id IN (SELECT value FROM json_each(?1)) UNION ALL"
        " SELECT id, form FROM incoming.records WHERE id IN (SELECT value FROM json_each(?1))", (wanted,)
    ).fetchall())  # fmt: skip
    for first, second in pairs:
        if first not in forms or forms.get(first) != forms.get(second):
            raise PackageRejected("sync_mark_unknown_record", path=shown, first=first, second=second)


def _text(content: bytes | int | None) -> str:
    """Bytes read from the file, as text to show (undecodable bytes replaced, never raised)."""
    return bytes(content).decode("utf-8", "replace") if isinstance(content, bytes) else "?"


# Which of two marks of one pair is kept: the earliest, then by laptop, who and its name (a total order, so that
# every laptop keeps the same one).
_ORDER = ("marked_at", "device", "marked_by", "device_name")
_EARLIER = f"({', '.join(f'excluded.{c}' for c in _ORDER)}) < ({', '.join(f'distinct_pairs.{c}' for c in _ORDER)})"
_MERGE = (
    f"INSERT INTO main.distinct_pairs ({', '.join(COLUMNS)}) SELECT {', '.join(COLUMNS)} FROM incoming.distinct_pairs"
    f" WHERE true ON CONFLICT (record_a, record_b) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in _ORDER)}"
    f" WHERE {_EARLIER}"
)


def merge_marks(conn: sqlite3.Connection, shown: str) -> int:
    """Inside the merge's transaction, the file attached as `incoming` and checked: the union of the marks, the
    earliest of two marks of one pair kept. Returns how many pairs were new here. A union beyond the bound is
    refused like a file beyond it (this laptop's next file would be refused everywhere)."""
    if not marks_carried(conn):
        return 0
    before = conn.execute("SELECT count(*) FROM main.distinct_pairs").fetchone()[0]
    conn.execute(_MERGE)
    after = int(conn.execute("SELECT count(*) FROM main.distinct_pairs").fetchone()[0])
    if after > bounds.DISTINCT_PAIRS_MAX:
        raise PackageRejected("sync_too_many_marks", path=shown, count=after, max=bounds.DISTINCT_PAIRS_MAX)
    return after - before
