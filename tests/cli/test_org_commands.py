"""`taawun org …`: an organisation created, a laptop invited and joined, shown, removed, a passphrase changed, all
from the command line as a script runs it (passphrases from files and variables, the code from a file).

Each scrypt costs a second or two by design: the whole life runs in one test, the refusals that need no key in
others."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
from cli_run import run_cli

from app.core.forms import FormRegistry
from app.db.backup import backup_database, restore_database
from app.db.store import Store

PASSPHRASE = "زيت الزيتون 2026"
AGENT_PASSPHRASE = "فاطمة 7 mots de passe"


def _write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _rows(db: Path) -> dict[str, str]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT key, value FROM organisation").fetchall())
    finally:
        conn.close()


def test_an_organisations_life_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, shipped_forms: FormRegistry
) -> None:
    coordinator, agent = tmp_path / "coordinator.db", tmp_path / "agent.db"
    secret = _write(tmp_path / "passphrase.txt", PASSPHRASE)
    monkeypatch.delenv("TAAWUN_PASSPHRASE", raising=False)
    monkeypatch.delenv("TAAWUN_NEW_PASSPHRASE", raising=False)

    code, out = run_cli(coordinator, capsys, "--lang", "en", "--passphrase-file", str(secret), "org", "create",
                        "Réseau تعاون")  # fmt: skip
    assert code == 0, out
    assert "Organisation “Réseau تعاون” created" in out and "coordinator" in out
    code, out = run_cli(coordinator, capsys, "--lang", "en", "org", "show", "--json")
    shown = json.loads(out)
    coordinator_id = shown["this_laptop"]
    assert shown["holds_organisation_key"] is True
    assert shown["organisation"]["body"]["laptops"][0]["id"] == coordinator_id

    # The agent's laptop (its window opened once) has its id before it joins; the coordinator invites it by its id.
    Store.open(agent, forms=shipped_forms, author="فاطمة", device_name="حاسوب فاطمة").close()
    code, out = run_cli(agent, capsys, "--lang", "fr", "org", "show")
    assert code == 0 and out.startswith("Aucune organisation ; identifiant de cet ordinateur : ")
    agent_id = out.strip().rsplit(" ", 1)[-1]
    invite_file = tmp_path / "stick" / "invite-fatima.age"
    invite_file.parent.mkdir()
    code, out = run_cli(coordinator, capsys, "--lang", "en", "--passphrase-file", str(secret), "org", "invite",
                        "--name", "حاسوب فاطمة", "--laptop", agent_id, "--out", str(invite_file))  # fmt: skip
    assert code == 0, out
    lines = out.strip().splitlines()
    invite_code = lines[-1]  # alone on the last line
    assert str(invite_file) in lines[0] and agent_id in lines[0] and "never on the stick" in lines[1]
    assert invite_code.encode() not in invite_file.read_bytes()

    # The code from the variable scripts use, the new passphrase from the variable for a new one.
    monkeypatch.setenv("TAAWUN_INVITE_CODE", invite_code.lower())
    monkeypatch.setenv("TAAWUN_NEW_PASSPHRASE", AGENT_PASSPHRASE)
    code, out = run_cli(agent, capsys, "--lang", "ar", "org", "join", str(invite_file))
    assert code == 0, out
    assert "انضم هذا الحاسوب" in out and agent_id in out and "مؤطر" in out
    code, out = run_cli(agent, capsys, "--lang", "en", "org", "show")
    assert code == 0
    assert f"This laptop: {agent_id}, agent" in out
    assert "حاسوب فاطمة · " + agent_id + " · agent · added " in out
    code, out = run_cli(agent, capsys, "--lang", "en", "org", "join", str(invite_file))
    assert code == 2 and "already belongs" in out  # once is enough

    # A restored copy of the agent's database is a new device: shown so, and it joins again under its new id with its
    # passphrase (the keys it was restored with sign what its former self wrote).
    (tmp_path / "backups").mkdir()
    restored = tmp_path / "restored" / "taawun.db"
    restored.parent.mkdir()
    restore_database(backup_database(agent, tmp_path / "backups"), restored, tmp_path / "kept")
    code, out = run_cli(restored, capsys, "--lang", "en", "org", "show", "--json")
    assert json.loads(out)["restored_copy"] is True
    restored_id = json.loads(out)["this_laptop"]
    code, out = run_cli(restored, capsys, "--lang", "en", "org", "show")
    assert f"restored copy that became device {restored_id}" in out and f"--laptop {restored_id}" in out
    again_file = tmp_path / "stick" / "invite-again.age"
    code, out = run_cli(coordinator, capsys, "--lang", "en", "--passphrase-file", str(secret), "org", "invite",
                        "--name", "حاسوب فاطمة 2", "--laptop", restored_id, "--out", str(again_file))  # fmt: skip
    assert code == 0, out
    monkeypatch.setenv("TAAWUN_INVITE_CODE", out.strip().splitlines()[-1])
    monkeypatch.setenv("TAAWUN_PASSPHRASE", AGENT_PASSPHRASE)
    code, out = run_cli(restored, capsys, "--lang", "en", "org", "join", str(again_file))
    assert code == 0, out
    code, out = run_cli(restored, capsys, "--lang", "en", "org", "show", "--json")
    assert json.loads(out)["restored_copy"] is False

    # Removed by its name, after confirming with --yes; shown removed with the limit of its work kept.
    monkeypatch.setenv("TAAWUN_PASSPHRASE", PASSPHRASE)
    code, out = run_cli(coordinator, capsys, "--lang", "en", "org", "remove", "حاسوب فاطمة", "--yes")
    assert code == 0, out
    assert f"({agent_id}) removed" in out
    code, out = run_cli(coordinator, capsys, "--lang", "en", "org", "show")
    assert " · removed " in out and "list no. 4" in out
    code, out = run_cli(coordinator, capsys, "--lang", "en", "org", "remove", agent_id, "--yes")
    assert code == 2 and "already removed" in out
    # Work it passed on later, which a merge refused naming its stamp: kept once the coordinator moves the limit.
    later = f"{(int(time.time()) + 60) * 1000:016d}.0000.{agent_id}"
    code, out = run_cli(coordinator, capsys, "--lang", "en", "org", "remove", agent_id, "--keep-until", later)
    assert code == 0 and f"({agent_id}) stay up to " in out
    code, out = run_cli(coordinator, capsys, "--lang", "en", "org", "remove", agent_id, "--keep-until", later)
    assert code == 2 and "does not move back" in out
    code, out = run_cli(coordinator, capsys, "--lang", "en", "org", "show", "--json")
    listed = {laptop["id"]: laptop for laptop in json.loads(out)["organisation"]["body"]["laptops"]}
    assert listed[agent_id]["last_stamp"] == later and "list no." not in out

    # A new passphrase: the old one no longer opens the keys (the invite needs them), the new one does.
    new_secret = _write(tmp_path / "new.txt", "une autre phrase 2027")
    before = _rows(coordinator)
    code, out = run_cli(coordinator, capsys, "--lang", "en", "--passphrase-file", str(secret), "org", "passphrase",
                        "--new-passphrase-file", str(new_secret))  # fmt: skip
    assert code == 0 and "passphrase was changed" in out
    after = _rows(coordinator)
    assert after["list"] == before["list"] and after["keys"] != before["keys"]
    code, out = run_cli(coordinator, capsys, "--lang", "en", "--passphrase-file", str(secret), "org", "invite",
                        "--name", "Laptop 3", "--out", str(tmp_path / "stick" / "three.age"))  # fmt: skip
    assert code == 2 and "Wrong passphrase" in out and _rows(coordinator) == after


def test_org_commands_without_an_organisation_or_their_inputs_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, shipped_forms: FormRegistry
) -> None:
    db = tmp_path / "agent.db"
    code, out = run_cli(db, capsys, "--lang", "en", "org", "show")
    assert code == 3 and "There is no database" in out  # a typo in --db: no database made to show an id
    Store.open(db, forms=shipped_forms, author="فاطمة", device_name="حاسوب فاطمة").close()
    monkeypatch.delenv("TAAWUN_PASSPHRASE", raising=False)
    monkeypatch.delenv("TAAWUN_NEW_PASSPHRASE", raising=False)
    monkeypatch.delenv("TAAWUN_INVITE_CODE", raising=False)
    code, out = run_cli(db, capsys, "--lang", "en", "org", "show", "--json")
    assert code == 0 and json.loads(out)["organisation"] is None and len(json.loads(out)["this_laptop"]) == 12
    for args in (("org", "remove", "x", "--yes"), ("org", "passphrase"),
                 ("org", "invite", "--name", "n", "--out", str(tmp_path / "i.age"))):  # fmt: skip
        code, out = run_cli(db, capsys, "--lang", "en", *args)
        assert code == 2 and "belongs to no organisation" in out, args
    code, out = run_cli(db, capsys, "--lang", "en", "org", "invite", "--name", "n", "--out",
                        str(tmp_path / "missing" / "i.age"))  # fmt: skip
    assert code == 3 and "does not exist" in out
    not_invite = _write(tmp_path / "notes.txt", "hello")
    code, out = run_cli(db, capsys, "--lang", "en", "org", "join", str(not_invite))
    assert code == 2 and "not a Taawun invite" in out
    invite = tmp_path / "invite.age"
    invite.write_bytes(b"age-encryption.org/v1\n-> scrypt AAAA 18\n")
    code, out = run_cli(db, capsys, "--lang", "en", "org", "join", str(invite))
    assert code == 2 and "--code-file" in out and "TAAWUN_INVITE_CODE" in out  # no terminal to ask on
    code, out = run_cli(db, capsys, "--lang", "en", "org", "join", str(invite), "--code-file", str(tmp_path / "no"))
    assert code == 2 and "Cannot read the invite code file" in out
    code, out = run_cli(db, capsys, "--lang", "en", "org", "join", str(tmp_path / "absent.age"))
    assert code == 2 and "Cannot read the invite file" in out
    code, out = run_cli(db, capsys, "--lang", "en", "org", "create", "Org")
    assert code == 2 and "TAAWUN_PASSPHRASE" in out  # a passphrase is needed: nothing created
    assert _rows(db) == {}


def test_a_new_passphrase_equal_to_the_old_one_is_refused_before_any_key_is_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`TAAWUN_PASSPHRASE` alone gives the old passphrase as the new one too: refused, not a silent no-op."""
    db = tmp_path / "c.db"
    monkeypatch.setenv("TAAWUN_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("TAAWUN_NEW_PASSPHRASE", raising=False)
    assert run_cli(db, capsys, "org", "create", "Org")[0] == 0
    kept = _rows(db)
    code, out = run_cli(db, capsys, "--lang", "fr", "org", "passphrase")
    assert code == 2 and "la même que l'ancienne" in out and _rows(db) == kept
    code, out = run_cli(db, capsys, "--lang", "en", "org", "remove", "nobody", "--yes")
    assert code == 2 and "No laptop “nobody”" in out
