"""A backup that would not fit on a FAT32 stick is refused before writing (issue 13, point 5); a backup or a
database held by another program is said to be in use, not read-only (point 3).

Stand-ins: the mount table (this machine's root and the stick as vfat), the copy's size, and `os.replace` raising
a sharing violation as Windows does while a scanner holds a file."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from app.core import files, volumes
from app.core.errors import StorageError
from app.core.volumes import FAT_MAX_FILE
from app.db import backup
from app.db.backup import backup_database, copy_size, restore_database

NOW = dt.datetime(2025, 5, 17, 9, 30, 12)


@pytest.fixture
def fat_stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    stick = tmp_path / "USB DISK"  # the table escapes the space
    stick.mkdir()
    table = tmp_path / "mountinfo"
    point = os.path.realpath(stick).replace(" ", "\\040")
    table.write_text("22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw\n"
                     f"40 22 8:17 / {point} rw,nosuid shared:200 - vfat /dev/sdb1 rw\n", encoding="utf-8")  # fmt: skip
    monkeypatch.setattr(volumes, "MOUNTINFO", table)
    return stick


def in_use(winerror: int = 32) -> PermissionError:
    error = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another "
                            "process")  # fmt: skip
    error.winerror = winerror  # type: ignore[attr-defined]
    return error


def test_a_backup_over_4_gib_is_refused_on_fat32_before_writing(database: Path, fat_stick: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(backup, "copy_size", lambda conn: FAT_MAX_FILE + 1)
    before = database.read_bytes()
    with pytest.raises(StorageError) as raised:
        backup_database(database, fat_stick, now=NOW)
    assert raised.value.code == "file_too_big_for_fat"
    message = raised.value.message("ar")
    assert "exFAT أو NTFS" in message and str(fat_stick) in message and "vfat" in message
    assert list(fat_stick.iterdir()) == []
    assert database.read_bytes() == before


def test_a_backup_that_fits_is_written_on_fat32(database: Path, fat_stick: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(backup, "copy_size", lambda conn: FAT_MAX_FILE)
    assert backup_database(database, fat_stick, now=NOW).parent == fat_stick


def test_the_copy_size_is_the_backup_s_size(database: Path, tmp_path: Path, db_files) -> None:  # type: ignore[no-untyped-def]
    with db_files.open(database) as store:
        for _ in range(30):
            store.add_photo(os.urandom(30_000), mime="image/jpeg")
        expected = copy_size(store.conn)
        copy = backup_database(store, tmp_path, now=NOW)
    assert copy.stat().st_size == expected and expected > 30 * 30_000


def test_a_backup_held_by_a_scanner_is_in_use_not_read_only(database: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    def refusing(source: object, target: object) -> None:
        raise in_use(33)

    monkeypatch.setattr(os, "replace", refusing)
    monkeypatch.setattr(files, "REPLACE_PATIENCE", 0.05)
    (tmp_path / "copies").mkdir()
    with pytest.raises(StorageError) as raised:
        backup_database(database, tmp_path / "copies", now=NOW)
    assert raised.value.code == "backup_file_in_use"
    assert "in use by another program: close it and try again" in raised.value.message("en")
    assert list((tmp_path / "copies").iterdir()) == []


def test_a_backup_survives_a_scanner_holding_the_new_file_for_a_moment(database: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    real, calls = os.replace, []

    def once(source: object, target: object) -> None:
        calls.append(target)
        if len(calls) == 1:
            raise in_use()
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", once)
    copy = backup_database(database, tmp_path, now=NOW)
    assert len(calls) == 2 and copy.exists()


def test_restoring_over_a_database_held_by_another_program_says_it_is_busy(database: Path, tmp_path: Path,
                                                                          backups: Path, db_files,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    copy = backup_database(database, tmp_path, now=NOW)
    with db_files.open(database) as store:
        store.create("cooperative", {"name_ar": "تعاونية أحدث"})  # the copy lacks it: a restore would show
    before = db_files.dump(database)
    real = os.replace

    def refusing(source: object, target: object) -> None:
        if Path(str(target)) == database:
            raise in_use()
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", refusing)
    monkeypatch.setattr(files, "REPLACE_PATIENCE", 0.05)
    with pytest.raises(StorageError) as raised:
        restore_database(copy, database, backups)
    assert raised.value.code == "db_busy"
    assert db_files.dump(database) == before  # the database was not replaced
    # The prepared copy is removed: nothing but the database's own files beside it.
    assert sorted(p.name for p in database.parent.iterdir() if not p.name.startswith("taawun.db")) == []
