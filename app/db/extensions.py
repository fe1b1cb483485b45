"""What packages of a newer minor format carried that this release does not know, kept aside (migration 5:
`extension_columns`, `extension_cells`; see app/sync/package_format.py), and adopted by the migration of a later
release that knows them."""

from __future__ import annotations

import sqlite3

# Tables a package carries, the key of a row in each (what a kept value of an unknown column belongs to). A
# record's current row is keyed by its stamp too: a newer column of `records` belongs to one version.
ROW_KEYS: dict[str, tuple[str, ...]] = {
    "records": ("id", "hlc"),
    "history": ("record_id", "hlc"),
    "photos": ("sha256",),
    "form_definitions": ("name", "version"),
    "conflicts": ("id",),
}


def adopt_known_extensions(conn: sqlite3.Connection) -> None:
    """After a migration: values kept for columns and tables this release now has move into them, and are no
    longer kept aside (the next export writes them from their real place)."""
    kept = conn.execute("SELECT DISTINCT table_name FROM extension_columns").fetchall()
    for (table,) in kept:
        real = {row[1] for row in conn.execute(f'PRAGMA main.table_xinfo("{table}")')}
        columns = [row[0] for row in conn.execute(
            "SELECT column_name FROM extension_columns WHERE table_name = ? ORDER BY position", (table,))]  # fmt: skip
        adopted = [c for c in columns if c in real]
        if not adopted:
            continue
        if table in ROW_KEYS:
            key = "json_array(" + ", ".join(f'"{table}"."{c}"' for c in ROW_KEYS[table]) + ")"
            for column in adopted:
                conn.execute(
                    f'UPDATE "{table}" SET "{column}" = (SELECT value FROM extension_cells c WHERE c.table_name = ?'
                    f' AND c.column_name = ? AND c.row_key = {key}) WHERE "{column}" IS NULL',
                    (table, column),
                )
        elif set(columns) <= real:
            names = ", ".join(f'"{c}"' for c in columns)
            selected = ", ".join(f"max(CASE WHEN column_name = '{c}' THEN value END)" for c in columns)
            conn.execute(
                f'INSERT OR IGNORE INTO "{table}" ({names}) SELECT {selected} FROM extension_cells'
                " WHERE table_name = ? GROUP BY row_key",
                (table,),
            )
        else:
            continue  # part of a table: left kept until the release that knows all of it
        marks = ", ".join("?" for _ in adopted)
        conn.execute(
            f"DELETE FROM extension_cells WHERE table_name = ? AND column_name IN ({marks})", (table, *adopted)
        )
        conn.execute(f"DELETE FROM extension_columns WHERE table_name = ? AND column_name IN ({marks})",
                     (table, *adopted))  # fmt: skip
