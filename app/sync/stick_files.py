"""What the USB stick screen lists of a folder: the Taawun files in it, and for each whether it is sealed and which
laptop wrote it, before anything is merged (docs/security.md, "Sealed files").

A sealed file says in its clear header which laptop sealed it and when (no key needed: `read_header`); the name is
the one the member list held here gives that laptop. A plain package says so in its manifest, read after the quick
structural check (`read_manifest`). Both are what the file claims: the merge checks the sealed file's signature, or
the plain package as a whole, before it takes anything. A file that is neither is listed with the reason.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import TaawunError
from app.security.member_list import MemberList
from app.security.sealed import is_sealed, read_header
from app.sync.export import SUFFIX
from app.sync.package import read_manifest

FILES_SHOWN_MAX = 200  # a stick holds a few; a folder of thousands is cut (newest first), never read whole


@dataclass(frozen=True)
class StickFile:
    path: Path
    size: int
    modified: float  # the file's modification time (seconds since the epoch)
    sealed: bool
    laptop: str = ""  # the id of the laptop that wrote it, as the file says ("" when it does not say)
    laptop_name: str = ""  # its name: the held member list's, else the package's own ("" when unknown)
    written_at: str = ""  # when it was written, as the file says (ISO 8601)
    problem: TaawunError | None = None  # why it cannot be described (not a Taawun file, damaged, unreadable)


def stick_files(folder: Path | str, members: MemberList | None) -> list[StickFile]:
    """The Taawun files directly in `folder` (`*.taawun`, sealed or not), newest first, at most `FILES_SHOWN_MAX`.
    `members`: this laptop's member list, to name the laptops of sealed files (None: in no organisation)."""
    found: list[tuple[float, int, Path]] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not entry.name.lower().endswith(SUFFIX) or entry.name.startswith("."):
                    continue  # exports' temporary files start with a dot
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if stat.S_ISREG(info.st_mode):
                    found.append((info.st_mtime, info.st_size, Path(entry.path)))
    except OSError:
        return []  # a stick pulled out, a folder gone: nothing to list (the export and merge say why if tried)
    found.sort(key=lambda item: (-item[0], item[2].name))
    return [describe(path, size, modified, members) for modified, size, path in found[:FILES_SHOWN_MAX]]


def describe(path: Path, size: int, modified: float, members: MemberList | None) -> StickFile:
    if is_sealed(path):
        try:
            header = read_header(path)
        except TaawunError as error:
            return StickFile(path, size, modified, sealed=True, problem=error)
        listed = members.laptop(header.laptop) if members is not None else None
        return StickFile(path, size, modified, sealed=True, laptop=header.laptop,
                         laptop_name=listed.name if listed is not None else "", written_at=header.time)  # fmt: skip
    try:
        manifest = read_manifest(path)
    except TaawunError as error:
        return StickFile(path, size, modified, sealed=False, problem=error)
    return StickFile(path, size, modified, sealed=False, laptop=manifest.device, laptop_name=manifest.device_name,
                     written_at=manifest.exported_at)  # fmt: skip
