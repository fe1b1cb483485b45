"""Joining an organisation: the invite a coordinator makes for a laptop, and the join that laptop makes with it
(docs/security.md, "Joining and leaving").

An invite holds the member list (the new laptop already in it), that laptop's private keys and, for a coordinator,
the organisation's key, all encrypted with age's passphrase mode under a one-time **invite code**. The code is
shown to the coordinator and never written into the file: it is read aloud or written on paper, because a stick
holding both would hand the keys to whoever finds it.

An invite is for one laptop id. Made with `laptop_id` it is for the database that already has that id; made
without, it mints a new id, which a database that has written nothing under its own id yet takes when it joins
(a database that has written versions keeps its id: its versions name it).
"""

from __future__ import annotations

import json
import re
import secrets
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyrage

from app.core.bounds import BoundExceeded, check_name
from app.core.clock import now_text
from app.core.errors import InvalidInput, PackageRejected
from app.core.files import FileNotWritten, write_atomically
from app.core.text import to_western_digits
from app.db.store import Store
from app.security import organisation
from app.security.keys import LaptopKeys, OrganisationKey
from app.security.member_list import Laptop, MemberList, read_list
from app.security.membership_changes import held_organisation, replace_list
from app.security.organisation import Unlocked
from app.security.version_signing import sign_versions_of

# Crockford's base 32: digits and capitals without I, L, O and U, which read or type like 1, 1, 0 and V.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_GROUPS, GROUP_LENGTH = 5, 4  # 20 characters of 5 bits: 100 bits, beyond any guessing through scrypt
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})  # what a listener may type for a character read aloud
_TYPED_SEPARATORS = re.compile(r"[\s\-_.\u200e\u200f\u061c\u2066-\u2069]+")

INVITE_FORMAT = 1
INVITE_KIND = "taawun-invite"
INVITE_BYTES_MAX = 4_000_000  # a list at its largest (2 MB) and a few keys, encrypted
AGE_HEADER = b"age-encryption.org/v1\n"
LAPTOP_ID = re.compile(r"[!-~]{1,64}\Z")  # as the member list and a clock stamp allow a device id


def new_code() -> str:
    """A fresh invite code: five groups of four characters of `CODE_ALPHABET`, joined by dashes."""
    characters = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * GROUP_LENGTH))
    return "-".join(characters[i : i + GROUP_LENGTH] for i in range(0, len(characters), GROUP_LENGTH))


def normalise_code(typed: str) -> str:
    """The code as `new_code` wrote it, from what a person typed: any case, spaces or dashes anywhere, Arabic-Indic
    digits, O for 0 and I or L for 1. InvalidInput `org_invite_code_malformed` when it cannot be a code."""
    characters = _TYPED_SEPARATORS.sub("", to_western_digits(typed)).upper().translate(_READ_AS)
    if len(characters) != CODE_GROUPS * GROUP_LENGTH or any(c not in CODE_ALPHABET for c in characters):
        raise InvalidInput("org_invite_code_malformed")
    return "-".join(characters[i : i + GROUP_LENGTH] for i in range(0, len(characters), GROUP_LENGTH))


def invite(store: Store, keys: Unlocked, name: str, laptop_id: str | None = None,
           coordinator: bool = False) -> tuple[bytes, str]:  # fmt: skip
    """An invite for the laptop `name` (and its code): new keys for it, a new member list naming it kept here (the
    coordinator's laptop), all encrypted under a new code. `laptop_id`: the id of the database that will join
    (shown by `taawun org show` there); without it a new id is made, which a fresh database takes when it joins.
    `coordinator`: the laptop gets the organisation's key too. One scrypt (about a second)."""
    held = held_organisation(store)
    org_key = keys.organisation_key()
    name = _laptop_name(name)
    minted = laptop_id is None
    laptop_id = uuid.uuid4().hex[:12] if laptop_id is None else laptop_id.strip()
    if LAPTOP_ID.match(laptop_id) is None:
        raise InvalidInput("org_laptop_id_invalid", laptop=laptop_id)
    listed = held.members.laptop(laptop_id)
    if listed is not None:
        code = "org_laptop_was_removed" if listed.removed else "org_laptop_already_listed"
        raise InvalidInput(code, laptop=laptop_id, name=listed.name)
    new_keys = LaptopKeys.generate(laptop_id)
    now = now_text()
    entry = Laptop(laptop_id, name, "coordinator" if coordinator else "agent", new_keys.sign_public,
                   new_keys.recipient, now)  # fmt: skip
    members = replace(held.members, serial=held.members.serial + 1, issued_at=now, issued_by=store.device_id,
                      laptops=(*held.members.laptops, entry), signature=b"").signed(org_key)  # fmt: skip
    code = new_code()
    document = {"format": INVITE_FORMAT, "kind": INVITE_KIND, "list": members.text(),
                "laptop": new_keys.secret_text(), "organisation": org_key.secret_text() if coordinator else None,
                "new_laptop": minted}  # fmt: skip
    content = pyrage.passphrase.encrypt(json.dumps(document, ensure_ascii=False).encode("utf-8"), code)
    # Kept before the file is written: an invite whose list the coordinator does not hold would let two different
    # lists carry the same serial; a laptop listed that never joins is harmless (and can be removed).
    replace_list(store, held.members, members)
    return content, code


def _laptop_name(name: str) -> str:
    try:
        checked = check_name(name).strip()
    except BoundExceeded:
        checked = ""
    if not checked:
        raise InvalidInput("org_laptop_name_invalid")
    return checked


def join(store: Store, content: bytes, code: str, passphrase: str, *, former: Unlocked | None = None) -> Unlocked:
    """Join the organisation of the invite `content` opened with `code`: its list and this laptop's keys are kept,
    the keys under `passphrase`. Returns the keys (unlocked, for the caller's session). Two scrypts: the invite's,
    then the passphrase's. Refused, changing nothing: a laptop already in an organisation; a wrong code; a damaged
    or forged invite; an invite for another laptop (see the module's text).

    A restored copy joins again (`_rejoins`) with `former`, the keys it holds (unlocked by the caller): its former
    self's versions not signed yet are signed with them first, since the new keys cannot vouch for them and no other
    laptop holds them."""
    held = organisation.load(store)
    if held is not None and not held.restored_copy and not held.is_coordinator:  # before the scrypt
        raise InvalidInput("org_already_member", name=held.members.name)
    if held is not None and former is None:
        raise InvalidInput("org_rejoin_needs_keys")
    if not passphrase:
        raise InvalidInput("org_passphrase_empty")
    code = normalise_code(code)
    if len(content) > INVITE_BYTES_MAX or not content.startswith(AGE_HEADER):
        raise InvalidInput("org_invite_not_invite")
    try:
        document = json.loads(pyrage.passphrase.decrypt(content, code))
    except pyrage.DecryptError:  # age cannot tell a wrong code from changed bytes: the message says both
        raise InvalidInput("org_invite_wrong_code") from None
    except (ValueError, RecursionError):
        raise InvalidInput("org_invite_invalid", what="json") from None
    members, keys, minted = _opened(document)
    if held is not None and not _rejoins(held, members, keys):
        raise InvalidInput("org_already_member", name=held.members.name)
    if keys.laptop.laptop != store.device_id and not minted:
        raise InvalidInput("org_invite_for_other_laptop", invited=keys.laptop.laptop, laptop=store.device_id)
    if former is not None and former.laptop.laptop != keys.laptop.laptop:
        sign_versions_of(store, former.laptop)

    def keep() -> None:
        store.observe(members.signing_since)  # what this laptop stamps from now on follows the organisation's start
        organisation.save_list(store, members)
        organisation.save_keys(store, keys, passphrase)

    if keys.laptop.laptop == store.device_id:
        with store.transaction():
            keep()
    else:
        store.take_device_id(keys.laptop.laptop, along=keep)  # refused if this database wrote under its own id
    return keys


def _rejoins(held: organisation.Organisation, members: MemberList, keys: Unlocked) -> bool:
    """May a database that holds an organisation join again with this invite? Only a restored copy (app/db/backup.py
    makes it a new device, which its list does not name, so its keys sign nothing) with an invite of the same
    organisation whose list is no older than the one it holds; or a coordinator's restored copy that invited itself
    (its list then names it with the invite's keys)."""
    same = members.org == held.members.org and members.org_key == held.members.org_key
    if not same or members.serial < held.members.serial:
        return False
    listed = held.this_laptop
    return listed is None or (listed.sign == keys.laptop.sign_public and listed.box == keys.laptop.recipient)


def _opened(document: Any) -> tuple[MemberList, Unlocked, bool]:
    """What an opened invite holds, checked as a whole: the list's signature, the laptop's keys matching its entry,
    the organisation's key matching the list's (a coordinator's invite) or absent (an agent's)."""
    expected = {"format", "kind", "list", "laptop", "organisation", "new_laptop"}
    if not isinstance(document, dict) or set(document) != expected or document["kind"] != INVITE_KIND:
        raise InvalidInput("org_invite_invalid", what="shape")
    if document["format"] != INVITE_FORMAT:
        raise InvalidInput("org_invite_invalid", what="format")
    try:
        members = read_list(document["list"] if isinstance(document["list"], str) else "")
    except PackageRejected as error:
        raise InvalidInput("org_invite_invalid", what=f"list: {error.params.get('what', '')}") from None
    try:
        laptop_keys = LaptopKeys.from_secret_text(str(document["laptop"]))
        secret = document["organisation"]
        org_key = None if secret is None else OrganisationKey.from_secret_text(str(secret))
    except ValueError:
        raise InvalidInput("org_invite_invalid", what="keys") from None
    entry = members.laptop(laptop_keys.laptop)
    if (entry is None or entry.removed or entry.sign != laptop_keys.sign_public
            or entry.box != laptop_keys.recipient):  # fmt: skip
        raise InvalidInput("org_invite_invalid", what="laptop")
    if (entry.role == "coordinator") != (org_key is not None) or (
        org_key is not None and org_key.public != members.org_key
    ):
        raise InvalidInput("org_invite_invalid", what="organisation")
    if not isinstance(document["new_laptop"], bool):
        raise InvalidInput("org_invite_invalid", what="shape")
    return members, Unlocked(laptop_keys, org_key), document["new_laptop"]


def write_invite(path: Path | str, content: bytes) -> Path:
    """The invite in the file `path`, written whole or not at all."""
    try:
        return write_atomically(path, content)
    except OSError as error:
        raise FileNotWritten("org_invite_not_written", path, error) from None


def read_invite(path: Path | str) -> bytes:
    """An invite file's bytes (at most `INVITE_BYTES_MAX`); InvalidInput naming the file when it cannot be read."""
    try:
        with open(path, "rb") as stream:
            content = stream.read(INVITE_BYTES_MAX + 1)
    except OSError as error:
        raise InvalidInput(
            "org_invite_unreadable", path=str(path), detail=error.strerror or type(error).__name__
        ) from None
    if len(content) > INVITE_BYTES_MAX or not content.startswith(AGE_HEADER):
        raise InvalidInput("org_invite_not_invite")
    return content
