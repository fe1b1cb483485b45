"""Taawun's rows as CouchDB documents, and back: their ids, their revisions, their bodies.

Every document is immutable: its id names what it is, and its revision is derived from its content, so the same
version pushed by two laptops is the same document with the same revision (`_revs_diff` says the second has
nothing to send) and the server never holds two of anything.

- `v:<record>:<stamp>`: one version (a `history` row, its signature included);
- `photo:<sha256>`: a photo, its bytes as the attachment `content`;
- `form:<name>:<version>`: a form definition; `batch:<id>`: a signed batch (app/security/version_signing.py);
- `push:<laptop>:<stamp>`: what a laptop held of each record it sent (its current version, when the record was
  created, the stamps of its history), the conflicts and "not the same" marks it sent: the rest of a package;
- `key:<id>`: in an organisation, a content key sealed to its laptops (app/sync/server/envelope.py).

A document read from the server is untrusted: `row_from_document` checks only its shape (the kinds and sizes of
its values, its id against its content); the values themselves are checked by the merge, as any file's.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from app.core.errors import PackageRejected

HISTORY_COLUMNS = ("record_id", "hlc", "version", "form", "form_version", "state", "data", "device", "device_name",
                   "author", "changed_at", "deleted", "origin", "signature")  # fmt: skip
PHOTO_COLUMNS = ("sha256", "size", "mime", "added_at")  # the content travels as the attachment
FORM_COLUMNS = ("name", "version", "digest", "source", "added_at")
FORM_NOTE_COLUMNS = ("name", "version", "digest", "added_at")  # what a push says of a definition (not its text)
BATCH_COLUMNS = ("id", "laptop", "body", "signature", "signed_at")
CONFLICT_COLUMNS = ("id", "record_id", "hlc_a", "hlc_b", "held_hlc", "detected_at", "detected_device",
                    "detected_device_name", "resolved_hlc", "resolved_at", "resolved_by", "resolved_device_name")  # fmt: skip
PAIR_COLUMNS = ("record_a", "record_b", "marked_at", "marked_by", "device", "device_name")
# What a push names of each record: its current version and creation, the stamps of its history and the batch
# signing each version (None when unsigned).
RECORD_ENTRY_KEYS = ("id", "hlc", "created_at", "history", "signatures")

ATTACHMENT = "content"
# A document id's parts: record ids, stamps, names, digests are short and printable; anything longer is refused.
_PART = re.compile(r"[!-~]{1,200}\Z")
_COLUMNS_OF = {"version": HISTORY_COLUMNS, "photo": PHOTO_COLUMNS, "form": FORM_COLUMNS, "batch": BATCH_COLUMNS}
_SCALAR = (str, int, float, type(None))


def version_id(record_id: str, hlc: str) -> str:
    return f"v:{record_id}:{hlc}"


def photo_id(sha256: str) -> str:
    return f"photo:{sha256}"


def form_id(name: str, version: int) -> str:
    return f"form:{name}:{version}"


def batch_id(batch: str) -> str:
    return f"batch:{batch}"


def signed_key(record_id: str, hlc: str) -> str:
    """How the cache of what the server holds (app/sync/server/state.py) notes a version as sent with its
    signature (not a document: its signature travels in push documents)."""
    return f"signed:{record_id}:{hlc}"


def kind_of(doc_id: str) -> str:
    """The kind of a document by its id: version, photo, form, batch, push, key; "" for anything else."""
    prefix = doc_id.split(":", 1)[0]
    return {"v": "version", "photo": "photo", "form": "form", "batch": "batch", "push": "push", "key": "key"}.get(
        prefix, ""
    )


def canonical(value: Any) -> bytes:
    """One encoding of a value, whoever writes it: the revision of a document is the digest of this."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def revision(doc_id: str, identity: Any) -> str:
    """A document's revision, derived from what makes it what it is (`identity`): the same on every laptop."""
    return "1-" + hashlib.sha256(doc_id.encode("utf-8") + b"\x00" + canonical(identity)).hexdigest()[:32]


def version_identity(row: dict[str, Any]) -> dict[str, Any]:
    """What a version is, for its revision: everything but its signature and origin. A version signed on one laptop
    and held unsigned on another (from before the organisation began) is one version: the first pushed stays."""
    return {c: row[c] for c in HISTORY_COLUMNS if c not in ("signature", "origin")}


def row_document(kind: str, row: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """(id, revision, body) of a row of `kind` (version, photo, form, batch)."""
    if kind == "version":
        doc_id = version_id(row["record_id"], row["hlc"])
        return doc_id, revision(doc_id, version_identity(row)), {"t": kind, "row": row}
    if kind == "photo":
        doc_id = photo_id(row["sha256"])
        return doc_id, revision(doc_id, row["sha256"]), {"t": kind, "row": row}
    if kind == "form":
        doc_id = form_id(row["name"], row["version"])
        return doc_id, revision(doc_id, row["digest"]), {"t": kind, "row": row}
    if kind == "batch":
        doc_id = batch_id(row["id"])
        return doc_id, revision(doc_id, row["id"]), {"t": kind, "row": row}
    raise ValueError(kind)


def malformed(doc_id: str, what: str) -> PackageRejected:
    return PackageRejected("server_document_malformed", document=doc_id[:120], detail=what)


def row_from_document(doc_id: str, body: Any) -> dict[str, Any]:
    """The row a version, photo, form or batch document holds, its shape checked against its id."""
    kind = kind_of(doc_id)
    columns = _COLUMNS_OF.get(kind)
    if columns is None or not isinstance(body, dict) or body.get("t") != kind:
        raise malformed(doc_id, "not a document of Taawun")
    row = body.get("row")
    if not isinstance(row, dict) or set(row) != set(columns):
        raise malformed(doc_id, "its columns")
    if not all(isinstance(row[c], _SCALAR) and not isinstance(row[c], bool) for c in columns):
        raise malformed(doc_id, "a value that is not text or a number")
    expected, _, _ = row_document(kind, row)
    if expected != doc_id:
        raise malformed(doc_id, "its id does not name its content")
    return row


@dataclass(frozen=True)
class Push:
    """What a push document brings besides its versions: what its laptop held of each record, the conflicts and
    marks it sent, and how it notes the photos and form definitions it holds (when each was first added: the
    merge keeps the earliest note, so every laptop ends with the same)."""

    records: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    pairs: list[dict[str, Any]]
    photos: list[dict[str, Any]]
    forms: list[dict[str, Any]]


def push_entries(doc_id: str, body: Any) -> Push:
    """A push document's parts, their shape checked (the values are checked by the merge)."""
    if not isinstance(body, dict) or body.get("t") != "push":
        raise malformed(doc_id, "not a push of Taawun")
    parts: list[list[Any]] = []
    for name in ("records", "conflicts", "pairs", "photos", "forms"):
        part = body.get(name)
        if not isinstance(part, list):
            raise malformed(doc_id, "its parts")
        parts.append(part)
    records, conflicts, pairs, photos, forms = parts
    for entry in records:
        if not isinstance(entry, dict) or set(entry) != set(RECORD_ENTRY_KEYS):
            raise malformed(doc_id, "a record entry")
        stamps = entry["history"]
        if not (_is_part(entry["id"]) and _is_part(entry["hlc"]) and isinstance(entry["created_at"], str)):
            raise malformed(doc_id, "a record entry")
        if not isinstance(stamps, list) or not stamps or not all(_is_part(s) for s in stamps):
            raise malformed(doc_id, "a record's history")
        if entry["hlc"] not in stamps:
            raise malformed(doc_id, "a record whose current version is not in its history")
        signatures = entry["signatures"]
        if not isinstance(signatures, list) or len(signatures) != len(stamps):
            raise malformed(doc_id, "a record's signatures")
        if not all(signature is None or _is_part(signature) for signature in signatures):
            raise malformed(doc_id, "a record's signatures")
    for rows, columns in ((conflicts, CONFLICT_COLUMNS), (pairs, PAIR_COLUMNS), (photos, PHOTO_COLUMNS),
                          (forms, FORM_NOTE_COLUMNS)):  # fmt: skip
        for row in rows:
            if not isinstance(row, dict) or set(row) != set(columns):
                raise malformed(doc_id, "a conflict, mark, photo or form")
            if not all(isinstance(row[c], _SCALAR) and not isinstance(row[c], bool) for c in columns):
                raise malformed(doc_id, "a conflict, mark, photo or form")
    return Push(records, conflicts, pairs, photos, forms)


def _is_part(value: Any) -> bool:
    return isinstance(value, str) and _PART.match(value) is not None
