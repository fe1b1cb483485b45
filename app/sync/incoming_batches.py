"""The signed batches a file brings (`signed_batches`, app/security/version_signing.py): held to their shape, then
merged as a union.

Every laptop, in an organisation or not, checks the batches new to it before any is merged (`check_batches`, beside
the merge on the read-only connection of `BackgroundCheck`): at most `BATCHES_MAX` of them in one file, each body
within `BATCH_BODY_BYTES_MAX` bytes (longer ones are never read), its id the SHA-256 of its body, the body a batch of
the laptop it names in its one encoding, with at most `BATCH_VERSIONS_MAX` versions, and a signature of the right
shape. One bad batch refuses the whole file, saying which and why: nothing is merged. Whether a batch was signed by
a member, and whether it vouches for the versions that name it, is the organisation's check
(app/sync/signatures.py). The merge (`merge_batches`) adds the batches new here; a batch is named by its body's
digest, so two laptops never hold two batches under one id.
"""

from __future__ import annotations

import sqlite3

from app.core.errors import PackageRejected
from app.security.version_signing import BATCH_BODY_BYTES_MAX, read_batch

BATCHES_MAX = 10_000  # in one file: 40 million versions at most, far beyond any organisation's
COLUMNS = ("id", "laptop", "body", "signature", "signed_at")
_TEXT_MAX = 1_000  # the id, laptop, signature and date of a batch: each far shorter
_NEW_BATCHES = (
    "SELECT "
    + ", ".join(
        f"CASE WHEN length(CAST(i.{c} AS BLOB)) <= {_TEXT_MAX} THEN CAST(i.{c} AS BLOB) END"
        for c in ("id", "laptop", "signature", "signed_at")
    )  # fmt: skip
    + f", CASE WHEN length(CAST(i.body AS BLOB)) <= {BATCH_BODY_BYTES_MAX} THEN CAST(i.body AS BLOB) END,"
    " typeof(i.id) = 'text' AND typeof(i.laptop) = 'text' AND typeof(i.body) = 'text'"
    " AND typeof(i.signature) = 'text' AND typeof(i.signed_at) = 'text'"
    " FROM incoming.signed_batches i WHERE NOT EXISTS (SELECT 1 FROM main.signed_batches m WHERE m.id = i.id)"
)


def _has_table(conn: sqlite3.Connection, schema: str) -> bool:
    row = conn.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = 'signed_batches'")
    return row.fetchone() is not None


def batches_carried(conn: sqlite3.Connection) -> bool:
    """Do both this laptop (`main`) and the file (`incoming`) have the table (a file of an older laptop has it when
    that laptop kept it from a newer file)?"""
    return _has_table(conn, "main") and _has_table(conn, "incoming")


def check_batches(conn: sqlite3.Connection, shown: str) -> None:
    """Raise `PackageRejected` for the file's first batch new here that no laptop of ours could have signed."""
    if not batches_carried(conn):
        return
    found = {row[1] for row in conn.execute("SELECT * FROM pragma_table_xinfo('signed_batches', 'incoming')")}
    if not set(COLUMNS) <= found:
        raise PackageRejected("sync_inconsistent", path=shown, detail="signed_batches: columns")
    count = conn.execute("SELECT count(*) FROM incoming.signed_batches").fetchone()[0]
    if count > BATCHES_MAX:
        raise PackageRejected("sync_inconsistent", path=shown, detail=f"more than {BATCHES_MAX:,} signed batches")
    for batch_id, laptop, signature, signed_at, body, typed in conn.execute(_NEW_BATCHES):
        name = bytes(batch_id or b"?")[:12].decode("utf-8", "replace")
        try:
            if not typed or None in (batch_id, laptop, signature, signed_at):
                raise ValueError("a value is not text, or too long")
            if body is None:
                raise ValueError(f"its body is longer than {BATCH_BODY_BYTES_MAX:,} bytes")
            read_batch(batch_id.decode("utf-8"), laptop.decode("utf-8"), bytes(body), signature.decode("utf-8"))
            signed_at.decode("utf-8")
        except (UnicodeDecodeError, ValueError) as error:
            reason = "a value is not UTF-8" if isinstance(error, UnicodeDecodeError) else str(error)
            raise PackageRejected("sync_inconsistent", path=shown, detail=f"signed batch {name}: {reason}") from None


def merge_batches(conn: sqlite3.Connection) -> int:
    """Inside the merge's transaction: add the file's batches this laptop does not hold (checked beside). Returns
    how many."""
    if not batches_carried(conn):
        return 0
    names = ", ".join(COLUMNS)
    return conn.execute(
        f"INSERT INTO main.signed_batches ({names}) SELECT {names} FROM incoming.signed_batches WHERE true"
        " ON CONFLICT (id) DO NOTHING"
    ).rowcount
