"""The USB stick screen on Windows: sticks found by drive type with Windows' file system names, asked off the window's
thread. Windows' answers come from a stand-in of kernel32 (GetLogicalDrives, GetDriveTypeW, GetVolumeInformationW),
as a real laptop would give them: a system disk and a data partition (NTFS, fixed), a FAT32 and an exFAT stick, an
empty card reader, a write-protected stick, a DVD drive and a mapped network share."""

from __future__ import annotations

import ctypes
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.sync import drives
from app.sync.drives import DRIVE_CDROM, DRIVE_FIXED, DRIVE_REMOTE, DRIVE_REMOVABLE, Drive, sticks, windows_drives
from app.ui.services import Services
from app.ui.sync_page import SyncPage

# letter: (GetDriveTypeW, label, file system as GetVolumeInformationW names it, flags); None: no medium (fails)
LAPTOP: dict[str, tuple[int, str, str, int] | tuple[int, None]] = {
    "C": (DRIVE_FIXED, "Windows", "NTFS", 0),
    "D": (DRIVE_FIXED, "DATA", "NTFS", 0),
    "E": (DRIVE_REMOVABLE, "KINGSTON", "FAT32", 0),
    "F": (DRIVE_REMOVABLE, "مفتاح", "exFAT", 0),
    "G": (DRIVE_REMOVABLE, None),  # an SD card reader with no card
    "H": (DRIVE_REMOVABLE, "LOCKED", "FAT32", drives.FILE_READ_ONLY_VOLUME),  # the write-protect switch
    "K": (DRIVE_REMOVABLE, "OLD", "FAT", 0),
    "R": (DRIVE_CDROM, "DVD", "CDFS", drives.FILE_READ_ONLY_VOLUME),
    "Z": (DRIVE_REMOTE, "office", "NTFS", 0),  # a mapped share, disconnected: asking it blocks for seconds
}


class Kernel32StandIn:
    """Answers as Windows' kernel32 does, writing into the caller's ctypes buffers; records which drives were asked
    for their volume information."""

    def __init__(self, laptop: dict[str, Any]) -> None:
        self.laptop = laptop
        self.volume_asked: list[str] = []
        self.error_modes: list[int] = []

    def SetThreadErrorMode(self, mode: int, previous: Any) -> int:  # noqa: N802 - Windows' name
        self.error_modes.append(mode)
        return 1

    def GetLogicalDrives(self) -> int:  # noqa: N802
        return sum(1 << (ord(letter) - ord("A")) for letter in self.laptop)

    def GetDriveTypeW(self, root: str) -> int:  # noqa: N802
        assert len(root) == 3 and root.endswith(":\\")
        return int(self.laptop[root[0]][0])

    def GetVolumeInformationW(self, root: str, name: Any, name_size: int, serial: Any, longest: Any, flags: Any,
                              system: Any, system_size: int) -> int:  # noqa: N802  # fmt: skip
        self.volume_asked.append(root)
        answer = self.laptop[root[0]]
        if answer[1] is None:
            return 0  # ERROR_NOT_READY
        assert isinstance(name, ctypes.Array) and name_size >= 261 and system_size >= 261
        name.value, system.value = answer[1], answer[2]
        flags._obj.value = answer[3]
        return 1


def test_windows_drive_listing_keeps_removable_sticks_with_windows_file_system_names() -> None:
    kernel32 = Kernel32StandIn(LAPTOP)
    found = windows_drives(kernel32)
    assert [drive.root for drive in found] == [f"{letter}:\\" for letter in sorted(LAPTOP)]
    by_letter = {drive.root[0]: drive for drive in found}
    assert by_letter["E"] == Drive(root="E:\\", label="KINGSTON", file_system="FAT32", drive_type=DRIVE_REMOVABLE)
    assert by_letter["H"].read_only and by_letter["G"].file_system == ""
    # Only removable drives are asked for their volume: never the disconnected share, nor the fixed disks.
    assert kernel32.volume_asked == ["E:\\", "F:\\", "G:\\", "H:\\", "K:\\"]
    assert kernel32.error_modes[0] & 0x0001  # no "insert a disk" box for the empty card reader

    shown = sticks(found, platform="win32")
    assert [drive.shown for drive in shown] == ["KINGSTON (E:\\)", "مفتاح (F:\\)", "OLD (K:\\)"]


@pytest.mark.parametrize(
    ("drive", "offered"),
    [
        (Drive("E:\\", "KINGSTON", "FAT32", DRIVE_REMOVABLE), True),
        (Drive("E:\\", "", "exFAT", DRIVE_REMOVABLE), True),
        (Drive("E:\\", "", "NTFS", DRIVE_REMOVABLE), True),
        (Drive("E:\\", "", "FAT", DRIVE_REMOVABLE), True),
        (Drive("D:\\", "DATA", "NTFS", DRIVE_FIXED), False),  # an internal data partition
        (Drive("C:\\", "Windows", "NTFS", DRIVE_FIXED), False),
        (Drive("Z:\\", "office", "NTFS", DRIVE_REMOTE), False),  # a network share
        (Drive("Y:\\", "", "FAT32", DRIVE_REMOTE), False),
        (Drive("R:\\", "DVD", "CDFS", DRIVE_CDROM), False),
        (Drive("G:\\", "", "", DRIVE_REMOVABLE), False),  # no medium
        (Drive("H:\\", "LOCKED", "FAT32", DRIVE_REMOVABLE, read_only=True), False),
    ],
)
def test_windows_rule_is_the_drive_type_and_the_file_system(drive: Drive, offered: bool) -> None:
    assert drives.is_stick(drive, platform="win32") is offered


def test_linux_rule_is_unchanged() -> None:
    linux = [
        Drive("/media/fatima/KINGSTON", "KINGSTON", "vfat", DRIVE_REMOVABLE),
        Drive("/mnt/usb", "usb", "exfat", drives.DRIVE_UNKNOWN),
        Drive("/run/media/ali/DISK", "DISK", "ext4", DRIVE_REMOVABLE),
        Drive("/home", "home", "ext4", drives.DRIVE_UNKNOWN),
        Drive("/media/cdrom", "cdrom", "iso9660", DRIVE_REMOVABLE, read_only=True),
    ]
    assert [d.root for d in sticks(linux, platform="linux")] == ["/media/fatima/KINGSTON", "/mnt/usb",
                                                                  "/run/media/ali/DISK"]  # fmt: skip


def windows_answers() -> list[Drive]:
    return windows_drives(Kernel32StandIn(LAPTOP))


def test_stick_screen_lists_windows_sticks_only(qtbot: QtBot, services: Services) -> None:
    page = SyncPage(services, drive_source=windows_answers, platform="win32")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.drive.count() > 0 and page.refresh_button.isEnabled(), timeout=10_000)
    items = [(page.drive.itemText(i), page.drive.itemData(i)) for i in range(page.drive.count())]
    assert items == [("KINGSTON (E:\\)", "E:\\"), ("مفتاح (F:\\)", "F:\\"), ("OLD (K:\\)", "K:\\")]
    assert page.target() == "E:\\" and page.export_button.isEnabled()
    assert page.wait()


def test_slow_drive_scan_does_not_block_the_window(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    """A disconnected network drive makes the scan take seconds: the window keeps answering, the list fills in
    when the answer comes, and a folder chosen meanwhile stays chosen."""
    release = threading.Event()
    scans: list[str] = []

    def slow_source() -> list[Drive]:
        scans.append(threading.current_thread().name)
        release.wait(timeout=20)
        return windows_answers()

    gui_thread = threading.current_thread().name
    started = time.monotonic()
    page = SyncPage(services, drive_source=slow_source, platform="win32")
    qtbot.addWidget(page)
    page.show()
    assert time.monotonic() - started < 5  # built without waiting for the drives
    assert page.drive.count() == 0 and not page.refresh_button.isEnabled()
    assert page.drive.placeholderText() == page.tr("Looking for sticks…")

    # The event loop runs while the scan waits: timers fire, clicks are handled, a folder can be chosen.
    ticks: list[float] = []
    for _ in range(5):
        qtbot.wait(20)
        ticks.append(time.monotonic())
    assert not release.is_set() and page.drive.count() == 0
    folder = str(tmp_path / "stick-folder")
    page.set_folder(folder)
    assert page.target() == folder and page.export_button.isEnabled()
    page.find_drives()  # asked again while scanning: one more scan after this one, not two at once

    release.set()
    qtbot.waitUntil(lambda: page.drive.count() == 4, timeout=10_000)
    qtbot.waitUntil(lambda: len(scans) == 2 and page.refresh_button.isEnabled(), timeout=10_000)
    assert gui_thread not in scans  # asked on worker threads only
    assert [page.drive.itemData(i) for i in range(page.drive.count())] == ["E:\\", "F:\\", "K:\\", folder]
    assert page.target() == folder  # the user's choice survived the list being filled in
    assert page.wait()


def test_a_page_closed_during_a_scan_ignores_the_late_answer(qtbot: QtBot, services: Services) -> None:
    release = threading.Event()

    def slow_source() -> list[Drive]:
        release.wait(timeout=20)
        return windows_answers()

    page = SyncPage(services, drive_source=slow_source, platform="win32")
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page), timeout=5_000)
    release.set()
    assert page._scanner.wait()
    qtbot.wait(50)  # the late answer is delivered: no error about a deleted widget


def _alive(widget: Any) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))
