"""`taawun sync server set|show|test|forget|init`, run as the command line runs them, against PouchDB Server."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import keyring
import pytest
from cli_run import run_cli
from couch_server import CouchDatabase, CouchServer, new_user
from test_credentials import FakeStore

from app.core import paths
from app.sync.server import credentials
from app.sync.server.couch import CouchClient, ServerAddress


def settings() -> dict[str, object]:
    return json.loads(paths.settings_file().read_text(encoding="utf-8"))


def test_set_keeps_the_address_and_the_password_and_tests_the_connection(
    couch_db: CouchDatabase,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_store: None,
) -> None:
    monkeypatch.setenv("TAAWUN_SERVER_PASSWORD", couch_db.password)
    code, out = run_cli(db_path, capsys, "--lang", "en", "sync", "server", "set", couch_db.url + "/", "--user",
                        couch_db.user)  # fmt: skip
    assert code == 0, out
    assert f"Server {couch_db.url} and user '{couch_db.user}' saved" in out
    assert "kept in a file readable only by you, not in a credential store" in out
    assert "the database is ready and holds 1 documents" in out
    assert "not encrypted" not in out  # plain HTTP, but on this machine
    assert settings()["server_url"] == couch_db.url and settings()["server_user"] == couch_db.user
    assert credentials.load_password(couch_db.url, couch_db.user) == couch_db.password
    assert couch_db.password not in paths.settings_file().read_text(encoding="utf-8")
    assert not db_path.exists()  # nothing of the database was touched

    monkeypatch.delenv("TAAWUN_SERVER_PASSWORD")
    code, out = run_cli(db_path, capsys, "--lang", "fr", "sync", "server", "show")
    assert code == 0, out
    assert f"Serveur : {couch_db.url}" in out and f"Utilisateur : {couch_db.user}" in out
    assert "fichier lisible par vous seul" in out and "la base est prête" in out
    assert run_cli(db_path, capsys, "sync", "server", "test")[0] == 0

    code, out = run_cli(db_path, capsys, "--lang", "en", "sync", "server", "forget")
    assert code == 0 and "forgotten" in out
    assert settings()["server_url"] == "" and credentials.load_password(couch_db.url, couch_db.user) is None
    code, out = run_cli(db_path, capsys, "--lang", "en", "sync", "server", "test")
    assert code == 2 and "No server is set" in out


def test_set_with_a_credential_store_keeps_the_password_there(
    couch_db: CouchDatabase, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = keyring.get_keyring()
    store = FakeStore()
    keyring.set_keyring(store)
    try:
        monkeypatch.setenv("TAAWUN_SERVER_PASSWORD", couch_db.password)
        code, out = run_cli(db_path, capsys, "--lang", "ar", "sync", "server", "set", couch_db.url, "--user",
                            couch_db.user)  # fmt: skip
        assert code == 0, out
        assert "مخزن كلمات المرور الخاص بالنظام" in out
        assert store.kept == {("Taawun server", f"{couch_db.user}@{couch_db.url}"): couch_db.password}
        assert not credentials.password_file().exists()
    finally:
        keyring.set_keyring(before)


def test_a_wrong_password_is_kept_but_said_with_exit_3(
    couch_db: CouchDatabase,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_store: None,
) -> None:
    monkeypatch.setenv("TAAWUN_SERVER_PASSWORD", "wrong")
    code, out = run_cli(db_path, capsys, "--lang", "en", "sync", "server", "set", couch_db.url, "--user",
                        couch_db.user)  # fmt: skip
    assert code == 3
    assert f"refused the user '{couch_db.user}'" in out and "Traceback" not in out
    assert settings()["server_url"] == couch_db.url  # set up away from a connection is still set up
    code, out = run_cli(db_path, capsys, "--lang", "en", "sync", "server", "show")
    assert code == 0 and "refused the user" in out


def test_a_database_not_set_up_is_said_with_the_command_to_run(
    couch_server: CouchServer,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_store: None,
) -> None:
    url = f"{couch_server.root}/t{uuid.uuid4().hex}"
    with CouchClient(ServerAddress(url, couch_server.admin_user, couch_server.admin_password)) as admin:
        admin.call_server("PUT", "/" + url.rsplit("/", 1)[1])
    monkeypatch.setenv("TAAWUN_SERVER_PASSWORD", couch_server.admin_password)
    code, out = run_cli(db_path, capsys, "--lang", "en", "sync", "server", "set", url, "--user",
                        couch_server.admin_user)  # fmt: skip
    assert code == 3 and "taawun sync server init" in out


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["sync", "server"], "Usage: taawun sync server set URL"),
        (["sync", "server", "launch"], "Usage: taawun sync server set URL"),
        (["sync", "server", "show", "extra"], "Usage: taawun sync server set URL"),
        (["sync", "server", "set"], "Give the database's address"),
        (["sync", "server", "set", "https://couch.example.org/taawun"], "Give the user name"),
        (["sync", "server", "set", "ftp://couch.example.org/taawun", "--user", "a"], "Invalid server address"),
        (["sync", "server", "set", "https://couch.example.org/taawun", "--user", "a:b"], "Invalid user name"),
        (["sync", "server", "set", "https://couch.example.org/taawun", "--user", "a"], "TAAWUN_SERVER_PASSWORD"),
        (["sync", "server", "init", "https://couch.example.org/taawun", "--user", "admin"],
         "TAAWUN_SERVER_ADMIN_PASSWORD"),
    ],
)  # fmt: skip
def test_bad_input_is_said_with_exit_2_and_changes_nothing(db_path: Path, capsys: pytest.CaptureFixture[str],
                                                           args: list[str], said: str) -> None:  # fmt: skip
    code, out = run_cli(db_path, capsys, "--lang", "en", *args)
    assert code == 2 and said in out and "Traceback" not in out
    assert not paths.settings_file().exists() and not credentials.password_file().exists()


def test_an_empty_password_is_refused(db_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("TAAWUN_SERVER_PASSWORD", "")
    code, out = run_cli(db_path, capsys, "--lang", "en", "sync", "server", "set", "https://couch.example.org/taawun",
                        "--user", "agent")  # fmt: skip
    assert code == 2 and "cannot be empty" in out


def test_a_plain_http_address_beyond_this_machine_is_warned_about(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_store: None
) -> None:
    monkeypatch.setenv("TAAWUN_SERVER_PASSWORD", "secret")
    code, out = run_cli(db_path, capsys, "--lang", "en", "sync", "server", "set", "http://no-such-host.invalid/taawun",
                        "--user", "agent")  # fmt: skip
    assert code == 3
    assert "is not encrypted (http)" in out and "Cannot reach the server" in out


def test_init_prepares_the_database_for_its_members_and_again_changes_nothing(
    couch_server: CouchServer, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"{couch_server.root}/t{uuid.uuid4().hex}"
    member, member_password = new_user(couch_server)
    monkeypatch.setenv("TAAWUN_SERVER_ADMIN_PASSWORD", couch_server.admin_password)
    args = ["--lang", "en", "sync", "server", "init", url, "--user", couch_server.admin_user, "--member", member]
    code, out = run_cli(db_path, capsys, *args)
    assert code == 0, out
    assert f"Database {url} created" in out and "Design document installed (version 1)" in out
    assert f"Only administrators and the members read and write the database: {member}" in out
    code, out = run_cli(db_path, capsys, *args)
    assert code == 0 and "exists" in out and "up to date" in out
    with CouchClient(ServerAddress(url, member, member_password)) as client:
        client.check_design()
    monkeypatch.setenv("TAAWUN_SERVER_ADMIN_PASSWORD", "wrong")
    code, out = run_cli(db_path, capsys, *args)
    assert code == 3 and "refused the user" in out
