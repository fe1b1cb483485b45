"""The server tests' own server: without Node.js and npm they fail with a message saying what to install, never
skip (tests/couch_server.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import couch_server
import pytest


def test_without_node_the_server_tests_fail_saying_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:  # fmt: skip
    monkeypatch.setattr(couch_server, "SERVER_PROGRAM", tmp_path / "absent")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception) as raised:
        couch_server._installed()
    assert "need Node.js and npm" in str(raised.value) and "TAAWUN_TEST_COUCH_URL" in str(raised.value)


def test_an_address_without_an_administrator_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAAWUN_TEST_COUCH_URL", "http://127.0.0.1:5984")
    with pytest.raises(pytest.fail.Exception) as raised:
        next(couch_server.couch_server.__wrapped__())  # type: ignore[attr-defined]
    assert "administrator's name and password" in str(raised.value)
