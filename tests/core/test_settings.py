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
    assert DEFAULTS.backup_keep_days == 14


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


@pytest.mark.parametrize("days", [1, 7, 30, 3650])
def test_the_days_backups_are_kept_round_trip(tmp_path: Path, days: int) -> None:
    path = tmp_path / "settings.json"
    Settings(author="فاطمة", backup_keep_days=days).save(path)
    assert json.loads(path.read_text(encoding="utf-8"))["backup_keep_days"] == days  # a number in the file
    assert Settings.load(path) == Settings(author="فاطمة", backup_keep_days=days)


@pytest.mark.parametrize("value", ["7", 0, -3, 3651, 7.5, True, None, [7], {"days": 7}],
                         ids=["text", "zero", "negative", "too_many", "fraction", "bool", "null", "list", "object"])  # fmt: skip
def test_a_bad_number_of_days_gives_the_default_and_keeps_the_rest(tmp_path: Path, value: object) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"author": "فاطمة", "language": "fr", "backup_keep_days": value}), encoding="utf-8")
    assert Settings.load(path) == Settings(author="فاطمة", language="fr", backup_keep_days=14)


def test_a_number_is_not_accepted_for_a_text_setting(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"organisation": 14, "backup_keep_days": 21}), encoding="utf-8")
    assert Settings.load(path) == Settings(backup_keep_days=21)
