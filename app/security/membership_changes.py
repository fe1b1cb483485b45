"""Changes to an organisation after it began: a laptop removed, a passphrase changed, and the list's public part
(docs/security.md, "Joining and leaving"). Adding a laptop is the invite's (app/security/invite.py).

Every change to the list is a new list with the next serial, signed by the organisation's key and kept in place of
the one it was made from, in one transaction that first checks the held list is still that one: two changes made
at once (the window and a command) would otherwise give two different lists the same serial.
"""

from __future__ import annotations

import json
from dataclasses import replace

from app.core.clock import Stamp, now_text, shown_time
from app.core.errors import InvalidInput
from app.db.store import Store
from app.security import organisation
from app.security.keys import b64
from app.security.member_list import Laptop, MemberList
from app.security.organisation import Organisation, Unlocked


def held_organisation(store: Store) -> Organisation:
    """This laptop's organisation; InvalidInput `org_none` when it belongs to none."""
    held = organisation.load(store)
    if held is None:
        raise InvalidInput("org_none", laptop=store.device_id)
    return held


def replace_list(store: Store, made_from: MemberList, members: MemberList) -> None:
    """Keep `members` in place of `made_from`, unless another change was kept meanwhile (`org_list_changed`)."""
    with store.transaction():
        now_held = organisation.load(store)
        if now_held is None or now_held.members != made_from:
            raise InvalidInput("org_list_changed")
        organisation.save_list(store, members)


def find_laptop(members: MemberList, text: str) -> Laptop:
    """The laptop of the list named by `text`: its id, else its name when no other laptop has that name."""
    text = text.strip()
    found = members.laptop(text)
    if found is not None:
        return found
    named = [laptop for laptop in members.laptops if laptop.name.casefold() == text.casefold()]
    if len(named) > 1:
        raise InvalidInput("org_laptop_name_ambiguous", name=text, ids=", ".join(laptop.id for laptop in named))
    if not named:
        raise InvalidInput("org_laptop_unknown", laptop=text)
    return named[0]


def remove(store: Store, keys: Unlocked, laptop_id: str, *, keep_until: str | None = None) -> MemberList:
    """A new list marking the laptop `laptop_id` removed (a lost or stolen laptop), with the last stamp of its
    versions held here: its versions up to that stamp stay valid everywhere, its later ones and its new files are
    refused wherever the new list arrives. Returns the new list. Refused: this laptop itself, a laptop not in the
    list, the last coordinator laptop.

    `keep_until`, one of that laptop's stamps: its versions up to it stay valid too. Another laptop may have received
    work of the lost laptop that this one never saw; a merge refusing it names the version's stamp, and a coordinator
    who trusts that work moves the limit to it, also for a laptop already removed (only later: versions other
    laptops hold stay valid)."""
    held = held_organisation(store)
    org_key = keys.organisation_key()
    laptop = held.members.laptop(laptop_id)
    if laptop is None:
        raise InvalidInput("org_laptop_unknown", laptop=laptop_id)
    if keep_until is not None:
        keep_until = _stamp_of(laptop, keep_until)
    if laptop.id == store.device_id:
        raise InvalidInput("org_remove_self")
    if laptop.removed and keep_until is None:
        raise InvalidInput("org_laptop_already_removed", name=laptop.name, laptop=laptop.id)
    now = now_text()
    if laptop.removed:
        assert keep_until is not None and laptop.last_stamp is not None
        if keep_until <= laptop.last_stamp:
            raise InvalidInput("org_keep_until_not_later", name=laptop.name, limit=laptop.last_stamp)
        removed = replace(laptop, last_stamp=keep_until)
    else:
        if laptop.role == "coordinator" and not any(other.role == "coordinator" and other.id != laptop.id
                                                    for other in held.members.members()):  # fmt: skip
            raise InvalidInput("org_remove_last_coordinator", name=laptop.name, laptop=laptop.id)
        last_stamp = max(filter(None, (last_stamp_of(store, laptop.id), keep_until, held.members.signing_since)))
        removed = replace(laptop, removed_at=now, last_stamp=last_stamp)
    members = replace(held.members, serial=held.members.serial + 1, issued_at=now, issued_by=store.device_id,
                      laptops=tuple(removed if entry.id == laptop.id else entry for entry in held.members.laptops),
                      signature=b"").signed(org_key)  # fmt: skip
    replace_list(store, held.members, members)
    return members


def _stamp_of(laptop: Laptop, text: str) -> str:
    """`text` as a stamp of `laptop` (as a refusal showed it); InvalidInput when it is not one."""
    try:
        stamp = Stamp.parse(text.strip())
    except ValueError:
        raise InvalidInput("org_keep_until_invalid", stamp=text, laptop=laptop.id) from None
    if stamp.device != laptop.id:
        raise InvalidInput("org_keep_until_invalid", stamp=text, laptop=laptop.id)
    return str(stamp)


def removal_limit(store: Store, laptop: Laptop, members: MemberList) -> str:
    """When the versions of `laptop` kept if it is removed now end: the time of the newest held here."""
    return shown_time(Stamp.parse(last_stamp_of(store, laptop.id) or members.signing_since).wall_ms)


def last_stamp_of(store: Store, laptop_id: str) -> str | None:
    """The greatest stamp of the versions written by `laptop_id` that this laptop holds, if any."""
    row = store.conn.execute("SELECT max(hlc) FROM history WHERE device = ?", (laptop_id,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def change_passphrase(store: Store, old: str, new: str) -> None:
    """Keep this laptop's keys under `new` instead of `old` (InvalidInput `org_wrong_passphrase` when `old` is not
    the passphrase). The keys themselves do not change, so every file sealed to them stays readable. Two scrypts."""
    held = held_organisation(store)
    if not new:
        raise InvalidInput("org_passphrase_empty")
    keys = held.unlock(old)
    with store.transaction():
        now_held = organisation.load(store)
        if now_held is None or now_held.locked_keys != held.locked_keys:
            raise InvalidInput("org_keys_changed")
        organisation.save_keys(store, keys, new)


def public_part(store: Store) -> str:
    """The organisation's public part: the signed member list (names, ids, roles and public keys of its laptops,
    the organisation's public key), as indented JSON that `member_list.read_list` reads back. No private key."""
    members = held_organisation(store).members
    return json.dumps({"body": members.body(), "signature": b64(members.signature)}, ensure_ascii=False, indent=2)
