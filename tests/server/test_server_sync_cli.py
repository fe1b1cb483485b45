"""`taawun sync push|pull|now`, run as the command line runs them, against PouchDB Server: what they say and their
exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_run import run_cli
from couch_server import CouchDatabase, free_port

from app.core.forms import FormRegistry
from app.db.store import Store


@pytest.fixture
def server_set(couch_db: CouchDatabase, db_path: Path, capsys: pytest.CaptureFixture[str],
               monkeypatch: pytest.MonkeyPatch) -> CouchDatabase:  # fmt: skip
    monkeypatch.setenv("TAAWUN_SERVER_PASSWORD", couch_db.password)
    code, out = run_cli(db_path.with_name("setup.db"), capsys, "sync", "server", "set", couch_db.url, "--user",
                        couch_db.user)  # fmt: skip
    assert code == 0, out
    return couch_db


def test_a_new_laptop_gets_everything_with_sync_now_and_a_second_sync_says_nothing_new(
    server_set: CouchDatabase, tmp_path: Path, shipped_forms: FormRegistry, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    with Store.open(first, forms=shipped_forms, author="فاطمة", device_name="tiznit") as store:
        coop = store.create("cooperative", {"name_ar": "تعاونية الأمل"})
    code, out = run_cli(first, capsys, "--lang", "en", "sync", "push")
    assert code == 0, out
    assert "Sent to the server. New documents: 4 (records: 1)" in out
    code, out = run_cli(second, capsys, "--lang", "en", "sync", "now")  # a fresh laptop: the file is made
    assert code == 0, out
    assert f"{server_set.url} (push:" in out and "): merged (from " in out
    assert "Files merged: 1 · rejected: 0" in out
    with Store.open(second, forms=shipped_forms, author="x", device_name="second") as store:
        assert store.get(coop).data["name_ar"] == "تعاونية الأمل"
    code, out = run_cli(second, capsys, "--lang", "fr", "sync", "now")
    assert code == 0, out
    assert "Rien de nouveau à envoyer" in out and "Rien de nouveau sur le serveur" in out


def test_no_server_set_is_invalid_input_and_an_unreachable_one_exit_3(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, shipped_forms: FormRegistry
) -> None:
    with Store.open(db_path, forms=shipped_forms, author="a", device_name="a") as store:
        store.create("cooperative", {"name_ar": "تعاونية الأمل"})
    code, out = run_cli(db_path, capsys, "--lang", "en", "sync", "push")
    assert code == 2 and "No server is set for this laptop" in out
    monkeypatch.setenv("TAAWUN_SERVER_PASSWORD", "whatever")
    nowhere = f"http://127.0.0.1:{free_port()}/taawun"
    assert run_cli(db_path, capsys, "sync", "server", "set", nowhere, "--user", "agent")[0] == 3
    before = db_path.read_bytes()
    code, out = run_cli(db_path, capsys, "--lang", "en", "sync", "now")
    assert code == 3, out
    assert "Traceback" not in out and nowhere in out
    assert db_path.read_bytes() == before
