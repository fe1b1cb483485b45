"""The follow-up board's items, kept by a connection in a TEMP table: one row per recommendation, with what the board
sorts and filters on (due date, done, place, agent, cooperative, workshop), indexed.

Reading the recommendations out of 100,000 visits' JSON takes as long as reading the JSON (half a second or more on
an agent's laptop); the board is shown, filtered and re-sorted many times between two changes of the data. So the
items are read out once per connection into `temp.followup_items` (never written to the database file: nothing to
migrate, nothing carried by a package), and read again only when the data changed: when another connection
committed (`PRAGMA data_version`) or this one wrote (its `total_changes`). A mark written through the board
(app/db/followups.py) re-reads only its record. The rows are derived from the records alone, as the board's own
SQL over the JSON derives them; the place's province and commune are trimmed as the lists' filters trim them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from typing import Any

from app.core.form_behaviour import list_behaviour
from app.core.forms import FormRegistry

FORMS = ("visit", "workshop")
GROUP = "recommendations"
_TRIM = "' ' || char(9) || char(13)"
_TABLE = (
    "CREATE TEMP TABLE followup_items (record_id TEXT NOT NULL, idx INTEGER NOT NULL, form TEXT NOT NULL,"
    " due_key TEXT NOT NULL, due_date TEXT, done_on TEXT, created_at TEXT, province TEXT, commune TEXT, author TEXT,"
    " agent TEXT, cooperative TEXT, workshop TEXT)"
)
# Made after the rows are in (sorting 100,000 keys once beats inserting them one at a time into three trees).
_INDEXES = (
    "CREATE INDEX temp.followup_items_in_order ON followup_items (due_key, created_at, record_id, idx)",
    "CREATE INDEX temp.followup_items_open ON followup_items (due_key) WHERE done_on IS NULL",
    "CREATE INDEX temp.followup_items_of_record ON followup_items (record_id)",
    *(
        f"CREATE INDEX temp.followup_items_by_{column} ON followup_items ({column}) WHERE {column} IS NOT NULL"
        for column in ("province", "author", "agent", "cooperative", "workshop")
    ),
)
# This connection's own writes to the records, noted by TEMP triggers (they fire for this connection only, and write
# nothing to the file): those records' items are read again, the others kept. Another connection's commit changes
# `PRAGMA data_version`: then every item is read again (a merge, another program).
_NOTE = ("INSERT INTO followup_changed (record_id) SELECT {row}.id WHERE NOT EXISTS (SELECT 1 FROM followup_changed"
         " WHERE record_id = {row}.id);")  # fmt: skip
# Not INSERT OR IGNORE: the conflict clause of the statement firing a trigger (a merge's) overrides the trigger's own.
_CHANGES = (
    "CREATE TEMP TABLE IF NOT EXISTS followup_changed (record_id TEXT PRIMARY KEY) WITHOUT ROWID",
    f"CREATE TEMP TRIGGER IF NOT EXISTS followup_after_insert AFTER INSERT ON main.records BEGIN {_NOTE.format(row='NEW')}"
    " END",
    "CREATE TEMP TRIGGER IF NOT EXISTS followup_after_update AFTER UPDATE ON main.records BEGIN"
    f" {_NOTE.format(row='NEW')} {_NOTE.format(row='OLD')} END",
    f"CREATE TEMP TRIGGER IF NOT EXISTS followup_after_delete AFTER DELETE ON main.records BEGIN {_NOTE.format(row='OLD')}"
    " END",
)
CHANGED_AT_MOST = 2000  # beyond, reading every record again is quicker than record by record
NO_DATE = "9999-99-99"  # the key of an item without a due date: after every date
# The token of the data the items were read from is kept beside them, in the connection's own TEMP schema (a
# connection closed takes its items and their token with it; nothing is kept in this module).
_STATE = "CREATE TEMP TABLE IF NOT EXISTS followup_read_from (token TEXT NOT NULL)"


def _token(conn: sqlite3.Connection, forms: FormRegistry) -> str:
    versions = [(name, forms.get(name).version) for name in (*FORMS, "cooperative") if name in forms]
    data_version = conn.execute("PRAGMA data_version").fetchone()[0]
    return json.dumps([data_version, versions, id(forms)])


def ensure(conn: sqlite3.Connection, forms: FormRegistry) -> None:
    """The items as the records now are: those of the records this connection changed read again, or all of them
    when another connection wrote (or they were never read on this connection)."""
    if _exists(conn) and _read_from(conn) == _token(conn, forms):
        changed = [
            row[0] for row in conn.execute(f"SELECT record_id FROM temp.followup_changed LIMIT {CHANGED_AT_MOST + 1}")
        ]
        if not changed:
            return
        if len(changed) <= CHANGED_AT_MOST:
            _refresh(conn, forms, changed)
            return
    for statement in _CHANGES:
        conn.execute(statement)
    conn.execute("DELETE FROM temp.followup_changed")
    conn.execute("DROP TABLE IF EXISTS temp.followup_items")
    conn.execute(_TABLE)
    _insert(conn, forms, None)
    for statement in _INDEXES:
        conn.execute(statement)
    _remember(conn, forms)


def _refresh(conn: sqlite3.Connection, forms: FormRegistry, ids: list[str]) -> None:
    """The items of the records `ids` read again, and of the records taking their place from one of them (a
    cooperative moved to another province moves its visits' items)."""
    listed = json.dumps(sorted(ids))
    referring = [row[0] for row in conn.execute("SELECT DISTINCT record_id FROM temp.followup_items WHERE cooperative"
                                                " IN (SELECT value FROM json_each(?))", (listed,))]  # fmt: skip
    again = sorted({*ids, *referring})
    conn.execute("DELETE FROM temp.followup_items WHERE record_id IN (SELECT value FROM json_each(?))",
                 (json.dumps(again),))  # fmt: skip
    _insert(conn, forms, again)
    conn.execute("DELETE FROM temp.followup_changed")


def read_here(conn: sqlite3.Connection) -> bool:
    """Whether this connection holds the items (read once): counting them again is then a matter of milliseconds."""
    return _exists(conn)


def _exists(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_temp_master WHERE name = 'followup_items'").fetchone() is not None


def _remember(conn: sqlite3.Connection, forms: FormRegistry) -> None:
    conn.execute(_STATE)
    conn.execute("DELETE FROM temp.followup_read_from")
    conn.execute("INSERT INTO temp.followup_read_from (token) VALUES (?)", (_token(conn, forms),))


def _read_from(conn: sqlite3.Connection) -> str | None:
    conn.execute(_STATE)
    row = conn.execute("SELECT token FROM temp.followup_read_from").fetchone()
    return None if row is None else str(row[0])


def _insert(conn: sqlite3.Connection, forms: FormRegistry, ids: Collection[str] | None) -> None:
    for form in FORMS:
        if form not in forms or forms.get(form).field(GROUP) is None:
            continue
        spec = forms.get(form)
        behaviour = list_behaviour(forms, form)
        where = "r.form = ? AND r.deleted = 0"
        params: list[Any] = [form]
        if ids is not None:
            where += " AND r.id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(sorted(ids)))
        # Each record's JSON parsed once: the fields read from it are extracted together (a JSON array `x`), then
        # read from that small array (each json_extract on the record would parse it whole again).
        paths = {"group": GROUP, "none": "_"}
        if behaviour.agent:
            paths["agent"] = behaviour.agent
        if behaviour.via is not None and behaviour.place_form is not None:
            paths["via"] = behaviour.via
        elif behaviour.province or behaviour.commune:
            paths.update({k: v for k, v in (("province", behaviour.province), ("commune", behaviour.commune)) if v})
        if form != "workshop" and spec.field("workshop") is not None:
            paths["workshop"] = "workshop"
        at = {key: f"json_extract(x.x, '$[{i}]')" for i, key in enumerate(paths)}
        join = ""
        if "via" in paths:
            # The places of the records referred to, read once each (not a cooperative's JSON for each visit).
            _places(conn, str(behaviour.place_form), behaviour.province, behaviour.commune)
            join = f"LEFT JOIN temp.followup_places c ON c.id = {at['via']}"
            province, commune = "c.province", "c.commune"
        else:
            province = f"trim({at['province']})" if "province" in at else "NULL"
            commune = f"trim({at['commune']})" if "commune" in at else "NULL"
        agent = f"trim({at['agent']})" if "agent" in at else "NULL"
        cooperative = at["via"] if "via" in at and behaviour.place_form == "cooperative" else "NULL"
        workshop = "x.id" if form == "workshop" else at.get("workshop", "NULL")
        extracted = ", ".join(f"'$.{name}'" for name in paths.values())
        conn.execute(
            "INSERT INTO temp.followup_items (record_id, idx, form, due_key, due_date, done_on, created_at, province,"
            f" commune, author, agent, cooperative, workshop) WITH x AS MATERIALIZED (SELECT r.id, r.form,"
            f" r.created_at, r.author, json_extract(r.data, {extracted}) AS x FROM main.records r WHERE {where})"
            f" SELECT x.id, e.key + 1, x.form, coalesce(json_extract(e.value, '$.due_date'), '{NO_DATE}'),"
            " json_extract(e.value, '$.due_date'), json_extract(e.value, '$.done_on'), x.created_at,"
            f" {province}, {commune}, x.author, {agent}, {cooperative}, {workshop} FROM x {join}"
            " CROSS JOIN json_each(x.x, '$[0]') e WHERE json_type(x.x, '$[0]') = 'array'",
            params,
        )
        # The old lines (few: workshops) read the record's fields directly.
        join, province, commune = _direct(behaviour, conn)
        agent = f"trim(json_extract(r.data, '$.{behaviour.agent}'))" if behaviour.agent else "NULL"
        cooperative = (f"json_extract(r.data, '$.{behaviour.via}')" if behaviour.via is not None
                       and behaviour.place_form == "cooperative" else "NULL")  # fmt: skip
        workshop = "r.id" if form == "workshop" else (
            "json_extract(r.data, '$.workshop')" if spec.field("workshop") is not None else "NULL")  # fmt: skip
        common = f"r.created_at, {province}, {commune}, r.author, {agent}, {cooperative}, {workshop}"
        sessions = spec.field("sessions")
        if sessions is not None and any(sub.name == GROUP for sub in sessions.fields):
            conn.execute(_OLD_LINES.format(common=common, join=join, where=where, group=GROUP, trim=_TRIM,
                                           no_date=NO_DATE), params)  # fmt: skip


def _direct(behaviour: Any, conn: sqlite3.Connection) -> tuple[str, str, str]:
    """The join and the province and commune of a record `r`, read from its JSON (or its place's, as `_places`)."""
    if behaviour.via is not None and behaviour.place_form is not None:
        return (f"LEFT JOIN temp.followup_places c ON c.id = json_extract(r.data, '$.{behaviour.via}')", "c.province",
                "c.commune")  # fmt: skip
    province = f"trim(json_extract(r.data, '$.{behaviour.province}'))" if behaviour.province else "NULL"
    commune = f"trim(json_extract(r.data, '$.{behaviour.commune}'))" if behaviour.commune else "NULL"
    return "", province, commune


def _places(conn: sqlite3.Connection, form: str, province: str | None, commune: str | None) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS followup_places (id TEXT PRIMARY KEY, province TEXT, commune TEXT)"
                 " WITHOUT ROWID")  # fmt: skip
    conn.execute("DELETE FROM temp.followup_places")
    values = [f"trim(json_extract(data, '$.{name}'))" if name else "NULL" for name in (province, commune)]
    conn.execute(f"INSERT INTO temp.followup_places (id, province, commune) SELECT id, {values[0]}, {values[1]}"
                 " FROM main.records WHERE form = ? AND deleted = 0", (form,))  # fmt: skip


# Version 4's one-per-line recommendations of a workshop's sessions: each non-empty line an item, numbered after the
# group's entries (as app/db/followups.py numbers them). Few records hold them: split by a recursive query.
_OLD_LINES = """
INSERT INTO temp.followup_items (record_id, idx, form, due_key, due_date, done_on, created_at, province, commune,
    author, agent, cooperative, workshop)
SELECT record_id, coalesce(json_array_length(data, '$.{group}'), 0) + row_number() OVER (PARTITION BY record_id
    ORDER BY s_idx, line_no), form, '{no_date}', NULL, NULL, created_at, province, commune, author, agent,
    cooperative, workshop
FROM (WITH RECURSIVE split(record_id, form, data, s_idx, line_no, line, rest, created_at, province, commune, author,
        agent, cooperative, workshop) AS (
    SELECT r.id, r.form, r.data, s.key, 0, NULL, json_extract(s.value, '$.{group}') || char(10), {common}
        FROM main.records r {join} CROSS JOIN json_each(r.data, '$.sessions') s
        WHERE {where} AND json_type(s.value, '$.{group}') = 'text'
    UNION ALL SELECT record_id, form, data, s_idx, line_no + 1, substr(rest, 1, instr(rest, char(10)) - 1),
        substr(rest, instr(rest, char(10)) + 1), created_at, province, commune, author, agent, cooperative, workshop
        FROM split WHERE rest != '')
    SELECT * FROM split)
WHERE line IS NOT NULL AND trim(line, {trim}) != ''
"""
