"""What the organisation tests share: one passphrase and one name (tests/security/conftest.py makes the
organisation once per session, and three laptops of one organisation)."""

from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core.clock import now_text
from app.core.forms import FormRegistry
from app.db.store import Store
from app.security import organisation
from app.security.keys import LaptopKeys, OrganisationKey
from app.security.member_list import Laptop, MemberList
from app.security.organisation import Unlocked

PASSPHRASE = "زيت الزيتون 2026 huile"
ORG_NAME = "Réseau des coopératives تعاون"


@dataclass(frozen=True)
class Laptops:
    """Three laptops of one organisation, made once per session: "a" a coordinator's, "b" and "c" agents'.
    `keys` are each laptop's keys as its passphrase unlocks them (kept here: unlocking costs a second of scrypt)."""

    folder: Path
    names: dict[str, str]
    keys: dict[str, Unlocked]
    org_key: OrganisationKey
    members: MemberList


LAPTOP_NAMES = {"a": "coordination-tiznit", "b": "حاسوب فاطمة", "c": "laptop-khenifra"}


def make_three_laptops(folder: Path, forms: FormRegistry) -> Laptops:
    """What `taawun org create` on "a", then `org invite` and `org join` for "b" and "c" leave, in `folder` (written
    with the organisation module's own functions: the commands are not what the tests using it are about)."""
    org_key = OrganisationKey.generate()
    stores = {name: Store.open(folder / f"{name}.db", forms=forms, author=f"agent-{name}", device_name=shown)
              for name, shown in LAPTOP_NAMES.items()}  # fmt: skip
    try:
        keys = {name: Unlocked(LaptopKeys.generate(store.device_id), org_key if name == "a" else None)
                for name, store in stores.items()}  # fmt: skip
        now = now_text()
        laptops = tuple(Laptop(store.device_id, LAPTOP_NAMES[name], "coordinator" if name == "a" else "agent",
                               keys[name].laptop.sign_public, keys[name].laptop.recipient, now)
                        for name, store in stores.items())  # fmt: skip
        with stores["a"].transaction():
            since = stores["a"].new_stamp()
        members = MemberList(uuid.uuid4().hex, ORG_NAME, org_key.public, 1, now, stores["a"].device_id, since,
                             laptops).signed(org_key)  # fmt: skip
        for name, store in stores.items():
            with store.transaction():
                organisation.save_list(store, members)
                organisation.save_keys(store, keys[name], PASSPHRASE)
    finally:
        for store in stores.values():
            store.close()
    return Laptops(folder, dict(LAPTOP_NAMES), keys, org_key, members)


@contextlib.contextmanager
def opened_copies(made: Laptops, folder: Path, forms: FormRegistry) -> Iterator[dict[str, Store]]:
    """Fresh copies of the three laptops' databases in `folder` (each in a folder of its own), opened, closed at the
    end: a test changes them as it likes, the session's originals stay as made."""
    opened = {}
    try:
        for name, shown in made.names.items():
            (folder / name).mkdir()
            shutil.copyfile(made.folder / f"{name}.db", folder / name / "taawun.db")
            opened[name] = Store.open(folder / name / "taawun.db", forms=forms, author=f"agent-{name}",
                                      device_name=shown)  # fmt: skip
        yield opened
    finally:
        for store in opened.values():
            store.close()
