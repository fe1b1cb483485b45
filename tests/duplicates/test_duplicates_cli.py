"""`taawun add` warns about likely duplicates, `taawun duplicates` lists them with why, `taawun join` joins two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import run_cli

from app.cli.program import main
from app.core.forms import FormRegistry
from app.db.store import Store


def test_add_warns_and_saves_duplicates_lists_join_joins(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         shipped_forms: FormRegistry) -> None:  # fmt: skip
    db = tmp_path / "t.db"
    code, out = run_cli(db, capsys, "--lang", "en", "add", "cooperative", "--set", "name_ar=تعاونية الأمل",
                        "--set", "commune=مريرت", "--set", "phone=0661234567")  # fmt: skip
    assert code == 0 and "Warning" not in out
    keep = out.strip()
    capsys.readouterr()
    code = main(
        ["--db", str(db), "--lang", "en", "add", "cooperative", "--set", "name_fr=Coopérative Al Amal",
         "--set", "name_ar=تعاونية", "--set", "commune=مريرت"])  # fmt: skip
    out, err = capsys.readouterr()
    other = out.strip()  # stdout keeps the id alone, for scripts; the warning is on stderr
    assert code == 0 and len(other) == 36
    assert "may duplicate" in err and keep in err and "similar name, same commune" in err

    code, out = run_cli(db, capsys, "--lang", "en", "duplicates")
    assert code == 0 and "similar name, same commune" in out and keep in out and other in out
    assert "1 pair(s)" in out
    code, out = run_cli(db, capsys, "duplicates", "cooperative", "--json")
    assert json.loads(out) == [{"form": "cooperative", "records": sorted([keep, other]), "reasons": ["similar_name"]}]
    code, out = run_cli(db, capsys, "--lang", "en", "duplicates", "visit")
    assert code == 2 and "declares nothing to compare" in out

    code, out = run_cli(db, capsys, "--lang", "en", "join", keep, other)
    assert code == 0 and f"Record {other} joined into {keep}" in out
    code, out = run_cli(db, capsys, "--lang", "en", "duplicates")
    assert code == 0 and "No likely duplicates" in out
    code, out = run_cli(db, capsys, "--lang", "en", "join", keep, keep)
    assert code == 2 and "cannot be joined into itself" in out
    with Store.open(db, forms=shipped_forms, author="t", device_name="t") as store:
        assert store.get(other, include_deleted=True).data["_joined_into"] == keep


def test_a_phone_typed_otherwise_is_the_same_phone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "t.db"
    run_cli(db, capsys, "add", "cooperative", "--set", "name_ar=تعاونية النور", "--set", "phone=+212661234567")
    code, out = run_cli(db, capsys, "--lang", "fr", "add", "cooperative", "--set", "name_ar=تعاونية الوفاء",
                        "--set", "phone=٠٦٦١٢٣٤٥٦٧")  # fmt: skip
    assert code == 0 and "même téléphone" in out.lower()


def test_sync_merge_counts_the_likely_duplicates_the_merge_brought(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    agent, coordinator, stick = tmp_path / "agent.db", tmp_path / "coordinator.db", tmp_path / "stick"
    stick.mkdir()
    for db, name, commune in (
        (agent, "تعاونية الأمل", "مريرت"),
        (coordinator, "التعاونية الامل", "مريرت"),
        (coordinator, "تعاونية النور", "خنيفرة"),
        (coordinator, "تعاونية النور", "خنيفرة"),
    ):
        assert (
            run_cli(db, capsys, "add", "cooperative", "--set", f"name_ar={name}", "--set", f"commune={commune}")[0] == 0
        )
    code, out = run_cli(agent, capsys, "sync", "export", str(stick))
    package = out.strip().splitlines()[-1]
    assert code == 0
    code, out = run_cli(coordinator, capsys, "--lang", "en", "sync", "merge", package)
    # One pair involves the record the merge brought; the pair of "النور" was there before and is not counted.
    assert code == 0 and out.count("Likely duplicates involving") == 1
    assert "Likely duplicates involving records the merge brought: 1 pair(s) (to see them: taawun duplicates)" in out
    code, out = run_cli(coordinator, capsys, "--lang", "fr", "sync", "merge", package)
    assert code == 0 and "Doublons probables" not in out  # nothing new: no line
    code, out = run_cli(coordinator, capsys, "--lang", "en", "duplicates")
    assert "2 pair(s)" in out
