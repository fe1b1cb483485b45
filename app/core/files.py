"""Files that must survive a pulled stick or a power cut, with names any disk accepts (sync packages, backups)."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path


def file_name_part(text: str, *, limit: int = 40) -> str:
    """Text as part of a file name on any disk (FAT sticks, Windows): letters of any script (Arabic too) and
    digits are kept; everything else (separators, spaces, reserved characters, direction marks) becomes a dash.
    May be empty."""
    kept = []
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        if category[0] in "LN" or (category[0] == "M" and kept and kept[-1] != "-") or char == "_":
            kept.append(char)
        else:
            kept.append("-")
    return re.sub(r"-{2,}", "-", "".join(kept)).strip("-_")[:limit].strip("-_")


def flush_file(path: Path) -> None:
    """Push the file's bytes to the disk itself, not just to the system's cache."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def flush_directory(directory: Path) -> None:
    """Make a rename in `directory` durable (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
