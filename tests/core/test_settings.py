"""The user's settings file: a missing or damaged file gives the defaults; saving keeps Arabic names intact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.settings import Settings

DEFAULTS = Settings()


def test_the_defaults() -> None:
    assert DEFAULTS.language == "ar"
    assert (DEFAULTS.author, DEFAULTS.device_name, DEFAULTS.organisation) == ("", "", "")


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    assert Settings.load(tmp_path / "nowhere" / "settings.json") == DEFAULTS


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"not json at all",
        b"\xff\xfe\x00garbage\x80",
        b"[]",
        b'"a string"',
        b"42",
        b"null",
        b'{"author": "\xd9',  # cut in the middle of an Arabic letter
        "{'author': 'فاطمة'}".encode(),  # Python, not JSON
    ],
    ids=["empty", "cut", "words", "binary", "list", "string", "number", "null", "cut_utf8", "python_repr"],
)
def test_a_damaged_file_gives_the_defaults(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    assert Settings.load(path) == DEFAULTS


def test_a_folder_where_the_file_should_be_gives_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()
    assert Settings.load(path) == DEFAULTS


def test_damaged_values_are_replaced_by_their_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"author": 12, "device_name": ["x"], "language": "de", "organisation": "ODCO", "colour": "red"}),
        encoding="utf-8",
    )
    loaded = Settings.load(path)
    assert loaded == Settings(organisation="ODCO")  # unknown keys and wrong types ignored, language back to ar


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_each_language_is_kept(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "settings.json"
    Settings(language=lang).save(path)
    assert Settings.load(path).language == lang


def test_save_then_load_round_trips_arabic_names(tmp_path: Path) -> None:
    path = tmp_path / "data" / "settings.json"  # the folder does not exist yet
    saved = Settings(
        author="فاطمة الزهراء أوعلي",
        device_name="حاسوب مريرت ٢",
        language="fr",
        organisation="تعاونية ⵜⴰⵡⵓⵏ – Coopérative de l'Atlas",
    )
    saved.save(path)
    assert Settings.load(path) == saved
    text = path.read_text(encoding="utf-8")
    assert "فاطمة الزهراء أوعلي" in text  # readable in the file, not \u escapes
    assert json.loads(text)["organisation"] == saved.organisation


def test_save_replaces_the_previous_settings_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(author="أحمد").save(path)
    Settings(author="Fatima", language="en").save(path)
    assert Settings.load(path) == Settings(author="Fatima", language="en")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_effective_names_are_never_empty() -> None:
    assert DEFAULTS.effective_author
    assert DEFAULTS.effective_device_name
    named = Settings(author="فاطمة", device_name="laptop-khenifra")
    assert named.effective_author == "فاطمة"
    assert named.effective_device_name == "laptop-khenifra"
