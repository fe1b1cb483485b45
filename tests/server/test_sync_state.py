"""The cache beside the database of what the server holds (app/sync/server/state.py): a damaged one is made anew
(it is only a cache), one that another sync of the laptop holds is waited for, and never removed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.errors import StorageError
from app.sync.server import state
from app.sync.server.state import SyncState, state_path

SERVER, LAPTOP = "http://127.0.0.1:5984/taawun", "c4c324375704"


def test_a_damaged_cache_is_made_anew(tmp_path: Path) -> None:
    database = tmp_path / "taawun.db"
    state_path(database).write_bytes(b"not a database at all, a power cut's leftovers" * 100)
    cache = SyncState.open(database, SERVER, LAPTOP)
    try:
        assert cache.known() == set()
        cache.add(["v:record:1"])
        assert cache.known() == {"v:record:1"}
    finally:
        cache.close()


def test_a_cache_held_by_another_sync_beyond_the_wait_is_said_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "taawun.db"
    first = SyncState.open(database, SERVER, LAPTOP)
    first.add(["v:record:1", "v:record:2"])
    first.close()
    other = sqlite3.connect(state_path(database), isolation_level=None)  # another sync, in the middle of a write
    other.execute("PRAGMA journal_mode = DELETE")  # a rollback journal: readers wait for the writer too
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(state, "BUSY_SECONDS", 0.2)
    try:
        with pytest.raises(StorageError) as raised:
            SyncState.open(database, SERVER, LAPTOP)
        assert raised.value.code == "server_state_unwritable"
    finally:
        other.execute("ROLLBACK")
        other.close()
    again = SyncState.open(database, SERVER, LAPTOP)
    try:
        assert again.known() == {"v:record:1", "v:record:2"}  # the cache was not removed from under it
    finally:
        again.close()
