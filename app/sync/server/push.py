"""Pushing: what this laptop holds and the server lacks, as immutable documents, then what it held of each record.

In order, so that whatever a document names is on the server before it: content keys (in an organisation), form
definitions, photos, signed batches, versions, and last the push documents. Each kind goes in bounded batches:
`_revs_diff` asks which of a batch the server lacks, `_bulk_docs` with `new_edits: false` sends those, and the cache
(`app.sync.server.state`) notes the batch as on the server. Everything is idempotent: a push cut at any point sends,
next time, what did not arrive, and nothing twice (a document sent twice is the same document).

A push document (`push:<laptop>:<time>`) names, for each record that had a version to send, this laptop's current
version, when the record was created, and the stamps of its history; with the conflicts changed since the last push
and the "not the same" marks not yet sent. With the versions, that is exactly what this laptop's file from a stick
would bring of those records: the laptop that pulls it merges it as such (app/sync/server/pull.py).
"""

from __future__ import annotations

import base64
import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.core.clock import now_text
from app.core.forms import FieldSpec, FormSpec
from app.db.store import Store
from app.sync.server import documents
from app.sync.server.couch import ServerError
from app.sync.server.documents import (
    BATCH_COLUMNS,
    CONFLICT_COLUMNS,
    FORM_COLUMNS,
    FORM_NOTE_COLUMNS,
    HISTORY_COLUMNS,
    PAIR_COLUMNS,
    PHOTO_COLUMNS,
    canonical,
    row_document,
)
from app.sync.server.envelope import Envelope
from app.sync.server.state import SyncState

BATCH_DOCUMENTS = 500  # documents per request
BATCH_BYTES = 4_000_000  # photos: about this many bytes per request at most
RECORDS_PER_PUSH = 1_000  # records named by one push document (a few hundred kilobytes)
Progress = Callable[[int, int], None]


class Client(Protocol):
    bytes_sent: int

    def revs_diff(self, revs: dict[str, list[str]]) -> dict[str, list[str]]: ...
    def bulk_docs(self, docs: list[dict[str, Any]]) -> None: ...


@dataclass
class PushSummary:
    sent: dict[str, int] = field(default_factory=dict)  # kind -> documents sent (the server lacked them)
    already: int = 0  # documents the server held already (another laptop sent them)
    records: int = 0  # records named by push documents
    pushes: int = 0  # push documents
    bytes_sent: int = 0

    @property
    def total_sent(self) -> int:
        return sum(self.sent.values())


def push(store: Store, client: Client, envelope: Envelope, state: SyncState, *, progress: Progress | None = None,
         cancelled: Callable[[], bool] = lambda: False, member_list: str = "") -> PushSummary:  # fmt: skip
    """Send what the server lacks (see the module's text). `progress(done, total)` counts documents considered.
    `member_list`: in an organisation, the list this laptop holds, carried by its push documents as by its sealed
    files (a laptop that syncs through the server alone learns of a removal)."""
    summary = PushSummary()
    bytes_before = client.bytes_sent
    known = state.known()
    conn = store.conn
    # The versions held now: what the push documents name is taken from these alone (the window may be saving
    # meanwhile; a version written later goes with the next push, never named before it was sent).
    signed_held = conn.execute("SELECT record_id, hlc, signature FROM history ORDER BY record_id, hlc").fetchall()
    held = [(r, h) for r, h, _ in signed_held]
    # A version is named again once it is signed (a laptop signs its versions from before the organisation began,
    # or receives their signature later): its signature travels in the push document, the version not again.
    pending_versions = [(r, h) for r, h, signature in signed_held if documents.version_id(r, h) not in known
                        or (signature is not None and documents.signed_key(r, h) not in known)]  # fmt: skip
    signatures = {(r, h): signature for r, h, signature in signed_held if signature is not None}
    pending = {
        "key": [d for d in envelope.key_documents() if d[0] not in known],
        "form": [k for k in conn.execute("SELECT name, version FROM form_definitions")
                 if documents.form_id(*k) not in known],
        "photo": [k for (k,) in conn.execute("SELECT sha256 FROM photos") if documents.photo_id(k) not in known],
        "batch": [k for (k,) in conn.execute("SELECT id FROM signed_batches") if documents.batch_id(k) not in known],
    }  # fmt: skip
    held_set = set(held)
    conflicts = [row for row in _changed_conflicts(conn, state.conflicts_sent())
                 if all((row["record_id"], row[c]) in held_set for c in ("hlc_a", "hlc_b", "resolved_hlc") if row[c])]  # fmt: skip
    # Marks and photo notes are sent again when a merge changed them (it keeps the earliest note of each).
    pairs = [row for row in _rows(conn, f"SELECT {', '.join(PAIR_COLUMNS)} FROM distinct_pairs", PAIR_COLUMNS)
             if _note_id("pair", row) not in known]  # fmt: skip
    # How this laptop notes its photos (those not noted to the server yet) and form definitions (all: a few).
    photo_notes = [row for row in _rows(conn, f"SELECT {', '.join(PHOTO_COLUMNS)} FROM photos", PHOTO_COLUMNS)
                   if _note_id("photonote", row) not in known]  # fmt: skip
    form_notes = _rows(conn, f"SELECT {', '.join(FORM_NOTE_COLUMNS)} FROM form_definitions", FORM_NOTE_COLUMNS)
    # Notes are sent again when one changed (a merge found an earlier note of the same definition).
    new_form_notes = [_note_id("formnote", row) for row in form_notes if _note_id("formnote", row) not in known]
    total = sum(len(v) for v in pending.values()) + len(pending_versions)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    for kind, batches in (
        ("key", _chunks(pending["key"], BATCH_DOCUMENTS)),
        ("form", (_read(conn, "form", keys) for keys in _chunks(pending["form"], BATCH_DOCUMENTS))),
        ("photo", _photo_batches(conn, pending["photo"], envelope)),
        ("batch", (_read(conn, "batch", keys) for keys in _chunks(pending["batch"], BATCH_DOCUMENTS))),
        ("version", (_read(conn, "version", keys) for keys in _chunks(pending_versions, BATCH_DOCUMENTS))),
    ):
        for batch in batches:
            if cancelled():
                raise ServerError("server_cancelled")
            _send(client, envelope, state, kind, batch, summary)
            step(len(batch))
    # Each record a version or a conflict is sent for (a conflict is merged with its record's versions).
    records = _referred_first(conn, store.forms, {r for r, _ in pending_versions} | {c["record_id"] for c in conflicts})
    stamps: dict[str, list[str]] = {record_id: [] for record_id in records}
    for record_id, hlc in held:
        if record_id in stamps:
            stamps[record_id].append(hlc)
    parts = list(_entries(conn, records, stamps, signatures)) or (
        [[]] if conflicts or pairs or photo_notes or new_form_notes else []
    )
    for part, entries in enumerate(parts):
        first = part == 0  # the conflicts, marks and notes go with the first
        body = {"t": "push", "device": store.device_id, "device_name": store.device_name, "at": now_text(),
                "records": entries, "conflicts": conflicts if first else [], "pairs": pairs if first else [],
                "photos": photo_notes if first else [], "forms": form_notes}  # fmt: skip
        if member_list:
            body["list"] = member_list
        _send_push(client, envelope, store, body, summary)
        summary.records += len(entries)
    state.add(documents.signed_key(r, h) for r, h in pending_versions if (r, h) in signatures)
    state.set_conflicts_sent({row["id"]: _digest(row) for row in conflicts})
    summary.bytes_sent = client.bytes_sent - bytes_before  # every request's body, the questions included
    state.add([*(_note_id("pair", row) for row in pairs), *(_note_id("photonote", row) for row in photo_notes),
               *new_form_notes])  # fmt: skip
    return summary


def _send(client: Client, envelope: Envelope, state: SyncState, kind: str,
          batch: list[tuple[str, str, dict[str, Any]]], summary: PushSummary) -> None:  # fmt: skip
    """One batch of (id, revision, body): the ones the server lacks are sealed and sent; all are then known."""
    missing = client.revs_diff({doc_id: [rev] for doc_id, rev, _ in batch})
    documents_out = []
    for doc_id, rev, body in batch:
        if rev not in missing.get(doc_id, ()):
            continue
        attachment = body.pop("_attachment", None)
        document = {"_id": doc_id, "_rev": rev, **(body if kind == "key" else envelope.seal(doc_id, body))}
        if attachment is not None:
            document["_attachments"] = {documents.ATTACHMENT: {"content_type": "application/octet-stream",
                                        "data": base64.b64encode(attachment).decode("ascii")}}  # fmt: skip
        documents_out.append(document)
    if documents_out:
        client.bulk_docs(documents_out)
    summary.sent[kind] = summary.sent.get(kind, 0) + len(documents_out)
    summary.already += len(batch) - len(documents_out)
    state.add(doc_id for doc_id, _, _ in batch)


def _send_push(client: Client, envelope: Envelope, store: Store, body: dict[str, Any], summary: PushSummary) -> None:
    # Named by the laptop and a time (with the digest of its content: two pushes in one millisecond differ).
    doc_id = f"push:{store.device_id}:{body['at']}:{hashlib.sha256(canonical(body)).hexdigest()[:12]}"
    document = {"_id": doc_id, "_rev": documents.revision(doc_id, body), **envelope.seal(doc_id, body)}
    client.bulk_docs([document])
    summary.pushes += 1


def _rows(conn: sqlite3.Connection, query: str, columns: tuple[str, ...], params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:  # fmt: skip
    return [dict(zip(columns, row, strict=True)) for row in conn.execute(query, params)]


def _read(conn: sqlite3.Connection, kind: str, keys: list[Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """The documents of one batch of `kind` (form: (name, version) keys; batch: ids; version: (record, stamp))."""
    if kind == "version":
        query = f"SELECT {', '.join(HISTORY_COLUMNS)} FROM history WHERE record_id = ? AND hlc = ?"
        rows = [_rows(conn, query, HISTORY_COLUMNS, tuple(key))[0] for key in keys]
    elif kind == "form":
        query = f"SELECT {', '.join(FORM_COLUMNS)} FROM form_definitions WHERE name = ? AND version = ?"
        rows = [_rows(conn, query, FORM_COLUMNS, tuple(key))[0] for key in keys]
    else:
        query = f"SELECT {', '.join(BATCH_COLUMNS)} FROM signed_batches WHERE id = ?"
        rows = [_rows(conn, query, BATCH_COLUMNS, (key,))[0] for key in keys]
    return [row_document(kind, row) for row in rows]


def _photo_batches(conn: sqlite3.Connection, digests: list[str], envelope: Envelope) -> Iterator[list[Any]]:
    batch: list[tuple[str, str, dict[str, Any]]] = []
    size = 0
    for sha256 in digests:
        found = conn.execute("SELECT size, mime, added_at, content FROM photos WHERE sha256 = ?", (sha256,)).fetchone()
        row = {"sha256": sha256, "size": found[0], "mime": found[1], "added_at": found[2]}
        doc_id, rev, body = row_document("photo", row)
        body["_attachment"] = envelope.seal_bytes(doc_id, bytes(found[3]))
        batch.append((doc_id, rev, body))
        size += len(found[3])
        if size >= BATCH_BYTES or len(batch) >= BATCH_DOCUMENTS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _referred_first(conn: sqlite3.Connection, forms: Iterable[FormSpec], records: set[str]) -> list[str]:
    """The records in an order where a record referred to by others comes before them: by form, the forms referred
    to first (cooperatives before the visits that name them), then by id. A laptop that pulls merges the pushes in
    that order, each part checked against what it holds already, as a file from a stick is checked whole."""
    targets = {form.name: _referred_forms(form.fields) for form in forms}
    rank: dict[str, int] = {}

    def rank_of(name: str, seen: frozenset[str] = frozenset()) -> int:
        if name not in rank:  # one more than the forms it refers to (a cycle, never shipped, counts as none)
            deeper = [rank_of(t, seen | {name}) for t in targets.get(name, ()) if t not in seen and t != name]
            rank[name] = 1 + max(deeper, default=0)
        return rank[name]

    form_of = dict(conn.execute("SELECT id, form FROM records"))
    return sorted(records, key=lambda record_id: (rank_of(form_of.get(record_id, "")), record_id))


def _referred_forms(fields: Iterable[FieldSpec]) -> set[str]:
    found: set[str] = set()
    for spec in fields:
        if spec.form:
            found.add(spec.form)
        found |= _referred_forms(spec.fields)
    return found


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _entries(conn: sqlite3.Connection, records: list[str], stamps: dict[str, list[str]],
             signatures: dict[tuple[str, str], str]) -> Iterator[list[dict[str, Any]]]:  # fmt: skip
    """What this laptop holds of each record (its current version is its greatest stamp, and the batch signing
    each version, or None), in push documents of `RECORDS_PER_PUSH` records."""
    for chunk in _chunks(records, RECORDS_PER_PUSH):
        entries = []
        for record_id in chunk:
            (created_at,) = conn.execute("SELECT created_at FROM records WHERE id = ?", (record_id,)).fetchone()
            history = stamps[record_id]
            entries.append({"id": record_id, "hlc": max(history), "created_at": created_at, "history": history,
                            "signatures": [signatures.get((record_id, stamp)) for stamp in history]})  # fmt: skip
        yield entries


def _note_id(kind: str, row: dict[str, Any]) -> str:
    """How the cache names a mark or a note as sent: by its content (a changed one is sent again)."""
    return f"{kind}:{_digest(row)}"


def _digest(row: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(row)).hexdigest()[:32]


def _changed_conflicts(conn: sqlite3.Connection, sent: dict[str, str]) -> list[dict[str, Any]]:
    rows = _rows(conn, f"SELECT {', '.join(CONFLICT_COLUMNS)} FROM conflicts", CONFLICT_COLUMNS)
    return [row for row in rows if sent.get(row["id"]) != _digest(row)]
