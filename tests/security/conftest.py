"""An organisation made once per test session (its keys cost a second of scrypt each time they are locked or
unlocked, by design): tests copy its database file instead of creating their own."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from org_support import ORG_NAME, PASSPHRASE

from app.core.forms import FormRegistry
from app.db.store import Store
from app.security import organisation
from app.security.member_list import read_list


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
