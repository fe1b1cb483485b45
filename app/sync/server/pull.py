"""Pulling: the server's changes since this laptop's checkpoint, in batches, each merged as a file from a stick.

The changes feed is read `CHANGES_PER_BATCH` rows at a time. Its push documents (other laptops'; this laptop's own
bring nothing it does not hold) say what their laptop held of each record; consecutive pushes of one laptop are
merged together, up to `RECORDS_PER_PACKAGE` records. For each such group the versions this laptop lacks are read
from the server, with the form definitions, signed batches and photos they need, opened (in an organisation:
decrypted, the push's signature checked), and written as a package (`pulled_package`), which `app.sync.merge`
checks and merges like any file: bounds, signatures, validation, the same union of versions. Only then does the
checkpoint (`_local/taawun-pull-<laptop>` on the server) move past the batch, so a pull cut at any point starts
again where it stopped, and merging a group twice changes nothing.

A group that is refused is logged in the sync log with its reason (like a file from a stick) and passed: the next
pull does not try it again (`taawun sync pull --all` reads the whole feed again, e.g. once a passphrase was given
or a form accepted).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app.core.errors import PackageRejected
from app.db.store import Store
from app.security.organisation import Unlocked
from app.sync.merge import FileOutcome, after_merges, merge_file
from app.sync.server import documents
from app.sync.server.branches import first_genuine
from app.sync.server.couch import Changes, ServerError
from app.sync.server.envelope import Envelope
from app.sync.server.pulled_package import PulledBatch, write_package
from app.sync.server.state import SyncState
from app.sync.sync_log import log_rejected

CHANGES_PER_BATCH = 2_000
RECORDS_PER_PACKAGE = 5_000
FETCH_PER_REQUEST = 500
Progress = Callable[[int, int], None]


class Client(Protocol):
    def database_info(self) -> dict[str, Any]: ...
    def changes(self, since: str | None, limit: int) -> Changes: ...
    def get_docs(self, ids: list[str]) -> dict[str, dict[str, Any]]: ...
    def get_revision(self, doc_id: str, rev: str) -> dict[str, Any] | None: ...
    def get_attachment(self, doc_id: str, name: str, rev: str | None = None) -> bytes: ...
    def get_local(self, name: str) -> dict[str, Any] | None: ...
    def put_local(self, name: str, body: dict[str, Any]) -> None: ...


@dataclass
class PullSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)
    changes_read: int = 0
    pushes_read: int = 0
    followed: int = 0  # records of this laptop's re-pointed after the merges (app/db/joining.py): news of its own


def checkpoint_name(store: Store) -> str:
    return f"taawun-pull-{store.device_id}"


def pull(store: Store, client: Client, envelope: Envelope, state: SyncState, *, server: str,
         keys: Unlocked | None = None, from_start: bool = False, progress: Progress | None = None,
         cancelled: Callable[[], bool] = lambda: False) -> PullSummary:  # fmt: skip
    """Merge what other laptops pushed since the checkpoint (see the module's text); `from_start`: the whole feed."""
    summary = PullSummary()
    checkpoint = None if from_start else client.get_local(checkpoint_name(store))
    since = None if checkpoint is None else str(checkpoint.get("seq"))
    merged_any = False
    told = _FeedPosition(client, since) if progress is not None else None
    try:
        while True:
            if cancelled():
                raise ServerError("server_cancelled")
            rows, last_seq, ended = client.changes(since, CHANGES_PER_BATCH)
            summary.changes_read += len(rows)
            own = f"push:{store.device_id}:"
            pushes = [(seq, doc_id) for seq, doc_id, _ in rows
                      if doc_id.startswith("push:") and not doc_id.startswith(own)]  # fmt: skip
            summary.pushes_read += len(pushes)
            for group in _groups(client, envelope, pushes):
                if cancelled():  # between two merges: what is merged stays merged, the checkpoint waits
                    raise ServerError("server_cancelled")
                outcome = _merge_group(store, client, envelope, state, group, server=server, keys=keys)
                summary.outcomes.append(outcome)
                merged_any = merged_any or outcome.merged
                if progress is not None and told is not None:
                    progress(*told.at(group.seq, len(summary.outcomes)))
            if progress is not None and told is not None:
                progress(*told.at(last_seq, len(summary.outcomes)))
            if last_seq != since:
                client.put_local(checkpoint_name(store), {"seq": last_seq})
            if ended or last_seq == since:  # a short batch is the feed's end: no request to learn it (a round trip
                break  # saved on every sync, which a field connection feels)
            since = last_seq
    except ServerError:
        # Cut or cancelled: what was merged stays merged, and is followed and indexed now, as after any merge.
        after_merges(store, merged_any=merged_any)
        raise
    summary.followed = after_merges(store, merged_any=merged_any).followed
    return summary


class _FeedPosition:
    """How far along the changes feed a pull is, for its progress: (done, total) in changes, from the sequences'
    numbers (PouchDB Server's are numbers, CouchDB 3's strings starting with one: close enough to count by), from
    the checkpoint to the database's last sequence when the pull began. A server whose sequences hold no number
    gets the merged groups counted instead, with one more always to come."""

    def __init__(self, client: Client, since: str | None) -> None:
        self.start = 0 if since is None else _number(since)
        self.end = _number(client.database_info().get("update_seq"))

    def at(self, seq: str, groups: int) -> tuple[int, int]:
        here = _number(seq)
        if self.start is None or self.end is None or here is None or self.end <= self.start:
            return groups, groups + 1
        total = self.end - self.start
        return min(max(here - self.start, 0), total), total


def _number(seq: Any) -> int | None:
    digits = re.match(r"\d{1,18}", str(seq)) if seq is not None else None
    return int(digits.group()) if digits else None


@dataclass
class _Group:
    device: str
    device_name: str
    pushed_at: str
    shown: str
    seq: str = ""  # the feed's sequence of its last push document
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)
    pairs: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    photos: dict[str, dict[str, Any]] = field(default_factory=dict)
    forms: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    member_list: str = ""  # in an organisation, the list the pushing laptop held
    refused: PackageRejected | None = None


def _groups(client: Client, envelope: Envelope, pushes: list[tuple[str, str]]) -> Iterator[_Group]:
    """Consecutive pushes of one laptop together (a later push holds at least what an earlier one did); `pushes`:
    (sequence, id) in the feed's order."""
    group: _Group | None = None
    for start in range(0, len(pushes), FETCH_PER_REQUEST):
        chunk = pushes[start : start + FETCH_PER_REQUEST]
        found = client.get_docs([doc_id for _, doc_id in chunk])
        for seq, doc_id in chunk:
            if doc_id not in found:
                continue
            device = doc_id.split(":")[1]
            try:
                body, pushed = first_genuine(client, doc_id, found[doc_id],
                                             functools.partial(_opened_push, envelope, doc_id, device))  # fmt: skip
            except PackageRejected as refusal:
                if group is not None:
                    yield group
                    group = None
                yield _Group(device, "", "", doc_id, seq, refused=refusal)
                continue
            if group is not None and (group.device != device or len(group.records) >= RECORDS_PER_PACKAGE):
                yield group
                group = None
            if group is None:
                group = _Group(device, str(body.get("device_name", ""))[:100], str(body.get("at", ""))[:40], doc_id)
            group.pushed_at = str(body.get("at", ""))[:40]
            group.seq = seq
            group.records.update((entry["id"], entry) for entry in pushed.records)
            group.conflicts.update((row["id"], row) for row in pushed.conflicts)
            group.pairs.update(((row["record_a"], row["record_b"]), row) for row in pushed.pairs)
            group.photos.update((row["sha256"], row) for row in pushed.photos)
            group.forms.update(((row["name"], row["version"]), row) for row in pushed.forms)
            if isinstance(body.get("list"), str):
                group.member_list = body["list"]
    if group is not None:
        yield group


def _merge_group(store: Store, client: Client, envelope: Envelope, state: SyncState, group: _Group, *,
                 server: str, keys: Unlocked | None) -> FileOutcome:  # fmt: skip
    shown = f"{server} ({group.shown})"
    if group.refused is not None:
        group.refused.params.setdefault("path", shown)
        log_rejected(store, file=shown, rejection=group.refused)
        return FileOutcome(Path(group.shown), rejection=group.refused, shown=shown)
    from app.security.placing import plaintext_file

    with plaintext_file("pulled") as path:
        try:
            if group.member_list:
                _adopt_list(store, group.member_list, shown)
            batch, fetched = _gather(store, client, envelope, group)
            write_package(batch, path)
        except PackageRejected as refusal:
            refusal.params.setdefault("path", shown)
            log_rejected(store, file=shown, rejection=refusal)
            return FileOutcome(Path(group.shown), rejection=refusal, shown=shown)
        outcome = dataclasses.replace(merge_file(store, path, keys=keys, shown=shown, opened_by_transport=True),
                                      shown=shown)  # fmt: skip
    if outcome.merged:  # on the server, and merged here (named again by this laptop only once it signs them)
        signed = (documents.signed_key(*key) for key, row in batch.versions.items() if row["signature"] is not None)
        state.add([*fetched, *signed])
    return outcome


def _adopt_list(store: Store, text: str, shown: str) -> None:
    """A later member list of this laptop's organisation, which a push carries as a sealed file does, is kept
    (checked by `read_list`: signed by the organisation's key); any other is ignored."""
    from app.security import organisation
    from app.security.member_list import read_list

    if organisation.load(store) is None:
        return
    offered = read_list(text)
    with store.transaction():
        organisation.adopt(store, offered)


def _opened_push(envelope: Envelope, doc_id: str, device: str, stored: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """A push document's body and entries, opened (in an organisation: decrypted, its signature checked) and checked:
    the laptop its id names, and its revision, derived from its body when it was pushed."""
    body = envelope.open(doc_id, stored)
    pushed = documents.push_entries(doc_id, body)
    if body.get("device") != device:
        raise documents.malformed(doc_id, "the laptop it names")
    if stored.get("_rev") != documents.revision(doc_id, body):
        raise PackageRejected("server_document_not_genuine", document=doc_id[:120])
    return body, pushed


def _gather(store: Store, client: Client, envelope: Envelope, group: _Group) -> tuple[PulledBatch, list[str]]:
    """The batch's rows: versions this laptop holds are copied from it (the same versions: a version never
    changes), the others read from the server; with what they need."""
    conn = store.conn
    batch = PulledBatch(group.device, group.device_name, group.pushed_at, group.records, conflicts=group.conflicts,
                        pairs=group.pairs)  # fmt: skip
    wanted: set[tuple[str, str]] = set()
    for entry in group.records.values():
        wanted.update((entry["id"], stamp) for stamp in entry["history"])
    for row in group.conflicts.values():
        wanted.update((row["record_id"], row[c]) for c in ("hlc_a", "hlc_b", "resolved_hlc") if isinstance(row[c], str))
    columns = ", ".join(documents.HISTORY_COLUMNS)
    missing = []
    for key in sorted(wanted):
        found = conn.execute(f"SELECT {columns} FROM history WHERE record_id = ? AND hlc = ?", key).fetchone()
        if found is None:
            missing.append(key)
        else:
            batch.versions[key] = dict(zip(documents.HISTORY_COLUMNS, found, strict=True))
    fetched: list[str] = []
    for doc_id, row in _fetch_rows(client, envelope, [documents.version_id(*key) for key in missing]):
        batch.versions[(row["record_id"], row["hlc"])] = row
        fetched.append(doc_id)
    # The signature the pushing laptop holds for a version held here (or on the server) unsigned: checked by the
    # merge against its batch, as a file's (a version of before the organisation, signed since).
    for entry in group.records.values():
        for stamp, signature in zip(entry["history"], entry["signatures"], strict=True):
            version = batch.versions.get((entry["id"], stamp))
            if version is not None and signature is not None and version["signature"] is None:
                batch.versions[(entry["id"], stamp)] = {**version, "signature": signature}
    new_versions = [batch.versions[key] for key in missing if key in batch.versions]
    # Form definitions: as the pushing laptop notes them (the text from here when this laptop holds the same
    # definition, else from the server), those the new versions were filled with, and every other one this laptop
    # holds (a definition's references are checked against the file's).
    held_forms = {(row[0], row[1]): row for row in conn.execute(
        f"SELECT {', '.join(documents.FORM_COLUMNS)} FROM form_definitions")}  # fmt: skip
    forms: dict[tuple[Any, Any], dict[str, Any]] = {}
    for form_key, note in group.forms.items():
        held = held_forms.get(form_key)
        if held is not None and held[2] == note["digest"]:
            forms[form_key] = {**dict(zip(documents.FORM_COLUMNS, held, strict=True)), "added_at": note["added_at"]}
    wanted_forms = ({(row["form"], row["form_version"]) for row in new_versions} | set(group.forms)) - set(held_forms)
    for doc_id, row in _fetch_rows(
        client, envelope, [documents.form_id(*key) for key in sorted(wanted_forms, key=str)]
    ):
        noted = group.forms.get((row["name"], row["version"]))
        forms[(row["name"], row["version"])] = row if noted is None else {**row, "added_at": noted["added_at"]}
        fetched.append(doc_id)
    for form_key, definition in held_forms.items():
        forms.setdefault(form_key, dict(zip(documents.FORM_COLUMNS, definition, strict=True)))
    batch.forms = list(forms.values())
    signatures = {row["signature"] for row in batch.versions.values() if isinstance(row["signature"], str)}
    held_batches = {r[0] for r in conn.execute("SELECT id FROM signed_batches")} if signatures else set()
    for doc_id, row in _fetch_rows(
        client, envelope, [documents.batch_id(s) for s in sorted(signatures - held_batches)]
    ):
        batch.batches.append(row)
        fetched.append(doc_id)
    # Photos as the pushing laptop notes them; the bytes from here when this laptop holds them, else from the server.
    for sha256, photo in group.photos.items():
        found = conn.execute("SELECT content FROM photos WHERE sha256 = ?", (sha256,)).fetchone()
        if found is not None:
            batch.photos.append((photo, bytes(found[0])))
            continue
        doc_id = documents.photo_id(sha256)
        stored = client.get_docs([doc_id]).get(doc_id)
        if stored is None:
            continue  # not on the server: the merge says which version lacks it
        content = first_genuine(client, doc_id, stored, functools.partial(_photo_bytes, client, envelope, sha256))
        batch.photos.append((photo, content))
        fetched.append(doc_id)
    return batch, fetched


def _fetch_rows(client: Client, envelope: Envelope, ids: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The rows of the documents `ids` the server holds (those it lacks are left out: the merge's checks then say
    what is missing), opened and their shape checked."""
    for start in range(0, len(ids), FETCH_PER_REQUEST):
        chunk = ids[start : start + FETCH_PER_REQUEST]
        found = client.get_docs(chunk)
        for doc_id in chunk:
            if doc_id not in found:
                continue
            yield doc_id, first_genuine(client, doc_id, found[doc_id], functools.partial(_row, envelope, doc_id))


def _row(envelope: Envelope, doc_id: str, stored: dict[str, Any]) -> dict[str, Any]:
    """The row of a version, form or batch document, opened and its shape checked."""
    row = documents.row_from_document(doc_id, envelope.open(doc_id, stored))
    # Its revision is derived from its content: a document changed on the server (where the design document's
    # refusal was bypassed or is not honoured) no longer matches it.
    if stored.get("_rev") != documents.row_document(documents.kind_of(doc_id), row)[1]:
        raise PackageRejected("server_document_not_genuine", document=doc_id[:120])
    return row


def _photo_bytes(client: Client, envelope: Envelope, sha256: str, stored: dict[str, Any]) -> bytes:
    """A photo's bytes from the revision `stored` of its document, checked against the digest that names it."""
    doc_id = documents.photo_id(sha256)
    rev = stored.get("_rev")
    content = envelope.open_bytes(doc_id, client.get_attachment(doc_id, documents.ATTACHMENT,
                                                                rev if isinstance(rev, str) else None))  # fmt: skip
    if hashlib.sha256(content).hexdigest() != sha256:
        raise PackageRejected("server_document_not_genuine", document=doc_id[:120])
    return content
