"""What this laptop knows of its organisation, kept in the database's local `organisation` table (migration 7).

Rows (key → value): `list`, the newest signed member list held; `keys`, this laptop's keys and, on a
coordinator's laptop, the organisation's key, together under the laptop's passphrase (one scrypt to unlock them:
it takes about a second by design); `coordinator`, "1" when the organisation's key is among them; `sequence`, the
number of the last file this laptop sealed. The table is never carried by a package; a laptop's own backups
carry it, the keys still under the passphrase.

A laptop without these rows is in no organisation and works as before any of this existed.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass

from app.core.clock import now_text
from app.core.errors import InvalidInput
from app.db.store import Store
from app.security.keys import LaptopKeys, OrganisationKey, lock, unlock
from app.security.member_list import FormApproval, Laptop, MemberList, read_list


@dataclass(frozen=True)
class Unlocked:
    """The keys of this laptop, once its passphrase was given (kept in memory only)."""

    laptop: LaptopKeys
    organisation: OrganisationKey | None  # coordinators' laptops only

    def organisation_key(self) -> OrganisationKey:
        if self.organisation is None:
            raise InvalidInput("org_not_coordinator")
        return self.organisation


def lock_keys(keys: Unlocked, passphrase: str) -> str:
    secret = {"laptop": keys.laptop.secret_text(),
              "organisation": None if keys.organisation is None else keys.organisation.secret_text()}  # fmt: skip
    return lock(json.dumps(secret), passphrase)


@dataclass(frozen=True)
class Organisation:
    members: MemberList
    laptop: str  # this laptop's id (the database's device id)
    locked_keys: str
    is_coordinator: bool

    @property
    def this_laptop(self) -> Laptop | None:
        return self.members.laptop(self.laptop)

    @property
    def restored_copy(self) -> bool:
        """Does the list not name this database? A restored backup is a new device (app/db/backup.py): its keys are
        those of the laptop it was copied from, and it signs nothing until it joins again with a new invite."""
        return self.this_laptop is None

    def unlock(self, passphrase: str) -> Unlocked:
        """This laptop's keys; InvalidInput `org_wrong_passphrase` for a wrong passphrase."""
        secret = json.loads(unlock(self.locked_keys, passphrase))
        organisation = secret["organisation"]
        return Unlocked(LaptopKeys.from_secret_text(secret["laptop"]),
                        None if organisation is None else OrganisationKey.from_secret_text(organisation))  # fmt: skip


def _value(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM organisation WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO organisation (key, value) VALUES (?, ?)", (key, value))


def load(store: Store) -> Organisation | None:
    """This laptop's organisation, or None when it belongs to none (or its schema is older than organisations: the
    tests' stand-in for an older release)."""
    if store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'organisation'").fetchone() is None:
        return None
    text, locked = _value(store.conn, "list"), _value(store.conn, "keys")
    if text is None or locked is None:
        return None
    return Organisation(read_list(text), store.device_id, locked, _value(store.conn, "coordinator") == "1")


def create(store: Store, name: str, passphrase: str) -> Organisation:
    """A new organisation with this laptop as its first coordinator (keys made here, kept under `passphrase`).
    Versions stamped from now on must be signed; this laptop's earlier ones are vouched for when it first signs."""
    if load(store) is not None:
        raise InvalidInput("org_already_member", name=load(store).members.name)  # type: ignore[union-attr]
    org_key, laptop_keys = OrganisationKey.generate(), LaptopKeys.generate(store.device_id)
    with store.transaction():
        now = now_text()
        laptop = Laptop(store.device_id, store.device_name, "coordinator", laptop_keys.sign_public,
                        laptop_keys.recipient, now)  # fmt: skip
        # The forms in use here are the organisation's from the start (app/security/form_approval.py).
        forms = tuple(sorted(FormApproval(form.name, form.version, form.digest) for form in store.forms))
        members = MemberList(uuid.uuid4().hex, name, org_key.public, 1, now, store.device_id, store.new_stamp(),
                             (laptop,), forms=forms).signed(org_key)  # fmt: skip
        save_list(store, members)
        save_keys(store, Unlocked(laptop_keys, org_key), passphrase)
    found = load(store)
    assert found is not None
    return found


def save_keys(store: Store, keys: Unlocked, passphrase: str) -> None:
    """Keep `keys` under `passphrase` (inside the caller's transaction): creating, joining, a new passphrase."""
    _set(store.conn, "keys", lock_keys(keys, passphrase))
    _set(store.conn, "coordinator", "1" if keys.organisation is not None else "0")


def save_list(store: Store, members: MemberList) -> None:
    """Keep `members` as this laptop's list (inside the caller's transaction)."""
    _set(store.conn, "list", members.text())


def adopt(store: Store, offered: MemberList) -> bool:
    """Keep `offered` if it is a later list of this laptop's organisation (already checked by `read_list`);
    returns whether it was adopted. A list of another organisation, or an older one, is ignored. Inside the caller's
    transaction."""
    held = load(store)
    if held is None or not offered.succeeds(held.members):
        return False
    save_list(store, offered)
    return True


def next_sequence(store: Store) -> int:
    """The number of the next file this laptop seals (inside the caller's transaction): each is greater."""
    sequence = int(_value(store.conn, "sequence") or 0) + 1
    _set(store.conn, "sequence", str(sequence))
    return sequence
