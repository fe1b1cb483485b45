"""A damaged database is said to be damaged, when a store opens it and by `taawun check`: never "unexpected error".

Real damaged files: a demo database, checkpointed, with bytes overwritten as a failing disk or a stick pulled out
mid-write leaves them. Before the fix, `taawun check` crashed (exit 1, "unexpected error") on most of them: SQLite's
"database disk image is malformed" came out of the integrity check or the invariants' reads, and text that is no
longer UTF-8 ("Could not decode to UTF-8") out of reading the form definitions at open (the opening check reads the
first row of each table only). Now opening says `db_corrupt` (the window and the command line then offer the newest
sound backup, app/db/recovery.py) and the check lists what it found and exits 3. A busy database stays busy.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.program import main as cli_main
from app.core import paths
from app.core.errors import DatabaseRejected, StorageError
from app.core.forms import FormRegistry
from app.core.messages import translate
from app.db.backup import daily_backup
from app.db.checking import check_store
from app.db.demo import load_demo
from app.db.recovery import damage_of
from app.db.store import Store

ROOT = Path(__file__).resolve().parents[2]  # the tree whose `app` the command line runs
PAGE = 4096


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry) -> Path:
    """A demo database with enough records for every table to span several pages, closed (so checkpointed)."""
    db = tmp_path_factory.mktemp("sound") / "taawun.db"
    with Store.open(db, forms=shipped_forms, author="فاطمة", device_name="laptop") as store:
        load_demo(store)
        for n in range(150):
            store.create("cooperative", {"name_ar": f"تعاونية رقم {n} للزيت والعسل", "members_total": n,
                                         "products": "زيت الزيتون والعسل والكسكس " * 8})  # fmt: skip
    assert not Path(f"{db}-wal").exists() and db.stat().st_size % PAGE == 0
    return db


def copy_of(sound: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(sound, folder / "taawun.db"))


def overwrite(db: Path, at: int, data: bytes) -> None:
    with db.open("r+b") as handle:  # no connection of this process is open on it
        handle.seek(at)
        handle.write(data)


def page_of_table_not_read_at_open(db: Path, table: str) -> int:
    """The last child page of the table's root: opening reads the first rows of each table, not this page."""
    conn = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()
    page = db.read_bytes()[(root - 1) * PAGE : root * PAGE]
    # An interior b-tree page (0x05; 0x02 for a table WITHOUT ROWID): its right-most child is at bytes 8 to 11.
    assert page[0] in (0x02, 0x05), f"{table} fits in one page: add records to the fixture"
    return int.from_bytes(page[8:12], "big")


def garble_form_text(db: Path) -> None:
    """A form definition's text no longer UTF-8 (its bytes overwritten where it is stored)."""
    content = db.read_bytes()
    text = b"label: {ar: "
    assert content.count(text) >= 1
    overwrite(db, content.index(text) + len(text), b"\xff\xfe\xff\xfe")


def test_text_that_is_not_utf8_is_damage_when_the_store_opens(tmp_path: Path, sound: Path,
                                                                shipped_forms: FormRegistry) -> None:  # fmt: skip
    db = copy_of(sound, tmp_path)
    garble_form_text(db)
    with pytest.raises(DatabaseRejected) as raised:
        Store.open(db, forms=shipped_forms, author="a", device_name="d")
    assert raised.value.code == "db_corrupt" and "decode" in raised.value.params["detail"]
    assert "\ufffd" not in raised.value.message("en")  # the garbled bytes are not shown
    assert damage_of(raised.value, db) is not None  # so the window offers the newest sound backup


def test_a_damaged_page_read_after_opening_is_a_problem_found_not_a_crash(
    tmp_path: Path, sound: Path, shipped_forms: FormRegistry
) -> None:
    db = copy_of(sound, tmp_path)
    page = page_of_table_not_read_at_open(db, "history")
    overwrite(db, (page - 1) * PAGE, b"\x13\xff" * 150)
    with Store.open(db, forms=shipped_forms, author="a", device_name="d") as store:
        problems = store.check()  # before the fix: sqlite3.DatabaseError, database disk image is malformed
        findings = check_store(store)
    assert problems == findings.lines
    assert findings.damage and set(findings.damage) <= set(findings.lines), findings


def test_taawun_check_on_a_damaged_database_exits_3_with_the_way_back(
    tmp_path: Path, sound: Path, shipped_forms: FormRegistry, isolated_home: Path
) -> None:
    db = copy_of(sound, tmp_path / "data")
    daily_backup(db, paths.backups_dir(), 7)  # yesterday's sound copy, as the window makes one each day
    page = page_of_table_not_read_at_open(db, "records")
    overwrite(db, (page - 1) * PAGE, b"\x13\xff" * 150)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TAAWUN_HOME": str(isolated_home)}
    for lang in ("ar", "fr", "en"):
        run = subprocess.run([sys.executable, "-m", "app", "check", "--db", str(db), "--lang", lang], cwd=ROOT,
                             env=env, capture_output=True, text=True, encoding="utf-8", timeout=60)  # fmt: skip
        said = run.stdout + run.stderr
        assert run.returncode == 3, said
        assert translate("check_failed", lang) in run.stdout
        assert translate("db_corrupt", lang, path=db, detail="@@").split("@@")[0] in run.stderr
        assert f"taawun restore --db {db} " in run.stderr  # the newest sound backup, and how to put it back
        assert translate("bug", lang, log="@@").split("@@")[0] not in said
    # Damage a store cannot even open: the same, from the opening.
    garble_form_text(db)
    run = subprocess.run([sys.executable, "-m", "app", "check", "--db", str(db), "--lang", "en"], cwd=ROOT, env=env,
                         capture_output=True, text=True, encoding="utf-8", timeout=60)  # fmt: skip
    assert run.returncode == 3 and "is damaged" in run.stderr and "taawun restore" in run.stderr, run.stderr


def test_damage_anywhere_is_said_as_damage_never_a_crash(
    tmp_path: Path, sound: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """300 bytes overwritten at the start or in the middle of pages spread over the whole file: `taawun check`
    exits 0 (unused space) or 3, never 1."""
    pages = sound.stat().st_size // PAGE
    seen = set()
    for number, page in enumerate(range(2, pages + 1, max(1, pages // 24))):
        at = (page - 1) * PAGE + (0 if number % 2 == 0 else PAGE // 2)
        db = copy_of(sound, tmp_path / f"page-{page}")
        overwrite(db, at, b"\x13\xff" * 150)
        code = cli_main(["--db", str(db), "--lang", "en", "check"])
        said = capsys.readouterr()
        assert code in (0, 3), (page, at, said)
        assert "unexpected" not in said.err, (page, at, said)
        seen.add(code)
    assert seen == {0, 3}  # both kinds were met: damage found, and bytes nothing reads


def test_a_busy_database_is_busy_not_damaged(tmp_path: Path, sound: Path, shipped_forms: FormRegistry) -> None:
    """The search index's own check needs the write lock for a moment; held by another program for longer than the
    wait, the check says the database is busy (before the fix: "search index: damaged: database is locked")."""
    db = copy_of(sound, tmp_path)
    with Store.open(db, forms=shipped_forms, author="a", device_name="d") as store:
        store.conn.execute("PRAGMA busy_timeout = 100")
        other = sqlite3.connect(db, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StorageError) as raised:
                store.check()
            assert raised.value.code == "db_busy"
        finally:
            other.close()
        assert store.check() == []
