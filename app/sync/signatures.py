"""The signatures a file's versions carry (docs/security.md, "Signed versions"), checked beside the merge.

Every laptop holds the signatures of the versions new to it to their shape (NULL, or the id of a signed batch:
app/sync/incoming.py, with the rest of each version), and the batches new to it to theirs (app/sync/incoming_batches.py);
a laptop in no organisation then carries them along unchecked, as it carries any column. A laptop in an organisation checks, against the member list it
holds, each version the file brings that it does not hold yet, and each signature the file brings for a version it
holds unsigned (`check_signatures`, with a `Verifier`): one refusal refuses the whole file, naming the record and
why. Versions are read in batches; the list's keys were parsed once and each signed batch is verified once
(`Verifier`), so a version costs one hash (its digest, compared with its batch's).

It runs on a thread and a read-only connection of its own (`BackgroundCheck`), beside the validation of the
versions against their forms: a version that is not even well formed is refused there, with the precise reason
(`BackgroundCheck.raise_problem` reports that first).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from app.core.errors import PackageRejected
from app.security.version_signing import SIGNED_COLUMNS, Verifier, find_in


def _has_column(conn: sqlite3.Connection, schema: str, column: str) -> bool:
    row = conn.execute(f"SELECT 1 FROM pragma_table_xinfo('history', '{schema}') WHERE name = ?", (column,))
    return row.fetchone() is not None


def history_has_signature(conn: sqlite3.Connection) -> bool:
    """Do both histories, this laptop's (`main`) and the file's (`incoming`), have `signature` (schema 7, or an
    older file that kept it from a newer one as an extension)?"""
    return _has_column(conn, "main", "signature") and _has_column(conn, "incoming", "signature")


def check_signatures(conn: sqlite3.Connection, shown: str, verifier: Verifier, *, batch_size: int,
                     stop: Callable[[], bool] = lambda: False) -> None:  # fmt: skip
    """Raise `PackageRejected` for the first version of the file this laptop may not merge (or return early once
    `stop()` is true): the versions new here, and the signatures the file brings for versions held here unsigned."""
    origin = "h.origin" if _has_column(conn, "incoming", "origin") else "NULL"
    signed = _has_column(conn, "incoming", "signature")
    signature = "h.signature" if signed else "NULL"
    columns = ", ".join(origin if column == "origin" else f"h.{column}" for column in SIGNED_COLUMNS)
    cursor = conn.execute(
        f"SELECT {columns}, {signature}, m.record_id IS NOT NULL FROM incoming.history h LEFT JOIN main.history m"
        " ON m.record_id = h.record_id AND m.hlc = h.hlc WHERE m.record_id IS NULL"
        + (" OR (m.signature IS NULL AND h.signature IS NOT NULL)" if signed else "")
    )
    find = find_in(conn, "main", "incoming")  # a batch this laptop holds (checked when it came), or the file's
    try:
        while not stop() and (batch := cursor.fetchmany(batch_size)):
            for *values, signature_text, held in batch:
                refusal = verifier.refusal(values, signature_text, find, held=bool(held))
                if refusal is not None:
                    record = values[0] if isinstance(values[0], str) else "?"
                    raise PackageRejected(refusal.code, path=shown, id=record, laptop=refusal.laptop,
                                          signer=refusal.signer, stamp=refusal.stamp,
                                          laptop_id=refusal.laptop_id)  # fmt: skip
    except sqlite3.OperationalError:  # text that is not UTF-8: the validation beside says which record
        raise PackageRejected("sync_inconsistent", path=shown, detail="a value is not text") from None
