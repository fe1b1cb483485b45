"""The server's password: in the system's credential store when there is one (a fake keyring backend here), else
in a file of the data folder that only this user can read, said plainly."""

from __future__ import annotations

import json
import stat
import sys
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail, null

from app.core.messages import translate
from app.sync.server import credentials

URL = "https://couch.example.org/taawun"


class FakeStore(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, *, refusing: bool = False) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}
        self.refusing = refusing

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.refusing:
            raise keyring.errors.PasswordSetError("locked")
        self.kept[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.kept:
            raise keyring.errors.PasswordDeleteError("none")
        del self.kept[(service, username)]


@pytest.fixture
def backend_restored() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_the_password_goes_to_the_credential_store(backend_restored: None) -> None:
    store = FakeStore()
    keyring.set_keyring(store)
    credentials.save_password(URL, "agent-1", "s3cret")
    assert store.kept == {("Taawun server", f"agent-1@{URL}"): "s3cret"}
    assert not credentials.password_file().exists()
    assert credentials.load_password(URL, "agent-1") == "s3cret"
    assert credentials.load_password(URL, "agent-2") is None
    assert credentials.where_kept(URL, "agent-1") == "server_password_in_store"
    credentials.save_password(URL, "agent-1", "n3w")
    assert credentials.load_password(URL, "agent-1") == "n3w"
    credentials.forget_password(URL, "agent-1")
    credentials.forget_password(URL, "agent-1")  # twice: nothing left to do
    assert store.kept == {} and credentials.load_password(URL, "agent-1") is None


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_without_a_store_the_password_is_in_a_file_only_this_user_reads(backend_restored: None,
                                                                         backend: type) -> None:  # fmt: skip
    keyring.set_keyring(backend())
    credentials.save_password(URL, "agent-1", "s3cret")
    credentials.save_password(URL + "2", "agent-1", "other")
    path = credentials.password_file()
    assert json.loads(path.read_text(encoding="utf-8")) == {f"agent-1@{URL}": "s3cret", f"agent-1@{URL}2": "other"}
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert credentials.load_password(URL, "agent-1") == "s3cret"
    assert credentials.where_kept() == "server_password_in_file"
    said = translate(credentials.where_kept(), "en", path=str(path))
    assert "a file readable only by you, not in a credential store" in said
    assert str(path) in said
    credentials.forget_password(URL, "agent-1")
    credentials.forget_password(URL + "2", "agent-1")
    assert not path.exists()  # no file left holding nothing


def test_a_store_that_refuses_falls_back_to_the_file_and_says_so(backend_restored: None) -> None:
    keyring.set_keyring(FakeStore(refusing=True))
    credentials.save_password(URL, "agent-1", "s3cret")
    assert credentials.load_password(URL, "agent-1") == "s3cret"
    assert credentials.where_kept(URL, "agent-1") == "server_password_in_file"
    working = FakeStore()
    keyring.set_keyring(working)
    credentials.save_password(URL, "agent-1", "s3cret")  # the store works again: the file no longer holds it
    assert not credentials.password_file().exists()
    assert credentials.where_kept(URL, "agent-1") == "server_password_in_store"


def test_a_damaged_file_is_no_password(backend_restored: None) -> None:
    keyring.set_keyring(fail.Keyring())
    credentials.password_file().parent.mkdir(parents=True, exist_ok=True)
    credentials.password_file().write_text("[not, json", encoding="utf-8")
    assert credentials.load_password(URL, "agent-1") is None
    credentials.save_password(URL, "agent-1", "s3cret")
    assert credentials.load_password(URL, "agent-1") == "s3cret"


def test_a_file_that_cannot_be_written_is_said(backend_restored: None, monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(fail.Keyring())
    blocker = credentials.password_file().parent / "blocker"
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setattr(credentials, "password_file", lambda: blocker / credentials.FILE_NAME)
    with pytest.raises(credentials.PasswordNotSaved) as raised:
        credentials.save_password(URL, "agent-1", "s3cret")
    assert raised.value.code == "server_password_not_saved" and raised.value.exit_code == 3
