"""The server tests' fixtures: a running CouchDB-compatible server and a fresh database per test (tests/couch_server.py),
and no proxy of the environment between the tests and the loopback server (a test of proxies sets its own)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from couch_server import couch_db, couch_server
from keyring.backends import fail
from laptop_stores import laptop

__all__ = ["couch_db", "couch_server", "laptop"]


@pytest.fixture(autouse=True)
def no_environment_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def no_store() -> Iterator[None]:
    """No system credential store (keyring's refusing backend): passwords go to the file only the user reads."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)
