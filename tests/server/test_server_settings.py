"""The server's address and user in the settings: kept when sound, forgotten when hand-edited beyond the bounds,
and turned into the address the client uses with the kept password (app/sync/server/credentials.py)."""

from __future__ import annotations

import json

import pytest

from app.core import paths
from app.core.errors import InvalidInput
from app.core.settings import Settings
from app.sync.server import credentials


def saved(**values: object) -> Settings:
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text(json.dumps(values), encoding="utf-8")
    return Settings.load(paths.settings_file())


def test_a_sound_address_and_user_are_kept_and_saved() -> None:
    settings = saved(server_url="https://couch.example.org/taawun", server_user="laptop-khenifra")
    assert (settings.server_url, settings.server_user) == ("https://couch.example.org/taawun", "laptop-khenifra")
    settings.save(paths.settings_file())
    assert Settings.load(paths.settings_file()).server_user == "laptop-khenifra"
    assert Settings().server_url == "" and Settings().server_user == ""


@pytest.mark.parametrize(
    "values",
    [{"server_url": "ftp://couch.example.org/taawun"}, {"server_url": "https://x.org/\x1b[2J"},
     {"server_url": "https://x.org/" + "a" * 3000}, {"server_url": 5984}, {"server_user": "a\nb"},
     {"server_user": ["laptop"]}],
)  # fmt: skip
def test_hand_edited_values_beyond_the_bounds_are_forgotten(values: dict[str, object]) -> None:
    settings = saved(**values)
    assert (settings.server_url, settings.server_user) == ("", "")


def test_the_saved_address_carries_the_kept_password(no_store: None) -> None:
    assert credentials.saved_address(Settings()) is None
    settings = Settings(server_url="https://couch.example.org/taawun", server_user="laptop-khenifra")
    assert credentials.saved_address(settings).password == ""  # type: ignore[union-attr]
    credentials.save_password(settings.server_url, settings.server_user, "s3cret")
    address = credentials.saved_address(settings)
    assert address is not None and (address.user, address.password) == ("laptop-khenifra", "s3cret")
    assert "s3cret" not in repr(address)
    with pytest.raises(InvalidInput):
        credentials.saved_address(Settings(server_url="https://couch.example.org/Not-A-Database"))
