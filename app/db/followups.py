"""The follow-up board: every recommendation of a visit or of a workshop, open, done or overdue.

A recommendation is an entry of the group `recommendations` of a visit or of a workshop (what, who, by when, and
`done_on`/`done_note` once done: forms version 5), or, in a workshop filled with version 4, one line of a session's
`recommendations` text. Its place on the board is its record's id and its position among the record's items, counted
from 1: the group's entries in order, then (a workshop of version 4) the non-empty lines of its sessions in order.

The board counts, filters and sorts the items of `followup_items`, a derived table kept in step with the records
(app/db/followup_index.py), a page at a time, then reads the page's records' JSON for what it shows (json_each over
the groups, a recursive split of the old lines): 100,000 visits are never decoded in Python, nor read to show a
page. Marking an item done (or open again) writes one new version of its record, as any edit does.

Overdue: not done, and due before today, "today" being the laptop's local date (a coordinator in Tiznit at 00:30
is on the new day while UTC is still on the old one); an item due today is not overdue.

Drafts: the items of a draft record are on the board, marked: their status is `draft` until done (an unfinished
form's recommendation may still change, or never be given). So they are neither open nor overdue: the overdue
count (the window's home, the board's heading, `taawun followups --overdue`) counts late recommendations of
finished records only, as the indicator report does (app/db/indicators.py: drafts are unfinished work); a
coordinator counting late recommendations does not count an agent's half-typed form. The `pending` filter (not
done) shows them with the others, and a done item of a draft says it is of a draft (`Item.draft`).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from app.core.clock import now_text
from app.core.errors import InvalidInput
from app.core.form_behaviour import list_behaviour
from app.core.forms import FormRegistry
from app.core.validation import clean_record
from app.db.list_filters import Filters, filter_sql
from app.db.store import Store

FORMS = ("visit", "workshop")  # the forms whose records hold recommendations
GROUP = "recommendations"  # the group of each (and, in a workshop's sessions, version 4's text of lines)
STATUSES = ("open", "overdue", "done", "draft")
PENDING = "pending"  # a status filter: open or overdue (not done)
PAGE = 200
NOTE_MAX = 2000  # as the forms' `done_note`


def local_today(now: dt.datetime | None = None, zone: dt.tzinfo | None = None) -> dt.date:
    """Today's date where the laptop is (or in `zone`): `now` (aware; the clock's time when not given) in that zone."""
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    return moment.astimezone(zone).date()


@dataclass(frozen=True)
class BoardFilters:
    """What the coordinator chose; None means any. `status`: open, overdue, done, draft, or `pending` (not done)."""

    agent: str | None = None
    province: str | None = None
    commune: str | None = None
    cooperative: str | None = None  # a cooperative's id: its visits' recommendations
    workshop: str | None = None  # a workshop's id: its own recommendations and those of the visits made during it
    status: str | None = None
    # The records' own dates (a visit's, a workshop's first day), ISO, both ends included; and only one form's
    # records: the home's figures of a period opened on the board (the recommendations of that period's visits).
    made_from: str | None = None
    made_to: str | None = None
    form: str | None = None
    final_only: bool = False  # the items of finished records only (as the home's figures count)


@dataclass(frozen=True)
class Item:
    record_id: str
    form: str
    index: int  # 1-based, among the record's items
    action: str
    responsible: str | None
    due_date: str | None
    done_on: str | None
    done_note: str | None
    session: str | None
    where: str | None  # the cooperative's name (a visit) or the workshop's title
    agent: str | None
    province: str | None
    commune: str | None
    status: str  # open | overdue | done | draft, on the day the board was read
    draft: bool = False  # its record is a draft


def status_of(due_date: str | None, done_on: str | None, today: dt.date, *, draft: bool = False) -> str:
    """The overdue rule, as the board's SQL applies it (tests compare the two)."""
    if done_on:
        return "done"
    if draft:
        return "draft"
    if due_date and due_date < today.isoformat():
        return "overdue"
    return "open"


def status_code(item: Item) -> str:
    """The message code of an item's status as the board, the PDF, the XLSX and the command line show it: the items
    of a draft say so (`draft` until done, then "done (draft)")."""
    return f"followup_status_{item.status}_draft" if item.draft and item.status == "done" else (
        f"followup_status_{item.status}")  # fmt: skip


def old_lines(text: Any) -> list[str]:
    """Version 4's recommendations of a session: its non-empty lines, trimmed as the board's SQL trims them."""
    if not isinstance(text, str):
        return []
    return [line.strip(" \t\r") for line in text.split("\n") if line.strip(" \t\r")]


_TRIM = "' ' || char(9) || char(13)"


def _item_sources(forms: FormRegistry, filters: BoardFilters,
                  ids: Collection[str] | None = None) -> tuple[str, list[Any]]:  # fmt: skip
    """One SELECT (UNION ALL) of every item the filters let through, each row the columns of `Item` but `status`,
    plus the record's creation time (ties of due dates in the order records were made) and state."""
    parts: list[str] = []
    params: list[Any] = []
    for form in FORMS:
        if form not in forms or forms.get(form).field(GROUP) is None:
            continue
        behaviour = list_behaviour(forms, form)
        clauses, more = filter_sql(form, Filters(province=filters.province, commune=filters.commune,
                                                 agent=filters.agent), forms=forms)  # fmt: skip
        if filters.agent and "agent" not in behaviour.filters:  # a workshop: its author
            clauses.append("r.author = ?")
            more.append(filters.agent.strip())
        if filters.cooperative is not None:
            if behaviour.via is None or behaviour.place_form != "cooperative":
                continue
            clauses.append(f"json_extract(r.data, '$.{behaviour.via}') = ?")
            more.append(filters.cooperative)
        if filters.workshop is not None:
            if form == "workshop":
                clauses.append("r.id = ?")
            elif forms.get(form).field("workshop") is not None:
                clauses.append("json_extract(r.data, '$.workshop') = ?")
            else:
                continue
            more.append(filters.workshop)
        if ids is not None:
            clauses.append("r.id IN (SELECT value FROM json_each(?))")
            more.append(json.dumps(sorted(ids)))
        where = " AND ".join(["r.form = ?", "r.deleted = 0", *clauses])
        place = "r"
        join = ""
        if behaviour.via is not None and behaviour.place_form is not None:
            place = "c"
            join = f"LEFT JOIN records c ON c.id = json_extract(r.data, '$.{behaviour.via}')"
        title = forms.get(behaviour.place_form or form).title_fields[0]
        province = f"json_extract({place}.data, '$.{behaviour.province}')" if behaviour.province else "NULL"
        commune = f"json_extract({place}.data, '$.{behaviour.commune}')" if behaviour.commune else "NULL"
        agent = f"coalesce(nullif(trim(json_extract(r.data, '$.{behaviour.agent}')), ''), r.author)" if (
            behaviour.agent) else "r.author"  # fmt: skip
        common = (f"json_extract({place}.data, '$.{title}') AS place_title, {agent} AS agent,"
                  f" {province} AS province, {commune} AS commune, r.created_at AS created_at, r.state AS state")  # fmt: skip
        parts.append(
            f"SELECT r.id AS record_id, r.form AS form, e.key + 1 AS idx,"
            " json_extract(e.value, '$.action') AS action, json_extract(e.value, '$.responsible') AS responsible,"
            " json_extract(e.value, '$.due_date') AS due_date, json_extract(e.value, '$.done_on') AS done_on,"
            " json_extract(e.value, '$.done_note') AS done_note, json_extract(e.value, '$.session') AS session,"
            f" {common} FROM records r {join} CROSS JOIN json_each(r.data, '$.{GROUP}') e WHERE {where}"
        )
        params += [form, *more]
        sessions = forms.get(form).field("sessions")
        if sessions is not None and any(sub.name == GROUP for sub in sessions.fields):
            parts.append(_old_lines_sql(where, join, common))
            params += [form, *more]
    return " UNION ALL ".join(parts) or "SELECT NULL WHERE 0", params


def _old_lines_sql(where: str, join: str, common: str) -> str:
    """Version 4's one-per-line recommendations of a workshop's sessions, each non-empty line an item numbered after
    the group's entries. Few records hold them (workshops): the lines are split by a recursive query."""
    return (
        "SELECT record_id, form, idx, action, NULL, NULL, NULL, NULL, session, place_title, agent, province, commune,"
        " created_at, state FROM (SELECT l.record_id, l.form, coalesce(json_array_length(l.data, '$." + GROUP + "'), 0)"
        " + row_number() OVER (PARTITION BY l.record_id ORDER BY l.s_idx, l.line_no) AS idx,"
        f" trim(l.line, {_TRIM}) AS action, l.session, l.place_title, l.agent, l.province, l.commune, l.created_at,"
        " l.state"
        " FROM (WITH RECURSIVE split(record_id, form, data, s_idx, session, line_no, line, rest, place_title, agent,"
        " province, commune, created_at, state) AS ("
        " SELECT r.id, r.form, r.data, s.key, json_extract(s.value, '$.theme'), 0, NULL,"
        f" json_extract(s.value, '$.{GROUP}') || char(10), {common}"
        f" FROM records r {join} CROSS JOIN json_each(r.data, '$.sessions') s WHERE {where}"
        f" AND json_type(s.value, '$.{GROUP}') = 'text'"
        " UNION ALL SELECT record_id, form, data, s_idx, session, line_no + 1, substr(rest, 1, instr(rest, char(10)) - 1),"
        " substr(rest, instr(rest, char(10)) + 1), place_title, agent, province, commune, created_at, state FROM split"
        " WHERE rest != '') SELECT * FROM split) l"
        f" WHERE l.line IS NOT NULL AND trim(l.line, {_TRIM}) != '')"
    )


def _where(filters: BoardFilters, today: dt.date, *, agent: str = "", page: bool = False) -> tuple[str, list[Any]]:
    """The WHERE clause on `followup_items` (app/db/followup_index.py) of the filters, but the agent's: `agent`
    says which column it is read from ("author", "agent" or both), as the lists' agent filter reads either. For a
    `page`, done and draft are only checked (a unary +: no index is chosen for them), so that SQLite walks an index
    in the board's order and stops at the page's end, instead of sorting every open item."""
    clauses: list[str] = []
    params: list[Any] = []
    for column in ("province", "commune"):
        value = getattr(filters, column)
        if value and value.strip():
            clauses.append(f"{column} = ?")
            params.append(value.strip())
    for column in ("author", "agent"):
        if column in agent.split():
            clauses.append(f"{column} = ?")
            params.append((filters.agent or "").strip())
    for column in ("cooperative", "workshop"):
        if getattr(filters, column) is not None:
            clauses.append(f"{column} = ?")
            params.append(getattr(filters, column))
    if filters.made_from is not None:
        clauses.append("made_on >= ?")
        params.append(filters.made_from)
    if filters.made_to is not None:
        clauses.append("made_on <= ?")
        params.append(filters.made_to)
    if filters.form is not None:
        clauses.append("form = ?")
        params.append(filters.form)
    day = today.isoformat()
    done, draft = ("+done_on", "+draft") if page else ("done_on", "draft")
    if filters.final_only:
        clauses.append(f"{draft} = 0")
    if filters.status == PENDING:
        clauses.append(f"{done} IS NULL")
    elif filters.status == "done":
        clauses.append(f"{done} IS NOT NULL")
    elif filters.status == "draft":
        clauses.append(f"{done} IS NULL AND {draft} = 1")
    elif filters.status == "overdue":  # the terms of the index `followup_items_by_status`
        clauses.append(f"{done} IS NULL AND {draft} = 0 AND due_key < ?")
        params.append(day)
    elif filters.status == "open":
        clauses.append(f"{done} IS NULL AND {draft} = 0 AND due_key >= ?")
        params.append(day)
    return " AND ".join(clauses) or "1", params


def _by_agent(filters: BoardFilters) -> bool:
    return bool(filters.agent and filters.agent.strip())


# Every index a page or a count walks holds the columns it filters on and the board's order (app/db/schema.py), so
# a first showing reads index pages only. An agent is the record's author or its agent field: two indexes, so the
# items of either are counted as the two counts less those of both, and a page is the union of the two sides each
# walked in order (SQLite merges them, stopping at the page's end).
_ORDER = "ORDER BY due_key, created_at, record_id, idx"


def board_page(conn: sqlite3.Connection, forms: FormRegistry, filters: BoardFilters, *, today: dt.date,
               offset: int = 0, limit: int = PAGE) -> list[Item]:  # fmt: skip
    """Items `offset`.. of the board, sorted by due date (none last), then by record (oldest first) and position."""
    if _by_agent(filters):
        sides = [_where(filters, today, agent=column, page=True) for column in ("author", "agent")]
        keys = [row[2:] for row in conn.execute(
            " UNION ".join(f"SELECT due_key, created_at, record_id, idx FROM main.followup_items WHERE {where}"
                           for where, _ in sides) + f" {_ORDER} LIMIT ? OFFSET ?",
            [*sides[0][1], *sides[1][1], limit, offset])]  # fmt: skip
    else:
        where, params = _where(filters, today, page=True)
        keys = conn.execute(f"SELECT record_id, idx FROM main.followup_items WHERE {where} {_ORDER} LIMIT ? OFFSET ?",
                            [*params, limit, offset]).fetchall()  # fmt: skip
    found = _details(conn, forms, {record_id for record_id, _ in keys}, today)
    return [found[key] for key in map(tuple, keys) if key in found]


def board_items(conn: sqlite3.Connection, forms: FormRegistry, filters: BoardFilters, *,
                today: dt.date) -> Iterator[Item]:  # fmt: skip
    """Every item of the board, in its order, a page at a time (printing, exporting, the command line)."""
    offset = 0
    while page := board_page(conn, forms, filters, today=today, offset=offset):
        yield from page
        offset += len(page)


def board_count(conn: sqlite3.Connection, forms: FormRegistry, filters: BoardFilters, *, today: dt.date) -> int:
    if _by_agent(filters):
        author, agent, both = (_count(conn, *_where(filters, today, agent=side)) for side in ("author", "agent",
                                                                                             "author agent"))  # fmt: skip
        return author + agent - both
    return _count(conn, *_where(filters, today))


def _count(conn: sqlite3.Connection, where: str, params: list[Any]) -> int:
    return int(conn.execute(f"SELECT count(*) FROM main.followup_items WHERE {where}", params).fetchone()[0])


def _details(conn: sqlite3.Connection, forms: FormRegistry, ids: Collection[str],
             today: dt.date) -> dict[tuple[str, int], Item]:  # fmt: skip
    """The items of the records `ids`, with everything shown, read from their JSON (a page's worth of records)."""
    if not ids:
        return {}
    sql, params = _item_sources(forms, BoardFilters(), ids=ids)
    found = {}
    for row in conn.execute(sql, params):
        draft = row[14] == "draft"
        item = _item((*row[:13], status_of(row[5], row[6], today, draft=draft), draft))
        found[(item.record_id, item.index)] = item
    return found


def overdue_count(store: Store, *, today: dt.date | None = None) -> int:
    """How many recommendations are overdue today (the window's home and the board's heading show it)."""
    day = today if today is not None else local_today()
    return board_count(store.conn, store.forms, BoardFilters(status="overdue"), today=day)


def _item(row: tuple[Any, ...]) -> Item:
    return Item(record_id=row[0], form=row[1], index=int(row[2]), action=row[3] if isinstance(row[3], str) else "",
                responsible=row[4], due_date=row[5], done_on=row[6], done_note=row[7], session=row[8], where=row[9],
                agent=row[10], province=row[11], commune=row[12], status=row[13], draft=row[14])  # fmt: skip


# --- marking an item done, or open again ------------------------------------------------------------------------------


def mark_done(store: Store, record_id: str, index: int, *, done_on: dt.date | str, note: str | None = None) -> None:
    """Item `index` of the record is done on `done_on` (not after today), with an optional note: one new version."""
    day = done_on.isoformat() if isinstance(done_on, dt.date) else done_on
    _mark(store, record_id, index, {"done_on": day, "done_note": (note or "").strip() or None})


def mark_open(store: Store, record_id: str, index: int) -> None:
    """Item `index` of the record is open again (its date and note done cleared): one new version."""
    _mark(store, record_id, index, {"done_on": None, "done_note": None})


def _mark(store: Store, record_id: str, index: int, change: dict[str, Any]) -> None:
    with store.transaction():  # read and written together: an edit committed in between is not lost
        try:
            current = store.get(record_id)
        except InvalidInput:
            raise InvalidInput("followup_no_record", id=record_id) from None
        if current.form not in FORMS:
            raise InvalidInput("followup_no_record", id=record_id)
        form = store.forms.for_record(current.form, current.form_version)
        if form.field(GROUP) is None or form.field(GROUP).type != "group":  # type: ignore[union-attr]
            raise InvalidInput("followup_form_too_old", id=record_id, form=form.name, version=form.version)
        data = _with_old_lines_moved(current.data) if form.field("sessions") is not None else dict(current.data)
        entries = [dict(entry) for entry in data.get(GROUP) or [] if isinstance(entry, dict)]
        if not 1 <= index <= len(entries):
            raise InvalidInput("followup_no_item", id=record_id, index=index, count=len(entries))
        entry = entries[index - 1]
        for key, value in change.items():
            if value is None:
                entry.pop(key, None)
            else:
                entry[key] = value
        data[GROUP] = entries
        draft = current.state == "draft"
        cleaned = clean_record(form, data, draft=draft)
        if cleaned == current.data:
            return  # already so: no version for nothing
        store.check_links(form, cleaned, draft=draft, kept=current.data)
        store.write_version(record_id, form, cleaned, state=current.state, version=current.version + 1,
                            created_at=current.created_at, now=now_text(), deleted=False)  # fmt: skip


def _with_old_lines_moved(data: dict[str, Any]) -> dict[str, Any]:
    """A workshop's data with version 4's lines of recommendations moved into the group, after its entries, in the
    board's order (so every item keeps its position): one of them can then carry its date and note done."""
    sessions = data.get("sessions")
    if not isinstance(sessions, list):
        return dict(data)
    entries = list(data.get(GROUP) or [])
    kept_sessions = []
    for session in sessions:
        if not isinstance(session, dict):
            kept_sessions.append(session)
            continue
        lines = old_lines(session.get(GROUP))
        theme = session.get("theme")
        entries += [{"action": line, **({"session": theme} if theme else {})} for line in lines]
        kept_sessions.append({key: value for key, value in session.items() if key != GROUP})
    if len(entries) == len(data.get(GROUP) or []):
        return dict(data)
    return {**data, "sessions": kept_sessions, GROUP: entries}


def item_json(item: Item) -> dict[str, Any]:
    """An item as `taawun followups --json` prints it."""
    return {key: value for key, value in item.__dict__.items()}


def dumps(items: list[Item]) -> str:
    return json.dumps([item_json(item) for item in items], ensure_ascii=False, indent=2)
