"""Conflicts: a record edited on two laptops at once, found by a merge, reviewed and resolved by a person.

While a conflict is open, every laptop shows the version with the greatest stamp (so they agree without talking to
each other). Resolving writes an ordinary new version holding the chosen values: it has a new, greater stamp, so it
travels by the normal merge rule and wins over both versions everywhere, while both stay in the history. The
conflict rows travel in the files too, and a resolution closes the conflict on every laptop that merges it.

"Mine" is the version made on this laptop when exactly one of the two was; otherwise (a coordinator reviewing two
agents' edits) the version this laptop held when the merge found the conflict.

An import of a sheet finds conflicts too (`record_conflict`): a row changing a record that changed since the
sheet was exported. There "mine" is the version the record held (the change made since the export, wherever it was
made) and "theirs" the imported one, whose history names the sheet (`Version.origin`), on every laptop alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.clock import now_text
from app.core.errors import InvalidInput
from app.core.origin import imported_from
from app.core.validation import clean_record
from app.db.store import Record, Store, Version
from app.sync.package import conflict_id

SIDES = ("mine", "theirs")


@dataclass(frozen=True)
class Conflict:
    id: str
    record_id: str
    form: str
    mine: Version
    theirs: Version
    shown_hlc: str  # the record's current version (the greater of the two, or a later edit)
    detected_at: str
    detected_device_name: str
    resolved_hlc: str | None
    resolved_at: str | None
    resolved_by: str | None
    resolved_device_name: str | None

    @property
    def is_open(self) -> bool:
        return self.resolved_hlc is None

    def side(self, name: str) -> Version:
        if name not in SIDES:
            raise InvalidInput("conflict_bad_side", text=name)
        return self.mine if name == "mine" else self.theirs

    def differing_fields(self) -> list[str]:
        keys = {*self.mine.data, *self.theirs.data}
        return sorted(k for k in keys if self.mine.data.get(k) != self.theirs.data.get(k))


def record_conflict(store: Store, record_id: str, *, held_hlc: str, other_hlc: str) -> str:
    """Record, inside the caller's transaction, a conflict found outside a merge (an import) between the version the
    record held (`held_hlc`) and another of its versions, exactly as a merge records one: the id derived from the
    record and the two stamps, found now by this laptop. Returns its id."""
    if not store.conn.in_transaction:
        raise RuntimeError("record_conflict outside a transaction")
    found = conflict_id(record_id, held_hlc, other_hlc)
    store.conn.execute(
        "INSERT INTO conflicts (id, record_id, hlc_a, hlc_b, held_hlc, detected_at, detected_device,"
        " detected_device_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        (found, record_id, min(held_hlc, other_hlc), max(held_hlc, other_hlc), held_hlc, now_text(), store.device_id,
         store.device_name),
    )  # fmt: skip
    return found


_SELECT = (
    "SELECT c.id, c.record_id, c.hlc_a, c.hlc_b, c.held_hlc, c.detected_at, c.detected_device_name, c.resolved_hlc,"
    " c.resolved_at, c.resolved_by, c.resolved_device_name, r.hlc FROM conflicts c JOIN records r ON r.id = c.record_id"
)


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[Conflict]:
    where = "" if include_resolved else " WHERE c.resolved_hlc IS NULL"
    rows = store.conn.execute(_SELECT + where + " ORDER BY c.detected_at, c.id").fetchall()
    return [_conflict(store, row) for row in rows]


def find_conflict(store: Store, text: str) -> Conflict:
    """A conflict by its id or the start of it (at least 4 characters), as `taawun conflicts` shows it."""
    prefix = text.strip().lower()
    if not re.fullmatch(r"[0-9a-f]{4,16}", prefix):
        raise InvalidInput("conflict_not_found", id=text)
    rows = store.conn.execute(_SELECT + " WHERE c.id LIKE ? || '%'", (prefix,)).fetchall()
    if not rows:
        raise InvalidInput("conflict_not_found", id=text)
    if len(rows) > 1:
        raise InvalidInput("conflict_ambiguous", id=text, count=len(rows))
    return _conflict(store, rows[0])


def is_imported(version: Version) -> bool:
    """Whether an import of a sheet wrote the version (its origin is "FILE:ROW")."""
    return version.origin is not None and imported_from(version.origin) is not None


def _conflict(store: Store, row: tuple) -> Conflict:
    (conflict_id, record_id, hlc_a, hlc_b, held, detected_at, detected_name, resolved_hlc, resolved_at, resolved_by,
     resolved_name, shown) = row  # fmt: skip
    versions = {v.hlc: v for v in store.history(record_id) if v.hlc in (hlc_a, hlc_b)}
    a, b = versions[hlc_a], versions[hlc_b]
    kept, other = (a, b) if held == hlc_a else (b, a)
    own = [v for v in (a, b) if v.device == store.device_id]
    if is_imported(other) and not is_imported(kept):  # found by an import: the sheet's version is "theirs"
        mine = kept
    else:
        mine = own[0] if len(own) == 1 else kept
    theirs = b if mine is a else a
    return Conflict(conflict_id, record_id, a.form, mine, theirs, shown, detected_at, detected_name, resolved_hlc,
                    resolved_at, resolved_by, resolved_name)  # fmt: skip


@dataclass(frozen=True)
class Resolution:
    conflict_id: str
    record: Record  # the new version
    closed: int  # open conflicts of the record it closed (this one included)


def resolve_conflict(store: Store, text: str, *, keep: str, fields: dict[str, str] | None = None) -> Resolution:
    """Write the chosen values as a new version, closing the record's open conflicts.

    `keep` chooses the version to start from, `fields` ({field: "mine" | "theirs"}) takes single fields from
    either side. The values are validated like any edit; nothing is written if they do not pass.
    """
    # Everything read inside the transaction: another process may resolve the conflict, or edit the record, at the
    # same time; the new version is based on what is there once this one holds the write lock.
    with store.transaction():
        conflict = find_conflict(store, text)
        if not conflict.is_open:
            raise InvalidInput("conflict_already_resolved", id=conflict.id)
        base = conflict.side(keep)
        current = store.get(conflict.record_id, include_deleted=True)
        form = store.forms.for_record(current.form, current.form_version)
        data = dict(base.data)
        for name, side in (fields or {}).items():
            if form.field(name) is None:
                raise InvalidInput("conflict_unknown_field", field=name, form=form.name)
            source = conflict.side(side).data
            if name in source:
                data[name] = source[name]
            else:
                data.pop(name, None)
        draft = base.state == "draft"
        cleaned = clean_record(form, data, draft=draft)
        # The store's own checks and write (`Store.write_version`, inside this transaction), so a resolution is
        # checked and written exactly like an edit.
        if base.deleted:
            users = store.records_referring_to(conflict.record_id)
            if users:
                raise InvalidInput("record_in_use", id=conflict.record_id, count=len(users))
        else:
            store.check_links(form, cleaned, draft=draft)
        now = now_text()
        store.write_version(conflict.record_id, form, cleaned, state=base.state, version=current.version + 1,
                            created_at=current.created_at, now=now, deleted=base.deleted)  # fmt: skip
        # Every open conflict of the record: the new version was chosen knowing all the versions held here.
        closed = store.conn.execute(
            "UPDATE conflicts SET resolved_hlc = ?, resolved_at = ?, resolved_by = ?, resolved_device_name = ?"
            " WHERE record_id = ? AND resolved_hlc IS NULL",
            (store.clock.last, now, store.author, store.device_name, conflict.record_id),
        ).rowcount
        return Resolution(conflict.id, store.get(conflict.record_id, include_deleted=True), closed)
