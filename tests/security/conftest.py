"""An organisation made once per test session (its keys cost a second of scrypt each time they are locked or
unlocked, by design): tests copy its database file instead of creating their own."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from org_support import ORG_NAME, PASSPHRASE, Laptops, make_three_laptops, opened_copies

from app.core.clock import now_text
from app.core.forms import FormRegistry
from app.db.store import Store
from app.security import organisation
from app.security.keys import LaptopKeys, OrganisationKey
from app.security.member_list import Laptop, MemberList, read_list
from app.security.organisation import Unlocked


@pytest.fixture(scope="session")
def coordinator_db(tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry) -> Path:
    path = tmp_path_factory.mktemp("organisation") / "coordinator.db"
    with Store.open(path, forms=shipped_forms, author="Nadia", device_name="coordination-tiznit") as store:
        organisation.create(store, ORG_NAME, PASSPHRASE)
    return path


@pytest.fixture(scope="session")
def coordinator_keys(coordinator_db: Path) -> organisation.Unlocked:
    """The coordinator's keys, unlocked once for the session (a second of scrypt each time)."""
    conn = sqlite3.connect(coordinator_db)
    try:
        text, locked = (conn.execute("SELECT value FROM organisation WHERE key = ?", (key,)).fetchone()[0]
                        for key in ("list", "keys"))  # fmt: skip
    finally:
        conn.close()
    members = read_list(text)
    return organisation.Organisation(members, members.issued_by, locked, True).unlock(PASSPHRASE)


@pytest.fixture
def coordinator(tmp_path: Path, coordinator_db: Path, shipped_forms: FormRegistry) -> Iterator[Store]:
    """A coordinator's laptop of the organisation (a fresh copy for each test)."""
    path = tmp_path / "coordinator.db"
    shutil.copyfile(coordinator_db, path)
    with Store.open(path, forms=shipped_forms, author="Nadia", device_name="coordination-tiznit") as store:
        yield store


@pytest.fixture
def copy_of(tmp_path: Path) -> Callable[[Path, str], Path]:
    def copy(source: Path, name: str) -> Path:
        target = tmp_path / name
        shutil.copyfile(source, target)
        return target

    return copy


@pytest.fixture(scope="session")
def three_laptops(tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry) -> Laptops:
    return make_three_laptops(tmp_path_factory.mktemp("three-laptops"), shipped_forms)


@pytest.fixture(scope="session")
def stranger_db(tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry) -> tuple[Path, Unlocked]:
    """A coordinator's laptop of another organisation, and its keys."""
    path = tmp_path_factory.mktemp("stranger") / "stranger.db"
    with Store.open(path, forms=shipped_forms, author="Omar", device_name="autre-réseau") as store:
        org_key, laptop_keys = OrganisationKey.generate(), LaptopKeys.generate(store.device_id)
        with store.transaction():
            laptop = Laptop(store.device_id, store.device_name, "coordinator", laptop_keys.sign_public,
                            laptop_keys.recipient, now_text())  # fmt: skip
            members = MemberList(uuid.uuid4().hex, "Autre réseau", org_key.public, 1, now_text(), store.device_id,
                                 store.new_stamp(), (laptop,)).signed(org_key)  # fmt: skip
            organisation.save_list(store, members)
            organisation.save_keys(store, Unlocked(laptop_keys, org_key), PASSPHRASE)
    return path, Unlocked(laptop_keys, org_key)


@pytest.fixture
def laptops(tmp_path: Path, three_laptops: Laptops, shipped_forms: FormRegistry) -> Iterator[dict[str, Store]]:
    """Fresh copies of the three laptops' databases, opened (each in a folder of its own)."""
    with opened_copies(three_laptops, tmp_path, shipped_forms) as opened:
        yield opened
