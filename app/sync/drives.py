"""Which drives are USB sticks: the drives a system reports, and the rule that picks the sticks among them.

A drive source is a function returning `Drive` records (root, label, file system, drive type), so the stick
screen can be given another one (a test's stand-in of Windows' answers). On Windows the drive type comes from
`GetDriveTypeW`: only `DRIVE_REMOVABLE` drives are sticks (internal data partitions are `DRIVE_FIXED`, mapped network
shares `DRIVE_REMOTE`), with the file system names Windows reports ("FAT32", "FAT", "exFAT", "NTFS"). Volume details
are asked of removable drives only: asking a disconnected network drive can block for seconds.
On Linux a stick is a writable volume with a stick's file system, or one mounted where desktops mount removable
media (the source there is the window's, `app.ui.sync_page.mounted_volumes`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# GetDriveTypeW's answers (winbase.h)
DRIVE_UNKNOWN = 0
DRIVE_NO_ROOT_DIR = 1
DRIVE_REMOVABLE = 2
DRIVE_FIXED = 3
DRIVE_REMOTE = 4
DRIVE_CDROM = 5
DRIVE_RAMDISK = 6

FILE_READ_ONLY_VOLUME = 0x00080000  # GetVolumeInformationW's file system flag of a write-protected volume
_SEM_FAILCRITICALERRORS = 0x0001  # no "There is no disk in the drive" box for an empty card reader
_SEM_NOOPENFILEERRORBOX = 0x8000

WINDOWS_STICK_FILESYSTEMS = frozenset({"FAT32", "FAT", "EXFAT", "NTFS"})  # as GetVolumeInformationW names them
LINUX_STICK_FILESYSTEMS = frozenset({"vfat", "exfat", "ntfs", "ntfs3", "fuseblk", "msdos"})
LINUX_REMOVABLE_PLACES = ("/media/", "/run/media/")


@dataclass(frozen=True)
class Drive:
    root: str  # "E:\\" on Windows, a mount point on Linux
    label: str  # the volume's name ("" when it has none)
    file_system: str  # as the system names it: "FAT32", "exFAT", "vfat"…; "" when unknown (no medium)
    drive_type: int  # one of the DRIVE_* values above
    read_only: bool = False

    @property
    def shown(self) -> str:
        return f"{self.label} ({self.root})" if self.label else self.root


DriveSource = Callable[[], list[Drive]]


def is_stick(drive: Drive, *, platform: str = sys.platform) -> bool:
    """Whether the stick screen offers `drive` (as a `platform` reports it: `sys.platform`'s values)."""
    if drive.read_only:
        return False
    if platform == "win32":
        return drive.drive_type == DRIVE_REMOVABLE and drive.file_system.upper() in WINDOWS_STICK_FILESYSTEMS
    return drive.file_system.lower() in LINUX_STICK_FILESYSTEMS or drive.root.startswith(LINUX_REMOVABLE_PLACES)


def sticks(drives: list[Drive], *, platform: str = sys.platform) -> list[Drive]:
    return [drive for drive in drives if is_stick(drive, platform=platform)]


def windows_drives(kernel32: Any = None) -> list[Drive]:
    """Every drive letter Windows knows, with its type; label and file system of removable drives only.
    `kernel32`: the library to ask (by default Windows' own; a test passes a stand-in)."""
    import ctypes
    from ctypes import wintypes

    if kernel32 is None:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]  # Windows only
        kernel32.GetDriveTypeW.argtypes = [wintypes.LPCWSTR]
        kernel32.GetDriveTypeW.restype = wintypes.UINT
        kernel32.GetVolumeInformationW.argtypes = [
            wintypes.LPCWSTR, wintypes.LPWSTR, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD),
            ctypes.POINTER(wintypes.DWORD), ctypes.POINTER(wintypes.DWORD), wintypes.LPWSTR, wintypes.DWORD,
        ]  # fmt: skip
        kernel32.GetVolumeInformationW.restype = wintypes.BOOL
    previous = wintypes.DWORD(0)
    kernel32.SetThreadErrorMode(_SEM_FAILCRITICALERRORS | _SEM_NOOPENFILEERRORBOX, ctypes.byref(previous))
    try:
        mask = int(kernel32.GetLogicalDrives())
        found = []
        for index in range(26):
            if not mask & (1 << index):
                continue
            root = f"{chr(ord('A') + index)}:\\"
            kind = int(kernel32.GetDriveTypeW(root))
            label, file_system, read_only = "", "", False
            if kind == DRIVE_REMOVABLE:
                name = ctypes.create_unicode_buffer(261)
                system = ctypes.create_unicode_buffer(261)
                flags = wintypes.DWORD(0)
                if kernel32.GetVolumeInformationW(root, name, len(name), None, None, ctypes.byref(flags), system,
                                                  len(system)):  # fmt: skip
                    label, file_system = name.value, system.value
                    read_only = bool(flags.value & FILE_READ_ONLY_VOLUME)
            found.append(Drive(root=root, label=label, file_system=file_system, drive_type=kind, read_only=read_only))
        return found
    finally:
        kernel32.SetThreadErrorMode(previous.value, None)
