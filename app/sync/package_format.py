"""The package format's version, and how a laptop reads, keeps and passes on a file of a newer minor version.

Agents update at different times, so laptops on different releases must keep exchanging files. A package (see
`app.sync.package`) declares its format in its manifest, `package_format` = "MAJOR.MINOR", beside the release that
wrote it (`package_release`):

- **A minor step only adds**, and every migration of a release raises the format by one step: new columns at the
  end of a table (no generated column, no primary key), new plain tables (never a view, a trigger or a virtual
  table), plain indexes. A laptop on an older release reads such a file: it merges what it knows and keeps, as it
  came, what it does not (`extension_columns` and `extension_cells`, migration 5), then writes it into its own
  next export as the same columns and tables. Newer data passes through older laptops instead of being dropped.
  A release that later learns a kept column or table adopts the kept values (`adopt_known_extensions`).
- **A major step is anything else** (a column renamed, a rule changed): an older release refuses the file and
  says which release to install.

A file declaring no format (releases before the format was versioned, schema versions 1 to 4) or our own minor
must have exactly our schema for its version: an extra column or table there is not an addition, it is tampering.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass, field

from app import __version__
from app.core.bounds import EXTENSION_CELLS_MAX, EXTENSION_COLUMNS_MAX, EXTENSION_VALUE_BYTES_MAX
from app.core.errors import DatabaseRejected
from app.db.extensions import ROW_KEYS
from app.db.schema import LATEST_VERSION

FORMAT_MAJOR = 1
FORMAT_MINOR = 4  # raise by one with every additive migration; a breaking one raises the major and resets this
FORMAT_SINCE_SCHEMA = 5  # the schema version that first wrote `package_format`
RELEASE = __version__
# The format minor each schema version writes (from migration 5 on): add an entry with every migration.
# 6: history.origin; 7: history.signature; 8: distinct_pairs; 9: nothing a package carries (the follow-up items are
# left out of packages: app/db/schema.py), but a file of schema 9 must declare a newer minor for laptops of 5 to 8.
MINOR_OF_SCHEMA: dict[int, int] = {5: 0, 6: 1, 7: 2, 8: 3, 9: 4}

_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}\Z")  # a table or column name a newer format may use
_TYPES = frozenset({"", "TEXT", "INTEGER", "REAL", "BLOB", "NUMERIC"})


@dataclass(frozen=True)
class PackageFormat:
    major: int
    minor: int
    release: str = ""

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"

    @property
    def newer_minor(self) -> bool:
        return self.major == FORMAT_MAJOR and self.minor > FORMAT_MINOR

    def carries_additions(self, version: int) -> bool:
        """Does a file of schema `version` hold additions of a newer minor format? A newer release's own file, or
        the export of a laptop that kept them (its schema is older than the format it declares)."""
        return self.major == FORMAT_MAJOR and self.minor > MINOR_OF_SCHEMA.get(min(version, LATEST_VERSION), -1)


@dataclass(frozen=True)
class Column:
    name: str
    declaration: str  # type, NOT NULL and DEFAULT rebuilt from PRAGMA table_xinfo (never the file's SQL text)


@dataclass(frozen=True)
class Extensions:
    """What a file of a newer minor format holds beyond this release's schema."""

    columns: dict[str, tuple[Column, ...]] = field(default_factory=dict)  # carried table -> its new columns
    tables: dict[str, tuple[Column, ...]] = field(default_factory=dict)  # new table -> all its columns

    def __bool__(self) -> bool:
        return bool(self.columns or self.tables)


def read_format(conn: sqlite3.Connection, version: int, shown: str, schema: str = "main") -> PackageFormat:
    """The format a file declares, checked against its schema version (`conn` reads the file as `schema`)."""
    meta_kind = conn.execute(f"SELECT type FROM {schema}.sqlite_master WHERE name = 'meta'").fetchone()
    meta = {}
    if meta_kind == ("table",):
        keys = ("package_format", "package_release")
        meta = dict(conn.execute(f"SELECT key, value FROM {schema}.meta WHERE key IN (?, ?)", keys).fetchall())
    declared = meta.get("package_format")
    release = str(meta.get("package_release") or "")[:40]
    if declared is None:
        if version > LATEST_VERSION:
            raise DatabaseRejected("db_newer", path=shown, found=version, known=LATEST_VERSION)
        return PackageFormat(FORMAT_MAJOR, 0 if version >= FORMAT_SINCE_SCHEMA else -1, release)
    match = re.fullmatch(r"([0-9]{1,4})\.([0-9]{1,4})", str(declared))
    if match is None:
        raise DatabaseRejected("sync_format_unreadable", path=shown, found=str(declared)[:40])
    found = PackageFormat(int(match[1]), int(match[2]), release)
    if found.major > FORMAT_MAJOR:
        raise DatabaseRejected("sync_format_newer", path=shown, found=str(found), known=f"{FORMAT_MAJOR}.{FORMAT_MINOR}",
                               release=release or "?")  # fmt: skip
    if found.major < FORMAT_MAJOR:
        raise DatabaseRejected("sync_format_unreadable", path=shown, found=str(found))
    if version > LATEST_VERSION and not found.newer_minor:  # a newer schema must come with a newer format
        raise DatabaseRejected("db_newer", path=shown, found=version, known=LATEST_VERSION)
    return found


def format_of_export(conn: sqlite3.Connection, schema: str = "main") -> str:
    """The format this laptop's next export declares: ours, or the newest minor whose additions it carries on."""
    kept = conn.execute(f"SELECT max(format_minor) FROM {schema}.extension_columns").fetchone()[0]
    return f"{FORMAT_MAJOR}.{max(FORMAT_MINOR, kept or 0)}"


# --- reading the additions of a newer minor format ------------------------------------------------------------------


def find_extensions(
    conn: sqlite3.Connection, expected: dict[str, tuple[str, str, str | None]], shown: str
) -> tuple[Extensions, list[str]]:
    """Compare the file (`conn`'s main schema) with `expected` (sqlite_master of our schema, name -> (type, table,
    sql)) allowing what a minor step may add. Returns the additions and the differences that are not additions."""
    found = {name: (kind, table, sql) for kind, name, table, sql in
             conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")}  # fmt: skip
    problems: list[str] = []
    columns: dict[str, tuple[Column, ...]] = {}
    tables: dict[str, tuple[Column, ...]] = {}
    for name, (kind, table, sql) in sorted(found.items()):
        if name in expected:
            if (kind, table, sql) == expected[name]:
                continue
            if kind == "table" and expected[name][0] == "table":
                added = _added_columns(conn, name, expected[name][2] or "", sql or "", problems)
                if added and name in ROW_KEYS:
                    columns[name] = added
                continue
            problems.append(f"{kind} {name} altered")
        elif kind == "table":
            if (sql or "").upper().startswith("CREATE VIRTUAL") or not _NAME.match(name):
                problems.append(f"table {name}")
                continue
            described = _describe(conn, name, 0, problems)
            if described is not None:
                tables[name] = described
        elif kind == "index" and table in found and found[table][0] == "table" and _plain_index(conn, name, table):
            continue  # a plain index of a newer format: read nothing from it, keep nothing of it
        else:
            problems.append(f"{kind} {name}")  # a view, a trigger, an index on expressions: never an addition
    problems += [f"{kind} {name} missing" for name, (kind, _, _) in sorted(expected.items()) if name not in found]
    if len(tables) + sum(map(len, columns.values())) > EXTENSION_COLUMNS_MAX:
        problems.append(f"more than {EXTENSION_COLUMNS_MAX} additions")
    return Extensions(columns, tables), problems


def _added_columns(conn: sqlite3.Connection, table: str, expected_sql: str, sql: str,
                   problems: list[str]) -> tuple[Column, ...]:  # fmt: skip
    """The columns appended to a table we know. ALTER TABLE ... ADD COLUMN inserts its text after the last column
    definition and changes nothing else: the file's statement is ours with one piece of text inserted."""
    described = _describe(conn, table, 0, problems)
    reference = sqlite3.connect(":memory:")
    try:
        reference.execute(expected_sql)
        ours = reference.execute(f'PRAGMA table_xinfo("{table}")').fetchall()
    finally:
        reference.close()
    theirs = conn.execute(f'PRAGMA table_xinfo("{table}")').fetchall()
    if described is None or not _one_insertion(expected_sql, sql) or theirs[: len(ours)] != ours:
        problems.append(f"table {table} altered")
        return ()
    if len(theirs) == len(ours) or any(row[5] for row in theirs[len(ours) :]):  # no column added, or a key changed
        problems.append(f"table {table} altered")
        return ()
    return described[len(ours) :]


def _one_insertion(original: str, changed: str) -> bool:
    """Is `changed` the `original` text with one piece of text inserted somewhere?"""
    extra = len(changed) - len(original)
    if extra <= 0:
        return False
    common = 0
    while common < len(original) and original[common] == changed[common]:
        common += 1
    # The insertion starts at `common` or up to `extra` characters before it (its text may begin like what follows).
    return any(changed[:at] + changed[at + extra :] == original for at in range(common, max(common - extra, 0) - 1, -1))


def _describe(conn: sqlite3.Connection, table: str, start: int, problems: list[str]) -> tuple[Column, ...] | None:
    """The columns of `table` as declarations we rebuild ourselves, or None (and a problem) if one is not plain."""
    described = []
    for _cid, name, kind, notnull, default, _pk, hidden in conn.execute(f'PRAGMA table_xinfo("{table}")').fetchall():
        kind = str(kind or "").upper()
        if hidden or not _NAME.match(str(name)) or kind not in _TYPES or not _plain_default(default):
            problems.append(f"table {table} column {name}")
            return None
        declaration = " ".join(part for part in (kind, "NOT NULL" if notnull else "",
                                                 f"DEFAULT {default}" if default is not None else "") if part)  # fmt: skip
        described.append(Column(str(name), declaration))
    return tuple(described[start:])


def _plain_default(default: object) -> bool:
    """A literal default (a number, a quoted string, NULL): what ADD COLUMN allows, never an expression."""
    if default is None:
        return True
    return re.fullmatch(r"-?[0-9]{1,18}(\.[0-9]{1,18})?|'[^']{0,100}'|NULL", str(default)) is not None


def _plain_index(conn: sqlite3.Connection, name: str, table: str) -> bool:
    """An index on plain columns of one table, whole (not partial): nothing in it is evaluated when it is read."""
    listed = conn.execute("SELECT partial FROM pragma_index_list(?) WHERE name = ?", (table, name)).fetchone()
    expressions = any(row[1] == -2 for row in conn.execute("SELECT * FROM pragma_index_xinfo(?)", (name,)))
    return _NAME.match(name) is not None and listed is not None and not listed[0] and not expressions


# --- keeping them (the merge) and passing them on (the export) ------------------------------------------------------


def _row_digest(*values: object) -> str:
    return hashlib.sha256(json.dumps([v.hex() if isinstance(v, bytes) else v for v in values]).encode()).hexdigest()


def keep_extensions(conn: sqlite3.Connection, extensions: Extensions, minor: int, shown: str) -> int:
    """Inside the merge's transaction, with the file attached as `incoming`: keep the values this release does not
    know (a value already kept is kept once). Returns how many values were new here."""
    conn.create_function("taawun_row_digest", -1, _row_digest, deterministic=True)
    before = conn.execute("SELECT count(*) FROM main.extension_cells").fetchone()[0]
    for table, new in (*extensions.columns.items(), *extensions.tables.items()):
        whole = table in extensions.tables
        # Additions this release has learned since (a file declaring a format its schema predates) are read by the
        # merge like its own columns, never kept aside.
        known = {row[1] for row in conn.execute(f'PRAGMA main.table_xinfo("{table}")')}
        new = () if whole and known else tuple(column for column in new if column.name not in known)
        if not new:
            continue
        if whole and conn.execute(f'SELECT 1 FROM incoming."{table}" LIMIT 1').fetchone() is None:
            continue  # an empty new table is derived data of the newer release (it travels empty): nothing to keep
        for position, column in enumerate(new):
            conn.execute(
                "INSERT INTO main.extension_columns (table_name, column_name, position, declaration, new_table,"
                " format_minor) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (table, column.name, position, column.declaration, int(whole), minor),
            )
        if whole:
            names = ", ".join(f'"{c.name}"' for c in new)
            key = f"taawun_row_digest({names})"
        else:
            key = "json_array(" + ", ".join(f'"{c}"' for c in ROW_KEYS[table]) + ")"
        for column in new:
            conn.execute(
                f"INSERT INTO main.extension_cells (table_name, row_key, column_name, value) SELECT ?, {key}, ?,"
                f' "{column.name}" FROM incoming."{table}" WHERE "{column.name}" IS NOT NULL'
                f" ON CONFLICT DO NOTHING",
                (table, column.name),
            )
    too_long = conn.execute(
        "SELECT table_name, column_name FROM main.extension_cells WHERE length(CAST(value AS BLOB)) > ? LIMIT 1",
        (EXTENSION_VALUE_BYTES_MAX,),
    ).fetchone()
    if too_long is not None:
        detail = f"{too_long[0]}.{too_long[1]}: more than {EXTENSION_VALUE_BYTES_MAX} bytes"
        raise DatabaseRejected("sync_inconsistent", path=shown, detail=detail)
    after = conn.execute("SELECT count(*) FROM main.extension_cells").fetchone()[0]
    if after > EXTENSION_CELLS_MAX:
        detail = f"more than {EXTENSION_CELLS_MAX} values of a newer format"
        raise DatabaseRejected("sync_inconsistent", path=shown, detail=detail)
    return int(after - before)


def write_extensions(copy: sqlite3.Connection) -> None:
    """In an export's copy (`source` attached: this laptop's database), the kept columns and tables with their
    values, as the newer format has them. Called inside the copy's transaction, after the carried tables."""
    kept = copy.execute(
        "SELECT table_name, column_name, declaration, new_table FROM source.extension_columns"
        " ORDER BY new_table, table_name, position"
    ).fetchall()
    for table, column, declaration, new_table in kept:
        if new_table:
            continue
        copy.execute(f'ALTER TABLE main."{table}" ADD COLUMN "{column}" {declaration}')
        key = "json_array(" + ", ".join(f'"{table}"."{c}"' for c in ROW_KEYS[table]) + ")"
        copy.execute(
            f'UPDATE main."{table}" SET "{column}" = (SELECT value FROM source.extension_cells c'
            f" WHERE c.table_name = ? AND c.column_name = ? AND c.row_key = {key})",
            (table, column),
        )
    new_tables: dict[str, list[tuple[str, str]]] = {}
    for table, column, declaration, new_table in kept:
        if new_table:
            new_tables.setdefault(table, []).append((column, declaration))
    for table, columns in new_tables.items():
        copy.execute(f'CREATE TABLE main."{table}" (' + ", ".join(f'"{c}" {d}' for c, d in columns) + ")")
        selected = ", ".join(f"max(CASE WHEN column_name = '{c}' THEN value END)" for c, _ in columns)
        names = ", ".join(f'"{c}"' for c, _ in columns)
        copy.execute(
            f'INSERT INTO main."{table}" ({names}) SELECT {selected} FROM source.extension_cells'
            " WHERE table_name = ? GROUP BY row_key ORDER BY row_key",
            (table,),
        )
