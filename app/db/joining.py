"""Joining two records of the same thing into one: `join(store, keep, other)`, and references following joins.

A join is ordinary versions, so it travels with sync like any edit and every laptop converges by the merge's rule:
- each live record referring to `other` (a visit, a workshop's invited cooperative…) gets a new version referring
  to `keep` instead;
- `keep` gets a new version when `other` holds values for fields `keep` leaves empty (they are taken over);
- `other` gets its final version: a tombstone whose data is its own plus `_joined_into: <keep's id>`
  (`app.core.validation.JOINED_INTO`), so its history stays and points at the record that carries on.

A laptop that had not yet received the join may meanwhile create or edit a visit of `other`. When the join arrives
(`app.sync.merge.merge_files`, after the files), `follow_joins` re-points every live record still referring to a
joined record, following chains of joins (A into B, B into C: to C) to a live record. The new version's data is a
function of the data alone, so two laptops re-pointing the same visit write the same values: the merge shows the
greater stamp and records no conflict. A join whose tombstone lost to a concurrent edit of `other` (the greater
stamp wins, a conflict is recorded for review) no longer leads anywhere: `other` is live again, and nothing is
re-pointed to or from it until a person joins the two again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.clock import now_text
from app.core.errors import InvalidInput
from app.core.field_types import is_empty
from app.core.validation import JOINED_INTO, clean_record

if TYPE_CHECKING:
    from app.core.forms import FieldSpec, FormSpec
    from app.db.store import Store


@dataclass(frozen=True)
class Joined:
    keep: str
    other: str
    moved: tuple[str, ...]  # the records now referring to `keep` instead of `other`
    taken: tuple[str, ...]  # fields of `other` that `keep` had empty


def join(store: Store, keep_id: str, other_id: str) -> Joined:
    """Join `other` into `keep` in one transaction (see the module's docstring); both live, of the same form."""
    with store.transaction():
        keep = store.get(keep_id)
        other = store.get(other_id)
        if keep.id == other.id:
            raise InvalidInput("join_same_record", id=keep.id)
        if keep.form != other.form:
            raise InvalidInput("join_other_form", keep=keep.id, other=other.id)
        form = store.forms.for_record(keep.form, keep.form_version)
        now = now_text()
        moved = _repoint(store, {other.id: keep.id}, now=now)
        taken = tuple(name for name, value in other.data.items()
                      if form.field(name) is not None and is_empty(keep.data.get(name, "")) and not is_empty(value))  # fmt: skip
        if taken:
            merged = {**keep.data, **{name: other.data[name] for name in taken}}
            draft = keep.state == "draft"
            cleaned = clean_record(form, merged, draft=draft)
            store.check_links(form, cleaned, draft=draft, kept=other.data)
            store.write_version(keep.id, form, cleaned, state=keep.state, version=keep.version + 1,
                                created_at=keep.created_at, now=now, deleted=False)  # fmt: skip
        other_form = store.forms.for_record(other.form, other.form_version)
        store.write_version(other.id, other_form, {**other.data, JOINED_INTO: keep.id}, state=other.state,
                            version=other.version + 1, created_at=other.created_at, now=now, deleted=True)  # fmt: skip
        return Joined(keep.id, other.id, tuple(moved), taken)


def joined_targets(store: Store) -> dict[str, str]:
    """Every joined record (its tombstone is its current version) and the live record its chain of joins ends at;
    a chain ending at a deleted record or going round in a circle leads nowhere and is left out."""
    pointers = dict(store.conn.execute(
        # Every record's form has a stored definition (the shipped forms are stored at start, app/db/forms_table.py;
        # a file is refused without those of its versions, app/sync/package.py): naming the forms lets SQLite find
        # the tombstones through the index on (form, deleted) instead of reading every record after each merge.
        "SELECT id, json_extract(data, '$._joined_into') FROM records"
        " WHERE form IN (SELECT name FROM form_definitions) AND deleted = 1"
        " AND json_extract(data, '$._joined_into') IS NOT NULL"
    ).fetchall())  # fmt: skip
    live = {row[0] for row in store.conn.execute(
        "SELECT id FROM records WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(pointers.values()))),),
    )}  # fmt: skip
    targets: dict[str, str] = {}
    for start in pointers:
        seen, current = {start}, pointers[start]
        while current in pointers and current not in seen:
            seen.add(current)
            current = pointers[current]
        if current in live:
            targets[start] = current
    return targets


def follow_joins(store: Store) -> int:
    """Re-point every live record still referring to a joined record (merged from a laptop that had not seen the
    join) to the live record the join leads to, in one transaction; returns how many records changed."""
    with store.transaction():
        targets = joined_targets(store)
        return len(_repoint(store, targets, now=now_text())) if targets else 0


def _repoint(store: Store, targets: dict[str, str], *, now: str) -> list[str]:
    """New versions of the live records referring to a key of `targets`, referring to its value instead."""
    moved = []
    ids = json.dumps(sorted(targets))
    # The ids are UUIDs: a text search narrows the records down, the form's reference fields decide.
    rows = store.conn.execute(
        "SELECT DISTINCT r.id FROM records r, json_each(?) j WHERE r.deleted = 0 AND instr(r.data, j.value) > 0"
        " ORDER BY r.id",
        (ids,),
    ).fetchall()
    for (record_id,) in rows:
        record = store.get(record_id)
        if record.form not in store.forms:
            continue  # a form this laptop does not know: its references are not known either
        form = store.forms.for_record(record.form, record.form_version)
        data = _replaced(form.fields, record.data, targets)
        if data != record.data:
            store.write_version(record.id, form, data, state=record.state, version=record.version + 1,
                                created_at=record.created_at, now=now, deleted=False)  # fmt: skip
            moved.append(record.id)
    return moved


def _replaced(fields: tuple[FieldSpec, ...], data: dict[str, Any], targets: dict[str, str]) -> dict[str, Any]:
    result = dict(data)
    for spec in fields:
        value = data.get(spec.name)
        if spec.field_type.refers_to_record and isinstance(value, str) and value in targets:
            result[spec.name] = targets[value]
        elif spec.field_type.repeated and isinstance(value, list):
            result[spec.name] = [_replaced(spec.fields, entry, targets) if isinstance(entry, dict) else entry
                                 for entry in value]  # fmt: skip
    return result


def joined_into(store: Store, record_id: str) -> str | None:
    """The record a joined record was joined into (its tombstone says), or None."""
    record = store.get(record_id, include_deleted=True)
    target = record.data.get(JOINED_INTO) if record.deleted else None
    return target if isinstance(target, str) else None


def form_joins(form: FormSpec) -> bool:
    """Whether a form's records are compared for duplicates, hence offered for joining in the window."""
    return form.behaviour.duplicates is not None
