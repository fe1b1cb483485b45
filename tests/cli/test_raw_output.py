"""Nothing printed comes raw from a file: device names, authors, file names, titles and values that came from
another laptop are printed with their control characters and bidi overrides escaped, and bounded in length.

A crafted package (a real export edited with sqlite3 as an attacker would) is merged by `taawun sync merge` in a
real process; whether such names are refused by the merge or stored is for the merge's checks to decide. Either
way, what is stored is then shown safely: the same names are put into the local database (as an older release
would have stored them) and `history`, `show`, `list`, `conflicts` and `sync log` are run on it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.forms import FormRegistry
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file

ROOT = Path(__file__).resolve().parents[2]

FORGED = "\x1b[2J\x1b[31mnew: 0\r\nforged"  # clears the terminal, colours it, forges a report line
REVERSED = "\u202eevil\u2066\x9b31m"  # RIGHT-TO-LEFT OVERRIDE, an isolate of its own, a C1 control sequence
HUGE = "A" * 10_000_000  # a 10 MB author
RAW = ("\x1b", "\u202e", "\u2066", "\x9b", "\r")


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TAAWUN_HOME": str(home)}
    env.pop("TAAWUN_DB", None)
    return subprocess.run([sys.executable, "-m", "app", "--lang", "en", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=ROOT, timeout=300, check=False)  # fmt: skip


def assert_shown_safely(result: subprocess.CompletedProcess[str], *, limit: int = 50_000) -> None:
    output = result.stdout + result.stderr
    for char in RAW:
        assert char not in output, f"raw {char!r} printed: {output[:2000]!r}"
    lines = output.split("\n")
    assert not any(line.startswith(("forged", "new: 0")) for line in lines), output[:2000]
    assert len(output) < limit  # a 10 MB name is not printed in full
    assert "Traceback" not in output


def craft(package: Path, *, device_name: str, author: str) -> None:
    """The file's newest version (the one this laptop has not seen) said to be by `author` on `device_name`, and
    the manifest naming `device_name`."""
    conn = sqlite3.connect(package)
    try:
        newest = "(SELECT max(hlc) FROM history)"
        conn.execute(f"UPDATE records SET author = ?, device_name = ? WHERE hlc = {newest}", (author, device_name))
        conn.execute(f"UPDATE history SET author = ?, device_name = ? WHERE hlc = {newest}", (author, device_name))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'package_device_name'", (device_name,))
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def laptops(tmp_path: Path, shipped_forms: FormRegistry) -> tuple[Path, Path, str]:
    """This laptop and a peer sharing a cooperative both edited since (an open conflict here); returns this
    laptop's database, a package from the peer, and the cooperative's id."""
    here = Store.open(tmp_path / "here.db", forms=shipped_forms, author="Fatima", device_name="here")
    peer = Store.open(tmp_path / "peer.db", forms=shipped_forms, author="Ali", device_name="peer")
    try:
        coop = here.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
        (tmp_path / "s1").mkdir()
        assert merge_file(peer, export_package(here, tmp_path / "s1").path).merged
        here.update(coop, {"phone": "0612345678"})
        peer.update(coop, {"name_ar": "تعاونية الأمل الجديدة"})
        (tmp_path / "s2").mkdir()
        outcome = merge_file(here, export_package(peer, tmp_path / "s2").path)
        assert outcome.merged and outcome.counts is not None and outcome.counts.conflicts == 1
        peer.update(coop, {"commune": "مريرت"})
        (tmp_path / "s3").mkdir()
        package = export_package(peer, tmp_path / "s3").path
    finally:
        here.close()
        peer.close()
    return tmp_path / "here.db", package, coop


def test_a_crafted_package_is_merged_or_refused_without_lying_on_the_terminal(
    tmp_path: Path, laptops: tuple[Path, Path, str]
) -> None:
    database, package, _ = laptops
    evil_name = package.with_name(f"stick{FORGED}{REVERSED}.taawun")  # the file's own name too
    package.rename(evil_name)
    craft(evil_name, device_name=FORGED + REVERSED, author=FORGED)
    merged = run("--db", str(database), "sync", "merge", str(evil_name), home=tmp_path / "home")
    assert merged.returncode in (0, 3), merged.stderr
    assert_shown_safely(merged)
    assert "\\x1b[2J\\x1b[31mnew: 0\\r\\nforged" in merged.stdout  # shown, escaped: the user sees what came
    log = run("--db", str(database), "sync", "log", home=tmp_path / "home")
    assert log.returncode == 0
    assert_shown_safely(log)


def test_a_10_mb_device_name_in_a_package_is_printed_bounded(tmp_path: Path, laptops: tuple[Path, Path, str]) -> None:
    database, package, _ = laptops
    craft(package, device_name=HUGE, author=HUGE)
    merged = run("--db", str(database), "sync", "merge", str(package), home=tmp_path / "home")
    assert merged.returncode in (0, 3), merged.stderr
    assert_shown_safely(merged, limit=10_000)
    log = run("--db", str(database), "sync", "log", home=tmp_path / "home")
    assert_shown_safely(log, limit=20_000)


def test_names_and_values_stored_here_are_shown_escaped_by_every_command(
    tmp_path: Path, laptops: tuple[Path, Path, str]
) -> None:
    database, _, coop = laptops
    conn = sqlite3.connect(database)
    try:
        data = json.loads(conn.execute("SELECT data FROM records WHERE id = ?", (coop,)).fetchone()[0])
        data["name_ar"] = f"{FORGED}{REVERSED}"
        data["notes"] = f"line one\r\nline two {FORGED}"
        text = json.dumps(data, ensure_ascii=False)
        conn.execute("UPDATE records SET author = ?, device_name = ?, data = ? WHERE id = ?",
                     (HUGE, FORGED + REVERSED, text, coop))  # fmt: skip
        conn.execute("UPDATE history SET author = ?, device_name = ?", (FORGED, HUGE))
        conn.execute("UPDATE history SET data = ? WHERE record_id = ? AND hlc = (SELECT hlc FROM records"
                     " WHERE id = ?)", (text, coop, coop))  # fmt: skip
        conn.execute("UPDATE conflicts SET detected_device_name = ?", (FORGED + REVERSED,))
        conn.commit()
    finally:
        conn.close()
    home = tmp_path / "home"
    for command in (["history", coop], ["show", coop], ["list", "cooperative"], ["conflicts"]):
        result = run("--db", str(database), *command, home=home)
        assert result.returncode == 0, (command, result.stderr[:2000])
        assert_shown_safely(result)
    show = run("--db", str(database), "show", coop, home=home).stdout
    assert "\\x1b[2J\\x1b[31mnew: 0\\r\\nforged\\u202eevil\\u2066\\x9b31m" in show  # the title, escaped
    assert "line one\n" in show  # a long text keeps its own lines, its lone \r escaped
    history = run("--db", str(database), "history", coop, home=home).stdout
    assert "…" in history and "A" * 201 not in history, history[:3000]  # 10 MB of device name, bounded
    for command in (["history", coop, "--json"], ["show", coop, "--json"], ["conflicts", "--json"]):
        result = run("--db", str(database), *command, home=home)
        assert result.returncode == 0, result.stderr[:2000]
        assert "\u202e" not in result.stdout and "\x1b" not in result.stdout and "\x9b" not in result.stdout
        json.loads(result.stdout)  # still JSON, the same values (escaped as JSON escapes them)
    assert json.loads(run("--db", str(database), "show", coop, "--json", home=home).stdout)["data"]["name_ar"] == (
        f"{FORGED}{REVERSED}"
    )
