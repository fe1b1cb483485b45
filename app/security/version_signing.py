"""Signed versions (docs/security.md, "Signed versions"): a member laptop vouches for the versions it wrote in signed
batches, and a merge checks each version it does not hold yet against its batch and the member list this laptop
holds.

A version's digest is the SHA-256 of every column of the version as stored (`SIGNED_COLUMNS`: all of `history` but
the signature), in one fixed encoding: a JSON array, the tag first, in `member_list.canonical`'s form. A value of
another type than the one signed (an integer stored as text, a number as a real) encodes differently: its digest no
longer matches. A batch's body lists the versions it vouches for, `{"format": 1, "laptop": ID, "versions":
[[record_id, hlc, digest], ...]}` (sorted, canonical JSON); its id is the SHA-256 of the body, and its signature the
laptop's Ed25519 signature of the body. `history.signature` holds the id of the batch that vouches for the version;
the batch travels in `signed_batches`. One Ed25519 signature (and one verification per merge) covers thousands of
versions: a version costs one hash.

`sign_pending` signs what this laptop wrote and has not signed yet: called before each sealed export (and when a
laptop joins: it vouches for its own earlier work, once). `Verifier` decides, version by version, whether a version a
file brings may be merged; `history_signatures` tells a record's history which laptop signed each version.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum, auto
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.core.bounds import EXTENSION_VALUE_BYTES_MAX
from app.core.clock import now_text
from app.core.errors import InvalidInput
from app.core.messages import translate
from app.db.store import Store
from app.security import organisation
from app.security.keys import PUBLIC_KEY_BYTES, SIGNATURE_BYTES, LaptopKeys, b64, from_b64
from app.security.member_list import Laptop, MemberList, canonical

TAG = "taawun-version/1"
SIGNED_COLUMNS = ("record_id", "hlc", "version", "form", "form_version", "state", "data", "device", "device_name",
                  "author", "changed_at", "deleted", "origin")  # fmt: skip
HLC, DEVICE = SIGNED_COLUMNS.index("hlc"), SIGNED_COLUMNS.index("device")
SIGNATURE_TEXT = 88  # base64 of SIGNATURE_BYTES
BATCH_FORMAT = 1
BATCH_ID_TEXT = 64  # hex of a SHA-256: what history.signature holds
# A batch's body stays within what a laptop of an older release keeps of a table it does not know (one value at most
# EXTENSION_VALUE_BYTES_MAX): it passes the batches on. 4,000 versions of this laptop take about 690 kB.
BATCH_BODY_BYTES_MAX = EXTENSION_VALUE_BYTES_MAX
BATCH_VERSIONS_MAX = 4_000
_HEX64 = re.compile(r"[0-9a-f]{64}")


def encoding(values: Sequence[Any]) -> bytes:
    """The bytes a version's digest is taken of, for a version whose `SIGNED_COLUMNS` hold `values` (`data` as its
    stored text). TypeError for a value no laptop stores (bytes)."""
    return canonical([TAG, *values])


def digest(values: Sequence[Any]) -> str:
    """A version's digest, as its batch lists it (hex). TypeError as `encoding`."""
    return hashlib.sha256(encoding(values)).hexdigest()


def batch_body(laptop: str, versions: Sequence[Sequence[str]]) -> bytes:
    """The one encoding of a batch's body: canonical JSON, the versions sorted."""
    return canonical({"format": BATCH_FORMAT, "laptop": laptop, "versions": sorted(list(v) for v in versions)})


def sign_pending(store: Store, keys: LaptopKeys) -> int:
    """Sign every version this laptop wrote that has no signature yet, in one transaction; returns how many.

    Read in key order a batch at a time (each batch starts where the last ended: the primary key's index finds it);
    each batch is one row of `signed_batches` and one UPDATE of the versions it names (a range of keys), so memory
    stays bounded, and a batch's body within what an older release keeps (`BATCH_BODY_BYTES_MAX`)."""
    if keys.laptop != store.device_id:  # a restored copy is a new device (app/db/backup.py): it must join again
        raise InvalidInput("org_keys_other_laptop", laptop=keys.laptop, device=store.device_id)
    return sign_versions_of(store, keys)


def sign_versions_of(store: Store, keys: LaptopKeys) -> int:
    """Sign the versions written under the id of `keys` that have no signature yet (`sign_pending`, without its
    check): also what a restored copy, a new device, does with the keys it was restored with for the versions its
    former self wrote, before it joins again under its new id (app/security/invite.py)."""
    columns = ", ".join(SIGNED_COLUMNS)
    signed = 0
    with store.transaction():
        after = ("", "")
        while True:
            rows = store.conn.execute(
                f"SELECT {columns} FROM history WHERE (record_id, hlc) > (?, ?) AND device = ? AND signature IS NULL"
                " ORDER BY record_id, hlc LIMIT ?",
                (*after, keys.laptop, BATCH_VERSIONS_MAX),
            ).fetchall()
            if not rows:
                return signed
            entries = [[row[0], row[HLC], digest(row)] for row in rows]
            body = batch_body(keys.laptop, entries)
            while len(body) > BATCH_BODY_BYTES_MAX:  # only with stamps far longer than this laptop's own
                rows, entries = rows[: len(rows) // 2], entries[: len(entries) // 2]
                body = batch_body(keys.laptop, entries)
            batch_id = hashlib.sha256(body).hexdigest()
            store.conn.execute(
                "INSERT INTO signed_batches (id, laptop, body, signature, signed_at) VALUES (?, ?, ?, ?, ?)",
                (batch_id, keys.laptop, body.decode("utf-8"), b64(keys.sign(body)), now_text()),
            )
            first, last = (rows[0][0], rows[0][HLC]), (rows[-1][0], rows[-1][HLC])
            store.conn.execute(
                "UPDATE history SET signature = ? WHERE device = ? AND signature IS NULL"
                " AND (record_id, hlc) >= (?, ?) AND (record_id, hlc) <= (?, ?)",
                (batch_id, keys.laptop, *first, *last),
            )
            signed += len(rows)
            after = last


@dataclass(frozen=True)
class Batch:
    """A batch's body, read: the laptop it names, each version's digest by key, and its signature."""

    id: str
    laptop: str
    digests: dict[tuple[str, str], str]
    body: bytes
    signature: bytes


def read_batch(batch_id: Any, laptop: Any, body: Any, signature: Any) -> Batch:
    """A row of `signed_batches` (its body as bytes, as a file may hold anything), held to its shape: ValueError
    saying what is wrong. Nothing is verified here (that needs the member list: `Verifier`)."""
    if not isinstance(batch_id, str) or not _HEX64.fullmatch(batch_id):
        raise ValueError("its id is not a SHA-256")
    if not isinstance(body, bytes | str) or not isinstance(laptop, str) or not isinstance(signature, str):
        raise ValueError("a value is not text")
    raw = body.encode("utf-8") if isinstance(body, str) else body
    if len(raw) > BATCH_BODY_BYTES_MAX:
        raise ValueError(f"its body is longer than {BATCH_BODY_BYTES_MAX} bytes")
    if hashlib.sha256(raw).hexdigest() != batch_id:
        raise ValueError("its id is not its body's digest")
    try:
        found = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValueError("its body is not JSON") from None
    if not isinstance(found, dict) or set(found) != {"format", "laptop", "versions"}:
        raise ValueError("its body is not a batch")
    versions = found["versions"]
    if found["format"] != BATCH_FORMAT or found["laptop"] != laptop or not isinstance(versions, list):
        raise ValueError("its body is not a batch of its laptop")
    if len(versions) > BATCH_VERSIONS_MAX:
        raise ValueError(f"more than {BATCH_VERSIONS_MAX} versions")
    if not all(isinstance(entry, list) and len(entry) == 3 and all(isinstance(part, str) for part in entry)
               and _HEX64.fullmatch(entry[2]) for entry in versions):  # fmt: skip
        raise ValueError("a version it names is malformed")
    digests = {(entry[0], entry[1]): entry[2] for entry in versions}
    if len(digests) != len(versions) or batch_body(laptop, versions) != raw:
        raise ValueError("its body is not in its one encoding")
    try:
        raw_signature = from_b64(signature, length=SIGNATURE_BYTES)
    except (TypeError, ValueError):
        raise ValueError("its signature is malformed") from None
    return Batch(batch_id, laptop, digests, raw, raw_signature)


class NoBatch(Enum):
    """What `Verifier.batch` finds instead of a batch."""

    MISSING = auto()
    MALFORMED = auto()


# Finds a batch by its id, where the caller looks (the file, this laptop): its row, or None.
FindBatch = Callable[[str], "tuple[Any, Any, Any] | None"]


@dataclass(frozen=True)
class Refusal:
    """Why a version may not be merged: a message code of app/core/messages/security.py, and the laptops to name."""

    code: str
    laptop: str = ""
    signer: str = ""
    stamp: str = ""  # a removed laptop's version: its stamp, which a coordinator may decide to keep (`org remove`)
    laptop_id: str = ""


class Verifier:
    """The member list this laptop holds, ready to check many versions: its laptops by id and their public keys
    parsed once, and each batch read and verified once (a version then costs its digest: one hash)."""

    def __init__(self, members: MemberList, own_laptop: str) -> None:
        self.members, self.own_laptop = members, own_laptop
        self.laptops: dict[str, Laptop] = {laptop.id: laptop for laptop in members.laptops}
        self._keys = {laptop.id: Ed25519PublicKey.from_public_bytes(from_b64(laptop.sign, length=PUBLIC_KEY_BYTES))
                      for laptop in members.laptops}  # fmt: skip
        self._batches: dict[str, tuple[Batch, Laptop | None] | NoBatch] = {}  # by id: `batch`

    def refusal(self, values: Sequence[Any], signature: Any, find: FindBatch, *, held: bool = False) -> Refusal | None:
        """None when the version (its `SIGNED_COLUMNS` values, as the file stores them) may be merged; else why not.
        `signature`: the id of its batch, found by `find`. `held`: this laptop holds the version unsigned and the
        file brings a signature for it."""
        hlc, device = values[HLC], values[DEVICE]
        if not isinstance(hlc, str) or not isinstance(device, str):  # never signed so: the file was altered
            return Refusal("org_version_bad_signature", self.name(device))
        if device == self.own_laptop and not held:
            return Refusal("org_version_own_laptop")  # this laptop holds every version it wrote
        if signature is None:  # versions from before signatures, as they are; none after
            return None if hlc < self.members.signing_since else Refusal("org_version_unsigned", self.name(device))
        laptop = self.laptops.get(device)
        if laptop is None:
            return Refusal("org_version_unknown_laptop", self.name(device))
        if not laptop.may_have_written(hlc):
            return Refusal("org_version_removed_laptop", laptop.name, stamp=hlc, laptop_id=laptop.id)
        found = self.batch(signature, find) if isinstance(signature, str) else NoBatch.MALFORMED
        if not isinstance(found, tuple):
            return Refusal(
                "org_version_no_batch" if found is NoBatch.MISSING else "org_version_bad_signature", laptop.name
            )
        batch, signer = found
        try:
            matches = batch.digests.get((values[0], hlc)) == digest(values)
        except TypeError:
            matches = False
        if not matches or signer is None:
            return Refusal("org_version_bad_signature", laptop.name)
        if signer.id != device or batch.laptop != device:  # vouched for by another member, in its name or not
            return Refusal("org_version_other_laptop", laptop.name, signer.name)
        return None

    def batch(self, batch_id: str, find: FindBatch) -> tuple[Batch, Laptop | None] | NoBatch:
        """The batch and the member whose key verifies it (None: no member's), read and verified once; or what it found instead."""
        if batch_id not in self._batches:
            row = find(batch_id)
            try:
                batch = None if row is None else read_batch(batch_id, *row)
            except ValueError:
                batch = None
            self._batches[batch_id] = (
                NoBatch.MISSING if row is None else NoBatch.MALFORMED if batch is None else (batch, self._signer(batch))
            )
        return self._batches[batch_id]

    def _signer(self, batch: Batch) -> Laptop | None:
        """The member whose key verifies the batch: the laptop it names first; else (rare: the file is refused)
        whoever signed it, if a member did, to say so."""
        named = self.laptops.get(batch.laptop)
        candidates = ([named] if named else []) + [other for other in self.members.laptops if other is not named]
        return next((laptop for laptop in candidates if self.verifies(laptop.id, batch.signature, batch.body)), None)

    def verifies(self, laptop: str, signature: bytes, data: bytes) -> bool:
        try:
            self._keys[laptop].verify(signature, data)
        except InvalidSignature:
            return False
        return True

    def name(self, device: Any) -> str:
        """A laptop as a message names it: its name in the list (signed by the organisation), else its id as the
        file gives it (a message escapes what it shows)."""
        laptop = self.laptops.get(device) if isinstance(device, str) else None
        return str(device) if laptop is None else laptop.name

    def signer(self, values: Sequence[Any], signature: str | None, find: FindBatch) -> Laptop | None:
        """The laptop of the list whose valid batch vouches for the version, if any (for a history to show)."""
        laptop = self.laptops.get(values[DEVICE])
        if laptop is None or signature is None:
            return None
        return laptop if self.refusal(values, signature, find, held=True) is None else None


def find_in(conn: Any, *schemas: str) -> FindBatch:
    """A `FindBatch` reading `signed_batches` in these schemas of `conn` (the first that holds the batch), the body
    as bytes and never beyond its bound (a file may hold anything)."""
    present = [schema for schema in schemas if conn.execute(
        f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = 'signed_batches'").fetchone()]  # fmt: skip
    queries = [f"SELECT laptop, CASE WHEN length(CAST(body AS BLOB)) <= {BATCH_BODY_BYTES_MAX} THEN CAST(body AS"
               f" BLOB) ELSE x'' END, signature FROM {schema}.signed_batches WHERE id = ?" for schema in present]  # fmt: skip

    def find(batch_id: str) -> tuple[Any, Any, Any] | None:
        for query in queries:
            row = conn.execute(query, (batch_id,)).fetchone()
            if row is not None:
                return (row[0], bytes(row[1]), row[2])
        return None

    return find


def history_signatures(store: Store, record_id: str, lang: str, *, name: Callable[[str], str] = str) -> dict[str, str]:
    """For each version of the record (by stamp), what its history shows of its signature, checked against the
    member list held: "signed by LAPTOP", "not signed (from before the organisation)", "not signed yet" (this
    laptop's, until its next sealed export), or "signature not verified". Empty when this laptop is in no
    organisation (its history shows what it always did). `name` wraps a laptop's name (the window isolates it)."""
    held = organisation.load(store)
    if held is None:
        return {}
    verifier = Verifier(held.members, store.device_id)
    find = find_in(store.conn, "main")
    rows = store.conn.execute(
        f"SELECT {', '.join(SIGNED_COLUMNS)}, signature FROM history WHERE record_id = ?", (record_id,)
    ).fetchall()
    sentences = {}
    for *values, signature in rows:
        laptop = verifier.signer(values, signature, find)
        if laptop is not None:
            sentences[values[HLC]] = translate("history_signed_by", lang, laptop=name(laptop.name))
        elif signature is None and values[HLC] < held.members.signing_since:
            sentences[values[HLC]] = translate("history_not_signed_before", lang)
        elif signature is None and values[DEVICE] == store.device_id:
            sentences[values[HLC]] = translate("history_not_signed_yet", lang)
        else:
            sentences[values[HLC]] = translate("history_signature_unverified", lang)
    return sentences
