"""One way to write a file whole (app/core/files.py `write_atomically`): on the disk itself before it takes the old
file's place, the old file intact when anything fails, and no temporary file left either way. The settings, the
autosaves and the PDF reports are written through it."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

import pytest

from app.core.files import FileNotWritten, write_atomically
from app.core.settings import Settings
from app.reports.writing import write_pdf


class DiskCalls:
    """What reached the disk, in order: ("fsync", inode, is_folder) and ("replace", inode of the source)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, int, bool]] = []
        real_fsync, real_replace = os.fsync, os.replace

        def fsync(fd: int) -> None:
            info = os.fstat(fd)
            self.calls.append(("fsync", info.st_ino, stat.S_ISDIR(info.st_mode)))
            real_fsync(fd)

        def replace(source: str | Path, target: str | Path, **kwargs: object) -> None:
            self.calls.append(("replace", os.stat(source).st_ino, False))
            real_replace(source, target)

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "replace", replace)


def test_settings_are_on_the_disk_before_they_replace_the_old_ones(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    path = tmp_path / "settings.json"
    Settings(author="فاطمة").save(path)
    disk = DiskCalls(monkeypatch)

    Settings(author="خديجة", backup_keep_days=30).save(path)

    inode = path.stat().st_ino  # the new file, now under the settings' name
    assert disk.calls[0] == ("fsync", inode, False)  # its content flushed first
    assert disk.calls[1] == ("replace", inode, False)  # then renamed over the old settings
    if os.name == "posix":
        assert disk.calls[2][0] == "fsync" and disk.calls[2][2]  # the rename made durable: the folder flushed
    loaded = Settings.load(path)
    assert (loaded.author, loaded.backup_keep_days) == ("خديجة", 30)
    assert os.listdir(tmp_path) == ["settings.json"]  # no temporary file left


def test_settings_that_cannot_reach_the_disk_leave_the_old_ones(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    path = tmp_path / "settings.json"
    Settings(author="فاطمة").save(path)
    before = path.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(FileNotWritten) as caught:
        Settings(author="خديجة").save(path)

    assert caught.value.code == "settings_not_saved" and caught.value.params["reason"] == "write_reason_disk_full"
    assert path.read_bytes() == before and Settings.load(path).author == "فاطمة"
    assert os.listdir(tmp_path) == ["settings.json"]


def test_a_writer_failing_half_way_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    path = tmp_path / "export.bin"
    path.write_bytes(b"the previous file")

    def half(stream: BinaryIO) -> None:
        stream.write(b"x" * 100_000)
        raise OSError(errno.EIO, "Input/output error")  # a pulled stick

    with pytest.raises(OSError):
        write_atomically(path, half)
    assert path.read_bytes() == b"the previous file"
    assert os.listdir(tmp_path) == ["export.bin"]

    assert write_atomically(path, lambda stream: stream.write(b"whole")) == path
    assert path.read_bytes() == b"whole" and os.listdir(tmp_path) == ["export.bin"]


def test_a_pdf_report_goes_through_the_same_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    disk = DiskCalls(monkeypatch)
    target = write_pdf(tmp_path / "report.pdf", b"%PDF-1.4 report")
    assert [call[0] for call in disk.calls][:2] == ["fsync", "replace"]
    assert disk.calls[0][1] == disk.calls[1][1] == target.stat().st_ino
    assert os.listdir(tmp_path) == ["report.pdf"]
