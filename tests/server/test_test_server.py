"""The server tests' own server: without Node.js and npm they fail with a message saying what to install, never
skip (tests/couch_server.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import couch_server
import pytest


def test_without_node_the_server_tests_fail_saying_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:  # fmt: skip
    monkeypatch.setattr(couch_server, "SERVER_PROGRAM", tmp_path / "absent")
    monkeypatch.setattr(couch_server, "TOOL", tmp_path)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception) as raised:
        couch_server._installed()
    assert "need Node.js and npm" in str(raised.value) and "TAAWUN_TEST_COUCH_URL" in str(raised.value)


def test_an_address_without_an_administrator_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAAWUN_TEST_COUCH_URL", "http://127.0.0.1:5984")
    with pytest.raises(pytest.fail.Exception) as raised:
        next(couch_server.couch_server.__wrapped__())  # type: ignore[attr-defined]
    assert "administrator's name and password" in str(raised.value)


def test_parallel_processes_install_the_server_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    installed = tmp_path / "node_modules" / "pouchdb-server"
    monkeypatch.setattr(couch_server, "TOOL", tmp_path)
    monkeypatch.setattr(couch_server, "SERVER_PROGRAM", installed)
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    runs: list[list[str]] = []

    def npm_ci(args: list[str], **options: object) -> subprocess.CompletedProcess[str]:
        runs.append(args)
        installed.parent.mkdir(parents=True)
        installed.write_text("#!/usr/bin/env node", encoding="utf-8")
        return subprocess.CompletedProcess(args, 0, "", "")

    monkeypatch.setattr(subprocess, "run", npm_ci)
    couch_server._installed()
    couch_server._installed()
    assert runs == [["/usr/bin/npm", "ci", "--no-audit", "--no-fund"]]
    assert not (tmp_path / ".installing").exists()  # the lock is given back
