"""The form definitions kept inside the database, so that a file describes its own records.

Every version of every form this laptop has met is kept in `form_definitions` (exports carry them all, so a
coordinator elsewhere can accept a proposal too). Which version is *in use* is this laptop's decision, kept in
`meta` under `form_in_use:<name>` (no schema change, so packages stay readable by laptops of the same release):
the forms shipped with the application are trusted and a newer shipped version is put in use on start; a newer
definition that arrived in a merged file is only a *proposal* until a person accepts it (`accept_proposal`), and
it is refused then if it would make existing records uneditable or silently drop their values.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.errors import FormDefinitionError, InvalidInput, ValidationFailed
from app.core.form_changes import FormChange, form_changes
from app.core.forms import FieldSpec, FormRegistry, FormSpec, check_references, parse_form
from app.core.validation import clean_record
from app.db import derived

if TYPE_CHECKING:
    import sqlite_utils

    from app.db.store import Store

IN_USE = "form_in_use:"


def store_form_definitions(conn: sqlite3.Connection, forms: list[FormSpec], *, now: str) -> None:
    """Record each shipped form under its (name, version), unless that version is already stored, and put it in
    use when it is newer than the version in use (a shipped release updates the laptop; a proposal does not)."""
    for form in forms:
        conn.execute(
            "INSERT OR IGNORE INTO form_definitions (name, version, digest, source, added_at) VALUES (?, ?, ?, ?, ?)",
            (form.name, form.version, form.digest, form.source, now),
        )
        in_use = _in_use(conn).get(form.name)
        if in_use is None or in_use < form.version:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (IN_USE + form.name,
                                                                                    str(form.version)))  # fmt: skip


def _in_use(db: Any) -> dict[str, int]:
    rows = db.execute("SELECT key, value FROM meta WHERE key LIKE 'form\\_in\\_use:%' ESCAPE '\\'").fetchall()
    result = {}
    for key, value in rows:
        try:
            result[key[len(IN_USE) :]] = int(value)
        except ValueError:
            continue
    return result


def effective_forms(db: sqlite3.Connection | sqlite_utils.Database, *,
                    parsed: Iterable[FormSpec] = ()) -> FormRegistry:  # fmt: skip
    """The forms in use (the version chosen here of each form), with the newer stored definitions as proposals
    (both a connection and a sqlite-utils Database can execute). A stored text among `parsed` (the shipped forms,
    read from their files a moment ago) is not parsed again: the same text gives the same form."""
    already = {form.source: form for form in parsed}
    in_use = _in_use(db)
    forms: list[FormSpec] = []
    proposed: list[FormSpec] = []
    for name, version, source in db.execute(
        "SELECT name, version, source FROM form_definitions ORDER BY name, version"
    ):
        if name in in_use and version < in_use[name]:
            continue  # an older version: its records are edited with the form in use, as they always were
        try:
            spec = already.get(source)
            if spec is None or (spec.name, spec.version) != (name, version):
                spec = parse_form(source, file=f"{name} v{version} (database)", stem=name)
        except FormDefinitionError:
            if version == in_use.get(name):
                raise
            continue  # a proposal kept by an older release that the checks of this one refuse: never offered
        (forms if version == in_use.get(name) else proposed).append(spec)
    check_references(forms)
    return FormRegistry(forms, proposed=proposed)


@dataclass(frozen=True)
class Proposal:
    form: FormSpec
    current: FormSpec | None
    changes: list[FormChange]


def proposals(forms: FormRegistry) -> list[Proposal]:
    """Each definition awaiting a decision, with what it changes compared with the form in use."""
    return [
        Proposal(form, current, form_changes(current, form))
        for form in forms.proposed
        for current in [forms.get(form.name) if form.name in forms else None]
    ]


def accept_proposal(store: Store, name: str, version: int) -> FormSpec:
    """Put the proposed definition (`name`, `version`) in use, or raise `InvalidInput` saying why not."""
    with store.transaction():
        forms = effective_forms(store.conn)
        proposed = next((f for f in forms.proposed if f.name == name and f.version == version), None)
        if proposed is None:
            available = ", ".join(f"{f.name} {f.version}" for f in forms.proposed) or "—"
            raise InvalidInput("form_proposal_unknown", form=name, version=version, available=available)
        others = [f for f in forms if f.name != name]
        check_references([*others, proposed])  # a FormDefinitionError naming the field and the missing form
        _check_records(store.conn, proposed)
        store.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (IN_USE + name, str(version)))
    store.forms = effective_forms(store.conn)
    # The lists' keys follow the forms in use (their titles and columns): made again now, as a start with these
    # forms would, rather than left to the next start while the window sorts by the new form's columns.
    derived.open_tables(store.conn, store.forms, transaction=store.transaction)
    return proposed


def _check_records(conn: sqlite3.Connection, form: FormSpec) -> None:
    """Refuse a definition under which a record of the form (not deleted) would lose a value it holds or could no
    longer be saved as it is."""
    rows = conn.execute(
        "SELECT id, state, data FROM records WHERE form = ? AND deleted = 0 ORDER BY id", (form.name,)
    ).fetchall()
    for record_id, state, text in rows:
        data = json.loads(text)
        dropped = _dropped(form.fields, data, "")
        if dropped:
            raise InvalidInput("form_accept_drops_value", form=form.name, version=form.version, id=record_id,
                               field=dropped)  # fmt: skip
        if state == "final":
            try:
                clean_record(form, data, draft=False)
            except ValidationFailed as error:
                problem = error.problems[0]
                raise InvalidInput("form_accept_record_fails", form=form.name, version=form.version, id=record_id,
                                   field=problem.path) from None  # fmt: skip


def _dropped(fields: tuple[FieldSpec, ...], data: dict[str, Any], prefix: str) -> str:
    """The first field holding a value that `fields` would not keep (unknown, or not relevant any more)."""
    known = {spec.name: spec for spec in fields}
    for name, value in data.items():
        if value in (None, "", [], {}):
            continue
        spec = known.get(name)
        if spec is None:
            return prefix + name
        if spec.relevant is not None and spec.relevant.evaluate(data) is not True:  # as clean_record drops it
            return prefix + name
        if spec.type == "group" and isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict) and (inner := _dropped(spec.fields, entry, f"{name}.")):
                    return inner
    return ""


def stored_digest_mismatches(db: sqlite_utils.Database, shipped: FormRegistry) -> list[str]:
    """Shipped forms whose text differs from the stored one of the same version: the version was not raised."""
    found = []
    for form in shipped:
        rows = list(db.query("SELECT digest FROM form_definitions WHERE name = ? AND version = ?",
                             [form.name, form.version]))  # fmt: skip
        if rows and rows[0]["digest"] != form.digest:
            found.append(f"form {form.name} v{form.version}: the file differs from the stored definition")
    return found
