"""Signed versions (docs/security.md, "Signed versions"): each version a member laptop writes is signed with its key,
and a merge checks each version it does not hold yet against the member list this laptop holds.

The signature covers every column of the version as stored (`SIGNED_COLUMNS`: all of `history` but the signature),
in one fixed encoding: a JSON array, the tag first, in `member_list.canonical`'s form. The tag keeps a version's
signature from ever meaning anything else signed by the same key (a sealed file's digest). A value of another type
than the one signed (an integer stored as text, a number as a real) encodes differently: its signature no longer
matches.

`sign_pending` signs what this laptop wrote and has not signed yet: called before each sealed export (and when a
laptop joins: it vouches for its own earlier work, once). `Verifier` decides, row by row, whether a version a file
brings may be merged; `history_signatures` tells a record's history which laptop signed each version.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

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
BATCH = 2_000  # versions signed per statement: bounded memory, few round trips


def encoding(values: Sequence[Any]) -> bytes:
    """The bytes signed for a version whose `SIGNED_COLUMNS` hold `values` (`data` as its stored text). TypeError
    for a value no laptop stores (bytes)."""
    return canonical([TAG, *values])


def sign_pending(store: Store, keys: LaptopKeys) -> int:
    """Sign every version this laptop wrote that has no signature yet, in one transaction; returns how many.

    Read in key order a batch at a time (each batch starts where the last ended: the primary key's index finds it),
    so memory stays bounded and no statement reads rows another one is changing."""
    if keys.laptop != store.device_id:  # a restored copy is a new device (app/db/backup.py): it must join again
        raise InvalidInput("org_keys_other_laptop", laptop=keys.laptop, device=store.device_id)
    columns = ", ".join(SIGNED_COLUMNS)
    signed = 0
    with store.transaction():
        after = ("", "")
        while True:
            rows = store.conn.execute(
                f"SELECT {columns} FROM history WHERE (record_id, hlc) > (?, ?) AND device = ? AND signature IS NULL"
                " ORDER BY record_id, hlc LIMIT ?",
                (*after, store.device_id, BATCH),
            ).fetchall()
            if not rows:
                return signed
            store.conn.executemany(
                "UPDATE history SET signature = ? WHERE record_id = ? AND hlc = ?",
                [(b64(keys.sign(encoding(row))), row[0], row[HLC]) for row in rows],
            )
            signed += len(rows)
            after = (rows[-1][0], rows[-1][HLC])


@dataclass(frozen=True)
class Refusal:
    """Why a version may not be merged: a message code of app/core/messages/security.py, and the laptops to name."""

    code: str
    laptop: str = ""
    signer: str = ""


class Verifier:
    """The member list this laptop holds, ready to check many versions: its laptops by id and their public keys
    parsed once (Ed25519 verification is then the whole cost of a version, about 50 µs to 150 µs)."""

    def __init__(self, members: MemberList, own_laptop: str) -> None:
        self.members, self.own_laptop = members, own_laptop
        self.laptops: dict[str, Laptop] = {laptop.id: laptop for laptop in members.laptops}
        self._keys = {laptop.id: Ed25519PublicKey.from_public_bytes(from_b64(laptop.sign, length=PUBLIC_KEY_BYTES))
                      for laptop in members.laptops}  # fmt: skip

    def refusal(self, values: Sequence[Any], signature: str | None, *, held: bool = False) -> Refusal | None:
        """None when the version (its `SIGNED_COLUMNS` values, as the file stores them) may be merged; else why not.
        `held`: this laptop holds the version unsigned and the file brings a signature for it."""
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
            return Refusal("org_version_removed_laptop", laptop.name)
        try:
            signed, raw = encoding(values), from_b64(signature, length=SIGNATURE_BYTES)
        except (TypeError, ValueError):
            return Refusal("org_version_bad_signature", laptop.name)
        if self.verifies(device, raw, signed):
            return None
        # Rare (the file is refused): say whose signature it is, if it is a member's, not what it claims.
        signer = next((other for other in self.members.laptops
                       if other.id != device and self.verifies(other.id, raw, signed)), None)  # fmt: skip
        if signer is not None:
            return Refusal("org_version_other_laptop", laptop.name, signer.name)
        return Refusal("org_version_bad_signature", laptop.name)

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

    def signer(self, values: Sequence[Any], signature: str | None) -> Laptop | None:
        """The laptop of the list whose valid signature the version bears, if any (for a history to show)."""
        laptop = self.laptops.get(values[DEVICE])
        if laptop is None or signature is None or not laptop.may_have_written(values[HLC]):
            return None
        try:
            return laptop if self.verifies(laptop.id, from_b64(signature, length=SIGNATURE_BYTES),
                                           encoding(values)) else None  # fmt: skip
        except (TypeError, ValueError):
            return None


def history_signatures(store: Store, record_id: str, lang: str, *, name: Callable[[str], str] = str) -> dict[str, str]:
    """For each version of the record (by stamp), what its history shows of its signature, checked against the
    member list held: "signed by LAPTOP", "not signed (from before the organisation)", "not signed yet" (this
    laptop's, until its next sealed export), or "signature not verified". Empty when this laptop is in no
    organisation (its history shows what it always did). `name` wraps a laptop's name (the window isolates it)."""
    held = organisation.load(store)
    if held is None:
        return {}
    verifier = Verifier(held.members, store.device_id)
    rows = store.conn.execute(
        f"SELECT {', '.join(SIGNED_COLUMNS)}, signature FROM history WHERE record_id = ?", (record_id,)
    ).fetchall()
    sentences = {}
    for *values, signature in rows:
        laptop = verifier.signer(values, signature)
        if laptop is not None:
            sentences[values[HLC]] = translate("history_signed_by", lang, laptop=name(laptop.name))
        elif signature is None and values[HLC] < held.members.signing_since:
            sentences[values[HLC]] = translate("history_not_signed_before", lang)
        elif signature is None and values[DEVICE] == store.device_id:
            sentences[values[HLC]] = translate("history_not_signed_yet", lang)
        else:
            sentences[values[HLC]] = translate("history_signature_unverified", lang)
    return sentences
