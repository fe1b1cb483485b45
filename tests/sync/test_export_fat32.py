"""A package that would not fit on a FAT32 stick (4 GiB less one byte per file) is refused before anything is
written, with the reason and what to do (issue 13, point 5). A file in use is said as such, not as read-only.

Stand-ins: the mount table (a copy of this machine's with the stick mounted as vfat) and the package's size
bound (gigabytes of photos are not written here)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.cli.program import main as cli_main
from app.core import files, volumes
from app.core.errors import StorageError
from app.core.volumes import FAT_MAX_FILE
from app.db.demo import load_demo
from app.db.store import Store
from app.sync import export
from app.sync.export import export_package, package_size_bound


@pytest.fixture
def fat_stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder that the mount table says is a FAT32 stick (as Linux mounts one: vfat)."""
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    table = tmp_path / "mountinfo"
    table.write_text(
        "22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw\n"
        f"40 22 8:17 / {os.path.realpath(stick)} rw,nosuid,nodev shared:200 - vfat /dev/sdb1 rw,fmask=0022\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(volumes, "MOUNTINFO", table)
    return stick


@pytest.fixture
def store(tmp_path: Path, shipped_forms) -> Store:  # type: ignore[no-untyped-def]
    (tmp_path / "laptop").mkdir()
    opened = Store.open(tmp_path / "laptop" / "taawun.db", forms=shipped_forms, author="فاطمة", device_name="مريرت")
    load_demo(opened)
    yield opened
    opened.close()


def test_a_package_over_4_gib_is_refused_on_fat32_before_writing(store: Store, fat_stick: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(export, "package_size_bound", lambda store: FAT_MAX_FILE + 1)
    with pytest.raises(StorageError) as raised:
        export_package(store, fat_stick)
    assert raised.value.code == "file_too_big_for_fat"
    assert "exFAT or NTFS" in raised.value.message("en") and "vfat" in raised.value.message("en")
    assert "exFAT أو NTFS" in raised.value.message("ar") and "exFAT ou NTFS" in raised.value.message("fr")
    assert list(fat_stick.iterdir()) == []  # nothing written, not even a temporary file


def test_a_package_of_4_gib_less_one_byte_is_written_on_fat32(store: Store, fat_stick: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(export, "package_size_bound", lambda store: FAT_MAX_FILE)
    exported = export_package(store, fat_stick)
    assert exported.path.parent == fat_stick and exported.counts["records"] > 0


def test_exfat_takes_a_big_package(store: Store, tmp_path: Path, fat_stick: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    table = volumes.MOUNTINFO.read_text(encoding="utf-8").replace(" - vfat ", " - exfat ")
    volumes.MOUNTINFO.write_text(table, encoding="utf-8")
    monkeypatch.setattr(export, "package_size_bound", lambda store: 64 * 1024**3)
    assert export_package(store, fat_stick).path.exists()


def test_the_size_bound_is_never_below_the_package(store: Store, tmp_path: Path) -> None:
    for _ in range(40):  # photos live in the database: a package carries them
        store.add_photo(os.urandom(20_000), mime="image/jpeg")
    (tmp_path / "out").mkdir()
    exported = export_package(store, tmp_path / "out")
    assert exported.path.stat().st_size <= package_size_bound(store)
    assert package_size_bound(store) > 40 * 20_000


def test_the_command_line_refuses_with_exit_3_and_the_reason(store: Store, fat_stick: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path = store.path
    store.close()
    monkeypatch.setattr(export, "package_size_bound", lambda store: 5 * 1024**3)
    code = cli_main(["--db", str(path), "--lang", "fr", "sync", "export", str(fat_stick)])
    output = capsys.readouterr()
    assert code == 3
    assert "exFAT ou NTFS" in output.out + output.err and "5.0 Go" in output.out + output.err
    assert list(fat_stick.iterdir()) == []


def test_a_package_held_by_another_program_is_in_use_not_read_only(store: Store, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    (tmp_path / "out").mkdir()

    def refusing(source: object, target: object) -> None:
        error = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by "
                                "another process")  # fmt: skip
        error.winerror = 32  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(os, "replace", refusing)
    monkeypatch.setattr(files, "REPLACE_PATIENCE", 0.05)
    with pytest.raises(StorageError) as raised:
        export_package(store, tmp_path / "out")
    assert raised.value.code == "sync_file_in_use"
    assert "close it and try again" in raised.value.message("en") and "read-only" not in raised.value.message("en")
    assert list((tmp_path / "out").iterdir()) == []
