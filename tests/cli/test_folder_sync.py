"""`taawun sync folder set|show|export|merge|now`: the shared folder from the command line, with the exit codes of
`sync export` and `sync merge` (0 done, 2 invalid input, 3 a file refused or the folder unusable)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_run import run_cli

from app.core import paths
from app.core.forms import FormRegistry
from app.core.messages import translate
from app.core.settings import Settings
from app.db.store import Store


def records(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM records").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def laptops(tmp_path: Path, shipped_forms: FormRegistry) -> dict[str, Path]:
    made = {}
    for name, coop in (("a", "تعاونية الأمل"), ("b", "Coopérative Atlas")):
        made[name] = tmp_path / name / "taawun.db"
        made[name].parent.mkdir()
        with Store.open(made[name], forms=shipped_forms, author=f"agent-{name}", device_name=f"laptop-{name}") as s:
            s.create("cooperative", {"name_ar": coop, "sectors": ["olives"]})
    return made


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def test_without_a_folder_chosen_the_commands_say_how_to_choose_one(
    laptops: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a = laptops["a"]
    assert run_cli(a, capsys, "--lang", "en", "sync", "folder", "show") == (
        0, translate("shared_folder_none", "en") + "\n")  # fmt: skip
    for action in ("export", "merge", "now"):
        code, said = run_cli(a, capsys, "--lang", "fr", "sync", "folder", action)
        assert code == 2 and said.strip() == translate("shared_folder_not_set", "fr")
    code, said = run_cli(a, capsys, "--lang", "ar", "sync", "folder", "launch")
    assert code == 2 and said.strip() == translate("shared_folder_usage", "ar")
    assert run_cli(a, capsys, "sync", "folder", "set")[0] == 2  # no path given


def test_set_keeps_an_existing_folder_only(
    laptops: dict[str, Path], share: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = laptops["a"]
    code, said = run_cli(a, capsys, "--lang", "en", "sync", "folder", "set", str(tmp_path / "typo"))
    assert code == 2 and "does not exist" in said
    assert Settings.load(paths.settings_file()).shared_folder == ""
    code, said = run_cli(a, capsys, "--lang", "en", "sync", "folder", "set", str(share))
    assert code == 0 and said.strip() == translate("shared_folder_saved", "en", path=str(share))
    assert Settings.load(paths.settings_file()).shared_folder == str(share)
    code, said = run_cli(a, capsys, "--lang", "en", "sync", "folder", "show")
    assert code == 0 and said.splitlines() == [translate("shared_folder_shown", "en", path=str(share)),
                                               translate("shared_folder_nothing_waiting", "en")]  # fmt: skip


def test_two_laptops_sync_through_the_folder(
    laptops: dict[str, Path], share: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = laptops["a"], laptops["b"]
    assert run_cli(a, capsys, "sync", "folder", "set", str(share))[0] == 0
    code, said = run_cli(a, capsys, "--lang", "en", "sync", "folder", "now")
    exported = said.splitlines()
    assert code == 0 and exported[0].startswith("Exported 1 record")
    assert Path(exported[1]).parent == share and Path(exported[1]).is_file()  # the path alone on its line
    assert exported[2:] == [translate("shared_folder_nothing_waiting", "en")]  # its own file is not merged
    code, said = run_cli(b, capsys, "--lang", "en", "sync", "folder", "show")
    assert said.splitlines()[1] == translate("shared_folder_waiting", "en", count=1)
    code, said = run_cli(b, capsys, "--lang", "en", "sync", "folder", "merge")
    assert code == 0 and said.splitlines()[-1] == translate("sync_summary", "en", merged=1, rejected=0)
    assert records(b) == 2
    code, said = run_cli(b, capsys, "--lang", "en", "sync", "folder", "merge")  # merged already: skipped
    assert (code, said.strip()) == (0, translate("shared_folder_nothing_waiting", "en"))
    assert run_cli(b, capsys, "sync", "folder", "export")[0] == 0
    assert run_cli(a, capsys, "sync", "folder", "merge")[0] == 0
    assert records(a) == 2


def test_a_refused_file_gives_3_and_a_missing_folder_3_saying_so(
    laptops: dict[str, Path], share: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = laptops["a"]
    assert run_cli(a, capsys, "sync", "folder", "set", str(share))[0] == 0
    (share / "taawun-b-0a0b0c-2026-01-05.taawun").write_bytes(b"not a package at all" * 100)
    code, said = run_cli(a, capsys, "--lang", "en", "sync", "folder", "merge")
    assert code == 3 and said.splitlines()[-1] == translate("sync_summary", "en", merged=0, rejected=1)
    assert records(a) == 1
    shutil.rmtree(share)
    for lang, words in (("en", "cannot be reached"), ("fr", "inaccessible"), ("ar", "لا يمكن الوصول")):
        for action in ("export", "merge", "now", "show"):
            code, said = run_cli(a, capsys, "--lang", lang, "sync", "folder", action)
            assert code == 3 and words in said and str(share) in said, (lang, action, said)
    assert not share.exists() and records(a) == 1
