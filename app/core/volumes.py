"""The file system a folder lives on, and the largest file it can hold (FAT32 sticks: 4 GiB less one byte).

Photos live inside the database, so a package or a backup can outgrow a FAT32 stick: Windows then fails the copy
part-way ("There is not enough space on the disk" with gigabytes free) and Linux with "File too large". The
export and the backup ask first and refuse with the reason before writing anything.

Linux reads the mount table (`/proc/self/mountinfo`: `statvfs` has no file system type, and `statfs`' magic
number says "msdos" for FAT12, FAT16 and FAT32 alike); Windows asks `GetVolumeInformationW`. Elsewhere (macOS)
the file system is unknown and nothing is refused: the copy's own error says what went wrong.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.core.errors import StorageError

MOUNTINFO = Path("/proc/self/mountinfo")
FAT_MAX_FILE = 4 * 1024**3 - 1  # bytes: FAT keeps a file's size in 32 bits
# As Windows ("FAT32", "FAT") and Linux ("vfat", "msdos", "fat") name them; exFAT and NTFS have no such limit.
_OCTAL = set("01234567")
FAT_NAMES = frozenset({"fat", "fat12", "fat16", "fat32", "vfat", "msdos", "umsdos"})


def file_system_of(folder: Path | str, *, mount_table: Path | None = None) -> str | None:
    """The name of the file system holding `folder` ("vfat", "ext4", "FAT32", "NTFS"…), or None if unknown."""
    try:
        if sys.platform == "win32":
            return _windows_file_system(Path(folder))
        return _mounted_file_system(Path(folder), MOUNTINFO if mount_table is None else mount_table)
    except (OSError, ValueError):
        return None


def max_file_size(folder: Path | str) -> int | None:
    """The largest file the file system of `folder` can hold, in bytes; None when it sets no limit we know of."""
    name = file_system_of(folder)
    return FAT_MAX_FILE if name is not None and name.lower() in FAT_NAMES else None


def check_fits(folder: Path | str, size: int) -> None:
    """Raise `StorageError("file_too_big_for_fat")` when a file of `size` bytes cannot live in `folder`."""
    limit = max_file_size(folder)
    if limit is not None and size > limit:
        raise StorageError("file_too_big_for_fat", path=str(folder), size=f"{size / 1024**3:.1f}",
                           file_system=file_system_of(folder) or "FAT")  # fmt: skip


def _mounted_file_system(folder: Path, mount_table: Path) -> str | None:
    """The type of the last mount whose mount point holds `folder` (the longest such mount point)."""
    target = os.path.realpath(folder)
    best: tuple[int, str] | None = None
    for line in mount_table.read_text(encoding="utf-8", errors="surrogateescape").splitlines():
        fields, _, rest = line.partition(" - ")
        parts, after = fields.split(" "), rest.split(" ")
        if len(parts) < 5 or not after or not after[0]:
            continue
        point = _unescape(parts[4])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= best[0]):  # >=: a later mount on the same point hides the earlier
            best = (len(point), after[0])
    return best[1] if best else None


def _unescape(text: str) -> str:
    r"""Mount points in the table escape space, tab, newline and backslash as octal (`\040`)."""
    out, index = [], 0
    while index < len(text):
        if text[index] == "\\" and len(text[index + 1 : index + 4]) == 3 and set(text[index + 1 : index + 4]) <= _OCTAL:
            out.append(chr(int(text[index + 1 : index + 4], 8)))
            index += 4
        else:
            out.append(text[index])
            index += 1
    return "".join(out)


def _windows_file_system(folder: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    root = ctypes.create_unicode_buffer(1024)
    if not kernel32.GetVolumePathNameW(str(folder.resolve()), root, len(root)):
        return None
    name = ctypes.create_unicode_buffer(261)
    if not kernel32.GetVolumeInformationW(root, None, 0, None, None, None, name, len(name)):
        return None
    return name.value or None
