"""Each file of a batch is merged or refused on its own (README), whatever is wrong with it: a file Python cannot
read (JSON nested 100,000 deep, text that is not JSON, a number too large) is refused with its reason, logged in
the sync log, nothing of it written, and the next file is still merged; a bug of ours met while merging one file
is logged with its traceback, that file is refused, the batch goes on, and the command ends with exit 1."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import app.sync.merge_package as db_merge
from app.cli.program import main
from app.core.forms import FormRegistry
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_files
from app.sync.sync_log import recent_entries

ROOT = Path(__file__).resolve().parents[2]


def make_package(folder: Path, forms: FormRegistry, name: str, coop_name: str) -> tuple[Path, set[str]]:
    """A real export of a laptop called `name` holding a cooperative and a visit; returns it and its record ids."""
    folder.mkdir()
    store = Store.open(folder / "taawun.db", forms=forms, author=f"agent-{name}", device_name=name)
    try:
        coop = store.create("cooperative", {"name_ar": coop_name, "sectors": ["olives"], "members_total": 12})
        visit = store.create("visit", {"cooperative": coop, "visit_date": "2025-05-17", "observations": "ملاحظة"})
        (folder / "stick").mkdir()
        return export_package(store, folder / "stick").path, {coop, visit}
    finally:
        store.close()


def set_cooperative_data(package: Path, text: Callable[[str], str]) -> None:
    """Replace the cooperative's data in the file (its current row and its history row) as an attacker would."""
    conn = sqlite3.connect(package)
    try:
        record_id, hlc, data = conn.execute("SELECT id, hlc, data FROM records WHERE form = 'cooperative'").fetchone()
        new = text(data)
        conn.execute("UPDATE records SET data = ? WHERE id = ?", (new, record_id))
        conn.execute("UPDATE history SET data = ? WHERE record_id = ? AND hlc = ?", (new, record_id, hlc))
        conn.commit()
    finally:
        conn.close()


def deep(data: str) -> str:
    return "[" * 100_000 + "]" * 100_000


def not_json(data: str) -> str:
    return "{this is not JSON" + "\x00" * 3


def huge_integer(data: str) -> str:
    values = json.loads(data)
    values["members_total"] = 10**400
    return json.dumps(values, ensure_ascii=False)


def record_ids(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("SELECT record_id FROM history")}
    finally:
        conn.close()


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TAAWUN_HOME": str(home)}
    env.pop("TAAWUN_DB", None)
    return subprocess.run([sys.executable, "-m", "app", "--lang", "en", *args], capture_output=True, encoding="utf-8",
                          env=env, cwd=ROOT, timeout=300, check=False)  # fmt: skip


@pytest.mark.parametrize("craft", [deep, not_json, huge_integer])
def test_a_file_that_cannot_be_read_is_refused_and_the_next_file_is_merged(
    tmp_path: Path, shipped_forms: FormRegistry, craft: Callable[[str], str]
) -> None:
    bad, bad_ids = make_package(tmp_path / "peer", shipped_forms, "peer", "تعاونية الأمل")
    good, good_ids = make_package(tmp_path / "other", shipped_forms, "other", "تعاونية النور")
    set_cooperative_data(bad, craft)
    database = tmp_path / "here" / "taawun.db"
    database.parent.mkdir()

    result = run("--db", str(database), "sync", "merge", str(bad), str(good), home=tmp_path / "home")

    assert result.returncode == 3, result.stderr  # some file refused (never 1: no exception escaped a file)
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{bad}: rejected, nothing changed in your database"
    assert any(line.startswith(f"{good}: merged") for line in lines)
    assert lines[-1] == "Files merged: 1 · rejected: 1"
    assert record_ids(database) == good_ids  # the good file merged, nothing of the bad one written
    store = Store.open(database, forms=shipped_forms, author="here", device_name="here")
    try:
        entries = recent_entries(store.conn)
    finally:
        store.close()
    assert [(e.file, e.outcome) for e in reversed(entries)] == [(str(bad), "rejected"), (str(good), "merged")]
    assert entries[1].reason("en")  # the log says why


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (RecursionError("maximum recursion depth exceeded"), "nested far too deeply"),
        (MemoryError(), "too large for this laptop's memory"),
        (OverflowError("int too large to convert"), "number too large"),
        (sqlite3.DatabaseError("database disk image is malformed"), "SQLite could not read it"),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "not valid (not UTF-8)"),
    ],
)
def test_any_unreadable_value_met_inside_the_merge_refuses_that_file_only(
    tmp_path: Path, shipped_forms: FormRegistry, monkeypatch: pytest.MonkeyPatch, error: BaseException, words: str
) -> None:
    """Raised inside the merge's transaction (after the plan is made): rolled back, refused, the next merged."""
    bad, _ = make_package(tmp_path / "peer", shipped_forms, "peer", "تعاونية الأمل")
    good, good_ids = make_package(tmp_path / "other", shipped_forms, "other", "تعاونية النور")
    real_apply = db_merge._apply
    applied: list[int] = []

    def failing_apply(store: Store, version: int, **options: Any) -> db_merge.MergeCounts:
        # The first file's versions written, then the failure: all rolled back.
        counts = real_apply(store, version, **options)
        applied.append(counts.inserted)
        if len(applied) == 1:
            raise error
        return counts

    monkeypatch.setattr(db_merge, "_apply", failing_apply)
    store = Store.open(tmp_path / "here.db", forms=shipped_forms, author="here", device_name="here")
    try:
        outcomes = list(merge_files(store, [bad, good]))
        assert applied == [2, 2] and [o.merged for o in outcomes] == [False, True]
        assert not outcomes[0].bug
        message = outcomes[0].rejection.message("en") if outcomes[0].rejection else ""
        assert f"The file {bad.absolute()} could not be read" in message and words in message
        assert {row[0] for row in store.conn.execute("SELECT record_id FROM history")} == good_ids
        assert [e.outcome for e in reversed(recent_entries(store.conn))] == ["rejected", "merged"]
        for lang in ("ar", "fr"):
            assert words not in outcomes[0].rejection.message(lang)  # type: ignore[union-attr]  # translated
    finally:
        store.close()


def test_a_bug_of_ours_refuses_that_file_logs_its_traceback_and_the_batch_goes_on(
    tmp_path: Path,
    shipped_forms: FormRegistry,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    bad, _ = make_package(tmp_path / "peer", shipped_forms, "peer", "تعاونية الأمل")
    good, good_ids = make_package(tmp_path / "other", shipped_forms, "other", "تعاونية النور")
    real_check = db_merge.check_and_merge

    def buggy(store: Store, path: Path, **kwargs: object) -> object:
        if path == bad:
            raise TypeError("a bug of ours")
        return real_check(store, path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("app.sync.merge.check_and_merge", buggy)
    monkeypatch.setenv("TAAWUN_HOME", str(tmp_path / "home"))
    database = tmp_path / "here.db"
    with caplog.at_level(logging.ERROR, logger="taawun"):
        code = main(["--lang", "en", "--db", str(database), "sync", "merge", str(bad), str(good)])
    out = capsys.readouterr().out
    assert code == 1  # a bug is said as a bug, once every file has had its turn
    assert f"The file {bad.absolute()} was not merged: an unexpected error in Taawun stopped its merge" in out
    assert any(line.startswith(f"{good}: merged") for line in out.splitlines())
    assert record_ids(database) == good_ids
    bugs = [r for r in caplog.records if r.levelno == logging.ERROR and r.exc_info]
    assert bugs and "a bug of ours" in str(bugs[0].exc_info[1])  # type: ignore[index]
