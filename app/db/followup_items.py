"""The follow-up board's items computed from the records: one row per recommendation, with what the board sorts and
filters on (due date, done, draft, place, agent, cooperative, workshop), written by INSERT ... SELECT into a table
with the columns of `main.followup_items` (migration 9 in app/db/schema.py). app/db/followup_index.py keeps that
table in step with the records; this module only says what its rows are.

Reading the recommendations out of 100,000 visits' JSON costs about as much as reading the JSON (half a second or
more on an agent's laptop), so the rows are made in SQL, each record's JSON parsed once, never decoded in Python.
The rows are derived from the records alone, as the board's own SQL over the JSON (app/db/followups.py) derives
them; the place's province and commune are trimmed as the lists' filters trim them.
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
NO_DATE = "9999-99-99"  # the key of an item without a due date: after every date
# `made_on`: the record's own date (a visit's, a workshop's first day), by which the home's figures count a period's
# recommendations and the board shows those of a period.
COLUMNS = ("record_id, idx, form, draft, due_key, due_date, done_on, created_at, province, commune, author, agent,"
           " cooperative, workshop, made_on")  # fmt: skip
QUEUED = "queued"  # the records of `main.followup_pending`
QUEUED_MANY = "queued_many"  # the same, when they are many (the migration, a large merge)
_TRIM = "' ' || char(9) || char(13)"


def signature(forms: FormRegistry) -> str:
    """What the rows depend on besides the records: the fields each form reads them through. Another signature in
    the file (other forms, or this module changed: raise `_ROWS_VERSION`) makes every row again."""
    parts: dict[str, Any] = {"rows": _ROWS_VERSION}
    for form in FORMS:
        if form not in forms:
            continue
        spec = forms.get(form)
        behaviour = list_behaviour(forms, form)
        sessions = spec.field("sessions")
        parts[form] = [spec.field(GROUP) is not None, behaviour.agent, behaviour.via, behaviour.place_form,
                       behaviour.province, behaviour.commune, spec.field("workshop") is not None,
                       sessions is not None and any(sub.name == GROUP for sub in sessions.fields)]  # fmt: skip
    return json.dumps(parts, sort_keys=True)


_ROWS_VERSION = 1


def insert_rows(conn: sqlite3.Connection, forms: FormRegistry, target: str, records: str,
                among: Collection[str] = FORMS) -> None:  # fmt: skip
    """Write into `target` (a table with `COLUMNS`) the items of the live records of `records`: QUEUED (those of
    `main.followup_pending`), QUEUED_MANY (the same, many of them) or anything else for all of them; only those of
    the forms `among`. In the order of their key: a table filled from empty is then written page after page."""
    for form in FORMS:
        if form not in among or form not in forms or forms.get(form).field(GROUP) is None:
            continue
        spec = forms.get(form)
        behaviour = list_behaviour(forms, form)
        where = "r.form = ? AND r.deleted = 0"
        if records == QUEUED:  # the queued records looked up by id (a few among 100,000)
            source = "main.followup_pending p CROSS JOIN main.records r ON r.id = p.record_id"
        else:  # the form's records read in the order they are stored (100,000 lookups by id cost more)
            source = "main.records r"
            if records == QUEUED_MANY:
                where += " AND r.id IN (SELECT record_id FROM main.followup_pending)"
        params: list[Any] = [form]
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
        if behaviour.date:
            paths["date"] = behaviour.date
        at = {key: f"json_extract(x.x, '$[{i}]')" for i, key in enumerate(paths)}
        places = join = ""
        if "via" in paths:
            # The places of the records referred to, read once each (not a cooperative's JSON for each visit).
            # Each looked up by its id (CROSS JOIN: in this order), not found among every cooperative.
            places = (", c AS MATERIALIZED (SELECT r.id, " + _place_values(behaviour.province, behaviour.commune,
                      row="r") + f" FROM (SELECT DISTINCT {at['via']} AS id FROM x) v CROSS JOIN main.records r"
                      " ON r.id = v.id WHERE r.form = ? AND r.deleted = 0)")  # fmt: skip
            params.append(behaviour.place_form)
            join = f"LEFT JOIN c ON c.id = {at['via']}"
            province, commune = "c.province", "c.commune"
        else:
            province = f"trim({at['province']})" if "province" in at else "NULL"
            commune = f"trim({at['commune']})" if "commune" in at else "NULL"
        agent = f"trim({at['agent']})" if "agent" in at else "NULL"
        cooperative = at["via"] if "via" in at and behaviour.place_form == "cooperative" else "NULL"
        workshop = "x.id" if form == "workshop" else at.get("workshop", "NULL")
        made_on = at.get("date", "NULL")
        extracted = ", ".join(f"'$.{name}'" for name in paths.values())
        conn.execute(
            f"INSERT INTO {target} ({COLUMNS}) WITH x AS MATERIALIZED (SELECT r.id, r.form, r.state, r.created_at,"
            f" r.author, json_extract(r.data, {extracted}) AS x FROM {source} WHERE {where}){places}"
            f" SELECT x.id, e.key + 1, x.form, x.state = 'draft', coalesce(json_extract(e.value, '$.due_date'),"
            f" '{NO_DATE}'), json_extract(e.value, '$.due_date'), json_extract(e.value, '$.done_on'), x.created_at,"
            f" {province}, {commune}, x.author, {agent}, {cooperative}, {workshop}, {made_on} FROM x {join}"
            " CROSS JOIN json_each(x.x, '$[0]') e WHERE json_type(x.x, '$[0]') = 'array' ORDER BY x.id, e.key",
            params,
        )
        # The old lines (few: workshops) read the record's fields directly.
        sessions = spec.field("sessions")
        if sessions is not None and any(sub.name == GROUP for sub in sessions.fields):
            join, province, commune = _direct(behaviour)
            agent = f"trim(json_extract(r.data, '$.{behaviour.agent}'))" if behaviour.agent else "NULL"
            cooperative = (f"json_extract(r.data, '$.{behaviour.via}')" if behaviour.via is not None
                           and behaviour.place_form == "cooperative" else "NULL")  # fmt: skip
            workshop = "r.id" if form == "workshop" else (
                "json_extract(r.data, '$.workshop')" if spec.field("workshop") is not None else "NULL")  # fmt: skip
            made_on = f"json_extract(r.data, '$.{behaviour.date}')" if behaviour.date else "NULL"
            common = f"r.created_at, {province}, {commune}, r.author, {agent}, {cooperative}, {workshop}, {made_on}"
            conn.execute(_OLD_LINES.format(target=target, columns=COLUMNS, common=common, join=join, source=source,
                                           where=where, group=GROUP, trim=_TRIM, no_date=NO_DATE), [form])  # fmt: skip


def place_rows(behaviour_province: str | None, behaviour_commune: str | None) -> str:
    """The SELECT of (id, province, commune) of the place records (`r`) as the items show them (a deleted one: none)."""
    return f"SELECT r.id, {_place_values(behaviour_province, behaviour_commune, row='r', live=True)}"


def _place_values(province: str | None, commune: str | None, *, row: str = "", live: bool = False) -> str:
    prefix = f"{row}." if row else ""
    values = []
    for name, column in ((province, "province"), (commune, "commune")):
        value = f"trim(json_extract({prefix}data, '$.{name}'))" if name else "NULL"
        values.append(f"CASE WHEN {prefix}deleted = 0 THEN {value} END AS {column}" if live else f"{value} AS {column}")
    return ", ".join(values)


def _direct(behaviour: Any) -> tuple[str, str, str]:
    """The join and the province and commune of a record `r`, read from its JSON (or its live place's)."""
    if behaviour.via is not None and behaviour.place_form is not None:
        return (f"LEFT JOIN main.records c ON c.id = json_extract(r.data, '$.{behaviour.via}') AND c.form ="
                f" '{behaviour.place_form}' AND c.deleted = 0",
                f"trim(json_extract(c.data, '$.{behaviour.province}'))" if behaviour.province else "NULL",
                f"trim(json_extract(c.data, '$.{behaviour.commune}'))" if behaviour.commune else "NULL")  # fmt: skip
    province = f"trim(json_extract(r.data, '$.{behaviour.province}'))" if behaviour.province else "NULL"
    commune = f"trim(json_extract(r.data, '$.{behaviour.commune}'))" if behaviour.commune else "NULL"
    return "", province, commune


# Version 4's one-per-line recommendations of a workshop's sessions: each non-empty line an item, numbered after the
# group's entries (as app/db/followups.py numbers them). Few records hold them: split by a recursive query.
_OLD_LINES = """
INSERT INTO {target} ({columns})
SELECT record_id, coalesce(json_array_length(data, '$.{group}'), 0) + row_number() OVER (PARTITION BY record_id
    ORDER BY s_idx, line_no), form, draft, '{no_date}', NULL, NULL, created_at, province, commune, author, agent,
    cooperative, workshop, made_on
FROM (WITH RECURSIVE split(record_id, form, draft, data, s_idx, line_no, line, rest, created_at, province, commune,
        author, agent, cooperative, workshop, made_on) AS (
    SELECT r.id, r.form, r.state = 'draft', r.data, s.key, 0, NULL, json_extract(s.value, '$.{group}') || char(10),
        {common}
        FROM {source} {join} CROSS JOIN json_each(r.data, '$.sessions') s
        WHERE {where} AND json_type(s.value, '$.{group}') = 'text'
    UNION ALL SELECT record_id, form, draft, data, s_idx, line_no + 1, substr(rest, 1, instr(rest, char(10)) - 1),
        substr(rest, instr(rest, char(10)) + 1), created_at, province, commune, author, agent, cooperative, workshop,
        made_on
        FROM split WHERE rest != '')
    SELECT * FROM split)
WHERE line IS NOT NULL AND trim(line, {trim}) != ''
"""
