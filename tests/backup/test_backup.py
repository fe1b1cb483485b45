"""`backup_database` and the daily copy, on real files: consistent copies, clear errors, nothing partial left."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlite_conditions import full_disk_error

from app.core.errors import StorageError, TaawunError
from app.db import backup
from app.db.backup import backup_database, daily_backup

NOW = dt.datetime(2025, 5, 17, 9, 5, 7)
DAY = dt.date(2025, 5, 17)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_copy_holds_exactly_the_same_data_and_opens(database: Path, tmp_path: Path,
                                                     db_files: Any) -> None:  # fmt: skip
    stick = tmp_path / "STICK"
    stick.mkdir()
    copy = backup_database(database, stick, device_name="حاسوب مريرت: 2/ب", now=NOW)
    assert copy.parent == stick
    assert copy.name == "taawun-2025-05-17-090507-حاسوب-مريرت-2-ب.db"  # no ':' nor '/': safe on a FAT stick
    assert files_in(stick) == [copy.name]  # no temporary file, no -journal, no -wal
    assert db_files.dump(copy) == db_files.dump(database)
    with db_files.open(copy) as store:
        assert store.count("cooperative") == 4 and store.check() == []


def test_a_copy_of_an_open_store_while_it_is_in_use(database: Path, tmp_path: Path,
                                                    db_files: Any) -> None:  # fmt: skip
    with db_files.open(database) as store:
        first = backup_database(store, tmp_path, now=NOW)
        store.create("cooperative", {"name_ar": "تعاونية جديدة"})  # the store goes on working after the copy
        second = backup_database(store, tmp_path, now=NOW)
        assert first.name == "taawun-2025-05-17-090507-حاسوب-مريرت.db"  # the store's laptop name
        assert second.name == "taawun-2025-05-17-090507-حاسوب-مريرت-2.db"  # never replaces the earlier one
        assert store.count("cooperative") == 5
    with db_files.open(first) as copy:
        assert copy.count("cooperative") == 4
    with db_files.open(second) as copy:
        assert copy.count("cooperative") == 5


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_a_missing_folder_is_named_in_the_message(database: Path, tmp_path: Path, lang: str) -> None:
    missing = tmp_path / "USB" / "gone"
    with pytest.raises(StorageError) as caught:
        backup_database(database, missing)
    assert caught.value.code == "backup_folder_missing" and caught.value.exit_code == 3
    assert str(missing) in caught.value.message(lang)
    assert not missing.exists()


def test_an_unwritable_folder_gives_a_clear_error_and_leaves_nothing(database: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    target = tmp_path / "read-only"
    target.mkdir()
    real_open = os.open

    def refuse(path: Any, flags: int, *args: Any) -> int:
        if Path(path).parent == target and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(backup.os, "open", refuse)  # tests run as root here: chmod would not stop them
    with pytest.raises(StorageError) as caught:
        backup_database(database, target)
    assert caught.value.code == "backup_folder_unwritable" and caught.value.exit_code == 3
    assert "لا يمكن الكتابة في المجلد" in caught.value.message("ar") and str(target) in caught.value.message("ar")
    assert files_in(target) == []


def test_a_full_disk_in_the_middle_of_the_copy_leaves_nothing(database: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    def fill_up(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        source.backup(target, pages=1)  # some pages written, then the disk is full
        raise full_disk_error()  # as SQLite raises it: SQLITE_FULL

    monkeypatch.setattr(backup, "_copy_pages", fill_up)
    with pytest.raises(StorageError) as caught:
        backup_database(database, tmp_path / "data")
    assert caught.value.code == "backup_disk_full"
    assert "Not enough space" in caught.value.message("en")
    assert files_in(tmp_path / "data") == ["taawun.db"]


def test_a_copy_that_fails_its_check_is_removed(database: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    def garble(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        source.backup(target)
        target.execute("PRAGMA application_id = 7")  # what a faulty stick might give back

    stick = tmp_path / "STICK"
    stick.mkdir()
    monkeypatch.setattr(backup, "_copy_pages", garble)
    with pytest.raises(StorageError) as caught:
        backup_database(database, stick)
    assert caught.value.code == "backup_unverified"
    assert files_in(stick) == []


def test_there_is_nothing_to_back_up_without_a_database(tmp_path: Path) -> None:
    with pytest.raises(TaawunError) as caught:
        backup_database(tmp_path / "none.db", tmp_path)
    assert caught.value.code == "backup_no_database" and caught.value.exit_code == 3
    assert files_in(tmp_path) == []


# --- the daily copy -----------------------------------------------------------------------------------------------


def test_one_automatic_copy_a_day(database: Path, backups: Path, db_files: Any) -> None:
    first = daily_backup(database, backups, 14, today=DAY)
    assert first.made == backups / "taawun-daily-2025-05-17.db"
    assert db_files.dump(first.made) == db_files.dump(database)
    with db_files.open(database) as store:
        store.create("cooperative", {"name_ar": "تعاونية بعد النسخ"})
    again = daily_backup(database, backups, 14, today=DAY)
    assert again.made is None  # today's copy is already there: the first one of the day stays
    assert files_in(backups) == ["taawun-daily-2025-05-17.db"]
    next_day = daily_backup(database, backups, 14, today=DAY + dt.timedelta(days=1))
    assert next_day.made == backups / "taawun-daily-2025-05-18.db"
    assert db_files.dump(next_day.made) == db_files.dump(database) != db_files.dump(first.made)


def test_old_automatic_copies_are_deleted_and_nothing_else(database: Path, backups: Path) -> None:
    backups.mkdir()
    old_time = (dt.datetime.now() - dt.timedelta(days=30)).timestamp()

    def place(name: str, *, folder: bool = False) -> Path:
        path = backups / name
        path.mkdir() if folder else path.write_bytes(b"x")
        os.utime(path, (old_time, old_time))
        return path

    removed = {place("taawun-daily-2025-04-01.db"), place("taawun-daily-2025-05-03.db"),  # 46 and 14 days old
               place(".taawun-daily-2025-04-02.db.0123abcd.partial"),  # left by a power cut
               place(".taawun-daily-2025-04-02.db.0123abcd.partial-journal")}  # fmt: skip
    kept = {place("taawun-daily-2025-05-04.db"),  # 13 days old: kept for 14 days
            place("taawun-daily-2025-06-01.db"),  # in the future (a wrong clock): not ours to judge
            place("taawun-before-restore-2025-01-01-101010.db"), place("taawun-حاسوب-2025-01-01-101010.db"),
            place("other-daily-2025-01-01.db"),  # another database's copies
            place("taawun-daily-2025-13-45.db"), place("taawun-daily-٢٠٢٥-٠١-٠١.db"),
            place("taawun-daily-2025-01-01.db.bak"), place("my-taawun-daily-2025-01-01.db"), place("notes.txt"),
            place("taawun-daily-2025-01-02.db", folder=True)}  # fmt: skip
    fresh_partial = backups / ".taawun-daily-2025-05-17.db.89abcdef.partial"  # being written right now
    fresh_partial.write_bytes(b"x")
    result = daily_backup(database, backups, 14, today=DAY)
    assert set(result.removed) == removed
    assert set(backups.iterdir()) == kept | {fresh_partial, backups / "taawun-daily-2025-05-17.db"}


def test_keeping_one_day_keeps_only_todays_copy(database: Path, backups: Path) -> None:
    daily_backup(database, backups, 1, today=DAY)
    result = daily_backup(database, backups, 1, today=DAY + dt.timedelta(days=1))
    assert result.removed == [backups / "taawun-daily-2025-05-17.db"]
    assert files_in(backups) == ["taawun-daily-2025-05-18.db"]


def test_no_automatic_copy_that_would_nearly_fill_the_disk(database: Path, backups: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    size = database.stat().st_size
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda path: type("Usage", (), {"free": size + 50_000_000})())
    with pytest.raises(StorageError) as caught:
        daily_backup(database, backups, 14, today=DAY)
    assert caught.value.code == "backup_disk_full"
    assert files_in(backups) == []


def test_no_automatic_copy_without_a_database(tmp_path: Path, backups: Path, db_files: Any) -> None:
    assert daily_backup(tmp_path / "none.db", backups, 14, today=DAY).made is None
    assert not backups.exists()
    # Another database in the same data folder gets its own daily copy.
    other = db_files.make(tmp_path / "agent.db")
    assert daily_backup(other, backups, 14, today=DAY).made == backups / "agent-daily-2025-05-17.db"
