"""Restoring a backup: an untrusted file is checked before anything changes, the current database is kept first."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlite_conditions import full_disk_error

from app.core.errors import DatabaseRejected, InvalidInput, StorageError, TaawunError
from app.db import backup
from app.db.backup import backup_database, restore_database
from app.db.schema import LATEST_VERSION

NEW = "تعاونية أزيلال للعسل"


def but_the_device(dump: list[str]) -> list[str]:
    """A restored database is the backup's content under a new device id (see the last test)."""
    return [line for line in dump if "'device_id'" not in line]


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def good_backup(database: Path, tmp_path: Path) -> Path:
    """A backup of the agent's database as it is now (the demo event); the database then gets one more record."""
    stick = tmp_path / "STICK"
    stick.mkdir()
    return backup_database(database, stick, device_name="laptop")


def add_cooperative(db_files: Any, database: Path) -> None:
    with db_files.open(database) as store:
        store.create("cooperative", {"name_ar": NEW})


def test_restore_keeps_the_current_database_then_puts_the_backup_in_place(database: Path, good_backup: Path,
                                                                          backups: Path, db_files: Any) -> None:  # fmt: skip
    add_cooperative(db_files, database)
    before = db_files.dump(database)
    backup_bytes = good_backup.read_bytes()
    kept = restore_database(good_backup, database, backups)
    assert kept is not None and kept.parent == backups
    assert kept.name.startswith("taawun-before-restore-") and ":" not in kept.name
    assert db_files.dump(kept) == before  # the previous database, every row of it
    assert NEW in db_files.cooperatives(kept)
    assert NEW not in db_files.cooperatives(database)  # the restored data, seen through a reopened store
    assert len(db_files.cooperatives(database)) == 4
    assert good_backup.read_bytes() == backup_bytes  # the backup itself is left as it was
    assert files_in(database.parent) == ["taawun.db"]  # no temporary copy, no stale -wal / -shm / -journal


def test_a_log_left_by_a_crash_is_kept_with_the_old_data_and_never_replayed_into_the_restored_file(
    database: Path, good_backup: Path, backups: Path, db_files: Any, tmp_path: Path
) -> None:
    crashed = tmp_path / "crashed" / "taawun.db"
    crashed.parent.mkdir()
    with db_files.open(database) as store:
        store.create("cooperative", {"name_ar": NEW})
        # The files as a power cut leaves them: the last change is only in the write-ahead log.
        for side in ("", "-wal"):
            shutil.copyfile(str(database) + side, str(crashed) + side)
    assert (crashed.parent / "taawun.db-wal").stat().st_size > 0
    kept = restore_database(good_backup, crashed, backups)
    assert kept is not None and NEW in db_files.cooperatives(kept)
    assert files_in(crashed.parent) == ["taawun.db"]
    assert but_the_device(db_files.dump(crashed)) == but_the_device(db_files.dump(good_backup))
    assert NEW not in db_files.cooperatives(crashed)


def test_restoring_onto_a_laptop_without_a_database(good_backup: Path, backups: Path, tmp_path: Path,
                                                    db_files: Any) -> None:  # fmt: skip
    fresh = tmp_path / "new-laptop" / "data" / "taawun.db"
    assert restore_database(good_backup, fresh, backups) is None  # nothing to keep
    assert but_the_device(db_files.dump(fresh)) == but_the_device(db_files.dump(good_backup))
    assert files_in(backups) == []


def test_a_damaged_current_database_is_kept_byte_for_byte(good_backup: Path, backups: Path, tmp_path: Path,
                                                          db_files: Any) -> None:  # fmt: skip
    """A database too damaged to open is often why the agent restores: its bytes are still kept."""
    damaged = tmp_path / "damaged" / "taawun.db"
    damaged.parent.mkdir()
    damaged.write_bytes(good_backup.read_bytes()[:5000] + b"\x00" * 3192)
    damaged_bytes = damaged.read_bytes()
    kept = restore_database(good_backup, damaged, backups)
    assert kept is not None and kept.read_bytes() == damaged_bytes
    assert but_the_device(db_files.dump(damaged)) == but_the_device(db_files.dump(good_backup))


def _text(path: Path) -> None:
    path.write_text("ملاحظات الزيارة\nnot a database\n" * 50, encoding="utf-8")


def _truncated(path: Path, backup: Path) -> None:
    content = backup.read_bytes()
    path.write_bytes(content[: len(content) // 2])


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Fatima')")
    conn.commit()
    conn.close()


def _newer(path: Path, backup: Path) -> None:
    shutil.copyfile(backup, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()


def _empty_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")  # a valid SQLite header, no tables: what a new database is, nothing to restore
    conn.close()
    assert path.stat().st_size > 0


def _altered(sql: str) -> Callable[[Path, Path], None]:
    """A copy of a sound backup with one thing of someone else's making in its schema."""

    def make(path: Path, backup: Path) -> None:
        shutil.copyfile(backup, path)
        conn = sqlite3.connect(path)
        conn.executescript(sql)
        conn.close()

    return make


# The hostile backup: the next save would wipe the history (and, through it, what photos hang on).
_WIPING_TRIGGER = "CREATE TRIGGER wipe AFTER INSERT ON records BEGIN DELETE FROM history; END;"


def _damaged_inside(path: Path, backup: Path) -> None:
    """A sound header and length, but a page in the middle overwritten: only `PRAGMA integrity_check` sees it."""
    shutil.copyfile(backup, path)
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'history'").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:  # the history table's first page: its cell pointers now point nowhere
        handle.seek(page_size * (root - 1) + 8)
        handle.write(b"\xde\xad\xbe\xef" * (page_size // 8))


def _fifo(path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("FIFOs are POSIX-only")
    os.mkfifo(path)


BAD_FILES: dict[str, tuple[Callable[..., None], str, str]] = {
    "trigger": (_altered(_WIPING_TRIGGER), "restore_schema_mismatch", "trigger wipe"),
    "table": (_altered("CREATE TABLE extra (x);"), "restore_schema_mismatch", "table extra"),
    "view": (_altered("CREATE VIEW v AS SELECT * FROM records;"), "restore_schema_mismatch", "view v"),
    "index": (_altered("CREATE INDEX i ON history (author);"), "restore_schema_mismatch", "index i"),
    "column": (
        _altered("ALTER TABLE records ADD COLUMN extra TEXT;"),
        "restore_schema_mismatch",
        "table records altered",
    ),
    "damaged_inside": (_damaged_inside, "db_corrupt", "damaged or truncated"),
    "fifo": (_fifo, "db_not_regular_file", "not an ordinary file"),
    "folder": (lambda path: path.mkdir(), "db_not_regular_file", "not an ordinary file"),
    "text": (_text, "db_not_sqlite", "not an SQLite file"),
    "truncated": (_truncated, "db_corrupt", "damaged or truncated"),
    "foreign": (_foreign, "db_foreign", "another application's database"),
    "newer": (_newer, "db_newer", "comes from a newer Taawun"),
    "empty_sqlite": (_empty_sqlite, "restore_empty", "holds no Taawun data"),
    "zero_bytes": (lambda path: path.write_bytes(b""), "restore_empty", "holds no Taawun data"),
    "missing": (lambda path: None, "db_unreadable", "Cannot open the file"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_a_bad_file_is_refused_and_nothing_changes(kind: str, database: Path, good_backup: Path, backups: Path,
                                                   tmp_path: Path, db_files: Any) -> None:  # fmt: skip
    make, code, english = BAD_FILES[kind]
    bad = tmp_path / f"{kind}.db"
    try:
        make(bad, good_backup)
    except TypeError:
        make(bad)
    bad_before = bad.read_bytes() if bad.is_file() else None
    dump_before = db_files.dump(database)
    database_before = db_fingerprint(database)
    with pytest.raises(TaawunError) as caught:
        restore_database(bad, database, backups)
    error = caught.value
    assert isinstance(error, DatabaseRejected) and error.exit_code == 3
    assert error.code == code
    assert english in error.message("en")
    for lang in ("ar", "fr", "en"):
        assert str(bad) in error.message(lang)  # the file the agent chose, not a temporary copy
    assert db_fingerprint(database) == database_before  # byte for byte, and nothing new beside it
    assert (bad.read_bytes() if bad.is_file() else None) == bad_before
    assert db_files.dump(database) == dump_before
    assert files_in(backups) == []  # refused before the current database was even copied


def db_fingerprint(path: Path) -> tuple[bytes, list[str]]:
    return path.read_bytes(), files_in(path.parent)


def test_the_database_itself_is_not_a_backup(database: Path, backups: Path) -> None:
    before = db_fingerprint(database)
    with pytest.raises(InvalidInput) as caught:
        restore_database(database.parent / "." / database.name, database, backups)
    assert caught.value.code == "restore_same_file" and caught.value.exit_code == 2
    assert db_fingerprint(database) == before


def test_a_database_still_open_elsewhere_is_not_replaced(database: Path, good_backup: Path, backups: Path,
                                                         db_files: Any) -> None:  # fmt: skip
    with db_files.open(database) as store:
        store.create("cooperative", {"name_ar": NEW})
        with pytest.raises(StorageError) as caught:
            restore_database(good_backup, database, backups)
        assert caught.value.code == "db_busy" and caught.value.exit_code == 3
        assert store.count("cooperative") == 5  # the window (or command) using it goes on as before
    assert NEW in db_files.cooperatives(database)
    assert files_in(database.parent) == ["taawun.db"]  # the prepared copy was removed


def test_a_full_disk_while_preparing_changes_nothing(database: Path, good_backup: Path, backups: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    def fill_up(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        source.backup(target, pages=1)
        raise full_disk_error()  # as SQLite raises it: SQLITE_FULL

    monkeypatch.setattr(backup, "_copy_pages", fill_up)
    before = db_fingerprint(database)
    with pytest.raises(StorageError) as caught:
        restore_database(good_backup, database, backups)
    assert caught.value.code == "db_full" and caught.value.exit_code == 3
    assert db_fingerprint(database) == before  # no half-written copy left beside it
    assert files_in(backups) == []


def test_the_restored_database_signs_its_changes_as_a_new_device(database: Path, good_backup: Path, backups: Path,
                                                                 db_files: Any) -> None:  # fmt: skip
    """A backup of another laptop (or of this one) must not make two laptops share one device id."""

    def device_id(path: Path) -> str | None:
        conn = sqlite3.connect(path)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
        finally:
            conn.close()
        return row[0] if row else None

    before = device_id(good_backup)
    assert before is not None
    restore_database(good_backup, database, backups)
    assert device_id(database) is None  # forgotten in the restored file...
    add_cooperative(db_files, database)  # ...and a new one given on opening
    assert device_id(database) not in (None, before)
    assert len(db_files.cooperatives(database)) == 5
